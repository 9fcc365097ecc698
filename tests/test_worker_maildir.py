"""The worker on the embedded default (Maildir in, Maildir outbox, SQLite): loop rules, rate
limit, colleague forwards, crash recovery. The tests of ticket numbering, threading, the
outbox and its limits also run on PostgreSQL (``store_url``). Expected values are worked out
by hand per test."""

from __future__ import annotations

import mailbox
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from bot.store import Event, Message, MessageState, Ticket
from tests.queue_helpers import RECEIVED, deliver, fixed, make_app, sent_mail
from tests.servers import PostgresServer


def sent(tmp_path: Path) -> list[Any]:
    return sent_mail(tmp_path / "outbox")


def request(n: int, sender: str = "jane.doe@example.org", body: str = "") -> bytes:
    body = body or "Please delete all my personal data and my order history."
    return (f"From: Jane Doe <{sender}>\nTo: privacy@example.com\nSubject: Delete my data {n}\n"
            f"Message-ID: <req-{n}@example.org>\n\n{body}\n").encode()


def test_at_most_five_acknowledgements_per_sender_per_day(tmp_path: Path, store_url: str) -> None:
    deliver(tmp_path, *(request(n) for n in range(7)))
    app = make_app(tmp_path, store_url=store_url)
    assert app.worker().drain() == 7
    with app.store.begin() as s:
        tickets = s.scalars(select(Ticket).order_by(Ticket.id)).all()
        assert [t.ack_status for t in tickets] == ["sent"] * 5 + ["suppressed"] * 2
        reasons = [e.detail["reason"] for e in s.scalars(
            select(Event).where(Event.kind == "ack-suppressed"))]
    assert reasons == ["rate limit: 5 acknowledgements to this sender in 24 h"] * 2
    assert len(sent(tmp_path)) == 5


def test_no_mail_to_own_no_reply_or_listed_addresses(tmp_path: Path) -> None:
    deliver(tmp_path,
            request(1, "privacy@example.com"),
            request(2, "no-reply@shop.example.net"),
            request(3, "someone@blocked.example"),
            request(4, "ok@example.org"))
    app = make_app(tmp_path, never_reply=["@blocked.example"])
    assert app.worker().drain() == 4
    with app.store.begin() as s:
        acks = {t.requester: t.ack_status for t in s.scalars(select(Ticket))}
        looped = s.scalars(select(Message).where(Message.message_id == "<req-1@example.org>"))
        assert looped.one().outcome == "ignore"  # from the bot's own address: screened out
    assert acks == {"no-reply@shop.example.net": "suppressed",
                    "someone@blocked.example": "suppressed", "ok@example.org": "sent"}
    to = sorted(m["To"].addresses[0].addr_spec for m in sent(tmp_path))
    # the two requests nobody could be told about go to staff as handoffs
    assert to == ["ok@example.org", "privacy-staff@example.com", "privacy-staff@example.com"]
    handoffs = [m for m in sent(tmp_path) if "privacy-staff" in str(m["To"])]
    assert all("request ticketed but not acknowledged" in m.get_body(("plain",)).get_content()
               for m in handoffs)


def test_request_forwarded_by_a_colleague_is_acknowledged_to_the_customer(tmp_path: Path) -> None:
    fwd = (
        # the receiving server found the colleague's domain authenticated (RFC 8601)
        b"Authentication-Results: mx.example.com; dkim=pass header.d=example.com;\n"
        b" dmarc=pass header.from=example.com\n"
        b"From: Aisyah Rahim <aisyah.rahim@example.com>\nTo: privacy@example.com\n"
        b"Subject: Fwd: my personal data\nMessage-ID: <fwd-1@example.com>\n\n"
        b"Hi Privacy team, forwarding this one from the support inbox.\n\n"
        b"---------- Forwarded message ---------\n"
        b"From: Wong Mei Ling <meiling.wong@example.net>\nSubject: my personal data\n"
        b"To: <support@example.com>\n\n"
        b"Hello, please send me a copy of all the personal data you hold about me.\n"
    )
    deliver(tmp_path, fwd)
    app = make_app(tmp_path)
    app.worker().drain()
    with app.store.begin() as s:
        t = s.scalars(select(Ticket)).one()
        assert (t.kind, t.types, t.requester, t.requester_name) == (
            "request", ["access"], "meiling.wong@example.net", "Wong Mei Ling")
        forwarded = s.scalars(select(Event).where(Event.kind == "forwarded")).one()
        assert forwarded.detail == {"by": "aisyah.rahim@example.com", "authenticated": True}
    (ack,) = sent(tmp_path)
    assert ack["To"].addresses[0].addr_spec == "meiling.wong@example.net"
    assert ack["In-Reply-To"] == "<fwd-1@example.com>"


