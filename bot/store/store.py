"""The store's transactions: record fetched mail, find work, number tickets, thread replies.

Each public method is one transaction unless it takes a ``session`` (then it joins the
caller's transaction, so classification, ticket, events and outbox rows commit together).
SQLite runs in WAL mode with ``synchronous=FULL``: the server copy is moved right after the
commit, so the commit must survive a power cut. Bookkeeping that is always followed by such a
commit before the worker acts outside the store uses ``begin(durable=False)`` (see there).

PostgreSQL (``postgresql://`` URLs, driven by psycopg 3) runs the same migrations and the
same code. Where SQLite's single writer lock kept two transactions apart, PostgreSQL (READ
COMMITTED) is given a row lock (``FOR UPDATE``) or one atomic statement instead: the ticket
counter, the claim of a stored message, its attempt count.

Several workers share one store (README "Several workers"): a worker lists, fetches and moves
a mailbox folder's mail only while it holds that folder's lease (:meth:`Store.take_lease`),
and processes a stored message, sends an outbox mail or POSTs a webhook only after claiming
that row (:meth:`Store.start_attempt`, :meth:`Store.claim_due`). Each is one conditional
UPDATE that only one transaction can win: PostgreSQL re-checks its WHERE clause after
waiting for a concurrent writer's row lock, SQLite runs one writer at a time.

Text reaches either database through :func:`bot.store.models.storable` (no NUL, no more than
the column holds).
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.parser import BytesHeaderParser
from email.policy import compat32
from functools import partial
from importlib import resources
from typing import Any, cast

from sqlalchemy import create_engine, delete, event, func, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection, CursorResult, Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from bot.errors import ConfigError, TransientError
from bot.intake.mailbox.base import FetchedMail
from bot.store.migrations import HEAD_REVISION
from bot.store.models import (
    Counter,
    Cursor,
    Event,
    Lease,
    Message,
    MessageState,
    Outbox,
    Ticket,
    Webhook,
    utcnow,
)

log = logging.getLogger(__name__)

#: A ticket reference anywhere in a subject, e.g. "[PRIV-2026-000123]".
REFERENCE_RE = re.compile(r"\b([A-Z][A-Z0-9]{1,15}-\d{4}-\d{6,})\b")
_MSGID_RE = re.compile(r"<[^<>\s]+>")
#: Seconds an SQLite write waits for a lock held by another connection (URL ``?timeout=``).
DEFAULT_BUSY_TIMEOUT = 10.0
#: Seconds a worker's claim on one stored message, outbox mail or webhook keeps other
#: workers off it: far longer than processing one message or one SMTP/HTTP exchange takes, so
#: only a worker that died (or hung) loses its claim; another then takes the row over.
CLAIM_SECONDS = 300.0
#: Key of the PostgreSQL advisory lock that serialises migrations (any constant of this
#: application's own: "privacy-bot migrate" as bytes, cut to a signed 64-bit integer).
MIGRATION_LOCK = int.from_bytes(b"pbot-mig", "big") & 0x7FFF_FFFF_FFFF_FFFF
#: PostgreSQL refusals at login that no retry can cure: the config must change (lower case).
_PG_LOGIN_REFUSED = ("authentication failed", "does not exist", "no pg_hba.conf entry",
                     "not permitted to log in", "permission denied")


def engine_url(url: str) -> str:
    """The SQLAlchemy URL to open for the configured ``url``: ``postgresql://`` and
    ``postgres://`` (libpq's spellings, which SQLAlchemy would open with psycopg2, or refuse)
    become ``postgresql+psycopg://`` (psycopg 3, the driver this project installs); any other
    URL, a named driver included, is returned as it is."""
    for scheme in ("postgresql://", "postgres://"):
        if url.startswith(scheme):
            return "postgresql+psycopg://" + url[len(scheme):]
    return url


def transient(exc: DBAPIError, dialect: str) -> bool:
    """Whether an error of the ``dialect`` ("sqlite", "postgresql") database may go away by
    itself, so the work is retried later rather than failed: a connection that broke (any
    database); SQLite's "database is locked", "busy" or "disk full"; any PostgreSQL
    OperationalError (SQLSTATE classes 08 connection, 40 serialization failure or deadlock,
    53 insufficient resources, 57 shutdown: never a mistake in a statement) except a login
    the server refused (:data:`_PG_LOGIN_REFUSED`)."""
    if exc.connection_invalidated:
        return True
    if not isinstance(exc, OperationalError):
        return False
    text = str(exc.orig).lower()
    if dialect == "postgresql":
        return not any(refusal in text for refusal in _PG_LOGIN_REFUSED)
    return any(word in text for word in ("locked", "full", "busy", "disk"))


def _body_digest(raw: bytes) -> str:
    """SHA-256 of everything after the first empty line (RFC 5322 §2.1: header, then body),
    line ends made LF; of the whole mail when there is no empty line."""
    text = raw.replace(b"\r\n", b"\n")
    head, sep, body = text.partition(b"\n\n")
    return hashlib.sha256(body if sep else head).hexdigest()


def message_id_of(raw: bytes) -> str:
    """Return the Message-ID (with angle brackets) of raw mail, or "" when absent/unreadable.

    Reads headers only; never raises.
    """
    try:
        headers = BytesHeaderParser(policy=compat32).parsebytes(raw[:65536])
        value = str(headers.get("Message-ID", "") or "")
    except Exception:  # noqa: BLE001 - bad headers are the parser's business, not ours
        return ""
    found = _MSGID_RE.search(value)
    return found.group(0) if found else value.strip()[:998]


def message_ids_in(values: Iterable[str | None]) -> list[str]:
    """All ``<id>`` tokens in In-Reply-To/References-style header values (RFC 5322 §3.6.4)."""
    out: list[str] = []
    for v in values:
        if v:
            out.extend(_MSGID_RE.findall(v))
    return out


@dataclass(frozen=True)
class ArchiveItem:
    """A message that is committed but whose server copy is still in the inbox."""

    row_id: int
    uid: str
    folder: str


class Store:
    """The ticket store on one SQLAlchemy URL (``sqlite:///PATH``, or ``postgresql://…``:
    see :func:`engine_url`).

    Raises :class:`bot.errors.TransientError` from :meth:`begin` when the database is locked,
    unreachable or the disk is full (the worker stops taking mail and retries later). For
    SQLite, ``?timeout=SECONDS`` in ``url`` sets how long a write waits for another
    connection's lock first (default :data:`DEFAULT_BUSY_TIMEOUT`). On PostgreSQL each
    pooled connection is tested before use, so a server restart costs no failed transaction.
    """

    def __init__(self, url: str) -> None:
        """Raises ConfigError (key ``store.url``) for a URL whose database driver is missing."""
        self.url = url
        try:
            opened = make_url(engine_url(url))
            pg = opened.get_backend_name() == "postgresql"
            self.engine: Engine = create_engine(opened, future=True, pool_pre_ping=pg)
        except (ImportError, ArgumentError) as exc:
            raise ConfigError("store.url", f"cannot use {url.split(':', 1)[0]}: {exc}") from exc
        #: for bookkeeping commits that need not survive a power cut on their own (see begin)
        self.light_engine: Engine = self.engine
        if self.engine.dialect.name == "sqlite":
            # How long a write waits for another connection's lock before "database is
            # locked" (then TransientError): ``?timeout=SECONDS`` in the URL, as sqlite3 names
            # it; 10 s by default.
            given = self.engine.url.query.get("timeout")
            busy = float(given) if isinstance(given, str) else DEFAULT_BUSY_TIMEOUT
            event.listen(self.engine, "connect",
                         partial(_sqlite_pragmas, busy_ms=busy * 1000, synchronous="FULL"))
            self.light_engine = create_engine(url, future=True)
            event.listen(self.light_engine, "connect",
                         partial(_sqlite_pragmas, busy_ms=busy * 1000, synchronous="NORMAL"))
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._light_sessions = sessionmaker(self.light_engine, expire_on_commit=False)

    def migrate(self) -> None:
        """Bring the schema to the newest Alembic revision (creates tables on a new database).

        On SQLite, foreign-key enforcement is off while migrating: a migration that has to
        rebuild a table (SQLite cannot alter a column in place) would otherwise fail as soon
        as other rows point at it. Alembic is imported only when the database is behind.
        """
        if self.schema_revision() == HEAD_REVISION:
            return
        from alembic import command
        from alembic.config import Config as AlembicConfig

        cfg = AlembicConfig()
        cfg.set_main_option("script_location", str(resources.files("bot.store") / "migrations"))
        with self.engine.connect() as conn:
            sqlite = conn.dialect.name == "sqlite"
            if sqlite:
                conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
            elif _migration_done_meanwhile(conn):
                conn.commit()
                return
            try:
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
                conn.commit()
            finally:
                if sqlite:
                    conn.exec_driver_sql("PRAGMA foreign_keys=ON")

    def schema_revision(self) -> str | None:
        """The Alembic revision the database is at, or None for a new database.

        Raises ConfigError (key ``store.url``) when the database cannot be opened at all
        (a missing folder, no permission, a server refusing the login or not knowing the
        database), TransientError when it may open later (SQLite locked; a PostgreSQL server
        down, starting or out of connections).
        """
        try:
            with self.engine.connect() as conn:
                return _revision_on(conn)
        except OperationalError as exc:
            dialect = self.engine.dialect.name
            if "locked" in str(exc.orig).lower() or (
                    dialect == "postgresql" and transient(exc, dialect)):
                raise TransientError(f"store unavailable: {exc.orig}") from exc
            raise ConfigError("store.url", f"cannot open the database: {exc.orig}") from exc

    def close(self) -> None:
        """Release every pooled connection."""
        self.engine.dispose()
        self.light_engine.dispose()

    @contextmanager
    def begin(self, durable: bool = True) -> Iterator[Session]:
        """One transaction: commit on success, roll back on any exception.

        ``durable`` (the default): on SQLite the commit is synced to disk (WAL,
        ``synchronous=FULL``) before this returns, so it survives a power cut. With
        ``durable=False`` it survives a crash of the process but not of the machine until
        the next durable commit, which syncs the log with everything before it
        (``synchronous=NORMAL``): for bookkeeping — attempt counts, errors, delivery records,
        fetched raw mail — that the worker always follows with a durable commit before it
        acts outside the store. About 3 ms saved per message on this machine.

        Raises TransientError (chained) for errors that may go away (:func:`transient`:
        "database is locked", "disk full", a PostgreSQL server unreachable or restarting, a
        serialization failure or deadlock).
        """
        session = self._sessions() if durable else self._light_sessions()
        try:
            with session.begin():
                yield session
        except DBAPIError as exc:
            if transient(exc, self.engine.dialect.name):
                raise TransientError(f"store unavailable: {exc.orig}") from exc
            raise
        finally:
            session.close()

    # -- leases and claims -------------------------------------------------------------

    def take_lease(self, name: str, holder: str, now: datetime, seconds: float,
                   replaces: str | None = None) -> bool:
        """Take the lease ``name`` (a mailbox folder's source) for ``holder``, or renew it,
        until ``seconds`` after ``now`` (aware UTC); return whether ``holder`` holds it now.

        It is free when nobody holds it yet or its holder's time ran out (``expires_at <=
        now``, e.g. a worker that was killed). One short transaction: an INSERT that does
        nothing when the row exists, then a conditional UPDATE, each won by one transaction
        only, on SQLite and PostgreSQL alike. The workers' clocks must agree to well within
        ``seconds`` (NTP). ``replaces``: a holder known to be dead (a process of this host
        that no longer runs), whose lease is taken over before its time.
        Raises TransientError while the store is unavailable.
        """
        until = now + timedelta(seconds=seconds)
        free = or_(Lease.holder == holder, Lease.expires_at <= now)
        if replaces is not None:
            free = or_(free, Lease.holder == replaces)
        with self.begin(durable=False) as s:
            created = _changed(s, _insert(s, Lease)
                               .values(name=name, holder=holder, expires_at=until)
                               .on_conflict_do_nothing(index_elements=[Lease.name]))
            return created == 1 or _changed(
                s, update(Lease)
                .where(Lease.name == name, free)
                .values(holder=holder, expires_at=until)
                .execution_options(synchronize_session=False)) == 1

    def lease_holder(self, name: str) -> str | None:
        """Who holds (or last held) the lease ``name``; None when nobody ever took it."""
        with self.begin(durable=False) as s:
            return s.scalar(select(Lease.holder).where(Lease.name == name))

    def release_lease(self, name: str, holder: str) -> None:
        """Give up the lease ``name`` if ``holder`` holds it (a worker stopping), so another
        worker takes it at once rather than at its expiry."""
        with self.begin(durable=False) as s:
            s.execute(delete(Lease).where(Lease.name == name, Lease.holder == holder))

    def claim_due(self, table: type[Outbox] | type[Webhook], row_id: int, worker: str,
                  now: datetime, seconds: float = CLAIM_SECONDS) -> bool:
        """Claim the pending outbox mail or webhook ``row_id`` for ``worker`` before it sends
        it: its ``next_attempt_at`` moves ``seconds`` past ``now`` (aware UTC), so no other
        worker finds it due meanwhile, and ``claimed_by`` names ``worker`` until the attempt
        is recorded (which clears it). Claimable: due (``next_attempt_at <= now``), or
        claimed by ``worker`` itself (restarted after it died mid-send). Returns False when
        another worker claimed or finished it first (one conditional UPDATE: one winner). A
        worker that dies after the send and before recording it leaves the row to be sent
        again, by itself at once or by another once the claim expires: the documented
        send/commit window. Raises TransientError while the store is unavailable."""
        with self.begin(durable=False) as s:
            return _changed(
                s, update(table)
                .where(table.id == row_id, table.status == "pending",
                       or_(table.next_attempt_at <= now, table.claimed_by == worker))
                .values(next_attempt_at=now + timedelta(seconds=seconds), claimed_by=worker)
                .execution_options(synchronize_session=False)) == 1

    # -- fetched mail -------------------------------------------------------------------

    def cursor(self, mailbox: str) -> Cursor | None:
        """The stored UIDVALIDITY/last UID of ``mailbox``, or None before the first poll."""
        with self.begin() as s:
            return s.get(Cursor, mailbox)

    def set_cursor(self, mailbox: str, uidvalidity: int, last_uid: str | None = None,
                   now: datetime | None = None) -> None:
        """Record a successful poll of ``mailbox`` at ``now`` (aware UTC; default the real
        clock), and its UIDVALIDITY and highest UID."""
        with self.begin() as s:
            cur = s.get(Cursor, mailbox)
            if cur is None:
                cur = Cursor(mailbox=mailbox, uidvalidity=uidvalidity, last_uid="")
                s.add(cur)
            cur.uidvalidity = uidvalidity
            if last_uid is not None:
                cur.last_uid = last_uid
            cur.last_poll_at = now or utcnow()

    def known_uids(self, mailbox: str, uidvalidity: int, uids: Sequence[str]) -> set[str]:
        """Which of ``uids`` are already in the store under (mailbox, uidvalidity)."""
        known: set[str] = set()
        with self.begin() as s:
            for start in range(0, len(uids), 500):
                chunk = list(uids[start : start + 500])
                rows = s.scalars(
                    select(Message.uid).where(
                        Message.mailbox == mailbox,
                        Message.uidvalidity == uidvalidity,
                        Message.uid.in_(chunk),
                    )
                )
                known.update(rows)
        return known

    def add_fetched(self, mailbox: str, uidvalidity: int, mails: Sequence[FetchedMail],
                    now: datetime | None = None) -> int:
        """Store fetched mail (raw bytes first, before anything else happens to it), as
        received at ``now`` (aware UTC; default the real clock).

        A mail whose Message-ID and SHA-256 match one already stored (the same mail delivered
        twice, or seen again after a UIDVALIDITY change), or whose Message-ID and body match
        one (the same mail sent to two of the company's addresses: each copy gets its own
        trace fields, ``Received:``, ``Delivered-To:``, above the same message), is stored as
        ``duplicate`` of it and will only be archived to the same folder: one ticket, one
        acknowledgement. Returns how many rows were added.

        Raises TransientError when another worker stored one of ``mails`` at the same time (a
        mailbox lease lost mid-fetch): nothing of this batch is kept, and the next round finds
        the other worker's rows.
        """
        try:
            with self.begin(durable=False) as s:
                return sum(self._add_one(s, mailbox, uidvalidity, mail, now or utcnow())
                           for mail in mails)
        except IntegrityError as exc:  # (mailbox, uidvalidity, uid) taken meanwhile
            raise TransientError("another worker stored some of this mail at the same time; "
                                 "the next round skips what is stored") from exc

    def _add_one(self, s: Session, mailbox: str, uidvalidity: int, mail: FetchedMail,
                 now: datetime) -> bool:
        """Add ``mail`` in ``s`` (see :meth:`add_fetched`); False when its key is stored."""
        exists = s.scalar(select(Message.id).where(Message.mailbox == mailbox,
                                                   Message.uidvalidity == uidvalidity,
                                                   Message.uid == mail.uid))
        if exists is not None:
            return False
        digest = hashlib.sha256(mail.raw).hexdigest()
        msgid = message_id_of(mail.raw)
        original = s.scalar(
            select(Message)
            .where(
                Message.sha256 == digest,
                Message.message_id == msgid,
                Message.duplicate_of.is_(None),
            )
            .limit(1)
        ) or (self._same_mail_delivered_again(s, msgid, mail.raw) if msgid else None)
        row = Message(mailbox=mailbox, uidvalidity=uidvalidity, uid=mail.uid, message_id=msgid,
                      sha256=digest, raw=mail.raw, size=len(mail.raw),
                      state=MessageState.STORED, received_at=now, arrived_at=mail.arrived_at)
        if original is not None:
            row.state = MessageState.DUPLICATE
            row.duplicate_of = original.id
            row.outcome = original.outcome
            row.folder = original.folder
            row.ticket_id = original.ticket_id
            row.reason = f"duplicate of message #{original.id}"
        s.add(row)
        s.flush()
        if original is not None:
            s.add(Event(ticket_id=original.ticket_id, message_row_id=row.id,
                        kind="duplicate", detail={"of": original.id}))
            log.info("message #%d is the same mail as #%d: not processed again",
                     row.id, original.id)
        return True

    @staticmethod
    def _same_mail_delivered_again(s: Session, message_id: str, raw: bytes) -> Message | None:
        """A stored original with ``message_id`` whose body (all after the header block) is
        ``raw``'s, or None."""
        body = _body_digest(raw)
        for candidate in s.scalars(
                select(Message).where(Message.message_id == message_id,
                                      Message.duplicate_of.is_(None)).order_by(Message.id)
                .limit(20)):
            if _body_digest(candidate.raw) == body:
                return candidate
        return None

    def stored_copies(self, raws: Sequence[bytes]) -> set[bytes]:
        """Those of ``raws`` already stored: same SHA-256 and Message-ID as a stored mail,
        i.e. mail that would be recognised as a duplicate and not processed again."""
        by_digest = {hashlib.sha256(raw).hexdigest(): raw for raw in raws}
        with self.begin(durable=False) as s:
            found = s.execute(select(Message.sha256, Message.message_id)
                              .where(Message.sha256.in_(list(by_digest)))).all()
        return {by_digest[d] for d, msgid in found if msgid == message_id_of(by_digest[d])}

    def unprocessed(self, mailbox: str | None = None, limit: int = 500,
                    claimable_at: datetime | None = None, worker: str = "") -> list[int]:
        """Row ids in state ``stored`` (new, or left unfinished by a crash), oldest first;
        with ``claimable_at`` (aware UTC) only those ``worker`` may claim at that time: no
        other worker's claim covers them (see :meth:`start_attempt`)."""
        with self.begin() as s:
            q = select(Message.id).where(Message.state == MessageState.STORED)
            if mailbox is not None:
                q = q.where(Message.mailbox == mailbox)
            if claimable_at is not None:
                q = q.where(or_(Message.claimed_until.is_(None),
                                Message.claimed_until <= claimable_at,
                                Message.claimed_by == worker))
            return list(s.scalars(q.order_by(Message.id).limit(limit)))

    def to_archive(self, mailbox: str, uidvalidity: int) -> list[ArchiveItem]:
        """Committed, quarantined or duplicate messages whose server copy has not been moved."""
        with self.begin() as s:
            rows = s.execute(
                select(Message.id, Message.uid, Message.folder, Message.duplicate_of).where(
                    Message.mailbox == mailbox,
                    Message.uidvalidity == uidvalidity,
                    Message.state.in_(
                        [MessageState.COMMITTED, MessageState.QUARANTINED, MessageState.DUPLICATE]
                    ),
                )
            ).all()
            items = []
            for row_id, uid, folder, dup_of in rows:
                if folder is None and dup_of is not None:
                    # the original was still in progress when this copy arrived
                    original = s.get(Message, dup_of)
                    if original is None or original.folder is None:
                        continue
                    folder = original.folder
                if folder:
                    items.append(ArchiveItem(row_id, uid, folder))
            return items

    def mark_archived(self, row_ids: Sequence[int], folder: str) -> None:
        """Record that the server copies of ``row_ids`` are now in ``folder``."""
        with self.begin(durable=False) as s:
            s.execute(
                update(Message)
                .where(Message.id.in_(list(row_ids)))
                .values(state=MessageState.ARCHIVED, folder=folder, updated_at=utcnow())
            )

    def raw_of(self, row_id: int) -> bytes | None:
        """The raw bytes of stored message ``row_id`` (None when it is gone or no longer
        ``stored``), read without counting an attempt: for reading ahead."""
        with self.begin(durable=False) as s:
            return s.scalar(select(Message.raw).where(Message.id == row_id,
                                                      Message.state == MessageState.STORED))

    def start_attempt(self, row_id: int, worker: str = "", now: datetime | None = None,
                      claim_seconds: float = CLAIM_SECONDS) -> Message | None:
        """Claim ``row_id`` for ``worker`` until ``claim_seconds`` after ``now`` (aware UTC;
        default the real clock), count one more processing attempt and return the row (raw
        bytes included); None when it is gone, no longer ``stored``, or claimed by another
        worker whose claim has not expired.

        One conditional UPDATE: of several workers claiming at once exactly one wins, so only
        one runs the stages on it. ``worker`` may claim again what it claimed itself (a
        restarted worker of the same name resumes at once). Committed before the work
        starts, so a message that kills the process is still counted; ``attempts`` on the
        returned row includes this one. Raises TransientError while the store is unavailable.
        """
        now = now or utcnow()
        with self.begin(durable=False) as s:
            won = _changed(s,
                update(Message)
                .where(Message.id == row_id, Message.state == MessageState.STORED,
                       or_(Message.claimed_until.is_(None), Message.claimed_until <= now,
                           Message.claimed_by == worker))
                .values(attempts=Message.attempts + 1, claimed_by=worker,
                        claimed_until=now + timedelta(seconds=claim_seconds))
                .execution_options(synchronize_session=False))
            return s.get(Message, row_id) if won == 1 else None

    def forget_attempt(self, row_id: int) -> None:
        """Take back the attempt :meth:`start_attempt` counted, when the work stopped for a
        transient reason (store or server unavailable): an outage is not the message's fault
        and must not bring it nearer to quarantine. Raises TransientError while the store is
        unavailable (the attempt then stays counted)."""
        with self.begin(durable=False) as s:
            msg = s.get(Message, row_id, with_for_update=True)
            if msg is not None and msg.attempts > 0:
                msg.attempts -= 1
                msg.claimed_until = None

    def record_error(self, row_id: int, error: str) -> None:
        """Keep the error of the last failed attempt of ``row_id`` (and an audit event), and
        release its claim: the next attempt may be any worker's."""
        with self.begin(durable=False) as s:
            msg = s.get(Message, row_id)
            if msg is not None:
                msg.last_error = error[:2000]
                msg.claimed_until = None
                s.add(Event(ticket_id=msg.ticket_id, message_row_id=row_id, kind="error",
                            detail={"error": error[:500], "attempt": msg.attempts}))

    def requeue(self, row_id: int, actor: str = "cli") -> bool:
        """Put a quarantined message back to ``stored`` with its attempts reset.

        ``actor`` is recorded in the event ``requeued``. Returns False when ``row_id`` is not
        quarantined, or its raw copy was erased under
        the retention policy (``purged_at``). Its server copy stays in the quarantine folder;
        the store's raw copy is what gets processed.
        """
        with self.begin() as s:
            msg = s.get(Message, row_id, with_for_update=True)
            if msg is None or msg.outcome != "quarantine" or msg.purged_at is not None:
                return False
            msg.state = MessageState.STORED
            msg.outcome = None
            msg.attempts = 0
            msg.claimed_until = None
            s.add(Event(message_row_id=row_id, kind="requeued", actor=actor))
            return True

    # -- tickets ------------------------------------------------------------------------

    @staticmethod
    def next_reference(s: Session, prefix: str, when: datetime) -> str:
        """Allocate the next reference, e.g. ``PRIV-2026-000123`` (sequence per year).

        One atomic statement (INSERT … ON CONFLICT DO UPDATE … RETURNING) on SQLite and
        PostgreSQL alike: a second transaction numbering at the same time waits for the
        counter row until the first ends, then counts on from its number (the first of a
        year included), so no reference is ever issued twice. A number whose transaction
        rolls back is given again.
        """
        upsert = _insert(s, Counter).values(year=when.year, value=1)
        value = s.execute(
            upsert.on_conflict_do_update(index_elements=[Counter.year],
                                         set_={"value": Counter.value + 1})
            .returning(Counter.value)
        ).scalar_one()
        return f"{prefix}-{when.year}-{value:06d}"

    @staticmethod
    def ticket_of_sent(s: Session, message_ids: Sequence[str]) -> Ticket | None:
        """The ticket of a mail the bot sent with one of these Message-IDs, or None."""
        ticket_id = s.scalar(
            select(Outbox.ticket_id)
            .where(Outbox.message_id.in_(list(message_ids)), Outbox.ticket_id.is_not(None))
            .limit(1)
        ) if message_ids else None
        return s.get(Ticket, ticket_id) if ticket_id is not None else None

    @staticmethod
    def thread_ticket(s: Session, message_ids: Sequence[str], subject: str) -> Ticket | None:
        """The ticket a reply belongs to, or None.

        Matches In-Reply-To/References ids against mail the bot sent (outbox) or received
        (messages) for a ticket (RFC 5322 §3.6.4), then a ticket reference in the subject.
        """
        if message_ids:
            sent = Store.ticket_of_sent(s, message_ids)
            if sent is not None:
                return sent
            ticket_id = s.scalar(
                select(Message.ticket_id)
                .where(Message.message_id.in_(list(message_ids)), Message.ticket_id.is_not(None))
                .limit(1)
            )
            if ticket_id is not None:
                return s.get(Ticket, ticket_id)
        for ref in REFERENCE_RE.findall(subject or ""):
            ticket = s.scalar(select(Ticket).where(Ticket.reference == ref))
            if ticket is not None:
                return ticket
        return None

    @staticmethod
    def acknowledgements_since(s: Session, since: datetime, *, person: str | None = None,
                               domain: str | None = None) -> int:
        """How many acknowledgements were queued since ``since``: to ``person`` (a
        :func:`bot.intake.address.person_key`), to anyone at ``domain``, or (neither) to
        anyone."""
        q = select(func.count()).select_from(Outbox).where(
            Outbox.ack_to.is_not(None), Outbox.created_at >= since)
        if person is not None:
            q = q.where(Outbox.ack_to == person)
        if domain is not None:
            q = q.where(Outbox.ack_domain == domain.lower())
        return s.scalar(q) or 0

    def list_tickets(self, status: str | None = None) -> list[Ticket]:
        """Tickets, newest first, optionally of one ``status``."""
        with self.begin() as s:
            q = select(Ticket)
            if status:
                q = q.where(Ticket.status == status)
            return list(s.scalars(q.order_by(Ticket.id.desc())))

    # -- outbox -------------------------------------------------------------------------

    def due_outbox(self, now: datetime, limit: int = 200, worker: str = "") -> list[Outbox]:
        """Pending outbox rows whose next attempt is due, or that ``worker`` claimed and did
        not finish (see :meth:`claim_due`), oldest first."""
        with self.begin() as s:
            return list(
                s.scalars(
                    select(Outbox)
                    .where(Outbox.status == "pending",
                           or_(Outbox.next_attempt_at <= now, Outbox.claimed_by == worker))
                    .order_by(Outbox.id)
                    .limit(limit)
                )
            )

    def next_delivery_at(self) -> datetime | None:
        """When the earliest pending outbox mail is due for its next attempt (aware UTC), or
        None when nothing waits to be sent."""
        with self.begin() as s:
            return s.scalar(
                select(func.min(Outbox.next_attempt_at)).where(Outbox.status == "pending")
            )


