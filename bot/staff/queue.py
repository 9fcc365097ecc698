"""The staff queue's service layer: list and read tickets, and every staff action on them.

Where it sits: after the worker has opened tickets (bot.pipeline.processor), privacy staff work them
from the command line (bot.cli.tickets) or the web page (bot.staff.web); both call only these
functions, so the rules live in one place. Each action takes the caller's open
:class:`~sqlalchemy.orm.Session` (``with store.begin() as s``), the ticket reference, the
actor (a staff name) and the time ``now`` (aware UTC), changes the ticket and adds one audit
:class:`~bot.store.models.Event` with that actor and time and a JSON ``detail`` of what
changed (before and after), so ``tickets history`` answers who did what, when.

Statuses: ``open`` and ``waiting`` are open; ``resolved`` and ``merged`` are closed
(``closed_at`` set). Due dates: the law's period from receipt (``bot.deadline_policy``, PDPA's
30 days by default, or shorter per type: :class:`bot.deadlines.Deadlines`), plus the
extensions granted, up to the law's most.
A ticket is *overdue* while open after its due instant, *due soon* while open and due within
``soon_days`` days; a *paused* ticket (status ``waiting``: :func:`pause`) is neither, its clock
stands still until :func:`resume`.

Errors: :class:`TicketNotFound` for an unknown reference, :class:`QueueError` for an action
that does not apply (its message is written for the person who asked); nothing is written
then, because the caller's transaction is rolled back.
"""

from __future__ import annotations

import csv
import io
import json
import statistics
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from email import message_from_bytes, policy
from typing import Any

from sqlalchemy import Text, cast, func, or_, select
from sqlalchemy.orm import Session

from bot.deadlines import Deadlines
from bot.errors import BotError
from bot.intake.authresults import AuthResult, parse_all, summary
from bot.intake.message import InboundMessage, body_text
from bot.store.models import (
    CLOSED_STATUSES,
    OPEN_STATUSES,
    Event,
    Feedback,
    Message,
    Outbox,
    Staff,
    Ticket,
    storable,
)
from bot.store.store import Store
from classifiers.types import REQUEST_TYPES

STATUSES = OPEN_STATUSES + CLOSED_STATUSES
#: How a requester's identity may be verified (``verify --method``).
VERIFY_METHODS = (
    "account-login", "email-reply", "id-document", "phone-call", "in-person", "other",
)
#: Tickets due within this many days are shown as "due soon".
SOON_DAYS = 7
_TEXT_MAX = 2000


class QueueError(BotError):
    """A staff action that does not apply to this ticket, or a bad argument for it."""


class TicketNotFound(QueueError):
    """No ticket has this reference."""


@dataclass(frozen=True)
class QueueFilter:
    """Which tickets to list; every field left at its default lets all tickets through.

    ``status``: one of :data:`STATUSES`; ``request_type``: tickets having this type;
    ``overdue``: only open tickets past their due instant; ``due_within``: only open tickets
    due within this many days from now (overdue ones included); ``needs_triage``: only open
    ``triage`` tickets (messages the bot could not classify); ``assigned_to``: only tickets
    assigned to this staff name ("" for unassigned ones); ``search``: words found, ignoring
    case, in the reference, the requester's address or name, the subject or the sentences the
    classifier quoted; ``sort``: one of :data:`SORTS` (``due``: most urgent first).
    """

    status: str | None = None
    request_type: str | None = None
    overdue: bool = False
    due_within: int | None = None
    needs_triage: bool = False
    assigned_to: str | None = None
    search: str = ""
    sort: str = "newest"


#: How a list may be ordered: newest first, most urgent (earliest due) first, latest received
#: first, by status, by assignee (each then by due date).
SORTS = ("newest", "due", "received", "status", "assignee")
_ORDER = {
    "newest": (Ticket.id.desc(),),
    "due": (Ticket.due_at.asc(), Ticket.id.asc()),
    "received": (Ticket.received_at.desc(), Ticket.id.desc()),
    "status": (Ticket.status.asc(), Ticket.due_at.asc()),
    "assignee": (Ticket.assigned_to.asc(), Ticket.due_at.asc()),
}


# -- reading ---------------------------------------------------------------------------------


def get_ticket(s: Session, reference: str) -> Ticket:
    """The ticket with ``reference`` (case-insensitive). Raises :class:`TicketNotFound`."""
    ref = reference.strip().upper()
    ticket = s.scalar(select(Ticket).where(Ticket.reference == ref))
    if ticket is None:
        raise TicketNotFound(f"no ticket {reference.strip()!r}")
    return ticket