def test_crash_after_commit_before_archive_resumes_without_redoing(
        tmp_path: Path, store_url: str) -> None:
    deliver(tmp_path, request(1))
    app = make_app(tmp_path, store_url=store_url)
    worker = app.worker()
    (inbox,) = worker.inboxes
    worker._fetch_new(inbox, worker._open(inbox), worker.mailbox.list_uids())
    assert worker._process_stored(inbox) == 1  # committed; then "killed" before deliver/archive
    again = make_app(tmp_path, store_url=store_url)
    assert again.worker().drain() == 0
    with again.store.begin() as s:
        assert len(s.scalars(select(Ticket)).all()) == 1
        assert [m.state for m in s.scalars(select(Message))] == ["archived"]
    assert len(sent(tmp_path)) == 1
    box = mailbox.Maildir(tmp_path / "mail", create=False)
    assert len(box) == 0
    assert len(box.get_folder("Privacy.Requests")) == 1


def test_stage_error_is_retried_then_quarantined(
        tmp_path: Path, monkeypatch: Any, store_url: str) -> None:
    deliver(tmp_path, request(1), request(2, "other@example.org"))
    app = make_app(tmp_path, store_url=store_url, max_attempts=2)
    import bot.pipeline.reader

    real = bot.pipeline.reader.classify

    def flaky(message: Any) -> Any:
        if message.message_id == "<req-1@example.org>":
            raise RuntimeError("boom")
        return real(message)

    monkeypatch.setattr(bot.pipeline.reader, "classify", flaky)  # a unit seam of our own code
    assert app.worker().drain() == 2
    with app.store.begin() as s:
        rows = {m.message_id: m for m in s.scalars(select(Message))}
    bad = rows["<req-1@example.org>"]
    assert (bad.outcome, bad.attempts, bad.last_error) == ("quarantine", 2, "RuntimeError: boom")
    assert rows["<req-2@example.org>"].outcome == "ticket"
    alerts = [m for m in sent(tmp_path) if m["To"].addresses[0].addr_spec ==
              "privacy-staff@example.com"]
    assert len(alerts) == 1 and "Quarantined message" in alerts[0]["Subject"]
    assert app.store.requeue(bad.id)
    monkeypatch.setattr(bot.pipeline.reader, "classify", real)
    assert app.worker().drain() == 1
    with app.store.begin() as s:
        assert s.get(Message, bad.id).outcome == "ticket"


def test_worker_sends_the_daily_digest_once(tmp_path: Path) -> None:
    old = request(1).replace(b"Subject: Delete my data 1", b"Subject: old")
    deliver(tmp_path, old)
    # a digest time of 00:00 UTC: due at any time of the day the test runs
    app = make_app(tmp_path, digest_time="00:00", digest_days=31)
    app.worker().drain()
    deliver(tmp_path, request(2, "other@example.org"))
    app.worker().drain()
    digests = [m for m in sent(tmp_path) if m["To"].addresses[0].addr_spec ==
               "privacy-staff@example.com"]
    # one digest although the worker ran two rounds; it lists the ticket due within 31 days
    assert len(digests) == 1
    with app.store.begin() as s:
        first = s.scalars(select(Ticket).order_by(Ticket.id)).first()
    assert first.reference in digests[0].get_content()


