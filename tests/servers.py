"""Real servers on 127.0.0.1 for tests: a throwaway Dovecot (IMAP), an aiosmtpd SMTP server
and a throwaway PostgreSQL.

Follows ../shared/notes/test-servers.md: Dovecot runs from its own config in a world-readable
temp dir (as root its auth process reads the passwd file as ``dovecot``), in its own process
session, and is stopped by killing the whole process group. PostgreSQL likewise runs from its
own data directory in a temp dir, as an unprivileged user when the tests run as root (it
refuses to run as root). Fixtures in conftest.py wrap these classes; nothing here imports the
bot, so a broken bot cannot break the servers' own setup.
"""

from __future__ import annotations

import contextlib
import grp
import os
import pwd
import re
import shutil
import signal
import socket
import ssl
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path
from typing import Any

from imapclient import IMAPClient

#: Users written into the passwd file at start-up (see DovecotServer._write_users).
USER_POOL = 400

INSTALL_HINT = "Dovecot is not installed: apt-get install dovecot-imapd"
POSTGRES_HINT = "PostgreSQL is not installed: apt-get install postgresql"


def find_dovecot() -> str | None:
    """Path of the ``dovecot`` binary (also looked for in /usr/sbin, off a non-root PATH)."""
    return shutil.which("dovecot") or shutil.which("dovecot", path="/usr/sbin:/usr/local/sbin")


def free_port() -> int:
    """A TCP port on 127.0.0.1 that was free a moment ago."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def make_self_signed_cert(directory: Path) -> tuple[Path, Path]:
    """Write ``cert.pem`` and ``key.pem`` (EC P-256, CN=localhost, SAN localhost and 127.0.0.1,
    valid one day) into ``directory`` with openssl; return (cert, key). The cert is its own CA.
    """
    cert, key = directory / "cert.pem", directory / "key.pem"
    subprocess.run(
        [
            "openssl", "req", "-x509", "-newkey", "ec",
            "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "1",
            "-subj", "/CN=localhost",
            "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
            "-keyout", str(key), "-out", str(cert),
        ],
        check=True,
        capture_output=True,
    )  # fmt: skip
    return cert, key


def wait_for_greeting(port: int, prefix: bytes, timeout: float = 60.0) -> bool:
    """Connect to 127.0.0.1:``port`` until the server greets with ``prefix``; True on success."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1.0) as sock:
                if sock.recv(256).startswith(prefix):
                    return True
        except OSError:
            pass
        time.sleep(0.02)
    return False


# -- Dovecot ----------------------------------------------------------------------------------

_CONFIG = """\
instance_name = dovecot-test-{unique}
base_dir = {d}/run
state_dir = {d}/state
log_path = {d}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = yes
ssl_cert = <{d}/cert.pem
ssl_key = <{d}/key.pem
disable_plaintext_auth = no
auth_mechanisms = plain login
mail_location = maildir:{d}/mail/%u
first_valid_uid = 1
first_valid_gid = 1
mail_fsync = never
# Tests try wrong passwords on purpose: no 2 s failure delay, and no per-IP penalty
# afterwards (Dovecot's documented switch: mode 0 on the anvil-auth-penalty listener).
auth_failure_delay = 0
{non_root}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {d}/passwd
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={d}/mail/%u
}}
service imap-login {{
  {chroot}
  inet_listener imap {{
    address = 127.0.0.1
    port = {plain_port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {tls_port}
    ssl = yes
  }}
}}
service anvil {{
  {chroot}
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
"""


class _ThrowawayServer:
    """What the throwaway servers share: a temp ``directory`` of their own and a ``log`` in
    it; subclasses start and ``stop`` the server."""

    directory: Path
    log: Path

    def start(self) -> None:
        raise NotImplementedError

    def stop(self) -> None:
        raise NotImplementedError

    def cleanup(self) -> None:
        """Stop and remove the temp directory."""
        self.stop()
        shutil.rmtree(self.directory, ignore_errors=True)

    def log_tail(self, lines: int = 30) -> str:
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log)"


