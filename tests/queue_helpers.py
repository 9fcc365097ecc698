"""Real tickets for the staff-queue tests: mail delivered to a Maildir, drained by the worker
into a store (an SQLite file in a temp dir, or the PostgreSQL database a test is given; as in
tests/test_worker_maildir.py), then the tickets' receipt and due times pinned to fixed values
so that expected dates can be worked out by hand.
"""

from __future__ import annotations

import mailbox
import os
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select

from bot.config import build_config
from bot.service.app import App, build_app
from bot.store.models import Ticket

#: Every ticket is pinned as received at this time (a Monday), so due = +30 days.
RECEIVED = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
DUE = RECEIVED + timedelta(days=30)  # 2026-12-02 09:00 UTC
#: "Now" in the tests: 25 days after receipt, i.e. 5 days before the due date.
NOW = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)

AUTH_RESULTS = (
    "Authentication-Results: mx.example.com 1;\n"
    " spf=pass (sender IP is 192.0.2.10) smtp.mailfrom=example.org;\n"
    " dkim=pass header.d=example.org header.s=sel1;\n"
    " dmarc=pass (p=reject) header.from=example.org\n"
    # a field the sender put in: below the receiving server's, so not trusted
    "Authentication-Results: evil.example; dkim=pass header.d=example.org\n"
)


def mail(n: int, sender: str, subject: str, body: str, headers: str = "",
         content_type: str = "text/plain; charset=utf-8") -> bytes:
    """One raw mail, Message-ID ``<q-n@example.org>``."""
    return (f"{headers}From: {sender}\nTo: privacy@example.com\nSubject: {subject}\n"
            f"Message-ID: <q-{n}@example.org>\nDate: Mon, 02 Nov 2026 09:00:00 +0000\n"
            f"MIME-Version: 1.0\nContent-Type: {content_type}\n\n{body}\n").encode()


#: The standard set: (sender, subject, body). Worked out by hand against the rules:
#: 1 deletion (jane), 2 access (jane again: a merge candidate), 3 a question (triage).
STANDARD = [
    ("Jane Doe <jane.doe@example.org>", "Delete my data",
     "Please delete all my personal data and my order history."),
    ("Jane Doe <jane.doe@example.org>", "My data",
     "Please send me a copy of all the personal data you hold about me."),
    ("Ravi Kumar <ravi@example.net>", "Question about your shop",
     "Hello, do you ship to Penang? Thanks."),
]


def fixed(at: datetime) -> Callable[[], datetime]:
    """A clock that always says ``at`` (aware UTC)."""
    return lambda: at


#: The default clock of the apps built here: always RECEIVED.
AT_RECEIPT = fixed(RECEIVED)


def make_app(tmp_path: Path, clock: Callable[[], datetime] = AT_RECEIPT, *,
             store_url: str = "sqlite:///bot.db", retention: dict[str, Any] | None = None,
             **bot: Any) -> App:
    """An app on ``tmp_path``: Maildir in, Maildir outbox, the store at ``store_url`` (default
    SQLite ``bot.db`` in ``tmp_path``; tests on both stores pass the ``store_url`` fixture's);
    its worker, outbox and renderer read ``clock`` (default: always RECEIVED), never the real
    clock. Messages are read in this process unless ``read_in_child=True`` is passed (the
    child reader and its budget are tested in tests/test_reader.py and through the CLI).
    ``retention``: the ``[retention]`` section (default: the product's defaults)."""
    bot.setdefault("read_in_child", False)
    config = build_config(
        {"mailbox": {"path": "mail"}, "outbox": {"path": "outbox"},
         "store": {"url": store_url}, "bot": bot, "retention": retention or {}},
        base=tmp_path, env={},
    )
    return build_app(config, clock=clock)


def sent_mail(outbox: Path) -> list[Any]:
    """The mails the Maildir outbox ``outbox`` received, in the order they were written:
    Python's Maildir names a file ``<seconds>.M<microseconds>P<pid>Q<count>.<host>``, and the
    microseconds are not zero-padded, so the names are ordered as numbers, not as text (as
    text, "M9" comes after "M58920" of the same second)."""
    from email import message_from_bytes, policy

    folder = outbox / "new"
    if not folder.is_dir():
        return []

    def written(path: Path) -> tuple[int, int, int]:
        seconds, _, rest = path.name.partition(".M")
        micro, _, rest = rest.partition("P")
        count = rest.partition("Q")[2].partition(".")[0]
        return int(seconds), int(micro), int(count or 0)

    return [message_from_bytes(p.read_bytes(), policy=policy.default)
            for p in sorted(folder.iterdir(), key=written)]


def deliver(tmp_path: Path, *raws: bytes, at: datetime = RECEIVED, folder: str = "mail") -> None:
    """Deliver ``raws`` to the Maildir ``tmp_path/folder`` as if at ``at``: the files' mtime,
    which the bot reads as the delivery time, is set to it (not the real clock), a
    microsecond apart so that they are processed in the order given."""
    box = mailbox.Maildir(tmp_path / folder, create=True)
    base = int(at.timestamp() * 1e9)
    for n, raw in enumerate(raws):
        key = box.add(mailbox.MaildirMessage(raw))
        (path,) = (tmp_path / folder / "new").glob(f"{key}*")
        # one microsecond apart, in the order given: the worker reads oldest first
        os.utime(path, ns=(base + n * 1000, base + n * 1000))


def queue_app(tmp_path: Path, extra: list[bytes] | None = None,
              clock: Callable[[], datetime] = AT_RECEIPT, *,
              store_url: str = "sqlite:///bot.db", **bot: Any) -> App:
    """Deliver the STANDARD mails (the first with AUTH_RESULTS) plus ``extra``, drain them
    with the worker's clock at ``clock`` into the store at ``store_url`` (see make_app), and
    pin every ticket's received/due times to RECEIVED/DUE."""
    raws = [mail(i + 1, sender, subject, body, AUTH_RESULTS if i == 0 else "")
            for i, (sender, subject, body) in enumerate(STANDARD)]
    deliver(tmp_path, *raws, *(extra or []))
    app = make_app(tmp_path, clock, store_url=store_url, **bot)
    app.worker().drain()
    with app.store.begin() as s:
        for t in s.scalars(select(Ticket)):
            t.received_at, t.due_at = RECEIVED, DUE
    return app


def tickets_by_subject(app: App) -> dict[str, Ticket]:
    """Every ticket keyed by its subject."""
    with app.store.begin() as s:
        return {t.subject: t for t in s.scalars(select(Ticket))}
