"""The normalised inbound message: the one value type every stage after parsing reads.

`bot.intake.parse.parse_message` builds it from raw RFC 5322 bytes; the screen, the classifier
(`classifiers.classify`) and the responses read it. It holds no framework objects and no
attachment content, only what the later stages need.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class Attachment:
    """Metadata of one attachment (its content stays in the stored raw message).

    filename: decoded file name, or None; content_type: lower-case MIME type such as
    ``application/pdf``; size: decoded size in bytes.
    """

    filename: str | None
    content_type: str
    size: int


@dataclass(frozen=True)
class InboundMessage:
    """One parsed email, normalised.

    Addresses are bare lower-case-domain ``local@domain`` strings without angle brackets;
    ``message_id``, ``in_reply_to`` and ``references`` keep their angle brackets as in
    RFC 5322 §3.6.4 (``<id@host>``). ``text`` is the body the sender wrote in this message,
    as Unicode text: from text/plain, else converted from text/html, else recovered from a
    TNEF ``winmail.dat``; the text of attached messages is *not* mixed in, it is in
    ``attached_messages``. ``headers`` maps lower-case header names to decoded values
    (first occurrence) for the screen. ``size`` is the raw size in bytes. ``defects`` lists
    what was wrong with the raw mail and how it was repaired (e.g. "charset gb2312 decoded as
    gb18030"); an empty tuple means a clean parse. ``return_path`` is None when the header is
    absent and "" for the null reverse-path ``<>`` (RFC 5321 §4.5.5). ``size`` is approximate
    for attached messages. ``report_type`` is the ``report-type`` of a multipart/report
    (RFC 6522), e.g.
    ``delivery-status`` (RFC 3464) or ``disposition-notification`` (RFC 8098), else "";
    ``report_fields`` are the (lower-case name, value) fields of its machine-readable part in
    order (``action``, ``status``, ``original-message-id``, …).
    """

    message_id: str
    from_name: str
    from_addr: str
    subject: str
    text: str
    date: datetime | None = None
    reply_to: tuple[str, ...] = ()
    to: tuple[str, ...] = ()
    cc: tuple[str, ...] = ()
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    return_path: str | None = None
    content_type: str = "text/plain"
    headers: dict[str, str] = field(default_factory=dict)
    attachments: tuple[Attachment, ...] = ()
    attached_messages: tuple[InboundMessage, ...] = ()
    html: bool = False
    defects: tuple[str, ...] = ()
    size: int = 0
    report_type: str = ""
    report_fields: tuple[tuple[str, str], ...] = ()

    def header(self, name: str) -> str | None:
        """Return the decoded value of header ``name`` (case-insensitive), or None."""
        return self.headers.get(name.lower())