class DovecotServer(_ThrowawayServer):
    """A private Dovecot 2.3 on 127.0.0.1 with a plain (STARTTLS-capable) and a TLS port.

    Attributes: ``host``, ``port`` (plain/STARTTLS), ``tls_port`` (implicit TLS), ``user`` and
    ``password`` (the account ``bot``; tests should rather take a fresh one), ``cafile``
    (the self-signed certificate, usable as CA file), ``config`` (path of dovecot.conf),
    ``directory`` (everything lives under it), ``log`` (Dovecot's log file).
    Users are added with :meth:`add_user`; the passwd file is re-read by Dovecot on change.
    """

    def __init__(self, binary: str) -> None:
        self.binary = binary
        self.doveadm = shutil.which("doveadm", path=str(Path(binary).parent) + ":/usr/bin")
        self.directory = Path(tempfile.mkdtemp(prefix="dovecot-test-"))
        self.directory.chmod(0o755)  # the auth process reads passwd as user dovecot
        self.host = "127.0.0.1"
        self.port = free_port()
        self.tls_port = free_port()
        self.config = self.directory / "dovecot.conf"
        self.log = self.directory / "dovecot.log"
        self.passwd = self.directory / "passwd"
        self.cafile, _key = make_self_signed_cert(self.directory)
        self._proc: subprocess.Popen[bytes] | None = None
        self._users = 0
        self._passwords: dict[str, str] = {}
        self._lock = threading.Lock()
        self._write_config()
        self.user = "bot"
        self.password = self._passwords["bot"]

    def _write_config(self) -> None:
        mail = self.directory / "mail"
        mail.mkdir()
        if os.geteuid() == 0:
            # Mail must belong to a non-root uid (first_valid_uid) that can write it.
            user = pwd.getpwnam("dovecot")
            uid, gid = user.pw_uid, user.pw_gid
            os.chown(mail, uid, gid)
            non_root = chroot = ""
        else:
            uid, gid = os.getuid(), os.getgid()
            me = pwd.getpwuid(uid).pw_name
            non_root = (
                f"default_internal_user = {me}\n"
                f"default_internal_group = {grp.getgrgid(gid).gr_name}\n"
                f"default_login_user = {me}"
            )
            chroot = "chroot ="
        for sub in ("run", "state"):
            (self.directory / sub).mkdir()
        self._write_users()
        self.config.write_text(
            _CONFIG.format(
                unique=self.directory.name,
                d=self.directory,
                uid=uid,
                gid=gid,
                non_root=non_root,
                chroot=chroot,
                plain_port=self.port,
                tls_port=self.tls_port,
            )
        )

    def _write_users(self) -> None:
        """Write the user ``bot`` and a pool of fresh users before Dovecot starts.

        Dovecot notices a changed passwd file only by its mtime, in whole seconds: a user
        appended in the same second as the last read stays unknown for a while. A pool
        written up front makes "a fresh user per test" instant.
        """
        lines = []
        for n in range(USER_POOL + 1):
            user = "bot" if n == 0 else f"bot{n}"
            password = f"secret-{n}-{os.urandom(4).hex()}"
            self._passwords[user] = password
            lines.append(f"{user}:{{PLAIN}}{password}::::::\n")
        self.passwd.write_text("".join(lines))
        self.passwd.chmod(0o644)

    def add_user(self) -> tuple[str, str]:
        """Hand out a user never used before (empty mailbox); return (user, password).

        Beyond the pool a new passwd line is appended and awaited (slower, a few seconds).
        """
        with self._lock:
            self._users += 1
            user = f"bot{self._users}"
            if user in self._passwords:
                return user, self._passwords[user]
            password = f"secret-{self._users}-{os.urandom(4).hex()}"
            self._passwords[user] = password
            with self.passwd.open("a") as fh:
                fh.write(f"{user}:{{PLAIN}}{password}::::::\n")
        self._await_login(user, password)
        return user, password

    def _await_login(self, user: str, password: str, timeout: float = 60.0) -> None:
        deadline = time.monotonic() + timeout
        while True:
            client = IMAPClient(self.host, self.port, ssl=False, timeout=10)
            try:
                client.login(user, password)
                client.logout()
                return
            except Exception:
                client.shutdown()
                if time.monotonic() > deadline:
                    raise
            time.sleep(0.2)

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def start(self) -> None:
        """Start Dovecot (in its own session) and wait for the IMAP greeting.

        Raises RuntimeError with the end of Dovecot's log when it does not come up in 60 s.
        """
        if self.running:
            return
        self._proc = subprocess.Popen(
            [self.binary, "-c", str(self.config), "-F"],
            start_new_session=True,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        if not wait_for_greeting(self.port, b"* OK"):
            self.stop()
            raise RuntimeError(f"Dovecot did not start; log:\n{self.log_tail()}")

    def stop(self, graceful: bool = False) -> None:
        """Stop Dovecot: kill its process group (SIGKILL, like a crash, by default; SIGTERM
        first when ``graceful``, so clients get a BYE). Idempotent."""
        proc, self._proc = self._proc, None
        if proc is None:
            return
        if graceful and proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGTERM)
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(timeout=5)
        # Also after the master exited: per-connection imap processes live on in the group.
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)

    def restart(self, graceful: bool = False) -> None:
        """Stop and start again on the same ports, same users, same mail."""
        self.stop(graceful=graceful)
        self.start()


    def run_doveadm(self, *args: str) -> str:
        """Run ``doveadm -c CONFIG ARGS...`` and return its stdout; raise on failure."""
        if self.doveadm is None:
            raise RuntimeError("doveadm not found")
        proc = subprocess.run(
            [self.doveadm, "-c", str(self.config), *args],
            capture_output=True,
            text=True,
            timeout=30,
        )
        if proc.returncode != 0:
            raise RuntimeError(f"doveadm {' '.join(args)} failed: {proc.stderr.strip()}")
        return proc.stdout


