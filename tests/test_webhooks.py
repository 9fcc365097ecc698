"""Webhooks (issue 17): each event is POSTed, signed, to a real HTTP server on 127.0.0.1; a
refusal is retried and finally failed. The worker runs on the Maildir set-up with a fixed
clock, on each store (``store_url``: SQLite, PostgreSQL); signatures are checked with
hmac/hashlib here, as a receiver would."""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
from collections.abc import Iterator
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from bot.config import ConfigProblems, build_config
from bot.outbound.webhooks import deliver_webhooks, queue_webhooks
from bot.service.app import build_app
from bot.service.health import check_health
from bot.staff import queue
from bot.store.models import Webhook
from tests.queue_helpers import RECEIVED, deliver, fixed

SECRET = "s3cret-webhook-key-0123456789"
REQUEST = (b"From: Jane Doe <jane.doe@example.org>\nTo: privacy@example.com\n"
           b"Subject: Delete my data\nMessage-ID: <hook-1@example.org>\n\n"
           b"Please delete all my personal data.\n")


class Receiver:
    """A real HTTP server on 127.0.0.1 that records each POST and answers the next status of
    ``statuses`` (200 when they run out)."""

    def __init__(self) -> None:
        self.posts: list[tuple[dict[str, str], bytes]] = []
        self.statuses: list[int] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - the stdlib's name
                body = self.rfile.read(int(self.headers["Content-Length"]))
                receiver.posts.append((dict(self.headers.items()), body))
                self.send_response(receiver.statuses.pop(0) if receiver.statuses else 200)
                self.end_headers()

            def log_message(self, *_args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/privacy-events"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    r = Receiver()
    yield r
    r.close()


def _app(tmp_path: Path, url: str, store_url: str, at: Any = RECEIVED) -> Any:
    config = build_config(
        {"mailbox": {"path": "mail"}, "outbox": {"path": "outbox"},
         "store": {"url": store_url}, "bot": {"read_in_child": False},
         "webhooks": {"url": url, "secret_env": "HOOK_SECRET"}},
        base=tmp_path, env={"HOOK_SECRET": SECRET})
    return build_app(config, clock=fixed(at))


def _verified(headers: dict[str, str], body: bytes) -> dict[str, Any]:
    """The body as JSON, after checking the signature as the README tells a receiver to."""
    t, v1 = (part.split("=", 1)[1] for part in headers["X-Privacy-Bot-Signature"].split(","))
    expected = hmac.new(SECRET.encode(), t.encode() + b"." + body, hashlib.sha256).hexdigest()
    assert hmac.compare_digest(expected, v1)
    return dict(json.loads(body))


def test_a_ticket_created_and_resolved_reach_the_receiver_signed(
        tmp_path: Path, receiver: Receiver, store_url: str) -> None:
    deliver(tmp_path, REQUEST)
    app = _app(tmp_path, receiver.url, store_url)
    assert app.worker().drain() == 1
    (headers, body), = receiver.posts
    created = _verified(headers, body)
    assert headers["X-Privacy-Bot-Event"] == "ticket.created"
    assert headers["X-Privacy-Bot-Delivery"] == created["id"] == "whk-1"
    assert headers["X-Privacy-Bot-Signature"].startswith(f"t={int(RECEIVED.timestamp())},")
    assert created["version"] == 1 and created["event"] == "ticket.created"
    assert created["ticket"] == {
        "reference": "PRIV-2026-000001", "kind": "request", "types": ["deletion"],
        "status": "open", "requester": "jane.doe@example.org",
        "received_at": RECEIVED.isoformat(), "due_at": (RECEIVED + timedelta(days=30)).isoformat(),
        "language": "en", "result": ""}
    later = RECEIVED + timedelta(days=2)
    with app.store.begin() as s:
        queue.resolve(s, "PRIV-2026-000001", "erased", actor="alice", now=later,
                      unverified_reason="phoned her", result="fulfilled")
    app2 = _app(tmp_path, receiver.url, store_url, later)
    app2.worker().drain()
    resolved = _verified(*receiver.posts[1])
    assert (resolved["event"], resolved["ticket"]["status"], resolved["ticket"]["result"]) == (
        "ticket.resolved", "resolved", "fulfilled")
    assert len(receiver.posts) == 2  # nothing sent twice


def test_a_refusal_is_retried_then_failed_and_shown_in_status(
        tmp_path: Path, receiver: Receiver, store_url: str) -> None:
    deliver(tmp_path, REQUEST)
    receiver.statuses = [500, 503]
    app = _app(tmp_path, receiver.url, store_url)
    app.worker().drain()
    with app.store.begin() as s:
        (row,) = s.scalars(select(Webhook)).all()
        assert (row.status, row.attempts, row.last_error) == ("pending", 1, "HTTP 500")
        first_retry = row.next_attempt_at
    assert RECEIVED + timedelta(seconds=15) <= first_retry <= RECEIVED + timedelta(seconds=30)
    # before it is due nothing is sent; when due, the same body is sent again
    assert deliver_webhooks(app.config, app.store, first_retry - timedelta(seconds=1)) == 0
    assert deliver_webhooks(app.config, app.store, first_retry) == 0  # 503
    assert len(receiver.posts) == 2 and receiver.posts[0][1] == receiver.posts[1][1]
    receiver.statuses = [502]
    three_days = RECEIVED + timedelta(days=3)
    assert deliver_webhooks(app.config, app.store, three_days) == 0
    with app.store.begin() as s:
        assert s.scalars(select(Webhook)).one().status == "failed"
    health = check_health(app.config, app.store, now=three_days)
    assert health.webhooks_failed == 1
    assert "1 webhook(s) failed: the receiver was not told" in health.problems


def test_events_from_before_webhooks_were_turned_on_are_not_sent(
        tmp_path: Path, receiver: Receiver, store_url: str) -> None:
    deliver(tmp_path, REQUEST)
    before = _app(tmp_path, "", store_url)  # no webhooks yet
    assert before.worker().drain() == 1
    app = _app(tmp_path, receiver.url, store_url)
    app.worker().drain()
    assert queue_webhooks(app.config, app.store, RECEIVED) == 0
    assert receiver.posts == []


@pytest.mark.parametrize(("hooks", "key"), [
    ({"url": "http://hooks.example.com/x", "secret_env": "HOOK_SECRET"}, "webhooks.url"),
    ({"url": "https://hooks.example.com/x", "secret_env": "SHORT"}, "webhooks.secret"),
    ({"url": "https://hooks.example.com/x", "secret_env": "HOOK_SECRET",
      "events": ["ticket.exploded"]}, "webhooks.events"),
])
def test_bad_webhook_config_names_the_key(tmp_path: Path, hooks: dict[str, Any],
                                          key: str) -> None:
    with pytest.raises(ConfigProblems) as info:
        build_config({"mailbox": {"path": "m"}, "outbox": {"path": "o"}, "webhooks": hooks},
                     base=tmp_path, env={"HOOK_SECRET": SECRET, "SHORT": "short"})
    assert [k for k, _ in info.value.problems] == [key]


def test_an_unreachable_receiver_costs_one_try_a_round(tmp_path: Path, store_url: str) -> None:
    import socket

    with socket.socket() as probe:  # a port nobody listens on: connection refused at once
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    deliver(tmp_path, REQUEST, REQUEST.replace(b"hook-1", b"hook-2"))
    app = _app(tmp_path, f"http://127.0.0.1:{port}/privacy-events", store_url)
    assert app.worker().drain() == 2
    with app.store.begin() as s:  # two events due now, neither tried yet
        for row in s.scalars(select(Webhook)):
            row.attempts, row.next_attempt_at = 0, RECEIVED
    assert deliver_webhooks(app.config, app.store, RECEIVED) == 0
    with app.store.begin() as s:
        rows = s.scalars(select(Webhook).order_by(Webhook.id)).all()
        assert [(r.status, r.attempts) for r in rows] == [("pending", 1), ("pending", 0)]
        assert rows[0].last_error is not None and "Connection refused" in rows[0].last_error
