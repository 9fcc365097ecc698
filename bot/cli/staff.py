"""``privacy-bot web`` (serve the queue in a browser) and ``privacy-bot staff …`` (accounts)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import click

from bot.cli.common import config_option, load_or_exit, open_store
from bot.config import is_loopback
from bot.store.models import STAFF_ROLES


@click.command("web")
@config_option
@click.option("--host", help="Address to listen on (default: web.host, 127.0.0.1).")
@click.option("--port", type=click.IntRange(1, 65535), help="Port (default: web.port, 8080).")
@click.pass_context
def web(ctx: click.Context, config_path: Path | None, host: str | None,
        port: int | None) -> None:
    """Serve the staff queue in a browser (log in with `privacy-bot staff add` accounts)."""
    from bot.errors import ConfigError
    from bot.staff.web.app import serve

    config = load_or_exit(ctx, config_path, secrets=("web",))
    host = host or config.web.host
    port = port or config.web.port
    if not is_loopback(host):
        click.echo(f"warning: listening on {host}, not loopback: use a TLS reverse proxy "
                   "and web.secure_cookies = true", err=True)
    store = open_store(ctx, config)
    click.echo(f"privacy-bot web queue on http://{host}:{port}/ (Ctrl-C stops it)", err=True)
    try:
        serve(config, store, host, port)
    except ConfigError as exc:
        click.echo(f"config error: {exc}", err=True)
        ctx.exit(2)
    finally:
        store.close()


@click.group()
def staff() -> None:
    """Staff accounts of the web queue."""


def _read_password(confirm: bool = True) -> str:
    """Prompted (hidden, twice) on a terminal; else the first line of standard input."""
    if sys.stdin.isatty():
        return str(click.prompt("Password", hide_input=True, confirmation_prompt=confirm))
    return sys.stdin.readline().rstrip("\r\n")


def _run(ctx: click.Context, config_path: Path | None, action: Callable[[Any], object],
         done: str) -> None:
    from bot.staff.auth import AccountError

    config = load_or_exit(ctx, config_path, secrets=())
    store = open_store(ctx, config)
    try:
        with store.begin() as s:
            action(s)
    except AccountError as exc:
        click.echo(f"error: {exc}", err=True)
        ctx.exit(1)
    finally:
        store.close()
    click.echo(done)


def _who(actor: str | None) -> str:
    from bot.cli.tickets import _actor

    return _actor(actor)


@staff.command("add")
@config_option
@click.argument("name")
@click.option("--role", type=click.Choice(STAFF_ROLES), default="agent", show_default=True,
              help="viewer reads; agent also works tickets; admin also exports the register.")
@click.option("--actor", help="Who creates it (recorded). Default: $USER.")
@click.pass_context
def staff_add(ctx: click.Context, config_path: Path | None, name: str, role: str,
              actor: str | None) -> None:
    """Create account NAME; the password is prompted for (or read from standard input)."""
    from bot.staff.auth import add_staff

    who, password = _who(actor), _read_password()
    _run(ctx, config_path,
         lambda s: add_staff(s, name, password, actor=who, now=datetime.now(UTC), role=role),
         f"staff account {name} created ({role})")


@staff.command("role")
@config_option
@click.argument("name")
@click.argument("role", type=click.Choice(STAFF_ROLES))
@click.option("--actor", help="Who changes it (recorded). Default: $USER.")
@click.pass_context
def staff_role(ctx: click.Context, config_path: Path | None, name: str, role: str,
               actor: str | None) -> None:
    """Give NAME another ROLE (their sessions end, so it applies at once)."""
    from bot.staff.auth import set_role

    who = _who(actor)
    _run(ctx, config_path,
         lambda s: set_role(s, name, role, actor=who, now=datetime.now(UTC)),
         f"staff account {name} is now {role}")


@staff.command("passwd")
@config_option
@click.argument("name")
@click.option("--actor", help="Who changes it (recorded). Default: $USER.")
@click.pass_context
def staff_passwd(ctx: click.Context, config_path: Path | None, name: str,
                 actor: str | None) -> None:
    """Set a new password for NAME (prompted, or read from standard input)."""
    from bot.staff.auth import set_password

    who, password = _who(actor), _read_password()
    _run(ctx, config_path,
         lambda s: set_password(s, name, password, actor=who, now=datetime.now(UTC)),
         f"password of {name} changed")


@staff.command("totp")
@config_option
@click.argument("name")
@click.option("--off", is_flag=True, help="Remove the second factor instead.")
@click.option("--actor", help="Who does it (recorded). Default: $USER.")
@click.pass_context
def staff_totp(ctx: click.Context, config_path: Path | None, name: str, off: bool,
               actor: str | None) -> None:
    """Give NAME a second factor (TOTP, RFC 6238): prints the otpauth:// URI to enrol an
    authenticator app with, once; from then on the web login asks for its code."""
    from bot.staff.auth import disable_totp, enable_totp

    who = _who(actor)
    uri: list[str] = []
    if off:
        _run(ctx, config_path,
             lambda s: disable_totp(s, name, actor=who, now=datetime.now(UTC)),
             f"second factor of {name} removed")
        return
    _run(ctx, config_path,
         lambda s: uri.append(enable_totp(s, name, actor=who, now=datetime.now(UTC))),
         f"second factor of {name} set; its sessions ended")
    click.echo(f"Enrol it in an authenticator app (shown once):\n{uri[0]}")


@staff.command("disable")
@config_option
@click.argument("name")
@click.option("--enable", is_flag=True, help="Enable the account again instead.")
@click.option("--actor", help="Who does it (recorded). Default: $USER.")
@click.pass_context
def staff_disable(ctx: click.Context, config_path: Path | None, name: str, enable: bool,
                  actor: str | None) -> None:
    """Stop NAME from logging in (their open sessions end too)."""
    from bot.staff.auth import set_disabled

    who = _who(actor)
    _run(ctx, config_path,
         lambda s: set_disabled(s, name, not enable, actor=who, now=datetime.now(UTC)),
         f"staff account {name} {'enabled' if enable else 'disabled'}")


@staff.command("list")
@config_option
@click.pass_context
def staff_list(ctx: click.Context, config_path: Path | None) -> None:
    """List the accounts."""
    from bot.staff.auth import list_staff

    config = load_or_exit(ctx, config_path, secrets=())
    store = open_store(ctx, config)
    with store.begin() as s:
        for st in list_staff(s):
            last = st.last_login_at.strftime("%Y-%m-%d %H:%M") if st.last_login_at else "never"
            state = "disabled" if st.disabled else "active"
            click.echo(f"{st.name:<24} {st.role:<7} {state:<9} last login {last}")
    store.close()
