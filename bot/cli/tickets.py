"""``privacy-bot tickets …``: the staff queue on the command line.

Rich tables for people, ``--json`` for scripts. Every action (assign, reclassify, verify,
extend, resolve, reopen, merge) goes through :mod:`bot.staff.queue` in one transaction and is
recorded as an audit event with the actor (``--actor``, default ``$USER``) and the time.
Exit status: 0 done, 1 the action does not apply (the reason on stderr), 2 bad usage/config.
"""

from __future__ import annotations

import getpass
import json
import os
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import click

from bot.cli.common import config_option, load_or_exit, open_store
from bot.config import Config
from bot.staff.queue import CHANNELS, RESULTS, SORTS, STATUSES, VERIFY_METHODS, QueueError
from classifiers.types import REQUEST_TYPES
from responses import LETTERS

#: C0/C1 control characters other than tab and newline: mail text must not drive the
#: terminal (an ESC sequence in a body could rewrite what staff see).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


@click.group()
def tickets() -> None:
    """The ticket queue: list, show and work data subject requests."""


# -- plumbing --------------------------------------------------------------------------------


@contextmanager
def _store(ctx: click.Context, config_path: Path | None) -> Iterator[tuple[Config, Any]]:
    config = load_or_exit(ctx, config_path, secrets=())
    store = open_store(ctx, config)
    try:
        yield config, store
    finally:
        store.close()


def _now() -> datetime:
    return datetime.now(UTC)


def actor_option(f: Any) -> Any:
    """``--actor NAME`` (default: ``$USER``): who is recorded in the audit event."""
    return click.option("--actor", help="Who does this (recorded in the history). "
                        "Default: $USER.")(f)


def _actor(actor: str | None) -> str:
    if actor:
        return actor
    try:
        return os.environ.get("USER") or getpass.getuser()
    except (KeyError, OSError) as exc:  # no user name in this environment
        raise click.UsageError("cannot tell who you are: pass --actor NAME") from exc


def _act(ctx: click.Context, config_path: Path | None, actor: str, as_json: bool,
         action: Callable[[Any, Config], Any], done: Callable[[Any], str]) -> None:
    """Run ``action(session, config)`` for ``actor`` in one transaction; print
    ``done(ticket)`` or JSON. ``actor`` must be a staff account that may work tickets, once
    accounts exist (:func:`bot.staff.auth.check_actor`)."""
    from bot.staff.auth import check_actor

    with _store(ctx, config_path) as (config, store):
        try:
            with store.begin() as s:
                check_actor(s, actor)
                ticket = action(s, config)
                s.flush()
                out = ticket_json(ticket, _now()) if as_json else done(ticket)
        except QueueError as exc:
            click.echo(f"error: {exc}", err=True)
            ctx.exit(1)
    click.echo(json.dumps(out, ensure_ascii=False, indent=1) if as_json else out)


def clean(text: str) -> str:
    """``text`` without control characters other than tab and newline (safe on a terminal);
    CRLF and CR line ends become LF."""
    return _CONTROL.sub("\ufffd", text.replace("\r\n", "\n").replace("\r", "\n"))


# -- reading ---------------------------------------------------------------------------------


@tickets.command("list")
@config_option
@click.option("--status", type=click.Choice(STATUSES), help="Only tickets with this status.")
@click.option("--type", "request_type", type=click.Choice(REQUEST_TYPES),
              help="Only tickets with this request type.")
@click.option("--overdue", is_flag=True, help="Only open tickets past their due date.")
@click.option("--due-within", type=click.IntRange(min=0), metavar="DAYS",
              help="Only open tickets due within DAYS days (overdue ones included).")
@click.option("--needs-triage", is_flag=True,
              help="Only open messages the bot could not classify (kind triage).")
@click.option("--assigned-to", metavar="NAME", help="Only tickets assigned to NAME.")
@click.option("--unassigned", is_flag=True, help="Only tickets assigned to nobody.")
@click.option("--search", default="", metavar="WORDS",
              help="Only tickets with every word in the reference, the requester's address or "
                   "name, the subject or the sentences the classifier quoted.")