def list_tickets(s: Session, f: QueueFilter, now: datetime) -> list[Ticket]:
    """Tickets matching ``f`` at time ``now``, in the order ``f.sort`` asks. Raises QueueError
    for a bad status, request type or order."""
    q = select(Ticket)
    if f.status:
        if f.status not in STATUSES:
            raise QueueError(f"unknown status {f.status!r}; use {', '.join(STATUSES)}")
        q = q.where(Ticket.status == f.status)
    if f.overdue or f.due_within is not None or f.needs_triage:
        q = q.where(Ticket.status.in_(OPEN_STATUSES))
    if f.overdue or f.due_within is not None:
        q = q.where(Ticket.paused_at.is_(None))  # a paused clock is neither late nor near
    if f.overdue:
        q = q.where(Ticket.due_at < now)
    if f.due_within is not None:
        if f.due_within < 0:
            raise QueueError("--due-within takes a number of days, 0 or more")
        q = q.where(Ticket.due_at < now + timedelta(days=f.due_within))
    if f.needs_triage:
        q = q.where(Ticket.kind == "triage")
    if f.assigned_to is not None:
        q = q.where(Ticket.assigned_to == f.assigned_to)
    # storable: the words reach the database as a LIKE pattern of no column type, so the
    # column's own cleaning (NUL, which PostgreSQL refuses) does not apply to them
    for word in storable(f.search).lower().split()[:10]:
        like = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        q = q.where(or_(*(func.lower(column).like(like, escape="\\") for column in (
            Ticket.reference, Ticket.requester, Ticket.requester_name, Ticket.subject,
            cast(Ticket.classification, Text)))))
    if f.sort not in SORTS:
        raise QueueError(f"unknown order {f.sort!r}; use {', '.join(SORTS)}")
    rows = list(s.scalars(q.order_by(*_ORDER[f.sort])))
    if f.request_type:
        _check_types([f.request_type])
        rows = [t for t in rows if f.request_type in t.types]  # JSON list: filtered here
    return rows


def due_state(ticket: Ticket, now: datetime, soon_days: int = SOON_DAYS) -> str:
    """``closed``, ``paused`` (the clock stands still: :func:`pause`), ``overdue`` (open, due
    instant passed), ``due-soon`` (open, due within ``soon_days`` days) or ``ok``: the colour a
    list shows."""
    if ticket.status in CLOSED_STATUSES:
        return "closed"
    if ticket.paused_at is not None:
        return "paused"
    if ticket.due_at < now:
        return "overdue"
    if ticket.due_at < now + timedelta(days=soon_days):
        return "due-soon"
    return "ok"


def days_left(ticket: Ticket, now: datetime) -> int:
    """Whole days from ``now`` to the due instant, rounded down (negative when overdue)."""
    return (ticket.due_at - now) // timedelta(days=1)


def history(s: Session, reference: str) -> list[Event]:
    """The ticket's audit trail, oldest first. Raises :class:`TicketNotFound`."""
    ticket = get_ticket(s, reference)
    return list(s.scalars(
        select(Event).where(Event.ticket_id == ticket.id).order_by(Event.at, Event.id)
    ))


@dataclass(frozen=True)
class MailView:
    """A mail to show staff: received (``direction`` "in") or sent by the bot ("out").

    ``kind``: for "in" the message's outcome (ticket, human, reply, bounce); for "out" the
    outbox kind (acknowledgement, handoff …). ``status``: for "out" the outbox status
    (pending, sent, failed); ``text``: the body as plain text, for mail in the whole decoded
    text with attached messages (:func:`bot.intake.message.body_text`; at most 2,000
    characters for correspondence, whole for the original request); ``html``: whether it was
    HTML mail (its text was extracted from HTML, never shown as HTML); ``sender_address``:
    for mail in, the bare From address (lower case), to tell a different sender.
    """

    direction: str
    kind: str
    at: datetime
    sender: str
    recipients: tuple[str, ...]
    subject: str
    text: str
    status: str = ""
    html: bool = False
    sender_address: str = ""


@dataclass(frozen=True)
class TicketDetail:
    """Everything staff see on one ticket (``tickets show`` and the ticket page)."""

    ticket: Ticket
    original: MailView | None
    auth: list[AuthResult]
    auth_summary: dict[str, str]
    sent: list[MailView]
    correspondence: list[MailView]
    events: list[Event]
    merged_from: list[str]
    holdings: Holdings | None = None


@dataclass(frozen=True)
class Holdings:
    """What the store holds about one requester address: the ``references`` of its tickets,
    and how many mails of those tickets are still kept (not erased under the retention
    policy): ``received`` (theirs) and ``sent`` (to them, or to staff with their mail).
    Shown on a ticket, so that staff answering a deletion request can say what the privacy
    tool itself keeps, and until when."""

    address: str
    references: tuple[str, ...]
    received: int
    sent: int


def holdings(s: Session, address: str) -> Holdings:
    """:class:`Holdings` of ``address`` (compared in lower case)."""
    address = address.lower()
    tickets = list(s.execute(select(Ticket.id, Ticket.reference).where(
        Ticket.requester == address).order_by(Ticket.id)))
    ids = [i for i, _ in tickets]
    received = s.scalar(select(func.count()).select_from(Message).where(
        Message.ticket_id.in_(ids), Message.purged_at.is_(None))) or 0
    sent = s.scalar(select(func.count()).select_from(Outbox).where(
        Outbox.ticket_id.in_(ids), Outbox.purged_at.is_(None))) or 0
    return Holdings(address, tuple(r for _, r in tickets), int(received), int(sent))


