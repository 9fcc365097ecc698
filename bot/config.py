"""Configuration: one TOML file parsed once, at start-up, into a frozen typed :class:`Config`.

Every problem is collected and reported together, each naming its dotted key
(``mailbox.host: required when mailbox.kind is "imap"``; in the ``[[mailbox]]`` array of
several mailboxes, with the entry's index: ``mailbox[1].host``); unknown keys produce warnings.
Secrets are never required in the file: a password comes from an environment variable
(``password_env``), a file (``password_file``), or a systemd credential
(``password_credential``, read from ``$CREDENTIALS_DIRECTORY``). Relative paths are resolved
against the directory of the config file. The commented example is ``bot/config.example.toml``.
"""

from __future__ import annotations

import difflib
import ipaddress
import os
import tomllib
from collections.abc import Collection
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

from bot.deadlines import POLICIES, Deadlines, Period, holiday_calendar_problem
from bot.errors import ConfigError
from classifiers.types import REQUEST_TYPES

Security = Literal["tls", "starttls", "plain"]


class ConfigProblems(ConfigError):
    """Several config problems at once; ``problems`` is a list of ``(key, problem)``;
    ``warnings`` the warnings found beside them (an unknown key often explains a "required"
    one: ``staf_address``), shown together by the CLI."""

    def __init__(self, problems: list[tuple[str, str]],
                 warnings: tuple[str, ...] = ()) -> None:
        self.problems = problems
        self.warnings = warnings
        first_key, first_problem = problems[0]
        super().__init__(first_key, first_problem)
        self.args = ("\n".join(f"{k}: {p}" for k, p in problems),)


@dataclass(frozen=True)
class Secret:
    """A password resolved at load time; ``repr``/``str`` mask it. ``origin`` is the key and
    value it was read from (``("password_env", "IMAP_PASSWORD")``), shown by check-config."""

    value: str = field(repr=False)
    origin: tuple[str, str] | None = None

    def __str__(self) -> str:
        return "********" if self.value else ""


@dataclass(frozen=True)
class MailboxConfig:
    """Where mail comes in. ``kind`` "maildir" uses ``path``; "imap" the server fields.

    Times are in seconds: ``timeout`` (socket), ``poll_interval`` (without IDLE),
    ``idle_timeout`` (re-issue IDLE at least this often; RFC 2177 asks for < 30 minutes).
    ``address``: the privacy address whose mail arrives here, which the tickets of its
    requests record and their acknowledgements are sent from ("" in a single ``[mailbox]``
    table: ``bot.address``; required in each entry of a ``[[mailbox]]`` array).
    """

    kind: Literal["imap", "maildir"] = "maildir"
    path: Path | None = None
    host: str = ""
    port: int = 993
    security: Security = "tls"
    username: str = ""
    password: Secret = Secret("")
    folder: str = "INBOX"
    ca_file: Path | None = None
    timeout: float = 30.0
    poll_interval: float = 60.0
    idle_timeout: float = 1740.0
    address: str = ""

    def same_mailbox(self, other: MailboxConfig) -> bool:
        """Whether ``other`` reads the same mail (the same Maildir, or the same IMAP account
        and folder): two entries must not, or every mail would be read twice."""
        if self.kind != other.kind:
            return False
        if self.kind == "maildir":
            return self.path is not None and self.path == other.path
        return ((self.host.lower(), self.port, self.username, self.folder)
                == (other.host.lower(), other.port, other.username, other.folder))


@dataclass(frozen=True)
class FoldersConfig:
    """Folder per outcome that the original is moved to after the commit."""

    requests: str = "Privacy/Requests"
    human: str = "Privacy/Needs-Human"
    ignored: str = "Privacy/Ignored"
    quarantine: str = "Privacy/Quarantine"


@dataclass(frozen=True)
class StoreConfig:
    """The ticket store: an SQLAlchemy URL, ``sqlite:///path`` or ``postgresql://user@host/db``
    (opened with psycopg 3, as ``postgresql+psycopg://``: :func:`bot.store.store.engine_url`)."""

    url: str = "sqlite:///privacy-bot.db"


@dataclass(frozen=True)
class OutboxConfig:
    """Where outgoing mail goes: "smtp" to a server, "maildir" into a local Maildir at ``path``.

    ``give_up_after`` (seconds): a mail still undelivered after this long marks its ticket and
    alerts staff. ``timeout``: SMTP socket timeout in seconds.
    """

    kind: Literal["smtp", "maildir"] = "maildir"
    path: Path | None = None
    host: str = ""
    port: int = 465
    security: Security = "tls"
    username: str = ""
    password: Secret = Secret("")
    ca_file: Path | None = None
    timeout: float = 30.0
    give_up_after: float = 3 * 86400.0


