"""responses/: every template in every language, correct headers, no header injection.

Expected wording, dates and header values are written out here by hand (dates as Babel's
CLDR data gives them: en_SG "29 December 2026", zh "2026年12月29日", ms "29 Disember 2026"),
not computed with the code under test.
"""

from __future__ import annotations

import base64
import dataclasses
import itertools
import re
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

import pytest

from bot.errors import ConfigError
from bot.intake.message import Attachment, InboundMessage
from bot.intake.parse import parse_message
from classifiers.types import REQUEST_TYPES, Classification, Evidence
from responses import Renderer, TicketView, clean_subject, language_candidates

REF = "PRIV-2026-000123"
RECEIVED = datetime(2026, 11, 29, 3, 0, tzinfo=UTC)  # 11:00 in Singapore
DUE = datetime(2026, 12, 29, 3, 0, tzinfo=UTC)
NOW = datetime(2026, 11, 29, 3, 0, 5, tzinfo=UTC)

LANGS = {  # template language -> (classifier language, script)
    "en": ("en", ""),
    "zh-Hans": ("zh", "Hans"),
    "zh-Hant": ("zh", "Hant"),
    "ms": ("ms", ""),
}
DATES = {
    "en": ("29 November 2026", "29 December 2026"),
    "zh-Hans": ("2026年11月29日", "2026年12月29日"),
    "zh-Hant": ("2026年11月29日", "2026年12月29日"),
    "ms": ("29 November 2026", "29 Disember 2026"),
}
SENTENCES = {
    "en": {
        "access": "- Access: we will send you a copy of the personal data we hold about you.",
        "correction": "- Correction: we will correct the personal data about you that is "
        "inaccurate or incomplete.",
        "deletion": "- Deletion: we will erase your personal data, except anything the law "
        "requires us to keep, and tell you what we kept and why.",
        "withdrawal": "- Withdrawal of consent: we will stop using your personal data for the "
        "purposes you no longer consent to (for example, marketing), which may mean that "
        "features relying on it, such as personalised offers, are no longer available to you.",
        "cancellation": "- Closing your account: we will close your account so that it can no "
        "longer be used, and then delete or anonymise your personal data, except anything the "
        "law requires us to keep.",
    },
    "zh-Hans": {
        "access": "- 查阅：我们会向您提供我们所持有的您的个人信息副本。",
        "correction": "- 更正：我们会更正您的个人信息中不准确或不完整的部分。",
        "deletion": "- 删除：我们会删除您的个人信息（法律要求我们保留的除外），"
        "并告知您保留了哪些信息及原因。",
        "withdrawal": "- 撤回同意：我们会停止将您的个人信息用于您不再同意的用途（例如营销推广），"
        "因此依赖这些信息的功能（例如个性化优惠）可能不再向您提供。",
        "cancellation": "- 注销账户：我们会注销您的账户，注销后账户将无法再使用；"
        "随后我们会删除您的个人信息或对其进行匿名化处理（法律要求我们保留的除外）。",
    },
    "zh-Hant": {
        "access": "- 查閱：我們會向您提供我們所持有的您的個人資料副本。",
        "correction": "- 更正：我們會更正您的個人資料中不準確或不完整的部分。",
        "deletion": "- 刪除：我們會刪除您的個人資料（法律規定我們須保留的除外），"
        "並告知您保留了哪些資料及原因。",
        "withdrawal": "- 撤回同意：我們會停止將您的個人資料用於您不再同意的用途（例如推廣訊息），"
        "因此依賴這些資料的功能（例如個人化優惠）可能不再提供給您。",
        "cancellation": "- 關閉帳戶：我們會關閉您的帳戶，關閉後帳戶將無法再使用；"
        "之後我們會刪除您的個人資料或將其匿名化（法律規定我們須保留的除外）。",
    },
    "ms": {
        "access": "- Akses: kami akan menghantar kepada anda salinan data peribadi anda yang "
        "kami simpan.",
        "correction": "- Pembetulan: kami akan membetulkan data peribadi anda yang tidak tepat "
        "atau tidak lengkap.",
        "deletion": "- Pemadaman: kami akan memadamkan data peribadi anda, kecuali data yang "
        "wajib kami simpan menurut undang-undang, dan memaklumkan kepada anda data yang "
        "disimpan serta sebabnya.",
        "withdrawal": "- Penarikan balik persetujuan: kami akan berhenti menggunakan data "
        "peribadi anda bagi tujuan yang tidak lagi anda persetujui (contohnya pemasaran), dan "
        "ini mungkin bermakna ciri yang bergantung padanya, seperti tawaran yang disesuaikan "
        "untuk anda, tidak lagi tersedia.",
        "cancellation": "- Penutupan akaun: kami akan menutup akaun anda supaya ia tidak lagi "
        "boleh digunakan, kemudian memadamkan data peribadi anda atau menjadikannya tanpa "
        "nama, kecuali data yang wajib kami simpan menurut undang-undang.",
    },
}
# Parts every request acknowledgement must contain, per language ({due} is the due date).
ACK_PARTS = {
    "en": [
        f"We have received your request and are handling it under reference {REF}.",
        "Received on: {received}",
        "We will reply by: {due}",
        "Before we act, we may need to confirm that you are the account holder.",
        "we will ask you to reply from the email address registered with your account.",
        "Please do not send identity documents unless we ask for them.",
        "If we need more time, we will tell you before {due} and explain why.",
        f"To reply, simply answer this email and keep {REF} in the subject line.",
        "If we have misunderstood your request, reply and tell us in your own words.",
    ],
    "zh-Hans": [
        f"我们已收到您的请求，参考编号为 {REF}。",
        "收到日期：{received}",
        "答复期限：我们将于{due}前答复您。",
        "在处理您的请求之前，我们可能需要核实您是否为账户持有人。",
        "我们会请您使用注册账户时所用的电子邮箱回复。",
        "除非我们提出要求，请勿发送身份证件。",
        "如需更多时间，我们会在{due}前通知您并说明原因。",
        f"如需回复，请直接回复本邮件，并在邮件主题中保留“{REF}”。",
        "如果我们误解了您的请求，请回复本邮件",
    ],
    "zh-Hant": [
        f"我們已收到您的請求，參考編號為 {REF}。",
        "收到日期：{received}",
        "回覆期限：我們將於{due}或之前回覆您。",
        "在處理您的請求之前，我們可能需要確認您是帳戶持有人。",
        "我們會請您使用註冊帳戶時所用的電子郵件地址回覆。",
        "除非我們提出要求，請勿提供身分證明文件。",
        "如需更多時間，我們會在{due}前通知您並說明原因。",
        f"如需回覆，請直接回覆本郵件，並在郵件標題中保留「{REF}」。",
        "如果我們誤解了您的請求，請回覆本郵件",
    ],
    "ms": [
        f"Kami telah menerima permintaan anda dan sedang menguruskannya dengan nombor rujukan "
        f"{REF}.",
        "Tarikh diterima: {received}",
        "Kami akan membalas selewat-lewatnya pada: {due}",
        "Sebelum mengambil tindakan, kami mungkin perlu mengesahkan bahawa anda ialah pemegang "
        "akaun.",
        "kami akan meminta anda membalas daripada alamat e-mel yang didaftarkan dengan akaun anda.",
        "Jangan hantar dokumen pengenalan diri melainkan kami memintanya.",
        "Jika kami memerlukan lebih banyak masa, kami akan memaklumkan anda sebelum {due} "
        "beserta sebabnya.",
        f"Untuk membalas, balas sahaja e-mel ini dan kekalkan {REF} dalam baris subjek.",
        "Jika kami tersalah faham permintaan anda, balas e-mel ini",
    ],
}
HUMAN_PARTS = {
    "en": [
        f"We received your message to ExampleMart Pte. Ltd. on {{received}} and gave it the "
        f"reference {REF}.",
        "A member of our privacy team will read it and reply to you.",
        f"keep {REF} in the subject line.",
    ],
    "zh-Hans": [
        f"我们已于{{received}}收到您的邮件，参考编号为 {REF}。",
        "我们的隐私团队会有专人阅读并答复您。",
        f"在邮件主题中保留“{REF}”。",
    ],
    "zh-Hant": [
        f"我們已於{{received}}收到您的郵件，參考編號為 {REF}。",
        "我們的隱私團隊會由專人閱讀並回覆您。",
        f"在郵件標題中保留「{REF}」。",
    ],
    "ms": [
        f"Kami telah menerima mesej anda kepada ExampleMart Pte. Ltd. pada {{received}} dan "
        f"memberikannya nombor rujukan {REF}.",
        "Seorang ahli pasukan privasi kami akan membacanya dan membalas kepada anda.",
        f"kekalkan {REF} dalam baris subjek.",
    ],
}
ALL_COMBOS = [combo for n in range(1, 6) for combo in itertools.combinations(REQUEST_TYPES, n)]
REPLY_HEADERS = {
    "from",
    "to",
    "subject",
    "date",
    "message-id",
    "auto-submitted",
    "x-auto-response-suppress",
    "in-reply-to",
    "references",
    "content-type",
    "content-transfer-encoding",
    "mime-version",
    "content-language",
}


