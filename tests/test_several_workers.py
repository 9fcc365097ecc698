"""Several workers on one store and one Maildir (README "Several workers"): the mailbox
lease, the claims on stored messages and outbox rows, a dead worker's lease and claims taken
over once they expire. Each test runs on SQLite and PostgreSQL (``store_url``); the clock is
injected, so expiry is reached by setting it, never by waiting."""

from __future__ import annotations

import mailbox
import threading
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot.errors import PermanentError
from bot.intake.mailbox.base import FetchedMail
from bot.service.app import App
from bot.service.worker import LEASE_RENEWAL, LEASE_SECONDS, NAME_LEASE, Worker
from bot.store import Event, Message, MessageState, Outbox, Store, Ticket
from bot.store.store import CLAIM_SECONDS
from tests.queue_helpers import RECEIVED, deliver, make_app, sent_mail

T0 = RECEIVED


class Clock:
    """A clock the test sets (aware UTC); every app of a test reads the same one."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def request(n: int) -> bytes:
    """A deletion request from a sender of its own (no per-sender acknowledgement limit)."""
    return (f"From: Person {n} <person{n}@example{n}.org>\nTo: privacy@example.com\n"
            f"Subject: Delete my data\nMessage-ID: <multi-{n}@example.org>\n\n"
            "Please delete all my personal data and my order history.\n").encode()


def in_inbox(tmp_path: Path) -> int:
    box = mailbox.Maildir(tmp_path / "mail", create=False)
    return len(box)


def filed(tmp_path: Path) -> int:
    box = mailbox.Maildir(tmp_path / "mail", create=False)
    return len(box.get_folder("Privacy.Requests"))


def store_fetched(worker: Worker) -> None:
    """The lease holder's first steps of a round: take the lease, store what is waiting."""
    (inbox,) = worker.inboxes
    assert worker._hold_lease(inbox)
    worker._fetch_new(inbox, worker._open(inbox), worker.mailbox.list_uids())


# -- the store's leases and claims ------------------------------------------------------


def test_a_lease_has_one_holder_until_it_expires(store: Store) -> None:
    assert store.take_lease("inbox", "a", T0, 60)
    assert not store.take_lease("inbox", "b", T0, 60)
    assert store.take_lease("inbox", "a", T0 + timedelta(seconds=30), 60)  # renewed to +90
    assert not store.take_lease("inbox", "b", T0 + timedelta(seconds=61), 60)
    assert store.take_lease("other-folder", "b", T0, 60)  # one lease per folder
    assert store.take_lease("inbox", "b", T0 + timedelta(seconds=90), 60)  # a's ran out
    assert not store.take_lease("inbox", "a", T0 + timedelta(seconds=90), 60)
    store.release_lease("inbox", "a")  # not a's: nothing happens
    assert not store.take_lease("inbox", "a", T0 + timedelta(seconds=91), 60)
    store.release_lease("inbox", "b")
    assert store.take_lease("inbox", "a", T0 + timedelta(seconds=91), 60)


def test_a_stored_message_is_claimed_by_one_worker_until_the_claim_expires(
        store: Store) -> None:
    store.add_fetched("inbox", 1, [FetchedMail("1", request(1))], T0)
    (row_id,) = store.unprocessed()
    first = store.start_attempt(row_id, "a", T0)
    assert first is not None and first.attempts == 1
    assert store.start_attempt(row_id, "b", T0 + timedelta(seconds=10)) is None
    assert store.unprocessed(claimable_at=T0 + timedelta(seconds=10)) == []
    assert store.unprocessed() == [row_id]  # still stored
    expired = T0 + timedelta(seconds=CLAIM_SECONDS)
    assert store.unprocessed(claimable_at=expired) == [row_id]
    taken = store.start_attempt(row_id, "b", expired)
    assert taken is not None and (taken.attempts, taken.claimed_by) == (2, "b")
    store.record_error(row_id, "boom")  # released: the next attempt may be anyone's
    assert store.start_attempt(row_id, "a", expired) is not None


