"""The web queue through Flask's test client on real tickets: login, CSRF, filters, due-date
colours, the actions as forms and their audit events, escaping of mail text, headers."""

from __future__ import annotations

import hashlib
import hmac
import re
from datetime import datetime, timedelta
from html import unescape
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from bot.staff import queue
from bot.staff.auth import add_staff
from bot.staff.web.app import create_app
from bot.store.models import Event
from tests.queue_helpers import DUE, NOW, RECEIVED, mail, queue_app, tickets_by_subject

PASSWORD = "correct horse battery"
KEY = "k" * 48
#: A text/plain mail whose text is markup: it must show as these characters, not run.
SCRIPT_TEXT = mail(
    10, "Mallory <mallory@example.net>", "<script>alert(1)</script> delete me",
    'Please delete my data. <script>document.title="pwned"</script> <b>bold</b>')


@pytest.fixture
def app(tmp_path: Path, request: pytest.FixtureRequest) -> Any:
    """Four tickets and an admin, on SQLite; also on PostgreSQL for a test that asks for
    ``store_url`` too."""
    url = (request.getfixturevalue("store_url") if "store_url" in request.fixturenames
           else "sqlite:///bot.db")
    a = queue_app(tmp_path, extra=[SCRIPT_TEXT], store_url=url)
    with a.store.begin() as s:
        add_staff(s, "alice", PASSWORD, actor="root", now=NOW, role="admin")
    yield a
    a.close()


@pytest.fixture
def client(app: Any) -> Any:
    web = create_app(app.config, app.store, key=KEY, clock=lambda: NOW)
    return web.test_client()


def token(html: str) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert found, "no CSRF token on the page"
    return found.group(1)


def login(client: Any, name: str = "alice", password: str = PASSWORD) -> Any:
    page = client.get("/login").get_data(as_text=True)
    return client.post("/login", data={"name": name, "password": password,
                                       "csrf_token": token(page)})


def test_every_page_needs_a_login(client: Any) -> None:
    for path in ("/", "/tickets/PRIV-2026-000001", "/export.csv", "/quarantine", "/report"):
        resp = client.get(path)
        assert resp.status_code == 302 and resp.location.startswith("/login?next="), path
    # a POST is refused before the login check: no CSRF token without a session
    assert client.post("/tickets/PRIV-2026-000001/resolve").status_code == 400


def test_wrong_password_and_forged_form_are_refused(client: Any) -> None:
    resp = login(client, password="wrong horse battery")
    assert resp.status_code == 200
    assert "Wrong name, password or code." in resp.get_data(as_text=True)
    assert client.get("/").status_code == 302
    resp = client.post("/login", data={"name": "alice", "password": PASSWORD})  # no token
    assert resp.status_code == 400 and "Form expired or forged" in resp.get_data(as_text=True)


def test_login_follows_only_local_next(client: Any) -> None:
    page = client.get("/login").get_data(as_text=True)
    resp = client.post("/login?next=//evil.example/x", data={
        "name": "alice", "password": PASSWORD, "csrf_token": token(page)})
    assert resp.location == "/"
    client.post("/logout", data={"csrf_token": token(client.get("/").get_data(as_text=True))})
    page = client.get("/login").get_data(as_text=True)
    resp = client.post("/login?next=/%3Foverdue%3Dyes", data={
        "name": "alice", "password": PASSWORD, "csrf_token": token(page)})
    assert resp.location == "/?overdue=yes"


