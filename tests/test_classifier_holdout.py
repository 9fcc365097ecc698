"""The classifier on tests/holdout: 157 emails the team wrote independently of it (never
trained on). Guards generalisation: a change that fits the shared corpus but breaks other
mail of the same kinds fails here. Thresholds sit a little below today's figures (macro-F1
0.99, route accuracy 0.99, no wrong label on a ticket) so that wording tweaks pass and
regressions do not."""

from __future__ import annotations

from pathlib import Path

from bot.intake.parse import parse_message
from classifiers.evaluate import evaluate

HOLDOUT = Path(__file__).resolve().parent / "holdout"


def test_holdout_generalisation() -> None:
    m = evaluate(HOLDOUT, parse_message)
    assert m["errors"] == {}
    assert m["macro_f1"] >= 0.95, m["misclassified"]
    assert m["route_accuracy"] >= 0.95, m["misclassified"]
    # a wrong automatic acknowledgement is worse than a short wait: none on a ticket
    assert m["ticket_wrong"] == []
    assert len(m["skipped_ignore"]) == 17


def test_holdout_machine_mail_is_screened_out() -> None:
    import json

    from bot.config import build_config
    from bot.pipeline.processor import read

    config = build_config({"mailbox": {"path": "m"}, "outbox": {"path": "o"}}, base=HOLDOUT,
                          env={})
    rows = [json.loads(line) for line in
            (HOLDOUT / "manifest.jsonl").read_text(encoding="utf-8").splitlines()]
    for row in rows:
        outcome = read((HOLDOUT / row["file"]).read_bytes(), config).decision.outcome
        if row["route"] == ["ignore"]:
            assert outcome == "ignore", row["file"]
        else:
            assert outcome != "ignore", row["file"]


HOLDOUT2 = Path(__file__).resolve().parent / "holdout2"


def test_second_holdout_generalisation() -> None:
    """tests/holdout2: 128 emails written blind after the first set had been used to find
    fault kinds. Today: macro-F1 0.96, route accuracy 0.94, 1 of 74 ticket-routed mails with
    a missing label ("delete my account and all data" read as one erasure request, as the
    corpus labels rw08). Thresholds guard against regressions."""
    m = evaluate(HOLDOUT2, parse_message)
    assert m["errors"] == {}
    assert m["macro_f1"] >= 0.93, m["misclassified"]
    assert m["route_accuracy"] >= 0.90, m["misclassified"]
    assert len(m["ticket_wrong"]) <= 1, m["ticket_wrong"]
    assert len(m["skipped_ignore"]) == 16


HOLDOUT3 = Path(__file__).resolve().parent / "holdout3"


def test_third_holdout_measured_blind() -> None:
    """tests/holdout3: 80 emails written blind and measured once, without tuning on them:
    macro-F1 0.96, route accuracy 0.97, 3 of 37 ticket-routed mails with a wrong or missing
    label. The honest estimate of unseen mail; thresholds guard against regressions."""
    m = evaluate(HOLDOUT3, parse_message)
    assert m["errors"] == {}
    assert m["macro_f1"] >= 0.93, m["misclassified"]
    assert m["route_accuracy"] >= 0.93, m["misclassified"]
    assert len(m["ticket_wrong"]) <= 3, m["ticket_wrong"]
    assert len(m["skipped_ignore"]) == 16
