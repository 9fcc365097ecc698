"""Retention (issue 15; PDPA s25, GDPR Art. 5(1)(e)): the store forgets on time.

Real stores (an SQLite file, and a PostgreSQL database: ``store_url``) and the real worker on
a Maildir; the clock is injected (a fixed time per step), never read. Expected counts are
worked out by hand from the mails delivered.
"""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from sqlalchemy import select

from bot.config import build_config
from bot.service.app import App, build_app
from bot.staff import queue
from bot.staff.retention import Purged, purge, purge_due
from bot.store import Event, Message, Outbox, Ticket
from tests.queue_helpers import RECEIVED, deliver, fixed, make_app
from tests.servers import DovecotAccount, SmtpServer

CORRECTION = (b"From: Jane Doe <jane.doe@example.org>\nTo: privacy@example.com\n"
              b"Subject: My address\nMessage-ID: <fix-1@example.org>\n\n"
              b"Please correct my address to 3 Example Road, Singapore 123456.\n")
STILL_OPEN = (b"From: Ali <ali@example.net>\nTo: privacy@example.com\nSubject: Delete\n"
              b"Message-ID: <open-1@example.net>\n\nPlease delete all my personal data.\n")
AUTO_REPLY = (b"From: Bob <bob@example.com>\nTo: privacy@example.com\nAuto-Submitted: "
              b"auto-replied\nSubject: Out of office\nMessage-ID: <ooo-1@example.com>\n\n"
              b"I am away until Monday.\n")
CLOSED = RECEIVED + timedelta(days=10)


def _app_with_mail(tmp_path: Path, store_url: str) -> App:
    deliver(tmp_path, CORRECTION, STILL_OPEN, AUTO_REPLY)
    app = make_app(tmp_path, store_url=store_url)
    assert app.worker().drain() == 3
    with app.store.begin() as s:
        queue.resolve(s, "PRIV-2026-000001", "address corrected", actor="alice", now=CLOSED)
    return app


def test_nothing_is_erased_before_its_time_and_a_dry_run_changes_nothing(
        tmp_path: Path, store_url: str) -> None:
    app = _app_with_mail(tmp_path, store_url)
    day29 = RECEIVED + timedelta(days=29)
    assert purge(app.config, app.store, day29) == Purged()  # all kept; the run is recorded
    with app.store.begin() as s:
        runs = len(s.scalars(select(Event).where(Event.kind == "purged")).all())
    # 31 days on the auto-reply is due (machine mail, 30 days; every mail sent belongs to a
    # ticket); a dry run counts it and changes nothing, not even the audit trail
    day31 = RECEIVED + timedelta(days=31)
    assert purge(app.config, app.store, day31, dry_run=True) == Purged(0, 1, 0)
    with app.store.begin() as s:
        assert all(m.raw and m.purged_at is None for m in s.scalars(select(Message)))
        assert len(s.scalars(select(Event).where(Event.kind == "purged")).all()) == runs


def test_machine_mail_goes_after_30_days_and_a_closed_ticket_after_730(
        tmp_path: Path, store_url: str) -> None:
    app = _app_with_mail(tmp_path, store_url)
    day31 = RECEIVED + timedelta(days=31)
    assert purge(app.config, app.store, day31) == Purged(0, 1, 0)
    with app.store.begin() as s:
        ooo = s.scalars(select(Message).where(Message.message_id == "<ooo-1@example.com>")).one()
        assert (ooo.raw, ooo.purged_at) == (b"", day31)
    # 730 days after the ticket was closed it is still kept; one more day and it goes
    assert purge(app.config, app.store, CLOSED + timedelta(days=730)) == Purged()
    late = CLOSED + timedelta(days=731)
    # the correction's mail in, and out: its acknowledgement (the open ticket is untouched)
    assert purge(app.config, app.store, late) == Purged(1, 1, 1)
    with app.store.begin() as s:
        closed = s.scalars(select(Ticket).where(Ticket.reference == "PRIV-2026-000001")).one()
        assert (closed.subject, closed.requester_name, closed.purged_at) == ("", "", late)
        assert set(closed.classification) == {"labels", "route", "language", "on_behalf"}
        assert closed.classification["labels"] == ["correction"]
        assert closed.requester == "jane.doe@example.org"  # the register says whom
        assert all(m.raw == b"" for m in s.scalars(select(Message).where(
            Message.ticket_id == closed.id)))
        assert all(o.raw == b"" for o in s.scalars(select(Outbox).where(
            Outbox.ticket_id == closed.id)))
        assert not any("subject" in (e.detail or {}) for e in s.scalars(
            select(Event).where(Event.ticket_id == closed.id)))
        still = s.scalars(select(Ticket).where(Ticket.reference == "PRIV-2026-000002")).one()
        assert still.subject == "Delete" and still.purged_at is None
        assert all(m.raw for m in s.scalars(select(Message).where(
            Message.ticket_id == still.id)))
        (row,) = [r for r in queue.register(s, late) if r["reference"] == "PRIV-2026-000001"]
        assert (row["types"], row["outcome"], row["result"]) == (["correction"], "on time",
                                                                 "fulfilled")
        counts = [e.detail for e in s.scalars(select(Event).where(Event.kind == "purged"))]
    # the worker's own daily run on the day the mail came, then the three above
    assert [(c["tickets"], c["messages"], c["mails"]) for c in counts] == [
        (0, 0, 0), (0, 1, 0), (0, 0, 0), (1, 1, 1)]


