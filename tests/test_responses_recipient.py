"""bot.outbound.recipient: where an acknowledgement goes (RFC 3834 §4), and when it goes nowhere."""

from __future__ import annotations

import pytest

from bot.intake.message import InboundMessage
from bot.intake.parse import parse_message
from bot.outbound.recipient import choose_recipient, normalise_address, recipient_decision
from tests.data_fixtures import OWN_ADDRESSES, corpus_bytes, corpus_params


def message(**kw: object) -> InboundMessage:
    fields: dict[str, object] = {
        "message_id": "<m@mail.example.org>",
        "from_name": "Jane Tan",
        "from_addr": "jane@example.org",
        "subject": "Delete my data",
        "text": "Please delete my data.",
        "return_path": "jane@example.org",
    }
    fields.update(kw)
    return InboundMessage(**fields)  # type: ignore[arg-type]


def test_from_is_the_recipient() -> None:
    assert recipient_decision(message()) == (
        "jane@example.org", "From (RFC 3834 §4 service response to the requester)")


def test_reply_to_is_not_used() -> None:
    assert choose_recipient(message(reply_to=("someone.else@example.net",))) == "jane@example.org"


def test_a_different_ordinary_envelope_sender_does_not_stop_the_reply() -> None:
    srs = "SRS0=HHH=TT=example.org=jane@forwarder.example.net"
    assert choose_recipient(message(return_path=srs)) == "jane@example.org"


def test_absent_return_path_falls_back_to_from() -> None:
    assert choose_recipient(message(return_path=None)) == "jane@example.org"


@pytest.mark.parametrize(
    ("fields", "reason_start"),
    [
        ({"return_path": ""}, "null Return-Path"),
        ({"return_path": None, "headers": {"return-path": "<>"}}, "null Return-Path"),
        ({"return_path": "bounce-142-jane=example.org@lists.example.net"}, "Return-Path is"),
        ({"return_path": "MAILER-DAEMON@mx.example.net"}, "Return-Path is the mail system"),
        ({"from_addr": "MAILER-DAEMON@mx.example.net", "return_path": None}, "From is the mail"),
        ({"from_addr": "postmaster@example.org", "return_path": None}, "From is the mail"),
        ({"from_addr": "no-reply@shop.example.org", "return_path": None}, "From is an address"),
        ({"from_addr": "noreply@shop.example.org", "return_path": None}, "From is an address"),
        ({"from_addr": "do-not-reply@shop.example.org", "return_path": None}, "From is an"),
        ({"from_addr": "Privacy@Example.COM", "return_path": None}, "From is the bot's own"),
        ({"from_addr": "", "return_path": None}, "From is not a plain"),
        ({"from_addr": "jane@example.org\r\nBcc: x@evil.example"}, "From is not a plain"),
        ({"from_addr": "jane doe@example.org"}, "From is not a plain"),
        ({"from_addr": "<jane@example.org>"}, "From is not a plain"),
        ({"from_addr": "jäne@example.org"}, "From is not a plain"),
        ({"from_addr": "jane@localhost"}, "From is not a plain"),
        ({"from_addr": "jane@blocked.example", "return_path": None}, "From is domain listed"),
    ],
)
def test_refusals(fields: dict[str, object], reason_start: str) -> None:
    address, reason = recipient_decision(
        message(**fields), own_addresses=OWN_ADDRESSES, never=("@blocked.example",)
    )
    assert address is None
    assert reason.startswith(reason_start), reason


def test_trusted_form_sender_uses_its_single_reply_to() -> None:
    form = message(from_addr="noreply@example.com", reply_to=("jane@example.org",),
                   return_path="noreply@example.com")
    assert choose_recipient(form) is None  # untrusted: a no-reply sender; Reply-To unused
    assert choose_recipient(form, trusted_form_senders=("NoReply@example.com",)) == (
        "jane@example.org")
    two = message(from_addr="noreply@example.com", return_path=None,
                  reply_to=("a@example.org", "b@example.org"))
    assert recipient_decision(two, trusted_form_senders=("noreply@example.com",)) == (
        None, "trusted form sender without exactly one Reply-To")


def test_a_trusted_form_sending_as_null_is_still_refused() -> None:
    form = message(from_addr="noreply@example.com", reply_to=("jane@example.org",),
                   return_path="")
    assert choose_recipient(form, trusted_form_senders=("noreply@example.com",)) is None


def test_a_trusted_form_cannot_point_at_an_unsafe_reply_to() -> None:
    form = message(from_addr="noreply@example.com", reply_to=("privacy@example.com",))
    assert recipient_decision(
        form, own_addresses=OWN_ADDRESSES, trusted_form_senders=("noreply@example.com",)
    ) == (None, "Reply-To is the bot's own address (would loop)")


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("jane@example.org", "jane@example.org"),
        (" Jane.Tan+privacy@Example.ORG ", "Jane.Tan+privacy@example.org"),
        ("jane@bücher.example", "jane@xn--bcher-kva.example"),
        ("jane@例子.测试", "jane@xn--fsqu00a.xn--0zwm56d"),
        ("用户@example.org", None),
        ("jane@@example.org", None),
        (".jane@example.org", None),
        ("jane.@example.org", None),
        ("ja..ne@example.org", None),
        ("jane@-example.org", None),
        ("jane@example.org.", None),
        ("j" * 65 + "@example.org", None),
        ('"jane"@example.org', None),
        ("jane@[127.0.0.1]", None),
    ],
)
def test_normalise_address(address: str, expected: str | None) -> None:
    assert normalise_address(address) == expected


@pytest.mark.parametrize(("part", "row"), corpus_params("dev", "public", "realworld"))
def test_corpus_recipients(part: str, row: dict[str, object]) -> None:
    inbound = parse_message(corpus_bytes(part, row))
    address = choose_recipient(inbound, own_addresses=OWN_ADDRESSES)
    if row["route"] != ["ignore"]:
        # every request and every message for a person is answered, at its author's address
        assert address == normalise_address(inbound.from_addr)
        assert address is not None
    if inbound.return_path == "":
        assert address is None
