"""The privacy mailbox over IMAP (imapclient): the first and the last step of the flow.

The worker calls :meth:`ImapMailbox.list_uids` and :meth:`ImapMailbox.fetch` to take new mail
(``BODY.PEEK[]``, so nothing is marked \\Seen, RFC 3501 §6.4.5), and :meth:`ImapMailbox.move`
only after the store committed the outcome (MOVE, RFC 6851; else COPY + \\Deleted + UID EXPUNGE
of exactly those UIDs, RFC 4315). Between rounds :meth:`ImapMailbox.wait` idles (RFC 2177).

Every failure that may heal by itself (connection refused or reset, timeouts, TLS errors, the
server hanging up) is raised as :class:`bot.errors.TransientError`; the connection is then
dropped, and the worker calls :meth:`~ImapMailbox.close` and :meth:`~ImapMailbox.open` again.
A rejected login is a :class:`bot.errors.PermanentError`: retrying cannot help.
"""

from __future__ import annotations

import hashlib
import imaplib
import logging
import socket
import ssl
import threading
import time
from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from typing import Any, Literal
from urllib.parse import quote

from imapclient import IMAPClient, SocketTimeout
from imapclient.exceptions import CapabilityError, LoginError
from imapclient.tls import IMAP4_TLS

from bot.config import is_loopback
from bot.errors import ConfigError, PermanentError, TransientError
from bot.intake.mailbox.base import FetchedMail, Filed

logger = logging.getLogger(__name__)

Security = Literal["tls", "starttls", "plain"]

#: UIDs per FETCH / MOVE / STORE command: one round trip for many messages, short command lines.
BATCH_SIZE = 100
#: Bytes of mail one FETCH may bring into memory (a 25 MB message still comes, alone).
MAX_BATCH_BYTES = 32 * 1024 * 1024
#: RFC 2177 §3: clients should re-issue IDLE at least every 29 minutes.
MAX_IDLE_SECONDS = 29 * 60.0
#: How long one idle_check() may block, so that ``stop`` is seen within about a second.
_IDLE_SLICE = 1.0
#: idle_check() returning nothing, at once, this many times in a row means the socket is at EOF.
_DEAD_SOCKET_STRIKES = 3
#: RFC 5530 response codes of a NO that may succeed when tried again later.
_TRANSIENT_CODES = ("UNAVAILABLE", "INUSE", "SERVERBUG", "LIMIT", "OVERQUOTA", "EXPUNGEISSUED")


class _TLSConnection(IMAP4_TLS):  # type: ignore[misc]
    """imapclient's implicit-TLS connection, closing the TCP socket when the handshake fails.

    imapclient 3.0 leaves the plain socket open when ``wrap_socket`` raises (e.g. certificate
    verification failed); over a long outage that leaks one descriptor per attempt.
    """

    def _create_socket(self, timeout: float | None = None) -> socket.socket:
        sock = socket.create_connection(
            (self.host, self.port), timeout if timeout is not None else self._timeout
        )
        context = self.ssl_context or ssl.create_default_context()
        try:
            return context.wrap_socket(sock, server_hostname=self.host)
        except BaseException:
            sock.close()
            raise


class _Client(IMAPClient):  # type: ignore[misc]
    """IMAPClient using :class:`_TLSConnection` for implicit TLS."""

    def _create_IMAP4(self) -> imaplib.IMAP4:  # noqa: N802 (imapclient's name)
        if self.ssl:
            return _TLSConnection(self.host, self.port, self.ssl_context, self._timeout.connect)
        return super()._create_IMAP4()  # type: ignore[no-any-return]


def redact_user(username: str) -> str:
    """A username fit for INFO logs: ``privacy@example.com`` → ``p***@example.com``."""
    local, at, domain = username.partition("@")
    return f"{local[:1]}***{at}{domain}"


