#!/usr/bin/env python3
"""Generate the blind8 evaluation set for the ExampleMart privacy-mailbox bot.

Standard library only and deterministic: every date, Message-ID, boundary and the file
order are derived from SHA-1 hashes of fixed keys, so two runs write identical bytes.

    python3 make_blind8.py            # writes e001.eml ... eNNN.eml + manifest.jsonl here
    python3 make_blind8.py --check    # only re-runs the self-checks on the files on disk

Every person, address, phone, member and order number below is invented. Only
example.com / example.org / example.net domains are used.
"""
import base64
import datetime as dt
import hashlib
import html as htmlmod
import json
import quopri
import re
import sys
from email import policy
from email.parser import BytesParser
from email.utils import format_datetime
from pathlib import Path

OUT = Path(__file__).resolve().parent
PRIV = "privacy@example.com"
PRIV_NAMED = "ExampleMart Privacy <privacy@example.com>"
LABELS = ("access", "correction", "deletion", "withdrawal", "cancellation")

CODEC = {
    "utf-8": "utf-8", "us-ascii": "ascii", "gb2312": "gb2312", "gbk": "gbk",
    "big5": "big5", "iso-2022-jp": "iso2022_jp", "euc-kr": "euc_kr",
    "ks_c_5601-1987": "euc_kr", "tis-620": "tis_620", "windows-1252": "cp1252",
    "iso-8859-1": "latin-1", "iso-8859-15": "iso8859_15",
}


def h(s, n=12):
    return hashlib.sha1(s.encode("utf-8")).hexdigest()[:n]


def codec(cs):
    return CODEC[cs.lower()]


# --------------------------------------------------------------------------- headers

def _qenc(b):
    out = []
    for x in b:
        c = chr(x)
        if x == 0x20:
            out.append("_")
        elif c.isascii() and (c.isalnum() or c in "!*+-/"):
            out.append(c)
        else:
            out.append("=%02X" % x)
    return "".join(out)


def ew(s, cs="utf-8", enc="B", label=None):
    """RFC 2047 encode s (split into words of at most 75 chars)."""
    if s.isascii() and "=?" not in s:
        return s
    label = label or cs.upper()

    def word(chunk):
        b = chunk.encode(codec(cs))
        if enc == "B":
            return "=?%s?B?%s?=" % (label, base64.b64encode(b).decode())
        return "=?%s?Q?%s?=" % (label, _qenc(b))

    # pack whole words (with their trailing space) into encoded-words; split a word only if it alone
    # does not fit
    words, chunk = [], ""
    for tok in re.findall(r"\S+\s*|\s+", s):
        if len(word(chunk + tok)) <= 75:
            chunk += tok
            continue
        if chunk:
            words.append(word(chunk))
            chunk = ""
        for ch in tok:
            if chunk and len(word(chunk + ch)) > 75:
                words.append(word(chunk))
                chunk = ch
            else:
                chunk += ch
    words.append(word(chunk))
    return "\n ".join(words)


def addr(name, email, cs="utf-8", enc="B"):
    if not name:
        return email
    if name.isascii():
        if re.search(r'[(),.:;<>@\[\]"]', name):
            name = '"%s"' % name.replace('"', '\\"')
        return "%s <%s>" % (name, email)
    return "%s <%s>" % (ew(name, cs, enc), email)


def fold(name, value):
    """Fold at spaces to about 78 columns, never between the field name and its first token."""
    line = "%s: %s" % (name, value)
    if "\n" in value or len(line) <= 78:
        return line
    toks = value.split(" ")
    out, cur = [], "%s: %s" % (name, toks[0])
    for tok in toks[1:]:
        if len(cur) + 1 + len(tok) > 76:
            out.append(cur)
            cur = " " + tok
        else:
            cur += " " + tok
    out.append(cur)
    return "\n".join(out)


# --------------------------------------------------------------------------- MIME entities

class Ent:
    def __init__(self, headers, body, expect=None):
        self.headers = list(headers)
        self.body = body
        self.expect = expect or []          # [(content_type, text)] for leaf texts

    def render(self):
        head = "\n".join(fold(k, v) for k, v in self.headers)
        body = self.body if self.body.endswith(b"\n") else self.body + b"\n"
        return head.encode("ascii") + b"\n\n" + body


def encode_cte(raw, cte):
    if cte in ("7bit", "8bit"):
        if cte == "7bit":
            assert all(b < 128 for b in raw), "non-ascii in 7bit"
        return raw if raw.endswith(b"\n") else raw + b"\n"
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        return base64.encodebytes(raw)
    raise ValueError(cte)


def text(t, sub="plain", cs="utf-8", cte=None, label=None, params="", extra=(), quote_cs=True):
    raw = t.encode(codec(cs))
    if cte is None:
        cte = "7bit" if all(b < 128 for b in raw) else "8bit"
    label = label or cs
    cs_param = '"%s"' % label if quote_cs else label
    hdrs = [("Content-Type", "text/%s; charset=%s%s" % (sub, cs_param, params)),
            ("Content-Transfer-Encoding", cte)] + list(extra)
    return Ent(hdrs, encode_cte(raw, cte), [("text/" + sub, t)])


def multi(sub, parts, bnd, params="", preamble=None, extra=()):
    body = b""
    if preamble:
        body += preamble.encode("ascii") + b"\n\n"
    for p in parts:
        body += b"--" + bnd.encode() + b"\n" + p.render()
    body += b"--" + bnd.encode() + b"--\n"
    exp = [e for p in parts for e in p.expect]
    return Ent([("Content-Type", 'multipart/%s; boundary="%s"%s' % (sub, bnd, params))] + list(extra),
               body, exp)


def pdf(name, title):
    stream = "BT /F1 11 Tf 72 770 Td (%s) Tj ET" % title
    doc = ("%%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
           "2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n"
           "3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R>> endobj\n"
           "4 0 obj <</Length %d>> stream\n%s\nendstream endobj\n"
           "trailer <</Root 1 0 R>>\n%%%%EOF\n" % (len(stream), stream))
    return Ent([("Content-Type", 'application/pdf; name="%s"' % name),
                ("Content-Disposition", 'attachment; filename="%s"' % name),
                ("Content-Transfer-Encoding", "base64")], base64.encodebytes(doc.encode("latin-1")))


def rfc822(inner, fname=None):
    disp = "attachment" + ('; filename="%s"' % fname if fname else "")
    return Ent([("Content-Type", "message/rfc822"), ("Content-Disposition", disp)], inner.render(),
               inner.expect)


def plain_block(fields):
    return "\n".join("%s: %s" % kv for kv in fields) + "\n"


# --------------------------------------------------------------------------- HTML shapes

def _lines_html(t, tag="div"):
    out = []
    for line in t.split("\n"):
        out.append("<%s>%s</%s>" % (tag, htmlmod.escape(line, quote=False) if line else "<br>", tag))
    return "\n".join(out)


def html_for(t, style, cs="utf-8"):
    t = t.rstrip("\n")
    if style == "gmail":
        body = []
        for line in t.split("\n"):
            body.append("<div>%s</div>" % (htmlmod.escape(line, quote=False) if line else "<br>"))
        return '<div dir="ltr">' + "\n".join(body) + "</div>\n"
    if style == "outlook":
        paras = "\n".join('<p class="MsoNormal">%s<o:p></o:p></p>' % (htmlmod.escape(l, quote=False) if l else "&nbsp;")
                          for l in t.split("\n"))
        return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n'
                '\tfont-family:"Calibri",sans-serif;}\n@page WordSection1\n\t{size:612.0pt 792.0pt;}\n'
                'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
                '<body lang="EN-SG" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
                '<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n' % (cs, paras))
    if style == "apple":
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=%s"></head>'
                '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
                '\n%s\n</body></html>\n' % (cs, _lines_html(t)))
    # generic web form / other clients
    return ("<html><body>\n%s\n</body></html>\n" % "\n".join(
        "<p>%s</p>" % htmlmod.escape(p, quote=False).replace("\n", "<br>\n") for p in t.split("\n\n")))


# --------------------------------------------------------------------------- messages

ROWS = []
KEYS = set()
TZ = {"+0800": 8 * 60, "+0700": 7 * 60, "+0900": 9 * 60, "+0530": 5 * 60 + 30, "+0100": 60,
      "+0200": 120, "+0000": 0, "-0300": -180, "+0630": 6 * 60 + 30, "+0300": 180, "-0500": -300,
      "+1000": 600}
CLIENT_HDR = {
    "outlook": [("X-Mailer", "Microsoft Outlook 16.0")],
    "apple": [("X-Mailer", "Apple Mail (2.3826.500.181.1.5)")],
    "iphone": [("X-Mailer", "iPhone Mail (22D72)")],
    "thunderbird": [("User-Agent", "Mozilla Thunderbird")],
    "foxmail": [("X-Mailer", "Foxmail 7.2.25.375[cn]")],
    "android": [("X-Mailer", "Samsung Email 6.1")],
    "webmail": [("X-Mailer", "Roundcube Webmail/1.6.9")],
    "gmail": [], "plain": [], "form": [("X-Mailer", "ExampleMart WebForm 2.3")],
}


def when(key, tz="+0800", shift=0):
    base = dt.datetime(2025, 2, 3, 0, 0, tzinfo=dt.timezone.utc)
    minutes = int(h(key, 8), 16) % (60 * 24 * 110) + shift
    t = base + dt.timedelta(minutes=minutes)
    return t.astimezone(dt.timezone(dt.timedelta(minutes=TZ[tz])))


def D(y, mo, d, hh, mm, tz="+0800"):
    return dt.datetime(y, mo, d, hh, mm, tzinfo=dt.timezone(dt.timedelta(minutes=TZ[tz])))


def msgid(key, domain):
    return "<%s.%s@%s>" % (h(key + "m", 14), h(key + "n", 6), domain)


def dom(email):
    return email.rsplit("@", 1)[1]


def body_ent(key, body, client, cs, cte, html, label=None, flowed=False):
    """Build the body entity for the given client style."""
    if client in ("gmail", "outlook", "apple", "foxmail") and html is not False:
        style = {"foxmail": "generic"}.get(client, client)
        ht = html if isinstance(html, str) else html_for(body, style, label or cs)
        if client == "gmail":
            bnd = "000000000000" + h(key + "b", 12)
            if cte is None:
                cte = "7bit" if body.isascii() else ("base64" if cs == "utf-8" and _cjk(body) else "quoted-printable")
            parts = [text(body, "plain", cs, cte, label or cs.upper()),
                     text(ht, "html", cs, cte, label or cs.upper())]
            return multi("alternative", parts, bnd)
        if client == "outlook":
            bnd = "_000_%s_" % h(key + "b", 24).upper()
            cte = cte or "quoted-printable"
            parts = [text(body, "plain", cs, cte, label), text(ht, "html", cs, cte, label)]
            return multi("alternative", parts, bnd)
        if client == "apple":
            bnd = "Apple-Mail=_%s-%s-%s" % (h(key + "b", 8).upper(), h(key + "c", 4).upper(),
                                            h(key + "d", 12).upper())
            cte = cte or "quoted-printable"
            parts = [text(body, "plain", cs, cte, label, quote_cs=False),
                     text(ht, "html", cs, cte, label, quote_cs=False)]
            return multi("alternative", parts, bnd)
        if client == "foxmail":
            bnd = "----=_NextPart_%s_%s" % (h(key + "b", 16).upper(), h(key + "c", 8).upper())
            cte = cte or "base64"
            parts = [text(body, "plain", cs, cte, label), text(ht, "html", cs, cte, label)]
            return multi("alternative", parts, bnd, preamble="This is a multi-part message in MIME format.")
    params = "; format=flowed" if flowed else ""
    return text(body, "plain", cs, cte, label, params=params)


