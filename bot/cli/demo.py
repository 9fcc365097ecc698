"""``privacy-bot demo``: the whole pipeline on a local Maildir, with no mail server.

Creates DIR with ``mail/`` (a Maildir seeded with sample mail), ``outbox/`` (a Maildir that
receives every mail the bot sends), ``privacy-bot.db`` (the SQLite store) and ``bot.toml``
(a working config for all of it, accepted by every other command), drains the mailbox and
prints the tickets and where the acknowledgements were written.
"""

from __future__ import annotations

import contextlib
import mailbox
import sys
import tempfile
from importlib import resources
from pathlib import Path

import click

from bot import logs
from bot.config import load_config
from bot.errors import ConfigError
from bot.service.app import build_app

CONFIG_TEMPLATE = """\
# Written by `privacy-bot demo`: a local Maildir in, a Maildir outbox, an SQLite store.
# Every other command accepts it: privacy-bot --config {config} tickets list

[mailbox]
kind = "maildir"
path = "mail"
poll_interval = 5

[outbox]
kind = "maildir"
path = "outbox"

[store]
url = "sqlite:///privacy-bot.db"

[bot]
address = "privacy@example.com"
name = "ExampleMart Privacy Team"
company = "ExampleMart Pte. Ltd."
domain = "example.com"
staff_address = "privacy-staff@example.com"
"""


def sample_mail() -> list[bytes]:
    """The sample emails shipped in the package (bot/samples/*.eml), in name order."""
    folder = resources.files("bot") / "samples"
    return [p.read_bytes() for p in sorted(folder.iterdir(), key=lambda p: p.name)
            if p.name.endswith(".eml")]


def run_demo(directory: Path | None, seeds: list[Path], verbose: bool = False) -> int:
    """Create the demo in ``directory`` (a new temp dir when None), run it, print the result.

    Logs go to ``DIR/demo.log`` (and stderr only for warnings) unless ``verbose``. Mail this
    folder's store has already processed is not seeded again; the summary says so. Returns
    the exit status: 0, or 2 when the folder's ``bot.toml`` has errors. Raises OSError when
    ``directory`` cannot be written.
    """
    root = Path(directory) if directory else Path(tempfile.mkdtemp(prefix="privacy-bot-demo-"))
    root.mkdir(parents=True, exist_ok=True)
    with contextlib.nullcontext() if verbose else logs.to_file(root / "demo.log"):
        return _demo(root, seeds, verbose)


def _demo(root: Path, seeds: list[Path], verbose: bool) -> int:
    config_path = root / "bot.toml"
    if not config_path.exists():
        config_path.write_text(CONFIG_TEMPLATE.format(config=config_path), encoding="utf-8")
    inbox = mailbox.Maildir(root / "mail", create=True)
    try:
        config = load_config(config_path)
    except ConfigError as exc:
        click.echo(f"config error in {config_path}:\n{exc}", err=True)
        return 2
    app = build_app(config)
    mails = [p.read_bytes() for p in seeds] if seeds else sample_mail()
    known = app.store.stored_copies(mails)
    for raw in mails:
        if raw not in known:
            inbox.add(mailbox.MaildirMessage(raw))
    new = len(mails) - len(known)
    click.echo(f"Seeded {root / 'mail'} with {new} message(s).")
    if known:
        click.echo(f"{len(known)} of them were already processed in this folder; use a new "
                   "--dir to start again.")

    handled = app.worker().drain()
    tickets = app.store.list_tickets()
    app.close()

    click.echo(f"Processed {handled} message(s).\n")
    from bot.cli.tickets import print_tickets

    print_tickets(tickets, as_json=False)
    outbox = root / "outbox"
    sent = sorted((outbox / "new").glob("*")) if (outbox / "new").is_dir() else []
    click.echo(f"\n{len(sent)} mail(s) sent (acknowledgements and staff notices) are in "
               f"{outbox}/new/")
    click.echo(f"Originals were moved to folders under {root / 'mail'} (.Privacy.*).")
    if not verbose:
        click.echo(f"The bot's log is in {root / 'demo.log'} (or run with -v).")
    exe = sys.argv[0] if sys.argv and sys.argv[0].endswith("privacy-bot") else "privacy-bot"
    click.echo(f"\nConfig for other commands: {exe} --config {config_path} tickets list")
    return 0
