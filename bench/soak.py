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
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: Crash points passed once per message or per outbox mail (the others once per round).
PER_ITEM = ("before-process", "after-commit", "after-send")
sys.path.insert(0, str(ROOT))

from bot.service.faults import CRASH_POINTS, CRASH_STATUS  # noqa: E402
from tests.servers import DovecotAccount, DovecotServer, SmtpServer, find_dovecot  # noqa: E402
from tests.test_faults import (  # noqa: E402
    RUN_TIMEOUT,
    FaultRig,
    Kill,
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
    times = [k.recovery for k in rig.kills if k.recovery is not None]
    kinds: dict[str, int] = {}
    for k in rig.kills:
        kinds[k.how] = kinds.get(k.how, 0) + 1
    print()
    print(f"messages:                 {verdict.messages}")
    print(f"kills:                    {verdict.kills}  "
          + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    print(f"losses:                   {verdict.losses}")
    print(f"duplicate mails sent:     {verdict.duplicates}  {verdict.duplicated_ids}")
    if times:
        print(f"recovery after kill (s):  min {min(times):.2f}  median "
              f"{statistics.median(times):.2f}  max {max(times):.2f}")
        print("recovery per kill (s):    " + " ".join(f"{t:.2f}" for t in times))
    print(f"wall time:                {time.monotonic() - started:.0f} s")
    shutil.rmtree(work, ignore_errors=True)
    return 0 if verdict.losses == 0 else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("rounds", type=int, help="kill/restart rounds")
    parser.add_argument("--copies", type=int, default=2, help="corpus copies to deliver")
    parser.add_argument("--seed", type=int, default=1, help="random seed")
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    args = parser.parse_args()
    if args.rounds < 1:
        parser.error("ROUNDS must be at least 1")
    return soak(args.rounds, args.copies, args.seed, args.corpus)


if __name__ == "__main__":
    sys.exit(main())