def ticket_detail(s: Session, reference: str) -> TicketDetail:
    """Read one ticket for display: the sender's text (parsed again from the stored raw
    mail), authentication results, mails sent, correspondence (including that of tickets
    merged into it) and history. Raises :class:`TicketNotFound`."""
    from bot.intake.parse import parse_message

    ticket = get_ticket(s, reference)
    merged_from = list(s.scalars(
        select(Ticket.reference).where(Ticket.merged_into == ticket.reference).order_by(Ticket.id)
    ))
    ticket_ids = [ticket.id, *s.scalars(
        select(Ticket.id).where(Ticket.merged_into == ticket.reference))]
    original_row = _original_message(s, ticket.id)
    original = auth = None
    if original_row is not None:
        original = _mail_in(parse_message(original_row.raw), original_row, whole=True)
        auth = parse_all(original_row.raw)
    rows = s.scalars(
        select(Message).where(Message.ticket_id.in_(ticket_ids),
                              Message.duplicate_of.is_(None))
        .order_by(Message.received_at, Message.id)
    )
    correspondence = [
        _mail_in(parse_message(m.raw), m)
        for m in rows if original_row is None or m.id != original_row.id
    ]
    sent = [
        _mail_out(o) for o in s.scalars(
            select(Outbox).where(Outbox.ticket_id.in_(ticket_ids)).order_by(Outbox.id))
    ]
    events = list(s.scalars(
        select(Event).where(Event.ticket_id == ticket.id).order_by(Event.at, Event.id)))
    return TicketDetail(ticket, original, auth or [], summary(auth or []), sent,
                        correspondence, events, merged_from, holdings(s, ticket.requester))


def _original_message(s: Session, ticket_id: int) -> Message | None:
    return s.scalar(
        select(Message)
        .where(Message.ticket_id == ticket_id, Message.outcome.in_(("ticket", "human")),
               Message.duplicate_of.is_(None))
        .order_by(Message.id).limit(1)
    )


def _mail_in(msg: InboundMessage, row: Message, whole: bool = False) -> MailView:
    body = body_text(msg)
    text = body if whole else body[:_TEXT_MAX]
    sender = f"{msg.from_name} <{msg.from_addr}>" if msg.from_name else msg.from_addr
    direction = "out" if row.outcome == "sent" else "in"  # staff's reply from a mail client
    return MailView(direction, row.outcome or "", msg.date or row.received_at, sender,
                    tuple(msg.to), msg.subject, text, html=msg.html,
                    sender_address=msg.from_addr.lower())


def _mail_out(row: Outbox) -> MailView:
    mail = message_from_bytes(row.raw, policy=policy.default)
    body = mail.get_body(("plain",))
    text = body.get_content().replace("\r\n", "\n") if body is not None else ""
    return MailView("out", row.kind, row.sent_at or row.created_at, row.mail_from,
                    tuple(row.recipients), str(mail.get("Subject", "")), text[:_TEXT_MAX],
                    status=row.status)


# -- actions ---------------------------------------------------------------------------------


def assign(s: Session, reference: str, to: str, *, actor: str, now: datetime) -> Ticket:
    """Assign the ticket to staff member ``to`` ("" to unassign). Event ``assigned``
    ``{"from": old, "to": new}``. Once staff accounts exist (``privacy-bot staff add``), ``to``
    must be one that is not disabled. Raises QueueError when nothing would change or ``to``
    is no such account."""
    ticket = get_ticket(s, reference)
    to = _one_line(to, "assignee", 100, allow_empty=True)
    accounts = set(s.scalars(select(Staff.name).where(Staff.disabled.is_(False))))
    if to and accounts and to not in accounts:
        raise QueueError(f"{to!r} is not a staff account; assign one of: "
                         + ", ".join(sorted(accounts)))
    if ticket.assigned_to == to:
        raise QueueError(f"{ticket.reference} is already "
                         + (f"assigned to {to}" if to else "unassigned"))
    add_event(s, ticket, "assigned", actor, now, {"from": ticket.assigned_to, "to": to})
    ticket.assigned_to = to
    return ticket


#: The longest internal note (characters).
NOTE_MAX = 5000
#: How a request reached the company when staff open its ticket by hand.
CHANNELS = ("phone", "letter", "in-person", "email", "web-form", "other")


def open_ticket(s: Session, *, requester: str, types: Sequence[str], received_at: datetime,
                channel: str, subject: str, actor: str, now: datetime, deadlines: Deadlines,
                prefix: str, name: str = "", note: str = "", language: str = "en") -> Ticket:
    """Open a request ticket by hand, for a request that reached the company another way
    (``channel``, one of :data:`CHANNELS`: a phone call, a letter, at the counter) or a mail
    the bot could not read. The legal period runs from ``received_at`` (aware; not after
    ``now``), as for mail (PDPA s21/s22 and GDPR Art. 12(3) count from receipt of the request,
    whatever its form). ``requester``: the address answers go to; ``prefix``:
    ``bot.reference_prefix``. No acknowledgement is sent (``ack_status`` "none"): write to the
    requester from the ticket. Event ``opened`` ``{"kind", "types", "channel", "note"}``.
    Raises QueueError for a missing or malformed address, subject or type, an unknown channel,
    or a receipt time in the future; ValueError for naive times."""
    if received_at.tzinfo is None or now.tzinfo is None:
        raise ValueError("received_at and now must be aware datetimes")
    address = _one_line(requester, "requester address", 320).lower()
    if address.count("@") != 1 or " " in address or not all(address.split("@")):
        raise QueueError(f"not an e-mail address: {requester!r}")
    wanted = _check_types(types)
    if not wanted:
        raise QueueError("give at least one request type")
    if channel not in CHANNELS:
        raise QueueError(f"unknown channel {channel!r}; use {', '.join(CHANNELS)}")
    if received_at > now:
        raise QueueError("the request cannot have been received in the future")
    ticket = Ticket(
        reference=Store.next_reference(s, prefix, received_at), kind="request", types=wanted,
        status="open", ack_status="none", language=language, requester=address,
        requester_name=_one_line(name, "name", 200, allow_empty=True),
        subject=_one_line(subject, "subject", 300), message_id="", classification={},
        received_at=received_at, due_at=deadlines.due(received_at, wanted), created_at=now)
    s.add(ticket)
    s.flush()
    add_event(s, ticket, "opened", actor, now, {
        "kind": "request", "types": wanted, "channel": channel,
        "note": _one_line(note, "note", NOTE_MAX, allow_empty=True)})
    return ticket


