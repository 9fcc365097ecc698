"""Property-based fuzzing (hypothesis) of parse → screen → classify → decide on mutated corpus
mail: whatever the damage, :func:`bot.pipeline.processor.read` returns a reading or raises
:class:`bot.errors.BadInputError`, nothing else (issue 5).

Mutations, applied one to four at a time to a corpus message: byte flips, truncation, a header
line repeated, multipart boundaries damaged (a delimiter line dropped, altered or the
parameter removed), charset labels swapped for real, mislabelled, unknown or malformed ones.
Bounded for CI: 200 examples, no deadline, no example database written.
"""

from __future__ import annotations

import contextlib
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.config import build_config
from bot.errors import BadInputError
from bot.pipeline.reader import Reading, read
from tests.data_fixtures import CORPUS, CORPUS_PARTS

FILES = sorted(p for part in CORPUS_PARTS for p in (CORPUS / part).glob("*.eml"))
CONFIG = build_config({"mailbox": {"path": "mail"}, "outbox": {"path": "outbox"}},
                      base=Path(__file__).parent, env={})
CHARSETS = [b"utf-8", b"us-ascii", b"iso-8859-1", b"windows-1252", b"gb2312", b"gbk",
            b"big5", b"shift_jis", b"koi8-r", b"utf-16", b"utf-7", b"x-unknown-42", b"",
            b"\"utf-8", b"utf-8\"\"", b"\xff\xfe", b"windows-874", b"iso-2022-jp"]

_HEADER_LINE = re.compile(rb"(?m)^[A-Za-z-]+:[^\r\n]*\r?\n")
_BOUNDARY = re.compile(rb'(?i)boundary="?([^";\r\n]+)"?')
_CHARSET = re.compile(rb'(?i)charset="?([^";\s]*)"?')


@st.composite
def mutations(draw: st.DrawFn, raw: bytes) -> bytes:
    """One mutation of ``raw`` (see the module docstring)."""
    kind = draw(st.sampled_from(["flip", "truncate", "duplicate", "boundary", "charset"]))
    if not raw:
        return draw(st.binary(max_size=64))
    if kind == "flip":
        for _ in range(draw(st.integers(1, 16))):
            i = draw(st.integers(0, len(raw) - 1))
            raw = raw[:i] + bytes([draw(st.integers(0, 255))]) + raw[i + 1 :]
        return raw
    if kind == "truncate":
        return raw[: draw(st.integers(0, len(raw)))]
    if kind == "duplicate":
        lines = _HEADER_LINE.findall(raw[: max(raw.find(b"\n\n"), raw.find(b"\r\n\r\n"), 0)])
        if not lines:
            return raw
        line = draw(st.sampled_from(lines))
        return raw.replace(line, line * draw(st.integers(2, 50)), 1)
    if kind == "boundary":
        found = _BOUNDARY.search(raw)
        if found is None:
            return raw
        b = found.group(1)
        how = draw(st.sampled_from(["drop-param", "drop-line", "alter-line", "close-early"]))
        if how == "drop-param":
            return raw[: found.start()] + raw[found.end() :]
        delim = b"--" + b
        if how == "alter-line":
            return raw.replace(delim, delim[:-1] + b"#", draw(st.integers(1, 3)))
        if how == "close-early":
            return raw.replace(delim + b"\n", delim + b"--\n", 1).replace(
                delim + b"\r\n", delim + b"--\r\n", 1)
        at = raw.find(delim, found.end())
        return raw if at < 0 else raw[:at] + raw[at + len(delim) :]
    spots = list(_CHARSET.finditer(raw))
    if not spots:
        return raw
    spot = draw(st.sampled_from(spots))
    label = draw(st.sampled_from(CHARSETS))
    return raw[: spot.start(1)] + label + raw[spot.end(1) :]


@st.composite
def mutated_mail(draw: st.DrawFn) -> bytes:
    raw = FILES[draw(st.integers(0, len(FILES) - 1))].read_bytes()
    for _ in range(draw(st.integers(1, 4))):
        raw = draw(mutations(raw))
    return raw


@pytest.mark.skipif(not FILES, reason=f"shared corpus not found at {CORPUS}")
@settings(max_examples=200, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(mutated_mail())
def test_read_never_raises_anything_but_bad_input(raw: bytes) -> None:
    try:
        reading = read(raw, CONFIG)
    except BadInputError:
        return
    assert isinstance(reading, Reading)
    assert reading.decision.outcome in ("ticket", "human", "ignore", "reply", "bounce")
    assert isinstance(reading.message.text, str)


@settings(max_examples=50, deadline=None, database=None)
@given(st.binary(max_size=4096))
def test_read_survives_arbitrary_bytes(raw: bytes) -> None:
    with contextlib.suppress(BadInputError):
        read(raw, CONFIG)
