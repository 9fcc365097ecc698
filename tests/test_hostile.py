"""Hostile input (issue 16): no mail stalls the worker, makes it write to strangers, or takes
more than its budget.

Each hostile shape is generated here (the generators are small), at a size and twice that
size, and read by the service's own :class:`bot.pipeline.reader.ChildReader`. For each the
test asserts the outcome, a bound on work that does not depend on the machine's speed (the
CPU time of the reading process at twice the size is under three times that at the size,
with CPU time under 50 ms taken as 50 ms: psutil counts clock ticks of 10 ms; and where the
parser caps a count, the count), and the reading process's peak resident set.

The over-budget, loop and rate-limit cases run end to end through the Maildir set-up (the
demo's) and assert exactly which addresses received mail.
"""

from __future__ import annotations

import base64
import struct
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from bot.config import ConfigProblems, build_config
from bot.errors import TooExpensiveError
from bot.intake.parse import HEADER_FIELD_MAX, MAX_PARTS
from bot.intake.tnef import MAX_ATTACHMENTS
from bot.pipeline.reader import ChildReader, Reading, read
from bot.store import Message, Ticket
from tests.data_fixtures import CORPUS, corpus_bytes, corpus_rows
from tests.queue_helpers import deliver, make_app, sent_mail

HEAD = ("From: Jane Doe <jane.doe@example.org>\r\nTo: privacy@example.com\r\n"
        "Subject: hello\r\nMessage-ID: <hostile@example.org>\r\nMIME-Version: 1.0\r\n")
#: The reading process's largest resident set allowed while it reads these inputs (bytes):
#: its models take about 210 MiB; the largest input here is 12 MB.
PEAK_RSS_MAX = 450 * 2**20


def _mail(body: bytes, content_type: str = "text/plain; charset=utf-8",
          extra: str = "") -> bytes:
    return f"{HEAD}{extra}Content-Type: {content_type}\r\n\r\n".encode() + body


def _multipart(*parts: str) -> bytes:
    body = "".join(f"--b\r\n{p}\r\n" for p in parts) + "--b--\r\n"
    return _mail(body.encode(), "multipart/mixed; boundary=b")


def _tnef(attachments: int, props: bytes = b"") -> bytes:
    """A TNEF stream ([MS-OXTNEF] §2.1.3): version, code page, attBody, ``props`` as
    attMAPIProps if given, then ``attachments`` attachments of rendering data, title and 10
    bytes of data each."""
    def attribute(level: int, attr_id: int, kind: int, data: bytes) -> bytes:
        return (struct.pack("<BHHI", level, attr_id, kind, len(data)) + data
                + struct.pack("<H", sum(data) & 0xFFFF))
    out = struct.pack("<IH", 0x223E9F78, 1)
    out += attribute(1, 0x9006, 8, struct.pack("<I", 0x00010000))
    out += attribute(1, 0x9007, 6, struct.pack("<II", 1252, 0))
    out += attribute(1, 0x800C, 2, b"Please delete all my personal data.")
    if props:
        out += attribute(1, 0x9003, 6, props)
    for i in range(attachments):
        out += attribute(2, 0x9002, 6, b"\x01\x00" + b"\xff" * 4 + b"\x00" * 8)
        out += attribute(2, 0x8010, 1, f"file{i}.txt\x00".encode())
        out += attribute(2, 0x800F, 6, b"x" * 10)
    return out


def _tnef_mail(k: int, props: bytes = b"") -> bytes:
    data = base64.encodebytes(_tnef(5_000 * k, props)).decode()
    return _multipart("Content-Type: text/plain\r\n\r\n",
                      "Content-Type: application/ms-tnef\r\nContent-Transfer-Encoding: base64"
                      f"\r\n\r\n{data}")


def _words(n: int) -> str:
    return " ".join(["=?utf-8?q?abc?="] * n)


#: name -> (make(k): the raw mail at scale k, check(reading, k): what must hold of it).
Check = Callable[[Reading, int], None]
HOSTILE: dict[str, tuple[Callable[[int], bytes], Check]] = {}