@click.option("--sort", type=click.Choice(SORTS), default=None,
              help="Order (default: most urgent first with --overdue/--due-within, else "
                   "newest first).")
@click.option("--json", "as_json", is_flag=True, help="A JSON array of tickets.")
@click.pass_context
def tickets_list(ctx: click.Context, config_path: Path | None, status: str | None,
                 request_type: str | None, overdue: bool, due_within: int | None,
                 needs_triage: bool, assigned_to: str | None, unassigned: bool,
                 search: str, sort: str | None, as_json: bool) -> None:
    """List tickets (newest first, or as --sort says)."""
    from bot.staff.queue import QueueFilter, list_tickets

    if assigned_to is not None and unassigned:
        raise click.UsageError("--assigned-to and --unassigned exclude each other")
    f = QueueFilter(status=status, request_type=request_type, overdue=overdue,
                    due_within=due_within, needs_triage=needs_triage,
                    assigned_to="" if unassigned else assigned_to, search=search,
                    sort=sort or ("due" if overdue or due_within is not None else "newest"))
    with _store(ctx, config_path) as (_config, store), store.begin() as s:
        print_tickets(list_tickets(s, f, _now()), as_json)


def ticket_json(t: Any, now: datetime | None = None) -> dict[str, Any]:
    """One ticket as the stable JSON shape of ``tickets list --json``.

    The first ten keys are the original shape; later keys were added (never removed):
    ``assigned_to``, ``verified`` (method or ""), ``extension_days``, ``closed_at`` (ISO or
    null), ``merged_into``, ``due_state`` (see :func:`bot.staff.queue.due_state`).
    """
    from bot.staff.queue import due_state

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
        "assigned_to": t.assigned_to or "",
        "verified": t.verified_by_method or "",
        "extension_days": t.extension_days or 0,
        "closed_at": t.closed_at.isoformat() if t.closed_at else None,
        "merged_into": t.merged_into or "",
        "due_state": due_state(t, now or _now()),
    }


_DUE_STYLE = {"overdue": "bold red", "due-soon": "yellow", "ok": "", "closed": "dim",
              "paused": "italic"}


def print_tickets(rows: list[Any], as_json: bool) -> None:
    """Print tickets as a table (due dates coloured: red overdue, yellow due within 7 days),
    or as the JSON array of ``tickets list --json``."""
    now = _now()
    if as_json:
        click.echo(json.dumps([ticket_json(t, now) for t in rows], ensure_ascii=False, indent=1))
        return
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from bot.staff.queue import days_left, due_state

    table = Table(title=f"{len(rows)} ticket(s)")
    table.add_column("reference", no_wrap=True)
    for col in ("types", "status", "assigned"):
        table.add_column(col)
    table.add_column("due", no_wrap=True)
    table.add_column("days left", justify="right")
    for t in rows:
        state = due_state(t, now)
        table.add_row(
            t.reference, ", ".join(t.types) or ("(triage)" if t.kind == "triage" else "-"),
            t.status, Text(clean(t.assigned_to or "-")),
            Text(t.due_at.date().isoformat(), style=_DUE_STYLE[state]),
            {"closed": "-", "paused": "paused"}.get(state, str(days_left(t, now))),
        )
    Console().print(table)


@tickets.command("report")
@config_option
@click.option("--json", "as_json", is_flag=True, help="The figures as one JSON object.")
@click.pass_context
def tickets_report(ctx: click.Context, config_path: Path | None, as_json: bool) -> None:
    """The queue's overview: open tickets by status, type and assignee, overdue and due
    soon; per month and type the tickets resolved, on-time rate and median days to close."""
    from bot.staff.queue import report

    with _store(ctx, config_path) as (_config, store), store.begin() as s:
        r = report(s, _now())
    if as_json:
        click.echo(json.dumps(r, indent=1))
        return
    o = r["open"]
    click.echo(f"Open: {o['count']} of {r['total']} ("
               + ", ".join(f"{k} {v}" for k, v in o["by_status"].items())
               + f"); overdue {o['overdue']}, due within 7 days {o['due_soon']}, "
               f"paused {o['paused']}, needing triage {o['triage']}")
    click.echo("  by type: " + (", ".join(f"{k} {v}" for k, v in o["by_type"].items()) or "-"))
    click.echo("  by assignee: " + (", ".join(f"{k or 'nobody'} {v}"
                                             for k, v in o["by_assignee"].items()) or "-"))
    click.echo("Resolved, per month and type:" if r["closed"] else "Resolved: none yet")
    for c in r["closed"]:
        click.echo(f"  {c['month']}  {c['type']:<13} {c['resolved']} resolved, {c['on_time']} "
                   f"on time ({c['on_time_rate']:.0%}), median {c['median_days']} days")


