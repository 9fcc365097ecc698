"""Cut a message down to what its sender wrote: the first step of classification.

Only what the sender wrote can carry a request. This module removes quoted earlier messages
("On ... wrote:", Outlook "From:/Sent:" blocks, "-----Original Message-----", ``>`` lines),
signatures ("-- ", "Sent from my iPhone") and legal disclaimers ("if you received this in
error, please delete it"), and keeps what a forward carries: the text of a request forwarded
inline under "Forwarded message" (or in a ``Fwd:`` mail) and the text of messages attached as
``message/rfc822`` (read from ``InboundMessage.attached_messages``).

Reply splitting uses mail-parser-reply (its ``EmailMessage`` with ``keep_hyphen_lists``, so
"- item" lines are not mistaken for signatures), with the header patterns of every language it
knows that we support. Our own code then removes ``>`` quotes it leaves, disclaimers in our
languages, and mobile signatures; it also converts HTML that reached us unconverted and
repairs UTF-8 read as Latin-1 ("Ã©" -> "é"), since the parser in front of us may not have.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from mailparser_reply.parser import EmailMessage

_REPLY_LANGUAGES = ["en", "de", "cs", "es", "fr", "it", "nl", "pl", "sv", "zh"]

_HTML_HINT = re.compile(r"<(?:html|body|div|p|br|span|table|td|font)\b", re.I)
_FWD_SUBJECT = re.compile(
    r"^\s*(?:\[[^\]]*\]\s*)?(?:fwd?|fw|wg|tr|rv|i|doorst|vs|转发|轉寄|轉發)\s*[:：]", re.I
)
# Line-anchored patterns use [ \t] rather than \s next to ^ and $: under re.M a \s* crosses
# newlines, so a run of blank lines would be rescanned from every line start (quadratic).
_FWD_MARKER = re.compile(
    r"^[ \t>]*[-=_*]{2,}[ \t]*(?:forwarded message|weitergeleitete nachricht|"
    r"message transf[ée]r[ée]|mensaje reenviado|messaggio inoltrato|doorgestuurd bericht|"
    r"转发的邮件|轉寄郵件|mesej dimajukan)|^[ \t]*begin forwarded message[ \t]*:",
    re.I | re.M,
)
# Outlook writes "-----Original Message-----" above both a forward and a quoted reply: a
# forward only when the subject is not a reply's and the quoted mail is not the sender's own
# or ours (then it is the thread).
_ORIGINAL_MARKER = re.compile(r"^[ \t>]*[-=_*]{2,}[ \t]*original message", re.I | re.M)
_REPLY_SUBJECT = re.compile(r"^\s*(?:re|aw|sv|antw|odp|r|ref|回复|回覆|答复)\s*[:：]", re.I)
#: The labels of a quoted mail's "From:" line, in the mail clients of the company's languages
#: (Outlook's localised headers: 寄件者, 差出人, 보낸 사람, Từ, จาก, Daripada …).
_FROM_LABELS = (r"from|von|de|van|od|fr[åa]n|da|daripada|dari|lähettäjä|发件人|寄件者|差出人|"
                r"送信者|보낸\s?사람|từ|จาก")
#: The labels of its "Sent:" / "Date:" line.
_SENT_LABELS = (r"date|sent|datum|gesendet|envoy[ée]|enviado|fecha|data|inviato|verzonden|"
                r"wysłano|skickat|日期|发送时间|寄件日期|送信日時|보낸\s?날짜|đã gửi|ngày|ส่ง|"
                r"วันที่|dihantar|dikirim|tarikh|tanggal")
_HEADER_LINE = re.compile(
    r"^[\s*>]*(?:" + _FROM_LABELS + "|" + _SENT_LABELS + r"|to|cc|bcc|subject|an|betreff|à|"
    r"objet|para|asunto|a|oggetto|aan|onderwerp|发件人|收件人|主题|收件者|主旨|宛先|件名|"
    r"받는\s?사람|제목|참조|tới|chủ đề|ถึง|เรื่อง|kepada|perkara|subjek)\s*[:：].*$",
    re.I,
)
_SENT_LINE = re.compile(r"^[\s*>]*(?:" + _SENT_LABELS + r")\s*[:：]", re.I)
_QUOTE_HEADER = re.compile(
    r"^\s*(?:on\b.{0,200}\bwrote\s*:|am\b.{0,200}\bschrieb.{0,80}:|le\b.{0,200}\ba [ée]crit\s*:|"
    r"el\b.{0,200}\bescribi[óo]\s*:|il\b.{0,200}\bha scritto\s*:|op\b.{0,200}\bschreef.{0,80}:|"
    r"em\b.{0,200}\bescreveu\s*:|pada\b.{0,200}\bmenulis\s*:|"
    r"[-_]{2,}\s*original message\s*[-_]{2,}|"
    r".{0,100}写道\s*[:：]|.{0,100}寫道\s*[:：])",
    re.I,
)
_DISCLAIMER = re.compile(
    r"intended (?:solely )?(?:only )?for the (?:named )?addressee|intended recipient|"
    r"received (?:this|the) (?:e-?mail|message|communication)? ?in error|"
    r"confidential(?:ity)? notice|privileged (?:&|and) confidential|may contain (?:confidential|"
    r"legally privileged|privileged)|unauthori[sz]ed (?:use|disclosure|copying)|"
    r"not the intended|sent in my personal capacity|does not represent the views|"
    r"please consider the environment before printing|"
    r"destinatario previsto|destinataire|irrtümlich erhalten|irrtuemlich erhalten|"
    r"nicht der richtige adressat|bukan penerima|diterima secara tidak sengaja|"
    r"本邮件.{0,20}(?:保密|机密)|如果您不是.{0,10}收件人|若您并非|如非指定收件人|此邮件.{0,10}(?:保密|机密)",
    re.I,
)
_MOBILE_SIG = re.compile(
    r"^\s*(?:sent from my .{0,40}|get outlook for .{0,30}|sent from (?:outlook|mail|yahoo).{0,40}|"
    r"发自我的.{0,20}|從我的.{0,20}傳送|dikirim dari .{0,30}|von meinem .{0,30}gesendet|"
    r"envoy[ée] de mon .{0,30}|enviado desde mi .{0,30}|inviato da .{0,30})\s*$",
    re.I,
)
_WROTE = re.compile(r"wrote|schrieb|[ée]crit|escribi|scritto|schreef|napisa|skrev|escreveu|"
                    r"写道|寫道|"
                    r"original message", re.I)
_FROM_LINE = re.compile(r"^[\s>*]*(?:" + _FROM_LABELS + r")\s*[:：](.*)$", re.I)
_HEADERISH = re.compile(
    r"^[ \t>*]*(?:from|von|de|van|od|fr[åa]n|da|lähettäjä|发件人|寄件者|sent|gesendet|envoy[ée]|"
    r"enviado|inviato|verzonden|wysłano|skickat)[ \t]*[:：]",
    re.I | re.M,
)
# A separator line: a rule of dashes, underscores, equals signs or stars (Outlook puts a line of
# underscores above the header block of the message it quotes; people underline titles).
_SEPARATOR = re.compile(r"[ \t>]*(?:[-_=*][ \t]*){5,}")
#: Lines that may start a quoted block below a separator ("From:", "Von:", "-- Original ...").
_BLOCK_START = re.compile(
    r"[\s>*]*(?:(?:from|von|de|van|od|fr[åa]n|da|daripada|dari|lähettäjä|发件人|寄件者|sent|"
    r"gesendet|envoy[ée]|enviado|inviato|verzonden|wysłano|skickat|date|datum|fecha|data|"
    r"日期|发送时间)[ \t]*[:：]|[-_=*]*[ \t]*original message)",
    re.I,
)
#: Longest line handed to mail-parser-reply: its "On ... wrote:" patterns nest lazy ``.+?``
#: and cost the square of a line's length; real quote-header lines are far shorter.
_LIBRARY_LINE_MAX = 300
#: At most this many header-like lines are handed to it (the first accepted cut is wanted).
_LIBRARY_LINES_MAX = 200
# Cheap substring tests that must succeed before the (slow, many-branched) regexes run.
_DISCLAIMER_HINTS = ("recipient", "addressee", "error", "confidential", "privileged",
                     "unauthori", "capacity", "views", "environment", "destinat", "irrt",
                     "adressat", "penerima", "sengaja", "保密", "机密", "機密", "收件人", "并非")
_HEADER_HINTS = ("from:", "von:", "de:", "van:", "od:", "från:", "fran:", "da:", "发件人",
                 "寄件者", "sent:", "gesendet:", "envoyé:", "envoye:", "enviado:", "inviato:",
                 "verzonden:", "wysłano:", "skickat:", "lähettäjä:", "-----", "_____", "=====",
                 "from :", "de :", "：")
# RFC 3676 §4.3 signature delimiter "-- " (and the "--" that clients strip the space from).
_SIG_DASHES = re.compile(r"[ \t]*--[ \t]*")
# A marketing mail's unsubscribe footer ("Newsletter abmelden hier klicken", "Click here to
# unsubscribe"): a short line with an unsubscribe word and a click/here/link word, and no
# first-person word (a person writes "I clicked the unsubscribe link, please remove me").
_UNSUBSCRIBE_WORD = re.compile(
    r"unsubscrib|abmelden|abbestellen|d[ée]sinscri|d[ée]sabonn|darse de baja|darte de baja"
    r"|disiscriv|afmelden|uitschrijven|berhenti melanggan|退订|取消订阅|退訂", re.I)
_CLICK_WORD = re.compile(r"\b(?:click|klick\w*|cliquez|clic|haga|clicca|klik|here|hier|ici|aqu[ií]"
                         r"|qui|link|sini)\b|点击|點擊", re.I)
_FIRST_PERSON = re.compile(r"\b(?:i|i'm|i've|my|me|ich|mein\w*|mich|mir|je|j'ai|mon|yo|mi|ik"
                           r"|mijn|saya|aku)\b|我", re.I)
_FOOTER_MAX_WORDS = 14
#: What may follow a signature delimiter: a few short lines (name, title, phone, address).
_SIG_MAX_LINES = 10
_SIG_MAX_WORDS = 10
_MOJIBAKE = re.compile(r"[ÃÂ][\u0080-\u00bf]|â€")
_BLANKS = re.compile(r"\n{3,}")


@dataclass(frozen=True)
class CleanText:
    """The sender's own words, ready for classification.

    text: the cleaned text (forwarded and attached requests included); quoted: True when an
    earlier message was cut off; forwarded: True when a forward's content was kept;
    disclaimers: how many disclaimer paragraphs were removed.
    """

    text: str
    quoted: bool = False
    forwarded: bool = False
    disclaimers: int = 0


def html_to_text(text: str) -> str:
    """Convert an HTML body to plain text (inscriptis), or return ``text`` unchanged when it
    does not look like HTML. Never raises: on a converter error the tags are stripped."""
    if not _HTML_HINT.search(text):
        return text
    try:
        from inscriptis import get_text

        return str(get_text(text))
    except Exception:  # noqa: BLE001 - a converter failure must not lose the message
        return html.unescape(re.sub(r"<[^<>]*>", " ", text))


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 decoded as Latin-1/cp1252 ("solicitaciÃ³n" -> "solicitación").

    Applied only when the tell-tale pairs occur and the round trip succeeds; else ``text``.
    """
    if not _MOJIBAKE.search(text):
        return text
    for codec in ("cp1252", "latin-1"):
        try:
            return text.encode(codec).decode("utf-8")
        except UnicodeError:
            continue
    return text


