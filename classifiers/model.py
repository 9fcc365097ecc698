"""The statistical layer: a spaCy ``textcat_multilabel`` (bag of words and word pairs) over
each sentence's folded words and the rules' findings (:mod:`classifiers.features`).

It gives each sentence a probability per request type. The pipeline is ``spacy.blank("xx")``
plus the text categoriser; Chinese, Japanese and Thai are segmented by character by the
folding step. The trained artefact ships in ``classifiers/model/`` (spaCy's own directory
format, no pickles) with ``calibration.json`` (:mod:`classifiers.combine`), and is rebuilt by
``privacy-bot train`` (:mod:`classifiers.train`).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from classifiers.combine import Calibration
from classifiers.types import REQUEST_TYPES

log = logging.getLogger(__name__)

MODEL_DIR = Path(__file__).with_name("model")
PIPE_NAME = "textcat_multilabel"

CALIBRATION = "calibration.json"

#: spaCy architecture of the text categoriser: unigram + bigram bag of words over hashed
#: features (~10,000 sentences/s on one core). Compared on held-out writers with the CNN
#: (``TextCatReduce`` over a subword tok2vec): the CNN was ~100x slower (85 messages/s) for
#: no better labels once the rules' findings are among the words.
BOW_MODEL = {
    "@architectures": "spacy.TextCatBOW.v3",
    "exclusive_classes": False,
    "ngram_size": 2,
    "no_output_layer": False,
    "length": 262144,
}


def blank_pipeline(with_textcat: bool = False) -> Language:
    """Return ``spacy.blank("xx")``, optionally with an untrained multi-label textcat whose
    labels are :data:`classifiers.types.REQUEST_TYPES`."""
    nlp = spacy.blank("xx")
    if with_textcat:
        textcat = nlp.add_pipe(PIPE_NAME, config={"model": BOW_MODEL, "threshold": 0.5})
        for label in REQUEST_TYPES:
            textcat.add_label(label)  # type: ignore[attr-defined]
    return nlp


def sentence_probabilities(nlp: Language, inputs: Sequence[Sequence[str]]
                           ) -> list[dict[str, float]]:
    """The trained textcat of ``nlp`` over each sentence's model words ``inputs``
    (:func:`classifiers.features.sentence_features`): per sentence, a probability in 0..1 per
    request type. One batched call to the model itself (no ``Doc.cats`` to fill in: ~30 %
    faster than ``pipe``). The same function serves training and classification."""
    if not inputs:
        return []
    textcat: Any = nlp.get_pipe(PIPE_NAME)
    docs = [Doc(nlp.vocab, words=list(words)) for words in inputs]
    return [dict(zip(textcat.labels, map(float, row), strict=True))
            for row in textcat.model.predict(docs).tolist()]


def load_calibration(directory: Path = MODEL_DIR) -> Calibration:
    """The learned combination shipped beside the model (``calibration.json``). Raises
    ``OSError`` when it is missing or unreadable, ``ValueError`` when it does not fit."""
    return Calibration.load(directory / CALIBRATION)


def load(directory: Path = MODEL_DIR) -> tuple[Language, bool]:
    """Load the shipped model from ``directory``.

    Returns ``(nlp, trained)``: the pipeline and whether a trained textcat was found. When the
    directory is missing (model not built yet) a blank pipeline is returned and the classifier
    runs on rules alone; a directory that exists but cannot be read raises ``OSError``.
    """
    if not (directory / "config.cfg").exists():
        log.warning("no trained model in %s; classifying with rules only", directory)
        return blank_pipeline(), False
    return spacy.load(directory), True
