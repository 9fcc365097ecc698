#!/usr/bin/env python3
"""Kill/restart soak of the worker against its own throwaway Dovecot and aiosmtpd (issue 5).

Usage::

    .venv/bin/python bench/soak.py ROUNDS [--copies N] [--seed S] [--corpus DIR]

The corpus (../shared/corpus, 225 mails) is delivered ``--copies`` times (default 2), each copy
with a fresh Message-ID, in ROUNDS waves. Each round delivers its wave, then runs a worker
subprocess that is killed once: alternately at a named crash point between two stages
(``PRIVACY_BOT_CRASH_AT``, point and pass drawn at random) and by SIGKILL after a random
number of settled messages. A fresh worker then recovers and drains. Every 5th round Dovecot
itself is killed (its whole process group) while the recovering worker runs; every 7th round
the SMTP server is down during the killed run.

At the end everything is checked against a fault-free run of the same bytes (see
tests/test_faults.py ``verify``) and the script prints: messages, kills, losses (must be 0),
duplicate acknowledgements (a mail the SMTP server accepted whose "sent" was not yet
committed when the worker died: resent with the same Message-ID), and the time to recover
after each kill (seconds from the kill until the next worker settled another message, or
finished when nothing was left to settle). Exit status 0 when nothing was lost.

Several workers on PostgreSQL ("Past one machine")::

    .venv/bin/python bench/soak.py [WAVES] --store postgresql --workers 3 [--copies 5]
                                   [--kills 36] [--pg-restarts 2] [--seed S]

starts a throwaway PostgreSQL (tests/servers.py ``PostgresServer``, run as the ``postgres``
user when this runs as root) beside Dovecot and aiosmtpd, and ``--workers`` long-running
``privacy-bot run --worker wN`` subprocesses on one database and one mailbox (a soak over two
``[[mailbox]]`` entries is still to be written). The mail is staged in a folder of its own and moved
into INBOX in WAVES waves (default 20) as the workers drain it. While they work, a worker
drawn at random is SIGKILLed ``--kills`` times (at random points of the drain, each restarted
at once under its own name), and the PostgreSQL server is stopped (fast shutdown) and started
again ``--pg-restarts`` times. A worker that exits by itself (e.g. status 1, "try again
later", when it starts while the server is down) is restarted as systemd would. Once every
message is archived and every mail sent, the workers are stopped (SIGTERM) and the same
``verify`` as above runs; it also checks one ticket per request and that no ticket reference
was issued twice. Prints messages, kills, PostgreSQL restarts, losses, tickets and distinct
references, duplicate acknowledgements (same Message-ID sent twice) against the send/commit
windows the faults opened, and the wall time. Exit status 1 on a loss, a duplicate reference
or any other broken promise.
"""

from __future__ import annotations

import argparse
import random
import shutil
import signal
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

ROOT = Path(__file__).resolve().parents[1]
#: Crash points passed once per message or per outbox mail (the others once per round).
PER_ITEM = ("before-process", "after-commit", "after-send")
sys.path.insert(0, str(ROOT))

from bot.errors import TransientError  # noqa: E402
from bot.service.faults import CRASH_POINTS, CRASH_STATUS  # noqa: E402
from bot.store import Message, Outbox  # noqa: E402
from tests.servers import (  # noqa: E402
    POSTGRES_HINT,
    DovecotAccount,
    DovecotServer,
    PostgresServer,
    SmtpServer,
    find_dovecot,
    find_postgres,
)
from tests.test_faults import (  # noqa: E402
    RUN_TIMEOUT,
    FaultRig,
    Kill,
    Verdict,
    corpus_files,
    fresh_copies,
    oracle,
    verify,
)


def recover(rig: FaultRig, kill: Kill | None, dovecot: DovecotServer | None) -> None:
    """Run a worker until drained; time its recovery onto ``kill``; kill ``dovecot`` (crash,
    then start again) once the worker is under way, when given."""
    before = rig.settled()
    started = time.monotonic()
    proc = rig.spawn()
    progressed = rig.wait_progress(proc, before)
    if kill is not None:
        kill.recovery = time.monotonic() - started if progressed else None
    if dovecot is not None:
        dovecot.restart()
    status = proc.wait(timeout=RUN_TIMEOUT)
    if kill is not None and not progressed:
        kill.recovery = time.monotonic() - started  # nothing left to settle: drained
    if status != 0:
        raise SystemExit(f"recovering worker exited {status}; see {rig.log_path}")


