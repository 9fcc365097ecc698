"""One person behind many spellings of an address, for counting (rate limits), never for
sending: mail always goes to the address as written.

``Jane.Doe+promo@GoogleMail.com`` and ``janedoe@gmail.com`` reach one mailbox, so an
auto-responder that answers from a new plus-address each time, or a sender who varies case
and dots, is still one person to the acknowledgement limit (RFC 5233 subaddressing; Gmail
ignores dots in the local part).
"""

from __future__ import annotations

#: Domains whose mail servers ignore dots in the local part, and the domain they stand for.
DOTLESS_DOMAINS = {"gmail.com": "gmail.com", "googlemail.com": "gmail.com"}


def person_key(address: str) -> str:
    """``address`` reduced to the mailbox it reaches: lower case, the ``+tag`` subaddress
    removed, dots removed where the domain ignores them (:data:`DOTLESS_DOMAINS`). An
    address without ``@`` is returned lower-cased."""
    local, at, domain = address.strip().lower().rpartition("@")
    if not at:
        return address.strip().lower()
    local = local.split("+", 1)[0] or local
    if domain in DOTLESS_DOMAINS:
        domain = DOTLESS_DOMAINS[domain]
        local = local.replace(".", "")
    return f"{local}@{domain}"


__all__ = ["DOTLESS_DOMAINS", "person_key"]
