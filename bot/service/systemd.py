"""systemd integration: the sd_notify protocol and the unit file the package ships.

sd_notify(3): the service sends newline-separated ``KEY=VALUE`` datagrams to the AF_UNIX socket
named in ``$NOTIFY_SOCKET`` (a leading ``@`` means the Linux abstract namespace). We send
``READY=1`` once the mailbox and store are reachable, ``STATUS=...`` after each round,
``WATCHDOG=1`` while rounds succeed (``$WATCHDOG_USEC`` gives the period) and ``STOPPING=1``
on SIGTERM. Without ``$NOTIFY_SOCKET`` every call does nothing, so the worker runs the same
outside systemd. The protocol is five lines of socket code, so no library is pulled in for it.
"""

from __future__ import annotations

import os
import socket
import sys
from importlib import resources
from pathlib import Path


class Notifier:
    """Sends sd_notify messages; a no-op when ``$NOTIFY_SOCKET`` is unset.

    ``env`` defaults to ``os.environ``. Send errors (e.g. the socket vanished) are swallowed:
    notification must never stop the worker.
    """

    def __init__(self, env: dict[str, str] | None = None) -> None:
        env = dict(os.environ) if env is None else env
        address = env.get("NOTIFY_SOCKET", "")
        self.address = "\0" + address[1:] if address.startswith("@") else address
        usec = env.get("WATCHDOG_USEC", "")
        #: Seconds between two WATCHDOG=1 pings (half the configured WatchdogSec), or None.
        self.watchdog_interval: float | None = int(usec) / 2e6 if usec.isdigit() else None

    @property
    def enabled(self) -> bool:
        """Whether a notify socket was given."""
        return bool(self.address)

    def notify(self, **fields: str | int) -> bool:
        """Send ``KEY=VALUE`` lines, e.g. ``notify(READY=1, STATUS="polling")``.

        Returns True when the datagram was sent.
        """
        if not self.address:
            return False
        payload = "\n".join(f"{k}={v}" for k, v in fields.items()).encode("utf-8")
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
                sock.sendto(payload, self.address)
        except OSError:
            return False
        return True

    def ready(self, status: str) -> bool:
        """``READY=1`` with a status line: start-up is complete."""
        return self.notify(READY=1, STATUS=status)

    def status(self, status: str) -> bool:
        """A one-line ``STATUS=`` shown by ``systemctl status``."""
        return self.notify(STATUS=status)

    def watchdog(self) -> bool:
        """``WATCHDOG=1``: the worker is alive and its last round succeeded."""
        return self.notify(WATCHDOG=1)

    def stopping(self) -> bool:
        """``STOPPING=1``: a stop was requested and the worker is finishing."""
        return self.notify(STOPPING=1, STATUS="stopping")


#: How the shipped unit becomes the template ``privacy-bot@.service``, one instance per
#: worker (README "Several workers"): each instance runs under its own worker name, and all
#: share one dynamic user, so that they can share the state directory.
_TEMPLATE_EDITS = (
    ("privacy-bot systemd-unit > /etc/systemd/system/privacy-bot.service",
     "privacy-bot systemd-unit --template > /etc/systemd/system/privacy-bot@.service\n"
     "# Start N workers: systemctl enable --now privacy-bot@1 privacy-bot@2 ..."),
    ("Description=Privacy request intake bot (",
     "Description=Privacy request intake bot, worker %i ("),
    ("bot.toml run\n", "bot.toml run --worker %H-%i\n"),
    ("DynamicUser=yes\n", "DynamicUser=yes\nUser=privacy-bot\nGroup=privacy-bot\n"),
)


def unit_file(executable: str | None = None, template: bool = False) -> str:
    """The shipped unit file with ``ExecStart`` pointing at ``executable``; with
    ``template``, the template unit ``privacy-bot@.service`` (instance ``%i``: one worker
    each, named ``%H-%i``).

    ``executable`` defaults to the ``privacy-bot`` script next to this Python interpreter.
    Raises ValueError when the shipped unit no longer has a line the template edits.
    """
    exe = executable or str(Path(sys.executable).with_name("privacy-bot"))
    text = (resources.files("bot.service") / "privacy-bot.service").read_text(encoding="utf-8")
    if template:
        for old, new in _TEMPLATE_EDITS:
            if old not in text:
                raise ValueError(f"privacy-bot.service lacks {old!r}")
            text = text.replace(old, new)
    return text.replace("/usr/local/bin/privacy-bot", exe)
