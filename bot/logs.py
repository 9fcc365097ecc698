"""Logging set-up: one line per event on stderr, journald-friendly under systemd.

When stderr is connected to the journal (``$JOURNAL_STREAM`` set, systemd.exec(5)), each line
starts with its syslog priority in angle brackets (``<6>`` info, ``<4>`` warning, ``<3>``
error; sd-daemon(3)) so journald records the level; otherwise a timestamped line is written.
Message bodies and full addresses are never logged at INFO (see ``bot.pipeline.processor.redact``).
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from collections.abc import Iterator

_PRIORITY = {logging.DEBUG: 7, logging.INFO: 6, logging.WARNING: 4, logging.ERROR: 3,
             logging.CRITICAL: 2}


class JournalFormatter(logging.Formatter):
    """Prefixes each record with ``<N>``, its syslog priority (sd-daemon(3))."""

    def format(self, record: logging.LogRecord) -> str:
        prio = _PRIORITY.get(record.levelno, 6)
        return f"<{prio}>{super().format(record)}"


_LINE = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def configure(level: int = logging.INFO) -> None:
    """Send the bot's logs to stderr at ``level`` (idempotent)."""
    handler = logging.StreamHandler(sys.stderr)
    if os.environ.get("JOURNAL_STREAM"):
        handler.setFormatter(JournalFormatter("%(name)s: %(message)s"))
    else:
        handler.setFormatter(logging.Formatter(_LINE))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for noisy in ("imapclient", "alembic", "sqlalchemy"):
        logging.getLogger(noisy).setLevel(max(level, logging.WARNING))
    # mail-parser warns about every MIME part it does not render itself (e.g. DSN
    # rfc822-headers); bot.intake.parse reads those parts itself, so only its errors matter.
    logging.getLogger("mailparser").setLevel(logging.ERROR)


@contextlib.contextmanager
def to_file(path: os.PathLike[str] | str) -> Iterator[None]:
    """Within the block, write the logs (at the level set by :func:`configure`) to the file
    at ``path`` and keep only warnings and errors on stderr: for commands whose stdout is a
    summary to read (``privacy-bot demo``). The handlers are restored and the file closed on
    exit. Raises OSError when the file cannot be opened."""
    root = logging.getLogger()
    to_disk = logging.FileHandler(path, encoding="utf-8")
    to_disk.setFormatter(logging.Formatter(_LINE))
    levels = [(handler, handler.level) for handler in root.handlers]
    for handler, level in levels:
        handler.setLevel(max(level, logging.WARNING))
    root.addHandler(to_disk)
    try:
        yield
    finally:
        root.removeHandler(to_disk)
        to_disk.close()
        for handler, level in levels:
            handler.setLevel(level)
