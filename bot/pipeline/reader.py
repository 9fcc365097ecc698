"""Where the pure stages run: in this process, or in a child process under a budget.

:func:`read` (parse, screen, classify and decide, no store) is the only part of the
pipeline whose cost depends on what a stranger sends. Each of its steps is capped (header
fields, MIME parts, HTML and text read: see :mod:`bot.intake.parse`), and on top of that
:class:`ChildReader` runs it in a separate process with a budget per message (issue 16):

- **CPU time** (``bot.read_cpu_seconds``, seconds of user + system time of the child, so a
  busy machine does not make a message "too expensive"), and
- **memory** (``bot.read_memory_mb``, the child's resident set, sampled every
  :data:`POLL_SECONDS`; its address space is also capped at twice that as a hard stop).

A message over either is answered with :class:`~bot.errors.TooExpensiveError` at once: the
child is killed, the worker quarantines the message ("too expensive to read") and alerts
staff, and the next message is read by a fresh child. The worker process itself never holds
a message's parsed tree or the classifier's models, so its memory stays flat whatever
arrives. The child loads the models once, while the worker connects to the mailbox.

While the worker commits one message, the child already reads the next
(:meth:`ChildReader.read_ahead`): reading and committing overlap on two cores. Nothing is
decided ahead: the answer waits in the pipe until the worker has counted that message's
attempt and asks for it, and one the worker no longer wants is dropped.

:class:`InProcessReader` runs the same stages in the calling process (``process
--dry-run``, ``bot.read_in_child = false``, and tests of the pipeline's logic).
"""

from __future__ import annotations

import contextlib
import logging
import resource
import signal
import socket
import subprocess
import sys
import time
import traceback
import weakref
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any, Protocol

from bot.config import Config
from bot.errors import BadInputError, TooExpensiveError, TransientError
from bot.intake.message import InboundMessage
from bot.intake.parse import parse_message
from bot.intake.screen import ScreenResult, screen
from bot.pipeline.decide import Decision, decide
from classifiers import classify
from classifiers.types import Classification

log = logging.getLogger(__name__)

#: How often the budget is checked while a message is read (seconds).
POLL_SECONDS = 0.01
#: A child that neither answers nor uses CPU for this long (seconds) is taken as hung.
HUNG_SECONDS = 120.0
#: How long a new child may take to import and load its models (seconds).
START_SECONDS = 300.0


@dataclass(frozen=True)
class Reading:
    """The pure stages' result for one raw message (what ``process --dry-run`` prints)."""

    message: InboundMessage
    screen: ScreenResult
    classification: Classification | None
    decision: Decision


def read(raw: bytes, config: Config) -> Reading:
    """Parse, screen, classify and decide, without a store (threading is not looked up).

    Raises BadInputError for mail the parser refuses (too large, nested too deep); any other
    exception is a bug in a stage and is quarantined by the caller.
    """
    message = parse_message(raw, max_bytes=config.bot.max_message_bytes)
    screened = screen(message, config.all_own_addresses())
    classification = None if screened.machine else classify(message)
    return Reading(message, screened, classification, decide(message, screened, classification))


class Reader(Protocol):
    """Runs the pure stages for one raw message (see :func:`read`)."""

    def warm_up(self) -> None:
        """Load what the first message needs (models), so it is not slow."""

    def read(self, raw: bytes) -> Reading:
        """The :class:`Reading` of ``raw``. Raises BadInputError
        (including TooExpensiveError) for mail that cannot be read."""

    def read_ahead(self, raw: bytes) -> None:
        """Start reading ``raw`` now if that can overlap the caller's work (the next
        :meth:`read` of the same bytes then only waits for the answer); never raises."""

    def close(self) -> None:
        """Release what :meth:`warm_up` or :meth:`read` started."""


class InProcessReader:
    """The stages in the calling process: no budget beyond the per-step caps."""

    def __init__(self, config: Config) -> None:
        self.config = config

    def warm_up(self) -> None:
        """Load the language-ID and classifier models (~1 s, once per process)."""
        _warm_up()

    def read(self, raw: bytes) -> Reading:
        """:func:`read` of ``raw`` with this config."""
        return read(raw, self.config)

    def read_ahead(self, raw: bytes) -> None:
        """Nothing: in one process there is nothing to overlap."""

    def close(self) -> None:
        """Nothing to release."""


