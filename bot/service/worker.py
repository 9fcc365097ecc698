"""The service loop: fetch new mail into the store, process it, deliver the outbox, archive.

:meth:`Worker.poll_once` does one round and returns how many messages it handled, so tests
can drain a mailbox to empty; :meth:`Worker.run` loops over it until :attr:`Worker.stop` is
set (SIGTERM/SIGINT), waiting with IMAP IDLE (or polling) in between.

Order in a round (getmail: deliver → record → delete): store the raw bytes first; process
each stored message (one transaction per message); queue the digest and reminders, erase what
the retention policy no longer allows to keep (daily); deliver the outbox and the webhooks;
only then move the server copies to their folders. A crash anywhere leaves state the next
round resumes from.

Several workers may share one store (README "Several workers"). Only the worker holding a
mailbox folder's lease (:meth:`bot.store.Store.take_lease`, :data:`LEASE_SECONDS`, renewed
each round and before each fetch batch and each archive step) lists, fetches and moves its
mail; every worker processes the stored messages it claims and delivers the outbox mails and
webhooks it claims (:data:`bot.store.store.CLAIM_SECONDS`). A worker that dies loses its lease
and its claims when they expire; another one takes them over.

Several mailboxes (config ``[[mailbox]]``) are served by one worker in turn: each round
fetches from every mailbox whose lease it holds, then processes, delivers and archives each.
One worker rather than a thread or a process per mailbox: the stages after the fetch (the
reader child process, the store's one-transaction commit, the outbox) are shared and not
made for concurrent callers, the worker's name lease stays one per process, and every
durability rule above holds per mailbox unchanged (each has its own lease, cursor and
UIDVALIDITY). The price: with several mailboxes, the worker waits for new mail by polling
(at most :data:`LEASE_RENEWAL` apart) instead of IMAP IDLE, which watches one folder only.

Fault injection (tests and ``bench/soak.py`` only): see :mod:`bot.service.faults`.
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
import socket
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.config import Config
from bot.errors import BadInputError, PermanentError, TransientError
from bot.intake.mailbox.base import FetchedMail, Mailbox
from bot.outbound.deliver import Deliverer, backoff
from bot.outbound.webhooks import deliver_webhooks, queue_webhooks, start_webhooks
from bot.pipeline.processor import Processor
from bot.service.faults import CRASH_ENV, CrashHook
from bot.service.systemd import Notifier
from bot.staff.digest import maybe_queue_digest
from bot.staff.reminders import queue_reminders
from bot.staff.retention import Purged, purge, purge_archive, purge_due
from bot.store import Store
from bot.store.models import utcnow

log = logging.getLogger(__name__)

#: Messages fetched per FETCH command and stored per transaction.
FETCH_BATCH = 100
#: Bytes of mail held in memory before they are stored (a larger message is stored alone):
#: with the reader in a child process, this is what bounds the worker's own memory.
FETCH_BATCH_BYTES = 32 * 2**20
#: Seconds a mailbox folder's lease lasts after it was taken or renewed: a worker that dies
#: (killed, machine lost) holds it at most this long before another worker reads the folder.
LEASE_SECONDS = 60.0
#: Longest wait between two rounds, in seconds, so that the holder renews its lease well
#: before it expires and the other workers find it free soon after.
LEASE_RENEWAL = LEASE_SECONDS / 3
#: Seconds between two looks at the store while another worker holds the mailbox lease: a
#: worker without it wakes this soon after the holder stored new mail (or a claim expired).
STORE_LOOK = 1.0


#: Prefix of the lease each live worker holds on its name (:meth:`Worker._hold_name`).
NAME_LEASE = "worker:"


def _gone_from_this_host(holder: str) -> bool:
    """Whether ``holder`` (``host/pid/random``, see :meth:`Worker._hold_name`) was a process
    of this host that no longer runs (its pid is gone, or is this process: reused)."""
    host, _, rest = holder.partition("/")
    pid = rest.partition("/")[0]
    if host != socket.gethostname() or not pid.isdigit():
        return False
    if int(pid) == os.getpid():
        return True
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False  # alive, another user's
    return False


def default_worker_name() -> str:
    """The name a worker holds leases and claims under when none is given: the host's name.
    A worker restarted on the same host (after a crash or a kill) so resumes its own lease
    and claims at once; a second worker on the same host must be given a name of its own
    (``privacy-bot run --worker NAME``; the template unit uses ``%H-%i``)."""
    return socket.gethostname()


@dataclass(eq=False)
class Inbox:
    """One mailbox a worker serves, and what the worker knows of it: whether it holds the
    mailbox's lease, the UIDVALIDITY of its open connection (None while closed), and the
    UIDs it listed in the current round (only those are moved when archiving; None when it
    did not read the mailbox this round)."""

    mailbox: Mailbox
    holding: bool = False
    uidvalidity: int | None = None
    listed: frozenset[str] | None = None


class Worker:
    """One worker over one mailbox or several (served in turn, see the module docstring).
    ``stop`` ends :meth:`run` between two messages.

    ``crash`` is the fault-injection hook; by default it is read from the environment
    (:data:`CRASH_ENV`) once, here, and does nothing when the variable is unset. ``clock``
    returns the current time (aware UTC datetime); tests pass a fixed one, so nothing the
    worker decides by the time of day (the digest, the next delivery) reads the real clock;
    the mailbox lease and the claims expire by it too. ``name`` is what the worker holds
    leases and claims under (default :func:`default_worker_name`): two live workers must
    never share one; a worker restarted under its old name resumes its own claims at once.
    """

    def __init__(
        self,
        config: Config,
        store: Store,
        mailbox: Mailbox | Sequence[Mailbox],
        processor: Processor,
        deliverer: Deliverer,
        stop: threading.Event | None = None,
        notifier: Notifier | None = None,
        crash: CrashHook | None = None,
        clock: Callable[[], datetime] = utcnow,
        name: str | None = None,
    ) -> None:
        self.config = config
        self.store = store
        self.inboxes = [Inbox(m) for m in
                        ([mailbox] if not isinstance(mailbox, Sequence) else mailbox)]
        if not self.inboxes:
            raise ValueError("a worker needs at least one mailbox")
        self.processor = processor
        self.deliverer = deliverer
        self.stop = stop or threading.Event()
        self.notifier = notifier or Notifier(env={})
        self.crash = crash if crash is not None else CrashHook(os.environ.get(CRASH_ENV))
        self.clock = clock
        self.name = name or default_worker_name()
        #: this process, as the holder of the name's lease: host/pid/random
        self._token = f"{socket.gethostname()}/{os.getpid()}/{secrets.token_hex(4)}"
        self._ready = False
        self._failures = 0
        self._next_purge_check: datetime | None = None
        self._webhooks_started = False

    @property
    def mailbox(self) -> Mailbox:
        """The first (with one mailbox, the only) mailbox served."""
        return self.inboxes[0].mailbox

    # -- one round ----------------------------------------------------------------------

    def poll_once(self) -> int:
        """Fetch, process, deliver, archive once; return how many messages were processed.

        Raises TransientError (server or store unavailable: retry later) and PermanentError
        (e.g. login rejected: stop).
        """
        if self.config.webhooks.url and not self._webhooks_started:
            start_webhooks(self.store)  # once, before any event of this worker exists
            self._webhooks_started = True
        self._hold_name()
        for inbox in self.inboxes:
            self._read(inbox)
        handled = sum(self._process_stored(inbox) for inbox in self.inboxes)
        maybe_queue_digest(self.config, self.store, self.processor.renderer, self.clock())
        queue_reminders(self.config, self.store, self.processor.renderer, self.clock())
        self._purge_daily()
        self._deliver()
        if self._webhooks_started:  # events for the systems that hold the data
            queue_webhooks(self.config, self.store, self.clock())
            deliver_webhooks(self.config, self.store, self.clock(), worker=self.name)
        self.crash("before-archive")
        for inbox in self.inboxes:
            # renewed: processing may have taken a while
            if inbox.listed is not None and self._hold_lease(inbox):
                self._archive(inbox, self._open(inbox))
        return handled

    def _read(self, inbox: Inbox) -> None:
        """List ``inbox``'s mailbox and store its new mail, when this worker holds its lease
        (else another worker reads it: left alone). Sets ``inbox.listed``. Raises
        TransientError and PermanentError as :meth:`poll_once`."""
        inbox.listed = None
        if self._hold_lease(inbox):
            uidvalidity = self._open(inbox)
            uids = inbox.mailbox.list_uids()
            self._fetch_new(inbox, uidvalidity, uids)
            inbox.listed = frozenset(uids)

    def _hold_lease(self, inbox: Inbox) -> bool:
        """Take or renew the lease on ``inbox``'s mailbox folder (:data:`LEASE_SECONDS`);
        return whether it holds it. A worker that lost it closes that mailbox connection.
        Raises TransientError while the store is unavailable."""
        source = inbox.mailbox.source
        held = self.store.take_lease(source, self.name, self.clock(), LEASE_SECONDS)
        if held != inbox.holding:
            log.info("%s: %s", source,
                     "lease taken: this worker reads the mailbox" if held else
                     "another worker reads the mailbox: processing and delivering only")
            if not held:
                self._reset_connection(inbox)
        inbox.holding = held
        return held

    def _hold_name(self) -> None:
        """Take or renew the lease on this worker's name (``worker:NAME``) for this process:
        leases and claims are held under the name, so two live processes of one name would
        both think them theirs (and could send one acknowledgement twice). The name of a
        process of this host that is gone (killed, crashed) is taken over at once.

        Raises PermanentError when a live worker of the same name holds it, and
        TransientError while the store is unavailable."""
        key = NAME_LEASE + self.name
        if self.store.take_lease(key, self._token, self.clock(), LEASE_SECONDS):
            return
        holder = self.store.lease_holder(key) or ""
        if _gone_from_this_host(holder) and self.store.take_lease(
                key, self._token, self.clock(), LEASE_SECONDS, replaces=holder):
            return
        raise PermanentError(
            f"another worker named {self.name!r} is running ({holder.split('/')[0]}); give "
            "each worker a name of its own: privacy-bot run --worker NAME")

    def _release_lease(self) -> None:
        """Give the leases up (the worker is stopping), so another worker reads the mailbox
        at once; left to expire when the store is unavailable."""
        with contextlib.suppress(TransientError):
            for inbox in self.inboxes:
                if inbox.holding:
                    self.store.release_lease(inbox.mailbox.source, self.name)
            self.store.release_lease(NAME_LEASE + self.name, self._token)
        for inbox in self.inboxes:
            inbox.holding = False

    def _open(self, inbox: Inbox) -> int:
        """Open ``inbox``'s mailbox unless open; return its UIDVALIDITY (RFC 3501 §2.3.1.1),
        recorded in its cursor. Raises TransientError and PermanentError as
        :meth:`poll_once`."""
        if inbox.uidvalidity is None:
            source = inbox.mailbox.source
            uidvalidity = inbox.mailbox.open()
            cursor = self.store.cursor(source)
            if cursor is not None and cursor.uidvalidity != uidvalidity:
                log.warning(
                    "UIDVALIDITY of %s changed from %d to %d: re-reading the folder; mail "
                    "already handled is recognised by Message-ID and content and not redone",
                    source, cursor.uidvalidity, uidvalidity,
                )
            self.store.set_cursor(source, uidvalidity, now=self.clock())
            inbox.uidvalidity = uidvalidity
        return inbox.uidvalidity

    def _fetch_new(self, inbox: Inbox, uidvalidity: int, uids: list[str]) -> None:
        """Store the mail of ``uids`` not stored yet, in batches, renewing the lease before
        each; then record the last UID in the cursor."""
        source = inbox.mailbox.source
        known = self.store.known_uids(source, uidvalidity, uids)
        new = [u for u in uids if u not in known]
        for start in range(0, len(new), FETCH_BATCH):
            if start and not self._hold_lease(inbox):
                return  # another worker has the folder now and fetches the rest
            batch: list[FetchedMail] = []
            size = 0
            for mail in inbox.mailbox.fetch(new[start : start + FETCH_BATCH]):
                batch.append(mail)
                size += len(mail.raw)
                if size >= FETCH_BATCH_BYTES:  # stored before more is held in memory
                    self._store_fetched(source, uidvalidity, batch)
                    batch, size = [], 0
            if batch:
                self._store_fetched(source, uidvalidity, batch)
        last = uids[-1] if uids else None
        # a durable commit: it also syncs the raw mail stored just before (one WAL, in order)
        self.store.set_cursor(source, uidvalidity, last, now=self.clock())

    def _store_fetched(self, source: str, uidvalidity: int, batch: list[FetchedMail]) -> None:
        self.store.add_fetched(source, uidvalidity, batch, self.clock())
        self.crash("after-store")

    def _process_stored(self, inbox: Inbox) -> int:
        """Process the stored messages of ``inbox``'s mailbox this worker may claim; return
        how many reached an outcome."""
        handled = 0
        ids = self.store.unprocessed(inbox.mailbox.source, claimable_at=self.clock(),
                                     worker=self.name)
        for n, row_id in enumerate(ids):
            if self.stop.is_set():
                break
            if self.process_one(row_id, ids[n + 1] if n + 1 < len(ids) else None):
                handled += 1
        return handled

    def process_one(self, row_id: int, ahead: int | None = None) -> bool:
        """Process one stored message; quarantine it after ``bot.max_attempts`` failures.
        ``ahead``: the row to be processed next, which the reader may start reading while
        this one is committed (issue 18: reading and committing overlap on two cores).

        Returns True when the message reached an outcome (quarantine included); False when it
        failed, or another worker claimed it first (:meth:`bot.store.Store.start_attempt`).
        Re-raises TransientError (the store or a server is down: the message stays
        ``stored``, and the attempt is taken back when the store allows, since an outage is
        not the message's fault). The attempt is counted before the work, so a message that
        kills the process every time is still quarantined after ``bot.max_attempts`` starts.
        """
        row = self.store.start_attempt(row_id, self.name, self.clock())
        if row is None:
            return False
        attempts = row.attempts
        if attempts > self.config.bot.max_attempts:
            self.processor.quarantine(row_id, f"failed {attempts - 1} times; last error kept")
            return True
        self.crash("before-process")
        try:
            done = self.processor.process(row_id, row.raw, row.received_at,
                                          self.store.raw_of(ahead) if ahead else None) is not None
            self.crash("after-commit")
            return done
        except TransientError:
            with contextlib.suppress(TransientError):
                self.store.forget_attempt(row_id)
            raise
        except BadInputError as exc:
            self.store.record_error(row_id, str(exc))
            self.processor.quarantine(row_id, f"bad input: {exc}")
            return True
        except Exception as exc:  # noqa: BLE001 - any stage bug must not stop the loop
            error = f"{type(exc).__name__}: {exc}"
            log.exception("message #%d failed (attempt %d): %s", row_id, attempts, error[:200])
            self.store.record_error(row_id, error)
            if attempts >= self.config.bot.max_attempts:
                self.processor.quarantine(row_id, error)
                return True
            return False

    def _purge_daily(self) -> None:
        """Erase what the retention policy no longer allows to keep, once a day
        (:mod:`bot.staff.retention`); the store is asked at most hourly whether it is due."""
        now = self.clock()
        if self._next_purge_check is not None and now < self._next_purge_check:
            return
        self._next_purge_check = now + timedelta(hours=1)
        if purge_due(self.store, now):
            done = purge(self.config, self.store, now)
            if done != Purged():
                log.info("retention: erased %d ticket(s), %d message(s), %d sent mail(s)",
                         done.tickets, done.messages, done.mails)
            for inbox in self.inboxes:  # the archive folders are the lease holder's to touch
                if inbox.holding:
                    self._purge_archive(inbox, now)

    def _purge_archive(self, inbox: Inbox, now: datetime) -> None:
        """Delete from ``inbox``'s archive folders the originals whose mail was erased
        (:func:`bot.staff.retention.purge_archive`); a failure is logged, left for tomorrow."""
        try:
            filed = purge_archive(self.config, self.store, inbox.mailbox, now)
        except TransientError as exc:  # the rest stays due for tomorrow's run
            log.warning("retention: the archive folders of %s could not be purged: %s",
                        inbox.mailbox.source, exc)
        else:
            if filed:
                log.info("retention: deleted %d original(s) from the archive folders of %s",
                         filed, inbox.mailbox.source)

    def _deliver(self) -> None:
        """Send every due outbox mail: one call sends at most one batch (200), so call again
        while a call sends something (a backlog of 450 acknowledgements otherwise waited for
        two more rounds, and a ``--once`` run left them unsent). Mail that fails is given a
        later attempt time, so the loop ends. One batch is sent even after a stop request:
        what was committed in this round goes out before the worker exits."""
        while self.deliverer.deliver_due(on_sent=lambda _row: self.crash("after-send"),
                                         worker=self.name) > 0:
            if self.stop.is_set():
                break

    def _archive(self, inbox: Inbox, uidvalidity: int) -> None:
        """Move the server copies of ``inbox``'s processed messages (those listed this
        round) to their folders, then record them ``archived``."""
        by_folder: dict[str, list[tuple[int, str]]] = defaultdict(list)
        for item in self.store.to_archive(inbox.mailbox.source, uidvalidity):
            by_folder[item.folder].append((item.row_id, item.uid))
        for folder, items in by_folder.items():
            present = [uid for _, uid in items if uid in (inbox.listed or ())]
            if present:
                inbox.mailbox.move(present, folder)
                self.crash("after-move")
            self.store.mark_archived([row_id for row_id, _ in items], folder)

    # -- the loop -----------------------------------------------------------------------

    def drain(self) -> int:
        """Poll until a round handles nothing and nothing is left for this worker (see
        :meth:`_nothing_left`), then close the mailbox connection and give up the lease;
        return how many messages were processed. Mail another worker is still processing is
        left to it (and archived by the lease holder's next round)."""
        total = 0
        try:
            while not self.stop.is_set():
                handled = self.poll_once()
                total += handled
                if handled == 0 and self._nothing_left():
                    break
        finally:
            self._reset_connections()
            self._release_lease()
        return total

    def _nothing_left(self) -> bool:
        """Whether, in every mailbox served, no stored message is left that this worker
        could claim now and, while it holds the lease, no server copy is left to move."""
        if self._claimable():
            return False
        return not any(inbox.holding and inbox.uidvalidity is not None
                       and self.store.to_archive(inbox.mailbox.source, inbox.uidvalidity)
                       for inbox in self.inboxes)

    def run(self, once: bool = False) -> int:
        """Run until stopped (or, with ``once``, until the mailbox is drained).

        Transient failures, and unexpected errors outside a message's stages (a bug in
        delivery or archiving), are retried with capped exponential backoff, logged once per
        outage. Returns the exit status: 0 after a stop or a drained ``once`` run, 2 when a
        permanent error (e.g. IMAP login rejected) makes going on pointless.
        """
        self.processor.warm_up()
        while not self.stop.is_set():
            try:
                if once:
                    self.drain()
                    return 0
                handled = self.poll_once()
                self._round_succeeded(handled)
                if handled == 0:
                    self._wait()
            except PermanentError as exc:
                log.error("stopping: %s", exc)
                return 2
            except TransientError as exc:
                self._retry_later(f"mail or store unavailable, retrying with backoff: {exc}")
            except Exception as exc:  # noqa: BLE001 - a bug outside one message's stages
                # (delivery, archiving) must not end the service: under systemd that is a
                # restart loop. Logged with its traceback once per outage, then retried.
                if not self._failures:
                    log.exception("round failed")
                self._retry_later(f"round failed, retrying with backoff: "
                                  f"{type(exc).__name__}: {exc}")
        self._reset_connections()
        self._release_lease()
        return 0

    def _retry_later(self, why: str) -> None:
        """Count a failed round, log ``why`` once per outage, wait with capped backoff
        (1-60 s)."""
        self._failures += 1
        if self._failures == 1:
            log.warning("%s", why)
            self.notifier.status(why[:200])
        self._reset_connections()
        self.stop.wait(backoff(self._failures, first=1.0, cap=60.0))

    def _round_succeeded(self, handled: int) -> None:
        if self._failures:
            log.info("recovered after %d failed round(s)", self._failures)
            self._failures = 0
        if not self._ready:
            self.notifier.ready("watching the mailbox")
            self._ready = True
        self.notifier.watchdog()
        if handled:
            self.notifier.status(f"processed {handled} message(s) in the last round")

    def _wait(self) -> None:
        """Wait for new mail (IMAP IDLE or polling) while holding the lease of the one
        mailbox served; with several, or without the lease, touch no mailbox and look at the
        store every :data:`STORE_LOOK` seconds instead, returning as soon as it holds a
        message this worker could claim (the holder stored a backlog: share it now, not
        after the whole wait). Returns early when :attr:`stop` is set. Raises TransientError
        while the store is unavailable."""
        if len(self.inboxes) == 1 and self.inboxes[0].holding:
            self.mailbox.wait(self._wait_seconds(), self.stop)
            return
        deadline = time.monotonic() + self._wait_seconds()
        while not self.stop.wait(max(0.0, min(STORE_LOOK, deadline - time.monotonic()))):
            if time.monotonic() >= deadline or self._claimable():
                return

    def _claimable(self) -> bool:
        """Whether a stored message of a mailbox served waits that this worker could claim
        now."""
        return any(self.store.unprocessed(inbox.mailbox.source, limit=1,
                                          claimable_at=self.clock(), worker=self.name)
                   for inbox in self.inboxes)

    def _wait_seconds(self) -> float:
        """How long to wait for mail (seconds): the poll interval, shorter when an outbox mail
        is due for its next attempt sooner, the systemd watchdog needs a ping sooner, or the
        lease is to be renewed (or looked at again) sooner (:data:`LEASE_RENEWAL`)."""
        seconds = min(*(m.poll_interval for m in self.config.served_mailboxes()),
                      LEASE_RENEWAL)
        due = self.store.next_delivery_at()
        if due is not None:
            seconds = min(seconds, max(1.0, (due - self.clock()).total_seconds()))
        if self.notifier.watchdog_interval:
            seconds = min(seconds, self.notifier.watchdog_interval)
        return seconds

    def _reset_connections(self) -> None:
        for inbox in self.inboxes:
            self._reset_connection(inbox)

    @staticmethod
    def _reset_connection(inbox: Inbox) -> None:
        try:
            inbox.mailbox.close()
        except Exception:  # noqa: BLE001 - closing a broken connection may fail in any way
            log.debug("close failed", exc_info=True)
        inbox.uidvalidity = None