@dataclass(frozen=True)
class BotConfig:
    """Who the bot is and the promises it keeps.

    ``address``: the privacy address (From of every mail sent); ``company``: the name the
    mail speaks for (required in a config file: the default is the demo's fictional company);
    ``domain``: right-hand side of the Message-IDs it makes (default: the domain of
    ``address``); ``staff_address``: where handoffs and alerts go;
    ``own_addresses``/``never_reply``: never sent an automatic mail (loop prevention;
    ``never_reply`` takes addresses, ``@domain`` or ``domain``); ``internal_domains``: the
    company's mail domains, whose senders forwarding a mail are colleagues (default: the
    domain of ``address``); ``trusted_form_senders``: From addresses of the company's own web
    forms, whose single Reply-To is the requester (see bot.outbound.recipient);
    ``trusted_colleagues``: addresses whose forwards are trusted without authentication
    results (a forward is otherwise trusted only when its domain passes DMARC, DKIM or SPF);
    ``deadline_policy``: the law whose periods set due dates and extensions (``pdpa``,
    ``gdpr``, ``ccpa``; see :mod:`bot.deadlines`); ``due_days``: the PDPA period in calendar
    days (privacy policy: 30; other policies use the law's); ``due_days_by_type``: shorter
    periods per request type (a number of days, or "N business days" / "N days" /
    "N months"); ``holidays``: the public holidays business days skip ("SG", "US-CA"; default
    the policy's); ``ack_limit_per_day``: acknowledgements per person
    (plus-tags, case and Gmail dots ignored) per 24 hours; ``ack_limit_per_domain``: per
    recipient domain per 24 hours; ``ack_limit_per_hour``: to anyone per hour (0: none);
    ``max_message_bytes``: larger mail is quarantined; ``read_in_child``: read each message
    (parse, screen, classify) in a child process with a budget of ``read_cpu_seconds`` CPU
    seconds and ``read_memory_mb`` MiB of resident memory, over which it is quarantined as
    "too expensive to read" (:mod:`bot.pipeline.reader`);
    ``acknowledge_replies``: whether a reply in an existing ticket's thread is acknowledged;
    ``digest_time``: local time ("HH:MM" in ``timezone``) from which the daily staff digest of
    tickets overdue or due within ``digest_days`` days is queued ("" turns it off; see
    :mod:`bot.staff.digest`); ``remind_days``: staff are reminded of each open ticket once
    this many days before its due date and once when it is overdue (0 turns it off; see
    :mod:`bot.staff.reminders`); ``verify_types``: request types that cannot be resolved
    without a recorded identity check or a stated reason (:func:`bot.staff.queue.resolve`).
    """

    address: str = "privacy@example.com"
    name: str = "Privacy Team"
    company: str = "ExampleMart Pte. Ltd."
    domain: str = ""
    staff_address: str = "privacy-staff@example.com"
    own_addresses: tuple[str, ...] = ()
    never_reply: tuple[str, ...] = ()
    internal_domains: tuple[str, ...] = ()
    trusted_form_senders: tuple[str, ...] = ()
    trusted_colleagues: tuple[str, ...] = ()
    reference_prefix: str = "PRIV"
    deadline_policy: Literal["pdpa", "gdpr", "ccpa"] = "pdpa"
    due_days: int = 30
    due_days_by_type: dict[str, int | str] = field(default_factory=dict)
    holidays: str = ""
    ack_limit_per_day: int = 5
    ack_limit_per_domain: int = 1000
    ack_limit_per_hour: int = 500
    acknowledge_replies: bool = False
    max_message_bytes: int = 25 * 1024 * 1024
    max_attempts: int = 3
    read_in_child: bool = True
    read_cpu_seconds: float = 30.0
    read_memory_mb: int = 768
    templates_dir: Path | None = None
    timezone: str = "UTC"
    digest_time: str = "08:00"
    digest_days: int = 7
    remind_days: int = 3
    verify_types: tuple[str, ...] = ("access", "deletion")

    def deadlines(self) -> Deadlines:
        """The due-date rules of this config (:class:`bot.deadlines.Deadlines`)."""
        return Deadlines(self.deadline_policy, self.due_days,
                         {t: Period.parse(v) for t, v in self.due_days_by_type.items()},
                         self.holidays, self.timezone)

    def company_domains(self) -> tuple[str, ...]:
        """``internal_domains``, or the domain of ``address`` when none are configured."""
        return self.internal_domains or (self.address.rpartition("@")[2].lower(),)

    def all_own_addresses(self) -> tuple[str, ...]:
        """The bot's own addresses, lower-case: address, staff_address and own_addresses."""
        return tuple(
            sorted({a.lower() for a in (self.address, self.staff_address, *self.own_addresses)})
        )


#: The smallest ``bot.read_memory_mb``: the reader's models take about 250 MiB before a message.
MIN_READ_MEMORY_MB = 384


