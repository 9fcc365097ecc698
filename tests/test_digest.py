"""The daily staff digest on real tickets with a fake clock: when it is queued, what it says,
and that it is never queued twice for one day.

Tickets (tests/queue_helpers.py) are due 2026-12-02 09:00 UTC; the bot's time zone is
Asia/Singapore (UTC+8) and the digest time 08:00 local, i.e. 00:00 UTC.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from bot.staff import queue
from bot.staff.digest import digest_due, maybe_queue_digest
from bot.store.models import Digest, Outbox
from tests.queue_helpers import fixed, queue_app, tickets_by_subject

SGT_0759 = datetime(2026, 11, 26, 23, 59, tzinfo=UTC)  # 07:59 on 27 Nov in Singapore
SGT_0800 = datetime(2026, 11, 27, 0, 0, tzinfo=UTC)  # 08:00 on 27 Nov in Singapore
#: When the fixture's worker drains the mail: 07:00 on 2 Nov in Singapore, before the digest
#: time, so the drain itself records no digest day.
DRAINED = datetime(2026, 11, 1, 23, 0, tzinfo=UTC)


@pytest.fixture
def app(tmp_path: Path, store_url: str) -> Any:
    a = queue_app(tmp_path, clock=fixed(DRAINED), timezone="Asia/Singapore",
                  digest_time="08:00", digest_days=7, store_url=store_url)
    yield a
    a.close()


def digests(app: Any) -> list[Any]:
    with app.store.begin() as s:
        return list(s.scalars(select(Outbox).where(Outbox.kind == "digest")))


def test_queued_once_a_day_from_the_local_time(app: Any) -> None:
    refs = {k: t.reference for k, t in tickets_by_subject(app).items()}
    with app.store.begin() as s:  # one overdue, one resolved (left out), one due in 5 days
        queue.get_ticket(s, refs["Delete my data"]).due_at = SGT_0800 - timedelta(days=2)
        queue.resolve(s, refs["Question about your shop"], "answered", actor="a", now=SGT_0759)
        queue.assign(s, refs["My data"], "alice", actor="a", now=SGT_0759)
    assert digest_due(app.config, SGT_0759) is None
    assert maybe_queue_digest(app.config, app.store, app.renderer, SGT_0759) is False
    assert digests(app) == []
    assert maybe_queue_digest(app.config, app.store, app.renderer, SGT_0800) is True
    assert maybe_queue_digest(app.config, app.store, app.renderer, SGT_0800) is False
    later = SGT_0800 + timedelta(hours=15)  # 23:00 the same local day
    assert maybe_queue_digest(app.config, app.store, app.renderer, later) is False
    (row,) = digests(app)
    assert (row.recipients, row.status, row.ticket_id) == (["privacy-staff@example.com"],
                                                          "pending", None)
    mail = message_from_bytes(row.raw, policy=policy.default)
    assert mail["Subject"] == ("[privacy-bot] Digest 2026-11-27: 1 overdue, 1 due within 7 "
                               "days")
    assert mail["Auto-Submitted"] == "auto-generated"
    part = mail.get_body(("plain",))
    assert part is not None
    body = part.get_content().replace("\r\n", "\n")
    # due dates are local (Singapore): 2026-11-25 00:00 UTC and 2026-12-02 17:00
    assert (f"Overdue:\n  - {refs['Delete my data']}, due 2026-11-25 (2 days ago)\n"
            "    deletion; unassigned\n\n") in body
    assert (f"Due within 7 days:\n  - {refs['My data']}, due 2026-12-02 (5 days left)\n"
            "    access; assigned to alice\n\n") in body
    assert refs["Question about your shop"] not in body
    with app.store.begin() as s:
        (day,) = s.scalars(select(Digest)).all()
        assert (day.day, day.tickets, day.outbox_id) == ("2026-11-27", 2, row.id)
    next_day = SGT_0800 + timedelta(days=1)
    assert maybe_queue_digest(app.config, app.store, app.renderer, next_day) is True
    assert len(digests(app)) == 2


def test_nothing_due_records_the_day_and_sends_nothing(app: Any) -> None:
    early = SGT_0800 - timedelta(days=20)  # every ticket is 25 days away
    assert maybe_queue_digest(app.config, app.store, app.renderer, early) is False
    assert digests(app) == []
    with app.store.begin() as s:
        assert [(d.day, d.tickets, d.outbox_id) for d in s.scalars(select(Digest))] == [
            ("2026-11-07", 0, None)]


def test_switched_off_with_an_empty_time(tmp_path: Path) -> None:
    app = queue_app(tmp_path, digest_time="")
    assert maybe_queue_digest(app.config, app.store, app.renderer, SGT_0800) is False
    assert digests(app) == []
    app.close()


def test_bad_digest_settings_name_their_keys(tmp_path: Path) -> None:
    from bot.config import ConfigProblems, build_config

    with pytest.raises(ConfigProblems) as info:
        build_config({"mailbox": {"path": "m"}, "outbox": {"path": "o"},
                      "bot": {"digest_time": "8am", "digest_days": 0}}, base=tmp_path, env={})
    assert [k for k, _ in info.value.problems] == ["bot.digest_time", "bot.digest_days"]