def uid_set(uids: Sequence[int]) -> str:
    """An RFC 3501 §9 sequence-set naming exactly ``uids``: runs collapse to ``a:b``.

    Only runs of consecutive integers are collapsed, so the set never names a UID that is not
    in ``uids`` (a range over a gap would reach messages the caller did not ask for).
    """
    ordered = sorted(set(uids))
    if not ordered:
        raise ValueError("empty UID set")
    parts: list[str] = []
    start = prev = ordered[0]
    for uid in ordered[1:]:
        if uid == prev + 1:
            prev = uid
            continue
        parts.append(f"{start}:{prev}" if prev != start else str(start))
        start = prev = uid
    parts.append(f"{start}:{prev}" if prev != start else str(start))
    return ",".join(parts)


def _parse_uids(uids: Sequence[str]) -> list[int]:
    """Decimal UID strings → ints, in the given order, without duplicates.

    Raises ValueError for anything that is not a positive decimal (RFC 3501 §2.3.1.1).
    """
    seen: set[int] = set()
    out: list[int] = []
    for text in uids:
        if not text.isdigit() or int(text) <= 0:
            raise ValueError(f"not an IMAP UID: {text!r}")
        uid = int(text)
        if uid not in seen:
            seen.add(uid)
            out.append(uid)
    return out


def _chunks(items: Sequence[int], size: int) -> Iterator[list[int]]:
    for i in range(0, len(items), size):
        yield list(items[i : i + size])


def _is_news(response: Any) -> bool:
    """An untagged ``n EXISTS`` or ``n RECENT`` (n > 0) from idle_check()."""
    if not isinstance(response, tuple) or len(response) < 2:
        return False
    kind = response[1]
    if kind == b"EXISTS":
        return True
    return kind == b"RECENT" and isinstance(response[0], int) and response[0] > 0


def _is_bye(response: Any) -> bool:
    return isinstance(response, tuple) and len(response) >= 1 and response[0] == b"BYE"


