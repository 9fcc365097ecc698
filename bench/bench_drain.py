#!/usr/bin/env python3
"""Benchmark: drain a backlog from a real Dovecot to acknowledgements received by aiosmtpd,
then measure APPEND → acknowledgement latency while the worker idles in IMAP IDLE.

    .venv/bin/python bench/bench_drain.py [--messages 1000] [--latency-samples 50] [--keep]
                                          [--profile py-spy|cprofile]
    .venv/bin/python bench/bench_drain.py --store postgresql --workers 3 --messages 400

With ``--store postgresql`` a throwaway PostgreSQL (tests/servers.py) is started too and,
after the usual single-worker SQLite drain, a second backlog of the same size is drained by
``--workers`` long-running ``privacy-bot run --worker wN`` on one PostgreSQL database and the
same mailbox; its rate is printed beside the SQLite one of the same run.

Everything runs on 127.0.0.1: a throwaway Dovecot and an aiosmtpd server (the classes of
tests/servers.py) are started here and stopped at the end; mail goes only to that aiosmtpd.
The backlog is the shared corpus (../shared/corpus/{dev,public,realworld}, read in place)
repeated with a new Message-ID per copy, APPENDed to INBOX before the worker starts.

The worker runs as a subprocess, ``privacy-bot run --config bot.toml [--once]`` — the command
production runs — and not in this process, because:
- the peak RSS printed is then the worker's own (os.wait4 / VmHWM of that pid), not inflated
  by the backlog held here, aiosmtpd and what it recorded;
- aiosmtpd (an asyncio loop parsing every mail it receives) and the APPEND client do not take
  the GIL from the worker, which would lower the throughput measured;
- it covers the whole product path: config loading, store migration check, signal handling.
Its log (stderr, timestamped lines) tells when the worker started ("worker starting"), so the
throughput is measured from there (≈ the first IMAP command) to the last mail received by
aiosmtpd; the same figure from process spawn, start-up included, is printed too.

Targets (issue 2): ≥ 200 messages/s drained, p95 ≤ 1 s APPEND → acknowledgement while idle,
≤ 250 MB peak RSS. ``--profile py-spy`` samples the drain run (wall clock, idle included) and
prints where the time goes per pipeline stage; ``--profile cprofile`` writes a pstats file.

The sender rate limit (``bot.ack_limit_per_day``, 5 by default) is raised for the benchmark:
the corpus repeated 1,000 times sends many mails from the same made-up senders, and a
suppressed acknowledgement would leave the SMTP half of the path unmeasured.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import re
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.parser import BytesHeaderParser
from email.policy import compat32
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from tests.servers import (  # noqa: E402 - needs the repository root on sys.path
    INSTALL_HINT,
    POSTGRES_HINT,
    DovecotAccount,
    DovecotServer,
    PostgresServer,
    RecordingHandler,
    SmtpServer,
    find_dovecot,
    find_postgres,
)

CORPUS = REPO.parent / "shared" / "corpus"
PARTS = ("dev", "public", "realworld")
STAFF = "privacy-staff@example.com"
ACK_KINDS = ("acknowledgement", "human-acknowledgement")
PYSPY_RATE = 250  # samples per second
TARGET_RATE, TARGET_P95, TARGET_RSS_MB = 200.0, 1.0, 250.0
#: The product's drain rate over the floor worker's, same machine, same run (issue 18).
TARGET_FLOOR_RATIO = 0.6
_LOG_LINE = re.compile(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}) (\w+) (\S+): (.*)$")
_PROCESSED = re.compile(r"message #(\d+) from \S+: (\S+) (\S+) labels=(\S*) in (\d+) ms")


# -- the backlog ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Source:
    name: str  # e.g. "dev/d001.eml"
    raw: bytes
    route: tuple[str, ...]


def load_corpus(root: Path) -> list[Source]:
    """Every file named in the manifests of dev/, public/ and realworld/ (read in place)."""
    sources = []
    for part in PARTS:
        manifest = root / part / "manifest.jsonl"
        for line in manifest.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                path = root / part / row["file"]
                sources.append(Source(f"{part}/{row['file']}", path.read_bytes(),
                                      tuple(row["route"])))
    if not sources:
        raise SystemExit(f"no corpus files found under {root}")
    return sources


def restamp(raw: bytes, message_id: str) -> bytes:
    """``raw`` with CRLF line ends (as an IMAP server hands mail out) and its Message-ID
    header (folded lines included) replaced by ``message_id``; added when it had none."""
    text = raw.replace(b"\r\n", b"\n")
    head, sep, body = text.partition(b"\n\n")
    out: list[bytes] = []
    skipping = replaced = False
    for line in head.split(b"\n"):
        if line[:1] in (b" ", b"\t"):
            if not skipping:
                out.append(line)
            continue
        skipping = line.lower().startswith(b"message-id:")
        if skipping:
            if not replaced:
                out.append(b"Message-ID: " + message_id.encode())
                replaced = True
            continue
        out.append(line)
    if not replaced:
        out.append(b"Message-ID: " + message_id.encode())
    return b"\r\n".join(out) + b"\r\n\r\n" + body.replace(b"\n", b"\r\n")


# -- the SMTP side --------------------------------------------------------------------------


@dataclass(frozen=True)
class Received:
    mono: float  # time.monotonic() when DATA arrived
    wall: float  # time.time()
    rcpt_tos: tuple[str, ...]
    in_reply_to: str
    subject: str


class StampingHandler(RecordingHandler):
    """Records when each mail arrives, reading headers only (light on the CPU both the
    worker and Dovecot share with this process' aiosmtpd loop)."""

    def __init__(self) -> None:
        super().__init__()
        self.received: list[Received] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        mono, wall = time.monotonic(), time.time()
        raw = bytes(envelope.original_content or envelope.content)
        headers = BytesHeaderParser(policy=compat32).parsebytes(raw)
        item = Received(mono, wall, tuple(envelope.rcpt_tos),
                        str(headers.get("In-Reply-To", "") or "").strip(),
                        str(headers.get("Subject", "") or ""))
        with self._cond:
            self.received.append(item)
            self._cond.notify_all()
        return "250 2.0.0 OK queued"

    def snapshot(self) -> list[Received]:
        with self._cond:
            return list(self.received)

    def wait_until(self, predicate: Any, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        with self._cond:
            while not predicate(self.received):
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return False
                self._cond.wait(min(remaining, 0.5))
        return True


# -- the worker process -----------------------------------------------------------------------


def privacy_bot_command() -> list[str]:
    script = Path(sys.executable).parent / "privacy-bot"
    if script.exists():
        return [str(script)]
    found = shutil.which("privacy-bot")
    if found:
        return [found]
    raise SystemExit("privacy-bot is not installed: run this with the project's venv python")


def vm_hwm_kb(pid: int) -> int:
    """Peak RSS so far of ``pid`` (VmHWM, kB), 0 when unreadable."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def child_pids(pid: int) -> list[int]:
    out: list[int] = []
    with contextlib.suppress(OSError):
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children", encoding="ascii") as fh:
                out.extend(int(p) for p in fh.read().split())
    return out


class WorkerProcess:
    """``privacy-bot run`` as a child in its own session; records its peak RSS and log.

    With a profiler ``prefix`` the direct child is the profiler; the RSS is then sampled
    from its child (the worker).
    """

    def __init__(self, argv: list[str], env: dict[str, str], log: Path,
                 prefix: list[str] | None = None) -> None:
        self.argv = [*(prefix or []), *argv]
        self.profiled = bool(prefix)
        self.env = env
        self.log = log
        self.proc: subprocess.Popen[bytes] | None = None
        self.spawn_wall = self.spawn_mono = 0.0
        self.exit_mono: float | None = None
        self.peak_kb = 0
        self.returncode: int | None = None
        self._done = threading.Event()
        self._log_fh: Any = None

    def start(self) -> None:
        self._log_fh = self.log.open("ab")
        self.spawn_wall, self.spawn_mono = time.time(), time.monotonic()
        self.proc = subprocess.Popen(self.argv, env=self.env, stdin=subprocess.DEVNULL,
                                     stdout=self._log_fh, stderr=self._log_fh,
                                     start_new_session=True)
        threading.Thread(target=self._sample_rss, daemon=True).start()

    def _sample_rss(self) -> None:
        assert self.proc is not None
        while not self._done.is_set():
            pids = child_pids(self.proc.pid) if self.profiled else [self.proc.pid]
            for pid in pids:
                self.peak_kb = max(self.peak_kb, vm_hwm_kb(pid))
            self._done.wait(0.02)

    def wait(self, timeout: float) -> bool:
        """Wait for exit (True) or ``timeout`` seconds (False)."""
        assert self.proc is not None
        deadline = time.monotonic() + timeout
        while self.returncode is None:
            pid, status, usage = os.wait4(self.proc.pid, os.WNOHANG)
            if pid:
                self.exit_mono = time.monotonic()
                self.returncode = os.waitstatus_to_exitcode(status)
                self.proc.returncode = self.returncode  # reaped here, not by Popen
                if not self.profiled:
                    self.peak_kb = max(self.peak_kb, usage.ru_maxrss)
                break
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.01)
        self._done.set()
        if self._log_fh is not None:
            self._log_fh.close()
            self._log_fh = None
        return True

    def stop(self, timeout: float = 15.0) -> None:
        """SIGTERM (the worker's graceful stop), SIGKILL after ``timeout``; idempotent."""
        if self.proc is None or self.returncode is not None:
            return
        # Under a profiler, stop the worker itself: the profiler then writes its output.
        for pid in (child_pids(self.proc.pid) if self.profiled else []) or [self.proc.pid]:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGTERM)
        if not self.wait(timeout):
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.proc.pid, signal.SIGKILL)
            self.wait(5.0)

    @property
    def peak_mb(self) -> float:
        return self.peak_kb / 1024.0

    def log_events(self) -> list[tuple[float, str, str, str]]:
        """(wall time, level, logger, text) of every timestamped line of this run's log."""
        events = []
        for line in self.log.read_text(errors="replace").splitlines():
            m = _LOG_LINE.match(line)
            if m:
                stamp = datetime.strptime(m.group(1), "%Y-%m-%d %H:%M:%S,%f").timestamp()
                events.append((stamp, m.group(2), m.group(3), m.group(4)))
        return events


# -- helpers ----------------------------------------------------------------------------------


def db_rows(db: Path, sql: str, args: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30)
    try:
        return con.execute(sql, args).fetchall()
    finally:
        con.close()


class StoreQuery:
    """Read-only counts from a store at an SQLAlchemy URL (SQLite or PostgreSQL)."""

    def __init__(self, url: str) -> None:
        from sqlalchemy import create_engine

        from bot.store.store import engine_url

        self.engine = create_engine(engine_url(url))

    def scalar(self, sql: str, **params: Any) -> Any:
        from sqlalchemy import text

        with self.engine.connect() as conn:
            return conn.execute(text(sql), params).scalar()

    def close(self) -> None:
        self.engine.dispose()


def db_time(value: str | None) -> float | None:
    """A store timestamp (naive UTC text) → POSIX seconds."""
    if not value:
        return None
    return datetime.fromisoformat(value).replace(tzinfo=UTC).timestamp()


def pct(values: list[float], q: float) -> float:
    """The ``q`` quantile (0..1), linear between closest ranks."""
    data = sorted(values)
    if not data:
        return float("nan")
    pos = (len(data) - 1) * q
    lo = int(pos)
    hi = min(lo + 1, len(data) - 1)
    return data[lo] + (data[hi] - data[lo]) * (pos - lo)


def last_error(log: Path) -> str:
    """The last exception line of a traceback in ``log`` ("" when none)."""
    lines = [ln for ln in log.read_text(errors="replace").splitlines()
             if re.match(r"^[A-Za-z_][\w.]*(Error|Exception)\b", ln)]
    return lines[-1] if lines else ""


def verdict(ok: bool) -> str:
    return "OK " if ok else "MISS"


def write_config(work: Path, account: DovecotAccount, smtp: SmtpServer,
                 store_url: str = "sqlite:///bot.db", filename: str = "bot.toml") -> Path:
    path = work / filename
    path.write_text(
        f"""# written by bench/bench_drain.py
[mailbox]
kind = "imap"
host = "127.0.0.1"
port = {account.port}
security = "plain"
username = "{account.user}"
password_env = "BENCH_IMAP_PASSWORD"
poll_interval = 30
timeout = 30

[outbox]
kind = "smtp"
host = "127.0.0.1"
port = {smtp.port}
security = "plain"
timeout = 30

[store]
url = "{store_url}"

[bot]
address = "privacy@example.com"
staff_address = "{STAFF}"
company = "ExampleMart Pte. Ltd."
ack_limit_per_day = 1000000
""",
        encoding="utf-8",
    )
    return path


# -- profile summary (py-spy raw = collapsed stacks) ------------------------------------------

#: (stage, file fragment, function names or None for any); the innermost match in a stack wins.
STAGE_MARKERS: list[tuple[str, str, set[str] | None]] = [
    ("idle (IMAP IDLE wait)", "bot/intake/mailbox/imap.py", {"ImapMailbox.wait"}),
    ("fetch (IMAP SEARCH/FETCH)", "bot/intake/mailbox/imap.py",
     {"ImapMailbox.fetch", "ImapMailbox._size_batches", "ImapMailbox.list_uids",
      "ImapMailbox.open", "ImapMailbox._connect"}),
    ("store (raw mail INSERT)", "bot/store/store.py",
     {"Store.add_fetched", "Store.known_uids", "Store.set_cursor", "Store.cursor"}),
    ("parse", "bot/intake/parse.py", None),
    ("screen", "bot/intake/screen.py", None),
    ("classify", "classifiers/", None),
    ("render (responses + as_bytes)", "responses/", None),
    ("render (responses + as_bytes)", "bot/pipeline/processor.py", {"Processor._queue"}),
    ("decide", "bot/pipeline/decide.py", None),
    ("commit (per-message transactions)", "bot/pipeline/processor.py",
     {"Processor.process", "Processor._commit", "Processor._open_ticket", "Processor.quarantine"}),
    ("commit (per-message transactions)", "bot/store/store.py",
     {"Store.start_attempt", "Store.unprocessed", "Store.record_error"}),
    ("deliver (SMTP + outbox updates)", "bot/outbound/deliver.py", None),
    ("move (archive: MOVE + store)", "bot/service/worker.py", {"Worker._archive"}),
    ("worker loop (other)", "bot/service/worker.py", None),
    ("start-up (imports, build_app, migrate)", "bot/cli/commands.py", None),
]


def _frame(frame: str) -> tuple[str, str]:
    name, _, where = frame.rpartition(" (")
    return name, where.rstrip(")").rsplit(":", 1)[0]


def stage_of(frames: list[str]) -> tuple[str, int]:
    """The stage of one stack (root first) and the index of the frame that decided it."""
    for i in range(len(frames) - 1, -1, -1):
        name, path = _frame(frames[i])
        for stage, fragment, names in STAGE_MARKERS:
            if fragment in path and (names is None or name in names):
                return stage, i
    return "start-up (imports, build_app, migrate)", 0


def summarise_pyspy(raw_file: Path, messages: int, rate: int, top: int = 4) -> None:
    per_stage: Counter[str] = Counter()
    below: dict[str, Counter[str]] = defaultdict(Counter)
    leaves: dict[str, Counter[str]] = defaultdict(Counter)
    total = 0
    for line in raw_file.read_text(errors="replace").splitlines():
        stack, _, count_text = line.rpartition(" ")
        if not stack or not count_text.isdigit():
            continue
        count = int(count_text)
        frames = stack.split(";")
        stage, i = stage_of(frames)
        total += count
        per_stage[stage] += count
        nxt = frames[i + 1] if i + 1 < len(frames) else frames[i] + " [self]"
        below[stage][nxt] += count
        leaves[stage][frames[-1]] += count
    if not total:
        print("  (no samples)")
        return
    print(f"  {total} samples (wall clock, idle included); ms/msg = share of the run / messages")
    for stage, count in per_stage.most_common():
        share = count / total
        print(f"  {stage:<40} {share:6.1%} {count * 1000 / rate / messages:8.2f} ms/msg")
        for frame, c in below[stage].most_common(top):
            print(f"      {c / total:6.1%}  {frame}")
        hot = ", ".join(f"{f.split(' (')[0]} {c / total:.1%}"
                        for f, c in leaves[stage].most_common(3))
        print(f"      leaf: {hot}")


# -- the phases -------------------------------------------------------------------------------


@dataclass
class Bench:
    args: argparse.Namespace
    work: Path
    account: DovecotAccount
    smtp: SmtpServer
    handler: StampingHandler
    config: Path
    env: dict[str, str]
    sources: list[Source]
    run_id: str = field(default_factory=lambda: os.urandom(3).hex())
    workers: list[WorkerProcess] = field(default_factory=list)
    origin: dict[str, Source] = field(default_factory=dict)  # Message-ID → source

    @property
    def db(self) -> Path:
        return self.work / "bot.db"

    def worker(self, *extra: str, name: str, prefix: list[str] | None = None,
               config: Path | None = None) -> WorkerProcess:
        command = self.args.worker_cmd.split() or privacy_bot_command()
        argv = [*command, "run", "--config", str(config or self.config), *extra]
        w = WorkerProcess(argv, self.env, self.work / f"{name}.log", prefix)
        self.workers.append(w)
        return w

    def new_id(self, phase: str, i: int) -> str:
        return f"<bench-{self.run_id}-{phase}-{i:06d}@bench.example.net>"

    def outbox_status(self) -> dict[str, int]:
        return dict(db_rows(self.db, "SELECT status, COUNT(*) FROM outbox GROUP BY status"))

    # -- phase 0: start-up cost ----------------------------------------------------------

    def startup(self) -> float:
        """Run ``run --once`` on the empty mailbox twice (the first creates the store);
        return the second one's wall time: the fixed cost of a worker start."""
        took = 0.0
        for n in range(2):
            w = self.worker("--once", name=f"startup-{n}")
            w.start()
            if not w.wait(120) or w.returncode != 0:
                raise SystemExit(f"worker start-up run failed; see {w.log}")
            took = (w.exit_mono or 0.0) - w.spawn_mono
        return took

    # -- phase 1: drain ------------------------------------------------------------------

    def append_backlog(self, phase: str) -> int:
        """APPEND ``--messages`` corpus mails, each with a new Message-ID of ``phase``, to
        INBOX; print its size; return how many."""
        n = self.args.messages
        backlog = []
        for i in range(n):
            src = self.sources[i % len(self.sources)]
            mid = self.new_id(phase, i)
            self.origin[mid] = src
            backlog.append(restamp(src.raw, mid))
        size = sum(len(b) for b in backlog)
        t = time.monotonic()
        self.account.append_many(backlog)
        append_s = time.monotonic() - t
        del backlog
        print(f"  backlog: {n} messages ({size / 1e6:.1f} MB) from {len(self.sources)} corpus "
              f"files, APPENDed in {append_s:.1f} s")
        return n

    def drain(self) -> dict[str, Any]:
        n = self.append_backlog("drain")
        before = len(self.handler.snapshot())
        prefix, profile_out = self._profiler()
        first = self.worker("--once", name="drain", prefix=prefix)
        first.start()
        if not first.wait(self.args.timeout):
            first.stop()
            raise SystemExit(f"drain did not finish within {self.args.timeout} s; log {first.log}")
        runs = [first]
        pending_after_first = self.outbox_status().get("pending", 0)
        # `run --once` must leave nothing unsent; if it does, count the runs needed.
        while (runs[-1].returncode == 0 and self.outbox_status().get("pending", 0)
               and len(runs) < 1 + self.args.max_reruns):
            w = self.worker("--once", name=f"drain-rerun-{len(runs)}")
            w.start()
            if not w.wait(self.args.timeout):
                w.stop()
                break
            runs.append(w)
        outbox = self.outbox_status()
        sent = outbox.get("sent", 0)
        self.handler.wait_until(lambda r: len(r) - before >= sent, timeout=10)
        received = self.handler.snapshot()[before:]

        events = first.log_events()
        started = next((ts for ts, _l, _n, text in events if "worker starting" in text),
                       first.spawn_wall)
        per_msg_ms = [int(m.group(5)) for _ts, _l, _n, text in events
                      if (m := _PROCESSED.search(text))]
        last = max((r.wall for r in received), default=started)
        states = db_rows(self.db, "SELECT state, outcome, COUNT(*) FROM messages "
                                  "WHERE message_id LIKE ? GROUP BY state, outcome",
                         (f"<bench-{self.run_id}-drain-%",))
        left = self.account.folder_uids("INBOX")
        elapsed = last - started
        result = {
            "messages": n,
            "runs": len(runs),
            "first_run_left_pending": pending_after_first,
            "startup_in_run_s": started - first.spawn_wall,
            "fetch_to_last_ack_s": elapsed,
            "spawn_to_last_ack_s": last - first.spawn_wall,
            "worker_exit_s": (runs[-1].exit_mono or 0) - first.spawn_mono,
            "rate": n / elapsed if elapsed > 0 else float("nan"),
            "rate_with_startup": n / (last - first.spawn_wall),
            "received": len(received),
            "outbox": outbox,
            "states": states,
            "inbox_left": len(left),
            "peak_mb": max(w.peak_mb for w in runs),
            "profiled": bool(prefix),
            "per_msg_ms": per_msg_ms,
            "logs": [str(w.log) for w in runs],
            "failed_runs": [(str(w.log), w.returncode, last_error(w.log)) for w in runs
                            if w.returncode != 0],
            "errors": [text for _ts, level, _n, text in events if level == "ERROR"],
        }
        if profile_out is not None:
            result["profile"] = profile_out
        return result

    def _profiler(self, phase: str = "drain") -> tuple[list[str] | None, Path | None]:
        kind = self.args.profile
        if kind == "py-spy":
            spy = shutil.which("py-spy", path=str(Path(sys.executable).parent)) or shutil.which(
                "py-spy")
            if spy is None:
                raise SystemExit("py-spy not found: pip install py-spy (into the venv)")
            out = self.work / f"{phase}.pyspy.txt"
            return [spy, "record", "--idle", "--format", "raw", "--rate", str(PYSPY_RATE),
                    "--nonblocking", "-o", str(out), "--"], out
        if kind == "cprofile":
            out = self.work / f"{phase}.prof"
            return [sys.executable, "-m", "cProfile", "-o", str(out)], out
        return None, None

    # -- phase 1c: several workers on a server store ---------------------------------------

    def drain_workers(self, url: str, count: int) -> dict[str, Any]:
        """Drain a backlog of ``--messages`` with ``count`` long-running workers (``run
        --worker wN``) on the empty store at ``url`` (migrated first, so that no start-up
        races another's migration). Rate: from the first worker's "worker starting" to the
        last mail received, once every message is archived and no mail is pending."""
        phase = f"workers{count}"
        config = write_config(self.work, self.account, self.smtp, url, f"bot-{phase}.toml")
        command = self.args.worker_cmd.split() or privacy_bot_command()
        subprocess.run([*command, "migrate", "--config", str(config)], env=self.env,
                       check=True, capture_output=True, timeout=300)
        n = self.append_backlog(phase)
        before = len(self.handler.snapshot())
        crew = [self.worker("--worker", f"w{k + 1}", name=f"{phase}-w{k + 1}", config=config)
                for k in range(count)]
        for w in crew:
            w.start()
        query = StoreQuery(url)
        try:
            sent = self._await_drained(query, crew, f"<bench-{self.run_id}-{phase}-%", n)
        finally:
            for w in crew:
                w.stop()
            query.close()
        self.handler.wait_until(lambda r: len(r) - before >= sent, timeout=10)
        received = self.handler.snapshot()[before:]
        starts = [next((ts for ts, _l, _n, text in w.log_events() if "worker starting" in text),
                       w.spawn_wall) for w in crew]
        last = max((r.wall for r in received), default=min(starts))
        elapsed = last - min(starts)
        per_worker = {f"w{k + 1}": sum(1 for e in w.log_events() if _PROCESSED.search(e[3]))
                      for k, w in enumerate(crew)}
        return {"workers": count, "messages": n, "received": len(received), "sent": sent,
                "rate": n / elapsed if elapsed > 0 else float("nan"), "seconds": elapsed,
                "per_worker": per_worker, "peak_mb": max(w.peak_mb for w in crew),
                "failed": [(str(w.log), w.returncode) for w in crew
                           if w.returncode not in (0, -signal.SIGTERM)]}

    def _await_drained(self, query: StoreQuery, crew: list[WorkerProcess], pattern: str,
                       n: int) -> int:
        """Wait until the ``n`` messages matching ``pattern`` are archived and no outbox
        mail is pending; return how many mails were sent. Raises SystemExit when a worker
        dies or ``--timeout`` passes."""
        deadline = time.monotonic() + self.args.timeout
        while time.monotonic() < deadline:
            archived = query.scalar("SELECT COUNT(*) FROM messages WHERE message_id LIKE :p "
                                    "AND state = 'archived'", p=pattern)
            pending = query.scalar("SELECT COUNT(*) FROM outbox WHERE status = 'pending'")
            if archived == n and pending == 0:
                return int(query.scalar("SELECT COUNT(*) FROM outbox WHERE status = 'sent'"))
            dead = [w.log for w in crew if w.proc is not None and w.proc.poll() is not None]
            if dead:
                raise SystemExit(f"a worker exited during the drain; see {dead[0]}")
            time.sleep(0.2)
        raise SystemExit(f"not drained within {self.args.timeout} s; see {crew[0].log}")

    # -- phase 1b: the floor worker ------------------------------------------------------

    def floor(self) -> dict[str, Any]:
        """Drain a backlog of the same size with bench/floor_worker.py (what any durable
        worker must do, nothing more) against the same Dovecot and aiosmtpd; its rate from
        "floor starting" to the last acknowledgement received."""
        n = self.args.messages
        backlog = [restamp(self.sources[i % len(self.sources)].raw, self.new_id("floor", i))
                   for i in range(n)]
        self.account.append_many(backlog)
        del backlog
        before = len(self.handler.snapshot())
        script = Path(__file__).resolve().parent / "floor_worker.py"
        proc = subprocess.run(
            [sys.executable, str(script), "127.0.0.1", str(self.account.port),
             self.account.user, "BENCH_IMAP_PASSWORD", "127.0.0.1", str(self.smtp.port),
             str(self.work / "floor.db")],
            env=self.env, capture_output=True, text=True, timeout=self.args.timeout)
        if proc.returncode != 0:
            raise SystemExit(f"floor worker failed: {proc.stderr[-2000:]}")
        found = re.search(r"floor starting ([\d.]+)", proc.stdout)
        if found is None:
            raise SystemExit(f"floor worker said nothing: {proc.stdout[-500:]}")
        started = float(found.group(1))
        self.handler.wait_until(lambda r: len(r) - before >= n, timeout=30)
        received = self.handler.snapshot()[before:]
        last = max((r.wall for r in received), default=started)
        return {"messages": n, "received": len(received), "seconds": last - started,
                "rate": n / (last - started) if last > started else float("nan")}

    # -- phase 2: latency while idle -----------------------------------------------------

    def latency(self) -> dict[str, Any]:
        m = self.args.latency_samples
        acked = {r.in_reply_to for r in self.handler.snapshot() if STAFF not in r.rcpt_tos}
        pool = sorted({self.origin[i].name: self.origin[i] for i in acked
                       if i in self.origin}.values(), key=lambda s: s.name)
        if not pool:  # nothing was acknowledged in the drain: fall back to the manifests
            pool = [s for s in self.sources if s.route == ("ticket",)]
        rng = random.Random(self.args.seed)
        prefix, profile_out = self._profiler("idle")
        w = self.worker(name="idle", prefix=prefix)
        w.start()
        deadline = time.monotonic() + 60
        while not any("worker starting" in e[3] for e in w.log_events()):
            if time.monotonic() > deadline or w.proc is None or w.proc.poll() is not None:
                raise SystemExit(f"idle worker did not start; see {w.log}")
            time.sleep(0.05)
        time.sleep(self.args.settle)  # its first (empty) round is done: it idles in IDLE
        samples: list[dict[str, Any]] = []
        try:
            with self.account.connect() as client:
                for i in range(m):
                    src = pool[i % len(pool)]
                    mid = self.new_id("idle", i)
                    self.origin[mid] = src
                    raw = restamp(src.raw, mid)
                    t0, w0 = time.monotonic(), time.time()
                    client.append("INBOX", raw)
                    samples.append({"id": mid, "src": src.name, "t0": t0, "wall0": w0,
                                    "t1": time.monotonic()})
                    time.sleep(rng.uniform(self.args.gap_min, self.args.gap_max))
            ids = {s["id"] for s in samples}
            deadline = time.monotonic() + self.args.ack_timeout
            while time.monotonic() < deadline and w.proc is not None and w.proc.poll() is None:
                if self.handler.wait_until(
                        lambda r: ids <= {x.in_reply_to for x in r if STAFF not in x.rcpt_tos},
                        timeout=0.5):
                    break
        finally:
            w.stop()
        first_ack: dict[str, Received] = {}
        for r in self.handler.snapshot():
            if r.in_reply_to in ids and STAFF not in r.rcpt_tos:
                first_ack.setdefault(r.in_reply_to, r)
        breakdown = self._breakdown(ids)
        prev_ack = float("-inf")
        lat_all, lat_idle, missing = [], [], []
        for s in samples:
            ack = first_ack.get(s["id"])
            if ack is None:
                missing.append(s["src"])
                prev_ack = float("inf")
                continue
            s["latency"] = ack.mono - s["t0"]
            lat_all.append(s["latency"])
            if prev_ack < s["t0"]:  # the previous mail was answered: the worker was idle
                lat_idle.append(s["latency"])
            prev_ack = ack.mono
            b = breakdown.get(s["id"])
            if b:
                s.update({k: v - s["wall0"] if v is not None else None for k, v in b.items()})
        stages = {k: [s[k] for s in samples if s.get(k) is not None]
                  for k in ("stored", "committed", "sent")}
        crashed = w.returncode not in (0, None, -signal.SIGTERM)
        return {"samples": samples, "all": lat_all, "idle": lat_idle, "missing": missing,
                "crashed": (w.returncode, last_error(w.log)) if crashed else None,
                "stages": stages, "peak_mb": w.peak_mb, "pool": len(pool), "log": str(w.log),
                "profile": profile_out, "profiled": bool(prefix)}

    def _breakdown(self, ids: set[str]) -> dict[str, dict[str, float | None]]:
        """Per Message-ID: wall times stored (fetched), ack committed, ack accepted by SMTP."""
        rows = db_rows(
            self.db,
            "SELECT m.message_id, m.received_at, o.created_at, o.sent_at FROM messages m "
            "JOIN tickets t ON t.message_id = m.message_id "
            "JOIN outbox o ON o.ticket_id = t.id AND o.kind IN (?, ?) "
            "WHERE m.message_id LIKE ?",
            (*ACK_KINDS, f"<bench-{self.run_id}-idle-%"),
        )
        return {mid: {"stored": db_time(a), "committed": db_time(b), "sent": db_time(c)}
                for mid, a, b, c in rows if mid in ids}


# -- main ---------------------------------------------------------------------------------------


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--messages", type=int, default=1000, help="backlog size (default 1000)")
    p.add_argument("--latency-samples", type=int, default=50,
                   help="messages appended one at a time while the worker idles (default 50)")
    p.add_argument("--gap-min", type=float, default=0.3, help="min seconds between appends")
    p.add_argument("--gap-max", type=float, default=1.0, help="max seconds between appends")
    p.add_argument("--keep", action="store_true",
                   help="keep the temp dirs (Dovecot's, and the work dir: config, store, logs)")
    p.add_argument("--profile", choices=("py-spy", "cprofile"),
                   help="profile the drain run (slows it: its figures are not the benchmark's)")
    p.add_argument("--corpus", type=Path, default=CORPUS, help=f"default {CORPUS}")
    p.add_argument("--timeout", type=float, default=900.0, help="max seconds for one drain run")
    p.add_argument("--max-reruns", type=int, default=20,
                   help="extra `run --once` runs allowed while the outbox still has mail")
    p.add_argument("--settle", type=float, default=2.0,
                   help="seconds after the idle worker starts before the first APPEND")
    p.add_argument("--ack-timeout", type=float, default=30.0,
                   help="seconds to wait for the last acknowledgement of the latency phase")
    p.add_argument("--seed", type=int, default=1, help="seed of the APPEND spacing")
    p.add_argument("--exclude", default="",
                   help="comma-separated corpus files to leave out, e.g. dev/d031.eml")
    p.add_argument("--worker-cmd", default="",
                   help="command run instead of privacy-bot (it gets `run --config ...`), "
                        "e.g. a wrapper for experiments; default: the venv's privacy-bot")
    p.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    p.add_argument("--store", choices=("sqlite", "postgresql"), default="sqlite",
                   help="postgresql: after the SQLite drain, drain a second backlog with "
                        "--workers long-running workers on a throwaway PostgreSQL")
    p.add_argument("--workers", type=int, default=1,
                   help="workers of the --store postgresql drain (default 1)")
    p.add_argument("--no-floor", action="store_true",
                   help="skip the floor worker (bench/floor_worker.py) run and its ratio")
    args = p.parse_args(argv)
    if (args.messages < 1 or args.latency_samples < 0 or args.gap_min > args.gap_max
            or args.workers < 1):
        p.error("need --messages ≥ 1, --latency-samples ≥ 0, --gap-min ≤ --gap-max, "
                "--workers ≥ 1")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    binary = find_dovecot()
    if binary is None:
        print(INSTALL_HINT, file=sys.stderr)
        return 2
    sources = load_corpus(args.corpus)
    excluded = {x.strip() for x in args.exclude.split(",") if x.strip()}
    unknown = excluded - {s.name for s in sources}
    if unknown:
        print(f"--exclude: not in the corpus: {sorted(unknown)}", file=sys.stderr)
        return 2
    sources = [s for s in sources if s.name not in excluded]
    pg_bindir = find_postgres() if args.store == "postgresql" else None
    if args.store == "postgresql" and pg_bindir is None:
        print(POSTGRES_HINT, file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix="bench-drain-"))
    postgres = PostgresServer(pg_bindir) if pg_bindir is not None else None
    dovecot = DovecotServer(binary)
    smtp = SmtpServer()
    handler = StampingHandler()
    smtp.handler = handler
    bench: Bench | None = None
    try:
        dovecot.start()
        smtp.start()
        account = DovecotAccount(dovecot, dovecot.user, dovecot.password)
        env = {k: v for k, v in os.environ.items() if k not in ("JOURNAL_STREAM", "NOTIFY_SOCKET",
                                                                "WATCHDOG_USEC")}
        env["BENCH_IMAP_PASSWORD"] = account.password
        config = write_config(work, account, smtp)
        bench = Bench(args, work, account, smtp, handler, config, env, sources)
        print(f"bench_drain: Dovecot 127.0.0.1:{account.port}, aiosmtpd 127.0.0.1:{smtp.port}, "
              f"work dir {work}")
        command = args.worker_cmd or " ".join(privacy_bot_command())
        print(f"  worker: {command} run --config bot.toml [--once] "
              f"(subprocess); CPUs: {os.cpu_count()}")
        startup = bench.startup()
        print(f"  worker start-up (empty mailbox, `run --once` spawn → exit): {startup:.2f} s")

        print("\n== drain ==")
        d = bench.drain()
        report_drain(d)
        if d.get("profile"):
            print(f"\n== profile of the drain run ({args.profile}: {d['profile']}) ==")
            if args.profile == "py-spy" and d["profile"].exists():
                summarise_pyspy(d["profile"], d["messages"], PYSPY_RATE)
            else:
                import pstats
                st = pstats.Stats(str(d["profile"]))
                st.sort_stats("cumulative").print_stats(30)

        crew: dict[str, Any] | None = None
        if postgres is not None:
            print(f"\n== drain with {args.workers} worker(s) on PostgreSQL ==")
            postgres.start()
            crew = bench.drain_workers(postgres.url(postgres.create_database()), args.workers)
            report_workers(crew, d["rate"])

        floor: dict[str, Any] | None = None
        if not args.no_floor:
            print("\n== floor worker (bench/floor_worker.py: fetch, store, parse, keyword rule, "
                  "commit, send, move) ==")
            floor = bench.floor()
            print(f"  {floor['messages']} messages, {floor['received']} acknowledgements "
                  f"received in {floor['seconds']:.2f} s → {floor['rate']:.1f} messages/s")
            print(f"  product / floor: {d['rate'] / floor['rate']:.2f}")

        lat: dict[str, Any] | None = None
        if args.latency_samples and d["failed_runs"]:
            print("\n== latency while idle: skipped (the drain's worker crashed; a worker started "
                  "now would meet the same mail) ==")
        elif args.latency_samples:
            print("\n== latency while idle ==")
            lat = bench.latency()
            report_latency(lat, args)
            if lat.get("profile") and lat["profile"].exists():
                print(f"\n== profile of the idle worker ({args.profile}: {lat['profile']}) ==")
                if args.profile == "py-spy":
                    summarise_pyspy(lat["profile"], max(1, len(lat["samples"])), PYSPY_RATE)
                else:
                    import pstats
                    pstats.Stats(str(lat["profile"])).sort_stats("cumulative").print_stats(30)

        print("\n== summary ==")
        rate_ok = d["rate"] >= TARGET_RATE and not d["profiled"]
        print(f"  [{verdict(rate_ok)}] drain: {d['rate']:.0f} messages/s "
              f"(target ≥ {TARGET_RATE:.0f}){'  [profiled run]' if d['profiled'] else ''}")
        if floor is not None:
            ratio = d["rate"] / floor["rate"]
            print(f"  [{verdict(ratio >= TARGET_FLOOR_RATIO)}] drain / floor worker: "
                  f"{ratio:.2f} ({d['rate']:.0f} / {floor['rate']:.0f} messages/s; target ≥ "
                  f"{TARGET_FLOOR_RATIO})")
        if lat is not None and lat["all"]:
            p95 = pct(lat["all"], 0.95)
            ok = p95 <= TARGET_P95 and not lat["missing"] and not lat["profiled"]
            print(f"  [{verdict(ok)}] latency p95: {p95:.2f} s (target ≤ {TARGET_P95:.1f} s)"
                  f"{'  [profiled run]' if lat['profiled'] else ''}")
        if crew is not None:
            print(f"  [info] PostgreSQL, {crew['workers']} worker(s): {crew['rate']:.1f} "
                  f"messages/s beside SQLite, 1 worker: {d['rate']:.1f}")
        peak = max([d["peak_mb"]] + ([lat["peak_mb"]] if lat else []))
        print(f"  [{verdict(peak <= TARGET_RSS_MB)}] peak RSS of the worker: {peak:.0f} MB "
              f"(target ≤ {TARGET_RSS_MB:.0f} MB)")
        if args.json:
            out = {"drain": {k: v for k, v in d.items() if k != "per_msg_ms"}, "floor": floor,
                   "workers": crew,
                   "latency": None if lat is None else {
                       k: lat[k] for k in ("all", "idle", "missing", "peak_mb")}}
            args.json.write_text(json.dumps(out, indent=2, default=str))
        return 0 if drain_complete(d) and (crew is None or not crew["failed"]) else 1
    finally:
        if bench is not None:
            for w in bench.workers:
                w.stop()
        smtp.stop()
        if postgres is not None:
            postgres.cleanup()
        if args.keep:
            dovecot.stop()
            print(f"\nkept: {work} (bot.toml, bot.db, *.log) and {dovecot.directory} (Dovecot)")
        else:
            dovecot.cleanup()
            shutil.rmtree(work, ignore_errors=True)