def test_an_outbox_row_is_claimed_by_one_worker_until_the_claim_expires(store: Store) -> None:
    with store.begin() as s:
        row = Outbox(kind="alert", message_id="<o-1@example.com>", mail_from="bot@example.com",
                     recipients=["staff@example.com"], raw=b"x", created_at=T0,
                     next_attempt_at=T0)
        s.add(row)
    assert store.claim_due(Outbox, row.id, "a", T0)
    later = T0 + timedelta(seconds=CLAIM_SECONDS - 1)
    assert not store.claim_due(Outbox, row.id, "b", later)
    assert [r.id for r in store.due_outbox(later, worker="b")] == []
    assert [r.id for r in store.due_outbox(later, worker="a")] == [row.id]  # a, restarted
    assert store.claim_due(Outbox, row.id, "a", later)
    assert store.claim_due(Outbox, row.id, "b", later + timedelta(seconds=CLAIM_SECONDS))


# -- workers ------------------------------------------------------------------------------


def drain_together(workers: list[Worker]) -> list[int]:
    """Drain every worker in a thread of its own at once; what each handled. Re-raises the
    first error a worker met."""
    handled = [0] * len(workers)
    errors: list[BaseException] = []

    def drain(i: int) -> None:
        try:
            handled[i] = workers[i].drain()
        except BaseException as exc:  # noqa: BLE001 - handed to the test's thread
            errors.append(exc)

    threads = [threading.Thread(target=drain, args=(i,)) for i in range(len(workers))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]
    return handled


def test_three_workers_drain_a_backlog_each_mail_once(tmp_path: Path, store_url: str) -> None:
    deliver(tmp_path, *(request(n) for n in range(30)))
    apps = [make_app(tmp_path, store_url=store_url) for _ in range(3)]
    workers = [app.worker(name=f"w{i}") for i, app in enumerate(apps)]
    store_fetched(workers[0])
    handled = drain_together(workers)
    assert sum(handled) == 30  # no message processed twice
    # mail another worker committed after the holder's last round: its next round files it
    assert apps[0].worker(name="w0").drain() == 0
    with apps[0].store.begin() as s:
        assert {m.state for m in s.scalars(select(Message))} == {MessageState.ARCHIVED}
        assert s.scalar(select(func.count()).select_from(Message)) == 30
        tickets = s.scalars(select(Ticket)).all()
        assert len(tickets) == 30
        assert len({t.reference for t in tickets}) == 30
        assert len({t.requester for t in tickets}) == 30  # one ticket per request
        processed = s.scalars(select(Event.message_row_id).where(Event.kind == "processed"))
        assert sorted(processed) == list(range(1, 31))
        acks = s.scalars(select(Outbox.ticket_id).where(Outbox.kind == "acknowledgement"))
        assert sorted(acks) == sorted(t.id for t in tickets)
        assert {t.ack_status for t in tickets} == {"sent"}
    assert len(sent_mail(tmp_path / "outbox")) == 30  # each acknowledgement sent once
    assert (in_inbox(tmp_path), filed(tmp_path)) == (0, 30)
    for app in apps:
        app.close()


def test_a_worker_without_the_lease_wakes_when_the_holder_stores_mail(
        tmp_path: Path, store_url: str) -> None:
    """It shares a backlog the holder just stored at once rather than after its whole wait
    (the poll interval, up to LEASE_RENEWAL): found by bench/bench_drain.py --workers 2, where
    the second worker slept through the whole drain."""
    deliver(tmp_path, *(request(n) for n in range(3)))
    holder_app, other_app = (make_app(tmp_path, store_url=store_url) for _ in range(2))
    holder, other = holder_app.worker(name="holder"), other_app.worker(name="other")
    assert holder._hold_lease(holder.inboxes[0]) and not other._hold_lease(other.inboxes[0])
    waiting = threading.Thread(target=other._wait, daemon=True)
    waiting.start()
    store_fetched(holder)  # while the other one waits
    waiting.join(timeout=LEASE_RENEWAL / 2)
    woke = not waiting.is_alive()
    other.stop.set()
    waiting.join(timeout=30)
    assert woke, "the worker without the lease slept on while stored mail waited"
    for app in (holder_app, other_app):
        app.close()