@tickets.command("show")
@config_option
@click.argument("reference")
@click.option("--json", "as_json", is_flag=True, help="Everything as one JSON object.")
@click.pass_context
def tickets_show(ctx: click.Context, config_path: Path | None, reference: str,
                 as_json: bool) -> None:
    """Show one ticket: the sender's text, types with scores and evidence, sender
    authentication (SPF, DKIM, DMARC), mails sent, correspondence and history."""
    from bot.staff.queue import ticket_detail

    with _store(ctx, config_path) as (config, store):
        try:
            with store.begin() as s:
                detail = ticket_detail(s, reference)
                if as_json:
                    click.echo(json.dumps(detail_json(detail, config.bot.address),
                                          ensure_ascii=False, indent=1))
                else:
                    _print_detail(detail, config.bot.address)
        except QueueError as exc:
            click.echo(f"error: {exc}", err=True)
            ctx.exit(1)


def _mail_json(m: Any) -> dict[str, Any]:
    return {"direction": m.direction, "kind": m.kind, "at": m.at.isoformat(),
            "from": m.sender, "to": list(m.recipients), "subject": m.subject,
            "status": m.status, "html": m.html, "text": m.text}


def _event_json(e: Any) -> dict[str, Any]:
    return {"at": e.at.isoformat(), "actor": e.actor, "kind": e.kind, "detail": e.detail}


def detail_json(d: Any, default_address: str) -> dict[str, Any]:
    """``tickets show --json``: the ticket (list shape) plus requester, subject, the privacy
    address it came to (``default_address``, i.e. ``bot.address``, when it records none),
    classification, authentication, mails and history."""
    t = d.ticket
    return {
        **ticket_json(t),
        "requester": t.requester, "requester_name": t.requester_name, "subject": t.subject,
        "receiving_address": t.received_by(default_address),
        "classification": t.classification,
        "authentication": {
            "summary": d.auth_summary,
            "results": [{"authserv_id": r.authserv_id, "method": r.method, "result": r.result,
                         "reason": r.reason, "properties": dict(r.properties),
                         "position": r.position} for r in d.auth],
        },
        "original": _mail_json(d.original) if d.original else None,
        "sent": [_mail_json(m) for m in d.sent],
        "correspondence": [_mail_json(m) for m in d.correspondence],
        "merged_from": d.merged_from,
        "history": [_event_json(e) for e in d.events],
        "purged_at": t.purged_at.isoformat() if t.purged_at else None,
        "holdings": {"address": d.holdings.address, "tickets": list(d.holdings.references),
                     "received": d.holdings.received, "sent": d.holdings.sent}
        if d.holdings else None,
    }


