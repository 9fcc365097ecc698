"""The training data: read ``classifiers/data/**/*.jsonl`` into texts the classifier would read.

Where it sits: the input of :mod:`classifiers.train`; nothing at run time reads it. The files
are written by people (see ``classifiers/data/README.md``), never taken from
``../shared/corpus`` or a held-out set. Three shapes of line are accepted:

* a sentence: ``{"text": ..., "labels": [...], "lang": "en", "kind": "sentence"}``;
* a whole mail body as typed (greeting, signature, quoted thread ...):
  ``{"text": ..., "labels": [...], "kind": "mail", "subject": ...}``; it is cleaned exactly as
  incoming mail is (:func:`classifiers.cleaning.clean_body`), so the model learns from what it
  will read;
* a segmented mail: ``{"segments": [{"text": ..., "labels": [...]}, ...], "subject": ...}``,
  each segment labelled with what it asks for (the mail's labels are their union): this is
  what teaches the model which sentences of a long letter carry the request.

``labels`` ⊆ :data:`classifiers.types.REQUEST_TYPES` (``[]``: asks for none of them). ``lang``
defaults to the file name's prefix (``en_a_01.jsonl`` → ``en``).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from classifiers.cleaning import clean_body
from classifiers.types import REQUEST_TYPES

DATA_DIR = Path(__file__).with_name("data")
#: Cross-validation folds of :mod:`classifiers.train` (:attr:`TrainingText.fold`).
FOLDS = 5


class TrainingDataError(ValueError):
    """A training file or line is malformed (the message names file and line)."""


@dataclass(frozen=True)
class TrainingText:
    """One training unit as the classifier would read it.

    ``text``: the cleaned text; ``labels``: the request types it asks for; ``lang``: ISO 639-1;
    ``kind``: ``sentence``, ``mail`` or ``segmented``; ``segments``: for a segmented mail,
    each segment's text and labels (else empty); ``source``: ``file:line``, for messages.
    """

    text: str
    labels: frozenset[str]
    lang: str
    kind: str
    segments: tuple[tuple[str, frozenset[str]], ...] = ()
    source: str = ""

    @property
    def fold(self) -> int:
        """A stable fold number in ``range(FOLDS)`` from the text (cross-validation keeps a
        unit, its sentences and segments, in one fold)."""
        return int(hashlib.sha256(self.text.encode("utf-8")).hexdigest()[:8], 16) % FOLDS


def _labels(value: object, where: str) -> frozenset[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise TrainingDataError(f"{where}: labels must be a list of strings")
    unknown = set(value) - set(REQUEST_TYPES)
    if unknown:
        raise TrainingDataError(f"{where}: unknown labels {sorted(unknown)}")
    return frozenset(value)


def _read_line(obj: dict[str, object], lang: str, where: str) -> TrainingText:
    lang = str(obj.get("lang") or lang)
    subject = str(obj.get("subject") or "")
    if "segments" in obj:
        raw = obj["segments"]
        if not isinstance(raw, list) or not raw:
            raise TrainingDataError(f"{where}: segments must be a non-empty list")
        segments = []
        for n, seg in enumerate(raw, 1):
            if not isinstance(seg, dict) or not isinstance(seg.get("text"), str):
                raise TrainingDataError(f"{where}: segment {n} needs a text")
            segments.append((seg["text"], _labels(seg.get("labels", []), f"{where} #{n}")))
        body = "\n".join(text for text, _ in segments)
        union = frozenset().union(*(labels for _, labels in segments))
        return TrainingText(_cleaned(body, subject), union, lang, "segmented", tuple(segments),
                            where)
    text = obj.get("text")
    if not isinstance(text, str):
        raise TrainingDataError(f"{where}: missing text")
    labels = _labels(obj.get("labels", []), where)
    if obj.get("kind") == "mail":
        return TrainingText(_cleaned(text, subject), labels, lang, "mail", (), where)
    return TrainingText(text, labels, lang, "sentence", (), where)


def _cleaned(body: str, subject: str) -> str:
    """What the classifier reads of a mail: the cleaned body, or the subject first when the
    body is (almost) empty. Known difference from run time, kept until the next retrain:
    :meth:`classifiers.pipeline.Classifier.classify` also requires fewer than 12 folded
    characters, so 93 short Chinese, Japanese and Thai training mails get their subject here
    and would not at run time. Aligning the two changes the training text, hence the shipped
    model and its measured figures: do it together with the next data change."""
    text = clean_body(body, subject).text
    if len(text.split()) < 3 and subject.strip():
        text = (subject.strip() + "\n" + text).strip()
    return text


def read_data(directory: Path = DATA_DIR) -> list[TrainingText]:
    """Every ``*.jsonl`` under ``directory`` (recursively, sorted by path), as training units.

    Raises :class:`TrainingDataError` for bad JSON, a missing text or an unknown label.
    """
    units: list[TrainingText] = []
    for path in sorted(directory.rglob("*.jsonl")):
        lang = path.stem.split("_", 1)[0]
        rel = path.relative_to(directory)
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            where = f"{rel}:{n}"
            try:
                obj = json.loads(line)
            except ValueError as exc:
                raise TrainingDataError(f"{where}: {exc}") from exc
            if not isinstance(obj, dict):
                raise TrainingDataError(f"{where}: not a JSON object")
            units.append(_read_line(obj, lang, where))
    return units


__all__ = ["DATA_DIR", "FOLDS", "TrainingDataError", "TrainingText", "read_data"]