@dataclass(frozen=True)
class WebConfig:
    """The staff web queue (``privacy-bot web``, see :mod:`bot.staff.web`).

    ``host``/``port``: where it listens (loopback by default: put a TLS reverse proxy in
    front to reach it from elsewhere); ``secret_key``: signs the session cookies, from
    ``secret_key_env``, ``secret_key_file`` or ``secret_key_credential`` (never the file
    itself); without one, ``$PRIVACY_BOT_WEB_SECRET`` is used, else a random key per process
    (sessions then end when the server restarts). ``session_hours``: a login lasts this long;
    ``secure_cookies``: send the session cookie over HTTPS only (set it behind a TLS proxy).
    """

    host: str = "127.0.0.1"
    port: int = 8080
    secret_key: Secret = Secret("")
    session_hours: float = 8.0
    secure_cookies: bool = False


@dataclass(frozen=True)
class MetricsConfig:
    """The optional Prometheus endpoint of ``privacy-bot run`` (:mod:`bot.service.metrics`).

    ``port`` 0 (the default) turns it off; ``host`` is loopback unless changed.
    """

    host: str = "127.0.0.1"
    port: int = 0


@dataclass(frozen=True)
class RetentionConfig:
    """How long the store keeps personal data (PDPA s25: stop retaining it once the purpose is
    served; GDPR Art. 5(1)(e)); see :mod:`bot.staff.retention`. Days; 0 keeps forever.

    ``closed_days``: after a ticket is closed, its mail (received and sent), subject, the
    requester's name and the classifier's evidence are erased; the register row (reference,
    types, dates, result, requester address, who worked it) stays. ``machine_days``: mail
    screened out as automatic (auto-replies, bounces, lists, spam) and notices to staff that
    belong to no ticket. ``quarantine_days``: quarantined mail (staff were alerted on the day).
    ``archive``: also delete each erased mail's original from the mailbox folder the bot
    filed it in (only the messages it filed there, matched by their bytes); off by default,
    as the mailbox may be the deployer's record too.
    """

    closed_days: int = 730
    machine_days: int = 30
    quarantine_days: int = 90
    archive: bool = False


#: The events a webhook may report (see :mod:`bot.outbound.webhooks`).
WEBHOOK_EVENTS = ("ticket.created", "ticket.verified", "ticket.due_soon", "ticket.overdue",
                  "ticket.resolved", "ticket.reopened")


@dataclass(frozen=True)
class WebhooksConfig:
    """Events for the systems that hold the data (:mod:`bot.outbound.webhooks`).

    ``url`` ("" turns them off): where each event is POSTed as JSON (https, or http on
    loopback); ``secret``: the HMAC-SHA256 key the receiver checks the signature with, from
    ``secret_env``, ``secret_file`` or ``secret_credential`` (at least 16 characters);
    ``events``: which of :data:`WEBHOOK_EVENTS` to send; ``timeout`` (seconds) per POST;
    ``give_up_after`` (seconds): an event still undelivered after this long is failed and
    shown in ``status``.
    """

    url: str = ""
    secret: Secret = Secret("")
    events: tuple[str, ...] = WEBHOOK_EVENTS
    timeout: float = 10.0
    give_up_after: float = 3 * 24 * 3600.0


@dataclass(frozen=True)
class Config:
    """The whole configuration. ``source`` is the file it was read from (None for defaults).

    ``mailboxes``: every mailbox served, from a ``[[mailbox]]`` array (empty when a single
    ``[mailbox]`` table was given); ``mailbox`` is the first one (the only one without the
    array). Read them with :meth:`served_mailboxes`.
    """

    mailbox: MailboxConfig
    folders: FoldersConfig
    store: StoreConfig
    outbox: OutboxConfig
    bot: BotConfig
    source: Path | None = None
    warnings: tuple[str, ...] = ()
    web: WebConfig = field(default_factory=WebConfig)
    metrics: MetricsConfig = field(default_factory=MetricsConfig)
    retention: RetentionConfig = field(default_factory=RetentionConfig)
    webhooks: WebhooksConfig = field(default_factory=WebhooksConfig)
    mailboxes: tuple[MailboxConfig, ...] = ()

    def served_mailboxes(self) -> tuple[MailboxConfig, ...]:
        """Every mailbox the worker reads: the ``[[mailbox]]`` entries, or the one
        ``[mailbox]``."""
        return self.mailboxes or (self.mailbox,)

    def address_of(self, mailbox: MailboxConfig) -> str:
        """The privacy address ``mailbox`` serves: its ``address``, else ``bot.address``."""
        return mailbox.address or self.bot.address

    def all_own_addresses(self) -> tuple[str, ...]:
        """The bot's own addresses, lower-case: :meth:`BotConfig.all_own_addresses` and the
        address of every mailbox served (mail from any of them is the bot's, or staff's)."""
        return tuple(sorted({*self.bot.all_own_addresses(),
                             *(self.address_of(m).lower() for m in self.served_mailboxes())}))