def _is_signature(lines: list[str]) -> bool:
    """True when ``lines`` (what follows a "-- " line) read like a signature block: at most
    ``_SIG_MAX_LINES`` non-blank lines of at most ``_SIG_MAX_WORDS`` words each (a name, a
    title, a phone number, an address), not a paragraph someone wrote below a rule."""
    filled = [ln for ln in lines if ln.strip()]
    return len(filled) <= _SIG_MAX_LINES and all(
        len(ln.split()) <= _SIG_MAX_WORDS for ln in filled)


def _unsubscribe_footer(line: str) -> bool:
    """True for a marketing mail's unsubscribe footer line (see ``_UNSUBSCRIBE_WORD``): such
    footers are not requests (corpus conventions), while a person's own "please unsubscribe
    me" has no click/here/link word or speaks in the first person."""
    if len(line.split()) > _FOOTER_MAX_WORDS or not _UNSUBSCRIBE_WORD.search(line):
        return False
    return bool(_CLICK_WORD.search(line)) and not _FIRST_PERSON.search(line)


def _paragraphs(text: str) -> list[str]:
    """``text`` split at blank lines (linear: no regex that rescans runs of blank lines)."""
    out: list[str] = []
    current: list[str] = []
    for line in text.split("\n"):
        if line.strip():
            current.append(line)
        elif current:
            out.append("\n".join(current))
            current = []
    if current:
        out.append("\n".join(current))
    return out


