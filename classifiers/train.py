"""Train the model and its calibration from the repo's own data (``privacy-bot train``).

Reads ``classifiers/data/**/*.jsonl`` (:mod:`classifiers.data`), reads each text exactly as
the classifier does at run time (cleaning, language, sentences, folding, the rules' findings:
:meth:`classifiers.pipeline.Classifier.analyse`), and then:

1. **Out-of-fold predictions.** The data is split into 5 folds (by a hash of each unit, so a
   mail and its sentences stay together); for each fold a model is trained on the other four
   and predicts the held-out one. Every unit thus gets the model's probabilities as they are
   on text the model has not seen.
2. **Calibration.** On those predictions, one logistic regression per request type
   (scikit-learn) learns how to combine the model's probability with the rules' findings
   (:mod:`classifiers.combine`) into a calibrated probability, cut at :data:`THRESHOLD`
   with a doubt band down to :data:`DOUBT` (which sends the message to a person).
3. **The model.** A last model is trained on all the data and written with the calibration to
   ``classifiers/model/``.

Training docs: every unit as a whole; each sentence of a mail that asks for nothing as a
negative (greetings, footers, quoted policy text are not requests); each segment of a
segmented mail with its own labels; and a one-letter-typo copy of each sentence.
Deterministic: fixed seeds, same data and versions give the same model (~11 min on one
core). Never train on ../shared/corpus or a held-out set: they are the measurements.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example
from spacy.util import minibatch

from classifiers.combine import Calibration, Signals, label_features
from classifiers.data import DATA_DIR, FOLDS, TrainingDataError, TrainingText, read_data
from classifiers.language import detect
from classifiers.model import (
    CALIBRATION,
    MODEL_DIR,
    PIPE_NAME,
    blank_pipeline,
    sentence_probabilities,
)
from classifiers.types import REQUEST_TYPES

SEED = 20261207
EPOCHS = 6
DROPOUT = 0.1
#: The cut on the calibrated probability ``q``: a type is given at ``q >= THRESHOLD`` (the
#: cut that is right most often when ``q`` is calibrated) ...
THRESHOLD = 0.5
#: ... and a type at ``DOUBT <= q < THRESHOLD`` sends the message to a person with the
#: suggestion. Cuts chosen by cost (a wrong ticket costing 2-4 requests sent to a person) on
#: the held-out predictions, or on the validation sets, were stricter and did worse on the
#: regression sets (README, "How it is measured"); this narrow band keeps "when in doubt, a
#: person" where it costs least.
DOUBT = 0.4

Say = Callable[[str], None]


@dataclass(frozen=True)
class Prepared:
    """One unit read as at run time: ``docs`` are its training docs (model words, labels);
    ``inputs`` the model words of each sentence as classification sees them; ``signals``
    the rules' findings over it."""

    unit: TrainingText
    docs: tuple[tuple[tuple[str, ...], frozenset[str]], ...]
    inputs: tuple[tuple[str, ...], ...]
    signals: Signals


def _typo(words: Sequence[str], rng: random.Random) -> list[str]:
    out = list(words)
    long_words = [i for i, w in enumerate(out) if len(w) > 4 and w.isalpha() and w.isascii()]
    if long_words:
        i = rng.choice(long_words)
        j = rng.randrange(1, len(out[i]) - 1)
        out[i] = out[i][:j] + out[i][j + 1:]
    return out


