"""Render every mail the bot sends into an `email.message.EmailMessage`.

Sits between *decide* and *commit*: the worker asks a :class:`Renderer` for the mails a
decision calls for, stores their bytes in outbox rows (``msg.as_bytes()`` — the message's
own policy is `email.policy.SMTP`: CRLF, lines ≤ 998 octets), and *deliver* sends those
bytes unchanged, so a retry reuses the same Message-ID. Send the stored bytes as they are:
re-parsing and re-serialising them with another policy may re-fold headers.

Wording lives in Jinja2 templates, one file per message kind and language, under
``responses/templates/<language>/<kind>.txt`` (``en``, ``zh-Hans``, ``zh-Hant``, ``ms``,
``ta``, ``id``, ``ja``, ``ko``, ``th``, ``vi`` and 15 European languages).
A deployer overrides any of them by putting a file with the same relative path in the
``templates_dir`` given to the renderer; the other files still come from the package. A
new language is added the same way (``templates_dir/es/acknowledgement.txt`` …). Templates
use StrictUndefined: a name that is not in the context fails at start-up (the renderer
renders every template once when it is created) instead of reaching a person. The
variables each template may use are listed at the top of the shipped file.

Each line of a rendered body is a paragraph: lines longer than 76 characters are wrapped
at spaces (lines with Chinese or Japanese characters are left alone; mail clients wrap them),
and a line starting with ``- `` gets a hanging indent.

Headers (all mails): From (privacy address with display name), To, Subject, Date,
Message-ID (fresh, on the configured domain), ``X-Auto-Response-Suppress: All`` (Exchange
and Outlook then send no out-of-office reply back), Content-Language, UTF-8 text/plain.
Replies to a sender add In-Reply-To and References (RFC 5322 §3.6.4) and
``Auto-Submitted: auto-replied`` (RFC 3834 §5.1); staff notices carry
``Auto-Submitted: auto-generated``. No ``Precedence`` field: RFC 3834 §3.1.8 says it is
not standardised and responders should not rely on it, and ``Precedence: bulk``/``junk``
makes large mailbox providers file a one-to-one acknowledgement as bulk mail — the very
mail a person is waiting for. Auto-Submitted (which RFC 3834 responders honour) and
X-Auto-Response-Suppress do the loop-prevention work, and the screen ignores any
auto-reply that still comes back.

Design choices beyond the brief: ``staff_language`` (staff notices are English unless
set), ``date_locales`` (Babel locale per template language; English dates default to
``en_SG``, "29 December 2026", day-month-year as the company writes them), ``clock``
(for tests) and ``check`` (render every template at start-up). Template errors raise
:class:`bot.errors.ConfigError` naming the config key (``bot.templates_dir`` …).
"""

from __future__ import annotations

import textwrap
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, date, datetime, tzinfo
from email.headerregistry import Address
from email.message import EmailMessage, Message, MIMEPart
from email.policy import compat32
from email.utils import make_msgid
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import jinja2
from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from jinja2.sandbox import ImmutableSandboxedEnvironment

from bot.errors import ConfigError
from bot.intake.message import InboundMessage
from classifiers.types import REQUEST_TYPES, Classification, Evidence
from responses.headers import (
    MESSAGE_POLICY,
    clean_body_text,
    clean_subject,
    one_line,
    reply_subject,
    safe_display_name,
    threading_ids,
)
from responses.ticket import REFERENCE_RE, DigestLine, TicketView

