"""Acknowledgements and handoffs for every mail of the shared corpus: valid SMTP mail each time.

The corpus holds the real-world shapes (raw 8-bit headers, wrong charsets, odd subjects,
long names); whatever a mail looks like, what the bot sends must keep the line limits,
thread on the original and carry the original verbatim to staff.
"""

from __future__ import annotations

from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser

import pytest

from bot.intake.parse import parse_message
from classifiers.types import REQUEST_TYPES, Classification
from responses import Renderer, TicketView
from responses.headers import valid_msgid
from tests.data_fixtures import corpus_bytes, corpus_params

RENDERER = Renderer(
    from_address="privacy@example.com", from_name="ExampleMart Privacy", domain="example.com",
    staff_address="dpo@example.com", timezone="Asia/Singapore",
)
WHEN = datetime(2026, 11, 29, 3, 0, tzinfo=UTC)


@pytest.mark.parametrize(("part", "row"), corpus_params("dev", "public", "realworld"))
def test_corpus_mail_renders_as_valid_email(part: str, row: dict[str, object]) -> None:
    raw = corpus_bytes(part, row)
    inbound = parse_message(raw)
    labels = tuple(t for t in REQUEST_TYPES if t in row["labels"]) or ("access",)  # type: ignore[operator]
    view = TicketView("PRIV-2026-000001", labels, WHEN, WHEN, str(row.get("lang", "en")))
    ack = RENDERER.acknowledgement(inbound, view, "someone@example.org")
    classification = Classification(
        labels=(), scores=dict.fromkeys(REQUEST_TYPES, 0.0), route="human", reason="test",
        language=str(row.get("lang", "en")),
    )
    handoff = RENDERER.handoff(inbound, raw, view, classification, "test")
    for msg in (ack, handoff):
        data = msg.as_bytes(policy=policy.SMTP)
        assert max(len(line) for line in data.split(b"\r\n")) <= 998
        assert b"\n" not in data.replace(b"\r\n", b"")
    parsed = BytesParser(policy=policy.default).parsebytes(ack.as_bytes())
    assert isinstance(parsed, EmailMessage)
    assert parsed["Subject"].startswith("Re: ") and parsed["Subject"].endswith(
        " [PRIV-2026-000001]")
    expected_parent = valid_msgid(inbound.message_id)
    assert parsed["In-Reply-To"] == expected_parent
    data = handoff.as_bytes(policy=policy.SMTP)
    assert data.isascii()  # the bot sends 7bit mail: no relay needs 8BITMIME
    attached = [p for p in BytesParser(policy=policy.default).parsebytes(data).walk()
                if p.get_filename() == "original.eml"]
    assert len(attached) == 1
    if raw.isascii():  # verbatim message/rfc822, only line ends changed
        normalised = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        assert normalised in data
    else:  # 8-bit mail travels as a base64 .eml, bytes intact
        assert attached[0].get_content() == raw
