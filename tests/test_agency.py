"""Requests made for someone else (classifiers.agency): found in the languages read, flagged on
the ticket and said in the acknowledgement; phrases that only look alike are not flagged."""

from __future__ import annotations

from email import message_from_bytes, policy
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.store import Ticket
from classifiers.agency import on_behalf
from tests.queue_helpers import deliver, make_app


@pytest.mark.parametrize("text", [
    "I am writing on behalf of my mother, Mdm Tan, to ask you to delete her account.",
    "We act for Mr Lee (our client) and request a copy of his personal data.",
    "As her legal guardian I ask you to erase my daughter's data.",
    "My father who passed away last year still has an account with you.",
    "Saya menulis bagi pihak ibu saya yang sudah uzur.",
    "Mohon hapus data atas nama ayah saya.",
    "我代我母亲申请删除她的账户。",
    "Je vous écris au nom de ma mère pour fermer son compte.",
    "Ich schreibe im Auftrag von meiner Mutter.",
    "어머니를 대신하여 계정 삭제를 요청합니다.",
    "Tôi viết thư này thay mặt mẹ tôi.",
])
def test_requests_for_someone_else_are_found(text: str) -> None:
    assert on_behalf(text)


@pytest.mark.parametrize("text", [
    "Please delete my account and all my data.",
    "这代表我们不再需要这个账户。",  # "this means"
    "Kim Minsu 대리 드림",  # a job title in a signature
    "My mother tongue is Malay.",
    "I represented my school at the games; please close my account.",
])
def test_look_alikes_are_not(text: str) -> None:
    assert on_behalf(text) == ""


def test_the_ticket_flags_it_and_the_acknowledgement_promises_nothing_to_the_agent(
        tmp_path: Path) -> None:
    deliver(tmp_path, b"From: Ravi Kumar <ravi@example.net>\nTo: privacy@example.com\n"
            b"Subject: Delete my mother's data\nMessage-ID: <agent-1@example.net>\n\n"
            b"I am writing on behalf of my mother, Mdm Devi, who is 84. Please delete all "
            b"of her personal data.\n")
    app = make_app(tmp_path)
    assert app.worker().drain() == 1
    with app.store.begin() as s:
        t = s.scalars(select(Ticket)).one()
        assert t.types == ["deletion"]
        assert t.classification["on_behalf"].startswith("I am writing on behalf of my mother")
    (ack,) = [message_from_bytes(p.read_bytes(), policy=policy.default)
              for p in (tmp_path / "outbox" / "new").iterdir()]
    body = " ".join(ack.get_body(("plain",)).get_content().split())
    assert ("You wrote on behalf of someone else. Before we act, we will check that you may "
            "act for them") in body
