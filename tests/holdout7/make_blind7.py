#!/usr/bin/env python3
"""Generate blind evaluation set 7 for the ExampleMart privacy-mailbox bot.

Writes /work/blind7/e001.eml ... eNNN.eml (RFC 5322 + MIME, LF line endings)
and /work/blind7/manifest.jsonl.  Standard library only, fully deterministic:
run it twice and the bytes are identical.

Everything in here is invented: ExampleMart Pte. Ltd., every person, address
(example.com / example.org / example.net), phone number, member and order number.

Usage:  python3 make_blind7.py          # write files + self-check
"""
import base64
import datetime
import hashlib
import html as _html
import json
import quopri
import random
import sys
from email import policy
from email.parser import BytesParser
from pathlib import Path

OUT = Path(__file__).resolve().parent
PRIV = "privacy@example.com"
ORDER = ["access", "correction", "deletion", "withdrawal", "cancellation"]

# --------------------------------------------------------------------------
# MIME building blocks (hand-rolled so that charsets / encodings are exact)
# --------------------------------------------------------------------------


class Node:
    def __init__(self, headers, body, shape):
        self.headers = list(headers)
        self.body = body
        self.shape = shape


_counter = [0]


def _tick():
    _counter[0] += 1
    return _counter[0]


def _h(*parts, n=16):
    return hashlib.sha1("|".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:n]


def _boundary(style):
    i = _tick()
    h = _h("boundary", i, style, n=24)
    if style == "outlook":
        return "----=_NextPart_000_%s_01DB%s" % (h[:4].upper(), h[4:12].upper())
    if style == "gmail":
        return "0000000000%s" % h[:14]
    if style == "apple":
        return "Apple-Mail=_%s-%s-%s" % (h[:8].upper(), h[8:12].upper(), h[12:20].upper())
    if style == "exchange":
        return "_000_%s%s_" % (h[:12].upper(), "SG2PR06MB")
    if style == "thunderbird":
        return "------------%s" % h[:24]
    if style == "java":
        return "----=_Part_%d_%s.%s" % (i, h[:9], h[9:22])
    return "=_%s" % h


def _encode_body(data, cte):
    c = cte.strip().lower()
    if c == "quoted-printable":
        out = quopri.encodestring(data)
    elif c == "base64":
        out = base64.encodebytes(data)
    else:
        out = data
    if not out.endswith(b"\n"):
        out += b"\n"
    return out


_SHORT = {"quoted-printable": "qp", "base64": "b64", "7bit": "7bit", "8bit": "8bit"}


def leaf(ctype, content, charset="utf-8", cte=None, codec=None, filename=None,
         disp=None, extra=(), ct_extra="", fname_utf8=False, cte_label=None):
    """A single body part.  content is str (encoded with codec or charset) or bytes."""
    if isinstance(content, str):
        data = content.encode(codec or charset)
    else:
        data = content
    if cte is None:
        cte = "7bit" if all(b < 128 for b in data) else "8bit"
    ct = ctype
    if ctype.startswith("text/") and charset:
        ct += '; charset="%s"' % charset
    ct += ct_extra
    hs = []
    if filename:
        if fname_utf8:
            enc = "utf-8''" + "".join(
                c if (c.isascii() and (c.isalnum() or c in "._-")) else
                "".join("%%%02X" % b for b in c.encode("utf-8")) for c in filename)
            ct += ';\n\tname="%s"' % ew(filename)
            dispo = "%s;\n\tfilename*=%s" % (disp or "attachment", enc)
        else:
            ct += ';\n\tname="%s"' % filename
            dispo = '%s;\n\tfilename="%s"' % (disp or "attachment", filename)
    else:
        dispo = disp
    hs.append("Content-Type: " + ct)
    hs.append("Content-Transfer-Encoding: " + (cte_label or cte))
    if dispo:
        hs.append("Content-Disposition: " + dispo)
    hs.extend(extra)
    body = _encode_body(data, cte)
    shp = ctype
    if ctype.startswith("text/") and charset:
        shp += " " + charset.lower()
        if codec and codec.lower() != charset.lower():
            shp += " (bytes really %s)" % codec
    shp += " " + _SHORT.get(cte.lower(), cte)
    if filename:
        shp += " '%s'" % filename
    return Node(hs, body, shp)


def text(s, charset="utf-8", cte=None, **kw):
    return leaf("text/plain", s, charset, cte, **kw)


def htmlpart(s, charset="utf-8", cte=None, **kw):
    return leaf("text/html", s, charset, cte, **kw)


def multi(subtype, parts, style="outlook", params="", preamble=None, epilogue=None):
    b = _boundary(style)
    hs = ['Content-Type: multipart/%s;%s\n\tboundary="%s"' % (subtype, params, b)]
    chunks = []
    if preamble:
        chunks.append(preamble.encode("utf-8") + b"\n\n")
    for p in parts:
        chunks.append(b"--" + b.encode() + b"\n")
        chunks.append("\n".join(p.headers).encode("utf-8") + b"\n\n")
        chunks.append(p.body)
        if not p.body.endswith(b"\n"):
            chunks.append(b"\n")
    chunks.append(b"--" + b.encode() + b"--\n")
    if epilogue:
        chunks.append(epilogue.encode("utf-8") + b"\n")
    return Node(hs, b"".join(chunks),
                "multipart/%s[%s]" % (subtype, ", ".join(p.shape for p in parts)))


def rfc822(inner, disp=None, headers_only=False):
    ctype = "text/rfc822-headers" if headers_only else "message/rfc822"
    hs = ["Content-Type: " + ctype]
    if disp:
        hs.append("Content-Disposition: " + disp)
    data = inner.raw if isinstance(inner, Mail) else inner
    if headers_only:
        data = data.split(b"\n\n", 1)[0] + b"\n"
    return Node(hs, data if data.endswith(b"\n") else data + b"\n",
                ctype if headers_only else "message/rfc822")


def report_part(ctype, fields):
    """message/delivery-status or message/disposition-notification."""
    return Node(["Content-Type: " + ctype], fields.encode("ascii").rstrip(b"\n") + b"\n", ctype)


def alt(plain, html=None, charset="utf-8", cte=None, style="outlook", hstyle=None, html_cte=None):
    """multipart/alternative with a text part and an HTML rendering of the same text."""
    h = html if html is not None else to_html(plain, hstyle or style)
    return multi("alternative", [text(plain, charset, cte), htmlpart(h, charset, html_cte or cte)], style)


# --------------------------------------------------------------------------
# headers
# --------------------------------------------------------------------------


def _q_encode(bs):
    out = []
    for b in bs:
        c = chr(b)
        if c == " ":
            out.append("_")
        elif c.isascii() and c.isalnum():
            out.append(c)
        else:
            out.append("=%02X" % b)
    return "".join(out)


def ew(s, charset="utf-8", enc="B", codec=None):
    """RFC 2047 encoded-words, split so that each word stays <= 75 chars."""
    if s.isascii():
        return s
    codec = codec or charset
    head = "=?%s?%s?" % (charset, enc)
    room = 75 - len(head) - 2

    def elen(chunk):
        bs = chunk.encode(codec)
        return (4 * ((len(bs) + 2) // 3)) if enc == "B" else len(_q_encode(bs))

    words, cur = [], ""
    for ch in s:
        if cur and elen(cur + ch) > room:
            words.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(cur)
    out = []
    for w in words:
        bs = w.encode(codec)
        payload = base64.b64encode(bs).decode() if enc == "B" else _q_encode(bs)
        out.append(head + payload + "?=")
    return "\n ".join(out)


def A(name, addr, charset="utf-8", enc="B", codec=None, raw=False):
    """Formatted address.  raw=True puts the non-ASCII name unencoded (8-bit header)."""
    if not name:
        return addr
    if name.isascii() or raw:
        if any(c in name for c in ',.;:()@"[]'):
            return '"%s" <%s>' % (name.replace('"', '\\"'), addr)
        return "%s <%s>" % (name, addr)
    return "%s <%s>" % (ew(name, charset, enc, codec), addr)


_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_DAY = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def D(stamp, tz="+0800", weekday=True):
    """'2025-06-03 09:14' -> 'Tue, 03 Jun 2025 09:14:00 +0800'."""
    d = datetime.datetime.strptime(stamp, "%Y-%m-%d %H:%M")
    s = "%02d %s %d %02d:%02d:%02d %s" % (d.day, _MON[d.month - 1], d.year, d.hour, d.minute,
                                           (d.day * 7 + d.minute) % 60, tz)
    return ("%s, " % _DAY[d.weekday()] + s) if weekday else s


class Mail:
    def __init__(self, raw, shape):
        self.raw = raw
        self.shape = shape


def mail(frm, subject, node, date, to=PRIV, cc=None, extra=(), pre=(), subj_cs="utf-8",
         subj_enc="B", subj_codec=None, subj_raw=False, msgid=None, irt=None, refs=None,
         reply_to=None, mime=True, sender_domain=None):
    """Build a whole message.  pre = headers placed before Date (Received, Return-Path...)."""
    lines = list(pre)
    hshape = []
    lines.append("Date: " + date)
    lines.append("From: " + frm)
    if "=?" in frm:
        hshape.append("encoded From name")
    elif not frm.isascii():
        hshape.append("raw 8-bit From name")
    if reply_to:
        lines.append("Reply-To: " + reply_to)
    if to is not None:
        lines.append("To: " + to)
    if cc:
        lines.append("Cc: " + cc)
    if subject is None:
        hshape.append("no Subject header")
    else:
        if subj_raw:
            lines.append("Subject: " + subject)
            if not subject.isascii():
                hshape.append("raw 8-bit Subject")
        else:
            enc = ew(subject, subj_cs, subj_enc, subj_codec)
            lines.append("Subject: " + enc)
            if enc != subject:
                hshape.append("Subject %s-encoded %s" % (subj_enc, subj_cs))
            if subject == "":
                hshape.append("empty Subject")
    dom = sender_domain or frm.rsplit("@", 1)[-1].strip(">").strip()
    mid = msgid or "<%s.%s@%s>" % (_h("mid", frm, subject, date, n=12), _h("x", date, n=8), dom)
    lines.append("Message-ID: " + mid)
    if irt:
        lines.append("In-Reply-To: " + irt)
        lines.append("References: " + (refs or irt))
    lines.extend(extra)
    if mime:
        lines.append("MIME-Version: 1.0")
    lines.extend(node.headers)
    head = "\n".join(lines)
    raw = head.encode("utf-8") + b"\n\n" + node.body
    for e in extra:
        k = e.split(":", 1)[0]
        if k.lower() in ("auto-submitted", "list-id", "x-spam-flag", "x-autoreply", "precedence",
                         "x-auto-response-suppress", "x-autorespond"):
            hshape.append(e.split("\n")[0].strip())
    return Mail(raw, "%s%s" % (node.shape, ("; " + "; ".join(hshape)) if hshape else ""))


# --------------------------------------------------------------------------
# text helpers
# --------------------------------------------------------------------------


def quote(s, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in s.strip("\n").split("\n"))


def to_html(s, style="outlook"):
    esc = lambda l: _html.escape(l, quote=False)
    lines = s.strip("\n").split("\n")
    if style == "gmail":
        body = []
        inq = False
        for l in lines:
            if l.startswith(">"):
                if not inq:
                    body.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                                'border-left:1px solid rgb(204,204,204);padding-left:1ex">')
                    inq = True
                l = l[1:].lstrip()
            elif inq:
                body.append("</blockquote>")
                inq = False
            body.append("<div>%s</div>" % (esc(l) if l.strip() else "<br>"))
        if inq:
            body.append("</blockquote>")
        return '<div dir="ltr">\n' + "\n".join(body) + "\n</div>\n"
    if style == "apple":
        body = "\n".join("<div>%s</div>" % (esc(l) if l.strip() else "<br>") for l in lines)
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8">'
                '</head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space;">\n'
                + body + "\n</body></html>\n")
    # outlook / word
    body = "\n".join('<p class=MsoNormal>%s<o:p></o:p></p>' % (esc(l) if l.strip() else "&nbsp;")
                     for l in lines)
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            '<meta http-equiv=Content-Type content="text/html; charset=utf-8">\n'
            '<meta name=Generator content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";}\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\t'
            'font-family:"Calibri",sans-serif;}\n.MsoChpDefault\n\t{mso-style-type:export-only;}\n--></style>\n'
            '</head>\n<body lang=EN-SG link="#0563C1" vlink="#954F72" style=\'word-wrap:break-word\'>\n'
            '<div class=WordSection1>\n' + body + "\n</div>\n</body>\n</html>\n")


FAKE_PDF = (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            b"2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
            b"3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>\nendobj\n"
            b"xref\n0 4\n0000000000 65535 f \ntrailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n190\n%%EOF\n")


def fake_jpeg(seed):
    h = hashlib.sha256(seed.encode()).digest() * 24
    return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + h + b"\xff\xd9"


def pdf(name, **kw):
    return leaf("application/pdf", FAKE_PDF + name.encode("utf-8", "replace"), None, "base64",
                filename=name, **kw)


def jpg(name, **kw):
    return leaf("image/jpeg", fake_jpeg(name), None, "base64", filename=name, **kw)


def recv(host, by="mx.example.com", ip="192.0.2.%d", stamp=None, tls=True):
    n = int(_h("ip", host, n=4), 16) % 250 + 2
    return ("Received: from %s (%s [%s])\n\tby %s (Postfix) with %s id %s\n\tfor <%s>; %s"
            % (host, host, ip % n, by, "ESMTPS" if tls else "ESMTP", _h("q", host, stamp, n=11).upper(),
               PRIV, stamp))


# --------------------------------------------------------------------------
# registry
# --------------------------------------------------------------------------

ROWS = []
_ZH_SCRIPT = [None]  # "Simplified" / "Traditional" while chinese() runs


def add(lang, labels, route, why, m, shape=""):
    labels = [l for l in ORDER if l in labels]
    assert (route == "ticket") == bool(labels), (why, labels, route)
    assert route in ("ticket", "human", "ignore")
    if lang == "zh" and _ZH_SCRIPT[0] and not why.startswith(_ZH_SCRIPT[0]):
        why = "%s Chinese; %s" % (_ZH_SCRIPT[0], why)
    notes = "%s | MIME: %s%s" % (why, m.shape, ("; " + shape) if shape else "")
    ROWS.append({"labels": labels, "route": [route], "lang": lang, "notes": notes, "raw": m.raw})


# ==========================================================================
# EMAILS
# ==========================================================================

DISCLAIMER_CORP = """________________________________
CONFIDENTIALITY NOTICE: This email and any attachments are confidential and
may also be privileged. If you are not the intended recipient, please notify
the sender immediately by return email, delete this email and any copies from
your system, and do not use, copy or disclose its contents to any other
person. Email transmission cannot be guaranteed to be secure or error-free.
Please consider the environment before printing this email."""

DISCLAIMER_LAW = """This e-mail and any attachments are intended only for the named addressee(s)
and may contain information that is confidential and/or subject to legal
professional privilege. If you are not the intended recipient, you must not
read, use, copy, distribute or disclose this e-mail or any part of it. If you
have received this e-mail in error, please notify the sender immediately by
reply e-mail and permanently delete it, together with any attachments, from
your system. Lim & Partners LLC does not accept liability for any loss or
damage arising from the use of this e-mail or attachments."""