def _cjk(s):
    return any("\u3000" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7af" for c in s)


def build(key, frm, subj, ent, *, to=PRIV, cc=None, hcs="utf-8", henc="B", hlabel=None, hdrs=(),
          client="plain", tz="+0800", reply=None, received=True, return_path=None, date=None,
          msg_id=None, extra_top=()):
    """Assemble a full RFC 5322 message; returns an Ent whose render() gives the bytes."""
    name, email = frm
    d = date or when(key, tz)
    top = []
    if received:
        rp = email if return_path is None else return_path
        top.append(("Return-Path", "<%s>" % rp))
        host = "%s.%s" % (["mail", "smtp", "out", "mx-out"][int(h(key + "h", 2), 16) % 4], dom(email))
        ip = "%s.%d" % (["198.51.100", "203.0.113", "192.0.2"][int(h(key + "i", 2), 16) % 3],
                        int(h(key + "j", 2), 16) % 250 + 2)
        rcv_date = format_datetime(d + dt.timedelta(seconds=int(h(key + "s", 2), 16) % 50 + 3))
        top.append(("Received", "from %s (%s [%s])\n\tby mx.example.com (Postfix) with ESMTPS id %s\n"
                                "\tfor <%s>; %s" % (host, host, ip, h(key + "q", 11).upper(), PRIV, rcv_date)))
    top.append(("Date", format_datetime(d)))
    top.append(("From", addr(name, email, hcs, henc) if name is None or not name.isascii()
                else addr(name, email)))
    if to is not None:
        top.append(("To", to))
    if cc:
        top.append(("Cc", cc))
    if subj is not None:
        top.append(("Subject", ew(subj, hcs, henc, hlabel)))
    top.append(("Message-ID", msg_id or msgid(key, dom(email))))
    if reply:
        refs = reply if isinstance(reply, (list, tuple)) else [reply]
        top.append(("In-Reply-To", refs[-1]))
        top.append(("References", "\n\t".join(refs)))
    top += CLIENT_HDR.get(client, [])
    top += list(hdrs)
    top.append(("MIME-Version", "1.0"))
    return Ent(top + list(extra_top) + ent.headers, ent.body, ent.expect)


def add(key, lang, labels, route, note, msg):
    assert key not in KEYS, key
    KEYS.add(key)
    labels = sorted(set(labels), key=LABELS.index)
    assert all(l in LABELS for l in labels), labels
    if labels:
        assert route == "ticket", key
    else:
        assert route in ("human", "ignore"), key
    ROWS.append({"key": key, "labels": labels, "route": [route], "lang": lang, "note": note,
                 "data": msg.render(), "expect": msg.expect})


def mail(key, lang, labels, note, frm, subj, body, *, route=None, client="plain", cs="utf-8",
         cte=None, html=None, label=None, attach=(), flowed=False, ent=None, **kw):
    """Ordinary human-written mail. route defaults to ticket when labels are given."""
    e = ent or body_ent(key, body, client, cs, cte, html, label, flowed)
    if attach:
        bnd = {"outlook": "_004_%s_" % h(key + "x", 24).upper(),
               "gmail": "000000000000" + h(key + "x", 12)}.get(client, "----=_Part_%s" % h(key + "x", 16))
        e = multi("mixed", [e] + list(attach), bnd)
    if "hcs" not in kw and cs not in ("utf-8", "us-ascii", "windows-1252", "iso-8859-1"):
        kw["hcs"] = cs
    msg = build(key, frm, subj, e, client=client, **kw)
    add(key, lang, labels, route or ("ticket" if labels else "human"), note, msg)


def T(key, lang, labels, note, frm, subj, body, **kw):
    assert labels
    mail(key, lang, labels, note, frm, subj, body, route="ticket", **kw)


def H(key, lang, note, frm, subj, body, **kw):
    mail(key, lang, [], note, frm, subj, body, route="human", **kw)


def I(key, lang, note, frm, subj, body, **kw):
    mail(key, lang, [], note, frm, subj, body, route="ignore", **kw)


# --------------------------------------------------------------------------- helpers for bodies

def gt(header, t):
    """Quote t with '> ' under an attribution line."""
    return header + "\n" + "\n".join("> " + l if l else ">" for l in t.rstrip("\n").split("\n"))


OUTLOOK_HDR = {
    "en": ("From", "Sent", "To", "Subject"),
    "zh": ("发件人", "发送时间", "收件人", "主题"),
    "zht": ("寄件者", "寄件日期", "收件者", "主旨"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Objet"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp"),
    "pt": ("De", "Enviado", "Para", "Assunto"),
    "it": ("Da", "Inviato", "A", "Oggetto"),
    "ms": ("Daripada", "Dihantar", "Kepada", "Subjek"),
    "id": ("Dari", "Dikirim", "Kepada", "Perihal"),
    "ja": ("差出人", "送信日時", "宛先", "件名"),
    "ko": ("보낸 사람", "보낸 날짜", "받는 사람", "제목"),
    "vi": ("Từ", "Đã gửi", "Đến", "Chủ đề"),
}


def ol(lang, frm, sent, to, subj, t):
    f, s, o, j = OUTLOOK_HDR[lang]
    sep = "________________________________"
    colon = " : " if lang == "fr" else ": "
    return "%s\n%s%s%s\n%s%s%s\n%s%s%s\n%s%s%s\n\n%s" % (
        sep, f, colon, frm, s, colon, sent, o, colon, to, j, colon, subj, t.rstrip("\n"))


def fwd_inline(frm, date, subj, to, t, style="gmail"):
    if style == "gmail":
        return ("---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\nTo: %s\n\n%s"
                % (frm, date, subj, to, t.rstrip("\n")))
    return ("-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s"
            % (frm, date, to, subj, t.rstrip("\n")))


def inner_msg(key, frm, to, subj, body, *, cs="utf-8", cte=None, tz="+0800", date=None, hcs=None,
              client="plain", html=None):
    e = body_ent(key, body, client, cs, cte, html)
    return build(key, frm, subj, e, to=to, received=False, tz=tz, date=date,
                 hcs=hcs or (cs if cs not in ("utf-8", "windows-1252", "iso-8859-1") else "utf-8"),
                 client=client)


DISCLAIMER_EN = ("CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended solely for the "
                 "addressee and may contain confidential or privileged information. If you are not the "
                 "intended recipient, or if you have received this e-mail in error, please notify the "
                 "sender immediately and delete it from your system. Any unauthorised use, copying or "
                 "disclosure is prohibited.")


# --------------------------------------------------------------------------- machine-generated mail

def dsn(key, lang, note, *, mta, rcpt, human, orig=None, headers_only=False, action="failed",
        status="5.1.1", diag=None, subj="Undelivered Mail Returned to Sender",
        frm=None, cs="utf-8", cte=None, hdrs=(), tz="+0800", hcs="utf-8", extra_fields=(), date=None):
    d = date or when(key, tz)
    diag = diag or "smtp; 550 5.1.1 <%s>: Recipient address rejected: User unknown in virtual mailbox table" % rcpt
    per_msg = [("Reporting-MTA", "dns; " + mta), ("X-Queue-ID", h(key + "q2", 10).upper()),
               ("Arrival-Date", format_datetime(d - dt.timedelta(minutes=3)))]
    per_rcpt = [("Final-Recipient", "rfc822; " + rcpt), ("Original-Recipient", "rfc822;" + rcpt),
                ("Action", action), ("Status", status), ("Remote-MTA", "dns; mx1." + dom(rcpt)),
                ("Diagnostic-Code", diag)] + list(extra_fields)
    ds = Ent([("Content-Type", "message/delivery-status")],
             (plain_block(per_msg) + "\n" + plain_block(per_rcpt)).encode("ascii"))
    parts = [text(human, cs=cs, cte=cte, extra=[("Content-Description", "Notification")]), ds]
    if orig is not None:
        if headers_only:
            hb = orig.render().split(b"\n\n", 1)[0] + b"\n"
            parts.append(Ent([("Content-Type", "text/rfc822-headers"),
                              ("Content-Description", "Undelivered Message Headers")], hb))
        else:
            parts.append(rfc822(orig))
    e = multi("report", parts, "%s.%s/%s" % (h(key + "r", 10).upper(), h(key + "t", 6), mta),
              params="; report-type=delivery-status", preamble="This is a MIME-encapsulated message.")
    frm = frm or ("Mail Delivery System", "MAILER-DAEMON@" + mta)
    msg = build(key, frm, subj, e, return_path="", tz=tz, hcs=hcs, date=d,
                hdrs=[("Auto-Submitted", "auto-replied")] + list(hdrs))
    add(key, lang, [], "ignore", note, msg)


def mdn(key, lang, note, *, reader, subj, human, orig_subj, orig_id, ua="Microsoft Outlook 16.0",
        cs="utf-8", cte=None, tz="+0800", hcs="utf-8", henc="B", manual=True, client="outlook", date=None):
    name, email = reader
    disp = ("manual-action/MDN-sent-manually; displayed" if manual
            else "automatic-action/MDN-sent-automatically; displayed")
    fields = [("Reporting-UA", "%s; %s" % (dom(email), ua)), ("Final-Recipient", "rfc822;" + email),
              ("Original-Message-ID", orig_id), ("Disposition", disp)]
    parts = [text(human, cs=cs, cte=cte),
             Ent([("Content-Type", "message/disposition-notification")], plain_block(fields).encode("ascii"))]
    e = multi("report", parts, "----=_MDN_%s" % h(key + "r", 16),
              params="; report-type=disposition-notification")
    msg = build(key, reader, subj, e, tz=tz, hcs=hcs, henc=henc, client=client, date=date,
                hdrs=[("Thread-Topic", ew(orig_subj, hcs))])
    # receipts point back at the message that asked for them
    msg.headers.insert(next(i for i, (k, _) in enumerate(msg.headers) if k == "Message-ID") + 1,
                       ("References", orig_id))
    add(key, lang, [], "ignore", note, msg)


def bulk_headers(list_name, list_id, unsub_mail, unsub_url, extra=()):
    return [("List-Id", "%s <%s>" % (list_name, list_id)),
            ("List-Unsubscribe", "<mailto:%s?subject=unsubscribe>, <%s>" % (unsub_mail, unsub_url)),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ("Precedence", "bulk")] + list(extra)


def spam_headers(score):
    stars = "*" * min(int(score), 40)
    return [("X-Spam-Flag", "YES"), ("X-Spam-Level", stars),
            ("X-Spam-Status", "Yes, score=%.1f required=5.0 tests=BAYES_99,HTML_MESSAGE,"
                              "MISSING_MID_DOMAIN,URIBL_BLOCKED autolearn=spam" % score)]


AUTO = [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "auto_reply")]
OUTLOOK_AUTO = [("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "")]


# --------------------------------------------------------------------------- checks and writing

ALLOWED = re.compile(r"(?:[a-z0-9-]+\.)*example\.(?:com|org|net)")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+=-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL_RE = re.compile(r"https?://([A-Za-z0-9.-]+)")
ADDR_HEADERS = ("from", "to", "cc", "bcc", "reply-to", "sender", "disposition-notification-to",
                "resent-from", "resent-to")


def parse(data):
    return BytesParser(policy=policy.default).parsebytes(data)


def _cte(part):
    c = str(part.get("Content-Transfer-Encoding", "7bit")).lower()
    return {"quoted-printable": "qp", "base64": "b64"}.get(c, c)


def shape(part):
    ct = part.get_content_type()
    if ct == "message/rfc822":
        return "message/rfc822[%s]" % shape(part.get_payload(0))
    if ct.startswith("message/"):
        return ct
    if part.is_multipart():
        inner = ", ".join(shape(p) for p in part.get_payload())
        extra = ""
        if ct == "multipart/report":
            extra = " report-type=%s" % part.get_param("report-type")
        return "%s%s(%s)" % (ct, extra, inner)
    if part.get_content_maintype() == "text":
        return "%s %s %s" % (ct, part.get_content_charset() or "us-ascii", _cte(part))
    return "%s %s" % (ct, _cte(part))


def header_flags(data, msg):
    head = data.split(b"\n\n", 1)[0].decode("ascii")
    flags = []
    unfolded = re.sub(r"\n[ \t]+", " ", head)
    for name in ("From", "Subject"):
        m = re.search(r"^%s: (.*)$" % name, unfolded, re.M)
        if m and "=?" in m.group(1):
            encs = sorted(set("%s/%s" % (a.lower(), b.upper()) for a, b in
                              re.findall(r"=\?([^?]+)\?([BbQq])\?", m.group(1))))
            flags.append("RFC2047 %s %s" % (name, ",".join(encs)))
            n = len(re.findall(r"=\?[^?]+\?[BbQq]\?[^?]*\?=", m.group(1)))
            if name == "From" and n > 1:
                flags.append("From display name split over %d encoded-words" % n)
    if msg.get("Subject") is None:
        flags.append("no Subject")
    if msg.get("In-Reply-To"):
        flags.append("In-Reply-To/References")
    for k in ("Auto-Submitted", "List-Id", "X-Spam-Flag", "X-Auto-Response-Suppress"):
        if msg.get(k) is not None:
            flags.append(k)
    return flags


def leaf_texts(msg):
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        if part.get_content_maintype() == "text":
            out.append((part.get_content_type(), part.get_content()))
    return out


def self_check(expect_by_file=None):
    problems = []
    files = sorted(p.name for p in OUT.glob("e[0-9][0-9][0-9].eml"))
    rows = [json.loads(l) for l in (OUT / "manifest.jsonl").read_text(encoding="utf-8").splitlines()]
    names = [r["file"] for r in rows]
    if sorted(names) != files or len(set(names)) != len(names):
        problems.append("manifest rows do not match files one-to-one")
    for r in rows:
        ok_keys = {"file", "labels", "route", "lang", "notes"}
        if set(r) != ok_keys:
            problems.append("%s: keys %s" % (r["file"], sorted(r)))
        if not set(r["labels"]) <= set(LABELS) or len(set(r["labels"])) != len(r["labels"]):
            problems.append("%s: bad labels" % r["file"])
        if r["route"] not in (["ticket"], ["human"], ["ignore"]):
            problems.append("%s: bad route" % r["file"])
        if bool(r["labels"]) != (r["route"] == ["ticket"]):
            problems.append("%s: labels/route mismatch" % r["file"])
        if not re.fullmatch(r"[a-z]{2}", r["lang"]):
            problems.append("%s: bad lang" % r["file"])
        if " | MIME: " not in r["notes"]:
            problems.append("%s: notes without MIME shape" % r["file"])
    for name in files:
        data = (OUT / name).read_bytes()
        if b"\r" in data:
            problems.append("%s: CR byte" % name)
        if max(len(l) for l in data.split(b"\n")) > 998:
            problems.append("%s: line longer than 998 octets" % name)
        if not data.endswith(b"\n"):
            problems.append("%s: no final newline" % name)
        head = data.split(b"\n\n", 1)[0]
        if any(b > 127 for b in head):
            problems.append("%s: 8-bit header" % name)
        msg = parse(data)
        if msg.defects:
            problems.append("%s: defects %s" % (name, msg.defects))
        texts = []
        try:
            texts = leaf_texts(msg)
        except Exception as exc:  # noqa: BLE001
            problems.append("%s: get_content failed: %r" % (name, exc))
        hay = [head.decode("latin-1")] + [t for _, t in texts]
        for part in msg.walk():
            for k, v in part.items():
                hay.append(str(v))
                if k.lower() in ADDR_HEADERS:
                    for a in getattr(v, "addresses", ()):
                        if not ALLOWED.fullmatch(a.domain.lower()):
                            problems.append("%s: %s domain %s" % (name, k, a.domain))
            if not part.is_multipart() and part.get_content_maintype() != "text":
                payload = part.get_payload(decode=True)
                if payload:
                    hay.append(payload.decode("latin-1"))
        for s in hay:
            for d in EMAIL_RE.findall(s):
                d = d.lower().rstrip(".")
                if not ALLOWED.fullmatch(d):
                    problems.append("%s: address domain %s" % (name, d))
            for d in URL_RE.findall(s):
                d = d.lower().rstrip(".")
                if not ALLOWED.fullmatch(d):
                    problems.append("%s: URL host %s" % (name, d))
        if expect_by_file and name in expect_by_file:
            got = [(ct, t.rstrip()) for ct, t in texts]
            for ct, t in expect_by_file[name]:
                if (ct, t.rstrip()) not in got:
                    problems.append("%s: %s part does not round-trip" % (name, ct))
    return files, rows, problems


def summary(rows):
    from collections import Counter
    route = Counter(r["route"][0] for r in rows)
    label = Counter(l for r in rows for l in r["labels"])
    multi_ = sum(1 for r in rows if len(r["labels"]) > 1)
    lang = Counter(r["lang"] for r in rows)
    return route, label, multi_, lang


def main():
    expect = None
    if "--check" not in sys.argv:
        rows = sorted(ROWS, key=lambda r: h("blind8-order:" + r["key"], 16))
        for p in OUT.glob("e[0-9][0-9][0-9].eml"):
            p.unlink()
        manifest, expect = [], {}
        for i, r in enumerate(rows, 1):
            name = "e%03d.eml" % i
            (OUT / name).write_bytes(r["data"])
            msg = parse(r["data"])
            mime = shape(msg)
            flags = header_flags(r["data"], msg)
            if flags:
                mime += "; " + "; ".join(flags)
            manifest.append({"file": name, "labels": r["labels"], "route": r["route"], "lang": r["lang"],
                             "notes": "%s | MIME: %s" % (r["note"], mime)})
            expect[name] = r["expect"]
        with open(OUT / "manifest.jsonl", "w", encoding="utf-8", newline="\n") as fh:
            for m in manifest:
                fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    files, rows, problems = self_check(expect)
    route, label, multi_, lang = summary(rows)
    digest = hashlib.sha256(b"".join((OUT / f).read_bytes() for f in files)
                            + (OUT / "manifest.jsonl").read_bytes()).hexdigest()
    print("files: %d" % len(files))
    print("route: %s" % dict(sorted(route.items())))
    print("labels: %s (multi-type tickets: %d)" % (dict(sorted(label.items())), multi_))
    print("lang: %s" % dict(sorted(lang.items(), key=lambda kv: (-kv[1], kv[0]))))
    print("sha256(all files + manifest): %s" % digest)
    if problems:
        print("SELF-CHECK FAILED (%d problems):" % len(problems))
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("self-check: OK (parse, get_content, round-trip, domains, no CR, one row per file)")


# ============================================================================ the mails

# ---------------------------------------------------------------------------- English: access
T("en-acc-1", "en", ["access"], "plain access request for a copy of all data incl. CS notes; Singapore English",
  ("Priya Nair", "priya.nair@example.net"), "Request for my personal data",
  "Hi ExampleMart team,\n\nI would like to request a copy of all the personal data you hold about me, "
  "including my purchase history, delivery addresses and any notes your customer service staff made on my "
  "account. My member no. is EM30571926, registered under this email.\n\nSending it as a PDF is fine.\n\n"
  "Thank you!\nPriya Nair\n", client="gmail")

T("en-acc-2", "en", ["access"],
  "formal PDPA s21 access letter listing (a)(b)(c); signed copy attached as PDF",
  ("Lim Hui Shan", "huishan.lim@example.org"),
  "Access request under section 21 of the Personal Data Protection Act 2012",
  "Dear Data Protection Officer,\n\nACCESS REQUEST UNDER SECTION 21 OF THE PERSONAL DATA PROTECTION ACT 2012\n\n"
  "I, Lim Hui Shan (ExampleMart member no. EM11820473), request that ExampleMart Pte. Ltd. provide me with:\n\n"
  "(a) the personal data about me that is in the possession or under the control of your organisation;\n"
  "(b) information about the ways in which that personal data has been or may have been used or disclosed "
  "by your organisation within the year before the date of this request; and\n"
  "(c) the names of the third parties, including delivery partners and advertising platforms, to which it "
  "was disclosed in that period.\n\n"
  "If a fee applies, please tell me the amount before you proceed. A signed copy of this letter is attached "
  "for your records.\n\nYours faithfully,\n\nLim Hui Shan\n21 Jalan Kemuning, Singapore 769112 (invented)\n",
  client="outlook", attach=[pdf("S21_access_request_LimHS.pdf", "Access request - Lim Hui Shan")])

T("en-acc-3", "en", ["access"], "SMS-style access request with typos, sent from phone",
  ("", "kelvin.ang88@example.net"), "data",
  "hi can u send me all d info u keep abt me? orders, address, wat u track in d app all. acc under "
  "9008 1142. thx\n\nSent from my iPhone\n", client="iphone")

T("en-acc-4", "en", ["access"], "non-native phrasing; wants to know data held and to whom shared",
  ("Oluwaseun Adebayo", "seun.adebayo@example.org"), "Kindly assist on my informations",
  "Good day Sir/Madam,\n\nKindly I am requesting to know what are the personal informations your company "
  "is keeping of me since I registered in 2022, and to which other companies you have given them. "
  "Please send to me the full details at your earliest.\n\nThanks and God bless,\nSeun Adebayo\n"
  "Member EM40028817\n")

T("en-acc-5", "en", ["access"],
  "courtesy about a closed correction + NEW access request (incl. call recordings); old correction quoted in Outlook thread",
  ("Rachel Teo", "rachel.teo@example.com"), "RE: Your correction request [PRV-2025-00318]",
  "Hi Mei Ling,\n\nThanks for fixing my postal code, the last parcel came to the right place.\n\n"
  "While I have you: could you also send me a copy of everything you hold on my account, including the "
  "recordings of the two calls I made to your hotline in January? I'd like to see what was noted.\n\n"
  "Best,\nRachel\n\n" +
  ol("en", "ExampleMart Privacy <privacy@example.com>", "Friday, 24 January 2025 4:02 PM",
     "Rachel Teo <rachel.teo@example.com>", "Your correction request [PRV-2025-00318]",
     "Dear Ms Teo,\n\nWe have updated the postal code on your account to 560418 as requested.\n\n"
     "Regards,\nTan Mei Ling\nExampleMart Privacy Team\n\n" +
     ol("en", "Rachel Teo <rachel.teo@example.com>", "Wednesday, 22 January 2025 9:15 AM",
        "privacy@example.com", "Wrong postal code",
        "Hello, my postal code is stored as 650418 but it should be 560418. Please correct it.\nRachel\n")),
  client="outlook", reply=["<prv-2025-00318.1@example.com>", "<prv-2025-00318.2@example.com>"],
  date=D(2025, 1, 31, 14, 26))

T("en-acc-6", "en", ["access"], "Singlish access request about app data incl. location",
  ("Marcus Yap", "marcus.yap@example.net"), "wat data your app collect",
  "Eh hello, I want to see what data your app collect about me leh. Location also got or not? "
  "Just send me the full list of what you have on my account can? Member EM22093310.\n\nThanks ah\nMarcus\n",
  client="android")

T("en-acc-7", "en", ["access"],
  "access request from a work mailbox; corporate disclaimer at bottom says 'delete it' (not a deletion request)",
  ("Benjamin Seah", "benjamin.seah@example.org"), "Personal data request - B. Seah",
  "Dear ExampleMart Privacy Team,\n\nPlease provide me with a copy of the personal data that ExampleMart "
  "holds about me, together with the purposes for which it is being used. My account is registered to "
  "b.seah.home@example.net (member no. EM58102274); I’m writing from my office address for convenience.\n\n"
  "Kind regards,\nBenjamin Seah\nSenior Analyst, Treasury Operations\n\n" + DISCLAIMER_EN + "\n",
  client="outlook", cs="windows-1252", label="Windows-1252")

T("en-acc-8", "en", ["access"],
  "staff forward: customer's access request attached as message/rfc822",
  ("Jasper Lau", "jasper.lau@example.com"), "FW: what info do you have about me",
  "Hi Privacy,\n\nForwarding this one from the Customer Care queue, looks like it's for you. Original attached.\n\n"
  "Jasper | Customer Care\n",
  attach=[rfc822(inner_msg("en-acc-8-in", ("Tricia Wong", "tricia.wong@example.net"), "care@example.com",
                           "what info do you have about me",
                           "Hi,\n\nI'd like a copy of the personal information you have on file for me. I shop "
                           "with you mostly through the app. Name: Tricia Wong, mobile 8123 0457.\n\nThanks\n",
                           date=D(2025, 1, 29, 22, 41)), "what info do you have about me.eml")],
  client="outlook")

# ---------------------------------------------------------------------------- English: correction
T("en-cor-1", "en", ["correction"], "correction stated as a fact (name spelt wrongly), no explicit verb",
  ("Ng Kah Wei", "kahwei.ng@example.net"), "Name on my account",
  "Hello,\n\nYour records have my name as \"Ng Kah Wee\". It is Ng Kah Wei, with an i. It is printed wrong "
  "on every parcel label and my condo guard keeps telling the riders no such person.\n\nMember EM71300582.\n\n"
  "Kah Wei\n")

T("en-cor-2", "en", ["correction"], "correction stated as a condition (if profile still shows old address, update)",
  ("Goh Siew Lan", "siewlan.goh@example.org"), "Change of address",
  "Dear Sir/Madam,\n\nI moved in January. If my profile still shows my old address at Blk 412 Tampines "
  "Street 41 #08-233, please change it to 29 Bedok North Avenue 3 #11-07, Singapore 469637.\n\n"
  "Thank you,\nMdm Goh Siew Lan\n",
  client="apple")

T("en-cor-3", "en", ["correction"], "date of birth stored wrongly (day/month swapped), stated as fact",
  ("Chloe Tan", "chloe.tan@example.com"), "birthday voucher came in the wrong month",
  "Hi,\n\nMy date of birth is stored wrongly as 03/07/1994. It's 7 March 1994 - looks like day and month got "
  "swapped, which is why my birthday voucher arrived in July. Can you put it right so the voucher comes in March?\n\n"
  "Chloe\n", client="gmail")

T("en-cor-4", "en", ["correction"], "angry capitals; wrong phone number, complaint mixed with correction",
  ("Raymond Chia", "raymond.chia@example.net"), "WRONG PHONE NUMBER!!!",
  "YOUR SYSTEM HAS MY PHONE NUMBER WRONG. IT IS 9736 2210 NOT 9736 2218. I HAVE TOLD YOUR DRIVERS THREE "
  "TIMES AND STILL THEY CALL SOME STRANGER. FIX IT IN YOUR DATABASE TODAY.\n\nRAYMOND CHIA\nEM66120934\n")

T("en-cor-5", "en", ["correction"], "HTML-only message from the web contact form asking to amend email address",
  ("ExampleMart Web Form", "webform@example.com"), "[Contact form] Update my email address",
  None, ent=text("<html><body>\n<h3>New contact form submission</h3>\n<table>\n"
                 "<tr><td>Name</td><td>Hafiz Rahman</td></tr>\n"
                 "<tr><td>Email</td><td>hafiz.r@example.net</td></tr>\n"
                 "<tr><td>Topic</td><td>My account</td></tr>\n"
                 "<tr><td>Message</td><td>Please amend the email address on my account from "
                 "hafiz.rahman@example.org (I no longer have access to it) to hafiz.r@example.net. "
                 "Member no. EM30955127.</td></tr>\n</table>\n</body></html>\n", "html", cte="7bit"),
  client="form", hdrs=[("Reply-To", "Hafiz Rahman <hafiz.r@example.net>")])

T("en-cor-6", "en", ["correction"],
  "reply in old thread: quoted text holds an earlier deletion request (done); new text asks to fix gender",
  ("Joanne Lee", "joanne.lee@example.net"), "Re: Your deletion request has been completed",
  "Hi, one more thing unrelated to the old addresses - my profile says Mr Joanne Lee. I'm female, please change the "
  "salutation to Ms.\n\nJoanne\n\n" +
  gt("On Mon, 13 Jan 2025 at 11:20, ExampleMart Privacy <privacy@example.com> wrote:",
     "Dear Ms Lee,\n\nThe three old delivery addresses have been erased from your account as requested.\n\n"
     "ExampleMart Privacy Team\n\n" +
     gt("On Thu, 9 Jan 2025 at 20:03, Joanne Lee <joanne.lee@example.net> wrote:",
        "Please delete all my old delivery addresses, I only use the Punggol one now.")),
  client="gmail", reply="<prv-2025-00117.3@example.com>")

T("en-cor-7", "en", ["correction"], "on behalf of elderly father; block number wrong; authority letter attached",
  ("Daniel Goh", "daniel.goh@example.org"), "Correction for my father's account (Goh Boon Teck)",
  "Hello,\n\nI am writing for my father, Mr Goh Boon Teck, who does not use email. His ExampleMart account "
  "(EM10293847) has his block number as 108, but he lives at Blk 180 Toa Payoh Lorong 2. Parcels keep going "
  "to the wrong block. Please correct it. His signed authorisation is attached.\n\nThank you,\nDaniel Goh\n",
  client="gmail", attach=[pdf("authorisation_GohBT.pdf", "I authorise my son Daniel Goh to act for me")])

T("en-cor-8", "en", ["correction"], "formal PDPA s22 correction letter; name in wrong form",
  ("Muhammad Farid bin Ismail", "farid.ismail@example.com"),
  "Request for correction of personal data (section 22, PDPA)",
  "Dear Data Protection Officer,\n\nPursuant to section 22 of the Personal Data Protection Act 2012, I request "
  "that you correct an error in my personal data. Your records show my name as \"Mohd Farid Ismail\". "
  "My name, as it appears on my identity card, is \"Muhammad Farid bin Ismail\".\n\n"
  "Please send the corrected data to any organisation to which you disclosed it in the past year, as the Act "
  "requires.\n\nYours sincerely,\nMuhammad Farid bin Ismail\nMember no. EM44019378\n",
  client="thunderbird", flowed=True)

# ---------------------------------------------------------------------------- English: deletion
T("en-del-1", "en", ["deletion"], "erase order history + saved addresses but explicitly keep the account open (negation)",
  ("Cheryl Foo", "cheryl.foo@example.net"), "Clear my history please",
  "Hi there,\n\nCould you please erase my entire order history and all the saved addresses on my account? "
  "I do NOT want the account closed - I still have 4,200 points to use and I will keep shopping. I just don't "
  "want years of purchases sitting there.\n\nCheers,\nCheryl (EM80214465)\n", client="apple")

T("en-del-2", "en", ["deletion"], "guest checkout, no account; wants name/phone/address removed from records",
  ("Nguyen Van Hoang", "hoang.nguyen@example.org"), "Remove my details",
  "Hello,\n\nI bought a rice cooker from your website in December as a guest (no account, order W-2412-55821). "
  "Please remove my name, phone number and address from your records now that the order has been delivered.\n\n"
  "Thank you\nHoang\n")

T("en-del-3", "en", ["deletion"], "delete uploaded ID photo used for age verification",
  ("Samuel Tay", "samuel.tay@example.com"), "ID photo from age check",
  "Hi,\n\nWhen I bought wine through the app last month it made me upload a photo of my ID for the age check. "
  "The order is done. Please delete that photo and any copy of it from your systems.\n\nThanks,\nSam\n",
  client="gmail")

T("en-del-4", "en", ["deletion"], "formal letter requesting erasure/disposal of all personal data; no mention of account",
  ("Geraldine Sim", "geraldine.sim@example.org"), "Request to erase personal data",
  "Dear Sir or Madam,\n\nI am writing to ask that ExampleMart Pte. Ltd. erase all personal data relating to me, "
  "including my contact details, transaction records and any profile or preference information, and that you "
  "confirm in writing once this has been done. Where you are legally required to keep certain records, please "
  "tell me which ones and for how long.\n\nYours faithfully,\nGeraldine Sim\n", client="outlook")

T("en-del-5", "en", ["deletion"], "SMS-style: delete stored card details and addresses",
  ("", "hui.min.pek@example.net"), "pls delete",
  "pls delete my card details n all my addresses frm ur system. dun want them stored anymore tq\n",
  client="android")

T("en-del-6", "en", ["deletion"],
  "subject says unsubscribe, body corrects itself: wants lucky-draw entry data deleted, not on any list",
  ("Vincent Loh", "vincent.loh@example.net"), "Unsubscribe",
  "Sorry, wrong subject line - I'm not actually on your newsletter.\n\nWhat I want is for you to delete the "
  "details I filled in for the CNY lucky draw at your Jurong Point roadshow: name, mobile number and the last "
  "4 characters of my NRIC. The draw is over, so there is no reason to keep them.\n\nVincent\n")

T("en-del-7", "en", ["deletion"], "delete voice recordings of a hotline call",
  ("Adeline Quek", "adeline.quek@example.com"), "Call recording 14 Feb",
  "Hello,\n\nI called your customer hotline on 14 February about a damaged parcel and was told the call is "
  "recorded. I was quite upset on that call and gave details about my health. Please delete the recording and "
  "any transcript of it.\n\nAdeline Quek\n+65 8230 1176\n", client="gmail", cs="utf-8", cte="quoted-printable",
  date=D(2025, 2, 19, 22, 5))

T("en-del-8", "en", ["deletion"], "remove product reviews and profile photo; base64 body from webmail",
  ("Eric Pang", "eric.pang@example.org"), "Reviews and photo",
  "Hi ExampleMart,\n\nPlease remove all the product reviews I have written and delete my profile photo. "
  "They are linked to my real name and I'd rather they are gone from your servers, not just hidden.\n\n"
  "Thanks,\nEric Pang\n", client="webmail", cte="base64")

# ---------------------------------------------------------------------------- English: withdrawal
T("en-wd-1", "en", ["withdrawal"],
  "formal withdrawal where 'my consent' stands far from the verb 'withdraw'",
  ("Ivy Kwek", "ivy.kwek@example.org"), "Notice under section 16 PDPA",
  "Dear Data Protection Officer,\n\nI hereby withdraw, with effect from the date of this notice and in respect "
  "of every promotional purpose for which it was obtained, including marketing by post, e-mail, SMS, WhatsApp "
  "and telephone whether conducted by ExampleMart Pte. Ltd. itself or by any partner or agent acting on its "
  "behalf, my consent to the collection, use and disclosure of my personal data.\n\n"
  "I remain a customer and this notice does not concern the performance of my orders.\n\n"
  "Yours faithfully,\nIvy Kwek\nMember no. EM52018846\n", client="outlook")

T("en-wd-2", "en", ["withdrawal"], "Singlish: stop promo SMS",
  ("Darren Koh", "darren.koh@example.net"), "stop sms",
  "Stop sending me the promo SMS leh. Every day 3 messages, sian already. My number 9011 4723.\n\nDarren\n",
  client="iphone")

T("en-wd-3", "en", ["withdrawal"], "opt-out on someone else's behalf (elderly mother's phone number)",
  ("Melissa Chua", "melissa.chua@example.com"), "Please stop calling my mother",
  "Hello,\n\nMy mother, Mdm Lee Ah Hoon, is 81 and keeps getting telemarketing calls from ExampleMart about "
  "credit card tie-ups and hampers. She gets confused and anxious. Please remove her number, 6451 0827, from "
  "all your marketing and calling lists.\n\nI am her daughter and look after her affairs.\n\nMelissa Chua\n",
  client="gmail")

T("en-wd-4", "en", ["withdrawal"], "negation: don't close the account, only stop newsletters",
  ("Jason Ong", "jason.ong@example.org"), "Newsletters",
  "Hi, please don't close my account or anything like that. I just want the newsletters and the weekly "
  "deals emails to stop.\n\nJason\n")

T("en-wd-5", "en", ["withdrawal"], "turn off personalised recommendations/ads based on browsing history",
  ("Farah Hashim", "farah.hashim@example.net"), "Personalised ads",
  "Hello,\n\nPlease switch off personalised recommendations on my account and stop using my browsing and "
  "purchase history to target ads at me, on your app and on other platforms. I couldn't find a setting for "
  "this.\n\nFarah\n", client="apple")

T("en-wd-6", "en", ["withdrawal"], "formal objection to direct marketing incl. profiling",
  ("Arjun Menon", "arjun.menon@example.com"), "Objection to direct marketing",
  "To whom it may concern,\n\nI object to the processing of my personal data for direct marketing purposes, "
  "including any profiling carried out for that purpose. Please ensure that no further marketing "
  "communications are sent to me through any channel.\n\nRegards,\nArjun Menon\n", client="thunderbird")

T("en-wd-7", "en", ["withdrawal"],
  "chaser for an old deletion ticket + NEW ask to be removed from telemarketing; only the new ask is labelled",
  ("Tan Boon Huat", "boonhuat.tan@example.net"), "Re: Deletion request PRV-2025-00192",
  "Hi,\n\nFollowing up on my deletion request (PRV-2025-00192) sent two weeks ago. No reply yet.\n\n"
  "Separately, please take my number 9770 3318 off your telemarketing list. Your agent called me yesterday "
  "evening to sell a hamper.\n\nBoon Huat\n\n" +
  gt("On 16 Jan 2025, at 10:04, ExampleMart Privacy <privacy@example.com> wrote:",
     "Dear Mr Tan,\nThank you for your email. Your request has been logged as PRV-2025-00192.\n"
     "ExampleMart Privacy Team"),
  client="apple", reply="<prv-2025-00192.1@example.com>", date=D(2025, 1, 31, 8, 47))

T("en-wd-8", "en", ["withdrawal"], "stop sharing data with partners for their marketing",
  ("Nurul Aisyah", "nurul.aisyah@example.org"), "Partner offers",
  "Hi,\n\nI have started getting offers from an insurance company that says it is your 'partner'. Please stop "
  "sharing my details with partners for their marketing, and don't send me their offers either.\n\nThank you,\n"
  "Nurul Aisyah\n", client="gmail")

# ---------------------------------------------------------------------------- English: cancellation
T("en-can-1", "en", ["cancellation"], "close account, moving overseas",
  ("Kavitha Rajendran", "kavitha.r@example.net"), "Closing my account",
  "Hello,\n\nI'm relocating to Perth next month. Please close my ExampleMart account (kavitha.r@example.net). "
  "I understand the remaining points will be forfeited.\n\nThanks,\nKavitha\n", client="gmail")

T("en-can-2", "en", ["cancellation"], "angry capitals: close account now, complaint about deliveries",
  ("Ho Jun Jie", "junjie.ho@example.com"), "CLOSE MY ACCOUNT",
  "CLOSE MY ACCOUNT NOW. FOURTH LATE DELIVERY THIS MONTH AND NOBODY PICKS UP THE HOTLINE. I AM DONE WITH "
  "EXAMPLEMART.\n\nJUN JIE\n")

T("en-can-3", "en", ["cancellation"], "terminate membership, points forfeiture accepted",
  ("Shirley Poh", "shirley.poh@example.org"), "Terminate membership",
  "Dear ExampleMart,\n\nPlease terminate my ExampleMart Rewards membership (EM90372615) with immediate effect. "
  "I know I will lose my points; that is fine.\n\nRegards,\nShirley Poh\n", client="outlook")

T("en-can-4", "en", ["cancellation"], "'delete my account' wording = cancellation; username given",
  ("Kenneth Low", "kenneth.low@example.net"), "Delete account",
  "Pls delete my account. Username kenlow_82. Not using the app anymore.\n\nSent from my Galaxy\n",
  client="android")

T("en-can-5", "en", ["cancellation"], "on behalf of elderly aunt under a Lasting Power of Attorney (PDF attached)",
  ("Grace Lim", "grace.lim@example.com"), "Account closure for Mdm Ong Swee Kim",
  "Dear ExampleMart,\n\nI am the appointed donee under a Lasting Power of Attorney for my aunt, Mdm Ong Swee Kim, "
  "who now lives in a nursing home. Please close her ExampleMart account (registered mobile 6287 4410). "
  "A copy of the LPA certificate is attached.\n\nYours sincerely,\nGrace Lim\n",
  client="outlook", attach=[pdf("LPA_certificate_OngSK.pdf", "LPA certificate - copy")])

T("en-can-6", "en", ["cancellation"], "staff forward inline of a live-chat transcript asking to close account",
  ("Nadia Salleh", "nadia.salleh@example.com"), "FW: Live chat transcript #LC-884102",
  "Hi team, customer asked on live chat to close the account, chat agents can't do it. Transcript below.\n\n"
  "Nadia\n\n" +
  fwd_inline("ExampleMart Live Chat <chat-noreply@example.com>", "Tue, 28 Jan 2025 at 15:37",
             "Live chat transcript #LC-884102", "care@example.com",
             "[15:31] Visitor (Wong Kai Xuan, kx.wong@example.net): hi\n"
             "[15:31] Agent Bella: Hello! How can I help?\n"
             "[15:32] Visitor: i want to close my account. how?\n"
             "[15:33] Agent Bella: I can forward that to the right team for you.\n"
             "[15:33] Visitor: ok pls do, close it. thanks"),
  client="gmail")

T("en-can-7", "en", ["cancellation"], "reply to a quoted promotional email asking to close the account",
  ("Eunice Kang", "eunice.kang@example.net"), "Re: 48-hour flash sale starts now!",
  "Close my account please. I only signed up for one voucher in 2021.\n\n" +
  gt("On Sat, 25 Jan 2025 at 09:00, ExampleMart <deals@example.com> wrote:",
     "48-HOUR FLASH SALE\nUp to 60% off home appliances. Shop now in the ExampleMart app.\n"
     "You are receiving this because you are an ExampleMart member."),
  client="iphone", reply="<flash-250125.88213@example.com>")

T("en-can-8", "en", ["cancellation"], "deregister account and stop Plus auto-renewal (subscription part of closing)",
  ("Benedict Ng", "benedict.ng@example.org"), "Deregistration",
  "Dear ExampleMart team,\n\nKindly deregister my account EM61038291 and stop the auto-renewal of my "
  "ExampleMart Plus plan that comes with it. I no longer wish to be a member.\n\nThank you and regards,\n"
  "Benedict Ng\n", client="outlook", cs="windows-1252", label="Windows-1252")

# ---------------------------------------------------------------------------- English: multi-type
T("en-multi-1", "en", ["cancellation", "deletion"], "close account AND wipe all data",
  ("Marcus Lim", "marcus.lim@example.org"), "Close account and delete my data",
  "Hi,\n\nPlease close my ExampleMart account and wipe all the data you have on me - addresses, phone, order "
  "history, everything. Send me a confirmation when it's done.\n\nMarcus Lim\nEM37720158\n", client="gmail")

T("en-multi-2", "en", ["access", "correction"], "copy of data + email address stored wrongly (fact)",
  ("Stephanie Yeo", "stephanie.yeo@example.net"), "Two things about my account",
  "Hello,\n\n1. Please send me a copy of the personal data you hold about me.\n"
  "2. Also, your system has my secondary email as stephanie.yoe@example.net - the surname is misspelt, it "
  "should be stephanie.yeo@example.net.\n\nThank you,\nStephanie\n", client="apple")

T("en-multi-3", "en", ["withdrawal", "deletion"], "stop all marketing + erase browsing/purchase history",
  ("Hazel Tng", "hazel.tng@example.com"), "Marketing and my history",
  "Hi ExampleMart,\n\nPlease stop all marketing to me (email, SMS, push) and erase my browsing and purchase "
  "history. My account can stay.\n\nHazel\n")

T("en-multi-4", "en", ["access", "deletion", "withdrawal", "cancellation"],
  "formal numbered letter with four requests in order; the access copy is to be sent before erasure",
  ("Leonard Fernandez", "leonard.fernandez@example.org"), "Data protection requests - L. Fernandez",
  "Dear Data Protection Officer,\n\nI refer to my ExampleMart account, member no. EM20561847, and make the "
  "following requests under the Personal Data Protection Act 2012:\n\n"
  "1. Provide me with a copy of all personal data about me in your possession or under your control.\n"
  "2. With immediate effect, cease using my personal data for marketing of any kind.\n"
  "3. Close my account once item 1 has been fulfilled.\n"
  "4. Thereafter delete all of my personal data, save what you are required by law to retain.\n\n"
  "Please acknowledge receipt of this letter.\n\nYours faithfully,\nLeonard Fernandez\n",
  client="outlook", attach=[pdf("Fernandez_PDPA_requests.pdf", "Requests of L. Fernandez")])

T("en-multi-5", "en", ["cancellation", "withdrawal"], "close account; meanwhile stop the SMS",
  ("Sarah Koh", "sarah.koh@example.net"), "cancel account",
  "hi pls cancel my account. and until it is closed pls stop the sms promos, they come at 7am!!\nsarah\n",
  client="iphone")

T("en-multi-6", "en", ["access", "deletion"], "send a copy first, then erase everything",
  ("Wong Li Ting", "liting.wong@example.com"), "Copy then delete",
  "Dear ExampleMart,\n\nBefore you delete anything, please send me a copy of all my data. Once I have "
  "received it, please erase all of it from your systems.\n\nMany thanks,\nLi Ting\n", client="gmail")

T("en-multi-7", "en", ["correction", "withdrawal"], "update address + no more postal catalogues",
  ("Patrick D'Souza", "patrick.dsouza@example.org"), "New address, and no catalogues please",
  "Hello,\n\nPlease update my delivery address to 7 Holland Grove Road #03-02, Singapore 278809. And while "
  "you're at it, I don't want the printed catalogue posted to me any more, at the new address or the old one.\n\n"
  "Patrick\n", client="outlook", cs="windows-1252", label="Windows-1252")

T("en-multi-8", "en", ["cancellation", "deletion", "withdrawal"], "Singlish triple request",
  ("Alvin Teh", "alvin.teh@example.net"), "close acc",
  "Hi boss, close my acc can? Then all my data also delete lah, don't keep. And stop sending me the "
  "whatsapp promo also. Thanks\nAlvin\n", client="android")

T("en-multi-9", "en", ["access", "cancellation"], "access before closing the account",
  ("Lydia Pereira", "lydia.pereira@example.org"), "Before I leave",
  "Hi,\n\nI've decided to close my ExampleMart account. Before you do that, please send me a copy of my "
  "data, mainly the order history for the last three years - I need it for warranty claims.\n\n"
  "So: (1) copy of my data, then (2) close the account.\n\nLydia\n")

T("en-multi-10", "en", ["cancellation", "deletion"],
  "parent on behalf of a 15-year-old child: close account and delete her data",
  ("Ramesh Pillai", "ramesh.pillai@example.com"), "My daughter's account",
  "Dear Sir/Madam,\n\nMy daughter, aged 15, opened an ExampleMart account without my knowledge using the "
  "email anjali.p@example.net. As her parent, I request that you close this account and delete all personal "
  "data you collected about her. I can provide her birth certificate if needed.\n\nRamesh Pillai\n",
  client="outlook")

T("en-multi-11", "en", ["deletion", "correction"], "delete old address + current one is stored wrongly",
  ("Clara Heng", "clara.heng@example.net"), "Addresses",
  "Hi,\n\nPlease delete my old Yishun address from the account, I moved out two years ago. Also the current "
  "address is stored wrongly as #12-304, it should be #12-340.\n\nClara\n", client="gmail")

T("en-multi-12", "en", ["access", "withdrawal"],
  "staff forward with customer's mail attached as message/rfc822: access + stop marketing",
  ("Jasmine Tay", "jasmine.tay@example.com"), "FW: Data and marketing",
  "Privacy team - came in via the store manager's inbox. Please handle.\n\nJasmine\n",
  attach=[rfc822(inner_msg("en-multi-12-in", ("Omar Hakim", "omar.hakim@example.org"),
                           "storemanager.vivocity@example.com", "Data and marketing",
                           "Hi,\n\nTwo requests: please send me a copy of what personal data you hold on me, and "
                           "stop all marketing messages to this email and to my mobile.\n\nOmar Hakim\n",
                           date=D(2025, 1, 30, 13, 2), client="gmail"))],
  client="outlook")

T("en-multi-13", "en", ["cancellation", "deletion"], "SMS style: close acc + delete all info",
  ("", "zhiwei.99@example.net"), "acc",
  "close acc + del all my info pls. reg no 8122 9034\n", client="iphone")

# ---------------------------------------------------------------------------- English: human
H("en-hum-1", "en", "question that only mentions closing the account (points), nothing decided",
  ("Yvonne Seet", "yvonne.seet@example.net"), "points if I close account?",
  "Hi, if I close my account, what happens to my 12,000 points? Can I transfer them to my husband's account "
  "first? Not closing yet, just want to know.\n\nYvonne\n", client="gmail")

H("en-hum-2", "en", "retention question only; no request",
  ("Bernard Toh", "bernard.toh@example.org"), "How long do you keep my data?",
  "Hello,\n\nHow long does ExampleMart keep customer data after someone stops using the app? Is it deleted "
  "automatically after some years, or kept forever?\n\nThanks,\nBernard\n")

H("en-hum-3", "en", "asks for another person's (husband's) order history",
  ("Angela Lim", "angela.lim@example.net"), "My husband's orders",
  "Hi,\n\nI would like a list of everything my husband, Lim Chee Keong, bought from ExampleMart in the past "
  "year. His account is under his own email. I think he is hiding purchases from me. I can give you his NRIC "
  "number if you need it.\n\nAngela\n", client="iphone")

H("en-hum-4", "en", "landlord wants a former tenant's new delivery address (someone else's data)",
  ("Harold Chan", "harold.chan@example.com"), "Tenant's address",
  "Dear Sir,\n\nMy former tenant, a Mr Kwan, left my flat owing three months' rent. I know he orders from "
  "ExampleMart regularly. Please let me know the delivery address he uses now so that I can serve him a "
  "letter of demand.\n\nHarold Chan\n", client="outlook")

H("en-hum-5", "en", "chaser: 30 days since access request, no new request; quotes helpdesk auto-ack",
  ("Priyanka Das", "priyanka.das@example.org"), "Re: [PRV-2025-00244] We have received your request",
  "It has now been 30 days since my access request and I have received nothing. Please tell me when I "
  "will get my data.\n\nPriyanka Das\n\n" +
  gt("On Thu, 16 Jan 2025 at 08:02, ExampleMart Privacy <privacy@example.com> wrote:",
     "Thank you for contacting ExampleMart. Your request has been logged as PRV-2025-00244.\n"
     "We aim to respond within 30 days.\n\n"
     "> Please send me a copy of all personal data you hold about me.\n> Priyanka"),
  client="gmail", reply="<prv-2025-00244.ack@example.com>", date=D(2025, 2, 17, 9, 31))

H("en-hum-6", "en", "thank-you in an existing access thread; quoted old request",
  ("Daniel Ho", "daniel.ho@example.net"), "Re: Your personal data - PRV-2025-00207",
  "Got the file, thanks a lot. All looks in order.\n\nDaniel\n\n" +
  gt("On Wed, 22 Jan 2025 at 17:40, ExampleMart Privacy <privacy@example.com> wrote:",
     "Dear Mr Ho,\nPlease find attached the personal data we hold about you.\n\n" +
     gt("On Fri, 3 Jan 2025 at 21:15, Daniel Ho <daniel.ho@example.net> wrote:",
        "Hi, please send me a copy of my data.")),
  client="gmail", reply=["<prv-2025-00207.1@example.com>", "<prv-2025-00207.2@example.com>"])

H("en-hum-7", "en", "complaint about a delivery rider; no data request",
  ("Mabel Ong", "mabel.ong@example.com"), "Rude delivery rider",
  "I want to complain about your delivery rider today at about 3pm (order 88120457). He shouted at my "
  "elderly helper and threw the box at the door. This is unacceptable. I expect someone to call me.\n\n"
  "Mabel Ong\n9362 0045\n", client="apple")

H("en-hum-8", "en", "portability alone: transmit purchase history to another retailer",
  ("Timothy Sng", "timothy.sng@example.org"), "Data portability",
  "Hello,\n\nPlease transmit my purchase history and saved preferences directly to ShopLah Pte Ltd in a "
  "machine-readable format (CSV or JSON), so that I can set up my account there. Their contact is "
  "dataintake@example.org.\n\nTimothy Sng\n")

H("en-hum-9", "en", "automated decision: asks why PayLater application was auto-rejected",
  ("Natalie Ee", "natalie.ee@example.net"), "PayLater rejected by your system",
  "Hi,\n\nMy application for ExampleMart PayLater was rejected within seconds, so I assume a computer decided. "
  "I have a stable job and no debts. Please explain how the decision was made and which factors counted "
  "against me, and let a human look at it again.\n\nNatalie\n", client="gmail")

H("en-hum-10", "en", "objection to processing other than direct marketing (fraud scoring with location)",
  ("Irfan Malik", "irfan.malik@example.org"), "Objection - location data",
  "Dear Sir/Madam,\n\nI object to ExampleMart using my phone's location data for its fraud-scoring system. "
  "I do not accept that this is necessary. Please explain the legal basis.\n\nIrfan Malik\n",
  client="thunderbird")

H("en-hum-11", "en",
  "new text asks where a parcel is; quoted older thread contains a deletion request already handled",
  ("Sophia Chong", "sophia.chong@example.net"), "Re: Your addresses have been deleted",
  "Hi, sorry to use this old email. Where is my parcel? Order 88194420, it says delivered but nothing came.\n\n"
  "Sophia\n\n" +
  gt("On Tue, 7 Jan 2025 at 14:11, ExampleMart Privacy <privacy@example.com> wrote:",
     "Dear Ms Chong,\nAs requested, we have deleted your old addresses.\n\n" +
     gt("On Sun, 5 Jan 2025 at 19:30, Sophia Chong <sophia.chong@example.net> wrote:",
        "Please delete my old addresses from my profile.")),
  client="gmail", reply="<prv-2025-00021.2@example.com>")

H("en-hum-12", "en", "subject says DELETE MY ACCOUNT but body only asks a question about a pending refund",
  ("Lucas Phua", "lucas.phua@example.com"), "DELETE MY ACCOUNT",
  "Before I do anything drastic: if I close my account now, do I still get the $89 refund for the blender "
  "I returned last week? Or does it disappear with the account?\n\nLucas\n")

H("en-hum-13", "en", "questions about PDPA rights and access fee; no request made",
  ("Evelyn Kho", "evelyn.kho@example.org"), "Query on PDPA rights",
  "Dear Privacy Team,\n\nCould you explain what rights I have under the PDPA regarding the data ExampleMart "
  "holds? In particular, is there a fee for an access request, and how long would it take? I have not decided "
  "whether to make one.\n\nBest regards,\nEvelyn Kho\n", client="outlook")

H("en-hum-14", "en",
  "misdirected vendor invoice; its disclaimer says 'delete it' but there is no privacy request",
  ("Accounts Receivable", "ar@example.org"), "Invoice INV-55021 - March packaging supplies",
  "Dear Sir/Madam,\n\nPlease find attached our invoice INV-55021 for packaging supplies delivered in March. "
  "Payment terms are 30 days.\n\nBest regards,\nAccounts Receivable\nPackRight Supplies Pte Ltd\n\n"
  "This message is confidential. If you have received it in error, please notify the sender and delete it "
  "immediately.\n", client="outlook", attach=[pdf("INV-55021.pdf", "Invoice INV-55021")])

H("en-hum-15", "en", "journalist asking about a data breach rumour",
  ("Clement Wee", "clement.wee@example.net"), "Media query: reported data leak",
  "Hello,\n\nI'm a reporter with an online news site. Readers tell us ExampleMart customer records were posted "
  "on a forum this week. Can ExampleMart confirm or deny this, and say how many customers are affected? "
  "Our deadline is 5pm tomorrow.\n\nClement Wee\n", client="gmail")

H("en-hum-16", "en", "law firm asks for a customer's data for litigation (someone else's data)",
  ("Tan & Partners LLC", "litigation@example.org"), "Request for customer records - Suit No. 812 of 2025",
  "Dear Sirs,\n\nWe act for the plaintiff in the above suit. We request copies of all orders, delivery "
  "addresses and contact details held for your customer Mr Seah Keng Hock for the period January 2023 to date.\n\n"
  "Yours faithfully,\nTan & Partners LLC\n", client="outlook",
  attach=[pdf("Letter_ref_TP-812.pdf", "Letter ref TP-812")])

H("en-hum-17", "en", "chaser only: did you receive my request?",
  ("Brandon Lee", "brandon.lee@example.com"), "Did you get my email?",
  "Hi, I sent an email last Monday about my account and got no reply or ticket number. Did you receive it?\n\n"
  "Brandon\n", client="iphone")

H("en-hum-18", "en", "complaint: phishing SMS quoting order number, asks if data leaked; no request",
  ("Karen Sim", "karen.sim@example.net"), "Did you leak my data??",
  "I got an SMS today saying my parcel for order 88230019 is held and asking me to pay $2.50 through a link. "
  "It had my real order number! How did they get it? Has ExampleMart been hacked? I want an explanation.\n\n"
  "Karen\n", client="android")

H("en-hum-19", "en", "question about minors' accounts; hypothetical",
  ("Pauline Yeoh", "pauline.yeoh@example.org"), "Accounts for teenagers",
  "Hi, is it possible for my 13-year-old to have her own ExampleMart account, and if so what data would you "
  "collect about her? Would I be able to see it?\n\nThanks,\nPauline\n", client="apple")

# ---------------------------------------------------------------------------- English: ignore
I("en-ign-1", "en", "out-of-office auto-reply with Auto-Submitted",
  ("Terence Goh", "terence.goh@example.org"), "Out of Office: Re: Your access request [PRV-2025-00331]",
  "Thank you for your email. I am on leave until 3 March with limited access to email. For urgent matters "
  "please contact my colleague at ops.desk@example.org.\n\nTerence\n",
  hdrs=AUTO, reply="<prv-2025-00331.2@example.com>", date=D(2025, 2, 24, 9, 3))

I("en-ign-2", "en", "Outlook-style automatic reply without Auto-Submitted (X-Auto-Response-Suppress only)",
  ("Michelle Ang", "michelle.ang@example.com"), "Automatic reply: Your correction request",
  "Hi, I'm away from the office and will be back on Monday. I will reply to your message then.\n\nMichelle\n",
  client="outlook", hdrs=OUTLOOK_AUTO, reply="<prv-2025-00402.1@example.com>")

I("en-ign-3", "en", "auto-reply that quotes the customer's original deletion request",
  ("Wendy Soh", "wendy.soh@example.net"), "Auto: Re: Delete all my data",
  "This is an automated response. I am travelling and will read your email when I return on 20 February.\n\n"
  "----- Original message -----\nFrom: ExampleMart Privacy <privacy@example.com>\nSubject: Re: Delete all my data\n\n"
  "Dear Ms Soh, to verify your identity please reply from the email on your account.\n\n"
  "> Please delete all my data and close my account.\n> Wendy\n",
  hdrs=[("Auto-Submitted", "auto-replied")], reply="<prv-2025-00288.1@example.com>", date=D(2025, 2, 12, 18, 40))

dsn("en-ign-4", "en", "Postfix DSN bounce of our reply; the returned message quotes a deletion request",
    mta="mx2.example.org", rcpt="gary.lum@example.org",
    human="This is the mail system at host mx2.example.org.\n\nI'm sorry to have to inform you that your message "
          "could not be delivered to one or more recipients. It's attached below.\n\n"
          "For further assistance, please send mail to postmaster.\n\n"
          "                   The mail system\n\n<gary.lum@example.org>: host mx1.example.org said: 550 5.1.1 "
          "User unknown (in reply to RCPT TO command)\n",
    orig=inner_msg("en-ign-4-orig", ("ExampleMart Privacy", PRIV), "gary.lum@example.org",
                   "Re: Please delete my data [PRV-2025-00375]",
                   "Dear Mr Lum,\n\nWe have received your request and will respond shortly.\n\n"
                   "> Please delete all personal data you hold about me.\n", date=when("en-ign-4", shift=-6)))

dsn("en-ign-5", "en", "Exchange-style NDR (multipart/report with text/rfc822-headers only)",
    mta="exch01.example.net", rcpt="j.rahman@example.net", status="5.4.1",
    diag="smtp; 550 5.4.1 Recipient address rejected: Access denied. AS(201806281)",
    subj="Undeliverable: Your personal data request", frm=("Microsoft Outlook", "postmaster@example.net"),
    human="Your message to j.rahman@example.net couldn't be delivered.\n\n"
          "j.rahman wasn't found at example.net.\n\nAction Required: check the recipient address.\n",
    orig=inner_msg("en-ign-5-orig", ("ExampleMart Privacy", PRIV), "j.rahman@example.net",
                   "Your personal data request", "Dear customer, your data is ready.\n",
                   date=when("en-ign-5", shift=-2)), headers_only=True)

dsn("en-ign-6", "en", "delayed-delivery warning (Action: delayed), still retrying",
    mta="relay.example.net", rcpt="siti.z@example.net", action="delayed", status="4.4.7",
    diag="smtp; 421 4.4.7 connection timed out while talking to mx1.example.net",
    subj="Delayed Mail (still being retried)",
    human="This is the mail system at host relay.example.net.\n\n####################################\n"
          "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
          "####################################\n\nYour message could not be delivered for more than 4 hours. "
          "It will be retried until it is 5 days old.\n",
    orig=inner_msg("en-ign-6-orig", ("ExampleMart Privacy", PRIV), "siti.z@example.net",
                   "Your account closure [PRV-2025-00390]", "Dear Ms Siti, your account has been closed.\n",
                   date=when("en-ign-6", shift=-250)), headers_only=True,
    extra_fields=[("Will-Retry-Until", format_datetime(when("en-ign-6", shift=-250 + 5 * 1440)))])

mdn("en-ign-7", "en", "read receipt (disposition-notification) for our reply",
    reader=("Ronald Quah", "ronald.quah@example.org"), subj="Read: Your data access request [PRV-2025-00266]",
    human="Your message\n\n  To: Ronald Quah\n  Subject: Your data access request [PRV-2025-00266]\n\n"
          "was read on Tuesday, 4 February 2025 10:12:40 AM (UTC+08:00) Kuala Lumpur, Singapore.\n",
    orig_subj="Your data access request [PRV-2025-00266]", orig_id="<prv-2025-00266.3@example.com>",
    date=D(2025, 2, 4, 10, 12))

I("en-ign-8", "en", "helpdesk auto-acknowledgement from a partner courier that quotes the customer's request",
  ("ParcelGo Support", "support@example.net"), "[Ticket #48213] Re: Please delete my data",
  "Hello,\n\nThis is an automatic message to confirm we have received your request. A support agent will get "
  "back to you within 3 working days. Your ticket number is #48213.\n\n"
  "--- Your message ---\nFrom: Kenny Liew <kenny.liew@example.net>\nCc: privacy@example.com\n"
  "Please delete my data from your systems and ExampleMart's. I don't want my address kept.\n\n"
  "ParcelGo Customer Support\nPlease do not reply to this email.\n",
  hdrs=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "HelpDeskly Notifier 4.1"),
        ("X-Helpdesk-Ticket", "48213"), ("Precedence", "bulk")])

