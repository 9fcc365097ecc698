"""`privacy-bot status`: service health decides the exit status; the queue's backlog (overdue,
due soon, triage) is shown beside it and never pages the operator. Real tickets drained by the
worker with a fixed clock (tests/queue_helpers.py: received 2026-11-02 09:00 UTC, due +30 days).
"""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from bot.cli import main
from bot.service.health import check_health
from bot.staff import queue
from tests.queue_helpers import DUE, NOW, RECEIVED, queue_app, tickets_by_subject

#: Two minutes after the drain: the poll is fresh (limit 3 × 60 s + 60 s).
JUST_AFTER = RECEIVED + timedelta(minutes=2)


@pytest.fixture
def app(tmp_path: Path) -> Any:
    a = queue_app(tmp_path)
    yield a
    a.close()


def test_backlog_is_queue_attention_not_a_service_problem(app: Any) -> None:
    refs = {k: t.reference for k, t in tickets_by_subject(app).items()}
    fresh = check_health(app.config, app.store, now=JUST_AFTER)
    assert (fresh.problems, fresh.queue_attention) == ([], [
        "1 triage ticket(s) waiting for a person"])
    with app.store.begin() as s:
        queue.get_ticket(s, refs["Delete my data"]).due_at = JUST_AFTER - timedelta(days=1)
        queue.resolve(s, refs["My data"], "sent", actor="a", now=JUST_AFTER)
    h = check_health(app.config, app.store, now=JUST_AFTER)
    assert h.problems == []
    assert (h.overdue_tickets, h.due_soon_tickets, h.triage_open) == (1, 0, 1)
    assert h.queue_attention == ["1 open ticket(s) overdue",
                                 "1 triage ticket(s) waiting for a person"]
    # five days before the other tickets' due date (DUE): due soon; the poll is now stale
    later = check_health(app.config, app.store, now=NOW)
    assert DUE - timedelta(days=5) == NOW
    assert (later.overdue_tickets, later.due_soon_tickets) == (1, 1)
    assert later.problems == ["no successful poll of the mailbox recently"]


def test_status_exits_0_with_overdue_tickets_and_1_for_the_service(
        app: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    refs = {k: t.reference for k, t in tickets_by_subject(app).items()}
    with app.store.begin() as s:
        queue.get_ticket(s, refs["Delete my data"]).due_at = JUST_AFTER - timedelta(days=1)
    config = tmp_path / "bot.toml"
    config.write_text('[mailbox]\npath = "mail"\n[outbox]\npath = "outbox"\n'
                      '[store]\nurl = "sqlite:///bot.db"\n[bot]\naddress = "privacy@example.com"\n'
                      'staff_address = "privacy-staff@example.com"\n'
                      'company = "ExampleMart Pte. Ltd."\n', encoding="utf-8")
    monkeypatch.setattr("bot.service.health.utcnow", lambda: JUST_AFTER)  # our own seam
    result = CliRunner().invoke(main, ["status", "--config", str(config)])
    assert result.exit_code == 0, result.output
    assert "  healthy\n" in result.output
    assert "  ATTENTION: 1 open ticket(s) overdue\n" in result.output
    as_json = CliRunner().invoke(main, ["status", "--config", str(config), "--json"])
    figures = json.loads(as_json.output)
    assert (as_json.exit_code, figures["healthy"], figures["overdue_tickets"]) == (0, True, 1)
    monkeypatch.setattr("bot.service.health.utcnow", lambda: NOW)  # 25 days without a poll
    stale = CliRunner().invoke(main, ["status", "--config", str(config)])
    assert stale.exit_code == 1
    assert "  PROBLEM: no successful poll of the mailbox recently\n" in stale.output