def _print_detail(d: Any, default_address: str) -> None:
    """The ticket of ``d`` for a person to read; ``default_address``: as for
    :func:`detail_json`."""
    from rich.console import Console
    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text

    from bot.staff.queue import days_left, due_state

    con = Console()
    t, now = d.ticket, _now()
    state = due_state(t, now)
    head = Text(f"{t.reference}  {t.kind}  {t.status}", style="bold")
    con.print(head)
    facts = Table.grid(padding=(0, 2))
    facts.add_column(style="bold")
    facts.add_column()
    sender = f"{t.requester_name} <{t.requester}>" if t.requester_name else t.requester
    due_text = t.due_at.strftime("%Y-%m-%d %H:%M UTC")
    if state != "closed":
        due_text += f" ({days_left(t, now)} days left)"
    if t.extension_days:
        due_text += f", extended by {t.extension_days} days"
    rows = [
        ("From", sender), ("To", t.received_by(default_address)), ("Subject", t.subject),
        ("Received", t.received_at.strftime("%Y-%m-%d %H:%M UTC")),
        ("Types", ", ".join(t.types) or "- (needs triage)"),
        ("Language", t.language), ("Acknowledgement", t.ack_status),
        ("Assigned to", t.assigned_to or "-"),
        ("Verified", f"{t.verified_by_method} on {t.verified_at:%Y-%m-%d}"
         if t.verified_by_method and t.verified_at else "-"),
    ]
    if t.closed_at:
        rows.append(("Closed", t.closed_at.strftime("%Y-%m-%d %H:%M UTC")))
    if t.merged_into:
        rows.append(("Merged into", t.merged_into))
    if d.merged_from:
        rows.append(("Merged from", ", ".join(d.merged_from)))
    if t.purged_at:
        rows.append(("Erased", f"its mail, subject and name on {t.purged_at:%Y-%m-%d} "
                     "(retention policy)"))
    if d.holdings:
        h = d.holdings
        rows.append(("This tool holds", f"{len(h.references)} ticket(s) of {h.address} "
                     f"({', '.join(h.references)}), {h.received} mail(s) received, {h.sent} "
                     "sent"))
    for k, v in rows:
        facts.add_row(k, Text(clean(v)))
    facts.add_row("Due", Text(due_text, style=_DUE_STYLE[state]))
    con.print(facts)

    s = d.auth_summary
    auth = Text("Sender authentication: " + ", ".join(
        f"{m.upper()} {s[m]}" for m in ("spf", "dkim", "dmarc")))
    con.print(auth)
    for r in d.auth:
        con.print(Text("  " + clean(r.describe()), style="dim"))
    if not d.auth:
        con.print(Text("  (no Authentication-Results header)", style="dim"))

    c = t.classification or {}
    scores = Table(title="Classifier", title_justify="left")
    scores.add_column("type")
    scores.add_column("score", justify="right")
    scores.add_column("label", justify="center")
    for typ in REQUEST_TYPES:
        score = (c.get("scores") or {}).get(typ)
        scores.add_row(typ, "-" if score is None else f"{score:.2f}",
                       "yes" if typ in (c.get("labels") or []) else "")
    con.print(scores)
    if c.get("reason"):
        con.print(Text("Reason: " + clean(str(c["reason"]))))
    for e in c.get("evidence") or []:
        con.print(Text(clean(f'  - {e.get("label")} {e.get("score", 0):.2f} '
                             f'({e.get("source")}): "{e.get("sentence")}"')))

    if d.original is not None:
        title = "Sender's text" + (" (from HTML, shown as text)" if d.original.html else "")
        con.print(Panel(Text(clean(d.original.text) or "(empty)"), title=title,
                        title_align="left"))
    for m in d.sent:
        who = ", ".join(m.recipients)
        con.print(Panel(Text(clean(m.text)), title_align="left", title=Text(clean(
            f"Sent: {m.kind} to {who}, {m.status}, {m.at:%Y-%m-%d %H:%M} – {m.subject}"))))
    for m in d.correspondence:
        con.print(Panel(Text(clean(m.text)), title_align="left", title=Text(clean(
            f"Received: {m.kind} from {m.sender}, {m.at:%Y-%m-%d %H:%M} – {m.subject}"))))
    _print_events(con, d.events)


def _print_events(con: Any, events: list[Any]) -> None:
    from rich.table import Table
    from rich.text import Text

    table = Table(title="History", title_justify="left")
    for col in ("at (UTC)", "actor", "event", "detail"):
        table.add_column(col)
    for e in events:
        detail = ", ".join(
            f"{k}={v if isinstance(v, str) else json.dumps(v, ensure_ascii=False)}"
            for k, v in (e.detail or {}).items())
        table.add_row(e.at.strftime("%Y-%m-%d %H:%M:%S"), Text(clean(e.actor)), e.kind,
                      Text(clean(detail)))
    con.print(table)