@dataclass
class DovecotAccount:
    """One user's mailbox on a :class:`DovecotServer` (a fresh user per test).

    Attributes mirror what an ImapMailbox needs: ``host``, ``port``, ``tls_port``, ``user``,
    ``password``, ``cafile``, ``config``; ``server`` is the DovecotServer itself. Folder
    arguments are server names (Dovecot's Maildir delimiter is ``.``: ``Privacy.Requests``).
    """

    server: DovecotServer
    user: str
    password: str
    host: str = field(init=False)
    port: int = field(init=False)
    tls_port: int = field(init=False)
    cafile: Path = field(init=False)
    config: Path = field(init=False)

    def __post_init__(self) -> None:
        self.host = self.server.host
        self.port = self.server.port
        self.tls_port = self.server.tls_port
        self.cafile = self.server.cafile
        self.config = self.server.config

    @contextlib.contextmanager
    def connect(self) -> Iterator[IMAPClient]:
        """A logged-in imapclient connection over the plain port, independent of the bot."""
        client = IMAPClient(self.host, self.port, ssl=False, timeout=10)
        try:
            client.login(self.user, self.password)
            yield client
        finally:
            try:
                client.logout()
            except Exception:
                client.shutdown()

    def append(self, raw: bytes, folder: str = "INBOX", flags: tuple[bytes, ...] = (),
               at: datetime | None = None) -> int:
        """APPEND ``raw`` to ``folder`` (created when missing); return its UID (APPENDUID).
        ``at``: the INTERNALDATE to give it (RFC 3501 §6.3.11; default: now)."""
        return self.append_many([raw], folder, flags, at)[0]

    def append_many(
        self, raws: list[bytes], folder: str = "INBOX", flags: tuple[bytes, ...] = (),
        at: datetime | None = None,
    ) -> list[int]:
        """APPEND each message over one connection (INTERNALDATE ``at``, default now);
        return their UIDs in order."""
        uids: list[int] = []
        with self.connect() as client:
            if folder.upper() != "INBOX" and not client.folder_exists(folder):
                client.create_folder(folder)
            for raw in raws:
                reply = client.append(folder, raw, flags=flags, msg_time=at)
                match = re.search(rb"APPENDUID \d+ (\d+)", reply)
                if match is None:
                    raise RuntimeError(f"no APPENDUID in {reply!r}")
                uids.append(int(match.group(1)))
        return uids

    def folders(self) -> list[str]:
        """Names of all folders of this user, sorted."""
        with self.connect() as client:
            return sorted(str(name) for _flags, _delim, name in client.list_folders())

    def folder_uids(self, folder: str = "INBOX") -> list[int]:
        """UIDs of every message in ``folder``, ascending (read-only SELECT)."""
        with self.connect() as client:
            client.select_folder(folder, readonly=True)
            return sorted(int(u) for u in client.search("ALL"))

    def fetch_all(self, folder: str = "INBOX") -> list[bytes]:
        """Raw bytes of every message in ``folder``, in UID order, without setting \\Seen."""
        with self.connect() as client:
            client.select_folder(folder, readonly=True)
            uids = sorted(int(u) for u in client.search("ALL"))
            if not uids:
                return []
            data = client.fetch(uids, [b"BODY.PEEK[]"])
            return [data[uid][b"BODY[]"] for uid in uids]

    def flags(self, folder: str = "INBOX") -> dict[int, set[bytes]]:
        """UID → set of flags for every message in ``folder``."""
        with self.connect() as client:
            client.select_folder(folder, readonly=True)
            uids = client.search("ALL")
            if not uids:
                return {}
            return {int(u): set(f) for u, f in client.get_flags(uids).items()}

    def add_flags(self, uids: list[int], flags: list[bytes], folder: str = "INBOX") -> None:
        """STORE +FLAGS on the given UIDs (e.g. a human flagging mail \\Deleted)."""
        with self.connect() as client:
            client.select_folder(folder)
            client.add_flags(uids, flags)

    def status(self, folder: str = "INBOX") -> dict[str, int]:
        """``doveadm mailbox status``: {"messages", "unseen", "uidvalidity", "uidnext"}."""
        out = self.server.run_doveadm(
            "-f", "flow", "mailbox", "status", "-u", self.user,
            "messages unseen uidvalidity uidnext", folder,
        )  # fmt: skip
        return {k: int(v) for k, v in re.findall(r"(\w+)=(\d+)", out)}

    def set_uidvalidity(self, value: int, folder: str = "INBOX") -> None:
        """Force ``folder``'s UIDVALIDITY to ``value`` (as if the server rebuilt it)."""
        self.server.run_doveadm(
            "mailbox", "update", "-u", self.user, "--uid-validity", str(value), folder
        )

    def restart(self, graceful: bool = False) -> None:
        """Restart the whole Dovecot (all tests' users); see :meth:`DovecotServer.restart`."""
        self.server.restart(graceful=graceful)

    def stop(self, graceful: bool = False) -> None:
        self.server.stop(graceful=graceful)

    def start(self) -> None:
        self.server.start()


