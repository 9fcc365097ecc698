"""Deliver the outbox: send pending rows through the transport, record each server reply.

Runs after the commit, separately from processing (DESIGN.md "Durability"). Each row's bytes
are final, Message-ID included, so a retry after an unknown outcome is the same mail. A 4xx
reply or a lost connection leaves the row pending with a later ``next_attempt_at``
(exponential backoff with jitter, capped at one hour); a 5xx reply, or still failing after
``outbox.give_up_after`` seconds, marks it failed, marks the ticket's acknowledgement
undeliverable and queues an alert to staff. An outage is logged once, not once per try.

Several workers may deliver from one store: each row is claimed just before it is sent
(:meth:`bot.store.Store.claim_due`), so one worker only sends it; a worker that dies between
the send and its record leaves the row to be sent again, same Message-ID, once its claim
expires.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable
from datetime import datetime, timedelta

from tenacity import (
    Retrying,
    retry_if_exception_type,
    stop_after_attempt,
    wait_random_exponential,
)

from bot.errors import PermanentError, TransientError
from bot.outbound.transport import Transport
from bot.store import Event, Outbox, Store, Ticket
from bot.store.models import utcnow

log = logging.getLogger(__name__)

#: Longest wait between two delivery attempts of one mail, in seconds.
MAX_BACKOFF = 3600.0
#: First wait after a failed attempt, in seconds (doubles with each attempt).
FIRST_BACKOFF = 30.0

#: Renders the staff alert for a failed outbox row and its reason: an unsaved Outbox row
#: (see :meth:`bot.store.Outbox.for_mail`), or None for no alert.
AlertFactory = Callable[[Outbox, str], Outbox | None]


def backoff(attempts: int, *, first: float = FIRST_BACKOFF, cap: float = MAX_BACKOFF,
            rng: random.Random | None = None) -> float:
    """Seconds to wait after ``attempts`` failed tries: ``first`` doubling up to ``cap``, jittered
    uniformly in [delay/2, delay] ("equal jitter") so that many workers do not retry in step."""
    delay = min(cap, first * 2 ** max(0, attempts - 1))
    return (rng or random).uniform(delay / 2, delay)


class Deliverer:
    """Sends due outbox rows.

    ``give_up_after``: seconds after which a mail still unsent is failed. ``make_alert``
    renders the staff alert for a failed row (an unsaved Outbox row), or returns None to
    send no alert (alerts about alerts are not sent).
    ``clock`` returns aware UTC (tests may fake it); ``sleep(seconds)`` is the pause between
    the in-round connection retries (tests whose clock is fake pass one that returns at once).
    """

    def __init__(
        self,
        store: Store,
        transport: Transport,
        *,
        give_up_after: float,
        make_alert: AlertFactory | None = None,
        clock: Callable[[], datetime] = utcnow,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.store = store
        self.transport = transport
        self.give_up_after = give_up_after
        self.make_alert = make_alert
        self.clock = clock
        self.sleep = sleep
        self.in_outage = False

    def deliver_due(self, on_sent: Callable[[Outbox], None] | None = None,
                    worker: str = "") -> int:
        """Send every due row once (those no other worker claimed first; see
        :meth:`bot.store.Store.claim_due`) as ``worker``; return how many were accepted by
        the server.

        ``on_sent`` is called with each row the server accepted, before that is recorded
        (fault-injection tests crash there: the one window where a mail can go out twice).
        """
        rows = self.store.due_outbox(self.clock(), worker=worker)
        if not rows:
            return 0
        try:
            self._open()
        except TransientError as exc:
            self._outage(str(exc))
            for row in rows:
                if self.store.claim_due(Outbox, row.id, worker, self.clock()):
                    self._retry_later(row, str(exc))
            return 0
        except PermanentError as exc:
            log.error("outbox: %s; leaving %d mail(s) pending", exc, len(rows))
            return 0
        sent = 0
        try:
            for row in rows:
                if not self.store.claim_due(Outbox, row.id, worker, self.clock()):
                    continue  # another worker sends it
                if self._send_one(row, on_sent):
                    sent += 1
        finally:
            self.transport.close()
        return sent

    def _open(self) -> None:
        # A short in-round retry rides out a blip; longer outages wait for the next round.
        for attempt in Retrying(
            retry=retry_if_exception_type(TransientError),
            stop=stop_after_attempt(3),
            wait=wait_random_exponential(multiplier=0.2, max=2.0),
            sleep=self.sleep,
            reraise=True,
        ):
            with attempt:
                self.transport.open()

    def _send_one(self, row: Outbox, on_sent: Callable[[Outbox], None] | None = None) -> bool:
        try:
            reply = self.transport.send(row.raw, row.mail_from, list(row.recipients))
        except TransientError as exc:
            self._outage(str(exc))
            self._retry_later(row, str(exc))
            return False
        except PermanentError as exc:
            self._fail(row, str(exc))
            return False
        if on_sent is not None:
            on_sent(row)
        if self.in_outage:
            log.info("outbox: delivery works again")
            self.in_outage = False
        with self.store.begin(durable=False) as s:
            db = s.get(Outbox, row.id)
            if db is None:
                return False
            db.status, db.claimed_by = "sent", None
            db.attempts += 1
            db.last_reply = reply[:500]
            db.sent_at = self.clock()
            ticket = s.get(Ticket, db.ticket_id) if db.ticket_id else None
            if ticket is not None and db.is_acknowledgement:
                ticket.ack_status = "sent"
            s.add(Event(ticket_id=db.ticket_id, kind="mail-sent",
                        detail={"outbox": db.id, "kind": db.kind, "reply": reply[:200]}))
        log.info("outbox: sent %s #%d (%s)", row.kind, row.id, reply[:40])
        return True

    def _outage(self, reason: str) -> None:
        if not self.in_outage:
            log.warning("outbox: delivery failing, will retry: %s", reason)
            self.in_outage = True

    def _retry_later(self, row: Outbox, reason: str) -> None:
        now = self.clock()
        if (now - row.created_at).total_seconds() > self.give_up_after:
            self._fail(row, f"undelivered after {self.give_up_after:.0f} s: {reason}")
            return
        with self.store.begin(durable=False) as s:
            db = s.get(Outbox, row.id)
            if db is not None:
                db.attempts += 1
                db.last_reply = reason[:500]
                db.next_attempt_at = now + timedelta(seconds=backoff(db.attempts))
                db.claimed_by = None

    def _fail(self, row: Outbox, reason: str) -> None:
        log.error("outbox: %s #%d failed: %s", row.kind, row.id, reason[:200])
        alert = self.make_alert(row, reason) if self.make_alert else None
        with self.store.begin() as s:
            db = s.get(Outbox, row.id)
            if db is None:
                return
            db.status, db.claimed_by = "failed", None
            db.attempts += 1
            db.last_reply = reason[:500]
            ticket = s.get(Ticket, db.ticket_id) if db.ticket_id else None
            if ticket is not None and db.is_acknowledgement:
                ticket.ack_status = "undeliverable"
            s.add(Event(ticket_id=db.ticket_id, kind="mail-failed",
                        detail={"outbox": db.id, "kind": db.kind, "reason": reason[:300]}))
            if alert is not None:
                alert.ticket_id = db.ticket_id
                alert.created_at = alert.next_attempt_at = self.clock()
                s.add(alert)
