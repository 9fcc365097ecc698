"""Process one stored message: parse → screen → thread → classify → decide → commit.

:func:`bot.pipeline.reader.read` runs the pure stages (no store, no network; in the service,
in a child process under a budget: :mod:`bot.pipeline.reader`); :class:`Processor` adds the
store: it threads, decides and then commits the outcome, the ticket, the audit events and
every outgoing mail (as outbox rows) in ONE transaction (DESIGN.md "Durability"). Delivery
and archiving happen later, in the worker.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta
from email.message import EmailMessage
from typing import Any

from sqlalchemy import select

from bot.config import Config
from bot.intake.address import person_key
from bot.intake.authresults import authenticates, parse_all
from bot.intake.message import InboundMessage
from bot.intake.receipt import receipt_time
from bot.intake.requester import Requester, find_requester
from bot.intake.screen import ScreenResult, is_unsafe_recipient
from bot.outbound.recipient import recipient_decision
from bot.pipeline.decide import Decision, decide
from bot.pipeline.reader import InProcessReader, Reader, Reading
from bot.pipeline.verification import check_reply
from bot.store import Event, Message, MessageState, Outbox, Store, Ticket
from bot.store.models import OPEN_STATUSES, utcnow
from bot.store.store import message_ids_in
from classifiers.types import Classification
from responses import Renderer, TicketView

log = logging.getLogger(__name__)

#: Reason prefix of an acknowledgement held back by ``bot.ack_limit_per_day``.
RATE_LIMITED = "rate limit"


def redact(address: str) -> str:
    """``jane.doe@example.com`` → ``j***@example.com``: addresses at INFO are redacted."""
    local, _, domain = address.rpartition("@")
    return f"{local[:1]}***@{domain}" if local else "***"


class Processor:
    """Runs the pipeline for stored messages and commits each outcome in one transaction.

    ``clock`` returns the current time (aware UTC datetime): when the mails it queues are
    first due for delivery. ``reader`` runs the pure stages (default: in this process; the
    service passes :func:`bot.pipeline.reader.make_reader`'s, which reads in a child process
    under a budget). ``addresses``: the privacy address each mailbox serves, by its source
    (:attr:`bot.intake.mailbox.base.Mailbox.source`); a ticket records the one its request
    came to, and its acknowledgement is sent from it. Mail from another source (``process
    --for-real``'s files) came to ``bot.address``."""

    def __init__(self, config: Config, store: Store, renderer: Renderer,
                 clock: Callable[[], datetime] = utcnow, reader: Reader | None = None,
                 addresses: Mapping[str, str] | None = None) -> None:
        self.config = config
        self.addresses = dict(addresses or {})
        self.reader = reader or InProcessReader(config)
        self.store = store
        self.renderer = renderer
        self.clock = clock
        self.deadlines = config.bot.deadlines()

    def warm_up(self) -> None:
        """Have the reader load its models now (see :meth:`Reader.warm_up`), so the first
        real message is not slow. Called by the worker before it starts waiting for mail."""
        self.reader.warm_up()

    def process(self, row_id: int, raw: bytes, received_at: datetime,
                ahead: bytes | None = None) -> Decision | None:
        """Process stored message ``row_id`` (its ``raw`` bytes, stored at ``received_at``)
        if it is still in state ``stored``; ``ahead``: the raw bytes of the message to be
        processed next, which the reader may start on while this one is committed
        (:meth:`~bot.pipeline.reader.Reader.read_ahead`).

        Returns the decision committed, or None when there was nothing to do. Raises whatever
        a stage raises (the worker counts the attempt and quarantines after
        ``bot.max_attempts``); nothing is written in that case.
        """
        started = time.monotonic()
        reading = self.reader.read(raw)
        if ahead is not None:
            self.reader.read_ahead(ahead)
        with self.store.begin() as s:
            # locked (PostgreSQL): a second worker on the same message waits here, then sees
            # it committed; SQLite's single writer keeps them apart by itself
            row = s.get(Message, row_id, with_for_update=True)
            if row is None or row.state != MessageState.STORED:
                return None  # another worker got there first
            d, reference = self._commit(s, row, reading, raw, received_at)
        labels = ",".join(reading.classification.labels) if reading.classification else "-"
        log.info(
            "message #%d from %s: %s %s labels=%s in %.0f ms",
            row_id, redact(reading.message.from_addr), d.outcome, reference or "-", labels,
            (time.monotonic() - started) * 1000,
        )
        return d

    # -- the one transaction ------------------------------------------------------------

    def _commit(self, s: Any, row: Message, reading: Reading, raw: bytes,
                received_at: datetime) -> tuple[Decision, str | None]:
        msg, screened = reading.message, reading.screen
        decision = reading.decision
        ticket: Ticket | None = None
        bounced: Ticket | None = None
        staff_ticket = self._staff_reply_ticket(s, msg, screened)
        if staff_ticket is not None:
            ticket = staff_ticket
            decision = decide(msg, screened, None, staff_reply=True)
        elif screened.machine:
            if screened.bounced_message_ids:
                bounced = Store.ticket_of_sent(s, screened.bounced_message_ids)
                decision = decide(msg, screened, None, bounce_matched=bounced is not None)
        else:
            ids = message_ids_in([msg.in_reply_to, *msg.references])
            ticket = Store.thread_ticket(s, ids, msg.subject)
            if ticket is not None:
                decision = decide(msg, screened, reading.classification, threaded=True)

        if decision.outcome == "bounce" and bounced is not None:
            self._record_bounce(s, row, bounced, msg, raw)
            ticket = bounced
        elif decision.outcome == "sent" and ticket is not None:
            s.add(Event(at=self.clock(),
                        ticket_id=ticket.id, message_row_id=row.id, kind="correspondence-out",
                        detail={"subject": msg.subject[:200], "from": msg.from_addr,
                                "message_id": msg.message_id}))
        elif decision.outcome == "reply" and ticket is not None:
            c = reading.classification
            if ticket.status == "resolved" and c is not None and c.route == "ticket" \
                    and c.labels:  # a new request: a new clock, not the old ticket reopened
                old = ticket
                decision = Decision("ticket", f"a new request in the thread of {old.reference}"
                                    f", which was resolved: {c.reason}")
                ticket = self._open_ticket(s, row, msg, c, decision, raw, received_at)
                _link(s, row, old, ticket, "a new request in the thread of a resolved ticket",
                      self.clock())
            else:
                self._record_reply(s, row, ticket, msg, raw, c)
        elif decision.outcome in ("ticket", "human") and reading.classification is not None:
            ticket = self._open_ticket(s, row, msg, reading.classification, decision, raw,
                                       received_at)
        row.state = MessageState.COMMITTED
        row.outcome = decision.outcome
        row.reason = decision.reason[:1000]
        row.folder = getattr(self.config.folders, decision.folder_key)
        row.ticket_id = ticket.id if ticket else None
        s.add(Event(at=self.clock(),
                    ticket_id=row.ticket_id, message_row_id=row.id, kind="processed",
                    detail={"outcome": decision.outcome, "reason": decision.reason[:300]}))
        return decision, (ticket.reference if ticket else None)

    def _open_ticket(self, s: Any, row: Message, msg: InboundMessage, c: Classification,
                     decision: Decision, raw: bytes, received_at: datetime) -> Ticket:
        b = self.config.bot
        is_request = decision.outcome == "ticket"
        types = list(c.labels) if is_request else []
        receipt = receipt_time(msg, row.arrived_at, received_at)
        ticket = Ticket(
            reference=Store.next_reference(s, b.reference_prefix, receipt),
            kind="request" if is_request else "triage",
            types=types,
            status="open",
            ack_status="pending",
            language=c.language,
            script=c.script,
            requester=msg.from_addr.lower(),
            requester_name=msg.from_name,
            subject=msg.subject,
            message_id=msg.message_id,
            classification=classification_json(c),
            received_at=receipt,
            due_at=self.deadlines.due(receipt, types),
            receiving_address=self.addresses.get(row.mailbox, b.address),
        )
        s.add(ticket)
        s.flush()
        s.add(Event(at=self.clock(), ticket_id=ticket.id, message_row_id=row.id, kind="opened",
                    detail={"kind": ticket.kind, "types": types, "reason": decision.reason[:300]}))
        requester = find_requester(msg, self.config.bot.company_domains())
        trusted = True
        if requester.forwarded_by:
            ticket.requester = requester.address.lower()
            ticket.requester_name = requester.name
            trusted = self._trusted_colleague(requester.forwarded_by, raw)
            s.add(Event(at=self.clock(),
                        ticket_id=ticket.id, message_row_id=row.id, kind="forwarded",
                        detail={"by": requester.forwarded_by, "authenticated": trusted}))
        if is_request:
            for other in s.scalars(select(Ticket).where(
                    Ticket.requester == ticket.requester, Ticket.id != ticket.id,
                    Ticket.kind == "request", Ticket.status.in_(OPEN_STATUSES)
            ).order_by(Ticket.id).limit(10)):
                _link(s, row, other, ticket, "another open request from the same requester",
                      self.clock())
        view = ticket_view(ticket)
        to, why_not = self._acknowledgement_recipient(s, msg, received_at, requester)
        if not trusted:
            to, why_not = None, (f"forwarded by {requester.forwarded_by}, whose mail is not "
                                 "authenticated (DMARC, DKIM or SPF) nor listed in "
                                 "bot.trusted_colleagues: nobody outside is written to")
        if to is None:
            ticket.ack_status = "suppressed"
            s.add(Event(at=self.clock(),
                        ticket_id=ticket.id, kind="ack-suppressed", detail={"reason": why_not}))
        else:
            ack = (self.renderer.acknowledgement(msg, view, to) if is_request
                   else self.renderer.human_acknowledgement(msg, view, to))
            kind = "acknowledgement" if is_request else "human-acknowledgement"
            self._queue(s, ticket, kind, ack, [to], mail_from=ticket.receiving_address)
        # Staff must act themselves when the bot could not decide, and when nobody was told
        # that a request was received (no usable address; the daily limit is not that case).
        unanswered = to is None and not why_not.startswith(RATE_LIMITED)
        if not is_request or unanswered:
            reason = decision.reason if not is_request else (
                f"request ticketed but not acknowledged: {why_not}")
            handoff = self.renderer.handoff(msg, raw, view, c, reason)
            self._queue(s, ticket, "handoff", handoff, [b.staff_address])
        return ticket

    def _trusted_colleague(self, address: str, raw: bytes) -> bool:
        """Whether a forward from ``address`` (on a company domain) may be trusted to name
        the customer to write to: it is in ``bot.trusted_colleagues``, or the receiving
        server's Authentication-Results show its domain authenticated
        (:func:`bot.intake.authresults.authenticates`). Anyone can write "From:
        ceo@example.com"; only this stops a forged forward from making the bot write to a
        stranger (backscatter)."""
        if address.lower() in {a.lower() for a in self.config.bot.trusted_colleagues}:
            return True
        return authenticates(parse_all(raw), address.rpartition("@")[2])

    def _staff_reply_ticket(self, s: Any, msg: InboundMessage,
                            screened: ScreenResult) -> Ticket | None:
        """The ticket whose requester staff answered in ``msg`` from an ordinary mail client
        with the privacy mailbox in copy, or None. Such a mail comes from the bot's own
        address or a company domain (``bot.internal_domains``), is not automatic
        (``Auto-Submitted`` absent or ``no``, RFC 3834 §5) nor a mail the bot sent itself,
        threads into a ticket (references or ``[PRIV-…]`` in the subject) and is addressed
        To or Cc the ticket's requester."""
        b = self.config.bot
        sender = msg.from_addr.lower()
        if not (sender in self.config.all_own_addresses()
                or sender.rpartition("@")[2] in b.company_domains()):
            return None
        if (screened.machine and screened.kind != "loop") or not (
                msg.header("auto-submitted") or "no").strip().lower().startswith("no"):
            return None
        if Store.ticket_of_sent(s, [msg.message_id]) is not None:
            return None  # the bot's own letter, come back
        ticket = Store.thread_ticket(s, message_ids_in([msg.in_reply_to, *msg.references]),
                                     msg.subject)
        if ticket is None or ticket.requester not in {a.lower() for a in (*msg.to, *msg.cc)}:
            return None
        return ticket

    def _acknowledgement_recipient(self, s: Any, msg: InboundMessage, now: datetime,
                                   requester: Requester | None = None) -> tuple[str | None, str]:
        """Where the acknowledgement goes, or None and why not.

        The author of the mail (RFC 3834 §4, see bot.outbound.recipient), or, for a request a
        colleague forwarded, the person whose request it is; never an unsafe address
        (bot.intake.screen), and at most ``bot.ack_limit_per_day`` per person in 24 hours
        (counted by :func:`bot.intake.address.person_key`: plus-tags, case and Gmail dots do
        not make a new person), ``bot.ack_limit_per_domain`` per domain in 24 hours and
        ``bot.ack_limit_per_hour`` in all in an hour (0: no limit). Over a limit the ticket
        is kept, its acknowledgement suppressed with the reason.
        """
        b = self.config.bot
        if requester is not None and requester.forwarded_by:
            if not requester.address:
                return None, "forwarded by a colleague; the requester's address is not in it"
            unsafe = is_unsafe_recipient(requester.address, self.config.all_own_addresses(),
                                         b.never_reply)
            to, why = (None, unsafe) if unsafe else (requester.address, "")
        else:
            to, why = recipient_decision(msg, own_addresses=self.config.all_own_addresses(),
                                         never=b.never_reply,
                                         trusted_form_senders=b.trusted_form_senders)
        if to is None:
            return None, why or "no safe recipient address"
        day, person = now - timedelta(hours=24), person_key(to)
        sent = Store.acknowledgements_since(s, day, person=person)
        if sent >= b.ack_limit_per_day:
            return None, f"{RATE_LIMITED}: {sent} acknowledgements to this sender in 24 h"
        domain = person.rpartition("@")[2]
        if b.ack_limit_per_domain and (n := Store.acknowledgements_since(
                s, day, domain=domain)) >= b.ack_limit_per_domain:
            return None, f"{RATE_LIMITED}: {n} acknowledgements to {domain} in 24 h"
        if b.ack_limit_per_hour and (n := Store.acknowledgements_since(
                s, now - timedelta(hours=1))) >= b.ack_limit_per_hour:
            return None, f"{RATE_LIMITED}: {n} acknowledgements in the last hour, to anyone"
        return to, ""

    def _record_reply(self, s: Any, row: Message, ticket: Ticket, msg: InboundMessage,
                      raw: bytes, classification: Classification | None) -> None:
        """Correspondence on ``ticket``: recorded; a waiting ticket is open again and its
        paused clock runs again, the due date moved by the pause (as
        :func:`bot.staff.queue.resume`); a resolved one stays resolved (staff decide); staff
        are sent the reply (it may say the bot misunderstood). A reply from another address
        than the requester's is flagged (``different_sender``, and in the notice to staff)
        and changes nothing about where answers go: a thread must not be hijacked by whoever
        knows the reference."""
        reopened = ticket.status == "waiting"  # a resolved ticket stays so: staff decide
        different = msg.from_addr.lower() != ticket.requester
        resumed = ticket.resume_clock(self.clock())  # an answer: the clock runs again
        if resumed:
            s.add(Event(at=self.clock(), ticket_id=ticket.id, message_row_id=row.id, kind="resumed",
                        detail={"reason": "a reply arrived", **resumed}))
        if reopened:
            ticket.status = "open"
        checked = check_reply(ticket, msg.from_addr, msg.text, self.clock())
        if checked:
            s.add(Event(at=self.clock(), ticket_id=ticket.id, message_row_id=row.id, kind={
                "verified": "verified", "wrong": "verification-failed",
                "void": "verification-void"}[checked], detail={
                "method": "email-code", "attempts": ticket.verify_attempts}))
        detail: dict[str, Any] = {"subject": msg.subject[:200], "reopened": reopened}
        if different:  # never changes where answers go: ticket.requester stays
            detail["different_sender"] = msg.from_addr
        s.add(Event(at=self.clock(),
                    ticket_id=ticket.id, message_row_id=row.id, kind="correspondence",
                    detail=detail))
        if classification is not None:
            reason = f"a reply on {ticket.reference}" + (
                ", which is open again" if reopened else
                ", which is resolved: reopen it if it needs more work"
                if ticket.status == "resolved" else "")
            if different:
                reason += ("; FROM A DIFFERENT SENDER than the requester: check who this is "
                           "before acting on it (answers still go to the requester)")
            reason += {"verified": "; identity verified: the one-time code matched",
                       "wrong": "; the one-time code in it is WRONG",
                       "void": "; the one-time code is void (expired or too many wrong "
                               "tries): send a new identity request",
                       "": ""}[checked]
            notice = self.renderer.handoff(msg, raw, ticket_view(ticket), classification, reason)
            self._queue(s, ticket, "handoff", notice, [self.config.bot.staff_address])
        if self.config.bot.acknowledge_replies:
            to, why_not = self._acknowledgement_recipient(s, msg, row.received_at)
            if to is not None:
                ack = self.renderer.human_acknowledgement(msg, ticket_view(ticket), to)
                self._queue(s, ticket, "human-acknowledgement", ack, [to],
                            mail_from=ticket.received_by(self.config.bot.address))

    def _record_bounce(self, s: Any, row: Message, ticket: Ticket, msg: InboundMessage,
                       raw: bytes) -> None:
        ticket.ack_status = "undeliverable"
        s.add(Event(at=self.clock(), ticket_id=ticket.id, message_row_id=row.id, kind="ack-bounced",
                    detail={"subject": msg.subject[:200]}))
        alert = self.renderer.bounce_alert(ticket_view(ticket), msg, raw)
        self._queue(s, ticket, "alert", alert, [self.config.bot.staff_address])

    def _queue(self, s: Any, ticket: Ticket | None, kind: str, mail: EmailMessage,
               recipients: list[str], mail_from: str = "") -> None:
        """Add ``mail`` to the outbox in ``s``; ``mail_from``: its envelope sender (RFC 5321
        MAIL FROM), default ``bot.address``."""
        s.add(Outbox.for_mail(mail, kind=kind, mail_from=mail_from or self.config.bot.address,
                              recipients=recipients, ticket_id=ticket.id if ticket else None,
                              now=self.clock()))

    # -- poison -------------------------------------------------------------------------

    def quarantine(self, row_id: int, error: str) -> None:
        """Quarantine ``row_id`` with ``error`` and queue a staff alert (raw kept in the store)."""
        with self.store.begin() as s:
            row = s.get(Message, row_id)
            if row is None:
                return
            row.state = MessageState.QUARANTINED
            row.outcome = "quarantine"
            row.reason = error[:1000]
            row.folder = self.config.folders.quarantine
            s.add(Event(at=self.clock(),
                        message_row_id=row_id, kind="quarantined", detail={"error": error[:500]}))
            alert = self._quarantine_alert(row, error)
            if alert is not None:
                s.add(alert)
        log.error("message #%d quarantined: %s", row_id, error[:200])

    def _quarantine_alert(self, row: Message, error: str) -> Outbox | None:
        """The staff alert for quarantined ``row``, with the original attached when it is at
        most 1 MiB and can be attached; None when no alert can be rendered at all.

        Never raises: the mail being quarantined is by definition one that broke something,
        and it may break the alert's rendering too (it did: 8-bit mail attached under a 7-bit
        policy); quarantining must not depend on it, or the worker loops on that message.
        """
        text = (
            f"The bot could not process stored message #{row.id} "
            f"(Message-ID {row.message_id or 'none'}, {row.size} bytes).\n\n"
            f"Error: {error[:500]}\n\nIt was moved to {row.folder}. After fixing the cause, "
            f"run: privacy-bot requeue {row.id}\n"
        )
        small = row.size <= 1024 * 1024
        for attach in ([row.raw] if small else []) + [None]:
            body = text
            if attach is None and small:
                body += "\n(The original could not be attached; it is kept in the store.)\n"
            try:
                mail = self.renderer.staff_alert(f"Quarantined message #{row.id}", body, attach)
                return Outbox.for_mail(mail, kind="alert", mail_from=self.config.bot.address,
                                       recipients=[self.config.bot.staff_address],
                                       now=self.clock())
            except Exception:  # noqa: BLE001 - see the docstring
                log.exception("message #%d: rendering the quarantine alert failed", row.id)
        return None


def _link(s: Any, row: Message, a: Ticket, b: Ticket, why: str, at: datetime) -> None:
    """Event ``linked`` ``{"to", "why"}`` at ``at`` on both tickets: shown on each, merged by
    staff when they are one request."""
    for one, other in ((a, b), (b, a)):
        s.add(Event(at=at, ticket_id=one.id, message_row_id=row.id, kind="linked",
                    detail={"to": other.reference, "why": why}))


def ticket_view(ticket: Ticket) -> TicketView:
    """The part of a ticket a template may see."""
    return TicketView(
        reference=ticket.reference,
        types=tuple(ticket.types),
        received_at=ticket.received_at,
        due_at=ticket.due_at,
        language=ticket.language,
        script=ticket.script,
        on_behalf=bool((ticket.classification or {}).get("on_behalf")),
        privacy_address=ticket.receiving_address,
    )


def classification_json(c: Classification) -> dict[str, Any]:
    """The classification as stored on the ticket (shown to staff)."""
    return {
        "labels": list(c.labels),
        "scores": {k: round(v, 4) for k, v in c.scores.items()},
        "route": c.route,
        "reason": c.reason,
        "language": c.language,
        "on_behalf": c.on_behalf,
        "evidence": [
            {"label": e.label, "sentence": e.sentence, "source": e.source,
             "score": round(e.score, 4)}
            for e in c.evidence
        ],
    }


__all__ = ["Processor", "redact"]
