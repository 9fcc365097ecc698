"""The upgrade path to revision 0002 (staff queue) on an SQLite store that holds data.

The database is made at revision 0001 with the store's own connection settings (WAL,
``foreign_keys=ON``), filled with a ticket that messages, events and outbox rows point at,
then upgraded by :meth:`Store.migrate` as the worker does at start-up.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config as AlembicConfig
from alembic.migration import MigrationContext

from bot.deadlines import Deadlines
from bot.staff import queue
from bot.store.models import Base
from bot.store.store import Store

ROWS_0001 = [
    "INSERT INTO tickets (id, reference, kind, types, status, ack_status, language, script, "
    "requester, requester_name, subject, message_id, classification, received_at, due_at, "
    "created_at, updated_at) VALUES (1, 'PRIV-2026-000001', 'request', '[\"deletion\"]', "
    "'open', 'sent', 'en', '', 'jane@example.org', 'Jane', 'Delete me', '<a@example.org>', "
    "'{\"labels\": [\"deletion\"]}', '2026-11-02 09:00:00', '2026-12-02 09:00:00', "
    "'2026-11-02 09:00:00', '2026-11-02 09:00:00')",
    "INSERT INTO messages (id, mailbox, uidvalidity, uid, message_id, sha256, raw, size, state, "
    "outcome, attempts, ticket_id, received_at, updated_at) VALUES (1, 'INBOX', 1, '1', "
    "'<a@example.org>', 'x', X'00', 1, 'archived', 'ticket', 1, 1, '2026-11-02 09:00:00', "
    "'2026-11-02 09:00:00')",
    "INSERT INTO events (ticket_id, message_row_id, at, actor, kind, detail) VALUES "
    "(1, 1, '2026-11-02 09:00:00', 'bot', 'opened', '{}')",
    "INSERT INTO outbox (ticket_id, kind, message_id, mail_from, recipients, raw, status, "
    "attempts, next_attempt_at, created_at) VALUES (1, 'acknowledgement', '<ack@example.com>', "
    "'privacy@example.com', '[\"Jane@Example.org\"]', X'00', 'sent', 1, "
    "'2026-11-02 09:00:00', '2026-11-02 09:00:00')",
]


def test_upgrade_from_0001_keeps_tickets_and_their_references(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'bot.db'}")
    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(resources.files("bot.store") / "migrations"))
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    with store.engine.begin() as conn:
        for sql in ROWS_0001:
            conn.exec_driver_sql(sql)

    store.migrate()  # what the worker and every command do at start-up

    con = sqlite3.connect(tmp_path / "bot.db")
    assert con.execute("SELECT version_num FROM alembic_version").fetchall() == [("0007",)]
    assert con.execute(
        "SELECT reference, status, assigned_to, verified_by_method, extension_days, closed_at, "
        "merged_into FROM tickets").fetchall() == [
        ("PRIV-2026-000001", "open", "", "", 0, None, "")]
    assert con.execute("SELECT count(*) FROM events").fetchone() == (1,)
    assert con.execute("SELECT ticket_id FROM messages").fetchall() == [(1,)]
    # 0003 fills the acknowledgement's recipient, lower-cased, for the daily limit
    assert con.execute("SELECT ticket_id, ack_to FROM outbox").fetchall() == [
        (1, "jane@example.org")]
    # 0004 adds the delivery time, unknown for mail stored before it, and a running clock
    assert con.execute("SELECT arrived_at FROM messages").fetchall() == [(None,)]
    assert con.execute("SELECT paused_at FROM tickets").fetchall() == [(None,)]
    # ... and the acknowledgement's domain, for the per-domain limit
    assert con.execute("SELECT ack_domain FROM outbox").fetchall() == [("example.org",)]
    # 0005: nothing erased yet under the retention policy
    assert [con.execute(f"SELECT purged_at FROM {t}").fetchall() for t in (
        "messages", "outbox", "tickets")] == [[(None,)]] * 3
    assert con.execute("SELECT count(*) FROM staff WHERE session_epoch != 0").fetchone() == (0,)
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    con.close()
    with store.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
    now = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)
    with store.begin() as s:  # the migrated ticket can be worked
        t = queue.extend(s, "PRIV-2026-000001", 5, "tapes", actor="alice", now=now,
                         deadlines=Deadlines())
        assert (t.due_at, t.extension_days) == (datetime(2026, 12, 7, 9, 0, tzinfo=UTC), 5)
    store.close()