def add_note(s: Session, reference: str, text: str, *, actor: str, now: datetime) -> Ticket:
    """Add an internal note to the ticket (any status): what staff want colleagues to know;
    never sent to anyone, shown in the history, erased with the ticket's mail under the
    retention policy. Event ``note`` ``{"text"}`` (line breaks kept). Raises QueueError for an
    empty note, one over :data:`NOTE_MAX` characters, or control characters."""
    ticket = get_ticket(s, reference)
    lines = [" ".join(line.split()) for line in (text or "").strip().splitlines()]
    note = "\n".join(lines).strip()
    if not note:
        raise QueueError("a note is required")
    if len(note) > NOTE_MAX:
        raise QueueError(f"the note is longer than {NOTE_MAX} characters")
    if any((ord(c) < 32 and c != "\n") or ord(c) == 127 for c in note):
        raise QueueError("the note has control characters")
    add_event(s, ticket, "note", actor, now, {"text": note})
    return ticket


def reclassify(s: Session, reference: str, types: Sequence[str], *, actor: str, now: datetime,
               deadlines: Deadlines) -> Ticket:
    """Set the ticket's request types (a triage ticket becomes a request).

    The due date is computed again from the receipt date for the new types, plus
    any extensions already granted. The correction is also kept as a :class:`Feedback` row
    (the classifier's labels → ``types``) for the next training round. Event
    ``reclassified`` ``{"from", "to", "kind_from", "due_from", "due_to"}``. Raises QueueError
    for unknown or no types, or when the types are already these.
    """
    ticket = get_ticket(s, reference)
    new = _check_types(types)
    if not new:
        raise QueueError("give at least one request type: " + ", ".join(REQUEST_TYPES))
    if ticket.kind == "request" and list(ticket.types) == new:
        raise QueueError(f"{ticket.reference} already has the types {', '.join(new)}")
    new_due = deadlines.due(ticket.received_at, new) + timedelta(days=ticket.extension_days)
    add_event(s, ticket, "reclassified", actor, now, {
        "from": list(ticket.types), "to": new, "kind_from": ticket.kind,
        "due_from": ticket.due_at.isoformat(), "due_to": new_due.isoformat(),
    })
    original = _original_message(s, ticket.id)
    s.add(Feedback(
        ticket_id=ticket.id, message_row_id=original.id if original else None, at=now,
        actor=_actor(actor), labels_before=list((ticket.classification or {}).get("labels", [])),
        labels_after=new, language=ticket.language,
    ))
    ticket.types = new
    ticket.kind = "request"
    ticket.due_at = new_due
    return ticket


def verify(s: Session, reference: str, method: str, *, actor: str, now: datetime,
           note: str = "") -> Ticket:
    """Record that the requester's identity was verified, and how (one of
    :data:`VERIFY_METHODS`). Event ``verified`` ``{"method", "note"}``. Raises QueueError
    for another method or a ticket already verified."""
    ticket = get_ticket(s, reference)
    if method not in VERIFY_METHODS:
        raise QueueError(f"unknown method {method!r}; use {', '.join(VERIFY_METHODS)}")
    if ticket.verified_by_method:
        raise QueueError(f"{ticket.reference} was already verified ({ticket.verified_by_method})")
    note = _one_line(note, "note", 500, allow_empty=True)
    add_event(s, ticket, "verified", actor, now, {"method": method, "note": note})
    ticket.verified_by_method = method
    ticket.verified_at = now
    return ticket


def extension_left(s: Session, ticket: Ticket, deadlines: Deadlines) -> int:
    """Whole days the due date of ``ticket`` may still be extended: up to the law's latest
    (:meth:`bot.deadlines.Deadlines.latest`, e.g. GDPR's two further months), moved later by
    the time its clock stood still (:func:`pause`), 0 or more."""
    paused = paused_time(s.scalars(select(Event).where(Event.ticket_id == ticket.id,
                                                       Event.kind == "resumed")))
    return max(0, (deadlines.latest(ticket.received_at) + paused - ticket.due_at).days)


