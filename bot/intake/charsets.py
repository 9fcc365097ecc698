"""Charset handling for parsing: turn bytes labelled with a (possibly wrong) charset into text.

Used by :mod:`bot.intake.parse` for bodies and RFC 2047 encoded-words. Real mail labels its bytes
wrongly often enough that trusting the label is a bug (the measurements behind issue 2):

- ``gb2312`` labels routinely hold GBK/GB18030 bytes (e.g. 喆 = 0x86B4, outside GB2312), so
  the whole GB family is decoded as ``gb18030``, a strict superset: correct GB2312 decodes the
  same way, and nothing is lost when the sender's client used GBK;
- ``iso-8859-1`` / ``us-ascii`` labels hold cp1252 (curly quotes, €) or UTF-8 bytes: valid
  multi-byte UTF-8 is taken as UTF-8 (the chance that Latin-1 text is valid UTF-8 by accident
  is negligible), else cp1252, whose printable range is a superset of Latin-1's;
- names Python does not know (``windows-874``, ``x-sjis``, ``iso-8859-8-i``) are mapped to a
  codec by a table, then ``codecs.lookup``, then charset-normalizer guesses from the bytes;
- no label at all (8-bit without ``charset=``): ASCII, else UTF-8, else a guess.

Nothing here raises: every function returns text plus a defect note (or None) saying what was
repaired, so the parser can record it in ``InboundMessage.defects``.
"""

from __future__ import annotations

import codecs

_LATIN1_FALLBACK = "privacy-bot-latin1"


