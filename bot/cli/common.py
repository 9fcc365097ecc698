"""Helpers shared by the command modules: the ``--config`` option and loading it."""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path
from typing import Any

import click

from bot.config import Config, load_config
from bot.errors import ConfigError, TransientError

CONFIG_HELP = "Config file (TOML). Default: $PRIVACY_BOT_CONFIG."


def config_option(f: Any) -> Any:
    """``--config FILE`` on a command (it may also be given before the command)."""
    return click.option(
        "--config",
        "config_path",
        type=click.Path(path_type=Path),
        envvar="PRIVACY_BOT_CONFIG",
        help=CONFIG_HELP,
    )(f)


def load_or_exit(ctx: click.Context, config_path: Path | None,
                 secrets: Collection[str] | None = None) -> Config:
    """Load the config from the command's or the group's ``--config``.

    ``secrets``: the sections whose secrets the command needs (None: all; ``()`` for
    commands that only read the store, so staff and monitoring need no mail passwords).
    Prints every problem (each naming its key) and exits with status 2 on a bad config;
    prints warnings (unknown keys) to stderr and goes on.
    """
    path = config_path or ctx.find_root().params.get("config_path")
    if path is None:
        raise click.UsageError("no config: pass --config FILE (or run `privacy-bot demo`)")
    try:
        config = load_config(path, secrets=secrets)
    except ConfigError as exc:
        click.echo(f"config error in {path}:\n{exc}", err=True)
        for warning in getattr(exc, "warnings", ()):
            click.echo(f"config warning: {warning}", err=True)
        ctx.exit(2)
    for warning in config.warnings:
        click.echo(f"config warning: {warning}", err=True)
    return config


def open_store(ctx: click.Context, config: Config) -> Any:
    """The store of ``config``, migrated to the newest schema, or exit 2 naming
    ``store.url`` when the database cannot be opened (missing driver, unwritable file, a
    login refused), exit 1 when it may open later (locked; a server down or restarting)."""
    from bot.store import Store

    try:
        store = Store(config.store.url)
        store.migrate()
    except ConfigError as exc:
        click.echo(f"config error: {exc}", err=True)
        ctx.exit(2)
    except TransientError as exc:
        click.echo(f"try again later: {exc}", err=True)
        ctx.exit(1)
    return store


def build_or_exit(ctx: click.Context, config: Config) -> Any:
    """``bot.service.app.build_app(config)``, or exit 2 with the key when a template or the store's
    setting is wrong (e.g. ``bot.templates_dir: template en/acknowledgement.txt: ...``), exit 1
    when the store may open later (locked; a server down or restarting: systemd's
    ``Restart=on-failure`` starts the service again, while exit 2 it does not)."""
    from bot.service.app import build_app

    try:
        return build_app(config)
    except ConfigError as exc:
        click.echo(f"config error: {exc}", err=True)
        ctx.exit(2)
    except TransientError as exc:
        click.echo(f"try again later: {exc}", err=True)
        ctx.exit(1)