# -- SMTP (aiosmtpd) --------------------------------------------------------------------------


@dataclass(frozen=True)
class ReceivedMail:
    """One message the SMTP server accepted."""

    mail_from: str
    rcpt_tos: tuple[str, ...]
    raw: bytes
    message: EmailMessage
    auth_login: str | None  # the AUTH user, when the client authenticated


class RecordingHandler:
    """aiosmtpd handler: records each accepted message; can refuse the next N with a code."""

    def __init__(self, require_auth: bool = False) -> None:
        self.messages: list[ReceivedMail] = []
        self.require_auth = require_auth
        self._cond = threading.Condition()
        self._fail_next = 0
        self._fail_reply = ""
        self.refused = 0

    def fail_next(self, count: int, code: int = 451, text: str = "4.3.0 try again later") -> None:
        """Answer the next ``count`` messages' DATA with ``code text`` (4xx or 5xx)."""
        with self._cond:
            self._fail_next = count
            self._fail_reply = f"{code} {text}"

    async def handle_MAIL(  # noqa: N802 (aiosmtpd hook name)
        self, server: Any, session: Any, envelope: Any, address: str, mail_options: list[str]
    ) -> str:
        if self.require_auth and not session.authenticated:
            return "530 5.7.0 Authentication required"
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        with self._cond:
            if self._fail_next > 0:
                self._fail_next -= 1
                self.refused += 1
                return self._fail_reply
        raw = bytes(envelope.original_content or envelope.content)
        parsed = BytesParser(policy=policy.default).parsebytes(raw)
        login = session.auth_data.login if session.auth_data is not None else None
        mail = ReceivedMail(
            mail_from=envelope.mail_from,
            rcpt_tos=tuple(envelope.rcpt_tos),
            raw=raw,
            message=parsed,
            auth_login=login.decode() if isinstance(login, bytes) else login,
        )
        with self._cond:
            self.messages.append(mail)
            self._cond.notify_all()
        return "250 2.0.0 OK queued"