def test_a_purged_quarantined_message_cannot_be_requeued(tmp_path: Path, store_url: str) -> None:
    from bot.staff.quarantine import list_quarantined

    deliver(tmp_path, b"From: a@example.org\nSubject: big\n\n" + b"x" * 2000)
    app = make_app(tmp_path, store_url=store_url, max_message_bytes=1000)
    assert app.worker().drain() == 1
    assert purge(app.config, app.store, RECEIVED + timedelta(days=91)).messages == 1
    assert not app.store.requeue(1)
    with app.store.begin() as s:
        (row,) = list_quarantined(s)
    # the list still shows it (from the row: its header went with the bytes)
    assert (row.id, row.sender, row.size, row.purged) == (1, "", 34 + 2000, True)


def test_the_worker_purges_once_a_day(tmp_path: Path, store_url: str) -> None:
    deliver(tmp_path, AUTO_REPLY)
    app = make_app(tmp_path, clock=fixed(RECEIVED), store_url=store_url)
    assert app.worker().drain() == 1
    assert not purge_due(app.store, RECEIVED + timedelta(hours=23))
    later = make_app(tmp_path, clock=fixed(RECEIVED + timedelta(days=31)), store_url=store_url)
    later.worker().drain()
    later.worker().drain()  # the same day: not again
    with later.store.begin() as s:
        runs = [e.detail["messages"] for e in s.scalars(
            select(Event).where(Event.kind == "purged").order_by(Event.id))]
    assert runs == [0, 1]


