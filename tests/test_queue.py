"""The staff queue: service-layer actions and their audit events, the CLI on real tickets
(mail drained by the worker into the store), the register and the feedback export; on SQLite
and on PostgreSQL (the ``app`` fixture takes ``store_url``).

Expected values are worked out by hand from tests/queue_helpers.py: every ticket received
2026-11-02 09:00 UTC, due 2026-12-02 09:00 UTC (30 days), "now" 2026-11-27 09:00 UTC.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from sqlalchemy import select

from bot.cli import main
from bot.deadlines import Deadlines, Period
from bot.intake.authresults import parse_field, summary
from bot.staff import queue
from bot.store.models import Event, Feedback, Outbox, Staff, Ticket
from tests.queue_helpers import DUE, NOW, RECEIVED, queue_app, tickets_by_subject

POLICY = Deadlines()  # PDPA: 30 calendar days


@pytest.fixture
def app(tmp_path: Path, store_url: str) -> Any:
    a = queue_app(tmp_path, store_url=store_url)
    yield a
    a.close()


@pytest.fixture
def refs(app: Any) -> dict[str, str]:
    by = tickets_by_subject(app)
    return {"deletion": by["Delete my data"].reference, "access": by["My data"].reference,
            "triage": by["Question about your shop"].reference}


def staff_events(app: Any, ref: str) -> list[tuple[str, str, dict[str, Any]]]:
    """(actor, kind, detail) of the ticket's events not written by the bot."""
    with app.store.begin() as s:
        return [(e.actor, e.kind, e.detail) for e in queue.history(s, ref) if e.actor != "bot"]


# -- the service layer ---------------------------------------------------------------------


def test_once_staff_accounts_exist_only_an_enabled_one_can_be_assigned(
        app: Any, refs: dict[str, str]) -> None:
    from bot.staff.auth import add_staff

    with app.store.begin() as s:
        add_staff(s, "alice", "correct horse battery", actor="root", now=NOW)
        add_staff(s, "carol", "correct horse battery", actor="root", now=NOW)
        s.scalars(select(Staff).where(Staff.name == "carol")).one().disabled = True
    for name in ("mallory", "carol"):
        with app.store.begin() as s, pytest.raises(
                queue.QueueError, match=f"'{name}' is not a staff account; assign one of: alice"):
            queue.assign(s, refs["deletion"], name, actor="bob", now=NOW)
    with app.store.begin() as s:
        assert queue.assign(s, refs["deletion"], "alice", actor="bob", now=NOW).assigned_to == (
            "alice")


def test_an_internal_note_is_recorded_on_any_ticket_and_sent_to_nobody(
        app: Any, refs: dict[str, str]) -> None:
    ref = refs["access"]
    with app.store.begin() as s:
        sent_before = len(s.scalars(select(Outbox)).all())
        queue.add_note(s, ref, "  Called her:\n  she wants  the PDF  by post. ", actor="bob",
                       now=NOW)
    for bad, why in (("  ", "a note is required"), ("x" * 5001, "longer than 5000"),
                     ("bell\x07", "control characters")):
        with app.store.begin() as s, pytest.raises(queue.QueueError, match=why):
            queue.add_note(s, ref, bad, actor="bob", now=NOW)
    with app.store.begin() as s:
        notes = [(e.actor, e.detail) for e in queue.history(s, ref) if e.kind == "note"]
        assert len(s.scalars(select(Outbox)).all()) == sent_before
    assert notes == [("bob", {"text": "Called her:\nshe wants the PDF by post."})]


def test_a_ticket_opened_by_hand_runs_from_its_receipt(app: Any) -> None:
    # a phone call on 2 Nov 2026: PDPA, 30 calendar days -> due 2 Dec, at the same time
    received = RECEIVED
    with app.store.begin() as s:
        t = queue.open_ticket(s, requester="Mei.Lin@Example.org ", types=["access"],
                              received_at=received, channel="phone", subject="Copy of data",
                              name="Mei Lin", note="wants it by post", actor="bob",
                              now=NOW, deadlines=POLICY, prefix="PRIV")
        assert (t.reference, t.kind, t.types, t.requester, t.ack_status, t.due_at) == (
            "PRIV-2026-000004", "request", ["access"], "mei.lin@example.org", "none", DUE)
        (opened,) = [e for e in queue.history(s, t.reference) if e.kind == "opened"]
        assert (opened.actor, opened.detail) == ("bob", {
            "kind": "request", "types": ["access"], "channel": "phone",
            "note": "wants it by post"})
    bad = [({"requester": "not an address"}, "not an e-mail address"),
           ({"types": []}, "at least one request type"),
           ({"types": ["refund"]}, "unknown request type"),
           ({"channel": "pigeon"}, "unknown channel"),
           ({"received_at": NOW + timedelta(days=1)}, "in the future"),
           ({"subject": " "}, "a subject is required")]
    for change, why in bad:
        args: dict[str, Any] = {"requester": "a@example.org", "types": ["access"],
                                "received_at": received, "channel": "letter", "subject": "S",
                                **change}
        with app.store.begin() as s, pytest.raises(queue.QueueError, match=why):
            queue.open_ticket(s, actor="bob", now=NOW, deadlines=POLICY, prefix="PRIV", **args)


def test_drained_mail_gives_the_tickets_the_tests_expect(app: Any, refs: dict[str, str]) -> None:
    by = tickets_by_subject(app)
    assert [(t.kind, t.types, t.status) for t in by.values()] == [
        ("request", ["deletion"], "open"), ("request", ["access"], "open"),
        ("triage", [], "open")]