def test_an_existing_empty_outbox_folder_receives_the_mail(tmp_path: Path) -> None:
    (tmp_path / "outbox").mkdir()  # made by the deployer: no tmp/new/cur inside
    deliver(tmp_path, request(1))
    app = make_app(tmp_path)
    assert app.worker().drain() == 1
    app.close()
    (ack,) = sent(tmp_path)
    assert ack["In-Reply-To"] == "<req-1@example.org>"
    assert sorted(p.name for p in (tmp_path / "outbox").iterdir()) == ["cur", "new", "tmp"]


class _BuggyOnce:
    """A transport (our own seam) whose first send fails with a bug, not an outage."""

    def __init__(self, real: Any) -> None:
        self.real, self.calls = real, 0

    def open(self) -> None:
        self.real.open()

    def send(self, raw: bytes, mail_from: str, recipients: list[str]) -> str:
        self.calls += 1
        if self.calls == 1:
            raise ValueError("a bug in delivery")
        return str(self.real.send(raw, mail_from, recipients))

    def close(self) -> None:
        self.real.close()


def test_a_bug_outside_the_stages_is_retried_not_the_end_of_the_service(
        tmp_path: Path, caplog: Any) -> None:
    deliver(tmp_path, request(1))
    app = make_app(tmp_path)
    transport = _BuggyOnce(app.deliverer.transport)
    app.deliverer.transport = transport
    stop = threading.Event()
    worker = app.worker(stop=stop)
    result: list[int] = []
    thread = threading.Thread(target=lambda: result.append(worker.run()), daemon=True)
    thread.start()
    deadline = time.monotonic() + 120  # only stops a hung test: we wait for the mail
    while not sent(tmp_path) and time.monotonic() < deadline and thread.is_alive():
        time.sleep(0.05)
    stop.set()
    thread.join(timeout=120)
    app.close()
    assert result == [0] and transport.calls == 2
    assert [m["In-Reply-To"] for m in sent(tmp_path)] == ["<req-1@example.org>"]
    failures = [r for r in caplog.records if r.getMessage() == "round failed"]
    assert len(failures) == 1 and failures[0].exc_info is not None


def test_the_legal_period_runs_from_delivery_not_from_fetching(tmp_path: Path) -> None:
    # delivered on 2 Nov 09:00 UTC; the worker was stopped and fetches it ten days later
    deliver(tmp_path, request(1))
    later = RECEIVED + timedelta(days=10)
    app = make_app(tmp_path, clock=fixed(later), timezone="Asia/Singapore")
    assert app.worker().drain() == 1
    with app.store.begin() as s:
        (t,) = s.scalars(select(Ticket)).all()
        (row,) = s.scalars(select(Message)).all()
        # received = the Maildir delivery time; due = 2 Nov + 30 days = 2 Dec 09:00 UTC
        assert (t.received_at, t.due_at) == (RECEIVED, datetime(2026, 12, 2, 9, 0, tzinfo=UTC))
        assert (row.arrived_at, row.received_at) == (RECEIVED, later)
    (ack,) = sent(tmp_path)
    text = ack.get_body(("plain",)).get_content()
    # the acknowledgement states the real receipt date (17:00 in Singapore) and due date
    assert "Received on: 2 November 2026" in text
    assert "2 December 2026" in text


