"""Tables: messages (raw mail and its state), tickets, events (audit trail), outbox, cursors,
leases (which worker reads which mailbox folder).

Per-message states (moved only by committed transactions, DESIGN.md "Durability"):

``stored`` → ``committed`` → ``archived``, or → ``quarantined`` → ``archived`` (the folder says
which). ``duplicate`` marks the same mail (Message-ID + SHA-256 of the bytes) seen again under
another key, e.g. after a UIDVALIDITY change; it is only archived, never processed twice.
"""

from __future__ import annotations

import enum
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

from bot.intake.address import person_key


def utcnow() -> datetime:
    """The current time as an aware UTC datetime."""
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """A DateTime stored as naive UTC and always read back as aware UTC (SQLite keeps no zone)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the store; use aware UTC")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


#: What a NUL character (U+0000) becomes in stored text: PostgreSQL's text types cannot hold it
#: (the INSERT fails); U+FFFD is Unicode's mark for a character that could not be kept.
NUL_REPLACEMENT = "\ufffd"


def storable(text: str, length: int | None = None) -> str:
    """``text`` as every supported database keeps it: each NUL replaced by
    :data:`NUL_REPLACEMENT`, then cut to ``length`` characters when given (PostgreSQL refuses a
    longer value for a ``VARCHAR(length)`` column; SQLite would keep it whole). Never raises."""
    text = text.replace("\x00", NUL_REPLACEMENT)
    return text[:length] if length is not None else text


def _storable_json(value: Any) -> Any:
    """``value`` (decoded JSON) with every string in it, keys included, made :func:`storable`:
    PostgreSQL's JSON operators refuse a ``\\u0000`` escape."""
    if isinstance(value, str):
        return storable(value)
    if isinstance(value, dict):
        return {storable(str(k)): _storable_json(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_storable_json(v) for v in value]
    return value


class CleanString(TypeDecorator[str]):
    """``String(length)`` whose values are made :func:`storable` on the way in (NUL replaced,
    cut to ``length``), so that the same text is kept on SQLite and PostgreSQL. Values in
    comparisons go through it too, so a lookup finds what was stored."""

    impl = String
    cache_ok = True

    def __init__(self, length: int | None = None) -> None:
        super().__init__(length)
        self.max_length = length

    def process_bind_param(self, value: str | None, dialect: Dialect) -> str | None:
        return None if value is None else storable(value, self.max_length)


class CleanText(TypeDecorator[str]):
    """``Text`` whose values are made :func:`storable` on the way in (NUL replaced)."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect: Dialect) -> str | None:
        return None if value is None else storable(value)


class CleanJSON(TypeDecorator[Any]):
    """``JSON`` whose strings are made :func:`storable` on the way in (NUL replaced)."""

    impl = JSON
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        return _storable_json(value)


#: An IMAP UIDVALIDITY (RFC 3501 §9 ``nz-number``: up to 4294967295, past PostgreSQL's
#: INTEGER): BIGINT there (revision 0008); SQLite's INTEGER holds 64 bits already.
UidValidity = BigInteger().with_variant(Integer(), "sqlite")


class Base(DeclarativeBase):
    """Declarative base of every table."""


class MessageState(enum.StrEnum):
    """Where one inbound message stands. See the module docstring for the transitions."""

    STORED = "stored"
    COMMITTED = "committed"
    QUARANTINED = "quarantined"
    DUPLICATE = "duplicate"
    ARCHIVED = "archived"


class Message(Base):
    """One inbound mail, raw bytes kept, keyed by (mailbox, UIDVALIDITY, UID) (RFC 3501 §2.3.1.1).

    ``outcome``: ticket / human / ignore / reply (correspondence on a ticket) / bounce /
    quarantine. ``folder``: where the original must be moved. ``attempts`` counts failed runs.
    ``received_at``: when the bot stored it; ``arrived_at``: when the mail server delivered
    it (IMAP INTERNALDATE or Maildir delivery time; None when the mailbox did not say; revision
    0004), from which :func:`bot.intake.receipt.receipt_time` starts the legal period.
    """

    __tablename__ = "messages"
    __table_args__ = (UniqueConstraint("mailbox", "uidvalidity", "uid", name="uq_message_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    mailbox: Mapped[str] = mapped_column(CleanString(500))
    uidvalidity: Mapped[int] = mapped_column(UidValidity)
    uid: Mapped[str] = mapped_column(CleanString(255))
    message_id: Mapped[str] = mapped_column(CleanString(998), index=True, default="")
    sha256: Mapped[str] = mapped_column(CleanString(64), index=True)
    raw: Mapped[bytes] = mapped_column(LargeBinary)
    size: Mapped[int] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(CleanString(20), index=True, default=MessageState.STORED)
    outcome: Mapped[str | None] = mapped_column(CleanString(20), default=None)
    folder: Mapped[str | None] = mapped_column(CleanString(255), default=None)
    reason: Mapped[str | None] = mapped_column(CleanText(), default=None)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(CleanText(), default=None)
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id"), default=None)
    duplicate_of: Mapped[int | None] = mapped_column(ForeignKey("messages.id"), default=None)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    arrived_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)
    #: when ``raw`` was erased under the retention policy (revision 0005), else None
    purged_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    #: when the original was deleted from the archive folder it was filed in, or found gone
    #: there (``retention.archive``; revision 0007), else None
    archive_purged_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    #: the worker that claimed it for processing (:meth:`bot.store.Store.start_attempt`;
    #: revision 0009), None before; kept after the outcome as a record of who processed it
    claimed_by: Mapped[str | None] = mapped_column(CleanString(200), default=None)
    #: until when that claim keeps other workers off it; None when released
    claimed_until: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)


#: Ticket statuses: still to be worked, and done (see :class:`Ticket`).
OPEN_STATUSES = ("open", "waiting")
CLOSED_STATUSES = ("resolved", "merged")


class Ticket(Base):
    """A data subject request (``kind`` "request") or a message for a human (``kind`` "triage").

    ``types``: JSON list of request types; ``status``: open / waiting / resolved / merged;
    ``ack_status``: pending / sent / suppressed / undeliverable / none; ``classification``:
    JSON with scores, reason and evidence (shown to staff).

    Staff queue (revision 0002, see :mod:`bot.staff.queue`): ``assigned_to`` (staff name, "" for
    nobody); ``verified_by_method`` (how the requester's identity was verified, "" while not)
    and ``verified_at``; ``extension_days`` (sum of the due-date extensions granted);
    ``closed_at`` (when it was resolved or merged, None while open); ``merged_into`` (the
    reference of the ticket this one was merged into, "" when not merged; a reference rather
    than a foreign key, so that adding it to an existing SQLite table needs no table rebuild).
    ``paused_at`` (revision 0004): since when the ticket's clock stands still while it waits
    for the requester (status ``waiting``), None while it runs; ``verify_code`` (salted hash
    of the pending one-time code, "" for none), ``verify_code_expires`` and
    ``verify_attempts``: see :mod:`bot.pipeline.verification`. ``receiving_address``
    (revision 0010): the privacy address the request came to (the ``address`` of the mailbox
    it arrived at), which mail to the requester is sent from; "" for tickets from before,
    read through :meth:`received_by`.
    """

    __tablename__ = "tickets"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reference: Mapped[str] = mapped_column(CleanString(40), unique=True)
    kind: Mapped[str] = mapped_column(CleanString(20))
    types: Mapped[list[str]] = mapped_column(CleanJSON(), default=list)
    status: Mapped[str] = mapped_column(CleanString(20), index=True, default="open")
    ack_status: Mapped[str] = mapped_column(CleanString(20), default="pending")
    language: Mapped[str] = mapped_column(CleanString(16), default="en")
    script: Mapped[str] = mapped_column(CleanString(8), default="")
    requester: Mapped[str] = mapped_column(CleanString(320), index=True, default="")
    requester_name: Mapped[str] = mapped_column(CleanString(500), default="")
    subject: Mapped[str] = mapped_column(CleanText(), default="")
    message_id: Mapped[str] = mapped_column(CleanString(998), default="")
    classification: Mapped[dict[str, Any]] = mapped_column(CleanJSON(), default=dict)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime())
    due_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)
    assigned_to: Mapped[str] = mapped_column(
        CleanString(100), index=True, default="", server_default=""
    )
    verified_by_method: Mapped[str] = mapped_column(CleanString(40), default="",
                                                    server_default="")
    verified_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    extension_days: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    merged_into: Mapped[str] = mapped_column(CleanString(40), default="", server_default="")
    paused_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    verify_code: Mapped[str] = mapped_column(CleanString(200), default="", server_default="")
    verify_code_expires: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    verify_attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    #: when its personal data was erased under the retention policy (revision 0005), else None
    purged_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    receiving_address: Mapped[str] = mapped_column(CleanString(320), default="",
                                                   server_default="")

    def received_by(self, default: str) -> str:
        """The privacy address the request came to; ``default`` (``bot.address``) for a
        ticket opened before revision 0010 or by staff, whose deployment served that only."""
        return self.receiving_address or default

    def resume_clock(self, now: datetime) -> dict[str, str]:
        """Start the paused clock again at ``now``: ``due_at`` moves later by the pause,
        ``paused_at`` is cleared. Returns the audit detail ``{"paused_at", "due_from",
        "due_to"}`` (ISO 8601). Does nothing but return ``{}`` when the clock runs."""
        if self.paused_at is None:
            return {}
        due_to = self.due_at + max(now - self.paused_at, timedelta(0))
        detail = {"paused_at": self.paused_at.isoformat(), "due_from": self.due_at.isoformat(),
                  "due_to": due_to.isoformat()}
        self.due_at, self.paused_at = due_to, None
        return detail


class Event(Base):
    """One audit-trail entry: who (``actor``) did what (``kind``) when, with JSON ``detail``."""

    __tablename__ = "events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id"), index=True)
    message_row_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    actor: Mapped[str] = mapped_column(CleanString(100), default="bot")
    kind: Mapped[str] = mapped_column(CleanString(50))
    detail: Mapped[dict[str, Any]] = mapped_column(CleanJSON(), default=dict)


#: Outbox kinds that acknowledge a sender's mail: counted by ``bot.ack_limit_per_day``; when
#: one fails, its ticket's acknowledgement is marked undeliverable.
ACK_KINDS = ("acknowledgement", "human-acknowledgement")


class Outbox(Base):
    """One outgoing mail. ``raw`` is final (its Message-ID fixed), so a retry resends the same mail.

    ``status``: pending / sent / failed; ``last_reply``: the server's last reply or error;
    ``next_attempt_at``: not retried before this time.
    """

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_ack_to_created_at", "ack_to", "created_at"),
                      Index("ix_outbox_ack_domain_created_at", "ack_domain", "created_at"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id"), index=True)
    kind: Mapped[str] = mapped_column(CleanString(30))
    message_id: Mapped[str] = mapped_column(CleanString(998), unique=True)
    mail_from: Mapped[str] = mapped_column(CleanString(320))
    recipients: Mapped[list[str]] = mapped_column(CleanJSON())
    #: the person an acknowledgement went to (:func:`bot.intake.address.person_key` of its
    #: recipient: the key of the per-sender and per-domain limits), else None
    ack_to: Mapped[str | None] = mapped_column(CleanString(320), default=None)
    #: the domain of ``ack_to`` (the per-domain limit; revision 0004), else None
    ack_domain: Mapped[str | None] = mapped_column(CleanString(255), default=None)
    raw: Mapped[bytes] = mapped_column(LargeBinary)
    status: Mapped[str] = mapped_column(CleanString(20), index=True, default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_reply: Mapped[str | None] = mapped_column(CleanText(), default=None)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    #: when ``raw`` was erased under the retention policy (revision 0005), else None
    purged_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    #: the worker sending it now (:meth:`bot.store.Store.claim_due`; revision 0009), else None
    claimed_by: Mapped[str | None] = mapped_column(CleanString(200), default=None)

    @classmethod
    def for_mail(cls, mail: EmailMessage, *, kind: str, mail_from: str,
                 recipients: list[str], ticket_id: int | None = None,
                 now: datetime | None = None) -> Outbox:
        """A pending row for a finished mail: its Message-ID and bytes are fixed here, so every
        retry sends the same mail. ``now`` (aware UTC, default the clock) is when it was
        queued and first due. Raises what ``mail.as_bytes()`` raises (e.g. UnicodeEncodeError
        for text the policy cannot encode)."""
        at = now or utcnow()
        return cls(ticket_id=ticket_id, kind=kind, message_id=str(mail["Message-ID"]),
                   mail_from=mail_from, recipients=list(recipients),
                   ack_to=person_key(recipients[0]) if kind in ACK_KINDS else None,
                   ack_domain=(person_key(recipients[0]).rpartition("@")[2]
                               if kind in ACK_KINDS else None),
                   raw=mail.as_bytes(), created_at=at, next_attempt_at=at)

    @property
    def is_acknowledgement(self) -> bool:
        """Whether this mail acknowledges a sender's mail (see :data:`ACK_KINDS`)."""
        return self.kind in ACK_KINDS


class Feedback(Base):
    """A staff correction of a ticket's labels: training data for the next classifier round.

    ``labels_before``: what the classifier said (its labels; [] for triage); ``labels_after``:
    what staff set; ``message_row_id``: the stored mail the labels belong to (its text is read
    from the raw bytes at export time, so no second copy of personal data is kept here).
    """

    __tablename__ = "feedback"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id"), index=True)
    message_row_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id"), default=None)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    actor: Mapped[str] = mapped_column(CleanString(100))
    labels_before: Mapped[list[str]] = mapped_column(CleanJSON(), default=list)
    labels_after: Mapped[list[str]] = mapped_column(CleanJSON(), default=list)
    language: Mapped[str] = mapped_column(CleanString(16), default="")


#: Who may do what, each role all that the one before may: ``viewer`` reads the queue and
#: tickets; ``agent`` also works them (actions, letters, notes, tickets by hand, requeue);
#: ``admin`` also exports the register (every request's personal data at once).
STAFF_ROLES = ("viewer", "agent", "admin")


class Staff(Base):
    """A staff account of the web queue (``privacy-bot staff add``); ``password_hash`` is an
    argon2id PHC string (never the password). A disabled account cannot log in; nor can one
    whose ``locked_until`` is still ahead (``failed_logins`` wrong passwords in a row lock it:
    :func:`bot.staff.auth.authenticate`; revision 0004)."""

    __tablename__ = "staff"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(CleanString(100), unique=True)
    password_hash: Mapped[str] = mapped_column(CleanString(255))
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    #: sessions begun before it was last raised (logout, password change) are refused
    #: (revision 0005)
    session_epoch: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    #: one of :data:`STAFF_ROLES` (revision 0005)
    role: Mapped[str] = mapped_column(CleanString(20), default="agent", server_default="agent")
    #: base32 TOTP secret of the second factor, "" for none (revision 0005)
    totp_secret: Mapped[str] = mapped_column(CleanString(64), default="", server_default="")


class Digest(Base):
    """One row per local calendar day on which the staff digest was done (primary key, so it
    is never queued twice for a day, even by two workers). ``outbox_id`` is None when there
    was nothing to report; ``tickets`` is how many tickets it listed."""

    __tablename__ = "digests"

    day: Mapped[str] = mapped_column(CleanString(10), primary_key=True)
    queued_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    tickets: Mapped[int] = mapped_column(Integer, default=0)
    outbox_id: Mapped[int | None] = mapped_column(ForeignKey("outbox.id"), default=None)


class Cursor(Base):
    """Per mailbox folder: the UIDVALIDITY last seen and the highest UID stored (RFC 3501)."""

    __tablename__ = "cursors"

    mailbox: Mapped[str] = mapped_column(CleanString(500), primary_key=True)
    uidvalidity: Mapped[int] = mapped_column(UidValidity)
    last_uid: Mapped[str] = mapped_column(CleanString(255), default="")
    last_poll_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)


class Lease(Base):
    """Who alone may list, fetch and move the mail of one mailbox folder (``name``: its
    source), until when (revision 0009). Taken and renewed by
    :meth:`bot.store.Store.take_lease`; a worker that dies loses it at ``expires_at``."""

    __tablename__ = "leases"

    name: Mapped[str] = mapped_column(CleanString(500), primary_key=True)
    holder: Mapped[str] = mapped_column(CleanString(200))
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())


