"""The learned half of the classifier (issue 12): training data, the calibrated combination,
the decision with its doubt band, evidence by source, and a deterministic rebuild.

Expected values are worked out by hand from the definitions (the logistic function, the
labelling conventions in classifiers/data/README.md), not read back from the code.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from bot.intake.message import InboundMessage
from classifiers.combine import FEATURES, Calibration, Signals, label_features
from classifiers.data import TrainingDataError, read_data
from classifiers.pipeline import Classifier, get_classifier
from classifiers.types import REQUEST_TYPES


def _msg(text: str) -> InboundMessage:
    return InboundMessage(message_id="<m@example.org>", from_name="A", subject="Request",
                          from_addr="a@example.org", text=text)


def _logit(p: float) -> float:
    return math.log(p / (1 - p))


def _fixed(q: dict[str, float], threshold: float = 0.5, doubt: float = 0.4) -> Calibration:
    """A calibration whose q is ``q[label]`` whatever the message (bias weight only)."""
    weights = {k: [_logit(q[k])] + [0.0] * (len(FEATURES) - 1) for k in REQUEST_TYPES}
    return Calibration(weights, dict.fromkeys(REQUEST_TYPES, threshold),
                       dict.fromkeys(REQUEST_TYPES, doubt), {})


def _with(calibration: Calibration) -> Classifier:
    shipped = get_classifier()
    return Classifier(shipped.nlp, shipped.rules, shipped.trained, calibration)


# -- the combination ---------------------------------------------------------------------------

NO_SIGNALS = Signals(frozenset(), frozenset(), frozenset(), False, False, True)


def test_probability_is_the_logistic_of_the_weighted_features() -> None:
    # bias 1, model 2 x logit(0.8) = 2 x 1.386, rule 3 x 1: z = 1 + 2.773 + 3 = 6.773
    weights = {k: [1.0, 2.0, 3.0] + [0.0] * (len(FEATURES) - 3) for k in REQUEST_TYPES}
    cal = Calibration(weights, dict.fromkeys(REQUEST_TYPES, 0.5),
                      dict.fromkeys(REQUEST_TYPES, 0.4), {})
    given = Signals(frozenset({"deletion"}), frozenset({"deletion"}), frozenset(), False, False,
                    True)
    assert cal.probability("deletion", 0.8, given) == pytest.approx(1 / (1 + math.exp(-6.773)),
                                                                      abs=1e-4)
    # no rule: z = 1 + 2.773
    assert cal.probability("access", 0.8, given) == pytest.approx(1 / (1 + math.exp(-3.773)),
                                                                    abs=1e-4)


def test_features_follow_their_names() -> None:
    sig = Signals(frozenset(), frozenset({"access"}), frozenset({"access"}), True, True, False)
    row = dict(zip(FEATURES, label_features("access", 0.5, sig), strict=True))
    assert row == {"bias": 1.0, "model": 0.0, "rule": 0.0, "rule_fired": 1.0,
                   "rule_blocked": 1.0, "no_rules": 1.0, "no_rules_x_model": 0.0,
                   "question": 1.0, "human_signal": 1.0, "rules_give_any": 0.0}


def test_calibration_round_trip_and_refuses_other_features(tmp_path: Path) -> None:
    cal = _fixed(dict.fromkeys(REQUEST_TYPES, 0.3))
    cal.save(tmp_path / "c.json")
    again = Calibration.load(tmp_path / "c.json")
    assert (again.weights, again.threshold, again.doubt) == (cal.weights, cal.threshold,
                                                             cal.doubt)
    data = json.loads((tmp_path / "c.json").read_text())
    data["features"] = data["features"][:-1]
    (tmp_path / "c.json").write_text(json.dumps(data))
    with pytest.raises(ValueError, match="privacy-bot train"):
        Calibration.load(tmp_path / "c.json")


def test_shipped_calibration_fits_this_code() -> None:
    cal = get_classifier().calibration
    assert get_classifier().trained
    assert all(len(cal.weights[k]) == len(FEATURES) for k in REQUEST_TYPES)
    assert all(0 < cal.doubt[k] <= cal.threshold[k] < 1 for k in REQUEST_TYPES)


# -- the decision ------------------------------------------------------------------------------

def test_every_type_over_its_threshold_is_a_label() -> None:
    result = _with(_fixed(dict.fromkeys(REQUEST_TYPES, 0.6))).classify(_msg("Hello there."))
    assert (result.labels, result.route) == (REQUEST_TYPES, "ticket")


def test_a_type_in_the_doubt_band_beside_a_sure_one_is_named_on_the_ticket() -> None:
    q = dict.fromkeys(REQUEST_TYPES, 0.1) | {"access": 0.6, "deletion": 0.45}
    result = _with(_fixed(q)).classify(_msg("Please send me my data."))
    assert (result.labels, result.route) == (("access",), "ticket")
    # the rule en/access#1 reads "send me my data"; the fixed model gives the 0.60
    assert result.reason == ("request: access (rule en/access#1 + model, 0.60); possibly also "
                             "deletion (0.45)")
    assert {e.label for e in result.evidence} == {"access", "deletion"}  # staff see both


def test_nothing_over_the_threshold_names_what_is_possible() -> None:
    q = dict.fromkeys(REQUEST_TYPES, 0.1) | {"withdrawal": 0.42}
    result = _with(_fixed(q)).classify(_msg("Hello there."))
    assert (result.labels, result.route) == ((), "human")
    assert result.reason == "no clear request; possibly withdrawal (0.42)"


def test_below_the_doubt_band_is_no_doubt() -> None:
    q = dict.fromkeys(REQUEST_TYPES, 0.39) | {"cancellation": 0.7}
    result = _with(_fixed(q)).classify(_msg("Please close my account."))
    assert (result.labels, result.route) == (("cancellation",), "ticket")


def test_a_language_it_does_not_read_goes_to_a_person_whatever_the_scores() -> None:
    result = _with(_fixed(dict.fromkeys(REQUEST_TYPES, 0.9))).classify(
        _msg("Kérem, töröljék az összes adatomat a rendszerükből, köszönöm."))
    assert (result.labels, result.route, result.language) == ((), "human", "hu")


# -- evidence ----------------------------------------------------------------------------------

def test_evidence_says_whether_a_rule_or_the_model_read_the_sentence() -> None:
    result = get_classifier().classify(_msg("Hello.\nPlease close my account."))
    assert result.labels == ("cancellation",)
    (first, *_) = result.evidence
    assert first.sentence == "Please close my account."
    assert first.source.startswith("rule:en/cancellation")
    # Japanese has no pattern file: only the model can have read it.
    result = get_classifier().classify(_msg("私のアカウントを削除してください。"))
    assert result.route == "ticket"
    assert {e.source for e in result.evidence} == {"model"}


# -- training data -----------------------------------------------------------------------------

def _write(path: Path, rows: list[dict[str, object]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                    encoding="utf-8")


def test_training_data_shapes(tmp_path: Path) -> None:
    _write(tmp_path / "w1" / "en_a.jsonl", [
        {"text": "Close my account.", "labels": ["cancellation"]},
        {"kind": "mail", "subject": "hi", "labels": ["access"],
         "text": "Hi,\nPlease send me a copy of my data.\n\nOn Mon, Ann <a@example.org> wrote:\n"
                 "> Please delete everything\n"},
        {"segments": [{"text": "I am a customer.", "labels": []},
                      {"text": "Erase my address.", "labels": ["deletion"]},
                      {"text": "And stop the SMS.", "labels": ["withdrawal"]}], "lang": "de"},
    ])
    sentence, mail, segmented = read_data(tmp_path)
    assert (sentence.lang, sentence.kind, sentence.labels) == ("en", "sentence",
                                                               {"cancellation"})
    assert mail.kind == "mail" and "delete" not in mail.text  # cleaned like incoming mail
    assert (segmented.lang, segmented.labels) == ("de", {"deletion", "withdrawal"})
    assert [labels for _, labels in segmented.segments] == [
        set(), {"deletion"}, {"withdrawal"}]
    assert sentence.source == "w1/en_a.jsonl:1"


@pytest.mark.parametrize(("line", "says"), [
    ('{"text": "x", "labels": ["erasure"]}', "unknown labels ['erasure']"),
    ('{"labels": []}', "missing text"),
    ('{"text": "x"', "w/en.jsonl:2"),
    ('{"segments": []}', "segments must be a non-empty list"),
])
def test_bad_training_data_is_named_by_file_and_line(tmp_path: Path, line: str,
                                                     says: str) -> None:
    (tmp_path / "w").mkdir()
    (tmp_path / "w" / "en.jsonl").write_text('{"text": "fine", "labels": []}\n' + line + "\n")
    with pytest.raises(TrainingDataError, match="w/en.jsonl:2") as err:
        read_data(tmp_path)
    assert says in str(err.value)


def test_shipped_training_data_reads_and_covers_every_type_in_every_language() -> None:
    from classifiers.language import SUPPORTED

    units = read_data()
    assert len(units) > 10_000
    seen = {(u.lang.split("-")[0], label) for u in units for label in u.labels}
    missing = {(lang, label) for lang in SUPPORTED for label in REQUEST_TYPES} - seen
    assert missing == set()


# -- training ----------------------------------------------------------------------------------

_TINY = {
    "access": ["Send me a copy of my data.", "I want to see the data you hold on me.",
               "Please give me access to my records.", "What personal data do you keep? "
               "Send it to me.", "Export all my information to me."],
    "correction": ["Correct my address please.", "My name is spelt wrong, fix it.",
                   "Update my phone number to 9123 4567.", "Please change my email.",
                   "Amend my date of birth."],
    "deletion": ["Delete my data.", "Erase everything you hold about me.",
                 "Remove my address from your files.", "Wipe my purchase history.",
                 "Please purge my records."],
    "withdrawal": ["Stop sending me newsletters.", "I withdraw my consent to marketing.",
                   "Unsubscribe me from SMS.", "No more promotional calls.",
                   "Opt me out of offers."],
    "cancellation": ["Close my account.", "Cancel my membership.", "Deactivate my login.",
                     "Terminate my account today.", "Shut down my profile."],
}
_NONE = ["Thanks for your help.", "When do you open?", "My order is late.",
         "Hello, how are you?", "Is the shop open on Sunday?"]


def test_training_is_deterministic_and_writes_model_and_calibration(tmp_path: Path) -> None:
    from classifiers.train import train

    rows: list[dict[str, object]] = [{"text": t, "labels": [k]} for k, ts in _TINY.items()
                                     for t in ts]
    rows += [{"text": t, "labels": []} for t in _NONE]
    _write(tmp_path / "data" / "en_tiny.jsonl", rows)
    said: list[str] = []
    first = train(tmp_path / "m1", tmp_path / "data", said.append)
    train(tmp_path / "m2", tmp_path / "data")
    assert first["units"] == len(rows) == 30
    assert any(s.startswith("fold 5/5") for s in said)
    for name in ("calibration.json", "textcat_multilabel/model"):
        assert (tmp_path / "m1" / name).read_bytes() == (tmp_path / "m2" / name).read_bytes()
    cal = Calibration.load(tmp_path / "m1" / "calibration.json")
    assert cal.threshold == dict.fromkeys(REQUEST_TYPES, 0.5)
