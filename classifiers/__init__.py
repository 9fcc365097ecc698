"""Turns a normalised message into request types, scores and evidence (no IMAP, SMTP or tickets).

Entry point: :func:`classify`. Types: :class:`Classification`, :class:`Evidence`.
"""

from classifiers.types import REQUEST_TYPES, Classification, Evidence, Route

__all__ = ["REQUEST_TYPES", "Classification", "Evidence", "Route", "classify"]


def classify(message: "object") -> Classification:  # replaced by the classifier issue
    """Placeholder until classifiers.pipeline lands."""
    from classifiers.pipeline import classify as _classify

    return _classify(message)  # type: ignore[arg-type]
