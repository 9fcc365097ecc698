"""`privacy-bot run` as systemd runs it: sd_notify over a real socket, credentials from
$CREDENTIALS_DIRECTORY, journald priority prefixes, SIGHUP reload, SIGTERM exit — against the
real Dovecot."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

from tests.servers import DovecotAccount, SmtpServer

REPO = Path(__file__).resolve().parents[1]


def write_config(tmp_path: Path, dovecot: DovecotAccount, smtp: SmtpServer) -> Path:
    path = tmp_path / "bot.toml"
    path.write_text(
        "[mailbox]\n"
        f'kind = "imap"\nhost = "127.0.0.1"\nport = {dovecot.port}\nsecurity = "plain"\n'
        f'username = "{dovecot.user}"\npassword_credential = "imap-password"\n'
        "poll_interval = 30\ntimeout = 5\n"
        "[outbox]\n"
        f'kind = "smtp"\nhost = "127.0.0.1"\nport = {smtp.port}\nsecurity = "plain"\n'
        '[store]\nurl = "sqlite:///bot.db"\n'
        '[bot]\naddress = "privacy@example.com"\nstaff_address = "privacy-staff@example.com"\n'
        'company = "ExampleMart Pte. Ltd."\n',
        encoding="utf-8",
    )
    return path


#: A generous bound for an event a busy 2-core machine may be slow to reach (start-up loads
#: spaCy, ~4 s when busy). Tests wait for the event itself; this only stops a hung test.
PATIENCE = 90.0


def wait_for_log(log: Path, proc: subprocess.Popen[bytes], text: str, count: int = 1) -> str:
    """The worker's stderr once ``text`` occurs ``count`` times in it; fails if the process
    exits first or PATIENCE seconds pass."""
    deadline = time.monotonic() + PATIENCE
    while time.monotonic() < deadline:
        content = log.read_text(errors="replace")
        if content.count(text) >= count:
            return content
        assert proc.poll() is None, f"worker exited ({proc.returncode}):\n{content}"
        time.sleep(0.05)
    raise AssertionError(f"no {count}x {text!r} within {PATIENCE} s:\n{log.read_text()}")


def receive_until(sock: socket.socket, wanted: bytes, timeout: float) -> list[bytes]:
    """Datagrams received until one contains ``wanted`` (or the timeout passes)."""
    got: list[bytes] = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        sock.settimeout(max(0.05, deadline - time.monotonic()))
        try:
            data = sock.recv(4096)
        except TimeoutError:
            break
        got.append(data)
        if wanted in data:
            break
    return got


def test_notify_ready_watchdog_stopping_and_credentials(
    tmp_path: Path, dovecot: DovecotAccount, smtp_server: SmtpServer
) -> None:
    creds = tmp_path / "credentials"
    creds.mkdir()
    (creds / "imap-password").write_text(dovecot.password + "\n")
    config = write_config(tmp_path, dovecot, smtp_server)
    notify_path = str(tmp_path / "notify.sock")
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(notify_path)
    env = {**os.environ, "NOTIFY_SOCKET": notify_path, "WATCHDOG_USEC": "2000000",
           "CREDENTIALS_DIRECTORY": str(creds), "JOURNAL_STREAM": "8:12345"}
    dovecot.stop()  # READY=1 only once the mailbox is reachable
    log = tmp_path / "stderr.log"
    with log.open("wb") as err:
        proc = subprocess.Popen([sys.executable, "-m", "bot.cli", "run", "--config",
                                 str(config)], cwd=REPO, env=env, stdout=err, stderr=err)
    try:
        # the worker has tried the mailbox and found it down: no READY before that
        wait_for_log(log, proc, "retrying")
        sock.setblocking(False)
        early = []
        with contextlib.suppress(BlockingIOError):
            while True:
                early.append(sock.recv(4096))
        sock.setblocking(True)
        assert not any(b"READY=1" in d for d in early), early
        dovecot.start()
        ready = receive_until(sock, b"READY=1", timeout=PATIENCE)
        assert any(b"READY=1" in d for d in ready), ready
        # WatchdogSec=2 s → a ping at least every second while healthy
        assert any(b"WATCHDOG=1" in d for d in receive_until(sock, b"WATCHDOG=1",
                                                               timeout=PATIENCE))
        proc.send_signal(signal.SIGTERM)
        stopping = receive_until(sock, b"STOPPING=1", timeout=PATIENCE)
        assert any(b"STOPPING=1" in d for d in stopping)
        assert proc.wait(timeout=PATIENCE) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        sock.close()
    stderr = log.read_text()
    # journald form: every line starts with a syslog priority; the outage was a warning (<4>)
    lines = [line for line in stderr.splitlines() if line]
    assert lines and all(line[:3] in ("<6>", "<4>", "<3>", "<7>") for line in lines), lines
    assert any(line.startswith("<4>") and "retrying" in line for line in lines)
    assert dovecot.password not in stderr


def test_sighup_reloads_the_config(tmp_path: Path, dovecot: DovecotAccount,
                                   smtp_server: SmtpServer) -> None:
    creds = tmp_path / "credentials"
    creds.mkdir()
    (creds / "imap-password").write_text(dovecot.password)
    config = write_config(tmp_path, dovecot, smtp_server)
    env = {**os.environ, "CREDENTIALS_DIRECTORY": str(creds)}
    log = tmp_path / "stderr.log"
    with log.open("wb") as err:
        proc = subprocess.Popen([sys.executable, "-m", "bot.cli", "run", "--config",
                                 str(config)], cwd=REPO, env=env, stdout=err, stderr=err)
    try:
        wait_for_log(log, proc, "worker starting")  # the signal handlers are installed
        proc.send_signal(signal.SIGHUP)
        wait_for_log(log, proc, "worker starting", count=2)  # still running after the reload
        config.write_text(config.read_text().replace('address = "privacy@example.com"',
                                                     'address = "not an address"'))
        proc.send_signal(signal.SIGHUP)
        wait_for_log(log, proc, "worker starting", count=3)  # a broken edit keeps the old one
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=PATIENCE) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    stderr = log.read_text()
    assert stderr.count("config reloaded") == 1
    assert "config reload failed, keeping the old config: bot.address: must be an email" in (
        stderr)
    assert stderr.count("worker starting") == 3


def test_missing_credential_stops_start_up_naming_the_key(tmp_path: Path,
                                                          dovecot: DovecotAccount,
                                                          smtp_server: SmtpServer) -> None:
    config = write_config(tmp_path, dovecot, smtp_server)
    env = {k: v for k, v in os.environ.items() if k != "CREDENTIALS_DIRECTORY"}
    result = subprocess.run([sys.executable, "-m", "bot.cli", "run", "--config", str(config)],
                            cwd=REPO, env=env, capture_output=True, text=True, timeout=60,
                            check=False)
    assert result.returncode == 2
    assert "mailbox.password_credential: $CREDENTIALS_DIRECTORY is not set" in result.stderr


def test_metrics_endpoint_serves_the_status_figures(tmp_path: Path) -> None:
    import urllib.request

    from bot.config import build_config
    from bot.service.metrics import serve_metrics
    from bot.store import Store
    from tests.servers import free_port

    port = free_port()
    config = build_config({"mailbox": {"path": "m"}, "outbox": {"path": "o"},
                           "metrics": {"port": port}}, base=tmp_path, env={})
    store = Store(config.store.url)
    store.migrate()
    server = serve_metrics(config, store)
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5) as reply:
            text = reply.read().decode()
    finally:
        server.shutdown()
        server.server_close()
        store.close()
    # a new store: never polled, so unhealthy; nothing waiting or failed
    assert "privacy_bot_healthy 0.0" in text
    assert "privacy_bot_messages_waiting 0.0" in text
    assert "privacy_bot_outbox_failed 0.0" in text
    assert "privacy_bot_last_poll_timestamp_seconds 0.0" in text