def mailbox_key(index: int | None) -> str:
    """``mailbox`` for the single ``[mailbox]`` table (``index`` None), ``mailbox[1]`` for
    the second entry of a ``[[mailbox]]`` array."""
    return "mailbox" if index is None else f"mailbox[{index}]"


_SECTIONS: dict[str, type] = {
    "mailbox": MailboxConfig,
    "folders": FoldersConfig,
    "store": StoreConfig,
    "outbox": OutboxConfig,
    "bot": BotConfig,
    "web": WebConfig,
    "metrics": MetricsConfig,
    "retention": RetentionConfig,
    "webhooks": WebhooksConfig,
}
#: Fields holding a secret; each is read from ``<field>_env``, ``<field>_file`` or
#: ``<field>_credential``, never from the file itself.
_SECRET_FIELDS = ("password", "secret_key", "secret")
_SECRET_SOURCES = tuple(f"{f}_{s}" for f in _SECRET_FIELDS for s in ("env", "file", "credential"))


#: Keys a config file must set: who the bot is, whom it speaks for, and where staff read its
#: notices. (Tests and the dry run build configs in code and may rely on the example.com
#: defaults; no file may, or a real deployment's mail would name the demo's company.)
REQUIRED_IN_FILE = (("bot", "address"), ("bot", "company"), ("bot", "staff_address"))


def load_config(
    path: Path | str,
    env: dict[str, str] | None = None,
    *,
    secrets: Collection[str] | None = None,
) -> Config:
    """Read and validate the TOML file at ``path``.

    ``env`` defaults to ``os.environ`` (passwords, ``$CREDENTIALS_DIRECTORY``). ``secrets``:
    the sections whose secrets are read (None: all). Commands that never connect to the
    mail servers (``status``, ``tickets``) pass ``()`` so that staff and monitoring need no
    passwords. Beyond :func:`build_config`, a file must set the keys in
    :data:`REQUIRED_IN_FILE`, and its local paths must exist (the Maildir, the folder of
    the outbox and of the SQLite database).
    Raises :class:`ConfigProblems` (a ConfigError) listing every problem with its key, or
    ConfigError("config", ...) when the file cannot be read or is not valid TOML.
    """
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError("config", f"cannot read {path}: {exc.strerror}") from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError("config", f"{path} is not valid TOML: {exc}") from exc
    problems = [(f"{section}.{key}", "required") for section, key in REQUIRED_IN_FILE
                if not isinstance(data.get(section), dict) or key not in data[section]]
    try:
        config = build_config(data, base=path.resolve().parent, env=env, source=path,
                              secrets=secrets)
    except ConfigProblems as exc:
        raise ConfigProblems(problems + exc.problems, exc.warnings) from None
    problems += _path_problems(config, mail_paths=secrets is None)
    problems += _demo_identity_problems(config.bot)
    if problems:
        raise ConfigProblems(problems, config.warnings)
    return config


def _path_problems(config: Config, mail_paths: bool) -> list[tuple[str, str]]:
    """Local paths that cannot work: the SQLite database's folder missing; with
    ``mail_paths`` (commands that handle mail) also a Maildir or outbox the bot cannot
    write (it moves the originals and writes the mail it sends)."""
    out: list[tuple[str, str]] = []
    for index, mb in enumerate(config.served_mailboxes()):
        key = f"{mailbox_key(index if config.mailboxes else None)}.path"
        if mail_paths and mb.kind == "maildir" and mb.path is not None:
            if not mb.path.is_dir():
                out.append((key, f"{mb.path} is not a directory"))
            else:
                out += [(key, p) for p in maildir_problems(mb.path)]
    if mail_paths and config.outbox.kind == "maildir" and config.outbox.path is not None:
        out += [("outbox.path", p) for p in maildir_problems(config.outbox.path)]
    url = config.store.url
    if url.startswith("sqlite:////"):
        db = Path(url[len("sqlite:///"):].split("?", 1)[0])
        if not db.parent.is_dir():
            out.append(("store.url", f"folder {db.parent} does not exist"))
    return out


#: The demo's fictional company, and the domains reserved for documentation (RFC 2606 §3),
#: which no real deployment sends from.
DEMO_COMPANY = "ExampleMart Pte. Ltd."
RESERVED_DOMAINS = ("example.com", "example.org", "example.net")


def _is_reserved(domain: str) -> bool:
    domain = domain.lower().rstrip(".")
    return any(domain == d or domain.endswith("." + d) for d in RESERVED_DOMAINS)


