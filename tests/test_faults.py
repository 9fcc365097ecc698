"""Fault injection against the real servers: kill -9, crash points, Dovecot and SMTP outages,
a locked or full store, SIGTERM, rejected logins (issue 5).

The worker runs as a subprocess (``python -m bot.cli run --config ...``) so that a kill is a
real kill. Two ways of killing it:

- named crash points (``PRIVACY_BOT_CRASH_AT=POINT:N``, see :class:`bot.service.worker.CrashHook`),
  which reach every gap between two stages deterministically. Random timing alone would almost
  never land in the short windows that matter most: a round spends ~99 % of its time
  classifying, and the window between the SMTP server's reply and the commit recording it
  (the only place a mail can go out twice) lasts well under a millisecond;
- SIGKILL after a random delay, once the worker is visibly busy, for everything else
  (inside a transaction, during FETCH, while rendering mail, …).

What is asserted after the faults is compared with an *oracle*: the same fetched bytes run
once, in process, through a fault-free worker on its own store. Each message must have exactly
the oracle's outcome, exactly one row and exactly one server folder; exactly one ticket per
request; every acknowledgement the oracle queued was received by the SMTP server; duplicates
only where a crash fell between the SMTP reply and the commit, each the same mail (same
Message-ID, same bytes) as its first copy.

:class:`FaultRig` and :func:`fresh_copies` are also used by ``bench/soak.py``.
"""

from __future__ import annotations

import contextlib
import logging
import os
import random
import re
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from email.parser import BytesHeaderParser
from email.policy import compat32
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, select, update
from sqlalchemy.exc import ProgrammingError

from bot.config import Config, build_config
from bot.errors import ConfigError, PermanentError, TransientError
from bot.intake.mailbox.base import FetchedMail
from bot.intake.mailbox.imap import ImapMailbox
from bot.service.app import App, build_app
from bot.service.faults import CRASH_ENV, CRASH_POINTS, CRASH_STATUS, CrashHook
from bot.store import Message, Outbox, Store, Ticket
from bot.store.models import utcnow
from tests.servers import DovecotAccount, SmtpServer

pytestmark = pytest.mark.dovecot

ROOT = Path(__file__).resolve().parents[1]
STAFF = "privacy-staff@example.com"
#: Folder per outcome (the config's defaults), as Dovecot names them (delimiter ".").
SERVER_FOLDERS = {
    "Privacy/Requests": "Privacy.Requests",
    "Privacy/Needs-Human": "Privacy.Needs-Human",
    "Privacy/Ignored": "Privacy.Ignored",
    "Privacy/Quarantine": "Privacy.Quarantine",
}
#: Bot settings shared by the faulted run and its oracle. A high rate limit, so that repeated
#: corpus senders are acknowledged; max_attempts above the number of kills of one run, so that
#: no message is quarantined merely for having been in hand at every kill.
BOT = {"address": "privacy@example.com", "staff_address": STAFF,
       "company": "ExampleMart Pte. Ltd.",
       "ack_limit_per_day": 100000,
       "max_attempts": 12}
#: Seconds one worker subprocess may take before the test gives up on it.
RUN_TIMEOUT = 300.0

_MSGID_HEADER = re.compile(rb"(?im)^message-id:[^\n]*\n(?:[ \t][^\n]*\n)*")


# -- mail ---------------------------------------------------------------------------------


def corpus_files(corpus_dir: Path) -> list[Path]:
    """Every .eml of the shared corpus (dev, public, realworld), in a fixed order."""
    return sorted(p for part in ("dev", "public", "realworld")
                  for p in (corpus_dir / part).glob("*.eml"))


def fresh_copies(files: Sequence[Path], copies: int, tag: str) -> list[bytes]:
    """``copies`` rounds over ``files``, each message given the Message-ID
    ``<TAG-N@faults.invalid>`` (N from 1), replacing its own or added when it has none, so
    that no two are the same mail."""
    out: list[bytes] = []
    for _ in range(copies):
        for path in files:
            raw = path.read_bytes()
            msgid = f"Message-ID: <{tag}-{len(out) + 1}@faults.invalid>\n".encode()
            end = raw.find(b"\n\n")
            head, body = (raw[: end + 1], raw[end + 1 :]) if end >= 0 else (raw, b"")
            head, found = _MSGID_HEADER.subn(lambda _m, m=msgid: m, head, count=1)
            out.append(head + body if found else msgid + head + body)
    return out


def message_id(raw: bytes) -> str:
    """The Message-ID header's ``<...>`` of raw mail ("" when none)."""
    value = str(BytesHeaderParser(policy=compat32).parsebytes(raw).get("Message-ID", ""))
    found = re.search(r"<[^<>\s]+>", value)
    return found.group(0) if found else ""


