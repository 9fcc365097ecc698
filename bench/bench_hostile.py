"""Hostile mail through the real worker: outcome, time and peak memory of the worker and of its
reader process (issue 16).

Delivers a set of generated hostile mails (each near the 25 MB limit or made of many small
pieces) and one ordinary request to a fresh Maildir, runs ``privacy-bot run --once`` on it
(SQLite store, file outbox) as a subprocess, samples the resident set of the worker and of
its reader child every 20 ms with psutil, and prints each message's outcome and the peaks.
Nothing here is a test: it prints figures (the issue's target is a worker of at most 300 MB
whatever arrives).

    .venv/bin/python bench/bench_hostile.py [--keep]
"""

from __future__ import annotations

import argparse
import base64
import mailbox
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

HEAD = ("From: Sender <sender{n}@example.org>\r\nTo: privacy@example.com\r\n"
        "Subject: hostile {n}\r\nMessage-ID: <hostile-{n}@example.org>\r\nMIME-Version: 1.0\r\n")


def _mail(n: int, body: bytes, content_type: str = "text/plain; charset=utf-8",
          extra: str = "") -> bytes:
    return (HEAD.format(n=n) + f"{extra}Content-Type: {content_type}\r\n\r\n").encode() + body


def _multipart(n: int, parts: list[str]) -> bytes:
    body = "".join(f"--b\r\n{p}\r\n" for p in parts) + "--b--\r\n"
    return _mail(n, body.encode(), "multipart/mixed; boundary=b")


def hostile_mails() -> dict[str, bytes]:
    """name -> raw mail; each under the default 25 MiB limit."""
    words = " ".join(["=?utf-8?q?abc?="] * 100_000)
    rows = "".join(f"<tr><td>{i}</td><td>x</td></tr>" for i in range(600_000))
    return {
        "24 MB single line": _mail(1, b"a" * 24_000_000),
        "18 MB base64 text": _mail(2, base64.encodebytes(b"Please delete my data. " * 600_000),
                                   extra="Content-Transfer-Encoding: base64\r\n"),
        "20 MB HTML table": _mail(3, f"<table>{rows}</table>".encode(), "text/html"),
        "100,000 MIME parts": _multipart(4, [f"Content-Type: text/plain\r\n\r\n{i}"
                                             for i in range(100_000)]),
        "1.6 MB of encoded-words in a part header": _multipart(5, [
            f'Content-Type: text/plain\r\nContent-Disposition: inline; filename="{words}"'
            "\r\n\r\nhello"]),
        "100,000 addresses": _mail(6, b"hello", extra="Cc: " + ", ".join(
            f"u{i}@example.org" for i in range(100_000)) + "\r\n"),
        "ordinary request": _mail(7, b"Please delete all my personal data."),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--keep", action="store_true", help="keep the work dir")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-hostile-"))
    box = mailbox.Maildir(work / "mail", create=True)
    mails = hostile_mails()
    for raw in mails.values():
        box.add(mailbox.MaildirMessage(raw))
    (work / "outbox").mkdir()
    (work / "bot.toml").write_text(
        '[mailbox]\npath = "mail"\n[outbox]\npath = "outbox"\n[store]\nurl = "sqlite:///bot.db"\n'
        '[bot]\naddress = "privacy@example.com"\nstaff_address = "staff@example.com"\n'
        'company = "ExampleMart Pte. Ltd."\nack_limit_per_day = 100\n')
    command = [str(Path(sys.executable).with_name("privacy-bot")), "run", "--config",
               str(work / "bot.toml"), "--once"]
    started = time.monotonic()
    worker = psutil.Popen(command, cwd=work, stdout=subprocess.DEVNULL,
                          stderr=open(work / "run.log", "wb"))  # noqa: SIM115 - closed at exit
    peak_worker = peak_reader = 0
    while worker.poll() is None:
        try:
            peak_worker = max(peak_worker, worker.memory_info().rss)
            for child in worker.children():
                peak_reader = max(peak_reader, child.memory_info().rss)
        except psutil.Error:
            pass
        time.sleep(0.02)
    elapsed = time.monotonic() - started
    db = sqlite3.connect(work / "bot.db")
    outcomes = dict(db.execute("SELECT message_id, outcome || ': ' || substr(reason, 1, 70) "
                               "FROM messages"))
    print(f"run --once exit {worker.returncode} in {elapsed:.1f} s; {len(mails)} mails")
    for n, (name, raw) in enumerate(mails.items(), start=1):
        print(f"  {name:<42} {len(raw) / 1e6:6.1f} MB  "
              f"{outcomes.get(f'<hostile-{n}@example.org>', 'NOT PROCESSED')}")
    print(f"peak RSS: worker {peak_worker / 2**20:.0f} MiB, reader {peak_reader / 2**20:.0f} MiB "
          "(sampled every 20 ms)")
    if args.keep:
        print(f"kept: {work}")
    else:
        shutil.rmtree(work)
    return 0 if worker.returncode == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
