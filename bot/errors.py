"""The project's exception tree: one base, three kinds the driver treats differently.

- :class:`ConfigError` stops start-up; it names the config key.
- :class:`TransientError` is retried later (connection lost, 4xx reply, database locked).
- :class:`BadInputError` quarantines the message in hand and the loop goes on.
"""


class BotError(Exception):
    """Base of every error the bot raises on purpose."""


class ConfigError(BotError):
    """Invalid configuration. ``key`` is the dotted config key (e.g. ``imap.host``)."""

    def __init__(self, key: str, problem: str) -> None:
        super().__init__(f"{key}: {problem}")
        self.key = key
        self.problem = problem


class TransientError(BotError):
    """An operation failed in a way that may succeed later (retry with backoff)."""


class PermanentError(BotError):
    """An operation failed and retrying cannot help (e.g. SMTP 5xx, login rejected)."""


class BadInputError(BotError):
    """The message itself is unusable (too large, MIME nested too deep, unparseable)."""


class TooExpensiveError(BadInputError):
    """Reading the message took more CPU time or memory than the budget allows (issue 16:
    ``bot.read_cpu_seconds``, ``bot.read_memory_mb``); it is quarantined like other bad
    input."""
