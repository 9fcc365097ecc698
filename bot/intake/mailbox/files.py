"""A mailbox over .eml files named on the command line (``privacy-bot process FILE …``).

Each file is one message; its UID is the SHA-256 of its bytes (so the same file given twice
is stored once) and UIDVALIDITY is 0. Moving does nothing: the files are the operator's.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path

from bot.intake.mailbox.base import FetchedMail, Filed


class FilesMailbox:
    """The given files as a read-only mailbox. Unreadable files are listed in ``errors``."""

    source = "files"

    def __init__(self, paths: Sequence[Path]) -> None:
        self._raw: dict[str, bytes] = {}
        #: path → uid, in the order given (for reporting per file)
        self.uid_of: dict[Path, str] = {}
        #: path → reason, for files that could not be read
        self.errors: dict[Path, str] = {}
        for path in paths:
            try:
                raw = Path(path).read_bytes()
            except OSError as exc:
                self.errors[path] = exc.strerror or str(exc)
                continue
            uid = hashlib.sha256(raw).hexdigest()
            self._raw[uid] = raw
            self.uid_of[path] = uid

    def open(self) -> int:
        return 0

    def list_uids(self) -> list[str]:
        return list(self._raw)

    def fetch(self, uids: Sequence[str]) -> Iterator[FetchedMail]:
        for uid in uids:
            if uid in self._raw:
                yield FetchedMail(uid, self._raw[uid])

    def move(self, uids: Sequence[str], folder: str) -> None:
        return None

    def delete_filed(self, folder: str, filed: Sequence[Filed]) -> set[Filed]:
        return set()  # nothing was filed: the files stay the operator's

    def wait(self, timeout: float, stop: threading.Event) -> None:
        stop.wait(timeout)

    def close(self) -> None:
        return None
