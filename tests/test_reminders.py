"""Reminders to staff (bot.staff.reminders): once within bot.remind_days of the due date,
once when overdue, again after an extension, never while the clock is paused. The tickets
are real (drained from a Maildir by the worker) and pinned to a due date worked out by hand:
received 2 Nov 2026 09:00 UTC, due 2 Dec 09:00 UTC."""

from __future__ import annotations

from datetime import timedelta
from email import message_from_bytes, policy
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from bot.deadlines import Deadlines
from bot.staff import queue
from bot.staff.reminders import queue_reminders
from bot.store.models import Event, Outbox
from tests.queue_helpers import DUE, queue_app, tickets_by_subject


@pytest.fixture
def app(tmp_path: Path, store_url: str) -> Any:
    a = queue_app(tmp_path, store_url=store_url)
    yield a
    a.store.close()


def remind(app: Any, at: Any) -> list[tuple[str, str]]:
    """Queue the reminders due ``at``; return (ticket reference, subject) of each mail."""
    queue_reminders(app.config, app.store, app.renderer, at)
    with app.store.begin() as s:
        rows = s.scalars(select(Outbox).where(Outbox.kind == "reminder", Outbox.created_at == at)
                         .order_by(Outbox.id)).all()
        refs = {t.id: t.reference for t in tickets_by_subject(app).values()}
        return [(refs[r.ticket_id], str(message_from_bytes(r.raw, policy=policy.default)
                                        ["Subject"])) for r in rows]


def test_once_when_near_once_when_overdue(app: Any) -> None:
    refs = {k: t.reference for k, t in tickets_by_subject(app).items()}
    assert remind(app, DUE - timedelta(days=3, seconds=1)) == []  # not yet within 3 days
    near = remind(app, DUE - timedelta(days=2))  # 30 Nov 09:00: 2 days left
    assert sorted(r for r, _ in near) == sorted(refs.values())
    ref = refs["Delete my data"]
    subject = dict(near)[ref]
    assert subject == f"[privacy-bot] Reminder: {ref} is due 2026-12-02 (2 days left)"
    assert remind(app, DUE - timedelta(days=1)) == []  # once only
    late = remind(app, DUE + timedelta(hours=1))
    assert dict(late)[ref] == f"[privacy-bot] OVERDUE: {ref} was due 2026-12-02"
    assert remind(app, DUE + timedelta(days=2)) == []
    with app.store.begin() as s:
        mails = s.scalars(select(Outbox).where(Outbox.kind == "reminder")).all()
        assert {tuple(m.recipients) for m in mails} == {("privacy-staff@example.com",)}


def test_an_extension_reminds_again_and_a_pause_not_at_all(app: Any) -> None:
    refs = {k: t.reference for k, t in tickets_by_subject(app).items()}
    extended, paused = refs["Delete my data"], refs["My data"]
    remind(app, DUE - timedelta(days=2))
    with app.store.begin() as s:
        queue.extend(s, extended, 10, "archive", actor="alice", now=DUE - timedelta(days=2),
                     deadlines=Deadlines())
        queue.pause(s, paused, "proof of identity", actor="alice", now=DUE - timedelta(days=2))
    # due 12 Dec now: on 10 Dec it is near again; the triage ticket (due 2 Dec) is overdue;
    # the paused ticket is never reminded
    again = dict(remind(app, DUE + timedelta(days=8)))
    assert sorted(again) == sorted([extended, refs["Question about your shop"]])
    assert again[extended].endswith("is due 2026-12-12 (2 days left)")
    with app.store.begin() as s:
        kinds = [(e.detail["what"], e.detail["due_at"]) for e in s.scalars(
            select(Event).where(Event.kind == "reminder",
                                Event.ticket_id == queue.get_ticket(s, extended).id)
            .order_by(Event.id))]
    assert kinds == [("due-soon", "2026-12-02T09:00:00+00:00"),
                     ("due-soon", "2026-12-12T09:00:00+00:00")]
