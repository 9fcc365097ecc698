"""The decision of each label: the model's reading and the rules' findings, combined by weights
learned from data and cut at thresholds chosen on held-out predictions.

Where it sits: after the rule layer and the model (:mod:`classifiers.pipeline`), before the
route. For each request type it takes a handful of signals (:data:`FEATURES`): the model's
probability that some sentence asks for it, whether the rules give it (after their scope
checks), whether a rule matched but was negated or asked about, whether the language has
rules at all, questions and human signals in the message. A logistic regression per type
(fitted by :mod:`classifiers.train` on out-of-fold predictions over the training data, so the
weights say how far each signal can be trusted on text the model has not seen) turns them
into a calibrated probability ``q``. Two thresholds per type, chosen on the same held-out
predictions, then decide: ``q >= threshold`` gives the label; ``doubt <= q < threshold`` is
too unsure either way and sends the message to a person, with the suggestion shown.

The weights and thresholds ship beside the model as ``calibration.json`` (plain JSON).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path

from classifiers.types import REQUEST_TYPES

#: The signals of one label, in the order of the weights.
FEATURES = ("bias", "model", "rule", "rule_fired", "rule_blocked", "no_rules",
            "no_rules_x_model", "question", "human_signal", "rules_give_any")


@dataclass(frozen=True)
class Signals:
    """What the rules saw in one message, for :func:`label_features`.

    ``rule``: types the rules give (scope-checked, conventions applied); ``fired``: types a
    rule matched unblocked anywhere (before conventions); ``blocked``: types only matched
    where negated, conditional, asked about or reported; ``question``/``human``: a question
    or a human signal (complaint, chaser ...) somewhere; ``has_rules``: the language has
    request patterns.
    """

    rule: frozenset[str]
    fired: frozenset[str]
    blocked: frozenset[str]
    question: bool
    human: bool
    has_rules: bool


def _logit(p: float) -> float:
    p = min(max(p, 1e-4), 1 - 1e-4)
    return math.log(p / (1 - p))


def label_features(label: str, prob: float, signals: Signals) -> list[float]:
    """The feature vector of ``label`` (see :data:`FEATURES`) for model probability ``prob``
    (0..1, the highest over the message's sentences)."""
    no_rules = 0.0 if signals.has_rules else 1.0
    return [1.0, _logit(prob), float(label in signals.rule), float(label in signals.fired),
            float(label in signals.blocked), no_rules, no_rules * _logit(prob),
            float(signals.question), float(signals.human), float(bool(signals.rule))]


@dataclass(frozen=True)
class Calibration:
    """Per request type: ``weights`` (one per :data:`FEATURES` entry), ``threshold`` and
    ``doubt`` (probabilities in 0..1, ``doubt <= threshold``); ``figures``: what training
    measured (for the record, not used)."""

    weights: dict[str, list[float]]
    threshold: dict[str, float]
    doubt: dict[str, float]
    figures: dict[str, object]

    def probability(self, label: str, prob: float, signals: Signals) -> float:
        """``q`` for ``label``: the calibrated probability that the message asks for it."""
        z = sum(w * x for w, x in zip(self.weights[label], label_features(label, prob, signals),
                                      strict=True))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def save(self, path: Path) -> None:
        """Write as JSON (``features`` names the weights' order)."""
        data = {"features": list(FEATURES), "weights": self.weights,
                "threshold": self.threshold, "doubt": self.doubt, "figures": self.figures}
        path.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> Calibration:
        """Read a file written by :meth:`save`. Raises ``OSError`` when unreadable and
        ``ValueError`` when its features or labels do not match this code."""
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("features") != list(FEATURES):
            raise ValueError(f"{path}: calibration for other features; run privacy-bot train")
        weights = {k: [float(x) for x in data["weights"][k]] for k in REQUEST_TYPES}
        return cls(weights, {k: float(data["threshold"][k]) for k in REQUEST_TYPES},
                   {k: float(data["doubt"][k]) for k in REQUEST_TYPES}, dict(data["figures"]))

    @classmethod
    def rules_only(cls) -> Calibration:
        """The decision without a trained model: a label exactly when the rules give it."""
        weights = {k: [-4.0, 0.0, 8.0] + [0.0] * (len(FEATURES) - 3) for k in REQUEST_TYPES}
        half = dict.fromkeys(REQUEST_TYPES, 0.5)
        return cls(weights, half, half, {"trained": False})


__all__ = ["FEATURES", "Calibration", "Signals", "label_features"]
