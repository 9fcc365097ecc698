"""Choose where an acknowledgement goes, or decide that it goes nowhere.

decide → **recipient** → commit: the worker asks :func:`choose_recipient` for the address of
an acknowledgement before it renders one (``responses.Renderer``); None means "record the
ticket, send nothing". Deciding only: no I/O.

The choice, against RFC 3834 §4 ("Where to send automatic responses (and where not to send
them)"):

§4 opens with the general rule: "automatic responses SHOULD be sent to the Return-Path field
if generated after delivery" — the envelope sender, the address non-delivery reports go to.
That rule is written for responders whose answer concerns the *delivery* of a message (an
out-of-office notice, a filter's report); its point is that whatever the envelope names is
accountable for the message and cannot make the response loop. This bot is a *service
responder* in RFC 3834's terms (§1, §2): it answers a request, and its answer is addressed
to the person who made it. For that, among the three candidates:

- **From** (chosen). The author — the data subject — and the address the request is about:
  the privacy policy identifies an account by its registered email address, and identity
  verification (which the acknowledgement announces) is done by asking for a reply from
  that address. It is also the field DMARC authenticates. Sending the acknowledgement
  anywhere else would tell a third party that a request was made about this person's
  account and hand them the reference with which to pose as the requester. When the From
  address was forged, the acknowledgement goes to the real account holder, who is the one
  person who should learn of a request made in their name.
- **Return-Path** (used as a gate, not as the destination). Per §4 it is where the
  response would go, so what it says is honoured: a null reverse-path ``<>`` (RFC 5321
  §4.5.5; RFC 3834 §2 forbids answering notifications) or a machine address (a bounce
  processor, a list's VERP address, MAILER-DAEMON) means the message was sent by
  machinery, and no response goes out at all. A different ordinary address (SRS rewriting
  by a forwarder, a company's outbound relay) does not stop a reply to From. Absent
  (a Maildir file, a test) it is no obstacle.
- **Reply-To** (not used, with one explicit exception). It is whatever the author typed,
  unauthenticated, and lets anyone direct a mail about an account to any address — the
  usual way an auto-responder is turned into a spam reflector. The exception: mail whose
  From is listed in ``trusted_form_senders`` — typically the company's own web form,
  which sends as ``noreply@`` with the person's address in Reply-To; there the deployer
  vouches for the sender, and a single Reply-To address is the requester.

Whatever is chosen must then pass :func:`bot.intake.screen.is_unsafe_recipient`: no null
address, no MAILER-DAEMON/postmaster (RFC 5321 §4.5.1, RFC 2142), no no-reply, bounce or
list-machinery local part (RFC 3834 §2), none of the bot's own addresses (a loop), nothing
the deployer lists in ``never``. The address must also be plain ``local@domain`` in ASCII
(an internationalised domain is converted to its IDNA form; a non-ASCII local part, which
needs SMTPUTF8 everywhere on the way, gets no automatic mail — staff still see the ticket).

Machine-generated mail (auto-replies, DSNs, list mail, spam) is the screen's job and never
reaches this function on the ticket path; the checks here are the second line.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

from bot.intake.message import InboundMessage
from bot.intake.screen import is_unsafe_recipient

_ATEXT_RE = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}")
_DOMAIN_RE = re.compile(r"(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                        r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*")


def choose_recipient(
    original: InboundMessage,
    *,
    own_addresses: Collection[str] = (),
    never: Iterable[str] = (),
    trusted_form_senders: Collection[str] = (),
) -> str | None:
    """Return the address an acknowledgement of ``original`` goes to, or None for none.

    ``own_addresses``: the bot's addresses (never written to); ``never``: the deployer's
    never-reply list (addresses, ``@domain`` or ``domain``); ``trusted_form_senders``: From
    addresses whose single Reply-To is the real requester (see the module docstring).
    The address is returned as ``local@domain`` with the domain lower-cased (IDNA form).
    """
    return recipient_decision(
        original,
        own_addresses=own_addresses,
        never=never,
        trusted_form_senders=trusted_form_senders,
    )[0]


def recipient_decision(
    original: InboundMessage,
    *,
    own_addresses: Collection[str] = (),
    never: Iterable[str] = (),
    trusted_form_senders: Collection[str] = (),
) -> tuple[str | None, str]:
    """Like :func:`choose_recipient`, and also say why: ``(address or None, reason)``.

    The reason is one line for logs and staff; it names the field used or the rule that
    refused, never the address itself.
    """
    never = tuple(never)
    field, candidate = "From", original.from_addr
    form = candidate.strip().lower() in {a.strip().lower() for a in trusted_form_senders}
    return_path = _return_path(original)
    if return_path == "":
        return None, "null Return-Path <> (a notification; RFC 3834 §2, RFC 5321 §4.5.5)"
    if return_path is not None and not form:  # a trusted form may send as noreply@
        why = is_unsafe_recipient(return_path, own_addresses, never)
        if why:
            return None, f"Return-Path is {why}: sent by machinery (RFC 3834 §2, §4)"

    if form:
        if len(original.reply_to) != 1:
            return None, "trusted form sender without exactly one Reply-To"
        field, candidate = "Reply-To", original.reply_to[0]

    address = normalise_address(candidate)
    if address is None:
        return None, f"{field} is not a plain ASCII local@domain address"
    why = is_unsafe_recipient(address, own_addresses, never)
    if why:
        return None, f"{field} is {why}"
    return address, f"{field} (RFC 3834 §4 service response to the requester)"


def normalise_address(address: str) -> str | None:
    """Return ``address`` as ASCII ``local@domain`` (domain lower-case, IDNA), or None.

    None for anything with spaces, control characters, brackets, quotes, comments, several
    ``@``, a local part over 64 characters (RFC 5321 §4.5.3.1.1), a non-ASCII local part, or
    a domain that is not a host name.
    """
    address = address.strip()
    local, at, domain = address.rpartition("@")
    if not at or not _ATEXT_RE.fullmatch(local) or local.startswith(".") or ".." in local:
        return None
    if local.endswith("."):
        return None
    try:
        domain = domain.encode("idna").decode("ascii").lower() if domain else ""
    except UnicodeError:
        return None
    if not _DOMAIN_RE.fullmatch(domain) or "." not in domain:
        return None
    return f"{local}@{domain}"


def _return_path(original: InboundMessage) -> str | None:
    """The Return-Path address: None when absent, "" for the null reverse-path ``<>``."""
    if original.return_path is not None:
        value = original.return_path
    else:
        header = original.header("return-path")
        if header is None:
            return None
        value = header
    return value.strip().strip("<>").strip()
