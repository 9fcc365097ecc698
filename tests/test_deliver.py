"""The outbox against a real aiosmtpd: 4xx retried, 5xx final, outages survived, give-up alerts;
on each store (the ``store`` fixture: SQLite, PostgreSQL)."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from sqlalchemy import select

from bot.config import build_config
from bot.outbound.deliver import Deliverer, backoff
from bot.outbound.transport import MaildirTransport, SmtpTransport
from bot.store import Event, Outbox, Store, Ticket
from tests.servers import SmtpServer

T0 = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)


class Clock:
    """A fake clock for the retry schedule (unit-level: the servers stay real)."""

    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now


def outbox_config(tmp_path: Path, smtp: SmtpServer, **extra: Any) -> Any:
    return build_config(
        {"mailbox": {"path": "m"},
         "outbox": {"kind": "smtp", "host": "127.0.0.1", "port": smtp.port,
                    "security": "plain", "timeout": 5, **extra}},
        base=tmp_path, env={"SMTP_PW": smtp.password or ""},
    ).outbox


def queue(store: Store, n: int, kind: str = "acknowledgement") -> list[int]:
    ids = []
    with store.begin() as s:
        t = Ticket(reference="PRIV-2026-000001", kind="request", types=["access"],
                   received_at=T0, due_at=T0 + timedelta(days=30))
        s.add(t)
        s.flush()
        for i in range(n):
            raw = (f"From: privacy@example.com\r\nTo: a@example.org\r\nSubject: ack {i}\r\n"
                   f"Message-ID: <ack-{i}@example.com>\r\n\r\nHello {i}\r\n").encode()
            row = Outbox(ticket_id=t.id, kind=kind, message_id=f"<ack-{i}@example.com>",
                         mail_from="privacy@example.com", recipients=["a@example.org"], raw=raw,
                         created_at=T0, next_attempt_at=T0)
            s.add(row)
            s.flush()
            ids.append(row.id)
    return ids




def test_one_connection_sends_all_and_records_replies(tmp_path: Path, store: Store,
                                                      smtp_server: SmtpServer) -> None:
    queue(store, 3)
    clock = Clock()
    d = Deliverer(store, SmtpTransport(outbox_config(tmp_path, smtp_server)),
                  give_up_after=86400, clock=clock)
    assert d.deliver_due() == 3
    got = smtp_server.wait_for(3)
    assert [m.message["Message-ID"] for m in got] == [f"<ack-{i}@example.com>" for i in range(3)]
    assert got[0].mail_from == "privacy@example.com" and got[0].rcpt_tos == ("a@example.org",)
    with store.begin() as s:
        rows = s.scalars(select(Outbox)).all()
        assert {(r.status, r.last_reply, r.attempts) for r in rows} == {
            ("sent", "250 accepted", 1)}
        assert s.scalars(select(Ticket)).one().ack_status == "sent"
    assert d.deliver_due() == 0


def test_4xx_is_retried_later_with_the_same_message_id(tmp_path: Path, store: Store,
                                                       smtp_server: SmtpServer) -> None:
    queue(store, 1)
    clock = Clock()
    d = Deliverer(store, SmtpTransport(outbox_config(tmp_path, smtp_server)),
                  give_up_after=86400, clock=clock)
    smtp_server.fail_next(1, 451, "4.3.0 try again later")
    assert d.deliver_due() == 0
    with store.begin() as s:
        row = s.scalars(select(Outbox)).one()
        assert (row.status, row.attempts) == ("pending", 1)
        assert row.last_reply == "451 4.3.0 try again later"
        # first backoff: between 15 and 30 s
        assert T0 + timedelta(seconds=15) <= row.next_attempt_at <= T0 + timedelta(seconds=30)
    assert d.deliver_due() == 0  # not due yet
    clock.now = T0 + timedelta(seconds=31)
    assert d.deliver_due() == 1
    assert [m.message["Message-ID"] for m in smtp_server.messages] == ["<ack-0@example.com>"]


def test_5xx_is_final_and_alerts_staff(tmp_path: Path, store: Store,
                                       smtp_server: SmtpServer) -> None:
    queue(store, 1)
    alerts: list[str] = []

    def alert(row: Outbox, reason: str) -> Outbox:
        alerts.append(reason)
        mail = EmailMessage()
        mail["Subject"], mail["Message-ID"] = "alert", "<alert-1@example.com>"
        mail.set_content("x")
        return Outbox.for_mail(mail, kind="alert", mail_from="privacy@example.com",
                               recipients=["staff@example.com"])

    d = Deliverer(store, SmtpTransport(outbox_config(tmp_path, smtp_server)),
                  give_up_after=86400, make_alert=alert, clock=Clock())
    smtp_server.fail_next(1, 550, "5.1.1 no such user")
    assert d.deliver_due() == 0
    assert alerts == ["550 5.1.1 no such user"]
    with store.begin() as s:
        rows = {r.kind: r for r in s.scalars(select(Outbox))}
        assert rows["acknowledgement"].status == "failed"
        assert rows["alert"].status == "pending"
        assert s.scalars(select(Ticket)).one().ack_status == "undeliverable"
        assert [e.kind for e in s.scalars(select(Event))] == ["mail-failed"]
    assert d.deliver_due() == 1  # the alert goes out; no alert about it
    assert smtp_server.wait_for(1)[0].rcpt_tos == ("staff@example.com",)


def test_outage_keeps_mail_and_delivers_when_back_then_gives_up(
    tmp_path: Path, store: Store, smtp_server: SmtpServer
) -> None:
    queue(store, 2)
    clock = Clock()
    d = Deliverer(store, SmtpTransport(outbox_config(tmp_path, smtp_server)),
                  give_up_after=3600, clock=clock, sleep=lambda _seconds: None)
    smtp_server.stop()
    assert d.deliver_due() == 0 and d.in_outage
    clock.now = T0 + timedelta(minutes=10)
    assert d.deliver_due() == 0
    smtp_server.start()
    clock.now = T0 + timedelta(minutes=30)
    assert d.deliver_due() == 2 and not d.in_outage
    assert len(smtp_server.wait_for(2)) == 2

    # a mail that stays undeliverable past give_up_after is failed
    with store.begin() as s:
        s.add(Outbox(kind="acknowledgement", message_id="<late@example.com>",
                     mail_from="privacy@example.com", recipients=["b@example.org"],
                     raw=b"Subject: x\r\n\r\nx\r\n", created_at=T0, next_attempt_at=T0))
    smtp_server.stop()
    clock.now = T0 + timedelta(hours=2)
    assert d.deliver_due() == 0
    with store.begin() as s:
        late = s.scalars(select(Outbox).where(Outbox.message_id == "<late@example.com>")).one()
        assert late.status == "failed" and "undelivered after 3600 s" in (late.last_reply or "")


def test_starttls_and_auth(tmp_path: Path, smtp_factory: Any) -> None:
    server = smtp_factory(starttls=True, auth=("bot", "pw"))
    config = build_config(
        {"mailbox": {"path": "m"},
         "outbox": {"kind": "smtp", "host": "127.0.0.1", "port": server.port,
                    "security": "starttls", "username": "bot", "password_env": "PW",
                    "ca_file": str(server.cafile)}},
        base=tmp_path, env={"PW": "pw"},
    ).outbox
    t = SmtpTransport(config)
    t.open()
    assert t.send(b"Subject: hi\r\n\r\nhi\r\n", "privacy@example.com", ["a@example.org"]) == (
        "250 accepted")
    t.close()
    assert server.wait_for(1)[0].auth_login == "bot"


def test_maildir_transport_keeps_envelope(tmp_path: Path) -> None:
    t = MaildirTransport(tmp_path / "out")
    reply = t.send(b"Subject: hi\r\n\r\nhi\r\n", "privacy@example.com", ["a@example.org"])
    assert reply.startswith("250 stored as ")
    files = list((tmp_path / "out" / "new").iterdir())
    assert len(files) == 1
    assert files[0].read_bytes().startswith(
        b"X-Envelope-From: <privacy@example.com>\nX-Envelope-To: a@example.org\nSubject: hi\n")


def test_backoff_doubles_and_is_capped() -> None:
    rng = random.Random(1)
    for attempts, top in [(1, 30), (2, 60), (3, 120), (8, 3600), (50, 3600)]:
        value = backoff(attempts, rng=rng)
        assert top / 2 <= value <= top
