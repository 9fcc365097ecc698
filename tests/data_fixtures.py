"""Helpers for the parse and screen tests: our own ``tests/data/*.eml`` and the shared corpus.

Kept out of conftest.py (owned by the server fixtures); import from test modules. The corpus is
read in place from ../shared/corpus beside the repository; tests built from it skip with a
clear message when it is absent.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

DATA = Path(__file__).resolve().parent / "data"
CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
CORPUS_PARTS = ("dev", "public", "realworld")
OWN_ADDRESSES = ("privacy@example.com",)


def eml(name: str) -> bytes:
    """Raw bytes of ``tests/data/<name>``."""
    return (DATA / name).read_bytes()


def corpus_rows(part: str) -> list[dict[str, Any]]:
    """Manifest rows of one corpus part ([] when the corpus is absent)."""
    manifest = CORPUS / part / "manifest.jsonl"
    if not manifest.is_file():
        return []
    lines = manifest.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def corpus_params(*parts: str) -> list[Any]:
    """pytest params ``(part, row)`` for every manifest row; one skipping param if none."""
    params = [
        pytest.param(part, row, id=f"{part}/{row['file']}")
        for part in parts
        for row in corpus_rows(part)
    ]
    if not params:
        reason = f"shared corpus not found at {CORPUS} (expected ../shared/corpus)"
        return [pytest.param(None, None, marks=pytest.mark.skip(reason=reason), id="no-corpus")]
    return params


def corpus_bytes(part: str, row: dict[str, Any]) -> bytes:
    """Raw bytes of one corpus file, read in place."""
    return (CORPUS / part / row["file"]).read_bytes()
