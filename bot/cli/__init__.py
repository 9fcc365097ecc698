"""The command line (``privacy-bot``): the entry point and one module per command group.

The top layer: it may import everything; nothing imports it.
"""

from bot.cli.commands import main

__all__ = ["main"]