def _migration_done_meanwhile(conn: Connection) -> bool:
    """On PostgreSQL, wait for the lock of the migrations (a transaction-level advisory lock,
    :data:`MIGRATION_LOCK`, held until ``conn`` commits), then tell whether another process
    brought the schema to the head meanwhile. Several workers started at once so migrate one
    after the other: one does the work, the others find it done."""
    from sqlalchemy import text

    conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
    return _revision_on(conn) == HEAD_REVISION


def _revision_on(conn: Connection) -> str | None:
    """The Alembic revision of the database ``conn`` is on, None for a new database."""
    from sqlalchemy import inspect, text

    if not inspect(conn).has_table("alembic_version"):
        return None
    revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return None if revision is None else str(revision)


def _changed(s: Session, statement: Any) -> int:
    """Execute the INSERT/UPDATE/DELETE ``statement`` in ``s``; how many rows it changed."""
    return int(cast("CursorResult[Any]", s.execute(statement)).rowcount)


def _insert(s: Session, table: Any) -> Any:
    """An INSERT of ``table`` in the dialect of ``s`` (SQLite or PostgreSQL), which both
    know ``ON CONFLICT``."""
    dialect = postgresql if s.get_bind().dialect.name == "postgresql" else sqlite
    return dialect.insert(table)


def _sqlite_pragmas(dbapi_conn: Any, _record: Any, *, busy_ms: float, synchronous: str) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute(f"PRAGMA synchronous={synchronous}")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={int(busy_ms)}")
    cur.close()
    # SQLite's own lower() folds A-Z only; PostgreSQL's (in a UTF-8 locale) every letter.
    # The queue's search lowers both sides, so "zoë" finds "ZOË" on both stores.
    dbapi_conn.create_function("lower", 1, _lower, deterministic=True)


def _lower(value: object) -> object:
    """SQL ``lower(x)`` as Python's str.lower; other values (NULL, numbers) unchanged."""
    return value.lower() if isinstance(value, str) else value


__all__ = ["CLAIM_SECONDS", "REFERENCE_RE", "ArchiveItem", "Store", "engine_url",
           "message_id_of", "message_ids_in", "transient"]
