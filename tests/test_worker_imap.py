"""End to end through a real Dovecot (IMAP) and a real aiosmtpd (SMTP): the worker drains the
privacy mailbox into tickets, acknowledgements, handoffs and folders.

Expected labels of the shipped samples were decided by hand from their text (see
bot/samples/); the corpus' ignore cases come with their manifest routes.
"""

from __future__ import annotations

import json
import threading
import time
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from bot.config import Config, build_config
from bot.service.app import App, build_app
from bot.store import Event, Message, Outbox, Ticket
from tests.servers import DovecotAccount, SmtpServer

pytestmark = pytest.mark.dovecot

SAMPLES = Path(__file__).resolve().parents[1] / "bot" / "samples"
STAFF = "privacy-staff@example.com"

#: sample file → (outcome, labels), read by hand from each file's text
EXPECTED = {
    "01-deletion.eml": ("ticket", ["deletion"]),
    "02-access-cancel.eml": ("ticket", ["access", "cancellation"]),
    "03-withdrawal-zh.eml": ("ticket", ["withdrawal"]),
    "04-cancellation-ms.eml": ("ticket", ["cancellation"]),
    "05-question.eml": ("human", []),
    "06-out-of-office.eml": ("ignore", []),
    "07-newsletter.eml": ("ignore", []),
    "08-correction.eml": ("ticket", ["correction"]),
}


def imap_config(tmp_path: Path, dovecot: DovecotAccount, smtp: SmtpServer,
                **bot: Any) -> Config:
    return build_config(
        {
            "mailbox": {"kind": "imap", "host": "127.0.0.1", "port": dovecot.port,
                        "security": "plain", "username": dovecot.user,
                        "password_env": "IMAP_PASSWORD", "poll_interval": 30, "timeout": 10},
            "outbox": {"kind": "smtp", "host": "127.0.0.1", "port": smtp.port,
                       "security": "plain", "timeout": 10},
            "store": {"url": "sqlite:///bot.db"},
            "bot": {"staff_address": STAFF, **bot},
        },
        base=tmp_path,
        env={"IMAP_PASSWORD": dovecot.password},
    )


def server_folder(name: str) -> str:
    """Dovecot's Maildir++ hierarchy delimiter is '.'."""
    return name.replace("/", ".")


def tickets_by_message_id(app: App) -> dict[str, Ticket]:
    with app.store.begin() as s:
        return {t.message_id: t for t in s.scalars(select(Ticket))}


