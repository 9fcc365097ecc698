"""The classifier's targets (issue 3), measured on the shared corpus in ../shared/corpus.

Skips with a message when the corpus is not next to the repository. Rows whose only
acceptable route is ``ignore`` are excluded from the figures: the screen (bot/intake/screen.py)
removes machine mail before classification (see classifiers/evaluate.py).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import pytest

from bot.intake.parse import parse_message

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"

pytestmark = pytest.mark.skipif(
    not (CORPUS / "dev" / "manifest.jsonl").is_file(),
    reason=f"shared corpus not found at {CORPUS} (evaluation data lives outside the repo)",
)


@cache
def figures(part: str) -> dict[str, Any]:
    from classifiers.evaluate import evaluate

    return evaluate(CORPUS / part, parse_message)


def test_dev_targets() -> None:
    m = figures("dev")
    assert m["errors"] == {}
    assert m["macro_f1"] >= 0.97, m["misclassified"]
    assert m["route_accuracy"] >= 0.97, m["misclassified"]
    assert len(m["skipped_ignore"]) == 15


def test_public_targets() -> None:
    m = figures("public")
    assert m["errors"] == {}
    assert m["macro_f1"] >= 0.90, m["misclassified"]
    assert m["ticket_wrong"] == []  # no wrong label where it routes ticket


#: realworld files the learned classifier gets wrong, and why (issue 12's note). Strict: a
#: fix shows up here as a failure to remove the entry.
REALWORLD_KNOWN = {
    # "please delete my account and all personal information": both types by the labelling
    # convention (classifiers/data/README.md, issue 12); the manifest says deletion only.
    "rw08-gb2312-label-gbk-bytes.eml",
}


def test_realworld_every_file_acceptable_but_the_known() -> None:
    m = figures("realworld")
    assert m["errors"] == {}
    bad = {r.file for r in m["rows"] if r.routes != ("ignore",) and not r.correct}
    assert bad == REALWORLD_KNOWN


def test_ticket_error_rate() -> None:
    """The first classifier was tuned on these files (1 %); the learned one was not: 7 of
    165 tickets wrong (4.2 %), the two above, four mails where the model adds a type
    (Chinese statutory access letters that list account data read as cancellation too), and
    one whose second type is only possible (named on the ticket for staff; it went to a
    person before, which the route figures counted as wrong)."""
    wrong = sum(len(figures(p)["ticket_wrong"]) for p in ("dev", "public", "realworld"))
    tickets = sum(figures(p)["ticket_count"] for p in ("dev", "public", "realworld"))
    assert tickets > 0
    assert wrong <= 7, [figures(p)["ticket_wrong"] for p in ("dev", "public", "realworld")]


def test_no_label_for_human_rows() -> None:
    """Nothing a person should read carries a request label taken from a disclaimer, a quoted
    thread or a question. (Machine mail is the screen's: it never reaches the classifier in
    the product, and tests/test_screen.py and the holdout tests check it is ignored.)"""
    from classifiers.evaluate import classify_rows, read_manifest

    labelled = []
    for part in ("dev", "public", "realworld"):
        rows = [r for r in read_manifest(CORPUS / part)
                if "ticket" not in r.routes and "human" in r.routes]
        classify_rows(CORPUS / part, rows, parse_message)
        labelled += [(part, r.file, r.predicted) for r in rows if r.predicted]
    assert labelled == []