def _demo_identity_problems(b: BotConfig) -> list[tuple[str, str]]:
    """A real deployment (its ``address`` outside the RFC 2606 example domains) must not
    speak for the demo's company or make Message-IDs in an example domain."""
    if _is_reserved(b.address.rpartition("@")[2]):
        return []
    out = []
    if b.company.strip().lower() == DEMO_COMPANY.lower():
        out.append(("bot.company", f"{DEMO_COMPANY!r} is the demo's fictional company; set "
                    "your organisation's name"))
    if _is_reserved(b.domain):
        out.append(("bot.domain", f"{b.domain} is reserved for examples (RFC 2606); set your "
                    "mail domain, or leave it out to use the domain of bot.address"))
    return out


def maildir_problems(path: Path) -> list[str]:
    """Why the bot could not write mail into a Maildir at ``path`` (empty: it can). A missing
    Maildir, or missing ``tmp``/``new``/``cur`` in an existing folder, is fine when the
    folder they would be made in is writable (the bot makes them, as mail servers do)."""
    if path.exists() and not path.is_dir():
        return [f"{path} is not a directory"]
    if not path.exists():
        parent = path.parent
        if not parent.is_dir():
            return [f"{parent} does not exist"]
        return [] if os.access(parent, os.W_OK | os.X_OK) else [f"{parent} is not writable"]
    out = []
    for sub in (path / "tmp", path / "new", path / "cur"):
        if sub.exists() and not sub.is_dir():
            out.append(f"{sub} is not a directory")
        elif sub.exists() and not os.access(sub, os.W_OK | os.X_OK):
            out.append(f"{sub} is not writable")
        elif not sub.exists() and not os.access(path, os.W_OK | os.X_OK):
            out.append(f"{path} is not writable (to make {sub.name}/ in it)")
    return out


def build_config(
    data: dict[str, Any],
    *,
    base: Path,
    env: dict[str, str] | None = None,
    source: Path | None = None,
    secrets: Collection[str] | None = None,
) -> Config:
    """Validate a parsed TOML document; see :func:`load_config` for ``secrets`` and the
    errors raised."""
    env = dict(os.environ) if env is None else env
    problems: list[tuple[str, str]] = []
    warnings: list[str] = []
    for key in data:
        if key not in _SECTIONS:
            warnings.append(f"{key}: unknown section, ignored{_did_you_mean(key, _SECTIONS)}")
    sections: dict[str, Any] = {}
    for name, cls in _SECTIONS.items():
        read = secrets is None or name in secrets
        if name == "mailbox" and isinstance(data.get(name), list):
            sections["mailboxes"] = _build_mailboxes(data[name], base, env if read else None,
                                                     problems, warnings)
            sections[name] = (sections["mailboxes"] or (MailboxConfig(),))[0]
            continue
        raw = data.get(name, {})
        if not isinstance(raw, dict):
            problems.append((name, "must be a table"))
            raw = {}
        sections[name] = _build_section(name, cls, dict(raw), base, env if read else None,
                                        problems, warnings)
    sections["store"] = StoreConfig(url=_resolve_sqlite_url(sections["store"].url, base))
    b: BotConfig = sections["bot"]
    if not b.domain and "domain" not in data.get("bot", {}):
        sections["bot"] = replace(b, domain=b.address.rpartition("@")[2].lower())
    _check_rules(sections, problems, secrets_read=secrets is None)
    if problems:
        raise ConfigProblems(problems, tuple(warnings))
    return Config(**sections, source=source, warnings=tuple(warnings))


def _build_mailboxes(
    entries: list[Any],
    base: Path,
    env: dict[str, str] | None,
    problems: list[tuple[str, str]],
    warnings: list[str],
) -> tuple[MailboxConfig, ...]:
    """The entries of a ``[[mailbox]]`` array, each built as a ``[mailbox]`` table is, its
    keys named with its index (``mailbox[1].host``); ``env`` None leaves secrets unread.
    Problems: an empty array, an entry that is not a table."""
    if not entries:
        problems.append(("mailbox", "at least one [[mailbox]] entry is required"))
    built = []
    for index, raw in enumerate(entries):
        name = mailbox_key(index)
        if not isinstance(raw, dict):
            problems.append((name, "must be a table"))
            continue
        built.append(_build_section(name, MailboxConfig, dict(raw), base, env, problems,
                                    warnings))
    return tuple(built)


def _did_you_mean(key: str, known: Collection[str]) -> str:
    """`` (did you mean "x"?)`` for the closest known name, or ""."""
    close = difflib.get_close_matches(key, list(known), n=1, cutoff=0.7)
    return f' (did you mean "{close[0]}"?)' if close else ""


