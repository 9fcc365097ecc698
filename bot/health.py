"""Health figures for ``privacy-bot status`` and the optional Prometheus endpoint.

Read from the store only, so it works beside a running worker (SQLite WAL allows readers).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select

from bot.config import Config
from bot.store import Message, MessageState, Outbox, Store, Ticket
from bot.store.models import Cursor, utcnow


@dataclass(frozen=True)
class Health:
    """What an operator checks. Times are aware UTC; ages in seconds.

    ``problems`` is empty when healthy; each entry is one sentence.
    """

    last_poll_at: datetime | None
    messages_waiting: int
    quarantined: int
    outbox_pending: int
    outbox_failed: int
    oldest_pending_mail_age: float | None
    oldest_unacknowledged_request: str | None
    overdue_tickets: int
    problems: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        """A JSON-ready dict (datetimes as ISO 8601)."""
        d = asdict(self)
        d["last_poll_at"] = self.last_poll_at.isoformat() if self.last_poll_at else None
        return d


def check_health(config: Config, store: Store, now: datetime | None = None) -> Health:
    """Compute the figures and the problems.

    Unhealthy when: no successful poll within 3 × ``mailbox.poll_interval`` + 60 s (IDLE
    rounds also record a poll at least that often); any message waits unprocessed or sits in
    quarantine; the outbox has failed mail or mail pending for more than an hour; a request
    ticket is overdue.
    """
    now = now or utcnow()
    with store.begin() as s:
        last_poll = s.scalar(select(func.max(Cursor.last_poll_at)))
        waiting = s.scalar(select(func.count()).where(Message.state == MessageState.STORED)) or 0
        quarantined = s.scalar(
            select(func.count()).where(Message.outcome == "quarantine",
                                       Message.state != MessageState.STORED)
        ) or 0
        pending = s.scalar(select(func.count()).where(Outbox.status == "pending")) or 0
        failed = s.scalar(select(func.count()).where(Outbox.status == "failed")) or 0
        oldest_pending = s.scalar(select(func.min(Outbox.created_at)).where(
            Outbox.status == "pending"))
        unacked = s.scalar(
            select(Ticket.reference)
            .where(Ticket.kind == "request", Ticket.ack_status == "pending")
            .order_by(Ticket.received_at).limit(1)
        )
        overdue = s.scalar(
            select(func.count()).where(Ticket.status != "resolved", Ticket.due_at < now)
        ) or 0
    age = (now - oldest_pending).total_seconds() if oldest_pending else None
    problems = []
    limit = timedelta(seconds=3 * config.mailbox.poll_interval + 60)
    if last_poll is None or now - last_poll > limit:
        problems.append("no successful poll of the mailbox recently"
                        if last_poll else "the mailbox was never polled")
    if waiting:
        problems.append(f"{waiting} message(s) stored but not processed")
    if quarantined:
        problems.append(f"{quarantined} message(s) in quarantine (privacy-bot requeue ID)")
    if failed:
        problems.append(f"{failed} outgoing mail(s) failed")
    if age is not None and age > 3600:
        problems.append(f"outgoing mail pending for {age / 3600:.1f} h")
    if overdue:
        problems.append(f"{overdue} ticket(s) overdue")
    return Health(last_poll, waiting, quarantined, pending, failed, age, unacked, overdue,
                  problems)
