"""Bad input through the worker on the real Dovecot: each message ends processed or quarantined,
never a crash, and the worker goes on with the next one (issue 5).

Every damaged message carries the same plain English request ("Please delete all my personal
data and my order history.") where its damage leaves that text readable, so the expected
outcome follows from the damage alone: readable → a deletion ticket; unreadable → a human;
over the size limit (25 MiB) or nested deeper than the limit (50) → quarantine at the first
attempt (bad input is final, not retried). The empty message goes through a Maildir: Dovecot
refuses to store a zero-byte message ("Can't save a zero byte message").
"""

from __future__ import annotations

import base64
import mailbox
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.config import build_config
from bot.service.app import build_app
from bot.store import Message, Outbox, Ticket
from tests.servers import DovecotAccount, SmtpServer
from tests.test_worker_imap import STAFF, imap_config, server_folder

ASK = b"Please delete all my personal data and my order history."
DATE = b"Date: Sun, 29 Nov 2026 10:00:00 +0000\r\n"
#: decoded size of the big attachment: 30 MB
BIG = 30_000_000


def mail(name: str, headers: bytes, body: bytes) -> bytes:
    """A message from Jane Doe with Message-ID ``<bad-NAME@example.org>``."""
    return (b"From: Jane Doe <jane.doe@example.org>\r\nTo: privacy@example.com\r\n" + DATE
            + f"Subject: {name}\r\nMessage-ID: <bad-{name}@example.org>\r\n".encode()
            + headers + b"\r\n" + body)


