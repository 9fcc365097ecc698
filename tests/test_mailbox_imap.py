"""ImapMailbox against a real Dovecot on 127.0.0.1 (fixtures in conftest.py / servers.py)."""

from __future__ import annotations

import ssl
import threading
import time
from typing import Any

import pytest

from bot.errors import ConfigError, PermanentError, TransientError
from bot.intake.mailbox.imap import ImapMailbox, is_loopback, redact_user, uid_set
from tests.servers import DovecotAccount

pytestmark = pytest.mark.dovecot


def mail(n: int) -> bytes:
    """A small RFC 5322 message with CRLF line ends (Dovecot returns CRLF, so bytes match)."""
    return (
        f"From: Person {n} <person{n}@example.org>\r\n"
        f"To: privacy@example.com\r\n"
        f"Subject: Request {n}\r\n"
        f"Message-ID: <req-{n}@example.org>\r\n"
        f"\r\n"
        f"Please delete my data, number {n}.\r\n"
    ).encode()


#: Waits in these tests end on an event (an append, a stop, a poll): the wait's own timeout is
#: LONG_WAIT seconds, and returning before WOKEN proves the event, not the timeout, ended it.
#: No bound here is one a busy machine can miss; latency figures are bench/bench_drain.py's.
LONG_WAIT = 600.0
WOKEN = 120.0


def make_box(account: DovecotAccount, **kwargs: Any) -> ImapMailbox:
    """An ImapMailbox on the account's plain port unless kwargs say otherwise."""
    options: dict[str, Any] = {"security": "plain", "timeout": 5.0}
    options.update(kwargs)
    port = options.pop("port", account.port)
    return ImapMailbox(account.host, port, account.user, account.password, **options)


@pytest.fixture
def box(dovecot: DovecotAccount) -> Any:
    mailbox = make_box(dovecot)
    yield mailbox
    mailbox.close()


def run_in_thread(delay: float, action: Any) -> threading.Thread:
    def target() -> None:
        time.sleep(delay)
        action()

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    return thread


# -- pure helpers ------------------------------------------------------------------------------


def test_uid_set_collapses_only_consecutive_runs() -> None:
    assert uid_set([5, 1, 2, 3, 7, 8, 10]) == "1:3,5,7:8,10"
    assert uid_set([4]) == "4"
    with pytest.raises(ValueError):
        uid_set([])


def test_loopback_and_redaction() -> None:
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("192.0.2.1") and not is_loopback("mail.example.com")
    assert redact_user("privacy@example.com") == "p***@example.com"


def test_plain_to_non_loopback_is_refused() -> None:
    with pytest.raises(ConfigError) as info:
        ImapMailbox("192.0.2.1", 143, "bot", "pw", security="plain")
    assert info.value.key == "mailbox.security"


def test_source_names_user_host_port_folder_without_password() -> None:
    mailbox = ImapMailbox("mail.example.com", 993, "privacy@example.com", "s3cret", folder="INBOX")
    assert mailbox.source == "imap://privacy%40example.com@mail.example.com:993/INBOX"
    assert "s3cret" not in mailbox.source and "s3cret" not in repr(mailbox)


# -- against Dovecot ---------------------------------------------------------------------------


def test_open_returns_uidvalidity_and_follows_a_change(
    dovecot: DovecotAccount, box: ImapMailbox
) -> None:
    dovecot.append(mail(1))
    assert box.open() == dovecot.status()["uidvalidity"]
    box.close()
    dovecot.set_uidvalidity(4242)
    assert box.open() == 4242


def test_list_and_fetch_are_batched_and_leave_messages_unseen(
    dovecot: DovecotAccount, box: ImapMailbox
) -> None:
    raws = [mail(n) for n in range(250)]  # three FETCH batches of ≤ 100
    uids = dovecot.append_many(raws)
    box.open()
    listed = box.list_uids()
    assert listed == [str(u) for u in uids]
    fetched = list(box.fetch(listed[::-1] + ["99999"]))  # order kept, vanished UID skipped
    assert [f.uid for f in fetched] == listed[::-1]
    assert [f.raw for f in fetched] == raws[::-1]
    assert dovecot.status()["unseen"] == 250