def _resolve_sqlite_url(url: str, base: Path) -> str:
    """Make a relative SQLite path (``sqlite:///bot.db``) relative to the config's folder."""
    prefix = "sqlite:///"
    rest = url[len(prefix):] if url.startswith(prefix) else None
    if rest and not rest.startswith("/") and rest != ":memory:":
        return prefix + str(base / rest)
    return url


def _build_section(
    name: str,
    cls: type,
    raw: dict[str, Any],
    base: Path,
    env: dict[str, str] | None,
    problems: list[tuple[str, str]],
    warnings: list[str],
) -> Any:
    """One section; ``env`` None means: leave its secrets unread (empty)."""
    kwargs: dict[str, Any] = {}
    known = {f.name: f for f in fields(cls)}
    for secret_field in (f for f in _SECRET_FIELDS if f in known):
        secret = None if env is None else _read_secret(name, raw, env, problems, secret_field)
        if secret is not None:
            kwargs[secret_field] = secret
        if secret_field in raw:
            what = "passwords" if secret_field == "password" else "secrets"
            problems.append(
                (f"{name}.{secret_field}", f"{what} are not accepted in the file; use "
                 f"{secret_field}_env, {secret_field}_file or {secret_field}_credential")
            )
            raw.pop(secret_field)
    for key, value in raw.items():
        dotted = f"{name}.{key}"
        if key in _SECRET_SOURCES:
            continue
        if key not in known:
            names = [*known, *(s for s in _SECRET_SOURCES if s.rsplit("_", 1)[0] in known)]
            warnings.append(f"{dotted}: unknown key, ignored{_did_you_mean(key, names)}")
            continue
        default = known[key].default
        try:
            kwargs[key] = _coerce(key, value, known[key].type, default, base)
        except ValueError as exc:
            problems.append((dotted, str(exc)))
    return cls(**kwargs)


def _coerce(key: str, value: Any, type_: Any, default: Any, base: Path) -> Any:
    text = str(type_)
    if "Path" in text:
        if not isinstance(value, str) or not value:
            raise ValueError("must be a non-empty path string")
        p = Path(value).expanduser()
        return p if p.is_absolute() else base / p
    if "Literal" in text:
        allowed = [a.strip().strip("'\"") for a in text.split("[", 1)[1].rstrip("]").split(",")]
        if value not in allowed:
            raise ValueError(f"must be one of {', '.join(allowed)} (got {value!r})")
        return value
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise ValueError("must be true or false")
        return value
    if isinstance(default, int) and not isinstance(default, bool):
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise ValueError("must be a non-negative integer")
        return value
    if isinstance(default, float):
        if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
            raise ValueError("must be a positive number (seconds)")
        return float(value)
    if isinstance(default, str):
        if not isinstance(value, str):
            raise ValueError("must be a string")
        return value
    if "tuple" in text:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ValueError("must be a list of strings")
        return tuple(value)
    if "dict" in text:
        if not isinstance(value, dict):
            raise ValueError("must be a table")
        for k, v in value.items():
            if k not in REQUEST_TYPES:
                raise ValueError(f"unknown request type {k!r}; use {', '.join(REQUEST_TYPES)}")
            if isinstance(v, bool) or not isinstance(v, int | str):
                raise ValueError(f"{k} must be a number of days or a period such as "
                                 '"10 business days"')
            Period.parse(v)
        return dict(value)
    raise ValueError(f"unsupported value for {key}")  # pragma: no cover - all types handled


def _read_secret(
    section: str, raw: dict[str, Any], env: dict[str, str], problems: list[tuple[str, str]],
    name: str = "password",
) -> Secret | None:
    if f"{name}_env" in raw:
        var = raw[f"{name}_env"]
        if not isinstance(var, str) or var not in env:
            problems.append((f"{section}.{name}_env", f"environment variable {var!r} is not set"))
            return None
        return Secret(env[var], (f"{name}_env", var))
    if f"{name}_file" in raw:
        p = Path(str(raw[f"{name}_file"])).expanduser()
        try:
            return Secret(p.read_text(encoding="utf-8").strip(), (f"{name}_file", str(p)))
        except OSError as exc:
            problems.append((f"{section}.{name}_file", f"cannot read {p}: {exc.strerror}"))
            return None
    if f"{name}_credential" in raw:
        creds = env.get("CREDENTIALS_DIRECTORY")
        if not creds:
            problems.append(
                (f"{section}.{name}_credential", "$CREDENTIALS_DIRECTORY is not set "
                 "(LoadCredential= in the systemd unit)")
            )
            return None
        p = Path(creds) / str(raw[f"{name}_credential"])
        try:
            return Secret(p.read_text(encoding="utf-8").strip(),
                          (f"{name}_credential", str(raw[f"{name}_credential"])))
        except OSError as exc:
            problems.append((f"{section}.{name}_credential", f"cannot read {p}: {exc.strerror}"))
            return None
    return None


