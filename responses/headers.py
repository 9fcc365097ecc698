"""Header values built from an incoming mail, made safe: subject, threading, display names.

Everything that reaches a header of a mail the bot sends and that came from someone else's
mail passes through one of these functions first. They remove what could break a header
(CR, LF and every other control character, Unicode line and paragraph separators, bidi
overrides), bound the length, and drop message identifiers that are not plain ASCII msg-ids.
The stdlib then encodes what is left (RFC 2047) and refuses any CR/LF that might remain.

`MESSAGE_POLICY` is the policy the renderer builds messages with: `email.policy.SMTP` (CRLF)
whose In-Reply-To and References headers fold between message identifiers only. The stock
policy treats those two fields as unstructured text and turns a long identifier into
RFC 2047 encoded-words, which no mail client matches when it threads a reply.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from email import headerregistry, policy
from typing import Any

#: How many characters of the original subject are kept (after cleaning).
SUBJECT_MAX = 120
#: How many characters of a display name are kept (after cleaning).
NAME_MAX = 64
#: How many identifiers a References field keeps: the first (thread root) and the latest ones.
REFERENCES_MAX = 10
#: Longest identifier kept; a longer one is dropped (it could not fold within 998 octets).
MSGID_MAX = 250

# Bidi embeddings/overrides/isolates: they can make a subject read differently than it is.
_BIDI = dict.fromkeys([*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F, 0x061C])
# msg-id as RFC 5322 §3.6.4 writes it, restricted to printable ASCII without spaces.
_MSGID_RE = re.compile(r"<[!-;=?A-~]+@[!-;=?-~]+>")
# Reply prefixes, as mail clients in the languages we meet write them (one or several).
_REPLY_PREFIX_RE = re.compile(
    r"^(?:(?:re|aw|sv|antw|odp|res|rif|回复|回覆|答复|答覆)\s*(?:\[\d{1,3}\]|\(\d{1,3}\))?\s*[:：]\s*)+",
    re.IGNORECASE,
)


def one_line(text: str, limit: int) -> str:
    """Return ``text`` as one clean line of at most ``limit`` characters.

    Control characters (Unicode category Cc, which includes CR, LF, TAB, NUL and NEL), line
    and paragraph separators and bidi controls become spaces or vanish; runs of whitespace
    become one space; the text is NFC-normalised and trimmed. A longer text is cut at the
    last space that keeps at least two thirds of it, else hard, and ends with "…".
    """
    text = unicodedata.normalize("NFC", text).translate(_BIDI)
    text = "".join(
        " " if unicodedata.category(ch) in ("Cc", "Zl", "Zp") else ch for ch in text
    )
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if text[limit - 1] != " " and space >= (2 * limit) // 3:  # do not split a word
        cut = cut[:space]
    return cut.rstrip() + "…"


def clean_body_text(text: str, limit: int = 2000) -> str:
    """Return ``text`` as one line safe to quote in a plain-text body (see :func:`one_line`).

    Used for strings from incoming mail that staff notices quote (names, subjects, evidence
    sentences): CR, LF and other controls become spaces, so a quoted value cannot pose as
    a line of the notice itself.
    """
    return one_line(text, limit)


def clean_subject(subject: str, reference: str | None = None) -> str:
    """Return the original subject cleaned for use inside ``Re: … [REF]``.

    Cleaned as :func:`one_line`, then reply prefixes (``Re:``, ``RE[2]:``, ``AW:``, ``SV:``,
    ``回复：``, ``回覆:`` …) are removed however often they repeat, and so is the tag
    ``[reference]`` when given, so that replying to a reply does not grow the subject.
    ``Fwd:`` is kept: it is part of what the sender wrote. Limited to
    :data:`SUBJECT_MAX` characters. May return ``""``.
    """
    text = one_line(subject, 4 * SUBJECT_MAX)
    tag = f"[{reference}]" if reference else None
    while True:
        before = text
        text = _REPLY_PREFIX_RE.sub("", text).strip()
        if tag:
            text = " ".join(text.replace(tag, " ").split())
        if text == before:
            break
    return one_line(text, SUBJECT_MAX)


def reply_subject(original_subject: str, reference: str, empty_subject: str) -> str:
    """Return ``Re: <cleaned original subject> [reference]``.

    ``empty_subject`` (a phrase from the templates, e.g. "Your privacy request") stands in
    when nothing is left of the original subject after cleaning.
    """
    cleaned = clean_subject(original_subject, reference) or one_line(empty_subject, SUBJECT_MAX)
    return f"Re: {cleaned} [{reference}]"


def safe_display_name(name: str) -> str:
    """Return a display name fit for an address header: one line, at most NAME_MAX chars."""
    return one_line(name, NAME_MAX)


def valid_msgid(value: str | None) -> str | None:
    """Return ``value`` stripped if it is a plain ASCII ``<left@right>`` msg-id, else None."""
    if not value:
        return None
    value = value.strip()
    if len(value) > MSGID_MAX or not _MSGID_RE.fullmatch(value):
        return None
    return value


def _trim_references(ids: list[str]) -> list[str]:
    # Keep the thread root and the newest ones, as RFC 5322 §3.6.4 leaves the trimming open
    # and mail clients (e.g. Thunderbird) do: the root and the parent matter most.
    if len(ids) <= REFERENCES_MAX:
        return ids
    return [ids[0], *ids[-(REFERENCES_MAX - 1) :]]


def threading_ids(
    message_id: str | None, in_reply_to: str | None, references: Iterable[str]
) -> tuple[str | None, list[str]]:
    """Return ``(In-Reply-To, References)`` for a reply to a message, per RFC 5322 §3.6.4.

    In-Reply-To is the parent's Message-ID. References is the parent's References followed
    by the parent's Message-ID; when the parent has no References but a single
    In-Reply-To, that one stands in for them. Invalid and duplicate identifiers are
    dropped, and a long list keeps its first and last ones (at most REFERENCES_MAX).
    Without a valid parent Message-ID: ``(None, [])`` — there is nothing to thread on.
    """
    parent = valid_msgid(message_id)
    if parent is None:
        return None, []
    chain = [m for m in (valid_msgid(r) for r in references) if m]
    if not chain:
        irt = valid_msgid(in_reply_to)
        chain = [irt] if irt else []
    seen: set[str] = set()
    unique = []
    for m in [*chain, parent]:
        if m not in seen:
            seen.add(m)
            unique.append(m)
    if unique[-1] != parent:  # the parent named itself earlier in its own chain
        unique = [m for m in unique if m != parent] + [parent]
    return parent, _trim_references(unique)


def _fold_at_spaces(name: str, value: str, policy: Any) -> str:
    """Fold ``name: value`` greedily at spaces (RFC 5322 §2.2.3), never encoding."""
    maxlen = policy.max_line_length or 78
    head = f"{name}:"
    lines: list[str] = []
    line = head
    for token in value.split():
        if line != head and len(line) + 1 + len(token) > maxlen:
            lines.append(line)
            line = ""
        line += " " + token
    lines.append(line)
    return str(policy.linesep.join(lines) + policy.linesep)


class MsgIdListHeader(headerregistry.UnstructuredHeader):
    """In-Reply-To / References: a space-separated list of msg-ids, folded between ids only.

    Values are checked by :func:`valid_msgid` before they get here; folding never encodes.
    """

    def fold(self, *, policy: Any) -> str:
        return _fold_at_spaces(self.name, str(self), policy)  # type: ignore[attr-defined]


class SubjectHeader(headerregistry.UniqueUnstructuredHeader):
    """Subject: plain ASCII text folds at spaces; anything else folds as the stdlib does.

    The stdlib moves a whole over-long unstructured value to a continuation line
    (``Subject:`` CRLF SP ``Re: …``), which readers then see with a leading space. Text
    containing ``=?`` keeps the stdlib's folding, which protects it from being read as an
    encoded-word.
    """

    def fold(self, *, policy: Any) -> str:
        value = str(self)
        maxlen = (policy.max_line_length or 78) - 1
        if value.isascii() and "=?" not in value and all(
            len(token) < maxlen - len("Subject: ") for token in value.split()
        ):
            return _fold_at_spaces(self.name, value, policy)  # type: ignore[attr-defined]
        return str(super().fold(policy=policy))  # type: ignore[misc]


def _header_factory() -> headerregistry.HeaderRegistry:
    registry = headerregistry.HeaderRegistry()
    # The registry mixes BaseHeader in (type(name, (cls, BaseHeader), {})); typeshed does not
    # know that a header class is meant to be given without it.
    registry.map_to_type("in-reply-to", MsgIdListHeader)  # type: ignore[arg-type]
    registry.map_to_type("references", MsgIdListHeader)  # type: ignore[arg-type]
    registry.map_to_type("subject", SubjectHeader)  # type: ignore[arg-type]
    return registry


#: Policy of every message the renderer builds (CRLF line ends, 7bit-safe body encodings).
MESSAGE_POLICY = policy.SMTP.clone(cte_type="7bit", header_factory=_header_factory())
