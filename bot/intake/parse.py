"""Parse raw RFC 5322 bytes into an :class:`bot.intake.message.InboundMessage` (first stage
of the flow).

fetch → **parse** → screen → thread → classify → decide → commit → deliver → archive.

The stdlib ``email`` parser builds the MIME tree (as mail-parser's ``from_bytes`` does) with
the compat32 policy, which keeps raw header bytes (as surrogate escapes) so that nothing is
lost before we decide how to decode them; a ``RecursionError`` on hostile nesting is reported
as :class:`~bot.errors.BadInputError`. mail-parser's date
parser (``mailparser.dates.parse_mail_date``, RFC 5322 §3.3 and §4.3 obsolete forms) gives
``date``. Everything else is read here by walking that stdlib tree, because mail-parser's own
fields are wrong for the kinds of mail in issue 2 (measured: 12 of 15 real bug-report mails):

- its ``body`` joins the text of *every* part, including forwarded ``message/rfc822``
  attachments and the copy of our own acknowledgement inside a bounce, so a bounce would read
  as the request it returns; here ``text`` comes only from this message's own parts and
  attached messages are parsed recursively into ``attached_messages``;
- it trusts the declared charset and decodes with ``errors="ignore"``, losing GBK characters
  under a GB2312 label and all of a body in an unknown charset (``windows-874``); here
  :mod:`bot.intake.charsets` maps labels to supersets, checks the bytes, and records what it did;
- it leaves raw 8-bit header bytes as lone surrogates (``Ren\\udce9e``) and encoded-words in
  a mislabelled charset undecoded; here 8-bit headers are UTF-8 (RFC 6532) else cp1252, and
  adjacent encoded-words are joined before decoding (RFC 2047 §6.2), so a name split over two
  words keeps a single space;
- it does not decode a Content-Transfer-Encoding with trailing blanks (``base64 ``), base64
  sent in separately padded chunks, multiparts whose boundary is missing or wrong, TNEF-only
  bodies, or HTML-only bodies (returned as markup); each is handled below, and every repair
  is named in ``InboundMessage.defects``.

``parse_message`` never raises anything but :class:`~bot.errors.BadInputError`.
"""

from __future__ import annotations

import binascii
import email
import logging
import quopri
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from email.message import Message
from email.utils import getaddresses, parsedate_to_datetime

from bot.errors import BadInputError
from bot.intake import charsets
from bot.intake.htmltext import html_to_text
from bot.intake.message import Attachment, InboundMessage
from bot.intake.tnef import read_tnef

log = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 25 * 2**20
DEFAULT_MAX_DEPTH = 50