def _latin1_fallback(error: UnicodeError) -> tuple[str, int]:
    """Decode error handler: the 5 bytes cp1252 leaves undefined are taken as Latin-1."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    return error.object[error.start : error.end].decode("latin-1"), error.end


codecs.register_error(_LATIN1_FALLBACK, _latin1_fallback)


def cp1252(data: bytes) -> str:
    """Decode ``data`` as cp1252, bytes it leaves undefined as Latin-1 (never fails)."""
    return data.decode("cp1252", _LATIN1_FALLBACK)

# Labels seen in real mail that Python's codec registry does not know, or knows as a codec
# that is too narrow for what senders actually put under that label.
_ALIASES: dict[str, str] = {
    # GB family: decode everything as the superset (see module docstring).
    "gb2312": "gb18030",
    "gb_2312-80": "gb18030",
    "gb_2312": "gb18030",
    "euc-cn": "gb18030",
    "x-euc-cn": "gb18030",
    "csgb2312": "gb18030",
    "chinese": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "cp936": "gb18030",
    "ms936": "gb18030",
    "windows-936": "gb18030",
    # Thai: TIS-620 and ISO-8859-11 are subsets of Microsoft's cp874.
    "windows-874": "cp874",
    "x-windows-874": "cp874",
    "ms874": "cp874",
    "tis-620": "cp874",
    "tis620": "cp874",
    "iso-8859-11": "cp874",
    # Japanese: vendor supersets, as mailers actually emit them.
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "ms_kanji": "cp932",
    "windows-31j": "cp932",
    "iso-2022-jp": "iso2022_jp_ext",
    "csiso2022jp": "iso2022_jp_ext",
    # Korean and Traditional Chinese supersets.
    "euc-kr": "cp949",
    "ks_c_5601-1987": "cp949",
    "ks_c_5601": "cp949",
    "ksc5601": "cp949",
    "big5": "cp950",
    "x-big5": "cp950",
    # Hebrew "logical order" labels (RFC 1556) are plain ISO-8859-8 as far as bytes go.
    "iso-8859-8-i": "iso-8859-8",
    "iso-8859-8-e": "iso-8859-8",
    "iso-8859-6-i": "iso-8859-6",
    "iso-8859-6-e": "iso-8859-6",
    # Western labels: cp1252 is the superset browsers and mailers really produce (WHATWG).
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "iso_8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "l1": "cp1252",
    "x-user-defined": "cp1252",
    "windows-1252": "cp1252",
    "us-ascii": "ascii",
    "ascii": "ascii",
    "ansi_x3.4-1968": "ascii",
    "unicode-1-1-utf-7": "utf-7",
    "utf8": "utf-8",
    "x-unicode20utf8": "utf-8",
    "cp-850": "cp850",
    "ibm850": "cp850",
}

# Labels for which valid multi-byte UTF-8 content overrides the label.
_WESTERN = frozenset({"ascii", "cp1252"})
# Labels meaning "we don't know"; decode by looking at the bytes.
_UNKNOWN = frozenset({"", "unknown-8bit", "x-unknown", "unknown", "default", "charset", "none"})


def normalise_label(label: str | None) -> str:
    """Return ``label`` lower-cased and stripped of quotes and blanks ("" for None)."""
    if not label:
        return ""
    return label.strip().strip("\"'").strip().lower()


def resolve(label: str | None) -> str | None:
    """Map a charset label to a Python codec name, or None when no codec fits.

    ``label`` is a MIME charset name (RFC 2046 §4.1.2, IANA registry) as found in mail;
    the result is the codec to decode with (e.g. ``"windows-874"`` → ``"cp874"``).
    """
    name = normalise_label(label)
    if name in _UNKNOWN:
        return None
    alias = _ALIASES.get(name)
    if alias is not None:
        return alias
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    if codec in ("gb2312", "gbk"):
        return "gb18030"
    if codec in ("iso8859-1", "latin-1", "latin_1"):
        return "cp1252"
    # A codec that cannot decode text (e.g. "base64", "rot13") is not a charset.
    if not codecs.lookup(codec)._is_text_encoding:
        return None
    return codec


def _has_utf8_multibyte(data: bytes) -> bool:
    """True when ``data`` is non-ASCII and strictly valid UTF-8."""
    if data.isascii():
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


#: A part is read as UTF-8 with replacement characters when its valid multi-byte characters
#: outnumber its invalid byte sequences by this factor (and there are at least two of them).
_MOSTLY_UTF8_RATIO = 4


def mostly_utf8(data: bytes) -> str | None:
    """``data`` decoded as UTF-8 with U+FFFD for its few invalid bytes, or None.

    A part that is valid UTF-8 but for a few bytes (a stray cp1252 quote pasted into Cyrillic
    text, a line cut mid-character) is UTF-8: decoding it all as cp1252 instead turns every
    character into mojibake ("ÐŸÑ€Ð¾Ñ„"). Returns None when the bytes are not mostly valid
    UTF-8 (fewer than two valid multi-byte characters, or fewer than
    ``_MOSTLY_UTF8_RATIO`` times as many as invalid sequences). Linear in ``len(data)``.
    """
    if data.isascii():
        return None
    text = data.decode("utf-8", "replace")
    invalid = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    non_ascii = len(text) - len(text.encode("ascii", "ignore"))
    valid = non_ascii - text.count("\ufffd")
    if valid >= 2 and valid >= _MOSTLY_UTF8_RATIO * max(invalid, 1):
        return text
    return None


def guess(data: bytes) -> str:
    """Decode bytes of unknown charset: ASCII, else UTF-8, else charset-normalizer, else cp1252."""
    if b"\x1b" in data:  # ISO-2022 escape sequences (RFC 1468 and relatives)
        for codec in ("iso2022_jp_ext", "iso2022_jp_2", "iso2022_kr"):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                continue
    if data.isascii():
        return data.decode("ascii")
    if _has_utf8_multibyte(data):
        return data.decode("utf-8")
    nearly = mostly_utf8(data)
    if nearly is not None:
        return nearly
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
    except Exception:  # noqa: BLE001 - a guesser failing must not stop the parse
        best = None
    if best is not None and best.encoding:
        try:
            return data.decode(best.encoding)
        except (LookupError, UnicodeDecodeError):
            pass
    return cp1252(data)


def decode(data: bytes, label: str | None) -> tuple[str, str | None]:
    """Decode ``data`` (bytes of a body or an encoded-word) declared as charset ``label``.

    Returns ``(text, defect)``: ``defect`` is None when the label was right, else a short
    note such as ``"charset gb2312 decoded as gb18030"``. Never raises.
    """
    name = normalise_label(label)
    codec = resolve(name)
    if codec is None:
        text = guess(data)
        if name in _UNKNOWN:
            if data.isascii():
                return text, None
            if _has_utf8_multibyte(data):
                return text, "8-bit text without a charset decoded as utf-8"
            return text, "8-bit text without a charset decoded by detection"
        return text, f"unknown charset {name!r} decoded by detection"
    if codec in _WESTERN and _has_utf8_multibyte(data):
        return data.decode("utf-8"), f"charset {name} holds UTF-8, decoded as utf-8"
    try:
        text = cp1252(data) if codec == "cp1252" else data.decode(codec)
    except UnicodeDecodeError:
        pass
    else:
        return text, _relabel_note(name, codec, data)
    if codec != "utf-8" and _has_utf8_multibyte(data):
        return data.decode("utf-8"), f"charset {name} holds UTF-8, decoded as utf-8"
    nearly = mostly_utf8(data) if codec in ("ascii", "utf-8") else None
    if nearly is not None:
        return nearly, f"charset {name}: invalid UTF-8 bytes replaced with U+FFFD"
    if codec in ("ascii", "utf-8"):
        return cp1252(data), f"charset {name} holds 8-bit bytes, decoded as cp1252"
    text = guess(data)
    return text, f"charset {name} does not fit the bytes, decoded by detection"


def _relabel_note(name: str, codec: str, data: bytes) -> str | None:
    """Say when a superset codec was needed (the label alone would have failed)."""
    if codec == "gb18030" and name != "gb18030":
        try:
            data.decode("gb2312" if name in ("gb2312", "euc-cn", "gb_2312-80") else "gbk")
        except (UnicodeDecodeError, LookupError):
            return f"charset {name} holds GBK/GB18030 bytes, decoded as gb18030"
        return None
    if codec == "cp1252" and name not in ("windows-1252", "cp1252"):
        if any(0x80 <= b <= 0x9F for b in data):
            return f"charset {name} holds cp1252 bytes, decoded as cp1252"
        return None
    if name and resolve_plain(name) is None:
        return f"unknown charset {name!r} mapped to {codec}"
    return None


def resolve_plain(name: str) -> str | None:
    """Return what Python's codec registry alone makes of ``name`` (None if unknown)."""
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_8bit_header(data: bytes) -> tuple[str, str | None]:
    """Decode raw 8-bit header bytes (no encoded-word): UTF-8 (RFC 6532), else cp1252.

    Returns ``(text, defect)``; defect is None for ASCII or valid UTF-8.
    """
    if data.isascii():
        return data.decode("ascii"), None
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        return cp1252(data), "raw 8-bit header decoded as cp1252"
