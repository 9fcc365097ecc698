"""Webhooks: tell the systems that hold the data when a request arrives and moves (issue 17).

A company keeps personal data in its shop, CRM and marketing tools; an erasure or an export
has to be started there. When ``[webhooks] url`` is set, the worker POSTs one JSON document
per event to it:

========================  ===============================================================
``ticket.created``        a request or triage ticket was opened (by mail or by hand)
``ticket.verified``       the requester's identity was verified
``ticket.due_soon``       the ticket is due within ``bot.remind_days`` days (as staff's
                          reminder)
``ticket.overdue``        the ticket passed its due date
``ticket.resolved``       the ticket was answered (``result``: fulfilled, refused, withdrawn)
``ticket.reopened``       a resolved ticket is open again
========================  ===============================================================

The body (version 1)::

    {"version": 1, "id": "whk-42", "event": "ticket.created",
     "occurred_at": "2026-11-02T09:00:00+00:00",
     "ticket": {"reference": "PRIV-2026-000001", "kind": "request",
                "types": ["deletion"], "status": "open", "requester": "jane@example.org",
                "received_at": "...", "due_at": "...", "language": "en", "result": ""}}

and three headers: ``X-Privacy-Bot-Event`` (the event), ``X-Privacy-Bot-Delivery`` (the id,
the same on every retry: the receiver ignores one it has seen) and
``X-Privacy-Bot-Signature: t=<unix seconds>,v1=<hex>``, where ``v1`` is
HMAC-SHA256(secret, ``"<t>." + body``) (RFC 2104; the scheme Stripe and GitHub use). A
receiver recomputes it over the raw body, compares in constant time and refuses a ``t`` more
than five minutes old (replay).

Durability is the outbox's: events are taken from the audit trail (``events``; a cursor
remembers the last one looked at) into the ``webhooks`` table in one transaction, so none is
lost or queued twice; each is POSTed until the receiver answers 2xx, retried with capped
exponential backoff (30 s to 1 h) on any other answer or a network error, and failed after
``webhooks.give_up_after`` (shown in ``privacy-bot status``). Events from before the URL was
set are not sent. A retry sends the same body with a fresh signature time.

Several workers may share the store: the cursor row is locked while events are queued, and
each webhook is claimed before it is POSTed (:meth:`bot.store.Store.claim_due`), so one
worker only sends it.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import urllib.error
import urllib.request
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from bot.config import Config
from bot.outbound.deliver import backoff
from bot.store import Event, Store, Ticket
from bot.store.models import Webhook, WebhookCursor

log = logging.getLogger(__name__)

#: Payload version: a receiver checks it; a new field keeps it, a changed meaning raises it.
VERSION = 1
#: Audit events looked at per call.
BATCH = 500
#: Webhook rows POSTed per call.
SEND_BATCH = 100

#: (a Poster) ``post(url, body, headers, timeout) -> HTTP status``; raises OSError on a
#: network failure.
Poster = Callable[[str, bytes, dict[str, str], float], int]


def sign(secret: str, timestamp: int, body: bytes) -> str:
    """The ``X-Privacy-Bot-Signature`` value: ``t=<timestamp>,v1=<hex HMAC-SHA256 of
    "<timestamp>." + body under secret>`` (RFC 2104)."""
    mac = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256)
    return f"t={timestamp},v1={mac.hexdigest()}"


def event_name(event: Event) -> str | None:
    """The webhook event an audit event is, or None."""
    if event.kind == "reminder":
        return {"due-soon": "ticket.due_soon", "overdue": "ticket.overdue"}.get(
            str((event.detail or {}).get("what")))
    return {"opened": "ticket.created", "verified": "ticket.verified",
            "resolved": "ticket.resolved", "reopened": "ticket.reopened"}.get(event.kind)


def start_webhooks(store: Store) -> None:
    """Set the cursor to the newest audit event if it is not set yet. The worker calls this
    once, before it processes any mail: events from before webhooks were turned on are not
    sent, every one after is."""
    with store.begin() as s:
        _cursor(s)


def _cursor(s: Session) -> WebhookCursor:
    """The cursor row (locked until the transaction ends: one worker queues at a time),
    created at the newest audit event when missing."""
    cursor = s.get(WebhookCursor, 1, with_for_update=True)
    if cursor is None:
        cursor = WebhookCursor(id=1, last_event_id=s.scalar(select(func.max(Event.id))) or 0)
        s.add(cursor)
    return cursor


def queue_webhooks(config: Config, store: Store, now: datetime) -> int:
    """Turn the audit events since the cursor (:func:`start_webhooks`) into pending webhook
    rows (those in ``webhooks.events``), in one transaction; return how many."""
    wanted = set(config.webhooks.events)
    queued = 0
    with store.begin() as s:
        cursor = _cursor(s)
        events = list(s.scalars(select(Event).where(Event.id > cursor.last_event_id)
                                .order_by(Event.id).limit(BATCH)))
        for event in events:
            name = event_name(event)
            if name is None or name not in wanted or event.ticket_id is None:
                continue
            ticket = s.get(Ticket, event.ticket_id)
            if ticket is None:
                continue
            row = Webhook(event_id=event.id, ticket_id=ticket.id, event=name, body="",
                          status="pending", attempts=0, next_attempt_at=now, created_at=now)
            s.add(row)
            s.flush()
            row.body = json.dumps(_payload(row.id, name, event, ticket), ensure_ascii=False,
                                  separators=(",", ":"))
            queued += 1
        if events:
            cursor.last_event_id = events[-1].id
    return queued


def deliver_webhooks(config: Config, store: Store, now: datetime,
                     post: Poster | None = None, worker: str = "") -> int:
    """POST the due pending webhooks, each claimed first for ``worker`` (one worker sends
    it; :meth:`bot.store.Store.claim_due`); return how many the receiver accepted (2xx). A
    failure is retried later with backoff, and failed for good after
    ``webhooks.give_up_after`` seconds. A receiver that cannot be reached (a network error
    or ``webhooks.timeout`` seconds without an answer) ends the batch: the worker's round
    waits at most one timeout for it."""
    hooks = config.webhooks
    post = post or _post
    sent = 0
    with store.begin() as s:
        due = list(s.scalars(select(Webhook).where(
            Webhook.status == "pending",
            or_(Webhook.next_attempt_at <= now, Webhook.claimed_by == worker))
            .order_by(Webhook.id).limit(SEND_BATCH)))
    for row in due:
        if not store.claim_due(Webhook, row.id, worker, now):
            continue  # another worker sends it
        body = row.body.encode()
        headers = {"Content-Type": "application/json", "User-Agent": "privacy-bot",
                   "X-Privacy-Bot-Event": row.event,
                   "X-Privacy-Bot-Delivery": f"whk-{row.id}",
                   "X-Privacy-Bot-Signature": sign(hooks.secret.value, int(now.timestamp()),
                                                   body)}
        unreachable = False
        try:
            status = post(hooks.url, body, headers, hooks.timeout)
            error = "" if 200 <= status < 300 else f"HTTP {status}"
        except OSError as exc:
            error, unreachable = f"{type(exc).__name__}: {exc}"[:500], True
        with store.begin() as s:
            fresh = s.get(Webhook, row.id)
            if fresh is None or fresh.status != "pending":
                continue
            fresh.attempts += 1
            fresh.claimed_by = None
            if not error:
                fresh.status, fresh.sent_at, fresh.last_error = "sent", now, None
                sent += 1
                continue
            fresh.last_error = error
            if (now - fresh.created_at).total_seconds() >= hooks.give_up_after:
                fresh.status = "failed"
                log.warning("webhook whk-%d (%s) failed for good: %s", fresh.id, fresh.event,
                            error)
            else:
                fresh.next_attempt_at = now + timedelta(seconds=backoff(fresh.attempts))
        if unreachable:
            break  # the rest wait for the next round: a dead receiver must not hold up mail
    return sent


def _payload(row_id: int, name: str, event: Event, ticket: Ticket) -> dict[str, Any]:
    """The version-1 body: the event, and the ticket as it is when the event is queued;
    ``result`` is how a resolved ticket ended (the ``resolved`` event's), else ""."""
    result = str((event.detail or {}).get("result", "")) if name == "ticket.resolved" else ""
    return {
        "version": VERSION, "id": f"whk-{row_id}", "event": name,
        "occurred_at": event.at.isoformat(),
        "ticket": {"reference": ticket.reference, "kind": ticket.kind,
                   "types": list(ticket.types), "status": ticket.status,
                   "requester": ticket.requester,
                   "received_at": ticket.received_at.isoformat(),
                   "due_at": ticket.due_at.isoformat(), "language": ticket.language,
                   "result": result},
    }


def _post(url: str, body: bytes, headers: dict[str, str], timeout: float) -> int:
    """POST ``body`` to ``url``; the HTTP status. Raises OSError on a network failure."""
    request = urllib.request.Request(url, data=body, headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as resp:  # noqa: S310 - URL is config
            return int(resp.status)
    except urllib.error.HTTPError as exc:
        return int(exc.code)


__all__ = ["VERSION", "deliver_webhooks", "event_name", "queue_webhooks", "sign",
           "start_webhooks"]