def test_queue_filters_and_due_colours(app: Any, client: Any, store_url: str) -> None:
    refs = {k: t.reference for k, t in tickets_by_subject(app).items()}
    with app.store.begin() as s:
        queue.get_ticket(s, refs["Delete my data"]).due_at = NOW - timedelta(days=1)
        queue.get_ticket(s, refs["My data"]).due_at = NOW + timedelta(days=20)
    assert login(client).status_code == 302
    html = client.get("/").get_data(as_text=True)
    by_ref = {ref: state for state, ref in
              re.findall(r'<tr class="due-([a-z-]+)" data-reference="([^"]+)"', html)}
    assert by_ref == {refs["Delete my data"]: "overdue", refs["My data"]: "ok",
                      refs["Question about your shop"]: "due-soon",
                      refs["<script>alert(1)</script> delete me"]: "due-soon"}
    # an overdue ticket can no longer be extended; the others say how far they can be. PDPA:
    # received 2 Nov + 30 + 60 days = 31 Jan 2027; "My data" is due 27 Nov + 20 = 17 Dec:
    # 45 days left
    overdue = client.get(f"/tickets/{refs['Delete my data']}").get_data(as_text=True)
    assert 'id="form-extend"' not in overdue
    assert "No extension possible: the due date has passed" in overdue
    mine = client.get(f"/tickets/{refs['My data']}").get_data(as_text=True)
    assert 'max="45"' in mine and "at most 45 more days" in mine
    overdue = client.get("/?overdue=yes").get_data(as_text=True)
    assert re.findall(r'data-reference="([^"]+)"', overdue) == [refs["Delete my data"]]
    triage = client.get("/?triage=yes").get_data(as_text=True)
    assert re.findall(r'data-reference="([^"]+)"', triage) == [refs["Question about your shop"]]
    typed = client.get("/?type=access&status=open").get_data(as_text=True)
    assert re.findall(r'data-reference="([^"]+)"', typed) == [refs["My data"]]


def test_actions_as_forms_write_audit_events_as_the_staff_member(
        app: Any, client: Any, store_url: str) -> None:
    ref = tickets_by_subject(app)["Question about your shop"].reference
    login(client)
    page = client.get(f"/tickets/{ref}").get_data(as_text=True)
    csrf = token(page)
    resp = client.post(f"/tickets/{ref}/reclassify",
                       data={"types": ["access", "deletion"], "csrf_token": csrf})
    assert (resp.status_code, resp.location) == (303, f"/tickets/{ref}")
    assert "Types set to access, deletion; due 2026-12-02." in client.get(
        resp.location).get_data(as_text=True)
    client.post(f"/tickets/{ref}/extend", data={"days": "7", "reason": "", "csrf_token": csrf})
    assert "a reason is required" in client.get(f"/tickets/{ref}").get_data(as_text=True)
    client.post(f"/tickets/{ref}/resolve", data={"note": "sent the copy", "csrf_token": csrf})
    assert "verify the requester&#39;s identity first" in client.get(
        f"/tickets/{ref}").get_data(as_text=True)  # access and deletion need a check
    client.post(f"/tickets/{ref}/resolve", data={
        "note": "sent the copy", "unverified_reason": "known customer, phoned",
        "csrf_token": csrf})
    assert client.post(f"/tickets/{ref}/resolve", data={"note": "x"}).status_code == 400
    with app.store.begin() as s:
        t = queue.get_ticket(s, ref)
        assert (t.kind, t.types, t.status, t.closed_at) == (
            "request", ["access", "deletion"], "resolved", NOW)
        events = [(e.actor, e.kind, e.at) for e in s.scalars(
            select(Event).where(Event.ticket_id == t.id, Event.actor != "bot"))]
    assert events == [("alice", "reclassified", NOW), ("alice", "resolved", NOW)]
    assert client.get("/tickets/PRIV-1999-000001").status_code == 404
    assert client.post("/tickets/PRIV-1999-000001/resolve",
                       data={"note": "x", "csrf_token": csrf}).status_code == 404


def test_an_internal_note_from_the_ticket_page(app: Any, client: Any) -> None:
    ref = tickets_by_subject(app)["Question about your shop"].reference
    login(client)
    csrf = token(client.get(f"/tickets/{ref}").get_data(as_text=True))
    resp = client.post(f"/tickets/{ref}/note",
                       data={"text": "Asked <b>Bob</b> in sales", "csrf_token": csrf})
    page = client.get(resp.location).get_data(as_text=True)
    assert "Note added (internal: not sent)." in page
    assert "text: Asked &lt;b&gt;Bob&lt;/b&gt; in sales" in page  # in the history, escaped
    with app.store.begin() as s:
        (note,) = [e for e in queue.history(s, ref) if e.kind == "note"]
    assert (note.actor, note.detail) == ("alice", {"text": "Asked <b>Bob</b> in sales"})