def test_the_requesters_reply_starts_a_paused_clock_again(tmp_path: Path, store_url: str) -> None:
    from bot.staff import queue

    deliver(tmp_path, request(1))
    make_app(tmp_path, store_url=store_url).worker().drain()
    with make_app(tmp_path, store_url=store_url).store.begin() as s:
        (t,) = s.scalars(select(Ticket)).all()
        ref = t.reference
        queue.pause(s, ref, "proof of identity", actor="alice", now=RECEIVED + timedelta(days=1))
    # the requester answers three days later, in the acknowledgement's thread
    answered = RECEIVED + timedelta(days=4)
    deliver(tmp_path, (f"From: Jane Doe <jane.doe@example.org>\nTo: privacy@example.com\n"
                       f"Subject: Re: [{ref}] Delete my data 1\nMessage-ID: <reply-1@example.org>\n"
                       f"\nAttached is my ID.\n").encode(), at=answered)
    app = make_app(tmp_path, store_url=store_url, clock=fixed(answered))
    assert app.worker().drain() == 1
    with app.store.begin() as s:
        t = s.scalars(select(Ticket)).one()
        # paused 3 days: due 2 Dec 09:00 + 3 days = 5 Dec 09:00 UTC
        assert (t.status, t.paused_at, t.due_at) == (
            "open", None, datetime(2026, 12, 5, 9, 0, tzinfo=UTC))
        resumed = s.scalars(select(Event).where(Event.kind == "resumed")).one()
        assert (resumed.actor, resumed.detail["reason"]) == ("bot", "a reply arrived")


def test_staff_replies_from_a_mail_client_are_recorded_not_answered(
        tmp_path: Path, store_url: str) -> None:
    deliver(tmp_path, request(1))
    app = make_app(tmp_path, store_url=store_url)
    app.worker().drain()
    with app.store.begin() as s:
        ref = s.scalars(select(Ticket)).one().reference
    (ack,) = sent(tmp_path)
    # from the privacy mailbox itself, and from a colleague with the mailbox in Cc, both to
    # the requester and in the ticket's thread; then the bot's own acknowledgement, come back
    own = (f"From: Privacy Team <privacy@example.com>\nTo: jane.doe@example.org\n"
           f"Subject: Re: Delete my data 1 [{ref}]\nMessage-ID: <staff-1@example.com>\n"
           f"In-Reply-To: <req-1@example.org>\n\nWe need to confirm your identity.\n")
    colleague = (f"From: Alice Lim <alice@example.com>\nTo: jane.doe@example.org\n"
                 f"Cc: privacy@example.com\nSubject: Re: [{ref}] your request\n"
                 f"Message-ID: <staff-2@example.com>\n\nDone: your data is erased.\n")
    deliver(tmp_path, own.encode(), colleague.encode(), ack.as_bytes())
    assert app.worker().drain() == 3
    with app.store.begin() as s:
        t = s.scalars(select(Ticket)).one()
        assert t.status == "open"  # not reopened, not re-acknowledged
        outcomes = [m.outcome for m in s.scalars(select(Message).order_by(Message.id))]
        recorded = [e.detail["message_id"] for e in s.scalars(
            select(Event).where(Event.kind == "correspondence-out").order_by(Event.id))]
    assert outcomes == ["ticket", "sent", "sent", "ignore"]
    assert recorded == ["<staff-1@example.com>", "<staff-2@example.com>"]
    assert len(sent(tmp_path)) == 1  # only the first acknowledgement: nothing sent for them


def test_a_reply_from_another_address_is_flagged_and_changes_nothing(tmp_path: Path) -> None:
    deliver(tmp_path, request(1))
    app = make_app(tmp_path)
    app.worker().drain()
    with app.store.begin() as s:
        ref = s.scalars(select(Ticket)).one().reference
    deliver(tmp_path, (f"From: Mallory <mallory@example.net>\nTo: privacy@example.com\n"
                       f"Subject: Re: [{ref}] Delete my data 1\nMessage-ID: <m-1@example.net>\n"
                       "\nPlease send the data to this address instead.\n").encode())
    assert app.worker().drain() == 1
    with app.store.begin() as s:
        t = s.scalars(select(Ticket)).one()
        assert t.requester == "jane.doe@example.org"  # answers still go to the requester
        (event,) = s.scalars(select(Event).where(Event.kind == "correspondence")).all()
        assert event.detail["different_sender"] == "mallory@example.net"
    (notice,) = [m for m in sent(tmp_path) if m["To"] == "privacy-staff@example.com"]
    assert "FROM A DIFFERENT SENDER" in notice.get_body(("plain",)).get_content()


