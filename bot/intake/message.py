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
    order (``action``, ``status``, ``original-message-id``, …). ``html_alternative`` is the
    markup of the text/html alternative(s) that ``text`` was not taken from (RFC 2046
    §5.1.4), kept so that staff see what only that version says (:func:`body_text`).
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
    html_alternative: str = ""

    def header(self, name: str) -> str | None:
        """Return the decoded value of header ``name`` (case-insensitive), or None."""
        return self.headers.get(name.lower())


#: The line that introduces an attached message in :func:`body_text`.
ATTACHED_MARKER = "---------- Attached message ----------"
#: The line that introduces the HTML version's own text in :func:`body_text`.
HTML_VERSION_MARKER = "---------- HTML version ----------"


def _html_only_text(message: InboundMessage) -> str:
    """The text of the HTML alternative when it says something the plain one does not
    (at least 3 of its words, and a fifth of them, are missing from ``text``), else ""."""
    if not message.html_alternative:
        return ""
    from bot.intake.htmltext import html_to_text

    html = html_to_text(message.html_alternative)
    words = html.lower().split()
    known = set(message.text.lower().split())
    missing = sum(1 for w in words if w not in known)
    return html if missing >= 3 and missing * 5 >= len(words) else ""


def body_text(message: InboundMessage) -> str:
    """The whole decoded text of ``message`` as staff see it, before any quote, signature or
    disclaimer removal: its own ``text``, then each attached message (``message/rfc822``,
    RFC 2046 §5.2.1: a forward as attachment, the original inside a bounce) introduced by
    :data:`ATTACHED_MARKER` and its From, Date and Subject lines, recursively. When the
    HTML alternative says what the plain one does not (senders' clients that write the two
    apart), its text follows under :data:`HTML_VERSION_MARKER`.

    Returns "" for a message without text. Pure; linear in the size of the texts.
    """
    parts = [message.text] if message.text else []
    html_only = _html_only_text(message)
    if html_only:
        parts.append(f"{HTML_VERSION_MARKER}\n\n{html_only}")
    for attached in message.attached_messages:
        sender = attached.from_addr
        if attached.from_name:
            sender = f"{attached.from_name} <{attached.from_addr}>"
        head = [ATTACHED_MARKER]
        head += [f"From: {sender}"] if sender else []
        date = attached.header("date")
        head += [f"Date: {date}"] if date else []
        head += [f"Subject: {attached.subject}"] if attached.subject else []
        inner = body_text(attached)
        parts.append("\n".join(head) + ("\n\n" + inner if inner else ""))
    return "\n\n".join(parts)
