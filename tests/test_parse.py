"""bot.intake.parse: one crafted fixture per real-world shape, the shared corpus in place,
bad input."""

from __future__ import annotations

import random
from datetime import UTC, datetime
from typing import Any

import pytest
from data_fixtures import corpus_bytes, corpus_params, corpus_rows, eml

from bot.errors import BadInputError
from bot.intake.message import Attachment, InboundMessage
from bot.intake.parse import parse_message


def _clean(value: str) -> bool:
    """No lone surrogates, no replacement characters, no escaped surrogates as text."""
    return not any("\udc80" <= ch <= "\udcff" or ch == "\ufffd" for ch in value) and (
        "\\udc" not in value
    )


def _all_strings(m: InboundMessage) -> list[str]:
    out = [m.from_name, m.from_addr, m.subject, m.text, m.message_id]
    out += list(m.headers.values()) + [a.filename or "" for a in m.attachments]
    for sub in m.attached_messages:
        out += _all_strings(sub)
    return out


# --------------------------------------------------------------------- crafted fixtures


FIXTURES: dict[str, dict[str, Any]] = {
    "gbk-labelled-gb2312.eml": {
        "from_name": "李喆",
        "subject": "撤回同意",
        "text": "您好，我是李喆。请停止给我发送营销短信，我撤回同意。\n谢谢",
        "defect": "charset gb2312 holds GBK/GB18030 bytes, decoded as gb18030",
    },
    "cp1252-labelled-latin1.eml": {
        "from_name": "Zoe Martin",
        "text": "Hello,\n\nPlease delete my account – I don’t want the €5 “loyalty” credit."
        "\n\nZoë Martin",
        "defect": "charset iso-8859-1 holds cp1252 bytes, decoded as cp1252",
    },
    "utf8-labelled-latin1.eml": {
        "from_name": "Björn Åkesson",
        "text": "Hej, radera alla mina personuppgifter. Tack så mycket, Björn Åkesson",
        "defect": "charset iso-8859-1 holds UTF-8, decoded as utf-8",
    },
    "utf8-no-charset.eml": {
        "text": "Olá, gostaria de uma cópia dos meus dados pessoais — obrigada 🙂",
        "defect": "8-bit text without a charset decoded as utf-8",
    },
    "unknown-charset-x-sjis.eml": {
        "subject": "削除依頼",
        "text": "個人情報を削除してください。\nPlease delete my data.",
        "defect": "unknown charset 'x-sjis' mapped to cp932",
    },
    "unknown-charset-iso-8859-8-i.eml": {
        "text": "שלום, מחקו את החשבון שלי.\nPlease close my account.",
        "defect": "unknown charset 'iso-8859-8-i' mapped to iso-8859-8",
    },
    "raw-8bit-header.eml": {
        "from_name": "José Müller",
        "from_addr": "jose.muller@example.de",
        "subject": "Löschung meiner Daten – bitte",
        "text": "Bitte löschen Sie meine Daten. Please delete my data.",
        "defect": "raw 8-bit header decoded as cp1252",
    },
    "cte-trailing-blank.eml": {
        "text": "Please correct my address to Straße 5, Wien. Thanks, Lena",
        "defect": "Content-Transfer-Encoding 'Quoted-Printable\\t ' read as quoted-printable",
    },
    "chunked-base64.eml": {
        "text": "Hi, please send me a copy of all my personal data. Regards, Omar Haddad",
        "defect": "base64 in separately padded chunks decoded chunk by chunk",
    },
    "missing-boundary.eml": {
        "text": "I withdraw my consent to marketing calls.\nIvan",
        "defect": "multipart boundary missing or wrong; recovered from the body",
        "attachments": (Attachment("letter.pdf", "application/pdf", 9),),
    },
    "wrong-boundary.eml": {
        "text": "Stop all SMS marketing, please.",
        "defect": "multipart boundary missing or wrong; recovered from the body",
    },
    "tnef-only.eml": {
        "text": "Please close my account and erase my order history. Karin Berg",
        "defect": "text recovered from TNEF winmail.dat",
    },
    "html-only-iso2022jp.eml": {
        "from_name": "佐藤一郎",
        "text": "私のアカウントを削除してください。\n\nSato & Co.",
        "html": True,
    },
    "split-encoded-name.eml": {
        "from_name": "Élodie-Anne-Marguerite Deschamps-Lafontaine",
        "subject": "Suppression de mes données personnelles et de mon compte",
        "text": "Merci de supprimer mes données.",
    },
    "empty.eml": {"text": "", "defect": "no text could be recovered from the message"},
    "headers-only.eml": {
        "from_name": "Someone",
        "subject": "(no text)",
        "text": "",
        "defect": "no text could be recovered from the message",
    },
}