def test_a_new_request_in_the_thread_of_a_resolved_ticket_opens_a_linked_one(
        tmp_path: Path, store_url: str) -> None:
    from bot.staff import queue

    deliver(tmp_path, request(1))
    app = make_app(tmp_path, store_url=store_url)
    app.worker().drain()
    with app.store.begin() as s:
        old = s.scalars(select(Ticket)).one().reference
        queue.resolve(s, old, "erased", actor="alice", now=RECEIVED + timedelta(days=3))
    later = RECEIVED + timedelta(days=5)
    deliver(tmp_path, (f"From: Jane Doe <jane.doe@example.org>\nTo: privacy@example.com\n"
                       f"Subject: Re: [{old}] Delete my data 1\nMessage-ID: <req-2@example.org>\n"
                       f"In-Reply-To: <req-1@example.org>\n\nThank you. Now please close my "
                       "account too.\n").encode(), at=later)
    assert make_app(tmp_path, store_url=store_url, clock=fixed(later)).worker().drain() == 1
    with app.store.begin() as s:
        first, second = s.scalars(select(Ticket).order_by(Ticket.id)).all()
        assert (first.reference, first.status) == (old, "resolved")  # not reopened
        # a new clock: received 7 Nov 09:00 UTC + 30 days = 7 Dec 09:00 UTC
        assert (second.types, second.received_at, second.due_at) == (
            ["cancellation"], later, datetime(2026, 12, 7, 9, 0, tzinfo=UTC))
        links = {(e.ticket_id, e.detail["to"]) for e in s.scalars(
            select(Event).where(Event.kind == "linked"))}
        assert links == {(first.id, second.reference), (second.id, old)}
    acks = [m for m in sent(tmp_path) if m["To"] != "privacy-staff@example.com"]
    assert len(acks) == 2 and f"[{second.reference}]" in acks[1]["Subject"]
    # a reply asking nothing new is recorded on the resolved ticket, which stays resolved
    deliver(tmp_path, (f"From: Jane Doe <jane.doe@example.org>\nTo: privacy@example.com\n"
                       f"Subject: Re: [{old}] Delete my data 1\nMessage-ID: <thx@example.org>\n"
                       "\nThank you very much for your help.\n").encode(), at=later)
    assert make_app(tmp_path, store_url=store_url, clock=fixed(later)).worker().drain() == 1
    with app.store.begin() as s:
        assert s.scalars(select(Ticket).where(Ticket.reference == old)).one().status == (
            "resolved")
    (notice,) = [m for m in sent(tmp_path) if m["To"] == "privacy-staff@example.com"]
    assert "which is resolved: reopen it if it needs more work" in " ".join(
        notice.get_body(("plain",)).get_content().split())


def test_a_second_request_while_one_is_open_is_linked_to_it(tmp_path: Path) -> None:
    deliver(tmp_path, request(1), request(2),
            request(3, sender="someone.else@example.net"))
    app = make_app(tmp_path)
    assert app.worker().drain() == 3
    with app.store.begin() as s:
        first, second, third = s.scalars(select(Ticket).order_by(Ticket.id)).all()
        links = sorted((e.ticket_id, e.detail["to"]) for e in s.scalars(
            select(Event).where(Event.kind == "linked")))
    assert links == [(first.id, second.reference), (second.id, first.reference)]
    assert third.requester == "someone.else@example.net"