class ChildReader:
    """The stages in one long-lived child process, with a budget per message.

    ``cpu_seconds``: CPU seconds one message may use (float); ``memory_bytes``: the child's
    largest resident set while reading (bytes). :attr:`peak_rss` is the child's peak resident
    set in bytes as it last reported it (0 before the first message); :attr:`last_cpu` the
    CPU seconds the last message took.
    """

    def __init__(self, config: Config, *, cpu_seconds: float, memory_bytes: int) -> None:
        self.config = config
        self.cpu_seconds = cpu_seconds
        self.memory_bytes = memory_bytes
        self.peak_rss = 0
        self.last_cpu = 0.0
        self._process: subprocess.Popen[bytes] | None = None
        self._conn: Connection | None = None
        self._finalizer: weakref.finalize[Any, Any] | None = None
        self._watched: Any = None  # psutil.Process of the child
        self._ready = False
        #: the message sent ahead (:meth:`read_ahead`) and the child's CPU seconds then
        self._ahead: tuple[bytes, float] | None = None

    # -- the child's life ---------------------------------------------------------------

    def warm_up(self) -> None:
        """Start the child (it loads the models at once); returns without waiting for it."""
        self._start()

    def _start(self) -> tuple[subprocess.Popen[bytes], Connection]:
        if self._process is not None and self._conn is not None and \
                self._process.poll() is None:
            return self._process, self._conn
        self._stop()
        # A new interpreter (not fork: no inherited threads, locks or connections; not
        # multiprocessing's spawn, which re-runs the caller's main script), talking over a
        # socket pair in multiprocessing's framing.
        ours, theirs = socket.socketpair()
        with ours, theirs:
            process = subprocess.Popen(
                [sys.executable, "-c",
                 f"import bot.pipeline.reader as r; r.child({theirs.fileno()})"],
                pass_fds=(theirs.fileno(),), stdin=subprocess.DEVNULL)
            conn = Connection(ours.detach())
        conn.send((self.config, 2 * self.memory_bytes))
        self._process, self._conn, self._ready = process, conn, False
        # ended with this object at the latest, even if nobody calls close()
        self._finalizer = weakref.finalize(self, _end, process, conn)
        log.debug("reader process %s started", process.pid)
        return process, conn

    def _wait_ready(self, process: subprocess.Popen[bytes], conn: Connection) -> None:
        if self._ready:
            return
        deadline = time.monotonic() + START_SECONDS
        while not conn.poll(POLL_SECONDS * 10):
            if process.poll() is not None or time.monotonic() > deadline:
                code = process.returncode
                self._stop()
                raise TransientError(f"the reader process did not start (exit code {code})")
        try:
            conn.recv()
        except (EOFError, OSError) as exc:
            self._stop()
            raise TransientError(f"the reader process did not start ({exc})") from exc
        self._ready = True

    def close(self) -> None:
        """Stop the child (it is started again by the next :meth:`read`)."""
        self._stop()

    def _stop(self) -> None:
        if self._finalizer is not None:
            self._finalizer()  # _end(process, conn), once
        self._process = self._conn = self._finalizer = None
        self._ready = False
        self._ahead = None

    # -- one message --------------------------------------------------------------------

    def read(self, raw: bytes) -> Reading:
        """The Reading of ``raw``, read in the child (already under way when
        :meth:`read_ahead` sent these bytes).

        Raises TooExpensiveError (a BadInputError) when the message takes more than
        ``cpu_seconds`` of CPU or ``memory_bytes`` of memory, or kills the child; the
        BadInputError the parser raised; TransientError when the child was stopped from
        outside (SIGTERM/SIGINT: the service is stopping) or could not start; RuntimeError
        for a bug in a stage (its type, message and the child's traceback)."""
        ahead, self._ahead = self._ahead, None
        if ahead is not None and ahead[0] != raw:
            self._discard_answer(ahead[1])  # the caller went another way
            ahead = None
        used = ahead[1] if ahead is not None else self._send(raw)
        return self._collect(used)

    def read_ahead(self, raw: bytes) -> None:
        """Send ``raw`` to the child now, while the caller commits the message before it:
        reading (one core) and committing (the other) overlap. Only when the child is up
        and idle; the budget still holds (its CPU is counted from here, its memory peak is
        checked on the answer, and :meth:`read` watches the rest)."""
        if self._ahead is not None or not self._ready or self._process is None or \
                self._process.poll() is not None:
            return
        with contextlib.suppress(TransientError):
            self._ahead = (raw, self._send(raw))

    def _send(self, raw: bytes) -> float:
        """Send ``raw`` to the child (started if needed); return its CPU seconds before."""
        import psutil

        process, conn = self._start()
        self._wait_ready(process, conn)
        if self._watched is None or self._watched.pid != process.pid:
            self._watched = psutil.Process(process.pid)  # once per child, not per message
        used = _cpu(self._watched)
        try:
            conn.send_bytes(raw)
        except OSError as exc:  # it died since the last message
            self._stop()
            raise TransientError(f"the reader process ended ({exc})") from exc
        return used

    def _discard_answer(self, used: float) -> None:
        """Wait for the answer to a message sent ahead and not read after all; drop it."""
        with contextlib.suppress(BadInputError, TransientError, RuntimeError):
            self._collect(used)

    def _collect(self, used: float) -> Reading:
        """Watch the child's budget until it answers the message sent at CPU ``used``."""
        import psutil

        process, conn, watched = self._process, self._conn, self._watched
        if process is None or conn is None:
            raise TransientError("the reader process ended")
        last_cpu, last_change = used, time.monotonic()
        while not conn.poll(POLL_SECONDS):
            try:
                cpu, rss = _cpu(watched), watched.memory_info().rss
            except psutil.Error:
                break  # it ended: the pipe says how
            if cpu - used > self.cpu_seconds:
                raise self._too_expensive(f"over {self.cpu_seconds:g} s of CPU time")
            if rss > self.memory_bytes:
                raise self._too_expensive(f"over {self.memory_bytes // 2**20} MB of memory")
            if cpu != last_cpu:
                last_cpu, last_change = cpu, time.monotonic()
            elif time.monotonic() - last_change > HUNG_SECONDS:
                self._stop()
                raise TransientError(f"the reader process hung ({HUNG_SECONDS:g} s idle)")
        try:
            return self._answer(process, conn)
        finally:
            with contextlib.suppress(psutil.Error):
                self.last_cpu = _cpu(watched) - used

    def _answer(self, process: subprocess.Popen[bytes], conn: Connection) -> Reading:
        try:
            kind, value, peak_kib = conn.recv()
        except (EOFError, OSError) as exc:
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(timeout=10)
            code = process.returncode
            self._stop()
            if code in (-signal.SIGTERM, -signal.SIGINT, -signal.SIGHUP):
                raise TransientError(
                    f"the reader process was stopped (signal {-code})") from exc
            if code == -signal.SIGKILL:  # not ours (we stop it first): the OOM killer
                raise self._too_expensive(f"the reader process was killed (exit code {code}, "
                                          "out of memory?)") from exc
            raise RuntimeError(f"the reader process died (exit code {code})") from exc
        self.peak_rss = peak_kib * 1024
        if self.peak_rss > self.memory_bytes:
            # a peak between two samples, whatever the answer: this message caused it (the
            # high-water mark never falls, so the child must go before the next one)
            raise self._too_expensive(f"over {self.memory_bytes // 2**20} MB of memory")
        if kind == "ok" and isinstance(value, Reading):
            return value
        if kind == "bad":
            raise BadInputError(value)
        if kind == "memory":  # a MemoryError may leave the child in any state
            raise self._too_expensive(
                f"over {2 * self.memory_bytes // 2**20} MB of address space")
        raise RuntimeError(value)

    def _too_expensive(self, why: str) -> TooExpensiveError:
        """Stop the child (a fresh one reads the next message) and return the error to raise
        for the message in hand."""
        self._stop()
        return TooExpensiveError(f"too expensive to read: {why}")