class SmtpServer:
    """An aiosmtpd server on 127.0.0.1 recording what it receives.

    Attributes: ``host``, ``port``, ``user``/``password`` (AUTH variant), ``cafile`` (STARTTLS
    variant), ``messages`` (list of :class:`ReceivedMail`, in arrival order).
    """

    def __init__(
        self,
        *,
        starttls: bool = False,
        auth: tuple[str, str] | None = None,
        cert: tuple[Path, Path] | None = None,
    ) -> None:
        self.host = "127.0.0.1"
        self.port = free_port()
        self.user: str | None = auth[0] if auth else None
        self.password: str | None = auth[1] if auth else None
        self.cafile = cert[0] if cert else None
        self.handler = RecordingHandler(require_auth=auth is not None)
        self._tls_context: ssl.SSLContext | None = None
        if starttls:
            if cert is None:
                raise ValueError("STARTTLS needs cert=(cert.pem, key.pem)")
            self._tls_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            self._tls_context.load_cert_chain(str(cert[0]), str(cert[1]))
        self._controller: Any = None

    @property
    def messages(self) -> list[ReceivedMail]:
        with self.handler._cond:
            return list(self.handler.messages)

    def _authenticator(
        self, server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any
    ) -> Any:
        from aiosmtpd.smtp import AuthResult, LoginPassword

        ok = (
            isinstance(auth_data, LoginPassword)
            and auth_data.login.decode() == self.user
            and auth_data.password.decode() == self.password
        )
        # handled=False: aiosmtpd then sends the 535 reply itself (else the client hangs).
        return AuthResult(success=ok, handled=False, auth_data=auth_data if ok else None)

    def start(self) -> None:
        """Start (or start again after :meth:`stop`) on the same port."""
        from aiosmtpd.controller import Controller

        if self._controller is not None:
            return
        kwargs: dict[str, Any] = {}
        if self._tls_context is not None:
            kwargs.update(tls_context=self._tls_context, require_starttls=True)
        if self.user is not None:
            kwargs.update(
                authenticator=self._authenticator,
                auth_require_tls=self._tls_context is not None,
            )
        controller = Controller(self.handler, hostname=self.host, port=self.port, **kwargs)
        controller.start()
        self._controller = controller

    def stop(self) -> None:
        """Stop listening (an outage); :meth:`start` brings it back on the same port."""
        controller, self._controller = self._controller, None
        if controller is not None:
            controller.stop()

    def fail_next(self, count: int, code: int = 451, text: str = "4.3.0 try again later") -> None:
        """Reply ``code`` to the DATA of the next ``count`` messages (4xx temporary, 5xx final)."""
        self.handler.fail_next(count, code, text)

    def wait_for(self, count: int, timeout: float = 120.0) -> list[ReceivedMail]:
        """Block until at least ``count`` messages arrived; return all of them. ``timeout``
        (seconds) only stops a hung test: it is generous, for a busy machine.

        Raises AssertionError naming how many came when ``timeout`` seconds pass first.
        """
        deadline = time.monotonic() + timeout
        with self.handler._cond:
            while len(self.handler.messages) < count:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise AssertionError(
                        f"expected {count} messages within {timeout} s, "
                        f"got {len(self.handler.messages)}"
                    )
                self.handler._cond.wait(remaining)
            return list(self.handler.messages)

    def clear(self) -> None:
        with self.handler._cond:
            self.handler.messages.clear()


SmtpFactory = Callable[..., SmtpServer]


# -- PostgreSQL -------------------------------------------------------------------------------


def find_postgres() -> Path | None:
    """The folder holding ``initdb`` and ``postgres``: the newest of Debian's
    /usr/lib/postgresql/<version>/bin, else the one on PATH; None when not installed."""
    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin"),
                        key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0,
                        reverse=True)
    on_path = shutil.which("initdb")
    if on_path:
        candidates.append(Path(on_path).parent)
    for folder in candidates:
        if (folder / "initdb").is_file() and (folder / "postgres").is_file():
            return folder
    return None