def hostile(name: str, make: Callable[[int], bytes]) -> Callable[[Check], Check]:
    def register(check: Check) -> Check:
        HOSTILE[name] = (make, check)
        return check
    return register


@hostile("TNEF of 5,000 attachments", _tnef_mail)
def _(r: Reading, k: int) -> None:
    assert r.classification is not None and "deletion" in r.classification.labels
    # the body is read; the listing stops at MAX_ATTACHMENTS (+ the TNEF itself, + text part)
    assert "Please delete all my personal data." in r.message.text
    assert len(r.message.attachments) == MAX_ATTACHMENTS + 1


@hostile("TNEF claiming 2³² MAPI properties", lambda k: _tnef_mail(
    k, struct.pack("<I", 2**32 - 1) + b"\0" * 1000 * k))
def _(r: Reading, k: int) -> None:
    # tnefparse would loop over the count; the property block is not given to it
    assert "Please delete all my personal data." in r.message.text


@hostile("10,000 MIME parts", lambda k: _multipart(
    *(f"Content-Type: text/plain\r\n\r\npart {i}" for i in range(5_000 * k))))
def _(r: Reading, k: int) -> None:
    assert f"over {MAX_PARTS} MIME parts: the rest was not read" in r.message.defects
    # parts 0..998 are read (the multipart itself is the first part walked)
    assert r.message.text.count("part ") == MAX_PARTS - 1


@hostile("part header of 40,000 encoded-words", lambda k: _multipart(
    f'Content-Type: text/plain\r\nContent-Disposition: inline; filename="{_words(20_000 * k)}"'
    "\r\n\r\nPlease delete my data."))
def _(r: Reading, k: int) -> None:
    assert (f"header field(s) Content-Disposition cut to {HEADER_FIELD_MAX} bytes"
            in r.message.defects)


@hostile("attached message with 40,000 addresses", lambda k: _mail(
    ("From: b@example.org\r\nTo: " + ", ".join(f"u{i}@example.org" for i in range(20_000 * k))
     + "\r\n\r\nPlease delete my data.\r\n").encode(), "message/rfc822"))
def _(r: Reading, k: int) -> None:
    (inner,) = r.message.attached_messages
    assert f"header field(s) To cut to {HEADER_FIELD_MAX} bytes" in inner.defects
    assert 0 < len(inner.to) < HEADER_FIELD_MAX // len("u1@example.org, ")


@hostile("single line of 10 MB", lambda k: _mail(b"a" * 5_000_000 * k))
def _(r: Reading, k: int) -> None:
    assert r.decision.outcome == "human" and len(r.message.text) == 5_000_000 * k


@hostile("12 MB of base64 text", lambda k: _mail(
    base64.encodebytes(b"Please delete my data. " * 200_000 * k), extra=(
        "Content-Transfer-Encoding: base64\r\n")))
def _(r: Reading, k: int) -> None:
    assert r.classification is not None and r.classification.labels == ("deletion",)


@hostile("HTML table of 200,000 rows", lambda k: _mail("<table>{}</table>".format("".join(
    f"<tr><td>{i}</td><td>x</td></tr>" for i in range(100_000 * k))).encode(),
    "text/html; charset=utf-8"))
def _(r: Reading, k: int) -> None:
    assert r.decision.outcome == "human" and r.message.html


@pytest.fixture(scope="module")
def reader(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ChildReader]:
    config = build_config({"mailbox": {"path": "m"}, "outbox": {"path": "o"}},
                          base=tmp_path_factory.mktemp("reader"), env={})
    child = ChildReader(config, cpu_seconds=120, memory_bytes=2**30)
    yield child
    child.close()


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_input_is_read_in_bounded_work_and_memory(name: str, reader: ChildReader) -> None:
    make, check = HOSTILE[name]
    cpu: dict[int, float] = {}
    for k in (1, 2):
        reading = reader.read(make(k))
        cpu[k] = reader.last_cpu
        check(reading, k)
        assert reader.peak_rss <= PEAK_RSS_MAX, f"{name} x{k}: {reader.peak_rss >> 20} MiB"
    assert cpu[2] < 3 * max(cpu[1], 0.05), f"{name}: CPU {cpu[1]:.2f} s then {cpu[2]:.2f} s"


