"""The classifier on the team's earlier blind sets (never trained on). They guard
generalisation: a change that fits one set but breaks other mail of the same kinds fails here.
Floors sit a little below the learned classifier's figures (issue 12, README "How it is
measured") so that a retrain's noise passes and a regression does not."""

from __future__ import annotations

from pathlib import Path

from bot.intake.parse import parse_message
from classifiers.evaluate import evaluate

HOLDOUT = Path(__file__).resolve().parent / "holdout"


def test_holdout_generalisation() -> None:
    """tests/holdout: 157 emails. Today: macro-F1 0.993, route accuracy 0.993, 1 of 104
    tickets with a wrong label (h030, a statutory access letter in Chinese that lists
    account data: the model adds cancellation)."""
    m = evaluate(HOLDOUT, parse_message)
    assert m["errors"] == {}
    assert m["macro_f1"] >= 0.97, m["misclassified"]
    assert m["route_accuracy"] >= 0.97, m["misclassified"]
    assert len(m["ticket_wrong"]) <= 1, m["ticket_wrong"]
    assert len(m["skipped_ignore"]) == 17


def test_holdout_machine_mail_is_screened_out() -> None:
    import json

    from bot.config import build_config
    from bot.pipeline.reader import read

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
    fault kinds. Today: macro-F1 0.949, route accuracy 0.929, 4 of 83 tickets wrong (three
    English mails a person should read, which the model reads as access, deletion or
    correction; one whose second type is only possible, named on its ticket for staff)."""
    m = evaluate(HOLDOUT2, parse_message)
    assert m["errors"] == {}
    assert m["macro_f1"] >= 0.94, m["misclassified"]
    assert m["route_accuracy"] >= 0.92, m["misclassified"]
    assert len(m["ticket_wrong"]) <= 4, m["ticket_wrong"]
    assert len(m["skipped_ignore"]) == 16


HOLDOUT3 = Path(__file__).resolve().parent / "holdout3"


def test_third_holdout_measured_blind() -> None:
    """tests/holdout3: 80 emails written blind and measured once with the first classifier
    (macro-F1 0.96, route accuracy 0.97, 3 of 37 tickets wrong). With the learned one:
    macro-F1 0.991, route accuracy 0.984, 1 of 42 tickets wrong."""
    m = evaluate(HOLDOUT3, parse_message)
    assert m["errors"] == {}
    assert m["macro_f1"] >= 0.96, m["misclassified"]
    assert m["route_accuracy"] >= 0.96, m["misclassified"]
    assert len(m["ticket_wrong"]) <= 2, m["ticket_wrong"]
    assert len(m["skipped_ignore"]) == 16


HOLDOUT4 = Path(__file__).resolve().parent / "holdout4"


def test_fourth_holdout_measured_blind() -> None:
    """tests/holdout4: 242 emails in 20+ languages written blind before the learned classifier
    and measured once before (macro-F1 0.773, route accuracy 0.732, 18 of 100 tickets wrong)
    and once after (0.950, 0.937, 7 of 133), never tuned on (README, "How it is measured").
    From now on a regression guard. Since the retraining on wrapped lines joined (2026-12-08):
    0.959, 0.968, 9 of 135 (it was 0.967, 0.979, 7 of 137: model-only misses moved)."""
    m = evaluate(HOLDOUT4, parse_message)
    assert m["errors"] == {}
    assert m["macro_f1"] >= 0.955, m["misclassified"]
    assert m["route_accuracy"] >= 0.965, m["misclassified"]
    assert len(m["ticket_wrong"]) <= 9, m["ticket_wrong"]
    assert len(m["skipped_ignore"]) == 52


HOLDOUT5 = Path(__file__).resolve().parent / "holdout5"


def test_fifth_holdout_measured_blind() -> None:
    """tests/holdout5: 244 emails in 20+ languages written blind, measured once with the
    shipped classifier (macro-F1 0.919, route accuracy 0.953, 19 of 134 tickets wrong) and
    once with a change that was then dropped (0.898, 0.932, 18 of 130). The shipped
    classifier's figures are the first. From now on a regression guard."""
    m = evaluate(HOLDOUT5, parse_message)
    assert m["errors"] == {}
    assert m["macro_f1"] >= 0.93, m["misclassified"]
    assert m["route_accuracy"] >= 0.96, m["misclassified"]
    assert len(m["ticket_wrong"]) <= 19, m["ticket_wrong"]
    assert len(m["skipped_ignore"]) == 54