#: Templates shipped with the package.
SHIPPED_TEMPLATES = Path(__file__).parent / "templates"
#: Languages whose templates are shipped, as BCP 47 tags.
SHIPPED_LANGUAGES = ("en", "zh-Hans", "zh-Hant", "ms")
#: Templates every language for requesters has (``<language>/<kind>.txt``).
REQUESTER_KINDS = ("acknowledgement", "human_acknowledgement", "empty_subject")
#: The letters staff send from a ticket (``templates/<lang>/letters/<kind>.txt``, framed by
#: ``<lang>/letter.txt``), and whether each needs staff's own text (``text``).
LETTERS: dict[str, bool] = {
    "identity_request": False, "more_information": True, "extension_notice": True,
    "access_fulfilled": True, "correction_done": False, "deletion_done": True,
    "withdrawal_done": False, "account_closed": False, "refusal": True, "free": True,
}
#: The most characters of staff's own text in one letter.
LETTER_TEXT_MAX = 20_000
#: Templates for staff notices, looked up in ``staff_language``, then English.
STAFF_KINDS = (
    "handoff",
    "handoff.subject",
    "bounce_alert",
    "bounce_alert.subject",
    "staff_alert",
    "staff_alert.subject",
    "digest",
    "digest.subject",
)
#: Babel locale used for dates, per template language.
DEFAULT_DATE_LOCALES: Mapping[str, str] = {
    "en": "en_SG",
    "zh-Hans": "zh_Hans",
    "zh-Hant": "zh_Hant",
    "ms": "ms",
}
WRAP_WIDTH = 76
_STAFF_SUBJECT_MAX = 200
_CONFIG_KEY = "bot.templates_dir"


def language_candidates(language: str, script: str = "") -> list[str]:
    """Template languages to try for a classifier's ``language``/``script``, best first.

    Chinese is ``zh-Hant`` when the script is ``Hant`` (or the tag names Taiwan, Hong
    Kong or Macao), else ``zh-Hans``; each falls back to the other before English. Any
    other language tries its own ISO 639-1 code (a deployer may add templates for it),
    then English.
    """
    primary, _, rest = (language or "").strip().replace("_", "-").partition("-")
    primary = primary.lower()
    if primary == "zh":
        tags = {t.lower() for t in [script, *rest.split("-")] if t}
        if tags & {"hant", "tw", "hk", "mo"}:
            return ["zh-Hant", "zh-Hans", "en"]
        return ["zh-Hans", "zh-Hant", "en"]
    if primary.isascii() and primary.isalpha() and primary not in ("en", "und"):
        return [primary, "en"]
    return ["en"]