I("en-ign-9", "en", "industry newsletter with List-Id and unsubscribe footer",
  ("SG Retail Insider", "news@lists.example.org"), "This week: loyalty programmes and the PDPA",
  "SG RETAIL INSIDER - Weekly digest\n\n1. Loyalty programmes: what the new guidelines mean\n"
  "2. Five ways to reduce failed deliveries\n3. Event: Retail Data Summit, 12 March\n\n"
  "Read online: https://lists.example.org/insider/2025-07\n\n"
  "You are receiving this because privacy@example.com subscribed to SG Retail Insider.\n"
  "Unsubscribe: https://lists.example.org/u/8f21c0 | Update preferences\n",
  client="gmail", hdrs=bulk_headers("SG Retail Insider", "insider.lists.example.org",
                                    "leave-insider@lists.example.org", "https://lists.example.org/u/8f21c0"))

I("en-ign-10", "en", "mailing-list digest (List-Id) whose posts talk about deletion requests",
  ("privacy-practitioners digest", "practitioners@lists.example.net"), "privacy-practitioners Digest, Vol 41, Issue 6",
  "Today's Topics:\n\n   1. Handling 'delete my account' vs 'delete my data' (Joyce T.)\n"
  "   2. Re: access request fees (Ahmad K.)\n\n----------------------------------------------------------------------\n\n"
  "Message: 1\nFrom: Joyce T. <joyce.t@example.net>\n\nHow do others separate account closure from erasure?\n\n"
  "------------------------------\n\nTo unsubscribe or change options: https://lists.example.net/mailman/options/practitioners\n",
  hdrs=[("List-Id", "Privacy practitioners <practitioners.lists.example.net>"),
        ("List-Unsubscribe", "<https://lists.example.net/mailman/options/practitioners>"),
        ("Precedence", "list")])