def test_fetch_splits_batches_by_size(
    dovecot: DovecotAccount, box: ImapMailbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    import bot.intake.mailbox.imap as imap

    monkeypatch.setattr(imap, "MAX_BATCH_BYTES", 2 * len(mail(1)) + 10)
    raws = [mail(n) for n in range(1, 6)]
    uids = dovecot.append_many(raws)
    box.open()
    assert [list(b) for b in box._size_batches(uids)] == [uids[0:2], uids[2:4], uids[4:]]
    assert [f.raw for f in box.fetch([str(u) for u in uids])] == raws


def test_fetch_rejects_non_uids(box: ImapMailbox) -> None:
    box.open()
    with pytest.raises(ValueError):
        list(box.fetch(["1", "abc"]))


def test_move_creates_hierarchical_folder_and_moves_exactly_those_uids(
    dovecot: DovecotAccount, box: ImapMailbox
) -> None:
    uids = dovecot.append_many([mail(n) for n in range(5)])
    box.open()
    box.move([str(uids[0]), str(uids[2]), str(uids[4])], "Privacy/Requests")
    assert "Privacy.Requests" in dovecot.folders()  # Dovecot's Maildir delimiter is "."
    assert dovecot.folder_uids("INBOX") == [uids[1], uids[3]]
    assert dovecot.fetch_all("Privacy.Requests") == [mail(0), mail(2), mail(4)]
    assert box.list_uids() == [str(uids[1]), str(uids[3])]
    box.move([str(uids[1])], "Privacy/Requests")  # the folder exists now: no second CREATE
    assert len(dovecot.folder_uids("Privacy.Requests")) == 4


def test_move_of_many_uses_batches(dovecot: DovecotAccount, box: ImapMailbox) -> None:
    uids = dovecot.append_many([mail(n) for n in range(230)])
    box.open()
    box.move([str(u) for u in uids[:-1]], "Privacy/Ignored")
    assert dovecot.folder_uids("INBOX") == [uids[-1]]
    assert len(dovecot.folder_uids("Privacy.Ignored")) == 229


def test_move_without_move_capability_expunges_only_its_own_uids(
    dovecot: DovecotAccount,
) -> None:
    uids = dovecot.append_many([mail(n) for n in range(4)])
    dovecot.add_flags([uids[1]], [b"\\Deleted"])  # someone else's deleted, unexpunged mail
    mailbox = make_box(dovecot, disabled_capabilities={"MOVE"})
    try:
        mailbox.open()
        mailbox.move([str(uids[0]), str(uids[2])], "Privacy/Requests")
    finally:
        mailbox.close()
    assert dovecot.folder_uids("INBOX") == [uids[1], uids[3]]  # uids[1] not expunged
    assert b"\\Deleted" in dovecot.flags()[uids[1]]
    assert dovecot.fetch_all("Privacy.Requests") == [mail(0), mail(2)]


def test_move_without_move_or_uidplus_flags_and_never_expunges(dovecot: DovecotAccount) -> None:
    uids = dovecot.append_many([mail(n) for n in range(3)])
    mailbox = make_box(dovecot, disabled_capabilities={"MOVE", "UIDPLUS"})
    try:
        mailbox.open()
        mailbox.move([str(uids[0])], "Privacy/Requests")
        # The flagged original is not offered again, so it is not archived twice.
        assert mailbox.list_uids() == [str(uids[1]), str(uids[2])]
    finally:
        mailbox.close()
    assert dovecot.folder_uids("INBOX") == uids
    flags = dovecot.flags()
    assert b"\\Deleted" in flags[uids[0]] and b"\\Deleted" not in flags[uids[1]]
    assert dovecot.fetch_all("Privacy.Requests") == [mail(0)]


def test_wait_returns_soon_after_an_append(dovecot: DovecotAccount, box: ImapMailbox) -> None:
    box.open()
    assert box.list_uids() == []
    thread = run_in_thread(0.3, lambda: dovecot.append(mail(1)))
    started = time.monotonic()
    box.wait(LONG_WAIT, threading.Event())
    elapsed = time.monotonic() - started
    thread.join()
    assert elapsed < WOKEN
    assert len(box.list_uids()) == 1  # the connection left IDLE cleanly


def test_wait_returns_at_once_for_mail_announced_outside_idle(
    dovecot: DovecotAccount, box: ImapMailbox
) -> None:
    box.open()
    box.list_uids()
    dovecot.append(mail(1))
    list(box.fetch(["1"]))  # its reply carries "* 1 EXISTS" (not the mail: not yet announced)
    started = time.monotonic()
    box.wait(LONG_WAIT, threading.Event())
    assert time.monotonic() - started < WOKEN


def test_wait_returns_when_stop_is_set(box: ImapMailbox) -> None:
    box.open()
    box.list_uids()
    stop = threading.Event()
    thread = run_in_thread(0.3, stop.set)
    started = time.monotonic()
    box.wait(LONG_WAIT, stop)
    thread.join()
    assert time.monotonic() - started < WOKEN
    assert box.list_uids() == []


def test_wait_times_out_and_reissues_idle(dovecot: DovecotAccount) -> None:
    mailbox = make_box(dovecot, idle_timeout=0.4)
    try:
        mailbox.open()
        mailbox.list_uids()
        started = time.monotonic()
        mailbox.wait(1.5, threading.Event())  # IDLE re-issued three times meanwhile
        assert 1.4 <= time.monotonic() - started < WOKEN
        thread = run_in_thread(1.0, lambda: dovecot.append(mail(1)))
        started = time.monotonic()
        mailbox.wait(LONG_WAIT, threading.Event())  # an append after a re-issue still wakes it
        thread.join()
        assert time.monotonic() - started < WOKEN
        assert len(mailbox.list_uids()) == 1
    finally:
        mailbox.close()


def test_wait_without_idle_polls_and_stops(dovecot: DovecotAccount) -> None:
    mailbox = make_box(dovecot, disabled_capabilities={"IDLE"}, poll_interval=0.3)
    try:
        mailbox.open()
        mailbox.list_uids()
        started = time.monotonic()
        mailbox.wait(LONG_WAIT, threading.Event())
        assert 0.25 <= time.monotonic() - started < WOKEN
        mailbox.poll_interval = LONG_WAIT
        stop = threading.Event()
        thread = run_in_thread(0.3, stop.set)
        started = time.monotonic()
        mailbox.wait(LONG_WAIT, stop)
        thread.join()
        assert time.monotonic() - started < WOKEN
    finally:
        mailbox.close()


def test_tls_with_cafile(dovecot: DovecotAccount) -> None:
    dovecot.append(mail(1))
    for security, port in (("tls", dovecot.tls_port), ("starttls", dovecot.port)):
        mailbox = make_box(dovecot, security=security, port=port, ca_file=str(dovecot.cafile))
        try:
            assert mailbox.open() > 0
            assert mailbox.list_uids() == [str(u) for u in dovecot.folder_uids()]
            thread = run_in_thread(0.3, lambda: dovecot.append(mail(2)))
            started = time.monotonic()
            mailbox.wait(LONG_WAIT, threading.Event())  # IDLE over TLS
            thread.join()
            assert time.monotonic() - started < WOKEN
            assert len(mailbox.list_uids()) == len(dovecot.folder_uids())
        finally:
            mailbox.close()


def test_tls_without_the_ca_fails_verification(dovecot: DovecotAccount) -> None:
    mailbox = make_box(dovecot, security="tls", port=dovecot.tls_port, ca_file=None)
    with pytest.raises(TransientError, match="certificate verification failed") as info:
        mailbox.open()
    assert isinstance(info.value.__cause__, ssl.SSLCertVerificationError)
    mailbox.close()


def test_wrong_password_is_permanent(dovecot: DovecotAccount) -> None:
    mailbox = ImapMailbox(dovecot.host, dovecot.port, dovecot.user, "wrong", security="plain")
    with pytest.raises(PermanentError, match="IMAP login rejected") as info:
        mailbox.open()
    assert "wrong" not in str(info.value)
    mailbox.close()


def test_server_down_is_transient_and_reconnect_works(
    dovecot: DovecotAccount, box: ImapMailbox
) -> None:
    dovecot.append(mail(1))
    box.open()
    assert box.list_uids() == ["1"]
    dovecot.stop()
    with pytest.raises(TransientError):
        box.list_uids()
    box.close()
    with pytest.raises(TransientError) as info:
        box.open()
    assert isinstance(info.value.__cause__, ConnectionRefusedError)
    dovecot.start()
    box.close()
    box.open()
    assert box.list_uids() == ["1"]


@pytest.mark.parametrize("graceful", [False, True], ids=["killed", "graceful"])
def test_server_dying_during_idle_raises_transient_without_spinning(
    dovecot: DovecotAccount, box: ImapMailbox, graceful: bool
) -> None:
    box.open()
    box.list_uids()
    thread = run_in_thread(0.5, lambda: dovecot.stop(graceful=graceful))
    started_cpu, started = time.process_time(), time.monotonic()
    with pytest.raises(TransientError):
        box.wait(LONG_WAIT, threading.Event())
    thread.join()
    assert time.monotonic() - started < WOKEN
    assert time.process_time() - started_cpu < 1.0  # no busy loop on the dead socket
    dovecot.start()
    box.close()
    box.open()
    assert box.list_uids() == []


def test_calls_before_open_are_transient(box: ImapMailbox) -> None:
    with pytest.raises(TransientError, match="not connected"):
        box.list_uids()
