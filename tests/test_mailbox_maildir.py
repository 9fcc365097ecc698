"""MaildirMailbox on a Maildir in a temp dir (and read back by Dovecot where installed)."""

from __future__ import annotations

import mailbox
import os
import threading
import time
from pathlib import Path

import pytest

from bot.intake.mailbox.maildir import MaildirMailbox, maildir_folder_name
from tests.servers import DovecotAccount


def mail(n: int) -> bytes:
    return (
        f"From: person{n}@example.org\r\nSubject: Request {n}\r\n"
        f"Message-ID: <m{n}@example.org>\r\n\r\nDelete my data {n}.\r\n"
    ).encode()


def deliver(path: Path, raw: bytes, mtime: float | None = None) -> str:
    """Deliver like an MTA (tmp/ then new/); return the key."""
    key = mailbox.Maildir(path, create=True).add(raw)
    if mtime is not None:
        os.utime(path / "new" / key, (mtime, mtime))
    return key


@pytest.fixture
def box(tmp_path: Path) -> MaildirMailbox:
    mailbox_ = MaildirMailbox(tmp_path / "mail")
    assert mailbox_.open() == 0
    return mailbox_


def test_open_creates_the_maildir_and_source_is_absolute(tmp_path: Path) -> None:
    mb = MaildirMailbox(tmp_path / "mail")
    assert mb.open() == 0
    assert sorted(p.name for p in (tmp_path / "mail").iterdir()) == ["cur", "new", "tmp"]
    assert mb.source == f"maildir:{(tmp_path / 'mail').resolve()}"


def test_list_orders_by_delivery_time_then_the_time_in_the_key(box: MaildirMailbox) -> None:
    late = deliver(box.path, mail(1), mtime=2_000_000_000)
    early = deliver(box.path, mail(2), mtime=1_000_000_000)
    # one file time for two mails (file times are coarse): the key's time decides, as
    # numbers: 9 µs before 58,920 µs, although "M58920" sorts before "M9" as text
    for key, n in (("1500000000.M58920P7Q2.host", 3), ("1500000000.M9P7Q1.host", 4)):
        (box.path / "new" / key).write_bytes(mail(n))
        os.utime(box.path / "new" / key, (1_500_000_000, 1_500_000_000))
    assert box.list_uids() == [early, "1500000000.M9P7Q1.host", "1500000000.M58920P7Q2.host",
                               late]


def test_fetch_returns_exact_bytes_and_skips_vanished_keys(box: MaildirMailbox) -> None:
    raw = b"Subject: \xe9t\xe9\r\nX-Odd:  trailing  \r\n\r\nbody\r\nno final newline"
    key = deliver(box.path, raw)
    fetched = list(box.fetch(["gone-key", key]))
    assert [(f.uid, f.raw) for f in fetched] == [(key, raw)]


def test_move_renames_into_a_maildirpp_subfolder(box: MaildirMailbox) -> None:
    keys = [deliver(box.path, mail(n)) for n in range(4)]
    # one message was already read by a human client: in cur/ with the Seen flag
    os.rename(box.path / "new" / keys[3], box.path / "cur" / f"{keys[3]}:2,S")
    inode = os.stat(box.path / "new" / keys[0]).st_ino
    box.move([keys[0], keys[3], "gone-key"], "Privacy/Requests")
    target = box.path / ".Privacy.Requests"
    assert (target / "maildirfolder").exists()
    assert sorted(os.listdir(target / "cur")) == sorted([f"{keys[0]}:2,", f"{keys[3]}:2,S"])
    assert os.stat(target / "cur" / f"{keys[0]}:2,").st_ino == inode  # renamed, not copied
    assert (target / "cur" / f"{keys[0]}:2,").read_bytes() == mail(0)
    assert box.list_uids() == sorted(
        keys[1:3], key=lambda k: (os.stat(box.path / "new" / k).st_mtime_ns, k)
    )
    assert mailbox.Maildir(box.path).get_folder("Privacy.Requests").get_bytes(keys[0]) == mail(0)


def test_folder_names_are_validated() -> None:
    assert maildir_folder_name("Privacy/Needs-Human") == "Privacy.Needs-Human"
    for bad in ("", "Privacy//X", "../etc", ".hidden", "a/./b"):
        with pytest.raises(ValueError):
            maildir_folder_name(bad)


def test_wait_returns_on_new_mail_but_not_for_listed_mail(box: MaildirMailbox) -> None:
    deliver(box.path, mail(1))
    box.list_uids()
    started = time.monotonic()
    box.wait(1.0, threading.Event())  # the listed message is not news
    assert 0.9 <= time.monotonic() - started < 3.0
    thread = threading.Thread(target=lambda: (time.sleep(0.3), deliver(box.path, mail(2))))
    thread.start()
    started = time.monotonic()
    box.wait(30.0, threading.Event())
    thread.join()
    assert time.monotonic() - started < 5.0


def test_wait_returns_when_stop_is_set(box: MaildirMailbox) -> None:
    box.list_uids()
    stop = threading.Event()
    timer = threading.Timer(0.3, stop.set)
    timer.start()
    started = time.monotonic()
    box.wait(30.0, stop)
    timer.join()
    assert time.monotonic() - started < 3.0


def test_close_is_idempotent_and_reopen_works(box: MaildirMailbox) -> None:
    key = deliver(box.path, mail(1))
    box.close()
    box.close()
    assert box.open() == 0
    assert box.list_uids() == [key]


@pytest.mark.dovecot
def test_dovecot_sees_the_moved_message_in_the_hierarchical_folder(dovecot: DovecotAccount) -> None:
    """The Maildir++ layout is the one Dovecot serves: Privacy/Requests ↔ .Privacy.Requests."""
    dovecot.append_many([mail(1), mail(2)])
    mb = MaildirMailbox(dovecot.server.directory / "mail" / dovecot.user)
    mb.open()
    first, second = mb.list_uids()
    mb.move([first], "Privacy/Requests")
    # The bot must run as the mail's owner; these tests run as root, so hand the new folder over.
    owner = os.stat(mb.path)
    for directory, _dirs, files in os.walk(mb.path / ".Privacy.Requests"):
        for name in [directory, *(os.path.join(directory, f) for f in files)]:
            os.chown(name, owner.st_uid, owner.st_gid)
            os.chmod(name, 0o700 if os.path.isdir(name) else 0o600)
    assert dovecot.fetch_all("Privacy.Requests") == [mail(1)]
    assert dovecot.fetch_all("INBOX") == [mail(2)]
