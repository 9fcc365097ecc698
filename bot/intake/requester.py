"""Who the data subject is when a colleague forwards their mail to the privacy address.

Customer care, social-media and sales staff forward requests they receive (DESIGN.md, corpus
README: "forwarded and on-behalf requests carry the labels of the request itself"). Then the
From address is the colleague's, on one of the company's own domains, and the requester is
the author of the forwarded mail: attached as message/rfc822, or inline below a forward
marker ("---------- Forwarded message ---------", "-----Original Message-----",
"Begin forwarded message:") with its own ``From:`` line. Mail from outside the company is
the requester's own (an on-behalf request from a third party is the ticket's business:
checking the authority is identity verification, not this module's). Deciding only: no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from email.utils import parseaddr

from bot.intake.message import InboundMessage

_FORWARD_MARKER = re.compile(
    r"^[ \t]*(?:-{2,}[ \t]*(?:Forwarded message|Original Message|Weitergeleitete Nachricht|"
    r"Message transféré|Mensaje reenviado|转发的邮件|轉寄的郵件|原始邮件)[ \t]*-{2,}|"
    r"Begin forwarded message:)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# [ \t] not \s: under re.M a \s* crosses newlines and rescans runs of blank lines.
_FROM_LINE = re.compile(r"^[ \t>]*(?:From|Von|De|发件人|寄件者)[ \t]*[:：][ \t]*(.+)$",
                        re.IGNORECASE | re.MULTILINE)


@dataclass(frozen=True)
class Requester:
    """The data subject of a message.

    ``address``: their mail address, "" when a colleague forwarded something that names none
    (a chat transcript); ``name``: display name or ""; ``forwarded_by``: the colleague's
    address when the mail was forwarded internally, else None.
    """

    name: str
    address: str
    forwarded_by: str | None = None


def _domain(address: str) -> str:
    return address.rpartition("@")[2].lower()


def find_requester(message: InboundMessage, internal_domains: Collection[str]) -> Requester:
    """Return the requester of ``message``.

    ``internal_domains``: the company's own mail domains (lower-case), e.g. ``example.com``;
    a sender on one of them (or a sub-domain) who forwards a mail is a colleague.
    """
    domains = {d.lower().lstrip("@") for d in internal_domains}

    def internal(address: str) -> bool:
        dom = _domain(address)
        return any(dom == d or dom.endswith("." + d) for d in domains)

    if not message.from_addr or not internal(message.from_addr):
        return Requester(message.from_name, message.from_addr)
    for attached in message.attached_messages:
        if attached.from_addr and not internal(attached.from_addr):
            return Requester(attached.from_name, attached.from_addr, message.from_addr)
    marker = _FORWARD_MARKER.search(message.text or "")
    if marker:
        for line in _FROM_LINE.finditer(message.text, marker.end()):
            name, address = parseaddr(line.group(1).strip())
            if "@" in address and not internal(address):
                return Requester(name, address.lower(), message.from_addr)
    if message.attached_messages or marker:
        return Requester("", "", message.from_addr)
    return Requester(message.from_name, message.from_addr)