@pytest.mark.parametrize("name", sorted(FIXTURES))
def test_fixture_shapes(name: str) -> None:
    expected = FIXTURES[name]
    m = parse_message(eml(name))
    for key in ("from_name", "from_addr", "subject", "text", "html", "attachments"):
        if key in expected:
            assert getattr(m, key) == expected[key], key
    if "defect" in expected:
        assert expected["defect"] in m.defects
    assert all(_clean(s) for s in _all_strings(m))


def test_clean_mail_has_no_defects_and_all_fields() -> None:
    m = parse_message(eml("nested-multipart.eml"))
    assert m.defects == ()
    assert m.message_id == "<nested-1@example.sg>"
    assert (m.from_name, m.from_addr) == ("Chen, Wei", "wei.chen@example.sg")
    assert m.to == ("privacy@example.com", "DPO@example.com")
    assert m.cc == ("ahkow@example.sg",)
    assert m.reply_to == ("wei.chen+replies@example.sg",)
    assert m.in_reply_to == "<earlier@example.sg>"
    assert m.references == ("<first@example.sg>", "<earlier@example.sg>")
    assert m.date == datetime(2025, 4, 14, 1, 30, tzinfo=UTC)
    assert m.return_path is None
    assert m.content_type == "multipart/mixed"
    # format=flowed (RFC 3676) soft break joined; the text/plain alternative wins over HTML
    assert m.text == "Please send me a copy of my personal data. My ID is attached."
    assert m.html is False
    assert m.attachments == (
        Attachment(None, "image/png", 8),
        Attachment("ID card – Wei.pdf", "application/pdf", 9),
    )
    assert m.header("Subject") == "Access request with ID"
    assert m.size == len(eml("nested-multipart.eml"))


def test_forwarded_attachment_is_not_mixed_into_text() -> None:
    m = parse_message(eml("forwarded-attachment.eml"))
    assert m.text == "Passing this on. -- Desk"
    (att,) = m.attachments
    assert (att.filename, att.content_type) == ("request.eml", "message/rfc822")
    assert 400 < att.size < 600  # approximate for attached messages (headers + leaves)
    (inner,) = m.attached_messages
    assert (inner.from_name, inner.from_addr) == ("Maria Rossi", "maria.rossi@example.it")
    assert inner.message_id == "<fwd-inner@example.it>"
    assert inner.text == "Please close my account. Maria"
    assert inner.attachments == (Attachment("id.png", "image/png", 8),)


def test_dsn_headers_part_gives_the_returned_message_id() -> None:
    m = parse_message(eml("dsn-rfc822-headers.eml"))
    assert m.return_path == ""
    assert m.report_type == "delivery-status"
    assert ("action", "failed") in m.report_fields
    assert [a.message_id for a in m.attached_messages] == ["<ack-000042@example.com>"]
    assert "PRIV-2025-000042" not in m.text


# --------------------------------------------------------------------- the shared corpus


