"""The store on a real SQLite file and on a real PostgreSQL server (the ``store_url``
fixture runs a test on each): migrations, keys, duplicates, references, threading."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from bot.intake.address import person_key
from bot.intake.mailbox.base import FetchedMail
from bot.store import Message, MessageState, Outbox, Store, Ticket
from bot.store.migrations import HEAD_REVISION
from bot.store.models import Base, CleanJSON, CleanString, CleanText, storable
from bot.store.store import engine_url, message_id_of, message_ids_in
from tests.servers import PostgresServer

ROOT = Path(__file__).resolve().parents[1]

RAW = (
    b"From: a@example.org\r\nTo: privacy@example.com\r\nSubject: hi\r\n"
    b"Message-ID: <one@example.org>\r\n\r\nPlease delete my data.\r\n"
)


def make_store(url: str) -> Store:
    store = Store(url)
    store.migrate()
    return store


def test_migrations_create_exactly_the_models(store: Store) -> None:
    with store.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
    store.migrate()  # idempotent
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).all() == [
            (HEAD_REVISION,)]


@pytest.mark.postgresql
def test_workers_starting_at_once_migrate_a_new_database_once(
        postgres_server: PostgresServer) -> None:
    """Several workers started together on PostgreSQL (``systemctl start privacy-bot@{1,2,3}``,
    or all restarted after an upgrade) each migrate at start: one does it, the others wait
    for it and find the schema current. Found by bench/soak.py --store postgresql, where two
    of three workers died with a traceback (UniqueViolation on alembic_version). Processes,
    as workers are (Alembic's context is per process)."""
    from bot.store.migrations import HEAD_REVISION

    name = postgres_server.create_database()
    url = postgres_server.url(name)
    code = f"from bot.store import Store; Store({url!r}).migrate()"
    procs = [subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, stderr=subprocess.PIPE)
             for _ in range(4)]
    failures = [p.communicate(timeout=300)[1].decode()[-600:] for p in procs]
    assert [p.returncode for p in procs] == [0] * 4, failures
    store = Store(url)
    assert store.schema_revision() == HEAD_REVISION
    store.close()
    postgres_server.drop_database(name)


def test_sqlite_runs_in_wal_mode(tmp_path: Path) -> None:
    make_store(f"sqlite:///{tmp_path / 'bot.db'}").close()
    con = sqlite3.connect(tmp_path / "bot.db")
    assert con.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    con.close()


def test_head_revision_constant_is_alembics_head() -> None:
    from importlib import resources

    from alembic.config import Config as AlembicConfig
    from alembic.script import ScriptDirectory

    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(resources.files("bot.store") / "migrations"))
    assert ScriptDirectory.from_config(cfg).get_current_head() == HEAD_REVISION


def test_sqlite_is_durable(tmp_path: Path) -> None:
    store = make_store(f"sqlite:///{tmp_path / 'bot.db'}")
    with store.engine.connect() as conn:
        # 2 = FULL: the commit survives a power cut before the server copy moves
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2
    with store.light_engine.connect() as conn:
        # 1 = NORMAL: bookkeeping, synced by the next durable commit
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 1


def test_same_key_stored_once_and_same_mail_under_new_key_is_a_duplicate(store: Store) -> None:
    assert store.add_fetched("imap://x/INBOX", 7, [FetchedMail("1", RAW)]) == 1
    assert store.add_fetched("imap://x/INBOX", 7, [FetchedMail("1", RAW)]) == 0
    assert store.known_uids("imap://x/INBOX", 7, ["1", "2"]) == {"1"}
    # the folder was rebuilt: same bytes, new UIDVALIDITY and UID
    assert store.add_fetched("imap://x/INBOX", 8, [FetchedMail("1", RAW)]) == 1
    with store.begin() as s:
        rows = s.query(Message).order_by(Message.id).all()
        assert [(r.uidvalidity, r.state, r.duplicate_of) for r in rows] == [
            (7, MessageState.STORED, None),
            (8, MessageState.DUPLICATE, rows[0].id),
        ]
        assert rows[0].message_id == "<one@example.org>"
        assert rows[0].raw == RAW
    assert store.unprocessed() == [1]


def test_references_count_per_year(store: Store) -> None:
    with store.begin() as s:
        refs = [
            Store.next_reference(s, "PRIV", datetime(2026, 12, 31, tzinfo=UTC)),
            Store.next_reference(s, "PRIV", datetime(2026, 12, 31, tzinfo=UTC)),
            Store.next_reference(s, "PRIV", datetime(2027, 1, 1, tzinfo=UTC)),
        ]
    assert refs == ["PRIV-2026-000001", "PRIV-2026-000002", "PRIV-2027-000001"]


