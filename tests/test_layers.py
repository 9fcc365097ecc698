"""The import graph keeps the layers of bot/ (bot/__init__.py): no package imports one above
it, the classifiers know nothing of the bot, and the responses use only its message and error
types. The contracts are in pyproject.toml ([tool.importlinter]); import-linter checks them,
indirect imports included."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_no_layer_imports_one_above_it() -> None:
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint), "--no-cache"], cwd=REPO, capture_output=True,
                            text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 3 kept, 0 broken." in result.stdout