def truncated() -> bytes:
    """A multipart cut in the middle of its base64 attachment: no closing boundary."""
    whole = mail("truncated", b"MIME-Version: 1.0\r\n"
                 b'Content-Type: multipart/mixed; boundary="XYZ"\r\n',
                 b"--XYZ\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + ASK
                 + b"\r\n--XYZ\r\nContent-Type: application/pdf\r\n"
                 b"Content-Transfer-Encoding: base64\r\n\r\n"
                 + base64.encodebytes(b"%PDF-1.4 " * 300).replace(b"\n", b"\r\n")
                 + b"--XYZ--\r\n")
    return whole[: len(whole) // 2 + 13]


def nested(levels: int) -> bytes:
    """``levels`` multiparts inside each other around one text part."""
    inner = b"Content-Type: text/plain\r\n\r\n" + ASK + b"\r\n"
    for n in range(levels):
        inner = (f'Content-Type: multipart/mixed; boundary="b{n}"\r\n\r\n--b{n}\r\n'.encode()
                 + inner + f"\r\n--b{n}--\r\n".encode())
    return mail(f"{levels}-nested", b"MIME-Version: 1.0\r\n", b"")[:-2] + inner


def big_attachment() -> bytes:
    data = base64.encodebytes(bytes(range(256)) * (BIG // 256 + 1))[: BIG * 4 // 3]
    return mail("30mb", b"MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"XYZ\"\r\n",
                b"--XYZ\r\nContent-Type: text/plain\r\n\r\n" + ASK + b"\r\n--XYZ\r\n"
                b"Content-Type: application/octet-stream; name=big.bin\r\n"
                b"Content-Transfer-Encoding: base64\r\n\r\n"
                + data.replace(b"\n", b"\r\n") + b"\r\n--XYZ--\r\n")


def damaged() -> dict[str, tuple[bytes, str, list[str]]]:
    """Message-ID → (raw, expected outcome, expected request types), in delivery order."""
    cases = {
        "truncated": (truncated(), "ticket", ["deletion"]),
        "no-boundary-param": (mail(
            "no-boundary-param", b"MIME-Version: 1.0\r\nContent-Type: multipart/mixed\r\n",
            b"--XYZ\r\nContent-Type: text/plain\r\n\r\n" + ASK + b"\r\n--XYZ--\r\n"),
            "ticket", ["deletion"]),
        "boundary-absent": (mail(
            "boundary-absent",
            b'MIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary="NOT-THERE"\r\n',
            b"--XYZ\r\nContent-Type: text/plain\r\n\r\n" + ASK + b"\r\n--XYZ--\r\n"),
            "ticket", ["deletion"]),
        # nothing readable is left: a person must look
        "invalid-base64": (mail(
            "invalid-base64", b"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
            b"Content-Transfer-Encoding: base64\r\n",
            b"!!!!@@@@####$$$$ this is not base64 ~~~\r\n"), "human", []),
        "unknown-charset": (mail(
            "unknown-charset", b"MIME-Version: 1.0\r\n"
            b'Content-Type: text/plain; charset="x-no-such-charset-42"\r\n'
            b"Content-Transfer-Encoding: 8bit\r\n", ASK + b"\r\n"), "ticket", ["deletion"]),
        "30mb": (big_attachment(), "quarantine", []),
        "200-nested": (nested(200), "quarantine", []),
        # no body at all; the subject asks to close the account (corpus convention:
        # closing the account is "cancellation")
        "headers-only": (b"From: Jane Doe <jane.doe@example.org>\r\nTo: privacy@example.com\r\n"
                         + DATE + b"Subject: Please delete my account\r\n"
                         b"Message-ID: <bad-headers-only@example.org>\r\n",
                         "ticket", ["cancellation"]),
        # From name in raw Latin-1, Subject in raw UTF-8 (RFC 6532 style), no encoded-words
        "8bit-headers": ("From: Renée Müller <renee@example.org>\r\n".encode("latin-1")
                         + b"To: privacy@example.com\r\n" + DATE
                         + "Subject: Löschung meiner Daten – bitte\r\n".encode()
                         + b"Message-ID: <bad-8bit-headers@example.org>\r\n\r\n" + ASK + b"\r\n",
                         "ticket", ["deletion"]),
        "ordinary": (mail("ordinary", b"", ASK + b"\r\n"), "ticket", ["deletion"]),
    }
    return {f"<bad-{name}@example.org>": case for name, case in cases.items()}


@pytest.mark.dovecot
@pytest.mark.slow
def test_damaged_mail_is_processed_or_quarantined_and_the_worker_goes_on(
    tmp_path: Path, dovecot: DovecotAccount, smtp_server: SmtpServer
) -> None:
    cases = damaged()
    dovecot.append_many([raw for raw, _, _ in cases.values()])
    # all but one from the same sender: lift the rate limit (5 a day) for this test
    app = build_app(imap_config(tmp_path, dovecot, smtp_server, ack_limit_per_day=100))
    assert app.worker().drain() == len(cases) == 10

    with app.store.begin() as s:
        rows = {m.message_id: m for m in s.scalars(select(Message))}
        tickets = {t.message_id: t for t in s.scalars(select(Ticket))}
        alerts = s.scalars(select(Outbox).where(Outbox.kind == "alert")).all()
    assert sorted(rows) == sorted(cases)
    for msgid, (raw, outcome, types) in cases.items():
        row = rows[msgid]
        assert (row.state, row.outcome) == ("archived", outcome), msgid
        assert row.size == len(raw), msgid
        if outcome == "quarantine":
            assert row.attempts == 1 and msgid not in tickets, msgid
        else:
            assert tickets[msgid].types == types, msgid
    assert rows["<bad-30mb@example.org>"].reason == (
        f"bad input: message is {len(cases['<bad-30mb@example.org>'][0])} bytes, "
        "over the limit of 26214400 bytes")
    assert rows["<bad-200-nested@example.org>"].reason == (
        "bad input: MIME structure nested deeper than 50 levels")
    renee = tickets["<bad-8bit-headers@example.org>"]
    assert (renee.requester_name, renee.subject) == (
        "Renée Müller", "Löschung meiner Daten – bitte")
    # staff hear of both quarantined messages; the small one comes attached
    assert len(alerts) == 2
    attached = {a.raw.count(b"message/rfc822") > 0 for a in alerts}
    assert attached == {True, False}

    assert dovecot.folder_uids("INBOX") == []
    counts = {name: len(dovecot.folder_uids(server_folder(name))) for name in
              ("Privacy/Requests", "Privacy/Needs-Human", "Privacy/Quarantine")}
    assert counts == {"Privacy/Requests": 7, "Privacy/Needs-Human": 1, "Privacy/Quarantine": 2}
    # 7 request acknowledgements + 1 for the human-routed mail + 1 handoff + 2 alerts
    received = smtp_server.wait_for(11)
    assert len(received) == 11
    assert sum(1 for m in received if m.rcpt_tos == (STAFF,)) == 3


def test_empty_message_is_handed_to_a_human_and_the_next_is_processed(tmp_path: Path) -> None:
    """A zero-byte message (through a Maildir): no sender to acknowledge, so a triage ticket
    with its acknowledgement suppressed and a handoff to staff."""
    box = mailbox.Maildir(tmp_path / "mail", create=True)
    (tmp_path / "mail" / "new" / "1700000000.M1P1.empty").write_bytes(b"")  # as an MTA would
    assert (tmp_path / "mail" / "new" / "1700000000.M1P1.empty").stat().st_size == 0
    time.sleep(0.01)  # delivery order is mtime order
    box.add(mailbox.MaildirMessage(mail("after-empty", b"", ASK + b"\r\n")))
    app = build_app(build_config(
        {"mailbox": {"path": "mail"}, "outbox": {"path": "outbox"},
         "store": {"url": "sqlite:///bot.db"}}, base=tmp_path, env={}))
    assert app.worker().drain() == 2
    with app.store.begin() as s:
        rows = s.scalars(select(Message).order_by(Message.id)).all()
        tickets = s.scalars(select(Ticket).order_by(Ticket.id)).all()
        kinds = sorted(o.kind for o in s.scalars(select(Outbox)))
    assert [(m.message_id, m.outcome) for m in rows] == [
        ("", "human"), ("<bad-after-empty@example.org>", "ticket")]
    assert rows[0].size == 0
    assert [(t.kind, t.ack_status, t.types) for t in tickets] == [
        ("triage", "suppressed", []), ("request", "sent", ["deletion"])]
    assert kinds == ["acknowledgement", "handoff"]
    assert len(box) == 0


def test_unreadable_8bit_mail_is_handed_to_a_human_not_quarantined(tmp_path: Path) -> None:
    """Its handoff attaches the raw 8-bit original (this once broke the handoff's rendering,
    and the mail was quarantined instead: fixed in responses, 1fb33ee)."""
    box = mailbox.Maildir(tmp_path / "mail", create=True)
    box.add(mailbox.MaildirMessage(mail(
        "8bit-garbage", b"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
        b"Content-Transfer-Encoding: base64\r\n", b"!!!! not base64 caf\xe9\r\n")))
    app = build_app(build_config(
        {"mailbox": {"path": "mail"}, "outbox": {"path": "outbox"},
         "store": {"url": "sqlite:///bot.db"}}, base=tmp_path, env={}))
    assert app.worker().drain() == 1
    with app.store.begin() as s:
        assert [m.outcome for m in s.scalars(select(Message))] == ["human"]


# -- bounded work (issue 16): counts that do not depend on the machine's speed ---------------


def test_a_huge_html_table_is_read_only_in_its_first_part() -> None:
    from bot.intake.htmltext import HTML_MAX_CHARS, html_to_text

    rows = "".join(f"<tr><td>cell {r}</td><td>x</td></tr>" for r in range(200_000))
    html = f"<p>Please delete my data.</p><table>{rows}</table>"  # ~7 MB
    text = html_to_text(html)
    assert "Please delete my data." in text and "cell 0" in text
    assert "cell 199999" not in text  # the rest is never rendered
    assert len(text) < HTML_MAX_CHARS


def test_the_classifier_reads_the_start_of_a_huge_body() -> None:
    from bot.intake.message import InboundMessage
    from classifiers import classify
    from classifiers.cleaning import READ_MAX_CHARS

    filler = "This line is a pasted log entry with nothing to ask. " * 200_000  # ~11 MB
    msg = InboundMessage(message_id="<big@example.org>", from_name="", subject="Request",
                         from_addr="a@example.org",
                         text="Please delete all my personal data.\n\n" + filler)
    result = classify(msg)
    assert len(result.text) <= READ_MAX_CHARS
    assert (result.labels, result.route) == (("deletion",), "ticket")


@pytest.mark.parametrize("field", [
    "Subject: " + " ".join(f"=?utf-8?q?word{i}?=" for i in range(20_000)),
    "To: " + ", ".join(f"user{i}@example.org" for i in range(20_000)),
])
def test_a_header_field_of_thousands_of_words_is_cut_and_said(field: str) -> None:
    from bot.intake.parse import HEADER_FIELD_MAX, parse_message

    raw = (f"From: a@example.org\r\n{field}\r\nMessage-ID: <h@example.org>\r\n\r\n"
           "Please delete my data.\r\n").encode()
    msg = parse_message(raw)
    name = field.partition(":")[0]
    assert f"header field(s) {name} cut to {HEADER_FIELD_MAX} bytes" in msg.defects
    # the fields after it are read as they were, and the body too
    assert msg.message_id == "<h@example.org>" and msg.text.strip() == "Please delete my data."
    assert len(msg.subject) + sum(len(a) for a in msg.to) < HEADER_FIELD_MAX