def make_renderer(**kwargs: object) -> Renderer:
    args: dict[str, object] = {
        "from_address": "privacy@example.com",
        "from_name": "ExampleMart Privacy",
        "domain": "example.com",
        "staff_address": "dpo@example.com",
        "timezone": "Asia/Singapore",
        "clock": lambda: NOW,
    }
    args.update(kwargs)
    return Renderer(**args)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def renderer() -> Renderer:
    return make_renderer()


def ticket(lang: str = "en", types: tuple[str, ...] = ("access",), **kw: object) -> TicketView:
    language, script = LANGS.get(lang, (lang, ""))
    fields: dict[str, object] = {
        "reference": REF,
        "types": types,
        "received_at": RECEIVED,
        "due_at": DUE,
        "language": language,
        "script": script,
    }
    fields.update(kw)
    return TicketView(**fields)  # type: ignore[arg-type]


def original(**kw: object) -> InboundMessage:
    fields: dict[str, object] = {
        "message_id": "<req-1@mail.example.org>",
        "from_name": "Jane Tan",
        "from_addr": "jane@example.org",
        "subject": "Delete my data",
        "text": "Please delete my data.",
    }
    fields.update(kw)
    return InboundMessage(**fields)  # type: ignore[arg-type]


def wire(msg: EmailMessage) -> bytes:
    """Serialise as the outbox does, and check the SMTP line rules on the way."""
    data = msg.as_bytes(policy=policy.SMTP)
    lines = data.split(b"\r\n")
    assert b"\n" not in data.replace(b"\r\n", b""), "bare LF"
    assert max(len(line) for line in lines) <= 998
    return data


def reparse(msg: EmailMessage) -> EmailMessage:
    parsed = BytesParser(policy=policy.default).parsebytes(wire(msg))
    assert isinstance(parsed, EmailMessage)
    return parsed


def flat(text: str) -> str:
    """Body text with the renderer's line wrapping undone."""
    return " ".join(text.split())


def header_names(data: bytes) -> list[str]:
    head = data.split(b"\r\n\r\n", 1)[0].decode("ascii")
    return [line.split(":", 1)[0].lower() for line in head.split("\r\n") if line[:1] not in " \t"]


# --- the request acknowledgement: 31 combinations × 4 languages --------------------------