def is_loopback(host: str) -> bool:
    """True when ``host`` is ``localhost`` or a loopback IP literal (127.0.0.0/8, ::1).

    Names other than ``localhost`` are not resolved: DNS must not decide whether a password
    travels in clear text.
    """
    name = host.strip().strip("[]").rstrip(".").lower()
    if name == "localhost":
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def _mailbox_problems(name: str, mb: MailboxConfig, problems: list[tuple[str, str]],
                      secrets_read: bool) -> None:
    """The problems of one mailbox entry, named ``name`` (``mailbox`` or ``mailbox[1]``)."""
    if mb.kind == "maildir" and mb.path is None:
        problems.append((f"{name}.path", f'required when {name}.kind is "maildir"'))
    if mb.kind == "imap":
        for key in ("host", "username"):
            if not getattr(mb, key):
                problems.append((f"{name}.{key}", f'required when {name}.kind is "imap"'))
        reported = any(k.startswith(f"{name}.password") for k, _ in problems)
        if secrets_read and not mb.password.value and not reported:
            problems.append(
                (f"{name}.password_env", "an IMAP password is required: set password_env, "
                 "password_file or password_credential")
            )
        if mb.security == "plain" and mb.host and not is_loopback(mb.host):
            problems.append((f"{name}.security",
                             "plain (unencrypted) is allowed only to loopback"))
    if mb.idle_timeout > 1740:
        problems.append((f"{name}.idle_timeout", "must be at most 1740 s (29 min, RFC 2177)"))
    if mb.address and "@" not in mb.address:
        problems.append((f"{name}.address", "must be an email address"))


def _mailboxes_problems(s: dict[str, Any], problems: list[tuple[str, str]],
                        secrets_read: bool) -> None:
    """The problems of the single ``[mailbox]``, or of each ``[[mailbox]]`` entry: there,
    each must name the ``address`` it serves, and no two may read the same mail."""
    entries: tuple[MailboxConfig, ...] = s.get("mailboxes", ())
    if not entries:
        _mailbox_problems("mailbox", s["mailbox"], problems, secrets_read)
        return
    for index, mb in enumerate(entries):
        name = mailbox_key(index)
        if not mb.address:
            problems.append((f"{name}.address", "required in each [[mailbox]] entry: the "
                             "privacy address whose mail arrives there"))
        _mailbox_problems(name, mb, problems, secrets_read)
        if (first := next((i for i, other in enumerate(entries[:index])
                           if other.same_mailbox(mb)), None)) is not None:
            problems.append((name, f"reads the same mail as {mailbox_key(first)}"))