def paused_time(events: Iterable[Event]) -> timedelta:
    """How long a ticket's clock stood still: the sum of what each ``resumed`` event among
    ``events`` moved its due date by (``due_to`` - ``due_from``); other events count 0."""
    return sum((datetime.fromisoformat(e.detail["due_to"])
                - datetime.fromisoformat(e.detail["due_from"]) for e in events
                if e.kind == "resumed" and "due_to" in e.detail), timedelta(0))


def extend(s: Session, reference: str, days: int, reason: str, *, actor: str,
           now: datetime, deadlines: Deadlines) -> Ticket:
    """Move an open ticket's due date ``days`` days later, for ``reason`` (required).

    The law allows it only before the due date (the requester must be told within the
    period: GDPR Art. 12(3), CCPA 1798.130(a)(2), PDPA Regulations 2021) and only up to its
    most (:func:`extension_left`). Event ``extended`` ``{"days", "reason", "due_from",
    "due_to"}``. Raises QueueError for a closed or overdue ticket, days < 1, too many days,
    or no reason.
    """
    ticket = get_ticket(s, reference)
    _require_open(ticket, "extend")
    if days < 1:
        raise QueueError("--days must be at least 1")
    if now > ticket.due_at and ticket.paused_at is None:
        raise QueueError(
            f"{ticket.reference} was due on {ticket.due_at.date().isoformat()}: an extension "
            "must be decided, and the requester told, before the due date "
            f"({deadlines.rule.law})")
    left = extension_left(s, ticket, deadlines)
    if days > left:
        most = (f"the law's most extension ({deadlines.rule.extension} after "
                f"{deadlines.period()}) is reached" if left == 0 else
                f"it may be extended by at most {left} more days (the law allows "
                f"{deadlines.rule.extension} after {deadlines.period()})")
        raise QueueError(f"{ticket.reference}: {most}; already extended by "
                         f"{ticket.extension_days} days")
    reason = _one_line(reason, "reason", 500)
    new_due = ticket.due_at + timedelta(days=days)
    add_event(s, ticket, "extended", actor, now, {
        "days": days, "reason": reason,
        "due_from": ticket.due_at.isoformat(), "due_to": new_due.isoformat(),
    })
    ticket.due_at = new_due
    ticket.extension_days += days
    return ticket


def pause(s: Session, reference: str, reason: str, *, actor: str, now: datetime) -> Ticket:
    """Stop the ticket's clock while it waits for the requester (``reason``, required: e.g.
    proof of identity, which account, what to correct). Status ``waiting``, ``paused_at``
    ``now``; event ``paused`` ``{"reason", "due_at"}``. The time until :func:`resume` (by
    staff, or the requester's reply: :mod:`bot.pipeline.processor`) is added to the due date,
    as the regulators' guidance allows for identification or clarification (EDPB Guidelines
    01/2022 on the right of access, para. 159; PDPC Advisory Guidelines on the Access and
    Correction Obligations). Raises QueueError unless the ticket is open and running, or for
    no reason.
    """
    ticket = get_ticket(s, reference)
    if ticket.status != "open" or ticket.paused_at is not None:
        raise QueueError(f"cannot pause {ticket.reference}: it is "
                         f"{'paused' if ticket.paused_at else ticket.status}")
    reason = _one_line(reason, "reason", 500)
    add_event(s, ticket, "paused", actor, now,
              {"reason": reason, "due_at": ticket.due_at.isoformat()})
    ticket.status = "waiting"
    ticket.paused_at = now
    return ticket


def resume(s: Session, reference: str, *, actor: str, now: datetime,
           reason: str = "") -> Ticket:
    """Start a paused ticket's clock again: the due date moves later by the time it stood
    still. Status ``open``; event ``resumed`` ``{"reason", "paused_at", "due_from",
    "due_to"}``. Raises QueueError unless the ticket is paused."""
    ticket = get_ticket(s, reference)
    if ticket.paused_at is None or ticket.status != "waiting":
        raise QueueError(f"cannot resume {ticket.reference}: its clock is not paused")
    reason = _one_line(reason, "reason", 500, allow_empty=True)
    add_event(s, ticket, "resumed", actor, now, {"reason": reason, **ticket.resume_clock(now)})
    ticket.status = "open"
    return ticket