class PostgresServer(_ThrowawayServer):
    """A private PostgreSQL on 127.0.0.1 (TCP only, trust authentication for the superuser
    ``user``), its data directory in a temp dir, tuned for tests: no fsync (a crash of the
    test machine loses nothing we keep).

    Attributes: ``host``, ``port``, ``user``, ``directory``, ``log`` (the server's log).
    :meth:`create_database` hands out a fresh, empty database per test.
    """

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.directory = Path(tempfile.mkdtemp(prefix="postgres-test-"))
        self.data = self.directory / "data"
        self.log = self.directory / "postgres.log"
        self.host = "127.0.0.1"
        self.port = free_port()
        self.user = "bot"
        self._proc: subprocess.Popen[bytes] | None = None
        self._databases = 0
        self._lock = threading.Lock()
        self._as: dict[str, Any] = {}
        if os.geteuid() == 0:
            # initdb and postgres refuse to run as root: run them as Debian's ``postgres``
            # user (made by the postgresql package), else as ``nobody``.
            try:
                account = pwd.getpwnam("postgres")
            except KeyError:
                account = pwd.getpwnam("nobody")
            os.chown(self.directory, account.pw_uid, account.pw_gid)
            self._as = {"user": account.pw_uid, "group": account.pw_gid, "extra_groups": []}

    def _run(self, *args: str) -> None:
        proc = subprocess.run(args, capture_output=True, text=True, cwd=self.directory,
                              timeout=300, **self._as)
        if proc.returncode != 0:
            raise RuntimeError(f"{args[0]} failed ({proc.returncode}):\n{proc.stdout}"
                               f"{proc.stderr}")

    def start(self) -> None:
        """Make the data directory (first time), start the server in its own session and wait
        until it accepts a connection. Raises RuntimeError with the end of its log when it
        does not come up within 120 s."""
        if self._proc is not None and self._proc.poll() is None:
            return
        if not self.data.exists():
            self._run(str(self.bindir / "initdb"), "-D", str(self.data), "-U", self.user,
                      "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync")
        with self.log.open("ab") as log:
            self._proc = subprocess.Popen(
                [str(self.bindir / "postgres"), "-D", str(self.data), "-p", str(self.port),
                 "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=",
                 "-c", "fsync=off", "-c", "synchronous_commit=off",
                 "-c", "full_page_writes=off", "-c", "max_connections=200"],
                start_new_session=True, stdin=subprocess.DEVNULL, stdout=log, stderr=log,
                cwd=self.directory, **self._as,
            )
        if not self._wait_until_ready(120.0):
            self.stop()
            raise RuntimeError(f"PostgreSQL did not start; log:\n{self.log_tail()}")

    def _wait_until_ready(self, timeout: float) -> bool:
        """Try to connect until it works (True), the server exits or ``timeout`` s pass."""
        import psycopg

        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._proc is None or self._proc.poll() is not None:
                return False
            try:
                psycopg.connect(self.dsn("postgres"), connect_timeout=2).close()
                return True
            except psycopg.OperationalError:
                time.sleep(0.05)
        return False

    def dsn(self, database: str) -> str:
        """A libpq connection string for ``database`` as the superuser."""
        return f"host={self.host} port={self.port} user={self.user} dbname={database}"

    def url(self, database: str) -> str:
        """The SQLAlchemy URL of ``database`` (psycopg 3 driver)."""
        return f"postgresql+psycopg://{self.user}@{self.host}:{self.port}/{database}"

    def execute(self, sql: str, database: str = "postgres") -> None:
        """Run ``sql`` outside a transaction (CREATE/DROP DATABASE need that)."""
        import psycopg

        with psycopg.connect(self.dsn(database), autocommit=True) as conn:
            conn.execute(sql.encode())

    def create_database(self) -> str:
        """A new empty database (a copy of ``template0``, UTF-8); return its name. Copied
        file by file (``STRATEGY FILE_COPY``): about twice as fast as through the WAL for a
        database this small, and the server has no fsync to wait for."""
        with self._lock:
            self._databases += 1
            name = f"test_{self._databases}"
        self.execute(f'CREATE DATABASE "{name}" TEMPLATE template0 STRATEGY FILE_COPY')
        return name

    def drop_database(self, name: str) -> None:
        """Drop ``name``, ending any connection a test left open to it."""
        self.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        """Stop the server (SIGINT: PostgreSQL's "fast" shutdown, which ends the sessions and
        keeps every commit, so a test can start it again on the same data), then its whole
        process group. Idempotent."""
        proc, self._proc = self._proc, None
        if proc is None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGINT)
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=30)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)

