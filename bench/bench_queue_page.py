"""How long the staff web queue takes to answer with many tickets (issue 15: the queue page
with 1,000 tickets in under 300 ms).

Builds a throwaway SQLite store with ``--tickets`` tickets (references, requesters, subjects,
types, due dates and statuses varied as in a real queue; no mail), starts the web app in this
process (Flask's test client: the figure is the app's own time, no network) as a logged-in
staff member, and prints the median and the slowest of ``--runs`` requests for the queue's
first page, the "Overdue" view, a search, the last page and the Overview page.

    .venv/bin/python bench/bench_queue_page.py [--tickets 1000] [--runs 20]
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.config import build_config
from bot.staff.auth import add_staff
from bot.staff.web.app import create_app
from bot.store import Store, Ticket
from classifiers.types import REQUEST_TYPES

NOW = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)
PASSWORD = "bench passphrase 1"


def fill(store: Store, count: int) -> None:
    """``count`` tickets received over the last 60 days, a fifth of them resolved."""
    with store.begin() as s:
        for n in range(1, count + 1):
            received = NOW - timedelta(days=n % 60, hours=n % 24)
            resolved = n % 5 == 0
            s.add(Ticket(
                reference=f"PRIV-2026-{n:06d}", kind="request" if n % 7 else "triage",
                types=[REQUEST_TYPES[n % 5], REQUEST_TYPES[(n * 3) % 5]] if n % 7 else [],
                status="resolved" if resolved else "open", ack_status="sent",
                requester=f"customer{n}@example.org", requester_name=f"Customer {n}",
                subject=f"Request number {n} about my personal data and my account",
                classification={"labels": [], "evidence": []}, received_at=received,
                due_at=received + timedelta(days=30), assigned_to=("alice" if n % 3 else ""),
                closed_at=received + timedelta(days=10) if resolved else None))
        add_staff(s, "alice", PASSWORD, actor="bench", now=NOW)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tickets", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-queue-"))
    config = build_config({"mailbox": {"path": "m"}, "outbox": {"path": "o"},
                           "store": {"url": "sqlite:///bot.db"}}, base=work, env={})
    store = Store(config.store.url)
    store.migrate()
    fill(store, args.tickets)
    client = create_app(config, store, key="k" * 32, clock=lambda: NOW).test_client()
    page = client.get("/login").get_data(as_text=True)
    token = re.search(r'name="csrf_token" value="([^"]+)"', page)
    assert token is not None
    client.post("/login", data={"name": "alice", "password": PASSWORD,
                                "csrf_token": token.group(1)})
    last = -(-args.tickets // 50)
    print(f"{args.tickets} tickets, {args.runs} requests each (ms: median / slowest)")
    for name, path in (("queue, first page", "/"), ("overdue, most urgent first", "/?overdue=yes"),
                       ("search 'customer12'", "/?q=customer12"),
                       ("last page", f"/?page={last}"), ("overview", "/report")):
        times = []
        for _ in range(args.runs):
            start = time.perf_counter()
            resp = client.get(path)
            times.append((time.perf_counter() - start) * 1000)
            assert resp.status_code == 200, (path, resp.status_code)
        print(f"  {name:<28} {statistics.median(times):7.1f} / {max(times):7.1f}")
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