def resolve(s: Session, reference: str, note: str, *, actor: str, now: datetime,
            needs_verification: Collection[str] = (), unverified_reason: str = "",
            result: str = "fulfilled") -> Ticket:
    """Close an open ticket as answered, with a ``note`` of what was done (required).

    A request of a type in ``needs_verification`` (``bot.verify_types``, e.g. access and
    deletion: giving or erasing one person's data at another's request is the harm to avoid)
    must have a recorded identity check (:func:`verify`, or the one-time code of the identity
    request letter), or ``unverified_reason`` says why not. Event ``resolved`` ``{"note",
    "on_time"}`` (``on_time``: closed by the due instant; a paused clock is resumed first),
    plus ``"unverified_reason"`` when given. Raises QueueError for a closed ticket, no note,
    or a missing identity check; ``result`` (:data:`RESULTS`) says how it ended (refused:
    the note gives the ground; withdrawn: the requester took it back) and is in the detail.
    A refusal or withdrawal needs no identity check.
    """
    ticket = get_ticket(s, reference)
    _require_open(ticket, "resolve")
    if result not in RESULTS:
        raise QueueError(f"unknown result {result!r}; use {', '.join(RESULTS)}")
    note = _one_line(note, "note", 1000)
    unverified_reason = _one_line(unverified_reason, "reason", 500, allow_empty=True)
    needing = [t for t in ticket.types if t in needs_verification]
    if ticket.kind == "request" and needing and not ticket.verified_by_method \
            and not unverified_reason and result == "fulfilled":
        raise QueueError(
            f"{ticket.reference} asks for {', '.join(needing)}: verify the requester's identity "
            "first (tickets verify, or the identity_request letter's code), or say why it is "
            "not needed (--unverified-reason)")
    if ticket.paused_at is not None:
        resume(s, reference, actor=actor, now=now, reason="resolved")
    detail: dict[str, Any] = {"note": note, "on_time": now <= ticket.due_at, "result": result}
    if unverified_reason:
        detail["unverified_reason"] = unverified_reason
    add_event(s, ticket, "resolved", actor, now, detail)
    ticket.status = "resolved"
    ticket.closed_at = now
    return ticket


def reopen(s: Session, reference: str, *, actor: str, now: datetime, reason: str = "") -> Ticket:
    """Open a resolved ticket again (its due date stays). Event ``reopened`` ``{"reason",
    "closed_at"}``. Raises QueueError unless the ticket is resolved (a merged ticket is
    worked in the ticket it was merged into)."""
    ticket = get_ticket(s, reference)
    if ticket.status == "merged":
        raise QueueError(f"{ticket.reference} was merged into {ticket.merged_into}; work that")
    if ticket.status != "resolved":
        raise QueueError(f"{ticket.reference} is {ticket.status}, not resolved")
    reason = _one_line(reason, "reason", 500, allow_empty=True)
    closed = ticket.closed_at.isoformat() if ticket.closed_at else None
    add_event(s, ticket, "reopened", actor, now, {"reason": reason, "closed_at": closed})
    ticket.status = "open"
    ticket.closed_at = None
    return ticket


def merge(s: Session, reference: str, into: str, *, actor: str, now: datetime,
          force: bool = False) -> Ticket:
    """Merge ticket ``reference`` into ``into``: two tickets about the same request.

    The merged ticket is closed (status ``merged``, ``merged_into`` set); the one kept gets
    the union of both types, the earlier receipt and the earlier due date (the first mail
    started the clock), unless one of them was extended: then the extended due date (the one
    the requester was told) and its extension. Events ``merged`` on the first and
    ``merged-in`` on the second.
    Both must be from the same requester unless ``force``. Returns the ticket kept. Raises
    QueueError for the same ticket twice, a closed ticket, or different requesters.
    """
    source, target = get_ticket(s, reference), get_ticket(s, into)
    if source.id == target.id:
        raise QueueError("a ticket cannot be merged into itself")
    _require_open(source, "merge")
    _require_open(target, "merge into")
    if source.requester != target.requester and not force:
        raise QueueError(f"{source.reference} and {target.reference} are from different "
                         "requesters; merge only one person's tickets (or force it)")
    types = [t for t in REQUEST_TYPES if t in source.types or t in target.types]
    before = {"types": list(target.types), "received_at": target.received_at.isoformat(),
              "due_at": target.due_at.isoformat()}
    add_event(s, source, "merged", actor, now, {"into": target.reference})
    target.types = types
    if source.kind == "request":
        target.kind = "request"
    target.received_at = min(target.received_at, source.received_at)
    if target.extension_days or source.extension_days:
        # the requester was told of an extension: that later date is the promise kept
        extended = max((t for t in (target, source) if t.extension_days),
                       key=lambda t: t.due_at)
        target.due_at, target.extension_days = extended.due_at, extended.extension_days
    else:
        target.due_at = min(target.due_at, source.due_at)
    add_event(s, target, "merged-in", actor, now, {
        "from": source.reference, "before": before,
        "after": {"types": types, "received_at": target.received_at.isoformat(),
                  "due_at": target.due_at.isoformat()},
    })
    source.status = "merged"
    source.merged_into = target.reference
    source.closed_at = now
    return target


def merge_many(s: Session, references: Sequence[str], into: str, *, actor: str,
               now: datetime, force: bool = False) -> tuple[Ticket, list[str]]:
    """Merge each ticket of ``references`` into ``into`` with :func:`merge`, one after the
    other in the caller's transaction: all or, once one is refused, none (there is no
    unmerge, so a bulk merge is not left half done; the caller rolls back).

    ``into`` itself among ``references`` and a reference given twice are skipped, so a list
    page may send every ticket checked, the one kept included. Returns the ticket kept and
    the references merged into it, in the order given. Raises QueueError when ``into`` is
    empty or nothing is left to merge, TicketNotFound for an unknown reference, and as
    :func:`merge` does (a closed ticket, different requesters unless ``force``): the
    message names the ticket refused.
    """
    if not into.strip():
        raise QueueError("name the ticket to merge into")
    target = get_ticket(s, into)
    sources: dict[int, Ticket] = {}
    for ref in references:
        ticket = get_ticket(s, ref)
        if ticket.id != target.id:
            sources.setdefault(ticket.id, ticket)
    if not sources:
        raise QueueError(f"nothing to merge into {target.reference}: choose other tickets "
                         "than the one kept (a ticket cannot be merged into itself)")
    for ticket in sources.values():
        merge(s, ticket.reference, target.reference, actor=actor, now=now, force=force)
    return target, [t.reference for t in sources.values()]