def soak(rounds: int, copies: int, seed: int, corpus: Path) -> int:
    rng = random.Random(seed)
    files = corpus_files(corpus)
    raws = fresh_copies(files, copies, "soak")
    binary = find_dovecot()
    if binary is None:
        raise SystemExit("Dovecot is not installed: apt-get install dovecot-imapd")
    server = DovecotServer(binary)
    smtp = SmtpServer()
    work = Path(tempfile.mkdtemp(prefix="soak-"))
    started = time.monotonic()
    try:
        server.start()
        smtp.start()
        account = DovecotAccount(server, *server.add_user())
        rig = FaultRig(work, account, smtp)
        fetched: list[bytes] = []
        size = -(-len(raws) // rounds)
        for n in range(rounds):
            wave = raws[n * size : (n + 1) * size]
            if wave:
                account.append_many(wave)
                fetched += account.fetch_all("INBOX")[-len(wave) :]
            smtp_down = n % 7 == 6
            if smtp_down:
                smtp.stop()
            kill, how = None, "sigkill"
            if n % 2 == 0:
                point = rng.choice(CRASH_POINTS)
                # once-a-round points are passed once or twice by a drain; per-message ones
                # once per message or mail
                how = f"{point}:{rng.randint(1, 3 if point in PER_ITEM else 1)}"
                if rig.run(how) == CRASH_STATUS:
                    kill = rig.kills[-1]
            elif rig.kill_busy(rng, most=max(2, len(wave))):
                kill = rig.kills[-1]
            if smtp_down:
                smtp.start()
                rig.release_outbox()
            recover(rig, kill, server if n % 5 == 4 else None)
            took = (f"recovered in {kill.recovery:.2f} s" if kill and kill.recovery is not None
                    else "not reached: the worker finished first")
            print(f"round {n + 1:3d}: {len(wave):3d} new, {how:18s}"
                  f"{' SMTP down,' if smtp_down else ''} {took}", flush=True)
        rig.release_outbox()
        if rig.run() != 0:
            raise SystemExit(f"final worker failed; see {rig.log_path}")
        verdict = verify(rig, fetched, oracle(fetched, work / "oracle"))
    finally:
        smtp.stop()
        server.cleanup()
    print()
    print_verdict(verdict, rig.kills)
    times = [k.recovery for k in rig.kills if k.recovery is not None]
    if times:
        print(f"recovery after kill (s):  min {min(times):.2f}  median "
              f"{statistics.median(times):.2f}  max {max(times):.2f}")
        print("recovery per kill (s):    " + " ".join(f"{t:.2f}" for t in times))
    print(f"wall time:                {time.monotonic() - started:.0f} s")
    shutil.rmtree(work, ignore_errors=True)
    return 0 if verdict.losses == 0 else 1


def print_verdict(verdict: Verdict, kills: list[Kill]) -> None:
    """Print the figures both soaks share: messages, kills by kind, losses, duplicates."""
    kinds: dict[str, int] = {}
    for k in kills:
        kinds[k.how] = kinds.get(k.how, 0) + 1
    print(f"messages:                 {verdict.messages}")
    print(f"kills:                    {verdict.kills}  "
          + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    print(f"losses:                   {verdict.losses}")
    print(f"duplicate mails sent:     {verdict.duplicates}  {verdict.duplicated_ids}")


# -- several workers on PostgreSQL ------------------------------------------------------------

#: The folder the mail waits in until its wave is moved into INBOX (the worker reads INBOX).
STAGING = "Staging"


class Crew:
    """Long-running workers ``privacy-bot run --worker NAME`` over one rig, one per name; a
    killed or exited one is started again under its own name, as systemd would."""

    def __init__(self, rig: FaultRig, names: list[str]) -> None:
        self.rig = rig
        self.procs = {name: rig.spawn(once=False, worker=name) for name in names}
        self.spawned = dict.fromkeys(names, time.monotonic())
        self.exits: list[tuple[str, int]] = []  # (name, status) of exits nobody asked for

    def kill(self, rng: random.Random) -> str:
        """SIGKILL a worker drawn at random, record the kill, start it again; its name."""
        name = rng.choice(sorted(self.procs))
        proc = self.procs[name]
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=30)
            self.rig.kills.append(Kill("sigkill"))
        self._respawn(name)
        return name

    def revive(self) -> None:
        """Start again each worker that exited by itself, at most once a second per name."""
        for name, proc in self.procs.items():
            status = proc.poll()
            if status is not None and time.monotonic() - self.spawned[name] >= 1.0:
                self.exits.append((name, status))
                self._respawn(name)

    def _respawn(self, name: str) -> None:
        self.procs[name] = self.rig.spawn(once=False, worker=name)
        self.spawned[name] = time.monotonic()

    def stop(self) -> None:
        """SIGTERM every worker (the graceful stop) and wait for it; raise if one fails."""
        for proc in self.procs.values():
            proc.send_signal(signal.SIGTERM)
        for name, proc in self.procs.items():
            status = proc.wait(timeout=RUN_TIMEOUT)
            if status != 0:
                raise SystemExit(f"worker {name} exited {status} on SIGTERM; see "
                                 f"{self.rig.log_path}")


class Drained:
    """Whether the store has every message archived and no outbox mail pending; pending mail
    left alone for ``patience`` seconds after the messages are done is made due (its
    backoff, after a failed attempt, could outlast the soak) and counted in ``releases``."""

    def __init__(self, rig: FaultRig, total: int, patience: float = 15.0) -> None:
        self.rig = rig
        self.store = rig.store()
        self.total = total
        self.patience = patience
        self.since: float | None = None
        self.releases = 0

    def __call__(self) -> bool:
        try:
            with self.store.begin(durable=False) as s:
                archived = s.scalar(select(func.count()).select_from(Message)
                                    .where(Message.state == "archived"))
                pending = s.scalar(select(func.count()).select_from(Outbox)
                                   .where(Outbox.status == "pending"))
        except TransientError:  # the server is restarting
            return False
        if archived != self.total:
            return False
        if not pending:
            return True
        self.since = self.since or time.monotonic()
        if time.monotonic() - self.since > self.patience:
            self.releases += 1
            self.rig.release_outbox()
            self.since = None
        return False


@dataclass
class Plan:
    """When, by settled messages, the soak kills a worker and restarts PostgreSQL."""

    kills: list[int]
    restarts: list[int]

    @classmethod
    def draw(cls, rng: random.Random, total: int, kills: int, restarts: int) -> Plan:
        """Kills at random points of the first 95 % of the drain; restarts evenly spaced."""
        return cls(sorted(rng.randint(1, max(1, total * 95 // 100)) for _ in range(kills)),
                   [total * (n + 1) // (restarts + 1) for n in range(restarts)])


def soak_workers(args: argparse.Namespace) -> int:
    """The several-workers soak on PostgreSQL (see the module docstring); exit status."""
    dovecot_binary, pg_bindir = find_dovecot(), find_postgres()
    if dovecot_binary is None or pg_bindir is None:
        raise SystemExit("Dovecot is not installed: apt-get install dovecot-imapd"
                         if dovecot_binary is None else POSTGRES_HINT)
    raws = fresh_copies(corpus_files(args.corpus), args.copies, "soak")
    dovecot, smtp, pg = DovecotServer(dovecot_binary), SmtpServer(), PostgresServer(pg_bindir)
    work = Path(tempfile.mkdtemp(prefix="soak-pg-"))
    started = time.monotonic()
    try:
        dovecot.start()
        smtp.start()
        pg.start()
        account = DovecotAccount(dovecot, *dovecot.add_user())
        rig = FaultRig(work, account, smtp, store_url=pg.url(pg.create_database()))
        staged = account.append_many(raws, folder=STAGING)
        fetched = account.fetch_all(STAGING)  # the bytes as the workers will see them
        print(f"{len(raws)} mails staged; {args.workers} workers on one PostgreSQL store and "
              "one mailbox (INBOX; a soak over two [[mailbox]] entries is still to be written)",
              flush=True)
        restarts, drained = run_crew(args, rig, pg, staged)
        verdict = verify(rig, fetched, oracle(fetched, work / "oracle"))
    except AssertionError as exc:
        print(f"\nFAILED: {exc}\nlogs kept in {work}")
        return 1
    finally:
        smtp.stop()
        dovecot.cleanup()
        pg.cleanup()
    print()
    print_verdict(verdict, rig.kills)
    windows = len(rig.kills) + restarts * args.workers
    print(f"PostgreSQL restarts:      {restarts}")
    print(f"tickets:                  {verdict.tickets}, one per request; distinct references "
          f"{verdict.references} (none issued twice)")
    print(f"duplicates within the send/commit window: {verdict.duplicates} <= {windows} "
          f"(one per kill, one per worker per restart): "
          f"{'yes' if verdict.duplicates <= windows else 'NO'}")
    print(f"outbox backoffs cut short: {drained.releases}")
    print(f"wall time:                {time.monotonic() - started:.0f} s")
    if args.keep:
        print(f"kept: {work} (bot.toml, worker.log)")
    else:
        shutil.rmtree(work, ignore_errors=True)
    return 0 if verdict.losses == 0 and verdict.duplicates <= windows else 1


def run_crew(args: argparse.Namespace, rig: FaultRig, pg: PostgresServer,
             staged: list[int]) -> tuple[int, Drained]:
    """Move the staged mail into INBOX wave by wave while the crew drains it, killing
    workers and restarting PostgreSQL by the plan; stop the crew once drained. Returns the
    number of PostgreSQL restarts and the drain check (for its figures)."""
    rng = random.Random(args.seed)
    total, size = len(staged), -(-len(staged) // args.rounds)
    plan = Plan.draw(rng, total, args.kills, args.pg_restarts)
    crew = Crew(rig, [f"w{n + 1}" for n in range(args.workers)])
    drained = Drained(rig, total)
    delivered = restarts = 0
    deadline = time.monotonic() + args.timeout
    while plan.kills or delivered < total or not drained():
        if time.monotonic() > deadline:
            raise SystemExit(f"not drained within {args.timeout:.0f} s; see {rig.log_path}")
        settled = rig.settled()
        if delivered < total and settled >= delivered - size // 2:
            move_wave(rig.account, staged[delivered : delivered + size])
            delivered += size
        if plan.kills and settled >= plan.kills[0]:
            plan.kills.pop(0)
            time.sleep(rng.uniform(0.0, 0.3))
            print(f"  settled {settled:5d}: killed {crew.kill(rng)}", flush=True)
        if plan.restarts and settled >= plan.restarts[0]:
            plan.restarts.pop(0)
            restart_postgres(pg, rng)
            restarts += 1
            print(f"  settled {settled:5d}: PostgreSQL restarted", flush=True)
        crew.revive()
        time.sleep(0.05)
    crew.stop()
    if crew.exits:
        print(f"  workers that exited by themselves (restarted): {crew.exits}")
    return restarts, drained


def move_wave(account: DovecotAccount, uids: list[int]) -> None:
    """Move the staged ``uids`` into INBOX (the workers' IDLE sees them arrive)."""
    with account.connect() as client:
        client.select_folder(STAGING)
        client.move(uids, "INBOX")


def restart_postgres(pg: PostgresServer, rng: random.Random) -> None:
    """Stop the server (fast shutdown: sessions end, commits kept), leave it down 1-3 s,
    start it again on the same port and data."""
    pg.stop()
    time.sleep(rng.uniform(1.0, 3.0))
    pg.start()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("rounds", type=int, nargs="?", default=20,
                        help="kill/restart rounds (with --workers: delivery waves); default 20")
    parser.add_argument("--copies", type=int, default=2, help="corpus copies to deliver")
    parser.add_argument("--seed", type=int, default=1, help="random seed")
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--store", choices=("sqlite", "postgresql"), default="sqlite",
                        help="sqlite (default): one worker, crash points; postgresql: several "
                             "long-running workers on a throwaway PostgreSQL")
    parser.add_argument("--workers", type=int, default=3, help="with --store postgresql")
    parser.add_argument("--kills", type=int, default=36, help="with --store postgresql")
    parser.add_argument("--pg-restarts", type=int, default=2, help="with --store postgresql")
    parser.add_argument("--keep", action="store_true",
                        help="with --store postgresql: keep the work dir (worker.log)")
    parser.add_argument("--timeout", type=float, default=3600.0,
                        help="seconds the several-workers soak may take")
    args = parser.parse_args()
    if args.rounds < 1 or args.workers < 1:
        parser.error("ROUNDS and --workers must be at least 1")
    if args.store == "postgresql":
        return soak_workers(args)
    return soak(args.rounds, args.copies, args.seed, args.corpus)


if __name__ == "__main__":
    sys.exit(main())
