"""Shared fixtures: real servers on 127.0.0.1 (Dovecot, aiosmtpd) and the shared corpus.

- ``dovecot_server`` (session): one private Dovecot for the run (see tests/servers.py).
  Missing Dovecot skips the test with the apt-get hint, except under ``CI`` where it fails.
- ``dovecot`` (function): a fresh user on it, i.e. an empty mailbox per test
  (:class:`tests.servers.DovecotAccount`); the server is running again after the test even
  when the test stopped it.
- ``tls_cert`` (session): (cert.pem, key.pem), self-signed for localhost/127.0.0.1.
- ``smtp_server`` (function): a plain aiosmtpd server; ``smtp_factory`` makes variants
  (``starttls=True``, ``auth=(user, password)``), all stopped after the test.
- ``corpus_dir``: ../shared/corpus beside the repository (skips when absent; fails under CI).
- ``postgres_server`` (session): one private PostgreSQL for the run (tests/servers.py);
  missing binaries skip with the apt-get hint, except under ``CI`` where they fail.
- ``store_url`` (function, parametrized ``sqlite`` / ``postgresql``): the URL of a new, empty
  store: an SQLite file in the test's temp dir, or a fresh database on the session's
  PostgreSQL (dropped after the test). A test that takes it runs once on each.
- ``store`` (function): a migrated :class:`bot.store.Store` on ``store_url``, closed after.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest

from tests.servers import (
    INSTALL_HINT,
    POSTGRES_HINT,
    DovecotAccount,
    DovecotServer,
    PostgresServer,
    SmtpServer,
    _ThrowawayServer,
    find_dovecot,
    find_postgres,
    make_self_signed_cert,
)

#: The stores every store-level test runs on: the embedded default and a real server.
STORES = ("sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql))


def _missing(message: str) -> None:
    """Skip locally; fail under CI, so that a CI run without the server cannot pass."""
    if os.environ.get("CI"):
        pytest.fail(f"{message} (CI is set: failing instead of skipping)", pytrace=False)
    pytest.skip(message)


Server = TypeVar("Server", bound=_ThrowawayServer)


def _running(server: Server) -> Iterator[Server]:
    """Start ``server``, yield it, and stop it and remove its directory afterwards."""
    try:
        server.start()
        yield server
    finally:
        server.cleanup()


@pytest.fixture(scope="session")
def dovecot_server() -> Iterator[DovecotServer]:
    """One throwaway Dovecot on 127.0.0.1 for the whole session."""
    binary = find_dovecot()
    if binary is None:
        _missing(INSTALL_HINT)
        raise AssertionError("unreachable")  # pytest.skip/fail raised
    yield from _running(DovecotServer(binary))


@pytest.fixture
def dovecot(dovecot_server: DovecotServer) -> Iterator[DovecotAccount]:
    """A fresh user (empty INBOX, no folders) on the session's Dovecot."""
    dovecot_server.start()  # a previous test may have left it stopped
    user, password = dovecot_server.add_user()
    yield DovecotAccount(dovecot_server, user, password)
    dovecot_server.start()


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """One throwaway PostgreSQL on 127.0.0.1 for the whole session."""
    bindir = find_postgres()
    if bindir is None:
        _missing(POSTGRES_HINT)
        raise AssertionError("unreachable")  # pytest.skip/fail raised
    yield from _running(PostgresServer(bindir))


@pytest.fixture(params=STORES)
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The URL of a new, empty store (see the module docstring)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'bot.db'}"
        return
    server: PostgresServer = request.getfixturevalue("postgres_server")
    name = server.create_database()
    yield server.url(name)
    server.drop_database(name)


@pytest.fixture
def store(store_url: str) -> Iterator[Any]:
    """A migrated :class:`bot.store.Store` on ``store_url``, closed after the test."""
    from bot.store import Store

    opened = Store(store_url)
    opened.migrate()
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def tls_cert() -> Iterator[tuple[Path, Path]]:
    """(cert.pem, key.pem): self-signed EC certificate for localhost and 127.0.0.1."""
    directory = Path(tempfile.mkdtemp(prefix="test-cert-"))
    try:
        yield make_self_signed_cert(directory)
    finally:
        for path in directory.iterdir():
            path.unlink()
        directory.rmdir()


@pytest.fixture
def smtp_factory(tls_cert: tuple[Path, Path]) -> Iterator[Any]:
    """``make(starttls=False, auth=None) -> SmtpServer``, started; all stopped at teardown."""
    servers: list[SmtpServer] = []

    def make(*, starttls: bool = False, auth: tuple[str, str] | None = None) -> SmtpServer:
        server = SmtpServer(starttls=starttls, auth=auth, cert=tls_cert)
        server.start()
        servers.append(server)
        return server

    yield make
    for server in servers:
        server.stop()


@pytest.fixture
def smtp_server(smtp_factory: Any) -> SmtpServer:
    """A plain SMTP server on 127.0.0.1 recording every message (see SmtpServer)."""
    server: SmtpServer = smtp_factory()
    return server


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    """../shared/corpus beside the repository root (CI copies shared/ there)."""
    path = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
    if not path.is_dir():
        _missing(f"shared corpus not found at {path} (expected ../shared/corpus)")
    return path