def english():
    # ---------------------------------------------------------------- tickets
    add("en", ["withdrawal"], "ticket",
        "casual one-liner asking to be unsubscribed from promo emails",
        mail(A("Jeremy Koh", "jeremy.koh88@example.net"), "stop pls",
             text("hi can you pls unsubscribe me from all the promo emails. getting like 3 a day\n"
                  "now from you guys, its too much. thanks\n\nJeremy\n\nSent from my iPhone\n",
                  ct_extra="; format=flowed"),
             D("2025-03-04 22:17"), extra=["X-Mailer: iPhone Mail (22D82)"]))

    add("en", ["access"], "ticket",
        "formal s.21 PDPA access request (copy + use/disclosure in past year); footer disclaimer says "
        "'delete it' but that is boilerplate, not a request",
        mail(A("Priya Raman", "priya.raman@example.org"),
             "Access request under the Personal Data Protection Act 2012",
             alt("""Dear Data Protection Officer,

I am writing to make an access request under section 21 of the Personal Data
Protection Act 2012.

I have been an ExampleMart Rewards member since around 2019 (member no.
EMR-0048-2217, registered email priya.raman@example.org, mobile +65 9012 3381).

Please provide me with:

1. a copy of the personal data about me that is in your possession or under
   your control, including my order history, loyalty transactions, app usage
   records and any notes made about me by your customer service staff; and

2. information about the ways in which that personal data has been or may have
   been used or disclosed by ExampleMart within the year before the date of
   this request.

If a fee applies, please tell me the amount before you proceed.

Yours faithfully,
Priya Raman

--
Priya Raman | Senior Associate, Group Finance
T +65 6123 4408 | M +65 9012 3381
Meridian Holdings (example.org)

""" + DISCLAIMER_CORP + "\n", cte="quoted-printable"),
             D("2025-01-13 10:02"), extra=["X-Mailer: Microsoft Outlook 16.0"]))

    add("en", ["cancellation"], "ticket",
        "Singlish; asks to close the account, says points can be forfeited (no data deletion asked)",
        mail(A("Ah Seng", "ahseng.lim@example.net"), "close acct",
             text("""Hello ExampleMart

can help me close my acct or not? email is this one lor. i dun use already
since u all stop the free delivery haha. the points inside (think got like
800+) just forfeit lor no need transfer to anybody.

thks
Ah Seng
"""), D("2025-02-19 23:48")))

    add("en", ["correction"], "ticket",
        "negation: explicitly does NOT want the account deleted; only the date of birth corrected",
        mail(A("Melissa Tan", "melissa.tan.hl@example.com"),
             "Wrong birthday in my account - please DON'T delete anything",
             alt("""Hi,

Your chat agent told me the only way to fix my date of birth is to delete the
account and sign up again. I do NOT want my account deleted - I have two years
of points and my whole order history in there.

All I need is for my DOB to be corrected. The app shows 01/01/1990 (I think
that was the default when I registered) but my actual birthday is 14 March
1987. That's also why I never get the birthday voucher!

Name: Melissa Tan Hui Ling
Registered mobile: 8765 2210

Thanks in advance,
Melissa
""", cte="quoted-printable"), D("2025-04-07 13:26")))

    thread_old = """Dear Mr Ong,

Thank you for your email. We have updated the delivery and billing address on
your ExampleMart account to the new address you provided. The change is
effective immediately.

Regards,
Farah
Data Protection Office, ExampleMart Pte. Ltd.

-----Original Message-----
From: Daniel Ong <daniel.ong.wk@example.net>
Sent: Monday, 7 April 2025 21:40
To: privacy@example.com
Subject: Change of address

Hi, I moved house last month. Please change the address on my account to
Blk 218 Compassvale Walk #11-305, Singapore 540218, and the billing address
as well. Thanks, Daniel Ong"""
    add("en", ["deletion", "withdrawal"], "ticket",
        "new text above a quoted thread asks to delete pre-2023 purchase history and stop SMS promos; "
        "the quoted older message is an already-handled address correction and does not count",
        mail(A("Daniel Ong", "daniel.ong.wk@example.net"), "Re: [PRV-2025-0412] Change of address",
             alt("""Hi Farah,

Thanks for sorting out the address so quickly, all good on my side.

While I have you - could you also delete my purchase history from before 2023?
There's stuff in there I'd rather not have sitting around. And please take me
off the SMS promos too, the email ones I don't mind.

Cheers,
Daniel

On Tue, 8 Apr 2025 at 15:22, ExampleMart Privacy <privacy@example.com> wrote:
""" + quote(thread_old) + "\n", style="gmail", cte="quoted-printable"),
             D("2025-04-10 08:51"), irt="<prv-2025-0412.reply1@example.com>"))

    add("en", ["deletion", "cancellation"], "ticket",
        "customer request forwarded inline by a Customer Care colleague: erase all info + close the "
        "account; the colleague's wrapper text is not itself a request",
        mail(A("Nur Aisyah Binte Rahman", "aisyah.rahman@example.com"), "FW: Remove all my info",
             alt("""Hi Privacy team,

Pls see below, came in to cs@ this morning. Customer is quite upset, I've told
her we'll revert within 3 working days. Can you action?

Thanks & regards,
Aisyah
Customer Care | ExampleMart Pte. Ltd.

From: Grace Lee <gracelee.sg@example.net>
Sent: Monday, 12 May 2025 7:48 AM
To: Customer Care <cs@example.com>
Subject: Remove all my info

To whom it may concern,

I want you to erase all my personal information from your systems - name,
phone, all my saved addresses, and the card details you keep. I don't need the
account anymore, close it too.

Long story, I just don't shop with you anymore.

Grace
""", cte="quoted-printable"), D("2025-05-12 10:15"), extra=["Thread-Topic: Remove all my info",
                                                              "X-MS-Has-Attach: "]))

    add("en", ["access"], "ticket",
        "son writes on behalf of his elderly father (authority letter attached) asking for a copy of "
        "the father's data; fraud worry is context",
        mail(A("Kelvin Tan", "kelvin.tan.wm@example.org"),
             "Personal data request for my father, Mr Tan Ah Kow",
             multi("mixed", [text("""Dear Sir/Madam,

I am writing on behalf of my father, Mr Tan Ah Kow (ExampleMart Rewards member,
registered mobile 9345 1120). He is 78 and does not use email, so he has asked
me to handle this for him. His signed letter of authorisation and a copy of my
NRIC (masked) are attached.

He would like a copy of the personal data ExampleMart holds about him. He is
worried someone else may have been using his membership, because he keeps
getting SMS about orders he did not make.

Please send the information to this email address.

Thank you,
Kelvin Tan
"""), pdf("Authorisation_TanAhKow.pdf"), pdf("NRIC_KelvinTan_masked.pdf")]),
             D("2025-06-02 19:33")))

    form = """A new form submission was received.

Form:        Personal Data Request (https://www.example.com/privacy/request)
Submitted:   02/06/2025 23:41 SGT
Reference:   WF-48213
------------------------------------------------------------
Full name:            Wong Mei Fen
Email:                meifen.wong@example.net
Mobile:               +65 9771 0043
Member ID:            EMR-3391-0082
I am:                 The account holder
Request type(s):      [ ] Access to my personal data
                      [x] Correct my personal data
                      [ ] Delete my personal data
                      [x] Withdraw consent for marketing
                      [ ] Close my account
Details:              Surname in my profile is "Wang", it should be
                      "Wong". Also no more marketing phone calls please.
Preferred reply:      Email
------------------------------------------------------------
This notification was sent automatically by the website form handler.
Please do not reply to this email; reply to the customer directly.
"""
    form_html = ("<html><body><p>A new form submission was received.</p><table border=\"1\" cellpadding=\"4\">"
                 "<tr><td>Full name</td><td>Wong Mei Fen</td></tr>"
                 "<tr><td>Email</td><td>meifen.wong@example.net</td></tr>"
                 "<tr><td>Mobile</td><td>+65 9771 0043</td></tr>"
                 "<tr><td>Member ID</td><td>EMR-3391-0082</td></tr>"
                 "<tr><td>I am</td><td>The account holder</td></tr>"
                 "<tr><td>Request type(s)</td><td>&#9744; Access to my personal data<br>&#9745; Correct my personal data"
                 "<br>&#9744; Delete my personal data<br>&#9745; Withdraw consent for marketing<br>&#9744; Close my account</td></tr>"
                 "<tr><td>Details</td><td>Surname in my profile is &quot;Wang&quot;, it should be &quot;Wong&quot;. "
                 "Also no more marketing phone calls please.</td></tr>"
                 "<tr><td>Preferred reply</td><td>Email</td></tr></table>"
                 "<p style=\"color:#888\">This notification was sent automatically by the website form handler. "
                 "Please do not reply to this email; reply to the customer directly.</p></body></html>\n")
    add("en", ["correction", "withdrawal"], "ticket",
        "web-form notification relayed by the site (not machine mail to ignore): ticked 'correct' and "
        "'withdraw marketing consent'; unticked boxes are not requests",
        mail(A("ExampleMart Web Forms", "no-reply@example.com"),
             "[Privacy Request Form] New submission #48213",
             multi("alternative", [text(form), htmlpart(form_html)], style="java"),
             D("2025-06-02 23:41"), reply_to="meifen.wong@example.net",
             extra=["X-Mailer: FormRelay 3.2"]))

    add("en", ["access", "deletion"], "ticket",
        "HTML-only Outlook body: wants a copy of her data first, then erasure of all of it",
        mail(A("Rachel Goh", "rachel.goh@example.org"), "data",
             htmlpart(to_html("""Hi,

I signed up for your membership at a roadshow years ago and honestly forgot
about it until your emails started. I'd like to know exactly what personal data
you have on me (a copy please), and once I've had a look, please erase all of it.

Rachel Goh
NRIC last 4: 456J
""", "outlook"), cte="quoted-printable"), D("2025-02-27 16:05")))

    add("en", ["withdrawal"], "ticket",
        "request buried after small talk: opt out of personalisation from purchase history (still "
        "wants the emails themselves)",
        mail(A("Siti Zulaikha", "zulaikha.siti@example.net"), "Hello from a happy customer :)",
             alt("""Hi ExampleMart team!

Hope you're all doing well. Just want to say the durian mooncakes last month
were a hit with my family, my mum is still talking about them haha. And the
delivery guy was super polite even in the rain, please thank him for me
(order EM-250914-0331 I think).

Ok the actual reason I'm writing - I noticed the app keeps showing me baby
products after I bought a gift for my cousin once. A bit creepy lol. Can you
stop using my purchase history to personalise what I see in the app and in
your emails? I still want to get the emails, just not "personalised" ones.

Thanks and have a great weekend!
Zulaikha
""", style="gmail"), D("2025-09-26 21:12")))

    add("en", ["withdrawal"], "ticket",
        "withdraws consent to disclosure to partners for their marketing (subject says 'objection'; "
        "objection to marketing use = withdrawal)",
        mail(A("Mr. Benjamin Chua", "ben.chua@example.com"), "Third party sharing \u2013 objection",
             text("""Dear Sir/Madam,

I have read section 5 of your privacy notice, which states that member data may
be shared with "selected partners, including banks and insurers, for their own
marketing". I did not knowingly agree to this.

With immediate effect, I withdraw my consent for ExampleMart to disclose my
personal data to any third party for marketing purposes. Please confirm in
writing once this has been done.

Benjamin Chua
Member No. EMR-1120-5567
""", cte="quoted-printable"), D("2025-01-30 09:41"), subj_enc="Q"))

    add("en", ["deletion", "cancellation"], "ticket",
        "no punctuation, typos; two accounts to delete + phone number removal = cancellation + deletion",
        mail("kumar.s@example.net", "delete",
             text("hi i want delete my account and all my data i have 2 account one with this email one "
                  "with kumar.selvam77@example.org pls delete both and remove my phone number also from ur "
                  "system thanks kumar\n"), D("2025-07-15 01:12")))

    add("en", ["correction", "withdrawal"], "ticket",
        "mobile number update, plus a short afterthought at the very end to stop SMS promos",
        mail(A("Ng Li Wei", "li.wei.ng@example.com"), "Update mobile number",
             text("""Hi, could you please update the mobile number on my account to 9123 4567?
The old one (9876 5432) was my office line and I've left that company.

Account email: li.wei.ng@example.com

Thanks!
Wei

oh and pls take me off SMS promos too
"""), D("2025-03-18 12:40")))

    add("en", ["access"], "ticket",
        "asks for a copy of CCTV footage showing him at a pick-up point = access",
        mail(A("Hafiz Ismail", "hafiz.ismail@example.org"),
             "Request for CCTV footage - Jurong East pick-up point, 3 May",
             text("""Dear ExampleMart,

On Saturday 3 May 2025 at about 4.15pm I collected an order (EM-250503-1188) at
your Jurong East pick-up counter. There was an argument with another customer
and I believe your cameras recorded it.

I would like to request a copy of the CCTV footage showing me, from around
4.00pm to 4.30pm that day. I can send a recent photo of myself so your staff
can identify me in the footage.

Regards,
Hafiz Ismail
9011 2874
"""), D("2025-05-05 08:20")))

    add("en", ["access", "deletion", "withdrawal", "cancellation"], "ticket",
        "formal letter with four lettered requests: access, withdraw all marketing, terminate "
        "membership/close account, then erasure",
        mail(A("Amanda Lau", "amanda.lau@example.org"), "Formal request \u2013 PDPA",
             text("""To the Data Protection Officer, ExampleMart Pte. Ltd.

Re: Member EMR-0092-4410 / amanda.lau@example.org

Please treat this email as formal notice of the following requests:

(a) Access - please provide a copy of all personal data you hold about me,
    and how it has been used or disclosed in the last 12 months;

(b) Marketing - I withdraw my consent to receive marketing by email, SMS,
    phone and push notification, with immediate effect;

(c) Account - once (a) is fulfilled, please terminate my membership and close
    my online account;

(d) Erasure - after closing the account, delete my personal data except where
    you are legally required to keep it, and tell me what you kept and why.

I would appreciate an acknowledgement within 3 working days.

Yours sincerely,
Amanda Lau
""", cte="base64"), D("2025-08-04 11:11")))

    add("en", ["cancellation"], "ticket",
        "misleading subject (delivery notification reply); the body asks to cancel the membership",
        mail(A("Jonathan Seah", "jon.seah@example.net"),
             "Re: Your order EM-250611-7781 has been delivered",
             alt("""Got it, thanks. Parcel was fine.

Separately - I'm moving overseas next month so please cancel my ExampleMart
membership. No need to send me a survey about it haha.

Jon

On 11 Jun 2025, at 6:02 PM, ExampleMart <orders@example.com> wrote:

""" + quote("""Hi Jonathan,

Your order EM-250611-7781 has been delivered!

How did we do? Rate your delivery experience in the ExampleMart app.

This is a service message about your order. ExampleMart Pte. Ltd."""), style="apple"),
             D("2025-06-12 07:55"), irt="<order-EM-250611-7781.delivered@example.com>",
             extra=["X-Mailer: Apple Mail (2.3826.400.131.1.6)"]))

    add("en", ["withdrawal"], "ticket",
        "Q-encoded subject with emoji; stop mailing list and app push notifications",
        mail(A("Chloe Ang", "chloe.ang@example.com"), "Unsubscribe \U0001F64F\U0001F64F",
             text("""Please remove me from your mailing list, and also turn off the push
notifications from the app, I can't find the setting anywhere.

Thanks,
Chloe Ang
"""), D("2025-04-22 14:03"), subj_enc="Q"))

    law = """Dear Sirs,

OUR CLIENT: MS JESSICA PHUA (NRIC ENDING 882D)
REQUEST UNDER THE PERSONAL DATA PROTECTION ACT 2012

We act for Ms Jessica Phua, a registered member of ExampleMart Rewards.

On our client's instructions, we write to request:

(1) access to all personal data relating to our client in ExampleMart's
    possession or under its control, together with information on the ways in
    which such data has been used or disclosed in the past year; and

(2) that ExampleMart cease all use of our client's personal data for marketing
    purposes with immediate effect. Our client's consent for such purposes is
    hereby withdrawn.

Our client's letter of authority is enclosed. Please direct all correspondence
on this matter to the writer.

Yours faithfully,

Sarah Ho
Associate
Lim & Partners LLC
DID +65 6221 0974

""" + DISCLAIMER_LAW + "\n"
    add("en", ["access", "withdrawal"], "ticket",
        "law firm acting for a client (letter of authority attached): access + withdrawal of marketing "
        "consent; long privilege disclaimer mentions 'delete'",
        mail(A("Sarah Ho", "sarah.ho@example.org"),
             "Our client: Ms Jessica Phua \u2013 request under the PDPA [Our ref: SH/2025/0741]",
             multi("mixed", [alt(law, cte="quoted-printable"), pdf("LOA_JPhua_signed.pdf")]),
             D("2025-07-08 17:46"), extra=["X-Mailer: Microsoft Outlook 16.0"]))

    add("en", ["cancellation"], "ticket",
        "privacy@ only in Cc; 'delete my account' with no data erasure asked = cancellation",
        mail(A("Vincent Lai", "vincent.lai@example.net"), "Account deletion",
             text("""Hi,

Please delete my ExampleMart account (registered under this email). Your chat
bot told me to email customer service and copy the privacy team, so here I am.

Regards,
Vincent
"""), D("2025-02-03 18:30"), to="Customer Care <cs@example.com>",
             cc="ExampleMart Privacy <privacy@example.com>"))

    add("en", ["correction"], "ticket",
        "change of login email address (old work address no longer accessible)",
        mail(A("Marcus Yeo", "marcus.yeo.sg@example.net"), "Change of email address for my account",
             text("""Dear team,

I no longer have access to my old email (marcus.yeo@example.com - it was a
company account and I have left). Please change the login email on my
membership to this address, marcus.yeo.sg@example.net.

For verification: date of birth 02/11/1979, postal code 560234.

Thanks,
Marcus Yeo
"""), D("2025-05-29 09:02")))

    add("en", ["deletion"], "ticket",
        "asks to delete one data item (NRIC number) and keep the rest of the account",
        mail(A("Irene Chew", "irene.chew@example.org"), "Why do you have my NRIC?",
             text("""Hello,

When I checked my profile in the app today I saw that my full NRIC number is
stored there. I don't remember giving it and I don't see why an online shop
needs it.

Please delete my NRIC number from your records. Don't touch the rest of the
account.

Irene
"""), D("2025-03-09 20:14")))

    add("en", ["withdrawal"], "ticket",
        "withdraws consent to location tracking in the app; account to stay open",
        mail(A("Ravi Shankar", "ravi.shankar@example.com"), "App location permission",
             alt("""Hi,

I turned off location in my phone settings but I want to make sure that on
your side you also stop collecting and using my location data from the
ExampleMart app. I withdraw my consent for location tracking.

Keep the account open pls.

Thanks
Ravi
""", style="gmail"), D("2025-06-20 10:48")))

    inner = mail(A("Rosnah binte Ali", "rosnah.ali@example.net"), "Information",
                 text("""Dear Manager,

I would like to know what information your company keeps about me.

Also my address in your system is still my old flat in Bedok North. I have
moved to Blk 45 Chai Chee Street #08-112, Singapore 460045. Please update.

Thank you.
Rosnah
"""), D("2025-08-12 15:37"), to="Bedok Store Manager <bedok.store@example.com>")
    add("en", ["access", "correction"], "ticket",
        "forwarded as a message/rfc822 attachment by store staff; inner mail asks what data is held "
        "(access) and to update the address (correction)",
        mail(A("Store Ops - Bedok", "bedok.store@example.com"), "FW: customer letter",
             multi("mixed", [text("Hi Privacy, customer emailed our store manager directly, forwarding "
                                  "as attachment.\nThx\n- Hui Min\n"),
                             rfc822(inner, disp='attachment; filename="Information.eml"')]),
             D("2025-08-13 09:05")))

    add("en", ["deletion"], "ticket",
        "reply in an existing verification thread: the verification details are a follow-up to an "
        "already-open access ticket, but the new text adds a new request to delete her product reviews",
        mail(A("Cheryl Ho", "cheryl.ho@example.com"),
             "RE: [PRV-2025-2291] Verification required for your access request",
             alt("""Hi,

Last 4 characters of NRIC: 123A, DOB 5 July 1992.

Also, on second thought, please delete all the product reviews I posted under
my name on your website. Some of them have photos of me in them.

Thanks,
Cheryl

-----Original Message-----
From: ExampleMart Privacy <privacy@example.com>
Sent: Wednesday, 18 June 2025 10:02
To: Cheryl Ho <cheryl.ho@example.com>
Subject: [PRV-2025-2291] Verification required for your access request

Dear Ms Ho,

We have received your request for access to your personal data. Before we can
proceed, please reply with the last 4 characters of your NRIC and your date of
birth so we can verify your identity.

Regards,
Data Protection Office
ExampleMart Pte. Ltd.
"""), D("2025-06-18 12:44"), irt="<prv-2025-2291.verify@example.com>"))

    add("en", ["access", "correction"], "ticket",
        "wrong gender on profile (correction) and asks for everything held so she can check (access)",
        mail(A("Sam Teo", "sam.teo.jy@example.net"), "Wrong gender on profile + what else do you have?",
             alt("""Hi, my profile says I'm female, I'm not lol. Please correct it to male.

Makes me wonder what else is wrong in there - can you send me everything you
have on me so I can check?

Name: Sam Teo Jun Yang, member no 7720-1184
""", style="gmail"), D("2025-01-21 22:31")))

    add("en", ["deletion", "cancellation"], "ticket",
        "mother on behalf of her 15-year-old son: close his account and delete all his data",
        mail(A("Wong Li Ping", "liping.wong@example.org"), "My son's account \u2013 please remove",
             text("""Dear ExampleMart,

I found out that my son (15 years old) signed up for your app and saved my
credit card without my knowledge. I am his mother. His account email is
ethan.wong2010@example.net.

Please close his account and delete all of his personal data - his name,
photo, school address, everything. I can send a copy of his birth certificate
if you need proof that I'm his parent.

Mrs Wong Li Ping
""", cte="quoted-printable"), D("2025-09-02 21:09")))

    add("en", ["withdrawal"], "ticket",
        "empty Subject; body is the single word 'unsubscribe' plus a phone signature",
        mail("tommy.lee2@example.com", "", text("unsubscribe\n\nSent from my Galaxy\n"),
             D("2025-05-17 07:02")))

    add("en", ["deletion"], "ticket",
        "GDPR Art. 17 erasure letter from an EU resident that also 'withdraws any consent, if given' "
        "and objects: per convention an erasure template letter is deletion only",
        mail(A("Lukas Brenner", "lukas.brenner@example.org"), "Erasure request (Article 17 GDPR)",
             text("""Dear Sir or Madam,

I am a resident of Germany and ordered from your online shop while living in
Singapore (2021-2023). I hereby request that you erase all personal data
concerning me without undue delay, in accordance with Article 17 of the
General Data Protection Regulation.

To the extent that processing is based on my consent, I withdraw that consent
(if it was given) and I object to any further processing of my data.

Please confirm the erasure in writing within one month, and inform any
recipients to whom my data was disclosed.

Customer email: lukas.brenner@example.org

Kind regards,
Lukas Brenner
""", cte="quoted-printable"), D("2025-02-11 08:15", "+0100")))

    add("en", ["withdrawal", "cancellation"], "ticket",
        "executor writes about his deceased mother (probate attached): close her membership and stop "
        "letters and SMS to her",
        mail(A("Chan Wai Keong", "wk.chan@example.net"), "Membership of the late Mdm Chan Siew Lan",
             multi("mixed", [alt("""Dear ExampleMart,

My mother, Mdm Chan Siew Lan, passed away in March this year. I am the executor
of her estate; a copy of the Grant of Probate is attached.

Please close her ExampleMart membership (registered mobile 9288 4105) and stop
sending letters and SMS promotions addressed to her. It is quite upsetting for
my father to keep seeing them.

Thank you for your understanding.

Chan Wai Keong
"""), pdf("Grant_of_Probate_ChanSiewLan.pdf")]), D("2025-06-25 16:42")))

    # ---------------------------------------------------------------- human
    add("en", [], "human",
        "hypothetical: asks what happens to points IF the account is deleted, says not deleting yet",
        mail(A("Felicia Low", "felicia.low@example.com"), "question about deleting account",
             text("""Hi, if I delete my ExampleMart account, what happens to my remaining points
(about 4,300)? Do they get converted to vouchers or just lost? And if I sign up
again later with the same email, can I get them back?

Not deleting yet, just want to know first. Thanks!
"""), D("2025-03-27 12:58")))

    add("en", [], "human",
        "chaser on an existing access request (30-day complaint); the quoted original is the old "
        "request, nothing new asked",
        mail(A("Mohan Pillai", "mohan.pillai@example.net"), "Re: Request for my personal data",
             text("""Hello,

I sent the email below on 2 May. It has now been over 30 days and I have not
received anything, not even an acknowledgement. Under the PDPA you are supposed
to respond within 30 days. Please advise when I can expect a reply.

Regards,
Mohan Pillai

On Fri, 2 May 2025 at 11:20, Mohan Pillai <mohan.pillai@example.net> wrote:
""" + quote("""Dear ExampleMart,

Please send me a copy of all personal data you hold about me, including my
order and loyalty history.

Mohan Pillai
Member EMR-5520-1093""") + "\n"), D("2025-06-09 09:30"), irt="<m.pillai.0502@example.net>"))

    add("en", [], "human",
        "thank-you reply in an existing thread; quoted confirmation mentions closure and deletion",
        mail(A("Natalie Sim", "natalie.sim@example.org"),
             "Re: [PRV-2025-1980] Your account has been closed",
             alt("""Great, thanks Farah. Appreciate the quick help!

Best,
Natalie

On Thu, 22 May 2025 at 16:10, ExampleMart Privacy <privacy@example.com> wrote:
""" + quote("""Dear Ms Sim,

We confirm that your ExampleMart account has been closed and your personal
data deleted, except for transaction records we must keep for 5 years under
tax law.

Regards,
Farah
Data Protection Office""") + "\n", style="gmail"), D("2025-05-22 18:03"),
             irt="<prv-2025-1980.closed@example.com>"))

    add("en", [], "human",
        "complaint about a misdirected email (possible breach); explicitly not asking to delete or "
        "change anything, wants an explanation",
        mail(A("Eleanor Quek", "eleanor.quek@example.net"), "Got someone else's order confirmation!!",
             text("""This morning I received an order confirmation email from you addressed to a
"Mr Lee", with his full address, phone number and what he ordered. I am not
him.

Your system clearly has a problem. I'm not asking you to delete or change
anything on my account - I want to know how this happened and whether you have
also been sending MY details to strangers. I've deleted the email.

Eleanor Quek
"""), D("2025-07-02 08:47")))

    add("en", [], "human",
        "wants to see another adult's (her husband's) orders without his authority = someone else's data",
        mail(A("Joanne", "joanne.tham@example.com"), "orders on joint card",
             text("""Hi, my husband and I use the same credit card. I saw a charge of $389 from
ExampleMart on 12 June. He has his own ExampleMart account (under his email,
not mine). Can you tell me what he ordered and where it was delivered?

I'm the main cardholder so I think I have the right to know.

Joanne
"""), D("2025-06-16 23:05")))

    add("en", [], "human",
        "portability alone: asks for data to be transmitted directly to another organisation, not a "
        "copy for himself",
        mail(A("Desmond Ho", "desmond.ho@example.org"), "Data portability request",
             text("""Dear DPO,

Under the data portability provisions of the PDPA, I would like ExampleMart to
transmit my purchase history and loyalty points data, in a commonly used
machine-readable format (CSV or JSON), directly to ShopWell Pte Ltd
(dpo@example.org), which I am joining as a member.

Please let me know once this has been transmitted.

Regards,
Desmond Ho
"""), D("2025-04-15 15:21")))

    add("en", [], "human",
        "asks for an explanation of an automated fraud decision; not an access request as such",
        mail(A("Aaron Lim", "aaron.lim.zh@example.net"), "Why was my order auto-cancelled?",
             text("""My order EM-250701-2210 was cancelled automatically with a message saying it
was "flagged by our risk system". This is the third time this year.

I want to understand how your automated system decides this and what
information about me it uses to decide. I have never done a chargeback in my
life. Please have a real person look at this.

Aaron
""", cte="quoted-printable"), D("2025-07-01 13:13")))

    add("en", [], "human",
        "prospective member asking general policy questions (selling data, storage location, "
        "retention); no request about own data",
        mail(A("Gerald Kwek", "gerald.kwek@example.com"), "Before I sign up",
             alt("""Hi,

Thinking of signing up for the ExampleMart Rewards membership but a bit wary.

- Do you sell customer data to advertisers?
- Where is the data stored, Singapore or overseas?
- How long do you keep it after someone stops being a member?

Thanks,
Gerald
""", style="gmail"), D("2025-08-19 19:40")))

    add("en", [], "human",
        "objection to proof-of-delivery photos (not direct marketing) plus policy questions = human",
        mail(A("Pauline Ee", "pauline.ee@example.org"), "Delivery photos",
             text("""Your delivery driver took a photo of me holding the parcel at my door
yesterday and said it's "company policy for proof of delivery".

I object to this practice. I never agreed to have my photo taken and I think
it's excessive for a $12 order. Please explain what the policy is, and who gets
to see these photos.

Pauline Ee
"""), D("2025-09-10 11:36")))

    add("en", [], "human",
        "unclear: asks whether a suspicious 'confirm your privacy settings' email is genuine "
        "(screenshot attached)",
        mail("lynnette_c@example.net", "is this real?",
             multi("mixed", [text("""hi

i got an email saying "ExampleMart: confirm your privacy settings within 24
hours or your account will be suspended" with a link. is that from u? didnt
click anything. screenshot attached

lynnette
"""), jpg("Screenshot_20250714-083211.jpg")], style="gmail"), D("2025-07-14 08:35")))

    add("en", [], "human",
        "a vendor's DPO asks for a questionnaire and breach-response plan (business request, not a "
        "data subject request)",
        mail(A("Priscilla Ng (DPO, Harbourline Logistics)", "dpo@example.org"),
             "Vendor due diligence \u2013 data protection questionnaire 2025",
             multi("mixed", [alt("""Dear ExampleMart Privacy Team,

As part of our annual vendor review, we would be grateful if you could
complete the attached data protection questionnaire and share a copy of your
current data breach response plan by 30 September.

Please let me know if a call would be easier.

Kind regards,
Priscilla Ng
Data Protection Officer
Harbourline Logistics Pte. Ltd.
"""), leaf("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
           b"PK\x03\x04\x14\x00\x06\x00" + hashlib.sha256(b"xlsx").digest() * 8, None, "base64",
           filename="DP_Questionnaire_2025.xlsx")]), D("2025-09-01 10:00")))

    add("en", [], "human",
        "chaser in an existing unsubscribe thread: previous withdrawal already ticketed, complains it "
        "hasn't taken effect",
        mail(A("Kenneth Foo", "kenneth.foo@example.net"), "RE: Your unsubscribe request [PRV-2025-1544]",
             multi("mixed", [text("""You told me on 3 June that I'd be removed within 10 working days. It's now
1 July and I got two more promo emails this week (screenshots attached).
What's going on?

Kenneth

-----Original Message-----
From: ExampleMart Privacy <privacy@example.com>
Sent: Tuesday, 3 June 2025 14:05
Subject: Your unsubscribe request [PRV-2025-1544]

Dear Mr Foo,
We have received your request to stop marketing emails. Please allow up to 10
working days for the change to take effect.
Data Protection Office
"""), jpg("promo1.jpg"), jpg("promo2.jpg")]), D("2025-07-01 20:22"),
             irt="<prv-2025-1544.ack@example.com>"))

    # ---------------------------------------------------------------- ignore
    orig = mail(A("ExampleMart Privacy", PRIV), "Re: Please delete my data",
                text("""Dear Mr Tay,

Thank you for your request to delete your personal data. To verify your
identity, please reply with the mobile number registered to your account.

Regards,
Data Protection Office, ExampleMart Pte. Ltd.

> On 3 Feb 2025, John Tay wrote:
> Please delete my data and close my account. I no longer use it.
"""), D("2025-02-04 09:58"), to="John Tay <john.tay@example.net>")
    dsn = """Reporting-MTA: dns; mx.example.com
X-Postfix-Queue-ID: 4YnKp2Q1zRz9sT
X-Postfix-Sender: rfc822; privacy@example.com
Arrival-Date: Tue,  4 Feb 2025 09:58:41 +0800 (+08)

Final-Recipient: rfc822; john.tay@example.net
Original-Recipient: rfc822;john.tay@example.net
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.example.net
Diagnostic-Code: smtp; 550 5.1.1 <john.tay@example.net>: Recipient address
    rejected: User unknown in virtual mailbox table
"""
    add("en", [], "ignore",
        "Postfix DSN bounce (multipart/report); the returned message quotes a deletion request",
        mail(A("Mail Delivery System", "MAILER-DAEMON@mx.example.com"),
             "Undelivered Mail Returned to Sender",
             multi("report", [text("""This is the mail system at host mx.example.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<john.tay@example.net>: host mx1.example.net[198.51.100.25] said: 550 5.1.1
    <john.tay@example.net>: Recipient address rejected: User unknown in virtual
    mailbox table (in reply to RCPT TO command)
""", "us-ascii", extra=["Content-Description: Notification"]), report_part("message/delivery-status", dsn),
                              rfc822(orig, disp=None)], style="other",
                   params=' report-type=delivery-status;'),
             D("2025-02-04 09:58"), pre=["Return-Path: <>"], extra=["Auto-Submitted: auto-replied"]))

    orig2 = mail(A("ExampleMart Privacy", PRIV), "Your data access request [PRV-2025-0877]",
                 text("Dear Ms Yap,\n\nPlease find attached the personal data we hold about you.\n\n"
                      "Data Protection Office\n"), D("2025-03-12 14:30"),
                 to="Yap Shu Min <shumin.yap@example.org>")
    ndr_txt = """Your message to shumin.yap@example.org couldn't be delivered.

shumin.yap wasn't found at example.org.

Action Required
Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the
following:
- Retype the recipient's address, then resend the message.
- If you continue to experience the problem, contact your email admin.

More Info for Email Admins
Status code: 550 5.1.10

Original Message Details
Created Date: 12/03/2025 6:30:11 AM
Sender Address: privacy@example.com
Recipient Address: shumin.yap@example.org
Subject: Your data access request [PRV-2025-0877]

Error Details
Reported error: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
DSN generated by: SG2PR06MB5113.apcprd06.prod.outlook.example.org
"""
    add("en", [], "ignore",
        "Exchange Online style NDR: multipart/report with alternative text+HTML, delivery-status and "
        "text/rfc822-headers",
        mail(A("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.org"),
             "Undeliverable: Your data access request [PRV-2025-0877]",
             multi("report", [alt(ndr_txt, style="outlook", cte="quoted-printable"),
                              report_part("message/delivery-status", """Reporting-MTA: dns;SG2PR06MB5113.apcprd06.prod.outlook.example.org
Received-From-MTA: dns;mx.example.com
Arrival-Date: Wed, 12 Mar 2025 06:30:11 +0000

Final-Recipient: rfc822;shumin.yap@example.org
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
"""), rfc822(orig2, headers_only=True)], style="exchange",
                   params=' report-type=delivery-status;'),
             D("2025-03-12 06:30", "+0000"),
             extra=["X-MS-Exchange-Message-Is-Ndr: ", "Content-Language: en-US"]))

    orig3 = mail(A("ExampleMart Privacy", PRIV), "RE: Stop all marketing please [PRV-2025-1620]",
                 text("Dear Mr Rahim,\n\nWe have withdrawn your marketing consent as requested.\n"),
                 D("2025-06-10 10:05"), to="Abdul Rahim <a.rahim@example.net>")
    add("en", [], "ignore",
        "Postfix delayed-delivery warning (Action: delayed), multipart/report; subject of the original "
        "mentions stopping marketing",
        mail(A("Mail Delivery System", "MAILER-DAEMON@mx.example.com"), "Delayed Mail (still being retried)",
             multi("report", [text("""This is the mail system at host mx.example.com.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

                   The mail system

<a.rahim@example.net>: connect to mx.example.net[203.0.113.44]:25: Connection
    timed out
""", "us-ascii", extra=["Content-Description: Notification"]),
                 report_part("message/delivery-status", """Reporting-MTA: dns; mx.example.com
X-Postfix-Queue-ID: 4ZHq0m6Y1sz3wQ
X-Postfix-Sender: rfc822; privacy@example.com
Arrival-Date: Tue, 10 Jun 2025 10:05:12 +0800 (+08)

Final-Recipient: rfc822; a.rahim@example.net
Original-Recipient: rfc822;a.rahim@example.net
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx.example.net[203.0.113.44]:25:
    Connection timed out
Will-Retry-Until: Sun, 15 Jun 2025 10:05:12 +0800 (+08)
"""), rfc822(orig3, headers_only=True)], style="other", params=' report-type=delivery-status;'),
             D("2025-06-10 14:21"), pre=["Return-Path: <>"], extra=["Auto-Submitted: auto-replied"]))

    add("en", [], "ignore",
        "Exim-style plain-text bounce with NO Auto-Submitted and no multipart/report: only the body "
        "shows it is automatic; the copied original contains a withdrawal",
        mail(A("Mail Delivery System", "Mailer-Daemon@mail.example.net"),
             "Mail delivery failed: returning message to sender",
             text("""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  leong.kf@example.net
    host mail.example.net [198.51.100.7]
    SMTP error from remote mail server after RCPT TO:<leong.kf@example.net>:
    550 5.1.1 <leong.kf@example.net>: mailbox unavailable

------ This is a copy of the message, including all the headers. ------

Return-path: <privacy@example.com>
Date: Mon, 24 Feb 2025 16:40:02 +0800
From: ExampleMart Privacy <privacy@example.com>
To: Leong Kah Fai <leong.kf@example.net>
Subject: Re: withdraw consent
Message-ID: <prv-2025-0333.r1@example.com>

Dear Mr Leong,

We refer to your email below asking us to withdraw your consent for marketing
by SMS and phone. This has been done.

> please withdraw my consent for SMS and phone marketing. thanks.
"""), D("2025-02-24 16:40"), pre=["Return-Path: <>"],
             extra=["X-Failed-Recipients: leong.kf@example.net"]))

    add("en", [], "ignore",
        "Outlook/Exchange out-of-office with Auto-Submitted: auto-generated",
        mail(A("Tan, Kenneth", "kenneth.tan@example.org"),
             "Automatic reply: [PRV-2025-1203] Your request has been completed",
             alt("""Thank you for your email. I am out of the office until Monday 14 July with
limited access to email.

For urgent matters please contact my colleague Joyce Lim at
joyce.lim@example.org or +65 6555 0192.

Best regards,
Kenneth Tan
""", cte="quoted-printable"), D("2025-07-04 11:31"), to="ExampleMart Privacy <privacy@example.com>",
             extra=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All",
                    "X-MS-Exchange-Inbox-Rules-Loop: kenneth.tan@example.org",
                    "Thread-Topic: [PRV-2025-1203] Your request has been completed"]))

    add("en", [], "ignore",
        "out-of-office with NO machine headers and a 'Re:' subject; only the body says it is automatic; "
        "quotes our deletion confirmation",
        mail(A("Wendy Chia", "wendy.chia@example.net"), "Re: Confirmation of your deletion request",
             text("""Hi,

I'm on leave from 4 to 15 August with no access to email. I'll reply when I'm
back. For anything urgent please call 6555 0110.

[This is an automatic reply - please do not respond to it]

-----Original Message-----
From: ExampleMart Privacy <privacy@example.com>
Subject: Confirmation of your deletion request

Dear Ms Chia, this is to confirm that we have deleted your personal data as
requested on 28 July 2025.
"""), D("2025-08-05 09:00"), irt="<prv-2025-2410.done@example.com>"))

    add("en", [], "ignore",
        "Gmail vacation responder (Auto-Submitted: auto-replied) to our reply",
        mail(A("Bryan Sng", "bryan.sng@example.com"), "Re: Your access request",
             alt("""Hey! I'm travelling until 20 Aug with patchy internet, will get back to you
when I'm home. Cheers, Bryan
""", style="gmail"), D("2025-08-08 03:12"), irt="<prv-2025-2501.r1@example.com>",
             extra=["Auto-Submitted: auto-replied"]))

    orig4 = mail(A("ExampleMart Privacy", PRIV), "Your personal data (PRV-2025-1307)",
                 text("Dear Ms Lee,\n\nAttached is the copy of your personal data.\n"),
                 D("2025-04-29 10:00"), to="Lee Hwee Ling <hweeling.lee@example.net>")
    add("en", [], "ignore",
        "Thunderbird return receipt: multipart/report; report-type=disposition-notification",
        mail(A("Lee Hwee Ling", "hweeling.lee@example.net"),
             "Return Receipt (displayed) - Your personal data (PRV-2025-1307)",
             multi("report", [text("""This is a Return Receipt for the mail that you sent to
hweeling.lee@example.net.

Note: This Return Receipt only acknowledges that the message was displayed on
the recipient's computer. There is no guarantee that the recipient has read or
understood the message contents.
"""), report_part("message/disposition-notification", """Reporting-UA: example.net; Thunderbird 128.5.0
Final-Recipient: rfc822;hweeling.lee@example.net
Original-Message-ID: <%s>
Disposition: manual-action/MDN-sent-manually; displayed
""" % "prv-2025-1307.data@example.com"), rfc822(orig4, headers_only=True)], style="thunderbird",
                   params=' report-type=disposition-notification;'),
             D("2025-04-29 21:48")))

    add("en", [], "ignore",
        "Outlook read receipt 'Read:' (multipart/report with disposition-notification)",
        mail(A("Goh Boon Huat", "bh.goh@example.org"), "Read: [PRV-2025-2210] We have received your request",
             multi("report", [text("""Your message

  To: Goh Boon Huat
  Subject: [PRV-2025-2210] We have received your request
  Sent: Monday, 16 June 2025 9:12:44 AM (UTC+08:00) Kuala Lumpur, Singapore

was read on Monday, 16 June 2025 1:03:10 PM (UTC+08:00) Kuala Lumpur, Singapore.
"""), report_part("message/disposition-notification", """Reporting-UA: SG2PR06MB5113.apcprd06.prod.outlook.example.org; Microsoft Exchange Server
Final-Recipient: rfc822;bh.goh@example.org
Original-Message-ID: <prv-2025-2210.ack@example.com>
Disposition: automatic-action/MDN-sent-automatically; displayed
""")], style="exchange", params=' report-type=disposition-notification;'),
             D("2025-06-16 13:03"), extra=["X-MS-Exchange-Organization-SCL: -1"]))

    add("en", [], "ignore",
        "Zendesk-style helpdesk auto-acknowledgement (Auto-Submitted: auto-generated) from a vendor; "
        "quotes our own deletion instruction",
        mail(A("Brightwave Marketing Support", "support@example.org"),
             "[Brightwave] Re: Deletion of subscriber data - ExampleMart",
             alt("""##- Please type your reply above this line -##

Your request (40217) has been received and is being reviewed by our support
staff.

To add additional comments, reply to this email.

----------------------------------------------

ExampleMart Privacy, Jul 3, 2025, 11:02 GMT+8

Hi Brightwave team,

Please delete the following subscriber from all ExampleMart audiences and
suppress the address from future imports: nora.chan@example.net

Thanks,
ExampleMart Data Protection Office
""", style="gmail"), D("2025-07-03 11:02"),
             extra=["Auto-Submitted: auto-generated", "X-Mailer: Zendesk Mailer",
                    "X-Zendesk-From-Account-Id: 8c21f5"]))

    add("en", [], "ignore",
        "helpdesk auto-acknowledgement with NO machine headers; body alone shows it is automatic",
        mail(A("Customer Support", "helpdesk@example.net"), "We've received your message [#88231]",
             htmlpart("""<html><body style="font-family:Arial,sans-serif">
<p>Dear Customer,</p>
<p>Thank you for contacting us. We have received your request and a ticket
(<b>#88231</b>) has been created for you.</p>
<p>Our team will get back to you within 2 business days.</p>
<p style="color:#999;font-size:11px">This is a system-generated message. Please do not reply to this
email. To update your ticket, visit our support portal.</p>
</body></html>
"""), D("2025-05-20 16:18")))

    nl = """DATA PROTECTION DIGEST - July 2025
A monthly round-up for privacy professionals in Asia-Pacific

1. Access requests keep rising
   Organisations report a 30% year-on-year rise in access and deletion
   requests. We look at how to triage them without drowning.

2. Withdrawal of consent: the fine print
   What counts as a valid withdrawal, and how fast must you act?

3. Case note: the unsubscribe link that did not work
   A retailer was fined after its unsubscribe link silently failed.

-----
You are receiving this because privacy@example.com subscribed to the Data
Protection Digest. Unsubscribe: https://news.example.org/u/8a7f2c
Data Protection Digest, 10 Anson Road, Singapore 079903
"""
    add("en", [], "ignore",
        "newsletter with List-Id/List-Unsubscribe; talks about access/deletion/unsubscribe in general",
        mail(A("Data Protection Digest", "newsletter@example.org"), "Data Protection Digest \u2013 July 2025",
             alt(nl, style="gmail", cte="quoted-printable"), D("2025-07-15 06:00"),
             extra=["List-Id: Data Protection Digest <digest.news.example.org>",
                    "List-Unsubscribe: <https://news.example.org/u/8a7f2c>, <mailto:unsub@example.org?subject=8a7f2c>",
                    "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "Precedence: bulk"]))

    add("en", [], "ignore",
        "vendor product-update mailing (List-Id) about its DPA; 'unsubscribe from product updates' footer",
        mail(A("Parcelo Cloud Email", "no-reply@example.net"),
             "Action needed: updates to our Data Processing Addendum",
             htmlpart("""<!DOCTYPE html><html><body>
<table width="600" align="center"><tr><td>
<h2>We're updating our Data Processing Addendum</h2>
<p>Hi ExampleMart admin,</p>
<p>On 1 October 2025 our updated DPA and sub-processor list take effect. No action is
needed if you accept the changes. If you wish to object to a new sub-processor, reply
within 30 days.</p>
<p><a href="https://example.net/legal/dpa">Review the changes</a></p>
<hr><p style="font-size:11px;color:#777">You are receiving this because you are an administrator of
an account on Parcelo. <a href="https://example.net/prefs">Unsubscribe from product updates</a>.</p>
</td></tr></table></body></html>
""", cte="quoted-printable"), D("2025-09-03 02:14", "+0000"),
             extra=["List-Id: <product-updates.example.net>",
                    "List-Unsubscribe: <https://example.net/prefs/unsub?u=5511>",
                    "Feedback-ID: 5511:product-updates:parcelo"]))

    add("en", [], "ignore",
        "spam flagged X-Spam-Flag: YES that imitates an account-deletion notice",
        mail(A("ExampIeMart Security", "security@example.net"),
             "Your account will be DELETED in 24 hours - verify now",
             htmlpart("""<html><body>
<p>Dear Valued Member,</p>
<p>We received a request to <b>delete your account and all personal data</b>. If you did not
make this request, verify your identity within 24 hours or your points will be lost.</p>
<p><a href="http://example.net/verify-account">VERIFY NOW</a></p>
<p>ExampleMart Security Team</p>
</body></html>
"""), D("2025-04-01 04:44", "+0300"),
             extra=["X-Spam-Flag: YES", "X-Spam-Score: 9.8",
                    "X-Spam-Status: Yes, score=9.8 required=5.0 tests=HTML_PHISH,SPOOF_BRAND,URIBL_BLACK"]))



def chinese():
    _ZH_SCRIPT[0] = "Simplified"
    # ------------------------------------------------ Simplified: tickets
    add("zh", ["deletion", "cancellation"], "ticket",
        "formal, GB2312: 注销会员账户 (cancellation) + 删除全部个人资料 (deletion)",
        mail(A("陈晓婷", "xiaoting.chen@example.net", "gb2312"), "申请注销会员账户及删除个人资料",
             text("""您好，

本人陈晓婷，ExampleMart会员（注册手机：9123 8876）。因个人原因，现申请：

一、注销本人的会员账户；
二、删除贵公司所保存的本人全部个人资料，包括姓名、地址、电话及购物记录。

请在处理完毕后以电邮通知本人。谢谢！

陈晓婷
2025年3月6日
""", "gb2312", "base64"), D("2025-03-06 20:50"), subj_cs="gb2312"))

    add("zh", ["withdrawal"], "ticket",
        "Singapore Chinese-English mix: unsubscribe SMS+email promos, explicitly keep the account open",
        mail(A("林志强", "zhiqiang.lim@example.com"), "unsubscribe 谢谢",
             text("""Hi，

我要unsubscribe你们的SMS和email promotion，每天都收到好烦。
account不用close，我还要用来买东西的。

谢谢！
Jason Lim 林志强
"""), D("2025-05-08 12:02")))

    add("zh", ["correction"], "ticket",
        "Simplified in GBK: new mobile number and corrected hanyu pinyin of the name",
        mail(A("周佳怡", "jiayi.zhou@example.org", "gbk"), "更改个人资料（手机号码、姓名拼音）",
             text("""你好：

我的手机号码换了，请帮我更新成 8123 4567。
还有，会员资料里名字的拼音写错了，应该是 Zhou Jiayi，不是 Zhou Jiayu。

会员号：EMR-7781-2204

谢谢！
周佳怡
""", "gbk", "quoted-printable"), D("2025-02-14 09:37"), subj_cs="gbk"))

    add("zh", ["access", "withdrawal"], "ticket",
        "HTML-only: 关闭个性化推荐/广告 (withdrawal) + 发一份个人信息副本 (access)",
        mail(A("王磊", "wanglei.sg@example.net"), "关于个性化推荐和我的个人信息",
             htmlpart(to_html("""你好，

请帮我关闭App里的个性化推荐和个性化广告，我不想你们根据我的浏览记录给我推送商品。

另外，我想知道你们到底收集了我哪些个人信息，麻烦发一份副本到我这个邮箱。

谢谢。
王磊
""", "gmail"), cte="base64"), D("2025-06-03 22:14")))

    add("zh", ["withdrawal"], "ticket",
        "negation: 不用注销账户, only stop app push and SMS",
        mail(A("郑美华", "meihua.zheng@example.com"), "别再发推送了",
             text("""不用注销账户！！只是别再给我发App推送和短信了，一天好几条，真的受不了。
邮件的优惠通知可以继续发。

郑美华
"""), D("2025-07-21 23:40")))

    add("zh", ["deletion", "cancellation"], "ticket",
        "son writes on behalf of his mother: 注销会员 + 删掉她的收货地址和电话",
        mail(A("张伟", "zhangwei1988@example.net"), "帮我妈妈注销会员",
             alt("""你好，

我妈妈不太会用电脑，她让我帮她写这封信。她的会员账户是用手机号 9456 2231 注册的，
户名刘秀英。

她想注销这个会员，并把你们存着的她的收货地址和电话都删掉（她已经搬家了，
旧地址不想留在你们系统里）。如需她本人确认，可以打上面的电话找她。

儿子 张伟 敬上
""", style="gmail", cte="quoted-printable"), D("2025-04-19 10:26")))

    old_zh = """王先生您好，

感谢您的来信。附件是您所要求的个人资料副本，请查收。

ExampleMart 个人资料保护办公室

-----原始邮件-----
发件人: 王建国 <jianguo.wang@example.org>
主题: 查阅个人资料

你好，我想查阅你们保存的我的个人资料，请发一份给我。"""
    add("zh", ["withdrawal"], "ticket",
        "new text above a quoted thread: withdraw consent to sharing with partners (banks/insurers); "
        "the quoted older access request was already fulfilled and does not count",
        mail(A("王建国", "jianguo.wang@example.org"), "回复: [PRV-2025-1102] 查阅个人资料",
             text("""收到，谢谢你们这么快处理。

另外还有一件事：请不要再把我的资料提供给你们的合作伙伴（银行、保险公司那些），
我撤回这方面的同意。

王建国

""" + quote(old_zh) + "\n", cte="base64"), D("2025-05-27 14:05"),
             irt="<prv-2025-1102.r1@example.com>"))

    add("zh", ["access"], "ticket",
        "access request (copy + uses/disclosures in past year); name 王喆 uses a GBK-only character "
        "so the bytes are GBK although labelled GB2312 (body, subject and From name)",
        mail(A("王喆", "wangzhe@example.net", "gb2312", codec="gbk"), "查阅个人资料申请",
             text("""您好，

我叫王喆，想查阅贵公司持有的关于我的个人资料，以及过去一年这些资料被用于什么用途、
提供给了哪些第三方。我的注册邮箱就是这个。

谢谢。
王喆
""", "gb2312", "8bit", codec="gbk"), D("2025-08-26 16:33"), subj_cs="gb2312"),
        shape="mislabelled charset: GBK bytes declared GB2312")

    # ------------------------------------------------ Simplified: human
    add("zh", [], "human",
        "hypothetical question: 如果我注销账户，积分会不会清零 - only mentions closing",
        mail(A("何丽娟", "lijuan.he@example.com"), "咨询：注销账户后积分怎么办",
             text("""你好，

想请问一下，如果我注销账户，积分会不会清零？可以先转给家人吗？
我还在考虑，先问清楚再决定。

谢谢
""", cte="quoted-printable"), D("2025-01-08 19:19")))

    add("zh", [], "human",
        "complaint: courier gave her phone number to a neighbour; wants an explanation, no request",
        mail(A("吴小燕", "xiaoyan.wu@example.net"), "投诉：快递员泄露我的电话号码",
             text("""你们好，

昨天你们的快递员找不到我家，居然把我的电话号码和名字告诉了楼下的邻居，让邻居帮忙转交。
我觉得这样很不尊重个人隐私。我要投诉，希望你们给个说法，并说明以后会怎么避免这种事。

吴小燕
订单号 EM-250618-4420
"""), D("2025-06-19 21:30")))

    # ------------------------------------------------ Simplified: ignore
    add("zh", [], "ignore",
        "Chinese out-of-office with Auto-Submitted: auto-replied",
        mail(A("刘海燕", "haiyan.liu@example.org"), "自动回复: [PRV-2025-2033] 您的个人资料查阅申请",
             text("""您好，

我目前正在休假，将于8月18日返回办公室，期间无法及时回复邮件。
如有急事，请联系我的同事李先生（li.ming@example.org）。

谢谢！
刘海燕
"""), D("2025-08-11 09:20"), extra=["Auto-Submitted: auto-replied", "X-Autoreply: yes"]))

    orig_zh = mail(A("ExampleMart Privacy", PRIV), "回复: 删除我的数据",
                   text("陈先生您好，\n\n我们已收到您的删除请求。\n"), D("2025-03-20 10:00"),
                   to="chen.guoqiang@example.org")
    add("zh", [], "ignore",
        "Exchange NDR in Chinese (无法投递), multipart/report",
        mail(A("Microsoft Outlook", "postmaster@example.org"), "无法投递: 回复: 删除我的数据",
             multi("report", [alt("""无法将你的邮件传递到 chen.guoqiang@example.org。

在 example.org 中找不到 chen.guoqiang。

如何解决
该地址可能拼写错误或不存在。请尝试以下一种或多种操作：
- 重新键入收件人的地址，然后重新发送邮件。
- 如果问题仍然存在，请联系你的电子邮件管理员。

电子邮件管理员的详细信息
状态代码: 550 5.1.10
""", cte="base64"), report_part("message/delivery-status", """Reporting-MTA: dns;HK2PR02MB4011.apcprd02.prod.outlook.example.org
Arrival-Date: Thu, 20 Mar 2025 02:00:03 +0000

Final-Recipient: rfc822;chen.guoqiang@example.org
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
"""), rfc822(orig_zh)], style="exchange", params=' report-type=delivery-status;'),
             D("2025-03-20 02:00", "+0000"), extra=["X-MS-Exchange-Message-Is-Ndr: ",
                                                    "Content-Language: zh-CN"]))

    add("zh", [], "ignore",
        "GB2312 invoice spam flagged X-Spam-Flag: YES ('如有打扰请删除' is not a request)",
        mail(A("张经理", "fapiao88@example.net", "gb2312"), "代开各类发票 点数优惠",
             text("""您好！

本公司有部分普通发票和增值税专用发票可对外代开，点数优惠，可先验票后付款。
联系人：张经理  电话：138-0000-0000  微信同号

如有打扰，请删除此邮件，谢谢！
""", "gb2312", "base64"), D("2025-04-03 03:12"), subj_cs="gb2312",
             extra=["X-Spam-Flag: YES", "X-Spam-Status: Yes, score=12.1 required=5.0 tests=CN_INVOICE_SPAM"]))

    _ZH_SCRIPT[0] = "Traditional"
    # ------------------------------------------------ Traditional: tickets
    add("zh", ["access", "correction"], "ticket",
        "Big5, formal letter: 提供個人資料副本 (access) + 更正通訊地址 (correction)",
        mail(A("黃志明", "chiming.huang@example.org", "big5"), "個人資料查閱及更正請求",
             text("""敬啟者：

本人黃志明，為貴公司會員（會員編號 EMR-2210-6634）。根據個人資料保護相關規定，
本人提出以下請求：

一、請提供貴公司所持有本人個人資料的副本；
二、本人的通訊地址有誤，正確地址應為：Blk 512 Serangoon North Ave 4 #05-221,
    Singapore 550512，請予以更正。

如需核實身分，請與本人聯絡。

此致
ExampleMart Pte. Ltd. 資料保護主任

黃志明 謹上
""", "big5", "8bit"), D("2025-02-25 15:10"), subj_cs="big5"))

    add("zh", ["withdrawal", "cancellation"], "ticket",
        "Hong Kong Cantonese: 取消會員 (cancellation) + 唔好再send推廣 (withdrawal)",
        mail(A("陳家豪", "kahochan@example.net"), "取消會員",
             text("""你好，

唔該幫我取消你哋嘅會員，之後都唔好再send任何推廣嘢俾我（email同SMS都唔要）。
我已經搬返香港，唔會再用。

Thanks！
陳家豪
""", cte="quoted-printable"), D("2025-04-30 18:22", "+0800"), subj_raw=True))

    add("zh", ["deletion"], "ticket",
        "Big5: delete purchase records and old delivery address; explicitly do not cancel the account",
        mail(A("蔡淑芬", "shufen.tsai@example.com", "big5"), "刪除購物紀錄",
             text("""您好：

請刪除我帳號裡的購物紀錄和舊的收件地址。
帳號不用取消，我還會繼續使用，謝謝。

蔡淑芬
""", "big5", "base64"), D("2025-07-09 11:48"), subj_cs="big5"))

    add("zh", ["withdrawal"], "ticket",
        "colleague forwards (short English wrapper) a Traditional Chinese customer message: stop using "
        "her data for any marketing",
        mail(A("Jolene Teo", "jolene.teo@example.com"), "Fwd: 請停止行銷簡訊",
             alt("""Hi team, FYI - customer from our Taipei pop-up wrote in, pls handle.
(Google translate says she wants us to stop marketing to her)

---------- Forwarded message ---------
From: 林小姐 <lin.yuting@example.net>
Date: Tue, 15 Jul 2025 at 20:03
Subject: 請停止行銷簡訊
To: <events@example.com>

您好，

我在台北快閃店參加抽獎時留了資料，之後就一直收到你們的行銷簡訊和電話。
請停止使用我的個人資料做任何行銷用途。

謝謝。
林小姐 0912-345-678
""", style="gmail", cte="base64"), D("2025-07-16 09:12")))

    add("zh", ["correction"], "ticket",
        "helpdesk web-form notification with Traditional Chinese fields: 個人資料更正 (birth date)",
        mail(A("ExampleMart Helpdesk Forms", "forms@example.com"), "New response \u2013 聯絡我們（私隱）",
             text("""New response received
==============================
姓名:      鄭雅文
電郵:      yawen.cheng@example.org
電話:      +65 8800 1290
查詢類別:  個人資料更正
內容:      我的出生日期登記錯誤，應為1990年8月12日，不是1990年12月8日，
           請協助更正。謝謝。
==============================
Submitted via https://www.example.com/zh-hant/contact
""", cte="quoted-printable"), D("2025-03-14 13:45"), reply_to="yawen.cheng@example.org"))

    add("zh", ["cancellation"], "ticket",
        "very short, no punctuation: 幫我刪帳號 = close the account (no data erasure asked)",
        mail("ahwei1999@example.net", "刪帳號", text("幫我刪帳號 謝謝\n用這個email註冊的\n"),
             D("2025-09-12 00:31")))

    add("zh", ["access", "withdrawal", "cancellation"], "ticket",
        "three numbered requests: 查閱副本, 撤回行銷及個人化推薦的同意, 取消會員資格",
        mail(A("許家瑋", "chiawei.hsu@example.com"), "個資申請",
             alt("""您好：

我想申請以下事項：

(一) 查閱你們持有的我的個人資料，並提供副本；
(二) 撤回我對行銷訊息及個人化推薦的同意；
(三) 以上完成後，取消我的會員資格。

會員電郵：chiawei.hsu@example.com

許家瑋 敬上
""", cte="quoted-printable"), D("2025-08-18 10:40")))

    add("zh", ["correction"], "ticket",
        "legal name change, ID scan attached (RFC 2231 UTF-8 filename): update the member name",
        mail(A("李恩熙", "enxi.li@example.org"), "會員姓名變更",
             multi("mixed", [text("""您好，

我已經正式改名，由「李美玲」改為「李恩熙」，附上新的身分證明文件掃描檔，
請幫我更新會員資料上的姓名。

謝謝！
李恩熙
""", cte="base64"), leaf("image/jpeg", fake_jpeg("idcard"), None, "base64", filename="身分證明.jpg",
                         fname_utf8=True)], style="apple"), D("2025-05-02 14:18")))

    # ------------------------------------------------ Traditional: human
    add("zh", [], "human",
        "chaser: 已經三個星期了還沒有收到回覆 on an existing access request",
        mail(A("黃志明", "chiming.huang@example.org"), "回覆：個人資料查閱及更正請求",
             text("""您好，

我在二月底寄出的請求（見下方），已經三個星期了還沒有收到任何回覆，請問進度如何？

黃志明

> 一、請提供貴公司所持有本人個人資料的副本；
> 二、本人的通訊地址有誤，請予以更正。
"""), D("2025-03-18 09:05"), irt="<chiming.0225@example.org>"))

    add("zh", [], "human",
        "question only mentions the right to deletion (how long, what documents); still deciding",
        mail(A("莊淑惠", "shuhui.chuang@example.net"), "關於刪除資料的問題",
             text("""請問你們的隱私政策提到可以要求刪除個人資料，這大概需要多久？需要提供什麼文件？
我還在考慮要不要刪，先了解一下。謝謝。
""", "big5", "quoted-printable"), D("2025-06-06 17:02"), subj_cs="big5"))

    add("zh", [], "human",
        "wants an ex-boyfriend's order details and phone number = someone else's data, no authority",
        mail(A("周怡君", "yijun.chou@example.com"), "查詢訂單",
             text("""你好，我前男友之前用我家的地址在你們網站下了好幾張訂單，
想請你們告訴我他買了什麼、用的是什麼電話號碼，我需要這些資料。
謝謝。
"""), D("2025-07-27 22:58")))

    # ------------------------------------------------ Traditional: ignore
    add("zh", [], "ignore",
        "Big5 out-of-office with no machine headers: body says 此為自動回覆",
        mail(A("楊佩珊", "peishan.yang@example.net", "big5"), "Re: 您的個人資料已更正",
             text("""您好，

本人於 9 月 1 日至 9 月 7 日休假，期間不便收發郵件，將於返回後盡快回覆。
如有急事請致電 (02) 2700-0000。

※ 此為自動回覆郵件，請勿直接回覆。
""", "big5", "8bit"), D("2025-09-02 08:00")))

    add("zh", [], "ignore",
        "Traditional Chinese newsletter with List-Id; mentions 取消訂閱 in the footer",
        mail(A("隱私法規週報", "weekly@example.org"), "隱私法規週報｜第 32 期",
             alt("""隱私法規週報｜第 32 期

本期重點
1. 新加坡個人資料保護委員會發布最新指引
2. 企業如何處理資料刪除請求
3. 行銷同意撤回的常見錯誤

您收到本郵件是因為您訂閱了隱私法規週報。
若不想再收到，請點此取消訂閱：https://news.example.org/unsub?id=77120
""", style="gmail", cte="base64"), D("2025-08-08 07:30"),
             extra=["List-Id: %s <weekly.example.org>" % ew("隱私法規週報"),
                    "List-Unsubscribe: <https://news.example.org/unsub?id=77120>", "Precedence: list"]))
    _ZH_SCRIPT[0] = None



def malay_indonesian_tamil():
    # ------------------------------------------------------------ Malay
    add("ms", ["access"], "ticket",
        "formal Malay access request: copy of data + how it was used/disclosed in the past year",
        mail(A("Nurul Huda binti Kamarudin", "nurulhuda.k@example.net"),
             "Permohonan Akses kepada Data Peribadi",
             alt("""Tuan/Puan,

Saya, Nurul Huda binti Kamarudin, pemegang keahlian ExampleMart Rewards
(No. Ahli EMR-6610-2043), dengan ini memohon akses kepada data peribadi saya
yang disimpan oleh syarikat tuan/puan.

Mohon berikan salinan data peribadi tersebut serta maklumat tentang cara data
itu digunakan atau didedahkan dalam tempoh setahun yang lalu.

Sekian, terima kasih.

Yang benar,
Nurul Huda binti Kamarudin
No. telefon: 8234 1190
""", cte="quoted-printable"), D("2025-02-06 10:30")))

    add("ms", ["withdrawal", "cancellation"], "ticket",
        "Manglish: tutup akaun (cancellation) and, at the end, stop SMS promo (withdrawal)",
        mail(A("Azman", "azman.rs@example.com"), "tutup akaun pls",
             text("""Boss, tolong tutup akaun saya la, dah lama tak guna. Points tu tak kisah la
hangus.

And jangan hantar SMS promo lagi ok, tiap2 hari masuk. Tq
"""), D("2025-06-14 13:07")))

    add("ms", ["deletion"], "ticket",
        "padam semua maklumat peribadi (erasure); account closure is not mentioned",
        mail(A("Siti Aminah", "siti.aminah@example.org"), "Padam maklumat peribadi",
             text("""Salam sejahtera,

Sila padam semua maklumat peribadi saya daripada sistem ExampleMart, termasuk
alamat, nombor telefon dan sejarah pembelian. Akaun saya didaftarkan dengan
e-mel ini.

Terima kasih.
Siti Aminah binti Ahmad
""", cte="quoted-printable"), D("2025-03-24 08:45")))

    add("ms", ["correction"], "ticket",
        "new address, asks to update the account",
        mail(A("Mohd Firdaus", "firdaus.zainal@example.net"), "Tukar alamat",
             text("""Hi,

Alamat saya dah tukar. Alamat baru:
Blk 672 Yishun Avenue 4 #09-118, Singapore 760672

Tolong kemaskini dalam akaun saya ya. Nama penuh: Mohd Firdaus bin Zainal,
no. tel 9650 3321.

Terima kasih!
"""), D("2025-07-03 19:28")))

    add("ms", ["withdrawal"], "ticket",
        "negation: jangan tutup akaun; only stop promo email and WhatsApp notifications",
        mail(A("Farah Nadia", "farahnadia@example.com"), "Berhenti emel promosi",
             alt("""Assalamualaikum,

Jangan tutup akaun saya ya. Saya cuma nak berhenti terima emel promosi dan
notifikasi WhatsApp. Pembelian dan mata ganjaran saya nak simpan.

Terima kasih,
Farah Nadia
""", style="gmail"), D("2025-05-12 21:02")))

    add("ms", ["correction"], "ticket",
        "daughter on behalf of her mother: fix misspelt name and wrong date of birth",
        mail(A("Rohana Ismail", "rohana.ismail@example.org"), "Pembetulan maklumat ibu saya",
             text("""Tuan/Puan,

Saya menulis bagi pihak ibu saya, Puan Salmah binti Yusof, yang tidak
menggunakan e-mel. Nama beliau dalam akaun ExampleMart dieja "Salmak", sila
betulkan kepada "Salmah". Tarikh lahir juga salah: sepatutnya 3 Mei 1958.

No. telefon berdaftar: 9188 0452.

Terima kasih,
Rohana Ismail (anak)
"""), D("2025-01-17 11:11")))

    old_ms = """Encik Hakim,

Terima kasih. Kami telah menarik balik persetujuan pemasaran anda untuk SMS dan
e-mel. Perubahan ini berkuat kuasa dalam masa 10 hari bekerja.

Pejabat Perlindungan Data, ExampleMart Pte. Ltd.

-----Mesej Asal-----
Tolong berhenti hantar SMS dan e-mel promosi kepada saya."""
    add("ms", ["cancellation"], "ticket",
        "new text above a quoted thread asks to close the account; the quoted older withdrawal was "
        "already handled and does not count",
        mail(A("Hakim Rosli", "hakim.rosli@example.net"), "RE: [PRV-2025-0951] Berhenti promosi",
             text("""Terima kasih atas makluman.

Satu lagi, tolong tutup terus akaun saya ya, saya dah tak nak guna ExampleMart.

Hakim

""" + quote(old_ms) + "\n"), D("2025-04-28 10:02"), irt="<prv-2025-0951.r1@example.com>"))

    add("ms", ["access", "deletion", "cancellation"], "ticket",
        "web-form notification in Malay: ticked akses, padam data, tutup akaun",
        mail(A("Borang Web ExampleMart", "no-reply@example.com"),
             "[Borang Privasi] Permintaan baharu #51877",
             text("""Permintaan baharu diterima melalui borang web.

Nama:              Zulkifli bin Hassan
E-mel:             zulkifli.h@example.net
No. telefon:       +65 8112 7754
Jenis permintaan:  [x] Akses kepada data saya
                   [ ] Pembetulan data
                   [x] Padam data saya
                   [ ] Tarik balik persetujuan pemasaran
                   [x] Tutup akaun
Butiran:           Saya nak tengok dulu apa data yang ada, lepas tu padam
                   semua dan tutup akaun.

Mesej ini dijana secara automatik oleh borang laman web.
""", cte="quoted-printable"), D("2025-08-22 22:10"), reply_to="zulkifli.h@example.net"))

    add("ms", [], "human",
        "hypothetical: asks what happens IF he withdraws consent; not decided",
        mail(A("Khairul Anuar", "khairul.anuar@example.com"), "Soalan tentang persetujuan",
             text("""Salam,

Kalau saya tarik balik persetujuan untuk pemasaran, boleh lagi ke saya guna app
dan kumpul mata ganjaran? Saya belum buat keputusan lagi, nak tahu dulu.

Terima kasih.
"""), D("2025-02-28 15:55")))

    add("ms", [], "human",
        "complaint about staff writing down full IC numbers; asks for an explanation",
        mail(A("Nor Azizah", "norazizah@example.net"), "Aduan - nombor IC",
             text("""Tuan/Puan,

Semalam staf di kaunter pick-up Woodlands minta nombor IC penuh saya dan tulis
dalam buku log. Saya rasa ini tak patut dan tak selamat. Mohon penjelasan
kenapa perlu nombor IC penuh untuk ambil barang.

Nor Azizah
"""), D("2025-09-05 12:20")))

    add("ms", [], "ignore",
        "Malay out-of-office with X-Autoreply but no Auto-Submitted",
        mail(A("Ahmad Fauzi", "ahmad.fauzi@example.org"), "Di luar pejabat: Re: Permohonan akses anda",
             text("""Terima kasih atas e-mel anda.

Saya sedang bercuti sehingga 2 Jun 2025 dan akses kepada e-mel adalah terhad.
Untuk perkara segera, sila hubungi pejabat di 6555 0133.

Mesej ini dijana secara automatik.
"""), D("2025-05-26 08:00"), extra=["X-Autoreply: yes"]))

    add("ms", [], "ignore",
        "bilingual Malay/English courier helpdesk auto-acknowledgement (Auto-Submitted)",
        mail(A("KurierKilat Khidmat Pelanggan", "bantuan@example.net"),
             "Tiket anda #MY-55120 telah diterima / Your ticket has been received",
             alt("""Terima kasih kerana menghubungi kami. Tiket anda #MY-55120 telah diterima dan
akan dijawab dalam tempoh 2 hari bekerja.

Thank you for contacting us. Your ticket #MY-55120 has been received and will
be answered within 2 working days.

Ini adalah e-mel automatik. Sila jangan balas.
This is an automated email. Please do not reply.
""", style="gmail"), D("2025-06-30 17:15"), extra=["Auto-Submitted: auto-generated"]))

    # ------------------------------------------------------------ Indonesian
    add("id", ["deletion", "cancellation"], "ticket",
        "formal Indonesian: hapus akun (cancellation) beserta seluruh data pribadi (deletion)",
        mail(A("Rina Kusumawati", "rina.kusumawati@example.net"), "Permohonan penghapusan akun dan data",
             text("""Dengan hormat,

Saya yang bertanda tangan di bawah ini:
Nama   : Rina Kusumawati
Email  : rina.kusumawati@example.net
No. HP : +62 812-0000-3344

Mohon hapus akun ExampleMart saya beserta seluruh data pribadi yang tersimpan
di sistem Bapak/Ibu. Saya sudah tidak tinggal di Singapura.

Atas perhatiannya saya ucapkan terima kasih.

Hormat saya,
Rina Kusumawati
""", cte="quoted-printable"), D("2025-03-03 09:15", "+0700")))

    add("id", ["withdrawal"], "ticket",
        "casual Indonesian ('gan'), no Subject header: stop the newsletter to this address",
        mail(A("Budi", "budi.santoso88@example.com"), None,
             text("gan tolong berhentiin newsletter ke email ini ya, udah kebanyakan. makasih\n"),
             D("2025-05-19 20:40", "+0700")))

    add("id", ["access"], "ticket",
        "HTML-only formal letter citing Indonesia's PDP law: asks for a copy of personal data",
        mail(A("Andreas Wijaya", "andreas.wijaya@example.org"), "Permintaan salinan data pribadi",
             htmlpart(to_html("""Kepada Yth. Petugas Pelindungan Data ExampleMart Pte. Ltd.,

Berdasarkan Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi
dan ketentuan yang berlaku di Singapura, saya mengajukan permintaan untuk
memperoleh salinan data pribadi saya yang Bapak/Ibu proses, termasuk riwayat
pesanan dan data keanggotaan.

Nomor anggota: EMR-4402-1187

Hormat saya,
Andreas Wijaya
""", "outlook"), cte="quoted-printable"), D("2025-04-08 14:02", "+0700")))

    add("id", ["correction"], "ticket",
        "fix full name and swapped day/month in date of birth",
        mail(A("Dewi Sartika", "dewi.sartika@example.net"), "Perbaikan data nama & tanggal lahir",
             alt("""Halo tim ExampleMart,

Nama saya di akun tertulis "Dewi Sartika Putri", seharusnya "Dewi Sartika Putri
Wibowo". Tanggal lahir juga salah: 08-12-1995, yang benar 12-08-1995.

Mohon diperbaiki ya. Terima kasih!

Dewi
""", style="gmail"), D("2025-06-24 11:33", "+0700")))

    add("id", ["deletion", "withdrawal"], "ticket",
        "Jakarta slang, abbreviations: delete my phone number from your database + stop the SMS",
        mail("yoga.pratama@example.net", "sms promo",
             text("""tolong dong hapus no hp sy dr database kalian. sy ga pernah daftar member tp
dpt sms promo trs tiap hari. stop kirim sms jg!!

no hp: 0813-0000-7721
"""), D("2025-07-30 07:50", "+0700")))

    add("id", ["cancellation"], "ticket",
        "misleading subject about a return; at the end asks to end membership after the refund",
        mail(A("Sri Wahyuni", "sri.wahyuni@example.com"), "Pengembalian barang pesanan EM-250822-1033",
             text("""Selamat siang,

Barang yang saya terima rusak (foto sudah saya kirim lewat aplikasi). Mohon
dibantu proses pengembaliannya.

Oh iya, sekalian saya mau berhenti jadi member, tolong tutup keanggotaan saya
setelah refund selesai.

Terima kasih,
Sri
"""), D("2025-08-23 12:15", "+0700")))

    add("id", ["access", "withdrawal"], "ticket",
        "forwarded inline by a colleague: customer asks what data is held (access) and refuses "
        "sharing with partners for promotions (withdrawal)",
        mail(A("Putri Handayani", "putri.handayani@example.com"), "Fwd: Data saya",
             alt("""Tolong ditindaklanjuti ya, ini dari pelanggan yang menghubungi CS Jakarta.

Salam,
Putri

---------- Forwarded message ---------
From: Hendra Gunawan <hendra.g@example.net>
Date: Sen, 11 Agu 2025 pukul 19.22
Subject: Data saya
To: <cs-id@example.com>

Selamat malam,

Saya ingin tahu data apa saja yang kalian simpan tentang saya. Selain itu,
saya tidak setuju data saya dibagikan ke mitra kalian untuk keperluan promosi,
mohon dihentikan.

Hendra Gunawan
""", style="gmail", cte="quoted-printable"), D("2025-08-12 08:40", "+0700")))

    add("id", [], "human",
        "question about retention after closure; explicitly not closing yet",
        mail(A("Lestari", "lestari.ayu@example.org"), "Pertanyaan soal penyimpanan data",
             text("""Halo,

Berapa lama data saya disimpan setelah akun ditutup? Saya belum mau menutup
akun, hanya ingin tahu dulu.

Terima kasih.
"""), D("2025-02-12 16:00", "+0700")))

    add("id", [], "human",
        "thank-you reply in an existing thread (data received)",
        mail(A("Andreas Wijaya", "andreas.wijaya@example.org"), "Re: Permintaan salinan data pribadi [PRV-2025-0710]",
             text("""Terima kasih banyak atas bantuannya, data sudah saya terima dengan lengkap.

Salam,
Andreas

Pada Kam, 24 Apr 2025, ExampleMart Privacy <privacy@example.com> menulis:
> Bapak Andreas, terlampir salinan data pribadi Bapak sesuai permintaan.
"""), D("2025-04-25 09:10", "+0700"), irt="<prv-2025-0710.data@example.com>"))

    add("id", [], "ignore",
        "Indonesian auto-reply with Auto-Submitted: auto-replied",
        mail(A("Agus Salim", "agus.salim@example.net"), "Balasan otomatis: Re: Data saya",
             text("""Terima kasih atas email Anda. Saya sedang cuti hingga 25 Agustus 2025.
Email Anda akan saya balas setelah saya kembali.

Pesan ini dikirim secara otomatis.
"""), D("2025-08-15 10:00", "+0700"), extra=["Auto-Submitted: auto-replied"]))

    # ------------------------------------------------------------ Tamil
    add("ta", ["cancellation"], "ticket",
        "Tamil: close my ExampleMart account",
        mail(A("செல்வி ராஜேந்திரன்", "selvi.r@example.net"), "கணக்கை மூடுதல்",
             text("""வணக்கம்,

என் ExampleMart கணக்கை மூட வேண்டும். நான் இனி இதைப் பயன்படுத்த மாட்டேன்.

நன்றி,
செல்வி ராஜேந்திரன்
""", cte="base64"), D("2025-01-27 18:20")))

    add("ta", ["access"], "ticket",
        "formal Tamil access request: copy of personal data + how it was used in the past year",
        mail(A("K. Balakrishnan", "k.balakrishnan@example.org"), "தனிப்பட்ட தரவு அணுகல் கோரிக்கை",
             alt("""மதிப்பிற்குரிய தரவு பாதுகாப்பு அதிகாரி அவர்களுக்கு,

உங்கள் நிறுவனம் என்னைப் பற்றி வைத்திருக்கும் தனிப்பட்ட தரவுகளின் நகலை எனக்கு
அனுப்பி வைக்குமாறு கேட்டுக்கொள்கிறேன். கடந்த ஒரு ஆண்டில் அந்தத் தரவுகள் எவ்வாறு
பயன்படுத்தப்பட்டன அல்லது யாருக்கு வழங்கப்பட்டன என்பதையும் தெரிவிக்கவும்.

உறுப்பினர் எண்: EMR-3301-8890

இப்படிக்கு,
கா. பாலகிருஷ்ணன்
""", cte="quoted-printable"), D("2025-03-11 10:05")))

    add("ta", ["withdrawal"], "ticket",
        "Tamil-English mix: stop the promotional SMS, keep the account",
        mail(A("Vignesh", "vignesh.k@example.com"), "SMS venam",
             text("""வணக்கம்,

எனக்கு உங்க promotional SMS வேண்டாம். தினமும் 3-4 message வருது. Please stop
பண்ணுங்க. Account இருக்கட்டும்.

நன்றி
Vignesh
"""), D("2025-06-08 21:45")))

    add("ta", ["correction"], "ticket",
        "Tamil: address changed, update it on the account",
        mail(A("மீனா சுப்பிரமணியம்", "meena.s@example.net"), "முகவரி மாற்றம்",
             text("""வணக்கம்,

என் முகவரி மாறிவிட்டது. புதிய முகவரி:
Blk 305 Woodlands Street 31 #07-45, Singapore 730305

தயவுசெய்து என் கணக்கில் புதுப்பிக்கவும்.

மீனா
""", cte="quoted-printable"), D("2025-04-16 12:12")))

    add("ta", ["deletion", "cancellation"], "ticket",
        "Tamil: delete my account (cancellation) and all personal information you hold (deletion)",
        mail(A("Arun Kumar", "arun.kumar.sg@example.org"), "கணக்கு மற்றும் தகவல்களை நீக்கவும்",
             htmlpart(to_html("""வணக்கம்,

என் கணக்கையும், நீங்கள் வைத்திருக்கும் என் எல்லா தனிப்பட்ட தகவல்களையும்
(முகவரி, தொலைபேசி எண், வாங்கிய பொருட்களின் பதிவுகள்) நீக்கவும்.

நன்றி,
அருண் குமார்
""", "gmail"), cte="base64"), D("2025-05-21 22:03")))

    add("ta", ["access", "correction"], "ticket",
        "grandson on behalf of his grandfather (consent letter attached): fix the misspelt name and "
        "send a copy of his data",
        mail(A("Prakash Murugesan", "prakash.m@example.com"), "என் தாத்தாவின் கணக்கு தொடர்பாக",
             multi("mixed", [text("""வணக்கம்,

என் தாத்தா திரு. முருகேசன் அவர்கள் சார்பாக எழுதுகிறேன். அவருக்கு மின்னஞ்சல்
பயன்படுத்தத் தெரியாது.

1. அவர் பெயர் உங்கள் பதிவில் "Murugasen" என்று தவறாக உள்ளது; "Murugesan" என்று
   திருத்தவும்.
2. அவரைப் பற்றி நீங்கள் வைத்திருக்கும் தகவல்களின் நகலையும் அனுப்பவும்.

அவரது கையொப்பமிட்ட ஒப்புதல் கடிதம் இணைக்கப்பட்டுள்ளது.

நன்றி,
பிரகாஷ்
"""), pdf("thatha_consent_letter.pdf")]), D("2025-07-07 09:50")))

    add("ta", ["correction"], "ticket",
        "negation: do not delete the account, only correct the date of birth",
        mail(A("Lakshmi Narayanan", "lakshmi.n@example.net"), "பிறந்த தேதி திருத்தம்",
             text("""வணக்கம்,

என் கணக்கை நீக்க வேண்டாம். பிறந்த தேதியை மட்டும் திருத்தவும் - 21/09/1985
சரியானது, 21/09/1995 அல்ல.

நன்றி,
லட்சுமி
""", cte="base64"), D("2025-09-15 14:30")))

    add("ta", [], "human",
        "hypothetical: what happens to points if I withdraw marketing consent; asks not to act yet",
        mail(A("Saravanan", "saravanan.p@example.com"), "ஒரு கேள்வி",
             text("""வணக்கம்,

நான் சந்தைப்படுத்தல் ஒப்புதலை திரும்பப் பெற்றால், என் loyalty points-க்கு என்ன
ஆகும்? இப்போதைக்கு எதுவும் செய்ய வேண்டாம், தெரிந்துகொள்ள மட்டுமே கேட்கிறேன்.

நன்றி
"""), D("2025-03-29 11:40")))

    add("ta", [], "human",
        "complaint: call-centre agent read out her full address aloud; no request made",
        mail(A("Revathi", "revathi.g@example.org"), "புகார் - call centre",
             text("""வணக்கம்,

நேற்று உங்கள் call centre ஊழியர் என் முழு முகவரியையும் phone-இல் சத்தமாக வாசித்தார்.
என் அருகில் மற்றவர்கள் இருந்தார்கள். இது சரியல்ல. இதைப் பற்றி புகார் தெரிவிக்கிறேன்,
இனி இப்படி நடக்காமல் இருக்க என்ன செய்வீர்கள் என்று விளக்கவும்.

ரேவதி
""", cte="quoted-printable"), D("2025-08-02 10:10")))

    add("ta", [], "ignore",
        "Tamil out-of-office with no machine headers; the body says it is an automatic reply",
        mail(A("Ganesh Iyer", "ganesh.iyer@example.net"), "Re: உங்கள் கோரிக்கை",
             text("""வணக்கம்,

நான் தற்போது விடுமுறையில் உள்ளேன், 10 ஜூன் அன்று திரும்புவேன். அவசர விஷயங்களுக்கு
6555 0177 என்ற எண்ணை அழைக்கவும்.

இது ஒரு தானியங்கி பதில்.
"""), D("2025-06-03 07:30"), irt="<prv-2025-1700.r1@example.com>"))



def east_se_asian():
    # ------------------------------------------------------------ Japanese
    add("ja", ["access"], "ticket",
        "formal Japanese 開示請求 (registered data, purchase/point history, third-party provision records) "
        "in ISO-2022-JP",
        mail(A("佐藤 由美", "yumi.sato@example.net", "iso-2022-jp"), "保有個人データの開示請求について",
             text("""ExampleMart Pte. Ltd.
個人情報保護ご担当者様

いつもお世話になっております。会員の佐藤由美と申します（会員番号：EMR-5508-3321）。

貴社が保有している私の個人データについて、開示を請求いたします。
具体的には、登録情報、購入履歴、ポイント履歴、および過去1年間に第三者へ
提供された記録があれば、その内容もあわせてご教示ください。

本人確認書類が必要な場合はお知らせください。

何卒よろしくお願い申し上げます。

佐藤 由美
""", "iso-2022-jp", "7bit"), D("2025-02-17 10:21", "+0900"), subj_cs="iso-2022-jp",
             extra=["X-Mailer: Becky! ver. 2.81.04"]))

    add("ja", ["deletion", "cancellation"], "ticket",
        "Shift_JIS: 退会 (cancellation) + 住所・電話番号・購入履歴の削除 (deletion)",
        mail(A("田中 健一", "kenichi.tanaka@example.net", "shift_jis"), "退会と個人情報削除のお願い",
             text("""ExampleMart ご担当者様

お世話になっております。田中健一です。
シンガポールから帰国したため、退会手続きをお願いします。

あわせて、登録している住所・電話番号・購入履歴などの個人情報も
すべて削除してください。

よろしくお願いいたします。
田中
""", "shift_jis", "base64"), D("2025-04-02 21:14", "+0900"), subj_cs="shift_jis"))

    add("ja", ["withdrawal"], "ticket",
        "short Japanese: stop the mail magazine, keep the account as is",
        mail(A("山本あや", "aya.yamamoto@example.com"), "メルマガ停止",
             text("メルマガの配信を停止してください。\nアカウントはそのままで大丈夫です。\n\n山本\n"),
             D("2025-06-11 08:03", "+0900")))

    add("ja", ["correction", "withdrawal"], "ticket",
        "address change (correction) and stop paper catalogues / direct mail (withdrawal)",
        mail(A("中村 翔太", "shota.nakamura@example.org"), "登録住所の変更とDM停止について",
             alt("""ExampleMart 御中

引っ越しをしたので、登録住所を以下に変更してください。
新住所：10 Bukit Batok Crescent #12-03, Singapore 658079

それと、紙のカタログやダイレクトメールはもう送らないでください。

中村 翔太
""", cte="quoted-printable"), D("2025-07-22 19:40")))

    add("ja", ["withdrawal"], "ticket",
        "HTML-only: stop recommendations based on browsing history and sharing with partners for "
        "targeted ads = withdrawal",
        mail(A("小林 美咲", "misaki.kobayashi@example.net"), "おすすめ表示・ターゲティング広告の停止",
             htmlpart(to_html("""お世話になっております。

アプリの閲覧履歴を使ったおすすめ表示と、提携先への情報提供（ターゲティング広告）を
停止していただきたいです。会員登録は続けます。

よろしくお願いします。
小林
""", "apple"), cte="base64"), D("2025-09-08 23:59", "+0900")))

    add("ja", [], "human",
        "question only: what happens to points and history IF I cancel; undecided",
        mail(A("伊藤 大輔", "daisuke.ito@example.com"), "退会についての質問",
             text("""お世話になっております。

退会した場合、残っているポイントや購入履歴はどうなりますか？
まだ退会するかどうか迷っているので、先に教えていただけると助かります。

伊藤
"""), D("2025-03-05 12:30", "+0900")))

    add("ja", [], "human",
        "thank-you reply in an existing thread (disclosure received)",
        mail(A("佐藤 由美", "yumi.sato@example.net", "iso-2022-jp"), "Re: 保有個人データの開示請求について",
             text("""ご対応いただきありがとうございました。
開示いただいた内容、確認いたしました。

佐藤

> 佐藤様
> 保有個人データの開示請求につき、添付のとおりご回答いたします。
""", "iso-2022-jp", "7bit"), D("2025-03-14 09:02", "+0900"), subj_cs="iso-2022-jp",
             irt="<prv-2025-0601.reply@example.com>"))

    add("ja", [], "ignore",
        "Japanese auto-reply (ISO-2022-JP) with Auto-Submitted: auto-replied",
        mail(A("高橋 誠", "makoto.takahashi@example.org", "iso-2022-jp"), "【自動返信】Re: 個人情報の訂正について",
             text("""誠に恐れ入りますが、8月13日から8月17日まで夏季休暇のため不在にしております。
8月18日以降、順次ご返信いたします。

※本メールは自動送信されています。
""", "iso-2022-jp", "7bit"), D("2025-08-13 09:00", "+0900"), subj_cs="iso-2022-jp",
             extra=["Auto-Submitted: auto-replied"]))

    add("ja", [], "ignore",
        "Japanese read receipt 開封済み: multipart/report disposition-notification",
        mail(A("渡辺 直子", "naoko.watanabe@example.net", "iso-2022-jp"), "開封済み: 個人データ開示のご案内",
             multi("report", [text("""メッセージ

  宛先: 渡辺 直子
  件名: 個人データ開示のご案内
  送信日時: 2025/05/09 10:15

は 2025/05/09 18:42 に開封されました。
""", "iso-2022-jp", "7bit"), report_part("message/disposition-notification", """Reporting-UA: example.net; Microsoft Outlook 16.0
Final-Recipient: rfc822;naoko.watanabe@example.net
Original-Message-ID: <prv-2025-1199.data@example.com>
Disposition: manual-action/MDN-sent-manually; displayed
""")], style="exchange", params=' report-type=disposition-notification;'),
             D("2025-05-09 18:42", "+0900"), subj_cs="iso-2022-jp"))

    # ------------------------------------------------------------ Korean
    add("ko", ["cancellation"], "ticket",
        "Korean, EUC-KR: 회원 탈퇴 request",
        mail(A("박지훈", "jihoon.park@example.net", "euc-kr"), "회원 탈퇴 요청",
             text("""안녕하세요.

회원 탈퇴를 요청합니다. 한국으로 돌아가게 되어 더 이상 이용하지 않을 예정입니다.
가입 이메일: jihoon.park@example.net

감사합니다.
박지훈 드림
""", "euc-kr", "base64"), D("2025-01-09 16:44", "+0900"), subj_cs="euc-kr"))

    add("ko", ["access"], "ticket",
        "formal Korean 개인정보 열람 요청 incl. third-party provision history; Outlook ks_c_5601-1987 label",
        mail(A("이서연", "seoyeon.lee@example.org", "ks_c_5601-1987", codec="euc-kr"), "개인정보 열람 요청",
             alt("""ExampleMart 개인정보 보호책임자님께,

귀사가 보유하고 있는 저의 개인정보 일체의 사본을 제공해 주시기 바랍니다.
또한 지난 1년간 제3자에게 제공된 내역이 있다면 함께 알려 주십시오.

회원번호: EMR-8812-0043

이서연 드림
""", charset="ks_c_5601-1987", cte="base64", style="outlook"), D("2025-03-19 11:26"),
             subj_cs="ks_c_5601-1987", subj_codec="euc-kr"),
        shape="ks_c_5601-1987 label (EUC-KR bytes)")

    add("ko", ["withdrawal"], "ticket",
        "Korean: refuse advertising SMS and email (마케팅 수신 거부)",
        mail(A("최민준", "minjun.choi@example.com"), "광고 수신 거부합니다",
             text("광고성 문자와 이메일 수신을 거부합니다. 앞으로 보내지 마세요.\n\n최민준\n"),
             D("2025-05-30 22:20")))

    add("ko", ["deletion", "cancellation"], "ticket",
        "Korean: 탈퇴 처리 (cancellation) + 개인정보 모두 파기 (deletion)",
        mail(A("정수빈", "subin.jung@example.net", "euc-kr"), "탈퇴 및 개인정보 파기 요청",
             text("""안녕하세요,

탈퇴 처리해 주시고, 보관 중인 제 개인정보(주소, 연락처, 구매 내역)도 모두 파기해
주세요. 처리 결과는 이 메일로 알려 주시면 감사하겠습니다.

정수빈
""", "euc-kr", "8bit"), D("2025-07-11 10:00"), subj_cs="euc-kr"))

    add("ko", ["correction", "withdrawal"], "ticket",
        "Korean: update mobile number (correction) + withdraw consent to provision to partner card/"
        "insurance companies (withdrawal)",
        mail(A("강하늘", "haneul.kang@example.org"), "휴대폰 번호 변경 / 제3자 제공 동의 철회",
             alt("""안녕하세요.

휴대폰 번호가 바뀌었습니다. 010-0000-1234가 아니라 +65 8012 4477로 수정
부탁드립니다.

그리고 제휴사(카드사, 보험사)에 제 정보를 제공하는 것에 대한 동의를 철회합니다.

강하늘
""", style="gmail", cte="quoted-printable"), D("2025-08-07 13:13")))

    add("ko", ["access"], "ticket",
        "on behalf of her father with a power of attorney (Korean RFC 2231 filename): access",
        mail(A("김지은", "jieun.kim@example.com"), "아버지 개인정보 열람 요청 (대리인)",
             multi("mixed", [text("""안녕하세요.

저희 아버지(김영수) 대신 연락드립니다. 아버지께서 직접 요청하셨고, 위임장과
가족관계증명서를 첨부합니다.

아버지에 관해 보관 중인 개인정보를 열람하고 싶습니다. 사본을 이 메일로 보내 주세요.

김지은 드림
""", cte="base64"), leaf("application/pdf", FAKE_PDF, None, "base64", filename="위임장.pdf", fname_utf8=True),
                 leaf("application/pdf", FAKE_PDF + b"2", None, "base64", filename="가족관계증명서.pdf",
                      fname_utf8=True)], style="gmail"), D("2025-09-18 15:36")))

    add("ko", [], "human",
        "question only: can I re-register after 탈퇴, what happens to points; not leaving yet",
        mail(A("윤서준", "seojun.yoon@example.net"), "탈퇴 관련 문의",
             text("""안녕하세요.

탈퇴하면 같은 이메일로 재가입이 가능한가요? 포인트는 어떻게 되나요?
아직 탈퇴하려는 건 아니고 궁금해서 여쭤봅니다.
""", cte="quoted-printable"), D("2025-04-04 20:20")))

    add("ko", [], "ignore",
        "Korean out-of-office (EUC-KR) with Auto-Submitted: auto-replied",
        mail(A("한지민", "jimin.han@example.org", "euc-kr"), "[자동응답] 부재중입니다",
             text("""안녕하세요. 한지민입니다.
현재 출장 중으로 6월 20일까지 메일 확인이 어렵습니다.
급한 용무는 02-0000-0000으로 연락 주시기 바랍니다.
""", "euc-kr", "base64"), D("2025-06-16 09:09", "+0900"), subj_cs="euc-kr",
             extra=["Auto-Submitted: auto-replied"]))

    add("ko", [], "ignore",
        "Korean (광고) spam flagged X-Spam-Flag: YES; '수신거부' link is not a request",
        mail(A("쇼핑특가", "deal@example.net"), "(광고) 최저가 보장! 지금 가입하면 포인트 5만점",
             htmlpart("""<html><body>
<p>(광고) 최저가 보장 이벤트!</p>
<p>지금 가입하시면 포인트 50,000점을 즉시 드립니다.</p>
<p><a href="http://example.net/join">지금 가입하기</a></p>
<p style="font-size:10px">수신을 원하지 않으시면 <a href="http://example.net/optout">수신거부</a>를 클릭하세요.
무료수신거부 080-000-0000</p>
</body></html>
""", "euc-kr", "base64"), D("2025-02-21 04:10", "+0900"),
             extra=["X-Spam-Flag: YES", "X-Spam-Level: **********"]))

    # ------------------------------------------------------------ Vietnamese
    add("vi", ["cancellation"], "ticket",
        "Vietnamese: xóa tài khoản = close the account (no data erasure asked)",
        mail(A("Nguyễn Văn Hùng", "hung.nguyen@example.net", raw=True), "Xóa tài khoản",
             text("""Xin chào,

Vui lòng xóa tài khoản ExampleMart của tôi. Tôi không còn sử dụng nữa.

Cảm ơn.
Hùng
""", cte="quoted-printable"), D("2025-02-09 20:11", "+0700"), subj_raw=True))

    add("vi", ["withdrawal"], "ticket",
        "Vietnamese: unsubscribe from advertising emails and promotional texts",
        mail(A("Trần Thị Mai", "mai.tran@example.com"), "Hủy đăng ký nhận quảng cáo",
             alt("""Chào ExampleMart,

Tôi muốn hủy đăng ký nhận email quảng cáo và tin nhắn khuyến mãi. Tài khoản
vẫn giữ nguyên nhé.

Cảm ơn,
Mai
""", style="gmail"), D("2025-04-13 09:45", "+0700")))

    add("vi", ["access"], "ticket",
        "formal Vietnamese access request (copy of all personal data held)",
        mail(A("Lê Quang Minh", "minh.le@example.org"), "Đề nghị cung cấp dữ liệu cá nhân",
             text("""Kính gửi Bộ phận Bảo vệ Dữ liệu - ExampleMart Pte. Ltd.,

Tôi là Lê Quang Minh, thành viên ExampleMart (mã thành viên EMR-6203-5510).
Tôi đề nghị Quý công ty cung cấp bản sao toàn bộ dữ liệu cá nhân của tôi mà
Quý công ty đang lưu giữ, bao gồm lịch sử mua hàng và điểm thưởng.

Trân trọng,
Lê Quang Minh
""", cte="base64"), D("2025-06-05 14:50", "+0700")))

    add("vi", ["access", "correction"], "ticket",
        "wrong phone number to be fixed (correction) + wants to see the data held (access)",
        mail(A("Phạm Thu Hà", "thuha.pham@example.net"), "Sửa số điện thoại",
             text("""Chào anh/chị,

Số điện thoại trong tài khoản của tôi bị sai (đang là 9123 0000). Vui lòng sửa
thành 9123 0088. Ngoài ra cho tôi xem những thông tin về tôi mà các bạn đang
lưu, tôi muốn kiểm tra xem còn gì sai không.

Thu Hà
""", cte="quoted-printable"), D("2025-07-17 18:18")))

    add("vi", ["deletion", "withdrawal", "cancellation"], "ticket",
        "numbered list: stop advertising, close membership, erase all personal data",
        mail(A("Đỗ Minh Tuấn", "tuan.do@example.com"), "Yêu cầu về dữ liệu cá nhân",
             htmlpart(to_html("""Kính gửi ExampleMart,

Tôi yêu cầu:
1) ngừng gửi quảng cáo cho tôi ngay lập tức;
2) đóng tài khoản thành viên của tôi;
3) xóa toàn bộ dữ liệu cá nhân của tôi sau khi đóng tài khoản.

Xin xác nhận khi đã hoàn tất.
Đỗ Minh Tuấn
""", "outlook"), cte="quoted-printable"), D("2025-08-28 10:30", "+0700")))

    add("vi", ["correction"], "ticket",
        "Vietnamese typed without diacritics: correct my date of birth",
        mail("vu.thanh.long@example.net", "sua ngay sinh",
             text("xin chao, toi muon sua lai ngay sinh trong tai khoan, ngay sinh dung la 02/04/1991 "
                  "khong phai 04/02/1991. cam on\n"), D("2025-09-20 23:05", "+0700")))

    add("vi", [], "human",
        "hypothetical: would I still get birthday offers IF I withdrew consent",
        mail(A("Hoàng Lan", "lan.hoang@example.org"), "Câu hỏi",
             text("""Chào bạn,

Nếu tôi rút lại sự đồng ý nhận tin tiếp thị thì tôi có còn nhận được ưu đãi
sinh nhật không? Tôi chỉ hỏi trước thôi.

Cảm ơn.
"""), D("2025-03-22 08:08", "+0700")))

    add("vi", [], "human",
        "chaser: sent a request two weeks ago, no reply yet",
        mail(A("Lê Quang Minh", "minh.le@example.org"), "Re: Đề nghị cung cấp dữ liệu cá nhân",
             text("""Kính gửi,

Tôi đã gửi yêu cầu từ 2 tuần trước nhưng đến nay vẫn chưa nhận được phản hồi.
Xin cho biết khi nào tôi có thể nhận được dữ liệu.

Lê Quang Minh
"""), D("2025-06-19 09:30", "+0700"), irt="<minh.le.0605@example.org>"))

    add("vi", [], "ignore",
        "Vietnamese auto-reply with Auto-Submitted: auto-replied",
        mail(A("Bùi Ngọc Anh", "ngocanh.bui@example.net"), "Trả lời tự động: Xác nhận yêu cầu của bạn",
             text("""Xin chào,

Tôi đang nghỉ phép đến ngày 5/5 và sẽ phản hồi email của bạn khi quay lại.

Đây là thư trả lời tự động.
""", cte="quoted-printable"), D("2025-04-29 12:00", "+0700"), extra=["Auto-Submitted: auto-replied"]))

    # ------------------------------------------------------------ Thai
    add("th", ["cancellation"], "ticket",
        "Thai in TIS-620: cancel my membership",
        mail(A("สุภาพร ใจดี", "supaporn.j@example.net", "tis-620"), "ขอยกเลิกสมาชิก",
             text("""เรียนเจ้าหน้าที่

ขอยกเลิกการเป็นสมาชิก ExampleMart ของดิฉันค่ะ ไม่ได้ใช้งานแล้ว
อีเมลที่ลงทะเบียน: supaporn.j@example.net

ขอบคุณค่ะ
สุภาพร
""", "tis-620", "8bit"), D("2025-03-08 11:22", "+0700"), subj_cs="tis-620"))

    add("th", ["access"], "ticket",
        "Thai: request a copy of all personal data held",
        mail(A("Somchai K.", "somchai.k@example.org"), "ขอสำเนาข้อมูลส่วนบุคคล",
             alt("""เรียน ฝ่ายคุ้มครองข้อมูลส่วนบุคคล

ผมขอสำเนาข้อมูลส่วนบุคคลของผมที่บริษัทเก็บไว้ทั้งหมดครับ รวมถึงประวัติการสั่งซื้อ
และคะแนนสะสม

ขอบคุณครับ
สมชาย
""", cte="base64"), D("2025-05-14 15:00", "+0700")))

    add("th", ["deletion", "withdrawal"], "ticket",
        "Thai: delete all my personal data + stop SMS and email advertising",
        mail(A("นภัสสร", "napatsorn@example.com"), "ลบข้อมูลและหยุดส่งโฆษณา",
             text("""สวัสดีค่ะ

กรุณาลบข้อมูลส่วนบุคคลของฉันทั้งหมด และหยุดส่งโฆษณาทาง SMS และอีเมลด้วยค่ะ

ขอบคุณค่ะ
""", cte="quoted-printable"), D("2025-06-27 20:30", "+0700")))

    add("th", ["correction"], "ticket",
        "Thai: name misspelt in the account, please correct",
        mail(A("ธนพล ศรีสุข", "thanapol.s@example.net"), "แก้ไขชื่อในบัญชี",
             text("""สวัสดีครับ

ชื่อในบัญชีของผมสะกดผิด เป็น "Tanapon Srisuk" ที่ถูกต้องคือ "Thanapol Srisuk"
กรุณาแก้ไขให้ด้วยครับ

ขอบคุณครับ
""", "tis-620", "quoted-printable"), D("2025-08-09 09:40", "+0700")))

    add("th", ["withdrawal"], "ticket",
        "Thai-English mix: stop SMS promotion, do not close the account",
        mail(A("Ploy", "ploy.w@example.com"), "stop sms ค่ะ",
             text("Hi ค่ะ ช่วย stop SMS promotion ให้หน่อยนะคะ ได้ทุกวันเลย\n"
                  "account ไม่ต้องปิดนะคะ ขอบคุณค่ะ\n"), D("2025-09-25 19:02", "+0700")))

    add("th", [], "human",
        "Thai question: if I ask for deletion can I still use my coupons; undecided",
        mail(A("Krit", "krit.p@example.org"), "สอบถามเรื่องการลบข้อมูล",
             text("""สวัสดีครับ

ถ้าขอลบข้อมูล จะยังใช้คูปองที่เหลืออยู่ได้ไหมครับ ยังไม่ได้ตัดสินใจ
อยากทราบก่อนครับ
"""), D("2025-02-02 13:33", "+0700")))

    add("th", [], "ignore",
        "Thai out-of-office declared windows-874 (label unknown to Python) with Auto-Submitted",
        mail(A("วิไลวรรณ", "wilaiwan@example.net", "tis-620"), "ตอบกลับอัตโนมัติ: Re: คำขอของคุณ",
             text("""ขณะนี้ดิฉันไม่อยู่ที่สำนักงานจนถึงวันที่ 21 เมษายน
จะติดต่อกลับโดยเร็วที่สุดเมื่อกลับมา

ข้อความนี้ส่งโดยอัตโนมัติ
""", "windows-874", "8bit", codec="cp874"), D("2025-04-14 08:30", "+0700"), subj_cs="tis-620",
             extra=["Auto-Submitted: auto-replied"]),
        shape="charset label windows-874")



def european_and_other():
    # ------------------------------------------------------------ German
    add("de", ["access"], "ticket",
        "German Art. 15 DSGVO Auskunft request; ISO-8859-1 body and Q-encoded subject",
        mail(A("Jürgen Hoffmann", "j.hoffmann@example.org", "iso-8859-1", "Q"),
             "Auskunftsersuchen gemäß Art. 15 DSGVO",
             text("""Sehr geehrte Damen und Herren,

hiermit mache ich mein Recht auf Auskunft gemäß Art. 15 DSGVO geltend. Bitte
teilen Sie mir mit, welche personenbezogenen Daten Sie über mich speichern, zu
welchen Zwecken und an welche Empfänger sie weitergegeben wurden, und stellen
Sie mir eine Kopie dieser Daten zur Verfügung.

Ich war von 2022 bis 2024 in Singapur tätig und habe in dieser Zeit bei Ihnen
bestellt (Kundenkonto: j.hoffmann@example.org).

Mit freundlichen Grüßen
Jürgen Hoffmann
""", "iso-8859-1", "quoted-printable"), D("2025-01-14 09:12", "+0100"), subj_cs="iso-8859-1",
             subj_enc="Q"))

    add("de", ["deletion", "cancellation"], "ticket",
        "German: kündigen Mitgliedschaft (cancellation) + alle Daten löschen (deletion)",
        mail(A("Anna Becker", "anna.becker@example.net"), "Kündigung und Löschung",
             alt("""Hallo,

bitte kündigen Sie meine Mitgliedschaft bei ExampleMart Rewards und löschen Sie
anschließend alle meine personenbezogenen Daten. Eine kurze Bestätigung per
E-Mail wäre nett.

Viele Grüße
Anna Becker
""", cte="quoted-printable", style="apple"), D("2025-03-31 18:05", "+0200")))

    add("de", ["withdrawal"], "ticket",
        "German Widerspruch gegen Werbung (objection to direct marketing = withdrawal), unsubscribe "
        "from all newsletters",
        mail(A("Thomas Wagner", "t.wagner@example.com"), "Widerspruch Werbung",
             text("""Guten Tag,

ich widerspreche der Nutzung meiner Daten für Werbezwecke (Art. 21 Abs. 2
DSGVO). Bitte tragen Sie mich aus allen Newslettern aus und schicken Sie mir
keine Werbe-SMS mehr.

Thomas Wagner
"""), D("2025-05-06 07:30", "+0200")))

    add("de", ["correction"], "ticket",
        "German Berichtigung of a wrong address, ISO-8859-15 8-bit body",
        mail(A("Sabine Krüger", "sabine.krueger@example.org", "iso-8859-15", "Q"), "Adresse falsch hinterlegt",
             text("""Hallo liebes ExampleMart-Team,

meine Adresse ist in meinem Kundenkonto falsch hinterlegt. Statt "Holland
Grove Road 21" steht dort "Holland Grove Rd 12". Bitte berichtigen Sie das auf
21 Holland Grove Road, Singapore 278795.

Danke und schöne Grüße
Sabine Krüger
""", "iso-8859-15", "8bit"), D("2025-07-24 12:47", "+0800"), subj_cs="iso-8859-15", subj_enc="Q"))

    add("de", [], "human",
        "portability alone (Art. 20: transmit directly to another provider) = human",
        mail(A("Markus Schulz", "markus.schulz@example.net"), "Datenübertragung Art. 20 DSGVO",
             text("""Sehr geehrte Damen und Herren,

ich möchte von meinem Recht auf Datenübertragbarkeit nach Art. 20 DSGVO
Gebrauch machen. Bitte übermitteln Sie meine Bestell- und Bonusdaten in einem
strukturierten, maschinenlesbaren Format direkt an die Kaufhaus Nord GmbH
(datenschutz@example.org).

Mit freundlichen Grüßen
Markus Schulz
""", cte="quoted-printable"), D("2025-06-12 10:10", "+0200")))

    orig_de = mail(A("ExampleMart Privacy", PRIV), "AW: Löschung meiner Daten",
                   text("Sehr geehrte Frau Weber,\n\nwir haben Ihre Anfrage erhalten.\n"),
                   D("2025-02-20 10:00"), to="claudia.weber@example.org")
    add("de", [], "ignore",
        "German Exchange NDR 'Unzustellbar' (multipart/report)",
        mail(A("Microsoft Outlook", "postmaster@example.org"), "Unzustellbar: AW: Löschung meiner Daten",
             multi("report", [alt("""Ihre Nachricht an claudia.weber@example.org konnte nicht zugestellt werden.

claudia.weber wurde bei example.org nicht gefunden.

So beheben Sie das Problem
Die Adresse ist möglicherweise falsch geschrieben oder existiert nicht.

Weitere Informationen für E-Mail-Administratoren
Statuscode: 550 5.1.10
""", cte="quoted-printable"), report_part("message/delivery-status", """Reporting-MTA: dns;FR2P281MB0123.DEUP281.PROD.OUTLOOK.example.org
Arrival-Date: Thu, 20 Feb 2025 02:00:05 +0000

Final-Recipient: rfc822;claudia.weber@example.org
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
"""), rfc822(orig_de, headers_only=True)], style="exchange", params=' report-type=delivery-status;'),
             D("2025-02-20 02:00", "+0000"), extra=["X-MS-Exchange-Message-Is-Ndr: ", "Content-Language: de-DE"]))

    add("de", [], "ignore",
        "German Abwesenheitsnotiz with Auto-Submitted: auto-replied",
        mail(A("Petra Fischer", "petra.fischer@example.com"), "Abwesenheitsnotiz: Ihre Anfrage [PRV-2025-1412]",
             text("""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 22.08.2025 nicht im Büro und habe keinen Zugriff auf
meine E-Mails. In dringenden Fällen wenden Sie sich bitte an
info@example.com.

Mit freundlichen Grüßen
Petra Fischer
""", cte="quoted-printable"), D("2025-08-11 08:01", "+0200"), extra=["Auto-Submitted: auto-replied"]))

    # ------------------------------------------------------------ French
    add("fr", ["access"], "ticket",
        "French RGPD art. 15 droit d'accès, windows-1252 body with curly apostrophes",
        mail(A("Camille Durand", "camille.durand@example.net", "iso-8859-1", "Q"), "Demande d'accès à mes données",
             text("""Madame, Monsieur,

Conformément à l’article 15 du RGPD, je souhaite exercer mon droit d’accès
aux données personnelles me concernant que vous détenez, et en obtenir une
copie.

Mon compte client est associé à l’adresse camille.durand@example.net.

Je vous prie d’agréer, Madame, Monsieur, l’expression de mes salutations
distinguées.

Camille Durand
""", "windows-1252", "quoted-printable"), D("2025-02-24 14:40", "+0100"), subj_cs="iso-8859-1",
             subj_enc="Q"))

    add("fr", ["withdrawal", "cancellation"], "ticket",
        "French: supprimer mon compte (cancellation) + me désinscrire de la newsletter (withdrawal)",
        mail(A("Julien Moreau", "julien.moreau@example.org"), "Suppression de compte",
             text("""Bonjour,

Merci de supprimer mon compte client et de me désinscrire de la newsletter.

Cordialement,
Julien Moreau
"""), D("2025-04-23 16:16", "+0200")))

    add("fr", ["correction"], "ticket",
        "French rectification of a misspelt family name",
        mail(A("Élodie Lefèvre", "elodie.lefevre@example.com"), "Rectification de mon nom",
             alt("""Bonjour,

Mon nom de famille est mal orthographié sur mon compte : « Lefevre » au lieu
de « Lefèvre ». Pourriez-vous le rectifier, s’il vous plaît ?

Merci d’avance,
Élodie
""", style="gmail", cte="quoted-printable"), D("2025-06-17 09:55", "+0200")))

    add("fr", ["deletion"], "ticket",
        "French HTML-only: effacement of all personal data (RGPD art. 17)",
        mail(A("Nicolas Petit", "nicolas.petit@example.net"), "Demande d'effacement",
             htmlpart(to_html("""Madame, Monsieur,

En application de l’article 17 du RGPD, je vous demande d’effacer l’ensemble de
mes données personnelles de vos systèmes dans les meilleurs délais.

Bien cordialement,
Nicolas Petit
""", "outlook"), cte="quoted-printable"), D("2025-09-09 11:00", "+0200")))

    add("fr", [], "human",
        "French complaint: parcel left outside with a label showing name, phone and address; no request",
        mail(A("Sophie Martin", "sophie.martin@example.org"), "Réclamation",
             text("""Bonjour,

Votre livreur a laissé mon colis devant la porte avec une étiquette affichant
mon nom, mon téléphone et mon adresse complète, visible par tous les voisins.
Je trouve cela inacceptable et je tenais à vous le signaler.

Sophie Martin
""", cte="quoted-printable"), D("2025-05-15 19:19", "+0800")))

    add("fr", [], "ignore",
        "French out-of-office (Réponse automatique) with Auto-Submitted",
        mail(A("Pierre Lambert", "pierre.lambert@example.com"), "Réponse automatique : Votre demande d'accès",
             text("""Bonjour,

Je suis absent du bureau jusqu'au 2 septembre inclus, avec un accès limité à
mes e-mails. Je vous répondrai dès mon retour.

Cordialement,
Pierre Lambert
""", cte="quoted-printable"), D("2025-08-20 10:00", "+0200"), subj_enc="Q",
             extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"]))

    add("fr", [], "ignore",
        "French Outlook read receipt 'Lu :' (multipart/report disposition-notification)",
        mail(A("Camille Durand", "camille.durand@example.net"), "Lu : Votre demande d'accès [PRV-2025-0501]",
             multi("report", [text("""Votre message

  À : Camille Durand
  Objet : Votre demande d'accès [PRV-2025-0501]
  Envoyé : mardi 4 mars 2025 10:00:12 (UTC+01:00)

a été lu le mardi 4 mars 2025 14:31:40 (UTC+01:00).
""", cte="quoted-printable"), report_part("message/disposition-notification", """Reporting-UA: AM0PR01MB5110.eurprd01.prod.outlook.example.net; Microsoft Exchange Server
Final-Recipient: rfc822;camille.durand@example.net
Original-Message-ID: <prv-2025-0501.ack@example.com>
Disposition: automatic-action/MDN-sent-automatically; displayed
""")], style="exchange", params=' report-type=disposition-notification;'),
             D("2025-03-04 14:31", "+0100")))

    # ------------------------------------------------------------ Spanish
    add("es", ["cancellation"], "ticket",
        "Spanish: darme de baja de la cuenta = cancellation",
        mail(A("Carlos Ruiz", "carlos.ruiz@example.net"), "Baja de cuenta",
             text("""Hola,

Quiero darme de baja de la cuenta de ExampleMart. Ya no vivo en Singapur.

Gracias,
Carlos Ruiz
""", cte="quoted-printable"), D("2025-01-29 20:00", "-0300")))

    add("es", ["access", "correction"], "ticket",
        "Spanish: access to my data + rectify my address",
        mail(A("María José Fernández", "mj.fernandez@example.org", "iso-8859-1", "Q"),
             "Solicitud de acceso y rectificación",
             text("""Estimados señores:

Por medio del presente solicito el acceso a mis datos personales que obran en
su poder y la rectificación de mi dirección, que figura de forma incorrecta.
La dirección correcta es: 8 Marine Parade Road #04-10, Singapore 449269.

Atentamente,
María José Fernández
""", "iso-8859-1", "quoted-printable"), D("2025-04-09 10:30", "+0200"), subj_cs="iso-8859-1", subj_enc="Q"))

    add("es", ["deletion", "withdrawal"], "ticket",
        "Spanish: supresión de mis datos (deletion) + baja de comunicaciones comerciales (withdrawal)",
        mail(A("Lucía Gómez", "lucia.gomez@example.com"), "Supresión de datos",
             alt("""Buenas tardes:

Les pido la supresión de todos mis datos personales y que me den de baja de
todas sus comunicaciones comerciales (email y SMS).

Un saludo,
Lucía Gómez
""", style="gmail"), D("2025-07-02 17:45", "+0200")))

    add("es", ["withdrawal"], "ticket",
        "Spanish objection to direct marketing (oposición) = withdrawal",
        mail(A("Javier Torres", "javier.torres@example.net"), "Oposición al tratamiento",
             text("""Hola:

Me opongo al tratamiento de mis datos con fines de mercadotecnia directa.
No quiero recibir más publicidad de ExampleMart por ningún medio.

Javier Torres
"""), D("2025-08-14 12:12", "+0200")))

    add("es", [], "human",
        "Spanish hypothetical: if I cancel, do I lose my points?",
        mail(A("Ana López", "ana.lopez@example.org"), "Pregunta sobre puntos",
             text("""Hola,

Si cancelo mi cuenta, ¿pierdo los puntos acumulados? Todavía no lo he decidido.

Gracias,
Ana
"""), D("2025-03-16 11:11", "-0500")))

    # ------------------------------------------------------------ other supported
    add("it", ["deletion", "cancellation"], "ticket",
        "Italian: chiudere l'account (cancellation) + cancellazione dei dati (= erasure, deletion)",
        mail(A("Giulia Rossi", "giulia.rossi@example.net"), "Chiusura account e cancellazione dati",
             text("""Buongiorno,

vorrei chiudere il mio account ExampleMart e chiedo la cancellazione di tutti i
miei dati personali.

Grazie,
Giulia Rossi
""", cte="quoted-printable"), D("2025-02-13 09:09", "+0100")))

    add("it", ["access"], "ticket",
        "Italian art. 15 GDPR access request, HTML alternative",
        mail(A("Marco Bianchi", "marco.bianchi@example.org"), "Richiesta di accesso ai dati personali",
             alt("""Gentili Signori,

ai sensi dell'art. 15 del GDPR chiedo di accedere ai miei dati personali in
vostro possesso e di riceverne una copia.

Cordiali saluti,
Marco Bianchi
""", cte="quoted-printable"), D("2025-05-22 15:15", "+0200")))

    add("nl", ["withdrawal"], "ticket",
        "Dutch: unsubscribe from the newsletter",
        mail(A("Sanne de Vries", "sanne.devries@example.net"), "Afmelden nieuwsbrief",
             text("""Hallo,

Graag wil ik me afmelden voor de nieuwsbrief en andere reclame-e-mails.

Groet,
Sanne
"""), D("2025-06-29 21:21", "+0200")))

    add("nl", [], "ignore",
        "Dutch out-of-office 'Automatisch antwoord' with Auto-Submitted",
        mail(A("Pieter Jansen", "pieter.jansen@example.com"), "Automatisch antwoord: Uw verzoek",
             text("""Bedankt voor uw bericht. Ik ben tot en met 15 juli afwezig en lees mijn e-mail
niet. Uw bericht wordt niet doorgestuurd.

Met vriendelijke groet,
Pieter Jansen
"""), D("2025-07-07 08:00", "+0200"), extra=["Auto-Submitted: auto-replied"]))

    add("pt", ["access", "correction"], "ticket",
        "Portuguese: access to my data + correct phone number",
        mail(A("João Silva", "joao.silva@example.com"), "Acesso e correção de dados",
             text("""Olá,

Gostaria de ter acesso aos meus dados pessoais guardados pela ExampleMart e de
corrigir o meu número de telefone para +65 8223 9910.

Obrigado,
João Silva
""", cte="quoted-printable"), D("2025-04-26 10:45", "+0100")))

    add("tl", ["cancellation"], "ticket",
        "Taglish: paki-delete po ng account ko = close the account",
        mail(A("Maricel Santos", "maricel.santos@example.net"), "delete account po",
             text("""Hi po,

Paki-delete po ng account ko sa ExampleMart. Hindi ko na po ginagamit since
umuwi na ako sa Pinas. Salamat po!

Maricel
"""), D("2025-09-14 21:50")))

    add("sv", [], "human",
        "Swedish question only: how long do you keep my data if I end my membership",
        mail(A("Erik Lindqvist", "erik.lindqvist@example.org"), "Fråga om lagring",
             text("""Hej,

Hur länge sparar ni mina uppgifter om jag avslutar mitt medlemskap? Jag
funderar på saken.

Vänliga hälsningar
Erik
""", cte="quoted-printable"), D("2025-03-02 13:00", "+0100")))

    # ------------------------------------------------------------ unsupported -> human
    add("ru", [], "human",
        "Russian (unsupported language) in KOI8-R: asks to delete account and data, but unsupported "
        "languages route to a human",
        mail(A("Дмитрий Иванов", "d.ivanov@example.net", "koi8-r"), "Удаление аккаунта",
             text("""Здравствуйте!

Прошу удалить мой аккаунт и все мои персональные данные.

С уважением,
Дмитрий Иванов
""", "koi8-r", "8bit"), D("2025-02-18 12:00", "+0300"), subj_cs="koi8-r"))

    add("ar", [], "human",
        "Arabic (unsupported) in windows-1256: asks for a copy of personal data; routes to a human",
        mail(A("أحمد", "ahmed.k@example.org", "windows-1256"), "طلب نسخة من بياناتي",
             text("""السلام عليكم،

أرجو تزويدي بنسخة من جميع بياناتي الشخصية المحفوظة لديكم.

مع الشكر،
أحمد
""", "windows-1256", "quoted-printable"), D("2025-05-03 11:00", "+0300"), subj_cs="windows-1256"))

    add("hi", [], "human",
        "Hindi (unsupported): asks to stop promotional SMS/email; routes to a human",
        mail(A("Rahul Sharma", "rahul.sharma@example.com"), "प्रचार संदेश बंद करें",
             text("""नमस्ते,

कृपया मुझे प्रचार वाले SMS और ईमेल भेजना बंद करें।

धन्यवाद,
राहुल शर्मा
""", cte="base64"), D("2025-06-22 09:00", "+0530")))

    add("tr", [], "human",
        "Turkish (unsupported): close account and delete data; routes to a human",
        mail(A("Mehmet Yılmaz", "mehmet.yilmaz@example.net"), "Hesap kapatma",
             text("""Merhaba,

Hesabımı kapatmanızı ve kişisel verilerimi silmenizi rica ediyorum.

Saygılarımla,
Mehmet Yılmaz
""", cte="quoted-printable"), D("2025-07-19 14:00", "+0300")))

    add("ur", [], "human",
        "Urdu (unsupported) question about points if the account is closed; human",
        mail(A("Bilal", "bilal.a@example.org"), "سوال",
             text("""السلام علیکم،

اگر میں اپنا اکاؤنٹ بند کر دوں تو میرے پوائنٹس کا کیا ہوگا؟

شکریہ
بلال
"""), D("2025-08-30 10:30", "+0500")))

    add("my", [], "human",
        "Burmese (unsupported): asks to close the account; routes to a human",
        mail(A("Aung Ko", "aungko@example.net"), "အကောင့်ပိတ်ရန်",
             text("""မင်္ဂလာပါ။

ကျွန်တော့် ExampleMart အကောင့်ကို ပိတ်ပေးပါ။

ကျေးဇူးတင်ပါတယ်။
အောင်ကို
""", cte="base64"), D("2025-04-06 19:00", "+0630")))

    add("km", [], "human",
        "Khmer (unsupported): asks to delete account and personal information; routes to a human",
        mail(A("Sokha", "sokha.chan@example.com"), "សំណើលុបគណនី",
             text("""សួស្តី!

សូមលុបគណនី ExampleMart របស់ខ្ញុំ និងព័ត៌មានផ្ទាល់ខ្លួនរបស់ខ្ញុំទាំងអស់។

អរគុណ។
សុខា
"""), D("2025-09-28 16:00", "+0700")))


# ==========================================================================
# main
# ==========================================================================

def check(files):
    """Parse every file with the stdlib email package and report anything odd."""
    import re
    problems = []
    addr_re = re.compile(rb"[A-Za-z0-9._%+-]+@([A-Za-z0-9.-]+)")
    for f in files:
        raw = f.read_bytes()
        if b"\r" in raw:
            problems.append("%s: CR byte found" % f.name)
        for pol in (policy.compat32, policy.default):
            for part in BytesParser(policy=pol).parsebytes(raw).walk():
                for d in part.defects:
                    problems.append("%s: parser defect %s" % (f.name, type(d).__name__))
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        seen = [str(v) for _, v in msg.raw_items()]
        for part in msg.walk():
            seen.extend(str(v) for _, v in part.raw_items())
            if not part.is_multipart() and part.get_content_maintype() == "text":
                try:
                    seen.append(part.get_content())
                except LookupError:
                    pass
            elif part.get_content_type() in ("message/rfc822",):
                seen.append(part.get_payload(0).as_string() if part.is_multipart() else "")
        for m in addr_re.finditer("\n".join(seen).encode("utf-8", "surrogateescape")):
            dom = m.group(1).decode().rstrip(".").lower()
            if not re.search(r"(^|\.)example\.(com|org|net)$", dom):
                problems.append("%s: non-example domain %s" % (f.name, dom))
        if msg["From"] is None or msg["Date"] is None or msg["Message-ID"] is None:
            problems.append("%s: missing From/Date/Message-ID" % f.name)
        str(msg["Subject"] or "")
        for part in msg.walk():
            if part.is_multipart() or part.get_content_maintype() == "message":
                continue
            try:
                part.get_content()
            except LookupError as e:
                problems.append("%s: get_content LookupError (%s) - intended unknown charset" % (f.name, e))
            except Exception as e:  # noqa
                problems.append("%s: get_content %s: %s" % (f.name, type(e).__name__, e))
    return problems


def main():
    english()
    chinese()
    malay_indonesian_tamil()
    east_se_asian()
    european_and_other()

    rows = list(ROWS)
    random.Random(7).shuffle(rows)
    for old in OUT.glob("e[0-9][0-9][0-9].eml"):
        old.unlink()
    files = []
    with open(OUT / "manifest.jsonl", "w", encoding="utf-8", newline="\n") as man:
        for i, r in enumerate(rows, 1):
            name = "e%03d.eml" % i
            (OUT / name).write_bytes(r["raw"])
            files.append(OUT / name)
            man.write(json.dumps({"file": name, "labels": r["labels"], "route": r["route"],
                                  "lang": r["lang"], "notes": r["notes"]}, ensure_ascii=False) + "\n")

    # summary
    from collections import Counter
    langs = Counter(r["lang"] for r in rows)
    routes = Counter(r["route"][0] for r in rows)
    labels = Counter(l for r in rows for l in r["labels"])
    multi_n = sum(1 for r in rows if len(r["labels"]) >= 2)
    print("wrote %d emails to %s" % (len(rows), OUT))
    print("languages:", dict(sorted(langs.items(), key=lambda kv: -kv[1])))
    print("routes:", dict(routes))
    print("labels:", dict(labels), "| tickets with >=2 types: %d of %d" % (multi_n, routes["ticket"]))
    problems = check(files)
    for p in problems:
        print("CHECK:", p)
    return 0


if __name__ == "__main__":
    sys.exit(main())