# -- the register and the feedback -----------------------------------------------------------

REGISTER_FIELDS = ("reference", "types", "received", "due", "extension_days", "verified",
                   "closed", "outcome", "receiving_address", "verified_at", "paused_days",
                   "extensions", "result", "letters", "correspondence", "kind", "note",
                   "unverified_reason")
#: How a request ended (``tickets resolve --result``).
RESULTS = ("fulfilled", "refused", "withdrawn")


def report(s: Session, now: datetime) -> dict[str, Any]:
    """The queue's overview at ``now`` (aware UTC), as JSON-ready dicts:

    - ``open``: open tickets (``open`` or ``waiting``) by ``status``, by ``type`` (requests;
      a request of two types counts for each), by ``assignee`` ("" for nobody), and how
      many are ``overdue`` or ``due_soon`` (running clock, due within :data:`SOON_DAYS`
      days) or ``paused``;
    - ``closed``: per month of closing (``YYYY-MM``, UTC) and request type, the tickets
      resolved (merged ones are not answers), how many ``on_time`` (closed by the due
      instant), the ``on_time_rate`` and the ``median_days`` from receipt to closing;
    - ``total`` tickets, and ``triage`` tickets still open.
    """
    tickets = list(s.scalars(select(Ticket)))
    open_ = [t for t in tickets if t.status in OPEN_STATUSES]
    by_type = Counter(ty for t in open_ for ty in t.types)
    states = Counter(due_state(t, now) for t in open_)
    months: dict[tuple[str, str], list[tuple[Ticket, datetime]]] = {}
    for t in tickets:
        if t.status == "resolved" and t.closed_at is not None:
            for ty in t.types or ["(triage)"]:
                months.setdefault((t.closed_at.strftime("%Y-%m"), ty), []).append(
                    (t, t.closed_at))
    closed = []
    for (month, ty), group in sorted(months.items()):
        on_time = sum(1 for t, at in group if at <= t.due_at)
        days = statistics.median((at - t.received_at) / timedelta(days=1) for t, at in group)
        closed.append({"month": month, "type": ty, "resolved": len(group), "on_time": on_time,
                       "on_time_rate": round(on_time / len(group), 3),
                       "median_days": round(days, 1)})
    return {
        "total": len(tickets),
        "open": {"count": len(open_), "by_status": dict(Counter(t.status for t in open_)),
                 "by_type": {ty: by_type[ty] for ty in REQUEST_TYPES if ty in by_type},
                 "by_assignee": dict(sorted(Counter(t.assigned_to for t in open_).items())),
                 "overdue": states["overdue"], "due_soon": states["due-soon"],
                 "paused": states["paused"],
                 "triage": sum(1 for t in open_ if t.kind == "triage")},
        "closed": closed,
    }


def register(s: Session, now: datetime, receiving_address: str = "") -> list[dict[str, Any]]:
    """The register of requests a regulator may ask to see, oldest first: one dict per
    ticket with :data:`REGISTER_FIELDS`, those routed to a person included (``kind``
    ``triage``: objections, portability, explanations of automated decisions are requests
    with deadlines too, and staff tell which are not). Times are ISO 8601 UTC; ``outcome`` is
    ``on time`` / ``late`` (closed by / after the due instant), ``open`` / ``overdue`` /
    ``paused``, or ``merged into REF``; ``result`` how it ended (:data:`RESULTS`, "" while
    open); ``receiving_address`` the privacy address it came to (``receiving_address``, the
    default, for tickets that do not record one: see :meth:`Ticket.received_by`);
    ``paused_days`` the days
    the clock stood still; ``extensions`` each extension as ``DATE +N days: reason`` (its
    date is when the requester was to be told); ``letters`` each letter sent as
    ``DATE letter``; ``correspondence`` the dates of the requester's later mails; ``note``
    what staff recorded on resolving (for a refusal, the ground); ``unverified_reason`` why
    it was resolved without an identity check."""
    events: dict[int, list[Event]] = {}
    for e in s.scalars(select(Event).where(Event.kind.in_(
            ("extended", "resumed", "resolved", "letter", "correspondence")))
            .order_by(Event.at, Event.id)):
        events.setdefault(e.ticket_id or 0, []).append(e)
    rows = []
    for t in s.scalars(select(Ticket).order_by(Ticket.id)):
        mine = events.get(t.id, [])
        paused = paused_time(mine) / timedelta(days=1)
        resolved = [e for e in mine if e.kind == "resolved"]
        if t.status == "merged":
            outcome = f"merged into {t.merged_into}"
        elif t.closed_at is not None:
            outcome = "on time" if t.closed_at <= t.due_at else "late"
        elif t.paused_at is not None:
            outcome = "paused"
        else:
            outcome = "overdue" if t.due_at < now else "open"
        rows.append({
            "reference": t.reference, "types": list(t.types),
            "received": _iso(t.received_at), "due": _iso(t.due_at),
            "extension_days": t.extension_days, "verified": t.verified_by_method,
            "closed": _iso(t.closed_at) if t.closed_at else "", "outcome": outcome,
            "receiving_address": t.received_by(receiving_address),
            "verified_at": _iso(t.verified_at) if t.verified_at else "",
            "paused_days": round(paused, 2),
            "extensions": "; ".join(f"{_iso(e.at)} +{e.detail['days']} days: "
                                    f"{e.detail['reason']}" for e in mine
                                    if e.kind == "extended"),
            "result": (resolved[-1].detail.get("result", "fulfilled")
                       if resolved and t.status == "resolved" else ""),
            "letters": " ".join(f"{_iso(e.at)} {e.detail['letter']}" for e in mine
                                if e.kind == "letter"),
            "correspondence": " ".join(_iso(e.at) for e in mine if e.kind == "correspondence"),
            "kind": t.kind,
            "note": resolved[-1].detail.get("note", "") if resolved else "",
            "unverified_reason": (resolved[-1].detail.get("unverified_reason", "")
                                  if resolved else ""),
        })
    return rows


