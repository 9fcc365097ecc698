"""Recover the body of a TNEF ``winmail.dat`` (application/ms-tnef) for :mod:`bot.intake.parse`.

Outlook/Exchange sometimes send the whole message as TNEF with an empty text/plain part
([MS-OXTNEF]). tnefparse reads the container; its plain ``attBody`` is used first, then the
HTML body, then the compressed RTF body reduced to text here (RTF control words dropped,
``\\'hh`` and ``\\uN`` escapes decoded).
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass

from bot.intake import charsets
from bot.intake.htmltext import html_to_text


@dataclass(frozen=True)
class TnefContent:
    """What a TNEF blob held: ``text`` of the body ("" if none) and its attachments as
    ``(filename, size in bytes)`` pairs."""

    text: str
    attachments: tuple[tuple[str | None, int], ...]


#: The most attachments of one TNEF listed (by name and size); the rest are not listed.
MAX_ATTACHMENTS = 100


def read_tnef(data: bytes) -> TnefContent | None:
    """Parse a TNEF blob; None when it is not TNEF. Never raises.

    The attribute stream ([MS-OXTNEF] §2.1.3) is walked here once, in linear time: the
    attachments are listed from it (``attAttachTitle``, ``attAttachData``), and tnefparse
    is given only the first of each message attribute the body needs. tnefparse copies the
    rest of the stream for each attribute it reads and trusts counts inside attMAPIProps,
    so a TNEF of thousands of attachments, or one property count of 2³², ran for minutes
    (issue 16).
    """
    walked = _walk(data)
    if walked is None:
        return None
    needed, attachments = walked
    try:
        from tnefparse import TNEF

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            text = _body_text(TNEF(needed, do_checksum=False))
    except Exception:  # noqa: BLE001 - tnefparse raises assorted errors on bad input
        # e.g. a TNEF without attOemCodepage makes tnefparse 1.4 fail with a TypeError.
        body = _scan_body(data)
        text = charsets.guess(body.rstrip(b"\x00")).strip() if body is not None else ""
    return TnefContent(text=text, attachments=attachments)


_TNEF_SIGNATURE = 0x223E9F78
_ATT_BODY = 0x800C
_LEVEL_MESSAGE, _LEVEL_ATTACHMENT = 1, 2
_ATT_ATTACH_DATA, _ATT_ATTACH_TITLE, _ATT_ATTACH_REND_DATA = 0x800F, 0x8010, 0x9002
_ATT_MAPI_PROPS, _ATT_TNEF_VERSION, _ATT_OEM_CODEPAGE = 0x9003, 0x9006, 0x9007
#: Message attributes the body is read from; each needs at most its first occurrence.
_BODY_ATTRIBUTES = (_ATT_TNEF_VERSION, _ATT_OEM_CODEPAGE, _ATT_BODY, _ATT_MAPI_PROPS)


def _objects(data: bytes) -> Iterator[tuple[int, int, int, int]]:
    """The attribute objects of a TNEF stream as (level, attribute id, start, end) of their
    data, in order; stops at the first that runs past the end ([MS-OXTNEF] §2.1.3.1: level,
    attribute id and length, then the data and a 2-byte checksum)."""
    pos = 6
    while pos + 9 <= len(data):
        level = data[pos]
        attr_id = int.from_bytes(data[pos + 1 : pos + 5], "little") & 0xFFFF
        length = int.from_bytes(data[pos + 5 : pos + 9], "little")
        start, end = pos + 9, pos + 9 + length
        if end + 2 > len(data):
            return
        yield level, attr_id, start, end
        pos = end + 2


def _walk(data: bytes) -> tuple[bytes, tuple[tuple[str | None, int], ...]] | None:
    """The stream reduced to what the body needs, and the attachments (name, size in bytes),
    at most :data:`MAX_ATTACHMENTS`; None when ``data`` is not TNEF."""
    if len(data) < 6 or int.from_bytes(data[:4], "little") != _TNEF_SIGNATURE:
        return None
    kept: dict[int, bytes] = {}
    names: list[str | None] = []
    sizes: list[int] = []
    for level, attr_id, start, end in _objects(data):
        if level == _LEVEL_ATTACHMENT:
            if attr_id == _ATT_ATTACH_REND_DATA:  # starts each attachment
                names.append(None)
                sizes.append(0)
            elif names and attr_id == _ATT_ATTACH_TITLE:
                name = data[start:end].rstrip(b"\x00")
                names[-1] = charsets.decode_8bit_header(name)[0] or None
            elif names and attr_id == _ATT_ATTACH_DATA:
                sizes[-1] = end - start
        elif attr_id in _BODY_ATTRIBUTES and attr_id not in kept and _plausible(
                attr_id, data, start, end):
            kept[attr_id] = data[start - 9 : end + 2]
    needed = data[:6] + b"".join(kept[a] for a in _BODY_ATTRIBUTES if a in kept)
    return needed, tuple(zip(names[:MAX_ATTACHMENTS], sizes[:MAX_ATTACHMENTS], strict=True))


def _plausible(attr_id: int, data: bytes, start: int, end: int) -> bool:
    """attMAPIProps starts with its property count ([MS-OXTNEF] §2.1.3.4); each property
    takes at least 4 bytes, so a larger count is a lie tnefparse would loop over."""
    if attr_id != _ATT_MAPI_PROPS:
        return True
    return end - start >= 4 and int.from_bytes(data[start : start + 4], "little") <= (
        end - start) // 4


def _scan_body(data: bytes) -> bytes | None:
    """attBody, read by hand: the body of a TNEF tnefparse cannot read."""
    return next((data[start:end] for _, attr_id, start, end in _objects(data)
                 if attr_id == _ATT_BODY), None) if len(data) >= 6 else None


def _to_text(value: object) -> str:
    if isinstance(value, bytes):
        return charsets.guess(value.rstrip(b"\x00"))
    return str(value or "").rstrip("\x00")


def _body_text(tnef: object) -> str:
    body = _to_text(getattr(tnef, "body", None)).strip()
    if body:
        return body
    html = _to_text(getattr(tnef, "htmlbody", None))
    if html.strip():
        return html_to_text(html)
    rtf = getattr(tnef, "rtfbody", None)
    if rtf:
        return rtf_to_text(rtf if isinstance(rtf, bytes) else str(rtf).encode("latin-1", "replace"))
    return ""


_RTF_TOKEN = re.compile(
    rb"\\([a-zA-Z]+)(-?\d+)? ?|\\'([0-9a-fA-F]{2})|\\([^a-zA-Z])|([{}])|[\r\n]+|([^\\{}\r\n]+)"
)
_SKIP_DESTINATIONS = {
    b"fonttbl", b"colortbl", b"stylesheet", b"info", b"pict", b"object", b"header",
    b"footer", b"listtable", b"listoverridetable", b"rsidtbl", b"generator", b"xmlnstbl",
    b"themedata", b"datastore", b"latentstyles", b"mmathPr",
}


def rtf_to_text(rtf: bytes) -> str:
    """Reduce RTF to plain text (paragraphs and tabs kept). Never raises."""
    codepage = "cp1252"
    m = re.search(rb"\\ansicpg(\d+)", rtf)
    if m:
        codepage = charsets.resolve(f"cp{int(m.group(1))}") or "cp1252"
    out: list[str] = []
    stack: list[bool] = []
    skip = False
    pending = bytearray()
    uc_skip = 0

    def flush() -> None:
        if pending:
            out.append(pending.decode(codepage, "replace"))
            pending.clear()

    for tok in _RTF_TOKEN.finditer(rtf):
        word, arg, hexbyte, sym, brace, text = tok.groups()
        if brace == b"{":
            stack.append(skip)
        elif brace == b"}":
            flush()
            skip = stack.pop() if stack else False
        elif skip:
            continue
        elif word is not None:
            if word in _SKIP_DESTINATIONS:
                skip = True
            elif word in (b"par", b"line", b"row"):
                flush()
                out.append("\n")
            elif word == b"tab":
                out.append("\t")
            elif word == b"u" and arg is not None:
                flush()
                out.append(chr(int(arg) % 0x10000))
                uc_skip = 1  # \uc1, the default: one fallback character follows
        elif hexbyte is not None:
            if uc_skip:
                uc_skip -= 1
            else:
                pending.append(int(hexbyte, 16))
        elif sym is not None:
            if sym == b"*":
                skip = True
            elif sym in (b"\\", b"{", b"}"):
                pending.extend(sym)
        elif text is not None:
            flush()
            if uc_skip:
                text, uc_skip = text[1:], 0
            out.append(text.decode(codepage, "replace"))
    flush()
    return re.sub(r"\n{3,}", "\n\n", "".join(out)).strip()
