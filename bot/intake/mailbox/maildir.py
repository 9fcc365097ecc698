"""The privacy mailbox as a local Maildir (stdlib :mod:`mailbox`): the embedded default.

Used by ``privacy-bot demo`` and by deployments where an MTA delivers into a Maildir. The inbox
is the Maildir's ``new/`` and ``cur/``; archive folders are Maildir++ sub-folders
(``Privacy/Requests`` → ``.Privacy.Requests``), the layout Dovecot and Courier read, so the
same directory can later be served over IMAP. A move is one ``rename(2)`` into the target's
``cur/``: atomic, and the bytes stay exactly as delivered.
"""

from __future__ import annotations

import hashlib
import logging
import mailbox
import os
import re
import threading
import time
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path

from bot.errors import PermanentError, TransientError
from bot.intake.mailbox.base import FetchedMail, Filed

logger = logging.getLogger(__name__)

#: Seconds between two looks at new/ and cur/ in :meth:`MaildirMailbox.wait`.
POLL_SECONDS = 0.5


def maildir_folder_name(folder: str) -> str:
    """``Privacy/Requests`` → ``Privacy.Requests``, the name :meth:`mailbox.Maildir.add_folder`
    takes (Maildir++ uses ``.`` as the hierarchy separator; the directory gets a leading dot).

    Raises ValueError for an empty level, ``.``/``..``, a path separator inside a level, or a
    level starting with a dot (it would escape or confuse the Maildir++ layout).
    """
    levels = folder.split("/")
    for level in levels:
        if not level or level in (".", "..") or level.startswith(".") or os.sep in level:
            raise ValueError(f"invalid Maildir folder name {folder!r}")
    return ".".join(levels)


