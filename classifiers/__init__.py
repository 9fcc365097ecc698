"""Turns a normalised message into request types, scores and evidence (no IMAP, SMTP or tickets).

Entry point: :func:`classify`. Types: :class:`Classification`, :class:`Evidence`.
"""

from classifiers.types import REQUEST_TYPES, Classification, Evidence, Route

__all__ = ["REQUEST_TYPES", "Classification", "Evidence", "Route", "classify"]


def classify(message: object) -> Classification:
    """Classify one :class:`bot.message.InboundMessage`; see :func:`classifiers.pipeline.classify`.

    Imported lazily so that ``import classifiers`` does not load spaCy (≈0.5 s); the model is
    loaded once per process on the first call.
    """
    from classifiers.pipeline import classify as _classify

    return _classify(message)