def test_assign_then_unassign_records_who_and_when(app: Any, refs: dict[str, str]) -> None:
    ref = refs["deletion"]
    with app.store.begin() as s:
        queue.assign(s, ref, "alice", actor="bob", now=NOW)
    with app.store.begin() as s:
        queue.assign(s, ref.lower(), "", actor="bob", now=NOW + timedelta(minutes=1))
    with app.store.begin() as s, pytest.raises(queue.QueueError, match="already unassigned"):
        queue.assign(s, ref, "", actor="bob", now=NOW)
    with app.store.begin() as s:
        events = [(e.actor, e.kind, e.detail, e.at) for e in queue.history(s, ref)
                  if e.actor == "bob"]
    assert events == [
        ("bob", "assigned", {"from": "", "to": "alice"}, NOW),
        ("bob", "assigned", {"from": "alice", "to": ""}, NOW + timedelta(minutes=1)),
    ]


def test_reclassify_triage_to_request_keeps_feedback_and_recomputes_due(
        app: Any, refs: dict[str, str]) -> None:
    ref = refs["triage"]
    shorter = Deadlines(by_type={"access": Period(14)})
    with app.store.begin() as s:
        t = queue.reclassify(s, ref, ["withdrawal", "access"], actor="alice", now=NOW,
                             deadlines=shorter)
        # the types' order is REQUEST_TYPES's; access is due in 14 days: 2026-11-16 09:00
        assert (t.kind, t.types, t.due_at) == ("request", ["access", "withdrawal"],
                                               RECEIVED + timedelta(days=14))
    assert staff_events(app, ref) == [("alice", "reclassified", {
        "from": [], "to": ["access", "withdrawal"], "kind_from": "triage",
        "due_from": "2026-12-02T09:00:00+00:00", "due_to": "2026-11-16T09:00:00+00:00"})]
    with app.store.begin() as s:
        (fb,) = s.scalars(select(Feedback)).all()
        assert (fb.actor, fb.labels_before, fb.labels_after, fb.language, fb.at) == (
            "alice", [], ["access", "withdrawal"], "en", NOW)
        assert fb.message_row_id is not None


def test_reclassify_refuses_unknown_none_or_same_types(app: Any, refs: dict[str, str]) -> None:
    ref = refs["deletion"]
    cases = [(["erasure"], "unknown request type\\(s\\) erasure"),
             ([], "at least one request type"),
             (["deletion"], "already has the types deletion")]
    for types, message in cases:
        with app.store.begin() as s, pytest.raises(queue.QueueError, match=message):
            queue.reclassify(s, ref, types, actor="alice", now=NOW, deadlines=POLICY)
    assert staff_events(app, ref) == []


def test_extend_adds_days_with_reason_up_to_sixty(app: Any, refs: dict[str, str]) -> None:
    ref = refs["access"]
    with app.store.begin() as s:
        t = queue.extend(s, ref, 30, "records in three systems", actor="alice", now=NOW,
                         deadlines=POLICY)
        assert (t.due_at, t.extension_days) == (DUE + timedelta(days=30), 30)
    # received 2 Nov + 30 + 60 days = 31 Jan 2027; due now 1 Jan: 30 days left
    with app.store.begin() as s, pytest.raises(queue.QueueError, match="at most 30 more days"):
        queue.extend(s, ref, 31, "more", actor="alice", now=NOW, deadlines=POLICY)
    with app.store.begin() as s, pytest.raises(queue.QueueError, match="a reason is required"):
        queue.extend(s, ref, 1, "  ", actor="alice", now=NOW, deadlines=POLICY)
    # after the due date it is too late to tell the requester of an extension
    late = DUE + timedelta(days=30, seconds=1)
    with app.store.begin() as s, pytest.raises(queue.QueueError, match="before the due date"):
        queue.extend(s, ref, 1, "late", actor="alice", now=late, deadlines=POLICY)
    assert staff_events(app, ref) == [("alice", "extended", {
        "days": 30, "reason": "records in three systems",
        "due_from": "2026-12-02T09:00:00+00:00", "due_to": "2027-01-01T09:00:00+00:00"})]


def test_pause_stops_the_clock_and_resume_moves_the_due_date(
        app: Any, refs: dict[str, str]) -> None:
    ref = refs["access"]  # due 2 Dec 09:00 UTC
    asked = NOW  # 27 Nov 09:00: identity asked for
    answered = NOW + timedelta(days=6, hours=3)  # 3 Dec 12:00: after the old due date
    with app.store.begin() as s:
        t = queue.pause(s, ref, "proof of identity", actor="alice", now=asked)
        assert (t.status, t.paused_at) == ("waiting", asked)
        # paused: neither overdue nor due soon, whatever the date
        assert queue.due_state(t, answered) == "paused"
        assert ref not in {x.reference for x in queue.list_tickets(
            s, queue.QueueFilter(overdue=True), answered)}
        assert [r["outcome"] for r in queue.register(s, answered)
                if r["reference"] == ref] == ["paused"]
    with app.store.begin() as s, pytest.raises(queue.QueueError, match="it is paused"):
        queue.pause(s, ref, "again", actor="alice", now=answered)
    with app.store.begin() as s:
        t = queue.resume(s, ref, actor="alice", now=answered, reason="phoned back")
        # stood still 6 days 3 hours: due 2 Dec 09:00 + 6 d 3 h = 8 Dec 12:00
        assert (t.status, t.paused_at, t.due_at) == (
            "open", None, datetime(2026, 12, 8, 12, 0, tzinfo=UTC))
        # the pause does not eat into the extension the law allows: still 60 days
        assert queue.extension_left(s, t, POLICY) == 60
    with app.store.begin() as s, pytest.raises(queue.QueueError, match="not paused"):
        queue.resume(s, ref, actor="alice", now=answered)
    with app.store.begin() as s, pytest.raises(queue.QueueError, match="a reason is required"):
        queue.pause(s, ref, " ", actor="alice", now=answered)
    assert staff_events(app, ref) == [
        ("alice", "paused", {"reason": "proof of identity", "due_at": "2026-12-02T09:00:00+00:00"}),
        ("alice", "resumed", {"reason": "phoned back", "paused_at": "2026-11-27T09:00:00+00:00",
                              "due_from": "2026-12-02T09:00:00+00:00",
                              "due_to": "2026-12-08T12:00:00+00:00"})]