def _strip_lines(text: str) -> tuple[str, int]:
    """Drop ``>`` quotes, mobile signatures, a "-- " signature and disclaimer paragraphs.

    The text below a "-- " / "--" line is cut only when it reads like a signature
    (:func:`_is_signature`, RFC 3676 §4.3 names the delimiter, not what follows it): people
    also use the line as a separator above their request.
    """
    kept: list[str] = []
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if _SIG_DASHES.fullmatch(line) and _is_signature(lines[i + 1:i + 2 + _SIG_MAX_LINES * 3]):
            break
        if line.lstrip().startswith(">") or _MOBILE_SIG.match(line) or _unsubscribe_footer(line):
            continue
        kept.append(line)
    joined = "\n".join(kept)
    low = joined.lower()
    if not any(k in low for k in _DISCLAIMER_HINTS) or not _DISCLAIMER.search(joined):
        return joined.strip(), 0
    paragraphs = _paragraphs(joined)
    out = [p for p in paragraphs if not _DISCLAIMER.search(p)]
    return "\n\n".join(out).strip(), len(paragraphs) - len(out)


def _drop_header_block(text: str) -> str:
    """Remove the "From:/Date:/Subject:/To:" lines that head a forwarded message."""
    lines = [ln for ln in text.split("\n") if not _HEADER_LINE.match(ln)]
    return "\n".join(ln for ln in lines if not _FWD_MARKER.match(ln))