class Counter(Base):
    """Ticket reference sequence per year: ``PRIV-2026-000123`` uses (2026, 123)."""

    __tablename__ = "counters"

    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    value: Mapped[int] = mapped_column(Integer, default=0)


class Webhook(Base):
    """One event for another system (:mod:`bot.outbound.webhooks`), kept like an outbox mail:
    ``body`` is final (JSON, the same bytes on every retry), ``event_id`` the audit event it
    reports (unique: never queued twice). ``status``: pending / sent / failed; ``last_error``:
    the receiver's last status or error; ``next_attempt_at``: not retried before (revision
    0006)."""

    __tablename__ = "webhooks"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id"), unique=True)
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id"), index=True)
    event: Mapped[str] = mapped_column(CleanString(40))
    body: Mapped[str] = mapped_column(CleanText())
    status: Mapped[str] = mapped_column(CleanString(20), index=True, default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(CleanText(), default=None)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    #: the worker sending it now (:meth:`bot.store.Store.claim_due`; revision 0009), else None
    claimed_by: Mapped[str | None] = mapped_column(CleanString(200), default=None)


class WebhookCursor(Base):
    """The last audit event looked at for webhooks (one row, ``id`` 1; revision 0006)."""

    __tablename__ = "webhook_cursor"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_event_id: Mapped[int] = mapped_column(Integer, default=0)