def test_the_one_time_code_in_a_reply_verifies_the_requester(tmp_path: Path) -> None:
    import re

    from bot.staff import correspondence

    deliver(tmp_path, request(1))
    app = make_app(tmp_path)
    app.worker().drain()
    with app.store.begin() as s:
        ref = s.scalars(select(Ticket)).one().reference
        correspondence.send(s, ref, "identity_request", "", actor="alice", now=RECEIVED,
                            renderer=app.renderer, config=app.config)
        stored = s.scalars(select(Ticket)).one().verify_code
    app.worker().drain()  # sends the letter
    (letter,) = [m for m in sent(tmp_path) if m["Auto-Submitted"] == "no"]
    (code,) = re.findall(r"write this code in your reply: (\d{6})",
                         " ".join(letter.get_body(("plain",)).get_content().split()))
    assert code not in stored  # only a salted hash is kept

    def reply(n: int, sender: str, text: str) -> bytes:
        return (f"From: {sender}\nTo: privacy@example.com\nSubject: Re: [{ref}] Delete my data"
                f"\nMessage-ID: <v-{n}@example.org>\n\n{text}\n").encode()

    wrong = "999999" if code != "999999" else "111111"
    deliver(tmp_path, reply(1, "mallory@example.net", f"Here it is: {code}"),
            reply(2, "jane.doe@example.org", f"The code is {wrong}."),
            reply(3, "jane.doe@example.org", f"My code: {code}. Thanks!"))
    assert app.worker().drain() == 3
    with app.store.begin() as s:
        t = s.scalars(select(Ticket)).one()
        # the forged sender's reply proves nothing; the wrong code counts; the right one from
        # the requester's address verifies and clears the code
        assert (t.verified_by_method, t.verify_code, t.status) == ("email-code", "", "open")
        kinds = [e.kind for e in s.scalars(select(Event).where(
            Event.kind.in_(("verified", "verification-failed"))).order_by(Event.id))]
    assert kinds == ["verification-failed", "verified"]


def test_limits_count_people_domains_and_the_hour_not_strings(
        tmp_path: Path, store_url: str) -> None:
    # an auto-responder answering from a new plus-address and case each time is one person
    plus = [request(n, sender=f"Jane.Doe+{n}@Example.org") for n in range(7)]
    deliver(tmp_path, *plus)
    app = make_app(tmp_path, store_url=store_url)
    assert app.worker().drain() == 7
    assert len(sent(tmp_path)) == 5  # bot.ack_limit_per_day
    from bot.service.health import check_health

    figures = check_health(app.config, app.store, now=RECEIVED)
    assert figures.acks_rate_limited_24h == 2
    assert any("2 acknowledgement(s) held back by a rate limit" in a
               for a in figures.queue_attention)


def test_the_domain_and_hourly_ceilings(tmp_path: Path) -> None:
    deliver(tmp_path, *(request(n, sender=f"user{n}@spam.example.net") for n in range(4)),
            request(9, sender="someone@example.com.sg"))
    app = make_app(tmp_path, ack_limit_per_domain=3)
    assert app.worker().drain() == 5
    assert sorted(m["To"] for m in sent(tmp_path)) == [
        "Jane Doe <someone@example.com.sg>", "Jane Doe <user0@spam.example.net>",
        "Jane Doe <user1@spam.example.net>", "Jane Doe <user2@spam.example.net>"]
    other = tmp_path / "other"
    other.mkdir()
    deliver(other, *(request(n, sender=f"p{n}@example.net") for n in range(3)))
    app = make_app(other, ack_limit_per_hour=2)
    assert app.worker().drain() == 3
    assert len(sent(other)) == 2


