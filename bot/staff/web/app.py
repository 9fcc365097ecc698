"""The Flask application of the web queue: login, the queue, a ticket, the actions as forms.

Pages: ``GET /login`` and ``POST /login``; ``POST /logout``; ``GET /`` (the queue, filters
as query parameters); ``GET /tickets/<ref>`` (one ticket); ``POST /tickets/<ref>/<action>``
for assign, reclassify, verify, extend, pause, resume, resolve, reopen and merge (each
redirects back to the ticket with a message: Post/Redirect/Get); ``POST /tickets/bulk``
(assign, resolve or merge the tickets checked on the queue); ``POST /tickets/new`` (a ticket
by hand); ``GET /export.csv`` (the register). See :mod:`bot.staff.web` for the safety
measures.
"""

from __future__ import annotations

import logging
import os
import secrets
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from flask import (
    Flask,
    Response,
    abort,
    flash,
    g,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask_wtf.csrf import CSRFError, CSRFProtect

from bot.config import Config
from bot.errors import ConfigError
from bot.outbound.renderer import make_renderer
from bot.store.store import Store
from classifiers.types import REQUEST_TYPES
from responses import LETTERS

log = logging.getLogger(__name__)

#: Tickets per page of the queue.
PAGE_SIZE = 50
#: Shortest secret key accepted from the config or the environment (characters).
MIN_SECRET_LENGTH = 32
SECRET_ENV = "PRIVACY_BOT_WEB_SECRET"
_CSP = ("default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
        "frame-ancestors 'none'; base-uri 'none'")
#: Pages and actions beyond reading (:data:`bot.staff.auth.ROLES`): working tickets needs an
#: agent, the register export (every request's personal data at once) an admin.
_NEEDS_ROLE = {"ticket_action": "agent", "letter": "agent", "new_ticket": "agent", "bulk": "agent",
               "requeue": "agent", "quarantine_page": "agent", "export_csv": "admin"}
_ACTIONS = ("assign", "reclassify", "verify", "extend", "pause", "resume", "resolve", "reopen",
            "merge", "note")


def secret_key(config: Config, env: dict[str, str] | None = None) -> str:
    """The key that signs session cookies: ``web.secret_key_*`` from the config, else
    ``$PRIVACY_BOT_WEB_SECRET``, else a random one for this process (logged as a warning:
    everybody is logged out when the server restarts). Raises ConfigError for a key
    shorter than :data:`MIN_SECRET_LENGTH`."""
    env = dict(os.environ) if env is None else env
    key = config.web.secret_key.value or env.get(SECRET_ENV, "")
    if not key:
        log.warning("no web.secret_key_* configured and no $%s: using a random key; "
                    "sessions end when the server restarts", SECRET_ENV)
        return secrets.token_urlsafe(48)
    if len(key) < MIN_SECRET_LENGTH:
        raise ConfigError("web.secret_key_env",
                          f"the secret key must have at least {MIN_SECRET_LENGTH} characters")
    return key


def create_app(config: Config, store: Store, *, key: str | None = None,
               clock: Callable[[], datetime] | None = None) -> Flask:
    """Build the web queue on ``store``. ``key``: the session secret (default:
    :func:`secret_key`); ``clock``: returns the aware current time (tests pass a fake).
    Raises ConfigError for a bad secret key."""
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=key or secret_key(config),
        SESSION_COOKIE_NAME="privacy_bot_session",
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=config.web.secure_cookies,
        PERMANENT_SESSION_LIFETIME=timedelta(hours=config.web.session_hours),
        WTF_CSRF_TIME_LIMIT=None,  # the token lives as long as the session
        MAX_CONTENT_LENGTH=64 * 1024,
    )
    CSRFProtect(app)
    now = clock or (lambda: datetime.now(UTC))
    _register(app, config, store, now)
    return app


