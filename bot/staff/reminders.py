"""Reminders to staff: once when an open ticket comes within ``bot.remind_days`` of its due
date, and once when it becomes overdue.

Where it sits: the worker loop calls :func:`queue_reminders` every round (one indexed query
when nothing is near). Each reminder is an outbox row of kind ``reminder`` to
``bot.staff_address`` naming the assignee, and an event ``reminder`` ``{"what", "due_at"}``
on the ticket in the same transaction; a reminder whose event exists for the ticket's
current due date is not sent again, so an extended ticket is reminded again for its new
date. Paused tickets (waiting for the requester) are not reminded: their clock stands still.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from sqlalchemy import select

from bot.config import Config
from bot.pipeline.processor import ticket_view
from bot.staff.queue import OPEN_STATUSES, days_left
from bot.store.models import Event, Outbox, Ticket
from bot.store.store import Store
from responses import Renderer

log = logging.getLogger(__name__)


def queue_reminders(config: Config, store: Store, renderer: Renderer, now: datetime) -> int:
    """Queue the reminders due at ``now`` (aware UTC); return how many. Does nothing when
    ``bot.remind_days`` is 0. Raises TransientError from the store when the database is
    locked (the caller retries next round)."""
    within = config.bot.remind_days
    if within <= 0:
        return 0
    law = config.bot.deadlines().rule.law
    queued = 0
    with store.begin() as s:
        near = list(s.scalars(
            select(Ticket).where(Ticket.status.in_(OPEN_STATUSES), Ticket.paused_at.is_(None),
                                 Ticket.due_at < now + timedelta(days=within))
            .order_by(Ticket.due_at, Ticket.id)
            # several workers: the second waits here, then sees the first one's reminders
            .with_for_update()))
        if not near:
            return 0
        done = {(e.ticket_id, e.detail.get("what"), e.detail.get("due_at"))
                for e in s.scalars(select(Event).where(
                    Event.kind == "reminder", Event.ticket_id.in_([t.id for t in near])))}
        for t in near:
            what = "overdue" if t.due_at <= now else "due-soon"
            if (t.id, what, t.due_at.isoformat()) in done:
                continue
            mail = renderer.reminder(ticket_view(t), days_left=days_left(t, now),
                                     assigned_to=t.assigned_to, law=law)
            s.add(Outbox.for_mail(mail, kind="reminder", mail_from=config.bot.address,
                                  recipients=[config.bot.staff_address], ticket_id=t.id,
                                  now=now))
            s.add(Event(ticket_id=t.id, at=now, kind="reminder",
                        detail={"what": what, "due_at": t.due_at.isoformat()}))
            queued += 1
    if queued:
        log.info("queued %d reminder(s) to staff", queued)
    return queued


__all__ = ["queue_reminders"]
