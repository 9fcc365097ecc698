"""Who the requester is: the author, or the customer whose mail a colleague forwarded."""

from __future__ import annotations

from bot.intake.message import InboundMessage
from bot.intake.requester import Requester, find_requester

INTERNAL = ("example.com",)


def msg(from_addr: str, text: str = "", name: str = "", attached: tuple[InboundMessage, ...] = ()
        ) -> InboundMessage:
    return InboundMessage(message_id="<x@y>", from_name=name, from_addr=from_addr,
                          subject="s", text=text, attached_messages=attached)


def test_outside_sender_is_the_requester() -> None:
    m = msg("jane@example.org", "---------- Forwarded message ---------\nFrom: x@example.net",
            "Jane")
    assert find_requester(m, INTERNAL) == Requester("Jane", "jane@example.org")


def test_colleague_forwarding_inline() -> None:
    text = ("Hi team, forwarding this.\n\n---------- Forwarded message ---------\n"
            "From: Wong Mei Ling <MeiLing.Wong@example.net>\nDate: Mon, 14 Apr 2025\n"
            "To: <support@example.com>\n\nPlease send me a copy of my data.")
    m = msg("aisyah@example.com", text, "Aisyah")
    assert find_requester(m, INTERNAL) == Requester("Wong Mei Ling", "meiling.wong@example.net",
                                                    "aisyah@example.com")


def test_colleague_forwarding_as_attachment_from_a_subdomain() -> None:
    inner = msg("akosua@example.net", "copy of my data please", "Akosua Mensah")
    m = msg("kim@support.example.com", "FYI, see attached", "Kim", (inner,))
    assert find_requester(m, INTERNAL) == Requester("Akosua Mensah", "akosua@example.net",
                                                    "kim@support.example.com")


def test_colleague_forwarding_a_transcript_without_an_address() -> None:
    text = "-----Original Message-----\nFrom: Live chat\nCustomer: please close my account"
    m = msg("darren@example.com", text, "Darren")
    assert find_requester(m, INTERNAL) == Requester("", "", "darren@example.com")


def test_colleague_writing_for_themselves() -> None:
    m = msg("staffer@example.com", "Please delete my own customer account data.", "Staffer")
    assert find_requester(m, INTERNAL) == Requester("Staffer", "staffer@example.com")