def test_resolving_a_paused_ticket_counts_the_pause(app: Any, refs: dict[str, str]) -> None:
    ref = refs["deletion"]  # due 2 Dec 09:00 UTC
    with app.store.begin() as s:
        queue.pause(s, ref, "which account?", actor="alice", now=NOW)
    closed = DUE + timedelta(days=2)  # 4 Dec: paused 7 days, so due 9 Dec: on time
    with app.store.begin() as s:
        t = queue.resolve(s, ref, "no answer; closed as asked", actor="alice", now=closed)
        assert (t.status, t.due_at, t.paused_at) == ("resolved", DUE + timedelta(days=7), None)
        assert [r["outcome"] for r in queue.register(s, closed)
                if r["reference"] == ref] == ["on time"]


def test_access_and_deletion_need_an_identity_check_to_be_resolved(
        app: Any, refs: dict[str, str]) -> None:
    needs = ("access", "deletion")
    with app.store.begin() as s, pytest.raises(queue.QueueError, match="verify the requester"):
        queue.resolve(s, refs["deletion"], "erased", actor="alice", now=NOW,
                      needs_verification=needs)
    with app.store.begin() as s:  # a stated reason is recorded instead
        queue.resolve(s, refs["deletion"], "erased", actor="alice", now=NOW,
                      needs_verification=needs, unverified_reason="the account had no data")
        queue.verify(s, refs["access"], "id-document", actor="alice", now=NOW)
        queue.resolve(s, refs["access"], "sent the copy", actor="alice", now=NOW,
                      needs_verification=needs)
    assert [d for _, k, d in staff_events(app, refs["deletion"]) if k == "resolved"] == [
        {"note": "erased", "on_time": True, "result": "fulfilled",
         "unverified_reason": "the account had no data"}]


def test_verify_resolve_reopen(app: Any, refs: dict[str, str]) -> None:
    ref = refs["deletion"]
    late = DUE + timedelta(hours=1)
    with app.store.begin() as s:
        queue.verify(s, ref, "email-reply", actor="alice", now=NOW, note="replied from it")
    with app.store.begin() as s, pytest.raises(queue.QueueError, match="already verified"):
        queue.verify(s, ref, "id-document", actor="alice", now=NOW)
    with app.store.begin() as s, pytest.raises(queue.QueueError, match="unknown method"):
        queue.verify(s, refs["access"], "telepathy", actor="alice", now=NOW)
    with app.store.begin() as s:
        t = queue.resolve(s, ref, "deleted; told the requester", actor="alice", now=late)
        assert (t.status, t.closed_at) == ("resolved", late)
    with app.store.begin() as s, pytest.raises(queue.QueueError, match="it is resolved"):
        queue.resolve(s, ref, "again", actor="alice", now=late)
    with app.store.begin() as s:
        t = queue.reopen(s, ref, actor="bob", now=late, reason="she replied")
        assert (t.status, t.closed_at) == ("open", None)
    assert staff_events(app, ref) == [
        ("alice", "verified", {"method": "email-reply", "note": "replied from it"}),
        ("alice", "resolved", {"note": "deleted; told the requester", "on_time": False,
                               "result": "fulfilled"}),
        ("bob", "reopened", {"reason": "she replied", "closed_at": "2026-12-02T10:00:00+00:00"}),
    ]


def test_merge_same_requester_unions_types_and_closes_the_first(
        app: Any, refs: dict[str, str]) -> None:
    src, dst = refs["access"], refs["deletion"]
    with app.store.begin() as s:
        s.scalar(select(Ticket).where(Ticket.reference == src)).due_at = DUE - timedelta(days=3)
    with app.store.begin() as s, pytest.raises(queue.QueueError, match="different requesters"):
        queue.merge(s, refs["triage"], dst, actor="alice", now=NOW)
    with app.store.begin() as s:
        kept = queue.merge(s, src, dst, actor="alice", now=NOW)
        assert (kept.reference, kept.types, kept.due_at) == (
            dst, ["access", "deletion"], DUE - timedelta(days=3))
        gone = queue.get_ticket(s, src)
        assert (gone.status, gone.merged_into, gone.closed_at) == ("merged", dst, NOW)
    with app.store.begin() as s, pytest.raises(queue.QueueError, match="merged into"):
        queue.reopen(s, src, actor="alice", now=NOW)
    assert staff_events(app, src) == [("alice", "merged", {"into": dst})]
    assert staff_events(app, dst) == [("alice", "merged-in", {
        "from": src,
        "before": {"types": ["deletion"], "received_at": "2026-11-02T09:00:00+00:00",
                   "due_at": "2026-12-02T09:00:00+00:00"},
        "after": {"types": ["access", "deletion"], "received_at": "2026-11-02T09:00:00+00:00",
                  "due_at": "2026-11-29T09:00:00+00:00"}})]
    with app.store.begin() as s:
        d = queue.ticket_detail(s, dst)
        assert d.merged_from == [src]
        # both tickets' acknowledgements are shown on the ticket kept
        assert [(m.kind, m.status) for m in d.sent] == [("acknowledgement", "sent")] * 2