# -- the worker as a subprocess ------------------------------------------------------------


def write_config(directory: Path, account: DovecotAccount, smtp_port: int,
                 store_url: str = "sqlite:///bot.db", **bot: Any) -> Path:
    """Write ``directory/bot.toml`` for ``account`` (plain IMAP to loopback) and an SMTP
    server on 127.0.0.1:``smtp_port``; the password comes from ``$IMAP_PASSWORD``."""
    settings = {**BOT, **bot}
    lines = [f"{k} = {_toml(v)}" for k, v in settings.items()]
    path = directory / "bot.toml"
    path.write_text(
        "[mailbox]\nkind = \"imap\"\nhost = \"127.0.0.1\"\n"
        f"port = {account.port}\nsecurity = \"plain\"\nusername = \"{account.user}\"\n"
        "password_env = \"IMAP_PASSWORD\"\npoll_interval = 30\ntimeout = 10\n\n"
        f"[outbox]\nkind = \"smtp\"\nhost = \"127.0.0.1\"\nport = {smtp_port}\n"
        "security = \"plain\"\ntimeout = 10\n\n"
        f"[store]\nurl = \"{store_url}\"\n\n[bot]\n" + "\n".join(lines) + "\n"
    )
    return path


def _toml(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    return f'"{value}"'


@dataclass
class Kill:
    """One fault the worker suffered: ``how`` (a crash point or ``sigkill``), and the seconds
    from the kill until the next worker settled another message (None: nothing was left)."""

    how: str
    recovery: float | None = None


class FaultRig:
    """A worker subprocess over one Dovecot account, one SMTP server and one store, started,
    crashed and killed at will.

    The store is an SQLite file of its own in ``directory`` unless ``store_url`` names
    another (e.g. a database on a throwaway PostgreSQL, as ``bench/soak.py --store
    postgresql`` does). ``password`` is the IMAP password handed to the worker (default: the
    account's). Worker logs are appended to ``directory/worker.log``.
    """

    def __init__(self, directory: Path, account: DovecotAccount, smtp: SmtpServer,
                 password: str | None = None, store_url: str | None = None,
                 **bot: Any) -> None:
        self.directory = directory
        self.account = account
        self.smtp = smtp
        self.db_path = directory / "bot.db"
        self.store_url = store_url or f"sqlite:///{self.db_path}"
        self.config_path = write_config(directory, account, smtp.port, self.store_url, **bot)
        self.log_path = directory / "worker.log"
        self.password = account.password if password is None else password
        self.kills: list[Kill] = []
        self._probe: Store | None = None  # a server store's connection pool for settled()

    def spawn(self, crash: str | None = None, once: bool = True,
              extra_env: dict[str, str] | None = None,
              worker: str | None = None) -> subprocess.Popen[bytes]:
        """Start ``python -m bot.cli run --config ... [--once] [--worker NAME]``; ``crash``
        sets the hook."""
        env = {k: v for k, v in os.environ.items() if k not in (CRASH_ENV, "NOTIFY_SOCKET")}
        env["IMAP_PASSWORD"] = self.password
        env["PYTHONPATH"] = str(ROOT)
        if crash:
            env[CRASH_ENV] = crash
        env.update(extra_env or {})
        cmd = [sys.executable, "-m", "bot.cli", "run", "--config", str(self.config_path)]
        cmd += ["--worker", worker] if worker else []
        with self.log_path.open("ab") as log:
            log.write(f"=== spawn crash={crash} once={once} worker={worker}\n".encode())
            return subprocess.Popen(cmd + (["--once"] if once else []), env=env, cwd=ROOT,
                                    stdin=subprocess.DEVNULL, stdout=log, stderr=log)

    def run(self, crash: str | None = None, timeout: float = RUN_TIMEOUT) -> int:
        """Run one worker to its end; return its exit status (a crash point counts as a kill)."""
        status = self.spawn(crash).wait(timeout=timeout)
        if crash and status == CRASH_STATUS:
            self.kills.append(Kill(crash.split(":")[0]))
        return status

    def settled(self) -> int:
        """How many stored messages are past ``stored`` (0 before the store exists, or while
        a store server is unreachable)."""
        if not self.store_url.startswith("sqlite"):
            return self._settled_on_server()
        if not self.db_path.exists():
            return 0
        try:
            with contextlib.closing(sqlite3.connect(self.db_path, timeout=10)) as con:
                row = con.execute("SELECT count(*) FROM messages WHERE state != 'stored'")
                return int(row.fetchone()[0])
        except sqlite3.OperationalError:  # not migrated yet
            return 0

    def _settled_on_server(self) -> int:
        if self._probe is None:
            self._probe = self.store()
        try:
            with self._probe.begin(durable=False) as s:
                return int(s.scalar(select(func.count()).select_from(Message)
                                    .where(Message.state != "stored")) or 0)
        except (TransientError, ProgrammingError):  # down, restarting, or not migrated yet
            return 0

    def wait_progress(self, proc: subprocess.Popen[bytes], above: int,
                      timeout: float = RUN_TIMEOUT) -> bool:
        """Wait until more than ``above`` messages are settled (True) or ``proc`` ended (False)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.settled() > above:
                return True
            if proc.poll() is not None:
                return self.settled() > above
            time.sleep(0.01)
        raise AssertionError(f"no progress within {timeout} s; see {self.log_path}")

    def kill_busy(self, rng: random.Random, most: int = 20) -> bool:
        """Start a worker, wait until it settled a random number (1 to ``most``) of messages,
        SIGKILL it after a further random 0-20 ms. Random by progress, not by clock, so that
        the kill lands mid-work however fast the classifier is. Returns False when the worker
        finished before the kill."""
        proc = self.spawn()
        self.wait_progress(proc, self.settled() + rng.randint(0, most - 1))
        time.sleep(rng.uniform(0.0, 0.02))
        if proc.poll() is not None:
            assert proc.returncode == 0, f"worker failed; see {self.log_path}"
            return False
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        self.kills.append(Kill("sigkill"))
        return True

    def recover(self) -> int:
        """Run a worker after the last kill; record the seconds until it settled one more
        message (from its start) on that kill; return its exit status."""
        before = self.settled()
        started = time.monotonic()
        proc = self.spawn()
        if self.wait_progress(proc, before) and self.kills:
            self.kills[-1].recovery = time.monotonic() - started
        return proc.wait(timeout=RUN_TIMEOUT)

    def store(self) -> Store:
        return Store(self.store_url)

    def release_outbox(self) -> int:
        """Make every pending outbox mail due now (as if its backoff had elapsed); return how
        many. After an SMTP outage, mail waits for its own next attempt (30 s and more)."""
        store = self.store()
        with store.begin() as s:
            n = s.execute(update(Outbox).where(Outbox.status == "pending")
                          .values(next_attempt_at=utcnow())).rowcount
        store.close()
        return int(n or 0)


# -- the oracle -----------------------------------------------------------------------------


class _StoredOnly:
    """A mailbox with nothing new: the oracle's mail is put straight into its store."""

    def __init__(self, source: str) -> None:
        self.source = source

    def open(self) -> int:
        return 0

    def list_uids(self) -> list[str]:
        return []

    def fetch(self, uids: Sequence[str]) -> Iterator[FetchedMail]:
        return iter(())

    def move(self, uids: Sequence[str], folder: str) -> None:
        return None

    def wait(self, timeout: float, stop: threading.Event) -> None:
        return None

    def close(self) -> None:
        return None


@dataclass(frozen=True)
class Expected:
    """What the fault-free run did with one message."""

    outcome: str
    folder: str
    ticket: tuple[str, tuple[str, ...], str] | None  # kind, types, ack_status
    acknowledged: bool  # an acknowledgement was queued for it


def oracle(raws: Sequence[bytes], directory: Path) -> dict[str, Expected]:
    """Message-ID → what one fault-free, in-process worker does with ``raws`` in this order."""
    directory.mkdir()
    config = build_config(
        {"mailbox": {"path": "mail"}, "outbox": {"path": "outbox"},
         "store": {"url": "sqlite:///oracle.db"}, "bot": {**BOT, "read_in_child": False}},
        base=directory, env={},
    )
    app = build_app(config)
    app.store.add_fetched("oracle", 0, [FetchedMail(str(n), raw) for n, raw in
                                        enumerate(raws, 1)])
    app.worker(mailbox=_StoredOnly("oracle")).drain()
    result = read_outcomes(app.store)
    app.close()
    return result


def read_outcomes(store: Store) -> dict[str, Expected]:
    """Message-ID → outcome, folder, ticket and acknowledgement, as a store recorded them."""
    with store.begin() as s:
        acked = {t for t, k in s.execute(select(Outbox.ticket_id, Outbox.kind))
                 if k.endswith("acknowledgement")}
        tickets = {t.id: t for t in s.scalars(select(Ticket))}
        out: dict[str, Expected] = {}
        for m in s.scalars(select(Message).order_by(Message.id)):
            t = tickets.get(m.ticket_id) if m.ticket_id else None
            out[m.message_id] = Expected(
                outcome=m.outcome or "",
                folder=m.folder or "",
                ticket=(t.kind, tuple(t.types), t.ack_status)
                if t is not None and t.message_id == m.message_id else None,
                acknowledged=t is not None and t.id in acked and t.message_id == m.message_id,
            )
    return out


# -- the verdict ------------------------------------------------------------------------------


@dataclass
class Verdict:
    """The figures of a faulted run (see :func:`verify`)."""

    messages: int
    kills: int
    losses: int
    duplicates: int
    duplicated_ids: list[str]
    tickets: int = 0
    references: int = 0  # distinct ticket references (== tickets: none issued twice)


def verify(rig: FaultRig, raws: Sequence[bytes], expected: dict[str, Expected]) -> Verdict:
    """Check every promise of issue 5 after a faulted run (AssertionError names the first
    broken one); return the figures."""
    ids = [message_id(raw) for raw in raws]
    assert len(set(ids)) == len(ids) and set(ids) == set(expected)
    account = rig.account
    assert account.folder_uids("INBOX") == [], "mail left in INBOX"
    store = rig.store()
    got = read_outcomes(store)
    with store.begin() as s:
        rows = s.scalars(select(Message)).all()
        tickets = s.scalars(select(Ticket)).all()
        outbox = s.scalars(select(Outbox)).all()
    store.close()
    # one row per message, each archived, each with the oracle's outcome and folder
    assert Counter(r.message_id for r in rows) == Counter(ids), "rows per Message-ID"
    assert {r.state for r in rows} == {"archived"}
    lost = [i for i in ids if got[i].outcome != expected[i].outcome]
    assert lost == [], f"outcomes differ from the fault-free run: {lost[:5]}"
    assert {i: got[i] for i in ids} == {i: expected[i] for i in ids}
    # one server folder per message: the one the store names
    on_server: dict[str, list[str]] = {}
    for folder, server_name in SERVER_FOLDERS.items():
        if server_name in account.folders():
            for raw in account.fetch_all(server_name):
                on_server.setdefault(message_id(raw), []).append(folder)
    assert on_server == {i: [got[i].folder] for i in ids}, "server folders"
    # exactly one ticket per request (and per message handed to a human)
    with_ticket = [i for i in ids if expected[i].ticket is not None]
    assert sorted(t.message_id for t in tickets) == sorted(with_ticket)
    reused = [r for r, n in Counter(t.reference for t in tickets).items() if n > 1]
    assert reused == [], f"ticket references issued twice: {reused[:5]}"
    # every mail the bot queued went out; duplicates are the same mail sent again
    assert {o.status for o in outbox} <= {"sent"}, Counter(o.status for o in outbox)
    received = Counter(message_id(m.raw) for m in rig.smtp.messages)
    queued = {o.message_id: o for o in outbox}
    missing = [m for m in queued if received[m] == 0]
    assert missing == [], f"{len(missing)} queued mails never received"
    assert set(received) <= set(queued), "received mail the store does not know"
    acks = [i for i in ids if expected[i].acknowledged]
    assert all(got[i].acknowledged for i in acks)
    duplicated = sorted(m for m, n in received.items() if n > 1)
    for msgid in duplicated:
        copies = {m.raw for m in rig.smtp.messages if message_id(m.raw) == msgid}
        assert len(copies) == 1, f"{msgid} sent twice with different bytes"
    return Verdict(messages=len(ids), kills=len(rig.kills), losses=len(missing) + len(lost),
                   duplicates=sum(n - 1 for n in received.values()),
                   duplicated_ids=duplicated, tickets=len(tickets),
                   references=len({t.reference for t in tickets}))


# -- the kill/restart run ---------------------------------------------------------------------


def test_kill_restart_outages_lose_nothing_and_do_nothing_twice(
    tmp_path: Path, dovecot: DovecotAccount, smtp_server: SmtpServer, corpus_dir: Path
) -> None:
    """Two waves of the whole corpus twice over (450 mails, fresh Message-IDs) through a worker
    that is crashed at every named point, SIGKILLed at random, loses Dovecot (kill -9 of its
    process group) mid-run and its SMTP server for a while."""
    rng = random.Random(5)
    files = corpus_files(corpus_dir)
    assert len(files) == 225
    raws = fresh_copies(files, 2, "fault")
    first, second = raws[: len(raws) // 2], raws[len(raws) // 2 :]
    dovecot.append_many(first)
    fetched = dovecot.fetch_all("INBOX")  # the bytes as the worker will see them
    rig = FaultRig(tmp_path, dovecot, smtp_server)

    # wave 1: a crash at each gap between two stages, in the order a round reaches them
    assert rig.run("after-store:2") == CRASH_STATUS  # stored 2 batches of 100, nothing else
    assert rig.run("before-process:2") == CRASH_STATUS
    assert rig.run("after-commit:3") == CRASH_STATUS
    sigkills = sum(rig.kill_busy(rng) for _ in range(2))  # random, while it classifies
    assert rig.run("after-send:3") == CRASH_STATUS  # SMTP said 250; not recorded: resent
    smtp_server.stop()  # outage: everything queued waits
    assert rig.run("before-archive:1") == CRASH_STATUS
    smtp_server.start()
    assert rig.run("after-move:1") == CRASH_STATUS
    # wave 2: more mail; a random kill; then Dovecot dies under a running worker
    dovecot.append_many(second)
    fetched += dovecot.fetch_all("INBOX")[-len(second) :]  # highest UIDs: the new ones
    sigkills += rig.kill_busy(rng)
    proc = rig.spawn()
    rig.wait_progress(proc, rig.settled())
    dovecot.restart()
    assert proc.wait(timeout=RUN_TIMEOUT) == 0
    rig.release_outbox()  # mail deferred by the SMTP outage: as if its backoff had elapsed
    assert rig.run() == 0

    verdict = verify(rig, fetched, oracle(fetched, tmp_path / "oracle"))
    print(f"fault run: {verdict}")  # shown with -s or on failure
    assert verdict.messages == 450 and verdict.losses == 0
    assert verdict.kills == 6 + sigkills and sigkills >= 2
    # after-send:3 resent exactly one mail; a random SIGKILL may have hit that window too
    assert 1 <= verdict.duplicates <= 1 + sigkills, verdict
    log = rig.log_path.read_text(errors="replace")
    assert log.count("crashing at") == 6
    assert "mail or store unavailable, retrying with backoff" in log  # Dovecot restart
    assert "outbox: delivery failing, will retry" in log  # SMTP outage


# -- start, stop, logins ----------------------------------------------------------------------


def _notify_socket(path: Path) -> socket.socket:
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(str(path))
    sock.settimeout(120)
    return sock


def _await_datagram(sock: socket.socket, needle: bytes) -> None:
    while needle not in sock.recv(4096):
        pass


def test_sigterm_while_idling_exits_0_within_2_seconds(
    tmp_path: Path, dovecot: DovecotAccount, smtp_server: SmtpServer
) -> None:
    rig = FaultRig(tmp_path, dovecot, smtp_server)
    sock = _notify_socket(tmp_path / "notify")
    proc = rig.spawn(once=False, extra_env={"NOTIFY_SOCKET": str(tmp_path / "notify")})
    try:
        _await_datagram(sock, b"READY=1")  # after the first round, right before IDLE
        time.sleep(1.5)  # well inside IDLE
        proc.send_signal(signal.SIGTERM)
        sent = time.monotonic()
        status = proc.wait(timeout=30)
        took = time.monotonic() - sent
    finally:
        if proc.poll() is None:
            proc.kill()
        sock.close()
    assert status == 0
    # the wait would otherwise last the 30 s poll interval: stopping well before it shows the
    # signal ended the IDLE (how fast, on an idle machine, is a benchmark figure, not a test)
    assert took < 25.0, f"took {took:.2f} s to stop"
    assert "worker stopped" in rig.log_path.read_text()


def test_sigterm_while_draining_leaves_nothing_half_done(
    tmp_path: Path, dovecot: DovecotAccount, smtp_server: SmtpServer, corpus_dir: Path
) -> None:
    raws = fresh_copies(corpus_files(corpus_dir)[:40], 1, "term")
    dovecot.append_many(raws)
    rig = FaultRig(tmp_path, dovecot, smtp_server)
    proc = rig.spawn()
    rig.wait_progress(proc, 0)
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=60) == 0
    store = rig.store()
    with store.begin() as s:
        states = Counter(m.state for m in s.scalars(select(Message)))
        pending = s.scalars(select(Outbox).where(Outbox.status != "sent")).all()
    store.close()
    # the message in hand was finished; everything finished was sent and moved
    assert set(states) <= {"stored", "archived"}
    assert 1 <= states["archived"] < 40 and pending == []
    assert len(dovecot.folder_uids("INBOX")) == 40 - states["archived"]
    assert rig.run() == 0  # the rest, later
    assert len(dovecot.folder_uids("INBOX")) == 0


def test_rejected_login_exits_2_after_one_attempt(
    tmp_path: Path, dovecot: DovecotAccount, smtp_server: SmtpServer
) -> None:
    rig = FaultRig(tmp_path, dovecot, smtp_server, password="not-the-password-42")
    proc = rig.spawn(once=False)
    assert proc.wait(timeout=60) == 2
    log = rig.log_path.read_text()
    assert "stopping: IMAP login rejected" in log
    assert "not-the-password-42" not in log
    server_log = dovecot.server.log.read_text(errors="replace")
    assert len(re.findall(rf"auth failed.*user=<{dovecot.user}>", server_log)) == 1


class _NoLoginServer:
    """A minimal IMAP server on 127.0.0.1 that answers every LOGIN with ``reply`` (a real
    socket; Dovecot cannot be made to say [UNAVAILABLE] on demand)."""

    def __init__(self, reply: str) -> None:
        self.reply = reply
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.logins = 0
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        with contextlib.suppress(OSError):
            while True:
                conn, _ = self.listener.accept()
                with conn, conn.makefile("rwb") as f:
                    f.write(b"* OK ready\r\n")
                    f.flush()
                    for line in f:
                        tag, _, rest = line.decode().partition(" ")
                        command = rest.split(" ", 1)[0].strip().upper()
                        if command == "CAPABILITY":
                            f.write(b"* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\n")
                            f.write(f"{tag} OK done\r\n".encode())
                        elif command == "LOGIN":
                            self.logins += 1
                            f.write(f"{tag} {self.reply}\r\n".encode())
                        else:
                            f.write(f"* BYE\r\n{tag} OK bye\r\n".encode())
                            f.flush()
                            break
                        f.flush()

    def close(self) -> None:
        self.listener.close()


@pytest.mark.parametrize(("reply", "error"), [
    ("NO [UNAVAILABLE] Temporary authentication failure.", TransientError),
    ("NO [AUTHENTICATIONFAILED] Authentication failed.", PermanentError),
])
def test_temporary_login_failure_is_transient_a_rejection_permanent(
    reply: str, error: type[Exception]
) -> None:
    server = _NoLoginServer(reply)
    try:
        box = ImapMailbox("127.0.0.1", server.port, "bot", "pw", security="plain", timeout=5)
        with pytest.raises(error):
            box.open()
        box.close()
    finally:
        server.close()
    assert server.logins == 1


# -- outages of the mail server and of the store, in process -----------------------------------


def _imap_config(tmp_path: Path, dovecot: DovecotAccount, smtp: SmtpServer,
                 store_url: str = "sqlite:///bot.db") -> Config:
    return build_config(
        {"mailbox": {"kind": "imap", "host": "127.0.0.1", "port": dovecot.port,
                     "security": "plain", "username": dovecot.user,
                     "password_env": "IMAP_PASSWORD", "poll_interval": 30, "timeout": 10},
         "outbox": {"kind": "smtp", "host": "127.0.0.1", "port": smtp.port,
                    "security": "plain", "timeout": 10},
         "store": {"url": store_url},
         "bot": {"staff_address": STAFF, "read_in_child": False}},
        base=tmp_path, env={"IMAP_PASSWORD": dovecot.password},
    )


REQUEST = (b"From: Jane Doe <jane.doe@example.org>\r\nTo: privacy@example.com\r\n"
           b"Subject: Delete my data\r\nMessage-ID: <outage-1@example.org>\r\n\r\n"
           b"Please delete all my personal data and my order history.\r\n")


@contextlib.contextmanager
def running(app: App) -> Iterator[Any]:
    """The app's worker running in a thread (IDLE between rounds); stopped on exit."""
    stop = threading.Event()
    worker = app.worker(stop=stop)
    thread = threading.Thread(target=worker.run, daemon=True)
    thread.start()
    try:
        yield worker
    finally:
        stop.set()
        thread.join(timeout=30)
        assert not thread.is_alive()


def _until(condition: Any, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        time.sleep(0.05)


def _warnings(caplog: pytest.LogCaptureFixture, text: str) -> int:
    return sum(1 for r in caplog.records if text in r.getMessage())


def test_imap_outage_is_retried_and_logged_once(
    tmp_path: Path, dovecot: DovecotAccount, smtp_server: SmtpServer,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO)
    app = build_app(_imap_config(tmp_path, dovecot, smtp_server))
    with running(app) as worker:
        _until(lambda: app.store.cursor(worker.mailbox.source) is not None)
        dovecot.stop()  # kill -9 of the whole server while the worker idles
        _until(lambda: worker._failures >= 3)  # three failed rounds, with backoff
        dovecot.start()
        dovecot.append(REQUEST)
        smtp_server.wait_for(1, timeout=60)
        _until(lambda: dovecot.folder_uids("INBOX") == [])
    assert _warnings(caplog, "mail or store unavailable, retrying with backoff") == 1
    assert _warnings(caplog, "recovered after") == 1
    with app.store.begin() as s:
        assert [m.outcome for m in s.scalars(select(Message))] == ["ticket"]


def test_locked_database_stops_intake_and_loses_nothing(
    tmp_path: Path, dovecot: DovecotAccount, smtp_server: SmtpServer,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Another process holds an exclusive SQLite lock longer than the busy timeout (0.2 s)."""
    caplog.set_level(logging.INFO)
    app = build_app(_imap_config(tmp_path, dovecot, smtp_server, "sqlite:///bot.db?timeout=0.2"))
    with running(app) as worker:
        _until(lambda: app.store.cursor(worker.mailbox.source) is not None)
        locker = sqlite3.connect(tmp_path / "bot.db", timeout=5, isolation_level=None)
        locker.execute("BEGIN EXCLUSIVE")
        try:
            uid = dovecot.append(REQUEST)
            _until(lambda: worker._failures >= 2)
            # intake stopped: the mail is still in the INBOX, the store has not got it
            assert dovecot.folder_uids("INBOX") == [uid]
            assert smtp_server.messages == []
        finally:
            locker.execute("ROLLBACK")
            locker.close()
        smtp_server.wait_for(1, timeout=60)
        _until(lambda: dovecot.folder_uids("INBOX") == [])
    reasons = [r.getMessage() for r in caplog.records
               if "mail or store unavailable" in r.getMessage()]
    assert len(reasons) == 1 and "database is locked" in reasons[0]
    with app.store.begin() as s:
        rows = s.scalars(select(Message)).all()
        assert [(m.outcome, m.attempts) for m in rows] == [("ticket", 1)]
        assert len(s.scalars(select(Ticket)).all()) == 1
    assert len(smtp_server.messages) == 1


def test_full_disk_stops_intake_and_loses_nothing(
    tmp_path: Path, dovecot: DovecotAccount, smtp_server: SmtpServer,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """SQLite's own "database or disk is full" (SQLITE_FULL), made real by capping the
    database's size in pages (PRAGMA max_page_count) on all the worker's connections (the
    durable and the light ones: a full disk refuses every write)."""
    caplog.set_level(logging.INFO)
    app = build_app(_imap_config(tmp_path, dovecot, smtp_server))
    cap: dict[str, int] = {}

    def limit(dbapi_conn: Any, _record: Any) -> None:
        if cap:
            dbapi_conn.execute(f"PRAGMA max_page_count={cap['pages']}")

    engines = {app.store.engine, app.store.light_engine}  # a full disk stops every write
    for engine in engines:
        event.listen(engine, "connect", limit)
    with running(app) as worker:
        _until(lambda: app.store.cursor(worker.mailbox.source) is not None)
        with contextlib.closing(sqlite3.connect(tmp_path / "bot.db")) as con:
            cap["pages"] = con.execute("PRAGMA page_count").fetchone()[0]
        for engine in engines:
            engine.dispose()  # new connections take the cap
        big = REQUEST.replace(
            b"\r\n\r\n",
            b"\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n"
            b"--b\r\nContent-Type: text/plain\r\n\r\n", 1,
        ) + (b"--b\r\nContent-Type: application/octet-stream\r\n"
             b"Content-Transfer-Encoding: base64\r\n\r\n"
             + (b"QUJD" * 19 + b"\r\n") * 2000 + b"--b--\r\n")
        uid = dovecot.append(big)
        _until(lambda: worker._failures >= 2)
        assert dovecot.folder_uids("INBOX") == [uid]
        cap.clear()
        for engine in engines:
            engine.dispose()  # space again
        smtp_server.wait_for(1, timeout=60)
        _until(lambda: dovecot.folder_uids("INBOX") == [])
    reasons = [r.getMessage() for r in caplog.records
               if "mail or store unavailable" in r.getMessage()]
    assert len(reasons) == 1 and "database or disk is full" in reasons[0]
    with app.store.begin() as s:
        assert [m.outcome for m in s.scalars(select(Message))] == ["ticket"]


# -- poison ------------------------------------------------------------------------------------


def _maildir_config(tmp_path: Path, **bot: Any) -> Path:
    path = tmp_path / "bot.toml"
    extra = "".join(f"{k} = {_toml(v)}\n" for k, v in bot.items())
    path.write_text('[mailbox]\nkind = "maildir"\npath = "mail"\n\n'
                    '[outbox]\nkind = "maildir"\npath = "outbox"\n\n'
                    '[store]\nurl = "sqlite:///bot.db"\n\n'
                    f'[bot]\naddress = "privacy@example.com"\nstaff_address = "{STAFF}"\n'
                    f'company = "ExampleMart Pte. Ltd."\n{extra}')
    return path


def test_a_message_that_kills_the_worker_is_quarantined_after_max_attempts(
    tmp_path: Path,
) -> None:
    import mailbox

    box = mailbox.Maildir(tmp_path / "mail", create=True)
    for n in (1, 2):
        box.add(REQUEST.replace(b"outage-1", f"killer-{n}".encode()))
        time.sleep(0.01)  # delivery order = mtime order
    config = _maildir_config(tmp_path, max_attempts=3)
    cmd = [sys.executable, "-m", "bot.cli", "run", "--once", "--config", str(config)]
    env = {k: v for k, v in os.environ.items() if k != CRASH_ENV}
    # the first message in hand kills the process, three starts in a row
    for _ in range(3):
        done = subprocess.run(cmd, env={**env, CRASH_ENV: "before-process:1"}, cwd=ROOT,
                              capture_output=True, timeout=RUN_TIMEOUT)
        assert done.returncode == CRASH_STATUS, done.stderr[-2000:]
    done = subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, timeout=RUN_TIMEOUT)
    assert done.returncode == 0, done.stderr[-2000:]
    store = Store(f"sqlite:///{tmp_path / 'bot.db'}")
    with store.begin() as s:
        rows = {m.message_id: m for m in s.scalars(select(Message))}
    store.close()
    killer = rows["<killer-1@example.org>"]
    assert (killer.outcome, killer.attempts, killer.reason) == (
        "quarantine", 4, "failed 3 times; last error kept")
    assert (rows["<killer-2@example.org>"].outcome, rows["<killer-2@example.org>"].attempts) == (
        "ticket", 1)


def test_an_outage_during_processing_is_not_counted_as_an_attempt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = build_config({"mailbox": {"path": "mail"}, "outbox": {"path": "outbox"},
                           "store": {"url": "sqlite:///bot.db"},
                           "bot": {"max_attempts": 2, "read_in_child": False}},
                          base=tmp_path, env={})
    app = build_app(config)
    app.store.add_fetched("m", 0, [FetchedMail("1", REQUEST)])
    worker = app.worker(mailbox=_StoredOnly("m"))
    real = app.processor.process
    outages = iter(range(5))

    def flaky(row_id: int, *args: Any) -> Any:  # the store goes away mid-message, 5 times
        if next(outages, None) is not None:
            raise TransientError("store unavailable: database is locked")
        return real(row_id, *args)

    monkeypatch.setattr(app.processor, "process", flaky)
    for _ in range(5):
        with pytest.raises(TransientError):
            worker.process_one(1)
    assert worker.process_one(1) is True
    with app.store.begin() as s:
        row = s.get(Message, 1)
        assert (row.outcome, row.attempts) == ("ticket", 1)


def test_quarantine_goes_through_when_the_original_cannot_be_attached(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = build_config({"mailbox": {"path": "mail"}, "outbox": {"path": "outbox"},
                           "store": {"url": "sqlite:///bot.db"}}, base=tmp_path, env={})
    app = build_app(config)
    app.store.add_fetched("m", 0, [FetchedMail("1", REQUEST)])
    real = app.renderer.staff_alert

    def no_attachments(subject: str, body: str, raw: bytes | None = None) -> Any:
        if raw is not None:
            raise UnicodeEncodeError("ascii", "\u4e2d", 0, 1, "ordinal not in range(128)")
        return real(subject, body, raw)

    monkeypatch.setattr(app.renderer, "staff_alert", no_attachments)
    app.processor.quarantine(1, "RuntimeError: boom")
    with app.store.begin() as s:
        row = s.get(Message, 1)
        (alert,) = s.scalars(select(Outbox)).all()
    assert (row.state, row.outcome, row.folder) == (
        "quarantined", "quarantine", "Privacy/Quarantine")
    assert alert.kind == "alert" and alert.recipients == [STAFF]
    assert b"The original could not be attached" in alert.raw
    assert b"message/rfc822" not in alert.raw


def test_one_round_sends_a_backlog_larger_than_one_outbox_batch(tmp_path: Path) -> None:
    """205 requests from 205 senders: 205 acknowledgements, while one delivery call sends at
    most 200 (Store.due_outbox's limit)."""
    config = build_config({"mailbox": {"path": "mail"}, "outbox": {"path": "outbox"},
                           "store": {"url": "sqlite:///bot.db"}}, base=tmp_path, env={})
    app = build_app(config)
    app.store.add_fetched("m", 0, [
        FetchedMail(str(n), REQUEST.replace(b"jane.doe@", f"jane{n}@".encode())
                    .replace(b"outage-1", f"backlog-{n}".encode()))
        for n in range(205)])
    worker = app.worker(mailbox=_StoredOnly("m"))
    assert worker.poll_once() == 205  # one round processes and sends them all
    assert len(list((tmp_path / "outbox" / "new").iterdir())) == 205
    with app.store.begin() as s:
        assert Counter(t.ack_status for t in s.scalars(select(Ticket))) == {"sent": 205}


def test_crash_hook_is_off_unless_asked_and_refuses_a_typo() -> None:
    CrashHook(None)("after-commit")  # does nothing
    CrashHook("after-send:2")("after-commit")  # another point: does nothing
    with pytest.raises(ConfigError, match=CRASH_ENV):
        CrashHook("after-comit:1")
    with pytest.raises(ConfigError):
        CrashHook("after-commit:0")
    assert CRASH_POINTS == ("after-store", "before-process", "after-commit", "after-send",
                            "before-archive", "after-move")
