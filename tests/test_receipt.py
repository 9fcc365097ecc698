"""When a request was received (bot.intake.receipt): the delivery time the mail server
recorded, else the newest Received: field, else the storing time; never the sender's Date:."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.intake.message import InboundMessage
from bot.intake.parse import parse_message
from bot.intake.receipt import MAX_AGE, receipt_time, received_field_date

STORED = datetime(2026, 12, 7, 10, 0, tzinfo=UTC)


def message(*received: str, date: str = "Mon, 1 Jun 2026 08:00:00 +0000") -> InboundMessage:
    fields = "".join(f"Received: {r}\n" for r in received)
    return parse_message(f"{fields}From: a@example.org\nTo: privacy@example.com\n"
                         f"Date: {date}\nSubject: x\n\nPlease delete my data.\n".encode())


def test_received_field_date_reads_the_date_after_the_last_semicolon() -> None:
    # RFC 5322 §3.6.7; Singapore +0800: 07:30 local is 23:30 UTC the day before
    value = ("from mx.example.org (mx.example.org [192.0.2.1]) by mail.example.com "
             "with ESMTPS id 4Xy; Mon, 7 Dec 2026 07:30:00 +0800")
    assert received_field_date(value) == datetime(2026, 12, 6, 23, 30, tzinfo=UTC)
    assert received_field_date("from a by b; not a date") is None
    assert received_field_date("no semicolon here") is None
    assert received_field_date(None) is None


def test_the_servers_delivery_time_comes_first() -> None:
    arrived = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)
    msg = message("by mx; Sat, 28 Nov 2026 09:00:00 +0000")
    assert receipt_time(msg, arrived, STORED) == arrived


def test_then_the_newest_received_field_never_the_senders_date() -> None:
    # the topmost field is the newest (added last); the sender's Date: (1 June) is ignored
    msg = message("by mx.example.com; Sun, 6 Dec 2026 12:00:00 +0000",
                  "by relay.example.net; Sat, 5 Dec 2026 12:00:00 +0000")
    assert receipt_time(msg, None, STORED) == datetime(2026, 12, 6, 12, 0, tzinfo=UTC)
    assert receipt_time(message(), None, STORED) == STORED


def test_implausible_times_fall_through_to_the_next_source() -> None:
    msg = message("by mx; Sun, 6 Dec 2026 12:00:00 +0000")
    future = STORED + timedelta(minutes=5)  # a server clock ahead of the bot's
    assert receipt_time(msg, future, STORED) == datetime(2026, 12, 6, 12, 0, tzinfo=UTC)
    # a Received: date may be the sender's own writing: more than 3 days old, it is not used
    # (the server's own record may be older: a worker stopped for ten days)
    old = message("by mx; Thu, 26 Nov 2026 12:00:00 +0000")
    assert receipt_time(old, None, STORED) == STORED
    ten_days = STORED - timedelta(days=10)
    assert receipt_time(old, ten_days, STORED) == ten_days
    ancient = STORED - MAX_AGE - timedelta(days=1)
    assert receipt_time(message(), ancient, STORED) == STORED
    assert receipt_time(message("by mx; Mon, 1 Jan 1990 00:00:00 +0000"), None,
                        STORED) == STORED
