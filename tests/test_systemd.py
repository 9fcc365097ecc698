"""sd_notify over a real AF_UNIX datagram socket, and the shipped unit file."""

from __future__ import annotations

import shutil
import socket
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.service.systemd import Notifier, unit_file


@pytest.fixture
def notify_socket(tmp_path: Path) -> Iterator[tuple[socket.socket, str]]:
    path = str(tmp_path / "notify.sock")
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(path)
    sock.settimeout(5)
    yield sock, path
    sock.close()


def test_notify_sends_key_value_lines(notify_socket: tuple[socket.socket, str]) -> None:
    sock, path = notify_socket
    n = Notifier(env={"NOTIFY_SOCKET": path, "WATCHDOG_USEC": "120000000"})
    assert n.enabled and n.watchdog_interval == 60.0
    assert n.ready("watching the mailbox")
    assert sock.recv(4096) == b"READY=1\nSTATUS=watching the mailbox"
    assert n.watchdog()
    assert sock.recv(4096) == b"WATCHDOG=1"
    assert n.stopping()
    assert sock.recv(4096) == b"STOPPING=1\nSTATUS=stopping"


def test_abstract_namespace_socket() -> None:
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind("\0privacy-bot-test-notify")
    sock.settimeout(5)
    try:
        assert Notifier(env={"NOTIFY_SOCKET": "@privacy-bot-test-notify"}).status("ok")
        assert sock.recv(100) == b"STATUS=ok"
    finally:
        sock.close()


def test_without_socket_nothing_happens(tmp_path: Path) -> None:
    n = Notifier(env={})
    assert not n.enabled and n.watchdog_interval is None
    assert n.ready("x") is False
    # a vanished socket must not raise
    assert Notifier(env={"NOTIFY_SOCKET": str(tmp_path / "gone")}).watchdog() is False


def test_unit_file_points_at_the_installed_script() -> None:
    text = unit_file("/opt/privacy-bot/bin/privacy-bot")
    assert "ExecStart=/opt/privacy-bot/bin/privacy-bot --config " in text
    assert "/usr/local/bin/privacy-bot" not in text
    for line in (
        "Type=notify",
        "WatchdogSec=",
        "DynamicUser=yes",
        "StateDirectory=privacy-bot",
        "ConfigurationDirectory=privacy-bot",
        "LoadCredential=imap-password:",
        "NoNewPrivileges=yes",
        "ProtectSystem=strict",
        "CapabilityBoundingSet=\n",
        "SystemCallFilter=@system-service",
        "UMask=0077",
        "Restart=on-failure",
    ):
        assert line in text


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd-analyze not found")
def test_unit_file_verifies_and_is_hardened(tmp_path: Path) -> None:
    exe = tmp_path / "privacy-bot"
    exe.write_text("#!/bin/sh\n")
    exe.chmod(0o755)
    unit = tmp_path / "privacy-bot.service"
    unit.write_text(unit_file(str(exe)))
    verify = subprocess.run(
        ["systemd-analyze", "verify", str(unit)], capture_output=True, text=True, check=False
    )
    assert verify.returncode == 0, verify.stderr
    security = subprocess.run(
        ["systemd-analyze", "security", "--offline=yes", "--threshold=20", str(unit)],
        capture_output=True,
        text=True,
        check=False,
    )
    last = [line for line in security.stdout.splitlines() if "Overall exposure" in line]
    assert last, security.stdout + security.stderr
    score = float(last[0].split("privacy-bot.service:")[1].split()[0])
    assert score <= 2.0


def test_template_unit_runs_one_named_worker_per_instance() -> None:
    text = unit_file("/opt/privacy-bot/bin/privacy-bot", template=True)
    assert ("ExecStart=/opt/privacy-bot/bin/privacy-bot --config "
            "${CONFIGURATION_DIRECTORY}/bot.toml run --worker %H-%i\n") in text
    assert "Description=Privacy request intake bot, worker %i (" in text
    # one dynamic user for every instance: they share the state directory
    assert "DynamicUser=yes\nUser=privacy-bot\nGroup=privacy-bot\n" in text
    assert "systemd-unit --template > /etc/systemd/system/privacy-bot@.service" in text
    # everything else is the single unit's, hardening included
    single = unit_file("/opt/privacy-bot/bin/privacy-bot")
    assert len(text.splitlines()) == len(single.splitlines()) + 3


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd-analyze not found")
def test_template_unit_verifies(tmp_path: Path) -> None:
    exe = tmp_path / "privacy-bot"
    exe.write_text("#!/bin/sh\n")
    exe.chmod(0o755)
    unit = tmp_path / "privacy-bot@.service"
    unit.write_text(unit_file(str(exe), template=True))
    instance = tmp_path / "privacy-bot@1.service"
    instance.symlink_to(unit)
    verify = subprocess.run(["systemd-analyze", "verify", str(instance)],
                            capture_output=True, text=True, check=False)
    assert verify.returncode == 0, verify.stderr