@tickets.command("history")
@config_option
@click.argument("reference")
@click.option("--json", "as_json", is_flag=True, help="A JSON array of events.")
@click.pass_context
def tickets_history(ctx: click.Context, config_path: Path | None, reference: str,
                    as_json: bool) -> None:
    """The audit trail of one ticket: who did what, when."""
    from rich.console import Console

    from bot.staff.queue import history

    with _store(ctx, config_path) as (_config, store):
        try:
            with store.begin() as s:
                events = history(s, reference)
                if as_json:
                    click.echo(json.dumps([_event_json(e) for e in events], ensure_ascii=False,
                                          indent=1))
                else:
                    _print_events(Console(), events)
        except QueueError as exc:
            click.echo(f"error: {exc}", err=True)
            ctx.exit(1)


# -- actions ---------------------------------------------------------------------------------

_json_flag = click.option("--json", "as_json", is_flag=True, help="Print the ticket as JSON.")


@tickets.command("assign")
@config_option
@click.argument("reference")
@click.argument("name", required=False)
@click.option("--unassign", is_flag=True, help="Assign the ticket to nobody.")
@actor_option
@_json_flag
@click.pass_context
def tickets_assign(ctx: click.Context, config_path: Path | None, reference: str,
                   name: str | None, unassign: bool, actor: str | None, as_json: bool) -> None:
    """Assign a ticket to a staff member NAME (or --unassign)."""
    from bot.staff.queue import assign

    if bool(name) == unassign:
        raise click.UsageError("give NAME or --unassign")
    who = _actor(actor)
    _act(ctx, config_path, who, as_json,
         lambda s, _c: assign(s, reference, name or "", actor=who, now=_now()),
         lambda t: f"{t.reference} assigned to {t.assigned_to or 'nobody'}")


@tickets.command("note")
@config_option
@click.argument("reference")
@click.option("--text", required=True, help="The note (internal: never sent to anyone).")
@actor_option
@_json_flag
@click.pass_context
def tickets_note(ctx: click.Context, config_path: Path | None, reference: str, text: str,
                 actor: str | None, as_json: bool) -> None:
    """Add an internal note to a ticket (shown in its history, never sent)."""
    from bot.staff.queue import add_note

    who = _actor(actor)
    _act(ctx, config_path, who, as_json,
         lambda s, _c: add_note(s, reference, text, actor=who, now=_now()),
         lambda t: f"note added to {t.reference}")


@tickets.command("open")
@config_option
@click.option("--requester", required=True, metavar="ADDRESS",
              help="The requester's e-mail address (where answers go).")
@click.option("--types", "types", required=True, metavar="TYPES",
              help="Request types, comma-separated (access,deletion).")
@click.option("--received", required=True, metavar="WHEN",
              help="When the request was received: YYYY-MM-DD or YYYY-MM-DDTHH:MM, in "
                   "bot.timezone unless it names an offset. The legal period runs from it.")
@click.option("--channel", required=True, type=click.Choice(CHANNELS),
              help="How it reached you.")
@click.option("--subject", required=True, help="A one-line summary.")
@click.option("--name", default="", help="The requester's name.")
@click.option("--note", default="", help="What was asked, as taken down (internal).")
@click.option("--language", default="en", show_default=True,
              help="The language to write to them in (en, zh-Hans, ms, ...).")
@actor_option
@_json_flag
@click.pass_context
def tickets_open(ctx: click.Context, config_path: Path | None, requester: str, types: str,
                 received: str, channel: str, subject: str, name: str, note: str,
                 language: str, actor: str | None, as_json: bool) -> None:
    """Open a ticket by hand for a request received by phone, letter or in person."""
    from bot.staff.queue import open_ticket

    who = _actor(actor)

    def action(s: Any, config: Config) -> Any:
        try:
            when = datetime.fromisoformat(received)
        except ValueError:
            raise QueueError(f"--received: not a date or time: {received!r}") from None
        if when.tzinfo is None:
            when = when.replace(tzinfo=ZoneInfo(config.bot.timezone))
        return open_ticket(s, requester=requester, types=types.split(","),
                           received_at=when.astimezone(UTC), channel=channel, subject=subject,
                           name=name, note=note, language=language, actor=who, now=_now(),
                           deadlines=config.bot.deadlines(), prefix=config.bot.reference_prefix)

    _act(ctx, config_path, who, as_json, action,
         lambda t: f"{t.reference} opened for {t.requester}: {', '.join(t.types)}; "
                   f"due {t.due_at.date().isoformat()}")


