"""Quarantined mail, listed for staff (issue 15: nothing falls off the radar).

A message the bot could not read (too large, nested too deep, too expensive to read, or
failing ``bot.max_attempts`` times) is quarantined and staff are alerted once. This lists
what is still there, for ``privacy-bot quarantine`` and the web page's Quarantine tab; each can
be put back with ``privacy-bot requeue ID`` (:meth:`bot.store.Store.requeue`) once the cause is
fixed. Only the header of each mail is read here, and only its first
:data:`HEADER_READ_BYTES`: quarantined mail is by definition mail that broke the parser.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from email.header import decode_header, make_header
from email.parser import BytesHeaderParser
from email.policy import compat32
from email.utils import parseaddr
from typing import Any

from sqlalchemy import func, select

from bot.store.models import Message

#: Bytes of a quarantined mail read for its From and Subject.
HEADER_READ_BYTES = 65_536


@dataclass(frozen=True)
class QuarantinedMail:
    """One quarantined message: store row ``id``, when stored (aware UTC), ``sender`` and
    ``subject`` as far as its header could be read ("" otherwise), ``error`` (why it was
    quarantined), ``attempts``, ``size`` (bytes) and ``purged`` (its copy was erased under the
    retention policy: it cannot be requeued)."""

    id: int
    received_at: datetime
    sender: str
    subject: str
    error: str
    attempts: int
    size: int
    purged: bool

    @property
    def address(self) -> str:
        """The sender's address alone ("" if none could be read)."""
        return parseaddr(self.sender)[1]

    def as_json(self) -> dict[str, Any]:
        """The row as a JSON object (time in ISO 8601)."""
        return {"id": self.id, "received_at": self.received_at.isoformat(),
                "from": self.sender, "subject": self.subject, "error": self.error,
                "attempts": self.attempts, "size": self.size, "purged": self.purged}


def list_quarantined(s: Any, limit: int = 500) -> list[QuarantinedMail]:
    """Quarantined messages, newest first, at most ``limit``. Only the first
    :data:`HEADER_READ_BYTES` of each is read from the store (a quarantined mail may be 25 MB)."""
    rows = s.execute(
        select(Message.id, Message.received_at, func.substr(Message.raw, 1, HEADER_READ_BYTES),
               Message.reason, Message.attempts, Message.size, Message.purged_at)
        .where(Message.outcome == "quarantine").order_by(Message.id.desc()).limit(limit))
    out = []
    for row_id, received_at, head, reason, attempts, size, purged_at in rows:
        sender, subject = _from_and_subject(bytes(head or b""))
        out.append(QuarantinedMail(row_id, received_at, sender, subject, reason or "",
                                   attempts, size, purged_at is not None))
    return out


def _from_and_subject(raw: bytes) -> tuple[str, str]:
    """From and Subject of the header at the start of ``raw``, decoded, one line of at most
    200 characters each; "" for what cannot be read."""
    try:
        head = BytesHeaderParser(policy=compat32).parsebytes(raw)
    except Exception:  # noqa: BLE001 - broken mail is what is listed here
        return "", ""
    return _text(head.get("from")), _text(head.get("subject"))


def _text(value: object) -> str:
    if value is None:
        return ""
    try:
        text = str(make_header(decode_header(str(value))))
    except Exception:  # noqa: BLE001 - a malformed encoded-word: show it as it is
        text = str(value)
    return " ".join("".join(c if c.isprintable() else " " for c in text).split())[:200]


__all__ = ["QuarantinedMail", "list_quarantined"]