def test_merge_keeps_an_extension_and_its_date(app: Any, refs: dict[str, str]) -> None:
    src, dst = refs["access"], refs["deletion"]  # both due 2 Dec 09:00
    with app.store.begin() as s:
        queue.extend(s, dst, 30, "three systems", actor="alice", now=NOW, deadlines=POLICY)
        kept = queue.merge(s, src, dst, actor="alice", now=NOW)
        # the requester was told 1 Jan: the merge keeps that date and the 30 days
        assert (kept.due_at, kept.extension_days) == (DUE + timedelta(days=30), 30)
        row = next(r for r in queue.register(s, NOW) if r["reference"] == dst)
        assert (row["due"], row["extension_days"]) == ("2027-01-01T09:00:00+00:00", 30)


def _by_hand(s: Any, requester: str = "jane.doe@example.org") -> str:
    """A third ticket of Jane's, received 5 Nov 09:00 (PDPA: due 5 Dec 09:00): its reference."""
    return queue.open_ticket(
        s, requester=requester, types=["correction"], received_at=RECEIVED + timedelta(days=3),
        channel="phone", subject="New address", actor="alice", now=NOW, deadlines=POLICY,
        prefix="PRIV").reference


def test_merge_many_merges_each_into_the_one_kept(app: Any, refs: dict[str, str]) -> None:
    with app.store.begin() as s:
        kept_ref = _by_hand(s)
        queue.extend(s, refs["access"], 30, "three systems", actor="alice", now=NOW,
                     deadlines=POLICY)
    with app.store.begin() as s:
        # the one kept and a repeat among the references are skipped, not refused
        kept, merged = queue.merge_many(
            s, [refs["deletion"], refs["access"].lower(), kept_ref, refs["access"]], kept_ref,
            actor="alice", now=NOW)
        assert merged == [refs["deletion"], refs["access"]]
        # received: the earliest (2 Nov); due: the extended one the requester was told,
        # 2 Dec + 30 days = 1 Jan, not 5 Dec
        assert (kept.reference, kept.types, kept.received_at, kept.due_at,
                kept.extension_days) == (kept_ref, ["access", "correction", "deletion"],
                                         RECEIVED, DUE + timedelta(days=30), 30)
        for ref in merged:
            gone = queue.get_ticket(s, ref)
            assert (gone.status, gone.merged_into, gone.closed_at) == ("merged", kept_ref, NOW)
    assert staff_events(app, refs["deletion"]) == [("alice", "merged", {"into": kept_ref})]
    assert [(k, d.get("from")) for _, k, d in staff_events(app, kept_ref)] == [
        ("opened", None), ("merged-in", refs["deletion"]), ("merged-in", refs["access"])]


@pytest.mark.parametrize(("pick", "into", "why"), [
    # Ravi's ticket among Jane's: refused after Jane's access ticket was merged, so the
    # transaction rolls that merge back too
    (["access", "triage"], "deletion", "are from different requesters"),
    (["deletion"], "deletion", "nothing to merge into PRIV-2026-000001"),
    (["access"], "", "name the ticket to merge into"),
    (["access"], "PRIV-1999-000001", "no ticket 'PRIV-1999-000001'"),
])
def test_merge_many_is_all_or_nothing(app: Any, refs: dict[str, str], pick: list[str],
                                      into: str, why: str) -> None:
    assert refs["deletion"] == "PRIV-2026-000001"  # as the expected messages say
    # the error leaves the transaction (rolled back), as in the web page and the CLI
    with pytest.raises(queue.QueueError, match=why), app.store.begin() as s:
        queue.merge_many(s, [refs[p] for p in pick], refs.get(into, into), actor="alice",
                         now=NOW)
    with app.store.begin() as s:
        assert {queue.get_ticket(s, r).status for r in refs.values()} == {"open"}
    assert [staff_events(app, r) for r in refs.values()] == [[], [], []]


def test_merge_many_refuses_a_closed_ticket_to_keep(app: Any, refs: dict[str, str]) -> None:
    with app.store.begin() as s:
        queue.resolve(s, refs["deletion"], "erased", actor="alice", now=NOW,
                      unverified_reason="no account")
    with app.store.begin() as s, pytest.raises(
            queue.QueueError, match=f"cannot merge into {refs['deletion']}: it is resolved"):
        queue.merge_many(s, [refs["access"]], refs["deletion"], actor="alice", now=NOW)
    with app.store.begin() as s:
        assert queue.get_ticket(s, refs["access"]).status == "open"