def _separator_opens_quote(lines: list[str], i: int) -> bool:
    """True when separator line ``i`` stands above a quoted message's header block (Outlook's
    rule of underscores, "-----Original Message-----"), not under a title or between parts
    of the sender's own text."""
    following = [ln for ln in lines[i + 1:i + 6] if ln.strip()][:2]
    return any(_BLOCK_START.match(ln) for ln in following)


def _library_skeleton(lines: list[str]) -> str:
    """What mail-parser-reply is given: header-like lines (cut to ``_LIBRARY_LINE_MAX``
    characters, at most ``_LIBRARY_LINES_MAX`` of them), every other run of lines as one "x".

    Its patterns are super-linear on long lines and runs of whitespace; only the header-like
    lines decide where it cuts, so the rest is replaced and its cost stays linear.
    """
    out: list[str] = []
    kept = 0
    for line in lines:
        stripped = line.strip()[:_LIBRARY_LINE_MAX]
        if stripped and (_HEADERISH.match(stripped) or _HEADER_LINE.match(stripped)
                         or _WROTE.search(stripped) or _SEPARATOR.fullmatch(stripped)):
            out.append(stripped)
            kept += 1
            if kept >= _LIBRARY_LINES_MAX:
                break
        elif not out or out[-1] != "x":
            out.append("x")
    return "\n".join(out)