@pytest.mark.parametrize("lang", list(LANGS))
@pytest.mark.parametrize("types", ALL_COMBOS, ids=lambda c: "+".join(t[:3] for t in c))
def test_acknowledgement_every_language_and_combination(
    renderer: Renderer, lang: str, types: tuple[str, ...]
) -> None:
    msg = reparse(renderer.acknowledgement(original(), ticket(lang, types), "jane@example.org"))
    body = msg.get_content()
    received, due = DATES[lang]
    text = flat(body)
    for part in ACK_PARTS[lang]:
        assert flat(part.format(received=received, due=due)) in text
    for request_type, sentence in SENTENCES[lang].items():
        assert (flat(sentence) in text) == (request_type in types), request_type
    bullets = [line for line in body.splitlines() if line.startswith("- ")]
    assert len(bullets) == len(types)
    assert msg["Subject"] == f"Re: Delete my data [{REF}]"
    assert msg["Content-Language"] == lang
    assert msg.get_content_type() == "text/plain"
    assert msg.get_content_charset() == "utf-8"
    assert msg["Auto-Submitted"] == "auto-replied"


@pytest.mark.parametrize("lang", list(LANGS))
def test_human_acknowledgement_every_language(renderer: Renderer, lang: str) -> None:
    msg = reparse(renderer.human_acknowledgement(original(), ticket(lang, ()), "jane@example.org"))
    text = flat(msg.get_content())
    received, due = DATES[lang]
    for part in HUMAN_PARTS[lang]:
        assert flat(part.format(received=received)) in text
    assert due not in text  # no promise of a date for a message nobody has read yet
    assert not [line for line in msg.get_content().splitlines() if line.startswith("- ")]
    assert msg["Auto-Submitted"] == "auto-replied"
    assert msg["Content-Language"] == lang


def test_full_english_acknowledgement(renderer: Renderer) -> None:
    msg = renderer.acknowledgement(original(), ticket("en", ("deletion",)), "jane@example.org")
    assert msg.get_content() == (
        "Hello,\n"
        "\n"
        "Thank you for contacting ExampleMart Pte. Ltd. about your personal data. We\n"
        "have received your request and are handling it under reference\n"
        "PRIV-2026-000123.\n"
        "\n"
        "Received on: 29 November 2026\n"
        "We will reply by: 29 December 2026\n"
        "\n"
        "This is what we understood you are asking for:\n"
        "\n"
        "- Deletion: we will erase your personal data, except anything the law\n"
        "  requires us to keep, and tell you what we kept and why.\n"
        "\n"
        "Before we act, we may need to confirm that you are the account holder. If\n"
        "so, we will ask you to reply from the email address registered with your\n"
        "account. Please do not send identity documents unless we ask for them.\n"
        "\n"
        "If we need more time, we will tell you before 29 December 2026 and explain\n"
        "why.\n"
        "\n"
        "To reply, simply answer this email and keep PRIV-2026-000123 in the subject\n"
        "line.\n"
        "\n"
        "If we have misunderstood your request, reply and tell us in your own words.\n"
        "A member of our privacy team will correct it.\n"
        "\n"
        "Kind regards,\n"
        "Privacy Team\n"
        "ExampleMart Pte. Ltd.\n"
        "\n"
        "This acknowledgement was sent automatically.\n"
    )
    assert max(len(line) for line in msg.get_content().splitlines()) <= 76


def test_dates_are_calendar_dates_in_the_configured_timezone() -> None:
    late = datetime(2026, 11, 29, 20, 0, tzinfo=UTC)  # already 30 November in Singapore
    singapore = make_renderer(timezone="Asia/Singapore")
    utc = make_renderer(timezone="UTC")
    view = ticket("en", received_at=late, due_at=datetime(2026, 12, 29, 20, 0, tzinfo=UTC))
    sg = flat(singapore.acknowledgement(original(), view, "jane@example.org").get_content())
    assert "Received on: 30 November 2026" in sg and "We will reply by: 30 December 2026" in sg
    plain = flat(utc.acknowledgement(original(), view, "jane@example.org").get_content())
    assert "Received on: 29 November 2026" in plain


@pytest.mark.parametrize(
    ("language", "script", "expected"),
    [
        ("en", "", "en"),
        ("zh", "Hans", "zh-Hans"),
        ("zh", "Hant", "zh-Hant"),
        ("zh", "", "zh-Hans"),
        ("zh-TW", "", "zh-Hant"),
        ("zh-HK", "", "zh-Hant"),
        ("ms", "", "ms"),
        ("es", "", "es"),
        ("ta", "", "ta"),
        ("und", "", "en"),
        ("", "", "en"),
        ("id", "", "id"),
        ("ru", "", "en"),
        ("no", "", "no"),
    ],
)
def test_language_choice(renderer: Renderer, language: str, script: str, expected: str) -> None:
    view = ticket(language=language, script=script)
    assert renderer.language_for(view) == expected
    msg = renderer.acknowledgement(original(), view, "jane@example.org")
    assert msg["Content-Language"] == expected


def test_language_candidates() -> None:
    assert language_candidates("zh", "Hant") == ["zh-Hant", "zh-Hans", "en"]
    assert language_candidates("es") == ["es", "en"]
    assert language_candidates("und") == ["en"]


# --- headers ---------------------------------------------------------------------------------


def test_reply_headers(renderer: Renderer) -> None:
    msg = renderer.acknowledgement(original(), ticket(), "jane@example.org")
    data = wire(msg)
    assert set(header_names(data)) == REPLY_HEADERS
    assert len(header_names(data)) == len(REPLY_HEADERS)  # each exactly once
    parsed = reparse(msg)
    assert parsed["From"] == "ExampleMart Privacy <privacy@example.com>"
    assert parsed["To"] == "Jane Tan <jane@example.org>"
    assert parsed["Date"] == "Sun, 29 Nov 2026 03:00:05 +0000"
    assert re.fullmatch(r"<[^<>@\s]+@example\.com>", parsed["Message-ID"])
    assert parsed["Auto-Submitted"] == "auto-replied"
    assert parsed["X-Auto-Response-Suppress"] == "All"
    assert parsed["Precedence"] is None
    assert parsed["In-Reply-To"] == "<req-1@mail.example.org>"
    assert parsed["References"] == "<req-1@mail.example.org>"


