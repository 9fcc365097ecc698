"""What the statistical model reads of one sentence: its folded words and what the rules saw.

Where it sits: between the rule layer (:mod:`classifiers.rules`, per-sentence
:class:`~classifiers.rules.SentenceHits`) and the model (:mod:`classifiers.model`). The same
function builds the model's input at training and at run time, so the two cannot drift.

Each sentence becomes its folded tokens (:func:`classifiers.normalise.tokenize`), then a few
pseudo-words for the rules' findings: ``R+deletion`` (a deletion pattern fired and passed its
scope checks), ``RB+cancellation`` and ``RB:negated`` (a closure pattern matched but was
negated), ``Q?`` (a question), ``RF`` (a request form such as "please"), ``H:complaint`` (a
human signal)... The model learns from data how far to trust each finding next to the words
around it, so a rule fires in a context it was not written for (a newsletter's "unsubscribe"
footer) without deciding alone, and a request no rule knows is still read from its words.
Hangul words also get their first one and two syllables as pseudo-words (``<삭제``), since a
Korean verb carries its endings attached ("삭제해", "삭제해주세요").
"""

from __future__ import annotations

from classifiers.rules import SentenceHits

_HANGUL_FIRST, _HANGUL_LAST = "\uac00", "\ud7af"
#: The one word of a sentence without words (no text can fold to it).
EMPTY = "<empty>"


def rule_tokens(hits: SentenceHits) -> list[str]:
    """The pseudo-words for one sentence's rule findings (see the module docstring)."""
    out: list[str] = []
    for label in hits.labels:
        out.append("R+" + label)
        if label in hits.weak:
            out.append("Rw+" + label)
        if label in hits.generic:
            out.append("Rg+" + label)
    for label, why in hits.blocked.items():
        out.append("RB+" + label)
        out.append("RB:" + why.split(":", 1)[0].split()[0])
    if hits.question:
        out.append("Q?")
    out.extend("H:" + reason.split()[0] for reason in sorted(hits.human))
    if hits.request_form:
        out.append("RF")
    if hits.authority:
        out.append("AUTH")
    return out


def _syllable_prefixes(token: str) -> list[str]:
    if len(token) < 3 or not _HANGUL_FIRST <= token[0] <= _HANGUL_LAST:
        return []
    return ["<" + token[:1], "<" + token[:2]]


def sentence_features(tokens: list[str], hits: SentenceHits) -> list[str]:
    """The model's words for one sentence: ``tokens`` (folded, tokenized), Hangul syllable
    prefixes, then :func:`rule_tokens`. Never empty (:data:`EMPTY` for an empty sentence)."""
    out: list[str] = []
    for token in tokens:
        out.append(token)
        out.extend(_syllable_prefixes(token))
    out.extend(rule_tokens(hits))
    return out or [EMPTY]


__all__ = ["EMPTY", "rule_tokens", "sentence_features"]