def _header_block_at(lines: list[str], i: int, reply: bool) -> bool:
    """True when line ``i`` starts a quoted mail's header block as mail clients write it in
    any of the company's languages: a "From:" line, then within four lines a "Sent:"/"Date:"
    line and one more header line; its "From:" must hold an address unless the subject is a
    reply's (a letter pasted into a body has "From:/Date:/To:" lines too, rarely an address)."""
    m = _FROM_LINE.match(lines[i])
    if not m or not (reply or "@" in m.group(1)):
        return False
    following = [ln for ln in lines[i + 1:i + 5] if _HEADER_LINE.match(ln)]
    return len(following) >= 2 and any(_SENT_LINE.match(ln) for ln in following)


def _first_reply(text: str, reply: bool = False) -> tuple[str, bool]:
    """Return the newest reply of ``text`` and whether anything quoted was cut; ``reply``:
    the subject is a reply's ("Re:", "回覆:")."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i > 0 and (_QUOTE_HEADER.match(line) or (
                _SEPARATOR.fullmatch(line) and _separator_opens_quote(lines, i))
                or _header_block_at(lines, i, reply)):
            return "\n".join(lines[:i]), True
    low = text.lower()
    if not any(k in low for k in _HEADER_HINTS) or not _HEADERISH.search(text):
        return text, False  # no header-like line: nothing for the library to split (fast path)
    try:
        msg = EmailMessage(text=_library_skeleton(lines), languages=list(_REPLY_LANGUAGES),
                           keep_hyphen_lists=True)
        replies = msg.read().replies
    except Exception:  # noqa: BLE001 - library failure: fall back to our own cut above
        return text, False
    # Accept the library's cut only at a real quote header: one with an address or a
    # "wrote" line. Letter layouts ("Subject: ...", "Name: ...") pasted into a body look like
    # header blocks to it and would cut the request off. The cut is made in our own lines,
    # at the first line (after the first) that begins the accepted header.
    for quoted in replies[1:]:
        if "@" in quoted.headers or _WROTE.search(quoted.headers):
            first = quoted.headers.strip().split("\n", 1)[0].strip()
            for i, line in enumerate(lines[1:], 1):
                if first and line.strip()[:_LIBRARY_LINE_MAX] == first:
                    return "\n".join(lines[:i]), True
            return text, False
    return text, False



_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Role mailboxes: a quoted block from one of these is our own earlier mail (a reply).
_ROLE_BOXES = frozenset({"privacy", "support", "help", "helpdesk", "dpo", "noreply", "no-reply",
                         "donotreply", "do-not-reply", "service", "customerservice", "care",
                         "info", "admin", "team", "contact", "enquiries", "feedback", "cs"})
# A colleague's note above an inline forward ("FYI, see below from a customer").
_FWD_NOTE = re.compile(
    r"\bfyi\b|see below|below|forward|passing (?:this )?on|for your (?:action|attention)|"
    r"please (?:action|handle|process|look)|pls (?:action|handle)|customer|client|"
    r"转发|转寄|轉寄|轉發|请处理|請處理|见下|如下|以下|客户|客戶|顾客|pelanggan|di bawah|"
    r"untuk tindakan|weitergeleitet|siehe unten|ci-dessous|ver abajo|zie hieronder|vedi sotto",
    re.I)


def _quotes_thread(text: str, sender: str) -> bool:
    """True when the first quoted "From:" line of ``text`` is the sender's own address or a
    role mailbox (ours): an earlier mail of the same thread, not a forward."""
    for line in text.split("\n"):
        m = _FROM_LINE.match(line)
        if m and (addr := _ADDRESS.search(m.group(1))):
            quoted = addr.group(0).lower()
            return quoted == sender.strip().lower() or quoted.split("@")[0] in _ROLE_BOXES
    return False


def _inline_forward(text: str, sender: str) -> bool:
    """True when ``text`` is a colleague's short note above an Outlook-style header block
    ("From: ... Sent: ... To: ... Subject: ...") quoting someone else's message: an inline
    forward whose quoted part is the request, not a quoted thread to cut off."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        m = _FROM_LINE.match(line)
        if not m or i == 0:
            continue
        following = sum(1 for ln in lines[i + 1:i + 6] if _HEADER_LINE.match(ln))
        if following < 2:
            continue
        addr = _ADDRESS.search(m.group(1))
        if not addr:
            return False
        quoted = addr.group(0).lower()
        note = "\n".join(lines[:i])
        if (quoted == sender.strip().lower() or quoted.split("@")[0] in _ROLE_BOXES
                or len(note.split()) > 60):
            return False
        return bool(_FWD_NOTE.search(note))
    return False