def test_thread_by_sent_message_id_by_received_id_and_by_reference(store: Store) -> None:
    now = datetime(2026, 11, 29, tzinfo=UTC)
    with store.begin() as s:
        t = Ticket(
            reference="PRIV-2026-000042",
            kind="request",
            types=["access"],
            received_at=now,
            due_at=now + timedelta(days=30),
        )
        s.add(t)
        s.flush()
        s.add(
            Outbox(
                ticket_id=t.id,
                kind="acknowledgement",
                message_id="<ack@example.com>",
                mail_from="privacy@example.com",
                recipients=["a@example.org"],
                ack_to="a@example.org",
                ack_domain="example.org",
                raw=b"x",
            )
        )
        s.add(
            Message(
                mailbox="m",
                uidvalidity=0,
                uid="1",
                message_id="<req@example.org>",
                sha256="0" * 64,
                raw=b"",
                size=0,
                ticket_id=t.id,
            )
        )
    with store.begin() as s:
        assert Store.thread_ticket(s, ["<ack@example.com>"], "").reference == "PRIV-2026-000042"
        assert Store.thread_ticket(s, ["<req@example.org>"], "").reference == "PRIV-2026-000042"
        assert Store.thread_ticket(s, [], "Re: my data [PRIV-2026-000042]").id == t.id
        assert Store.thread_ticket(s, ["<other@x>"], "Re: PRIV-2026-000043") is None
        # one acknowledgement was queued to a@example.org (just now); case does not matter
        since = datetime.now(UTC) - timedelta(hours=24)
        assert Store.acknowledgements_since(s, since, person=person_key("A@example.org")) == 1
        assert Store.acknowledgements_since(s, since, person="b@example.org") == 0
        assert Store.acknowledgements_since(s, since, domain="Example.org") == 1
        assert Store.acknowledgements_since(s, since, domain="example.net") == 0
        assert Store.acknowledgements_since(s, since) == 1
        assert Store.acknowledgements_since(s, datetime.now(UTC), person="a@example.org") == 0


def test_header_helpers() -> None:
    assert message_id_of(RAW) == "<one@example.org>"
    assert message_id_of(b"\xff\xfe garbage") == ""
    assert message_ids_in(["<a@x> <b@y>", None, "junk <c@z>"]) == ["<a@x>", "<b@y>", "<c@z>"]


def test_next_delivery_at_is_the_earliest_pending_attempt(store: Store) -> None:
    assert store.next_delivery_at() is None
    t0 = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)
    with store.begin() as s:
        for i, (status, minutes) in enumerate([("pending", 30), ("pending", 5), ("sent", 1)]):
            s.add(Outbox(kind="acknowledgement", message_id=f"<o{i}@example.com>",
                         mail_from="privacy@example.com", recipients=["a@example.org"],
                         raw=b"x", status=status, next_attempt_at=t0 + timedelta(minutes=minutes)))
    # the sent row (due at +1 min) no longer counts
    assert store.next_delivery_at() == t0 + timedelta(minutes=5)


@pytest.mark.parametrize(("address", "person"), [
    ("Jane.Doe@Example.org", "jane.doe@example.org"),  # case
    ("jane+promo@example.org", "jane@example.org"),  # RFC 5233 subaddress
    ("jane+a+b@example.org", "jane@example.org"),
    ("J.a.n.e+x@GoogleMail.com", "jane@gmail.com"),  # Gmail ignores dots; one service
    ("j.ane@example.org", "j.ane@example.org"),  # other domains keep their dots
    ("+tag@example.org", "+tag@example.org"),  # nothing before the tag: kept whole
    ("postmaster", "postmaster"),
])
def test_person_key(address: str, person: str) -> None:
    assert person_key(address) == person


# -- the same store on PostgreSQL: text, numbers, concurrency, outages -----------------------


def test_text_with_nul_or_over_the_column_length_is_stored_alike_everywhere(store: Store) -> None:
    # PostgreSQL refuses NUL in text and values longer than a VARCHAR; SQLite takes both.
    # The store keeps the same thing on both: NUL as U+FFFD, cut to the column's length.
    raw = RAW.replace(b"<one@example.org>", b"<o\x00ne@example.org>")
    assert store.add_fetched("imap://x/INBOX", 7, [FetchedMail("1", raw)]) == 1
    assert store.add_fetched("imap://x/INBOX", 7, [FetchedMail("2", raw)]) == 1  # same mail
    now = datetime(2026, 11, 29, tzinfo=UTC)
    with store.begin() as s:
        s.add(Ticket(reference="PRIV-2026-000001", kind="request", types=["deletion\x00"],
                     requester_name="Jane\x00Doe" + "x" * 600, subject="Delete\x00 my data",
                     classification={"reason\x00": ["a\x00b", {"c": "d\x00"}]},
                     received_at=now, due_at=now))
    with store.begin() as s:
        first, second = s.query(Message).order_by(Message.id).all()
        assert (first.message_id, second.state, second.duplicate_of) == (
            "<o\ufffdne@example.org>", MessageState.DUPLICATE, first.id)
        assert first.raw == raw  # the raw bytes are kept as they came
        t = s.query(Ticket).one()
        assert t.requester_name == "Jane\ufffdDoe" + "x" * 492  # 500 characters
        assert (t.subject, t.types) == ("Delete\ufffd my data", ["deletion\ufffd"])
        assert t.classification == {"reason\ufffd": ["a\ufffdb", {"c": "d\ufffd"}]}
        # a lookup with the NUL finds what was stored
        assert Store.thread_ticket(s, [], "x") is None
        assert s.query(Message).filter(Message.message_id == "<o\x00ne@example.org>").count() == 2