def prepare(units: Iterable[TrainingText], seed: int = SEED) -> list[Prepared]:
    """Read every unit as the classifier does (rules included; no model needed)."""
    from classifiers.pipeline import Classifier, signals
    from classifiers.rules import RuleSet

    nlp = blank_pipeline()
    reader = Classifier(nlp, RuleSet.load(nlp), False, Calibration.rules_only())
    rng = random.Random(seed)
    out: list[Prepared] = []
    for unit in units:
        if not unit.text.strip():
            continue  # nothing to read: the classifier routes it to a person before any model
        lang = detect(unit.text)
        reading = reader.read(unit.text, lang)
        inputs = [tuple(w) for w in reading.analysis.model_inputs()]
        whole = tuple(w for sentence in inputs for w in sentence)
        docs = [(whole, unit.labels)]
        if unit.kind == "sentence":
            docs.append((tuple(_typo(whole, rng)), unit.labels))
        elif unit.kind == "mail" and not unit.labels and len(inputs) > 1:
            docs.extend((sentence, frozenset()) for sentence in inputs)
        for text, labels in unit.segments:
            seg = reader.analyse(text, lang).model_inputs()
            if seg:
                docs.append((tuple(w for sentence in seg for w in sentence), labels))
        sig = signals(reading, reader.has_rules(lang.code))
        out.append(Prepared(unit, tuple(docs), tuple(inputs), sig))
    return out


def _examples(nlp: Language, docs: Iterable[tuple[Sequence[str], frozenset[str]]]
              ) -> Iterator[Example]:
    for words, labels in docs:
        cats = {label: float(label in labels) for label in REQUEST_TYPES}
        yield Example.from_dict(Doc(nlp.vocab, words=list(words)), {"cats": cats})


def fit_model(docs: Sequence[tuple[Sequence[str], frozenset[str]]], seed: int = SEED,
              epochs: int = EPOCHS, say: Say | None = None) -> Language:
    """Train a fresh textcat on ``docs`` (model words, labels); deterministic for a seed."""
    spacy.util.fix_random_seed(seed)  # type: ignore[attr-defined]
    nlp = blank_pipeline(with_textcat=True)
    examples = list(_examples(nlp, docs))
    optimizer = nlp.initialize(lambda: examples)
    rng = random.Random(seed)
    for epoch in range(1, epochs + 1):
        rng.shuffle(examples)
        losses: dict[str, float] = {}
        for batch in minibatch(examples, size=32):  # type: ignore[no-untyped-call]
            nlp.update(batch, sgd=optimizer, drop=DROPOUT, losses=losses)
        if say:
            say(f"  epoch {epoch:2d}/{epochs}  loss {losses.get(PIPE_NAME, 0.0):.3f}")
    return nlp


def best_probabilities(nlp: Language, inputs: Sequence[Sequence[str]]) -> dict[str, float]:
    """Per type, the model's highest probability over the sentences ``inputs`` (0.0 when
    there are none), as :meth:`classifiers.pipeline.Classifier.read` computes it."""
    probs = sentence_probabilities(nlp, inputs)
    return {k: max((p[k] for p in probs), default=0.0) for k in REQUEST_TYPES}


def out_of_fold(prepared: Sequence[Prepared], say: Say) -> list[dict[str, float]]:
    """The model's probabilities for every unit from a model that never saw it."""
    probs: list[dict[str, float]] = [{} for _ in prepared]
    for fold in range(FOLDS):
        train_docs = [d for p in prepared if p.unit.fold != fold for d in p.docs]
        say(f"fold {fold + 1}/{FOLDS}: training on {len(train_docs)} docs")
        nlp = fit_model(train_docs, SEED + fold)
        for i, p in enumerate(prepared):
            if p.unit.fold == fold:
                probs[i] = best_probabilities(nlp, p.inputs)
    return probs


def _precision_recall(q: Sequence[float], y: Sequence[bool], t: float) -> tuple[float, float]:
    tp = sum(1 for qi, yi in zip(q, y, strict=True) if qi >= t and yi)
    fp = sum(1 for qi, yi in zip(q, y, strict=True) if qi >= t and not yi)
    positives = sum(y)
    return (tp / (tp + fp) if tp + fp else 1.0), (tp / positives if positives else 1.0)


