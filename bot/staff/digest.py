"""The daily digest to staff: tickets overdue or due within N days, once a day.

Where it sits: the worker loop calls :func:`maybe_queue_digest` now and then (every round is
fine: it costs one primary-key lookup once the day's digest is done). From ``bot.digest_time``
(local time in ``bot.timezone``) on, the first call of each local calendar day lists the open
tickets that are overdue or due within ``bot.digest_days`` days and queues one mail to
``bot.staff_address`` as an outbox row of kind ``digest``; the outbox delivers it like any
other mail. The day is recorded in the ``digests`` table in the same transaction, keyed by
the day, so a digest is never queued twice for one day, even by two workers at once or
after a restart. A day with nothing to report is recorded too, and no mail is sent.
"""

from __future__ import annotations

import logging
from datetime import datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from bot.config import Config
from bot.staff.queue import OPEN_STATUSES, days_left
from bot.store.models import Digest, Outbox, Ticket
from bot.store.store import Store
from responses import DigestLine, Renderer

log = logging.getLogger(__name__)


def _zone(name: str) -> tzinfo:
    from datetime import UTC

    return UTC if name.upper() == "UTC" else ZoneInfo(name)


def digest_due(config: Config, now: datetime) -> str | None:
    """The local day (ISO date) whose digest may be queued at ``now`` (aware), or None when
    digests are off (``bot.digest_time`` "") or it is still before ``digest_time`` today."""
    b = config.bot
    if not b.digest_time:
        return None
    local = now.astimezone(_zone(b.timezone))
    hours, minutes = (int(x) for x in b.digest_time.split(":"))
    if local.time().replace(tzinfo=None) < time(hours, minutes):
        return None
    return local.date().isoformat()


def maybe_queue_digest(config: Config, store: Store, renderer: Renderer, now: datetime) -> bool:
    """Queue today's digest as an outbox row (kind ``digest``) if it is due and not done.

    ``now``: aware datetime (a fake clock in tests). Returns True when a mail was queued;
    False when it is too early, today's digest is already recorded (by this or another
    worker), or nothing is overdue or due soon (the day is then recorded without a mail).
    Raises TransientError from the store when the database is locked (the caller retries).
    """
    day = digest_due(config, now)
    if day is None:
        return False
    within = config.bot.digest_days
    try:
        with store.begin() as s:
            if s.get(Digest, day) is not None:
                return False
            tickets = list(s.scalars(
                select(Ticket)
                .where(Ticket.status.in_(OPEN_STATUSES), Ticket.paused_at.is_(None),
                       Ticket.due_at < now + timedelta(days=within))
                .order_by(Ticket.due_at, Ticket.id)
            ))
            record = Digest(day=day, queued_at=now, tickets=len(tickets))
            s.add(record)
            if not tickets:
                log.info("digest for %s: nothing overdue or due within %d days", day, within)
                return False
            lines = [DigestLine(t.reference, tuple(t.types), t.due_at, days_left(t, now),
                                t.assigned_to, t.status, t.kind) for t in tickets]
            mail = renderer.digest(datetime.fromisoformat(day).date(), within, lines)
            row = Outbox.for_mail(mail, kind="digest", mail_from=config.bot.address,
                                  recipients=[config.bot.staff_address], now=now)
            s.add(row)
            s.flush()
            record.outbox_id = row.id
    except IntegrityError:
        return False  # another worker recorded this day first
    log.info("digest for %s queued: %d ticket(s)", day, len(lines))
    return True


__all__ = ["digest_due", "maybe_queue_digest"]