def test_quarantined_mail_is_listed_and_can_be_put_back(tmp_path: Path, store_url: str) -> None:
    from bot.store import Event, Message

    big = mail(9, "Big Sender <big@example.net>", "=?utf-8?q?Gro=C3=9Fe_Datei?=", "x" * 3000)
    app = queue_app(tmp_path, extra=[big], max_message_bytes=2000, store_url=store_url)
    with app.store.begin() as s:
        add_staff(s, "alice", PASSWORD, actor="root", now=NOW, role="admin")
        (row_id,) = s.scalars(select(Message.id).where(Message.outcome == "quarantine"))
    client = create_app(app.config, app.store, key=KEY, clock=lambda: NOW).test_client()
    login(client)
    page = client.get("/quarantine").get_data(as_text=True)
    assert "Big Sender &lt;big@example.net&gt;" in page and "Große Datei" in page
    assert "over the limit of 2000 bytes" in page
    # "Open a ticket for it by hand": the queue page's form, filled from the mail
    href = re.search(rf'id="open-{row_id}" href="([^"]+)"', page)
    assert href is not None
    form = client.get(href.group(1).replace("&amp;", "&")).get_data(as_text=True)
    assert '<details class="card" id="open-by-hand" open>' in form
    assert 'id="new-requester" value="big@example.net"' in form
    assert 'id="new-received" value="2026-11-02"' in form  # stored at RECEIVED
    assert f"from quarantined message #{row_id}</textarea>" in form
    resp = client.post(f"/quarantine/{row_id}/requeue", data={"csrf_token": token(page)})
    assert "is back in the queue" in client.get(resp.location).get_data(as_text=True)
    with app.store.begin() as s:
        assert s.get(Message, row_id).state == "stored"
        assert [e.actor for e in s.scalars(select(Event).where(Event.kind == "requeued"))] == [
            "alice"]
    assert "Nothing in quarantine." in client.get("/quarantine").get_data(as_text=True)
    app.close()


def test_search_order_and_pages(
        app: Any, client: Any, monkeypatch: pytest.MonkeyPatch, store_url: str) -> None:
    import bot.staff.web.app as web_app

    monkeypatch.setattr(web_app, "PAGE_SIZE", 2)  # four tickets: two pages
    login(client)

    def refs(html: str) -> list[str]:
        return re.findall(r'data-reference="([^"]+)"', html)

    first = client.get("/?sort=received").get_data(as_text=True)
    assert "4 ticket(s), page 1 of 2" in first and len(refs(first)) == 2
    second = client.get("/?sort=received&page=2").get_data(as_text=True)
    assert set(refs(first)).isdisjoint(refs(second)) and len(refs(second)) == 2
    assert 'href="/?page=1&amp;sort=received"' in second  # the filters survive paging
    found = client.get("/?q=script").get_data(as_text=True)
    assert [tickets_by_subject(app)["<script>alert(1)</script> delete me"].reference] == refs(
        found)


def test_the_ticket_page_says_what_the_tool_holds_about_the_requester(
        app: Any, client: Any) -> None:
    ref = tickets_by_subject(app)["Question about your shop"].reference
    login(client)
    page = client.get(f"/tickets/{ref}").get_data(as_text=True)
    # one ticket of this sender: its mail; sent, the "we will read it" acknowledgement and
    # the handoff to staff (which carries the mail)
    assert (f"about ravi@example.net: 1 ticket(s) ({ref}), 1 mail(s) received and 2 sent; "
            "erased 730 days after each ticket closes") in page


def test_bulk_assign_and_resolve_from_the_queue(app: Any, client: Any, store_url: str) -> None:
    by = tickets_by_subject(app)
    triage, access = by["Question about your shop"].reference, by["My data"].reference
    login(client)
    csrf = token(client.get("/").get_data(as_text=True))
    resp = client.post("/tickets/bulk", data={"refs": [triage, access], "action": "assign",
                                              "to": "alice", "csrf_token": csrf})
    assert f"Assigned: {triage}, {access}." in client.get(resp.location).get_data(as_text=True)
    resp = client.post("/tickets/bulk", data={"refs": [triage, access], "action": "resolve",
                                              "note": "answered by phone", "csrf_token": csrf})
    page = client.get(resp.location).get_data(as_text=True)
    # the access request needs an identity check first: refused, the other resolved
    assert f"Resolved: {triage}." in page and f"{access}: " in page
    with app.store.begin() as s:
        assert [queue.get_ticket(s, r).status for r in (triage, access)] == ["resolved", "open"]
        assert {queue.get_ticket(s, r).assigned_to for r in (triage, access)} == {"alice"}
    # no action chosen (none is preselected): nothing changes, and the page says why
    resp = client.post("/tickets/bulk", data={"refs": [access], "to": "", "csrf_token": csrf})
    assert flashes(client.get(resp.location).get_data(as_text=True)) == [
        ("error", "Choose what to do with them: assign, resolve or merge.")]
    with app.store.begin() as s:
        assert queue.get_ticket(s, access).assigned_to == "alice"