def test_storable() -> None:
    assert storable("a\x00b\x00") == "a\ufffdb\ufffd"
    assert storable("abcdef", 4) == "abcd"
    assert storable("ok", 10) == "ok"


def test_every_text_column_goes_through_the_cleaning_types() -> None:
    from sqlalchemy import JSON, String, Text

    plain = [f"{table.name}.{column.name}" for table in Base.metadata.tables.values()
             for column in table.columns
             if isinstance(column.type, (String, Text, JSON))]
    assert plain == []
    cleaned = [column for table in Base.metadata.tables.values() for column in table.columns
               if isinstance(column.type, (CleanString, CleanText, CleanJSON))]
    assert len(cleaned) > 50


def test_a_uidvalidity_above_2_to_the_31_is_kept(store: Store) -> None:
    # RFC 3501 §9: nz-number, up to 4294967295; PostgreSQL's INTEGER ends at 2147483647
    top = 4_294_967_295
    assert store.add_fetched("imap://x/INBOX", top, [FetchedMail("9", RAW)]) == 1
    store.set_cursor("imap://x/INBOX", top, "9", now=datetime(2026, 11, 29, tzinfo=UTC))
    assert store.known_uids("imap://x/INBOX", top, ["9", "10"]) == {"9"}
    cursor = store.cursor("imap://x/INBOX")
    assert cursor is not None and (cursor.uidvalidity, cursor.last_uid) == (top, "9")


def test_no_reference_is_issued_twice_by_transactions_at_the_same_time(store: Store) -> None:
    # 4 threads x 10 transactions, each numbering one ticket; they start together at the
    # first of a new year, so the counter row does not exist yet
    when = datetime(2027, 1, 1, tzinfo=UTC)
    start = threading.Barrier(4)
    refs: list[str] = []
    errors: list[BaseException] = []

    def number() -> None:
        try:
            start.wait()
            for _ in range(10):
                with store.begin() as s:
                    refs.append(Store.next_reference(s, "PRIV", when))
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=number) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert errors == []
    assert sorted(refs) == [f"PRIV-2027-{n:06d}" for n in range(1, 41)]


def test_postgresql_urls_are_opened_with_psycopg_3() -> None:
    assert engine_url("postgresql://bot@db.example.com/privacy") == (
        "postgresql+psycopg://bot@db.example.com/privacy")
    assert engine_url("postgres://bot@db/privacy") == "postgresql+psycopg://bot@db/privacy"
    assert engine_url("postgresql+psycopg://bot@db/p") == "postgresql+psycopg://bot@db/p"
    assert engine_url("sqlite:///bot.db") == "sqlite:///bot.db"


@pytest.mark.postgresql
def test_a_plain_postgresql_url_works(postgres_server: PostgresServer) -> None:
    name = postgres_server.create_database()
    url = postgres_server.url(name).replace("postgresql+psycopg://", "postgresql://")
    store = Store(url)
    store.migrate()
    assert store.engine.dialect.driver == "psycopg"
    assert store.add_fetched("imap://x/INBOX", 1, [FetchedMail("1", RAW)]) == 1
    store.close()
    postgres_server.drop_database(name)


@pytest.mark.postgresql
def test_a_postgresql_server_down_is_transient_a_refused_login_is_config(
        postgres_server: PostgresServer) -> None:
    from bot.errors import ConfigError, TransientError
    from tests.servers import free_port

    nobody_listens = Store(f"postgresql://bot@127.0.0.1:{free_port()}/privacy")
    with pytest.raises(TransientError, match="Connection refused"):
        nobody_listens.schema_revision()
    with pytest.raises(TransientError, match="Connection refused"), nobody_listens.begin() as s:
        s.execute(text("SELECT 1"))
    nobody_listens.close()
    for wrong in ("bot@127.0.0.1:{port}/no_such_database", "nobody@127.0.0.1:{port}/postgres"):
        store = Store("postgresql://" + wrong.format(port=postgres_server.port))
        with pytest.raises(ConfigError, match="does not exist") as info:
            store.schema_revision()
        assert info.value.key == "store.url"
        store.close()


@pytest.mark.postgresql
def test_a_postgresql_restart_is_transient_while_down_and_unnoticed_after(
        postgres_server: PostgresServer) -> None:
    from bot.errors import TransientError

    name = postgres_server.create_database()
    store = make_store(postgres_server.url(name))
    assert store.add_fetched("imap://x/INBOX", 1, [FetchedMail("1", RAW)]) == 1
    postgres_server.stop()
    try:
        with pytest.raises(TransientError, match="store unavailable"):
            store.unprocessed()
    finally:
        postgres_server.start()
    # the pooled connections died with the server: each is tested and replaced before use
    assert store.unprocessed() == [1]
    store.close()
    postgres_server.drop_database(name)