REALWORLD: dict[str, dict[str, Any]] = {
    "rw02-raw-latin1-from-name.eml": {
        "from": ("Renée Lefèvre", "renee.lefevre@example.com"),
        "in_text": ["Renée Lefèvre", "orthographié"],
    },
    "rw04-cte-trailing-space.eml": {"in_text": ["I withdraw my consent"]},
    "rw06-unknown-charset-windows-874.eml": {
        "subject": "ยกเลิกสมาชิก",
        "in_text": ["ยกเลิก", "Please cancel my subscription"],
    },
    "rw08-gb2312-label-gbk-bytes.eml": {
        "from": ("王喆", "wang.zhe@example.com"),
        "in_text": ["我是王喆，请删除我的账户以及所有个人信息。"],
    },
    "rw09-iso2022jp-html-only.eml": {
        "from": ("山田花子", "hanako.yamada@example.jp"),
        "in_text": ["開示を請求"],
        "not_in_text": ["\x1b", "$B"],
    },
    "rw11-tnef-winmail-dat-only.eml": {"in_text": ["cancel my membership"]},
    "rw13-forward-as-attachment.eml": {
        "from": ("Support Agent", "agent.kim@example.com"),
        "in_text": ["FYI – a customer sent this"],
        "not_in_text": ["copy of all the personal data"],
        "attached": ("Akosua Mensah", "akosua.mensah@example.net", "copy of all the personal data"),
    },
    "rw15-bounce-dsn.eml": {
        "not_in_text": ["delete your account"],
        "attached": ("Privacy Team", "privacy@example.com", "delete your account"),
    },
}


def _corpus_path_params() -> list[Any]:
    return corpus_params("realworld")


@pytest.mark.parametrize(("part", "row"), _corpus_path_params())
def test_realworld_meets_expect(part: str, row: dict[str, Any]) -> None:
    expected = REALWORLD[row["file"]]
    m = parse_message(corpus_bytes(part, row))
    if "from" in expected:
        assert (m.from_name, m.from_addr) == expected["from"]
    if "subject" in expected:
        assert m.subject == expected["subject"]
    for piece in expected.get("in_text", []):
        assert piece in m.text
    for piece in expected.get("not_in_text", []):
        assert piece not in m.text
    if "attached" in expected:
        name, addr, piece = expected["attached"]
        (inner,) = m.attached_messages
        assert (inner.from_name, inner.from_addr) == (name, addr)
        assert piece in inner.text
    assert all(_clean(s) for s in _all_strings(m))


def test_every_realworld_file_has_an_expectation() -> None:
    rows = corpus_rows("realworld")
    if not rows:
        pytest.skip("shared corpus not found (expected ../shared/corpus)")
    assert {r["file"] for r in rows} <= set(REALWORLD)


DEV_SHAPES: dict[str, dict[str, str]] = {
    "d082.eml": {"from_name": "胡喆", "text": "注销我的账户，谢谢。账号就是这个邮箱。\n\n胡喆"},
    "d091.eml": {"subject": "Solicitud de supresión de datos", "in_text": "Solicito la supresión"},
    "d031.eml": {"in_text": "I still shop with you — just stop the newsletters"},
    "d051.eml": {"subject": "关于隐私政策中第三方SDK的问题"},
    "d084.eml": {"from_name": "கவிதா சுப்பிரமணியம்"},
    "d061.eml": {"from_name": "María José Ruiz", "in_text": "sobre mí, y que me indiquen"},
    "d088.eml": {"subject": ""},
    "d074.eml": {"subject": ""},
    "d043.eml": {"in_text": "Original email attached."},
}


@pytest.mark.parametrize("name", sorted(DEV_SHAPES))
def test_dev_shapes(name: str) -> None:
    rows = {r["file"]: r for r in corpus_rows("dev")}
    if name not in rows:
        pytest.skip("shared corpus not found (expected ../shared/corpus)")
    m = parse_message(corpus_bytes("dev", rows[name]))
    expected = DEV_SHAPES[name]
    for key in ("from_name", "subject", "text"):
        if key in expected:
            assert getattr(m, key) == expected[key]
    if "in_text" in expected:
        assert expected["in_text"] in m.text


