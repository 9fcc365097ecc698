"""Recover the body of a TNEF ``winmail.dat`` (application/ms-tnef) for :mod:`bot.intake.parse`.

Outlook/Exchange sometimes send the whole message as TNEF with an empty text/plain part
([MS-OXTNEF]). tnefparse reads the container; its plain ``attBody`` is used first, then the
HTML body, then the compressed RTF body reduced to text here (RTF control words dropped,
``\\'hh`` and ``\\uN`` escapes decoded).
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass

from bot.intake import charsets
from bot.intake.htmltext import html_to_text


@dataclass(frozen=True)
class TnefContent:
    """What a TNEF blob held: ``text`` of the body ("" if none) and its attachments as
    ``(filename, size in bytes)`` pairs."""

    text: str
    attachments: tuple[tuple[str | None, int], ...]


def read_tnef(data: bytes) -> TnefContent | None:
    """Parse a TNEF blob; None when it is not readable TNEF. Never raises."""
    try:
        from tnefparse import TNEF

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            tnef = TNEF(data)
            text = _body_text(tnef)
            atts = tuple(
                (_att_name(a), len(a.data or b"")) for a in (tnef.attachments or [])
            )
    except Exception:  # noqa: BLE001 - tnefparse raises assorted errors on bad input
        # e.g. a TNEF without attOemCodepage makes tnefparse 1.4 fail with a TypeError.
        body = _scan_body(data)
        if body is None:
            return None
        return TnefContent(text=charsets.guess(body.rstrip(b"\x00")).strip(), attachments=())
    return TnefContent(text=text, attachments=atts)


_TNEF_SIGNATURE = 0x223E9F78
_ATT_BODY = 0x800C


def _scan_body(data: bytes) -> bytes | None:
    """Walk the TNEF attribute stream ([MS-OXTNEF] §2.1.3) by hand for attBody only."""
    if len(data) < 6 or int.from_bytes(data[:4], "little") != _TNEF_SIGNATURE:
        return None
    pos = 6
    while pos + 9 <= len(data):
        attr_id = int.from_bytes(data[pos + 1 : pos + 5], "little")
        length = int.from_bytes(data[pos + 5 : pos + 9], "little")
        start, end = pos + 9, pos + 9 + length
        if end + 2 > len(data):
            return None
        if attr_id & 0xFFFF == _ATT_BODY:
            return data[start:end]
        pos = end + 2
    return None


def _att_name(att: object) -> str | None:
    try:
        name = att.long_filename()  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001
        name = getattr(att, "name", None)
    if isinstance(name, bytes):
        name = charsets.decode_8bit_header(name)[0]
    return str(name).rstrip("\x00") or None if name else None


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
