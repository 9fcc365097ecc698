"""Split cleaned text into sentences, the unit the rule layer and the model read.

First the lines are put back together where the sender's mail client wrapped them: plain
text mail is usually hard-wrapped at 72-78 columns (RFC 5322 §2.1.1 recommends lines of at
most 78 characters), so "please close my account and delete all the" / "data you hold on
me" is one sentence, not two. A line break is taken as a wrap when the line is long and
the next line's first word would not have fitted after it within the text's width (its
longest line: a wrapping client breaks exactly there), the line does not end in a colon,
and the next line does not start a list item or a form checkbox; typed line breaks (a
greeting, an address block, short lines) stay breaks. Chinese and Japanese lines are
joined without a space.

Then a sentence ends at ``. ! ?`` followed by a capital letter (or a non-Latin letter), at
CJK ``。！？；``, and at every remaining line break. Abbreviations common in requests
("Art. 15", "Abs. 1", "e.g.", "Mr.", "No.") do not end a sentence. List items that follow a
lead-in line ending in a colon ("Please delete the following:" / "- my addresses") carry the
lead-in, so "- my addresses" is read as "Please delete the following: - my addresses".

Forms pasted into a mail are read as filled in: the text after an empty checkbox ("[ ]
Close my account", "☐") is not read, a ticked box ("[x]", "☒", "☑") is dropped and its text
kept. Lines without a letter (rules "=====", bare numbers) are not sentences.
"""

from __future__ import annotations

import re
import unicodedata
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
# Checkboxes of a form: (ticked?, pattern). Boxes are found anywhere in a line ("Request
# type:  [x] Access   [ ] Deletion"); the text after a box runs to the next box.
_BOX = re.compile(r"\[\s?\]|\[_\]|\(\s\)|[☐□❏]|\[[xX✓✔]\]|\([xX✓✔]\)|[☒☑✅✓✔]")
_EMPTY_BOX = re.compile(r"\[\s?\]|\[_\]|\(\s\)|[☐□❏]")
#: A line shorter than this (display columns) is never taken as wrapped.
_MIN_WRAPPED = 30
#: Columns of slack in the wrap test (clients count a trailing space or a wide character
#: differently).
_WRAP_SLACK = 2


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


def _columns(text: str) -> int:
    """Display width of ``text`` in columns: East Asian wide characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _unspaced(c: str) -> bool:
    """Whether ``c`` belongs to a script written without spaces (Han, kana, CJK marks)."""
    return ("\u3000" <= c <= "\u30ff" or "\u3400" <= c <= "\u9fff"
            or "\uf900" <= c <= "\ufaff" or "\uff00" <= c <= "\uffef")


def _has_letter(text: str) -> bool:
    return any(c.isalpha() for c in text)


def _starts_item(line: str) -> bool:
    return bool(_ITEM.match(line) or _BOX.match(line))


def _unwrap(lines: list[str]) -> list[tuple[int, str]]:
    """Join the lines a mail client wrapped (see module docstring): ``(index of the first
    source line, stripped text)`` per logical line; blank lines are dropped. A logical line
    stops growing at :data:`_MAX_SENTENCE` characters (a sentence is read up to there), so
    a long paragraph without sentence ends (Thai) is read line by line as before. Linear."""
    width = max((_columns(line) for line in lines), default=0)
    starts: list[int] = []
    parts: list[list[str]] = []
    size = 0
    joinable = False
    for i, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            joinable = False
            continue
        if joinable and size < _MAX_SENTENCE and not _starts_item(line):
            glue = "" if _unspaced(parts[-1][-1][-1]) and _unspaced(line[0]) else " "
            parts[-1].extend((glue, line))
            size += len(line) + 1
        else:
            starts.append(i)
            parts.append([line])
            size = len(line)
        joinable = _wrapped(raw, line, lines[i + 1] if i + 1 < len(lines) else "", width)
    return [(start, "".join(p)) for start, p in zip(starts, parts, strict=True)]


def _wrapped(raw: str, line: str, following: str, width: int) -> bool:
    """Whether the break after ``raw`` (``line`` stripped) is a client's wrap: the next
    line's first word would not have fitted within ``width`` columns (see module docstring).
    A rule ("=====") or a bare number is never part of a sentence."""
    following = following.strip()
    if not _has_letter(line) or not _has_letter(following):
        return False
    first_word = following.split(None, 1)[0]
    space = 1
    if _unspaced(first_word[0]):
        first_word, space = first_word[:1], 0  # Han and kana wrap between any two
    columns = _columns(raw.rstrip())
    return (columns >= _MIN_WRAPPED and not line.endswith((":", "："))
            and columns + space + _columns(first_word) > width - _WRAP_SLACK)


def _filled_in(line: str) -> str:
    """``line`` with the text after empty checkboxes removed and ticked boxes dropped."""
    if not _BOX.search(line):
        return line
    kept: list[str] = []
    pos = 0
    read = True
    for m in _BOX.finditer(line):
        if read:
            kept.append(line[pos:m.start()])
        read = not _EMPTY_BOX.fullmatch(m.group())
        pos = m.end()
    if read:
        kept.append(line[pos:])
    return " ".join(" ".join(kept).split())


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into :class:`Sentence` objects (see module docstring). Pure."""
    sentences: list[Sentence] = []
    lead = ""
    for i, line in _unwrap(text.split("\n")):
        stripped = _filled_in(line)
        if not _has_letter(stripped):
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