def drain_complete(d: dict[str, Any]) -> bool:
    """Every message archived, every outbox mail sent and received, no worker crash."""
    return (d["inbox_left"] == 0 and d["outbox"].get("pending", 0) == 0 and not d["failed_runs"]
            and d["received"] == d["outbox"].get("sent", 0))


def report_drain(d: dict[str, Any]) -> None:
    states = ", ".join(f"{st}/{oc}: {c}" for st, oc, c in d["states"])
    print(f"  messages: {states}")
    print(f"  outbox: {d['outbox']}; mails received by aiosmtpd: {d['received']}; "
          f"left in INBOX: {d['inbox_left']}")
    for log, code, error in d["failed_runs"]:
        print(f"  !! worker exited with status {code}: {error or '(see log)'} — {log}")
    errors = Counter(re.sub(r"message #\d+ |\(attempt \d+\)", "", t)[:150] for t in d["errors"])
    for text, count in errors.most_common(4):
        print(f"  !! worker logged {count}×: {text}")
    quarantined = sum(c for st, _oc, c in d["states"] if st == "quarantined" or _oc == "quarantine")
    if quarantined:
        print(f"  !! {quarantined} message(s) quarantined: that part of the figures is not the "
              "normal path (see the errors above)")
    if d["runs"] > 1:
        print(f"  !! `run --once` exited with {d['first_run_left_pending']} mail(s) still unsent; "
              f"{d['runs'] - 1} more `run --once` needed to send them (counted in the time)")
    print(f"  complete: {'yes' if drain_complete(d) else 'NO'}")
    print(f"  start-up inside the run (spawn → 'worker starting'): {d['startup_in_run_s']:.2f} s")
    print(f"  fetch → last mail received: {d['fetch_to_last_ack_s']:.2f} s → "
          f"{d['rate']:.1f} messages/s")
    print(f"  spawn → last mail received: {d['spawn_to_last_ack_s']:.2f} s → "
          f"{d['rate_with_startup']:.1f} messages/s (start-up included); last worker exit at "
          f"{d['worker_exit_s']:.2f} s")
    if d["per_msg_ms"]:
        ms = d["per_msg_ms"]
        print(f"  per message, store read → commit (worker log): median {statistics.median(ms):.0f}"
              f" ms, p95 {pct(ms, 0.95):.0f} ms, max {max(ms)} ms")
    print(f"  peak RSS of the worker: {d['peak_mb']:.0f} MB"
          f"{' (profiled run)' if d['profiled'] else ''}")