class Renderer:
    """Builds the acknowledgements, handoffs and staff alerts, with correct headers.

    from_address/from_name: the privacy address and its display name (From of every mail);
    domain: right-hand side of generated Message-IDs; staff_address: where staff notices go;
    company: the company's name as the templates say it; templates_dir: a directory whose
    files override the shipped templates file by file; timezone: IANA name in which dates
    are shown (a due date is a calendar date there). Raises ConfigError (naming the key)
    for a bad address, domain or timezone, or a template that does not render.
    """

    def __init__(
        self,
        *,
        from_address: str,
        from_name: str,
        domain: str,
        staff_address: str,
        company: str = "ExampleMart Pte. Ltd.",
        templates_dir: Path | None = None,
        timezone: str = "UTC",
        staff_language: str = "en",
        date_locales: Mapping[str, str] | None = None,
        clock: Callable[[], datetime] | None = None,
        check: bool = True,
    ) -> None:
        self.from_address = _config_address("bot.address", from_address)
        self.staff_address = _config_address("bot.staff_address", staff_address)
        self.from_name = one_line(from_name, 78)
        self.company = company
        if not domain or not all(p.isascii() and p.replace("-", "").isalnum()
                                 for p in domain.split(".")):
            raise ConfigError("bot.domain", f"not a domain name: {domain!r}")
        self.domain = domain
        self._tz = _config_timezone(timezone)
        self._clock = clock or (lambda: datetime.now(UTC))
        self._date_locales = {**DEFAULT_DATE_LOCALES, **(date_locales or {})}
        loaders: list[jinja2.BaseLoader] = []
        if templates_dir is not None:
            if not Path(templates_dir).is_dir():
                raise ConfigError(_CONFIG_KEY, f"not a directory: {templates_dir}")
            loaders.append(jinja2.FileSystemLoader(str(templates_dir), encoding="utf-8"))
        loaders.append(jinja2.FileSystemLoader(str(SHIPPED_TEMPLATES), encoding="utf-8"))
        # Sandboxed: a deployer's override is data, not code; reaching for attributes such
        # as __globals__ or __class__ raises SecurityError (rendered once at start-up by
        # check(), so a bad override stops the service with the key named).
        self._env = ImmutableSandboxedEnvironment(
            loader=jinja2.ChoiceLoader(loaders),
            undefined=jinja2.StrictUndefined,
            autoescape=False,  # text/plain: nothing to escape, and &amp; would reach people
            keep_trailing_newline=True,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self._exists: dict[str, bool] = {}
        self.staff_language = next(
            lang for lang in [staff_language, "en"] if self._has(f"{lang}/handoff.txt")
        )
        if check:
            self.check(letters=templates_dir is not None)

    # -- mails to the person who wrote in -------------------------------------------------

    def acknowledgement(
        self, original: InboundMessage, ticket: TicketView, to: str
    ) -> EmailMessage:
        """Acknowledge a request: reference, dates, each request type understood, next steps.

        ``to`` is the recipient chosen by :func:`bot.outbound.recipient.choose_recipient`. Returns a
        reply to ``original`` (threading headers, ``Auto-Submitted: auto-replied``) in the
        language of ``ticket``.
        """
        return self._reply("acknowledgement", original, ticket, to)

    def human_acknowledgement(
        self, original: InboundMessage, ticket: TicketView, to: str
    ) -> EmailMessage:
        """Acknowledge a message routed to a person: received, reference, a person will read it."""
        return self._reply("human_acknowledgement", original, ticket, to)

    def letter(self, kind: str, ticket: TicketView, *, to: str, name: str, subject: str,
               message_id: str, text: str = "", regulator: str = "", code: str = "",
               code_valid_until: datetime | None = None) -> EmailMessage:
        """A letter from staff to the requester about ``ticket`` (one of :data:`LETTERS`).

        ``to``/``name``: the requester's address and name; ``subject``/``message_id``: of the
        request's first mail, which the letter answers (``Re: … [reference]``, In-Reply-To and
        References, RFC 5322 §3.6.4); ``text``: staff's own words (plain text, at most
        :data:`LETTER_TEXT_MAX` characters), required for the letters that say so;
        ``regulator``: who the requester may complain to (a refusal names it); ``code`` and
        ``code_valid_until``: a one-time code the requester sends back to prove they hold
        the mailbox (``identity_request``), and its expiry. In the
        ticket's language when ``<lang>/letters/<kind>.txt`` exists, else English. Written
        and reviewed by a person, so ``Auto-Submitted: no`` (RFC 3834 §5). Raises
        ValueError for an unknown kind, missing or overlong text.
        """
        if kind not in LETTERS:
            raise ValueError(f"unknown letter {kind!r}; use {', '.join(LETTERS)}")
        text = _clean_multiline(text).strip()
        if LETTERS[kind] and not text:
            raise ValueError(f"the {kind} letter needs your text")
        if len(text) > LETTER_TEXT_MAX:
            raise ValueError(f"the text is longer than {LETTER_TEXT_MAX} characters")
        lang = next((lang for lang in language_candidates(ticket.language, ticket.script)
                     if self._has(f"{lang}/letters/{kind}.txt")), "en")
        context = self._requester_context(ticket, lang)
        context |= {
            "text": text, "regulator": regulator, "code": one_line(code, 20),
            "code_valid_until": (context["format_date"](code_valid_until)
                                 if code_valid_until else ""),
            "name": safe_display_name(name) if name else ""}
        body = self._render(f"{lang}/letters/{kind}.txt", context).strip("\n")
        letter = self._render(f"{lang}/letter.txt", context | {"body": body})
        empty = self._render(f"{lang}/empty_subject.txt", context)
        msg = self._base(to=_recipient(to, name), auto_submitted="no",
                         subject=reply_subject(subject, ticket.reference, empty),
                         sender=self._sender(ticket))
        in_reply_to, references = threading_ids(message_id, None, ())
        if in_reply_to:
            msg["In-Reply-To"] = in_reply_to
            msg["References"] = " ".join(references)
        msg.set_content(_wrap(letter), charset="utf-8")
        msg["Content-Language"] = lang
        return msg

    # -- notices to staff -----------------------------------------------------------------

    def handoff(
        self,
        original: InboundMessage,
        raw: bytes,
        ticket: TicketView,
        classification: Classification,
        reason: str,
    ) -> EmailMessage:
        """Hand a message to staff: why the bot could not decide, scores, evidence.

        ``raw`` (the message as received) is attached as message/rfc822 when it is at most
        :data:`ATTACH_MAX_BYTES` (the notice says so otherwise); ``reason`` is the decision's
        one-line reason. Sent to ``staff_address`` as ``auto-generated``.
        """
        context = self._staff_ticket_context(ticket) | {
            "reason": clean_body_text(reason, 500),
            "classifier_reason": clean_body_text(classification.reason, 500),
            "sender_name": clean_body_text(original.from_name, 200),
            "sender_address": clean_body_text(original.from_addr, 254),
            "subject": clean_body_text(original.subject, 300),
            "language": classification.language
            + (f"-{classification.script}" if classification.script else ""),
            "labels": [t for t in REQUEST_TYPES if t in classification.labels],
            "scores": [(t, f"{classification.scores.get(t, 0.0):.2f}") for t in REQUEST_TYPES],
            "evidence": [_evidence_row(e) for e in classification.evidence],
            "attachments": [
                (clean_body_text(a.filename or "(no name)", 200), a.content_type, a.size)
                for a in original.attachments
            ],
            "defects": [clean_body_text(d, 300) for d in original.defects],
            "original_attached": len(raw) <= ATTACH_MAX_BYTES,
            "original_size": len(raw),
        }
        msg = self._staff_message("handoff", context)
        if len(raw) <= ATTACH_MAX_BYTES:
            _attach_raw(msg, raw, "original.eml")
        return msg

    def reminder(self, ticket: TicketView, *, days_left: int, assigned_to: str,
                 law: str) -> EmailMessage:
        """Remind staff of ``ticket``: due in ``days_left`` whole days, or overdue when
        ``days_left`` is negative; ``assigned_to``: staff name or ""; ``law``: where the
        deadline comes from. Sent to ``staff_address`` as ``auto-generated``."""
        context = self._staff_ticket_context(ticket) | {
            "days_left": days_left, "overdue": days_left < 0,
            "assigned_to": clean_body_text(assigned_to, 100), "law": clean_body_text(law, 300)}
        return self._staff_message("reminder", context)

    def bounce_alert(self, ticket: TicketView, bounce: InboundMessage, raw: bytes) -> EmailMessage:
        """Tell staff that an acknowledgement for ``ticket`` bounced; the bounce is attached."""
        context = self._staff_ticket_context(ticket) | {
            "bounce_from": clean_body_text(bounce.from_addr or "(null sender)", 254),
            "bounce_subject": clean_body_text(bounce.subject, 300),
            "bounce_date": self._staff_datetime(bounce.date) if bounce.date else "(no date)",
        }
        msg = self._staff_message("bounce_alert", context)
        _attach_raw(msg, raw, "bounce.eml")
        return msg

    def staff_alert(self, subject: str, body: str, raw: bytes | None = None) -> EmailMessage:
        """A generic notice to staff (quarantine, undeliverable mail …); ``raw`` is attached."""
        context = {
            "subject": clean_body_text(subject, _STAFF_SUBJECT_MAX),
            "body": _clean_multiline(body),
            "privacy_address": self.from_address,
        }
        msg = self._staff_message("staff_alert", context)
        if raw is not None:
            _attach_raw(msg, raw, "message.eml")
        return msg

    def digest(self, day: date, within_days: int, lines: Sequence[DigestLine]) -> EmailMessage:
        """The daily digest to staff of tickets overdue or due within ``within_days`` days.

        ``day``: the local calendar day it is for; ``lines``: the tickets, in the order
        shown (overdue ones, ``days_left`` < 0, are listed first under their own heading).
        """
        def row(line: DigestLine) -> dict[str, Any]:
            return {
                "reference": clean_body_text(line.reference, 64),
                "types": [t for t in REQUEST_TYPES if t in line.types],
                "due": line.due_at.astimezone(self._tz).date().isoformat(),
                "days_left": line.days_left,
                "assigned_to": clean_body_text(line.assigned_to, 100),
                "status": line.status,
                "kind": line.kind,
            }

        context = {
            "company": self.company,
            "privacy_address": self.from_address,
            "day": day.isoformat(),
            "within_days": within_days,
            "overdue": [row(x) for x in lines if x.days_left < 0],
            "due_soon": [row(x) for x in lines if x.days_left >= 0],
        }
        return self._staff_message("digest", context)

    # -- checks ---------------------------------------------------------------------------

    def languages(self) -> list[str]:
        """Template languages available for requesters (shipped plus any added by a deployer)."""
        found = set(SHIPPED_LANGUAGES)
        loader = self._env.loader
        for name in loader.list_templates() if loader else ():
            lang, _, kind = name.partition("/")
            if kind == "acknowledgement.txt":
                found.add(lang)
        return sorted(found)

    def language_for(self, ticket: TicketView) -> str:
        """The template language used for ``ticket`` (see :func:`language_candidates`)."""
        return next(
            lang
            for lang in language_candidates(ticket.language, ticket.script)
            if self._has(f"{lang}/acknowledgement.txt")
        )

    def check(self, letters: bool = True) -> None:
        """Render every template once with sample values; raise ConfigError on the first failure.

        ``letters``: also the ten letters in every language (250 renders, about 1 s). Start-up
        renders them only when a ``bot.templates_dir`` may override them: the shipped ones are
        rendered by the test suite, and the rest of this check (dates in every language's
        locale, the staff notices) stays at start-up."""
        now = datetime(2026, 11, 29, 9, 30, tzinfo=UTC)
        sample = InboundMessage(
            message_id="<check@example.com>", from_name="Sample", from_addr="a@example.com",
            subject="Sample", text="Sample",
        )
        for lang in self.languages():
            ticket = TicketView("PRIV-2026-000001", REQUEST_TYPES, now, now, lang)
            for kind in REQUESTER_KINDS:
                self._render(f"{lang}/{kind}.txt", self._requester_context(ticket, lang))
        ticket = TicketView("PRIV-2026-000001", (), now, now, "en")
        classification = Classification(
            labels=(), scores=dict.fromkeys(REQUEST_TYPES, 0.0), route="human",
            reason="check", language="en",
            evidence=(Evidence("access", "sample", "rule:check", 0.5),),
        )
        for lang in self.languages() if letters else ():
            for kind in LETTERS:
                self.letter(kind, TicketView("PRIV-2026-000001", REQUEST_TYPES, now, now, lang),
                            to="a@example.com", name="Sample", subject="Sample",
                            message_id="<check@example.com>", text="Sample", regulator="Sample",
                            code="123456", code_valid_until=now)
        self.handoff(sample, b"Subject: x\r\n\r\nx\r\n", ticket, classification, "check")
        self.bounce_alert(ticket, sample, b"Subject: x\r\n\r\nx\r\n")
        for days in (3, -1):
            self.reminder(ticket, days_left=days, assigned_to="alice", law="check")
        self.staff_alert("check", "check")
        self.digest(now.date(), 7, [DigestLine("PRIV-2026-000001", ("access",), now, 0)])

    # -- internals ------------------------------------------------------------------------

    def _reply(
        self, kind: str, original: InboundMessage, ticket: TicketView, to: str
    ) -> EmailMessage:
        lang = self.language_for(ticket)
        context = self._requester_context(ticket, lang)
        body = self._render(f"{lang}/{kind}.txt", context)
        empty = self._render(f"{lang}/empty_subject.txt", context)
        name = original.from_name if to.lower() == original.from_addr.lower() else ""
        msg = self._base(
            to=_recipient(to, name),
            subject=reply_subject(original.subject, ticket.reference, empty),
            auto_submitted="auto-replied",
            sender=self._sender(ticket),
        )
        in_reply_to, references = threading_ids(
            original.message_id, original.in_reply_to, original.references
        )
        if in_reply_to:
            msg["In-Reply-To"] = in_reply_to
            msg["References"] = " ".join(references)
        msg.set_content(_wrap(body), charset="utf-8")
        msg["Content-Language"] = lang  # RFC 3282; after set_content, which clears Content-*
        return msg

    def _requester_context(self, ticket: TicketView, lang: str) -> dict[str, Any]:
        locale = self._babel_locale(lang)

        def fmt(value: datetime | date, format: str = "long") -> str:
            if isinstance(value, datetime):
                value = value.astimezone(self._tz).date()
            return format_date(value, format, locale=locale)

        return {
            "company": self.company,
            "privacy_address": self._sender(ticket) or self.from_address,
            "reference": ticket.reference,
            "types": [t for t in REQUEST_TYPES if t in ticket.types],
            "received": fmt(ticket.received_at),
            "due": fmt(ticket.due_at),
            "received_at": ticket.received_at.astimezone(self._tz),
            "due_at": ticket.due_at.astimezone(self._tz),
            "format_date": fmt,
            "language": lang,
            "on_behalf": ticket.on_behalf,
        }

    def _staff_ticket_context(self, ticket: TicketView) -> dict[str, Any]:
        return {
            "company": self.company,
            "privacy_address": self.from_address,
            "reference": ticket.reference,
            "types": [t for t in REQUEST_TYPES if t in ticket.types],
            "received": self._staff_datetime(ticket.received_at),
            "due": ticket.due_at.astimezone(self._tz).date().isoformat(),
        }

    def _staff_datetime(self, value: datetime) -> str:
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.astimezone(self._tz).strftime("%Y-%m-%d %H:%M %Z").strip()

    def _staff_message(self, kind: str, context: dict[str, Any]) -> EmailMessage:
        lang = self.staff_language
        subject = one_line(self._render(f"{lang}/{kind}.subject.txt", context), _STAFF_SUBJECT_MAX)
        msg = self._base(
            to=Address(addr_spec=self.staff_address),
            subject=subject,
            auto_submitted="auto-generated",
        )
        msg.set_content(_wrap(self._render(f"{lang}/{kind}.txt", context)), charset="utf-8")
        msg["Content-Language"] = lang
        return msg

    @staticmethod
    def _sender(ticket: TicketView) -> str | None:
        """The address mail to ``ticket``'s requester is sent from: the privacy address the
        request came to, or None when the ticket names none (``from_address`` then). Raises
        ValueError for an unusable address."""
        if not ticket.privacy_address:
            return None
        return _recipient(ticket.privacy_address, "").addr_spec

    def _base(self, *, to: Address, subject: str, auto_submitted: str,
              sender: str | None = None) -> EmailMessage:
        """A mail's common headers. ``sender``: for mail to a requester, the privacy address
        their request came to, which is then their Reply-To as well (a reply reaches the
        mailbox that has the request's thread); None: ``from_address``, no Reply-To."""
        msg = EmailMessage(policy=MESSAGE_POLICY)
        msg["From"] = Address(display_name=self.from_name, addr_spec=sender or self.from_address)
        if sender is not None:
            msg["Reply-To"] = Address(addr_spec=sender)
        msg["To"] = to
        msg["Subject"] = subject
        msg["Date"] = self._clock()
        msg["Message-ID"] = make_msgid(domain=self.domain)
        msg["Auto-Submitted"] = auto_submitted  # RFC 3834 §5
        msg["X-Auto-Response-Suppress"] = "All"  # [MS-OXCMAIL] 2.2.3.2.14
        return msg

    def _render(self, name: str, context: Mapping[str, Any]) -> str:
        try:
            return self._env.get_template(name).render(context)
        except jinja2.TemplateError as exc:
            raise ConfigError(_CONFIG_KEY, f"template {name}: {exc}") from exc

    def _has(self, name: str) -> bool:
        if name not in self._exists:
            try:
                self._env.get_template(name)
                self._exists[name] = True
            except jinja2.TemplateNotFound:
                self._exists[name] = False
            except jinja2.TemplateError as exc:
                raise ConfigError(_CONFIG_KEY, f"template {name}: {exc}") from exc
        return self._exists[name]

    def _babel_locale(self, lang: str) -> Locale:
        for candidate in (self._date_locales.get(lang, lang.replace("-", "_")), "en"):
            try:
                return Locale.parse(candidate)
            except (UnknownLocaleError, ValueError):
                continue
        raise AssertionError("Babel always knows English")  # pragma: no cover


def _evidence_row(e: Evidence) -> dict[str, str]:
    return {
        "label": e.label,
        "score": f"{e.score:.2f}",
        "source": clean_body_text(e.source, 100),
        "sentence": clean_body_text(e.sentence, 300),
    }


def _recipient(to: str, name: str) -> Address:
    # The recipient comes from bot.outbound.recipient, which checks it; check again because a bad
    # value here would otherwise surface only when the outbox serialises the mail.
    if not to or not to.isascii() or any(c.isspace() or c in "<>,;\"()\\" for c in to):
        raise ValueError(f"not a plain ASCII address: {to!r}")
    return Address(display_name=safe_display_name(name), addr_spec=to)


def _config_address(key: str, value: str) -> str:
    try:
        return _recipient(value, "").addr_spec
    except (ValueError, IndexError) as exc:
        raise ConfigError(key, f"not a plain ASCII address: {value!r}") from exc


def _config_timezone(name: str) -> tzinfo:
    if name.upper() == "UTC":
        return UTC
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ConfigError("bot.timezone", f"unknown time zone {name!r}") from exc


def _clean_multiline(text: str) -> str:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join(one_line(line.replace("\t", "    "), 2000) for line in lines)


def _wrap(text: str) -> str:
    out: list[str] = []
    for line in text.splitlines():
        line = line if line == "-- " else line.rstrip()  # keep the signature separator
        if len(line) <= WRAP_WIDTH or any(
            unicodedata.east_asian_width(c) in "WF" or "\u0e00" <= c <= "\u0e7f" for c in line
        ):  # Chinese, Japanese and Thai: no spaces between words to break at
            out.append(line)
            continue
        stripped = line.lstrip(" ")
        indent = " " * (len(line) - len(stripped))
        hanging = indent + ("  " if stripped.startswith("- ") else "")
        out.extend(
            textwrap.wrap(
                line, WRAP_WIDTH, subsequent_indent=hanging,
                break_long_words=False, break_on_hyphens=False,
            )
        )
    while out and not out[-1]:
        out.pop()
    while out and not out[0]:
        out.pop(0)
    return "\n".join(out) + "\n"


class _VerbatimMessage(Message):
    """A message the generator writes out as it was received; only line ends change.

    The generator lets a message write its own header block (``Generator._write`` calls
    ``msg._write_headers(generator)`` when it exists); this one writes none, and its
    "body" is the whole raw message, written by ``_handle_text`` line by line with the
    generator's line separator and the raw bytes kept (surrogateescape).
    """

    def __init__(self, raw: bytes) -> None:
        super().__init__(policy=compat32)
        self.set_payload(raw.decode("ascii", "surrogateescape"))

    def _write_headers(self, generator: Any) -> None:
        pass


#: The largest original attached to a notice to staff (bytes). Base64 makes it a third
#: larger, and many mail servers refuse mail over 25 MB; the original stays in the store.
ATTACH_MAX_BYTES = 10 * 2**20


def _attach_raw(msg: EmailMessage, raw: bytes, filename: str) -> None:
    """Attach ``raw`` verbatim as message/rfc822, or as a base64 ``.eml`` file.

    Verbatim rather than re-generated from a parsed copy: re-generating re-folds headers
    and changes what staff see (it did for 94 of the 225 corpus mails). RFC 2046 §5.2.1
    allows only 7bit/8bit/binary encodings for message/rfc822, and the bot sends 7bit mail
    (no relay has to support 8BITMIME, RFC 6152), so a message with 8-bit bytes, NUL bytes
    or lines over 998 octets is attached as application/octet-stream, base64, instead: the
    bytes arrive intact and any mail client opens the ``.eml``.
    """
    lines = raw.replace(b"\r\n", b"\n").replace(b"\r", b"\n").split(b"\n")
    if raw and raw.isascii() and b"\0" not in raw and max(len(line) for line in lines) <= 998:
        part = MIMEPart(policy=MESSAGE_POLICY)
        part["Content-Type"] = "message/rfc822"
        part["Content-Disposition"] = f'attachment; filename="{filename}"'
        part["Content-Transfer-Encoding"] = "7bit"
        part.set_payload([_VerbatimMessage(raw)])
        msg.make_mixed()
        msg.attach(part)  # type: ignore[arg-type]  # typeshed: MIMEPart is fine here
    else:
        msg.add_attachment(
            raw, maintype="application", subtype="octet-stream", filename=filename
        )


__all__ = [
    "DEFAULT_DATE_LOCALES",
    "REFERENCE_RE",
    "Renderer",
    "SHIPPED_LANGUAGES",
    "clean_subject",
    "language_candidates",
]