def register_csv(rows: list[dict[str, Any]]) -> str:
    """The register as CSV (RFC 4180, CRLF line ends) with a header line; types joined
    with a space."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(REGISTER_FIELDS)
    for r in rows:
        writer.writerow([" ".join(r[k]) if k == "types" else r[k] for k in REGISTER_FIELDS])
    return out.getvalue()


def feedback_rows(s: Session) -> list[tuple[Feedback, Ticket, bytes | None]]:
    """The latest staff correction per ticket (oldest ticket first), with the ticket and the
    raw mail the labels belong to (None when it is no longer stored)."""
    latest: dict[int, Feedback] = {}
    for fb in s.scalars(select(Feedback).order_by(Feedback.id)):
        latest[fb.ticket_id] = fb
    out = []
    for ticket_id in sorted(latest):
        fb = latest[ticket_id]
        ticket = s.get(Ticket, ticket_id)
        row = s.get(Message, fb.message_row_id) if fb.message_row_id else None
        if ticket is not None:
            out.append((fb, ticket, row.raw if row else None))
    return out


def manifest_line(fb: Feedback, ticket: Ticket, file: str) -> str:
    """One ``manifest.jsonl`` line in the shape ``privacy-bot eval`` reads (``file``,
    ``labels``, ``route``, ``lang``, plus ``notes``)."""
    return json.dumps({
        "file": file, "labels": list(fb.labels_after), "route": ["ticket"],
        "lang": fb.language or ticket.language,
        "notes": f"staff correction of {ticket.reference} by {fb.actor} on {_iso(fb.at)}: "
                 f"classifier said {list(fb.labels_before)}",
    }, ensure_ascii=False)


# -- helpers ---------------------------------------------------------------------------------


def add_event(s: Session, ticket: Ticket, kind: str, actor: str, now: datetime,
              detail: dict[str, Any]) -> None:
    """Add one audit event ``kind`` on ``ticket`` by staff member ``actor`` at ``now``
    (aware) with a JSON ``detail``. Raises ValueError for a naive ``now``, QueueError for a
    bad actor name."""
    if now.tzinfo is None:
        raise ValueError("now must be an aware datetime")
    s.add(Event(ticket_id=ticket.id, at=now, actor=_actor(actor), kind=kind, detail=detail))


def _actor(actor: str) -> str:
    return _one_line(actor, "actor", 100)


def _one_line(value: str, what: str, limit: int, allow_empty: bool = False) -> str:
    text = " ".join((value or "").split())
    if not text and not allow_empty:
        raise QueueError(f"a {what} is required")
    if len(text) > limit:
        raise QueueError(f"the {what} is longer than {limit} characters")
    if any(ord(c) < 32 or ord(c) == 127 for c in text):
        raise QueueError(f"the {what} has control characters")
    return text


def _check_types(types: Sequence[str]) -> list[str]:
    wanted = {t.strip().lower() for t in types if t.strip()}
    unknown = sorted(wanted - set(REQUEST_TYPES))
    if unknown:
        raise QueueError(f"unknown request type(s) {', '.join(unknown)}; use "
                         + ", ".join(REQUEST_TYPES))
    return [t for t in REQUEST_TYPES if t in wanted]


def _require_open(ticket: Ticket, action: str) -> None:
    if ticket.status not in OPEN_STATUSES:
        raise QueueError(f"cannot {action} {ticket.reference}: it is {ticket.status}")


def _iso(value: datetime) -> str:
    return value.isoformat(timespec="seconds")


__all__ = [
    "CLOSED_STATUSES", "MailView", "OPEN_STATUSES", "QueueError", "QueueFilter",
    "REGISTER_FIELDS", "RESULTS", "SOON_DAYS", "STATUSES", "TicketDetail", "TicketNotFound",
    "VERIFY_METHODS", "add_event", "assign", "days_left", "due_state", "extend",
    "extension_left", "feedback_rows", "get_ticket", "history", "list_tickets",
    "manifest_line", "merge", "merge_many", "pause", "paused_time", "reclassify", "register",
    "register_csv", "reopen",
    "resolve", "resume", "ticket_detail", "verify",
]