def flashes(html: str) -> list[tuple[str, str]]:
    """(category, text) of the page's messages, unescaped."""
    return [(c, unescape(m)) for c, m in
            re.findall(r'<p class="flash (\w+)" role="status">(.*?)</p>', html)]


def _bulk_merge(client: Any, refs: list[str], into: str, **extra: str) -> list[tuple[str, str]]:
    """Post the queue page's bulk form with "merge into" chosen; the messages shown after."""
    csrf = token(client.get("/").get_data(as_text=True))
    resp = client.post("/tickets/bulk", data={"refs": refs, "action": "merge", "into": into,
                                              "csrf_token": csrf, **extra})
    assert (resp.status_code, resp.location) == (303, "/")
    return flashes(client.get(resp.location).get_data(as_text=True))


def test_bulk_merge_from_the_queue(app: Any, client: Any) -> None:
    by = tickets_by_subject(app)
    deletion, access = by["Delete my data"].reference, by["My data"].reference
    with app.store.begin() as s:  # Jane phoned too: due 5 Dec; her access request: 1 Jan
        phoned = queue.open_ticket(
            s, requester="jane.doe@example.org", types=["correction"],
            received_at=RECEIVED + timedelta(days=3), channel="phone", subject="New address",
            actor="root", now=NOW, deadlines=app.config.bot.deadlines(),
            prefix="PRIV").reference
        queue.extend(s, access, 30, "three systems", actor="root", now=NOW,
                     deadlines=app.config.bot.deadlines())
    login(client)
    page = client.get("/").get_data(as_text=True)
    assert 'id="bulk-merge"' in page and f'<option value="{phoned}">' in page
    # every one checked, the one kept included; kept: the later, extended due date
    assert _bulk_merge(client, [deletion, access, phoned], access) == [
        ("ok", f"Merged into {access}: {deletion}, {phoned}. {access} is due 2027-01-01.")]
    with app.store.begin() as s:
        kept = queue.get_ticket(s, access)
        assert (kept.status, kept.types, kept.received_at, kept.due_at, kept.extension_days) == (
            "open", ["access", "correction", "deletion"], RECEIVED, DUE + timedelta(days=30),
            30)
        assert [(t.status, t.merged_into, t.closed_at) for t in (
            queue.get_ticket(s, r) for r in (deletion, phoned))] == [("merged", access, NOW)] * 2
        assert [(e.actor, e.kind, e.detail["from"]) for e in queue.history(s, access)
                if e.kind == "merged-in"] == [("alice", "merged-in", deletion),
                                              ("alice", "merged-in", phoned)]


def test_bulk_merge_refusals_say_why_and_merge_nothing(app: Any, client: Any) -> None:
    by = tickets_by_subject(app)
    deletion, access = by["Delete my data"].reference, by["My data"].reference
    triage = by["Question about your shop"].reference  # Ravi's
    mallory = by["<script>alert(1)</script> delete me"].reference
    with app.store.begin() as s:
        queue.resolve(s, triage, "answered", actor="root", now=NOW)
    login(client)
    cases = [
        ([access], access, f"nothing to merge into {access}: choose other tickets than the one "
                           "kept (a ticket cannot be merged into itself)"),
        ([access], triage, f"cannot merge into {triage}: it is resolved"),
        ([access], "", "name the ticket to merge into"),
        ([access], "PRIV-1999-000001", "no ticket 'PRIV-1999-000001'"),
        # Jane's access request would merge, then Mallory's is refused: neither is merged
        ([access, mallory], deletion, f"{mallory} and {deletion} are from different "
                                      "requesters; merge only one person's tickets (or force "
                                      "it)"),
    ]
    for refs, into, why in cases:
        assert _bulk_merge(client, refs, into) == [("error", f"Nothing merged: {why}.")], why
    with app.store.begin() as s:
        assert [queue.get_ticket(s, r).status for r in (deletion, access, mallory)] == [
            "open"] * 3
        assert s.scalars(select(Event).where(Event.kind.in_(("merged", "merged-in")))).all() == []
    assert _bulk_merge(client, [], deletion) == [("error", "Select tickets first.")]
    # the staff member may overrule the requester check, as on the ticket page
    assert _bulk_merge(client, [mallory], deletion, force="yes") == [
        ("ok", f"Merged into {deletion}: {mallory}. {deletion} is due 2026-12-02.")]