def clean_body(text: str, subject: str = "", sender: str = "") -> CleanText:
    """Return the part of one body that its sender wrote (see module docstring).

    ``text``: the body as sent (plain text, or HTML that reached us unconverted);
    ``subject``: used only to tell a forward (``Fwd:``) from a reply (``Re:``);
    ``sender``: the sender's address (a quoted block from the sender is a thread, not a
    forward).
    """
    text = repair_mojibake(html_to_text(text.replace("\r\n", "\n").replace("\r", "\n")))
    reply = bool(_REPLY_SUBJECT.match(subject))
    forwarded = bool(_FWD_MARKER.search(text)) or (
        bool(_FWD_SUBJECT.match(subject)) and not reply
    ) or (not reply and bool(_ORIGINAL_MARKER.search(text)) and not _quotes_thread(text, sender)
          ) or _inline_forward(text, sender)
    quoted = False
    if forwarded:
        # Keep everything: the forwarder's note and the forwarded request. Quote markers of
        # the forwarded part are removed, its header block too.
        lines = text.split("\n")
        body = "\n".join(ln.lstrip().lstrip(">").lstrip() if ln.lstrip().startswith(">") else ln
                         for ln in lines)
        body = _drop_header_block(body)
    else:
        body, quoted = _first_reply(text, reply)
    body, n_disclaimers = _strip_lines(body)
    body = _BLANKS.sub("\n\n", body).strip()
    return CleanText(body, quoted=quoted, forwarded=forwarded, disclaimers=n_disclaimers)


#: The most characters of one body the classifier reads: the start, where the person wrote
#: (issue 16: the work per message is bounded whatever arrives; quoted threads, logs and
#: pasted documents below are not requests). Staff still see the whole mail.
READ_MAX_CHARS = 100_000


def clean_message(message: object) -> CleanText:
    """Clean an :class:`bot.intake.message.InboundMessage`: its body plus, recursively, the text of
    each attached message (``attached_messages``), since a request forwarded as an attachment
    is the request to classify; of each body the first :data:`READ_MAX_CHARS` characters.
    Accepts any object with ``text``/``subject`` attributes."""
    main = clean_body(str(getattr(message, "text", "") or "")[:READ_MAX_CHARS],
                      str(getattr(message, "subject", ""))[:READ_MAX_CHARS],
                      str(getattr(message, "from_addr", "") or ""))
    parts = [main.text]
    forwarded = main.forwarded
    disclaimers = main.disclaimers
    for attached in getattr(message, "attached_messages", ()) or ():
        inner = clean_message(attached)
        if inner.text:
            parts.append(inner.text)
            forwarded = True
            disclaimers += inner.disclaimers
    text = "\n\n".join(p for p in parts if p)
    return CleanText(text, quoted=main.quoted, forwarded=forwarded, disclaimers=disclaimers)