def test_cli_purge_dry_run_then_for_real(tmp_path: Path) -> None:
    from bot.cli import main

    config = tmp_path / "bot.toml"
    config.write_text('[mailbox]\npath = "mail"\n[outbox]\npath = "outbox"\n'
                      '[store]\nurl = "sqlite:///bot.db"\n[retention]\nclosed_days = 0\n'
                      '[bot]\naddress = "privacy@example.com"\n'
                      'staff_address = "staff@example.com"\ncompany = "ExampleMart Pte. Ltd."\n')
    (tmp_path / "mail").mkdir()
    result = CliRunner().invoke(main, ["purge", "--config", str(config), "--dry-run", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == {"tickets": 0, "messages": 0, "mails": 0,
                                         "archived": 0, "dry_run": True}
    result = CliRunner().invoke(main, ["purge", "--config", str(config)])
    assert result.output == "erased: 0 closed ticket(s), 0 received message(s), 0 sent mail(s)\n"
    # the real run is in the audit trail, by the command line, with the policy it applied;
    # the dry run is not
    from bot.store import Store

    store = Store(f"sqlite:///{tmp_path / 'bot.db'}")
    with store.begin() as s:
        (run,) = s.scalars(select(Event).where(Event.kind == "purged")).all()
        assert (run.actor, run.detail["policy"]["closed_days"]) == ("cli", 0)
    store.close()


# -- the bot's own archive folders in the mailbox (retention.archive) -------------------------

#: Staff filed this by hand in the bot's Ignored folder: same Message-ID as the auto-reply,
#: other bytes. The bot did not file it, so it is never deleted.
FILED_BY_STAFF = AUTO_REPLY.replace(b"I am away until Monday.", b"Kept by staff.")


def _files(folder: Path) -> list[bytes]:
    return sorted(p.read_bytes() for sub in ("cur", "new") for p in (folder / sub).iterdir())


def test_archive_purge_deletes_only_what_the_bot_filed_in_its_maildir_folders(
        tmp_path: Path, store_url: str) -> None:
    deliver(tmp_path, CORRECTION, AUTO_REPLY)
    app = make_app(tmp_path, store_url=store_url, retention={"archive": True})
    assert app.worker().drain() == 2
    ignored = tmp_path / "mail" / ".Privacy.Ignored"
    requests = tmp_path / "mail" / ".Privacy.Requests"
    (ignored / "cur" / "1700000000.staff.host:2,S").write_bytes(FILED_BY_STAFF)
    assert _files(ignored) == sorted([AUTO_REPLY, FILED_BY_STAFF])
    # day 31: the auto-reply's mail is erased (machine mail), and its original filed by the
    # bot goes with it; the request's original (open ticket) and staff's copy stay
    later = make_app(tmp_path, clock=fixed(RECEIVED + timedelta(days=31)), store_url=store_url,
                     retention={"archive": True})
    later.worker().drain()
    assert _files(ignored) == [FILED_BY_STAFF]
    assert _files(requests) == [CORRECTION]
    with later.store.begin() as s:
        (run,) = s.scalars(select(Event).where(Event.kind == "purged_archive")).all()
        assert run.detail == {"deleted": 1, "not_found": 0}
        ooo = s.scalars(select(Message).where(Message.message_id == "<ooo-1@example.com>")).one()
        assert ooo.archive_purged_at == RECEIVED + timedelta(days=31)


def test_without_the_option_the_archive_folders_are_not_touched(tmp_path: Path) -> None:
    deliver(tmp_path, AUTO_REPLY)
    make_app(tmp_path).worker().drain()
    make_app(tmp_path, clock=fixed(RECEIVED + timedelta(days=31))).worker().drain()
    assert _files(tmp_path / "mail" / ".Privacy.Ignored") == [AUTO_REPLY]
    with make_app(tmp_path).store.begin() as s:
        assert s.scalars(select(Message)).one().purged_at is not None  # the store forgot
        assert not s.scalars(select(Event).where(Event.kind == "purged_archive")).all()


@pytest.mark.dovecot
def test_archive_purge_on_imap_finds_the_moved_message_by_its_bytes(
        tmp_path: Path, dovecot: DovecotAccount, smtp_server: SmtpServer) -> None:
    dovecot.append_many([CORRECTION, AUTO_REPLY])

    def app_at(day: int) -> Any:
        config = build_config({
            "mailbox": {"kind": "imap", "host": "127.0.0.1", "port": dovecot.port,
                        "security": "plain", "username": dovecot.user,
                        "password_env": "IMAP_PASSWORD", "timeout": 10},
            "outbox": {"kind": "smtp", "host": "127.0.0.1", "port": smtp_server.port,
                       "security": "plain", "timeout": 10},
            "store": {"url": "sqlite:///bot.db"},
            "bot": {"staff_address": "staff@example.com", "read_in_child": False},
            "retention": {"archive": True}},
            base=tmp_path, env={"IMAP_PASSWORD": dovecot.password})
        return build_app(config, clock=fixed(RECEIVED + timedelta(days=day)))

    assert app_at(0).worker().drain() == 2
    dovecot.append(FILED_BY_STAFF, folder="Privacy.Ignored")
    assert len(dovecot.folder_uids("Privacy.Ignored")) == 2
    app_at(31).worker().drain()
    def folder(name: str) -> list[bytes]:  # Dovecot stores CRLF line ends
        return [raw.replace(b"\r\n", b"\n") for raw in dovecot.fetch_all(name)]

    assert folder("Privacy.Ignored") == [FILED_BY_STAFF]
    assert folder("Privacy.Requests") == [CORRECTION]
    assert dovecot.folder_uids("INBOX") == []  # the inbox is selected again and still works


def test_cli_purge_deletes_the_filed_originals_too(tmp_path: Path) -> None:
    from bot.cli import main

    # stored in 2000: whatever today's date, machine mail of then is past its 30 days
    long_ago = RECEIVED.replace(year=2000)
    deliver(tmp_path, AUTO_REPLY, at=long_ago)
    make_app(tmp_path, clock=fixed(long_ago)).worker().drain()
    config = tmp_path / "bot.toml"
    config.write_text('[mailbox]\npath = "mail"\n[outbox]\npath = "outbox"\n'
                      '[store]\nurl = "sqlite:///bot.db"\n[retention]\narchive = true\n'
                      '[bot]\naddress = "privacy@example.com"\n'
                      'staff_address = "staff@example.com"\ncompany = "ExampleMart Pte. Ltd."\n')
    result = CliRunner().invoke(main, ["purge", "--config", str(config), "--dry-run", "--json"])
    assert json.loads(result.output) == {"tickets": 0, "messages": 1, "mails": 0,
                                         "archived": 0, "dry_run": True}
    result = CliRunner().invoke(main, ["purge", "--config", str(config)])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-1] == (
        "deleted: 1 original(s) from the mailbox's archive folders")
    assert _files(tmp_path / "mail" / ".Privacy.Ignored") == []