class ImapMailbox:
    """A folder on an IMAP server (RFC 3501) as the worker's inbox, through imapclient.

    Args:
        host, port: the server. ``port`` is usually 993 for ``tls``, 143 otherwise.
        username, password: the login (never logged; the username only redacted).
        security: ``"tls"`` (implicit TLS, the default), ``"starttls"`` (RFC 2595 upgrade,
            required, never skipped) or ``"plain"`` (only to a loopback address).
        folder: the inbox to watch; ``/`` separates hierarchy levels (see :meth:`move`).
        ca_file: PEM file of trusted CAs; None trusts the system store. Certificates and host
            names are always verified.
        timeout: socket connect and read timeout in seconds.
        idle_timeout: seconds after which IDLE is ended and re-issued; capped at 29 minutes
            (RFC 2177 §3).
        poll_interval: seconds :meth:`wait` sleeps when the server does not offer IDLE.
        disabled_capabilities: capabilities to ignore although offered (e.g. ``{"MOVE"}`` for a
            server with a broken extension; tests use it to exercise the fallbacks).

    Raises:
        ConfigError: ``mailbox.security`` is unknown, or ``plain`` to a non-loopback host;
            ``mailbox.ca_file`` cannot be read; a timeout or interval is not positive.
    """

    def __init__(
        self,
        host: str,
        port: int,
        username: str,
        password: str,
        *,
        security: Security = "tls",
        folder: str = "INBOX",
        ca_file: str | None = None,
        timeout: float = 30.0,
        idle_timeout: float = 1740.0,
        poll_interval: float = 60.0,
        disabled_capabilities: Collection[str] = (),
    ) -> None:
        if security not in ("tls", "starttls", "plain"):
            raise ConfigError(
                "mailbox.security", f"must be tls, starttls or plain, not {security!r}"
            )
        if security == "plain" and not is_loopback(host):
            raise ConfigError(
                "mailbox.security",
                f"plain (unencrypted) IMAP is only allowed to a loopback address, not {host!r}; "
                "use tls or starttls",
            )
        for key, value in (
            ("mailbox.timeout", timeout),
            ("mailbox.idle_timeout", idle_timeout),
            ("mailbox.poll_interval", poll_interval),
        ):
            if not value > 0:
                raise ConfigError(key, f"must be a positive number of seconds, not {value!r}")
        self._ssl_context: ssl.SSLContext | None = None
        if security != "plain":
            try:
                self._ssl_context = ssl.create_default_context(cafile=ca_file)
            except (OSError, ssl.SSLError) as exc:
                raise ConfigError("mailbox.ca_file", f"cannot load {ca_file!r}: {exc}") from exc
        self.host = host
        self.port = port
        self.username = username
        self._password = password
        self.security: Security = security
        self.folder = folder
        self.timeout = timeout
        self.idle_timeout = min(idle_timeout, MAX_IDLE_SECONDS)
        self.poll_interval = poll_interval
        self._disabled = frozenset(c.upper() for c in disabled_capabilities)
        netloc = f"[{host}]" if ":" in host else host
        self.source = f"imap://{quote(username, safe='')}@{netloc}:{port}/{quote(folder, safe='/')}"
        self._where = f"{netloc}:{port}"
        self._client: _Client | None = None
        self._delimiter: str | None = None
        self._prefix = ""
        self._known_folders: set[str] = set()
        self._warned_no_uidplus = False

    def __repr__(self) -> str:
        return f"ImapMailbox({self._where}, user={redact_user(self.username)}, {self.folder})"

    # -- connection ------------------------------------------------------------------------

    def open(self) -> int:
        """Connect and log in if not connected, select the inbox, return its UIDVALIDITY.

        UIDVALIDITY (RFC 3501 §2.3.1.1) is a positive int; when it changes, earlier UIDs of
        this folder mean nothing any more.

        Raises:
            TransientError: the server cannot be reached, the connection broke, TLS failed
                (including certificate verification), or the server answered NO with an
                RFC 5530 code that may clear.
            PermanentError: login rejected (a NO without an RFC 5530 code that may clear,
                e.g. [AUTHENTICATIONFAILED]); STARTTLS not offered; the folder cannot be
                selected.
        """
        if self._client is None:
            self._connect()
        with self._guard("SELECT") as client:
            info = client.select_folder(self._server_name(self.folder))
        uidvalidity = int(info[b"UIDVALIDITY"])
        logger.info(
            "IMAP %s as %s: %s selected, UIDVALIDITY %d, %d messages",
            self._where,
            redact_user(self.username),
            self.folder,
            uidvalidity,
            int(info.get(b"EXISTS", 0)),
        )
        return uidvalidity

    def close(self) -> None:
        """Log out and release the connection; safe to call twice or on a dead connection."""
        client, self._client = self._client, None
        if client is None:
            return
        try:
            client.logout()
        except Exception:  # the connection is gone anyway; only the socket is left to close
            try:
                client.shutdown()
            except Exception as exc:
                logger.debug("IMAP %s: closing a dead connection: %s", self._where, exc)

    def _connect(self) -> None:
        what = "connect"
        client: _Client | None = None
        try:
            client = _Client(
                self.host,
                self.port,
                ssl=self.security == "tls",
                ssl_context=self._ssl_context,
                timeout=SocketTimeout(connect=self.timeout, read=self.timeout),
            )
            client.normalise_times = False  # INTERNALDATE with its zone, not local naive time
            if self.security == "starttls":
                what = "STARTTLS"
                client.starttls(self._ssl_context)
            what = "login"
            client.login(self.username, self._password)
            self._client = client
            self._known_folders.clear()
            self._delimiter = None
            self._read_namespace(client)
        except LoginError as exc:
            self._discard(client)
            if any(f"[{code}" in str(exc).upper() for code in _TRANSIENT_CODES):
                # RFC 5530: e.g. NO [UNAVAILABLE] when the server's auth backend is down. The
                # password was not judged; retrying later can succeed.
                raise TransientError(
                    f"IMAP login to {self._where} refused for now: {exc}"
                ) from exc
            raise PermanentError(
                f"IMAP login rejected by {self._where} for {redact_user(self.username)}: {exc}"
            ) from exc
        except CapabilityError as exc:
            self._discard(client)
            raise PermanentError(f"IMAP {self._where} does not offer {what}: {exc}") from exc
        except ssl.SSLCertVerificationError as exc:
            self._discard(client)
            raise TransientError(
                f"IMAP {what} to {self._where}: TLS certificate verification failed "
                f"({exc.verify_message}); check mailbox.ca_file"
            ) from exc
        except Exception as exc:
            self._discard(client)
            mapped = self._translate(what, exc)
            if mapped is exc:
                raise
            raise mapped from exc

    def _discard(self, client: _Client | None) -> None:
        self._client = None
        if client is not None:
            try:
                client.shutdown()
            except Exception as exc:
                logger.debug("IMAP %s: closing after a failed connect: %s", self._where, exc)

    def _translate(self, what: str, exc: BaseException) -> BaseException:
        """Map an exception from imapclient/imaplib/socket to the project's error tree."""
        # imaplib.IMAP4.abort is not an OSError; it means the connection is unusable.
        if isinstance(exc, OSError | imaplib.IMAP4.abort):
            return TransientError(f"IMAP {what} on {self._where} failed: {exc}")
        if isinstance(exc, imaplib.IMAP4.error):
            text = str(exc)
            if any(f"[{code}" in text.upper() for code in _TRANSIENT_CODES):
                return TransientError(f"IMAP {what} on {self._where} refused for now: {text}")
            return PermanentError(f"IMAP {what} on {self._where} refused: {text}")
        return exc

    @contextmanager
    def _guard(self, what: str) -> Iterator[_Client]:
        """Yield the live client; map failures, dropping the connection when it broke."""
        client = self._client
        if client is None:
            raise TransientError(f"IMAP {what} on {self._where}: not connected (call open())")
        try:
            yield client
        except (TransientError, PermanentError):
            raise
        except Exception as exc:
            mapped = self._translate(what, exc)
            if mapped is exc:
                raise
            if isinstance(mapped, TransientError) and isinstance(
                exc, OSError | imaplib.IMAP4.abort
            ):
                self._discard(client)
            raise mapped from exc

    def _has(self, client: IMAPClient, capability: str) -> bool:
        return capability not in self._disabled and bool(client.has_capability(capability))

    # -- folder names ----------------------------------------------------------------------

    def _read_namespace(self, client: IMAPClient) -> None:
        """Learn the hierarchy delimiter (RFC 3501 §6.3.8) and personal prefix (RFC 2342)."""
        listing = client.list_folders("", "")
        delim = listing[0][1] if listing else None
        self._delimiter = delim.decode() if isinstance(delim, bytes) else delim
        self._prefix = ""
        if self._has(client, "NAMESPACE"):
            personal = client.namespace().personal
            if personal:
                prefix, sep = personal[0]
                self._prefix = prefix or ""
                self._delimiter = self._delimiter or sep

    def _server_name(self, folder: str) -> str:
        """``Privacy/Requests`` → the server's name, e.g. ``Privacy.Requests`` or
        ``INBOX.Privacy.Requests`` (personal namespace prefix). INBOX is never prefixed."""
        if folder.upper() == "INBOX":
            return "INBOX"
        name = folder
        if self._delimiter and self._delimiter != "/":
            name = self._delimiter.join(folder.split("/"))
        if self._prefix and not name.upper().startswith(self._prefix.upper()):
            name = self._prefix + name
        return name

    def _ensure_folder(self, client: IMAPClient, name: str) -> None:
        """CREATE ``name`` (and, per RFC 3501 §6.3.3, its parents) unless it exists."""
        if name in self._known_folders:
            return
        if not any(entry[2] == name for entry in client.list_folders("", name)):
            try:
                client.create_folder(name)
                logger.info("IMAP %s: created folder %s", self._where, name)
            except imaplib.IMAP4.abort:
                raise
            except imaplib.IMAP4.error:
                # Another worker may have created it meanwhile ([ALREADYEXISTS], RFC 5530).
                if not any(entry[2] == name for entry in client.list_folders("", name)):
                    raise
            try:
                client.subscribe_folder(name)  # so that staff's mail clients show it
            except imaplib.IMAP4.abort:
                raise
            except imaplib.IMAP4.error as exc:
                logger.debug("IMAP %s: SUBSCRIBE %s refused: %s", self._where, name, exc)
        self._known_folders.add(name)

    # -- the Mailbox protocol --------------------------------------------------------------

    def list_uids(self) -> list[str]:
        """UIDs of every message in the inbox (UID SEARCH ALL), ascending, as decimal strings.

        On a server with neither MOVE nor UIDPLUS, messages flagged \\Deleted are left out
        (UNDELETED): there :meth:`move` can only flag what it copied, and a flagged message
        must not be archived again on every round.

        Raises TransientError on connection loss.
        """
        with self._guard("SEARCH") as client:
            # EXISTS/RECENT noted before this SEARCH are answered by it; later ones are news
            # for wait() (see _pending_news).
            # imaplib also keeps every EXPUNGE/FETCH it was told about, for ever: clear them
            # here once a round, or a long-running worker grows without bound.
            client._imap.untagged_responses.clear()
            criteria = "ALL" if self._can_expunge_uids(client) else "UNDELETED"
            found = client.search(criteria)
        return [str(uid) for uid in sorted(int(u) for u in found)]

    def fetch(self, uids: Sequence[str]) -> Iterator[FetchedMail]:
        """Yield each message's raw bytes and INTERNALDATE (RFC 3501 §2.3.3: when the server
        received it), in the given order, via UID FETCH BODY.PEEK[] INTERNALDATE.

        BODY.PEEK[] leaves \\Seen unset (RFC 3501 §6.4.5). Messages are fetched over UID sets
        of up to :data:`BATCH_SIZE` messages and :data:`MAX_BATCH_BYTES` (sizes are asked
        first with RFC822.SIZE). UIDs that vanished meanwhile are skipped.

        Raises:
            ValueError: a UID that is not a positive decimal.
            TransientError: connection loss (messages already yielded stay valid).
        """
        wanted = _parse_uids(uids)
        for chunk in _chunks(wanted, BATCH_SIZE):
            for batch in self._size_batches(chunk):
                with self._guard("FETCH") as client:
                    data = client.fetch(batch, [b"BODY.PEEK[]", b"INTERNALDATE"])
                for uid in batch:
                    item = data.get(uid, {})
                    raw = item.get(b"BODY[]")
                    arrived = item.get(b"INTERNALDATE")
                    if isinstance(raw, bytes):
                        yield FetchedMail(uid=str(uid), raw=raw, arrived_at=(
                            arrived if isinstance(arrived, datetime) and arrived.tzinfo
                            else None))

    def _size_batches(self, chunk: list[int]) -> Iterator[list[int]]:
        """Split ``chunk`` so that one FETCH holds at most :data:`MAX_BATCH_BYTES` of mail
        (one message larger than that goes alone), by RFC822.SIZE (RFC 3501 §6.4.5).
        Vanished UIDs are dropped here already; the order of ``chunk`` is kept."""
        with self._guard("FETCH") as client:
            sizes = client.fetch(chunk, [b"RFC822.SIZE"])
        batch: list[int] = []
        total = 0
        for uid in chunk:
            size = sizes.get(uid, {}).get(b"RFC822.SIZE")
            if not isinstance(size, int):
                continue
            if batch and total + size > MAX_BATCH_BYTES:
                yield batch
                batch, total = [], 0
            batch.append(uid)
            total += size
        if batch:
            yield batch

    def move(self, uids: Sequence[str], folder: str) -> None:
        """Move the given messages out of the inbox into ``folder``, creating it when missing.

        ``folder`` uses ``/`` for hierarchy (``Privacy/Requests``); it is mapped to the
        server's delimiter from LIST (RFC 3501 §6.3.8) and personal namespace (RFC 2342).
        Over UID sets of up to :data:`BATCH_SIZE`: UID MOVE (RFC 6851) when offered; else
        UID COPY, UID STORE +FLAGS.SILENT (\\Deleted) and UID EXPUNGE of exactly those UIDs
        (RFC 4315 §2.1); without UIDPLUS the copies' originals stay flagged \\Deleted and
        nothing is expunged (a plain EXPUNGE would remove other people's \\Deleted mail).
        UIDs no longer in the inbox are ignored by the server.

        Raises:
            ValueError: a UID that is not a positive decimal.
            TransientError: connection loss.
            PermanentError: the server refused to create the folder or to copy.
        """
        wanted = _parse_uids(uids)
        if not wanted:
            return
        with self._guard("MOVE") as client:
            target = self._server_name(folder)
            self._ensure_folder(client, target)
            use_move = self._has(client, "MOVE")
            expunge = self._can_expunge_uids(client)
            if not use_move and not expunge and not self._warned_no_uidplus:
                self._warned_no_uidplus = True
                logger.warning(
                    "IMAP %s offers neither MOVE nor UIDPLUS: archived messages stay in %s "
                    "flagged \\Deleted (the bot never expunges a whole folder)",
                    self._where,
                    self.folder,
                )
            for chunk in _chunks(sorted(wanted), BATCH_SIZE):
                uids_text = uid_set(chunk)
                if use_move:
                    client.move(uids_text, target)
                    continue
                client.copy(uids_text, target)
                client.add_flags(uids_text, [b"\\Deleted"], silent=True)
                if expunge:
                    client.uid_expunge(uids_text)
        logger.debug("IMAP %s: moved %d messages to %s", self._where, len(wanted), target)

    def delete_filed(self, folder: str, filed: Sequence[Filed]) -> set[Filed]:
        """Delete from archive ``folder`` the messages of ``filed`` that the bot moved there.

        A moved message has a new UID, so each is found by UID SEARCH HEADER Message-ID and
        deleted only when its bytes (BODY.PEEK[]) hash to the store's ``sha256``; each entry
        of ``filed`` deletes at most one copy. Matches are flagged \\Deleted and, with UIDPLUS,
        removed by UID EXPUNGE of exactly those UIDs (RFC 4315 §2.1); without it they stay
        flagged (the bot never expunges a whole folder). Messages without a Message-ID
        cannot be found and are left. The inbox is selected again afterwards.

        Returns the entries deleted. Raises TransientError on connection loss and
        PermanentError when the server refuses to select the folder or to delete.
        """
        by_id: dict[str, list[Filed]] = {}
        for item in filed:
            if item.message_id:
                by_id.setdefault(item.message_id, []).append(item)
        if not by_id:
            return set()
        deleted: set[Filed] = set()
        with self._guard("DELETE FILED") as client:
            target = self._server_name(folder)
            if not any(entry[2] == target for entry in client.list_folders("", target)):
                return deleted
            client.select_folder(target)
            try:
                doomed = self._find_filed(client, by_id, deleted)
                if doomed:
                    client.add_flags(doomed, [b"\\Deleted"], silent=True)
                    if self._has(client, "UIDPLUS"):
                        client.uid_expunge(uid_set(doomed))
                    else:
                        logger.warning("IMAP %s offers no UIDPLUS: %d archived messages in %s "
                                       "are flagged \\Deleted, not expunged", self._where,
                                       len(doomed), folder)
            finally:
                client.select_folder(self._server_name(self.folder))
        logger.debug("IMAP %s: deleted %d filed messages from %s", self._where, len(deleted),
                     target)
        return deleted

    @staticmethod
    def _find_filed(client: IMAPClient, by_id: dict[str, list[Filed]],
                    found: set[Filed]) -> list[int]:
        """UIDs in the selected folder whose Message-ID and bytes match an entry of
        ``by_id`` (one copy per entry); the entries matched are added to ``found``."""
        doomed: list[int] = []
        for message_id, items in by_id.items():
            uids = client.search(["HEADER", "Message-ID", message_id])
            if not uids:
                continue
            data = client.fetch(sorted(uids), [b"BODY.PEEK[]"])
            left = list(items)
            for uid in sorted(uids):
                raw = data.get(uid, {}).get(b"BODY[]")
                if not isinstance(raw, bytes):
                    continue
                digest = hashlib.sha256(raw).hexdigest()
                match = next((item for item in left if item.sha256 == digest), None)
                if match is not None:
                    left.remove(match)
                    found.add(match)
                    doomed.append(uid)
        return doomed

    def _can_expunge_uids(self, client: IMAPClient) -> bool:
        """True when a move can remove exactly its own originals (MOVE or UIDPLUS)."""
        return self._has(client, "MOVE") or self._has(client, "UIDPLUS")

    def wait(self, timeout: float, stop: threading.Event) -> None:
        """Block until new mail may be there, ``timeout`` seconds pass, or ``stop`` is set.

        With IDLE (RFC 2177): returns on an untagged EXISTS or RECENT; IDLE is ended and
        re-issued every ``idle_timeout`` seconds (≤ 29 minutes); ``stop`` is checked about
        every second. Without IDLE: sleeps ``min(poll_interval, timeout)`` seconds, waking
        early when ``stop`` is set. On a normal return the connection is usable again.

        Raises:
            TransientError: the connection broke or the server said BYE (it is then dropped;
                call close() and open()).
        """
        if stop.is_set() or timeout <= 0:
            return
        with self._guard("IDLE") as client:
            if self._pending_news(client):
                return
            if not self._has(client, "IDLE"):
                stop.wait(min(timeout, self.poll_interval))
                return
            self._idle(client, time.monotonic() + timeout, stop)

    def _pending_news(self, client: IMAPClient) -> bool:
        """EXISTS/RECENT that arrived with other commands' responses since list_uids().

        imaplib keeps untagged responses of ordinary commands in ``untagged_responses``; a
        message delivered while the worker fetched or moved is announced there, not in IDLE.
        """
        pending = client._imap.untagged_responses
        exists = pending.pop("EXISTS", None)
        recent = pending.pop("RECENT", None) or []
        return bool(exists) or any(r not in (b"0", "0") for r in recent)

    def _idle(self, client: IMAPClient, deadline: float, stop: threading.Event) -> None:
        client.idle()
        started = time.monotonic()
        strikes = 0
        while not stop.is_set():
            now = time.monotonic()
            if now >= deadline:
                break
            if now - started >= self.idle_timeout:
                _text, responses = client.idle_done()
                if any(_is_news(r) for r in responses):  # arrived just before DONE
                    return
                client.idle()
                started = time.monotonic()
                now = started
            slice_ = min(_IDLE_SLICE, deadline - now, self.idle_timeout - (now - started))
            t0 = time.monotonic()
            responses = client.idle_check(timeout=max(slice_, 0.0))
            if any(_is_bye(r) for r in responses):
                self._discard(client)
                raise TransientError(f"IMAP {self._where} closed the connection (BYE) in IDLE")
            if any(_is_news(r) for r in responses):
                break
            # A dead server: idle_check() sees the socket readable, reads EOF, returns []
            # at once, again and again. A live idle socket makes it block for the slice.
            if not responses and slice_ >= 0.1 and time.monotonic() - t0 < slice_ / 2:
                strikes += 1
                if strikes >= _DEAD_SOCKET_STRIKES:
                    self._discard(client)
                    raise TransientError(f"IMAP {self._where} connection lost during IDLE (EOF)")
            else:
                strikes = 0
        client.idle_done()


__all__ = ["BATCH_SIZE", "ImapMailbox", "is_loopback", "redact_user", "uid_set"]
