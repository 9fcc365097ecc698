"""The classification result: what `classifiers.classify` returns for one message."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

#: The five request types of the privacy policy, in the order used everywhere.
REQUEST_TYPES: tuple[str, ...] = ("access", "correction", "deletion", "withdrawal", "cancellation")

Route = Literal["ticket", "human", "ignore"]


@dataclass(frozen=True)
class Evidence:
    """Why one label was given: the sentence, and the rule or model score behind it.

    label: one of REQUEST_TYPES; sentence: the sender's sentence (as read, ≤ 300 chars);
    source: ``"rule:<name>"`` or ``"model"``; score: in [0, 1].
    """

    label: str
    sentence: str
    source: str
    score: float


@dataclass(frozen=True)
class Classification:
    """The classifier's reading of one message.

    labels: request types found (subset of REQUEST_TYPES, in that order); scores: a score in
    [0, 1] for every one of the five types; route: ``"ticket"`` when labels are confident,
    ``"human"`` otherwise; reason: one line a member of staff can read; language: ISO 639-1
    code of the main language (``"zh"`` for Chinese, ``"und"`` when unknown); script: for
    Chinese ``"Hans"`` (simplified) or ``"Hant"`` (traditional), else ``""``; evidence: per
    label the sentences and rules behind it; text: the text the classifier read (quotes,
    signatures and disclaimers removed); on_behalf: the phrase saying the request is made for
    someone else (:mod:`classifiers.agency`), "" when none: the writer's authority must be
    checked.
    """

    labels: tuple[str, ...]
    scores: dict[str, float]
    route: Route
    reason: str
    language: str
    script: str = ""
    evidence: tuple[Evidence, ...] = ()
    text: str = ""
    on_behalf: str = ""