def _check_rules(s: dict[str, Any], problems: list[tuple[str, str]],
                 secrets_read: bool = True) -> None:
    _mailboxes_problems(s, problems, secrets_read)
    ob: OutboxConfig = s["outbox"]
    if ob.kind == "maildir" and ob.path is None:
        problems.append(("outbox.path", 'required when outbox.kind is "maildir"'))
    if ob.kind == "smtp":
        if not ob.host:
            problems.append(("outbox.host", 'required when outbox.kind is "smtp"'))
        if ob.security == "plain" and ob.host and not is_loopback(ob.host):
            problems.append(("outbox.security", "plain (unencrypted) is allowed only to loopback"))
        reported = any(k.startswith("outbox.password") for k, _ in problems)
        if secrets_read and ob.username and not ob.password.value and not reported:
            problems.append(("outbox.password_env", "a password is required with outbox.username"))
    b: BotConfig = s["bot"]
    for key in ("address", "staff_address"):
        if "@" not in getattr(b, key):
            problems.append((f"bot.{key}", "must be an email address"))
    if not b.domain or "@" in b.domain or " " in b.domain:
        problems.append(("bot.domain", "must be a domain name such as example.com"))
    if b.due_days < 1:
        problems.append(("bot.due_days", "must be at least 1"))
    elif b.due_days != 30 and b.deadline_policy != "pdpa":
        problems.append(("bot.due_days", f"applies to deadline_policy pdpa only; "
                         f"{b.deadline_policy}'s period is the law's "
                         f"({POLICIES[b.deadline_policy].period}); shorten it per type with "
                         "due_days_by_type"))
    if unknown := [t for t in b.verify_types if t not in REQUEST_TYPES]:
        problems.append(("bot.verify_types", f"unknown request type(s) {', '.join(unknown)}; "
                         f"use {', '.join(REQUEST_TYPES)}"))
    if (why := holiday_calendar_problem(b.holidays)) is not None:
        problems.append(("bot.holidays", why))
    if b.max_attempts < 1:
        problems.append(("bot.max_attempts", "must be at least 1"))
    if b.read_cpu_seconds < 1:
        problems.append(("bot.read_cpu_seconds", "must be at least 1 (seconds of CPU time)"))
    if b.read_memory_mb < MIN_READ_MEMORY_MB:
        problems.append(("bot.read_memory_mb", f"must be at least {MIN_READ_MEMORY_MB} (MiB; "
                         "the classifier's models alone take about 250)"))
    if b.templates_dir is not None and not b.templates_dir.is_dir():
        problems.append(("bot.templates_dir", f"{b.templates_dir} is not a directory"))
    if b.digest_time and not _is_hh_mm(b.digest_time):
        problems.append(("bot.digest_time", 'must be a time "HH:MM" (24-hour), or "" for none'))
    if b.digest_days < 1:
        problems.append(("bot.digest_days", "must be at least 1"))
    for key in ("closed_days", "machine_days", "quarantine_days"):
        if getattr(s["retention"], key) < 0:
            problems.append((f"retention.{key}", "must be 0 (keep forever) or more days"))
    hooks: WebhooksConfig = s["webhooks"]
    if hooks.url:
        parts = urlsplit(hooks.url)
        local = parts.hostname in ("127.0.0.1", "localhost", "::1")
        if parts.scheme not in ("https", "http") or not parts.hostname or (
                parts.scheme == "http" and not local):
            problems.append(("webhooks.url", "must be an https:// URL (http:// only on "
                             "127.0.0.1 or localhost)"))
        if secrets_read and len(hooks.secret.value) < 16:
            problems.append(("webhooks.secret", "required with webhooks.url, at least 16 "
                             "characters: set secret_env, secret_file or secret_credential"))
    if unknown := [e for e in hooks.events if e not in WEBHOOK_EVENTS]:
        problems.append(("webhooks.events", f"unknown event(s) {', '.join(unknown)}; use "
                         + ", ".join(WEBHOOK_EVENTS)))
    if hooks.timeout <= 0:
        problems.append(("webhooks.timeout", "must be more than 0 seconds"))
    web: WebConfig = s["web"]
    if not 1 <= web.port <= 65535:
        problems.append(("web.port", "must be a port number 1-65535"))
    if not web.host:
        problems.append(("web.host", "must be a host name or address such as 127.0.0.1"))
    if not s["store"].url or "://" not in s["store"].url:
        problems.append(("store.url", "must be an SQLAlchemy URL such as sqlite:///bot.db"))
    try:
        from zoneinfo import ZoneInfo

        ZoneInfo(b.timezone)
    except Exception:  # noqa: BLE001 - any failure means an unknown zone name
        problems.append(("bot.timezone", f"unknown time zone {b.timezone!r}"))


def _is_hh_mm(text: str) -> bool:
    hours, sep, minutes = text.partition(":")
    return (sep == ":" and len(hours) == 2 and len(minutes) == 2 and hours.isdigit()
            and minutes.isdigit() and int(hours) < 24 and int(minutes) < 60)


def hide_password(url: str) -> str:
    """``url`` with the password of its ``user:password@`` part, if any, shown as ``***``
    (``postgresql://bot:***@db.example.com/privacy``); other URLs unchanged."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.netloc.rpartition("@")[2]
    return parts._replace(netloc=f"{parts.username or ''}:***@{host}").geturl()


def describe(config: Config) -> str:
    """The effective config as TOML that could be pasted back into a file: every key with its
    value, defaults included; a secret shown as the key it was read from (``password_env =
    "VAR"``), never its value (a password written into ``store.url`` shows as ``***``); keys
    with no value (``ca_file``) as comments."""
    import tomli_w

    parts: list[str] = []
    for name in _SECTIONS:
        # several mailboxes: each an entry of the [[mailbox]] array
        many = name == "mailbox" and bool(config.mailboxes)
        for section in config.mailboxes if many else (getattr(config, name),):
            table, unset = _as_table(name, section)
            header, _, body = tomli_w.dumps({name: [table] if many else table}).partition("\n")
            parts.append("\n".join([header, *unset, body]))
    return "\n".join(parts)


def _as_table(name: str, section: Any) -> tuple[dict[str, Any], list[str]]:
    """Section ``name`` (a config dataclass) as a TOML table for :func:`describe`, and the
    comments naming its keys without a value."""
    table: dict[str, Any] = {}
    unset: list[str] = []
    for f in fields(section):
        value = getattr(section, f.name)
        if isinstance(value, Secret):
            if value.origin is not None:
                table[value.origin[0]] = value.origin[1]
            continue
        if value is None:
            unset.append(f"# {f.name} is not set")
        elif isinstance(value, Path):
            table[f.name] = str(value)
        elif isinstance(value, tuple):
            table[f.name] = list(value)
        elif name == "store" and f.name == "url":
            table[f.name] = hide_password(value)
        else:
            table[f.name] = value
    return table, unset