def test_every_message_gets_a_fresh_message_id(renderer: Renderer) -> None:
    ids = {
        renderer.acknowledgement(original(), ticket(), "jane@example.org")["Message-ID"]
        for _ in range(20)
    }
    assert len(ids) == 20


def test_display_name_only_for_the_from_address(renderer: Renderer) -> None:
    msg = renderer.acknowledgement(original(), ticket(), "other@example.net")
    assert reparse(msg)["To"] == "other@example.net"


@pytest.mark.parametrize(
    "bad",
    [
        "jane@example.org\r\nBcc: x@evil.example",
        "a b@example.org",
        "<jane@example.org>",
        "jäne@example.org",
        "",
    ],
)
def test_renderer_refuses_a_malformed_recipient(renderer: Renderer, bad: str) -> None:
    with pytest.raises(ValueError):
        renderer.acknowledgement(original(), ticket(), bad)


# --- threading (RFC 5322 §3.6.4) ---------------------------------------------------------------


def _threading(renderer: Renderer, **kw: object) -> tuple[str | None, str | None]:
    parsed = reparse(renderer.acknowledgement(original(**kw), ticket(), "jane@example.org"))
    return parsed["In-Reply-To"], parsed["References"]


def test_references_extend_the_parents_references(renderer: Renderer) -> None:
    assert _threading(
        renderer, message_id="<m@x.example>", references=("<r1@x.example>", "<r2@x.example>")
    ) == ("<m@x.example>", "<r1@x.example> <r2@x.example> <m@x.example>")


def test_in_reply_to_stands_in_for_missing_references(renderer: Renderer) -> None:
    assert _threading(renderer, message_id="<m@x.example>", in_reply_to="<p@x.example>") == (
        "<m@x.example>",
        "<p@x.example> <m@x.example>",
    )


def test_long_reference_chains_keep_the_root_and_the_newest(renderer: Renderer) -> None:
    refs = tuple(f"<r{i}@x.example>" for i in range(30))
    _, references = _threading(renderer, message_id="<m@x.example>", references=refs)
    assert references is not None
    assert references.split() == [
        "<r0@x.example>",
        *[f"<r{i}@x.example>" for i in range(22, 30)],
        "<m@x.example>",
    ]


def test_invalid_identifiers_are_dropped(renderer: Renderer) -> None:
    refs = (
        "<ok@x.example>",
        "<bad\r\nBcc: v@evil.example>",
        "no-brackets@x.example",
        "<sp ace@x.example>",
        "<ü@x.example>",
        "<" + "a" * 300 + "@x.example>",
    )
    assert _threading(renderer, message_id="<m@x.example>", references=refs) == (
        "<m@x.example>",
        "<ok@x.example> <m@x.example>",
    )


def test_no_threading_headers_without_a_valid_message_id(renderer: Renderer) -> None:
    for bad in ("", "<broken", "<a\r\nb@x>"):
        msg = renderer.acknowledgement(original(message_id=bad), ticket(), "jane@example.org")
        assert msg["In-Reply-To"] is None and msg["References"] is None


def test_long_identifiers_are_folded_not_encoded(renderer: Renderer) -> None:
    long_ids = tuple(f"<{'x' * 150}.{i}@mail.example.org>" for i in range(4))
    msg = renderer.acknowledgement(
        original(message_id="<" + "m" * 200 + "@mail.example.org>", references=long_ids),
        ticket(),
        "jane@example.org",
    )
    data = wire(msg)
    head = data.split(b"\r\n\r\n", 1)[0]
    assert b"=?" not in head.split(b"\r\nSubject:")[0] + head.split(b"\r\nIn-Reply-To:")[-1]
    parsed = reparse(msg)
    assert parsed["References"].split() == [*long_ids, "<" + "m" * 200 + "@mail.example.org>"]
    assert parsed["In-Reply-To"] == "<" + "m" * 200 + "@mail.example.org>"


# --- subject cleaning --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("Delete my data", "Delete my data"),
        ("Re: RE: Aw: delete my data", "delete my data"),
        ("RE[2]: Re(3): access", "access"),
        ("回复：删除我的数据", "删除我的数据"),
        ("回覆: 刪除我的資料", "刪除我的資料"),
        ("SV: Re:  hello", "hello"),
        (f"Re: Delete [{REF}]", "Delete"),
        (f"Re: [{REF}] Re: Delete", "Delete"),
        ("Fwd: my data", "Fwd: my data"),
        ("Reply about my data", "Reply about my data"),
        ("  spaced \t\r\n  out  ", "spaced out"),
        ("bell\x07 nul\x00 esc\x1b[31m", "bell nul esc [31m"),
        ("a\u2028b\u2029c\x85d", "a b c d"),
        ("evil\u202etxt.exe", "eviltxt.exe"),
        ("Re: Re:", ""),
        ("", ""),
    ],
)
def test_clean_subject(subject: str, expected: str) -> None:
    assert clean_subject(subject, REF) == expected


def test_long_subjects_are_cut_at_a_word() -> None:
    cleaned = clean_subject("word " * 100, REF)
    assert len(cleaned) <= 120 and cleaned.endswith("…")
    assert cleaned == "word " * 23 + "word…"
    assert len(clean_subject("字" * 500, REF)) == 120


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "Your privacy request"),
        ("zh-Hans", "您的个人信息请求"),
        ("zh-Hant", "您的個人資料請求"),
        ("ms", "Permintaan privasi anda"),
    ],
)
def test_empty_subject_gets_a_default(renderer: Renderer, lang: str, expected: str) -> None:
    for subject in ("", "Re:", "  \r\n "):
        msg = reparse(
            renderer.acknowledgement(original(subject=subject), ticket(lang), "jane@example.org")
        )
        assert msg["Subject"] == f"Re: {expected} [{REF}]"


