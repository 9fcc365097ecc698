"""Letters from staff to the requester, written from the ticket.

Where it sits: staff pick a letter (:data:`responses.LETTERS`: identity verification, more
information, extension notice, access fulfilled, correction/deletion/withdrawal done, account
closed, refusal, or their own words) on the CLI (``tickets write``) or the ticket page,
review the rendered mail (:func:`compose`), then send it (:func:`send`). Sending queues it in
the outbox like every other mail (same durability and retries, a fresh Message-ID, threaded
on the request's first mail with ``[PRIV-…]`` in the subject) and records it on the ticket:
event ``letter`` with the letter, subject and Message-ID, and the mail itself in the ticket's
history of mails sent. Asking for identity or more information also pauses the clock
(:func:`bot.staff.queue.pause`) until the requester answers; the identity request carries a
one-time code (:mod:`bot.pipeline.verification`) whose return verifies the ticket.

Errors: :class:`bot.staff.queue.QueueError` (its message is for the person who asked) for a
merged ticket, a requester address the bot must never write to, an unknown letter, or
missing text; nothing is written then.
"""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage

from sqlalchemy.orm import Session

from bot.config import Config
from bot.intake.screen import is_unsafe_recipient
from bot.pipeline.processor import ticket_view
from bot.pipeline.verification import CODE_TTL, issue_code
from bot.staff.queue import QueueError, add_event, get_ticket, pause
from bot.store.models import Outbox, Ticket, utcnow
from responses import Renderer

#: Letters that ask the requester for something: sending one pauses the clock.
ASKING = ("identity_request", "more_information")
#: What a preview shows for the one-time code made when an identity request is sent.
PREVIEW_CODE = "(code)"


def compose(s: Session, reference: str, letter: str, text: str, *, renderer: Renderer,
            config: Config) -> EmailMessage:
    """The letter ``letter`` (a key of :data:`responses.LETTERS`) with staff's ``text``, to
    the requester of ticket ``reference``, ready to review or send; writes nothing. Raises
    QueueError (see the module docstring)."""
    asking = letter == "identity_request"
    return _compose(get_ticket(s, reference), letter, text, renderer, config,
                    PREVIEW_CODE if asking else "", utcnow() + CODE_TTL if asking else None)


def send(s: Session, reference: str, letter: str, text: str, *, actor: str, now: datetime,
         renderer: Renderer, config: Config) -> Ticket:
    """Compose the letter and queue it in the outbox (kind ``correspondence``), with event
    ``letter`` ``{"letter", "subject", "message_id", "to"}`` by ``actor`` at ``now``; a
    letter in :data:`ASKING` pauses a running clock. Returns the ticket. Raises QueueError
    (see the module docstring)."""
    ticket = get_ticket(s, reference)
    code = issue_code(ticket, now) if letter == "identity_request" else ""
    mail = _compose(ticket, letter, text, renderer, config, code, ticket.verify_code_expires)
    row = Outbox.for_mail(mail, kind="correspondence",
                          mail_from=ticket.received_by(config.bot.address),
                          recipients=[ticket.requester], ticket_id=ticket.id, now=now)
    s.add(row)
    add_event(s, ticket, "letter", actor, now, {
        "letter": letter, "subject": str(mail["Subject"]), "message_id": row.message_id,
        "to": ticket.requester})
    if letter in ASKING and ticket.status == "open" and ticket.paused_at is None:
        pause(s, reference, f"{letter.replace('_', ' ')} sent", actor=actor, now=now)
    return ticket


def _compose(ticket: Ticket, letter: str, text: str, renderer: Renderer, config: Config,
             code: str, code_expires: datetime | None) -> EmailMessage:
    if ticket.status == "merged":
        raise QueueError(f"{ticket.reference} was merged into {ticket.merged_into}; write "
                         "from that ticket")
    if letter == "extension_notice" and not ticket.extension_days:
        raise QueueError(f"{ticket.reference} is not extended: extend it first (tickets "
                         "extend), so that the notice states the new date")
    why = is_unsafe_recipient(ticket.requester, config.all_own_addresses(),
                              config.bot.never_reply)
    if why:
        raise QueueError(f"cannot write to the requester of {ticket.reference}: {why}")
    try:
        return renderer.letter(
            letter, ticket_view(ticket), to=ticket.requester, name=ticket.requester_name,
            subject=ticket.subject, message_id=ticket.message_id, text=text,
            regulator=config.bot.deadlines().rule.regulator, code=code,
            code_valid_until=code_expires)
    except ValueError as exc:
        raise QueueError(str(exc)) from exc


__all__ = ["ASKING", "compose", "send"]