@tickets.command("reclassify")
@config_option
@click.argument("reference")
@click.argument("types", nargs=-1, required=True)
@actor_option
@_json_flag
@click.pass_context
def tickets_reclassify(ctx: click.Context, config_path: Path | None, reference: str,
                       types: tuple[str, ...], actor: str | None, as_json: bool) -> None:
    """Correct a ticket's request TYPES (access, correction, deletion, withdrawal,
    cancellation; space- or comma-separated). Kept as feedback for the next training round."""
    from bot.staff.queue import reclassify

    wanted = [p for t in types for p in t.split(",") if p.strip()]
    who = _actor(actor)
    _act(ctx, config_path, who, as_json,
         lambda s, c: reclassify(s, reference, wanted, actor=who, now=_now(),
                                 deadlines=c.bot.deadlines()),
         lambda t: f"{t.reference} is now {', '.join(t.types)}; "
                   f"due {t.due_at.date().isoformat()}")


@tickets.command("verify")
@config_option
@click.argument("reference")
@click.option("--method", required=True, type=click.Choice(VERIFY_METHODS),
              help="How the requester's identity was verified.")
@click.option("--note", default="", help="What was checked (no copies of documents).")
@actor_option
@_json_flag
@click.pass_context
def tickets_verify(ctx: click.Context, config_path: Path | None, reference: str, method: str,
                   note: str, actor: str | None, as_json: bool) -> None:
    """Record that the requester's identity was verified, and how."""
    from bot.staff.queue import verify

    who = _actor(actor)
    _act(ctx, config_path, who, as_json,
         lambda s, _c: verify(s, reference, method, actor=who, now=_now(), note=note),
         lambda t: f"{t.reference} identity verified ({t.verified_by_method})")


@tickets.command("extend")
@config_option
@click.argument("reference")
@click.option("--days", required=True, type=click.IntRange(min=1),
              help="Days to add to the due date.")
@click.option("--reason", required=True, help="Why (recorded; tell the requester too).")
@actor_option
@_json_flag
@click.pass_context
def tickets_extend(ctx: click.Context, config_path: Path | None, reference: str, days: int,
                   reason: str, actor: str | None, as_json: bool) -> None:
    """Extend a ticket's due date by --days, for --reason."""
    from bot.staff.queue import extend

    who = _actor(actor)
    _act(ctx, config_path, who, as_json,
         lambda s, c: extend(s, reference, days, reason, actor=who, now=_now(),
                             deadlines=c.bot.deadlines()),
         lambda t: f"{t.reference} now due {t.due_at.date().isoformat()} "
                   f"(extended by {t.extension_days} days in all)")


@tickets.command("resolve")
@config_option
@click.argument("reference")
@click.option("--note", required=True, help="What was done (recorded in the history).")
@click.option("--unverified-reason", default="",
              help="Why an access or deletion request is resolved without an identity check.")
@click.option("--result", type=click.Choice(RESULTS), default="fulfilled", show_default=True,
              help="How it ended: refused (--note gives the legal ground), withdrawn (the "
                   "requester took it back).")
@actor_option
@_json_flag
@click.pass_context
def tickets_resolve(ctx: click.Context, config_path: Path | None, reference: str, note: str,
                    unverified_reason: str, result: str, actor: str | None,
                    as_json: bool) -> None:
    """Close a ticket as answered (types in bot.verify_types need a recorded identity check
    or --unverified-reason)."""
    from bot.staff.queue import resolve

    who = _actor(actor)
    _act(ctx, config_path, who, as_json,
         lambda s, c: resolve(s, reference, note, actor=who, now=_now(),
                              needs_verification=c.bot.verify_types,
                              unverified_reason=unverified_reason, result=result),
         lambda t: f"{t.reference} resolved "
                   + ("on time" if t.closed_at and t.closed_at <= t.due_at else "late")
                   + (f"; tell the requester: privacy-bot tickets write {t.reference} "
                      "--letter refusal --text-file GROUND.txt --send"
                      if result == "refused" else ""))