def test_reply_to_a_reply_does_not_grow_the_subject(renderer: Renderer) -> None:
    msg = renderer.acknowledgement(
        original(subject=f"RE: Re: Delete my data [{REF}]"), ticket(), "jane@example.org"
    )
    assert msg["Subject"] == f"Re: Delete my data [{REF}]"


# --- header injection ----------------------------------------------------------------------------

INJECTIONS = [
    "x\r\nBcc: victim@evil.example",
    "x\nBcc: victim@evil.example",
    "x\rBcc: victim@evil.example",
    "x\r\n\r\nInjected body",
    "x\u2028Bcc: victim@evil.example",
    "x\x85Bcc: victim@evil.example",
]


@pytest.mark.parametrize("evil", INJECTIONS)
def test_no_injection_through_subject_or_name(renderer: Renderer, evil: str) -> None:
    msg = renderer.acknowledgement(
        original(subject=evil, from_name=evil), ticket(), "jane@example.org"
    )
    data = wire(msg)
    assert set(header_names(data)) == REPLY_HEADERS
    assert b"\r\nBcc:" not in data and b"\r\nInjected body" not in data
    parsed = reparse(msg)
    assert parsed["Subject"] == f"Re: {' '.join(evil.replace(chr(0x2028), ' ').split())} [{REF}]"
    assert [a.addr_spec for a in parsed["To"].addresses] == ["jane@example.org"]
    assert "Bcc" not in parsed and parsed.get_content().startswith("Hello,")


def _encoded_word(text: str) -> str:
    return "=?utf-8?b?" + base64.b64encode(text.encode()).decode() + "?="


def test_no_injection_through_encoded_words(renderer: Renderer) -> None:
    evil = "Help\r\nBcc: victim@evil.example\r\n\r\nbody"
    raw = (
        f"From: {_encoded_word(evil)} <jane@example.org>\r\n"
        "To: privacy@example.com\r\n"
        f"Subject: {_encoded_word(evil)}\r\n"
        "Message-ID: <enc-1@mail.example.org>\r\n"
        "\r\n"
        "Please delete my data.\r\n"
    ).encode("ascii")
    parsed_inbound = parse_message(raw)
    # the parser already turns the decoded line breaks into spaces (issue 13: no control
    # character reaches the store or a reply header) ...
    assert parsed_inbound.subject == "Help Bcc: victim@evil.example body"
    assert parsed_inbound.from_name == "Help Bcc: victim@evil.example body"
    # ... and the renderer must not rely on it: give it the line breaks themselves
    inbound = dataclasses.replace(parsed_inbound, subject=evil, from_name=evil)
    msg = renderer.acknowledgement(inbound, ticket(), inbound.from_addr)
    data = wire(msg)
    assert set(header_names(data)) == REPLY_HEADERS
    parsed = reparse(msg)
    assert parsed["Subject"] == f"Re: Help Bcc: victim@evil.example body [{REF}]"
    assert [a.addr_spec for a in parsed["To"].addresses] == ["jane@example.org"]
    assert parsed["In-Reply-To"] == "<enc-1@mail.example.org>"


def test_very_long_and_non_ascii_names_and_subjects(renderer: Renderer) -> None:
    name = 'Zhāng 张伟 "the" <great>, ' * 60  # > 998 characters, with specials
    subject = "删除我的数据 Ünïcödé " * 100
    msg = renderer.acknowledgement(
        original(from_name=name, subject=subject), ticket("zh-Hans"), "jane@example.org"
    )
    assert len(name) > 998
    data = wire(msg)
    assert set(header_names(data)) == REPLY_HEADERS
    parsed = reparse(msg)
    (address,) = parsed["To"].addresses
    assert address.addr_spec == "jane@example.org"
    assert len(address.display_name) <= 64
    assert address.display_name.startswith('Zhāng 张伟 "the" <great>,')
    assert parsed["Subject"].startswith("Re: 删除我的数据 Ünïcödé")
    assert parsed["Subject"].endswith(f"… [{REF}]")
    assert len(parsed["Subject"]) <= len("Re: ") + 120 + len(f" [{REF}]")


def test_ticket_view_refuses_values_that_could_reach_a_header() -> None:
    with pytest.raises(ValueError):
        ticket(reference="PRIV-1\r\nBcc: x@evil.example")
    with pytest.raises(ValueError):
        ticket(types=("access", "portability"))
    with pytest.raises(ValueError):
        ticket(received_at=datetime(2026, 11, 29, 3, 0))


# --- staff notices -------------------------------------------------------------------------------

RAW = (
    b"Return-Path: <jane@example.org>\n"
    b"From: =?iso-8859-1?q?Ren=E9e_Lef=E8vre?= <jane@example.org>\n"
    b"To: privacy@example.com\n"
    b"Subject: Is my account still there?\n"
    b"Message-ID: <req-1@mail.example.org>\n"
    b"\n"
    b"If I delete my account, do I lose my points?\n"
)


def classification() -> Classification:
    return Classification(
        labels=(),
        scores={
            "access": 0.12,
            "correction": 0.0,
            "deletion": 0.41,
            "withdrawal": 0.05,
            "cancellation": 0.38,
        },
        route="human",
        reason="no label above threshold",
        language="en",
        evidence=(
            Evidence("deletion", "If I delete my account,\r\nBcc: x@evil.example", "model", 0.41),
        ),
    )