def test_a_viewer_cannot_merge_from_the_queue(app: Any) -> None:
    by = tickets_by_subject(app)
    deletion, access = by["Delete my data"].reference, by["My data"].reference
    with app.store.begin() as s:
        add_staff(s, "vic", PASSWORD, actor="root", now=NOW, role="viewer")
    viewer = create_app(app.config, app.store, key=KEY, clock=lambda: NOW).test_client()
    login(viewer, "vic")
    page = viewer.get("/").get_data(as_text=True)
    assert 'id="bulk"' not in page and 'name="refs"' not in page
    resp = viewer.post("/tickets/bulk", data={"refs": [access], "action": "merge",
                                              "into": deletion, "csrf_token": token(page)})
    assert resp.status_code == 403
    assert "This needs the agent role; you are a viewer." in resp.get_data(as_text=True)
    with app.store.begin() as s:
        assert queue.get_ticket(s, access).status == "open"


def test_the_overview_page(app: Any, client: Any) -> None:
    login(client)
    page = client.get("/report").get_data(as_text=True)
    # four tickets, all open and due 2 Dec: 5 days after NOW (27 Nov), so all due soon
    assert "<h2>Open: 4 of 4</h2>" in page
    assert '<strong id="n-due-soon">4</strong>' in page and "Nothing resolved yet." in page


def test_a_ticket_opened_by_hand_from_the_queue_page(app: Any, client: Any, store_url: str) -> None:
    login(client)
    csrf = token(client.get("/").get_data(as_text=True))
    form = {"requester": "tan@example.org", "name": "Tan", "types": ["correction"],
            "received": "2026-11-20", "channel": "letter", "subject": "New address",
            "note": "letter dated 18 Nov", "csrf_token": csrf}
    resp = client.post("/tickets/new", data=form)
    assert resp.location == "/tickets/PRIV-2026-000005"  # four tickets came by mail
    page = client.get(resp.location).get_data(as_text=True)
    assert "PRIV-2026-000005 opened; due 2026-12-20." in page
    resp = client.post("/tickets/new", data={**form, "types": []})
    assert "give at least one request type" in client.get(resp.location).get_data(as_text=True)
    # a NUL sent in the form is refused with the reason (on PostgreSQL too: not a failed
    # INSERT), and nothing is opened
    resp = client.post("/tickets/new", data={**form, "name": "Tan\x00Ah Kow"})
    assert "the name has control characters" in client.get(resp.location).get_data(as_text=True)
    with app.store.begin() as s:
        assert queue.list_tickets(s, queue.QueueFilter(search="tan@example.org"), NOW)[
            0].reference == "PRIV-2026-000005"
        assert len(queue.list_tickets(s, queue.QueueFilter(), NOW)) == 5


def test_mail_text_is_escaped_and_headers_forbid_scripts(app: Any, client: Any) -> None:
    ref = tickets_by_subject(app)["<script>alert(1)</script> delete me"].reference
    login(client)
    resp = client.get(f"/tickets/{ref}")
    html = resp.get_data(as_text=True)
    assert "<script>" not in html
    assert ("Please delete my data. &lt;script&gt;document.title=&#34;pwned&#34;&lt;/script&gt; "
            "&lt;b&gt;bold&lt;/b&gt;") in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; delete me" in html
    csp = resp.headers["Content-Security-Policy"]
    assert "default-src 'none'" in csp and "script-src" not in csp
    assert resp.headers["X-Frame-Options"] == "DENY"
    assert resp.headers["Cache-Control"] == "no-store"
    cookie = resp.headers.get("Set-Cookie", "") or client.get_cookie("privacy_bot_session")
    assert cookie


def test_disabled_account_loses_its_session(app: Any, client: Any) -> None:
    from bot.staff.auth import set_disabled

    login(client)
    assert client.get("/").status_code == 200
    with app.store.begin() as s:
        set_disabled(s, "alice", True, actor="root", now=NOW)
    assert client.get("/").status_code == 302


