"""Issue 13, "reading mail round 2": one fixture per kind in tests/data/, each asserting the
exact text, sender and route found by hand from the raw mail and the RFC named.

Text lost or garbled (parse and cleaning) and machines not recognised (screen); the route is
what ``process --dry-run`` prints (the whole pure pipeline: parse, screen, classify, decide).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from data_fixtures import DATA, OWN_ADDRESSES, eml

from bot.config import build_config
from bot.intake.message import ATTACHED_MARKER, Attachment, body_text
from bot.intake.parse import parse_message
from bot.intake.screen import screen
from bot.pipeline.reader import read
from classifiers.cleaning import clean_message

_CONFIG = build_config({"mailbox": {"path": "m"}, "outbox": {"path": "o"}}, base=DATA, env={})


def _route(raw: bytes) -> str:
    """The route ``process --dry-run`` reports (reply and bounce read as human / ignore)."""
    outcome = read(raw, _CONFIG).decision.outcome
    return {"reply": "human", "bounce": "ignore"}.get(outcome, outcome)


# name -> from_name, from_addr, subject, text (exact), route, defect (or None)
TEXT_KINDS: dict[str, dict[str, Any]] = {
    # One invalid byte pair in a UTF-8 part: UTF-8 with U+FFFD, not the whole part as cp1252.
    "utf8-one-invalid-byte.eml": {
        "from": ("Пётр Иванов", "petr.ivanov@example.ru"),
        "subject": "Удаление данных",
        "text": "Здравствуйте,\n\nПрошу удалить мой профиль и все мои персональные данные.\n"
                "Цитата из письма: \ufffdспасибо\ufffd\n\nПётр Иванов",
        "route": "human",  # Russian is not a language the classifier reads: a person triages
        "defect": "charset utf-8: invalid UTF-8 bytes replaced with U+FFFD",
    },
    # RFC 3676 §4.5: the quoted flowed paragraph ends where quote depth changes.
    "flowed-bottom-post.eml": {
        "from": ("Jonas Berg", "jonas.berg@example.se"),
        "subject": "Re: Your newsletter",
        "text": "On 31/05/2026 10:00, ExampleMart wrote:\n> Our summer sale starts tomorrow. "
                "Open the app to see all the offers waiting for you.\nPlease stop sending me "
                "marketing emails and delete my account together with all my personal data."
                "\n\nJonas",
        "route": "ticket",
    },
    # A title underlined with dashes is not a quote separator.
    "title-underline.eml": {
        "from": ("Aisha Rahman", "aisha.rahman@example.my"),
        "subject": "Data request",
        "text": "Request to erase my personal data\n---------------------------------\n\n"
                "Hello,\n\nPlease erase all personal data you hold about me, including my "
                "order history.\n\nAisha Rahman",
        "route": "ticket",
    },
    # A rule of underscores with the request below it; "--" above a real signature.
    "request-below-rule.eml": {
        "from": ("Kenji Mori", "kenji.mori@example.jp"),
        "subject": "Account",
        "text": "Hi team,\n\nThanks for the quick delivery last week.\n\n"
                "______________________________________\n\nSeparate matter: please close my "
                "account and delete my personal data.\n\n--\nKenji Mori\nOsaka",
        "route": "ticket",
    },
    # RFC 8551 §3.5.2 opaque-signed: the text is inside the CMS SignedData (RFC 5652 §5.2).
    "smime-opaque-signed.eml": {
        "from": ("Tan Mei Ling", "mei.ling.tan@example.sg"),
        "subject": "Delete my account",
        "text": "Hello,\n\nPlease delete my account and all the personal data you hold about "
                "me.\n\nTan Mei Ling",
        "route": "ticket",
        "defect": "text read from opaque-signed S/MIME (signature not verified)",
    },
    # RFC 2183 §2: no Content-Disposition means inline, whatever name= says.
    "html-named-part.eml": {
        "from": ("Lucas Moreau", "lucas.moreau@example.fr"),
        "subject": "Suppression",
        "text": "Bonjour,\n\nMerci de supprimer mon compte et toutes mes données.",
        "route": "ticket",
    },
    # A UTF-8 byte-order mark before the first header (RFC 5322 §2.2: not a header character).
    "bom-before-headers.eml": {
        "from": ("Sara Costa", "sara.costa@example.pt"),
        "subject": "Apagar os meus dados",
        "text": "Please delete all my personal data.\n\nSara Costa",
        "route": "ticket",
        "defect": "byte-order mark before the header removed",
    },
    # RFC 5545: SUMMARY and DESCRIPTION, unfolded (§3.1) and unescaped (§3.3.11).
    "calendar-only.eml": {
        "from": ("Daniel Okoro", "daniel.okoro@example.ng"),
        "subject": "Invitation: Call about my data",
        "text": "Call about my data, please\n\nHello,\nbefore our call please send me a copy "
                "of all the personal data you hold about me.\n\nDaniel",
        "route": "ticket",
        "defect": "text read from a calendar invitation (SUMMARY, DESCRIPTION)",
    },
    # An empty Content-Type field before the real multipart/alternative one.
    "empty-content-type.eml": {
        "from": ("Priya Nair", "priya.nair@example.in"),
        "subject": "Correction",
        "text": "Please correct my phone number to +91 98765 43210.",
        "route": "ticket",
        "defect": "unusable Content-Type field dropped",
    },
    # NUL, BEL, ESC in headers; NUL and form feed in the body (RFC 5322 §3.2.5, RFC 6532).
    "control-chars-in-headers.eml": {
        "from": ("Wei Zhang", "wei.zhang@example.cn"),
        "subject": "Delete my data",
        "text": "Please delete my personal data.\n\nWei Zhang",
        "route": "ticket",
    },
    # A uuencoded file in a text/plain body is an attachment, not text.
    "uuencoded-in-text.eml": {
        "from": ("Hans Keller", "hans.keller@example.ch"),
        "subject": "Auskunft",
        "text": "Please send me a copy of all personal data you hold about me. My ID is "
                "attached.\n\n\nHans Keller",
        "route": "ticket",
        "defect": "uuencoded attachment taken out of the text",
        "attachments": (Attachment("id.pdf", "application/octet-stream", 108),),
    },
}


@pytest.mark.parametrize("name", sorted(TEXT_KINDS))
def test_text_kind(name: str) -> None:
    expected = TEXT_KINDS[name]
    raw = eml(name)
    m = parse_message(raw)
    assert (m.from_name, m.from_addr) == expected["from"]
    assert m.subject == expected["subject"]
    assert m.text == expected["text"]
    if "defect" in expected:
        assert expected["defect"] in m.defects
    if "attachments" in expected:
        assert m.attachments == expected["attachments"]
    for value in [m.from_name, m.from_addr, m.subject, m.text, *m.headers.values()]:
        assert not any(ord(c) < 32 and c not in "\n\t" or 0x7F <= ord(c) <= 0x9F
                       for c in value), value
    assert _route(raw) == expected["route"]


def test_flowed_bottom_post_request_reaches_the_classifier() -> None:
    cleaned = clean_message(parse_message(eml("flowed-bottom-post.eml"))).text
    assert "delete my account together with all my personal data" in cleaned
    assert "summer sale" not in cleaned


@pytest.mark.parametrize(("name", "kept"), [
    ("title-underline.eml", "Please erase all personal data you hold about me"),
    ("request-below-rule.eml", "please close my account and delete my personal data."),
])
def test_separator_lines_do_not_cut_the_request(name: str, kept: str) -> None:
    cleaned = clean_message(parse_message(eml(name))).text
    assert kept in cleaned


def test_signature_cut_only_below_a_real_delimiter() -> None:
    cleaned = clean_message(parse_message(eml("request-below-rule.eml"))).text
    assert cleaned.endswith("please close my account and delete my personal data.")
    assert "Osaka" not in cleaned


def test_utf8_with_one_bad_byte_is_not_mojibake() -> None:
    m = parse_message(eml("utf8-one-invalid-byte.eml"))
    assert "Ð" not in m.text and "Ñ" not in m.text


def test_pgp_and_clear_signed_smime_keep_working() -> None:
    head = (b"From: A <a@example.org>\nTo: privacy@example.com\nSubject: s\nMIME-Version: 1.0\n"
            b'Content-Type: multipart/signed; protocol="%s"; boundary="s"\n\n--s\n'
            b"Content-Type: text/plain; charset=utf-8\n\nPlease delete my data.\n--s\n"
            b"Content-Type: %s\n\nSIGNATURE\n--s--\n")
    for proto in (b"application/pgp-signature", b"application/pkcs7-signature"):
        m = parse_message(head % (proto, proto))
        assert m.text == "Please delete my data."


def test_encrypted_smime_is_an_attachment_without_text() -> None:
    raw = (b"From: A <a@example.org>\nTo: privacy@example.com\nSubject: s\nMIME-Version: 1.0\n"
           b"Content-Type: application/pkcs7-mime; smime-type=enveloped-data; name=smime.p7m\n"
           b"Content-Transfer-Encoding: base64\n\nMIAGCSqGSIb3DQEHA6CAMIACAQA=\n")
    m = parse_message(raw)
    assert m.text == ""
    assert "S/MIME content not readable (encrypted or not signed-data)" in m.defects


# --------------------------------------------------------------------- machines


MACHINE_KINDS: dict[str, tuple[str, str]] = {
    # another helpdesk's receipt: its own case number next to our reference, role sender
    # (hello@) on no list, no auto-reply header
    "helpdesk-receipt-of-our-ack.eml": (
        "auto-reply", "helpdesk receipt: its own ticket number, automated acknowledgement wording"),
    # an automatic receipt of our acknowledgement: a reply to our Message-ID, no number
    "auto-receipt-of-our-ack.eml": (
        "auto-reply", "automatic receipt of our own mail: a reply to it with automated "
        "acknowledgement wording (RFC 3834 §2)"),
    "x-autoresponder.eml": ("auto-reply", "x-autoresponder header present"),
    "x-mailer-autoresponder.eml": ("auto-reply", "x-mailer names an auto-responder"),
    "precedence-auto-reply.eml": ("auto-reply", "x-precedence: auto_reply"),
    "feedback-report-arf.eml": ("report", "feedback report (abuse) (RFC 5965)"),
    "postmaster-bounce-plain.eml": (
        "bounce", "delivery failure notice: sender postmaster@mail.example.org with a "
        "non-delivery report's shape"),
}


@pytest.mark.parametrize("name", sorted(MACHINE_KINDS))
def test_machine_kind_is_ignored(name: str) -> None:
    kind, reason = MACHINE_KINDS[name]
    result = screen(parse_message(eml(name)), OWN_ADDRESSES)
    assert (result.machine, result.kind, result.reason) == (True, kind, reason)
    assert _route(eml(name)) == "ignore"


def test_postmaster_bounce_names_the_returned_message() -> None:
    result = screen(parse_message(eml("postmaster-bounce-plain.eml")), OWN_ADDRESSES)
    assert result.bounced_message_ids == ("<ack-000049@example.com>",)


def test_feedback_report_fields_are_read() -> None:
    m = parse_message(eml("feedback-report-arf.eml"))
    assert m.report_type == "feedback-report"
    assert ("feedback-type", "abuse") in m.report_fields
    assert [a.message_id for a in m.attached_messages] == ["<ack-000047@example.com>"]


def test_postmaster_writing_as_a_person_is_a_person() -> None:
    raw = eml("postmaster-human-request.eml")
    m = parse_message(raw)
    assert (m.from_name, m.from_addr) == ("Postmaster", "postmaster@clinic.example.org")
    assert screen(m, OWN_ADDRESSES).machine is False
    assert _route(raw) == "ticket"


# --------------------------------------------------------------------- body


def test_body_is_the_whole_text_with_attached_messages() -> None:
    m = parse_message(eml("forwarded-attachment.eml"))
    inner = m.attached_messages[0]
    assert body_text(m) == (
        "Passing this on. -- Desk\n\n" + ATTACHED_MARKER + "\nFrom: Maria Rossi "
        f"<maria.rossi@example.it>\nDate: {inner.header('date')}\nSubject: {inner.subject}"
        "\n\nPlease close my account. Maria"
    )


def test_body_keeps_what_cleaning_removes() -> None:
    m = parse_message(eml("request-below-rule.eml"))
    assert body_text(m).endswith("--\nKenji Mori\nOsaka")


def test_ticket_page_text_is_the_body() -> None:
    from bot.staff.queue import _mail_in
    from bot.store import Message

    m = parse_message(eml("forwarded-attachment.eml"))
    row = Message(outcome="ticket", received_at=datetime(2026, 6, 1, tzinfo=UTC))
    assert _mail_in(m, row, whole=True).text == body_text(m)


def test_process_dry_run_json_has_body(tmp_path: Path) -> None:
    import json

    from click.testing import CliRunner

    from bot.cli import main

    files = [str(DATA / n) for n in ("request-below-rule.eml", "forwarded-attachment.eml")]
    result = CliRunner().invoke(main, ["process", "--dry-run", "--json", *files])
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.output.splitlines()]
    assert set(out[0]) == {"file", "route", "labels", "scores", "language", "reason", "from",
                           "from_name", "subject", "text", "body", "evidence"}
    assert out[0]["body"] == parse_message(eml("request-below-rule.eml")).text
    assert out[0]["body"] != out[0]["text"]
    assert ATTACHED_MARKER in out[1]["body"]