def test_handoff(renderer: Renderer) -> None:
    inbound = original(
        subject="Is my account still there?\r\nBcc: x@evil.example",
        attachments=(Attachment("scan.pdf", "application/pdf", 2048),),
    )
    msg = renderer.handoff(
        inbound, RAW, ticket("en", ()), classification(), "question that only mentions a right"
    )
    data = wire(msg)
    assert b"\r\nBcc:" not in data
    parsed = reparse(msg)
    assert parsed["To"] == "dpo@example.com"
    assert parsed["From"] == "ExampleMart Privacy <privacy@example.com>"
    assert parsed["Auto-Submitted"] == "auto-generated"
    assert parsed["X-Auto-Response-Suppress"] == "All"
    assert parsed["In-Reply-To"] is None
    assert parsed["Subject"] == (
        f"[{REF}] Needs a person: Is my account still there? Bcc: x@evil.example"
    )
    assert parsed.get_content_type() == "multipart/mixed"
    text_part, attached = list(parsed.iter_parts())
    body = text_part.get_content()
    for line in [
        f"Ticket:    {REF}",
        "Received:  2026-11-29 11:00 +08",
        "Due:       2026-12-29",
        "From:      Jane Tan <jane@example.org>",
        "  question that only mentions a right",
        "  no label above threshold",
        "Scores (labels given: none):",
        "  access        0.12",
        "  correction    0.00",
        "  deletion      0.41",
        "  withdrawal    0.05",
        "  cancellation  0.38",
        '  - deletion 0.41 (model): "If I delete my account, Bcc: x@evil.example"',
        "  - scan.pdf (application/pdf, 2048 bytes)",
    ]:
        assert line in body.splitlines(), line
    assert attached.get_content_type() == "message/rfc822"
    assert attached.get_filename() == "original.eml"
    inner = attached.get_content()
    assert inner["Message-ID"] == "<req-1@mail.example.org>"
    # The original travels verbatim (only its line ends become CRLF).
    assert RAW.replace(b"\n", b"\r\n") in data


def test_handoff_of_8bit_raw_travels_as_base64_eml(renderer: Renderer) -> None:
    # raw 8-bit header bytes (a Latin-1 name) cannot go in a 7bit message/rfc822 part
    raw = b"From: Ren\xe9e Lef\xe8vre <jane@example.org>\nSubject: hi\n\nIf I delete my data?\n"
    msg = renderer.handoff(original(), raw, ticket("en", ()), classification(), "why")
    data = msg.as_bytes()
    assert data.isascii()
    _, attached = list(reparse(msg).iter_parts())
    assert attached.get_content_type() == "application/octet-stream"
    assert attached["Content-Transfer-Encoding"] == "base64"
    assert attached.get_content() == raw


def test_handoff_of_unsendable_raw_falls_back_to_an_octet_stream(renderer: Renderer) -> None:
    raw = b"Subject: long\n\n" + b"x" * 2000 + b"\n"
    msg = renderer.handoff(original(), raw, ticket("en", ()), classification(), "why")
    _, attached = list(reparse(msg).iter_parts())
    assert attached.get_content_type() == "application/octet-stream"
    assert attached.get_filename() == "original.eml"
    assert attached.get_content() == raw


def test_a_handoff_of_an_original_over_10_mib_says_it_is_kept_and_attaches_nothing(
        renderer: Renderer) -> None:
    raw = b"Subject: big\n\n" + b"x" * (10 * 2**20)  # 10 MiB + 14 bytes
    msg = renderer.handoff(original(), raw, ticket("en", ()), classification(), "why")
    assert not msg.is_multipart()
    body = msg.get_content()
    assert f"The original message ({10 * 2**20 + 14} bytes) is too large to attach" in body
    small = renderer.handoff(original(), raw[:10 * 2**20], ticket("en", ()), classification(),
                             "why")
    assert "The original message is attached." in small.get_body(("plain",)).get_content()


def test_bounce_alert(renderer: Renderer) -> None:
    bounce_raw = (
        b"From: MAILER-DAEMON@mx.example.net\r\nSubject: Undelivered Mail\r\n"
        b"Message-ID: <dsn-1@mx.example.net>\r\n\r\nsorry\r\n"
    )
    bounce = original(
        from_addr="MAILER-DAEMON@mx.example.net",
        subject="Undelivered Mail",
        date=datetime(2026, 11, 29, 3, 1, tzinfo=UTC),
    )
    parsed = reparse(renderer.bounce_alert(ticket(), bounce, bounce_raw))
    assert parsed["To"] == "dpo@example.com"
    assert parsed["Subject"] == f"[{REF}] Acknowledgement undeliverable"
    assert parsed["Auto-Submitted"] == "auto-generated"
    text_part, attached = list(parsed.iter_parts())
    body = text_part.get_content()
    assert f"The acknowledgement for ticket {REF} could not be delivered." in body
    assert "Bounce from:     MAILER-DAEMON@mx.example.net" in body
    assert "Bounce date:     2026-11-29 11:01 +08" in body
    assert attached.get_content_type() == "message/rfc822"
    assert attached.get_content()["Message-ID"] == "<dsn-1@mx.example.net>"


def test_staff_alert(renderer: Renderer) -> None:
    parsed = reparse(
        renderer.staff_alert(
            "Quarantined message\r\nBcc: x@evil.example",
            "Stage classify failed 3 times.\nSee the log.",
        )
    )
    assert parsed["Subject"] == "[privacy-bot] Quarantined message Bcc: x@evil.example"
    assert parsed["Auto-Submitted"] == "auto-generated"
    assert parsed.get_content_type() == "text/plain"
    assert parsed.get_content().replace("\r\n", "\n") == (
        "Stage classify failed 3 times.\nSee the log.\n\n-- \n"
        "Sent automatically by the privacy-request intake bot of privacy@example.com.\n"
    )
    with_raw = reparse(renderer.staff_alert("Quarantined", "body", raw=RAW))
    _, attached = list(with_raw.iter_parts())
    assert attached.get_content_type() == "message/rfc822"