def test_logout_and_a_new_password_end_the_session_even_for_a_copied_cookie(
        app: Any, client: Any) -> None:
    from bot.staff.auth import set_password

    login(client)
    copied = client.get_cookie("privacy_bot_session").value  # e.g. stolen before the logout
    page = client.get("/").get_data(as_text=True)
    client.post("/logout", data={"csrf_token": token(page)})
    client.set_cookie("privacy_bot_session", copied)
    assert client.get("/").status_code == 302  # the copy is refused
    login(client)
    assert client.get("/").status_code == 200
    with app.store.begin() as s:
        set_password(s, "alice", "another long passphrase", actor="root", now=NOW)
    assert client.get("/").status_code == 302
    login(client, password="another long passphrase")
    assert client.get("/").status_code == 200


def test_a_viewer_reads_an_agent_works_and_only_an_admin_exports(app: Any) -> None:
    from bot.staff.auth import set_role

    ref = tickets_by_subject(app)["Question about your shop"].reference
    with app.store.begin() as s:
        add_staff(s, "vic", PASSWORD, actor="root", now=NOW, role="viewer")
        add_staff(s, "ann", PASSWORD, actor="root", now=NOW, role="agent")
    web = create_app(app.config, app.store, key=KEY, clock=lambda: NOW)
    viewer, agent = web.test_client(), web.test_client()
    login(viewer, "vic")
    page = viewer.get(f"/tickets/{ref}").get_data(as_text=True)
    assert viewer.get("/").status_code == 200 and "(viewer)" in page
    resp = viewer.post(f"/tickets/{ref}/note", data={"text": "x", "csrf_token": token(page)})
    assert resp.status_code == 403
    assert "This needs the agent role; you are a viewer." in resp.get_data(as_text=True)
    assert [viewer.get(p).status_code for p in ("/quarantine", "/export.csv")] == [403, 403]
    login(agent, "ann")
    page = agent.get(f"/tickets/{ref}").get_data(as_text=True)
    assert agent.post(f"/tickets/{ref}/note", data={"text": "x", "csrf_token": token(page)}
                      ).status_code == 303
    assert [agent.get(p).status_code for p in ("/quarantine", "/export.csv")] == [200, 403]
    with app.store.begin() as s:  # a new role applies at once: the session ends
        set_role(s, "ann", "admin", actor="root", now=NOW)
    assert agent.get("/export.csv").status_code == 302
    login(agent, "ann")
    assert agent.get("/export.csv").status_code == 200