def test_the_child_reads_as_this_process_does(reader: ChildReader) -> None:
    rows = [(part, row) for part in ("dev", "realworld") for row in corpus_rows(part)[:40]]
    if not rows:
        pytest.skip(f"shared corpus not found at {CORPUS}")
    config = reader.config
    for part, row in rows:
        raw = corpus_bytes(part, row)
        here, there = read(raw, config), reader.read(raw)
        assert there.decision == here.decision, row["file"]
        assert there.message.text == here.message.text, row["file"]


def test_over_the_cpu_budget_is_too_expensive_and_the_next_message_is_read(
        tmp_path: Path) -> None:
    config = build_config({"mailbox": {"path": "m"}, "outbox": {"path": "o"}},
                          base=tmp_path, env={})
    stingy = ChildReader(config, cpu_seconds=0.01, memory_bytes=2**30)
    try:
        # 12 MB of base64 text takes well over 10 ms of CPU time on any machine
        with pytest.raises(TooExpensiveError, match="over 0.01 s of CPU time"):
            stingy.read(HOSTILE["12 MB of base64 text"][0](1))
        ok = stingy.read(_mail(b"Please delete my data."))  # a new child
        assert ok.classification is not None and ok.classification.labels == ("deletion",)
    finally:
        stingy.close()


def test_a_message_read_ahead_is_the_one_read_next_or_is_dropped(reader: ChildReader) -> None:
    delete = _mail(b"Please delete all my personal data.")
    close = _mail(b"Please close my account.").replace(b"<hostile@", b"<close@")
    access = _mail(b"Please send me a copy of my personal data.").replace(b"<hostile@", b"<a@")
    assert reader.read(delete).classification.labels == ("deletion",)  # type: ignore[union-attr]
    reader.read_ahead(close)  # read while the caller commits the one before
    assert reader.read(close).message.message_id == "<close@example.org>"
    # sent ahead, then not wanted (another worker took it): its answer is dropped
    reader.read_ahead(close)
    reading = reader.read(access)
    assert reading.message.message_id == "<a@example.org>"
    assert reading.classification is not None and reading.classification.labels == ("access",)


def test_a_message_read_ahead_keeps_its_budget(tmp_path: Path) -> None:
    config = build_config({"mailbox": {"path": "m"}, "outbox": {"path": "o"}},
                          base=tmp_path, env={})
    # 12 MB of base64 text takes far over 50 ms of CPU time; a two-word mail far under
    stingy = ChildReader(config, cpu_seconds=0.05, memory_bytes=2**30)
    big = HOSTILE["12 MB of base64 text"][0](1)
    try:
        stingy.read(_mail(b"Hello."))  # the child is up
        stingy.read_ahead(big)
        with pytest.raises(TooExpensiveError, match="over 0.05 s of CPU time"):
            stingy.read(big)
        ok = stingy.read(_mail(b"Please delete my data."))  # a new child
        assert ok.classification is not None and ok.classification.labels == ("deletion",)
    finally:
        stingy.close()


def _sent(tmp_path: Path) -> list[Any]:
    return sent_mail(tmp_path / "outbox")


