"""Fault injection for the crash tests (tests/test_faults.py, bench/soak.py).

``PRIVACY_BOT_CRASH_AT=POINT:N`` in the environment kills the process at the Nth pass of a
named point between two stages of :class:`bot.service.worker.Worker`; unset (production), nothing
happens.
"""

from __future__ import annotations

import logging
import os

from bot.errors import ConfigError

log = logging.getLogger(__name__)

#: The environment variable read by :class:`CrashHook`.
CRASH_ENV = "PRIVACY_BOT_CRASH_AT"
#: Points between two stages where :class:`CrashHook` can kill the process, in round order:
#: after a fetched batch is stored; after the attempt is counted, before processing; after the
#: outcome's transaction committed; after the SMTP server accepted an outbox mail, before that
#: is recorded; after delivery, before archiving; after the IMAP move, before it is recorded.
CRASH_POINTS = ("after-store", "before-process", "after-commit", "after-send",
                "before-archive", "after-move")
#: Exit status of a process killed by :class:`CrashHook` (a shell's status for kill -9).
CRASH_STATUS = 137


class CrashHook:
    """Fault injection: ``PRIVACY_BOT_CRASH_AT=POINT:N`` makes the process exit with
    :data:`CRASH_STATUS` through ``os._exit`` the Nth time (N ≥ 1) it passes POINT (one of
    :data:`CRASH_POINTS`): no rollback, no cleanup, no logout, as with kill -9 or a power cut
    at that spot. ``spec`` None or empty (production) disables it.

    Raises ConfigError (key ``PRIVACY_BOT_CRASH_AT``) for a malformed ``spec``: a test that
    believes it injects a fault must not run without one.
    """

    def __init__(self, spec: str | None) -> None:
        self.point: str | None = None
        self.nth = 0
        self.passes = 0
        if not spec:
            return
        point, _, nth = spec.partition(":")
        if point not in CRASH_POINTS or not nth.isdigit() or int(nth) < 1:
            raise ConfigError(
                CRASH_ENV, f"must be POINT:N, POINT one of {', '.join(CRASH_POINTS)}, N >= 1; "
                f"not {spec!r}",
            )
        self.point, self.nth = point, int(nth)

    def __call__(self, point: str) -> None:
        """Count a pass of ``point``; exit the process at the configured pass."""
        if point != self.point:
            return
        self.passes += 1
        if self.passes == self.nth:
            log.warning("%s: crashing at %s, pass %d", CRASH_ENV, point, self.passes)
            os._exit(CRASH_STATUS)