def _totp(secret_b32: str, at: datetime) -> str:
    """RFC 6238 TOTP written out here (RFC 4226 §5.3 truncation, 30 s steps, 6 digits)."""
    import base64
    import struct

    key = base64.b32decode(secret_b32)
    mac = hmac.new(key, struct.pack(">Q", int(at.timestamp()) // 30), hashlib.sha1).digest()
    offset = mac[-1] & 0x0F
    return f"{(struct.unpack('>I', mac[offset:offset + 4])[0] & 0x7FFFFFFF) % 10**6:06d}"


def test_a_second_factor_is_asked_once_set(app: Any, client: Any) -> None:
    from urllib.parse import parse_qs, urlsplit

    from bot.staff.auth import enable_totp

    with app.store.begin() as s:
        uri = enable_totp(s, "alice", actor="root", now=NOW)
    secret = parse_qs(urlsplit(uri).query)["secret"][0]
    assert uri.startswith("otpauth://totp/privacy-bot:alice?")
    login(client)  # the password alone is not enough any more
    assert client.get("/").status_code == 302
    page = client.get("/login").get_data(as_text=True)
    wrong = "000000" if _totp(secret, NOW) != "000000" else "111111"
    client.post("/login", data={"name": "alice", "password": PASSWORD, "code": wrong,
                                "csrf_token": token(page)})
    assert client.get("/").status_code == 302
    page = client.get("/login").get_data(as_text=True)
    client.post("/login", data={"name": "alice", "password": PASSWORD,
                                "code": _totp(secret, NOW - timedelta(seconds=30)),  # drift
                                "csrf_token": token(page)})
    assert client.get("/").status_code == 200


def test_register_download(app: Any, client: Any) -> None:
    login(client)
    resp = client.get("/export.csv")
    assert resp.headers["Content-Disposition"] == (
        'attachment; filename="privacy-register-2026-11-27.csv"')
    lines = resp.get_data(as_text=True).splitlines()
    assert lines[0] == ("reference,types,received,due,extension_days,verified,closed,outcome,re"
                        "ceiving_address,verified_at,paused_days,extensions,result,letters,correspondence,"
                        "kind,note,unverified_reason")
    assert len(lines) == 1 + 4  # the triage ticket too (kind "triage")


def test_short_secret_key_is_refused(app: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.errors import ConfigError
    from bot.staff.web.app import secret_key

    assert secret_key(app.config, env={"PRIVACY_BOT_WEB_SECRET": "s" * 32}) == "s" * 32
    with pytest.raises(ConfigError, match="at least 32 characters"):
        secret_key(app.config, env={"PRIVACY_BOT_WEB_SECRET": "short"})
    assert len(secret_key(app.config, env={})) >= 32  # random, per process


def test_a_letter_is_previewed_then_sent_and_recorded(app: Any, client: Any) -> None:
    ref = tickets_by_subject(app)["Delete my data"].reference
    login(client)
    csrf = token(client.get(f"/tickets/{ref}").get_data(as_text=True))
    text = "We keep invoices for five years: the Income Tax Act requires it."
    preview = client.post(f"/tickets/{ref}/letter", data={
        "letter": "deletion_done", "text": text, "csrf_token": csrf}).get_data(as_text=True)
    assert "Jane Doe &lt;jane.doe@example.org&gt;" in preview
    assert "We have erased your personal data as you asked." in preview and text in preview
    with app.store.begin() as s:  # a preview writes nothing
        assert s.scalars(select(Event).where(Event.kind == "letter")).all() == []
    resp = client.post(f"/tickets/{ref}/letter", data={
        "letter": "deletion_done", "text": text, "send": "yes", "csrf_token": token(preview)})
    assert (resp.status_code, resp.location) == (303, f"/tickets/{ref}")
    assert "The deletion done letter is queued for jane.doe@example.org." in client.get(
        resp.location).get_data(as_text=True)
    with app.store.begin() as s:
        (event,) = s.scalars(select(Event).where(Event.kind == "letter")).all()
        assert (event.actor, event.detail["letter"], event.at) == ("alice", "deletion_done", NOW)
    # a letter that needs text says so, and sends nothing
    client.post(f"/tickets/{ref}/letter", data={
        "letter": "refusal", "text": "", "send": "yes", "csrf_token": csrf})
    assert "the refusal letter needs your text" in client.get(
        f"/tickets/{ref}").get_data(as_text=True)


def test_the_clock_is_paused_and_resumed_from_the_ticket_page(app: Any, client: Any) -> None:
    ref = tickets_by_subject(app)["My data"].reference  # due 2 Dec 09:00 UTC; now 27 Nov
    login(client)
    csrf = token(client.get(f"/tickets/{ref}").get_data(as_text=True))
    client.post(f"/tickets/{ref}/pause", data={"reason": "proof of identity",
                                               "csrf_token": csrf})
    page = client.get(f"/tickets/{ref}").get_data(as_text=True)
    assert "Clock paused while waiting for the requester." in page
    assert 'id="form-resume"' in page and "(clock paused: moves later by the pause)" in page
    with app.store.begin() as s:  # resumed the same instant: the due date does not move
        t = queue.get_ticket(s, ref)
        assert (t.status, t.paused_at) == ("waiting", NOW)
    client.post(f"/tickets/{ref}/resume", data={"reason": "", "csrf_token": csrf})
    assert "Clock running again; due 2026-12-02." in client.get(
        f"/tickets/{ref}").get_data(as_text=True)


def test_repeated_wrong_passwords_lock_the_account_for_a_while(app: Any, store_url: str) -> None:
    """OWASP login throttling: 5 wrong passwords in a row lock the account for 15 minutes,
    during which even the right password fails; then it works again and the count restarts."""
    from bot.staff import auth

    def attempt(password: str, at: Any) -> bool:
        with app.store.begin() as s:
            return auth.authenticate(s, "alice", password, now=at) is not None

    assert [attempt("guess", NOW) for _ in range(5)] == [False] * 5
    assert not attempt(PASSWORD, NOW + timedelta(minutes=14, seconds=59))
    assert attempt(PASSWORD, NOW + timedelta(minutes=15))
    # a success resets the count: four more wrong tries do not lock it
    assert [attempt("guess", NOW + timedelta(minutes=16)) for _ in range(4)] == [False] * 4
    assert attempt(PASSWORD, NOW + timedelta(minutes=16))
    with app.store.begin() as s:
        locks = s.scalars(select(Event).where(Event.kind == "login-locked")).all()
        assert [(e.actor, e.detail) for e in locks] == [
            ("alice", {"until": "2026-11-27T09:15:00+00:00"})]
