"""The ``privacy-bot`` command line (click): run, process, demo, tickets, check-config, train, eval.

``--config`` may be given before the command or after it; it defaults to
``$PRIVACY_BOT_CONFIG``. Exit status: 0 success, 1 a failure to report, 2 bad usage or config.
"""

from __future__ import annotations

import json
import logging
import signal
import sys
import threading
from pathlib import Path
from typing import Any

import click

from bot.cli.common import build_or_exit, config_option, load_or_exit, open_store
from bot.config import Config, describe, load_config
from bot.errors import BadInputError, BotError, ConfigError

log = logging.getLogger(__name__)


@click.group()
@config_option
@click.option("-v", "--verbose", is_flag=True, help="Debug logging.")
@click.pass_context
def main(ctx: click.Context, config_path: Path | None, verbose: bool) -> None:
    """Watch a privacy mailbox: ticket, acknowledge and hand off data subject requests."""
    from bot.logs import configure

    configure(logging.DEBUG if verbose else logging.INFO)


def _register_subcommands() -> None:
    from bot.cli.staff import staff, web
    from bot.cli.tickets import tickets

    main.add_command(tickets)
    main.add_command(web)
    main.add_command(staff)


@main.command("check-config")
@config_option
@click.pass_context
def check_config(ctx: click.Context, config_path: Path | None) -> None:
    """Validate the config, report every problem by key, show the result (secrets masked)."""
    config = load_or_exit(ctx, config_path)
    click.echo(describe(config))
    click.echo("config OK")


@main.command()
@config_option
@click.option("--once", is_flag=True, help="Drain what is waiting, then exit.")
@click.option("--worker", "worker_name", metavar="NAME", default=None,
              help="Name this worker holds mailbox leases and claims under (default "
                   "HOST:PID); unique among the workers sharing the store.")
@click.pass_context
def run(ctx: click.Context, config_path: Path | None, once: bool,
        worker_name: str | None) -> None:
    """Run the worker: IMAP IDLE (or polling) until SIGTERM/SIGINT; SIGHUP reloads the config.

    Any number of workers may share one store (README "Several workers")."""
    from bot.service.systemd import Notifier

    config = load_or_exit(ctx, config_path)
    path = config.source
    stop, reload = threading.Event(), threading.Event()
    notifier = Notifier()

    def on_stop(*_: Any) -> None:
        notifier.stopping()
        stop.set()

    def on_hup(*_: Any) -> None:
        reload.set()
        stop.set()

    signal.signal(signal.SIGTERM, on_stop)
    signal.signal(signal.SIGINT, on_stop)
    signal.signal(signal.SIGHUP, on_hup)
    from bot.service.metrics import serve_metrics
    from bot.store import Store

    metrics_store = Store(config.store.url) if config.metrics.port else None
    if metrics_store is not None:
        serve_metrics(config, metrics_store)
    app = build_or_exit(ctx, config)
    while True:
        worker = app.worker(stop=stop, notifier=notifier, name=worker_name)
        log.info("worker starting (%s mailbox)",
                 ", ".join(m.kind for m in config.served_mailboxes()))
        status = worker.run(once=once)
        app.close()
        if not reload.is_set():
            break
        reload.clear()
        stop.clear()
        app = _reloaded(config, path)
        config = app.config
    if metrics_store is not None:
        metrics_store.close()
    log.info("worker stopped")
    ctx.exit(status)


def _reloaded(config: Config, path: Path | None) -> Any:
    """The app for the config file as it is now, or again for ``config`` when the new one
    (or a template it names) has errors: a bad edit must not stop a running service."""
    from bot.service.app import build_app

    try:
        app = build_app(load_config(path) if path else config)
    except ConfigError as exc:
        log.error("config reload failed, keeping the old config: %s", exc)
        return build_app(config)
    log.info("config reloaded")
    return app