def test_a_mail_with_nul_in_its_sender_name_subject_and_message_id_is_ticketed(
        tmp_path: Path, store_url: str) -> None:
    # PostgreSQL refuses NUL (0x00) in text; SQLite keeps it. A NUL written raw and one
    # written as an encoded-word (RFC 2047) in From and Subject, and one in the Message-ID
    # (read from the raw header by the store, for its duplicate check).
    deliver(tmp_path,
            b"From: =?utf-8?q?Jane=00_Doe?= <jane.doe@example.org>\nTo: privacy@example.com\n"
            b"Subject: =?utf-8?q?Delete=00_my_data?=\nMessage-ID: <nul-1@example.org>\n\n"
            b"Please delete all my personal data.\n",
            b"From: Ali\x00 Baba <ali@example.net>\nTo: privacy@example.com\n"
            b"Subject: Delete\x00 my data\nMessage-ID: <nul-2\x00x@example.net>\n\n"
            b"Please delete all my personal data.\x00\n")
    app = make_app(tmp_path, store_url=store_url)
    assert app.worker().drain() == 2
    with app.store.begin() as s:
        tickets = [(t.reference, t.requester, t.requester_name, t.subject, t.types)
                   for t in s.scalars(select(Ticket).order_by(Ticket.id))]
        rows = [(m.message_id, m.outcome, m.state)
                for m in s.scalars(select(Message).order_by(Message.id))]
    # the parser drops control characters from header text; the store's own reading of the
    # raw Message-ID keeps the NUL's place as U+FFFD
    assert tickets == [
        ("PRIV-2026-000001", "jane.doe@example.org", "Jane Doe", "Delete my data",
         ["deletion"]),
        ("PRIV-2026-000002", "ali@example.net", "Ali Baba", "Delete my data", ["deletion"])]
    assert rows == [("<nul-1@example.org>", "ticket", "archived"),
                    ("<nul-2\ufffdx@example.net>", "ticket", "archived")]
    assert sorted(m["To"] for m in sent(tmp_path)) == [
        "Ali Baba <ali@example.net>", "Jane Doe <jane.doe@example.org>"]
    app.close()


FORGED_FORWARD = (
    b"From: Chief Executive <ceo@example.com>\nTo: privacy@example.com\n"
    b"Subject: Fwd: delete my data\nMessage-ID: <forged-1@attacker.example.net>\n\n"
    b"---------- Forwarded message ---------\n"
    b"From: Victim <victim@example.org>\nSubject: delete my data\n\n"
    b"Please delete all my personal data.\n"
)


def test_a_forward_in_the_companys_name_that_is_not_authenticated_writes_to_nobody_outside(
        tmp_path: Path) -> None:
    # anyone can write "From: ceo@example.com"; with no authentication of example.com and no
    # listed colleague, the address inside gets nothing (no backscatter): staff get it
    deliver(tmp_path, FORGED_FORWARD,
            b"Authentication-Results: mx.example.com; dmarc=fail header.from=example.com\n"
            + FORGED_FORWARD.replace(b"forged-1", b"forged-2"))
    app = make_app(tmp_path)
    assert app.worker().drain() == 2
    assert {m["To"] for m in sent(tmp_path)} == {"privacy-staff@example.com"}
    with app.store.begin() as s:
        assert [t.ack_status for t in s.scalars(select(Ticket))] == ["suppressed"] * 2
        assert [e.detail["authenticated"] for e in s.scalars(
            select(Event).where(Event.kind == "forwarded"))] == [False, False]


def test_a_listed_colleague_is_trusted_without_authentication_results(tmp_path: Path) -> None:
    deliver(tmp_path, FORGED_FORWARD)
    app = make_app(tmp_path, trusted_colleagues=["ceo@example.com"])
    assert app.worker().drain() == 1
    (ack,) = sent(tmp_path)
    assert ack["To"] == "victim@example.org"


def test_one_mail_sent_to_two_company_addresses_is_one_request(
        tmp_path: Path, store_url: str) -> None:
    # the same mail to privacy@ and, in Cc, dpo@: each copy gets its own trace fields above
    # the same message (same Message-ID, same body)
    mail = (b"From: Jane Doe <jane.doe@example.org>\nTo: privacy@example.com\n"
            b"Cc: dpo@example.com\nSubject: Delete my data\nMessage-ID: <twice@example.org>\n"
            b"\nPlease delete all my personal data.\n")
    deliver(tmp_path,
            b"Delivered-To: privacy@example.com\nReceived: by mx.example.com; "
            b"Mon, 2 Nov 2026 09:00:01 +0000\n" + mail,
            b"Delivered-To: dpo@example.com\nReceived: by mx.example.com; "
            b"Mon, 2 Nov 2026 09:00:02 +0000\n" + mail.replace(b"\n", b"\r\n"))
    app = make_app(tmp_path, store_url=store_url)
    assert app.worker().drain() == 1  # the second copy is stored as a duplicate
    with app.store.begin() as s:
        assert len(s.scalars(select(Ticket)).all()) == 1
        rows = s.scalars(select(Message).order_by(Message.id)).all()
        assert [m.duplicate_of for m in rows] == [None, rows[0].id]
    assert len(sent(tmp_path)) == 1
    # a different mail that reuses the Message-ID is not taken for the same one
    deliver(tmp_path, mail.replace(b"delete all", b"send me a copy of"))
    assert app.worker().drain() == 1
    with app.store.begin() as s:
        assert len(s.scalars(select(Ticket)).all()) == 2


