"""Retention: erase the personal data the bot no longer needs (issue 15).

PDPA s25 requires an organisation to stop retaining personal data once the purpose it was
collected for is served and keeping it serves no legal or business purpose; GDPR Art. 5(1)(e)
the same ("storage limitation"). The purposes here are answering a request and proving that
it was answered, so the ``[retention]`` policy (:class:`bot.config.RetentionConfig`, days; 0
keeps forever) erases:

- ``closed_days`` after a ticket was closed (resolved or merged): the raw mail of the ticket
  (received and sent), its subject, the requester's name, the classifier's evidence (quoted
  sentences), the personal fields of its audit events (subjects, addresses, names) and the
  bodies of the webhooks sent about it. The
  register row stays: reference, kind, types, dates, result, who worked it, and the requester's
  address (which request was answered, and to whom, is what the register proves);
- ``machine_days`` after it was stored: mail screened out as automatic (auto-replies, lists,
  spam), duplicate copies, and notices to staff that belong to no ticket (alerts, digests);
- ``quarantine_days`` after it was stored: quarantined mail (staff were alerted that day).

Rows stay, with ``raw`` emptied and ``purged_at`` set, so counts, dates and the register still
add up. Mail not yet processed, mail of an open ticket and mail not yet sent are never touched.
Each run that erases something, or that ``privacy-bot purge`` asks for, is an audit event
``purged`` with its counts. The worker runs it once a day (:func:`purge_due`).

With ``retention.archive`` the originals of the erased mail are then deleted from the
mailbox folders the bot filed them in (:func:`purge_archive`, an audit event
``purged_archive``): only messages the bot moved there, each matched by its bytes' SHA-256.
A message the mailbox could not reach stays due and is tried again on the next run.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, or_, select, update

from bot.config import Config
from bot.intake.mailbox.base import Filed, Mailbox
from bot.store import Event, Message, MessageState, Outbox, Store, Ticket
from bot.store.models import CLOSED_STATUSES, Webhook

#: Keys of an audit event's ``detail`` that hold personal data (erased with the ticket's mail).
PERSONAL_KEYS = frozenset({"subject", "from", "to", "by", "name", "different_sender",
                           "message_id", "text", "sentence"})
#: What the classification keeps once its evidence is erased.
KEPT_CLASSIFICATION = ("labels", "route", "language", "on_behalf")
#: A purge runs at most this often from the worker.
INTERVAL = timedelta(days=1)


@dataclass(frozen=True)
class Purged:
    """What one run erased (or, dry, would erase): ``tickets`` whose personal fields went,
    ``messages`` (received mail) and ``mails`` (outbox rows) whose raw bytes went."""

    tickets: int = 0
    messages: int = 0
    mails: int = 0

    def as_json(self) -> dict[str, int]:
        """The counts as a JSON object."""
        return asdict(self)


def purge(config: Config, store: Store, now: datetime, *, dry_run: bool = False,
          actor: str = "bot") -> Purged:
    """Erase what the retention policy no longer allows to keep, as of ``now`` (aware UTC),
    in one transaction; with ``dry_run`` only count it. Records an event ``purged`` by
    ``actor`` with the counts unless ``dry_run`` (also when nothing was due, so that the
    worker's daily run is seen). Returns the counts."""
    r = config.retention
    tickets = messages = mails = 0
    with store.begin() as s:
        if r.closed_days:
            cutoff = now - timedelta(days=r.closed_days)
            closed = s.scalars(select(Ticket).where(
                Ticket.status.in_(CLOSED_STATUSES), Ticket.closed_at.is_not(None),
                Ticket.closed_at < cutoff, Ticket.purged_at.is_(None)).order_by(Ticket.id))
            for ticket in closed:
                tickets += 1
                messages += _erase(s, select(Message).where(
                    Message.ticket_id == ticket.id, Message.purged_at.is_(None),
                    Message.state != MessageState.STORED), now, dry_run)
                mails += _erase(s, select(Outbox).where(
                    Outbox.ticket_id == ticket.id, Outbox.purged_at.is_(None),
                    Outbox.status != "pending"), now, dry_run)
                if not dry_run:
                    _scrub_ticket(s, ticket, now)
        if r.machine_days:
            cutoff = now - timedelta(days=r.machine_days)
            messages += _erase(s, select(Message).where(
                or_(Message.outcome == "ignore", Message.state == MessageState.DUPLICATE),
                Message.received_at < cutoff, Message.purged_at.is_(None)), now, dry_run)
            mails += _erase(s, select(Outbox).where(
                Outbox.ticket_id.is_(None), Outbox.status != "pending",
                Outbox.created_at < cutoff, Outbox.purged_at.is_(None)), now, dry_run)
        if r.quarantine_days:
            cutoff = now - timedelta(days=r.quarantine_days)
            messages += _erase(s, select(Message).where(
                Message.outcome == "quarantine", Message.received_at < cutoff,
                Message.purged_at.is_(None)), now, dry_run)
        done = Purged(tickets, messages, mails)
        if not dry_run:
            s.add(Event(at=now, actor=actor, kind="purged", detail={
                **done.as_json(), "policy": asdict(r)}))
    return done


def purge_archive(config: Config, store: Store, mailbox: Mailbox, now: datetime, *,
                  dry_run: bool = False, actor: str = "bot") -> int:
    """With ``retention.archive``, delete from ``mailbox`` (open) the originals of the
    messages whose mail :func:`purge` erased, from the folder each was filed in; return how
    many are (or, dry, would be) done. Each message is marked ``archive_purged_at`` once
    deleted or not found there (moved away by staff, or without a Message-ID on IMAP), and
    the run is an audit event ``purged_archive`` when it did something. Without the option,
    returns 0 and touches nothing.

    Raises TransientError when the mailbox connection fails (what was deleted before is
    recorded; the rest stays due).
    """
    if not config.retention.archive:
        return 0
    with store.begin() as s:
        rows = s.execute(select(Message.id, Message.folder, Message.uid, Message.message_id,
                                Message.sha256).where(
            Message.mailbox == mailbox.source, Message.state.in_(
                [MessageState.ARCHIVED, MessageState.DUPLICATE]),
            Message.folder.is_not(None), Message.purged_at.is_not(None),
            Message.archive_purged_at.is_(None)).order_by(Message.id)).all()
    if dry_run:
        return len(rows)
    by_folder: dict[str, list[tuple[int, Filed]]] = {}
    for row_id, folder, uid, message_id, sha256 in rows:
        by_folder.setdefault(str(folder), []).append((row_id, Filed(uid, message_id, sha256)))
    deleted = 0
    for folder, items in by_folder.items():
        gone = mailbox.delete_filed(folder, [item for _, item in items])
        deleted += len(gone)
        with store.begin() as s:  # one UPDATE for the folder, not a load per row
            s.execute(update(Message).where(Message.id.in_([row_id for row_id, _ in items]))
                      .values(archive_purged_at=now))
    if rows:
        with store.begin() as s:
            s.add(Event(at=now, actor=actor, kind="purged_archive", detail={
                "deleted": deleted, "not_found": len(rows) - deleted}))
    return deleted


def purge_due(store: Store, now: datetime) -> bool:
    """Whether the worker's daily purge is due at ``now``: no ``purged`` event in the last
    :data:`INTERVAL`."""
    with store.begin() as s:
        last = s.scalar(select(func.max(Event.at)).where(Event.kind == "purged"))
    return last is None or now - last >= INTERVAL


def _erase(s: Any, query: Any, now: datetime, dry_run: bool) -> int:
    """Empty ``raw`` of each row ``query`` selects (Message or Outbox) and set its
    ``purged_at``; return how many."""
    count = 0
    for row in s.scalars(query):
        count += 1
        if not dry_run:
            row.raw = b""
            row.purged_at = now
    return count


def _scrub_ticket(s: Any, ticket: Ticket, now: datetime) -> None:
    """Erase a closed ticket's personal fields, those of its audit events and the bodies of
    the webhooks sent about it; the register fields stay."""
    ticket.subject = ""
    ticket.requester_name = ""
    ticket.verify_code = ""
    ticket.classification = {k: v for k, v in (ticket.classification or {}).items()
                             if k in KEPT_CLASSIFICATION}
    ticket.purged_at = now
    for event in s.scalars(select(Event).where(Event.ticket_id == ticket.id)):
        if any(k in PERSONAL_KEYS for k in event.detail or {}):
            event.detail = {k: v for k, v in event.detail.items() if k not in PERSONAL_KEYS}
    for hook in s.scalars(select(Webhook).where(Webhook.ticket_id == ticket.id,
                                                Webhook.status != "pending")):
        hook.body = ""  # it named the requester


__all__ = ["Purged", "purge", "purge_archive", "purge_due"]