def test_filters(app: Any, refs: dict[str, str]) -> None:
    with app.store.begin() as s:
        queue.assign(s, refs["access"], "alice", actor="bob", now=NOW)
        queue.get_ticket(s, refs["deletion"]).due_at = NOW - timedelta(hours=1)

    def listed(**kw: Any) -> list[str]:
        with app.store.begin() as s:
            return [t.reference for t in queue.list_tickets(s, queue.QueueFilter(**kw), NOW)]

    assert listed() == [refs["triage"], refs["access"], refs["deletion"]]
    assert listed(overdue=True) == [refs["deletion"]]
    assert listed(due_within=4) == [refs["deletion"]]  # the others are due in 5 days
    assert listed(due_within=5) == [refs["deletion"]]  # due *within*: before NOW + 5 days
    assert listed(due_within=6) == [refs["triage"], refs["access"], refs["deletion"]]
    assert listed(needs_triage=True) == [refs["triage"]]
    assert listed(assigned_to="alice") == [refs["access"]]
    assert listed(assigned_to="") == [refs["triage"], refs["deletion"]]
    assert listed(request_type="access") == [refs["access"]]
    assert listed(status="resolved") == []
    # search: reference, address, name, subject, quoted sentences; every word; any case
    assert listed(search="JANE.doe") == [refs["access"], refs["deletion"]]
    assert listed(search="order history") == [refs["deletion"]]  # a quoted sentence
    assert listed(search="jane shop") == []
    assert listed(search=refs["triage"].lower()) == [refs["triage"]]
    assert listed(search="100%_") == []  # LIKE wildcards are literal
    # sort: most urgent first; by assignee ("" first), then due
    assert listed(sort="due") == [refs["deletion"], refs["access"], refs["triage"]]
    assert listed(sort="assignee") == [refs["deletion"], refs["triage"], refs["access"]]
    with pytest.raises(queue.QueueError, match="unknown order 'size'"):
        listed(sort="size")
    with app.store.begin() as s:
        t = queue.get_ticket(s, refs["access"])
        assert (queue.due_state(t, NOW), queue.days_left(t, NOW)) == ("due-soon", 5)
        assert queue.due_state(t, NOW - timedelta(days=3)) == "ok"  # 8 days left


def test_search_ignores_case_beyond_ascii_and_takes_any_text(
        app: Any, refs: dict[str, str]) -> None:
    with app.store.begin() as s:
        queue.get_ticket(s, refs["triage"]).requester_name = "ÉLODIE Ñandú"

    def listed(search: str) -> list[str]:
        with app.store.begin() as s:
            return [t.reference for t in queue.list_tickets(
                s, queue.QueueFilter(search=search), NOW)]

    assert listed("élodie") == listed("ñANDÚ") == listed("Élodie ñandú") == [refs["triage"]]
    # a NUL (PostgreSQL refuses it in a query) finds nothing, and fails nothing
    assert listed("jane\x00") == []
    assert listed("\x00") == []


def test_a_ticket_shows_what_the_tool_holds_about_the_requester(
        app: Any, refs: dict[str, str]) -> None:
    # jane.doe@example.org wrote twice (deletion, access): two tickets, two mails in, and two
    # acknowledgements out; the triage question came from someone else
    with app.store.begin() as s:
        h = queue.ticket_detail(s, refs["deletion"]).holdings
        assert h == queue.Holdings("jane.doe@example.org",
                                   (refs["deletion"], refs["access"]), 2, 2)
        s.scalars(select(Outbox).where(Outbox.kind == "acknowledgement")).first().purged_at = NOW
        assert queue.holdings(s, "JANE.DOE@example.org").sent == 1  # erased mail not counted


def test_report_counts_open_work_and_closing_per_month(app: Any, refs: dict[str, str]) -> None:
    # by hand: deletion overdue and assigned to alice; access resolved 5 days after receipt
    # (on time: due 2 Dec); triage open, due in 5 days (due soon, unassigned)
    with app.store.begin() as s:
        queue.assign(s, refs["deletion"], "alice", actor="bob", now=NOW)
        queue.get_ticket(s, refs["deletion"]).due_at = NOW - timedelta(hours=1)
        queue.resolve(s, refs["access"], "sent", actor="bob", now=RECEIVED + timedelta(days=5),
                      unverified_reason="known customer")
    with app.store.begin() as s:
        r = queue.report(s, NOW)
    assert r["total"] == 3
    assert r["open"] == {"count": 2, "by_status": {"open": 2}, "by_type": {"deletion": 1},
                         "by_assignee": {"": 1, "alice": 1}, "overdue": 1, "due_soon": 1,
                         "paused": 0, "triage": 1}
    assert r["closed"] == [{"month": "2026-11", "type": "access", "resolved": 1, "on_time": 1,
                            "on_time_rate": 1.0, "median_days": 5.0}]


def test_register_on_time_late_open_overdue(app: Any, refs: dict[str, str]) -> None:
    with app.store.begin() as s:
        queue.resolve(s, refs["deletion"], "done", actor="a", now=NOW)
        queue.reclassify(s, refs["triage"], ["correction"], actor="a", now=NOW, deadlines=POLICY)
    with app.store.begin() as s:
        rows = queue.register(s, DUE + timedelta(seconds=1))
    assert [(r["reference"], r["outcome"], r["closed"]) for r in rows] == [
        (refs["deletion"], "on time", "2026-11-27T09:00:00+00:00"),
        (refs["access"], "overdue", ""), (refs["triage"], "overdue", "")]
    text = queue.register_csv(rows).splitlines()
    assert text[0] == ("reference,types,received,due,extension_days,verified,closed,outcome,re"
                       "ceiving_address,verified_at,paused_days,extensions,result,letters,correspondence,"
                       "kind,note,unverified_reason")
    assert text[1] == (f"{refs['deletion']},deletion,2026-11-02T09:00:00+00:00,"
                       "2026-12-02T09:00:00+00:00,0,,2026-11-27T09:00:00+00:00,on time,"
                       "privacy@example.com,,0.0,,fulfilled,,,request,done,")