I("en-ign-11", "en", "X-Spam-Flag YES; imitates a deletion request with a payment threat",
  ("Data Compliance Dept", "compliance-notice@example.net"), "FINAL NOTICE: Delete my data or face penalty",
  "Attention ExampleMart,\n\nDelete all my data within 24 hours or we will file a complaint and your domain "
  "will be blacklisted. To avoid this, pay the compliance settlement at https://settle.example.net/pay?id=77 .\n",
  hdrs=spam_headers(14.2))

I("en-ign-12", "en", "X-Spam-Flag YES SEO offer",
  ("Rank Booster", "offers@example.org"), "Get your store to page 1 of search results!!",
  "Hi ExampleMart,\n\nWe noticed your website is not ranking for 'cheap appliances singapore'. Our team "
  "guarantees page 1 in 30 days. Reply YES for a free audit.\n\nTo stop receiving these emails reply REMOVE.\n",
  hdrs=spam_headers(9.7), client="gmail")

I("en-ign-13", "en", "auto-generated 'we received your email' from another company's mailbox, no quote",
  ("Customer Care (no-reply)", "no-reply@example.org"), "We have received your email",
  "Thank you for writing to us. This mailbox is not monitored. Your email has been forwarded to the relevant "
  "team, who will get back to you within 5 working days.\n\nThis is a system-generated message.\n",
  hdrs=[("Auto-Submitted", "auto-generated")])