# --- templates: strictness and overrides ---------------------------------------------------------


def _write(directory: Path, name: str, text: str) -> None:
    path = directory / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_missing_value_fails_at_start_up(tmp_path: Path) -> None:
    _write(tmp_path, "en/acknowledgement.txt", "Hello {{ no_such_value }}\n")
    with pytest.raises(ConfigError) as info:
        make_renderer(templates_dir=tmp_path)
    assert info.value.key == "bot.templates_dir"
    assert "en/acknowledgement.txt" in str(info.value)
    assert "no_such_value" in str(info.value)


def test_missing_value_fails_at_render_time_without_the_check(tmp_path: Path) -> None:
    _write(tmp_path, "ms/human_acknowledgement.txt", "{{ ticket.reference }}\n")
    unchecked = make_renderer(templates_dir=tmp_path, check=False)
    with pytest.raises(ConfigError, match="'ticket' is undefined"):
        unchecked.human_acknowledgement(original(), ticket("ms", ()), "jane@example.org")


def test_syntax_error_fails_at_start_up(tmp_path: Path) -> None:
    _write(tmp_path, "en/handoff.txt", "{% if %}\n")
    with pytest.raises(ConfigError, match="en/handoff.txt"):
        make_renderer(templates_dir=tmp_path)


@pytest.mark.parametrize("payload", [
    "{{ format_date.__globals__['os'].system('touch /tmp/pwned') }}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ types.append('deletion') }}",  # immutable sandbox: no changing what it is given
])
def test_an_override_cannot_run_code_it_stops_start_up_with_the_key(
        tmp_path: Path, payload: str) -> None:
    """Issue 16: templates are data. Every template renders in Jinja2's immutable sandbox,
    and start-up (which renders each once) refuses an override that reaches for Python
    internals, naming the config key and the file."""
    _write(tmp_path, "en/acknowledgement.txt", payload + "\n")
    with pytest.raises(ConfigError, match="bot.templates_dir.*en/acknowledgement.txt"):
        make_renderer(templates_dir=tmp_path)
    assert not Path("/tmp/pwned").exists()


def test_override_directory_replaces_one_file(tmp_path: Path) -> None:
    _write(
        tmp_path,
        "en/acknowledgement.txt",
        "Dear customer, case {{ reference }} is due on {{ format_date(due_at, 'medium') }}.\n",
    )
    custom = make_renderer(templates_dir=tmp_path)
    en = custom.acknowledgement(original(), ticket("en"), "jane@example.org")
    assert en.get_content() == f"Dear customer, case {REF} is due on 29 Dec 2026.\n"
    zh = flat(
        custom.acknowledgement(original(), ticket("zh-Hans"), "jane@example.org").get_content()
    )
    assert flat(ACK_PARTS["zh-Hans"][0]) in zh  # untouched files still come from the package
    human = custom.human_acknowledgement(original(), ticket("en", ()), "jane@example.org")
    assert "A member of our privacy team will read it" in human.get_content()


def test_override_directory_adds_a_language(tmp_path: Path) -> None:
    _write(
        tmp_path,
        "ca/acknowledgement.txt",
        "Hem rebut la vostra sol·licitud {{ reference }}.\nRespondrem abans del {{ due }}.\n",
    )
    _write(tmp_path, "ca/human_acknowledgement.txt", "Hola: {{ reference }}\n")
    _write(tmp_path, "ca/empty_subject.txt", "La vostra sol·licitud\n")
    custom = make_renderer(templates_dir=tmp_path)
    assert "ca" in custom.languages()
    msg = custom.acknowledgement(original(subject=""), ticket(language="ca"), "jane@example.org")
    assert msg.get_content() == (
        f"Hem rebut la vostra sol·licitud {REF}.\nRespondrem abans del 29 de desembre del 2026.\n"
    )
    assert msg["Subject"] == f"Re: La vostra sol·licitud [{REF}]"
    assert msg["Content-Language"] == "ca"


#: The languages added for the classifier v2 (issue 12): the due date as each language writes
#: it (checked by hand against the Unicode CLDR long date forms), and a word of the closing
#: line that only the translation has.
NEW_LANGUAGES = {
    "ta": "29 டிசம்பர், 2026", "id": "29 Desember 2026", "ja": "2026年12月29日",
    "ko": "2026년 12월 29일", "th": "29 ธันวาคม ค.ศ. 2026", "vi": "29 tháng 12, 2026",
    "de": "29. Dezember 2026", "fr": "29 décembre 2026", "es": "29 de diciembre de 2026",
    "it": "29 dicembre 2026", "nl": "29 december 2026", "pt": "29 de dezembro de 2026",
    "pl": "29 grudnia 2026", "sv": "29 december 2026", "da": "29. december 2026",
    "cs": "29. prosince 2026", "ro": "29 decembrie 2026", "el": "29 Δεκεμβρίου 2026",
    "hr": "29. prosinca 2026.", "no": "29. desember 2026", "fi": "29. joulukuuta 2026",
}


@pytest.mark.parametrize("lang", sorted(NEW_LANGUAGES))
def test_new_languages_say_the_reference_due_date_and_each_type(renderer: Renderer,
                                                                lang: str) -> None:
    both = ("deletion", "cancellation")
    view = ticket(lang, types=both)
    msg = renderer.acknowledgement(original(), view, "jane@example.org")
    body = msg.get_content()
    assert msg["Content-Language"] == lang
    assert REF in body and NEW_LANGUAGES[lang] in body.replace("\n", " ")
    assert len([line for line in body.splitlines() if line.startswith("- ")]) == 2
    english = renderer.acknowledgement(original(), ticket(types=both), "jane@example.org")
    shared = set(body.splitlines()) & set(english.get_content().splitlines())
    assert shared <= {"", "Privacy Team", "ExampleMart Pte. Ltd.", REF, f"{REF}."}, shared


