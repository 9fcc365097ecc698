"""Parse raw RFC 5322 bytes into an :class:`bot.message.InboundMessage` (first version)."""

from __future__ import annotations

from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import getaddresses, parseaddr

from bot.message import InboundMessage


def parse_message(raw: bytes) -> InboundMessage:
    """Parse ``raw`` (RFC 5322 bytes) into an InboundMessage. Placeholder, stdlib only."""
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    assert isinstance(msg, EmailMessage)
    body = msg.get_body(preferencelist=("plain", "html"))
    text = ""
    if body is not None:
        try:
            text = body.get_content()
        except (LookupError, UnicodeError):
            text = ""
    name, addr = parseaddr(str(msg.get("From", "")))
    return InboundMessage(
        message_id=str(msg.get("Message-ID", "")).strip(),
        from_name=name,
        from_addr=addr,
        subject=str(msg.get("Subject", "")),
        text=text,
        to=tuple(a for _, a in getaddresses([str(v) for v in msg.get_all("To", [])])),
        headers={k.lower(): str(v) for k, v in reversed(msg.items())},
        content_type=msg.get_content_type(),
        size=len(raw),
    )