class MaildirMailbox:
    """A local Maildir as the worker's inbox.

    UIDVALIDITY is always 0. UIDs are the Maildir keys (file names without the ``:2,…``
    info), listed in delivery order: file mtime, then key.

    Args:
        path: the Maildir directory (created with new/, cur/, tmp/ on :meth:`open` when
            missing; its parent must exist).
    """

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path).expanduser().resolve()
        self.source = f"maildir:{self.path}"
        self._md: mailbox.Maildir | None = None
        # Keys returned by the last list_uids(): wait() wakes for anything not among them.
        self._listed: set[str] | None = None
        #: key → delivery time (mtime, ns) of the messages found by the last list_uids()
        self._delivered: dict[str, int] = {}

    def __repr__(self) -> str:
        return f"MaildirMailbox({str(self.path)!r})"

    def open(self) -> int:
        """Create the Maildir if missing; return 0 (a Maildir has no UIDVALIDITY).

        Raises:
            PermanentError: the parent directory is missing, or permission is denied.
            TransientError: any other OS error (e.g. disk full).
        """
        self._md = self._create()
        return 0

    def _create(self) -> mailbox.Maildir:
        try:
            return mailbox.Maildir(self.path, factory=None, create=True)
        except (FileNotFoundError, NotADirectoryError, PermissionError) as exc:
            raise PermanentError(f"cannot open Maildir {self.path}: {exc}") from exc
        except OSError as exc:
            raise TransientError(f"cannot open Maildir {self.path}: {exc}") from exc

    def close(self) -> None:
        """Forget the open Maildir; safe to call twice."""
        self._md = None
        self._listed = None

    def _box(self) -> mailbox.Maildir:
        if self._md is None:
            self._md = self._create()
        return self._md

    def _scan(self) -> dict[str, tuple[int, Path]]:
        """key → (mtime in ns, file path) for every message in new/ and cur/."""
        colon = self._box().colon
        found: dict[str, tuple[int, Path]] = {}
        for sub in ("new", "cur"):
            try:
                entries = list(os.scandir(self.path / sub))
            except OSError as exc:
                raise TransientError(f"cannot list Maildir {self.path / sub}: {exc}") from exc
            for entry in entries:
                if entry.name.startswith("."):
                    continue
                try:
                    mtime = entry.stat().st_mtime_ns
                except FileNotFoundError:  # moved away while we looked
                    continue
                found[entry.name.split(colon)[0]] = (mtime, Path(entry.path))
        return found

    def list_uids(self) -> list[str]:
        """Keys of every message in new/ and cur/, oldest delivery first (mtime, then the time
        in the key: :func:`_written`).

        Raises TransientError when the directories cannot be read.
        """
        found = self._scan()
        self._listed = set(found)
        self._delivered = {key: mtime for key, (mtime, _) in found.items()}
        return sorted(found, key=lambda key: (found[key][0], *_written(key)))

    def fetch(self, uids: Sequence[str]) -> Iterator[FetchedMail]:
        """Yield the raw bytes of each message, in the given order; vanished keys are skipped.

        ``arrived_at`` is the file's mtime as found by the last :meth:`list_uids`: the
        delivery time (Dovecot reports the same as the message's INTERNALDATE). Reading never
        changes a message's flags. Raises TransientError on other OS errors.
        """
        box = self._box()
        for key in dict.fromkeys(uids):
            try:
                raw = box.get_bytes(key)
            except (KeyError, FileNotFoundError):
                continue
            except OSError as exc:
                raise TransientError(f"cannot read {key} from Maildir {self.path}: {exc}") from exc
            found = self._delivered.get(key)
            arrived = datetime.fromtimestamp(found / 1e9, tz=UTC) if found else None
            yield FetchedMail(uid=key, raw=raw, arrived_at=arrived)

    def move(self, uids: Sequence[str], folder: str) -> None:
        """Move messages into the Maildir++ sub-folder for ``folder`` (created when missing).

        Each file is renamed into the target's ``cur/`` under its own key, keeping its flags
        (a message from ``new/`` gets an empty ``:2,`` info, so it is not marked seen). The
        rename is atomic and keeps the bytes; keys no longer in the inbox are skipped.

        Raises:
            ValueError: ``folder`` is not a valid folder name (see :func:`maildir_folder_name`).
            TransientError: an OS error (the messages not yet renamed stay in the inbox).
        """
        name = maildir_folder_name(folder)
        if not uids:
            return
        box = self._box()
        colon = box.colon
        try:
            box.add_folder(name)  # creates .Name/{new,cur,tmp} and maildirfolder; idempotent
        except OSError as exc:
            raise TransientError(f"cannot create Maildir folder {name}: {exc}") from exc
        target_cur = self.path / f".{name}" / "cur"
        found = self._scan()
        moved = 0
        for key in dict.fromkeys(uids):
            if key not in found:
                continue
            source = found[key][1]
            filename = source.name if colon in source.name else f"{source.name}{colon}2,"
            try:
                os.rename(source, target_cur / filename)
            except FileNotFoundError:
                continue
            except OSError as exc:
                raise TransientError(f"cannot move {key} to {name}: {exc}") from exc
            moved += 1
        logger.debug("Maildir %s: moved %d messages to %s", self.path, moved, name)

    def delete_filed(self, folder: str, filed: Sequence[Filed]) -> set[Filed]:
        """Delete from the sub-folder for ``folder`` each message of ``filed`` that
        :meth:`move` put there: found by its key (a move keeps it), deleted only when its
        bytes still hash to ``sha256``. Returns those deleted.

        Raises:
            ValueError: ``folder`` is not a valid folder name.
            TransientError: an OS error other than a file already gone.
        """
        root = self.path / f".{maildir_folder_name(folder)}"
        colon = self._box().colon
        deleted: set[Filed] = set()
        wanted = {item.uid: item for item in filed}
        for sub in ("cur", "new"):
            try:
                entries = list(os.scandir(root / sub))
            except FileNotFoundError:
                continue
            except OSError as exc:
                raise TransientError(f"cannot list Maildir {root / sub}: {exc}") from exc
            for entry in entries:
                item = wanted.get(entry.name.split(colon)[0])
                if item is None or item in deleted:
                    continue
                try:
                    if hashlib.sha256(Path(entry.path).read_bytes()).hexdigest() != item.sha256:
                        continue  # not the bytes the bot filed
                    os.unlink(entry.path)
                except FileNotFoundError:
                    continue
                except OSError as exc:
                    raise TransientError(f"cannot delete {entry.name}: {exc}") from exc
                deleted.add(item)
        logger.debug("Maildir %s: deleted %d filed messages from %s", self.path, len(deleted),
                     folder)
        return deleted

    def _dir_stamp(self) -> tuple[int, int]:
        try:
            return (
                os.stat(self.path / "new").st_mtime_ns,
                os.stat(self.path / "cur").st_mtime_ns,
            )
        except OSError as exc:
            raise TransientError(f"cannot stat Maildir {self.path}: {exc}") from exc

    def wait(self, timeout: float, stop: threading.Event) -> None:
        """Poll new/ and cur/ every 0.5 s until a message not seen by the last
        :meth:`list_uids` appears, ``timeout`` seconds pass, or ``stop`` is set.

        Raises TransientError when the directories cannot be read.
        """
        deadline = time.monotonic() + timeout
        known = self._listed if self._listed is not None else set(self._scan())
        stamp: tuple[int, int] | None = None
        while not stop.is_set():
            current = self._dir_stamp()
            if current != stamp:  # a directory's mtime changes with every file added
                stamp = current
                if set(self._scan()) - known:
                    return
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return
            stop.wait(min(POLL_SECONDS, remaining))


__all__ = ["MaildirMailbox", "maildir_folder_name"]


_KEY_TIME = re.compile(r"(\d+)\.M(\d+)")


def _written(key: str) -> tuple[int, int, str]:
    """When a Maildir key says its file was written: ``<seconds>.M<microseconds>…`` (the
    Maildir convention Python, Dovecot and Postfix follow) as numbers, then the key. Names are
    not ordered as text: the microseconds are not zero-padded ("M9" is earlier than "M58920"
    of the same second), and file times are too coarse to tell mails apart alone."""
    m = _KEY_TIME.match(key)
    return (int(m.group(1)), int(m.group(2)), key) if m else (0, 0, key)