def report_workers(w: dict[str, Any], sqlite_rate: float) -> None:
    """Print the several-workers drain beside the single-worker SQLite figure of this run."""
    print(f"  {w['messages']} messages, {w['received']} mails received ({w['sent']} sent) in "
          f"{w['seconds']:.2f} s → {w['rate']:.1f} messages/s with {w['workers']} worker(s) on "
          f"PostgreSQL; SQLite, 1 worker, this run: {sqlite_rate:.1f} messages/s "
          f"(ratio {w['rate'] / sqlite_rate:.2f})")
    print("  processed per worker: " + ", ".join(f"{k} {v}" for k, v in w["per_worker"].items()))
    print(f"  peak RSS of a worker: {w['peak_mb']:.0f} MB")
    for log, code in w["failed"]:
        print(f"  !! worker exited with status {code}: {log}")
    print(f"  note: {os.cpu_count()} CPU(s) shared with Dovecot, aiosmtpd, PostgreSQL and this "
          "script: each worker is CPU-bound (parse, classify, render; ~1 core each), so "
          "workers beyond the free cores take turns rather than add throughput; the "
          "throwaway PostgreSQL runs without fsync (tests/servers.py), SQLite syncs each "
          "commit")


def report_latency(lat: dict[str, Any], args: argparse.Namespace) -> None:
    print(f"  {len(lat['samples'])} APPENDs {args.gap_min}–{args.gap_max} s apart, cycling "
          f"{lat['pool']} corpus files that were acknowledged in the drain")
    if lat["crashed"]:
        print(f"  !! the idle worker died (status {lat['crashed'][0]}): {lat['crashed'][1]}")
    if lat["missing"]:
        print(f"  !! {len(lat['missing'])} without an acknowledgement within "
              f"{args.ack_timeout:.0f} s: {sorted(set(lat['missing']))[:5]}")
    for name, values in (("all", lat["all"]), ("worker idle at APPEND", lat["idle"])):
        if values:
            print(f"  APPEND → ack received ({name}, n={len(values)}): p50 {pct(values, .5):.3f} s"
                  f", p95 {pct(values, .95):.3f} s, max {max(values):.3f} s")
    st = lat["stages"]
    if st["stored"]:
        print("  breakdown (medians from APPEND, store timestamps): "
              f"fetched+stored {pct(st['stored'], .5):.3f} s, ack committed "
              f"{pct(st['committed'], .5):.3f} s, ack accepted by SMTP {pct(st['sent'], .5):.3f} s")
    print(f"  peak RSS of the idle worker: {lat['peak_mb']:.0f} MB")


if __name__ == "__main__":
    sys.exit(main())