_ADDRESS_HEADERS = ("from", "to", "cc", "reply-to", "sender", "return-path")
_ENCODED_WORD = re.compile(r"=\?([^?\s]+?)\?([bBqQ])\?([^?]*?)\?=")
_MSG_ID = re.compile(r"<[^<>\s]+>")
# Starts only where a token starts (look-behind): a long run without "@" is scanned once.
_BARE_ADDR = re.compile(r"(?<![^\s<>()\[\],;:\"@])[^\s<>()\[\],;:\"@]+@[^\s<>()\[\],;:\"@]+")
_BASE64_CHUNK = re.compile(rb"[A-Za-z0-9+/]+={0,2}")
_NON_BASE64 = re.compile(rb"[^A-Za-z0-9+/=\s]")
_BOUNDARY_LINE = re.compile(rb"^--([^\r\n]{1,200}?)[ \t]*\r?$", re.M)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([A-Za-z0-9_.:-]+)""", re.I)
_SPACES = re.compile(r"[ \t]+")
# Control characters (C0 but tab/LF/CR, DEL, C1): never legal in header text (RFC 5322 §3.2.5
# / RFC 6532 §3.2), and PostgreSQL refuses NUL in text. Removed from headers and bodies.
_HEADER_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_HEADER_BLANKS = {9: 32, 10: 32, 13: 32}  # tab, LF, CR (e.g. from an encoded-word) -> space
_BODY_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
_BOM = b"\xef\xbb\xbf"
# uuencode (POSIX uuencode(1)): "begin MODE NAME", data lines, "`" or " ", "end".
_UU_BEGIN = re.compile(r"begin [0-7]{3,4} (\S[^\n]{0,255})")
_UU_LINE = re.compile(r"[\x20-\x60]{1,62}")
_SMIME_TYPES = ("application/pkcs7-mime", "application/x-pkcs7-mime")
_CALENDAR_TYPES = ("text/calendar", "application/ics")
_ICAL_FOLD = re.compile(r"\r?\n[ \t]")


def parse_message(
    raw: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES, max_depth: int = DEFAULT_MAX_DEPTH
) -> InboundMessage:
    """Parse one raw email into an :class:`InboundMessage`.

    ``raw`` is the message as stored (RFC 5322 with MIME, RFC 2045-2049; CRLF or LF line ends).
    ``max_bytes`` caps its size in bytes; ``max_depth`` caps MIME nesting (multiparts and
    attached messages, each level counting one).

    Malformed mail (wrong or unknown charsets, raw 8-bit headers, bad transfer encodings,
    broken boundaries, …) is repaired and still returns a message; ``defects`` names each
    repair, and says so when no text could be recovered (``text == ""``).

    Raises :class:`bot.errors.BadInputError` when ``raw`` is larger than ``max_bytes`` or nested
    deeper than ``max_depth``; never raises anything else.
    """
    if not isinstance(raw, bytes | bytearray | memoryview):
        raise BadInputError(f"message must be bytes, not {type(raw).__name__}")
    raw = bytes(raw)
    if len(raw) > max_bytes:
        raise BadInputError(f"message is {len(raw)} bytes, over the limit of {max_bytes} bytes")
    repairs: list[str] = []
    if raw.startswith(_BOM):
        # A UTF-8 byte-order mark is no header-name character (RFC 5322 §2.2): left in place,
        # the first header is unreadable and the parser stops reading headers there.
        raw = raw[len(_BOM):]
        repairs.append("byte-order mark before the header removed")
    raw, note = _drop_unusable_content_types(raw)
    if note:
        repairs.append(note)
    try:
        msg, defects = _stdlib_load(raw), repairs
        _check_depth(msg, max_depth)
        builder = _Builder(max_depth)
        return builder.build(msg, depth=0, size=len(raw), extra_defects=defects)
    except BadInputError:
        raise
    except RecursionError as exc:
        raise BadInputError(
            f"MIME structure nested too deeply to parse (over {max_depth})"
        ) from exc
    except Exception as exc:  # noqa: BLE001 - last resort: parse must not raise (issue 2)
        log.warning("parser failed (%s); falling back to a line-by-line read", type(exc).__name__)
        try:
            return _fallback(raw, exc)
        except Exception as again:  # noqa: BLE001 - the fallback of the fallback
            return InboundMessage(
                message_id="", from_name="", from_addr="", subject="", text="", size=len(raw),
                defects=(f"unreadable message ({type(exc).__name__}, {type(again).__name__})",
                         "no text could be recovered from the message"),
            )


#: The most bytes of one header field that are read, in any part (issue 16: decoding
#: thousands of encoded-words or addresses in one field costs more than linear time in the
#: stdlib's header readers). RFC 5322 §2.1.1 limits a line to 998 characters; 16 KiB allows
#: long folded fields (References, a To of a few hundred addresses) and cuts only hostile ones.
HEADER_FIELD_MAX = 16_384
#: The most MIME parts (leaves and containers, attached messages' parts included) walked in
#: one message; the rest is not read and a defect says so. Real mail has tens.
MAX_PARTS = 1_000


def _head_fields(raw: bytes) -> tuple[int, list[bytes]]:
    """Where the top-level header block ends (-1: no body) and its fields, each with its
    folded lines (LF-split; a CR stays at a line's end)."""
    end = min((i for i in (raw.find(b"\r\n\r\n"), raw.find(b"\n\n")) if i >= 0),
              default=-1)
    fields: list[bytes] = []
    for line in (raw[:end] if end >= 0 else raw).split(b"\n"):
        if line[:1] in (b" ", b"\t") and fields:
            fields[-1] += b"\n" + line
        else:
            fields.append(line)
    return end, fields


def _cap_headers(part: Message, defects: list[str]) -> None:
    """Cut each header field of ``part`` longer than :data:`HEADER_FIELD_MAX` characters
    (folded lines included), in place, before anything reads it; name the fields cut."""
    # Message._headers: the stdlib keeps the raw (name, value) pairs nowhere else.
    fields: list[tuple[str, str]] = getattr(part, "_headers", [])
    if all(len(value) <= HEADER_FIELD_MAX for _, value in fields):
        return
    cut = sorted({name.strip()[:40] for name, value in fields if len(value) > HEADER_FIELD_MAX})
    part._headers = [  # type: ignore[attr-defined]
        (name, value if len(value) <= HEADER_FIELD_MAX else _cut_field(value))
        for name, value in fields
    ]
    note = f"header field(s) {', '.join(cut)} cut to {HEADER_FIELD_MAX} bytes"
    if note not in defects:
        defects.append(note)


def _cut_field(value: str) -> str:
    """``value`` cut to :data:`HEADER_FIELD_MAX` characters, at a folded line's end if any."""
    short = value[:HEADER_FIELD_MAX]
    return short[:short.rfind("\n")] if "\n" in short else short


def _drop_unusable_content_types(raw: bytes) -> tuple[bytes, str | None]:
    """Drop a top-level ``Content-Type:`` field that cannot be parsed (empty, no ``/``) when
    another one follows: parsers read the first, and the real ``multipart/…`` after it would
    be lost (RFC 2045 §5 allows one field; the usable one is what the sender meant)."""
    if raw[:65536].lower().count(b"content-type:") < 2:
        return raw, None
    end, fields = _head_fields(raw)

    def value(field: bytes) -> bytes | None:
        name, sep, rest = field.partition(b":")
        return rest if sep and name.strip().lower() == b"content-type" else None

    types = [v for v in (value(f) for f in fields) if v is not None]
    usable = [v for v in types if b"/" in v.split(b";")[0]]
    if len(types) < 2 or not usable or b"/" in types[0].split(b";")[0]:
        return raw, None
    kept = [f for f in fields if value(f) is None or b"/" in (value(f) or b"").split(b";")[0]]
    return (b"\n".join(kept) + (raw[end:] if end >= 0 else b""),
            "unusable Content-Type field dropped")


def _check_depth(msg: Message, max_depth: int) -> None:
    """Raise BadInputError when the tree is deeper than ``max_depth`` (iterative, cheap)."""
    stack: list[tuple[Message, int]] = [(msg, 0)]
    while stack:
        part, depth = stack.pop()
        if depth > max_depth:
            raise BadInputError(f"MIME structure nested deeper than {max_depth} levels")
        payload = getattr(part, "_payload", None)
        if isinstance(payload, list):
            stack.extend((child, depth + 1) for child in payload if isinstance(child, Message))


def _tree_size(msg: Message) -> int:
    """Approximate raw size in bytes of a parsed (sub)message: its headers and leaf payloads."""
    total = 0
    for part in msg.walk():
        total += sum(len(k) + len(str(v)) + 4 for k, v in part.raw_items())
        payload = getattr(part, "_payload", None)
        if isinstance(payload, str | bytes):
            total += len(payload)
    return total


def _stdlib_load(raw: bytes) -> Message:
    """The MIME tree, built by the stdlib parser (compat32 policy: raw header bytes kept as
    surrogate escapes). This is what mail-parser's ``from_bytes`` builds; its own pass over
    the tree is not run: none of its fields is used (module docstring), and it decodes every
    header of every part with the stdlib's ``decode_header``, whose work grows with the
    square of the encoded-words in a field (issue 16: 1.8 s for one part header of 40,000).

    Raises BadInputError on nesting too deep for the recursive parser."""
    try:
        return email.message_from_bytes(raw)
    except RecursionError as exc:
        raise BadInputError("MIME structure nested too deeply to parse") from exc


# --------------------------------------------------------------------------- headers


def _raw_to_str(value: object) -> tuple[str, str | None]:
    """A compat32 header value (str with surrogate-escaped 8-bit bytes) as real text."""
    if not isinstance(value, str):
        value = str(value)
    if value.isascii() or not any("\udc80" <= ch <= "\udcff" for ch in value):
        return value, None
    data = value.encode("utf-8", "surrogateescape")
    return charsets.decode_8bit_header(data)


def _unfold(value: str) -> str:
    """RFC 5322 §2.2.3 unfolding; stray CR/LF (never legal in a value) become spaces."""
    value = re.sub(r"\r?\n(?=[ \t])", "", value)
    return value.replace("\r", " ").replace("\n", " ")


def _decode_words(value: str, defects: list[str]) -> str:
    """Decode RFC 2047 encoded-words in ``value`` (already Unicode, unfolded).

    Whitespace between adjacent encoded-words is dropped (RFC 2047 §6.2) and adjacent words
    in one charset are joined as bytes before decoding, since mailers split multi-byte
    characters across words.
    """
    if "=?" not in value:
        return value
    out: list[str] = []
    run: bytearray = bytearray()
    run_charset: str | None = None
    pos = 0

    def flush() -> None:
        nonlocal run_charset
        if run_charset is not None:
            text, defect = charsets.decode(bytes(run), run_charset)
            out.append(text)
            if defect:
                defects.append(f"header {defect}")
            run.clear()
            run_charset = None

    for m in _ENCODED_WORD.finditer(value):
        gap = value[pos : m.start()]
        if gap and (gap.strip() or run_charset is None):
            flush()
            out.append(gap)
        charset = m.group(1).split("*", 1)[0]  # RFC 2231 §5 language suffix
        data = _decode_word_bytes(m.group(2).lower(), m.group(3))
        if run_charset is not None and charsets.normalise_label(charset) != run_charset:
            flush()
        run_charset = charsets.normalise_label(charset)
        run.extend(data)
        pos = m.end()
    flush()
    out.append(value[pos:])
    return "".join(out)


def _decode_word_bytes(encoding: str, payload: str) -> bytes:
    raw = payload.encode("ascii", "replace")
    if encoding == "b":
        return _b64decode(raw)
    return binascii.a2b_qp(raw.replace(b"_", b" "), header=False)


def _header_text(value: object, defects: list[str]) -> str:
    """Decode one raw header value to one line of Unicode text."""
    text, defect = _raw_to_str(value)
    if defect:
        defects.append(defect)
    text = _decode_words(_unfold(text), defects)
    return _SPACES.sub(" ", _HEADER_CONTROL.sub("", text.translate(_HEADER_BLANKS))).strip()


def _addresses(value: object, defects: list[str]) -> list[tuple[str, str]]:
    """Parse an address-list header (RFC 5322 §3.4) into (display name, address) pairs.

    Encoded-words are masked before the address parser runs (a decoded name may contain
    commas or quotes that would split it) and decoded in the name afterwards.
    """
    text, defect = _raw_to_str(value)
    if defect:
        defects.append(defect)
    text = _unfold(text)
    words: dict[str, str] = {}

    def mask(m: re.Match[str]) -> str:
        key = f"ewmask{len(words)}x"
        words[key] = m.group(0)
        return key

    masked = re.sub(r"(?:=\?[^?\s]+?\?[bBqQ]\?[^?]*?\?=\s*)+(?<!\s)", mask, text)
    pairs: list[tuple[str, str]] = []
    for name, addr in getaddresses([masked]):
        for key, word in words.items():
            name = name.replace(key, word)
        addr = _normalise_addr(addr)
        name = _HEADER_CONTROL.sub("", _decode_words(name, defects).translate(_HEADER_BLANKS))
        name = _SPACES.sub(" ", name).strip().strip("\"'").strip()
        if addr or name:
            pairs.append((name, addr))
    if not any(addr for _, addr in pairs):
        found = _BARE_ADDR.findall(text)
        if found:
            defects.append("unparseable address header; address found by pattern")
            pairs = [("", _normalise_addr(a)) for a in found]
    return pairs


def _normalise_addr(addr: str) -> str:
    """``Local@Example.COM`` → ``Local@example.com``; "" for anything without an ``@``."""
    addr = _HEADER_CONTROL.sub("", addr.translate(_HEADER_BLANKS)).strip().strip("<>").strip()
    if "@" not in addr:
        return ""
    local, _, domain = addr.rpartition("@")
    return f"{local}@{domain.lower()}"


def _first_id(value: str | None) -> str | None:
    if not value:
        return None
    m = _MSG_ID.search(value)
    if m:
        return m.group(0)
    token = value.strip().split()[0] if value.strip() else ""
    return f"<{token.strip('<>')}>" if token.strip("<>") else None


def _parse_date(value: str | None) -> datetime | None:
    """Date (RFC 5322 §3.3, obsolete forms §4.3) as an aware datetime, None if unreadable."""
    if not value:
        return None
    try:
        from mailparser.dates import parse_mail_date

        result = parse_mail_date(value).value
        if isinstance(result, datetime):
            return result
    except Exception:  # noqa: BLE001 - fall through to the stdlib reader
        pass
    try:
        return parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None


# --------------------------------------------------------------------------- bodies


def _b64decode(data: bytes) -> bytes:
    """Base64 that tolerates line noise, missing padding and separately padded chunks."""
    data = data.translate(bytes.maketrans(b"-_", b"+/"))
    data = re.sub(rb"[^A-Za-z0-9+/=]+", b"", data)
    body = data.rstrip(b"=")
    if b"=" not in body:
        body = body[: len(body) - 1] if len(body) % 4 == 1 else body
        return binascii.a2b_base64(body + b"=" * (-len(body) % 4))
    out = bytearray()
    for chunk in _BASE64_CHUNK.findall(data):
        piece = chunk.rstrip(b"=")
        if len(piece) % 4 == 1:
            piece = piece[:-1]
        out += binascii.a2b_base64(piece + b"=" * (-len(piece) % 4))
    return bytes(out)


def _payload_bytes(part: Message, defects: list[str]) -> bytes:
    """The decoded content of a leaf part (RFC 2045 §6), tolerant of broken encodings."""
    # Message._payload, not get_payload(): compat32's get_payload() re-decodes 8-bit bodies
    # with the declared charset and errors="replace", losing exactly the bytes we must see.
    payload = getattr(part, "_payload", None)
    if payload is None or isinstance(payload, list):
        return b""
    if isinstance(payload, bytes):
        data = payload
    else:
        data = str(payload).encode("utf-8", "surrogateescape")
    raw_cte = str(part.get("content-transfer-encoding", "") or "")
    cte = raw_cte.strip().strip("\"'").strip().lower()
    if cte != raw_cte.lower() and cte:
        defects.append(f"Content-Transfer-Encoding {raw_cte!r} read as {cte}")
    if "base64" in cte:
        sample = data[:4096]
        if sample and len(_NON_BASE64.findall(sample)) > len(sample) // 20:
            defects.append("content declared base64 is not base64; kept as is")
            return data
        decoded = _b64decode(data)
        if b"=" in data.rstrip().rstrip(b"=") and not _plain_b64(data):
            defects.append("base64 in separately padded chunks decoded chunk by chunk")
        return decoded
    if "quoted-printable" in cte or cte in ("qp", "quoted_printable"):
        return quopri.decodestring(data)
    if cte in ("x-uuencode", "uuencode", "x-uue", "uue"):
        uudecoded = part.get_payload(decode=True)
        return uudecoded if isinstance(uudecoded, bytes) else data
    return data


def _decoded_size(part: Message, defects: list[str]) -> int:
    """Decoded size in bytes of a leaf; computed without decoding for clean base64."""
    cte = str(part.get("content-transfer-encoding", "") or "").strip().lower()
    payload = getattr(part, "_payload", None)
    if cte == "base64" and isinstance(payload, str) and payload.isascii():
        compact = payload.encode("ascii").translate(None, b" \t\r\n")
        if b"=" not in compact.rstrip(b"=") and len(compact) % 4 == 0:
            return len(compact) * 3 // 4 - (len(compact) - len(compact.rstrip(b"=")))
    return len(_payload_bytes(part, defects))


def _plain_b64(data: bytes) -> bool:
    try:
        binascii.a2b_base64(re.sub(rb"\s+", b"", data), strict_mode=True)
    except binascii.Error:
        return False
    return True


def _part_text(part: Message, data: bytes, defects: list[str]) -> str:
    """Decode a text part's bytes with its declared charset (or an HTML meta charset)."""
    label = part.get_param("charset")
    if isinstance(label, tuple):  # RFC 2231 encoded parameter
        label = label[2]
    if not label and part.get_content_subtype() == "html":
        m = _META_CHARSET.search(data[:4096])
        label = m.group(1).decode("ascii") if m else None
    text, defect = charsets.decode(data, str(label) if label else None)
    if defect:
        defects.append(defect)
    if str(part.get_param("format", "")).lower() == "flowed":
        text = _unflow(text, str(part.get_param("delsp", "")).lower() == "yes")
    return text


def _unflow(text: str, delsp: bool) -> str:
    """Join RFC 3676 format=flowed soft line breaks (a line ending in a space).

    Quote depth is the count of leading ``>`` (§4.5); a paragraph is joined only with lines
    of its own depth: a soft break before a line of another depth is a hard break (§4.5),
    so a quoted line never swallows the unquoted reply below it. Space-stuffing (one space
    after the quote marks, §4.4) is removed; quoted lines are written back as ``> text``;
    "-- " is the signature separator, never flowed (§4.3). ``delsp``: DelSp=yes (§4.2).
    """
    out: list[str] = []
    buf = ""
    buf_depth = -1

    def prefix(depth: int) -> str:
        return ">" * depth + " " if depth else ""

    for raw in text.replace("\r\n", "\n").split("\n"):
        depth = len(raw) - len(raw.lstrip(">"))
        line = raw[depth:]
        if line.startswith(" "):
            line = line[1:]  # space-stuffing, RFC 3676 §4.4
        if buf_depth >= 0 and depth != buf_depth:
            out.append(prefix(buf_depth) + buf)
            buf, buf_depth = "", -1
        if line.endswith(" ") and line != "-- ":
            buf += line[:-1] if delsp else line
            buf_depth = depth
        else:
            out.append(prefix(depth) + buf + line)
            buf, buf_depth = "", -1
    if buf_depth >= 0:
        out.append(prefix(buf_depth) + buf)
    return "\n".join(out)


def _clean_text(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _BODY_CONTROL.sub("", text.replace("\x0b", "\n").replace("\x0c", "\n"))
    text = unicodedata.normalize("NFC", text.replace("\x85", "\n"))
    lines = [line.rstrip() for line in text.split("\n")]
    return "\n".join(lines).strip()


def _filename(part: Message, defects: list[str]) -> str | None:
    try:
        name = part.get_filename()
    except Exception:  # noqa: BLE001 - malformed RFC 2231 parameters
        name = None
    if name is None:
        return None
    return _header_text(name, defects) or None


# --------------------------------------------------------------------------- the walk


@dataclass
class _Body:
    """What one walk over a message's own parts found."""

    plain: list[str] = field(default_factory=list)
    html: list[str] = field(default_factory=list)
    tnef: list[str] = field(default_factory=list)
    calendar: list[str] = field(default_factory=list)
    alt_html: list[str] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    attached: list[InboundMessage] = field(default_factory=list)
    report_fields: list[tuple[str, str]] = field(default_factory=list)

    def has_text(self) -> bool:
        return any(t.strip() for t in self.plain + self.html + self.tnef)

    def merge_extras(self, other: _Body) -> None:
        self.attachments += other.attachments
        self.attached += other.attached
        self.report_fields += other.report_fields


class _Builder:
    """Walks one stdlib message tree into InboundMessages, enforcing the depth limit."""

    def __init__(self, max_depth: int) -> None:
        self.max_depth = max_depth
        self.parts = 0  # MIME parts visited so far, attached messages' included

    def build(
        self, msg: Message, *, depth: int, size: int = 0, extra_defects: list[str] | None = None
    ) -> InboundMessage:
        defects: list[str] = list(extra_defects or [])
        _cap_headers(msg, defects)
        headers: dict[str, str] = {}
        raw_headers: dict[str, str] = {}
        for name, value in msg.raw_items():
            key = name.strip().lower()
            if key and key not in headers:
                raw_headers[key] = value
                headers[key] = _header_text(value, defects)
        addr_defects: list[str] = []
        addrs = {
            key: _addresses(raw_headers[key], addr_defects) if key in raw_headers else []
            for key in _ADDRESS_HEADERS
        }
        defects += [d for d in addr_defects if d not in defects]
        from_name, from_addr = next(iter(addrs["from"]), ("", ""))
        if not from_addr and addrs["sender"]:
            from_addr = addrs["sender"][0][1]
        body = _Body()
        self._visit(msg, depth, body, defects)
        text, is_html = self._choose_text(body, defects)
        for defect in msg.defects:
            note = f"MIME defect: {type(defect).__name__}"
            if note not in defects:
                defects.append(note)
        return_path = None
        if "return-path" in headers:
            return_path = addrs["return-path"][0][1] if addrs["return-path"] else ""
        message_id = _first_id(headers.get("message-id")) or ""
        return InboundMessage(
            message_id=message_id,
            from_name=from_name,
            from_addr=from_addr,
            subject=headers.get("subject", ""),
            text=text,
            date=_parse_date(headers.get("date")),
            reply_to=tuple(a for _, a in addrs["reply-to"] if a),
            to=tuple(a for _, a in addrs["to"] if a),
            cc=tuple(a for _, a in addrs["cc"] if a),
            in_reply_to=_first_id(headers.get("in-reply-to")),
            references=tuple(_MSG_ID.findall(headers.get("references", ""))),
            return_path=return_path,
            content_type=msg.get_content_type(),
            headers=headers,
            attachments=tuple(body.attachments),
            attached_messages=tuple(body.attached),
            html=is_html,
            defects=tuple(dict.fromkeys(defects)),
            size=size,
            report_type=str(msg.get_param("report-type", "") or "").strip().lower()
            if msg.get_content_type() == "multipart/report"
            else "",
            report_fields=tuple(body.report_fields),
            html_alternative="" if is_html else "\n".join(body.alt_html),
        )

    def _choose_text(self, body: _Body, defects: list[str]) -> tuple[str, bool]:
        plain = [t for t in (_clean_text(p) for p in body.plain) if t]
        if plain:
            return "\n\n".join(plain), False
        html = [t for t in (_clean_text(html_to_text(h)) for h in body.html) if t]
        if html:
            return "\n\n".join(html), True
        tnef = [t for t in (_clean_text(x) for x in body.tnef) if t]
        if tnef:
            defects.append("text recovered from TNEF winmail.dat")
            return "\n\n".join(tnef), False
        calendar = [t for t in (_clean_text(x) for x in body.calendar) if t]
        if calendar:
            defects.append("text read from a calendar invitation (SUMMARY, DESCRIPTION)")
            return "\n\n".join(calendar), False
        defects.append("no text could be recovered from the message")
        return "", False

    def _visit(self, part: Message, depth: int, body: _Body, defects: list[str]) -> None:
        if depth > self.max_depth:
            raise BadInputError(f"MIME structure nested deeper than {self.max_depth} levels")
        self.parts += 1
        if self.parts > MAX_PARTS:
            note = f"over {MAX_PARTS} MIME parts: the rest was not read"
            if note not in defects:
                defects.append(note)
            return
        _cap_headers(part, defects)
        ctype = part.get_content_type()
        if ctype in ("message/rfc822", "message/global"):
            self._attached_message(part, depth, body, defects)
            return
        if ctype in ("text/rfc822-headers", "message/rfc822-headers"):
            data = _payload_bytes(part, defects)
            sub = email.message_from_bytes(data.lstrip(b"\r\n"))
            body.attached.append(self.build(sub, depth=depth + 1, extra_defects=[]))
            return
        if ctype in ("message/delivery-status", "message/disposition-notification",
                     "message/global-delivery-status", "message/global-disposition-notification",
                     "message/feedback-report"):
            body.report_fields += list(_report_fields(part, defects))
            return
        if part.is_multipart():
            children = [c for c in part.get_payload() if isinstance(c, Message)]
            if ctype == "multipart/alternative":
                self._alternative(children, depth, body, defects)
            else:
                for child in children:
                    self._visit(child, depth + 1, body, defects)
            return
        if part.get_content_maintype() == "multipart":
            self._broken_multipart(part, depth, body, defects)
            return
        if ctype in _SMIME_TYPES or (_filename(part, []) or "").lower().endswith(".p7m"):
            self._smime(part, depth, body, defects)
            return
        if depth == 0 and ctype in ("text/plain", "text/html") and _visibly_mime(part):
            self._broken_multipart(part, depth, body, defects, ctype="multipart/mixed")
            return
        self._leaf(part, depth, body, defects)

    def _smime(self, part: Message, depth: int, body: _Body, defects: list[str]) -> None:
        """An opaque-signed S/MIME entity (RFC 8551 §3.5.2, ``smime-type=signed-data``): the
        signed MIME entity is the CMS SignedData's encapsulated content (RFC 5652 §5.2); it is
        read as part of this message (the signature is not verified: reading needs no trust).
        Encrypted (``enveloped-data``) content cannot be read and stays an attachment."""
        data = _payload_bytes(part, defects)
        body.attachments.append(Attachment(_filename(part, defects), part.get_content_type(),
                                           len(data)))
        inner = _signed_content(data)
        if inner is None:
            defects.append("S/MIME content not readable (encrypted or not signed-data)")
            return
        defects.append("text read from opaque-signed S/MIME (signature not verified)")
        self._visit(email.message_from_bytes(inner), depth + 1, body, defects)

    def _alternative(
        self, children: list[Message], depth: int, body: _Body, defects: list[str]
    ) -> None:
        """RFC 2046 §5.1.4: one of the children is the text; plain is preferred for reading."""
        walked: list[_Body] = []
        for child in children:
            sub = _Body()
            self._visit(child, depth + 1, sub, defects)
            walked.append(sub)
            body.merge_extras(sub)
        for sub in walked:
            if any(t.strip() for t in sub.plain):
                body.plain += sub.plain
                body.alt_html += [h for other in walked if other is not sub for h in other.html]
                return
        for sub in walked:
            if sub.has_text():
                body.plain += sub.plain
                body.html += sub.html
                body.tnef += sub.tnef
                return

    def _leaf(self, part: Message, depth: int, body: _Body, defects: list[str]) -> None:
        ctype = part.get_content_type()
        filename = _filename(part, defects)
        disposition = str(part.get("content-disposition", "") or "").split(";")[0].strip().lower()
        # RFC 2183 §2: without Content-Disposition a part is shown inline; a ``name=``
        # parameter (RFC 2046 §4.5.1, deprecated) does not make it an attachment.
        is_attachment = disposition == "attachment"
        if ctype in _CALENDAR_TYPES:
            data = _payload_bytes(part, defects)
            body.attachments.append(Attachment(filename, ctype, len(data)))
            text = _part_text(part, data, defects)
            body.calendar.append(_calendar_text(text))
            return
        special = ctype == "application/ms-tnef" or (filename or "").lower() in ("winmail.dat",)
        special = special or (filename or "").lower().endswith(".eml")
        if (is_attachment or ctype not in ("text/plain", "text/html")) and not special:
            # Only its size is needed: no decoding of large attachments (a few ms matter).
            body.attachments.append(Attachment(filename, ctype, _decoded_size(part, defects)))
            return
        data = _payload_bytes(part, defects)
        if ctype == "application/ms-tnef" or (filename or "").lower() == "winmail.dat":
            body.attachments.append(Attachment(filename, ctype, len(data)))
            content = read_tnef(data)
            if content is None:
                defects.append("TNEF attachment could not be read")
                return
            body.tnef.append(content.text)
            body.attachments += [
                Attachment(name, "application/octet-stream", n) for name, n in content.attachments
            ]
            return
        if (filename or "").lower().endswith(".eml") and part.get_content_maintype() != "text":
            sub = email.message_from_bytes(data)
            body.attachments.append(Attachment(filename, ctype, len(data)))
            body.attached.append(self.build(sub, depth=depth + 1, size=len(data)))
            return
        if not is_attachment and ctype == "text/plain":
            text, blocks = _without_uuencoded(_part_text(part, data, defects))
            if blocks:
                defects.append("uuencoded attachment taken out of the text")
                body.attachments += [
                    Attachment(n, "application/octet-stream", k) for n, k in blocks]
            body.plain.append(text)
        elif not is_attachment and ctype == "text/html":
            body.html.append(_part_text(part, data, defects))
        else:
            body.attachments.append(Attachment(filename, ctype, len(data)))

    def _attached_message(self, part: Message, depth: int, body: _Body, defects: list[str]) -> None:
        payload = part.get_payload()
        sub = payload[0] if isinstance(payload, list) and payload else None
        cte = str(part.get("content-transfer-encoding", "") or "").strip().lower()
        if not isinstance(sub, Message) or (
            cte in ("base64", "quoted-printable") and not sub.keys()
        ):
            # RFC 2046 §5.2.1 forbids encoding message/rfc822, but mailers do it.
            if isinstance(sub, Message):
                inner = getattr(sub, "_payload", None)
                data = (inner if isinstance(inner, str) else "").encode("utf-8", "surrogateescape")
                data = _b64decode(data) if cte == "base64" else quopri.decodestring(data)
                defects.append(f"attached message in {cte} decoded")
            else:
                data = _payload_bytes(part, defects)
            sub = email.message_from_bytes(data)
        size = _tree_size(sub)
        body.attachments.append(Attachment(_filename(part, defects), part.get_content_type(), size))
        body.attached.append(self.build(sub, depth=depth + 1, size=size))

    def _broken_multipart(self, part: Message, depth: int, body: _Body, defects: list[str],
                          ctype: str | None = None) -> None:
        """A multipart whose boundary is missing or never appears (RFC 2046 §5.1.1); also a
        text/plain body that is visibly MIME (``ctype`` then names the multipart to read)."""
        data = _payload_bytes(part, defects)
        # A boundary line is "--" + boundary, the last one with "--" appended; it must occur
        # at least twice, and rules made of dashes or a "-- " signature separator do not count.
        found = [b[:-2] if b.endswith(b"--") else b for b in _BOUNDARY_LINE.findall(data)]
        found = [b for b in found if b.strip(b"- ")]
        boundary = max(set(found), key=found.count) if found else b""
        if boundary and found.count(boundary) >= 2:
            head = (
                f"Content-Type: {ctype or part.get_content_type()}; boundary=\""
                f"{boundary.decode('ascii', 'replace')}\"\r\n\r\n"
            ).encode("ascii", "replace")
            rebuilt = email.message_from_bytes(head + data)
            if rebuilt.is_multipart():
                defects.append("multipart boundary missing or wrong; recovered from the body")
                self._visit(rebuilt, depth, body, defects)
                return
        defects.append("multipart without usable boundary read as one text part")
        label = part.get_param("charset")
        text, defect = charsets.decode(data, str(label) if isinstance(label, str) else None)
        if defect:
            defects.append(defect)
        body.plain.append(text)


def _visibly_mime(part: Message) -> bool:
    """True when a top-level text body is a MIME multipart's body: its first line is a
    boundary line ("--X") followed by a part header, and the boundary occurs again. Mailers
    that write an unusable Content-Type (or none) before the multipart leave this shape."""
    payload = getattr(part, "_payload", None)
    if not isinstance(payload, str) or not part.get("mime-version"):
        return False
    head = payload.lstrip("\r\n")[:2000].replace("\r\n", "\n")
    first, _, rest = head.partition("\n")
    boundary = first.strip()
    if len(boundary) < 3 or not boundary.startswith("--") or not boundary.strip("-"):
        return False
    following = rest.split("\n", 3)[:3]
    if not any(line.lower().startswith("content-") for line in following):
        return False
    return payload.count("\n" + boundary) >= 1


def _signed_content(data: bytes) -> bytes | None:
    """The encapsulated content of a CMS SignedData (RFC 5652 §5.2) in DER ``data``, or None.

    asn1crypto reads the structure (pure Python, no OpenSSL needed to read; the
    ``cryptography`` package offers PKCS#7 signing and certificate loading but no reading of
    the encapsulated content without verifying). Never raises.
    """
    try:
        from asn1crypto import cms

        info = cms.ContentInfo.load(data)
        if info["content_type"].native != "signed_data":
            return None
        content = info["content"]["encap_content_info"]["content"].native
    except Exception:  # noqa: BLE001 - malformed DER is unreadable, not an error
        return None
    return content if isinstance(content, bytes) and content else None


def _calendar_text(text: str) -> str:
    """SUMMARY and DESCRIPTION of an iCalendar object (RFC 5545), as plain text.

    Lines are unfolded (§3.1), a property's value starts after the first ":" outside a
    quoted parameter (§3.1, §3.2), and TEXT escapes are undone (§3.3.11). Two properties
    need no iCalendar library (and one that raises on the malformed calendars mailers send).
    """
    wanted: dict[str, list[str]] = {"SUMMARY": [], "DESCRIPTION": []}
    for line in _ICAL_FOLD.sub("", text).splitlines():
        name = line.split(":", 1)[0].split(";", 1)[0].strip().upper()
        if name not in wanted:
            continue
        quoted = False
        for i, ch in enumerate(line):
            if ch == '"':
                quoted = not quoted
            elif ch == ":" and not quoted:
                wanted[name].append(_ical_unescape(line[i + 1:]))
                break
    return "\n\n".join(v for v in wanted["SUMMARY"] + wanted["DESCRIPTION"] if v.strip())


def _ical_unescape(value: str) -> str:
    out: list[str] = []
    i = 0
    while i < len(value):
        ch = value[i]
        if ch == "\\" and i + 1 < len(value):
            nxt = value[i + 1]
            out.append("\n" if nxt in "nN" else nxt)
            i += 2
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def _without_uuencoded(text: str) -> tuple[str, list[tuple[str, int]]]:
    """``text`` without its uuencoded blocks, and (file name, decoded size) of each block.

    A block is a "begin MODE NAME" line, data lines (uuencode's own alphabet, 0x20-0x60),
    and an "end" line (POSIX uuencode). A "begin" line not followed by such lines is text.
    """
    if "begin " not in text:
        return text, []
    lines = text.split("\n")
    kept: list[str] = []
    blocks: list[tuple[str, int]] = []
    i = 0
    while i < len(lines):
        m = _UU_BEGIN.fullmatch(lines[i].rstrip("\r"))
        if m:
            j = i + 1
            size = 0
            while j < len(lines) and _UU_LINE.fullmatch(lines[j].rstrip("\r")):
                try:
                    size += len(binascii.a2b_uu(lines[j].rstrip("\r")))
                except binascii.Error:
                    break
                j += 1
            if j > i + 1 and j < len(lines) and lines[j].strip() == "end":
                blocks.append((m.group(1).strip(), size))
                i = j + 1
                continue
        kept.append(lines[i])
        i += 1
    return "\n".join(kept), blocks


def _report_fields(part: Message, defects: list[str]) -> Iterator[tuple[str, str]]:
    """Fields of a DSN (RFC 3464 §2) or MDN (RFC 8098 §3) machine-readable part, in order."""
    payload = part.get_payload()
    blocks = payload if isinstance(payload, list) else [email.message_from_bytes(
        _payload_bytes(part, defects))]
    for block in blocks:
        if isinstance(block, Message):
            for name, value in block.raw_items():
                yield name.strip().lower(), _header_text(value, defects)


def _fallback(raw: bytes, exc: Exception) -> InboundMessage:
    """Read the header lines by hand when the MIME walk itself failed."""
    head, _, rest = raw.replace(b"\r\n", b"\n").partition(b"\n\n")
    headers: dict[str, str] = {}
    defects = [f"parser failed ({type(exc).__name__}); header lines read by hand"]
    for line in re.sub(rb"\n[ \t]+", b" ", head).split(b"\n"):
        name, sep, value = line.partition(b":")
        if sep and name.strip():
            key = name.strip().decode("ascii", "replace").lower()
            text, defect = charsets.decode_8bit_header(value.strip())
            headers.setdefault(key, _HEADER_CONTROL.sub(
                "", _decode_words(text, defects).translate(_HEADER_BLANKS)))
            if defect:
                defects.append(defect)
    text, defect = charsets.decode(rest, None)
    if defect:
        defects.append(defect)
    found = _BARE_ADDR.findall(headers.get("from", ""))
    return InboundMessage(
        message_id=_first_id(headers.get("message-id")) or "",
        from_name="",
        from_addr=_normalise_addr(found[0]) if found else "",
        subject=headers.get("subject", ""),
        text=_clean_text(text),
        headers=headers,
        defects=tuple(dict.fromkeys(defects)),
        size=len(raw),
    )