@pytest.mark.parametrize(
    ("kwargs", "key"),
    [
        ({"from_address": "privacy@example.com\r\nBcc: x@evil.example"}, "bot.address"),
        ({"staff_address": "not an address"}, "bot.staff_address"),
        ({"domain": "exa mple.com"}, "bot.domain"),
        ({"timezone": "Mars/Olympus_Mons"}, "bot.timezone"),
        ({"templates_dir": Path("/nonexistent/templates")}, "bot.templates_dir"),
    ],
)
def test_bad_configuration_names_the_key(kwargs: dict[str, object], key: str) -> None:
    with pytest.raises(ConfigError) as info:
        make_renderer(**kwargs)
    assert info.value.key == key


def test_long_ascii_subject_folds_at_spaces(renderer: Renderer) -> None:
    subject = "Request for access to personal data under Article 15 of the GDPR, tracking"
    msg = renderer.acknowledgement(original(subject=subject), ticket(), "jane@example.org")
    head = wire(msg).split(b"\r\n\r\n", 1)[0].decode("ascii")
    folded = head.split("\r\nSubject: ", 1)[1].split("\r\nDate:", 1)[0].split("\r\n")
    assert folded == [
        "Re: Request for access to personal data under Article 15 of the GDPR,",
        " tracking [PRIV-2026-000123]",
    ]
    assert reparse(msg)["Subject"] == f"Re: {subject} [{REF}]"


# -- letters from staff ---------------------------------------------------------------------


def test_a_letter_threads_on_the_request_and_says_what_staff_wrote(renderer: Renderer) -> None:
    msg = renderer.letter(
        "extension_notice", ticket("en", ("access",)), to="jane@example.org",
        name="Jane Doe", subject="My data", message_id="<req-1@example.org>",
        text="Your order history is in an archive that takes two weeks to restore.")
    assert (msg["To"], msg["Subject"]) == ("Jane Doe <jane@example.org>", f"Re: My data [{REF}]")
    assert (msg["In-Reply-To"], msg["References"]) == ("<req-1@example.org>",) * 2
    assert msg["Auto-Submitted"] == "no"  # a person wrote and reviewed it (RFC 3834 §5)
    body = msg.get_body(("plain",)).get_content()
    assert body.startswith("Dear Jane Doe,\n\n")
    assert "takes two weeks to restore." in body
    # the due date (29 Dec 03:00 UTC = 11:00 in Singapore) as the new reply-by date
    assert "We will now reply by 29 December 2026." in body
    assert f"Your reference is {REF}." in body


def test_letters_that_need_staff_text_refuse_without_it(renderer: Renderer) -> None:
    for kind in ("more_information", "extension_notice", "access_fulfilled", "deletion_done",
                 "refusal", "free"):
        with pytest.raises(ValueError, match="needs your text"):
            renderer.letter(kind, ticket(), to="a@example.org", name="", subject="x",
                            message_id="<a@example.org>", text="  \n ")
    with pytest.raises(ValueError, match="unknown letter"):
        renderer.letter("apology", ticket(), to="a@example.org", name="", subject="x",
                        message_id="<a@example.org>", text="x")


def test_a_refusal_names_the_regulator(renderer: Renderer) -> None:
    body = renderer.letter(
        "refusal", ticket(), to="a@example.org", name="", subject="", message_id="",
        text="We must keep invoices for five years.", regulator="the PDPC").get_content()
    assert body.startswith("Hello,\n\n")
    assert "You also have the right to complain to the PDPC." in body


def test_a_letter_is_in_the_tickets_language_else_english(renderer: Renderer) -> None:
    zh = renderer.letter("deletion_done", ticket("zh-Hans"), to="a@example.org", name="",
                         subject="删除", message_id="<a@example.org>", text="发票保留五年。")
    assert zh["Content-Language"] == "zh-Hans"
    assert REF in zh.get_content() and "We have erased" not in zh.get_content()
    hu = renderer.letter("deletion_done", ticket("hu"), to="a@example.org", name="",
                         subject="Törlés", message_id="<a@example.org>", text="Nothing kept.")
    assert hu["Content-Language"] == "en"
    assert "We have erased your personal data as you asked." in hu.get_content()


def test_every_shipped_letter_renders_in_every_language(renderer: Renderer) -> None:
    # start-up renders the letters only when bot.templates_dir may override them; the shipped
    # ones are held here: 10 letters x 25 languages, each naming the reference
    from responses.render import LETTERS

    assert len(LETTERS) == 10 and len(renderer.languages()) == 25
    for lang in renderer.languages():
        for kind in LETTERS:
            mail = renderer.letter(kind, ticket(lang), to="a@example.org", name="A",
                                   subject="S", message_id="<a@example.org>", text="T",
                                   regulator="the PDPC", code="123456",
                                   code_valid_until=datetime(2026, 12, 1, tzinfo=UTC))
            assert REF in mail.get_content(), (lang, kind)


def test_mail_to_a_requester_comes_from_the_address_the_request_came_to(
        renderer: Renderer) -> None:
    view = ticket(privacy_address="dpo@brand-b.example.com")
    ack = reparse(renderer.acknowledgement(original(), view, "jane@example.org"))
    assert ack["From"] == "ExampleMart Privacy <dpo@brand-b.example.com>"
    assert ack["Reply-To"] == "dpo@brand-b.example.com"
    letter = renderer.letter("more_information", view, to="jane@example.org", name="",
                             subject="My data", message_id="<req-1@mail.example.org>",
                             text="Which account?")
    assert (letter["From"].addresses[0].addr_spec, letter["Reply-To"]) == (
        "dpo@brand-b.example.com", "dpo@brand-b.example.com")
