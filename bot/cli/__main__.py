"""``python -m bot.cli.commands``: the same as ``privacy-bot``."""

from bot.cli.commands import main

main()