def _end(process: subprocess.Popen[bytes], conn: Connection) -> None:
    """Close the connection and kill the child if it still runs; wait for it (10 s)."""
    conn.close()
    if process.poll() is None:
        process.kill()
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(timeout=10)


def _cpu(process: Any) -> float:
    """User + system CPU seconds of a psutil.Process."""
    times = process.cpu_times()
    return float(times.user + times.system)


def _warm_up() -> None:
    from classifiers import language

    language.load()  # before spaCy is imported: lower peak memory (see its docstring)
    classify(InboundMessage(message_id="<warm-up@localhost>", from_name="", subject="",
                            from_addr="warm-up@example.org", text="Please delete my data."))


def _serve(conn: Connection) -> None:
    """The child: receive the config and its address-space allowance (bytes), load the
    models, say "ready", then answer each raw message with
    ``(kind, value, peak resident set in KiB)``: ``ok`` and the Reading, ``bad`` and the
    parser's reason, ``memory`` (a MemoryError), or ``error`` and a stage's traceback."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C stops the worker, which stops us
    config, address_space = conn.recv()
    _warm_up()
    _cap_address_space(address_space)
    conn.send(("ready", None, _peak_kib()))
    while True:
        try:
            raw = conn.recv_bytes()
        except (EOFError, OSError):
            return  # the worker closed the pipe
        try:
            answer: tuple[str, Any] = ("ok", read(raw, config))
        except BadInputError as exc:
            answer = ("bad", str(exc))
        except MemoryError:
            answer = ("memory", "")
        except Exception as exc:  # noqa: BLE001 - the worker decides (attempts, quarantine)
            answer = ("error", f"{type(exc).__name__}: {exc}\n{traceback.format_exc()}")
        peak = _peak_kib()
        try:
            conn.send((*answer, peak))
        except OSError:
            return  # the worker is gone (killed): nobody to answer, nothing to report
        except MemoryError:
            conn.send(("memory", "", peak))
        except Exception as exc:  # noqa: BLE001 - e.g. an unpicklable value
            conn.send(("error", f"the reading could not be sent: {type(exc).__name__}: {exc}",
                       peak))


def child(fd: int) -> None:
    """The child process's entry (``python -c``, see :meth:`ChildReader._start`): serve the
    connection on file descriptor ``fd``; warnings go to stderr (the service's journal)."""
    logging.basicConfig(level=logging.WARNING,
                        format="reader: %(levelname)s %(name)s: %(message)s")
    _serve(Connection(fd))


def _cap_address_space(allowance: int) -> None:
    """Cap this process's address space at its size now plus ``allowance`` bytes: the hard
    stop behind the sampled memory budget. Skipped where setrlimit is not allowed (the
    shipped systemd unit filters the @resources system calls: there the budget rests on the
    samples and on the reader's exit code)."""
    current = _address_space()
    if not current:
        return
    try:
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        limit = current + allowance
        resource.setrlimit(resource.RLIMIT_AS, (
            limit if hard == resource.RLIM_INFINITY else min(limit, hard), hard))
    except (OSError, ValueError) as exc:
        log.warning("reader: address space not capped (%s); the sampled budget applies", exc)


def _peak_kib() -> int:
    """This process's peak resident set in KiB since it started its program: ``VmHWM``
    (proc(5)). Not ``ru_maxrss``: across fork and exec Linux keeps the larger of it and the
    parent's resident set at the fork, so a worker that had just read a large mail gave
    its reader 330 MiB "used" before the reader read anything."""
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _address_space() -> int:
    """This process's virtual memory size in bytes (0 if unknown)."""
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[0]) * resource.getpagesize()
    except (OSError, ValueError, IndexError):
        return 0


def make_reader(config: Config) -> Reader:
    """The reader the config asks for: :class:`ChildReader` with the ``bot.read_*`` budget,
    or :class:`InProcessReader` when ``bot.read_in_child`` is false."""
    b = config.bot
    if not b.read_in_child:
        return InProcessReader(config)
    return ChildReader(config, cpu_seconds=b.read_cpu_seconds,
                       memory_bytes=b.read_memory_mb * 2**20)


__all__ = ["ChildReader", "InProcessReader", "Reader", "Reading", "make_reader", "read"]

