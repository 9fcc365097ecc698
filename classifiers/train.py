"""Train the statistical layer from the repo's own data (``privacy-bot train``).

Reads ``classifiers/data/*.jsonl`` (one object per line: ``{"text": ..., "labels": [...]}``,
labels ⊆ REQUEST_TYPES, ``[]`` for a hard negative), folds each text exactly as the classifier
does at run time, adds deterministic variants (greetings, sign-offs, one-letter typos), trains
a bag-of-words ``textcat_multilabel`` on ``spacy.blank("xx")`` with a fixed seed and writes it
to ``classifiers/model/``. Same data + same spaCy version -> same model.

Never train on ../shared/corpus: it is the evaluation set.
"""

from __future__ import annotations

import json
import random
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import spacy
from spacy.tokens import Doc
from spacy.training import Example
from spacy.util import minibatch

from classifiers.model import MODEL_DIR, PIPE_NAME, blank_pipeline
from classifiers.normalise import fold, tokenize
from classifiers.types import REQUEST_TYPES

DATA_DIR = Path(__file__).with_name("data")
SEED = 20250601
EPOCHS = 20
DROPOUT = 0.1
_LEADS = ("", "", "hi, ", "hello ", "dear team, ", "good morning. ", "hi privacy team, ")
_TAILS = ("", "", " thanks", " thank you.", " regards", " tq", " cheers")


class TrainingDataError(ValueError):
    """A training file or line is malformed (message names file and line)."""


@dataclass(frozen=True)
class Sample:
    """One training sentence: folded ``text`` and its set of ``labels``."""

    text: str
    labels: frozenset[str]


def read_data(directory: Path = DATA_DIR) -> list[Sample]:
    """Read every ``*.jsonl`` in ``directory`` (sorted by name) into samples.

    Raises :class:`TrainingDataError` for bad JSON, a missing ``text`` or an unknown label.
    """
    samples: list[Sample] = []
    for path in sorted(directory.glob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
                text, labels = str(obj["text"]), frozenset(obj.get("labels", []))
            except (ValueError, KeyError, TypeError) as exc:
                raise TrainingDataError(f"{path}:{n}: {exc}") from exc
            unknown = labels - set(REQUEST_TYPES)
            if unknown:
                raise TrainingDataError(f"{path}:{n}: unknown labels {sorted(unknown)}")
            samples.append(Sample(fold(text), labels))
    return samples


def _typo(text: str, rng: random.Random) -> str:
    words = text.split()
    long_words = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha() and w.isascii()]
    if not long_words:
        return text
    i = rng.choice(long_words)
    j = rng.randrange(1, len(words[i]) - 1)
    words[i] = words[i][:j] + words[i][j + 1:]
    return " ".join(words)


def augment(samples: list[Sample], seed: int = SEED) -> list[Sample]:
    """Return ``samples`` plus two deterministic variants of each (lead/tail, typo)."""
    rng = random.Random(seed)
    out = list(samples)
    for s in samples:
        out.append(Sample(fold(rng.choice(_LEADS) + s.text + rng.choice(_TAILS)), s.labels))
        out.append(Sample(_typo(s.text, rng), s.labels))
    return out


def _examples(nlp: spacy.language.Language, samples: list[Sample]) -> Iterator[Example]:
    for s in samples:
        cats = {label: float(label in s.labels) for label in REQUEST_TYPES}
        yield Example.from_dict(Doc(nlp.vocab, words=tokenize(s.text)), {"cats": cats})


def train(out_dir: Path = MODEL_DIR, data_dir: Path = DATA_DIR, epochs: int = EPOCHS,
          progress: Callable[[str], None] | None = None) -> dict[str, float]:
    """Train the textcat and write it to ``out_dir`` (replacing what is there).

    Returns figures: ``samples`` (after augmentation), ``epochs``, ``loss`` (last epoch),
    ``train_accuracy`` (share of training samples whose thresholded labels match), and
    ``seconds``. Raises :class:`TrainingDataError` for bad data, ``OSError`` if ``out_dir``
    cannot be written.
    """
    say = progress or (lambda _msg: None)
    started = time.perf_counter()
    spacy.util.fix_random_seed(SEED)  # type: ignore[attr-defined]
    samples = augment(read_data(data_dir))
    say(f"read {len(samples)} training sentences (with variants) from {data_dir}")
    nlp = blank_pipeline(with_textcat=True)
    examples = list(_examples(nlp, samples))
    optimizer = nlp.initialize(lambda: examples)
    rng = random.Random(SEED)
    loss = 0.0
    for epoch in range(1, epochs + 1):
        rng.shuffle(examples)
        losses: dict[str, float] = {}
        for batch in minibatch(examples, size=32):  # type: ignore[no-untyped-call]
            nlp.update(batch, sgd=optimizer, drop=DROPOUT, losses=losses)
        loss = losses.get(PIPE_NAME, 0.0)
        say(f"epoch {epoch:2d}/{epochs}  loss {loss:.4f}")
    correct = 0
    docs = (Doc(nlp.vocab, words=tokenize(x.text)) for x in samples)
    for doc, s in zip(nlp.pipe(docs), samples, strict=True):
        got = {k for k, v in doc.cats.items() if v >= 0.5}
        correct += got == set(s.labels)
    out_dir.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out_dir)
    figures = {"samples": float(len(samples)), "epochs": float(epochs), "loss": round(loss, 4),
               "train_accuracy": round(correct / len(samples), 4),
               "seconds": round(time.perf_counter() - started, 2)}
    say(f"wrote {out_dir} (train accuracy {figures['train_accuracy']:.3f}, "
        f"{figures['seconds']:.1f} s)")
    return figures