I("en-ign-14", "en", "marketing newsletter (List-Id) with 'update your preferences / unsubscribe' footer",
  ("HomeHaus Deals", "hello@news.example.net"), "Spring sale: 30% off bedding",
  "SPRING SALE\n30% off all bedding this weekend.\n\nShop now: https://news.example.net/c/spring\n\n"
  "Don't want these emails? Unsubscribe: https://news.example.net/unsub?u=ab12\n",
  client="gmail", hdrs=bulk_headers("HomeHaus Deals", "deals.news.example.net",
                                    "unsub@news.example.net", "https://news.example.net/unsub?u=ab12"))

I("en-ign-15", "en", "automated security alert from a SaaS tool (Auto-Submitted: auto-generated)",
  ("CloudDesk Security", "security-noreply@example.net"), "New sign-in to your CloudDesk account",
  "We noticed a new sign-in to the shared mailbox privacy@example.com from Chrome on Windows.\n\n"
  "If this was you, you can ignore this message. If not, reset the password at "
  "https://clouddesk.example.net/security.\n",
  hdrs=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")])

mdn("en-ign-16", "en", "automatic read receipt sent by a mail client (automatic-action)",
    reader=("Shanti Kumar", "shanti.kumar@example.net"), subj="Read: Re: Your deletion request",
    human="This is a Return Receipt for the mail that you sent to shanti.kumar@example.net.\n\n"
          "Note: This Return Receipt only acknowledges that the message was displayed on the recipient's "
          "computer. There is no guarantee that the recipient has read or understood the message contents.\n",
    orig_subj="Re: Your deletion request", orig_id="<prv-2025-00310.4@example.com>",
    ua="Mozilla Thunderbird", manual=False, client="thunderbird")

# ---------------------------------------------------------------------------- Chinese (Simplified)
T("zh-acc-1", "zh", ["access"], "Simplified Chinese access request; Foxmail, GB2312 base64 both parts",
  ("陈晓明", "xiaoming.chen@example.net"), "申请查阅个人资料",
  "您好：\n\n我想申请查阅贵公司目前保存的关于我的全部个人资料，包括会员资料、订单记录、收货地址以及客服通话记录。"
  "请把资料副本发到这个邮箱。\n\n会员号：EM60284175\n\n谢谢！\n陈晓明\n", client="foxmail", cs="gb2312")

T("zh-cor-1", "zh", ["correction"], "phone number registered wrongly, states correct one; UTF-8 QP",
  ("黄丽娟", "lijuan.huang@example.org"), "手机号码登记错误",
  "你好，\n\n系统里登记的手机号码是 9158 2036，这是错的，我的号码是 9158 2063，最后两位写反了。"
  "快递员一直打不通我的电话，麻烦尽快更正。\n\n黄丽娟\n", cte="quoted-printable")

T("zh-del-1", "zh", ["deletion"], "delete order history + addresses but keep the account (negation)",
  ("王建国", "jianguo.wang@example.com"), "删除购物记录",
  "你好，请帮我删除账户里所有的购物记录和收货地址。账户不要注销，我还要继续用积分。\n\n王建国\n",
  client="gmail")

T("zh-wd-1", "zh", ["withdrawal"],
  "formal withdrawal; the object 同意 comes at the very end of a long clause after 撤回",
  ("刘佳怡", "jiayi.liu@example.org"), "撤回同意通知",
  "致ExampleMart数据保护官：\n\n本人刘佳怡（会员号EM33019264）现正式撤回，自本函发出之日起，就贵公司及其合作伙伴"
  "以电子邮件、短信、电话、应用推送或社交媒体等任何方式向本人发送推广及营销信息之目的，而收集、使用及披露"
  "本人个人资料的同意。\n\n本通知不影响本人现有订单的处理。\n\n此致\n刘佳怡\n", client="outlook")

T("zh-wd-2", "zh", ["withdrawal"], "turn off personalised recommendations (关闭个性化推荐)",
  ("赵敏", "min.zhao@example.net"), "关闭个性化推荐",
  "你好，请帮我关闭个性化推荐，也不要再根据我的浏览记录给我推送广告。App里面找不到这个开关。谢谢。\n\n赵敏\n",
  client="iphone")

T("zh-can-1", "zh", ["cancellation"], "注销账户 request; declared GBK, name uses a GBK-only character (喆)",
  ("林喆", "zhe.lin@example.net"), "注销账户",
  "你好，\n\n请帮我注销ExampleMart账户，注册手机号 8311 5720。以后不会再用了，积分不要了。\n\n林喆\n",
  cs="gbk", cte="base64")

T("zh-multi-1", "zh", ["cancellation", "deletion"], "注销账号 + 删除全部个人信息",
  ("孙浩", "hao.sun@example.com"), "注销账号并删除个人信息",
  "您好！\n\n我要注销我的账号，同时请删除你们保存的我的所有个人信息，包括姓名、电话、地址和订单记录。"
  "处理完成后请回邮件告诉我。\n\n孙浩\n会员号 EM72210836\n", client="foxmail", cs="gb2312")

T("zh-multi-2", "zh", ["access", "correction"], "查阅 + 更正 (birthday wrong)",
  ("周雨桐", "yutong.zhou@example.org"), "查询资料及更正生日",
  "你好，\n\n1. 请提供你们保存的我的个人资料副本。\n2. 我的出生日期登记成了1992年11月3日，正确的是1992年3月11日，请更正。\n\n"
  "谢谢！\n周雨桐\n", client="gmail")

T("zh-acc-2", "zh", ["access"], "formal access request citing PDPA s21 with (a)(b)(c); GB2312 QP",
  ("吴志强", "zhiqiang.wu@example.net"), "根据《个人数据保护法》第21条提出的查阅请求",
  "ExampleMart Pte. Ltd. 数据保护官：\n\n根据新加坡《2012年个人数据保护法》第21条，本人吴志强（会员号EM15520973）"
  "请求贵公司提供：\n\n（a）贵公司所拥有或控制的关于本人的个人资料；\n"
  "（b）在本请求日期之前一年内，上述个人资料曾经或可能被使用或披露的方式；\n"
  "（c）在该期间内获得上述资料的第三方名称。\n\n如需收费，请事先告知金额。\n\n吴志强\n",
  cs="gb2312", cte="quoted-printable")

T("zh-wd-3", "zh", ["withdrawal"], "opt-out on behalf of elderly father (remove his number from marketing list)",
  ("郑文华", "wenhua.zheng@example.com"), "请停止给我父亲打推销电话",
  "你好，\n\n我父亲郑国良今年82岁，最近经常接到你们的推销电话，他听不太清楚，每次都很紧张。"
  "请把他的号码 6258 3391 从你们所有的营销名单中删除，不要再打了。\n\n谢谢\n郑文华（儿子）\n", client="gmail")

T("zh-wd-4", "zh", ["withdrawal"], "subject says 注销账户 but body changes mind: keep account, stop promo emails",
  ("何静", "jing.he@example.org"), "注销账户",
  "你好，本来想注销账户的，想了想还是先不注销了。只要别再给我发促销邮件就行，每天好几封太烦了。\n\n何静\n",
  client="iphone")

T("zh-cor-2", "zh", ["correction"], "correction as a condition: if the old address is still on file, change it",
  ("高明", "ming.gao@example.net"), "地址更新",
  "你好，\n\n如果系统里我的地址还是旧的（宏茂桥3道 Blk 322 #07-118），请改成 榜鹅东路 Blk 611 #12-45，邮编 820611。"
  "我上个月已经搬家了。\n\n高明\n", client="foxmail", cs="gb2312")

T("zh-del-2", "zh", ["deletion"],
  "reply quoting an old access thread (Gmail 写道 header); the new text asks to delete the ID photo",
  ("许嘉欣", "jiaxin.xu@example.com"), "Re: 您的个人资料查阅请求",
  "你好，资料已经收到了，谢谢。另外我看到你们还保存着我去年上传的身份证照片，请把它删除。\n\n许嘉欣\n\n" +
  gt("ExampleMart Privacy <privacy@example.com> 于2025年1月10日周五 14:20写道：",
     "许女士您好，\n附件是我们保存的关于您的个人资料。\n\n" +
     gt("许嘉欣 <jiaxin.xu@example.com> 于2025年1月2日周四 09:05写道：", "请把我的个人资料发给我。")),
  client="gmail", reply="<prv-2025-00009.2@example.com>")

# ---------------------------------------------------------------------------- Chinese (Traditional)
T("zht-acc-1", "zh", ["access"], "Traditional Chinese access request in Big5",
  ("李淑芬", "shufen.li@example.org"), "申請個人資料副本",
  "您好：\n\n請提供貴公司所保存關於本人的個人資料副本，包括帳戶資料、訂單紀錄及送貨地址。\n\n"
  "會員編號：EM84410257\n\n李淑芬 敬上\n", cs="big5", cte="base64")

T("zht-can-1", "zh", ["cancellation"], "Traditional: 刪除帳戶 (= close account), Big5 8bit",
  ("張志豪", "chihao.chang@example.net"), "請刪除我的帳戶",
  "你好，請幫我刪除我的ExampleMart帳戶，我已經不再使用了。登記電話 9427 0318。\n\n張志豪\n", cs="big5")

T("zht-multi-1", "zh", ["withdrawal", "deletion"], "Traditional: stop marketing emails + delete browsing records",
  ("陳美玲", "meiling.chan@example.com"), "停止行銷郵件及刪除瀏覽紀錄",
  "您好，\n\n請停止寄送任何行銷郵件和簡訊給我，並刪除我在App上的瀏覽紀錄和搜尋紀錄。帳戶可以保留。\n\n陳美玲\n",
  client="outlook")

T("zht-cor-1", "zh", ["correction"], "Traditional: English name misspelt on record (UTF-8)",
  ("蔡宗翰", "tsunghan.tsai@example.org"), "英文姓名拼錯",
  "你好，\n\n你們系統裡我的英文名字是 Tsai Tsung-Han 沒錯，但姓氏被打成了 Tasi，麻煩改正為 Tsai。\n\n蔡宗翰\n",
  client="apple")

T("zht-del-1", "zh", ["deletion"], "Traditional: delete reviews and saved addresses; Big5 QP",
  ("林家豪", "chiahao.lin@example.net"), "刪除評論與地址",
  "您好，\n\n請刪除我在貴網站上發表的所有商品評論，以及帳戶中儲存的全部收件地址。謝謝。\n\n林家豪\n",
  cs="big5", cte="quoted-printable")

# ---------------------------------------------------------------------------- Chinese code-mixed zh/en
T("zhm-multi-1", "zh", ["cancellation", "deletion"], "code-mixed zh/en: cancel account + delete all data",
  ("Kelly 杨", "kelly.yang@example.net"), "cancel account",
  "Hi, 我想 cancel 我的 account，然后 all my data 也请 delete 掉，不要留。Thanks!\n\nKelly\n", client="iphone")

T("zhm-acc-1", "zh", ["access"], "code-mixed: wants a copy of personal data to check third-party sharing",
  ("Jason 梁", "jason.liang@example.com"), "personal data copy",
  "Hello，请 send 我一份你们保存的 personal data copy，我要 check 一下你们有没有 share 给第三方。"
  "Member no. EM50193386。谢谢\n", client="gmail")

T("zhm-wd-1", "zh", ["withdrawal"], "code-mixed: unsubscribe from promo SMS but don't close account (negation)",
  ("Amanda 邱", "amanda.qiu@example.org"), "promo SMS 太多",
  "Promo SMS 太多了，pls unsubscribe 我。但是 account 不要 close 哦，我还会 shopping 的。\n\nAmanda\n",
  client="android")

T("zhm-cor-1", "zh", ["correction"], "code-mixed: unit number on delivery address stored wrongly",
  ("Ryan 谢", "ryan.xie@example.net"), "address 错了",
  "Hi，我的 delivery address 里的 unit number 打错了，应该是 #05-12，不是 #15-12。上次 parcel 送去别人家了。"
  "麻烦 update 一下，thanks。\n\nRyan\n", client="gmail")

# ---------------------------------------------------------------------------- Chinese: human
H("zh-hum-1", "zh", "question only: what happens to points if the account is closed",
  ("朱丽华", "lihua.zhu@example.com"), "注销账户后积分怎么办？",
  "你好，想问一下，如果我注销账户，里面的积分会怎样？可以先换成购物券吗？我还没决定要不要注销。\n\n朱丽华\n",
  client="foxmail", cs="gb2312")

H("zh-hum-2", "zh", "asks for husband's order records (someone else's data)",
  ("罗秀英", "xiuying.luo@example.net"), "查询我老公的订单",
  "你好，我想查一下我老公过去半年在你们这里买了什么东西，他的账户是用他自己的手机号注册的。"
  "可以把他的订单记录发给我吗？\n\n罗秀英\n")

H("zh-hum-3", "zh", "chaser in Foxmail reply; the quoted original (原始邮件) is an old deletion request",
  ("马超", "chao.ma@example.org"), "回复：删除个人资料",
  "你好，两周前我发了删除个人资料的请求，到现在还没有任何回复，请问处理到哪一步了？\n\n马超\n\n"
  "------------------ 原始邮件 ------------------\n发件人: \"马超\" <chao.ma@example.org>\n"
  "发送时间: 2025年1月15日(星期三) 晚上8:30\n收件人: \"privacy\" <privacy@example.com>\n主题: 删除个人资料\n\n"
  "你好，请删除你们保存的我的所有个人资料。\n", client="foxmail", cs="gb2312",
  date=D(2025, 1, 30, 20, 12))

H("zh-hum-4", "zh", "Traditional Chinese complaint about a damaged delivery; no data request",
  ("黃志明", "chiming.wong@example.net"), "投訴：商品損壞",
  "你好，\n\n今天收到的微波爐外箱破損，門也裂開了（訂單 88301472）。送貨員放下就走，完全不理會。"
  "請儘快安排換貨並給我一個交代。\n\n黃志明\n", cs="big5")

H("zh-hum-5", "zh", "portability alone: transfer my data directly to another platform",
  ("钱磊", "lei.qian@example.com"), "数据转移",
  "你好，请把我的购物记录和会员资料以机器可读的格式直接传给另一家购物平台，我要把账户迁过去。"
  "对方的接收邮箱是 import@example.org。\n\n钱磊\n")

H("zh-hum-6", "zh", "code-mixed thank-you in an existing thread (quoted closure confirmation)",
  ("Vivian 方", "vivian.fang@example.net"), "Re: 账户注销确认",
  "收到了，thanks a lot! 办事效率很高 👍\n\nVivian\n\n" +
  gt("在 2025年1月20日 周一 16:45，ExampleMart Privacy <privacy@example.com> 写道：",
     "方小姐您好，您的账户已经注销。\n\n" +
     gt("在 2025年1月18日 周六 11:02，Vivian 方 <vivian.fang@example.net> 写道：", "请注销我的账户，谢谢。")),
  client="iphone", reply="<prv-2025-00150.2@example.com>")

H("zh-hum-7", "zh", "questions about PDPA rights and fees; no request",
  ("邓伟", "wei.deng@example.org"), "咨询个人资料权利",
  "您好，请问根据新加坡的PDPA，我对你们保存的个人资料有哪些权利？如果申请查阅，需要收费吗？大概多久能处理？\n\n"
  "邓伟\n", client="outlook")

# ---------------------------------------------------------------------------- Chinese: ignore
I("zh-ign-1", "zh", "Chinese auto-reply with Auto-Submitted, GB2312",
  ("杨帆", "fan.yang@example.net"), "自动回复：您的个人资料查阅请求",
  "您好，我正在休假，2月10日返回。期间邮件不能及时回复，急事请致电办公室。谢谢！\n", cs="gb2312",
  hdrs=AUTO, reply="<prv-2025-00341.1@example.com>", date=D(2025, 2, 5, 11, 2))

I("zh-ign-2", "zh", "Outlook Chinese automatic reply (自动答复) without Auto-Submitted",
  ("徐芳", "fang.xu@example.com"), "自动答复: 关于您的更正请求",
  "您好！我目前不在办公室，将于下周一回来，届时会尽快回复您的邮件。\n\n徐芳\n",
  client="outlook", hdrs=OUTLOOK_AUTO, reply="<prv-2025-00356.1@example.com>")

mdn("zh-ign-3", "zh", "Chinese read receipt (已读), disposition-notification",
    reader=("冯磊", "lei.feng@example.net"), subj="已读: 您的账户注销请求",
    human="您的邮件\n\n  收件人: 冯磊\n  主题: 您的账户注销请求\n\n已于 2025年2月6日 9:41 被阅读。\n",
    orig_subj="您的账户注销请求", orig_id="<prv-2025-00295.2@example.com>", date=D(2025, 2, 6, 9, 41))

I("zh-ign-4", "zh", "Chinese invoice spam flagged X-Spam-Flag YES; GB2312",
  ("代开发票", "fapiao88@example.net"), "代开各类发票 优惠点数",
  "贵公司财务负责人您好：\n\n本公司可代开增值税发票、普通发票，点数优惠，真票可查验。\n"
  "有需要请联系 微信：fp8888\n\n如不需要请忽略本邮件。\n", cs="gb2312", hdrs=spam_headers(18.5))

I("zh-ign-5", "zh", "Traditional Chinese newsletter with List-Id and unsubscribe footer; Big5",
  ("零售週報", "weekly@lists.example.org"), "零售週報：會員積分新趨勢",
  "本期內容：\n一、會員積分計劃的新趨勢\n二、電商退貨處理經驗分享\n\n"
  "線上閱讀：https://lists.example.org/weekly/88\n\n"
  "您收到此郵件是因為您訂閱了零售週報。如欲取消訂閱，請按此：https://lists.example.org/u/5c77\n",
  cs="big5", hdrs=bulk_headers("Retail Weekly TW", "weekly.lists.example.org",
                               "unsub@lists.example.org", "https://lists.example.org/u/5c77"))

dsn("zh-ign-6", "zh", "Chinese-language bounce (系统退信) as multipart/report; returned message was our reply",
    mta="mx.mail.example.net", rcpt="xiaohong.li@example.net", hcs="utf-8",
    subj="系统退信", frm=("系统管理员", "postmaster@mail.example.net"),
    human="您好，很遗憾，您发送的邮件未能送达以下收件人：\n\n  xiaohong.li@example.net\n\n"
          "原因：收件人邮箱不存在。\n\n此邮件为系统自动发出，请勿回复。\n",
    orig=inner_msg("zh-ign-6-orig", ("ExampleMart Privacy", PRIV), "xiaohong.li@example.net",
                   "回复：删除我的资料", "李女士您好，我们已收到您的删除请求。\n\n> 请删除我的全部资料。\n",
                   date=when("zh-ign-6", shift=-9)))

# ---------------------------------------------------------------------------- Malay
T("ms-can-1", "ms", ["cancellation"], "Malay: tutup akaun",
  ("Ahmad Zulkifli", "ahmad.zulkifli@example.net"), "Tutup akaun",
  "Assalamualaikum,\n\nTolong tutup akaun ExampleMart saya. Nombor telefon berdaftar 9382 4471. "
  "Saya sudah tidak guna aplikasi ini lagi.\n\nTerima kasih,\nAhmad Zulkifli\n")

T("ms-del-1", "ms", ["deletion"], "Malay: erase all personal data (address, phone, purchase history)",
  ("Siti Rahmah", "siti.rahmah@example.org"), "Padam data peribadi saya",
  "Salam sejahtera,\n\nSila padamkan semua data peribadi saya yang ada dalam simpanan ExampleMart, termasuk "
  "alamat, nombor telefon dan sejarah pembelian. Sila maklumkan kepada saya apabila selesai.\n\n"
  "Siti Rahmah binti Osman\n", client="gmail")

T("ms-wd-1", "ms", ["withdrawal"], "Malay informal: stop promo SMS",
  ("", "faizal.r@example.net"), "SMS promosi",
  "Saya tak nak terima SMS promosi lagi. Tolong berhenti hantar ke nombor 8124 6630. Terima kasih.\n",
  client="android")

T("ms-acc-1", "ms", ["access"], "formal Malay access letter citing s21 PDPA with (a)(b)(c)",
  ("Nor Azizah binti Hamid", "norazizah.hamid@example.com"),
  "Permohonan akses data peribadi di bawah seksyen 21 PDPA",
  "Tuan/Puan,\n\nPERMOHONAN AKSES KEPADA DATA PERIBADI\n\nMerujuk kepada seksyen 21 Akta Perlindungan Data "
  "Peribadi 2012, saya, Nor Azizah binti Hamid (nombor ahli EM27730418), memohon ExampleMart Pte. Ltd. "
  "memberikan kepada saya:\n\n(a) data peribadi saya yang berada dalam milikan atau kawalan syarikat tuan/puan;\n"
  "(b) maklumat tentang cara data tersebut telah atau mungkin telah digunakan atau didedahkan dalam tempoh "
  "setahun sebelum tarikh permohonan ini; dan\n(c) nama pihak ketiga yang menerima data tersebut.\n\n"
  "Sekian, terima kasih.\n\nYang benar,\nNor Azizah binti Hamid\n", client="outlook")

T("ms-cor-1", "ms", ["correction"], "Malay: address recorded wrongly, stated as fact",
  ("Mohd Hairul", "hairul.mohd@example.net"), "Alamat salah",
  "Salam,\n\nAlamat saya tersilap direkodkan sebagai Blk 210 Jurong East Street 21 #04-115. Alamat yang betul "
  "ialah Blk 201 Jurong East Street 21 #04-115. Dua kali bungkusan saya dihantar ke blok lain.\n\nHairul\n",
  client="gmail")

T("ms-multi-1", "ms", ["cancellation", "deletion"], "Malay/English mix: close account + delete all data",
  ("Nabilah Yusof", "nabilah.yusof@example.org"), "tutup account",
  "Hi, nak tutup account saya and please delete semua data saya sekali. Tak nak ada apa-apa record lagi. "
  "Thanks!\n\nNabilah\n", client="iphone")

T("ms-wd-2", "ms", ["withdrawal"], "Malay: opt-out on behalf of elderly mother",
  ("Khairul Anuar", "khairul.anuar@example.com"), "Panggilan promosi kepada ibu saya",
  "Assalamualaikum,\n\nBagi pihak ibu saya, Puan Rosnah binti Ahmad (75 tahun), saya minta nombor telefonnya "
  "6762 1184 dikeluarkan daripada semua senarai pemasaran ExampleMart. Dia selalu terima panggilan jualan dan "
  "rasa tertekan.\n\nTerima kasih,\nKhairul Anuar\n")

T("ms-wd-3", "ms", ["withdrawal"], "formal Malay withdrawal with 'persetujuan saya' far from 'menarik balik'",
  ("Zainab binti Karim", "zainab.karim@example.net"), "Notis penarikan balik persetujuan",
  "Kepada Pegawai Perlindungan Data,\n\nDengan ini saya menarik balik, berkuat kuasa serta-merta dan bagi semua "
  "tujuan pemasaran termasuk e-mel, SMS, panggilan telefon dan mesej WhatsApp, sama ada dijalankan oleh "
  "ExampleMart Pte. Ltd. sendiri atau oleh mana-mana rakan kongsi bagi pihaknya, persetujuan saya untuk "
  "pengumpulan, penggunaan dan pendedahan data peribadi saya.\n\nAkaun saya hendaklah kekal aktif.\n\n"
  "Yang benar,\nZainab binti Karim\n", client="outlook")

T("ms-multi-2", "ms", ["access", "correction"], "Malay: access + date of birth wrong",
  ("Farhan Ismail", "farhan.ismail@example.org"), "Data saya",
  "Salam,\n\nSaya nak minta salinan semua data peribadi saya dalam sistem ExampleMart. Selain itu, tarikh lahir "
  "saya dalam sistem salah: tertulis 12/08/1990, sepatutnya 21/08/1990. Tolong betulkan.\n\nFarhan\n",
  client="gmail")

T("ms-wd-4", "ms", ["withdrawal"], "Malay negation: don't close the account, only stop promo emails",
  ("Aisyah Rahim", "aisyah.rahim@example.net"), "Jangan tutup akaun",
  "Helo,\n\nJangan tutup akaun saya ya. Saya cuma nak berhenti terima e-mel promosi setiap hari. "
  "Terima kasih.\n\nAisyah\n", cs="iso-8859-1", cte="quoted-printable")

T("ms-del-2", "ms", ["deletion"],
  "Malay reply: courtesy about a finished correction + NEW deletion of ID photo; Gmail 'menulis:' quote",
  ("Hidayah Salleh", "hidayah.salleh@example.com"), "Re: Permohonan pembetulan alamat",
  "Terima kasih, alamat saya sudah betul sekarang.\n\nSatu lagi: sila padamkan gambar kad pengenalan yang saya "
  "muat naik semasa membeli ubat batuk tahun lepas.\n\nHidayah\n\n" +
  gt("Pada Isn, 13 Jan 2025 pada 10:12 PG, ExampleMart Privacy <privacy@example.com> menulis:",
     "Puan Hidayah,\nAlamat puan telah dikemas kini.\n\n" +
     gt("Pada Jum, 10 Jan 2025 pada 8:40 PTG, Hidayah Salleh <hidayah.salleh@example.com> menulis:",
        "Alamat saya salah, sila betulkan kepada Blk 55 Marsiling Drive.")),
  client="gmail", reply="<prv-2025-00055.2@example.com>")

T("ms-multi-3", "ms", ["cancellation", "withdrawal"], "Malay: close account and meanwhile stop promotions",
  ("Rashid Jamal", "rashid.jamal@example.org"), "Tutup akaun dan berhenti promosi",
  "Tuan/Puan,\n\nSila tutup akaun saya (EM63301927). Sementara itu, tolong berhenti hantar sebarang promosi "
  "melalui SMS dan e-mel.\n\nRashid\n", client="outlook")

H("ms-hum-1", "ms", "Malay question only: will reward points be lost if the account is closed",
  ("Norhayati Bakar", "norhayati.bakar@example.net"), "Mata ganjaran",
  "Salam, kalau saya tutup akaun, mata ganjaran saya hilang ke? Boleh tukar jadi baucar dulu? Belum buat "
  "keputusan lagi.\n\nNorhayati\n", client="android")

H("ms-hum-2", "ms", "Malay chaser only, no new request",
  ("Iskandar Noor", "iskandar.noor@example.com"), "Re: Permohonan akses",
  "Saya dah hantar permohonan akses tiga minggu lepas tapi masih tiada jawapan. Bila saya akan dapat?\n\n"
  "Iskandar\n\n" +
  gt("Pada Sel, 14 Jan 2025 pada 9:05 PG, Iskandar Noor <iskandar.noor@example.com> menulis:",
     "Saya mohon salinan data peribadi saya."),
  client="gmail", reply="<CAK7x9.iskandar@mail.example.com>", date=D(2025, 2, 4, 21, 8))

H("ms-hum-3", "ms", "Malay: asks for a sibling's delivery address (someone else's data)",
  ("Azman Latif", "azman.latif@example.net"), "Alamat adik saya",
  "Helo, saya nak tahu alamat penghantaran terbaru adik saya, Amirul Latif. Dia pindah rumah dan tak beritahu "
  "keluarga. Dia selalu beli barang dengan ExampleMart. Tolong bagi alamat dia.\n\nAzman\n")

H("ms-hum-4", "ms", "Malay/English complaint about a damaged item; no data request",
  ("Liyana Hassan", "liyana.hassan@example.org"), "Barang rosak",
  "Barang saya sampai rosak, kotak dah penyek (order 88412093). Customer service tak angkat phone. "
  "Saya nak refund, bukan voucher.\n\nLiyana\n", client="iphone")

I("ms-ign-1", "ms", "Malay out-of-office auto-reply with Auto-Submitted",
  ("Roslan Yahya", "roslan.yahya@example.net"), "Balasan Automatik: Permohonan anda [PRV-2025-00377]",
  "Terima kasih atas e-mel anda. Saya sedang bercuti sehingga 17 Februari. E-mel anda akan dibalas "
  "selepas saya kembali.\n\nRoslan\n", hdrs=AUTO, reply="<prv-2025-00377.1@example.com>", date=D(2025, 2, 11, 16, 25))

I("ms-ign-2", "ms", "Malay newsletter with List-Id and unsubscribe footer",
  ("Berita Runcit", "berita@lists.example.org"), "Berita Runcit: Tip jualan Hari Raya",
  "Edisi minggu ini:\n- Tip jualan Hari Raya\n- Cara kurangkan pulangan barang\n\n"
  "Baca dalam talian: https://lists.example.org/berita/12\n\n"
  "Anda menerima e-mel ini kerana melanggan Berita Runcit. Untuk berhenti melanggan: "
  "https://lists.example.org/u/b1e9\n",
  client="gmail", hdrs=bulk_headers("Berita Runcit", "berita.lists.example.org",
                                    "henti@lists.example.org", "https://lists.example.org/u/b1e9"))

I("ms-ign-3", "ms", "Malay prize spam with X-Spam-Flag YES",
  ("Cabutan Bertuah", "hadiah@example.org"), "TAHNIAH! Anda menang RM50,000",
  "Tahniah! Alamat e-mel anda telah dipilih sebagai pemenang cabutan bertuah RM50,000. Untuk menuntut hadiah, "
  "hantar nama penuh, nombor IC dan butiran bank anda ke tuntutan@example.org dalam masa 48 jam.\n",
  hdrs=spam_headers(16.0))

# ---------------------------------------------------------------------------- Tamil
T("ta-acc-1", "ta", ["access"], "Tamil: copy of all personal data",
  ("கார்த்திகேயன் ராமசாமி", "karthik.ramasamy@example.net"), "எனது தனிப்பட்ட தரவின் நகல்",
  "வணக்கம்,\n\nExampleMart நிறுவனம் என்னைப் பற்றி வைத்திருக்கும் அனைத்து தனிப்பட்ட தரவுகளின் நகலையும் எனக்கு "
  "அனுப்பவும். உறுப்பினர் எண்: EM39102846.\n\nநன்றி,\nகார்த்திகேயன்\n", client="gmail")

T("ta-del-1", "ta", ["deletion"], "Tamil: delete address/phone/purchase records but do not close account (negation)",
  ("மீனாட்சி சுந்தரம்", "meenakshi.s@example.org"), "தரவுகளை நீக்கவும்",
  "வணக்கம்,\n\nஎனது முகவரி, தொலைபேசி எண் மற்றும் வாங்கிய பொருட்களின் பதிவுகளை உங்கள் அமைப்பிலிருந்து "
  "நீக்கவும். ஆனால் என் கணக்கை மூட வேண்டாம்.\n\nமீனாட்சி\n", cte="base64")

T("ta-can-1", "ta", ["cancellation"], "Tamil: close my account",
  ("ராஜேஷ் குமார்", "rajesh.kumar@example.com"), "கணக்கை மூடவும்",
  "வணக்கம்,\n\nதயவுசெய்து எனது ExampleMart கணக்கை மூடவும். பதிவு செய்த கைபேசி எண்: 8517 2043.\n\n"
  "ராஜேஷ்\n")

T("ta-wd-1", "ta", ["withdrawal"], "Tamil: stop promotional SMS and emails",
  ("லதா வேணு", "latha.venu@example.net"), "விளம்பரச் செய்திகள் வேண்டாம்",
  "வணக்கம்,\n\nவிளம்பர குறுஞ்செய்திகளையும் மின்னஞ்சல்களையும் எனக்கு அனுப்புவதை நிறுத்தவும்.\n\nலதா\n",
  client="android", cte="quoted-printable")

T("ta-cor-1", "ta", ["correction"], "Tamil: name recorded wrongly, stated as fact",
  ("குமாரவேலு பழனி", "kumaravelu.p@example.org"), "பெயர் பிழை",
  "வணக்கம்,\n\nஉங்கள் பதிவுகளில் என் பெயர் \"Kumaravel P\" என்று தவறாக உள்ளது. சரியான பெயர் "
  "\"Kumaravelu Palani\".\n\nநன்றி\n", client="apple")

T("ta-multi-1", "ta", ["cancellation", "deletion"], "Tamil/English mix: close account + delete all data",
  ("Arun Prakash", "arun.prakash@example.net"), "account close",
  "Hi, என் account-ஐ close பண்ணுங்க. என் data எல்லாத்தையும் delete பண்ணிடுங்க. Thanks.\n\nArun\n",
  client="iphone")

T("ta-wd-2", "ta", ["withdrawal"], "Tamil: opt-out on behalf of father (remove his number from marketing list)",
  ("செல்வி சுப்பிரமணியம்", "selvi.s@example.com"), "என் அப்பாவுக்கு விளம்பர அழைப்புகள்",
  "வணக்கம்,\n\nஎன் அப்பா திரு. சுப்பிரமணியம் அவர்களுக்கு உங்கள் நிறுவனத்திலிருந்து அடிக்கடி விளம்பர அழைப்புகள் "
  "வருகின்றன. அவரது எண் 6344 0921-ஐ உங்கள் சந்தைப்படுத்தல் பட்டியலிலிருந்து நீக்கவும்.\n\nசெல்வி\n",
  client="gmail")

H("ta-hum-1", "ta", "Tamil question only: what happens to points if the account is closed",
  ("பிரியா கணேசன்", "priya.ganesan@example.org"), "புள்ளிகள் பற்றிய கேள்வி",
  "வணக்கம், என் கணக்கை மூடினால் என் புள்ளிகளுக்கு என்ன ஆகும்? இன்னும் முடிவு செய்யவில்லை.\n\nபிரியா\n")

H("ta-hum-2", "ta", "Tamil thank-you reply in an existing thread",
  ("வசந்த் ராஜா", "vasanth.raja@example.net"), "Re: உங்கள் கோரிக்கை முடிந்தது",
  "மிக்க நன்றி! தகவல் கிடைத்தது.\n\nவசந்த்\n\n" +
  gt("On Thu, 16 Jan 2025 at 12:30, ExampleMart Privacy <privacy@example.com> wrote:",
     "Dear Mr Vasanth, your correction has been made."),
  client="gmail", reply="<prv-2025-00120.2@example.com>")

I("ta-ign-1", "ta", "Tamil out-of-office auto-reply with Auto-Submitted",
  ("சரவணன் முத்து", "saravanan.m@example.org"), "தானியங்கி பதில்: உங்கள் கோரிக்கை",
  "வணக்கம், நான் தற்போது விடுப்பில் இருக்கிறேன். 24 பிப்ரவரி அன்று திரும்புவேன்.\n",
  hdrs=AUTO, reply="<prv-2025-00384.1@example.com>", date=D(2025, 2, 19, 10, 7))

I("ta-ign-2", "ta", "Tamil community newsletter with List-Id and unsubscribe footer",
  ("சமூக செய்திமடல்", "seithi@lists.example.net"), "இந்த வாரச் செய்திமடல்",
  "இந்த வாரம்:\n1. பொங்கல் கொண்டாட்ட நிகழ்ச்சிகள்\n2. இலவச சுகாதார பரிசோதனை முகாம்\n\n"
  "இந்த மின்னஞ்சல்களைப் பெற விரும்பவில்லை என்றால்: https://lists.example.net/u/ta77\n",
  hdrs=bulk_headers("Samooga Seithi", "seithi.lists.example.net", "unsub@lists.example.net",
                    "https://lists.example.net/u/ta77"))

# ---------------------------------------------------------------------------- Indonesian
T("id-acc-1", "id", ["access"], "Indonesian: copy of personal data",
  ("Dewi Lestari", "dewi.lestari@example.net"), "Permintaan salinan data pribadi",
  "Halo ExampleMart,\n\nSaya ingin meminta salinan data pribadi saya yang disimpan oleh ExampleMart, termasuk "
  "riwayat pesanan dan alamat pengiriman. Nomor anggota: EM71830245.\n\nTerima kasih,\nDewi\n", client="gmail")

T("id-del-1", "id", ["deletion"], "Indonesian: erase all personal data",
  ("Budi Santoso", "budi.santoso@example.org"), "Hapus data saya",
  "Selamat siang,\n\nMohon hapus semua data pribadi saya dari sistem Anda: nama, nomor HP, alamat, dan riwayat "
  "belanja. Mohon konfirmasi jika sudah selesai.\n\nSalam,\nBudi Santoso\n")

T("id-can-1", "id", ["cancellation"], "Indonesian: close my account",
  ("Rina Wulandari", "rina.w@example.com"), "Tutup akun",
  "Halo, tolong tutup akun ExampleMart saya. Saya sudah pindah ke Jakarta dan tidak belanja di Singapura lagi.\n\n"
  "Rina\n", client="iphone")

T("id-wd-1", "id", ["withdrawal"], "Indonesian: stop promotional emails",
  ("Agus Pratama", "agus.pratama@example.net"), "Berhenti kirim promo",
  "Tolong berhenti kirim email promosi ke saya. Setiap hari ada 2-3 email, sangat mengganggu.\n\nAgus\n",
  client="android")

T("id-cor-1", "id", ["correction"], "Indonesian: surname misspelt in the record",
  ("Siti Nurhaliza Putri", "siti.putri@example.org"), "Nama salah eja",
  "Halo,\n\nNama saya di akun tercatat \"Siti Nurhaliza Putra\". Seharusnya \"Putri\", bukan \"Putra\". "
  "Mohon diperbaiki.\n\nTerima kasih\n", client="gmail")

T("id-multi-1", "id", ["cancellation", "deletion", "withdrawal"],
  "Indonesian: close account, delete data, and stop promotions until then",
  ("Hendra Wijaya", "hendra.wijaya@example.com"), "Penutupan akun",
  "Yth. Tim ExampleMart,\n\nSaya ingin (1) menutup akun saya, (2) menghapus semua data pribadi saya, dan "
  "(3) sambil menunggu, berhenti menerima promosi lewat SMS maupun email.\n\nHormat saya,\nHendra Wijaya\n",
  client="outlook")

T("id-cor-2", "id", ["correction"],
  "Indonesian reply: thanks for finished access + NEW correction of phone; quoted 'menulis:' thread with old access request",
  ("Yusuf Hidayat", "yusuf.hidayat@example.net"), "Re: Data pribadi Anda",
  "Terima kasih, filenya sudah saya terima. Ternyata nomor HP saya di situ masih yang lama (8211 3390). "
  "Nomor yang benar 8211 3309, tolong diperbarui.\n\nYusuf\n\n" +
  gt("Pada tanggal Sen, 13 Jan 2025 pukul 10.12 ExampleMart Privacy <privacy@example.com> menulis:",
     "Bapak Yusuf, terlampir data pribadi Anda.\n\n" +
     gt("Pada tanggal Rab, 8 Jan 2025 pukul 19.40 Yusuf Hidayat <yusuf.hidayat@example.net> menulis:",
        "Saya minta salinan data pribadi saya.")),
  client="gmail", reply="<prv-2025-00040.2@example.com>")

H("id-hum-1", "id", "Indonesian questions about rights/fees only",
  ("Fitri Handayani", "fitri.h@example.org"), "Pertanyaan tentang hak data",
  "Halo, saya mau tanya: apa saja hak saya atas data pribadi yang disimpan ExampleMart? Kalau mau minta salinan, "
  "apakah ada biaya?\n\nFitri\n")

H("id-hum-2", "id", "Indonesian: asks for wife's account activity (someone else's data)",
  ("Rudi Hartono", "rudi.hartono@example.net"), "Akun istri saya",
  "Selamat pagi, saya ingin melihat riwayat belanja dan alamat pengiriman di akun istri saya, Maria Hartono. "
  "Bisa dikirim ke email saya?\n\nRudi\n", client="android")

I("id-ign-1", "id", "Indonesian auto-reply without Auto-Submitted (X-Autoreply only)",
  ("Putu Ardana", "putu.ardana@example.com"), "Balasan otomatis: Permintaan Anda",
  "Terima kasih atas email Anda. Saya sedang cuti sampai 20 Februari dan akan membalas setelah kembali.\n",
  hdrs=[("X-Autoreply", "yes")], reply="<prv-2025-00392.1@example.com>", date=D(2025, 2, 13, 10, 22, "+0700"))

I("id-ign-2", "id", "Indonesian loan spam with X-Spam-Flag YES",
  ("Pinjaman Cepat", "promo@example.net"), "Pinjaman tanpa jaminan cair 5 menit!",
  "Butuh dana cepat? Pinjaman hingga Rp50 juta tanpa jaminan, cair dalam 5 menit. Klik "
  "https://pinjam.example.net/daftar sekarang juga!\n", hdrs=spam_headers(12.3), client="gmail")

# ---------------------------------------------------------------------------- Japanese
T("ja-acc-1", "ja", ["access"], "Japanese disclosure (access) request; ISO-2022-JP 7bit",
  ("佐藤健一", "kenichi.sato@example.net"), "個人情報の開示請求",
  "ExampleMart 個人情報保護ご担当者様\n\n貴社が保有している私の個人情報の開示をお願いいたします。"
  "購入履歴、配送先住所、お問い合わせの記録も含めてください。\n\n会員番号：EM42019538\n\n佐藤健一\n",
  cs="iso-2022-jp", label="ISO-2022-JP")

T("ja-multi-1", "ja", ["cancellation", "deletion"], "Japanese: 退会 (close account) + erase all personal data; ISO-2022-JP",
  ("山本由美", "yumi.yamamoto@example.org"), "退会と個人情報の消去について",
  "お世話になっております。\n\n本日付で退会を希望します。あわせて、登録されている私の個人情報"
  "（氏名、電話番号、住所、購入履歴）をすべて消去してください。完了しましたらご連絡ください。\n\n山本由美\n",
  cs="iso-2022-jp", label="ISO-2022-JP", client="thunderbird")

T("ja-wd-1", "ja", ["withdrawal"], "Japanese: stop newsletter and push ads, do not cancel membership (negation)",
  ("鈴木大輔", "daisuke.suzuki@example.com"), "メールマガジン配信停止",
  "メールマガジンとアプリのプッシュ通知による広告の配信を停止してください。"
  "なお、会員登録は解約しないでください。\n\n鈴木\n", client="iphone")

T("ja-cor-1", "ja", ["correction"],
  "Japanese reply: quoted older access thread (Gmail JP header); new text says the romanised name is wrong",
  ("佐藤美咲", "misaki.sato@example.net"), "Re: 個人情報の開示について",
  "ご対応ありがとうございました。\n\n開示いただいた資料を確認したところ、氏名のローマ字表記が「Misaki Satou」"
  "となっていました。正しくは「Misaki Sato」です。修正をお願いします。\n\n佐藤美咲\n\n" +
  gt("2025年1月14日(火) 10:12 ExampleMart Privacy <privacy@example.com>:",
     "佐藤様\nご依頼の個人情報を添付にてお送りします。"),
  client="gmail", cte="base64", reply="<prv-2025-00061.2@example.com>")

H("ja-hum-1", "ja", "Japanese question only: what happens to points on leaving; ISO-2022-JP",
  ("田中翔", "sho.tanaka@example.org"), "退会時のポイントについて",
  "退会した場合、残っているポイントはどうなりますか？退会するかどうかはまだ決めていません。\n\n田中\n",
  cs="iso-2022-jp", label="ISO-2022-JP")

I("ja-ign-1", "ja", "Japanese out-of-office auto-reply (自動応答) with Auto-Submitted; ISO-2022-JP",
  ("小林直子", "naoko.kobayashi@example.com"), "自動応答: 訂正のご依頼について",
  "誠に恐れ入りますが、2月14日まで休暇をいただいております。戻り次第ご返信いたします。\n\n小林\n",
  cs="iso-2022-jp", label="ISO-2022-JP", hdrs=AUTO, reply="<prv-2025-00399.1@example.com>", tz="+0900", date=D(2025, 2, 7, 17, 50, "+0900"))

# ---------------------------------------------------------------------------- Korean
T("ko-acc-1", "ko", ["access"], "Korean access request; EUC-KR 8bit",
  ("김민준", "minjun.kim@example.net"), "개인정보 열람 요청",
  "안녕하세요.\n\n귀사가 보유하고 있는 제 개인정보의 열람을 요청합니다. 주문 내역, 배송지, 상담 기록을 포함한 "
  "사본을 이메일로 보내 주세요.\n\n회원번호: EM58820461\n김민준 드림\n", cs="euc-kr", label="EUC-KR")

T("ko-del-1", "ko", ["deletion"], "Korean: delete order history and delivery addresses; EUC-KR base64",
  ("이서연", "seoyeon.lee@example.org"), "주문 내역 삭제 요청",
  "안녕하세요. 제 계정에 남아 있는 주문 내역과 배송지 정보를 모두 삭제해 주세요. 감사합니다.\n\n이서연\n",
  cs="euc-kr", cte="base64", label="EUC-KR")

T("ko-wd-1", "ko", ["withdrawal"], "Korean: withdraw marketing consent (마케팅 수신 동의 철회)",
  ("박지훈", "jihoon.park@example.com"), "마케팅 수신 동의 철회",
  "마케팅 정보 수신 동의를 철회합니다. 광고성 문자와 이메일을 더 이상 보내지 마세요.\n\n박지훈\n",
  client="gmail")

T("ko-multi-1", "ko", ["cancellation", "deletion"],
  "Korean: 회원 탈퇴 + delete personal data; Outlook with ks_c_5601-1987 charset label",
  ("최수아", "sua.choi@example.net"), "회원 탈퇴 및 개인정보 삭제",
  "안녕하세요.\n\n회원 탈퇴를 원합니다. 탈퇴 후에는 제 개인정보도 모두 삭제해 주시기 바랍니다.\n\n최수아\n",
  client="outlook", cs="ks_c_5601-1987", cte="base64")

H("ko-hum-1", "ko", "Korean: asks for husband's order history (someone else's data)",
  ("정하은", "haeun.jung@example.org"), "남편 계정 주문 내역",
  "안녕하세요. 남편 계정으로 최근 3개월 동안 주문한 내역을 알고 싶습니다. 남편 이름은 정민호입니다. "
  "저에게 보내 주실 수 있나요?\n")

mdn("ko-ign-1", "ko", "Korean read receipt (읽음 확인), disposition-notification",
    reader=("강도윤", "doyoon.kang@example.com"), subj="읽음: 개인정보 열람 요청 처리 결과",
    human="보낸 메일을 2025년 2월 11일 오후 3:20에 읽었습니다.\n\n제목: 개인정보 열람 요청 처리 결과\n",
    orig_subj="개인정보 열람 요청 처리 결과", orig_id="<prv-2025-00360.3@example.com>", tz="+0900",
    date=D(2025, 2, 11, 15, 20, "+0900"))

# ---------------------------------------------------------------------------- Thai
T("th-can-1", "th", ["cancellation"], "Thai: close my account; TIS-620 8bit",
  ("สมชาย ใจดี", "somchai.j@example.net"), "ขอปิดบัญชี",
  "สวัสดีครับ\n\nกรุณาปิดบัญชี ExampleMart ของผมด้วยครับ เบอร์โทรที่ลงทะเบียนไว้คือ 8460 2217\n\nขอบคุณครับ\nสมชาย\n",
  cs="tis-620", label="TIS-620")

T("th-multi-1", "th", ["access", "deletion"], "Thai: copy of personal data, then delete everything",
  ("วราภรณ์ ศรีสุข", "waraporn.s@example.org"), "ขอสำเนาข้อมูลและลบข้อมูล",
  "เรียนทีมงาน ExampleMart\n\nดิฉันขอสำเนาข้อมูลส่วนบุคคลทั้งหมดที่บริษัทเก็บไว้ และหลังจากส่งสำเนาแล้ว "
  "กรุณาลบข้อมูลทั้งหมดของดิฉันออกจากระบบค่ะ\n\nวราภรณ์\n", client="gmail", tz="+0700")

T("th-wd-1", "th", ["withdrawal"], "Thai: stop promotional SMS; TIS-620 QP",
  ("ประเสริฐ วงศ์ทอง", "prasert.w@example.com"), "หยุดส่ง SMS",
  "กรุณาหยุดส่ง SMS โปรโมชั่นมาที่เบอร์ของผม ส่งมาทุกวันเลยครับ\n", cs="tis-620", cte="quoted-printable",
  label="TIS-620")

H("th-hum-1", "th", "Thai question only: points after closing account",
  ("นภา แก้วมณี", "napa.k@example.net"), "คะแนนสะสม",
  "สวัสดีค่ะ ถ้าปิดบัญชีแล้ว คะแนนสะสมจะหายไปไหมคะ ยังไม่ได้ตัดสินใจค่ะ\n", client="iphone")

I("th-ign-1", "th", "Thai out-of-office auto-reply with Auto-Submitted; TIS-620",
  ("อนุชา ทองดี", "anucha.t@example.org"), "ตอบกลับอัตโนมัติ: คำขอของคุณ",
  "ขณะนี้ผมไม่อยู่ที่สำนักงานจนถึงวันที่ 18 กุมภาพันธ์ จะติดต่อกลับโดยเร็วที่สุดครับ\n",
  cs="tis-620", label="TIS-620", hdrs=AUTO, reply="<prv-2025-00371.1@example.com>", tz="+0700", date=D(2025, 2, 14, 13, 30, "+0700"))

# ---------------------------------------------------------------------------- Vietnamese
T("vi-del-1", "vi", ["deletion"], "Vietnamese: delete all personal data",
  ("Trần Thị Mai", "mai.tran@example.net"), "Yêu cầu xóa dữ liệu cá nhân",
  "Xin chào,\n\nVui lòng xóa toàn bộ dữ liệu cá nhân của tôi trong hệ thống của quý công ty, gồm họ tên, số điện "
  "thoại, địa chỉ và lịch sử mua hàng.\n\nTrân trọng,\nTrần Thị Mai\n", client="gmail", tz="+0700")

T("vi-acc-1", "vi", ["access"], "Vietnamese: copy of personal data; UTF-8 QP, RFC 2047 Q-encoded headers",
  ("Lê Văn Hùng", "hung.le@example.org"), "Yêu cầu cung cấp bản sao dữ liệu",
  "Kính gửi ExampleMart,\n\nTôi muốn yêu cầu một bản sao dữ liệu cá nhân mà quý công ty đang lưu giữ về tôi. "
  "Mã thành viên: EM66102934.\n\nCảm ơn,\nLê Văn Hùng\n", cte="quoted-printable", henc="Q")

T("vi-cor-1", "vi", ["correction"], "Vietnamese correction stated as a condition (if old phone still on file)",
  ("Phạm Minh Tuấn", "tuan.pham@example.com"), "Cập nhật số điện thoại",
  "Chào anh/chị,\n\nNếu hồ sơ của tôi vẫn ghi số điện thoại cũ 9127 4406 thì xin cập nhật thành 9127 4460. "
  "Số cũ tôi không dùng nữa.\n\nTuấn\n", client="apple")

T("vi-multi-1", "vi", ["cancellation", "withdrawal"], "Vietnamese: close account + stop promotional messages",
  ("Nguyễn Thu Hà", "ha.nguyen@example.net"), "Đóng tài khoản",
  "Xin chào,\n\nXin hãy đóng tài khoản ExampleMart của tôi và ngừng gửi tin nhắn quảng cáo cho tôi.\n\n"
  "Cảm ơn,\nThu Hà\n", client="android")

H("vi-hum-1", "vi", "Vietnamese complaint about a late delivery; no data request",
  ("Đỗ Quang Vinh", "vinh.do@example.org"), "Khiếu nại giao hàng chậm",
  "Đơn hàng 88520177 của tôi đã trễ 9 ngày mà không ai liên lạc. Tôi rất không hài lòng và muốn được hoàn tiền "
  "phí giao hàng.\n\nVinh\n")

I("vi-ign-1", "vi", "Vietnamese out-of-office auto-reply with Auto-Submitted",
  ("Hoàng Lan Anh", "lananh.hoang@example.net"), "Trả lời tự động: Yêu cầu của bạn",
  "Cảm ơn bạn đã gửi email. Tôi đang nghỉ phép đến ngày 21/02 và sẽ trả lời sau khi quay lại.\n",
  hdrs=AUTO, reply="<prv-2025-00386.1@example.com>", tz="+0700", date=D(2025, 2, 17, 8, 55, "+0700"))

# ---------------------------------------------------------------------------- German
T("de-acc-1", "de", ["access"],
  "German: chaser about a pending closure + NEW access request; quoted 'Am ... schrieb' thread",
  ("Jonas Weber", "jonas.weber@example.net"), "Re: Ihre Anfrage zur Kontoschließung",
  "Guten Tag,\n\nich warte noch immer auf die Bestätigung, dass mein Konto geschlossen wurde.\n\n"
  "Außerdem bitte ich um Auskunft darüber, welche personenbezogenen Daten Sie über mich gespeichert haben, "
  "und um eine Kopie dieser Daten.\n\nMit freundlichen Grüßen\nJonas Weber\n\n" +
  gt("Am 14.01.2025 um 10:12 schrieb ExampleMart Privacy <privacy@example.com>:",
     "Sehr geehrter Herr Weber,\nwir haben Ihre Anfrage zur Schließung Ihres Kontos erhalten."),
  client="thunderbird", tz="+0100", reply="<prv-2025-00070.1@example.com>")

T("de-del-1", "de", ["deletion"],
  "German erasure request; German disclaimer at bottom ('löschen Sie diese E-Mail'); ISO-8859-1 QP",
  ("Sabine Krüger", "sabine.krueger@example.org"), "Löschung meiner Daten",
  "Sehr geehrte Damen und Herren,\n\nbitte löschen Sie sämtliche personenbezogenen Daten, die Sie über mich "
  "gespeichert haben, und bestätigen Sie mir die Löschung schriftlich.\n\nMit freundlichen Grüßen\n"
  "Sabine Krüger\n\n--\nDiese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat "
  "sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und löschen Sie "
  "diese E-Mail.\n", cs="iso-8859-1", cte="quoted-printable", tz="+0100")

T("de-wd-1", "de", ["withdrawal"], "German formal withdrawal of marketing consent + objection to advertising",
  ("Thomas Becker", "thomas.becker@example.net"), "Widerruf meiner Einwilligung",
  "Sehr geehrte Damen und Herren,\n\nhiermit widerrufe ich mit sofortiger Wirkung meine Einwilligung in die "
  "Nutzung meiner Daten für Werbung per E-Mail, SMS und Telefon und widerspreche jeder weiteren Verwendung "
  "meiner Daten zu Werbezwecken.\n\nMein Kundenkonto soll bestehen bleiben.\n\nMit freundlichen Grüßen\n"
  "Thomas Becker\n", client="outlook", tz="+0100")

T("de-can-1", "de", ["cancellation"], "German: close customer account; windows-1252 8bit",
  ("Anna Schmidt", "anna.schmidt@example.com"), "Kündigung Kundenkonto",
  "Hallo,\n\nbitte kündigen Sie mein Kundenkonto bei ExampleMart zum nächstmöglichen Zeitpunkt. "
  "Ich wohne nicht mehr in Singapur.\n\nViele Grüße\nAnna Schmidt\n", cs="windows-1252", label="windows-1252",
  tz="+0100")

T("de-cor-1", "de", ["correction"], "German: address stored wrongly (fact)",
  ("Lukas Hoffmann", "lukas.hoffmann@example.org"), "Falsche Adresse",
  "Hallo,\n\nmeine Adresse ist bei Ihnen falsch gespeichert: Dort steht 8 Namly Garden, richtig ist 18 Namly "
  "Garden, Singapore 267354.\n\nGruß\nLukas Hoffmann\n", client="apple", tz="+0800")

H("de-hum-1", "de", "German: subject says delete account, body only asks about points (nothing decided)",
  ("Katrin Wolf", "katrin.wolf@example.net"), "Löschung meines Kontos",
  "Hallo,\n\nbevor ich mein Konto lösche: Verfallen dann meine Punkte sofort, oder kann ich sie noch "
  "einlösen? Ich habe mich noch nicht entschieden.\n\nKatrin\n", client="gmail", tz="+0100")

I("de-ign-1", "de", "German Abwesenheitsnotiz with Auto-Submitted; ISO-8859-1 QP",
  ("Michael Schäfer", "michael.schaefer@example.com"), "Abwesenheitsnotiz: Ihre Anfrage",
  "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 28. Februar nicht im Büro und habe nur "
  "eingeschränkten Zugriff auf meine E-Mails.\n", cs="iso-8859-1", cte="quoted-printable", hdrs=AUTO,
  reply="<prv-2025-00380.1@example.com>", tz="+0100", henc="Q", date=D(2025, 2, 20, 7, 45, "+0100"))

# ---------------------------------------------------------------------------- French
T("fr-acc-1", "fr", ["access"], "French: copy of all personal data",
  ("Camille Durand", "camille.durand@example.net"), "Demande d'accès à mes données",
  "Bonjour,\n\nJe souhaite obtenir une copie de l'ensemble des données personnelles que vous détenez à mon sujet, "
  "ainsi que les finalités de leur utilisation.\n\nCordialement,\nCamille Durand\n", client="gmail", tz="+0100")

T("fr-multi-1", "fr", ["cancellation", "deletion"], "French: close account + erase all data",
  ("Julien Moreau", "julien.moreau@example.org"), "Clôture de compte",
  "Madame, Monsieur,\n\nJe vous prie de clôturer mon compte client et d'effacer toutes les données "
  "personnelles me concernant.\n\nBien cordialement,\nJulien Moreau\n", client="outlook", tz="+0100")

T("fr-wd-1", "fr", ["withdrawal"], "French formal withdrawal; 'mon consentement' far after 'je retire'",
  ("Élodie Lambert", "elodie.lambert@example.com"), "Retrait de consentement",
  "Madame, Monsieur,\n\nPar la présente, je retire, à compter de ce jour et pour l'ensemble des finalités de "
  "prospection commerciale, qu'il s'agisse de courriels, de SMS ou d'appels téléphoniques, effectués par vos "
  "soins ou par vos partenaires, mon consentement au traitement de mes données personnelles.\n\n"
  "Je vous prie d'agréer mes salutations distinguées.\nÉlodie Lambert\n", tz="+0100")

T("fr-cor-1", "fr", ["correction"], "French: address recorded erroneously; windows-1252 QP with œ",
  ("Loïc Bernard", "loic.bernard@example.net"), "Adresse erronée",
  "Bonjour,\n\nMon adresse est enregistrée de façon erronée : « 12 Orchard Boulevard » au lieu de "
  "« 21 Orchard Boulevard ». Merci de la corriger, mes colis finissent chez ma sœur.\n\nLoïc\n",
  cs="windows-1252", cte="quoted-printable", label="windows-1252", tz="+0800")

H("fr-hum-1", "fr", "French thank-you in an existing thread; quoted 'a écrit :' with the old request",
  ("Nathalie Roux", "nathalie.roux@example.org"), "Re: Votre demande de suppression",
  "Merci beaucoup pour votre réponse rapide, tout est en ordre.\n\nNathalie\n\n" +
  gt("Le lun. 13 janv. 2025 à 10:12, ExampleMart Privacy <privacy@example.com> a écrit :",
     "Madame Roux, vos données ont été supprimées.\n\n" +
     gt("Le ven. 10 janv. 2025 à 18:03, Nathalie Roux <nathalie.roux@example.org> a écrit :",
        "Merci de supprimer toutes mes données.")),
  client="gmail", tz="+0100", reply="<prv-2025-00052.2@example.com>")

I("fr-ign-1", "fr", "French Outlook 'Réponse automatique' without Auto-Submitted",
  ("Pierre Garnier", "pierre.garnier@example.com"), "Réponse automatique : Votre demande",
  "Bonjour,\n\nJe suis absent du bureau jusqu'au 3 mars. Votre message ne sera pas transféré.\n\nPierre Garnier\n",
  client="outlook", hdrs=OUTLOOK_AUTO, reply="<prv-2025-00394.1@example.com>", tz="+0100", date=D(2025, 2, 26, 10, 1, "+0100"))

# ---------------------------------------------------------------------------- Spanish
T("es-del-1", "es", ["deletion"], "Spanish: erasure of all personal data (supresión)",
  ("Lucía Fernández", "lucia.fernandez@example.net"), "Solicitud de supresión de datos",
  "Hola:\n\nSolicito la supresión de todos mis datos personales de sus sistemas, incluido el historial de "
  "compras y las direcciones guardadas.\n\nUn saludo,\nLucía Fernández\n", client="gmail", tz="+0100")

T("es-can-1", "es", ["cancellation"], "Spanish: darme de baja de la cuenta (= close account); ISO-8859-1 8bit",
  ("Javier Ruiz", "javier.ruiz@example.org"), "Baja de la cuenta",
  "Buenos días:\n\nQuiero darme de baja de la cuenta de ExampleMart. Ya no vivo en Singapur.\n\n"
  "Gracias,\nJavier Ruiz\n", cs="iso-8859-1", tz="+0100")

T("es-wd-1", "es", ["withdrawal"], "Spanish: baja de comunicaciones comerciales, keep account (negation)",
  ("Carmen López", "carmen.lopez@example.com"), "Baja de comunicaciones",
  "Hola, quiero darme de baja de las comunicaciones comerciales (correos y SMS). No quiero cerrar la cuenta, "
  "solo dejar de recibir publicidad.\n\nCarmen\n", client="iphone")

T("es-multi-1", "es", ["access", "correction"], "Spanish: access + wrong phone number",
  ("Diego Martínez", "diego.martinez@example.net"), "Acceso y rectificación",
  "Estimados señores:\n\nLes solicito una copia de los datos personales que tienen sobre mí. Además, mi número de "
  "teléfono está mal registrado: figura 9320 1187 y el correcto es 9320 1178.\n\nAtentamente,\n"
  "Diego Martínez\n", client="outlook", tz="-0300")

H("es-hum-1", "es", "Spanish: parent asks for adult son's orders (someone else's data)",
  ("Rosa Jiménez", "rosa.jimenez@example.org"), "Pedidos de mi hijo",
  "Hola, mi hijo de 24 años vive en Singapur y compra en su tienda. ¿Me pueden enviar la lista de sus pedidos "
  "y la dirección de entrega que usa? Estoy preocupada por él.\n\nRosa\n", tz="+0100")

I("es-ign-1", "es", "Spanish auto-reply with Auto-Submitted that quotes our message",
  ("Andrés Castillo", "andres.castillo@example.com"), "Respuesta automática: Su solicitud de acceso",
  "Gracias por su mensaje. Estaré fuera de la oficina hasta el 10 de marzo.\n\n"
  "-----Mensaje original-----\nDe: ExampleMart Privacy <privacy@example.com>\nAsunto: Su solicitud de acceso\n\n"
  "Estimado Sr. Castillo, adjuntamos sus datos.\n", hdrs=AUTO, reply="<prv-2025-00396.1@example.com>", tz="+0100", date=D(2025, 3, 3, 12, 14, "+0100"))

# ---------------------------------------------------------------------------- Italian
T("it-acc-1", "it", ["access"], "Italian: copy of personal data",
  ("Giulia Rossi", "giulia.rossi@example.net"), "Richiesta di accesso ai dati",
  "Buongiorno,\n\nchiedo di ricevere copia dei dati personali che mi riguardano in vostro possesso e "
  "l'indicazione dei soggetti a cui sono stati comunicati.\n\nCordiali saluti,\nGiulia Rossi\n", tz="+0100")

T("it-multi-1", "it", ["withdrawal", "deletion"],
  "Italian reply under a quoted promo ('ha scritto:'): stop marketing + erase purchase history",
  ("Marco Bianchi", "marco.bianchi@example.org"), "R: Offerte della settimana",
  "Buongiorno, non voglio più ricevere comunicazioni promozionali di alcun tipo. Vi chiedo inoltre di "
  "cancellare lo storico dei miei acquisti.\n\nMarco Bianchi\n\n" +
  gt("Il giorno lun 13 gen 2025 alle ore 10:12 ExampleMart <deals@example.com> ha scritto:",
     "Offerte della settimana: fino al 40% di sconto sugli elettrodomestici."),
  client="gmail", tz="+0100", reply="<deals-250113.5521@example.com>")

H("it-hum-1", "it", "Italian question about data retention only",
  ("Francesca Greco", "francesca.greco@example.com"), "Domanda sulla conservazione dei dati",
  "Salve, per quanto tempo conservate i dati dei clienti dopo l'ultimo acquisto? Grazie.\n\nFrancesca\n",
  tz="+0100")

I("it-ign-1", "it", "Italian 'Risposta automatica' without Auto-Submitted (Outlook)",
  ("Alessandro Conti", "alessandro.conti@example.net"), "Risposta automatica: La sua richiesta",
  "Sono fuori ufficio fino al 7 marzo con accesso limitato alla posta.\n\nAlessandro Conti\n",
  client="outlook", hdrs=OUTLOOK_AUTO, reply="<prv-2025-00397.1@example.com>", tz="+0100", date=D(2025, 3, 1, 9, 20, "+0100"))

# ---------------------------------------------------------------------------- Dutch
T("nl-multi-1", "nl", ["cancellation", "deletion"], "Dutch: close account + delete all data",
  ("Sanne de Vries", "sanne.devries@example.net"), "Account opheffen",
  "Beste ExampleMart,\n\nGraag mijn account opheffen en al mijn persoonsgegevens verwijderen.\n\n"
  "Met vriendelijke groet,\nSanne de Vries\n", tz="+0100")

T("nl-cor-1", "nl", ["correction"],
  "Dutch reply to an old thread ('Op ... schreef'): new text corrects the surname; quote holds an old access request",
  ("Pieter Jansen", "pieter.jansen@example.org"), "Re: Uw inzageverzoek",
  "Dank voor het overzicht. Mijn achternaam staat daarin verkeerd: 'Janssen' moet 'Jansen' zijn. "
  "Wilt u dat aanpassen?\n\nPieter\n\n" +
  gt("Op ma 13 jan 2025 om 10:12 schreef ExampleMart Privacy <privacy@example.com>:",
     "Beste heer Jansen, in de bijlage vindt u uw gegevens.\n\n" +
     gt("Op do 2 jan 2025 om 09:30 schreef Pieter Jansen <pieter.jansen@example.org>:",
        "Ik wil graag inzage in mijn gegevens.")),
  client="gmail", tz="+0100", reply="<prv-2025-00011.2@example.com>")

H("nl-hum-1", "nl", "Dutch: data portability only (transfer to another company)",
  ("Lotte Bakker", "lotte.bakker@example.com"), "Dataportabiliteit",
  "Hallo, ik wil graag dat u mijn bestelgeschiedenis in een machineleesbaar formaat rechtstreeks overdraagt aan "
  "een andere webwinkel. Hoe gaat dat?\n\nLotte\n", tz="+0100")

I("nl-ign-1", "nl", "Dutch 'Automatisch antwoord' with Auto-Submitted",
  ("Ruben Visser", "ruben.visser@example.net"), "Automatisch antwoord: Uw verzoek",
  "Bedankt voor uw bericht. Ik ben afwezig tot en met 4 maart en lees mijn e-mail niet.\n",
  hdrs=AUTO, reply="<prv-2025-00398.1@example.com>", tz="+0100", date=D(2025, 2, 27, 15, 36, "+0100"))

# ---------------------------------------------------------------------------- Portuguese
T("pt-del-1", "pt", ["deletion"], "European Portuguese: erasure of personal data",
  ("João Silva", "joao.silva@example.net"), "Pedido de eliminação de dados",
  "Bom dia,\n\nSolicito a eliminação de todos os meus dados pessoais dos vossos sistemas.\n\nCumprimentos,\n"
  "João Silva\n", tz="+0000")

T("pt-acc-1", "pt", ["access"], "Brazilian Portuguese: copy of personal data",
  ("Mariana Costa", "mariana.costa@example.org"), "Cópia dos meus dados",
  "Olá,\n\nGostaria de receber uma cópia dos meus dados pessoais que vocês armazenam, incluindo histórico de "
  "pedidos.\n\nObrigada,\nMariana\n", client="gmail", tz="-0300")

T("pt-multi-1", "pt", ["cancellation", "withdrawal"],
  "Brazilian Portuguese reply under quoted promo ('escreveu:'): close account + stop marketing emails",
  ("Rafael Souza", "rafael.souza@example.com"), "Re: Ofertas imperdíveis",
  "Quero encerrar minha conta e parar de receber e-mails de marketing.\n\nRafael\n\n" +
  gt("Em seg., 13 de jan. de 2025 às 10:12, ExampleMart <deals@example.com> escreveu:",
     "Ofertas imperdíveis desta semana!"),
  client="gmail", tz="-0300", reply="<deals-250113.7781@example.com>")

I("pt-ign-1", "pt", "Portuguese auto-reply with Auto-Submitted",
  ("Beatriz Almeida", "beatriz.almeida@example.net"), "Resposta automática: O seu pedido",
  "Obrigada pelo seu e-mail. Estou de férias até 12 de março.\n", hdrs=AUTO,
  reply="<prv-2025-00399.2@example.com>", tz="+0000", date=D(2025, 3, 5, 11, 11, "+0000"))

# ---------------------------------------------------------------------------- rarely-seen languages (human)
H("tl-hum-1", "tl", "Tagalog erasure request; language the privacy team does not handle, so route human",
  ("Maria Santos", "maria.santos@example.net"), "Pakibura ang aking impormasyon",
  "Magandang araw po.\n\nPakibura po ang lahat ng aking personal na impormasyon sa inyong sistema. "
  "Hindi na po ako gumagamit ng ExampleMart.\n\nSalamat po,\nMaria Santos\n")

H("hi-hum-1", "hi", "Hindi access request; rarely received language, route human",
  ("राहुल शर्मा", "rahul.sharma@example.org"), "व्यक्तिगत डेटा की प्रति",
  "नमस्ते,\n\nकृपया मेरे बारे में आपके पास मौजूद सभी व्यक्तिगत डेटा की एक प्रति मुझे भेजें।\n\nधन्यवाद,\nराहुल शर्मा\n",
  client="gmail", tz="+0530")

H("my-hum-1", "my", "Burmese account-closure request; rarely received language, route human",
  ("အောင်ကျော်", "aung.kyaw@example.net"), "အကောင့်ပိတ်ရန်",
  "မင်္ဂလာပါ။\n\nကျေးဇူးပြု၍ ကျွန်တော်၏ ExampleMart အကောင့်ကို ပိတ်ပေးပါ။\n\nအောင်ကျော်\n", tz="+0630")

H("sw-hum-1", "sw", "Swahili marketing opt-out; rarely received language, route human",
  ("Amani Mwangi", "amani.mwangi@example.com"), "Acheni kunitumia matangazo",
  "Habari,\n\nTafadhali acheni kunitumia ujumbe wa matangazo kwa barua pepe na SMS.\n\nAsante,\nAmani\n",
  tz="+0300")

# ---------------------------------------------------------------------------- extra multi-type cases
T("zh-multi-3", "zh", ["correction", "withdrawal"],
  "Simplified Chinese from a work mailbox: wrong company name on invoices + stop marketing; bilingual "
  "disclaimer says 'delete this email' (not a deletion request); GB2312 QP",
  ("曾志伟", "zhiwei.zeng@example.org"), "发票抬头错误及停止推广",
  "你好，\n\n我账户里的发票抬头登记为“新达贸易有限公司”，这是错的，正确的是“新达商贸有限公司”，请更正。\n\n"
  "另外，请不要再向这个邮箱发送任何推广邮件。\n\n曾志伟\n\n"
  "本邮件及其附件含有保密信息，仅供指定收件人使用。如您误收本邮件，请立即通知发件人并删除本邮件。\n"
  "This email is confidential. If you received it in error, please notify the sender and delete it.\n",
  cs="gb2312", cte="quoted-printable", client="plain")

T("ta-multi-2", "ta", ["access", "correction"], "Tamil: copy of data + phone number recorded wrongly",
  ("தேவி நாராயணன்", "devi.narayanan@example.net"), "தரவு நகல் மற்றும் திருத்தம்",
  "வணக்கம்,\n\n1. என்னைப் பற்றி நீங்கள் வைத்திருக்கும் தனிப்பட்ட தரவுகளின் நகலை அனுப்பவும்.\n"
  "2. என் கைபேசி எண் 9644 1027 என்று தவறாகப் பதிவாகியுள்ளது. சரியான எண் 9644 1072.\n\nநன்றி,\nதேவி\n",
  client="outlook")

T("es-multi-2", "es", ["deletion", "withdrawal"],
  "Spanish: subject says close account, body changes its mind: keep account, erase old addresses, stop SMS",
  ("Pablo Navarro", "pablo.navarro@example.com"), "Cerrar cuenta",
  "Hola:\n\nAl final no quiero cerrar la cuenta. Lo que sí quiero es que borren mis direcciones antiguas y que "
  "dejen de enviarme SMS promocionales.\n\nGracias,\nPablo\n", client="apple", tz="+0100")


if __name__ == "__main__":
    main()
