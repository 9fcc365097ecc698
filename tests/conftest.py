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
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.servers import (
    INSTALL_HINT,
    DovecotAccount,
    DovecotServer,
    SmtpServer,
    find_dovecot,
    make_self_signed_cert,
)


def _missing(message: str) -> None:
    """Skip locally; fail under CI, so that a CI run without the server cannot pass."""
    if os.environ.get("CI"):
        pytest.fail(f"{message} (CI is set: failing instead of skipping)", pytrace=False)
    pytest.skip(message)


@pytest.fixture(scope="session")
def dovecot_server() -> Iterator[DovecotServer]:
    """One throwaway Dovecot on 127.0.0.1 for the whole session."""
    binary = find_dovecot()
    if binary is None:
        _missing(INSTALL_HINT)
        raise AssertionError("unreachable")  # pytest.skip/fail raised
    server = DovecotServer(binary)
    try:
        server.start()
        yield server
    finally:
        server.cleanup()


@pytest.fixture
def dovecot(dovecot_server: DovecotServer) -> Iterator[DovecotAccount]:
    """A fresh user (empty INBOX, no folders) on the session's Dovecot."""
    dovecot_server.start()  # a previous test may have left it stopped
    user, password = dovecot_server.add_user()
    yield DovecotAccount(dovecot_server, user, password)
    dovecot_server.start()


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