def _register(app: Flask, config: Config, store: Store, now: Callable[[], datetime]) -> None:
    from bot.staff import auth, queue

    @app.before_request
    def require_login() -> Any:
        g.staff, g.role = None, "viewer"
        name, epoch = session.get("staff"), session.get("epoch")
        if name:
            with store.begin() as s:
                active = auth.active_staff(s, name, epoch) if isinstance(epoch, int) else None
                g.staff = name if active else None
                g.role = active.role if active else "viewer"
            if g.staff is None:
                session.clear()
        if g.staff is None and request.endpoint not in ("login", "static"):
            return redirect(url_for("login", next=request.full_path.rstrip("?")))
        needed = _NEEDS_ROLE.get(request.endpoint or "")
        if g.staff is not None and needed and not auth.may(g.role, needed):
            abort(403, description=f"This needs the {needed} role; you are a {g.role}.")
        return None

    @app.after_request
    def headers(resp: Response) -> Response:
        resp.headers["Content-Security-Policy"] = _CSP
        resp.headers["X-Content-Type-Options"] = "nosniff"
        resp.headers["Referrer-Policy"] = "no-referrer"
        resp.headers["X-Frame-Options"] = "DENY"
        if request.endpoint != "static":
            resp.headers["Cache-Control"] = "no-store"  # pages hold personal data
        return resp

    @app.errorhandler(403)
    def forbidden(exc: Any) -> tuple[str, int]:
        return render_template("error.html", message=getattr(exc, "description", "")), 403

    @app.errorhandler(CSRFError)
    def csrf_error(exc: CSRFError) -> tuple[str, int]:
        return render_template("error.html", message=f"Form expired or forged: {exc.description}"
                               " Go back, reload the page and try again."), 400

    @app.route("/login", methods=["GET", "POST"])
    def login() -> Any:
        error = ""
        if request.method == "POST":
            name = request.form.get("name", "").strip().lower()
            with store.begin() as s:
                staff = auth.authenticate(s, name, request.form.get("password", ""), now=now(),
                                          code=request.form.get("code", ""))
            if staff is not None:
                session.clear()
                session.permanent = True
                session["staff"], session["epoch"] = name, staff.session_epoch
                log.info("web login: %s", name)
                return redirect(_safe_next(request.args.get("next")))
            log.warning("web login failed for a staff name")
            error = ("Wrong name, password or code. After 5 wrong tries in a row an account "
                     "waits 15 minutes.")
        return render_template("login.html", error=error)

    @app.post("/logout")
    def logout() -> Any:
        """End this staff member's sessions: a copy of the cookie is no use afterwards."""
        with store.begin() as s:
            staff = auth.active_staff(s, g.staff) if g.staff else None
            if staff is not None:
                auth.end_sessions(staff)
        session.clear()
        return redirect(url_for("login"))

    @app.get("/")
    def queue_page() -> str:
        args = request.args
        f, form = _filter_from(args)
        t = now()
        page = max(1, int(args["page"])) if args.get("page", "").isdigit() else 1
        try:
            with store.begin() as s:
                found = queue.list_tickets(s, f, t)
                pages = max(1, -(-len(found) // PAGE_SIZE))
                page = min(page, pages)
                rows = [(x, queue.due_state(x, t), queue.days_left(x, t))
                        for x in found[(page - 1) * PAGE_SIZE:page * PAGE_SIZE]]
                staff = [x.name for x in auth.list_staff(s)]
        except queue.QueueError as exc:
            flash(str(exc), "error")
            found, rows, staff, pages = [], [], [], 1
        query = {k: v for k, v in form.items() if v}
        return render_template("queue.html", rows=rows, form=form, types=REQUEST_TYPES,
                               statuses=queue.STATUSES, staff=staff, channels=queue.CHANNELS,
                               sorts=queue.SORTS, total=len(found), page=page, pages=pages,
                               query=query)

    @app.post("/tickets/bulk")
    def bulk() -> Any:
        """Assign, resolve or merge the selected tickets (``refs``, at most a page). Assign
        and resolve run each ticket in its own transaction (one refused does not stop the
        others) and report each; merge is all or nothing (:func:`_bulk_merge`)."""
        form = request.form
        action = form.get("action", "")
        if action not in ("", "assign", "resolve", "merge"):
            abort(400)
        refs = form.getlist("refs")[:PAGE_SIZE]
        if not refs:
            flash("Select tickets first.", "error")
        elif not action:  # nothing is preselected: a slip must not unassign a page
            flash("Choose what to do with them: assign, resolve or merge.", "error")
        elif action == "merge":
            _bulk_merge(store, refs, form, g.staff, now())
        else:
            _bulk_each(store, action, refs, form, g.staff, now(), config)
        return redirect(url_for("queue_page"), code=303)

    @app.post("/tickets/new")
    def new_ticket() -> Any:
        """Open a ticket by hand (:func:`bot.staff.queue.open_ticket`); the receipt day is a
        calendar day in ``bot.timezone``, its start the start of the legal period."""
        form = request.form
        try:
            day = date.fromisoformat(form.get("received", ""))
        except ValueError:
            flash("Give the day the request was received.", "error")
            return redirect(url_for("queue_page"), code=303)
        received = datetime(day.year, day.month, day.day, tzinfo=ZoneInfo(config.bot.timezone))
        try:
            with store.begin() as s:
                ticket = queue.open_ticket(
                    s, requester=form.get("requester", ""), types=form.getlist("types"),
                    received_at=received.astimezone(UTC), channel=form.get("channel", ""),
                    subject=form.get("subject", ""), name=form.get("name", ""),
                    note=form.get("note", ""), actor=g.staff, now=now(),
                    deadlines=config.bot.deadlines(), prefix=config.bot.reference_prefix)
                ref, due = ticket.reference, ticket.due_at.date().isoformat()
        except queue.QueueError as exc:
            flash(str(exc), "error")
            return redirect(url_for("queue_page"), code=303)
        flash(f"{ref} opened; due {due}. Write to the requester from here.", "ok")
        return redirect(url_for("ticket_page", reference=ref), code=303)

    @app.get("/tickets/<reference>")
    def ticket_page(reference: str) -> str:
        t = now()
        with store.begin() as s:
            try:
                d = queue.ticket_detail(s, reference)
            except queue.TicketNotFound:
                abort(404)
            staff = [x.name for x in auth.list_staff(s)]
            state, left = queue.due_state(d.ticket, t), queue.days_left(d.ticket, t)
            deadlines = config.bot.deadlines()
            return render_template(
                "ticket.html", d=d, t=d.ticket, state=state, left=left, staff=staff,
                types=REQUEST_TYPES, methods=queue.VERIFY_METHODS,
                open=d.ticket.status in queue.OPEN_STATUSES,
                max_extension=queue.extension_left(s, d.ticket, deadlines),
                law=deadlines.rule.law, letters=list(LETTERS),
                retention_days=config.retention.closed_days,
                received_by=d.ticket.received_by(config.bot.address),
                needs_verification=[x for x in d.ticket.types
                                    if x in config.bot.verify_types],
            )

    @app.post("/tickets/<reference>/<action>")
    def ticket_action(reference: str, action: str) -> Any:
        if action not in _ACTIONS:
            abort(404)
        form, actor, t = request.form, g.staff, now()
        try:
            with store.begin() as s:
                ticket = _run_action(s, action, reference, form, actor, t, config)
                message = _done_message(action, ticket)
                target = ticket.reference
        except queue.TicketNotFound:
            abort(404)
        except queue.QueueError as exc:
            flash(str(exc), "error")
            target = reference
        else:
            flash(message, "ok")
        return redirect(url_for("ticket_page", reference=target), code=303)

    renderer = make_renderer(config, now)

    @app.post("/tickets/<reference>/letter")
    def letter(reference: str) -> Any:
        """Preview a letter to the requester (``send`` absent) or queue it (``send=yes``)."""
        from bot.staff import correspondence

        form, t = request.form, now()
        kind, text = form.get("letter", ""), form.get("text", "")
        try:
            with store.begin() as s:
                if form.get("send") != "yes":
                    mail = correspondence.compose(s, reference, kind, text, renderer=renderer,
                                                  config=config)
                    return render_template("letter.html", reference=reference, kind=kind,
                                           text=text, to=str(mail["To"]),
                                           subject=str(mail["Subject"]),
                                           body=mail.get_content())
                ticket = correspondence.send(s, reference, kind, text, actor=g.staff, now=t,
                                             renderer=renderer, config=config)
                message = (f"The {kind.replace('_', ' ')} letter is queued for "
                           f"{ticket.requester}." + (" The clock is paused until they answer."
                                                     if ticket.paused_at else ""))
        except queue.TicketNotFound:
            abort(404)
        except queue.QueueError as exc:
            flash(str(exc), "error")
        else:
            flash(message, "ok")
        return redirect(url_for("ticket_page", reference=reference), code=303)

    @app.get("/report")
    def report_page() -> str:
        with store.begin() as s:
            r = queue.report(s, now())
        return render_template("report.html", r=r)

    @app.get("/quarantine")
    def quarantine_page() -> str:
        from bot.staff.quarantine import list_quarantined

        with store.begin() as s:
            rows = list_quarantined(s)
        return render_template("quarantine.html", rows=rows)

    @app.post("/quarantine/<int:row_id>/requeue")
    def requeue(row_id: int) -> Any:
        if store.requeue(row_id, actor=g.staff):
            flash(f"Message #{row_id} is back in the queue; the next worker round reads it.",
                  "ok")
        else:
            flash(f"Message #{row_id} is not in quarantine (or its copy was erased).", "error")
        return redirect(url_for("quarantine_page"), code=303)

    @app.get("/export.csv")
    def export_csv() -> Response:
        with store.begin() as s:
            text = queue.register_csv(queue.register(s, now(), config.bot.address))
        day = now().date().isoformat()
        return Response(text, mimetype="text/csv", headers={
            "Content-Disposition": f'attachment; filename="privacy-register-{day}.csv"'})


def _bulk_each(store: Store, action: str, refs: list[str], form: Any, actor: str,
               t: datetime, config: Config) -> None:
    """Run ``action`` (assign or resolve) on each of ``refs`` in its own transaction and
    flash the ones done and each one refused with its reason."""
    from bot.staff import queue

    done, refused = [], []
    for ref in refs:
        try:
            with store.begin() as s:
                _run_action(s, action, ref, form, actor, t, config)
            done.append(ref)
        except queue.QueueError as exc:
            refused.append(f"{ref}: {exc}")
    if done:
        flash(f"{'Assigned' if action == 'assign' else 'Resolved'}: {', '.join(done)}.", "ok")
    for line in refused:
        flash(line, "error")


def _bulk_merge(store: Store, refs: list[str], form: Any, actor: str, t: datetime) -> None:
    """Merge ``refs`` into the form's ``into`` (``force=yes``: even another requester's) with
    :func:`bot.staff.queue.merge_many`, in one transaction: there is no unmerge, so when one
    ticket is refused none is merged, and the message says so and names it."""
    from bot.staff import queue

    try:
        with store.begin() as s:
            kept, merged = queue.merge_many(s, refs, form.get("into", ""), actor=actor, now=t,
                                            force=form.get("force") == "yes")
            message = (f"Merged into {kept.reference}: {', '.join(merged)}. "
                       f"{kept.reference} is due {kept.due_at.date().isoformat()}.")
    except queue.QueueError as exc:
        flash(f"Nothing merged: {exc}.", "error")
    else:
        flash(message, "ok")


def _run_action(s: Any, action: str, ref: str, form: Any, actor: str, t: datetime,
                config: Config) -> Any:
    from bot.staff import queue

    if action == "assign":
        return queue.assign(s, ref, form.get("to", ""), actor=actor, now=t)
    if action == "reclassify":
        return queue.reclassify(s, ref, form.getlist("types"), actor=actor, now=t,
                                deadlines=config.bot.deadlines())
    if action == "verify":
        return queue.verify(s, ref, form.get("method", ""), actor=actor, now=t,
                            note=form.get("note", ""))
    if action == "extend":
        days = form.get("days", "")
        if not days.strip().isdigit():
            raise queue.QueueError("days must be a whole number")
        return queue.extend(s, ref, int(days), form.get("reason", ""), actor=actor, now=t,
                            deadlines=config.bot.deadlines())
    if action == "resolve":
        return queue.resolve(s, ref, form.get("note", ""), actor=actor, now=t,
                             needs_verification=config.bot.verify_types,
                             unverified_reason=form.get("unverified_reason", ""),
                             result=form.get("result", "fulfilled"))
    if action == "pause":
        return queue.pause(s, ref, form.get("reason", ""), actor=actor, now=t)
    if action == "resume":
        return queue.resume(s, ref, actor=actor, now=t, reason=form.get("reason", ""))
    if action == "reopen":
        return queue.reopen(s, ref, actor=actor, now=t, reason=form.get("reason", ""))
    if action == "note":
        return queue.add_note(s, ref, form.get("text", ""), actor=actor, now=t)
    return queue.merge(s, ref, form.get("into", ""), actor=actor, now=t,
                       force=form.get("force") == "yes")


def _done_message(action: str, t: Any) -> str:
    return {
        "assign": f"Assigned to {t.assigned_to or 'nobody'}.",
        "reclassify": f"Types set to {', '.join(t.types)}; due {t.due_at.date().isoformat()}.",
        "verify": f"Identity verified ({t.verified_by_method}).",
        "extend": f"Due date extended to {t.due_at.date().isoformat()}.",
        "resolve": "Resolved.",
        "reopen": "Reopened.",
        "pause": "Clock paused while waiting for the requester.",
        "resume": f"Clock running again; due {t.due_at.date().isoformat()}.",
        "merge": "Merged into this ticket.",
        "note": "Note added (internal: not sent).",
    }[action]


def _filter_from(args: Any) -> tuple[Any, dict[str, str]]:
    """The :class:`bot.staff.queue.QueueFilter` of the queue page's query string, and the form's
    values to show again. ``assigned``: "" anyone, "-" nobody, else a staff name."""
    from bot.staff.queue import QueueFilter

    form = {k: args.get(k, "") for k in ("status", "type", "due_within", "assigned", "q",
                                         "sort")}
    form["overdue"] = "yes" if args.get("overdue") == "yes" else ""
    form["triage"] = "yes" if args.get("triage") == "yes" else ""
    due_within = form["due_within"].strip()
    assigned = form["assigned"]
    # open work ("Overdue", "Due within 7 days") is shown most urgent first unless asked
    form["sort"] = form["sort"] or ("due" if form["overdue"] or due_within else "newest")
    f = QueueFilter(
        status=form["status"] or None,
        request_type=form["type"] or None,
        overdue=bool(form["overdue"]),
        due_within=int(due_within) if due_within.isdigit() else None,
        needs_triage=bool(form["triage"]),
        assigned_to=None if not assigned else ("" if assigned == "-" else assigned),
        search=form["q"][:200],
        sort=form["sort"],
    )
    return f, form


def _safe_next(target: str | None) -> str:
    """Only a path on this site (no scheme, no host, not ``//host``) is followed after login."""
    if target:
        parts = urlsplit(target)
        if (not parts.scheme and not parts.netloc and target.startswith("/")
                and not target.startswith("//") and "\\" not in target):
            return target
    return url_for("queue_page")


def serve(config: Config, store: Store, host: str, port: int) -> None:
    """Serve the web queue with waitress (a production WSGI server) until interrupted."""
    import waitress

    app = create_app(config, store)
    log.info("web queue on http://%s:%d/", host, port)
    waitress.serve(app, host=host, port=port, threads=4, ident="privacy-bot")


__all__ = ["MIN_SECRET_LENGTH", "SECRET_ENV", "create_app", "secret_key", "serve"]
