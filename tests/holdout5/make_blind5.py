#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""make_blind5.py - generate the *blind5* evaluation set for the ExampleMart
privacy-request intake bot.

Written blind: the author did not look at the classifier, its tests or the
development corpus.  NEVER use these files for training or tuning.

Usage:  python3 make_blind5.py [OUTDIR]      (default: the folder of this script)

Writes c001.eml ... cNNN.eml (LF line endings), manifest.jsonl and README.md,
then re-parses every file with email.policy.default as a self-check.

Deterministic and byte-for-byte reproducible: no clock, no randomness; dates,
Message-IDs and MIME boundaries are derived from fixed values / SHA-256.
The file order is a fixed permutation (SHA-256 of each item's index).
Standard library only.
"""
import base64
import datetime
import hashlib
import html as _html
import json
import quopri
import re
import sys
import textwrap
import urllib.parse
from collections import Counter
from email import policy
from email.parser import BytesParser
from email.utils import format_datetime, getaddresses
from pathlib import Path

PRIV = "privacy@example.com"
LABEL_ORDER = ["access", "correction", "deletion", "withdrawal", "cancellation"]
ABBR = {"A": "access", "C": "correction", "D": "deletion", "W": "withdrawal", "X": "cancellation"}


def D(s):
    """Dedent a triple-quoted block and normalise to one trailing LF."""
    return textwrap.dedent(s).strip("\n") + "\n"


def H(*a):
    return hashlib.sha256("\x1f".join(map(str, a)).encode("utf-8")).hexdigest()


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


# --------------------------------------------------------------------------
# header helpers
# --------------------------------------------------------------------------
def _qenc(b):
    out = []
    for x in b:
        c = chr(x)
        if c == " ":
            out.append("_")
        elif x < 128 and (c.isalnum() or c in "!*+-/"):
            out.append(c)
        else:
            out.append("=%02X" % x)
    return "".join(out)


def ew(text, charset="utf-8", enc="B"):
    """RFC 2047 encoded-word(s), folded with LF+space; ASCII text is returned as is."""
    if is_ascii(text):
        return text
    prefix = "=?%s?%s?" % (charset, enc)

    def e(s):
        b = s.encode(charset)
        return base64.b64encode(b).decode() if enc.upper() == "B" else _qenc(b)

    words, cur = [], ""
    for ch in text:
        if cur and len(prefix) + len(e(cur + ch)) + 2 > 75:
            words.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(cur)
    return "\n ".join(prefix + e(w) + "?=" for w in words)


def addr(name, email, charset="utf-8", enc="B"):
    if not name:
        return email
    if is_ascii(name):
        if any(c in name for c in ',.;:()<>@"[]'):
            name = '"%s"' % name.replace('"', '\\"')
        return "%s <%s>" % (name, email)
    return "%s <%s>" % (ew(name, charset, enc), email)


# --------------------------------------------------------------------------
# MIME parts
# --------------------------------------------------------------------------
CTE_SHORT = {"quoted-printable": "qp", "base64": "b64", "7bit": "7bit", "8bit": "8bit"}


class Part:
    def __init__(self, headers, body, desc):
        self.headers = list(headers)
        self.body = body
        self.desc = desc

    def bytes(self):
        h = "".join("%s: %s\n" % kv for kv in self.headers).encode("utf-8")
        b = self.body
        if b and not b.endswith(b"\n"):
            b += b"\n"
        return h + b"\n" + b


def encode_body(raw, cte):
    if cte in ("7bit", "8bit", "binary"):
        return raw
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        return base64.encodebytes(raw)
    raise ValueError(cte)


def auto_cte(raw):
    return "7bit" if all(b < 128 for b in raw) else "8bit"


def textpart(text, subtype="plain", charset="utf-8", cte=None, cs_label=None,
             params="", extra=(), quote_cs=False):
    raw = text.encode(charset)
    if cte is None:
        cte = auto_cte(raw)
    lab = cs_label or charset
    if quote_cs:
        lab = '"%s"' % lab
    hdrs = [("Content-Type", "text/%s; charset=%s%s" % (subtype, lab, params)),
            ("Content-Transfer-Encoding", cte)] + list(extra)
    return Part(hdrs, encode_body(raw, cte),
                "text/%s %s %s" % (subtype, (cs_label or charset).lower(), CTE_SHORT.get(cte, cte)))


def fileparam(filename):
    if is_ascii(filename):
        return 'filename="%s"' % filename
    return "filename*=utf-8''%s" % urllib.parse.quote(filename)


def namepar(filename):
    if is_ascii(filename):
        return 'name="%s"' % filename
    return 'name="%s"' % ew(filename)


def attpart(data, ctype, filename, disp="attachment", cid=None, extra=()):
    hdrs = [("Content-Type", "%s; %s" % (ctype, namepar(filename))),
            ("Content-Disposition", "%s; %s" % (disp, fileparam(filename)))]
    if cid:
        hdrs.append(("Content-ID", "<%s>" % cid))
    hdrs += list(extra)
    hdrs.append(("Content-Transfer-Encoding", "base64"))
    return Part(hdrs, base64.encodebytes(data), "%s %s b64" % (ctype, disp))


def multi(subtype, parts, boundary, params="", preamble=None, epilogue=None):
    bd = boundary.encode()
    body = b""
    if preamble:
        body += preamble.encode("utf-8") + b"\n"
    for p in parts:
        body += b"--" + bd + b"\n" + p.bytes()
    body += b"--" + bd + b"--\n"
    if epilogue:
        body += epilogue.encode("utf-8")
    ct = 'multipart/%s; boundary="%s"%s' % (subtype, boundary, params)
    return Part([("Content-Type", ct)], body,
                "multipart/%s[%s]" % (subtype, ", ".join(p.desc for p in parts)))


def rfc822part(inner, disp=None, filename=None):
    data = inner.bytes()
    hdrs = [("Content-Type", "message/rfc822" + ('; name="%s"' % filename if filename else ""))]
    if not all(b < 128 for b in data):
        hdrs.append(("Content-Transfer-Encoding", "8bit"))
    if disp:
        hdrs.append(("Content-Disposition", disp + ('; filename="%s"' % filename if filename else "")))
    return Part(hdrs, data, "message/rfc822{%s}" % inner.desc)


def rawpart(ctype, text, desc=None, extra=()):
    data = text.encode("utf-8")
    return Part([("Content-Type", ctype)] + list(extra), data, desc or ctype)


# tiny binary stubs -------------------------------------------------------
def pdf_stub(title):
    t = title.encode("latin-1", "replace")
    return (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
            b"3 0 obj\n<< /Title (" + t + b") /Producer (stub) >>\nendobj\n"
            b"trailer\n<< /Root 1 0 R /Info 3 0 R >>\n%%EOF\n")


PNG_1x1 = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360f8cfc0f01f0005000201a5f6"
    "a5f00000000049454e44ae426082")
JPEG_STUB = bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffdb004300") + bytes(64) + bytes.fromhex("ffd9")
DOCX_STUB = b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(20) + b"word/document.xml" + bytes(16) + b"PK\x05\x06" + bytes(18)


# --------------------------------------------------------------------------
# dates, ids
# --------------------------------------------------------------------------
SEQ = [0]
CUR = {"lang": "en", "tz": "+0800"}
LANG_TZ = {"en": "+0800", "zh": "+0800", "ms": "+0800", "ta": "+0800", "id": "+0700",
           "vi": "+0700", "th": "+0700", "ja": "+0900", "ko": "+0900", "de": "+0200",
           "fr": "+0200", "es": "+0200", "it": "+0200", "nl": "+0200", "pt": "+0100",
           "pl": "+0200", "sv": "+0200", "da": "+0200", "ru": "+0300", "ar": "+0300",
           "hi": "+0530", "tr": "+0300", "he": "+0300", "uk": "+0300"}
BASE = datetime.datetime(2025, 8, 25, 7, 0, 0)


def section(lang):
    CUR["lang"] = lang
    CUR["tz"] = LANG_TZ[lang]


def _tz(s):
    sign = 1 if s[0] == "+" else -1
    return datetime.timezone(sign * datetime.timedelta(hours=int(s[1:3]), minutes=int(s[3:5])))


def mkdate(n, tz):
    h = int(H("date", n)[:10], 16)
    dt = BASE + datetime.timedelta(minutes=n * 293 + h % 240, seconds=h % 59)
    # keep most mail in waking hours
    if dt.hour < 7:
        dt += datetime.timedelta(hours=8)
    return format_datetime(dt.replace(tzinfo=_tz(tz)))


def token(n, k, length):
    b = hashlib.sha256(("%s/%s" % (n, k)).encode()).digest() * 2
    return base64.b64encode(b).decode().replace("/", "_").replace("+", "-")[:length]


def mkmsgid(n, style, frm):
    h = H("mid", n)
    dom = frm.rsplit("@", 1)[-1].strip(">").strip()
    if style == "gmail":
        return "<CA%s@mail.gmail.example.net>" % token(n, "g", 48)
    if style == "outlook":
        return "<SG2PR0%dMB%s%s@SG2PR0%dMB%s.apcprd0%d.prod.outlook.example.com>" % (
            int(h[0], 16) % 6 + 1, int(h[1:5], 16), h[5:17].upper(), int(h[0], 16) % 6 + 1,
            int(h[1:5], 16), int(h[0], 16) % 6 + 1)
    if style in ("apple_ios", "apple_mac", "thunderbird"):
        return "<%s-%s-%s-%s-%s@%s>" % (h[:8].upper(), h[8:12].upper(), h[12:16].upper(),
                                        h[16:20].upper(), h[20:32].upper(), dom)
    if style == "yahoo":
        return "<%d.%d.%d@mail.yahoo.example.net>" % (int(h[:4], 16), int(h[4:14], 16), int(h[14:18], 16))
    return "<%s.%s@%s>" % (h[:14], h[14:22], dom)


# --------------------------------------------------------------------------
# HTML rendering of plain text
# --------------------------------------------------------------------------
def to_html(text, style="gmail"):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        lines = p.split("\n")
        if all(l.startswith(">") for l in lines):
            inner = "<br>\n".join(_html.escape(l[1:].lstrip(" "), quote=False) for l in lines)
            out.append('<blockquote style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
                       'padding-left:1ex">%s</blockquote>' % inner)
            continue
        body = "<br>\n".join(_html.escape(l, quote=False) for l in lines)
        if style == "outlook":
            out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % body)
        else:
            out.append("<div>%s</div>" % body)
    if style == "outlook":
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
                '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;font-size:11.0pt;'
                'font-family:"Calibri",sans-serif;}\n--></style>\n</head>\n'
                '<body lang="EN-SG" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
                '<div class="WordSection1">\n' + "\n<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>\n".join(out) +
                "\n</div>\n</body>\n</html>\n")
    if style == "apple_mac":
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
                + "<div><br></div>".join(out) + "</body></html>\n")
    if style == "yahoo":
        return ('<html><head></head><body><div class="ydp3f1c9a2fyahoo-style-wrap" '
                'style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">'
                + "<div><br></div>".join(out) + "</div></body></html>\n")
    return '<div dir="ltr">' + "<div><br></div>".join(out) + "</div>\n"


# --------------------------------------------------------------------------
# high-level builder
# --------------------------------------------------------------------------
UA = {
    "thunderbird": "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.10.1",
    "apple_ios": "iPhone Mail (21E236)",
    "apple_mac": "Apple Mail (2.3774.600.62)",
    "outlook": "Microsoft Outlook 16.0",
}


def _mostly_nonlatin(text):
    n = sum(1 for c in text if ord(c) > 0x2ff)
    return n > len(text) * 0.15


def mail(frm, subject, body, *, to=PRIV, cc=None, style="plain", charset="utf-8", cte=None,
         cs_label=None, html=None, html_only=False, attach=(), related=(), subj_cs=None,
         subj_enc="B", subj_prefix="", raw_subject=False, reply_to=None, in_reply_to=None,
         references=None, extra=(), pre=(), date=None, msgid=None, tz=None, xmailer=None,
         lang_hdr=None, flowed=None, mime_version="1.0"):
    SEQ[0] += 1
    n = SEQ[0]
    tz = tz or CUR["tz"]
    date = date or mkdate(n, tz)
    msgid = msgid or mkmsgid(n, style, frm)
    h = H("bd", n)
    notes = []

    # subject
    if raw_subject or subject is None:
        subj = subject
        if subject is not None and not is_ascii(subject):
            notes.append("raw 8-bit Subject")
    else:
        scs = subj_cs or ("utf-8" if charset.lower() in ("utf-8", "us-ascii") else charset)
        subj = subj_prefix + ew(subject, scs, subj_enc)
        if not is_ascii(subject):
            notes.append("Subject =?%s?%s?" % (scs, subj_enc))

    # body parts
    if style == "gmail":
        if cte is None:
            cte = "7bit" if is_ascii(body) else ("base64" if _mostly_nonlatin(body) else "quoted-printable")
        plain = textpart(body, charset=charset, cte=cte, cs_label=cs_label or ("UTF-8" if charset == "utf-8" else None), quote_cs=True)
        htm = html or to_html(body, "gmail")
        htmp = textpart(htm, "html", charset=charset, cte=cte, cs_label=cs_label or ("UTF-8" if charset == "utf-8" else None), quote_cs=True)
        bd = "000000000000" + h[:12]
        alt_parts = [plain, htmp]
    elif style == "outlook":
        if cte is None:
            cte = "quoted-printable"
        lab = cs_label or ("us-ascii" if is_ascii(body) and charset == "utf-8" else charset)
        plain = textpart(body, charset=charset, cte=cte, cs_label=lab, quote_cs=True)
        htm = html or to_html(body, "outlook")
        htmp = textpart(htm, "html", charset=charset, cte=cte, cs_label=lab if lab != "us-ascii" else "utf-8", quote_cs=True)
        bd = "_000_%s_" % mkmsgid(n, "outlook", frm)[1:].split("@")[0]
        alt_parts = [plain, htmp]
    elif style in ("apple_mac", "yahoo"):
        if cte is None:
            cte = "7bit" if is_ascii(body) else ("base64" if (_mostly_nonlatin(body) and style == "yahoo") else "quoted-printable")
        plain = textpart(body, charset=charset, cte=cte, cs_label=cs_label)
        htm = html or to_html(body, style)
        htmp = textpart(htm, "html", charset=charset, cte=cte, cs_label=cs_label)
        if style == "apple_mac":
            bd = "Apple-Mail=_%s-%s-%s-%s-%s" % (h[:8].upper(), h[8:12].upper(), h[12:16].upper(), h[16:20].upper(), h[20:32].upper())
        else:
            bd = "----=_Part_%d_%d.%d" % (int(h[:4], 16), int(h[4:12], 16), 1700000000000 + int(h[12:20], 16) % 99999999)
        alt_parts = [plain, htmp]
    else:
        alt_parts = None
        if style == "apple_ios" and cte is None:
            cte = "7bit" if is_ascii(body) else "quoted-printable"
        if style == "thunderbird" and flowed is None:
            flowed = True
        params = "; format=flowed" if flowed else ""
        if html_only:
            htm = html or to_html(body, "gmail")
            single = textpart(htm, "html", charset=charset, cte=cte, cs_label=cs_label, quote_cs=(style == "outlook"))
            notes.append("HTML-only")
        else:
            single = textpart(body, charset=charset, cte=cte, cs_label=cs_label, params=params)

    if alt_parts is not None:
        if html_only:
            body_part = alt_parts[1]
            notes.append("HTML-only")
        else:
            body_part = multi("alternative", alt_parts, bd)
    else:
        body_part = single

    if related:
        body_part = multi("related", [body_part] + list(related), "_rel_%s_" % h[20:36], params='; type="multipart/alternative"'
                          if body_part.desc.startswith("multipart/alternative") else "")
    if attach:
        mbd = ("_mix_%s_" % h[36:52]) if style != "gmail" else "000000000000" + h[40:52]
        body_part = multi("mixed", [body_part] + list(attach), mbd)

    # headers
    hd = list(pre)
    if style == "gmail":
        hd += [("From", frm), ("Date", date), ("Message-ID", msgid)]
        if in_reply_to:
            hd += [("References", references or in_reply_to), ("In-Reply-To", in_reply_to)]
        hd += [("Subject", subj), ("To", to)]
        if cc:
            hd.append(("Cc", cc))
    else:
        hd += [("From", frm), ("To", to)]
        if cc:
            hd.append(("Cc", cc))
        if subj is not None:
            hd.append(("Subject", subj))
        if style == "outlook":
            topic = subject if is_ascii(subject or "") else ew(subject or "", subj_cs or "utf-8")
            hd += [("Thread-Topic", topic), ("Thread-Index", "AQH" + base64.b64encode(bytes.fromhex(H("ti", n)[:60])).decode()[:38] + "==")]
        hd += [("Date", date), ("Message-ID", msgid)]
        if in_reply_to:
            hd += [("In-Reply-To", in_reply_to), ("References", references or in_reply_to)]
    if reply_to:
        hd.append(("Reply-To", reply_to))
    if style == "outlook":
        hd += [("Accept-Language", "en-SG, en-US"), ("Content-Language", lang_hdr or "en-SG"),
               ("X-MS-Has-Attach", "yes" if attach else ""), ("X-MS-TNEF-Correlator", ""),
               ("X-Mailer", xmailer or UA["outlook"])]
    elif style in UA and style != "outlook":
        hd.append(("User-Agent" if style == "thunderbird" else "X-Mailer", xmailer or UA[style]))
        if style == "thunderbird":
            hd.append(("Content-Language", lang_hdr or "en-US"))
    elif xmailer:
        hd.append(("X-Mailer", xmailer))
    hd += list(extra)
    if style == "gmail":
        hd = [("MIME-Version", mime_version)] + hd
    elif style == "apple_ios":
        hd.append(("Mime-Version", "1.0 (1.0)"))
    else:
        hd.append(("MIME-Version", mime_version))
    if subject is None:
        notes.append("no Subject header")
    p = Part(hd + body_part.headers, body_part.body, body_part.desc)
    if notes:
        p.desc += "; " + "; ".join(notes)
    return p


def raw_message(headers, part, note=""):
    """Assemble a message from an explicit header list (for machine mail)."""
    SEQ[0] += 1
    p = Part(list(headers) + [("MIME-Version", "1.0")] + part.headers, part.body, part.desc)
    if note:
        p.desc += "; " + note
    return p


def nextdate(tz=None):
    """A date for raw_message() built mails (consumes a sequence number)."""
    return mkdate(SEQ[0] + 1, tz or CUR["tz"])


# --------------------------------------------------------------------------
# machine-mail builders
# --------------------------------------------------------------------------
def dsn(orig, rcpt, *, mta="mx1.example.com", remote="mx.example.org", status="5.1.1",
        diag="550 5.1.1 <{r}>: Recipient address rejected: User unknown in virtual mailbox table",
        action="failed", human=None, headers_only=False, frm="MAILER-DAEMON@mx1.example.com (Mail Delivery System)",
        subject="Undelivered Mail Returned to Sender", date=None, arrival=None, extra=(), postfix=True):
    n = SEQ[0] + 1
    if date is None:
        from email.utils import parsedate_to_datetime
        od = [v for k, v in orig.headers if k == "Date"][0]
        delta = datetime.timedelta(hours=4, minutes=3) if action == "delayed" else datetime.timedelta(seconds=37)
        date = format_datetime(parsedate_to_datetime(od) + delta)
        arrival = arrival or od
    qid = H("q", n)[:10].upper()
    if human is None:
        human = D("""
            This is the mail system at host %s.

            I'm sorry to have to inform you that your message could not
            be delivered to one or more recipients. It's attached below.

            For further assistance, please send mail to postmaster.

            If you do so, please include this problem report. You can
            delete your own text from the attached returned message.

                               The mail system

            <%s>: host %s[192.0.2.%d] said: %s (in reply to RCPT TO command)
            """) % (mta, rcpt, remote, int(qid[:2], 16) % 250 + 1, diag.format(r=rcpt))
    status_txt = D("""
        Reporting-MTA: dns; %s
        X-Postfix-Queue-ID: %s
        X-Postfix-Sender: rfc822; %s
        Arrival-Date: %s

        Final-Recipient: rfc822; %s
        Original-Recipient: rfc822;%s
        Action: %s
        Status: %s
        Remote-MTA: dns; %s
        Diagnostic-Code: smtp; %s
        """) % (mta, qid, PRIV, arrival or date, rcpt, rcpt, action, status, remote, diag.format(r=rcpt))
    if not postfix:
        status_txt = status_txt.replace("X-Postfix-Queue-ID", "X-Queue-ID").replace("X-Postfix-Sender", "X-Original-Sender")
    parts = [Part([("Content-Description", "Notification"), ("Content-Type", "text/plain; charset=us-ascii")],
                  human.encode(), "text/plain us-ascii"),
             Part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
                  status_txt.encode(), "message/delivery-status")]
    if headers_only:
        hb = orig.bytes().split(b"\n\n", 1)[0] + b"\n"
        parts.append(Part([("Content-Description", "Undelivered Message Headers"),
                           ("Content-Type", "text/rfc822-headers")], hb, "text/rfc822-headers"))
    else:
        r = rfc822part(orig)
        r.headers.insert(0, ("Content-Description", "Undelivered Message"))
        parts.append(r)
    bd = "%s.%d/%s" % (qid, 1740000000 + int(qid[:6], 16) % 9999999, mta)
    body = multi("report", parts, bd, params="; report-type=delivery-status",
                 preamble="This is a MIME-encapsulated message.")
    hd = [("Return-Path", "<>"), ("Auto-Submitted", "auto-replied"), ("From", frm),
          ("To", PRIV), ("Subject", subject), ("Date", date),
          ("Message-ID", "<%s@%s>" % (H("dsn", n)[:20], mta))] + list(extra)
    return raw_message(hd, body)


# --------------------------------------------------------------------------
# registry
# --------------------------------------------------------------------------
ITEMS = []
ROUTE = {"T": "ticket", "H": "human", "I": "ignore"}
UNSUPPORTED = {"ru", "ar", "hi", "tr", "he", "uk"}


def add(labels, route, why, msg, lang=None):
    """labels: string of A C D W X (access correction deletion withdrawal cancellation)."""
    lang = lang or CUR["lang"]
    labs = sorted({ABBR[c] for c in labels}, key=LABEL_ORDER.index)
    r = ROUTE[route]
    if lang in UNSUPPORTED:
        assert r == "human" and not labs, (lang, why)
    assert (r == "ticket") == bool(labs), (labels, route, why)
    data = msg.bytes()
    assert b"\r" not in data, why
    ITEMS.append({"idx": len(ITEMS), "lang": lang, "labels": labs, "route": [r],
                  "notes": "%s | MIME: %s" % (why, msg.desc), "data": data})


# ==========================================================================
# ENGLISH - tickets
# ==========================================================================
section("en")

add("D", "T", "Singlish, wants past orders + saved addresses removed = deletion (account not mentioned)",
    mail(addr("Goh Mei Ling", "meiling.goh88@mail.example.net"), "my old info",
         D("""
         Hi can help me remove all my past order records and the saved delivery addresses or not?
         Don't want my stuff lying around in your system lah, got so many data leak these days.

         Account is under this email. Thanks ah

         Sent from my iPhone
         """), style="apple_ios"))

add("X", "T", "formal, ends membership because moving overseas = cancellation",
    mail(addr("Bernard Chua", "bernard.chua@corp.example.org"), "Termination of ExampleMart membership",
         D("""
         Dear ExampleMart,

         I am relocating to Perth next month and will not be shopping with you again. Kindly terminate
         the ExampleMart membership registered under this e-mail address with effect from today.

         I have no outstanding orders.

         Regards,
         Bernard Chua
         """), style="outlook"))

add("W", "T", "angry capitals, stop promo SMS, remove number from marketing list = withdrawal",
    mail(addr("", "darren.lim.1979@example.net"), "ENOUGH WITH THE SMS!!!",
         D("""
         I HAVE REPLIED "STOP" THREE TIMES AND YOUR PROMO MESSAGES KEEP COMING. 2 AM LAST NIGHT!!!

         I NEVER AGREED TO THIS. TAKE MY NUMBER 9786 1123 OFF YOUR MARKETING LIST TODAY OR I AM
         GOING TO THE PDPC.
         """)))

add("A", "T", "statutory PDPA s21 access letter with items (a)(b)(c); attached signed copy",
    mail(addr("Ong Siew Khim", "sk.ong@lawmail.example.org"),
         "Access request under section 21 of the Personal Data Protection Act 2012",
         D("""
         The Data Protection Officer
         ExampleMart Pte. Ltd.
         Singapore

         Dear Sir/Madam,

         ACCESS REQUEST - SECTION 21, PERSONAL DATA PROTECTION ACT 2012

         I, Ong Siew Khim (customer since 2017, registered e-mail sk.ong@lawmail.example.org), hereby
         request that your organisation provide me with:

         (a) the personal data about me that is in the possession or under the control of ExampleMart;
         (b) information about the ways in which that personal data has been or may have been used or
             disclosed by ExampleMart within the year before the date of this request; and
         (c) the names of the organisations to which my personal data was disclosed during that period.

         I would be grateful for your written response within 30 days as required by the Act. If you
         intend to charge a fee, please send me a written estimate first.

         A signed copy of this letter is attached.

         Yours faithfully,
         Ong Siew Khim
         """), style="thunderbird",
         attach=[attpart(pdf_stub("s21 access request - Ong Siew Khim"), "application/pdf",
                         "Access_request_s21_OngSK.pdf")]))

add("C", "T", "correction stated only as a fact (name misspelt); no explicit 'please fix'",
    mail(addr("Lim Wei Jie", "weijie.lim@mail.example.net"), "Name on my account",
         D("""
         Hello,

         The name on my ExampleMart profile is spelt Lim Wei Jei. It has always been Lim Wei Jie
         (J-I-E) - that's how it appears on my NRIC and on my cards, and the mismatch is causing
         my click-and-collect pickups to be rejected at the counter.

         Wei Jie
         """), style="gmail"))

add("AC", "T", "wants to see what is held + gives new address for old Jurong one = access+correction",
    mail(addr("Priya Nair", "priya.nair@inbox.example.net"), "Personal info on file",
         D("""
         Hi team,

         Could you send me a copy of whatever personal information ExampleMart keeps on me? I have a
         feeling you still have my old Jurong West flat as my home address.

         For the record, I now live at Blk 455 Sengkang West Way #08-112, Singapore 790455, so please
         put that in instead of the Jurong one.

         Thanks,
         Priya
         """), style="gmail"))

add("XD", "T", "shut account + wipe purchase history, card tokens, addresses = cancellation+deletion",
    mail(addr("Marcus Teo", "marcus.teo@example.org"), "I'm done",
         D("""
         After the mess with my last three deliveries I'm done with ExampleMart.

         Shut my account down and wipe everything you have on me - purchase history, saved card
         tokens, addresses, the lot. I don't want a "we miss you" voucher, I want it gone.

         Marcus
         """), style="gmail"))

add("WD", "T", "off every marketing channel + erase recommendation profile = withdrawal+deletion",
    mail(addr("Hannah Koh", "hannah.koh@mail.example.net"), "Marketing + recommendation profile",
         D("""
         Hello,

         Please take me off all your marketing - email, SMS and the app push notifications.

         I'd also like the browsing and purchase profile you use to "recommend" things to me erased.
         It is frankly creepy that the app knew I was pregnant before my own family did.

         Thank you,
         Hannah Koh
         """), style="apple_mac"))

add("AD", "T", "copy first, then erase = access+deletion",
    mail(addr("Arjun Menon", "arjun.menon@example.net"), "Export then erase please",
         D("""
         Hi,

         Two steps please, in this order:

         1. Send me an export of all the personal data you have about me (orders, addresses,
            loyalty history, anything).
         2. Once I've confirmed I've received it, erase it from your systems.

         I'm keeping my login for now, I just don't want the historic data sitting there.

         Arjun
         """), style="thunderbird"))

add("W", "T", "subject says account closure, body changes mind: keep account, stop promo email/WhatsApp = withdrawal",
    mail(addr("Tan Li Ping", "liping.tan@mail.example.net"), "Account closure",
         D("""
         Hi, I started writing this to ask you to close my account but actually scratch that - I don't
         want to lose the 3,400 points.

         Keep the account open. What I don't want is any more promotional emails or those WhatsApp
         blasts every other day. Just the order receipts please.

         Li Ping
         """), style="gmail"))

add("C", "T", "conditional correction: if records still show maiden name, update to married name",
    mail(addr("Koh Hui Min", "huimin.koh@example.org"), "Change of surname",
         D("""
         Dear Sir or Madam,

         I got married in March. In case your records still have me as Ms Tan Hui Min, could you
         please amend them to Mrs Koh Hui Min? The email address and phone number stay the same.

         Many thanks,
         Hui Min
         """), style="outlook"))

add("XD", "T", "mother on behalf of 14-year-old son: remove the account he created and info about him = cancellation+deletion",
    mail(addr("Serena Wong", "serena.wong@mail.example.net"), "My son's account - please remove",
         D("""
         Hello,

         My son Ethan (14) signed up for an ExampleMart account last month using my credit card and
         without my permission. The login is ethan.w.2011@example.org.

         As his mother and guardian I'd like that account deleted, and any information you collected
         about him (his name, school address, date of birth, the photos he uploaded for reviews)
         removed from your systems. I've already asked the bank to block the card on your site.

         You can call me on 9123 0077 if you need to verify who I am.

         Serena Wong
         """), style="apple_ios"))

add("A", "T", "law firm on behalf of client, s21 access; disclaimer in signature is not a request; PDF authority",
    mail(addr("Jonathan Seah", "jseah@seahpartners.example.org"),
         "Our client: Mr Rajesh s/o Kumaravel - request for access to personal data",
         D("""
         Dear Sirs,

         We act for Mr Rajesh s/o Kumaravel (NRIC ending 412H), an ExampleMart customer.

         On our client's instructions, we request under section 21 of the Personal Data Protection
         Act 2012 that you provide our client, through us, with all personal data relating to him in
         your possession or under your control, together with information about the ways in which it
         has been used or disclosed in the past year.

         Our client's signed letter of authority is enclosed. Kindly direct all correspondence on this
         matter to the undersigned.

         Yours faithfully,

         Jonathan Seah
         Associate
         Seah & Partners LLC

         -----
         CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and may be legally
         privileged. If you are not the intended recipient, you must not use, copy or disclose it;
         please notify us immediately by return e-mail and then delete this message from your system.
         """), style="outlook",
         attach=[attpart(pdf_stub("Letter of authority - Rajesh s/o Kumaravel"), "application/pdf",
                         "LOA_Rajesh_Kumaravel_signed.pdf")]))

add("WA", "T", "insurance agent quoted purchase: stop passing details to partners + tell me who got them = withdrawal+access",
    mail(addr("Farid Ismail", "farid.ismail@example.net"), "Who did you give my number to?",
         D("""
         Hi,

         Yesterday an insurance agent cold-called me and mentioned the baby stroller I bought from
         ExampleMart in January. I never gave him my number.

         I want ExampleMart to stop passing my details to any "partners" from now on, and I want to
         be told which companies you have already handed them to.

         Farid
         """), style="gmail"))

add("C", "T", "SMS-style update of mobile number = correction",
    mail(addr("", "kelvin_ng99@example.net"), "hp no",
         D("""
         hi pls update my hp no to 9123 4567. old 1 (8234 5678) no longer using. tq
         """), style="apple_ios"))

add("X", "T", "non-native English, deactivate permanently = cancellation",
    mail(addr("Mohammed Rafiq", "rafiq.m@mail.example.net"), "Request for deactivate",
         D("""
         Dear Sir/Madam,

         I am kindly request to you for deactivate my ExampleMart account permanently because I am
         not using since long time and I am going back to my country in end of this month.

         My registered email is this one only.

         Thanking you,
         Mohammed Rafiq
         """)))

add("D", "T", "typos; erase old addresses and phone number = deletion",
    mail(addr("Jess Tay", "jess.tay@inbox.example.net"), "old adress still saved??",
         D("""
         hi there

         i recieved a email from u saying my adress from 2019 is still saved in my profile?? plese
         erase all my old adresses and the phone number too. i dont want them stored anywere, i will
         type in the adress each time i order

         jess
         """)))

add("A", "T", "thank-you/chaser in existing thread that ALSO asks something new: copy of data kept after closure = access",
    mail(addr("Rachel Ho", "rachel.ho@example.org"), "Re: Your request PRV-2025-0826",
         D("""
         Thanks, I can see the account is gone now.

         One more thing though - could you tell me what personal data you still keep after the
         closure (you mentioned tax records) and send me a copy of it?

         Rachel

         On Tue, 26 Aug 2025 at 16:05, ExampleMart Privacy Team <privacy@example.com> wrote:
         > Dear Ms Ho,
         >
         > We have closed your ExampleMart account as requested (ref PRV-2025-0826).
         > Some transaction records are retained for the period required by law.
         >
         > Regards,
         > ExampleMart Privacy Team
         """), style="gmail", subj_prefix="", in_reply_to="<PRV-2025-0826.3@example.com>"))

add("W", "T", "thank-you to the staff member (To: staff, Cc: privacy@) that also opts out of birthday promos and partner offers = withdrawal",
    mail(addr("Nicholas Yeo", "nick.yeo@mail.example.net"), "Re: Address updated",
         D("""
         Great, thanks for sorting out the address so quickly!

         While I have you: please opt me out of the birthday promotions and the "partner offers"
         emails as well. I only want order-related messages.

         Nick

         > Dear Mr Yeo, we have updated your delivery address as requested. Kind regards,
         > ExampleMart Privacy Team
         """), style="apple_ios", in_reply_to="<PRV-2025-0522.2@example.com>",
         to=addr("Aisyah Rahim", "aisyah.rahim@example.com"), cc=PRIV))

add("XD", "T", "new request above quoted older withdrawal-only request; only the new text counts = cancellation+deletion",
    mail(addr("Vivian Lau", "vivian.lau@example.net"), "Re: newsletters",
         D("""
         Hello again,

         Last month I only asked you to stop the newsletters (see below). I've now decided to leave
         ExampleMart altogether, so please shut my membership down and erase my personal data as well.

         Vivian

         -----Original Message-----
         From: Vivian Lau <vivian.lau@example.net>
         Sent: Monday, 4 August 2025 9:12 AM
         To: privacy@example.com
         Subject: newsletters

         Please stop sending me your weekly newsletter. Thanks.
         """), style="outlook"))

add("D", "T", "CS agent forwards a customer's email inline to privacy@: remove NRIC number = deletion",
    mail(addr("Darren Pang", "darren.pang@example.com"), "FW: NRIC on my account",
         D("""
         Hi Privacy team,

         Customer called the hotline this morning and then emailed the below to cs@. Forwarding for
         your action - she is quite anxious about it.

         Thanks,
         Darren Pang | Customer Service | ExampleMart Pte. Ltd.

         From: Aishah Rahman <aishah.r@mail.example.net>
         Sent: Thursday, 28 August 2025 10:41
         To: cs@example.com
         Subject: NRIC on my account

         Hi, I was a victim of identity theft last year. I realised my full NRIC number is stored in
         my ExampleMart profile from the 2021 lucky draw. Please remove it from your records
         completely, I don't want it stored anywhere.

         Aishah
         """), style="outlook"))

_inner = mail(addr("Benjamin Yap", "ben.yap@example.org"), "Data question",
              D("""
              Hi,

              I'd like to know what personal data ExampleMart has about me. Also, my date of birth
              shows as 01/01/1900 in the app - it's 14/09/1986. Can you fix that?

              Ben Yap
              """), to="sales@example.com", date="Wed, 09 Apr 2025 21:14:03 +0800")
add("AC", "T", "forwarded as message/rfc822 attachment by sales staff; inner asks access + DOB fix = access+correction",
    mail(addr("Wendy Sim", "wendy.sim@example.com"), "Fwd: Data question",
         D("""
         Hi privacy@, this landed in the sales mailbox. Attaching the customer's original email.

         Wendy
         """), style="thunderbird",
         attach=[rfc822part(_inner, disp="attachment", filename="Data question.eml")]))

add("W", "T", "HTML-only: switch off personalised recommendations and targeted ads = withdrawal",
    mail(addr("Cheryl Foo", "cheryl.foo@mail.example.net"), "Personalisation settings",
         "", style="plain", html_only=True,
         html=D("""
         <html><body style="font-family:Segoe UI,sans-serif;font-size:14px">
         <p>Dear ExampleMart,</p>
         <p>I would like you to <b>switch off personalised product recommendations</b> for my account,
         and to stop using my purchase history to target ads at me on other websites.</p>
         <p>I couldn't find a setting for this in the app.</p>
         <p>Best regards,<br>Cheryl Foo</p>
         </body></html>
         """), cte="quoted-printable", xmailer="Outlook-Web"))

add("X", "T", "windows-1252 QP with curly quotes and en dash; closed for good = cancellation",
    mail(addr("Gareth O'Donnell", "gareth.od@example.org"), "Account – please end it",
         D("""
         Hi,

         I’d like my ExampleMart account – the one under this address – ended for good. I’ve moved
         to a different supermarket and don’t see myself coming back.

         And please don’t bother with the ‘we miss you’ vouchers.

         Cheers,
         Gareth
         """), charset="windows-1252", cte="quoted-printable", subj_enc="Q"))

add("ADW", "T", "formal triple request: access + erasure + objection to direct marketing = access+deletion+withdrawal",
    mail(addr("Dr. Katarina Novak", "k.novak@uni.example.org"), "Data protection requests",
         D("""
         Dear Data Protection Officer,

         I am a former Singapore resident now living in Ljubljana. I shopped with ExampleMart between
         2019 and 2023. I am making three separate requests:

         1. Please provide me with access to all personal data you hold about me, including the
            purposes of processing and any recipients.
         2. After providing that, please erase all personal data relating to me.
         3. Independently of (2), I object to any use of my data for direct marketing, with
            immediate effect.

         Please confirm receipt.

         Kind regards,
         Dr. Katarina Novak
         """), style="thunderbird"))

add("CW", "T", "new email address for profile + no marketing calls = correction+withdrawal",
    mail(addr("Kenneth Ong", "kenneth.ong.sg@example.net"), "Updating my contact email",
         D("""
         Hi,

         I've stopped using my old Hotmail-style address (kenneth.ong@old.example.net). Please switch
         my profile to this one, kenneth.ong.sg@example.net, going forward.

         While you're at it - no more marketing phone calls please. Email is fine for receipts only.

         Kenneth
         """), style="gmail"))

add("D", "T", "conditional deletion: if passport scan from 2022 verification still held, destroy it",
    mail(addr("Nadia Karim", "nadia.karim@mail.example.net"), "Passport scan from 2022",
         D("""
         Hello,

         In 2022 I had to upload a scan of my passport to verify my identity for the lucky-draw
         prize. If you're still holding that scan, I want it destroyed - there's no reason for you
         to keep it three years later.

         Nadia
         """), style="apple_mac"))

add("X", "T", "corporate Outlook with inline logo (winmail-style, no TNEF) and 'if received in error please delete' disclaimer; request = deactivate personal account",
    mail(addr("Samuel Ho", "samuel.ho@acme-logistics.example.org"), "Personal ExampleMart account",
         D("""
         Hi,

         Please deactivate my personal ExampleMart account (registered to sam.ho.personal@example.net).
         I'm writing from my work address because I can no longer log in to the personal mailbox.

         Thanks,

         Samuel Ho
         Regional Operations Manager
         ACME Logistics (S) Pte Ltd
         [cid:image001.png@01DB9A3C.5E4F2B10]

         This email and any files transmitted with it are confidential and intended solely for the
         use of the individual or entity to whom they are addressed. If you have received this email
         in error, please notify the system manager and delete it. ACME Logistics accepts no
         liability for any damage caused by any virus transmitted by this email.
         """), style="outlook",
         related=[attpart(PNG_1x1, "image/png", "image001.png", disp="inline",
                          cid="image001.png@01DB9A3C.5E4F2B10")],
         extra=[("X-MS-Exchange-Organization-SCL", "-1"),
                ("X-MS-Exchange-Organization-AuthAs", "Internal"),
                ("X-MS-Exchange-Organization-AuthSource", "SG2PR06MB5123.apcprd06.prod.outlook.example.com"),
                ("X-Originating-IP", "[198.51.100.23]")]))

add("A", "T", "base64 plain body, Yahoo-style: what info held and how used = access",
    mail(addr("Auntie Rosalind", "rosalind.tham@ymail.example.org"), "Why do your ads know what I bought",
         D("""
         Hello ExampleMart,

         Every time I open Facebook I see ads for the exact things I bought from you the week before.
         I would like to know what information you have about me and what it has been used for.

         Thank you,
         Rosalind Tham
         """), charset="utf-8", cte="base64", xmailer="YahooMailAndroidMobile"))

add("W", "T", "Singlish: keep account, off all marketing push/email = withdrawal",
    mail(addr("Alvin Chng", "alvin.chng@mail.example.net"), "so many notification",
         D("""
         Eh your app keep sending me push notification and email every single day, sale sale sale.
         Can off all the marketing thing for me? Account still want to keep ok, I still buy
         groceries, just don't want to kena spammed lah.

         Alvin
         """), style="apple_ios"))

add("XD", "T", "executor on behalf of deceased father: close account + remove personal info; probate PDF = cancellation+deletion",
    mail(addr("Lee Kah Wai", "kahwai.lee@example.org"), "Account of the late Mr Lee Boon Huat",
         D("""
         Dear ExampleMart Privacy Team,

         My father, Mr Lee Boon Huat, passed away on 19 January 2025. I am the executor of his
         estate (grant of probate attached).

         I would be grateful if his ExampleMart account (registered to boonhuat.lee@example.net)
         could be closed and his personal information removed from your systems. Please do not
         send any further mail to his address.

         Yours sincerely,
         Lee Kah Wai
         """), style="gmail",
         attach=[attpart(pdf_stub("Grant of Probate - Lee Boon Huat"), "application/pdf", "Grant_of_Probate.pdf")]))

add("C", "T", "new address, old Tampines one obsolete = correction",
    mail(addr("Siti Zubaidah", "siti.zub@example.net"), "Parcels going to old address",
         D("""
         Hi,

         Deliveries keep going to my old flat. The Tampines St 81 address is obsolete; my address
         now is 12 Jalan Kembangan #03-04, Singapore 419123. Please make sure that's the only one
         on my profile.

         Thanks
         Siti
         """), style="gmail"))

add("A", "T", "subject 'Unsubscribe' but body: not unsubscribing, wants to see the data held = access",
    mail(addr("Daniel Kwek", "daniel.kwek@mail.example.net"), "Unsubscribe",
         D("""
         Sorry, ignore the subject line - I picked the wrong template. I'm NOT unsubscribing, I like
         the deals.

         What I actually want is to see what personal data ExampleMart holds about me. Could you
         send it over?

         Daniel
         """), style="thunderbird"))

add("WX", "T", "stop promotional email now, then terminate membership at month end = withdrawal+cancellation",
    mail(addr("Joanne Pereira", "joanne.pereira@example.org"), "Two things",
         D("""
         Hi,

         Two things:
         - please stop all promotional emails to me immediately;
         - at the end of this month, once my last order has been delivered, please terminate my
           ExampleMart membership.

         Thank you,
         Joanne
         """), style="outlook"))

add("D", "T", "erasure template letter that also withdraws consent 'where applicable' and objects = deletion only (convention)",
    mail(addr("Thomas Becker", "t.becker@example.net"), "Request for erasure of personal data",
         D("""
         Dear Sir or Madam,

         I am writing to ask that you erase, without undue delay, all personal data that you hold
         concerning me. Insofar as any processing relies on my consent, I hereby revoke it; insofar
         as it relies on your legitimate interests, I object to it.

         Please confirm in writing once the erasure has been carried out, and let me know if any
         third parties to whom my data was disclosed have been informed.

         Name: Thomas Becker
         E-mail used with your service: t.becker@example.net

         Yours faithfully,
         Thomas Becker
         """), style="thunderbird"))

add("AC", "T", "Apple Mail multipart/alternative: full purchase history + details on file, and name should include 'binti' = access+correction",
    mail(addr("Nurul Aisyah", "nurul.aisyah@mail.example.net"), "My details",
         D("""
         Hi,

         Could you send me my full purchase history and the personal details you have on file for me?

         Also, my name should read "Nurul Aisyah binti Rahman" - the app shows "Nurul Aisyah Rahman",
         which doesn't match my IC.

         Thank you!
         Aisyah
         """), style="apple_mac"))

add("W", "T", "PDPA s16 formal withdrawal of consent for marketing incl. DNC-registered number",
    mail(addr("Raymond Chew", "raymond.chew@example.org"), "Withdrawal of consent - PDPA s16",
         D("""
         To: Data Protection Officer, ExampleMart Pte. Ltd.

         Pursuant to section 16 of the Personal Data Protection Act 2012, I give notice that I
         withdraw my consent to the collection, use and disclosure of my personal data for marketing
         purposes, by any channel (voice calls, text messages, e-mail and messaging apps).

         My mobile number 9666 1023 is also registered on the Do Not Call Registry.

         Please confirm when this has taken effect.

         Raymond Chew
         """)))

add("X", "T", "very short, 'kill my acct' = cancellation",
    mail(addr("", "zzk.ryan@example.net"), "bye",
         D("""
         pls kill my acct. done w u guys
         """), style="apple_ios"))

add("DW", "T", "remove from marketing list + delete wishlist/browsing data = deletion+withdrawal",
    mail(addr("Iris Leong", "iris.leong@mail.example.net"), "Marketing + wishlist",
         D("""
         Hello,

         Please take my email off your marketing list. I'd also like the wishlist and the browsing
         data tied to my account deleted - I shared the tablet with my kids and it's all their stuff.

         Kind regards,
         Iris
         """), style="yahoo"))

add("A", "T", "Thunderbird QP: list of third parties data was shared with in past year = access",
    mail(addr("Vikram Shetty", "vikram.shetty@example.org"), "Third parties",
         D("""
         Hello,

         Could you tell me which third parties ExampleMart has shared my personal details with in
         the past 12 months — delivery partners, payment processors, advertisers, anyone — and for
         what purpose?

         Best,
         Vikram
         """), style="thunderbird", cte="quoted-printable"))


# ==========================================================================
# ENGLISH - human
# ==========================================================================
add("", "H", "question that only mentions deletion (what happens to voucher); no decision made",
    mail(addr("Melissa Chan", "melissa.chan@mail.example.net"), "Question before I decide",
         D("""
         Hi,

         I'm thinking about getting rid of my ExampleMart account but haven't decided yet. If I do,
         what happens to the $15 voucher and the points I still have? Can they be transferred to my
         husband's account first?

         Melissa
         """), style="gmail"))

add("", "H", "pure information question about access-request fees/timelines for a course; explicitly not a request",
    mail(addr("Joel Sng", "joel.sng@student.example.org"), "Question about access requests (for a class assignment)",
         D("""
         Hello,

         I'm doing a records-management module at poly and our assignment is to compare how retailers
         handle PDPA access requests. I'm not making one myself - I just want to know whether you
         charge a fee, and roughly how long you usually take to respond.

         Thank you very much,
         Joel Sng
         """), style="gmail"))

add("", "H", "chaser in existing thread with nothing new; old access request only in the quote",
    mail(addr("Fiona Lam", "fiona.lam@example.net"), "Re: Request for my records - ref PRV-2025-0811",
         D("""
         Hello? It has now been three weeks since your acknowledgement below. Any update?

         Fiona

         On 11/08/2025 11:02, ExampleMart Privacy Team wrote:
         > Dear Ms Lam,
         > Thank you for your request for a copy of your personal data. We will respond
         > within 30 days.
         > Reference: PRV-2025-0811
         >
         >> Please send me a copy of the personal data you hold about me.
         >> Fiona Lam
         """), style="thunderbird", in_reply_to="<PRV-2025-0811.1@example.com>"))

add("", "H", "thank-you reply addressed to a staff member, nothing new; the old deletion request appears only in the quoted thread",
    mail(addr("Suresh Pillai", "suresh.pillai@mail.example.net"), "Re: Your deletion request",
         D("""
         Got it, thank you Aisyah. Appreciate the quick help!

         Suresh

         On Tue, 2 Sep 2025 at 10:15 AM, ExampleMart Privacy Team <privacy@example.com> wrote:
         > Dear Mr Pillai,
         > We confirm that your saved addresses and order history have been erased.
         > Best regards, Aisyah (ExampleMart Privacy Team)
         >
         > On Mon, 1 Sep 2025, Suresh Pillai wrote:
         > > Please erase my saved addresses and my order history.
         """), style="gmail", in_reply_to="<PRV-2025-0561.2@example.com>",
         to=addr("Aisyah Rahim", "aisyah.rahim@example.com")))

add("", "H", "complaint about misdelivered parcel exposing name/address; photo attached; no request type",
    mail(addr("Grace Lim", "grace.lim@inbox.example.net"), "Privacy breach by your delivery",
         D("""
         Your delivery man left my parcel at Blk 214 instead of Blk 241. My neighbour brought it over
         yesterday - so now a complete stranger has my full name, phone number and address from the
         label. See the photo attached.

         This is not the first time. I'm very unhappy with how careless ExampleMart is with customers'
         personal information and I expect someone to call me about it.

         Grace Lim
         """), style="apple_ios",
         attach=[attpart(JPEG_STUB, "image/jpeg", "IMG_4821.jpeg")]))

add("", "H", "data portability alone: transmit purchase history directly to another retailer",
    mail(addr("Aaron Goh", "aaron.goh@example.org"), "Transfer my purchase history",
         D("""
         Hi,

         I'm switching to ShopEasy (another supermarket chain). Can ExampleMart transmit my purchase
         history and loyalty tier directly to them in a machine-readable format, so that they can
         match my status? Their onboarding team says retailers sometimes do this.

         Aaron
         """), style="gmail"))

add("", "H", "asks for someone else's data (ex-wife's address/phone) without authority",
    mail(addr("Stanley Quek", "stanley.quek@mail.example.net"), "Address on my ex-wife's account",
         D("""
         Hello,

         My ex-wife and I used to share an ExampleMart account; she opened her own one after the
         divorce. Can you tell me what delivery address and phone number she currently has on her
         account? It's for a legal matter regarding the children.

         Stanley Quek
         """)))

add("", "H", "order/refund question sent to privacy@",
    mail(addr("Ivy Tan", "ivy.tan88@example.net"), "Charged twice for order EM-55120-SG",
         D("""
         Hi, I was charged twice ($86.40 x2) for order EM-55120-SG on 3 June. Please refund the
         duplicate charge to my Visa ending 0421. Sorry if this is the wrong email, it was the only
         one I could find on the website.

         Ivy
         """), style="apple_ios"))

add("", "H", "internal staff question to the DPO (To: staff, Cc: privacy@) about process (erasure vs open return); not a customer request",
    mail(addr("Jolene Tan", "jolene.tan@example.com"), "Quick q - erasure with open return?",
         D("""
         Hi team,

         Quick question: when a customer asks us to erase their data but still has an open return
         (item not yet received back at the warehouse), do we hold off until the return is closed,
         or go ahead and keep just the return record? I have one like that on my desk (ticket
         CS-88231) and don't want to do the wrong thing.

         Thanks!
         Jolene
         Customer Care Lead, Tampines Hub
         """), style="outlook", to=addr("Marcus Lee", "marcus.lee@example.com"), cc=PRIV))

add("", "H", "wants explanation of an automated decision (pay-later declined)",
    mail(addr("Hafiz Osman", "hafiz.osman@mail.example.net"), "Why was my PayLater declined?",
         D("""
         Good evening,

         At checkout my ExampleMart PayLater application was declined within two seconds. Nobody
         looked at it, obviously. I would like an explanation of how that decision was made and
         what factors were considered. I have a stable job and no debts.

         Hafiz
         """), style="gmail"))

add("", "H", "reply to an old thread with an unrelated new question; the old correction request is only in the quote",
    mail(addr("Chong Yi Xuan", "yixuan.chong@example.net"), "Re: Change of phone number",
         D("""
         Hi, sorry, I'm replying to this old email because it's the only ExampleMart address I have.

         Are your outlets open on Good Friday? And does the Bishan branch still do click-and-collect?

         Yi Xuan

         > From: Chong Yi Xuan
         > Sent: 2 January 2025
         > Subject: Change of phone number
         >
         > Please update my mobile number to 8111 2299.
         """), style="outlook"))

add("", "H", "objection to facial recognition at self-checkout (not direct marketing) = complaint/objection -> human",
    mail(addr("Eleanor Fong", "eleanor.fong@example.org"), "Cameras at self-checkout",
         D("""
         Dear Sir/Madam,

         At your Jurong Point store I noticed a sign saying the self-checkout kiosks use "face
         analytics to prevent theft". I strongly object to being scanned like this every time I buy
         groceries, and I think it goes well beyond what is reasonable. I would like to know who
         approved this.

         Eleanor Fong
         """), style="thunderbird"))

add("", "H", "person (market-research vendor) pitching a partnership; 'if received in error please delete' disclaimer is not a request",
    mail(addr("Patrick Lowe", "patrick.lowe@insightpanel.example.org"), "Partnership - consumer insight panel",
         D("""
         Dear Privacy Team,

         I lead partnerships at InsightPanel Asia. We run consented consumer panels and would love to
         explore a data collaboration with ExampleMart around basket analytics. Would you be the
         right team to speak to, or could you point me to the right contact?

         Best regards,
         Patrick Lowe
         Head of Partnerships, InsightPanel Asia

         The information in this email is confidential and may be privileged. If you have received
         this email in error, please notify the sender immediately and delete it from your system.
         """), style="outlook"))

add("", "H", "angry capitals complaint threatening PDPC, no specific request",
    mail(addr("", "kc.wong.sg@example.net"), "YOUR STAFF IS A JOKE",
         D("""
         I CALLED YOUR HOTLINE 4 TIMES. EVERY TIME SOMEONE DIFFERENT, EVERY TIME "WE WILL GET BACK
         TO YOU". NOBODY EVER DOES. THIS IS HOW YOU TREAT CUSTOMERS WHO HAVE SHOPPED WITH YOU FOR
         10 YEARS??

         I AM WRITING TO THE PDPC AND THE STRAITS TIMES.
         """)))


# ==========================================================================
# ENGLISH - ignore (machine mail)
# ==========================================================================
add("", "I", "Outlook out-of-office with Auto-Submitted + X-Auto-Response-Suppress",
    mail(addr("Gordon Sim", "gordon.sim@corp.example.org"), "Automatic reply: Your data access request PRV-2025-0908",
         D("""
         Thank you for your email. I am on annual leave from 8 to 19 September with limited access to
         email. For urgent matters, please contact my colleague Ms Tan at tan.ml@corp.example.org.

         Gordon Sim
         """), style="outlook", in_reply_to="<PRV-2025-0908.1@example.com>", date="Mon, 08 Sep 2025 09:02:40 +0800",
         extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                ("X-MS-Exchange-Inbox-Rules-Loop", "gordon.sim@corp.example.org")]))

add("", "I", "out-of-office with NO auto headers at all; only body cues",
    mail(addr("Angela Koh", "angela.koh@example.net"), "Out of Office: Re: Your correction request",
         D("""
         Hi, I'm currently out of the office and will return on Monday.
         I will reply to your message as soon as possible after I'm back.

         Angela
         """)))

add("", "I", "auto-reply (Auto-Submitted, X-Autoreply) quoting the customer's own deletion request",
    mail(addr("Lionel Tan", "lionel.tan@mail.example.net"), "Auto: Re: Please delete my data",
         D("""
         I'm travelling until the end of the month with patchy connectivity. Your message has been received and
         I'll respond when I'm back.

         ---- Original message ----
         From: ExampleMart Privacy Team <privacy@example.com>
         Subject: Re: Please delete my data

         > Please delete all my personal data and my order history.
         """), extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "bulk")]))

_out2 = mail("ExampleMart Privacy Team <privacy@example.com>", "Re: Your correction request PRV-2025-0903",
             D("""
             Dear Ms Wee,

             Your mobile number has been updated as requested.

             Regards,
             ExampleMart Privacy Team
             """), to="cynthia.wee@old.example.net", date="Wed, 03 Sep 2025 14:40:09 +0800",
             msgid="<PRV-2025-0903.2@example.com>")
add("", "I", "Postfix DSN bounce, multipart/report with message/rfc822 of our outgoing reply, Return-Path <>",
    dsn(_out2, "cynthia.wee@old.example.net", remote="mx.old.example.net"))

_out3 = mail("ExampleMart Privacy Team <privacy@example.com>", "Your request PRV-2025-0916",
             D("""
             Dear Mr Rahman,

             To process your deletion request we need to verify your identity. Please reply with the
             last four digits of your registered phone number.

             ExampleMart Privacy Team
             """), to="h.rahman@corp.example.org", date="Tue, 16 Sep 2025 10:11:45 +0800",
             msgid="<PRV-2025-0916.1@example.com>")
add("", "I", "Exchange-style NDR 'Undeliverable', multipart/report with text/rfc822-headers",
    dsn(_out3, "h.rahman@corp.example.org", mta="SG2PR06MB5123.apcprd06.prod.outlook.example.com",
        remote="corp.example.org", status="5.2.2",
        diag="554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException", postfix=False,
        frm="Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@corp.example.org>",
        subject="Undeliverable: Your request PRV-2025-0916", headers_only=True,
        human=D("""
        Delivery has failed to these recipients or groups:

        h.rahman@corp.example.org
        The recipient's mailbox is full and can't accept messages now. Please try resending this
        message later, or contact the recipient directly.

        Diagnostic information for administrators:
        Generating server: SG2PR06MB5123.apcprd06.prod.outlook.example.com
        h.rahman@corp.example.org
        Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException'
        """)))

_out4 = mail("ExampleMart Privacy Team <privacy@example.com>", "Re: Close my account",
             D("""
             Dear Ms Loh,

             Your account closure is scheduled. You will receive a final confirmation shortly.

             ExampleMart Privacy Team
             """), to="debbie.loh@slowmail.example.net", date="Wed, 24 Sep 2025 08:30:00 +0800",
             msgid="<PRV-2025-0924.4@example.com>")
add("", "I", "delayed-delivery warning (Action: delayed), multipart/report, headers only",
    dsn(_out4, "debbie.loh@slowmail.example.net", remote="mx.slowmail.example.net", status="4.4.1",
        action="delayed", headers_only=True,
        diag="421 4.4.1 Connection timed out",
        subject="Delayed Mail (still being retried)",
        human=D("""
        This is the mail system at host mx1.example.com.

        ####################################################################
        # THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
        ####################################################################

        Your message could not be delivered for more than 4 hour(s).
        It will be retried until it is 5 day(s) old.

                           The mail system

        <debbie.loh@slowmail.example.net>: connect to mx.slowmail.example.net[192.0.2.77]:25:
            Connection timed out
        """)))

# read receipt (MDN)
_mdn_n = SEQ[0] + 1
add("", "I", "read receipt: multipart/report; report-type=disposition-notification",
    raw_message(
        [("From", addr("Patricia Yong", "patricia.yong@example.org")), ("To", PRIV),
         ("Subject", "Read: Your request PRV-2025-0831"), ("Date", "Sun, 31 Aug 2025 18:04:53 +0800"),
         ("Message-ID", "<%s@example.org>" % H("mdn", _mdn_n)[:24]),
         ("In-Reply-To", "<PRV-2025-0831.1@example.com>"), ("X-Mailer", "Microsoft Outlook 16.0")],
        multi("report", [
            textpart(D("""
            Your message

              To: patricia.yong@example.org
              Subject: Your request PRV-2025-0831
              Sent: Sunday, 31 August 2025 11:20:17 AM (UTC+08:00) Kuala Lumpur, Singapore

            was read on Sunday, 31 August 2025 6:04:52 PM (UTC+08:00) Kuala Lumpur, Singapore.
            """), charset="us-ascii"),
            rawpart("message/disposition-notification", D("""
            Reporting-UA: example.org; Microsoft Outlook 16.0
            Final-Recipient: rfc822;patricia.yong@example.org
            Original-Message-ID: <PRV-2025-0831.1@example.com>
            Disposition: manual-action/MDN-sent-manually; displayed
            """))], "----=_NextPart_000_00A1_01DC0459.7E0C1B20", params="; report-type=disposition-notification")))

add("", "I", "another company's helpdesk auto-acknowledgement with Auto-Submitted/X-Autoreply",
    mail("ShopEasy Support <support@shopeasy.example.net>", "[ShopEasy #48213] We've received your request",
         D("""
         Hi there,

         Thanks for reaching out! This is an automated message to let you know that we've received
         your request (#48213) and a member of our support team will get back to you within
         2 business days.

         You can add comments to this request by replying to this email.

         ShopEasy Customer Support
         This email is a service from ShopEasy Support.
         """), style="plain",
         extra=[("Auto-Submitted", "auto-generated"), ("X-Autoreply", "yes"),
                ("Reply-To", "ShopEasy Support <support+id48213@shopeasy.example.net>")]))

add("", "I", "helpdesk receipt with no auto headers; only body cues ('do not reply')",
    mail("no-reply@tickets.homecare.example.org", "Ticket 772031 created",
         D("""
         Thank you for contacting HomeCare Appliances.

         Your ticket number is 772031. An agent will respond within 2 business days.

         Please do not reply to this email - replies to this address are not monitored.
         """)))

add("", "I", "mailing-list digest (List-Id, Precedence: list) discussing deletion requests in general",
    mail("Priya Raman via privacy-sg <privacy-sg@lists.example.org>", "[privacy-sg] Handling erasure requests when an order is still open",
         D("""
         Hi all,

         How are your organisations handling requests to delete data when the customer still has an
         open warranty claim? We currently keep the order record and delete everything else, but
         legal is asking whether we should refuse the whole request until the claim closes.

         Priya

         --
         You received this message because you are subscribed to the privacy-sg list.
         To unsubscribe, send an email to privacy-sg+unsubscribe@lists.example.org.
         """), style="gmail",
         pre=[("Return-Path", "<privacy-sg+bncBDXYZ@lists.example.org>")],
         extra=[("List-Id", "<privacy-sg.lists.example.org>"), ("Precedence", "list"),
                ("List-Unsubscribe", "<mailto:privacy-sg+unsubscribe@lists.example.org>"),
                ("List-Post", "<mailto:privacy-sg@lists.example.org>"),
                ("Reply-To", "privacy-sg@lists.example.org")]))

add("", "I", "vendor newsletter with List-Unsubscribe and an unsubscribe footer (footer is not a request)",
    mail("GreenPack Supplies <news@greenpack.example.net>", "This week: 20% off compostable bags",
         "", html_only=True,
         html=D("""
         <!DOCTYPE html><html><body style="margin:0;background:#f4f4f4">
         <table width="600" align="center" style="background:#fff;font-family:Arial">
         <tr><td><h1>Compostable bags - 20% off this week</h1>
         <p>Stock up for the festive season. Free delivery for orders above $300.</p>
         <p><a href="https://greenpack.example.net/sale">Shop now</a></p></td></tr>
         <tr><td style="font-size:11px;color:#888">You are receiving this because you signed up at greenpack.example.net.
         <a href="https://greenpack.example.net/unsub?u=8812">Unsubscribe</a> | Delete my data | Privacy policy</td></tr>
         </table></body></html>
         """), cte="quoted-printable",
         extra=[("List-Unsubscribe", "<https://greenpack.example.net/unsub?u=8812>, <mailto:unsub@greenpack.example.net>"),
                ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
                ("X-Campaign-ID", "gp-2025-w31")]))

add("", "I", "marketing for a training course, Precedence: bulk, 'reply REMOVE' footer",
    mail("DataSafe Academy <events@datasafe.example.org>", "Last seats: PDPA DPO certification (20% off)",
         D("""
         Dear Data Protection Professional,

         Our next 2-day "Certified DPO (Singapore)" course runs on 18-19 November. Early-bird rate of
         S$880 ends this Friday. SkillsFuture claimable.

         Register: https://datasafe.example.org/dpo-sep

         If you no longer wish to receive these emails, reply with REMOVE in the subject line.
         """), extra=[("Precedence", "bulk")]))

add("", "I", "spam with X-Spam-Flag: YES imitating an account-deletion request (phishing)",
    mail(addr("ExampleMart Account Security", "security-alert@exarnple-mart.example.net"),
         "URGENT: confirm deletion of your account within 24h",
         D("""
         Dear Customer,

         We received a request to delete your account and erase all data. If you did NOT make this
         request, verify your identity immediately, otherwise your account will be permanently
         removed within 24 hours.

         VERIFY NOW: http://exarnple-mart.example.net/verify

         Security Team
         """), html_only=True,
         pre=[("X-Spam-Flag", "YES"), ("X-Spam-Status", "Yes, score=14.2 required=5.0 tests=BAYES_99,PHISH_BRAND,URIBL_BLACK"),
              ("X-Spam-Level", "**************")]))

add("", "I", "spam without any spam flag (investment scam), sent to a staff/role address",
    mail(addr("Mr. Wilson Adebayo", "w.adebayo@fastmail.example.org"), "Business proposal - strictly confidential",
         D("""
         Dear Friend,

         I am Wilson Adebayo, a senior auditor. I have a proposal to transfer USD 8,500,000 (Eight
         Million Five Hundred Thousand Dollars) to a trusted partner abroad. You will receive 40% for
         your assistance. Kindly reply with your full name, phone number and bank details so we can
         proceed without delay.

         God bless,
         Wilson Adebayo
         """), to="finance@example.com"))

add("", "I", "unflagged spam dressed up as a PDPA compliance notice",
    mail("PDPA Compliance Centre <notice@pdpa-cert.example.net>", "Your PDPA compliance certificate has EXPIRED",
         D("""
         Attention Data Protection Officer,

         Our records show that your organisation's PDPA Compliance Certificate expired on 30 June.
         Organisations without a valid certificate may face penalties of up to S$1,000,000.

         Renew within 48 hours at the discounted fee of S$299:
         http://pdpa-cert.example.net/renew?org=examplemart

         Compliance Centre (not affiliated with any government agency)
         """)))

add("", "I", "'mailbox not monitored' auto-response with Auto-Submitted: auto-generated",
    mail("Mayfair Condo Management <noreply@mayfair-mcst.example.org>", "Re: Your request PRV-2025-0820",
         D("""
         This mailbox is not monitored.

         For estate management matters please use the resident portal or call the management office
         at 6123 4400 during office hours.
         """), extra=[("Auto-Submitted", "auto-generated"), ("Precedence", "auto_reply")]))


# ==========================================================================
# CHINESE - Simplified (zh-Hans)
# ==========================================================================
section("zh")

add("X", "T", "zh-Hans, GB2312 base64 body + GB2312 B subject; stop using and close the membership (销户) = cancellation",
    mail(addr("张志强", "zhiqiang.zhang@mail.example.net", "gb2312"), "申请销户",
         D("""
         您好：

         我已经很久没有在ExampleMart购物了，以后也不打算再用。麻烦帮我把会员账户彻底停用并销户，谢谢。

         张志强
         """), charset="gb2312", cte="base64", subj_cs="gb2312"))

add("W", "T", "zh-Hans, keeps account (negation), stop promo SMS and sales calls = withdrawal",
    mail(addr("陈女士", "chen.yl@example.net"), "别再发促销短信了",
         D("""
         你们好，

         最近每天都会收到三四条促销短信，有时候半夜还在发，实在太烦了。

         账号我还要继续用，不用注销。只是请不要再给我发任何广告短信，也别再打推销电话。

         手机号：9188 2301
         陈女士
         """)))

add("A", "T", "zh-Hans, GBK QP (name 喆 is outside GB2312): what data, how used, given to other companies = access",
    mail(addr("王喆", "wang.zhe@inbox.example.net", "gbk"), "查询个人信息",
         D("""
         您好，

         我想了解一下贵公司目前保存了我的哪些个人资料（比如地址、电话、购物记录等），这些资料都被用在了什么地方，是否提供给过其他公司？请把相关情况整理后发给我。

         谢谢！
         王喆
         """), charset="gbk", cs_label="GBK", cte="quoted-printable", subj_cs="gbk"))

add("C", "T", "zh-Hans, correction stated as a fact (name written with wrong character); PNG screenshot attached",
    mail(addr("刘晓明", "xiaoming.liu@mail.example.net"), "名字写错了",
         D("""
         你好，

         系统里我的名字一直是“刘晓名”，其实应该是“刘晓明”，日月明。每次去门店自提都要跟店员解释半天，身份证上的名字对不上。附上App个人资料页的截图。

         刘晓明
         """), style="gmail",
         attach=[attpart(PNG_1x1, "image/png", "Screenshot_20250911_201533.png")]))

add("XD", "T", "zh/en code-mixed (Singapore): cancel account + delete all personal data incl. order history/address = cancellation+deletion",
    mail(addr("Jasmine Lee", "jasmine.lee.sg@example.net"), "cancel account",
         D("""
         Hi，

         我想 cancel 我的 ExampleMart account，以后不会再用了。然后所有的 personal data 都帮我 delete 掉，包括 order history 跟 saved address。

         Thanks!
         Jasmine
         """), style="apple_ios"))

add("WD", "T", "zh-Hans, stop personalised push/profiling + delete collected browsing/search history = withdrawal+deletion",
    mail(addr("周雨桐", "yutong.zhou@example.org"), "不想再被推荐了",
         D("""
         你好，

         不想再看到根据我浏览记录推荐的商品了。请停止对我做个性化推送和用户画像，并且把你们已经收集的浏览记录和搜索记录删掉。

         谢谢
         周雨桐
         """), style="apple_ios"))

add("AC", "T", "zh-Hans, customer-service staff forwards customer mail inline (发件人/发送时间/收件人/主题); customer asks phone update + copy of data = access+correction",
    mail(addr("林静", "lin.jing@example.com"), "转发: 更新电话和查询资料",
         D("""
         隐私组的同事好，

         这封是客户发到客服邮箱的，麻烦跟进一下。

         林静 | 客户服务部

         -------- 转发的邮件 --------
         发件人: 赵磊 <zhao.lei@mail.example.net>
         发送时间: 2025年8月30日 14:22
         收件人: cs@example.com
         主题: 更新电话和查询资料

         你好，我的手机号换了，新号码是 8765 4321，请帮我在会员资料里更新一下。另外，我想要一份你们保存的关于我的全部个人资料。

         赵磊
         """), style="outlook", lang_hdr="zh-CN"))

add("DW", "T", "zh-Hans, thank-you reply that ALSO asks: delete old Shanghai address + no more sales calls = deletion+withdrawal",
    mail(addr("孙婷", "sun.ting@mail.example.net"), "回复: 您的请求已处理",
         D("""
         谢谢你们上周的处理，新地址已经改好了。

         另外我想起来，账户里还存着一个以前在上海用的旧地址，也请一并删掉。还有，请不要再打电话向我推销信用卡分期了。

         孙婷

         > 发件人: ExampleMart 隐私团队 <privacy@example.com>
         > 发送时间: 2025年9月2日 10:05
         > 主题: 您的请求已处理
         >
         > 您好，您的收货地址已按要求更新。
         """), style="gmail", in_reply_to="<PRV-2025-0902.3@example.com>"))

add("W", "T", "zh-Hans, HTML-only: takes back the authorisation to use data for ad pushes, no marketing email = withdrawal",
    mail(addr("马骏", "ma.jun@example.net"), "关于营销邮件",
         "", html_only=True, cte="base64",
         html=D("""
         <html><head><meta charset="utf-8"></head><body>
         <div style="font-family:微软雅黑">
         <p>您好：</p>
         <p>我当初注册时勾选了“接收优惠资讯”，现在收回这项授权。请不要再用我的个人资料做广告推送，也不要再给我发任何营销邮件。</p>
         <p>马骏</p>
         </div></body></html>
         """)))

add("X", "T", "zh-Hans, subject asks to delete data but body changes its mind: keep history, just shut the account = cancellation",
    mail(addr("郑凯", "zheng.kai@mail.example.net"), "删除我的数据",
         D("""
         你好，

         本来想请你们把我的数据全部删掉，后来想了想，购物记录留着也无所谓，不用删了。

         不过这个账户我以后确实不会再用，请直接帮我把账户关掉。

         郑凯
         """), style="gmail"))

add("", "H", "zh-Hans, question only mentioning closing the account (points/coupons transfer); undecided",
    mail(addr("何建华", "he.jianhua@example.org"), "想问一下积分的问题",
         D("""
         你好，请问一下，如果我把账户注销了，里面的积分和没用完的优惠券能不能先转给我太太？我还没决定要不要注销，先了解一下。

         何建华
         """), style="apple_ios"))

add("", "H", "zh-Hans, refund not received for returned order",
    mail(addr("吴丽", "wu.li@inbox.example.net"), "退款还没到账",
         D("""
         你好，

         订单号 EM20250812-3391 的退货两周前就寄回去了，快递显示已签收，但是退款到现在还没到账。麻烦帮我查一下。

         吴丽
         """), charset="gb2312", cte="base64", subj_cs="gb2312"))

add("", "H", "zh-Hans, thank-you with nothing new; old access request only in quote (发件人 header)",
    mail(addr("黄磊", "huang.lei@mail.example.net"), "Re: 个人资料副本",
         D("""
         收到了，谢谢！资料很清楚。

         黄磊

         发件人: ExampleMart 隐私团队 <privacy@example.com>
         发送时间: 2025年9月5日 星期五 16:20
         收件人: 黄磊 <huang.lei@mail.example.net>
         主题: 个人资料副本

         黄先生您好，附件是您要求的个人资料副本，请查收。
         """), style="outlook", lang_hdr="zh-CN", in_reply_to="<PRV-2025-0905.2@example.com>"))

add("", "I", "zh-Hans auto-reply with Auto-Submitted",
    mail(addr("李娜", "li.na@corp.example.org"), "自动回复: 关于您的更正申请",
         D("""
         您好，我目前正在休假，期间无法及时查看邮件。如有急事，请联系我的同事王先生（wang.p@corp.example.org）。

         李娜
         """), extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")], charset="gb2312", subj_cs="gb2312", cte="base64"))

add("", "I", "zh-Hans spam, X-Spam-Flag: YES, GB2312 (invoice spam)",
    mail(addr("李经理", "invoice888@cheap-tax.example.net", "gb2312"), "代开各类发票 优惠点数",
         D("""
         尊敬的负责人：

         本公司长期代开增值税发票、普通发票，点数优惠，可先验票后付款。

         联系电话：138-0000-0000 李经理
         如不需要请忽略此邮件。
         """), charset="gb2312", cte="base64", subj_cs="gb2312",
         pre=[("X-Spam-Flag", "YES"), ("X-Spam-Score", "11.8"), ("X-Spam-Status", "Yes, score=11.8 required=5.0")]))

add("", "I", "zh-Hans helpdesk auto-receipt without auto headers; body cues only",
    mail("优选家电客服中心 <service@youxuan.example.org>", "您的工单已提交（编号 CS20250912008）",
         D("""
         尊敬的客户您好：

         您的工单已提交成功，编号 CS20250912008。我们将在24小时内处理并回复您。

         此邮件为系统自动发送，请勿直接回复。
         """)))


# ==========================================================================
# CHINESE - Traditional (zh-Hant)
# ==========================================================================
add("A", "T", "zh-Hant, Big5 base64 body + Big5 B subject: formal access request with copy = access",
    mail(addr("黃志偉", "chiwai.wong@example.net", "big5"), "申請查閱個人資料",
         D("""
         您好：

         本人依照個人資料保護法，向貴公司申請查閱貴公司所持有之本人個人資料，並請提供一份副本。

         會員電子郵件：即本信箱
         聯絡電話：9022 1837

         黃志偉 敬上
         """), charset="big5", cte="base64", subj_cs="big5"))

add("W", "T", "zh-Hant, stop marketing newsletters + stop giving contact data to partner vendors = withdrawal",
    mail(addr("林佳穎", "chiaying.lin@mail.example.net"), "請停止行銷信件",
         D("""
         您好，

         請停止寄送行銷電子報給我，也請不要再把我的聯絡資料提供給合作廠商做推廣。最近一直接到不認識的公司打來推銷，很困擾。

         林佳穎
         """), style="outlook", lang_hdr="zh-TW"))

add("XD", "T", "zh-Hant, Outlook reply with 寄件者/寄件日期/收件者/主旨 quote header; new request above quoted old address-change request = cancellation+deletion",
    mail(addr("張家豪", "chiahao.chang@example.org"), "RE: 地址變更",
         D("""
         您好，

         上次只請你們更改地址（見下方）。現在我決定不再使用 ExampleMart 了：請把我的帳號停用，並刪除我所有的個人資料。

         張家豪

         寄件者: 張家豪 <chiahao.chang@example.org>
         寄件日期: 2025年7月14日 上午 09:31
         收件者: privacy@example.com
         主旨: 地址變更

         請把我的地址改成：新加坡 宏茂橋 3道 第 512座 #04-118。謝謝。
         """), style="outlook", lang_hdr="zh-TW"))

add("C", "T", "zh-Hant, Big5 QP: moved house, new address, old one not to be used = correction",
    mail(addr("陳怡君", "yijun.chen@inbox.example.net", "big5"), "更新地址",
         D("""
         您好：

         我已經搬家了，新地址是：新加坡 淡濱尼 21街 第845座 #10-233，郵區 520845。

         舊的地址請不要再使用，之前有兩次包裹送錯。

         謝謝
         陳怡君
         """), charset="big5", cs_label="Big5", cte="quoted-printable", subj_cs="big5"))

add("D", "T", "zh-Hant Cantonese/English code-mixed: delete address + phone, account stays = deletion",
    mail(addr("Kenny Chan", "kenny.chan.hk@example.net"), "delete 我嘅資料",
         D("""
         Hi，

         唔該幫我 delete 晒我喺你哋度嘅地址同電話號碼，我唔想再 keep 喺你哋 system 度。

         Account 唔使 close，我之後落單會自己再入地址。

         Kenny
         """), style="gmail"))

add("AD", "T", "zh-Hant, first send me a copy, after I confirm delete it all = access+deletion",
    mail(addr("吳冠宇", "kuanyu.wu@mail.example.net"), "資料副本及刪除",
         D("""
         您好，

         請先把你們保存的我的個人資料整理一份寄給我。我確認收到之後，再麻煩把這些資料全部刪除。

         吳冠宇
         """), style="apple_mac"))

add("W", "T", "zh-Hant negation: keep the account, do not close it; only stop LINE/SMS promo notices = withdrawal",
    mail(addr("蔡宜蓁", "yichen.tsai@example.org"), "只要停止優惠通知",
         D("""
         你好，

         帳號請保留，千萬不要關閉，我還有訂單在處理。我只是不想再收到 LINE 和簡訊的優惠通知了。

         謝謝
         蔡宜蓁
         """), style="apple_ios"))

add("X", "T", "zh-Hant, son writes on behalf of elderly mother with signed authorisation (PDF, RFC 2231 non-ASCII filename) = cancellation",
    mail(addr("陳志明", "chiming.chen@example.net"), "代母親申請停用帳號",
         D("""
         您好：

         我代我母親陳美玉女士來信。她年紀大了，不太會用電腦和手機。

         她的會員帳號（登記電話 6234 1188）以後不會再使用，請幫忙停用。附上她簽名的授權書及身分證明影本。

         陳志明 敬上
         """), style="gmail",
         attach=[attpart(pdf_stub("authorisation letter"), "application/pdf", "授權書_陳美玉.pdf")]))

add("CA", "T", "zh-Hant, wrong birthday -> correct it; also what other data you keep = correction+access",
    mail(addr("許家銘", "chiaming.hsu@mail.example.net"), "生日資料有誤",
         D("""
         您好，

         我的生日登記錯了：系統顯示 1988 年 3 月 7 日，正確應該是 1988 年 7 月 3 日，麻煩更正。

         另外也想知道，你們目前還保存了哪些關於我的資料？

         許家銘
         """), style="thunderbird", lang_hdr="zh-TW"))

add("", "H", "zh-Hant chaser with nothing new; old request only in the quote",
    mail(addr("劉淑芬", "shufen.liu@example.net"), "Re: 申請刪除資料",
         D("""
         已經兩個星期了，還沒有收到任何回覆。請問我的申請處理到哪裡了？

         劉淑芬

         寄件者: 劉淑芬
         寄件日期: 2025年8月28日
         主旨: 申請刪除資料

         請刪除我的購物紀錄和所有收件地址。
         """), style="outlook", lang_hdr="zh-TW"))

add("", "H", "zh-Hant, wants spouse's address/phone (someone else's data, no authority)",
    mail(addr("楊雅婷", "yating.yang@mail.example.net"), "查詢資料",
         D("""
         您好，我想查我先生在你們那邊登記的收件地址和電話。他最近搬出去了，不肯告訴我住哪裡，但孩子的東西還是寄到他那邊。

         楊雅婷
         """)))

add("", "H", "zh-Hant, general question about overseas servers (policy question, not a request about own data)",
    mail(addr("羅文傑", "wenchieh.lo@example.org"), "會員資料存放位置",
         D("""
         您好，想請教一下：你們會把會員資料傳到新加坡以外的伺服器嗎？如果會，大概是哪些國家？公司內部在評估供應商，所以想了解一般做法。

         羅文傑
         """), style="gmail"))

add("", "I", "zh-Hant Outlook auto-reply with NO Auto-Submitted header (body cues only)",
    mail(addr("鄭美華", "meihua.cheng@corp.example.org"), "自動回覆: 您的查閱申請",
         D("""
         您好，我於 9 月 22 日至 9 月 26 日出差，期間回信可能延遲。急事請撥分機 2231。

         鄭美華
         """), style="outlook", lang_hdr="zh-TW"))

_mdn2 = SEQ[0] + 1
add("", "I", "zh-Hant read receipt (已讀取), multipart/report disposition-notification",
    raw_message(
        [("From", addr("邱俊傑", "chunchieh.chiu@example.net")), ("To", PRIV),
         ("Subject", ew("已讀取: 您的更正申請 PRV-2025-0911")), ("Date", "Fri, 12 Sep 2025 08:15:30 +0800"),
         ("Message-ID", "<%s@example.net>" % H("mdn", _mdn2)[:24]),
         ("X-Mailer", "Microsoft Outlook 16.0")],
        multi("report", [
            textpart(D("""
            您的郵件

              收件者: chunchieh.chiu@example.net
              主旨: 您的更正申請 PRV-2025-0911

            已於 2025/9/12 上午 08:15 讀取。
            """), cte="base64"),
            rawpart("message/disposition-notification", D("""
            Reporting-UA: example.net; Microsoft Outlook 16.0
            Final-Recipient: rfc822;chunchieh.chiu@example.net
            Original-Message-ID: <PRV-2025-0911.1@example.com>
            Disposition: manual-action/MDN-sent-manually; displayed
            """))], "----=_NextPart_000_0133_01DC23AB.19F2D4C0", params="; report-type=disposition-notification"),
        note="Subject =?utf-8?B?"))

add("", "I", "zh-Hant marketing newsletter in Big5 with 取消訂閱 footer + List-Unsubscribe",
    mail("好家居生活 <edm@haojiaju.example.org>", "中秋限定｜全館滿千送百",
         "", html_only=True, charset="big5", cte="base64", subj_cs="big5",
         html=D("""
         <html><head><meta http-equiv="Content-Type" content="text/html; charset=big5"></head>
         <body><table width="600"><tr><td>
         <h2>中秋限定 全館滿千送百</h2>
         <p>即日起至 9 月 30 日，寢具、餐具全面八折。</p>
         <p style="font-size:11px;color:#999">若您不想再收到本公司訊息，請點此<a href="https://haojiaju.example.org/unsub">取消訂閱</a>。</p>
         </td></tr></table></body></html>
         """),
         extra=[("List-Unsubscribe", "<https://haojiaju.example.org/unsub?id=55102>"), ("Precedence", "bulk")]))

add("", "I", "zh-Hant mailing-list post (List-Id) discussing deletion requests",
    mail(addr("謝佩珊", "peishan.hsieh@example.net"), "[個資實務交流] 會員要求刪除資料時，發票紀錄怎麼處理？",
         D("""
         各位好，

         想請教大家：會員要求刪除資料時，依稅法必須保存的發票紀錄你們是怎麼處理的？是整筆保留，還是只保留必要欄位？

         佩珊

         --
         您收到此信是因為您訂閱了「個資實務交流」郵件論壇。
         退訂請寄信至 pdpa-tw-leave@lists.example.org
         """), style="gmail", subj_cs="utf-8",
         extra=[("List-Id", ew("個資實務交流") + " <pdpa-tw.lists.example.org>"),
                ("Precedence", "list"), ("List-Unsubscribe", "<mailto:pdpa-tw-leave@lists.example.org>"),
                ("Sender", "pdpa-tw-bounces@lists.example.org")]))


# ==========================================================================
# MALAY
# ==========================================================================
section("ms")

add("X", "T", "ms, cancel the membership (batalkan keahlian) after moving to JB = cancellation",
    mail(addr("Azman bin Yusof", "azman.yusof@mail.example.net"), "Batalkan keahlian",
         D("""
         Assalamualaikum dan salam sejahtera,

         Tolong batalkan keahlian ExampleMart saya. Saya sudah berpindah ke Johor Bahru dan tidak
         akan membeli-belah di cawangan Singapura lagi.

         Terima kasih,
         Azman
         """)))

add("W", "T", "ms, no more promo SMS/WhatsApp = withdrawal",
    mail(addr("Rosnah Ahmad", "rosnah.ahmad@example.net"), "Mesej promosi",
         D("""
         Saya tak mahu terima apa-apa mesej promosi melalui SMS atau WhatsApp lagi. Hampir setiap
         hari ada, kadang-kadang pukul 11 malam. Nombor saya 9456 7781.

         Rosnah
         """), style="apple_ios"))

add("A", "T", "ms formal statutory access letter listing (a)(b)(c) under PDPA s21 = access",
    mail(addr("Haji Kamarul Ariffin", "k.ariffin@example.org"), "Permohonan akses data peribadi (Seksyen 21 PDPA)",
         D("""
         Tuan/Puan,

         PERMOHONAN AKSES KEPADA DATA PERIBADI

         Saya, Kamarul Ariffin bin Haji Omar, pelanggan berdaftar ExampleMart, dengan ini memohon di
         bawah seksyen 21 Akta Perlindungan Data Peribadi 2012:

         (a) salinan data peribadi saya yang berada dalam milikan atau kawalan syarikat tuan;
         (b) maklumat tentang cara data tersebut telah atau mungkin telah digunakan atau didedahkan
             dalam tempoh setahun yang lalu; dan
         (c) nama organisasi yang telah menerima data peribadi saya dalam tempoh itu.

         Sekian, terima kasih.

         Yang benar,
         Kamarul Ariffin bin Haji Omar
         """), style="outlook", lang_hdr="ms-MY"))

add("C", "T", "ms, address changed, Yishun one no longer used = correction",
    mail(addr("Faridah Hassan", "faridah.h@inbox.example.net"), "Tukar alamat",
         D("""
         Hai,

         Alamat saya dah bertukar. Alamat baru: Blk 630 Woodlands Ring Road #07-55, Singapura 730630.
         Yang lama kat Yishun tu dah tak pakai, tolong kemas kini dalam profil saya.

         Terima kasih
         Faridah
         """), style="gmail"))

add("XD", "T", "ms/en rojak: stop using account, deactivate it + remove all personal data = cancellation+deletion",
    mail(addr("Hafizah", "hafizah.88@mail.example.net"), "account I",
         D("""
         Hi, I nak stop guna account ExampleMart ni, tolong deactivate terus. And tolong buang semua
         data peribadi I sekali - alamat, no telefon, sejarah pembelian semua. Tak nak ada apa-apa
         tinggal.

         Tq
         """), style="apple_ios"))

_inner_ms = mail(addr("Zulkifli Rahim", "zul.rahim@example.net"), "Maklumat peribadi saya",
                 D("""
                 Salam,

                 Saya nak tahu apa maklumat peribadi saya yang ExampleMart simpan. Nombor telefon dalam
                 profil saya pun salah - yang betul 9012 3344, bukan 9012 3343.

                 Zulkifli
                 """), to="feedback@example.com", date="Fri, 29 Aug 2025 20:41:17 +0800")
add("AC", "T", "ms, staff forwards customer mail as message/rfc822 attachment; inner asks what data held + phone wrong = access+correction",
    mail(addr("Nurul Huda", "nurul.huda@example.com"), "Fwd: Maklumat peribadi saya",
         D("""
         Salam team privasi,

         E-mel pelanggan di bawah masuk ke peti feedback@. Saya lampirkan e-mel asal untuk tindakan
         pihak tuan.

         Terima kasih,
         Nurul Huda
         Khidmat Pelanggan
         """), style="thunderbird", lang_hdr="ms",
         attach=[rfc822part(_inner_ms, disp="attachment", filename="Maklumat peribadi saya.eml")]))

add("WD", "T", "ms, thank-you reply that also asks: stop promo e-mails + erase in-app search history = withdrawal+deletion",
    mail(addr("Siti Mariam", "sitimariam.k@example.org"), "Re: Permohonan anda telah diproses",
         D("""
         Terima kasih sebab dah kemas kini alamat saya dengan cepat.

         Satu lagi: tolong berhenti hantar e-mel promosi kepada saya, dan padamkan sejarah carian
         saya dalam aplikasi. Saya tak selesa ia disimpan.

         Siti Mariam

         Pada Isn, 8 Sep 2025 pada 11:03 PG, ExampleMart Privacy Team <privacy@example.com> menulis:
         > Puan Siti Mariam,
         > Alamat penghantaran puan telah dikemas kini.
         > Sekian, terima kasih.
         """), style="gmail", in_reply_to="<PRV-2025-0908.1@example.com>"))

add("D", "T", "ms, erase purchase records 2020-2023; Malay confidentiality disclaimer ('padamkan e-mel ini') is not a request = deletion",
    mail(addr("Mohd Shahrul", "shahrul.m@corp.example.org"), "Rekod pembelian",
         D("""
         Tuan/Puan,

         Sila padamkan semua rekod pembelian saya dari tahun 2020 hingga 2023 daripada sistem
         ExampleMart. Akaun saya masih digunakan, jadi jangan tutup akaun.

         Terima kasih.

         Mohd Shahrul bin Ismail
         Eksekutif Kewangan

         PENAFIAN: E-mel ini dan sebarang lampiran adalah sulit. Jika anda bukan penerima yang
         dimaksudkan, sila maklumkan kepada pengirim dengan segera dan padamkan e-mel ini.
         """), style="outlook", lang_hdr="ms-MY"))

add("", "H", "ms, question only: do reward points vanish if the account is cancelled; undecided",
    mail(addr("Aminah", "aminah.sg@example.net"), "Soalan pasal mata ganjaran",
         D("""
         Salam, kalau akaun saya dibatalkan, mata ganjaran yang ada tu hangus terus ke? Nak tahu
         dulu sebelum buat keputusan. Terima kasih.
         """), style="apple_ios"))

add("", "H", "ms, internal staff question (CCTV retention) to privacy team; not a customer request",
    mail(addr("Nurul Huda", "nurul.huda@example.com"), "Soalan - tempoh simpanan CCTV",
         D("""
         Salam team privasi,

         Ada pelanggan tanya di kaunter Woodlands berapa lama kita simpan rakaman CCTV kedai. Apa
         jawapan standard yang patut saya beri? Saya tak mahu bagi maklumat salah.

         Terima kasih,
         Huda
         """), style="outlook", lang_hdr="ms-MY"))

add("", "H", "ms complaint: cashier read out full name and address aloud; no request",
    mail(addr("Roslan Idris", "roslan.idris@mail.example.net"), "Aduan - kaunter Bedok",
         D("""
         Saya nak buat aduan. Semalam juruwang di cawangan Bedok sebut nama penuh dan alamat rumah
         saya dengan kuat di depan orang ramai masa nak sahkan penghantaran. Saya rasa sangat tidak
         selamat. Harap pihak pengurusan ambil tindakan terhadap pekerja tersebut.

         Roslan
         """)))

add("", "I", "ms auto-reply with Auto-Submitted",
    mail(addr("Norhayati Salleh", "norhayati.s@corp.example.org"), "Balasan automatik: Permohonan anda PRV-2025-0915",
         D("""
         Terima kasih atas e-mel anda. Saya sedang bercuti dan akan kembali ke pejabat pada
         minggu hadapan. Untuk urusan segera, sila hubungi pejabat di talian 6555 0123.
         """), extra=[("Auto-Submitted", "auto-replied")]))

add("", "I", "ms helpdesk receipt with no auto headers; body cues only",
    mail("Khidmat Pelanggan KedaiKita <bantuan@kedaikita.example.net>", "Tiket #KK-20931 telah diterima",
         D("""
         Terima kasih kerana menghubungi KedaiKita.

         Permintaan anda telah diterima dengan nombor tiket #KK-20931. Pegawai kami akan membalas
         dalam tempoh 3 hari bekerja.

         E-mel ini dijana secara automatik. Jangan balas e-mel ini.
         """)))

add("", "I", "ms spam (prize scam) without any spam flag",
    mail("Hadiah Bertuah <tahniah@menang-besar.example.net>", "TAHNIAH! Anda memenangi RM50,000",
         D("""
         TAHNIAH!!!

         Alamat e-mel anda telah dipilih sebagai pemenang cabutan bertuah bernilai RM50,000. Untuk
         menuntut hadiah, sila hantar nama penuh, nombor kad pengenalan dan nombor akaun bank anda
         dalam masa 48 jam.
         """)))


# ==========================================================================
# INDONESIAN
# ==========================================================================
section("id")

add("D", "T", "id, erase shopping history and all delivery addresses (account not mentioned) = deletion",
    mail(addr("Rina Wulandari", "rina.wulandari@mail.example.net"), "Hapus riwayat belanja",
         D("""
         Halo ExampleMart,

         Tolong hapus riwayat belanja dan semua alamat pengiriman saya dari sistem kalian. Saya
         khawatir data saya bocor.

         Terima kasih,
         Rina
         """), style="gmail"))

add("W", "T", "id, no more promo emails / discount notifications = withdrawal",
    mail(addr("Budi Hartono", "budi.hartono@example.net"), "Email promosi",
         D("""
         Selamat siang,

         Saya tidak mau lagi menerima email promosi maupun notifikasi diskon dari ExampleMart.
         Mohon nomor dan email saya dikeluarkan dari semua daftar pemasaran.

         Salam,
         Budi Hartono
         """)))

add("X", "T", "id, deactivate account permanently = cancellation",
    mail(addr("Andi Pratama", "andi.pratama@inbox.example.net"), "Nonaktifkan akun",
         D("""
         Dengan hormat,

         Saya ingin menonaktifkan akun ExampleMart saya secara permanen karena sudah kembali ke
         Jakarta dan tidak akan berbelanja lagi.

         Hormat saya,
         Andi Pratama
         """), style="outlook", lang_hdr="id-ID"))

add("C", "T", "id, correction stated as a fact (surname spelt Santosa instead of Santoso)",
    mail(addr("Yohanes Santoso", "yohanes.santoso@example.org"), "Nama belakang",
         D("""
         Halo,

         Nama belakang saya di akun tertulis "Santosa", padahal yang benar "Santoso" (dengan o).
         Karena itu paket saya sering ditahan di loker karena nama tidak cocok dengan KTP.

         Yohanes
         """), style="gmail"))

add("AD", "T", "id, send a copy of my data then erase it all = access+deletion",
    mail(addr("Maya Sari", "maya.sari@mail.example.net"), "Salinan data lalu hapus",
         D("""
         Halo tim privasi,

         Tolong kirimkan salinan semua data pribadi saya yang kalian simpan. Setelah saya terima,
         hapus semuanya dari sistem.

         Terima kasih,
         Maya
         """), style="apple_ios"))

add("XW", "T", "id, husband on behalf of wife with power of attorney (PDF): close her account + stop promos to her number = cancellation+withdrawal",
    mail(addr("Agus Setiawan", "agus.setiawan@example.net"), "Atas nama istri saya, Dewi Lestari",
         D("""
         Dengan hormat,

         Saya menulis atas nama istri saya, Ibu Dewi Lestari (email terdaftar
         dewi.lestari@example.net), yang sedang dirawat di rumah sakit. Surat kuasa yang
         ditandatanganinya saya lampirkan.

         Mohon akun ExampleMart miliknya ditutup, dan nomor HP-nya (8877 1290) jangan lagi dipakai
         untuk promosi apa pun.

         Hormat kami,
         Agus Setiawan
         """), style="gmail",
         attach=[attpart(pdf_stub("Surat Kuasa - Dewi Lestari"), "application/pdf", "Surat_Kuasa_Dewi.pdf")]))

add("AC", "T", "id, new request above quoted older promo-stop mail ('Pada ... menulis:'); new = what data held + change email = access+correction",
    mail(addr("Lina Kusuma", "lina.kusuma@example.org"), "Re: Berhenti promosi",
         D("""
         Halo lagi,

         Saya mau tahu data apa saja yang kalian simpan tentang saya. Selain itu tolong ganti email
         di akun saya ke lina.k.work@example.org, yang lama sudah jarang saya buka.

         Lina

         Pada Sen, 1 Sep 2025 pukul 10.12 Lina Kusuma <lina.kusuma@example.org> menulis:
         > Mohon berhenti mengirim email promosi ke saya.
         """), style="gmail"))

add("W", "T", "id, subject says delete account but body: don't delete, just stop promo notifications = withdrawal",
    mail(addr("Fajar Nugroho", "fajar.n@mail.example.net"), "Hapus akun",
         D("""
         Halo,

         Setelah saya pikir-pikir lagi, akunnya jangan dihapus dulu. Cukup hentikan notifikasi
         promosi di aplikasi dan di email saja. Itu yang bikin saya kesal.

         Fajar
         """), style="apple_ios"))

add("", "H", "id chaser, nothing new; original request only in quote",
    mail(addr("Dian Puspita", "dian.puspita@example.net"), "Re: Permintaan penghapusan data",
         D("""
         Sudah seminggu sejak permintaan saya, tapi belum ada kabar sama sekali. Mohon infonya.

         Dian

         > Mohon hapus data pribadi saya dari sistem ExampleMart.
         > Dian Puspita
         """), style="gmail"))

add("", "H", "id, parcel not arrived (order question)",
    mail(addr("Hendra Wijaya", "hendra.wijaya@mail.example.net"), "Paket belum sampai",
         D("""
         Halo, pesanan saya EM-88213-SG sudah lewat 10 hari tapi paketnya belum sampai. Status di
         aplikasi masih "dikirim". Tolong dicek ya.

         Hendra
         """), style="apple_ios"))

add("", "H", "id, portability alone: send shopping data directly to another shop (TokoBaik) as CSV",
    mail(addr("Sri Handayani", "sri.handayani@example.org"), "Pindah data ke toko lain",
         D("""
         Selamat pagi,

         Bisakah data belanja saya (riwayat pesanan dan poin) dikirim langsung dari ExampleMart ke
         TokoBaik dalam format CSV? Saya mau pindah ke sana dan mereka menawarkan untuk mencocokkan
         status member.

         Sri
         """)))

add("", "I", "id helpdesk auto-receipt with Auto-Submitted",
    mail("Layanan Pelanggan BelanjaMudah <cs@belanjamudah.example.net>", "Tiket Anda #ID-55821 telah kami terima",
         D("""
         Halo,

         Terima kasih telah menghubungi BelanjaMudah. Tiket Anda #ID-55821 telah kami terima dan
         akan diproses dalam 1x24 jam kerja.

         Email ini dikirim otomatis, mohon tidak membalas.
         """), extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]))

add("", "I", "id spam with X-Spam-Flag: YES (loan offer)",
    mail("Dana Kilat <promo@danakilat.example.net>", "Pinjaman cepat cair 5 menit tanpa jaminan!",
         D("""
         Butuh dana cepat? Pinjaman hingga Rp 50 juta cair dalam 5 menit, tanpa jaminan, tanpa
         survei. Klik di sini: http://danakilat.example.net/daftar

         Untuk berhenti berlangganan balas STOP.
         """), pre=[("X-Spam-Flag", "YES"), ("X-Spam-Status", "Yes, score=9.7")]))

add("", "I", "id out-of-office with no auto headers; body cues only",
    mail(addr("Wahyu Saputra", "wahyu.saputra@corp.example.org"), "Cuti: Re: Permintaan Anda",
         D("""
         Terima kasih atas email Anda. Saya sedang cuti sampai minggu depan dan tidak dapat membalas
         email. Untuk keperluan mendesak silakan hubungi sekretariat.

         Wahyu
         """)))


# ==========================================================================
# TAMIL
# ==========================================================================
section("ta")

add("X", "T", "ta, close the membership account permanently = cancellation",
    mail(addr("ராஜேஷ் குமார்", "rajesh.kumar@mail.example.net"), "கணக்கை மூட வேண்டும்",
         D("""
         வணக்கம்,

         எனது ExampleMart உறுப்பினர் கணக்கை நிரந்தரமாக மூடிவிடுங்கள். இனிமேல் அதைப் பயன்படுத்த
         மாட்டேன்.

         நன்றி,
         ராஜேஷ் குமார்
         """), style="gmail"))

add("W", "T", "ta, stop sending advertising SMS and emails = withdrawal",
    mail(addr("லட்சுமி", "lakshmi.n@example.net"), "விளம்பரச் செய்திகள் வேண்டாம்",
         D("""
         வணக்கம்,

         விளம்பரக் குறுஞ்செய்திகளும் தள்ளுபடி மின்னஞ்சல்களும் இனி எனக்கு அனுப்ப வேண்டாம். எனது
         கணக்கு அப்படியே இருக்கட்டும்.

         லட்சுமி
         """), style="apple_ios"))

add("A", "T", "ta, send a copy of the personal information held about me = access",
    mail(addr("முருகன் செல்வம்", "murugan.selvam@example.org"), "எனது தனிப்பட்ட தகவல்கள்",
         D("""
         அன்புடையீர்,

         என்னைப் பற்றி நீங்கள் வைத்திருக்கும் தனிப்பட்ட தகவல்களின் நகலை எனக்கு அனுப்பவும். அவை
         யாருடன் பகிரப்பட்டன என்பதையும் தெரிவிக்கவும்.

         இப்படிக்கு,
         முருகன் செல்வம்
         """), style="outlook", lang_hdr="ta-SG"))

add("C", "T", "ta, mobile number changed, register the new one = correction",
    mail(addr("கவிதா", "kavitha.r@mail.example.net"), "கைப்பேசி எண் மாற்றம்",
         D("""
         வணக்கம்,

         என் கைப்பேசி எண் மாறிவிட்டது. புதிய எண்: 8123 9087. பழைய எண்ணுக்குப் பதிலாக இதைப் பதிவு
         செய்யவும்.

         கவிதா
         """), cte="quoted-printable"))

add("XD", "T", "ta, son on behalf of elderly father: cancel his account and erase all his information = cancellation+deletion",
    mail(addr("சுரேஷ் சுப்பிரமணியம்", "suresh.subra@example.net"), "என் தந்தையின் கணக்கு",
         D("""
         வணக்கம்,

         என் தந்தை திரு. சுப்பிரமணியம் (வயது 81) அவர்களுக்காக எழுதுகிறேன். அவருக்குக் கண்பார்வை
         குறைவு, மின்னஞ்சல் பயன்படுத்த முடியாது. அவரது ExampleMart கணக்கை ரத்து செய்து, அவரைப்
         பற்றி நீங்கள் வைத்திருக்கும் எல்லாத் தகவல்களையும் அழித்துவிடுங்கள். அவரது கையொப்பமிட்ட
         அனுமதிக் கடிதம் தேவைப்பட்டால் அனுப்புகிறேன்.

         சுரேஷ்
         """), style="gmail"))

add("AW", "T", "ta/en code-mixed: copy of personal data + stop marketing emails = access+withdrawal",
    mail(addr("Arun Prakash", "arun.prakash@mail.example.net"), "data copy + marketing",
         D("""
         Hi,

         என்னோட personal data-வோட copy ஒன்னு அனுப்புங்க. அப்புறம் marketing emails எல்லாம் stop
         பண்ணுங்க please, தினமும் மூணு நாலு வருது.

         Arun
         """), style="apple_ios"))

add("D", "T", "ta, base64 body: erase all old addresses from records = deletion",
    mail(addr("பிரியா ராமன்", "priya.raman@example.net"), "பழைய முகவரிகள்",
         D("""
         வணக்கம்,

         என் பழைய முகவரிகள் அனைத்தையும் உங்கள் பதிவுகளிலிருந்து அழித்துவிடுங்கள். தற்போதைய
         முகவரி மட்டும் போதும்.

         பிரியா
         """), cte="base64"))

add("", "H", "ta, question only: what happens to points if the account is closed",
    mail(addr("வேலு", "velu.m@example.org"), "புள்ளிகள் பற்றி ஒரு கேள்வி",
         D("""
         வணக்கம், கணக்கை மூடினால் என் சேமிப்புப் புள்ளிகள் என்ன ஆகும்? வேறு யாருக்காவது மாற்ற
         முடியுமா? இன்னும் முடிவு செய்யவில்லை.
         """), style="apple_ios"))

add("", "H", "ta, thank-you with nothing new; old request only in the quote",
    mail(addr("தேவி", "devi.k@mail.example.net"), "Re: உங்கள் கோரிக்கை நிறைவேற்றப்பட்டது",
         D("""
         மிக்க நன்றி! எல்லாம் சரியாக இருக்கிறது.

         தேவி

         > வணக்கம், உங்கள் முகவரி புதுப்பிக்கப்பட்டது.
         > ExampleMart தனியுரிமைக் குழு
         """), style="gmail", in_reply_to="<PRV-2025-0919.2@example.com>"))

add("", "I", "ta auto-reply with Auto-Submitted",
    mail(addr("கணேசன்", "ganesan.p@corp.example.org"), "தானியங்கி பதில்: உங்கள் கோரிக்கை",
         D("""
         வணக்கம், நான் விடுப்பில் இருக்கிறேன். அடுத்த வாரம் திரும்பியதும் பதில் அனுப்புகிறேன்.
         """), extra=[("Auto-Submitted", "auto-replied")]))

add("", "I", "ta spam (prize) without any spam flag",
    mail("பரிசு மையம் <winner@parisu.example.net>", "வாழ்த்துக்கள்! நீங்கள் பரிசு வென்றுள்ளீர்கள்",
         D("""
         வாழ்த்துக்கள்! உங்கள் மின்னஞ்சல் முகவரி $25,000 பரிசுக்குத் தேர்ந்தெடுக்கப்பட்டுள்ளது.
         உங்கள் வங்கிக் கணக்கு விவரங்களை உடனே அனுப்பவும்.
         """)))

add("", "I", "ta community newsletter with List-Unsubscribe (footer is not a request)",
    mail("தமிழ் முரசு வாசகர் மடல் <news@murasu-madal.example.org>", "இந்த வார செய்திமடல்",
         D("""
         இந்த வாரம்: தீபாவளி சிறப்பு விற்பனை, சமையல் குறிப்புகள், சமூக நிகழ்ச்சிகள்.

         இந்த மடலைப் பெற விரும்பவில்லை எனில் இங்கே சொடுக்கவும்: https://murasu-madal.example.org/unsub
         """), extra=[("List-Unsubscribe", "<https://murasu-madal.example.org/unsub?m=4410>"),
                      ("Precedence", "bulk"), ("List-Id", "<weekly.murasu-madal.example.org>")]))


# ==========================================================================
# JAPANESE
# ==========================================================================
section("ja")

add("X", "T", "ja, ISO-2022-JP body and B subject: returning home, cancel membership/close account (退会) = cancellation",
    mail(addr("山田 健一", "kenichi.yamada@mail.example.net", "iso-2022-jp"), "退会のお願い",
         D("""
         ExampleMart カスタマーサポート御中

         いつもお世話になっております。
         シンガポール在住の山田と申します。

         来月日本へ帰国することになりましたので、会員登録を解除し、アカウントを閉鎖して
         いただけますでしょうか。

         よろしくお願いいたします。

         山田 健一
         """), charset="iso-2022-jp", subj_cs="iso-2022-jp", xmailer="Becky! ver. 2.81.04"))

add("D", "T", "ja, Shift_JIS QP: erase purchase history and saved delivery addresses, keep the account = deletion",
    mail(addr("佐藤 美咲", "misaki.sato@example.net", "shift_jis"), "購入履歴の消去について",
         D("""
         お世話になっております。

         購入履歴と、登録済みの配送先住所をすべて消去してください。
         アカウント自体はそのまま使いますので、残しておいて結構です。

         佐藤
         """), charset="shift_jis", cs_label="Shift_JIS", cte="quoted-printable", subj_cs="shift_jis"))

add("A", "T", "ja, JP staff forwards customer mail inline (転送メッセージ / 差出人 / 件名); customer requests disclosure of retained data = access",
    mail(addr("中村 亜紀", "aki.nakamura@example.com"), "Fwd: 個人情報の開示請求",
         D("""
         プライバシーチームご担当者様

         日本語窓口に届いた問い合わせを転送します。ご対応をお願いします。

         中村

         -------- 転送メッセージ --------
         差出人: 小林 大輔 <daisuke.kobayashi@mail.example.net>
         日付: 2025年9月9日 21:14
         宛先: jp-support@example.com
         件名: 個人情報の開示請求

         貴社が保有している私の個人データの開示を請求します。
         どのような情報を保有し、どのような目的で利用しているのか、書面またはメールで
         お知らせください。

         小林 大輔
         """), style="thunderbird", lang_hdr="ja"))

add("W", "T", "ja, HTML-only: stop the mail magazine and campaign notices = withdrawal",
    mail(addr("高橋 由美", "yumi.takahashi@example.org"), "メールマガジン配信停止のお願い",
         "", html_only=True, cte="base64",
         html=D("""
         <html><head><meta charset="utf-8"></head><body>
         <div>ExampleMart ご担当者様</div>
         <div><br></div>
         <div>毎週届くメールマガジンとキャンペーンのお知らせの配信を止めていただけますか。</div>
         <div>注文確認メールは引き続き受け取りたいです。</div>
         <div><br></div>
         <div>高橋</div>
         </body></html>
         """)))

add("CA", "T", "ja, new request above quoted older question with Outlook JP header (送信者/送信日時/宛先/件名): new address + list of registered info = correction+access",
    mail(addr("伊藤 直樹", "naoki.ito@corp.example.org"), "RE: ポイントの有効期限",
         D("""
         ExampleMart ご担当者様

         引っ越しましたので、登録住所を下記に更新してください。
         新住所: 10 Anson Road #22-08, Singapore 079903

         また、現在そちらに登録されている私の情報を一覧で送っていただけますか。

         伊藤

         送信者: 伊藤 直樹 <naoki.ito@corp.example.org>
         送信日時: 2025年8月1日 10:22
         宛先: privacy@example.com
         件名: ポイントの有効期限

         ポイントの有効期限について教えてください。
         """), style="outlook", lang_hdr="ja-JP"))

add("AXD", "T", "ja, thank-you that ALSO asks: decided to withdraw membership + delete all personal info, list of held info first = access+cancellation+deletion",
    mail(addr("渡辺 さくら", "sakura.watanabe@mail.example.net"), "Re: お問い合わせの件",
         D("""
         先日はご丁寧にご対応いただき、ありがとうございました。

         いろいろ考えた結果、やはり退会することにしました。あわせて、私の個人情報もすべて
         削除していただけますでしょうか。
         削除の前に、そちらで保有している私の情報の一覧を一度メールで送っていただけると
         助かります。

         渡辺

         2025年9月10日(水) 14:02 ExampleMart Privacy Team <privacy@example.com>:
         > 渡辺様
         > お問い合わせいただいた退会時のポイントの扱いについてご案内いたします。
         > 退会後、ポイントは失効いたします。
         """), style="gmail", in_reply_to="<PRV-2025-0910.2@example.com>"))

add("W", "T", "ja negation: do not delete the account; only stop using purchase history for targeted ads = withdrawal",
    mail(addr("鈴木 翔", "sho.suzuki@example.net"), "ターゲティング広告について",
         D("""
         アカウントは削除しないでください。
         購入履歴をターゲティング広告に使うのだけやめてほしいです。
         SNSで買った商品の広告ばかり出てきて気持ち悪いので。

         鈴木
         """), style="apple_ios"))

add("", "H", "ja, question only: what happens to points after withdrawal of membership",
    mail(addr("加藤 陽子", "yoko.kato@example.org"), "退会時のポイントについて",
         D("""
         退会を検討しているのですが、退会した場合、貯まっているポイントはどうなりますか？
         家族のアカウントに移すことはできますか。
         """), style="apple_ios"))

add("", "H", "ja, order not delivered (order question)",
    mail(addr("松本 光", "hikaru.matsumoto@mail.example.net"), "注文商品が届きません",
         D("""
         9月5日に注文した商品（注文番号 EM-90112-SG）がまだ届きません。
         配送状況を確認していただけますか。

         松本
         """), charset="iso-2022-jp", subj_cs="iso-2022-jp"))

add("", "I", "ja auto-reply with Auto-Submitted quoting the original deletion request",
    mail(addr("木村 拓也", "takuya.kimura@corp.example.org"), "【自動返信】不在のお知らせ",
         D("""
         誠に恐れ入りますが、現在出張のため不在にしております。
         戻り次第、順次ご返信いたします。

         ----- 元のメッセージ -----
         > 個人情報をすべて削除してください。
         > 木村
         """), extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]))

add("", "I", "ja helpdesk auto-receipt in ISO-2022-JP with no auto headers; body cues only",
    mail("カスタマーセンター <info@kaden-shop.example.net>", "お問い合わせを受け付けました【受付番号：A-240917】",
         D("""
         この度はお問い合わせいただき、誠にありがとうございます。
         以下の内容で受け付けました。担当者より3営業日以内にご連絡いたします。

         受付番号：A-240917

         ※本メールは送信専用アドレスから自動送信しております。ご返信いただいてもお答えできません。
         """), charset="iso-2022-jp", subj_cs="iso-2022-jp"))

add("", "I", "ja spam with X-Spam-Flag: YES (fake account-suspension notice)",
    mail("アカウント管理センター <security@amaz0n-jp.example.net>", "【重要】アカウントの利用を一時停止しました",
         D("""
         お客様のアカウントで不審なログインが検出されたため、利用を一時停止しました。
         24時間以内に以下のリンクから本人確認を行ってください。

         http://amaz0n-jp.example.net/verify
         """), pre=[("X-Spam-Flag", "YES"), ("X-Spam-Status", "Yes, score=12.4")], cte="base64"))


# ==========================================================================
# KOREAN
# ==========================================================================
section("ko")

add("X", "T", "ko, EUC-KR base64 body + EUC-KR subject: membership withdrawal (회원 탈퇴) = cancellation",
    mail(addr("김민준", "minjun.kim@mail.example.net", "euc-kr"), "회원 탈퇴 요청",
         D("""
         안녕하세요.

         ExampleMart 회원 탈퇴를 요청합니다. 한국으로 돌아가게 되어 더 이상 이용하지 않을
         예정입니다.

         감사합니다.
         김민준 드림
         """), charset="euc-kr", cte="base64", subj_cs="euc-kr"))

add("W", "T", "ko, refuses advertising SMS/email, withdraws marketing-receipt consent = withdrawal",
    mail(addr("이서연", "seoyeon.lee@example.net"), "광고성 정보 수신 거부",
         D("""
         안녕하세요,

         광고성 문자와 이메일을 더 이상 받고 싶지 않습니다. 마케팅 정보 수신 동의를 철회하니
         처리 부탁드립니다.

         이서연
         """), style="gmail"))

add("A", "T", "ko, request to inspect personal data: what is kept and to whom provided = access",
    mail(addr("박지훈", "jihoon.park@example.org"), "개인정보 열람 요청",
         D("""
         안녕하세요.

         제 개인정보 열람을 요청합니다. 귀사가 어떤 정보를 보관하고 있는지, 그리고 제3자에게
         제공한 적이 있다면 누구에게 제공했는지 알려주시기 바랍니다.

         박지훈
         """), style="outlook", lang_hdr="ko-KR"))

add("D", "T", "ko, delete delivery addresses and purchase records, keep account = deletion",
    mail(addr("최유나", "yuna.choi@mail.example.net"), "배송지·구매 기록 삭제",
         D("""
         배송지 주소와 구매 기록을 전부 삭제해 주세요. 계정은 그대로 유지하겠습니다.

         최유나
         """), style="apple_ios"))

add("CW", "T", "ko, phone number changed + withdraws marketing consent = correction+withdrawal",
    mail(addr("정하늘", "haneul.jung@example.net"), "전화번호 변경 및 마케팅 수신 철회",
         D("""
         안녕하세요,

         휴대폰 번호가 9345 6612로 바뀌었습니다. 회원 정보에 반영해 주세요.
         그리고 마케팅 정보 수신 동의는 철회하겠습니다. 앞으로 광고는 보내지 말아 주세요.

         정하늘
         """), charset="euc-kr", cte="quoted-printable", subj_cs="euc-kr"))

add("XD", "T", "ko, new request above quoted older address-change mail (보낸 사람/보낸 날짜/받는 사람/제목): terminate account + destroy personal data = cancellation+deletion",
    mail(addr("강도윤", "doyoon.kang@example.org"), "RE: 주소 변경",
         D("""
         안녕하세요,

         지난번에는 주소 변경만 부탁드렸는데(아래 참고), 이제 완전히 그만 이용하려고 합니다.
         계정을 해지하고 제 개인정보도 모두 파기해 주세요.

         강도윤

         -----Original Message-----
         보낸 사람: 강도윤 <doyoon.kang@example.org>
         보낸 날짜: 2025년 8월 12일 화요일 오전 9:40
         받는 사람: privacy@example.com
         제목: 주소 변경

         주소를 Blk 201 Punggol Field #12-34로 바꿔 주세요.
         """), style="outlook", lang_hdr="ko-KR"))

add("W", "T", "ko negation: not leaving the service, just turn off personalised ads = withdrawal",
    mail(addr("윤지아", "jia.yoon@mail.example.net"), "맞춤형 광고 끄기",
         D("""
         탈퇴는 하지 않을 거예요. 맞춤형 광고랑 추천만 꺼 주세요. 제 구매 내역으로 광고하는 게
         불편합니다.
         """), style="apple_ios"))

add("", "H", "ko chaser to a staff address with nothing new; old request only in quote",
    mail(addr("임수빈", "subin.lim@example.net"), "Re: 개인정보 삭제 요청",
         D("""
         지난번 요청 건 진행 상황이 궁금합니다. 아직 아무 연락이 없어서요.

         임수빈

         2025년 9월 3일 (수) 오후 3:15, 임수빈 <subin.lim@example.net>님이 작성:
         > 제 구매 기록을 삭제해 주세요.
         """), style="gmail", to=addr("서지영", "jiyoung.seo@example.com")))

add("", "H", "ko, asks for mother's registered address (someone else's data, no authority)",
    mail(addr("한예린", "yerin.han@mail.example.net"), "어머니 계정 주소 문의",
         D("""
         안녕하세요. 어머니 계정에 등록된 배송지 주소가 어디로 되어 있는지 알려주실 수 있나요?
         어머니께 선물을 보내려고 하는데 주소를 몰라서요.
         """)))

add("", "I", "ko out-of-office with NO auto headers; body cues only",
    mail(addr("오세훈", "sehoon.oh@corp.example.org"), "[부재중] Re: 요청하신 자료",
         D("""
         안녕하세요. 오세훈입니다.
         현재 휴가 중이라 메일 확인이 어렵습니다. 복귀 후 회신드리겠습니다.
         급한 용무는 팀 대표번호로 연락 부탁드립니다.
         """)))

add("", "I", "ko marketing newsletter '(광고)' with 수신거부 footer and List-Unsubscribe",
    mail("스마트홈몰 <news@smarthome-mall.example.net>", "(광고) 추석 맞이 최대 50% 할인",
         "", html_only=True,
         html=D("""
         <html><body>
         <h2>추석 맞이 최대 50% 할인</h2>
         <p>가전, 생활용품 전 품목 할인! 9월 30일까지.</p>
         <p style="font-size:11px">본 메일은 수신 동의하신 분께 발송됩니다. 수신을 원하지 않으시면
         <a href="https://smarthome-mall.example.net/unsub">수신거부</a>를 눌러 주세요.</p>
         </body></html>
         """), cte="base64",
         extra=[("List-Unsubscribe", "<https://smarthome-mall.example.net/unsub?u=77120>"), ("Precedence", "bulk")]))

add("", "I", "ko helpdesk auto-receipt with Auto-Submitted",
    mail("고객센터 <help@gagu.example.org>", "[접수완료] 문의가 접수되었습니다",
         D("""
         고객님, 문의가 정상적으로 접수되었습니다. (접수번호: KR-0442-1187)
         영업일 기준 2일 이내에 답변드리겠습니다.

         본 메일은 발신 전용입니다.
         """), extra=[("Auto-Submitted", "auto-generated")]))


# ==========================================================================
# VIETNAMESE
# ==========================================================================
section("vi")

add("X", "T", "vi, cancel the membership account = cancellation",
    mail(addr("Nguyễn Văn Hùng", "hung.nguyen@mail.example.net"), "Yêu cầu hủy tài khoản",
         D("""
         Kính gửi ExampleMart,

         Tôi muốn hủy tài khoản thành viên ExampleMart của mình vì đã chuyển về Việt Nam sinh sống
         và sẽ không mua sắm ở Singapore nữa.

         Trân trọng,
         Nguyễn Văn Hùng
         """), style="gmail"))

add("D", "T", "vi, erase all purchase history and delivery addresses = deletion",
    mail(addr("Trần Thị Mai", "mai.tran@example.net"), "Xóa lịch sử mua hàng",
         D("""
         Chào bạn,

         Nhờ bạn xóa toàn bộ lịch sử mua hàng và các địa chỉ giao hàng đã lưu của mình. Tài khoản
         thì mình vẫn giữ.

         Cảm ơn nhiều,
         Mai
         """), style="apple_ios"))

add("A", "T", "vi, formal: provide a copy of personal data held = access",
    mail(addr("Lê Quang Minh", "minh.le@example.org"), "Yêu cầu cung cấp dữ liệu cá nhân",
         D("""
         Kính gửi Bộ phận Bảo vệ Dữ liệu,

         Tôi đề nghị quý công ty cung cấp cho tôi bản sao toàn bộ dữ liệu cá nhân của tôi mà công ty
         đang lưu giữ, cùng với mục đích sử dụng các dữ liệu đó.

         Trân trọng,
         Lê Quang Minh
         """), style="outlook", lang_hdr="vi-VN"))

add("W", "T", "vi, stop advertising messages via Zalo and SMS = withdrawal",
    mail(addr("Phạm Thu Hà", "ha.pham@mail.example.net"), "Ngừng gửi tin quảng cáo",
         D("""
         Chào ExampleMart,

         Làm ơn ngừng gửi tin nhắn quảng cáo qua Zalo và SMS cho tôi. Ngày nào cũng nhận mấy tin,
         rất phiền.

         Hà
         """), cte="quoted-printable"))

add("C", "T", "vi, new phone number, update profile = correction",
    mail(addr("Võ Đức Anh", "ducanh.vo@example.net"), "Cập nhật số điện thoại",
         D("""
         Chào anh/chị,

         Số điện thoại của tôi đã đổi thành 8899 0123. Nhờ anh/chị cập nhật lại trong hồ sơ giúp
         tôi, số cũ không còn dùng nữa.

         Cảm ơn,
         Đức Anh
         """), style="gmail"))

add("AD", "T", "vi, mother on behalf of 15-year-old son: tell me what you hold about him and delete it all = access+deletion",
    mail(addr("Đặng Thị Lan", "lan.dang@example.org"), "Thông tin của con tôi",
         D("""
         Kính gửi ExampleMart,

         Tôi là mẹ của cháu Nguyễn Minh Khang (15 tuổi). Cháu tự đăng ký tài khoản trên ứng dụng
         của quý công ty mà không hỏi ý kiến gia đình.

         Xin cho tôi biết quý công ty đang lưu những thông tin gì của cháu, và sau đó xóa hết các
         thông tin này.

         Đặng Thị Lan
         """), style="yahoo"))

add("WX", "T", "vi without diacritics, SMS-style: no more ads + cancel the account too = withdrawal+cancellation",
    mail(addr("", "tuan.bui99@example.net"), "quang cao",
         D("""
         ko muon nhan quang cao nua, huy tk giup minh luon nha. cam on
         """), style="apple_ios"))

add("", "H", "vi, reply with unrelated new question above quoted old deletion request ('Vào ... đã viết:')",
    mail(addr("Hoàng Minh Tú", "tu.hoang@mail.example.net"), "Re: Xóa địa chỉ cũ",
         D("""
         Chào bạn, cho mình hỏi cửa hàng ở Clementi có mở cửa ngày lễ Quốc khánh không?

         Tú

         Vào Th 2, 4 thg 8, 2025 lúc 09:15 Hoàng Minh Tú <tu.hoang@mail.example.net> đã viết:
         > Nhờ bạn xóa địa chỉ cũ ở Bedok của mình.
         """), style="gmail"))

add("", "H", "vi, refund question for cancelled order",
    mail(addr("Ngô Thị Hồng", "hong.ngo@example.net"), "Hoàn tiền đơn hàng",
         D("""
         Chào bạn, đơn hàng EM-77321-SG mình đã hủy từ tuần trước nhưng chưa thấy hoàn tiền về thẻ.
         Bạn kiểm tra giúp mình với.
         """), style="apple_ios"))

add("", "I", "vi auto-reply with Auto-Submitted",
    mail(addr("Trịnh Văn Nam", "nam.trinh@corp.example.org"), "Trả lời tự động: Yêu cầu của bạn",
         D("""
         Xin chào, tôi đang nghỉ phép và sẽ trả lời email của bạn khi quay lại văn phòng.
         """), extra=[("Auto-Submitted", "auto-replied")]))

add("", "I", "vi marketing newsletter with unsubscribe footer and List-Unsubscribe",
    mail("Siêu Thị Xanh <khuyenmai@sieuthixanh.example.net>", "Ưu đãi cuối tuần - giảm đến 40%",
         D("""
         Ưu đãi cuối tuần: rau củ, trái cây nhập khẩu giảm đến 40%. Áp dụng đến Chủ nhật.

         Bạn nhận được email này vì đã đăng ký nhận tin. Hủy đăng ký: https://sieuthixanh.example.net/huy
         """), style="gmail",
         extra=[("List-Unsubscribe", "<https://sieuthixanh.example.net/huy?u=1209>"), ("Precedence", "bulk")]))

add("", "I", "vi helpdesk auto-receipt without auto headers; body cues only",
    mail("CSKH DienMay <cskh@dienmay.example.org>", "Đã tiếp nhận yêu cầu #VN-33018",
         D("""
         Cảm ơn quý khách đã liên hệ. Yêu cầu #VN-33018 đã được tiếp nhận, chúng tôi sẽ phản hồi
         trong vòng 48 giờ.

         Đây là email tự động, vui lòng không trả lời.
         """)))


# ==========================================================================
# THAI
# ==========================================================================
section("th")

add("X", "T", "th, TIS-620 base64 body + TIS-620 subject: cancel membership account = cancellation",
    mail(addr("สมศรี ใจดี", "somsri.j@mail.example.net", "tis-620"), "ขอยกเลิกบัญชีสมาชิก",
         D("""
         เรียน ExampleMart

         ดิฉันขอยกเลิกบัญชีสมาชิก ExampleMart เนื่องจากไม่ได้ใช้งานแล้วและย้ายกลับประเทศไทย

         ขอบคุณค่ะ
         สมศรี
         """), charset="tis-620", cte="base64", subj_cs="tis-620"))

add("W", "T", "th, no longer wants advertising SMS and email = withdrawal",
    mail(addr("ประสิทธิ์ แก้วมณี", "prasit.k@example.net"), "ไม่ต้องการรับโฆษณา",
         D("""
         สวัสดีครับ

         ผมไม่ต้องการรับ SMS และอีเมลโฆษณาจาก ExampleMart อีกต่อไปครับ รบกวนช่วยหยุดส่งด้วย

         ขอบคุณครับ
         """), style="gmail"))

add("A", "T", "th, request copy of personal data held = access",
    mail(addr("วีระพงษ์ ทองดี", "weerapong.t@example.org"), "ขอสำเนาข้อมูลส่วนบุคคล",
         D("""
         เรียน ฝ่ายคุ้มครองข้อมูลส่วนบุคคล

         ผมขอสำเนาข้อมูลส่วนบุคคลของผมที่บริษัทเก็บรักษาไว้ทั้งหมด พร้อมแจ้งวัตถุประสงค์ในการใช้ข้อมูลด้วยครับ

         ขอแสดงความนับถือ
         วีระพงษ์ ทองดี
         """), style="outlook", lang_hdr="th-TH"))

add("XD", "T", "th HTML-only: delete account and all personal data = cancellation+deletion",
    mail(addr("นภา สุขสวัสดิ์", "napa.s@mail.example.net"), "ลบบัญชี",
         "", html_only=True, cte="quoted-printable",
         html=D("""
         <html><body>
         <p>สวัสดีค่ะ</p>
         <p>ต้องการให้ลบบัญชีผู้ใช้ของดิฉัน และลบข้อมูลส่วนตัวทั้งหมดที่เก็บไว้ด้วยค่ะ ไม่ว่าจะเป็นที่อยู่ เบอร์โทร หรือประวัติการซื้อ</p>
         <p>นภา</p>
         </body></html>
         """)))

add("CA", "T", "th, new request above quoted older mail ('เมื่อ ... เขียนว่า:'): new address + what data you have = correction+access",
    mail(addr("ธนพล ศรีวงศ์", "thanapol.s@example.net"), "Re: สอบถามคะแนนสะสม",
         D("""
         สวัสดีครับ

         ผมย้ายบ้านแล้ว ที่อยู่ใหม่คือ 88 Tanjong Pagar Road #05-02, Singapore 088509 ช่วยแก้ไขในระบบให้ด้วยครับ
         และอยากทราบว่าบริษัทมีข้อมูลอะไรของผมเก็บไว้บ้าง

         ธนพล

         เมื่อ ศ. 29 ส.ค. 2025 เวลา 10:12 ธนพล ศรีวงศ์ <thanapol.s@example.net> เขียนว่า:
         > คะแนนสะสมของผมจะหมดอายุเมื่อไหร่ครับ
         """), style="gmail"))

add("C", "T", "th, correction stated as a fact: surname spelt wrongly in the system",
    mail(addr("อรุณี วงษ์สวัสดิ์", "arunee.w@example.org"), "นามสกุลสะกดผิด",
         D("""
         สวัสดีค่ะ

         นามสกุลของดิฉันในระบบสะกดเป็น "วงศ์สวัสดิ์" แต่ที่ถูกต้องคือ "วงษ์สวัสดิ์" (ษ ฤๅษี) ค่ะ

         อรุณี
         """), charset="tis-620", cte="quoted-printable", subj_cs="tis-620"))

add("", "H", "th, question only: will points disappear if account is deleted",
    mail(addr("กมล เพชรรัตน์", "kamon.p@mail.example.net"), "สอบถามเรื่องคะแนน",
         D("""
         ถ้าลบบัญชีแล้ว คะแนนสะสมจะหายไหมคะ ยังไม่ได้ตัดสินใจค่ะ แค่อยากทราบก่อน
         """), style="apple_ios"))

add("", "H", "th chaser with nothing new; old request only in quote",
    mail(addr("สุรชัย มั่นคง", "surachai.m@example.net"), "Re: ขอลบข้อมูล",
         D("""
         ผ่านมาสองสัปดาห์แล้วยังไม่ได้รับคำตอบเลยครับ ช่วยแจ้งความคืบหน้าด้วย

         > ขอให้ลบข้อมูลที่อยู่เก่าของผมครับ
         """), style="gmail"))

add("", "I", "th shopping newsletter with unsubscribe footer (ยกเลิกการรับข่าวสาร) and List-Unsubscribe",
    mail("ช้อปดีดี <news@shopdeedee.example.net>", "โปรโมชั่นพิเศษ ลดสูงสุด 70%",
         D("""
         โปรโมชั่นพิเศษประจำเดือน ลดสูงสุด 70% สินค้าเครื่องใช้ไฟฟ้าและของใช้ในบ้าน

         หากไม่ต้องการรับข่าวสาร คลิกยกเลิกการรับข่าวสาร: https://shopdeedee.example.net/unsub
         """), style="gmail",
         extra=[("List-Unsubscribe", "<https://shopdeedee.example.net/unsub?id=9921>"), ("Precedence", "bulk")]))

add("", "I", "th out-of-office with NO auto headers; body cues only",
    mail(addr("ปิยะ รัตนชัย", "piya.r@corp.example.org"), "ตอบกลับอัตโนมัติ: คำขอของคุณ",
         D("""
         ขอบคุณสำหรับอีเมลค่ะ ขณะนี้ดิฉันลาพักร้อนและจะกลับมาทำงานในสัปดาห์หน้า จะติดต่อกลับโดยเร็วที่สุดค่ะ
         """)))


# ==========================================================================
# GERMAN
# ==========================================================================
section("de")

add("D", "T", "de erasure template: erase + revokes consent 'soweit' + objects; labelled deletion only (convention)",
    mail(addr("Jürgen Hofmann", "j.hofmann@mail.example.net"), "Antrag auf Löschung personenbezogener Daten",
         D("""
         Sehr geehrte Damen und Herren,

         hiermit fordere ich Sie auf, sämtliche mich betreffenden personenbezogenen Daten
         unverzüglich zu löschen. Soweit die Verarbeitung auf einer Einwilligung beruht, widerrufe
         ich diese hiermit; soweit sie auf berechtigten Interessen beruht, lege ich Widerspruch ein.

         Bitte bestätigen Sie mir die Löschung schriftlich innerhalb eines Monats und teilen Sie mir
         mit, welchen Empfängern Sie die Löschung mitgeteilt haben.

         Name: Jürgen Hofmann
         Kundenkonto: j.hofmann@mail.example.net

         Mit freundlichen Grüßen
         Jürgen Hofmann
         """), style="thunderbird", lang_hdr="de-DE", subj_enc="Q"))

add("A", "T", "de ISO-8859-1 QP: which data stored, where from, to whom passed on (Auskunft) = access",
    mail(addr("Sabine Krüger", "sabine.krueger@example.net", "iso-8859-1", "Q"), "Auskunft über meine gespeicherten Daten",
         D("""
         Guten Tag,

         ich bitte um Auskunft darüber, welche Daten Sie über mich gespeichert haben, woher diese
         stammen und an wen sie weitergegeben wurden. Ich habe von 2021 bis 2024 in Singapur gelebt
         und regelmäßig bei Ihnen eingekauft.

         Vielen Dank und freundliche Grüße
         Sabine Krüger
         """), charset="iso-8859-1", cte="quoted-printable", subj_enc="Q"))

add("XD", "T", "de, terminate customer account (kündigen) + delete stored addresses and orders = cancellation+deletion",
    mail(addr("Markus Weber", "markus.weber@corp.example.org"), "Kündigung Kundenkonto",
         D("""
         Hallo,

         bitte kündigen Sie mein Kundenkonto bei ExampleMart zum nächstmöglichen Zeitpunkt und
         löschen Sie alle dort gespeicherten Adressen und meine Bestellhistorie.

         Danke,
         Markus Weber
         """), style="outlook", lang_hdr="de-DE"))

add("W", "T", "de, objects to use of data for advertising, no newsletter = withdrawal",
    mail(addr("Petra Schulz", "petra.schulz@example.org"), "Widerspruch Werbung",
         D("""
         Sehr geehrte Damen und Herren,

         der Verwendung meiner Daten für Werbezwecke widerspreche ich hiermit ausdrücklich. Ich
         möchte keine Newsletter, keine SMS-Angebote und keine Anrufe mehr erhalten.

         Mit freundlichen Grüßen
         Petra Schulz
         """), style="gmail"))

add("CA", "T", "de thank-you that ALSO asks new things, quote header 'Am ... schrieb ...:': new phone + what data still stored = correction+access",
    mail(addr("Thomas Braun", "thomas.braun@mail.example.net"), "Re: Ihre Anfrage PRV-2025-0904",
         D("""
         Danke für die schnelle Erledigung!

         Noch zwei Dinge: Meine Telefonnummer hat sich geändert, neu ist +65 8123 4411 - bitte im
         Profil ersetzen. Und könnten Sie mir sagen, welche Daten Sie darüber hinaus noch über mich
         speichern?

         Viele Grüße
         Thomas Braun

         Am 04.09.2025 um 11:20 schrieb ExampleMart Privacy Team <privacy@example.com>:
         > Sehr geehrter Herr Braun,
         > wir haben Sie wie gewünscht von unserem Newsletter abgemeldet.
         > Mit freundlichen Grüßen
         """), style="apple_mac", in_reply_to="<PRV-2025-0904.2@example.com>"))

add("A", "T", "de lawyer on behalf of client (Vollmacht attached); 'irrtümlich erhalten ... löschen' disclaimer is not a request = access",
    mail(addr("Dr. Anna Richter", "a.richter@kanzlei-richter.example.org"), "Mandantin Frau Claudia Neumann - Auskunftsersuchen",
         D("""
         Sehr geehrte Damen und Herren,

         wir zeigen an, dass wir Frau Claudia Neumann anwaltlich vertreten. Eine auf uns lautende
         Vollmacht ist beigefügt.

         Namens und im Auftrag unserer Mandantin verlangen wir Auskunft über sämtliche zu ihrer
         Person bei Ihnen gespeicherten Daten, die Zwecke der Verarbeitung sowie die Empfänger, an
         die diese Daten offengelegt wurden.

         Mit freundlichen Grüßen

         Dr. Anna Richter
         Rechtsanwältin

         Diese E-Mail enthält vertrauliche Informationen. Sollten Sie diese E-Mail irrtümlich
         erhalten haben, informieren Sie bitte sofort den Absender und löschen Sie diese E-Mail.
         """), style="outlook", lang_hdr="de-DE",
         attach=[attpart(pdf_stub("Vollmacht Neumann"), "application/pdf", "Vollmacht_Neumann.pdf")]))

add("", "H", "de data portability alone (Art. 20 DSGVO, transmit to another provider)",
    mail(addr("Stefan Wolf", "stefan.wolf@example.net"), "Datenübertragbarkeit",
         D("""
         Hallo,

         ich möchte gemäß Art. 20 DSGVO meine Bestell- und Kundendaten in einem maschinenlesbaren
         Format direkt an einen anderen Anbieter (FrischKorb) übermitteln lassen. Ist das bei Ihnen
         möglich?

         Grüße
         Stefan Wolf
         """), style="thunderbird", lang_hdr="de-DE"))

add("", "H", "de question only: what happens to bonus points on termination; still undecided",
    mail(addr("Monika Lang", "monika.lang@mail.example.net"), "Frage zu Bonuspunkten",
         D("""
         Guten Tag, was passiert eigentlich mit meinen Bonuspunkten, wenn ich mein Konto kündige?
         Ich überlege noch. Danke!
         """), style="apple_ios"))

add("", "I", "de out-of-office (Abwesenheitsnotiz) with Auto-Submitted, quoting the customer's erasure request",
    mail(addr("Klaus Fischer", "k.fischer@corp.example.org"), "Abwesenheitsnotiz: Re: Löschung meiner Daten",
         D("""
         Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich Freitag nicht im Büro und habe
         keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an
         sekretariat@corp.example.org.

         Am 15.09.2025 schrieb Klaus Fischer:
         > Bitte löschen Sie alle meine Daten.
         """), extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]))

_mdn3 = SEQ[0] + 1
add("", "I", "de read receipt (Gelesen:), multipart/report disposition-notification, Thunderbird style",
    raw_message(
        [("From", addr("Heike Bauer", "heike.bauer@example.net")), ("To", PRIV),
         ("Subject", "Gelesen: Ihre Anfrage PRV-2025-0921"), ("Date", mkdate(_mdn3, "+0200")),
         ("Message-ID", "<%s@example.net>" % H("mdn", _mdn3)[:24]),
         ("User-Agent", UA["thunderbird"])],
        multi("report", [
            textpart(D("""
            Dies ist eine Empfangsbestätigung für eine Nachricht, die Sie an heike.bauer@example.net gesendet haben.

            Hinweis: Diese Empfangsbestätigung sagt nur aus, dass die Nachricht angezeigt wurde. Es gibt keine Garantie, dass der Inhalt gelesen oder verstanden wurde.
            """), cte="8bit"),
            rawpart("message/disposition-notification", D("""
            Reporting-UA: example.net; Thunderbird 115.10.1
            Final-Recipient: rfc822;heike.bauer@example.net
            Original-Message-ID: <PRV-2025-0921.1@example.com>
            Disposition: manual-action/MDN-sent-manually; displayed
            """))], "------------2MxQ4bK7vRz0fLw3Yp1cNs8D", params="; report-type=disposition-notification")))


# ==========================================================================
# FRENCH
# ==========================================================================
section("fr")

add("D", "T", "fr, erase order history and saved addresses = deletion",
    mail(addr("Claire Dubois", "claire.dubois@mail.example.net"), "Effacement de mes données",
         D("""
         Bonjour,

         Je vous demande d'effacer l'historique de mes commandes ainsi que les adresses enregistrées
         dans mon profil. Je n'ai plus aucune raison de vous les confier.

         Cordialement,
         Claire Dubois
         """), style="gmail"))

add("W", "T", "fr, no longer wishes to receive offers by SMS or e-mail = withdrawal",
    mail(addr("Julien Moreau", "julien.moreau@example.net"), "Offres promotionnelles",
         D("""
         Bonjour,

         Je ne souhaite plus recevoir vos offres par SMS ni par e-mail. Merci de retirer mes
         coordonnées de vos listes de prospection.

         Julien
         """), style="apple_ios"))

add("X", "T", "fr, terminate customer account (résilier) = cancellation",
    mail(addr("Isabelle Laurent", "isabelle.laurent@example.org"), "Résiliation de mon compte",
         D("""
         Madame, Monsieur,

         Je vous prie de bien vouloir résilier mon compte client ExampleMart, que je n'utilise plus
         depuis mon retour en France.

         Veuillez agréer mes salutations distinguées.
         Isabelle Laurent
         """), charset="iso-8859-1", cte="quoted-printable", subj_enc="Q"))

add("AC", "T", "fr, new request above quoted old mail ('Le ... a écrit :'): copy of data + new address = access+correction",
    mail(addr("Nicolas Petit", "nicolas.petit@mail.example.net"), "Re: Question sur ma carte fidélité",
         D("""
         Bonjour,

         Pourriez-vous m'envoyer une copie des données que vous détenez sur moi ? Par ailleurs, mon
         adresse a changé : 27 Cairnhill Road #09-01, Singapore 229724. Merci de la mettre à jour.

         Nicolas

         Le lun. 1 sept. 2025 à 09:14, Nicolas Petit <nicolas.petit@mail.example.net> a écrit :
         > Bonjour, ma carte fidélité ne fonctionne plus en caisse. Pouvez-vous vérifier ?
         """), style="gmail"))

add("AD", "T", "fr lawyer on behalf of client: communication then erasure; disclaimer 'si vous avez reçu ce message par erreur ... détruire' is not a request = access+deletion",
    mail(addr("Me Sophie Garnier", "s.garnier@avocats-garnier.example.org"), "Notre client M. Pierre Lambert - données personnelles",
         D("""
         Madame, Monsieur,

         Je vous informe intervenir en qualité de conseil de M. Pierre Lambert, dont vous trouverez
         le mandat ci-joint.

         Mon client souhaite obtenir la communication de l'ensemble des données personnelles le
         concernant que vous détenez, puis leur effacement complet une fois cette communication
         effectuée.

         Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

         Maître Sophie Garnier
         Avocate au Barreau de Lyon

         Ce message et ses pièces jointes sont confidentiels. Si vous avez reçu ce message par
         erreur, merci d'en avertir immédiatement l'expéditeur et de le détruire.
         """), style="outlook", lang_hdr="fr-FR",
         attach=[attpart(pdf_stub("Mandat Lambert"), "application/pdf", "Mandat_Lambert.pdf")]))

add("C", "T", "fr HTML-only windows-1252: surname misspelt (fact only, no explicit ask) = correction",
    mail(addr("Hélène Lefebvre", "helene.lefebvre@example.net", "windows-1252", "Q"), "Orthographe de mon nom",
         "", html_only=True, charset="windows-1252", cte="quoted-printable", subj_cs="windows-1252", subj_enc="Q",
         html=D("""
         <html><body>
         <p>Bonjour,</p>
         <p>Dans votre système, mon nom de famille est orthographié « Lefèbvre », alors qu’il s’écrit
         « Lefebvre », sans accent. C’est ainsi qu’il figure sur mon passeport.</p>
         <p>Hélène Lefebvre</p>
         </body></html>
         """)))

add("", "H", "fr chaser with nothing new ('Le ... a écrit :'); old request only in the quote",
    mail(addr("Antoine Girard", "antoine.girard@example.org"), "Re: Demande de suppression",
         D("""
         Bonjour,

         Je me permets de vous relancer : je n'ai toujours reçu aucune réponse à ma demande
         ci-dessous.

         Antoine

         Le 2 sept. 2025 à 18:40, Antoine Girard <antoine.girard@example.org> a écrit :
         > Merci de supprimer toutes mes données personnelles.
         """), style="apple_mac"))

add("", "H", "fr question only: retention period after account closure (information)",
    mail(addr("Camille Roux", "camille.roux@mail.example.net"), "Durée de conservation",
         D("""
         Bonjour,

         Combien de temps conservez-vous les données d'un client après la fermeture de son compte ?
         C'est pour un exposé à l'université.

         Merci,
         Camille
         """)))

add("", "I", "fr out-of-office with Auto-Submitted",
    mail(addr("Mathieu Fontaine", "m.fontaine@corp.example.org"), "Réponse automatique : Votre demande",
         D("""
         Bonjour,

         Je suis absent du bureau jusqu'au lundi prochain inclus. Pour toute urgence, merci de
         contacter le standard.

         Mathieu Fontaine
         """), extra=[("Auto-Submitted", "auto-replied")], style="outlook", lang_hdr="fr-FR"))

add("", "I", "fr helpdesk auto-receipt without auto headers; body cues only",
    mail("Service Client MaisonPlus <ne-pas-repondre@maisonplus.example.net>", "Nous avons bien reçu votre demande [#FR-20877]",
         D("""
         Bonjour,

         Nous avons bien reçu votre demande n° FR-20877. Un conseiller vous répondra sous 72 heures
         ouvrées.

         Merci de ne pas répondre à ce message envoyé automatiquement.
         """)))


# ==========================================================================
# SPANISH
# ==========================================================================
section("es")

add("X", "T", "es, cancel customer account definitively = cancellation",
    mail(addr("Lucía Fernández", "lucia.fernandez@mail.example.net"), "Cancelar mi cuenta",
         D("""
         Hola:

         Quiero cancelar definitivamente mi cuenta de cliente en ExampleMart. Ya no vivo en Singapur.

         Gracias,
         Lucía
         """), style="gmail"))

add("W", "T", "es negation: don't close the account, only stop WhatsApp/e-mail advertising = withdrawal",
    mail(addr("Javier Ortega", "javier.ortega@example.net"), "Publicidad",
         D("""
         Hola,

         No cierren mi cuenta, por favor, la sigo usando. Solo quiero dejar de recibir publicidad
         por WhatsApp y por correo electrónico.

         Saludos,
         Javier
         """), style="apple_ios"))

add("A", "T", "es formal right of access, ISO-8859-1 QP = access",
    mail(addr("María José Ruiz", "mj.ruiz@example.org", "iso-8859-1", "Q"), "Ejercicio del derecho de acceso",
         D("""
         Estimados señores:

         Por medio del presente escrito ejerzo mi derecho de acceso y solicito que me informen de qué
         datos personales míos tratan, con qué finalidad y a qué destinatarios se han comunicado.

         Atentamente,
         María José Ruiz
         """), charset="iso-8859-1", cte="quoted-printable", subj_enc="Q"))

add("XDW", "T", "es new request above quoted old mail with Outlook 'De:/Enviado:/Para:/Asunto:' header: close account + erase all data + stop promo calls meanwhile = cancellation+deletion+withdrawal",
    mail(addr("Carlos Méndez", "carlos.mendez@corp.example.org"), "RE: Cambio de teléfono",
         D("""
         Buenos días:

         Al final he decidido dejar de ser cliente. Por favor, cierren mi cuenta y borren todos los
         datos personales que tengan sobre mí. Y mientras lo tramitan, dejen de llamarme para
         ofrecerme promociones.

         Carlos Méndez

         De: Carlos Méndez <carlos.mendez@corp.example.org>
         Enviado: martes, 19 de agosto de 2025 10:05
         Para: privacy@example.com
         Asunto: Cambio de teléfono

         Mi nuevo número de teléfono es +65 9001 2233.
         """), style="outlook", lang_hdr="es-ES"))

add("CA", "T", "es, address changed + what data do you have = correction+access",
    mail(addr("Ana Torres", "ana.torres@mail.example.net"), "Datos personales",
         D("""
         Hola,

         Me he mudado: mi nueva dirección es 5 Holland Village Way #03-11, Singapore 275748. ¿Pueden
         actualizarla? Y de paso me gustaría saber qué datos tienen guardados sobre mí.

         Un saludo,
         Ana
         """), style="yahoo"))

add("", "H", "es person retracts: wrote to the wrong company; old request only in the quote",
    mail(addr("Pablo Navarro", "pablo.navarro@example.net"), "Re: Borrado de datos",
         D("""
         Perdón, me equivoqué de destinatario: el correo de abajo era para mi banco, no para
         ustedes. Olviden el mensaje anterior.

         Pablo

         El vie, 5 sept 2025 a las 12:30, Pablo Navarro (<pablo.navarro@example.net>) escribió:
         > Solicito el borrado de todos mis datos.
         """), style="gmail"))

add("", "I", "es auto-reply with NO auto headers; body cues only",
    mail(addr("Elena Castro", "elena.castro@corp.example.org"), "Respuesta automática: Su solicitud",
         D("""
         Gracias por su mensaje. Estoy fuera de la oficina hasta el próximo lunes, con acceso
         limitado al correo. Le responderé a mi regreso.
         """)))

add("", "I", "es spam with X-Spam-Flag: YES",
    mail("Premios Online <ganador@premios-online.example.net>", "¡Felicidades! Ha ganado un iPhone",
         D("""
         ¡Enhorabuena! Ha sido seleccionado para recibir un iPhone 16 Pro. Solo tiene que pagar
         los gastos de envío (1,95 €) en el siguiente enlace: http://premios-online.example.net/
         """), pre=[("X-Spam-Flag", "YES"), ("X-Spam-Status", "Yes, score=15.0")], style="yahoo"))


# ==========================================================================
# ITALIAN
# ==========================================================================
section("it")

add("D", "T", "it: 'cancellazione dei dati' means erasure, not account closure = deletion",
    mail(addr("Giulia Romano", "giulia.romano@mail.example.net"), "Richiesta di cancellazione dei dati",
         D("""
         Buongiorno,

         vi chiedo la cancellazione dei miei dati personali: indirizzi salvati, numero di telefono e
         storico degli acquisti.

         Cordiali saluti,
         Giulia Romano
         """), style="gmail"))

add("XW", "T", "it, new request above quoted mail ('Il giorno ... ha scritto:'): close account, meanwhile stop newsletters = cancellation+withdrawal",
    mail(addr("Marco Ricci", "marco.ricci@example.net"), "Re: Consegna in ritardo",
         D("""
         Salve,

         dopo l'ennesimo ritardo ho deciso: chiudete il mio account. E nel frattempo smettete di
         mandarmi le newsletter, per favore.

         Marco

         Il giorno mar 2 set 2025 alle ore 18:22 Marco Ricci <marco.ricci@example.net> ha scritto:
         > Il mio ordine EM-61022-SG è in ritardo di una settimana.
         """), style="gmail"))

add("W", "T", "it negation: don't close the account, only no more promotional SMS = withdrawal",
    mail(addr("Francesca Conti", "francesca.conti@example.org"), "SMS promozionali",
         D("""
         Buonasera,

         non chiudete l'account, mi serve ancora. Voglio soltanto non ricevere più SMS promozionali.

         Grazie,
         Francesca
         """), style="apple_ios"))

add("", "H", "it question only: if I delete the account do I lose the points",
    mail(addr("Luca Greco", "luca.greco@mail.example.net"), "Domanda sui punti",
         D("""
         Ciao, se cancello l'account perdo i punti accumulati? Ci sto pensando ma non ho ancora
         deciso.
         """)))

add("", "I", "it mailing-list post with List-Id / Precedence: list",
    mail(addr("Roberto Esposito", "roberto.esposito@example.net"), "[privacy-it] Richieste di cancellazione e backup",
         D("""
         Ciao a tutti,

         come gestite le richieste di cancellazione quando i dati sono anche nei backup? Li
         lasciate scadere o intervenite direttamente?

         Roberto

         ---
         Iscritto alla lista privacy-it. Per disiscriverti: privacy-it-leave@lists.example.org
         """), extra=[("List-Id", "Privacy Italia <privacy-it.lists.example.org>"), ("Precedence", "list"),
                      ("List-Unsubscribe", "<mailto:privacy-it-leave@lists.example.org>")]))


# ==========================================================================
# DUTCH
# ==========================================================================
section("nl")

add("A", "T", "nl access request (inzageverzoek AVG) = access",
    mail(addr("Sanne de Vries", "sanne.devries@mail.example.net"), "Inzageverzoek",
         D("""
         Geachte heer/mevrouw,

         Graag ontvang ik een overzicht van alle persoonsgegevens die ExampleMart van mij verwerkt,
         met de doelen waarvoor u ze gebruikt en aan wie u ze heeft verstrekt.

         Met vriendelijke groet,
         Sanne de Vries
         """), style="thunderbird", lang_hdr="nl-NL"))

add("D", "T", "nl erasure template, also revokes consent 'voor zover' = deletion only (convention)",
    mail(addr("Pieter Bakker", "pieter.bakker@example.net"), "Verzoek tot verwijdering van persoonsgegevens",
         D("""
         Geachte heer/mevrouw,

         Hierbij verzoek ik u om alle persoonsgegevens die u van mij verwerkt zonder onnodige
         vertraging te wissen. Voor zover de verwerking op mijn toestemming berust, trek ik deze
         hierbij in.

         Ik verzoek u mij binnen een maand te bevestigen dat de gegevens zijn verwijderd.

         Met vriendelijke groet,
         Pieter Bakker
         """), style="gmail"))

add("CW", "T", "nl, new request above quoted old mail with Outlook 'Van:/Verzonden:/Aan:/Onderwerp:': surname changed + no more advertising = correction+withdrawal",
    mail(addr("Eva Jansen", "eva.jansen@corp.example.org"), "RE: Bezorging",
         D("""
         Hallo,

         Mijn achternaam is sinds kort Jansen-Visser; wilt u die in mijn klantprofiel aanpassen?
         En ik wil voortaan geen reclame meer ontvangen, ook niet per sms.

         Groet,
         Eva

         Van: Eva Jansen <eva.jansen@corp.example.org>
         Verzonden: dinsdag 26 augustus 2025 14:03
         Aan: privacy@example.com
         Onderwerp: Bezorging

         Mijn pakket is niet aangekomen.
         """), style="outlook", lang_hdr="nl-NL"))

add("", "H", "nl order question (damaged delivery)",
    mail(addr("Daan Visser", "daan.visser@mail.example.net"), "Beschadigde bestelling",
         D("""
         Hoi, mijn bestelling EM-70221-SG kwam beschadigd aan (glazen pot gebroken). Kan ik een
         vervangend product krijgen?
         """), style="apple_ios"))

add("", "I", "nl out-of-office with Auto-Submitted",
    mail(addr("Lotte Smit", "lotte.smit@corp.example.org"), "Automatisch antwoord: Uw verzoek",
         D("""
         Bedankt voor uw bericht. Ik ben afwezig tot en met vrijdag en lees mijn e-mail niet. Voor
         dringende zaken kunt u contact opnemen met de receptie.
         """), extra=[("Auto-Submitted", "auto-replied")], style="outlook", lang_hdr="nl-NL"))


# ==========================================================================
# PORTUGUESE
# ==========================================================================
section("pt")

add("X", "T", "pt-BR, close (encerrar) my account = cancellation",
    mail(addr("Rafael Souza", "rafael.souza@mail.example.net"), "Encerrar conta",
         D("""
         Olá,

         Gostaria de encerrar minha conta na ExampleMart. Voltei para o Brasil e não vou mais usar.

         Obrigado,
         Rafael
         """), style="gmail"))

add("AD", "T", "pt-BR, new request above quoted old mail ('Em ... escreveu:'): copy of data, then erase = access+deletion",
    mail(addr("Beatriz Lima", "beatriz.lima@example.net"), "Re: Pedido atrasado",
         D("""
         Oi,

         Mudando de assunto: quero receber uma cópia de todos os meus dados pessoais que vocês têm e,
         depois disso, que eles sejam apagados.

         Beatriz

         Em seg., 8 de set. de 2025 às 09:41, Beatriz Lima <beatriz.lima@example.net> escreveu:
         > Meu pedido ainda não chegou.
         """), style="gmail"))

add("W", "T", "pt-PT ISO-8859-1: no more marketing communications = withdrawal",
    mail(addr("João Pereira", "joao.pereira@example.org", "iso-8859-1", "Q"), "Comunicações de marketing",
         D("""
         Exmos. Senhores,

         Não pretendo continuar a receber comunicações de marketing da vossa parte, seja por correio
         eletrónico, seja por SMS.

         Com os melhores cumprimentos,
         João Pereira
         """), charset="iso-8859-1", cte="quoted-printable", subj_enc="Q"))

add("", "H", "pt complaint about rude delivery driver; no request",
    mail(addr("Fernanda Alves", "fernanda.alves@mail.example.net"), "Reclamação",
         D("""
         Boa tarde, o entregador de vocês foi extremamente grosseiro comigo hoje e ainda jogou o
         pacote no chão. Quero registrar uma reclamação formal.
         """), style="apple_ios"))

add("", "I", "pt helpdesk auto-receipt with Auto-Submitted",
    mail("Atendimento CasaBoa <atendimento@casaboa.example.net>", "Recebemos sua solicitação #BR-44190",
         D("""
         Olá! Recebemos sua solicitação #BR-44190 e responderemos em até 2 dias úteis.

         Esta é uma mensagem automática, por favor não responda.
         """), extra=[("Auto-Submitted", "auto-replied")]))


# ==========================================================================
# POLISH
# ==========================================================================
section("pl")

add("XD", "T", "pl ISO-8859-2 QP: delete account and all personal data = cancellation+deletion",
    mail(addr("Katarzyna Wójcik", "k.wojcik@mail.example.net", "iso-8859-2", "Q"), "Usunięcie konta i danych",
         D("""
         Dzień dobry,

         proszę o usunięcie mojego konta w ExampleMart oraz wszystkich moich danych osobowych.
         Wyjechałam z Singapuru i nie będę już korzystać z Państwa usług.

         Z poważaniem,
         Katarzyna Wójcik
         """), charset="iso-8859-2", cte="quoted-printable", subj_cs="iso-8859-2", subj_enc="Q"))

add("A", "T", "pl, new request above quoted old mail with Outlook 'Od:/Wysłano:/Do:/Temat:': what data processed and to whom disclosed = access",
    mail(addr("Tomasz Kowalczyk", "tomasz.kowalczyk@corp.example.org"), "RE: Faktura",
         D("""
         Dzień dobry,

         przy okazji proszę o informację, jakie dane osobowe na mój temat Państwo przetwarzają i komu
         zostały udostępnione.

         Pozdrawiam,
         Tomasz Kowalczyk

         Od: Tomasz Kowalczyk <tomasz.kowalczyk@corp.example.org>
         Wysłano: czwartek, 28 sierpnia 2025 08:55
         Do: privacy@example.com
         Temat: Faktura

         Proszę o fakturę do zamówienia EM-50310-SG.
         """), style="outlook", lang_hdr="pl-PL"))

add("", "I", "pl newsletter with List-Id / List-Unsubscribe ('wypisz się' footer)",
    mail("Sklep Zdrowie <newsletter@sklepzdrowie.example.net>", "Nowości tygodnia: -30% na witaminy",
         D("""
         Nowości tygodnia: witaminy i suplementy -30% do niedzieli.

         Nie chcesz otrzymywać newslettera? Wypisz się: https://sklepzdrowie.example.net/wypisz
         """), style="gmail",
         extra=[("List-Id", "<newsletter.sklepzdrowie.example.net>"),
                ("List-Unsubscribe", "<https://sklepzdrowie.example.net/wypisz?u=3301>"), ("Precedence", "bulk")]))


# ==========================================================================
# SWEDISH
# ==========================================================================
section("sv")

add("W", "T", "sv, new request above quoted old mail with 'Från:/Skickat:/Till:/Ämne:': no more advertising by SMS = withdrawal",
    mail(addr("Erik Lindqvist", "erik.lindqvist@mail.example.net"), "SV: Leverans",
         D("""
         Hej,

         Jag vill inte längre få reklam via sms eller e-post från er. Kontot kan ni behålla.

         Mvh
         Erik

         Från: Erik Lindqvist <erik.lindqvist@mail.example.net>
         Skickat: den 3 september 2025 09:12
         Till: privacy@example.com
         Ämne: Leverans

         När kommer min beställning?
         """), style="outlook", lang_hdr="sv-SE"))

add("", "H", "sv chaser with nothing new",
    mail(addr("Anna Johansson", "anna.johansson@example.net"), "Sv: Begäran om radering",
         D("""
         Hej igen,

         Jag har fortfarande inte fått något svar på min begäran nedan. Hur går det?

         Anna

         > Jag vill att ni raderar alla mina personuppgifter.
         """), style="apple_mac"))


# ==========================================================================
# DANISH
# ==========================================================================
section("da")

add("C", "T", "da, new address above quoted old mail with 'Fra:/Sendt:/Til:/Emne:' = correction",
    mail(addr("Mette Nielsen", "mette.nielsen@corp.example.org"), "SV: Ordre",
         D("""
         Hej,

         Min adresse er ændret til 3 Everton Park #07-21, Singapore 081003. Vil I rette den i min
         profil?

         Venlig hilsen
         Mette

         Fra: Mette Nielsen <mette.nielsen@corp.example.org>
         Sendt: 25. august 2025 13:40
         Til: privacy@example.com
         Emne: Ordre

         Hvornår bliver min ordre leveret?
         """), style="outlook", lang_hdr="da-DK"))

add("", "I", "da auto-reply (Autosvar) with Auto-Submitted",
    mail(addr("Lars Hansen", "lars.hansen@corp.example.org"), "Autosvar: Jeres henvendelse",
         D("""
         Tak for din mail. Jeg er på ferie og læser ikke mails før i næste uge.
         """), extra=[("Auto-Submitted", "auto-replied")]))


# ==========================================================================
# UNSUPPORTED LANGUAGES -> human, no labels
# ==========================================================================
section("ru")
add("", "H", "ru (unsupported) KOI8-R: asks to delete data and close account; unsupported language -> human, no labels",
    mail(addr("Иван Петров", "ivan.petrov@mail.example.net", "koi8-r"), "Удаление аккаунта",
         D("""
         Здравствуйте!

         Прошу удалить все мои персональные данные и закрыть мой аккаунт в ExampleMart.

         С уважением,
         Иван Петров
         """), charset="koi8-r", cte="8bit", subj_cs="koi8-r"))

section("ar")
add("", "H", "ar (unsupported): asks for a copy of personal data; unsupported language -> human, no labels",
    mail(addr("أحمد خالد", "ahmed.khaled@example.net"), "طلب نسخة من بياناتي",
         D("""
         السلام عليكم،

         أطلب نسخة من جميع بياناتي الشخصية المحفوظة لديكم.

         مع الشكر،
         أحمد خالد
         """), style="gmail"))

section("hi")
add("", "H", "hi (unsupported): asks to close account; unsupported language -> human, no labels",
    mail(addr("राहुल शर्मा", "rahul.sharma@mail.example.net"), "खाता बंद करने का अनुरोध",
         D("""
         नमस्ते,

         कृपया मेरा ExampleMart खाता बंद कर दें। मैं अब इसका उपयोग नहीं करूँगा।

         धन्यवाद,
         राहुल शर्मा
         """), style="apple_ios"))

section("tr")
add("", "H", "tr (unsupported) ISO-8859-9: no more advertising SMS; unsupported language -> human, no labels",
    mail(addr("Mehmet Yılmaz", "mehmet.yilmaz@example.org", "iso-8859-9", "Q"), "Reklam mesajları",
         D("""
         Merhaba,

         Artık reklam SMS'leri ve e-postaları almak istemiyorum. Lütfen beni listelerinizden
         çıkarın.

         Mehmet Yılmaz
         """), charset="iso-8859-9", cte="quoted-printable", subj_cs="iso-8859-9", subj_enc="Q"))

section("he")
add("", "H", "he (unsupported): asks to delete personal information; unsupported language -> human, no labels",
    mail(addr("יוסי כהן", "yossi.cohen@mail.example.net"), "בקשה למחיקת מידע",
         D("""
         שלום,

         אבקש למחוק את כל המידע האישי שלי שנשמר אצלכם.

         תודה,
         יוסי כהן
         """), style="gmail"))

section("uk")
add("", "H", "uk (unsupported) windows-1251: surname misspelt, asks to fix; unsupported language -> human, no labels",
    mail(addr("Олена Шевченко", "olena.shevchenko@example.net", "windows-1251"), "Виправлення прізвища",
         D("""
         Добрий день!

         У моєму профілі прізвище написане як «Шевчинко», а правильно «Шевченко». Прошу виправити.

         З повагою,
         Олена Шевченко
         """), charset="windows-1251", cte="base64", subj_cs="windows-1251"))


# --------------------------------------------------------------------------
# output + self-check
# --------------------------------------------------------------------------
ADDR_RE = re.compile(r"[A-Za-z0-9._%+=-]+@([A-Za-z0-9.-]+\.[A-Za-z]{2,})")
OK_DOM = re.compile(r"(^|\.)example\.(com|org|net)$", re.I)


def check_file(path):
    msg = BytesParser(policy=policy.default).parsebytes(path.read_bytes())
    for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
        assert msg[h] is not None, (path.name, h)
    texts = [str(msg[h]) for h in ("From", "To", "Cc", "Reply-To", "Return-Path") if msg[h] is not None]
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        c = part.get_content()
        if ct.startswith("text/") and isinstance(c, str):
            texts.append(c)
        if ct == "message/rfc822":
            texts.append(c.as_string())
    for t in texts:
        for m in ADDR_RE.finditer(t):
            d = m.group(1).rstrip(".")
            assert OK_DOM.search(d), (path.name, m.group(0))
    body = msg.get_body(preferencelist=("plain", "html"))
    return msg, body


def main(outdir):
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    for old in outdir.glob("c[0-9][0-9][0-9].eml"):
        old.unlink()
    order = sorted(ITEMS, key=lambda it: H("blind5-order", it["idx"]))
    rows = []
    for i, it in enumerate(order, 1):
        name = "c%03d.eml" % i
        (outdir / name).write_bytes(it["data"])
        rows.append({"file": name, "labels": it["labels"], "route": it["route"],
                     "lang": it["lang"], "notes": it["notes"]})
    with open(outdir / "manifest.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    # self-check -----------------------------------------------------------
    files = sorted(outdir.glob("c[0-9][0-9][0-9].eml"))
    man = [json.loads(l) for l in (outdir / "manifest.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(files) == len(man) == len(ITEMS), (len(files), len(man), len(ITEMS))
    assert [f.name for f in files] == [r["file"] for r in man]
    for f in files:
        assert b"\r" not in f.read_bytes(), f.name
        check_file(f)

    # counts + README ----------------------------------------------------------
    by_lang = Counter(r["lang"] for r in rows)
    by_route = Counter(r["route"][0] for r in rows)
    by_label = Counter(l for r in rows for l in r["labels"])
    lang_route = {}
    for r in rows:
        lang_route.setdefault(r["lang"], Counter())[r["route"][0]] += 1
    multi_n = sum(1 for r in rows if len(r["labels"]) >= 2)
    three_n = sum(1 for r in rows if len(r["labels"]) >= 3)
    combos = Counter("+".join(r["labels"]) for r in rows if len(r["labels"]) >= 2)
    order_l = sorted(by_lang, key=lambda k: (-by_lang[k], k))
    lines = ["# blind5 - blind evaluation set for the privacy-request intake bot", "",
             "**This set was written blind (without looking at the classifier, its tests, the shared corpus's "
             "emails or other helpers' sets) and must never be used for training or tuning** - only for a final, "
             "untouched measurement.", "",
             "Generated by `make_blind5.py` (standard library only, deterministic, byte-for-byte "
             "reproducible: `python3 make_blind5.py [OUTDIR]`). Files `c001.eml` ... `c%03d.eml` (LF line "
             "endings) and `manifest.jsonl` (one JSON object per line: `file`, `labels`, `route`, `lang`, "
             "`notes` = \"why labelled so | MIME: structure\"). Company, people and addresses are fictional "
             "(ExampleMart Pte. Ltd., `example.com/.org/.net` only)." % len(rows), "",
             "Labelling follows `/work/helpers/brief/conventions.md`. Mail in languages the company does not "
             "support (ru, ar, hi, tr, he, uk) is routed `human` with empty labels whatever it asks.", "",
             "## Totals", "",
             "- files: %d" % len(rows),
             "- routes: " + ", ".join("%s %d (%.0f%%)" % (k, by_route[k], 100.0 * by_route[k] / len(rows))
                                      for k in ("ticket", "human", "ignore")),
             "- multi-type tickets (2-3 labels): %d (of which 3 labels: %d)" % (multi_n, three_n),
             "- label occurrences: " + ", ".join("%s %d" % (k, by_label[k]) for k in LABEL_ORDER),
             "- multi-type combinations: " + ", ".join("%s %d" % (k, v) for k, v in sorted(combos.items(), key=lambda x: (-x[1], x[0]))),
             "", "## By language and route", "",
             "| lang | total | ticket | human | ignore |", "|---|---|---|---|---|"]
    for k in order_l:
        c = lang_route[k]
        lines.append("| %s | %d | %d | %d | %d |" % (k, by_lang[k], c["ticket"], c["human"], c["ignore"]))
    lines.append("| **all** | %d | %d | %d | %d |" % (len(rows), by_route["ticket"], by_route["human"], by_route["ignore"]))
    hans = sum(1 for r in rows if r["lang"] == "zh" and "zh-Hant" not in r["notes"])
    lines += ["", "Chinese (`zh`): %d Simplified (incl. zh/en code-mixed) and %d Traditional (incl. Cantonese/"
              "English code-mixed); the note of each row says which." % (hans, by_lang["zh"] - hans), "",
              "## What is in it", "",
              "- tickets with one to three request types; negations (\"keep the account, just stop ...\"), "
              "conditionals, subjects contradicted by the body, corrections stated only as a fact, statutory "
              "PDPA s21 access letters listing (a)(b)(c), a s16 withdrawal letter, erasure template letters "
              "(deletion only), on-behalf requests (parent, lawyer, executor, spouse, adult child);",
              "- chasers / thank-yous with and without a new request; new requests above a quoted older one; "
              "requests only inside a quote; quote headers in many languages (On ... wrote, Le ... a \u00e9crit, "
              "Am ... schrieb, Fra/Sendt/Til/Emne, \u5bc4\u4ef6\u8005, \u9001\u4fe1\u8005, \ubcf4\ub0b8 \uc0ac\ub78c, Van/Verzonden, Od/Wys\u0142ano, "
              "Fr\u00e5n/Skickat, De/Enviado, Em ... escreveu, Il giorno ... ha scritto, Pada ... menulis, V\u00e0o ... \u0111\u00e3 vi\u1ebft, "
              "\u0e40\u0e21\u0e37\u0e48\u0e2d ... \u0e40\u0e02\u0e35\u0e22\u0e19\u0e27\u0e48\u0e32);",
              "- forwards inline and as `message/rfc822`; staff-addressed mail; confidentiality disclaimers;",
              "- machine mail: out-of-office with and without `Auto-Submitted`, Postfix/Exchange DSNs and a "
              "delayed warning (`multipart/report`), read receipts (MDN), other helpdesks' receipts (some with no "
              "auto headers), `List-Id` mail, newsletters with unsubscribe footers, spam with and without "
              "`X-Spam-Flag: YES`;",
              "- MIME: Gmail/Outlook/Apple Mail/Thunderbird/Yahoo-style headers and `multipart/alternative`, "
              "HTML-only, quoted-printable and base64 bodies, GB2312, GBK, Big5, Shift_JIS, ISO-2022-JP, EUC-KR, "
              "TIS-620, windows-1252/1251, ISO-8859-1/2/9, KOI8-R, RFC 2047 B and Q subjects, RFC 2231 filename, "
              "PDF/PNG/JPEG stubs, an Outlook `multipart/related` mail with inline logo (no TNEF).", ""]
    (outdir / "README.md").write_text("\n".join(lines), encoding="utf-8", newline="\n")

    print("files:", len(rows))
    print("routes:", dict(by_route))
    print("labels:", dict(by_label))
    print("multi-type:", multi_n, "three:", three_n)
    print("langs:", {k: (by_lang[k], dict(lang_route[k])) for k in order_l})


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parent)