def test_register_carries_extensions_pauses_checks_letters_and_results(
        app: Any, refs: dict[str, str]) -> None:
    from bot.staff import correspondence

    ref = refs["access"]
    with app.store.begin() as s:
        queue.extend(s, ref, 14, "archive restore", actor="a", now=NOW, deadlines=POLICY)
        correspondence.send(s, ref, "identity_request", "", actor="a", now=NOW,
                            renderer=app.renderer, config=app.config)  # pauses the clock
        queue.resume(s, ref, actor="a", now=NOW + timedelta(days=2, hours=12))
        queue.verify(s, ref, "phone-call", actor="a", now=NOW + timedelta(days=3))
        queue.resolve(s, ref, "the data is a trade secret of another person (PDPA 5th "
                      "Schedule)", actor="a", now=NOW + timedelta(days=4), result="refused")
    with app.store.begin() as s:
        row = next(r for r in queue.register(s, NOW + timedelta(days=5), "privacy@example.com")
                   if r["reference"] == ref)
    # due 2 Dec + 14 days extended + 2.5 days paused = 18 Dec 21:00 UTC
    assert {k: row[k] for k in ("receiving_address", "due", "extension_days", "paused_days",
                               "extensions", "verified", "verified_at", "letters", "result",
                               "outcome")} == {
        "receiving_address": "privacy@example.com", "due": "2026-12-18T21:00:00+00:00",
        "extension_days": 14, "paused_days": 2.5,
        "extensions": "2026-11-27T09:00:00+00:00 +14 days: archive restore",
        "verified": "phone-call", "verified_at": "2026-11-30T09:00:00+00:00",
        "letters": "2026-11-27T09:00:00+00:00 identity_request", "result": "refused",
        "outcome": "on time"}


def test_authenticates_reads_only_the_receiving_servers_field() -> None:
    from bot.intake.authresults import authenticates, parse_all

    def raw(*fields: str) -> bytes:
        return "".join(f"Authentication-Results: {f}\n" for f in fields).encode() + b"\n"

    ok = raw("mx.example.com; dkim=pass header.d=example.com")
    assert authenticates(parse_all(ok), "example.com")
    assert authenticates(parse_all(ok), "mail.example.com")  # DKIM d= of a parent domain
    assert not authenticates(parse_all(ok), "example.org")
    assert authenticates(parse_all(raw("mx; dmarc=pass header.from=example.com")),
                         "example.com")
    assert authenticates(parse_all(raw("mx; spf=pass smtp.mailfrom=b@bounce.example.com")),
                         "example.com")
    assert not authenticates(parse_all(raw("mx; dmarc=fail header.from=example.com")),
                             "example.com")
    # a pass the sender wrote below the receiving server's own field proves nothing
    forged = raw("mx.example.com; dmarc=none header.from=example.com",
                 "evil.example; dmarc=pass header.from=example.com")
    assert not authenticates(parse_all(forged), "example.com")
    assert not authenticates(parse_all(raw("mx; dkim=pass header.d=notexample.com")),
                             "example.com")


def test_authentication_results_topmost_field_only() -> None:
    results = parse_field(
        'mx.example.com 1; spf=pass (ip 192.0.2.1) smtp.mailfrom=example.org; '
        'dkim=fail reason="bad signature" header.d=example.org; dkim=pass header.d=b.example; '
        'dmarc=none header.from=example.org')
    assert [(r.method, r.result, r.reason) for r in results] == [
        ("spf", "pass", ""), ("dkim", "fail", "bad signature"), ("dkim", "pass", ""),
        ("dmarc", "none", "")]
    assert results[0].properties == (("smtp.mailfrom", "example.org"),)
    assert summary(results) == {"spf": "pass", "dkim": "fail,pass", "dmarc": "none"}
    assert parse_field("mx.example.com; none") == []
    lower = parse_field("evil.example; dmarc=pass", position=1)
    assert summary(lower) == {"spf": "-", "dkim": "-", "dmarc": "-"}


def test_detail_reads_text_auth_and_acknowledgement(app: Any, refs: dict[str, str]) -> None:
    with app.store.begin() as s:
        d = queue.ticket_detail(s, refs["deletion"])
        assert d.original is not None
        assert d.original.text == "Please delete all my personal data and my order history."
        assert d.auth_summary == {"spf": "pass", "dkim": "pass", "dmarc": "pass"}
        assert [(r.authserv_id, r.method, r.position) for r in d.auth] == [
            ("mx.example.com", "spf", 0), ("mx.example.com", "dkim", 0),
            ("mx.example.com", "dmarc", 0), ("evil.example", "dkim", 1)]
        (ack,) = d.sent
        assert (ack.kind, ack.status, ack.recipients) == (
            "acknowledgement", "sent", ("jane.doe@example.org",))
        assert refs["deletion"] in ack.subject and "\r" not in ack.text
        with pytest.raises(queue.TicketNotFound):
            queue.ticket_detail(s, "PRIV-1999-000001")


# -- the command line ----------------------------------------------------------------------


def cli(app: Any, *args: str, input: str | None = None) -> Any:
    runner = CliRunner()
    return runner.invoke(main, ["--config", str(app.config_path), *args], input=input,
                         catch_exceptions=False)