@tickets.command("pause")
@config_option
@click.argument("reference")
@click.option("--reason", required=True,
              help="What the requester is asked for (identity, which account, ...).")
@actor_option
@_json_flag
@click.pass_context
def tickets_pause(ctx: click.Context, config_path: Path | None, reference: str, reason: str,
                  actor: str | None, as_json: bool) -> None:
    """Stop the ticket's clock while it waits for the requester (status waiting). Their reply,
    or `tickets resume`, starts it again and moves the due date by the pause."""
    from bot.staff.queue import pause

    who = _actor(actor)
    _act(ctx, config_path, who, as_json,
         lambda s, _c: pause(s, reference, reason, actor=who, now=_now()),
         lambda t: f"{t.reference} paused (waiting for the requester); the due date moves by "
                   "the time it waits")


@tickets.command("resume")
@config_option
@click.argument("reference")
@click.option("--reason", default="", help="Why (e.g. the requester answered by phone).")
@actor_option
@_json_flag
@click.pass_context
def tickets_resume(ctx: click.Context, config_path: Path | None, reference: str, reason: str,
                   actor: str | None, as_json: bool) -> None:
    """Start a paused ticket's clock again."""
    from bot.staff.queue import resume

    who = _actor(actor)
    _act(ctx, config_path, who, as_json,
         lambda s, _c: resume(s, reference, actor=who, now=_now(), reason=reason),
         lambda t: f"{t.reference} resumed; due {t.due_at.date().isoformat()}")


@tickets.command("write")
@config_option
@click.argument("reference")
@click.option("--letter", required=True, type=click.Choice(list(LETTERS)),
              help="Which letter (identity_request asks the requester to confirm who they "
                   "are; refusal names the ground and the regulator; free is your own words).")
@click.option("--text", default="", help="Your own words for the letter (the question, the "
              "reason, what was kept and why ...). Required for some letters.")
@click.option("--text-file", type=click.File("r", encoding="utf-8"),
              help="Read the text from this file ('-' for standard input).")
@click.option("--send", is_flag=True,
              help="Queue it for sending. Without it the letter is only shown, to review.")
@actor_option
@_json_flag
@click.pass_context
def tickets_write(ctx: click.Context, config_path: Path | None, reference: str, letter: str,
                  text: str, text_file: Any, send: bool, actor: str | None,
                  as_json: bool) -> None:
    """Write to the requester of a ticket: shows the letter to review, and with --send queues
    it (the worker sends it, threaded on the request, and it is recorded on the ticket)."""
    from bot.outbound.renderer import make_renderer
    from bot.staff import correspondence

    if text_file is not None:
        if text:
            raise click.UsageError("give --text or --text-file, not both")
        try:
            text = text_file.read()
        except UnicodeDecodeError as exc:
            raise click.UsageError(f"--text-file is not UTF-8 text ({exc.reason} at byte "
                                   f"{exc.start}); save it as UTF-8") from exc
    if not send:
        with _store(ctx, config_path) as (config, store), store.begin() as s:
            try:
                mail = correspondence.compose(s, reference, letter, text,
                                              renderer=make_renderer(config), config=config)
            except QueueError as exc:
                click.echo(f"error: {exc}", err=True)
                ctx.exit(1)
        click.echo(f"To: {mail['To']}\nSubject: {mail['Subject']}\n\n"
                   + clean(mail.get_content()))
        click.echo("(not sent: add --send to queue it)", err=True)
        return
    who = _actor(actor)
    _act(ctx, config_path, who, as_json,
         lambda s, c: correspondence.send(s, reference, letter, text, actor=who, now=_now(),
                                          renderer=make_renderer(c), config=c),
         lambda t: f"{t.reference}: the {letter.replace('_', ' ')} letter is queued for "
                   f"{t.requester}" + ("; the clock is paused until they answer"
                                       if t.paused_at else ""))


@tickets.command("reopen")
@config_option
@click.argument("reference")
@click.option("--reason", default="", help="Why it is opened again.")
@actor_option
@_json_flag
@click.pass_context
def tickets_reopen(ctx: click.Context, config_path: Path | None, reference: str, reason: str,
                   actor: str | None, as_json: bool) -> None:
    """Open a resolved ticket again."""
    from bot.staff.queue import reopen

    who = _actor(actor)
    _act(ctx, config_path, who, as_json,
         lambda s, _c: reopen(s, reference, actor=who, now=_now(), reason=reason),
         lambda t: f"{t.reference} reopened; due {t.due_at.date().isoformat()}")


