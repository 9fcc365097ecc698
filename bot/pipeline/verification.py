"""One-time codes that prove the requester holds the mailbox the request came from.

Staff send the ``identity_request`` letter (:mod:`bot.staff.correspondence`), which carries
a fresh 6-digit code (from :mod:`secrets`); only a hash is kept on the ticket (scrypt with a
random salt, RFC 7914), with an expiry (:data:`CODE_TTL`). When the requester replies in the
ticket's thread from the requester's address with the code anywhere in the text (a quoted
letter counts: only the mailbox holder received it), the processor marks the ticket verified
(method ``email-code``). A reply with a wrong code counts an attempt; after
:data:`MAX_ATTEMPTS` the code is void and staff must send a new one. A sender who only forged
the From address never saw the code.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from datetime import datetime, timedelta

from bot.store.models import Ticket

#: How long a code is valid.
CODE_TTL = timedelta(days=14)
#: Wrong codes after which the code is void.
MAX_ATTEMPTS = 5
_CODE = re.compile(r"(?<!\d)\d{6}(?!\d)")
_SCRYPT = {"n": 2**14, "r": 8, "p": 1, "dklen": 32}


def _hash(code: str, salt: bytes) -> str:
    return hashlib.scrypt(code.encode(), salt=salt, **_SCRYPT).hex()


def issue_code(ticket: Ticket, now: datetime) -> str:
    """Make a new 6-digit code for ``ticket`` (replacing any earlier one), keep its salted
    hash and expiry (``now`` + :data:`CODE_TTL`) on the ticket, and return the code (to be
    mailed to the requester, never stored or logged)."""
    code = f"{secrets.randbelow(10**6):06d}"
    salt = secrets.token_bytes(16)
    ticket.verify_code = f"{salt.hex()}${_hash(code, salt)}"
    ticket.verify_code_expires = now + CODE_TTL
    ticket.verify_attempts = 0
    return code


def check_reply(ticket: Ticket, sender: str, text: str, now: datetime) -> str:
    """Check a reply on ``ticket`` from ``sender`` (bare address) for the pending code.

    Returns ``"verified"`` (the code matched: ticket marked verified, method ``email-code``,
    code cleared), ``"wrong"`` (6-digit numbers but none the code: an attempt counted),
    ``"void"`` (expired, or too many attempts: code cleared) or ``""`` (nothing to check:
    no pending code, another sender, or no 6-digit number in the text).
    """
    if not ticket.verify_code or ticket.verified_by_method:
        return ""
    if ticket.verify_code_expires is None or now > ticket.verify_code_expires:
        _clear(ticket)
        return "void"
    if sender.lower() != ticket.requester:
        return ""
    found = set(_CODE.findall(text))
    if not found:
        return ""
    salt_hex, _, expected = ticket.verify_code.partition("$")
    salt = bytes.fromhex(salt_hex)
    if any(hmac.compare_digest(_hash(c, salt), expected) for c in sorted(found)[:20]):
        ticket.verified_by_method = "email-code"
        ticket.verified_at = now
        _clear(ticket)
        return "verified"
    ticket.verify_attempts += 1
    if ticket.verify_attempts >= MAX_ATTEMPTS:
        _clear(ticket)
        return "void"
    return "wrong"


def _clear(ticket: Ticket) -> None:
    ticket.verify_code = ""
    ticket.verify_code_expires = None


__all__ = ["CODE_TTL", "MAX_ATTEMPTS", "check_reply", "issue_code"]