@pytest.fixture
def cli_app(tmp_path: Path, app: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    """The app plus a config file on the same store; the CLI's clock pinned to NOW."""
    config = tmp_path / "bot.toml"
    config.write_text('[mailbox]\npath = "mail"\n[outbox]\npath = "outbox"\n'
                      f'[store]\nurl = "{app.config.store.url}"\n'
                      '[bot]\naddress = "privacy@example.com"\n'
                      'staff_address = "privacy-staff@example.com"\n'
                      'company = "ExampleMart Pte. Ltd."\n', encoding="utf-8")
    app.config_path = config
    monkeypatch.setattr("bot.cli.tickets._now", lambda: NOW)  # our own seam
    monkeypatch.setenv("USER", "carol")
    return app


def test_cli_actions_write_audit_events(cli_app: Any, refs: dict[str, str]) -> None:
    ref, triage = refs["deletion"], refs["triage"]
    steps = [
        (["tickets", "assign", ref, "alice", "--actor", "bob"], f"{ref} assigned to alice"),
        (["tickets", "verify", ref, "--method", "id-document"],
         f"{ref} identity verified (id-document)"),
        (["tickets", "extend", ref, "--days", "10", "--reason", "backup tapes"],
         f"{ref} now due 2026-12-12 (extended by 10 days in all)"),
        (["tickets", "resolve", ref, "--note", "erased"], f"{ref} resolved on time"),
        (["tickets", "reopen", ref], f"{ref} reopened; due 2026-12-12"),
        (["tickets", "reclassify", triage, "access,deletion"],
         f"{triage} is now access, deletion; due 2026-12-02"),
        (["tickets", "note", ref, "--text", "erased from the CRM too"], f"note added to {ref}"),
        (["tickets", "open", "--requester", "tan@example.org", "--types", "correction",
          "--received", "2026-11-20", "--channel", "letter", "--subject", "New address"],
         "PRIV-2026-000004 opened for tan@example.org: correction; due 2026-12-20"),
    ]
    for args, out in steps:
        result = cli(cli_app, *args)
        assert (result.exit_code, result.output) == (0, out + "\n"), args
    assert [(a, k) for a, k, _ in staff_events(cli_app, ref)] == [
        ("bob", "assigned"), ("carol", "verified"), ("carol", "extended"),
        ("carol", "resolved"), ("carol", "reopened"), ("carol", "note")]
    with cli_app.store.begin() as s:
        times = {e.at for e in s.scalars(select(Event).where(Event.actor == "carol"))}
    assert times == {NOW}


def test_cli_report(cli_app: Any, refs: dict[str, str]) -> None:
    out = cli(cli_app, "tickets", "report").output.splitlines()
    # three open tickets due 2 Dec, five days after NOW: all due soon; one triage
    assert out == ["Open: 3 of 3 (open 3); overdue 0, due within 7 days 3, paused 0, "
                   "needing triage 1",
                   "  by type: access 1, deletion 1", "  by assignee: nobody 3",
                   "Resolved: none yet"]
    assert json.loads(cli(cli_app, "tickets", "report", "--json").output)["open"]["count"] == 3


def test_cli_acts_as_a_named_staff_account_once_accounts_exist(
        cli_app: Any, refs: dict[str, str]) -> None:
    from bot.staff.auth import add_staff

    ref = refs["access"]
    with cli_app.store.begin() as s:
        add_staff(s, "carol", "correct horse battery", actor="root", now=NOW)
        add_staff(s, "vic", "correct horse battery", actor="root", now=NOW, role="viewer")
    result = cli(cli_app, "tickets", "note", ref, "--text", "x", "--actor", "mallory")
    assert (result.exit_code, result.output) == (1, "error: no enabled staff account "
                                                    "'mallory': act as one (--actor NAME, or "
                                                    "$USER) or add it with privacy-bot staff "
                                                    "add\n")
    result = cli(cli_app, "tickets", "note", ref, "--text", "x", "--actor", "vic")
    assert result.output == "error: staff account 'vic' is a viewer; this needs agent\n"
    assert cli(cli_app, "tickets", "note", ref, "--text", "x").exit_code == 0  # $USER carol


def test_cli_refusals_exit_1_with_the_reason(cli_app: Any, refs: dict[str, str]) -> None:
    result = cli(cli_app, "tickets", "reopen", refs["access"])
    assert (result.exit_code, result.output) == (
        1, f"error: {refs['access']} is open, not resolved\n")
    result = cli(cli_app, "tickets", "merge", refs["triage"], refs["access"])
    assert result.exit_code == 1 and "different requesters" in result.output
    assert cli(cli_app, "tickets", "show", "PRIV-1999-000009").exit_code == 1
    assert staff_events(cli_app, refs["access"]) == []


def test_cli_merge_takes_several_references_or_the_old_two(
        cli_app: Any, refs: dict[str, str]) -> None:
    kept = refs["deletion"]
    result = cli(cli_app, "tickets", "merge", refs["access"], kept)  # the old form
    assert (result.exit_code, result.output) == (
        0, f"{refs['access']} merged into {kept} (access, deletion; due 2026-12-02)\n")
    with cli_app.store.begin() as s:
        phoned = [_by_hand(s), _by_hand(s)]  # due 5 Dec: the earlier 2 Dec stays
    result = cli(cli_app, "tickets", "merge", *phoned, "--into", kept.lower())
    assert (result.exit_code, result.output) == (
        0, f"{', '.join(phoned)} merged into {kept} (access, correction, deletion; "
           "due 2026-12-02)\n")
    with cli_app.store.begin() as s:
        assert [(t.status, t.merged_into) for t in (
            queue.get_ticket(s, r) for r in (refs["access"], *phoned))] == [
            ("merged", kept)] * 3
    assert [(a, k, d["from"]) for a, k, d in staff_events(cli_app, kept)] == [
        ("carol", "merged-in", r) for r in (refs["access"], *phoned)]
    result = cli(cli_app, "tickets", "merge", refs["triage"], *phoned)
    assert result.exit_code == 2 and "name the ticket kept with --into REF" in result.output


def test_cli_list_json_keeps_its_shape_and_filters(cli_app: Any, refs: dict[str, str]) -> None:
    cli(cli_app, "tickets", "assign", refs["access"], "alice")
    result = cli(cli_app, "tickets", "list", "--json", "--assigned-to", "alice")
    (row,) = json.loads(result.output)
    assert list(row)[:10] == ["reference", "kind", "types", "status", "ack_status", "language",
                              "received_at", "due_at", "message_id", "reason"]
    assert {k: row[k] for k in ("reference", "types", "received_at", "due_at", "assigned_to",
                                "due_state", "closed_at", "extension_days")} == {
        "reference": refs["access"], "types": ["access"],
        "received_at": "2026-11-02T09:00:00+00:00", "due_at": "2026-12-02T09:00:00+00:00",
        "assigned_to": "alice", "due_state": "due-soon", "closed_at": None,
        "extension_days": 0}
    triage = json.loads(cli(cli_app, "tickets", "list", "--json", "--needs-triage").output)
    assert [t["reference"] for t in triage] == [refs["triage"]]
    unassigned = json.loads(cli(cli_app, "tickets", "list", "--json", "--unassigned").output)
    assert [t["reference"] for t in unassigned] == [refs["triage"], refs["deletion"]]
    table = cli(cli_app, "tickets", "list", "--type", "deletion").output
    assert refs["deletion"] in table and refs["access"] not in table and "1 ticket(s)" in table


def test_cli_show_and_history(cli_app: Any, refs: dict[str, str]) -> None:
    ref = refs["deletion"]
    cli(cli_app, "tickets", "assign", ref, "alice")
    shown = cli(cli_app, "tickets", "show", ref).output
    for text in ("Jane Doe <jane.doe@example.org>", "SPF pass, DKIM pass, DMARC pass",
                 "Please delete all my personal data and my order history.",
                 "Sent: acknowledgement to jane.doe@example.org, sent", "assigned"):
        assert text in shown, text
    detail = json.loads(cli(cli_app, "tickets", "show", ref, "--json").output)
    assert detail["authentication"]["summary"] == {"spf": "pass", "dkim": "pass",
                                                   "dmarc": "pass"}
    assert detail["original"]["text"] == "Please delete all my personal data and my order " \
                                         "history."
    events = json.loads(cli(cli_app, "tickets", "history", ref, "--json").output)
    assert [e for e in events if e["actor"] != "bot"] == [
        {"at": "2026-11-27T09:00:00+00:00", "actor": "carol", "kind": "assigned",
         "detail": {"from": "", "to": "alice"}}]
    assert [e["kind"] for e in events if e["actor"] == "bot"][:2] == ["opened", "processed"]


def test_cli_export_register_and_feedback(cli_app: Any, refs: dict[str, str],
                                          tmp_path: Path) -> None:
    cli(cli_app, "tickets", "resolve", refs["deletion"], "--note", "erased",
        "--unverified-reason", "no account data to give or erase")
    cli(cli_app, "tickets", "reclassify", refs["triage"], "correction")
    rows = json.loads(cli(cli_app, "tickets", "export", "--format", "json").output)
    assert [(r["reference"], r["outcome"]) for r in rows] == [
        (refs["deletion"], "on time"), (refs["access"], "open"), (refs["triage"], "open")]
    csv_text = cli(cli_app, "tickets", "export").output
    assert csv_text.splitlines()[2] == (f"{refs['access']},access,2026-11-02T09:00:00+00:00,"
                                        "2026-12-02T09:00:00+00:00,0,,,open,"
                                        "privacy@example.com,,0.0,,,,,request,,")
    out = tmp_path / "feedback"
    result = cli(cli_app, "tickets", "export-feedback", str(out))
    assert result.output == f"1 correction(s) written to {out}\n"
    (line,) = (out / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
    row = json.loads(line)
    assert {k: row[k] for k in ("file", "labels", "route", "lang")} == {
        "file": f"{refs['triage']}.eml", "labels": ["correction"], "route": ["ticket"],
        "lang": "en"}
    assert b"do you ship to Penang?" in (out / f"{refs['triage']}.eml").read_bytes()


def test_cli_staff_add_reads_the_password_from_stdin(cli_app: Any) -> None:
    from bot.staff.auth import authenticate

    result = cli(cli_app, "staff", "add", "alice", input="correct horse battery\n")
    assert (result.exit_code, result.output) == (0, "staff account alice created (agent)\n")
    short = cli(cli_app, "staff", "add", "bob", input="short\n")
    assert (short.exit_code, short.output) == (
        1, "error: the password must have at least 12 characters\n")
    again = cli(cli_app, "staff", "add", "alice", input="correct horse battery\n")
    assert again.output == "error: staff account 'alice' exists already\n"
    with cli_app.store.begin() as s:
        assert authenticate(s, "alice", "correct horse battery", now=NOW) is not None
        assert authenticate(s, "alice", "wrong horse battery", now=NOW) is None
        assert authenticate(s, "nobody", "correct horse battery", now=NOW) is None
        from bot.store.models import Staff

        stored = s.scalars(select(Staff)).one().password_hash
        assert stored.startswith("$argon2id$") and "correct horse" not in stored
    assert cli(cli_app, "staff", "disable", "alice").output == "staff account alice disabled\n"
    with cli_app.store.begin() as s:
        assert authenticate(s, "alice", "correct horse battery", now=NOW) is None


def test_naive_time_is_refused(app: Any, refs: dict[str, str]) -> None:
    with app.store.begin() as s, pytest.raises(ValueError, match="aware"):
        queue.assign(s, refs["access"], "x", actor="a", now=datetime(2026, 1, 1))
    assert datetime(2026, 1, 1, tzinfo=UTC) < NOW