HOLDOUT6 = Path(__file__).resolve().parent / "holdout6"


def test_sixth_holdout_measured_blind() -> None:
    """tests/holdout6: 203 emails in 24 languages written blind, measured once before and
    once after this session's reading changes (the same figures both times; see its README).
    From now on a regression guard (at this evaluation: macro-F1 0.925, route accuracy 0.933,
    13 of 107 tickets opened with a wrong type; since a type in doubt beside sure ones is named
    on the ticket instead of sending it to a person: 0.934, 0.946, 14 of 116)."""
    m = evaluate(HOLDOUT6, parse_message)
    assert m["errors"] == {}
    assert m["macro_f1"] >= 0.93, m["misclassified"]
    assert m["route_accuracy"] >= 0.94, m["misclassified"]
    assert len(m["ticket_wrong"]) <= 14, m["ticket_wrong"]
    assert len(m["skipped_ignore"]) == 38


HOLDOUT7 = Path(__file__).resolve().parent / "holdout7"


def test_seventh_holdout_measured_blind() -> None:
    """tests/holdout7: 180 emails in 24 languages written blind, measured once before and
    once after the doubt-band change (its README): macro-F1 0.894 -> 0.932, route accuracy
    0.897 -> 0.931, tickets opened with a wrong type 9 of 97 -> 11 of 102. A guard now.
    Since the retraining on wrapped lines joined (2026-12-08): 0.944, 0.925, 8 of 101."""
    m = evaluate(HOLDOUT7, parse_message)
    assert m["errors"] == {}
    assert m["macro_f1"] >= 0.93, m["misclassified"]
    assert m["route_accuracy"] >= 0.92, m["misclassified"]
    assert len(m["ticket_wrong"]) <= 11, m["ticket_wrong"]
    assert len(m["skipped_ignore"]) == 34


HOLDOUT8 = Path(__file__).resolve().parent / "holdout8"


def test_eighth_holdout_measured_blind() -> None:
    """tests/holdout8: 225 emails in 23 languages written blind, measured once before and once
    after joining wrapped lines (its README; whole pipeline 0.955 -> 0.951 macro-F1, route
    0.978 -> 0.973). Counted here: macro-F1 0.951, route accuracy 0.968, 15 of 141 tickets
    opened with a wrong type. A guard now."""
    m = evaluate(HOLDOUT8, parse_message)
    assert m["errors"] == {}
    assert m["macro_f1"] >= 0.95, m["misclassified"]
    assert m["route_accuracy"] >= 0.965, m["misclassified"]
    assert len(m["ticket_wrong"]) <= 15, m["ticket_wrong"]
    assert len(m["skipped_ignore"]) == 39


HOLDOUT9 = Path(__file__).resolve().parent / "holdout9"


def test_ninth_holdout_measured_blind() -> None:
    """tests/holdout9: 224 emails in 20 languages written blind and measured once, on the
    classifier of the wrapped-lines change (its README): macro-F1 0.957, route accuracy
    0.951, 10 of 136 tickets opened with a wrong type. A guard now."""
    m = evaluate(HOLDOUT9, parse_message)
    assert m["errors"] == {}
    assert m["macro_f1"] >= 0.955, m["misclassified"]
    assert m["route_accuracy"] >= 0.95, m["misclassified"]
    assert len(m["ticket_wrong"]) <= 10, m["ticket_wrong"]
    assert len(m["skipped_ignore"]) == 39
