"""The upgrade path from revision 0001 on a store that holds data, on SQLite and PostgreSQL.

The database is made at revision 0001 with the store's own connection settings (on SQLite
WAL and ``foreign_keys=ON``), filled with a ticket that messages, events and outbox rows
point at, then upgraded by :meth:`Store.migrate` as the worker does at start-up.
"""

from __future__ import annotations

from datetime import UTC, datetime
from importlib import resources

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config as AlembicConfig
from alembic.migration import MigrationContext
from sqlalchemy import text

from bot.deadlines import Deadlines
from bot.staff import queue
from bot.store.migrations import HEAD_REVISION
from bot.store.models import Base
from bot.store.store import Store

#: Rows as revision 0001 had them (no explicit ids: the first of each table is 1 on both
#: stores); ``:raw`` is bound, the rest are SQL literals that both stores read alike.
ROWS_0001 = [
    "INSERT INTO tickets (reference, kind, types, status, ack_status, language, script, "
    "requester, requester_name, subject, message_id, classification, received_at, due_at, "
    "created_at, updated_at) VALUES ('PRIV-2026-000001', 'request', '[\"deletion\"]', "
    "'open', 'sent', 'en', '', 'jane@example.org', 'Jane', 'Delete me', '<a@example.org>', "
    "'{\"labels\": [\"deletion\"]}', '2026-11-02 09:00:00', '2026-12-02 09:00:00', "
    "'2026-11-02 09:00:00', '2026-11-02 09:00:00')",
    "INSERT INTO messages (mailbox, uidvalidity, uid, message_id, sha256, raw, size, state, "
    "outcome, attempts, ticket_id, received_at, updated_at) VALUES ('INBOX', 1, '1', "
    "'<a@example.org>', 'x', :raw, 1, 'archived', 'ticket', 1, 1, '2026-11-02 09:00:00', "
    "'2026-11-02 09:00:00')",
    "INSERT INTO events (ticket_id, message_row_id, at, actor, kind, detail) VALUES "
    "(1, 1, '2026-11-02 09:00:00', 'bot', 'opened', '{}')",
    "INSERT INTO outbox (ticket_id, kind, message_id, mail_from, recipients, raw, status, "
    "attempts, next_attempt_at, created_at) VALUES (1, 'acknowledgement', '<ack@example.com>', "
    "'privacy@example.com', '[\"Jane@Example.org\"]', :raw, 'sent', 1, "
    "'2026-11-02 09:00:00', '2026-11-02 09:00:00')",
]


def test_upgrade_from_0001_keeps_tickets_and_their_references(store_url: str) -> None:
    store = Store(store_url)
    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(resources.files("bot.store") / "migrations"))
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    with store.engine.begin() as conn:
        for sql in ROWS_0001:
            conn.execute(text(sql), {"raw": b"\x00"} if ":raw" in sql else {})

    store.migrate()  # what the worker and every command do at start-up

    with store.engine.connect() as con:
        def rows(sql: str) -> list[tuple[object, ...]]:
            return [tuple(row) for row in con.execute(text(sql))]

        assert rows("SELECT version_num FROM alembic_version") == [(HEAD_REVISION,)]
        assert rows(
            "SELECT reference, status, assigned_to, verified_by_method, extension_days, "
            "closed_at, merged_into FROM tickets") == [
            ("PRIV-2026-000001", "open", "", "", 0, None, "")]
        assert rows("SELECT count(*) FROM events") == [(1,)]
        assert rows("SELECT ticket_id FROM messages") == [(1,)]
        # 0003 fills the acknowledgement's recipient, lower-cased, for the daily limit
        assert rows("SELECT ticket_id, ack_to FROM outbox") == [(1, "jane@example.org")]
        # 0004 adds the delivery time, unknown for mail stored before it, and a running clock
        assert rows("SELECT arrived_at FROM messages") == [(None,)]
        assert rows("SELECT paused_at FROM tickets") == [(None,)]
        # ... and the acknowledgement's domain, for the per-domain limit
        assert rows("SELECT ack_domain FROM outbox") == [("example.org",)]
        # 0005: nothing erased yet under the retention policy
        assert [rows(f"SELECT purged_at FROM {t}") for t in (
            "messages", "outbox", "tickets")] == [[(None,)]] * 3
        assert rows("SELECT count(*) FROM staff WHERE session_epoch != 0") == [(0,)]
        # 0008: the raw bytes and the mailbox key survive the column change
        assert rows("SELECT uidvalidity, raw FROM messages") == [(1, b"\x00")]
        if con.dialect.name == "sqlite":
            assert rows("PRAGMA foreign_key_check") == []
        assert compare_metadata(MigrationContext.configure(con), Base.metadata) == []
    now = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)
    with store.begin() as s:  # the migrated ticket can be worked
        t = queue.extend(s, "PRIV-2026-000001", 5, "tapes", actor="alice", now=now,
                         deadlines=Deadlines())
        assert (t.due_at, t.extension_days) == (datetime(2026, 12, 7, 9, 0, tzinfo=UTC), 5)
    store.close()
