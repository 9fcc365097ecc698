"""The interface every mailbox implements: list, fetch, move, wait.

The INBOX is the queue: the worker archives every message it has committed into a folder per
outcome, so whatever is still in the INBOX is either new or was committed but not yet moved
(the store tells which). UIDs are strings so that IMAP UIDs (RFC 3501 §2.3.1.1) and Maildir
keys share one store column; for IMAP they are decimal integers.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol


@dataclass(frozen=True)
class FetchedMail:
    """One message as fetched: its UID in the folder, its raw RFC 5322 bytes and, when the
    mailbox knows it, ``arrived_at``: when the mail server delivered it (aware datetime; the
    IMAP INTERNALDATE, RFC 3501 §2.3.3, or the Maildir file's mtime), from which the legal
    period runs (:mod:`bot.intake.receipt`)."""

    uid: str
    raw: bytes
    arrived_at: datetime | None = None


@dataclass(frozen=True)
class Filed:
    """A message the bot filed in an archive folder, as the store knows it: ``uid`` (its
    UID or Maildir key in the inbox when fetched), ``message_id`` (the Message-ID field,
    ``<...>``, or "") and ``sha256`` (hex digest of its raw bytes). The bytes identify it
    wherever it is now: IMAP gives a moved message a new UID (RFC 6851 §3.3)."""

    uid: str
    message_id: str
    sha256: str


class Mailbox(Protocol):
    """A source of mail. Implementations: ImapMailbox, MaildirMailbox.

    ``source`` is a stable identity of the mailbox for the store key (no password), e.g.
    ``imap://bot@mail.example.com/INBOX`` or ``maildir:/var/lib/privacy-bot/mail``.
    """

    source: str

    def open(self) -> int:
        """Connect (if needed) and select the inbox; return its UIDVALIDITY (0 for Maildir).

        Raises TransientError when the server cannot be reached, PermanentError on a
        rejected login.
        """
        ...

    def list_uids(self) -> list[str]:
        """Return the UIDs of every message now in the inbox, oldest first."""
        ...

    def fetch(self, uids: Sequence[str]) -> Iterator[FetchedMail]:
        """Yield the raw bytes of the given messages without marking them \\Seen.

        UIDs that vanished meanwhile are skipped. Raises TransientError on connection loss.
        """
        ...

    def move(self, uids: Sequence[str], folder: str) -> None:
        """Move messages from the inbox to ``folder`` (created when missing).

        IMAP: MOVE (RFC 6851) where offered, else COPY + STORE \\Deleted + UID EXPUNGE of
        exactly those UIDs (RFC 4315). Nothing else is ever expunged.
        """
        ...

    def delete_filed(self, folder: str, filed: Sequence[Filed]) -> set[Filed]:
        """Delete from archive ``folder`` the messages the bot filed there (only copies whose
        bytes match the store's SHA-256), for the retention policy; return those found and
        deleted. A missing folder holds nothing. Raises TransientError on connection loss.
        """
        ...

    def wait(self, timeout: float, stop: threading.Event) -> None:
        """Block until new mail may be there, ``timeout`` seconds pass, or ``stop`` is set.

        IMAP uses IDLE (RFC 2177) when offered, else sleeps (polling).
        """
        ...

    def close(self) -> None:
        """Log out and release the connection; safe to call twice."""
        ...
