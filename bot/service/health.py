"""Health figures for ``privacy-bot status`` and the optional Prometheus endpoint.

Read from the store only, so it works beside a running worker (SQLite WAL allows readers).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select

from bot.config import Config
from bot.store import Event, Message, MessageState, Outbox, Store, Ticket
from bot.store.models import OPEN_STATUSES, Cursor, Webhook, utcnow


@dataclass(frozen=True)
class Health:
    """What an operator checks. Times are aware UTC; ages in seconds.

    Two signals, kept apart so that monitoring pages the operator only for the first:
    ``problems`` (service health: mailbox polled, mail processed, outbox moving, nothing in
    quarantine) is empty when the service works; ``queue_attention`` (queue health: tickets
    overdue or due soon, triage waiting) is the privacy team's backlog, not an outage. Each
    entry is one sentence.
    """

    last_poll_at: datetime | None
    messages_waiting: int
    quarantined: int
    outbox_pending: int
    outbox_failed: int
    oldest_pending_mail_age: float | None
    oldest_unacknowledged_request: str | None
    overdue_tickets: int
    due_soon_tickets: int = 0
    triage_open: int = 0
    acks_rate_limited_24h: int = 0
    webhooks_failed: int = 0
    problems: list[str] = field(default_factory=list)
    queue_attention: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        """A JSON-ready dict (datetimes as ISO 8601), with ``healthy`` (service health)."""
        d = asdict(self)
        d["last_poll_at"] = self.last_poll_at.isoformat() if self.last_poll_at else None
        d["healthy"] = not self.problems
        return d


def check_health(config: Config, store: Store, now: datetime | None = None) -> Health:
    """Compute the figures, the service problems and the queue's points for attention.

    Service unhealthy when: no successful poll within 3 × ``mailbox.poll_interval`` + 60 s
    (IDLE rounds also record a poll at least that often); any message waits unprocessed or
    sits in quarantine; the outbox has failed mail or mail pending for more than an hour; a
    webhook failed for good.
    Queue attention when: an open ticket is overdue or due within ``bot.digest_days`` days,
    or triage tickets wait for a person.
    """
    now = now or utcnow()
    soon = now + timedelta(days=config.bot.digest_days)
    still_open = Ticket.status.in_(OPEN_STATUSES)
    running = still_open & Ticket.paused_at.is_(None)  # a paused clock is neither late nor near
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
        overdue = s.scalar(select(func.count()).where(running, Ticket.due_at < now)) or 0
        due_soon = s.scalar(select(func.count()).where(
            running, Ticket.due_at >= now, Ticket.due_at < soon)) or 0
        triage = s.scalar(select(func.count()).where(still_open, Ticket.kind == "triage")) or 0
        hooks_failed = s.scalar(select(func.count()).where(Webhook.status == "failed")) or 0
        limited = s.scalar(select(func.count()).where(
            Event.kind == "ack-suppressed", Event.at >= now - timedelta(hours=24),
            Event.detail["reason"].as_string().like("rate limit%"))) or 0
    age = (now - oldest_pending).total_seconds() if oldest_pending else None
    problems = []
    limit = timedelta(seconds=3 * max(m.poll_interval for m in config.served_mailboxes()) + 60)
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
    if hooks_failed:
        problems.append(f"{hooks_failed} webhook(s) failed: the receiver was not told")
    attention = []
    if overdue:
        attention.append(f"{overdue} open ticket(s) overdue")
    if due_soon:
        attention.append(f"{due_soon} open ticket(s) due within {config.bot.digest_days} days")
    if triage:
        attention.append(f"{triage} triage ticket(s) waiting for a person")
    if limited:
        attention.append(f"{limited} acknowledgement(s) held back by a rate limit in 24 h "
                         "(their tickets are open: answer them by hand if they are real)")
    return Health(last_poll, waiting, quarantined, pending, failed, age, unacked, overdue,
                  due_soon, triage, limited, hooks_failed, problems, attention)
