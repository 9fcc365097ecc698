"""Split cleaned text into sentences, the unit the rule layer and the model read.

A sentence ends at ``. ! ?`` followed by a capital letter (or a non-Latin letter), at CJK
``。！？；``, and at every line break. Abbreviations common in requests ("Art. 15",
"Abs. 1", "e.g.", "Mr.", "No.") do not end a sentence. List items that follow a lead-in
line ending in a colon ("Please delete the following:" / "- my addresses") carry the
lead-in, so "- my addresses" is read as "Please delete the following: - my addresses".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_ABBREV_WORDS = (
    "art arts abs abschn nr no nos mr mrs ms dr st sec para cf vs etc eg ie incl ref z b "
    "bzw lit cl čl odst str tel mob approx fig pp vol ca resp jr sr pte ltd co inc dept "
    "ust s sa sra srta n núm num sz ul al ods gl pkt"
)
_ABBREV = frozenset(_ABBREV_WORDS.split())
# The look-behind starts a match only at the first mark of a run ("....."): without it every
# mark of a long run would rescan the rest of the run (quadratic).
_END = re.compile(r"(?<![.!?…])([.!?…]+)(\s+)")
_CJK_END = re.compile(r"(?<=[。！？；!?])")
_ITEM = re.compile(r"^\s*(?:[-*•·–]|\(?\d{1,2}[.)]|\(?[a-hA-H][.)]|\(?[ivx]{1,4}\))\s+")
_MAX_SENTENCE = 600


@dataclass(frozen=True)
class Sentence:
    """One sentence: ``text`` as written (with the lead-in of a list item prefixed), and
    ``line`` (0-based index of the source line, for ordering)."""

    text: str
    line: int


def _split_line(line: str) -> list[str]:
    parts: list[str] = []
    start = 0
    for m in _END.finditer(line):
        end = m.end(1)
        before = line[start:m.start(1)].rsplit(None, 1)
        word = before[-1].lower().strip("(\"'") if before else ""
        nxt = line[m.end():m.end() + 1]
        if m.group(1) == "." and (word in _ABBREV or len(word) == 1 or not nxt
                                  or nxt.isdigit() or nxt.islower()):
            continue
        parts.append(line[start:end])
        start = m.end()
    parts.append(line[start:])
    out: list[str] = []
    for part in parts:
        out.extend(p for p in _CJK_END.split(part) if p.strip())
    return [p.strip()[:_MAX_SENTENCE] for p in out if p.strip()]


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into :class:`Sentence` objects (see module docstring). Pure."""
    sentences: list[Sentence] = []
    lead = ""
    for i, line in enumerate(text.split("\n")):
        stripped = line.strip()
        if not stripped:
            continue
        if lead and _ITEM.match(stripped):
            sentences.append(Sentence(f"{lead} {stripped}", i))
            continue
        lead = ""
        pieces = _split_line(stripped)
        sentences.extend(Sentence(p, i) for p in pieces)
        if stripped.endswith((":", "：")) and pieces:
            lead = pieces[-1]
    return sentences