def dead_holder(tmp_path: Path, store_url: str, clock: Clock) -> tuple[App, Worker]:
    """An app whose worker took the mailbox lease at ``clock``'s time and stored what was
    waiting, then "died" (is never called again)."""
    app = make_app(tmp_path, clock, store_url=store_url)
    worker = app.worker(name="dead")
    store_fetched(worker)
    worker.mailbox.close()
    return app, worker


def test_a_worker_without_the_lease_leaves_the_mailbox_alone_until_it_expires(
        tmp_path: Path, store_url: str) -> None:
    clock = Clock(T0)
    deliver(tmp_path, *(request(n) for n in range(3)))
    other = make_app(tmp_path, clock, store_url=store_url)
    worker = other.worker(name="other")
    dead = make_app(tmp_path, clock, store_url=store_url)
    assert dead.store.take_lease(worker.mailbox.source, "dead", T0, LEASE_SECONDS)  # killed
    clock.now = T0 + timedelta(seconds=LEASE_SECONDS - 1)
    assert worker.drain() == 0
    assert in_inbox(tmp_path) == 3
    with other.store.begin() as s:
        assert s.scalar(select(func.count()).select_from(Message)) == 0  # nothing fetched
    clock.now = T0 + timedelta(seconds=LEASE_SECONDS)  # the dead worker's lease ran out
    assert other.worker(name="other").drain() == 3
    assert (in_inbox(tmp_path), filed(tmp_path)) == (0, 3)
    dead.close()
    other.close()


def test_a_dead_workers_claim_is_taken_over_after_it_expires(
        tmp_path: Path, store_url: str) -> None:
    clock = Clock(T0)
    deliver(tmp_path, *(request(n) for n in range(3)))
    dead, dead_worker = dead_holder(tmp_path, store_url, clock)
    first = dead.store.unprocessed()[0]
    assert dead.store.start_attempt(first, "dead", T0) is not None  # then killed
    other = make_app(tmp_path, clock, store_url=store_url)
    clock.now = T0 + timedelta(seconds=LEASE_SECONDS)
    assert other.worker(name="other").drain() == 2  # the claimed one is left alone
    assert (in_inbox(tmp_path), filed(tmp_path)) == (1, 2)
    clock.now = T0 + timedelta(seconds=CLAIM_SECONDS)
    assert other.worker(name="other").drain() == 1
    assert (in_inbox(tmp_path), filed(tmp_path)) == (0, 3)
    with other.store.begin() as s:
        row = s.get(Message, first)
        assert row is not None
        assert (row.state, row.attempts, row.claimed_by) == (MessageState.ARCHIVED, 2, "other")
        assert s.scalar(select(func.count()).select_from(Ticket)) == 3
    assert len(sent_mail(tmp_path / "outbox")) == 3
    dead.close()
    other.close()


# -- one live worker per name ------------------------------------------------------------------


def test_a_second_live_worker_of_the_same_name_is_refused(
        tmp_path: Path, store_url: str) -> None:
    import socket

    clock = Clock(T0)
    app = make_app(tmp_path, clock, store_url=store_url)
    # a live process of this host (pid 1 always runs) holds the name "w"
    assert app.store.take_lease(NAME_LEASE + "w", f"{socket.gethostname()}/1/live", T0,
                                LEASE_SECONDS)
    with pytest.raises(PermanentError, match="another worker named 'w' is running"):
        app.worker(name="w").poll_once()
    # so does one of another host, until its lease runs out
    assert app.store.take_lease(NAME_LEASE + "v", "elsewhere/42/live", T0, LEASE_SECONDS)
    with pytest.raises(PermanentError, match="named 'v'"):
        app.worker(name="v").poll_once()
    clock.now = T0 + timedelta(seconds=LEASE_SECONDS)
    app.worker(name="v").poll_once()
    app.close()


def test_the_name_of_a_worker_that_died_on_this_host_is_taken_over_at_once(
        tmp_path: Path, store_url: str) -> None:
    import socket
    import subprocess
    import sys

    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True).stdout.strip()
    app = make_app(tmp_path, Clock(T0), store_url=store_url)
    assert app.store.take_lease(NAME_LEASE + "w", f"{socket.gethostname()}/{gone}/old", T0,
                                LEASE_SECONDS)
    deliver(tmp_path, request(1))
    assert app.worker(name="w").drain() == 1  # no wait for the dead one's lease to run out
    app.close()