def calibrate(prepared: Sequence[Prepared], probs: Sequence[dict[str, float]],
              say: Say) -> Calibration:
    """Fit the per-type combination on out-of-fold ``probs`` (one per unit, per type); the
    cuts are :data:`THRESHOLD` and :data:`DOUBT`. ``figures`` record held-out precision and
    recall per type and the exact-match share on the mails among the units."""
    from sklearn.linear_model import LogisticRegression

    weights: dict[str, list[float]] = {}
    figures: dict[str, Any] = {"units": len(prepared), "labels": {}}
    q_all: list[dict[str, float]] = [{} for _ in prepared]
    for label in REQUEST_TYPES:
        x = [label_features(label, pr[label], p.signals) for p, pr in zip(prepared, probs,
                                                                            strict=True)]
        y = [label in p.unit.labels for p in prepared]
        lr = LogisticRegression(C=1.0, fit_intercept=False, max_iter=2000)
        lr.fit(x, y)
        weights[label] = [round(float(w), 5) for w in lr.coef_[0]]
        for i, v in enumerate(lr.predict_proba(x)[:, 1]):
            q_all[i][label] = float(v)
    threshold = dict.fromkeys(REQUEST_TYPES, THRESHOLD)
    doubt = dict.fromkeys(REQUEST_TYPES, DOUBT)
    # Figures on mails, the shape the classifier reads (sentences alone are easier: every
    # word in them belongs to the request); on every unit when there are no mails.
    units = [(p.unit.labels, q, p.unit.kind) for p, q in zip(prepared, q_all, strict=True)]
    mails = [(e, q) for e, q, kind in units if kind != "sentence"] or [
        (e, q) for e, q, _ in units]
    figures["mails"] = len(mails)
    for label in REQUEST_TYPES:
        q = [q[label] for _, q in mails]
        precision, recall = _precision_recall(q, [label in e for e, _ in mails], THRESHOLD)
        figures["labels"][label] = {"precision": round(precision, 4),
                                    "recall": round(recall, 4)}
        say(f"{label:<13} held-out precision {precision:.3f} recall {recall:.3f} (mails)")
    exact = sum(frozenset(k for k in REQUEST_TYPES if q[k] >= THRESHOLD) == expected
                for expected, q in mails)
    figures["held_out_exact"] = round(exact / len(mails), 4)
    say(f"held-out exact match (labels, mails): {figures['held_out_exact']:.3f}")
    return Calibration(weights, threshold, doubt, figures)


def train(out_dir: Path = MODEL_DIR, data_dir: Path = DATA_DIR,
          progress: Say | None = None) -> dict[str, float]:
    """Train and write the model and ``calibration.json`` to ``out_dir`` (replacing them).

    Returns figures: ``units`` (training units read), ``docs`` (training docs),
    ``held_out_exact`` (share of the mails among the units whose labels the calibrated
    decision gets exactly, on out-of-fold predictions) and ``seconds``. Raises
    :class:`TrainingDataError` for bad data, ``OSError`` if ``out_dir`` cannot be written.
    """
    say = progress or (lambda _msg: None)
    started = time.perf_counter()
    units = read_data(data_dir)
    say(f"read {len(units)} training units from {data_dir}")
    prepared = prepare(units)
    docs = [d for p in prepared for d in p.docs]
    say(f"read as the classifier does: {len(docs)} training docs")
    calibration = calibrate(prepared, out_of_fold(prepared, say), say)
    say("final model on all the data")
    nlp = fit_model(docs, SEED, say=say)
    out_dir.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out_dir)
    calibration.save(out_dir / CALIBRATION)
    seconds = round(time.perf_counter() - started, 1)
    say(f"wrote {out_dir} in {seconds:.0f} s")
    return {"units": float(len(units)), "docs": float(len(docs)),
            "held_out_exact": float(calibration.figures["held_out_exact"]),  # type: ignore[arg-type]
            "seconds": seconds}


__all__ = ["TrainingDataError", "calibrate", "fit_model", "out_of_fold", "prepare", "train"]