@main.command()
@config_option
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--dry-run", is_flag=True, help="Store and send nothing; just show the reading.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per file, one per line.")
@click.pass_context
def process(
    ctx: click.Context,
    config_path: Path | None,
    files: tuple[Path, ...],
    dry_run: bool,
    as_json: bool,
) -> None:
    """Run the pipeline on .eml files (with --dry-run: no config needed)."""
    from bot.config import build_config

    if dry_run:
        has_config = config_path or ctx.find_root().params.get("config_path")
        config = (
            load_or_exit(ctx, config_path)
            if has_config
            else build_config(
                {"mailbox": {"path": "mail"}, "outbox": {"path": "outbox"}}, base=Path.cwd(), env={}
            )
        )
        unreadable = 0
        for path in files:
            result, readable = _dry_run_one(path, config)
            unreadable += not readable
            click.echo(json.dumps(result, ensure_ascii=False) if as_json else _human_line(result))
        # every file got its line; the status still tells a script that some were unreadable
        ctx.exit(1 if unreadable else 0)
    _process_for_real(ctx, config_path, files, as_json)


def _dry_run_one(path: Path, config: Config) -> tuple[dict[str, Any], bool]:
    """The ``process --dry-run --json`` object for one file, and whether it could be read.

    ``text`` is what the classifier read (quotes, signatures and disclaimers removed);
    ``body`` is the whole decoded text as staff see it on the ticket page
    (:func:`bot.intake.message.body_text`).
    """
    from bot.intake.message import body_text
    from bot.pipeline.processor import classification_json
    from bot.pipeline.reader import read

    out: dict[str, Any] = {"file": str(path)}
    try:
        r = read(path.read_bytes(), config)
    except (OSError, BadInputError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        return {
            **out,
            "route": "human",
            "labels": [],
            "scores": {},
            "language": "und",
            "reason": f"cannot read: {reason}",
            "from": "",
            "from_name": "",
            "subject": "",
            "text": "",
            "body": "",
            "evidence": [],
        }, False
    c = r.classification
    stored = classification_json(c) if c else {"scores": {}, "evidence": []}
    route = {"ticket": "ticket", "reply": "human", "bounce": "ignore"}.get(
        r.decision.outcome, r.decision.outcome
    )
    return {
        **out,
        "route": route,
        "labels": list(c.labels) if c else [],
        "scores": stored["scores"],
        "language": c.language if c else "und",
        "reason": r.decision.reason,
        "from": r.message.from_addr,
        "from_name": r.message.from_name,
        "subject": r.message.subject,
        "text": c.text if c else r.message.text,
        "body": body_text(r.message),
        "evidence": stored["evidence"],  # as on the ticket
    }, True


def _human_line(result: dict[str, Any]) -> str:
    labels = ",".join(result["labels"]) or "-"
    return f"{result['file']}: {result['route']} [{labels}] {result['reason']}"


def _process_for_real(
    ctx: click.Context, config_path: Path | None, files: tuple[Path, ...], as_json: bool
) -> None:
    """Store and process the files like mail from the mailbox; print each file's outcome."""
    from sqlalchemy import select

    from bot.intake.mailbox.files import FilesMailbox
    from bot.store import Message, Ticket

    app = build_or_exit(ctx, load_or_exit(ctx, config_path))
    mailbox = FilesMailbox(files)
    app.worker(mailbox=mailbox).drain()
    with app.store.begin() as s:
        for path in files:
            out: dict[str, Any]
            if path in mailbox.errors:
                out = {
                    "file": str(path),
                    "outcome": "error",
                    "reason": f"cannot read: {mailbox.errors[path]}",
                }
            else:
                row = s.scalar(
                    select(Message).where(
                        Message.mailbox == mailbox.source, Message.uid == mailbox.uid_of[path]
                    )
                )
                ticket = s.get(Ticket, row.ticket_id) if row and row.ticket_id else None
                out = {
                    "file": str(path),
                    "outcome": row.outcome if row else "error",
                    "reference": ticket.reference if ticket else None,
                    "types": list(ticket.types) if ticket else [],
                    "reason": row.reason if row else "not stored",
                }
            click.echo(
                json.dumps(out, ensure_ascii=False)
                if as_json
                else f"{out['file']}: {out['outcome']} {out.get('reference') or ''} "
                f"{','.join(out.get('types', []))}".rstrip()
            )
    app.close()


@main.command()
@click.option(
    "--dir",
    "directory",
    type=click.Path(file_okay=False, writable=True, path_type=Path),
    help="Where to create the demo (default: a new temporary directory).",
)
@click.option(
    "--seed",
    "seeds",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Seed the mailbox with these .eml files instead of the shipped samples "
    "(--seed a.eml b.eml …).",
)
@click.argument("more_seeds", nargs=-1,
                type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.pass_context
def demo(ctx: click.Context, directory: Path | None, seeds: tuple[Path, ...],
         more_seeds: tuple[Path, ...]) -> None:
    """Run the bot on sample mail in a local Maildir: no mail server needed."""
    from bot.cli.demo import run_demo

    if more_seeds and not seeds:
        raise click.UsageError("files to seed the mailbox with come after --seed")
    verbose = bool(ctx.find_root().params.get("verbose"))
    ctx.exit(run_demo(directory, [*seeds, *more_seeds], verbose=verbose))


@main.command()
@config_option
@click.argument("row_id", type=int)
@click.pass_context
def requeue(ctx: click.Context, config_path: Path | None, row_id: int) -> None:
    """Put a quarantined message back in the queue (after fixing what broke it)."""

    store = open_store(ctx, load_or_exit(ctx, config_path, secrets=()))
    if not store.requeue(row_id):
        click.echo(f"message #{row_id} is not quarantined (or its copy was erased under the "
                   "retention policy)", err=True)
        ctx.exit(1)
    click.echo(f"message #{row_id} requeued; the next worker round processes it")


@main.command()
@config_option
@click.option("--json", "as_json", is_flag=True, help="A JSON array.")
@click.pass_context
def quarantine(ctx: click.Context, config_path: Path | None, as_json: bool) -> None:
    """List quarantined mail (newest first): id, when, sender, subject, error, attempts."""
    from bot.staff.quarantine import list_quarantined

    store = open_store(ctx, load_or_exit(ctx, config_path, secrets=()))
    with store.begin() as s:
        rows = list_quarantined(s)
    store.close()
    if as_json:
        click.echo(json.dumps([r.as_json() for r in rows], ensure_ascii=False, indent=1))
        return
    if not rows:
        click.echo("nothing in quarantine")
    for r in rows:
        erased = " (erased under the retention policy)" if r.purged else ""
        click.echo(f"#{r.id}  {r.received_at:%Y-%m-%d %H:%M}  {r.sender or '?'}  "
                   f"{r.subject or '(no subject)'}  [{r.attempts} attempt(s), {r.size} bytes]"
                   f"{erased}\n    {r.error}")
    if rows:
        click.echo("Put one back once its cause is fixed: privacy-bot requeue ID")


@main.command()
@config_option
@click.option("--dry-run", is_flag=True, help="Count what is due, erase nothing.")
@click.option("--json", "as_json", is_flag=True, help="Print the counts as JSON.")
@click.pass_context
def purge(ctx: click.Context, config_path: Path | None, dry_run: bool, as_json: bool) -> None:
    """Erase the personal data the [retention] policy no longer allows to keep (the worker
    does this once a day); each run is an audit event."""
    from bot.service.app import make_mailboxes
    from bot.staff.retention import purge as run_purge
    from bot.staff.retention import purge_archive
    from bot.store.models import utcnow

    config = load_or_exit(ctx, config_path, secrets=())
    if config.retention.archive:  # the mailbox's archive folders too: its password is needed
        config = load_or_exit(ctx, config_path, secrets=("mailbox",))
    store = open_store(ctx, config)
    now = utcnow()
    filed = 0
    try:
        done = run_purge(config, store, now, dry_run=dry_run, actor="cli")
        for mailbox in make_mailboxes(config) if config.retention.archive else []:
            try:
                mailbox.open()
                filed += purge_archive(config, store, mailbox, now, dry_run=dry_run,
                                       actor="cli")
            except BotError as exc:
                raise click.ClickException(
                    f"the archive folders could not be purged: {exc}") from exc
            finally:
                mailbox.close()
    finally:
        store.close()
    if as_json:
        click.echo(json.dumps({**done.as_json(), "archived": filed, "dry_run": dry_run}))
    else:
        verb = "would erase" if dry_run else "erased"
        click.echo(f"{verb}: {done.tickets} closed ticket(s), {done.messages} received "
                   f"message(s), {done.mails} sent mail(s)")
        if config.retention.archive:
            click.echo(f"{'would delete' if dry_run else 'deleted'}: {filed} original(s) "
                       "from the mailbox's archive folders")


@main.command()
@config_option
@click.pass_context
def migrate(ctx: click.Context, config_path: Path | None) -> None:
    """Bring the store's schema up to date (the worker also does this at start-up)."""

    open_store(ctx, load_or_exit(ctx, config_path, secrets=())).close()
    click.echo("store schema is up to date")


@main.command()
@config_option
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.pass_context
def status(ctx: click.Context, config_path: Path | None, as_json: bool) -> None:
    """Service health for monitoring (exit 0 healthy, 1 not), and the queue's backlog
    (overdue, due soon, triage: shown, never the exit status)."""
    from bot.service.health import check_health

    config = load_or_exit(ctx, config_path, secrets=())
    store = open_store(ctx, config)
    health = check_health(config, store)
    store.close()
    if as_json:
        click.echo(json.dumps(health.as_json(), indent=1))
    else:
        last = health.last_poll_at.isoformat(timespec="seconds") if health.last_poll_at else "never"
        click.echo("Service:")
        click.echo(f"  last successful poll:  {last}")
        click.echo(f"  messages waiting:      {health.messages_waiting}")
        click.echo(f"  quarantined:           {health.quarantined}")
        click.echo(f"  outbox pending/failed: {health.outbox_pending}/{health.outbox_failed}")
        click.echo(f"  oldest unacknowledged: {health.oldest_unacknowledged_request or '-'}")
        for problem in health.problems:
            click.echo(f"  PROBLEM: {problem}")
        click.echo("  healthy" if not health.problems else "  unhealthy")
        click.echo("Queue:")
        click.echo(f"  overdue tickets:       {health.overdue_tickets}")
        click.echo(f"  due within {config.bot.digest_days} days:   {health.due_soon_tickets}")
        click.echo(f"  triage waiting:        {health.triage_open}")
        for note in health.queue_attention:
            click.echo(f"  ATTENTION: {note}")
    ctx.exit(1 if health.problems else 0)


@main.command("systemd-unit")
@click.option("--executable", help="Path of privacy-bot (default: next to this Python).")
@click.option("--template", is_flag=True,
              help="Print the template unit privacy-bot@.service (one worker per instance).")
def systemd_unit(executable: str | None, template: bool) -> None:
    """Print the hardened systemd unit file for this installation."""
    from bot.service.systemd import unit_file

    click.echo(unit_file(executable, template=template), nl=False)


@main.command()
def train() -> None:
    """Rebuild the classifier model from the training data in the repo (fixed seed)."""
    from classifiers.commands import train_command

    sys.exit(train_command(sys.stdout))


@main.command("eval")
@click.argument("directory", type=click.Path(exists=True, file_okay=False, path_type=Path))
def eval_(directory: Path) -> None:
    """Evaluate the classifier on DIRECTORY/manifest.jsonl and print the figures."""
    from bot.intake.parse import parse_message
    from classifiers.commands import eval_command

    sys.exit(eval_command(directory, parse_message, sys.stdout))


_register_subcommands()

if __name__ == "__main__":  # pragma: no cover
    main()
