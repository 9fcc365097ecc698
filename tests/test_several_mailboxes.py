"""Several mailboxes in one deployment (config ``[[mailbox]]``): two real Maildirs, each
serving its own privacy address, drained by one worker into a real SQLite store, the clock
fixed. Expected values are worked out by hand per test."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from bot.config import build_config
from bot.service.app import App, build_app
from bot.store import Message, MessageState, Outbox, Ticket
from bot.store.models import utcnow
from tests.queue_helpers import AT_RECEIPT, deliver, sent_mail

BRAND_A = "privacy@brand-a.example.com"
BRAND_B = "dpo@brand-b.example.com"


def two_mailboxes(tmp_path: Path) -> App:
    """An app whose worker reads ``mail-a`` (serving BRAND_A) and ``mail-b`` (BRAND_B)."""
    config = build_config(
        {"mailbox": [{"path": "mail-a", "address": BRAND_A},
                     {"path": "mail-b", "address": BRAND_B}],
         "outbox": {"path": "outbox"}, "store": {"url": "sqlite:///bot.db"},
         "bot": {"read_in_child": False}},
        base=tmp_path, env={},
    )
    return build_app(config, clock=AT_RECEIPT)


def request(n: int, to: str, sender: str = "jane.doe@example.org") -> bytes:
    return (f"From: Jane Doe <{sender}>\nTo: {to}\nSubject: Delete my data {n}\n"
            f"Message-ID: <multi-{n}@example.org>\n\n"
            "Please delete all my personal data and my order history.\n").encode()


def left_in(maildir: Path) -> list[str]:
    """The mails still in the inbox of ``maildir`` (new/ and cur/), not yet filed."""
    return sorted(p.name for sub in ("new", "cur") for p in (maildir / sub).glob("*"))


def test_each_mailbox_tickets_and_acknowledges_from_its_own_address(tmp_path: Path) -> None:
    deliver(tmp_path, request(1, BRAND_A), folder="mail-a")
    deliver(tmp_path, request(2, BRAND_B, "ravi@example.net"), folder="mail-b")
    app = two_mailboxes(tmp_path)
    assert app.worker().drain() == 2
    with app.store.begin() as s:
        tickets = {t.requester: t.received_by(app.config.bot.address)
                   for t in s.scalars(select(Ticket))}
        envelope = {o.recipients[0]: o.mail_from for o in s.scalars(select(Outbox))}
    assert tickets == {"jane.doe@example.org": BRAND_A, "ravi@example.net": BRAND_B}
    assert envelope == {"jane.doe@example.org": BRAND_A, "ravi@example.net": BRAND_B}
    acks = {m["To"].addresses[0].addr_spec: m for m in sent_mail(tmp_path / "outbox")}
    assert {to: (m["From"].addresses[0].addr_spec, m["Reply-To"]) for to, m in acks.items()} \
        == {"jane.doe@example.org": (BRAND_A, BRAND_A), "ravi@example.net": (BRAND_B, BRAND_B)}
    assert left_in(tmp_path / "mail-a") == left_in(tmp_path / "mail-b") == []


def test_the_same_mail_delivered_to_both_is_one_request(tmp_path: Path) -> None:
    mail = request(3, f"{BRAND_A}, {BRAND_B}")
    deliver(tmp_path, b"Delivered-To: " + BRAND_A.encode() + b"\n" + mail, folder="mail-a")
    deliver(tmp_path, b"Delivered-To: " + BRAND_B.encode() + b"\n" + mail, folder="mail-b")
    app = two_mailboxes(tmp_path)
    assert app.worker().drain() == 1  # the second copy is stored as a duplicate
    with app.store.begin() as s:
        (ticket,) = s.scalars(select(Ticket)).all()
        rows = s.scalars(select(Message).order_by(Message.id)).all()
        assert [(m.mailbox.rpartition("/")[2], m.state, m.folder, m.ticket_id) for m in rows] \
            == [("mail-a", MessageState.ARCHIVED, "Privacy/Requests", ticket.id),
                ("mail-b", MessageState.ARCHIVED, "Privacy/Requests", None)]
        assert rows[1].duplicate_of == rows[0].id
    assert ticket.received_by("") == BRAND_A  # the copy read first
    (ack,) = sent_mail(tmp_path / "outbox")
    assert ack["From"].addresses[0].addr_spec == BRAND_A
    assert left_in(tmp_path / "mail-a") == left_in(tmp_path / "mail-b") == []


def test_mail_from_any_served_address_is_the_bots_own(tmp_path: Path) -> None:
    # brand B's address writing to brand A (an auto-reply loop, a misdirected notice): never
    # answered automatically, as mail from bot.address is not
    deliver(tmp_path, request(4, BRAND_A, sender=BRAND_B), folder="mail-a")
    app = two_mailboxes(tmp_path)
    assert app.worker().drain() == 1
    with app.store.begin() as s:
        assert s.scalars(select(Ticket)).all() == []
        assert s.scalars(select(Message.outcome)).all() == ["ignore"]
    assert sent_mail(tmp_path / "outbox") == []


def test_the_register_and_ticket_show_name_the_receiving_address(tmp_path: Path) -> None:
    from bot.cli.tickets import detail_json
    from bot.staff.correspondence import compose
    from bot.staff.queue import register, ticket_detail

    deliver(tmp_path, request(5, BRAND_B), folder="mail-b")
    app = two_mailboxes(tmp_path)
    app.worker().drain()
    with app.store.begin() as s:
        (row,) = register(s, utcnow(), app.config.bot.address)
        (ticket,) = s.scalars(select(Ticket)).all()
        shown = detail_json(ticket_detail(s, ticket.reference), app.config.bot.address)
    assert row["receiving_address"] == BRAND_B
    assert shown["receiving_address"] == BRAND_B
    with app.store.begin() as s:  # staff's letters too come from the address written to
        letter = compose(s, ticket.reference, "identity_request", "Please confirm.",
                         renderer=app.renderer, config=app.config)
    assert (letter["From"].addresses[0].addr_spec, letter["Reply-To"]) == (BRAND_B, BRAND_B)
