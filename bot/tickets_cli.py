"""``privacy-bot tickets …``: the staff queue on the command line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from bot.cli_common import config_option, load_or_exit


@click.group()
def tickets() -> None:
    """The ticket queue."""


@tickets.command("list")
@config_option
@click.option("--status", help="Only tickets with this status (open, waiting, resolved).")
@click.option("--json", "as_json", is_flag=True, help="A JSON array of tickets.")
@click.pass_context
def tickets_list(
    ctx: click.Context, config_path: Path | None, status: str | None, as_json: bool
) -> None:
    """List tickets, newest first."""
    from bot.store import Store

    config = load_or_exit(ctx, config_path)
    store = Store(config.store.url)
    store.migrate()
    print_tickets(store.list_tickets(status), as_json)
    store.close()


def ticket_json(t: Any) -> dict[str, Any]:
    """One ticket as the stable JSON shape of ``tickets list --json``."""
    return {
        "reference": t.reference,
        "kind": t.kind,
        "types": list(t.types),
        "status": t.status,
        "ack_status": t.ack_status,
        "language": t.language,
        "received_at": t.received_at.isoformat(),
        "due_at": t.due_at.isoformat(),
        "message_id": t.message_id,
        "reason": (t.classification or {}).get("reason", ""),
    }


def print_tickets(rows: list[Any], as_json: bool) -> None:
    """Print tickets as a table, or as the JSON array of ``tickets list --json``."""
    if as_json:
        click.echo(json.dumps([ticket_json(t) for t in rows], ensure_ascii=False, indent=1))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{len(rows)} ticket(s)")
    for col in ("reference", "kind", "types", "status", "ack", "received", "due"):
        table.add_column(col)
    for t in rows:
        table.add_row(
            t.reference,
            t.kind,
            ", ".join(t.types) or "-",
            t.status,
            t.ack_status,
            t.received_at.date().isoformat(),
            t.due_at.date().isoformat(),
        )
    Console().print(table)