@tickets.command("merge")
@config_option
@click.argument("references", nargs=-1, required=True, metavar="REFERENCE...")
@click.option("--into", metavar="REF",
              help="The ticket kept: every REFERENCE is merged into it. Without --into give "
                   "two references, the second the one kept (merge REF INTO_REF).")
@click.option("--force", is_flag=True, help="Merge even when the requesters differ.")
@actor_option
@_json_flag
@click.pass_context
def tickets_merge(ctx: click.Context, config_path: Path | None, references: tuple[str, ...],
                  into: str | None, force: bool, actor: str | None, as_json: bool) -> None:
    """Merge tickets into one (the same person's same request): REFERENCE... --into REF, or
    REFERENCE INTO. All are merged or, when one is refused, none (the reason on stderr)."""
    from bot.staff.queue import merge_many

    sources, target = _merge_arguments(references, into)
    who = _actor(actor)
    merged: list[str] = []

    def action(s: Any, _config: Config) -> Any:
        kept, done = merge_many(s, sources, target, actor=who, now=_now(), force=force)
        merged.extend(done)
        return kept

    _act(ctx, config_path, who, as_json, action,
         lambda t: f"{', '.join(merged)} merged into {t.reference} "
                   f"({', '.join(t.types) or 'no types'}; due {t.due_at.date().isoformat()})")


def _merge_arguments(references: tuple[str, ...], into: str | None) -> tuple[list[str], str]:
    """(tickets to merge, the ticket kept) of ``tickets merge``'s arguments. Raises
    click.UsageError for more or fewer than two references without ``--into``."""
    if into is not None:
        return list(references), into
    if len(references) != 2:
        raise click.UsageError("name the ticket kept with --into REF (or give exactly two "
                               "references: REFERENCE INTO)")
    return [references[0]], references[1]


# -- exports ---------------------------------------------------------------------------------


@tickets.command("export")
@config_option
@click.option("--format", "fmt", type=click.Choice(["csv", "json"]), default="csv",
              show_default=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
              help="Write to this file instead of standard output.")
@click.pass_context
def tickets_export(ctx: click.Context, config_path: Path | None, fmt: str,
                   output: Path | None) -> None:
    """The register of requests: reference, types, received, due, extensions, pauses,
    identity check, letters and mails, closing date, on time or late, and how it ended."""
    from bot.staff.queue import register, register_csv

    with _store(ctx, config_path) as (config, store), store.begin() as s:
        rows = register(s, _now(), config.bot.address)
    text = (register_csv(rows) if fmt == "csv"
            else json.dumps(rows, ensure_ascii=False, indent=1) + "\n")
    if output:
        output.write_text(text, encoding="utf-8", newline="")
        click.echo(f"{len(rows)} request(s) written to {output}", err=True)
    else:
        click.echo(text, nl=False)


@tickets.command("export-feedback")
@config_option
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@click.pass_context
def tickets_export_feedback(ctx: click.Context, config_path: Path | None,
                            directory: Path) -> None:
    """Write staff label corrections to DIRECTORY as manifest.jsonl plus one .eml per
    ticket (the shape `privacy-bot eval` reads). The mails are personal data: keep the
    folder where the training data is kept, and delete it after the training round."""
    from bot.staff.queue import feedback_rows, manifest_line

    with _store(ctx, config_path) as (_config, store), store.begin() as s:
        rows = feedback_rows(s)
        directory.mkdir(parents=True, exist_ok=True)
        lines = []
        for fb, ticket, raw in rows:
            if raw is None:
                continue
            name = f"{ticket.reference}.eml"
            (directory / name).write_bytes(raw)
            lines.append(manifest_line(fb, ticket, name))
    (directory / "manifest.jsonl").write_text("".join(f"{x}\n" for x in lines),
                                              encoding="utf-8")
    click.echo(f"{len(lines)} correction(s) written to {directory}")