def parse(raw: bytes) -> EmailMessage:
    msg = message_from_bytes(raw, policy=policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


def test_drain_samples_to_tickets_acknowledgements_handoffs_and_folders(
    tmp_path: Path, dovecot: DovecotAccount, smtp_server: SmtpServer
) -> None:
    raws = {name: (SAMPLES / name).read_bytes() for name in EXPECTED}
    dovecot.append_many(list(raws.values()))
    app = build_app(imap_config(tmp_path, dovecot, smtp_server))
    handled = app.worker().drain()
    assert handled == 8

    tickets = tickets_by_message_id(app)
    requests = {n for n, (o, _) in EXPECTED.items() if o == "ticket"}
    humans = {n for n, (o, _) in EXPECTED.items() if o == "human"}
    for name, (outcome, labels) in EXPECTED.items():
        msgid = parse(raws[name])["Message-ID"]
        if outcome == "ignore":
            assert msgid not in tickets, name
            continue
        t = tickets[msgid]
        assert t.kind == ("request" if outcome == "ticket" else "triage"), name
        assert t.types == labels, name
        assert t.status == "open" and t.ack_status == "sent", name
        assert (t.due_at - t.received_at).days == 30

    # one acknowledgement per request and per human-routed mail, one handoff per human mail
    received = smtp_server.wait_for(len(requests) + 2 * len(humans))
    acks = [m for m in received if STAFF not in m.rcpt_tos]
    handoffs = [m for m in received if STAFF in m.rcpt_tos]
    assert len(acks) == len(requests) + len(humans) and len(handoffs) == len(humans)
    by_reply_to = {m.message["In-Reply-To"]: m for m in acks}
    for name in requests | humans:
        original = parse(raws[name])
        ack = by_reply_to[original["Message-ID"]]
        t = tickets[original["Message-ID"]]
        assert ack.rcpt_tos == (original["From"].addresses[0].addr_spec,)
        assert ack.mail_from == "privacy@example.com"
        assert f"[{t.reference}]" in ack.message["Subject"]
        assert ack.message["Auto-Submitted"] == "auto-replied"
        assert ack.message["References"] == original["Message-ID"]
        assert ack.message["X-Auto-Response-Suppress"] == "All"
    handoff = handoffs[0].message
    attached = [p for p in handoff.walk() if p.get_content_type() == "message/rfc822"]
    assert len(attached) == 1
    inner = attached[0].get_payload()[0]
    assert inner["Message-ID"] == parse(raws["05-question.eml"])["Message-ID"]

    # every original moved to the folder of its outcome; nothing left in INBOX
    assert dovecot.folder_uids("INBOX") == []
    assert len(dovecot.folder_uids(server_folder("Privacy/Requests"))) == len(requests)
    assert len(dovecot.folder_uids(server_folder("Privacy/Needs-Human"))) == len(humans)
    assert len(dovecot.folder_uids(server_folder("Privacy/Ignored"))) == 2
    # BODY.PEEK: the bot never marked anything \Seen
    moved = dovecot.flags(server_folder("Privacy/Requests"))
    assert all(b"\\Seen" not in flags for flags in moved.values())

    # a second drain does nothing more
    assert app.worker().drain() == 0
    assert len(smtp_server.messages) == len(received)


def test_corpus_machine_mail_is_ignored_and_never_answered(
    tmp_path: Path, dovecot: DovecotAccount, smtp_server: SmtpServer, corpus_dir: Path
) -> None:
    files = []
    for part in ("dev", "realworld"):
        for line in (corpus_dir / part / "manifest.jsonl").read_text().splitlines():
            row = json.loads(line)
            if row["route"] == ["ignore"]:
                files.append(corpus_dir / part / row["file"])
    assert len(files) == 16
    dovecot.append_many([f.read_bytes() for f in files])
    app = build_app(imap_config(tmp_path, dovecot, smtp_server))
    assert app.worker().drain() == 16
    with app.store.begin() as s:
        outcomes = sorted(m.outcome for m in s.scalars(select(Message)))
        assert s.scalars(select(Ticket)).all() == []
        assert s.scalars(select(Outbox)).all() == []
    assert set(outcomes) == {"ignore"}
    assert smtp_server.messages == []
    assert len(dovecot.folder_uids(server_folder("Privacy/Ignored"))) == 16


def test_reply_threads_and_bounce_marks_the_ticket(
    tmp_path: Path, dovecot: DovecotAccount, smtp_server: SmtpServer
) -> None:
    request = (SAMPLES / "01-deletion.eml").read_bytes()
    dovecot.append(request)
    app = build_app(imap_config(tmp_path, dovecot, smtp_server))
    app.worker().drain()
    ack = smtp_server.wait_for(1)[0].message
    ticket = next(iter(tickets_by_message_id(app).values()))
    with app.store.begin() as s:
        s.get(Ticket, ticket.id).status = "waiting"

    reply = (
        "From: Mei Ling Tan <meiling.tan@example.net>\r\nTo: privacy@example.com\r\n"
        f"Subject: Re: {ack['Subject']}\r\nMessage-ID: <reply-1@mail.example.net>\r\n"
        f"In-Reply-To: {ack['Message-ID']}\r\nReferences: <sample-01@mail.example.net> "
        f"{ack['Message-ID']}\r\n\r\nHere is my order number: 1234. Please delete it too.\r\n"
    ).encode()
    by_subject = (
        "From: meiling.tan@example.net\r\nTo: privacy@example.com\r\n"
        f"Subject: about {ticket.reference}\r\nMessage-ID: <reply-2@mail.example.net>\r\n\r\n"
        "Also my phone number.\r\n"
    ).encode()
    bounce = (
        "From: MAILER-DAEMON@mx.example.net\r\nTo: privacy@example.com\r\nReturn-Path: <>\r\n"
        "Subject: Undelivered Mail Returned to Sender\r\nMessage-ID: <dsn-1@mx.example.net>\r\n"
        "MIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status; "
        'boundary="B"\r\n\r\n--B\r\nContent-Type: text/plain\r\n\r\nDelivery failed.\r\n'
        "--B\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example.net"
        "\r\n\r\nFinal-Recipient: rfc822; meiling.tan@example.net\r\nAction: failed\r\n"
        "Status: 5.1.1\r\n\r\n--B\r\nContent-Type: text/rfc822-headers\r\n\r\n"
        f"Message-ID: {ack['Message-ID']}\r\nSubject: {ack['Subject']}\r\n\r\n--B--\r\n"
    ).encode()
    dovecot.append_many([reply, by_subject, bounce])
    assert app.worker().drain() == 3

    with app.store.begin() as s:
        assert len(s.scalars(select(Ticket)).all()) == 1
        t = s.get(Ticket, ticket.id)
        assert t.status == "open"  # re-opened by the reply
        assert t.ack_status == "undeliverable"
        kinds = [e.kind for e in s.scalars(select(Event).where(Event.ticket_id == t.id)
                                           .order_by(Event.id))]
        assert kinds.count("correspondence") == 2
        assert kinds.count("ack-bounced") == 1
        outcomes = sorted(m.outcome for m in s.scalars(select(Message)))
    assert outcomes == ["bounce", "reply", "reply", "ticket"]
    # replies are not acknowledged by default; staff get each reply (with the original
    # attached) and one alert for the bounce: 1 acknowledgement + 3 staff mails
    received = smtp_server.wait_for(4)
    assert len(received) == 4
    to_staff = [m for m in received[1:] if m.rcpt_tos == (STAFF,)]
    assert len(to_staff) == 3
    assert all(ticket.reference in m.message["Subject"] for m in to_staff)
    bodies = [m.message.get_body(("plain",)).get_content() for m in to_staff]
    assert sum(f"a reply on {ticket.reference}, which is open again" in b for b in bodies) == 1
    assert sum(f"a reply on {ticket.reference}" in b for b in bodies) == 2
    assert dovecot.folder_uids("INBOX") == []
    assert len(dovecot.folder_uids(server_folder("Privacy/Requests"))) == 3


def test_message_appended_while_idling_is_acknowledged_quickly(
    tmp_path: Path, dovecot: DovecotAccount, smtp_server: SmtpServer
) -> None:
    app = build_app(imap_config(tmp_path, dovecot, smtp_server))
    stop = threading.Event()
    worker = app.worker(stop=stop)
    thread = threading.Thread(target=worker.run, daemon=True)
    thread.start()
    try:
        time.sleep(1.0)  # let it reach IDLE (if it has not, the first poll finds the mail)
        started = time.monotonic()
        dovecot.append((SAMPLES / "02-access-cancel.eml").read_bytes())
        received = smtp_server.wait_for(1)
        elapsed = time.monotonic() - started
    finally:
        stop.set()
        thread.join(timeout=120)
    assert not thread.is_alive()
    assert received[0].message["In-Reply-To"] == "<sample-02@example.org>"
    # woken by IDLE, not by the 30 s poll interval (latency itself: bench/bench_drain.py)
    assert elapsed < 25


def test_uidvalidity_change_rereads_without_handling_twice(
    tmp_path: Path, dovecot: DovecotAccount, smtp_server: SmtpServer
) -> None:
    raw = (SAMPLES / "04-cancellation-ms.eml").read_bytes()
    config = imap_config(tmp_path, dovecot, smtp_server)
    app = build_app(config)
    dovecot.append(raw)
    # Simulate a crash after the commit but before the move: process without archiving
    worker = app.worker()
    (inbox,) = worker.inboxes
    worker._fetch_new(inbox, worker._open(inbox), worker.mailbox.list_uids())
    assert worker._process_stored(inbox) == 1
    worker.mailbox.close()
    # the server rebuilds the folder: same mail, new UIDVALIDITY
    old = dovecot.status()["uidvalidity"]
    dovecot.set_uidvalidity(old + 100)
    assert build_app(config).worker().drain() == 0
    with app.store.begin() as s:
        assert len(s.scalars(select(Ticket)).all()) == 1
        states = sorted((m.uidvalidity, m.state) for m in s.scalars(select(Message)))
    assert states == [(old, "committed"), (old + 100, "archived")]
    assert len(smtp_server.wait_for(1)) == 1
    assert dovecot.folder_uids("INBOX") == []
    assert len(dovecot.folder_uids(server_folder("Privacy/Requests"))) == 1


def test_poison_mail_is_quarantined_and_the_loop_goes_on(
    tmp_path: Path, dovecot: DovecotAccount, smtp_server: SmtpServer
) -> None:
    config = imap_config(tmp_path, dovecot, smtp_server, max_message_bytes=4096)
    big = (b"From: a@example.org\r\nTo: privacy@example.com\r\nSubject: big\r\n"
           b"Message-ID: <big@example.org>\r\n\r\n" + b"x" * 8000 + b"\r\n")
    dovecot.append_many([big, (SAMPLES / "01-deletion.eml").read_bytes()])
    app = build_app(config)
    assert app.worker().drain() == 2
    with app.store.begin() as s:
        rows = {m.message_id: m for m in s.scalars(select(Message))}
    assert rows["<big@example.org>"].outcome == "quarantine"
    assert "bad input" in (rows["<big@example.org>"].reason or "")
    assert rows["<sample-01@mail.example.net>"].outcome == "ticket"
    assert len(dovecot.folder_uids(server_folder("Privacy/Quarantine"))) == 1
    received = smtp_server.wait_for(2)
    alerts = [m for m in received if m.rcpt_tos == (STAFF,)]
    assert len(alerts) == 1 and "Quarantined" in alerts[0].message["Subject"]


def test_the_due_date_runs_from_the_imap_internaldate(
    tmp_path: Path, dovecot: DovecotAccount, smtp_server: SmtpServer
) -> None:
    # the mail reached the mailbox on 2 Nov 2026 09:00 UTC (INTERNALDATE, RFC 3501 §2.3.3);
    # the worker, stopped meanwhile, fetches it on 12 Nov
    arrived = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
    dovecot.append((SAMPLES / "01-deletion.eml").read_bytes(), at=arrived)
    app = build_app(imap_config(tmp_path, dovecot, smtp_server, timezone="Asia/Singapore"),
                    clock=lambda: arrived + timedelta(days=10))
    assert app.worker().drain() == 1
    (t,) = tickets_by_message_id(app).values()
    # PDPA: 30 days from receipt, 2 Dec 09:00 UTC, not from fetching (12 Dec)
    assert (t.received_at, t.due_at) == (arrived, datetime(2026, 12, 2, 9, 0, tzinfo=UTC))
    (ack,) = smtp_server.wait_for(1)
    text = ack.message.get_body(("plain",)).get_content()
    assert "Received on: 2 November 2026" in text and "2 December 2026" in text


def _ask_for_identity(tmp_path: Path, dovecot: DovecotAccount, smtp_server: SmtpServer,
                      text: str) -> tuple[App, Ticket, datetime]:
    """Sample 01 drained into a ticket, then alice's identity_request letter (with ``text``)
    sent by the worker: the app, the ticket and when the letter was written."""
    from bot.staff import correspondence

    dovecot.append((SAMPLES / "01-deletion.eml").read_bytes())
    app = build_app(imap_config(tmp_path, dovecot, smtp_server))
    app.worker().drain()
    (ticket,) = tickets_by_message_id(app).values()
    now = datetime.now(UTC)  # recorded, compared with itself: decides nothing
    with app.store.begin() as s:
        correspondence.send(s, ticket.reference, "identity_request", text, actor="alice",
                            now=now, renderer=app.renderer, config=app.config)
    app.worker().drain()  # the worker sends it from the outbox
    return app, ticket, now


def test_a_letter_from_the_ticket_reaches_the_requester_in_the_thread(
    tmp_path: Path, dovecot: DovecotAccount, smtp_server: SmtpServer
) -> None:
    from bot.staff import queue

    app, ticket, now = _ask_for_identity(tmp_path, dovecot, smtp_server,
                                         "Please also tell us your membership number.")
    with app.store.begin() as s:  # asking paused the clock
        t = queue.get_ticket(s, ticket.reference)
        assert (t.status, t.paused_at) == ("waiting", now)
    ack, letter = smtp_server.wait_for(2)
    m = letter.message
    # to the requester, threaded on the request (RFC 5322 §3.6.4), the reference in the
    # subject, written by a person (RFC 3834 §5: Auto-Submitted: no), in English
    assert letter.rcpt_tos == ("meiling.tan@example.net",)
    assert (m["In-Reply-To"], m["References"]) == (
        "<sample-01@mail.example.net>", "<sample-01@mail.example.net>")
    assert f"[{ticket.reference}]" in m["Subject"] and m["Auto-Submitted"] == "no"
    assert m["Content-Language"] == "en"
    body = m.get_body(("plain",)).get_content()
    assert "reply to this email from the email address registered" in body
    assert "Please also tell us your membership number." in body
    with app.store.begin() as s:
        events = [(e.actor, e.kind, e.detail) for e in queue.history(s, ticket.reference)
                  if e.actor == "alice"]
        sent = queue.ticket_detail(s, ticket.reference).sent
    assert [k for _, k, _ in events] == ["letter", "paused"]
    assert events[0][2]["message_id"] == m["Message-ID"]
    assert [(x.direction, x.kind, x.status) for x in sent if x.kind == "correspondence"] == [
        ("out", "correspondence", "sent")]
    assert ack.message["Auto-Submitted"] == "auto-replied"


def test_the_identity_code_round_trip_through_dovecot_and_smtp(
    tmp_path: Path, dovecot: DovecotAccount, smtp_server: SmtpServer
) -> None:
    import re

    from bot.staff import queue

    app, ticket, _now = _ask_for_identity(tmp_path, dovecot, smtp_server, "")
    _ack, letter = smtp_server.wait_for(2)
    body = " ".join(letter.message.get_body(("plain",)).get_content().split())
    (code,) = re.findall(r"write this code in your reply: (\d{6})", body)
    # the requester answers the letter from their mail client, quoting it
    reply = (
        "From: Mei Ling Tan <meiling.tan@example.net>\r\nTo: privacy@example.com\r\n"
        f"Subject: Re: {letter.message['Subject']}\r\nMessage-ID: <code-1@mail.example.net>\r\n"
        f"In-Reply-To: {letter.message['Message-ID']}\r\n\r\nHere you go: {code}\r\n"
    ).encode()
    dovecot.append(reply)
    assert app.worker().drain() == 1
    with app.store.begin() as s:
        t = queue.get_ticket(s, ticket.reference)
        assert (t.verified_by_method, t.status, t.paused_at) == ("email-code", "open", None)
        kinds = [e.kind for e in queue.history(s, ticket.reference)]
    assert {"letter", "paused", "resumed", "verified", "correspondence"} <= set(kinds)
    # staff are told, in the notice of the reply, that the code matched
    notice = smtp_server.wait_for(3)[2].message
    assert "identity verified: the one-time code matched" in " ".join(
        notice.get_body(("plain",)).get_content().split())