def test_a_message_over_the_memory_budget_is_quarantined_and_the_worker_goes_on(
        tmp_path: Path) -> None:
    # a 24 MB single line takes the reader ~230 MiB over its ~210 MiB of models: over 384 MiB
    huge = _mail(b"a" * 24_000_000).replace(b"<hostile@", b"<huge@")
    fine = _mail(b"Please delete all my personal data.")
    deliver(tmp_path, huge, fine)
    app = make_app(tmp_path, read_in_child=True, read_memory_mb=384)
    try:
        assert app.worker().drain() == 2
        with app.store.begin() as s:
            rows = {m.message_id: (m.outcome, m.reason) for m in s.scalars(select(Message))}
            (ticket,) = s.scalars(select(Ticket)).all()
    finally:
        app.close()
    outcome, reason = rows["<huge@example.org>"]
    assert outcome == "quarantine" and reason.startswith(
        "bad input: too expensive to read: over 384 MB of memory")
    assert ticket.types == ["deletion"] and ticket.requester == "jane.doe@example.org"
    # staff were alerted about the one; the requester of the other was acknowledged
    to = sorted((str(m["To"]), str(m["Subject"])) for m in _sent(tmp_path))
    assert [t for t, _ in to] == ["Jane Doe <jane.doe@example.org>", "privacy-staff@example.com"]
    assert to[1][1] == "[privacy-bot] Quarantined message #1"


def _ack_reply(ack: Any, n: int) -> bytes:
    """What a naive auto-responder sends back: a new plus-address and subject each time, no
    Auto-Submitted, no In-Reply-To (nothing a screen can key on but the person)."""
    return (f"From: Jane <Jane.Doe+away{n}@example.org>\nTo: privacy@example.com\n"
            f"Subject: I am away ({n})\nMessage-ID: <away-{n}@example.org>\n\n"
            "I am away until Monday. Please delete my data if you must.\n\n"
            f"> {str(ack['Subject'])}\n").encode()


def test_a_naive_auto_responder_gets_at_most_the_daily_limit(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    deliver(tmp_path, _mail(b"Please delete all my personal data."))
    for n in range(10):  # ten rounds: each answer of the bot is answered at once
        app.worker().drain()
        answered = [m for m in _sent(tmp_path) if "jane.doe" in str(m["To"]).lower()]
        deliver(tmp_path, _ack_reply(answered[-1], n))
    app.worker().drain()
    to = [m["To"].addresses[0].addr_spec.lower() for m in _sent(tmp_path)]
    # one person (plus-tags and case ignored): 5 acknowledgements in 24 h, then none; the
    # held-back ones are on their tickets and in `status`, not mailed to staff one by one
    assert to == ["jane.doe@example.org", *(f"jane.doe+away{n}@example.org" for n in range(4))]


@pytest.mark.parametrize(("key", "value"), [("read_memory_mb", 100), ("read_cpu_seconds", 0)])
def test_a_budget_too_small_to_read_anything_is_refused_with_its_key(
        tmp_path: Path, key: str, value: int) -> None:
    with pytest.raises(ConfigProblems) as info:
        build_config({"mailbox": {"path": "m"}, "outbox": {"path": "o"}, "bot": {key: value}},
                     base=tmp_path, env={})
    assert [k for k, _ in info.value.problems] == [f"bot.{key}"]


def test_the_child_ends_quietly_when_its_worker_is_gone(tmp_path: Path) -> None:
    """A worker killed while its reader child reads: the child's answer finds a closed pipe,
    and it exits without a traceback in the journal (bench/soak.py saw 4 in 36 kills)."""
    import socket
    import subprocess
    import sys
    from multiprocessing.connection import Connection

    config = build_config({"mailbox": {"path": "m"}, "outbox": {"path": "o"}},
                          base=tmp_path, env={})
    ours, theirs = socket.socketpair()
    child = subprocess.Popen(
        [sys.executable, "-c", f"import bot.pipeline.reader as r; r.child({theirs.fileno()})"],
        pass_fds=(theirs.fileno(),), stdin=subprocess.DEVNULL, stderr=subprocess.PIPE)
    theirs.close()
    conn = Connection(ours.detach())
    conn.send((config, 2**31))
    assert conn.recv()[0] == "ready"
    conn.send_bytes(_mail(b"Please delete my data."))
    conn.close()  # the worker dies before the answer
    _, err = child.communicate(timeout=120)
    assert child.returncode == 0 and b"Traceback" not in err, err.decode(errors="replace")
