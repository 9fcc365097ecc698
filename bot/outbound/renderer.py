"""The renderer of every mail the bot and its staff send, built from the config."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from bot.config import Config
from bot.store.models import utcnow
from responses import Renderer


def make_renderer(config: Config, clock: Callable[[], datetime] = utcnow) -> Renderer:
    """The responses renderer for the configured addresses, domain, company, templates and
    time zone; ``clock`` dates the mails it renders. Raises ConfigError (naming the key) for
    a bad address, domain, time zone or template."""
    b = config.bot
    return Renderer(
        from_address=b.address, from_name=b.name, domain=b.domain,
        staff_address=b.staff_address, company=b.company,
        templates_dir=b.templates_dir, timezone=b.timezone, clock=clock,
    )


__all__ = ["make_renderer"]