def test_fetched_mail_is_stored_before_more_than_32_mib_is_held(
        tmp_path: Path, monkeypatch: Any) -> None:
    # five mails of ~12 KB with a 25 KB ceiling: stored in batches of 3 (36 KB >= 25 KB) and 2
    import bot.service.worker as worker_module
    from bot.service.worker import Worker

    monkeypatch.setattr(worker_module, "FETCH_BATCH_BYTES", 25_000)
    deliver(tmp_path, *(request(n, body="Please delete my data. " + "x" * 12_000)
                        for n in range(5)))
    from bot.service.app import make_mailbox

    app = make_app(tmp_path)
    mailbox = make_mailbox(app.config)
    stored: list[int] = []  # messages in the store at each "after-store" point

    def crash(point: str) -> None:
        if point == "after-store":
            stored.append(len(app.store.unprocessed(mailbox.source, limit=100)))

    worker = Worker(app.config, app.store, mailbox, app.processor, app.deliverer,
                    crash=crash, clock=app.clock)
    assert worker.drain() == 5
    assert stored == [3, 5]


@pytest.mark.postgresql
def test_two_workers_on_one_stored_message_open_one_ticket(
        tmp_path: Path, postgres_server: PostgresServer) -> None:
    # PostgreSQL, READ COMMITTED: while one worker's commit holds the message, a second
    # worker processing the same message waits for it (row lock), then finds it committed.
    # (On SQLite the single writer lock does the same; a second writer there fails
    # "database is locked" and retries.)
    name = postgres_server.create_database()
    url = postgres_server.url(name)
    deliver(tmp_path, request(1))
    first, second = make_app(tmp_path, store_url=url), make_app(tmp_path, store_url=url)
    worker = first.worker()
    (inbox,) = worker.inboxes
    worker._fetch_new(inbox, worker._open(inbox), worker.mailbox.list_uids())
    (row_id,) = first.store.unprocessed()
    row = first.store.start_attempt(row_id)
    assert row is not None
    result: list[object] = []
    with first.store.begin() as s:  # the first worker's commit, in progress
        held = s.get(Message, row_id, with_for_update=True)
        assert held is not None
        thread = threading.Thread(target=lambda: result.append(
            second.processor.process(row_id, row.raw, row.received_at)), daemon=True)
        thread.start()
        deadline = time.monotonic() + 120  # only stops a hung test: we wait for the lock wait
        while not _waiting_for_a_lock(postgres_server, name) and time.monotonic() < deadline:
            time.sleep(0.02)
        assert _waiting_for_a_lock(postgres_server, name)
        held.state, held.outcome = MessageState.COMMITTED, "ticket"
    thread.join(timeout=120)
    assert result == [None]  # the second worker did nothing
    with second.store.begin() as s:
        assert s.scalars(select(Ticket)).all() == []
        assert s.scalars(select(Event).where(Event.kind == "processed")).all() == []
    first.close()
    second.close()
    postgres_server.drop_database(name)


def _waiting_for_a_lock(server: PostgresServer, database: str) -> bool:
    """Whether a session on ``database`` waits for a lock (pg_stat_activity)."""
    import psycopg

    with psycopg.connect(server.dsn(database)) as conn:
        row = conn.execute("SELECT count(*) FROM pg_stat_activity WHERE datname = %s "
                           "AND wait_event_type = 'Lock'", (database,)).fetchone()
    return row is not None and row[0] > 0