def test_dev_forward_as_attachment_keeps_the_request_apart() -> None:
    rows = {r["file"]: r for r in corpus_rows("dev")}
    if "d043.eml" not in rows:
        pytest.skip("shared corpus not found (expected ../shared/corpus)")
    m = parse_message(corpus_bytes("dev", rows["d043.eml"]))
    assert "Please delete my name" not in m.text
    (inner,) = m.attached_messages
    assert inner.from_addr == "lan.nguyen@example.net"
    assert "Please delete my name, address and phone number" in inner.text


HTML_ONLY = ("d006", "d017", "d028", "d047", "d062", "d075", "d102", "d112", "d117")


@pytest.mark.parametrize(("part", "row"), corpus_params("dev", "public", "realworld"))
def test_every_corpus_file_parses_cleanly(part: str, row: dict[str, Any]) -> None:
    m = parse_message(corpus_bytes(part, row))
    assert m.text, "every corpus mail has text"
    assert m.from_addr
    assert all(_clean(s) for s in _all_strings(m))
    assert "\x1b" not in m.text
    if row["file"].removesuffix(".eml") in HTML_ONLY:
        assert m.html is True
        assert "<p" not in m.text and "</" not in m.text


# --------------------------------------------------------------------- bad input


def _nested_multipart(levels: int) -> bytes:
    head = b"From: a@example.com\nSubject: deep\nMIME-Version: 1.0\n"
    body = b"".join(
        b'Content-Type: multipart/mixed; boundary="b%d"\n\n--b%d\n' % (i, i) for i in range(levels)
    )
    tail = b"".join(b"--b%d--\n" % i for i in reversed(range(levels)))
    return head + body + b"Content-Type: text/plain\n\nhello\n" + tail


def _nested_messages(levels: int) -> bytes:
    head = b"From: a@example.com\nSubject: deep\nMIME-Version: 1.0\n"
    body = b"".join(
        b"Content-Type: message/rfc822\n\nFrom: x%d@example.com\n" % i for i in range(levels)
    )
    return head + body + b"Content-Type: text/plain\n\nhello\n"


def test_over_max_bytes_is_bad_input() -> None:
    raw = eml("nested-multipart.eml")
    with pytest.raises(BadInputError, match="over the limit of 100 bytes"):
        parse_message(raw, max_bytes=100)
    assert parse_message(raw, max_bytes=len(raw)).message_id == "<nested-1@example.sg>"


@pytest.mark.parametrize("make", [_nested_multipart, _nested_messages])
def test_depth_limit(make: Any) -> None:
    assert parse_message(make(10)).defects is not None
    with pytest.raises(BadInputError, match="nested deeper than 50 levels"):
        parse_message(make(60))
    with pytest.raises(BadInputError, match="nested deeper than 5 levels"):
        parse_message(make(6), max_depth=5)


def test_hostile_nesting_is_bad_input_not_recursion_error() -> None:
    with pytest.raises(BadInputError, match="nested"):
        parse_message(_nested_multipart(3000))


def test_not_bytes_is_bad_input() -> None:
    with pytest.raises(BadInputError, match="must be bytes"):
        parse_message("From: a@example.com\n\nhi")  # type: ignore[arg-type]


def _mangled_inputs() -> list[bytes]:
    rng = random.Random(20250601)
    sources = [eml(n) for n in sorted(FIXTURES) if n != "empty.eml"]
    out: list[bytes] = [b"\x00" * 50, b"\xff\xfe" * 40, b"\n\n\n", b"From:\n\n", b":::\n"]
    for raw in sources:
        out.append(raw[: len(raw) // 2])
        out.append(raw[: len(raw) // 3] + bytes(rng.randrange(256) for _ in range(200)))
        data = bytearray(raw)
        for _ in range(20):
            data[rng.randrange(len(data))] = rng.randrange(256)
        out.append(bytes(data))
    return out


def test_malformed_input_never_raises() -> None:
    for raw in _mangled_inputs():
        m = parse_message(raw)
        assert isinstance(m.text, str)
        assert all(_clean(s) or "\ufffd" in s for s in _all_strings(m))
        assert not any("\udc80" <= ch <= "\udcff" for s in _all_strings(m) for ch in s)
