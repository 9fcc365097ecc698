#!/usr/bin/env python3
"""Generate the blind9 evaluation set: raw privacy-mailbox emails for ExampleMart Pte. Ltd.

Standard library only and deterministic: running it twice writes identical bytes.

    python3 make_blind9.py            # writes e001.eml ... eNNN.eml + manifest.jsonl here
    python3 make_blind9.py --check    # only rebuilds in memory and runs the self-checks

Everything in the generated mail is made up: people, addresses (example.com/.org/.net
only), phone, member and order numbers.
"""
import base64
import hashlib
import html as htmlmod
import json
import quopri
import random
import re
import sys
import textwrap
from datetime import datetime, timedelta, timezone
from email import policy, utils
from email.parser import BytesParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
PRIV = "privacy@example.com"
LABELS = ("access", "correction", "deletion", "withdrawal", "cancellation")
ALLOWED = ("example.com", "example.org", "example.net")

CODEC = {
    "utf-8": "utf-8", "us-ascii": "ascii", "gb2312": "gb2312", "gbk": "gbk",
    "big5": "big5", "iso-2022-jp": "iso2022_jp", "euc-kr": "euc_kr",
    "tis-620": "tis_620", "windows-1252": "cp1252", "iso-8859-1": "latin-1",
}


def codec(cs):
    return CODEC[cs.lower()]


def hx(*parts, n=12):
    return hashlib.sha256("|".join(map(str, parts)).encode("utf-8")).hexdigest()[:n]


# --------------------------------------------------------------------------- headers

def ew(s, cs="utf-8", mode="B"):
    """RFC 2047 encoded-words, split so that each word stays under 76 characters."""
    maxb = 42 if mode.upper() == "B" else 18
    chunks, cur = [], ""
    for ch in s:
        if cur and len((cur + ch).encode(codec(cs))) > maxb:
            chunks.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        chunks.append(cur)
    out = []
    for c in chunks:
        b = c.encode(codec(cs))
        if mode.upper() == "B":
            p = base64.b64encode(b).decode("ascii")
        else:
            p = "".join(
                chr(x) if (x < 128 and chr(x).isalnum()) else "_" if x == 32 else "=%02X" % x
                for x in b)
        out.append(f"=?{cs}?{mode}?{p}?=")
    return "\n ".join(out)


def htext(s, cs="utf-8", mode="B", keep_prefix=True):
    """Header text: ASCII as is, otherwise encoded-words (optionally keeping a Re:/Fwd: prefix)."""
    if s.isascii():
        return s
    if keep_prefix:
        m = re.match(r"^((?:Re|RE|Fwd|FW|Fw|AW|WG|TR|RV|R|Rif)\s*:\s*)+", s)
        if m and m.end() < len(s):
            return m.group(0) + ew(s[m.end():], cs, mode)
    return ew(s, cs, mode)


def addr(name, email, cs="utf-8", mode="B"):
    if not name:
        return email
    if name.isascii():
        if re.search(r'[(),.:;<>@\[\]"\\]', name):
            name = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
        return f"{name} <{email}>"
    return f"{ew(name, cs, mode)} <{email}>"


# --------------------------------------------------------------------------- MIME parts

class Part:
    def __init__(self, headers, body):
        self.headers = list(headers)
        self.body = body

    def render(self):
        h = "".join(f"{k}: {v}\n" for k, v in self.headers).encode("utf-8")
        b = self.body if self.body.endswith(b"\n") else self.body + b"\n"
        return h + b"\n" + b


def encode_body(data, cte):
    if not data.endswith(b"\n"):
        data += b"\n"
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    if cte == "base64":
        return base64.encodebytes(data)
    return data


def tpart(s, sub="plain", cs="utf-8", cte=None, params="", extra=(), cs_label=None):
    data = s.encode(codec(cs))
    if cte is None:
        cte = "7bit" if all(b < 128 for b in data) else "8bit"
    label = cs_label or cs
    ct = f'text/{sub}; charset="{label}"{params}'
    return Part([("Content-Type", ct), ("Content-Transfer-Encoding", cte), *extra],
                encode_body(data, cte))


def mpart(sub, parts, boundary, params="", preamble=None, fold=False, extra=()):
    sep = ";\n\t" if fold else "; "
    ct = f'multipart/{sub}{sep}{params}boundary="{boundary}"'
    body = b""
    if preamble:
        body += preamble.encode("ascii") + b"\n\n"
    for p in parts:
        body += b"--" + boundary.encode("ascii") + b"\n" + p.render()
    body += b"--" + boundary.encode("ascii") + b"--\n"
    return Part([("Content-Type", ct), *extra], body)


def fake_pdf(lines):
    """A tiny one-page PDF with ASCII text lines (valid structure, computed xref)."""
    def esc(t):
        return t.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = "BT /F1 11 Tf 56 780 Td 14 TL\n" + "".join(f"({esc(l)}) '\n" for l in lines) + "ET\n"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        f"<< /Length {len(stream)} >>\nstream\n{stream}endstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = "%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n{o}\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n"
    out += "".join(f"{o:010d} 00000 n \n" for o in offs)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    return out.encode("latin-1")


def pdf_part(filename, lines):
    return Part([("Content-Type", f'application/pdf; name="{filename}"'),
                 ("Content-Disposition", f'attachment; filename="{filename}"'),
                 ("Content-Transfer-Encoding", "base64")],
                base64.encodebytes(fake_pdf(lines)))


def render_message(top, part):
    names = {k.lower() for k, _ in top}
    if "mime-version" not in names:
        top = top + [("MIME-Version", "1.0")]
    h = "".join(f"{k}: {v}\n" for k, v in top).encode("utf-8")
    return h + part.render()


# --------------------------------------------------------------------------- text helpers

def wrap_text(text, width):
    """Hard-wrap prose paragraphs like a plain-text client (quotes and short lines untouched)."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(">"):
            out.append(line)
            continue
        m = re.match(r"^(\s*(?:\([a-z0-9]+\)|\d+\.|[-*])\s+)", line)
        ind = " " * len(m.group(1)) if m else ""
        out.extend(textwrap.wrap(line, width=width, subsequent_indent=ind,
                                 break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)


def _blocks(text):
    """Split text into ('p', [lines]) paragraphs and ('q', [lines]) quoted blocks."""
    blocks = []
    for line in text.split("\n"):
        kind = "q" if line.startswith(">") else "p"
        if kind == "q":
            line = re.sub(r"^> ?", "", line)
        if kind == "p" and line.strip() == "":
            blocks.append(("gap", []))
            continue
        if blocks and blocks[-1][0] == kind:
            blocks[-1][1].append(line)
        else:
            blocks.append((kind, [line]))
    return blocks


def to_html(text, style, cs="utf-8"):
    e = htmlmod.escape
    parts = []
    for kind, lines in _blocks(text):
        if kind == "gap":
            if style == "gmail":
                parts.append("<div><br></div>")
            continue
        if kind == "q":
            inner = to_html("\n".join(lines), "inner")
            if style == "gmail":
                parts.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                             'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                             + inner + "</blockquote>")
            else:
                parts.append('<blockquote type="cite" style="border-left:2px solid #1010FF;'
                             'margin-left:5px;padding-left:5px">' + inner + "</blockquote>")
            continue
        if style == "outlook":
            parts.append("".join(f'<p class="MsoNormal">{e(l) or "&nbsp;"}<o:p></o:p></p>\n'
                                 for l in lines) + '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n')
        elif style == "gmail":
            parts.append("".join(f"<div>{e(l) or '<br>'}</div>" for l in lines))
        elif style == "apple":
            parts.append("".join(f"<div>{e(l) or '<br>'}</div>" for l in lines) + "<div><br></div>")
        else:
            parts.append("<p>" + "<br>\n".join(e(l) for l in lines) + "</p>\n")
    body = "".join(parts)
    if style == "outlook":
        return ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset='
                + cs + '">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;'
                'font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
                '.MsoChpDefault\n\t{mso-style-type:export-only;}\n'
                'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
                '<body lang="EN-SG" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
                '<div class="WordSection1">\n' + body + "</div>\n</body>\n</html>\n")
    if style == "gmail":
        return '<div dir="ltr">' + body + "</div>\n"
    if style == "apple":
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=' + cs
                + '"></head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; '
                'line-break: after-white-space;">' + body + "</body></html>\n")
    if style == "inner":
        return body
    return ('<html>\n<head><meta charset="' + cs + '"></head>\n<body style="font-family:Arial,'
            'sans-serif;font-size:14px">\n' + body + "</body>\n</html>\n")


# --------------------------------------------------------------------------- builders

TZ8 = timezone(timedelta(hours=8))


def make_ctx(i):
    base = datetime(2025, 7, 1, 0, 0, tzinfo=TZ8)
    r = int(hx("date", i, n=8), 16)
    dt = base + timedelta(days=(i - 1) // 5, hours=7 + r % 16, minutes=(r >> 5) % 60,
                          seconds=(r >> 11) % 60)
    return {"n": i, "dt": dt}


def fmt_date(ctx, tz=None):
    dt = ctx["dt"]
    if tz is not None:
        dt = dt.astimezone(timezone(timedelta(hours=tz)))
    return utils.format_datetime(dt)


def dom(email):
    return email.rsplit("@", 1)[1]


def received(ctx, email, tz=None):
    d = dom(email)
    ip = int(hx("ip", ctx["n"], n=2), 16) % 200 + 20
    qid = hx("qid", ctx["n"], n=11).upper()
    return ("Received", f"from mail.{d} (mail.{d} [198.51.100.{ip}])\n\tby mx.example.com "
                        f"(Postfix) with ESMTPS id {qid}\n\tfor <privacy@example.com>; "
                        f"{fmt_date(ctx, tz)}")


def msgid(ctx, email, client, salt="m"):
    d = dom(email)
    h = hx(salt, ctx["n"], n=40)
    if client == "outlook":
        return f"<SG2PR06MB{h[:4].upper()}{h[4:28].upper()}@example.net>"
    if client == "gmail":
        b = base64.b64encode(bytes.fromhex(h[:36])).decode().replace("/", "_").replace("+", "-")
        return f"<CAF{b}@example.net>"
    if client == "apple":
        return f"<{h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:20].upper()}-{h[20:32].upper()}@{d}>"
    return f"<{h[:12]}.{h[12:20]}@{d}>"


def boundary(ctx, client, k=0):
    h = hx("b", ctx["n"], k, n=32)
    if client == "outlook":
        return f"_00{k}_SG2PR06MB{h[:4].upper()}{h[4:20].upper()}_"
    if client == "gmail":
        return f"0000000000{h[:16]}"
    if client == "apple":
        return f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:20].upper()}-{h[20:32].upper()}"
    return f"----=_Part_{int(h[:6], 16) % 90000 + 1000}_{h[6:16]}.{k}"


def em_ref(ctx, salt="em"):
    return f"<pr-{hx(salt, ctx['n'], n=10)}@example.com>"


def user_mail(ctx, frm, subj, body, to=PRIV, cc=None, client="plain", cs="utf-8", cte=None,
              hcs=None, hmode="B", reply=None, extra=(), attach=None, inner=None, wrap=None,
              tz=None, nosubject=False, raw8subject=False, ua=None, html_only=False,
              html_cte=None, cs_label=None, keep_prefix=True, reply_to=None, top_extra=()):
    """A mail written by a person (or an auto-responder imitating one)."""
    name, email = frm
    hcs = hcs or ("utf-8" if cs.lower() in ("us-ascii",) else cs)
    if wrap:
        body = wrap_text(body, wrap)
    top = []
    if client != "bare":
        top.append(("Return-Path", f"<{email}>"))
        top.append(received(ctx, email, tz))
    top.append(("Date", fmt_date(ctx, tz)))
    top.append(("From", addr(name, email, hcs, hmode)))
    if isinstance(to, tuple):
        to = addr(to[0], to[1], hcs, hmode)
    top.append(("To", to))
    if cc:
        top.append(("Cc", cc if isinstance(cc, str) else addr(cc[0], cc[1], hcs, hmode)))
    if reply_to:
        top.append(("Reply-To", reply_to))
    if not nosubject:
        if raw8subject:
            top.append(("Subject", subj))
        else:
            top.append(("Subject", htext(subj, hcs, hmode, keep_prefix)))
    top.append(("Message-ID", msgid(ctx, email, client)))
    if reply:
        refs = reply if isinstance(reply, (list, tuple)) else [em_ref(ctx)]
        top.append(("In-Reply-To", refs[-1]))
        top.append(("References", "\n ".join(refs)))
    top.extend(top_extra)
    if client == "outlook":
        ti = base64.b64encode(bytes.fromhex(hx("ti", ctx["n"], n=44))).decode()
        top += [("Thread-Topic", htext(subj, hcs, hmode, False) if not nosubject else ""),
                ("Thread-Index", ti), ("Accept-Language", "en-SG, en-US"),
                ("Content-Language", "en-SG"), ("X-MS-Has-Attach", "yes" if attach else ""),
                ("X-MS-TNEF-Correlator", ""), ("X-Mailer", "Microsoft Outlook 16.0")]
    elif client == "apple":
        top += [("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))"),
                ("X-Mailer", "Apple Mail (2.3826.500.181.1.5)")]
    elif client == "iphone":
        top += [("Mime-Version", "1.0 (1.0)"), ("X-Mailer", "iPhone Mail (22F76)")]
    elif client == "thunderbird":
        top += [("User-Agent", "Mozilla Thunderbird")]
    if ua:
        top.append(ua if isinstance(ua, tuple) else ("User-Agent", ua))
    top.extend(extra)

    # body
    style = {"outlook": "outlook", "gmail": "gmail", "apple": "apple"}.get(client, "plain")
    if client in ("outlook", "gmail", "apple") and not html_only:
        nonlatin = any(ord(c) > 0x24F for c in body)
        if cte is None:
            cte = "base64" if (client == "gmail" and nonlatin) else "quoted-printable"
        hc = html_cte or cte
        lab = cs_label or (cs.upper() if client == "gmail" else cs)
        p1 = tpart(body, "plain", cs, cte, cs_label=lab)
        p2 = tpart(to_html(body, style, cs), "html", cs, hc, cs_label=lab)
        fold = client == "outlook"
        content = mpart("alternative", [p1, p2], boundary(ctx, client, 1), fold=fold)
    elif html_only:
        content = tpart(to_html(body, style if client != "plain" else "plain", cs), "html", cs,
                        cte or "quoted-printable", cs_label=cs_label)
    else:
        if cte is None and client == "iphone":
            cte = "quoted-printable"
        content = tpart(body, "plain", cs, cte, cs_label=cs_label)

    if attach or inner:
        parts = [content]
        if attach:
            parts.append(pdf_part(*attach))
        if inner:
            parts.append(Part([("Content-Type", "message/rfc822"),
                               ("Content-Disposition",
                                f'attachment; filename="{inner.get("filename", "forwarded.eml")}"')],
                              inner_mail(ctx, **{k: v for k, v in inner.items() if k != "filename"})))
        content = mpart("mixed", parts, boundary(ctx, client, 2), fold=client == "outlook")
    return render_message(top, content)


def inner_mail(ctx, frm, subj, body, date, to=PRIV, cs="utf-8", cte=None, hcs=None,
               hmode="B", extra=()):
    name, email = frm
    hcs = hcs or cs
    top = [("Date", date), ("From", addr(name, email, hcs, hmode)), ("To", to),
           ("Subject", htext(subj, hcs, hmode)),
           ("Message-ID", f"<{hx('inner', ctx['n'], n=16)}@{dom(email)}>"), *extra]
    return render_message(top, tpart(body, "plain", cs, cte))


def dsn(ctx, kind, rcpt, orig, text=None, mta="mx.example.com", status="5.1.1",
        diag=None, subject=None, frm=("Mail Delivery System", "MAILER-DAEMON@example.com"),
        headers_only=False, alt_html=False, lang_cs="us-ascii"):
    """Delivery status notification (multipart/report; report-type=delivery-status)."""
    if isinstance(orig, dict):
        orig = inner_mail(ctx, **orig)
    date = fmt_date(ctx)
    action = "delayed" if kind == "delay" else "failed"
    subject = subject or ("Delayed Mail (still being retried)" if kind == "delay"
                          else "Undelivered Mail Returned to Sender")
    top = [("Return-Path", "<>"),
           ("Received", f"by {mta} (Postfix)\n\tid {hx('q', ctx['n'], n=11).upper()}; {date}"),
           ("Date", date), ("From", addr(*frm)), ("To", PRIV), ("Subject", subject),
           ("Message-ID", f"<{hx('dsn', ctx['n'], n=12)}.{hx('d2', ctx['n'], n=8)}@example.com>"),
           ("Auto-Submitted", "auto-replied")]
    diag = diag or f"smtp; 550 {status} <{rcpt}>: Recipient address rejected: User unknown"
    ds = (f"Reporting-MTA: dns; {mta}\nArrival-Date: {date}\n\n"
          f"Final-Recipient: rfc822; {rcpt}\nOriginal-Recipient: rfc822;{rcpt}\n"
          f"Action: {action}\nStatus: {status}\nRemote-MTA: dns; mail.{dom(rcpt)}\n"
          f"Diagnostic-Code: {diag}\n")
    if kind == "delay":
        ds += "Will-Retry-Until: " + utils.format_datetime(ctx["dt"] + timedelta(days=5)) + "\n"
    first = tpart(text, "plain", lang_cs, extra=[("Content-Description", "Notification")])
    if alt_html:
        first = mpart("alternative", [first, tpart(to_html(text, "plain"), "html", "us-ascii")],
                      boundary(ctx, "x", 4))
    parts = [first, Part([("Content-Type", "message/delivery-status"),
                          ("Content-Description", "Delivery report")], ds.encode("ascii"))]
    if headers_only:
        hdr_block = orig.split(b"\n\n", 1)[0] + b"\n"
        parts.append(Part([("Content-Type", 'text/rfc822-headers; charset="us-ascii"'),
                           ("Content-Description", "Undelivered Message Headers")], hdr_block))
    else:
        parts.append(Part([("Content-Type", "message/rfc822"),
                           ("Content-Description", "Undelivered Message")], orig))
    content = mpart("report", parts, boundary(ctx, "x", 3), params="report-type=delivery-status; ")
    return render_message(top, content)


def mdn(ctx, frm, subj, text, orig_id, ua="Microsoft Outlook 16.0", cs="utf-8", hcs=None,
        hmode="B", with_headers=True, tz=None):
    """Read receipt (multipart/report; report-type=disposition-notification)."""
    name, email = frm
    hcs = hcs or cs
    top = [("Return-Path", f"<{email}>"), received(ctx, email, tz), ("Date", fmt_date(ctx, tz)),
           ("From", addr(name, email, hcs, hmode)), ("To", PRIV),
           ("Subject", htext(subj, hcs, hmode)), ("Message-ID", msgid(ctx, email, "plain", "mdn")),
           ("In-Reply-To", orig_id), ("References", orig_id)]
    dn = (f"Reporting-UA: {ua}\nFinal-Recipient: rfc822;{email}\n"
          f"Original-Message-ID: {orig_id}\nDisposition: manual-action/MDN-sent-manually; displayed\n")
    parts = [tpart(text, "plain", cs),
             Part([("Content-Type", "message/disposition-notification")], dn.encode("ascii"))]
    if with_headers:
        hb = (f"Date: {utils.format_datetime(ctx['dt'] - timedelta(hours=20))}\n"
              f"From: ExampleMart Privacy <{PRIV}>\nTo: {email}\nMessage-ID: {orig_id}\n")
        parts.append(Part([("Content-Type", 'text/rfc822-headers; charset="us-ascii"')],
                          hb.encode("ascii")))
    content = mpart("report", parts, boundary(ctx, "x", 5),
                    params="report-type=disposition-notification; ")
    return render_message(top, content)


def bulk(ctx, frm, subj, body, list_id, unsub, cs="utf-8", hcs=None, hmode="B", spam=None,
         extra=(), alt=True, to=PRIV):
    """List mail / newsletters (List-Id + List-Unsubscribe) and spam (X-Spam-Flag)."""
    name, email = frm
    hcs = hcs or cs
    top = [("Return-Path", f"<bounce-{hx('rp', ctx['n'], n=8)}@{dom(email)}>"),
           received(ctx, email), ("Date", fmt_date(ctx)), ("From", addr(name, email, hcs, hmode)),
           ("To", to), ("Subject", htext(subj, hcs, hmode, False)),
           ("Message-ID", f"<{hx('bulk', ctx['n'], n=20)}@{dom(email)}>")]
    if list_id:
        top += [("List-Id", list_id), ("List-Unsubscribe", unsub),
                ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")]
    if spam:
        top += [("X-Spam-Flag", "YES"), ("X-Spam-Level", "*" * int(float(spam))),
                ("X-Spam-Status", f"Yes, score={spam} required=5.0 tests=BAYES_99,HTML_MESSAGE,"
                                  "MISSING_MID,URIBL_BLOCKED autolearn=no")]
    top += list(extra)
    if alt:
        cte = "quoted-printable" if all(ord(c) < 0x250 for c in body) else "base64"
        content = mpart("alternative", [tpart(body, "plain", cs, cte),
                                        tpart(to_html(body, "plain", cs), "html", cs, cte)],
                        boundary(ctx, "plain", 6))
    else:
        content = tpart(body, "plain", cs)
    return render_message(top, content)


def autoreply(ctx, frm, subj, body, auto=True, precedence=True, cs="utf-8", cte=None, hcs=None,
              hmode="B", client="plain", extra=(), tz=None):
    """Out-of-office / auto-responder; with or without Auto-Submitted."""
    ex = []
    if auto:
        ex.append(("Auto-Submitted", auto if isinstance(auto, str) else "auto-replied"))
    if precedence:
        ex.append(("X-Auto-Response-Suppress", "All"))
        ex.append(("Precedence", "auto_reply"))
    ex += list(extra)
    return user_mail(ctx, frm, subj, body, client=client, cs=cs, cte=cte, hcs=hcs, hmode=hmode,
                     reply=True, extra=ex, tz=tz)


# --------------------------------------------------------------------------- the set
# Each entry: (route, lang, labels, why, builder, kwargs).  Written grouped by language,
# shuffled deterministically before numbering.

SPECS = []


def T(lang, labels, why, **kw):
    SPECS.append(("ticket", lang, list(labels), why, user_mail, kw))


def HU(lang, why, **kw):
    SPECS.append(("human", lang, [], why, user_mail, kw))


def IG(lang, why, fn, **kw):
    SPECS.append(("ignore", lang, [], why, fn, kw))


# ============================================================ English: tickets, single type

T("en", ["deletion"], "erase saved addresses and order history; explicitly keeps the account (negated closure)",
  frm=("Jasmine Teo", "jasmine.teo88@example.net"), subj="Remove my old addresses and order history",
  body="""Hi ExampleMart team,

Could you please erase the delivery addresses and the past order history tied to my account (member no. M30718842)? I still want to keep the account itself and my points, so please don't close it.

I have moved out of both the Tampines and the Bedok flats and I don't want those addresses sitting in your system any more.

Thanks,
Jasmine Teo""")

T("en", ["deletion"], "SMS-style: delete all my personal data; no account closure asked",
  frm=("Kelvin", "kelvin.ong.sg@example.net"), subj="data", client="iphone",
  body="""hi pls delete all my personal data frm ur system, dont want u keep anything abt me. tq

Sent from my iPhone""")

T("en", ["deletion"], "formal PDPA s25 retention letter asking for permanent erasure of records",
  frm=("Rosalind Chia", "rosalind.chia@example.org"), subj="Request to cease retention of my personal data",
  client="thunderbird", cte="quoted-printable", wrap=74,
  body="""Dear Data Protection Officer,

Request to cease retention of personal data

I refer to my dealings with ExampleMart Pte. Ltd. as a customer between 2019 and 2023 (member number M11820457).

Under section 25 of the Personal Data Protection Act 2012, an organisation should stop retaining documents containing personal data once the purpose for which the data was collected is no longer being served. As I have not bought anything from you since early 2023, I ask that you permanently erase my personal data, including the records built from my NRIC, my purchase history and the recordings of my calls to your hotline.

Please confirm in writing once this has been done.

Yours faithfully,
Mdm Rosalind Chia Poh Geok""")

T("en", ["deletion"], "courtesy first (thanks for delivery), then asks to remove an old address from records",
  frm=("Aaron Goh", "aaron.goh@example.org"), subj="Thanks + one small request", client="gmail",
  body="""Hello,

Just wanted to say thanks for the super quick delivery on Saturday, the fridge arrived in one piece and your two guys even helped to unpack it.

Also, please remove my old office address at Anson Road from my saved addresses and from your records. I no longer work there and would rather not have it on file.

Cheers,
Aaron""")

T("en", ["deletion"], "delete ID-card photos and signed forms; corporate disclaimer with 'delete this email' at bottom",
  frm=("Priya Ramasamy", "priya.ramasamy@example.org"), subj="Deletion of identity documents - order SO-250311-8842",
  client="outlook",
  body="""Dear Sir/Madam,

I would like to request that ExampleMart delete the photographs of my identity card and the signed delivery acknowledgement forms which were collected when I bought a washing machine in March (order SO-250311-8842). The warranty registration has been completed and there is no longer any need to keep them.

Kindly let me know once the deletion is done.

Regards,
Priya Ramasamy
Senior Executive, Finance
Lumen Freight Services

CONFIDENTIALITY NOTICE: This email and any attachments are confidential and may be privileged. If you are not the intended recipient, please notify the sender immediately, delete this email from your system and do not copy or disclose its contents. Lumen Freight Services accepts no liability for errors or omissions in this message.""")

T("en", ["deletion"], "hard-wrapped at 72: request to delete location data runs over two lines; keeps account",
  frm=("Benjamin Low", "ben.low@example.net"), subj="Location data collected by the app",
  client="thunderbird", wrap=72,
  body="""Hello,

I used the Scan & Go feature in your app a few times last year and only recently noticed in the settings that it had been recording my location the whole time. I am not comfortable with that, so I would like you to permanently delete all the location data and the in-store visit logs that you have collected about me through the app.

Apart from that I am happy to keep my account and points.

Best regards,
Benjamin Low""")

T("en", ["deletion"], "delete NRIC photo uploaded for a warranty claim",
  frm=("Nur Aisyah Rahim", "aisyah.rahim@example.net"), subj="Please delete my NRIC photo", client="apple",
  body="""Hi,

During a warranty claim last month, the staff at your Jurong Point outlet asked me to upload a photo of my NRIC through the app. The claim is settled already.

Please delete that NRIC photo and any copy of my NRIC number that you kept from it.

Thank you.
Aisyah""")

T("en", ["deletion"], "conditional request: if card details still stored, wipe them",
  frm=("Gerald Pereira", "gerald.pereira@example.com"), subj="Old card details", cte="base64",
  body="""Hello,

If you still have my credit card details saved from back in 2021, please wipe them from your system. I don't use that card any more and I don't want it stored anywhere.

Thanks
Gerald""")

# access
T("en", ["access"], "statutory PDPA s21 access letter listing (a), (b), (c); disclaimer at bottom",
  frm=("Vincent Tay Kah Meng", "vincent.tay@example.org"),
  subj="Request for access to personal data under section 21 of the PDPA", client="outlook",
  body="""Dear Data Protection Officer,

Request for access to personal data - Personal Data Protection Act 2012, section 21

I am a member of the ExampleMart Rewards programme (member no. M48210093, registered mobile ending 6620). Pursuant to section 21(1) of the Personal Data Protection Act 2012, I request that you provide me with:

(a) all personal data about me that is in the possession or under the control of ExampleMart Pte. Ltd., including purchase records, loyalty transactions, customer service notes and call recordings;

(b) information about the ways in which that personal data has been or may have been used or disclosed by ExampleMart within the year before the date of this request; and

(c) the names of the third parties, including delivery contractors and advertising partners, to whom it was disclosed in that period.

I am prepared to pay a reasonable fee if one applies; please inform me of the amount before you proceed.

Yours faithfully,
Vincent Tay Kah Meng

This message is intended solely for the addressee. If you have received it in error, please inform the sender and delete it. Views expressed are those of the sender and not necessarily those of his employer.""")

T("en", ["access"], "short request for a copy of own data ending 'Thanks in advance'",
  frm=("Shirley Lau", "shirley.lau@example.net"), subj="Copy of my data",
  body="""Hi, can I get a copy of all the personal data you have on me? Member no. M40937716.

Thanks in advance!
Shirley""")

T("en", ["access"], "Singlish: wants to see what data is held, incl. app tracking",
  frm=("Darren Koh", "darrenkoh.sg@example.net"), subj="what data you got on me", client="iphone",
  body="""Eh hello, can send me what data you all got on me or not? Like my purchases, my points history, what the app track also. Wanna see for myself. Thanks ah

Sent from my iPhone""")

T("en", ["access"], "asks for a copy of own CCTV footage from a store visit",
  frm=("Marcus Yeo", "marcus.yeo@example.org"), subj="Request for CCTV footage of myself", client="gmail",
  body="""Hi,

On 14 June at about 6.30pm I was at your Bukit Panjang store and had a dispute with another customer near the self-checkout. I would like to request a copy of the CCTV footage of me from that period, which I understand is my personal data.

Please let me know what details you need from me to process this.

Regards,
Marcus Yeo""")

T("en", ["access"], "thanks for closure + NEW request for purchase history copy; quoted thread has old closure/deletion request",
  frm=("Eunice Wong", "eunice.wong@example.net"), subj="Re: Your account closure request [PR-25-0618]",
  client="gmail", reply=True,
  body="""Thanks for confirming. Before you wipe everything though, could you send me a copy of my purchase history for the past two years? I need it for an insurance claim.

Eunice

On Mon, 30 Jun 2025 at 10:12, ExampleMart Privacy <privacy@example.com> wrote:
> Dear Ms Wong,
>
> We refer to your request of 18 June 2025 and will close your account and
> erase the associated data within 30 days.
>
> Data Protection Office, ExampleMart Pte. Ltd.
>
> -----Original Message-----
> From: Eunice Wong <eunice.wong@example.net>
> Sent: Wednesday, 18 June 2025 9:41 PM
> To: privacy@example.com
> Subject: Close account
>
> Please close my account and delete all my data. Thank you.""")

T("en", ["access"], "access request form sent as attached PDF; body states the request",
  frm=("Tan Wei Jie", "weijie.tan@example.net"), subj="Data access request form", client="gmail",
  attach=("Access_request_TanWJ.pdf", ["ExampleMart - personal data access request",
                                      "Name: Tan Wei Jie", "Member no.: M55120983",
                                      "Request: a copy of all personal data held about me",
                                      "and how it was used in the past 12 months.",
                                      "Signed: Tan Wei Jie, 2 July 2025"]),
  body="""Dear team,

Please find attached my completed data access request form. I am asking for a copy of the personal data you hold about me and how it has been used. My member number is M55120983.

Regards,
Tan Wei Jie""")

T("en", ["access"], "SMS style with abbreviations, asks for copy of purchase history and info kept",
  frm=("", "jayden.phua@example.net"), subj="info",
  body="""hi need a copy of my purchase hist + wat info u keep abt me. can email to me? thx""")

# correction
T("en", ["correction"], "request stated as a fact: date of birth is wrong, gives the right one",
  frm=("Cheryl Ang", "cheryl.ang@example.org"), subj="Birthday wrong in app", client="gmail",
  body="""Hi,

My date of birth on the ExampleMart app is wrong. It shows 12/03/1988 but it should be 21/03/1988. That's probably why I never get the birthday voucher haha.

Member no M60231178.

Thanks,
Cheryl""")

T("en", ["correction"], "conditional: if still listed as Mr, change to Ms",
  frm=("Lim Jia Hui", "jiahui.lim@example.net"), subj="Salutation in your records",
  body="""Hello,

If you still have me down as "Mr" Lim Jia Hui in your records, please change it to "Ms". Every mailer I receive says Dear Mr Lim.

Thank you.""")

T("en", ["correction"], "formal PDPA s22 correction of unit number; hard-wrapped at 74",
  frm=("Harold Fernandez", "harold.fernandez@example.com"),
  subj="Correction of personal data - section 22 PDPA", client="thunderbird", wrap=74,
  body="""Dear Sir or Madam,

Correction request under section 22 of the Personal Data Protection Act 2012

The residential address recorded against my ExampleMart Rewards membership (no. M27719054) is incorrect: the unit number is recorded as #08-112 whereas it should read #11-208. I request that you correct this error without delay and, as section 22(2) provides, send the corrected data to every organisation to which the wrong address was disclosed within the past year.

Yours faithfully,
Harold Fernandez""")

T("en", ["correction"], "angry capitals: complaint plus demand to change the stored delivery address",
  frm=("Ravi Chandran", "ravi.c1975@example.net"), subj="WRONG ADDRESS AGAIN!!!",
  body="""THIS IS THE THIRD TIME MY PARCEL GO TO MY OLD ADDRESS!!! I ALREADY UPDATE IN THE APP BUT YOUR SYSTEM STILL SHOW THE OLD ONE.

CHANGE IT NOW TO BLK 456 SERANGOON AVE 4 #07-31. VERY FRUSTRATED.

RAVI""")

T("en", ["correction"], "one-liner ending 'tq': update email address",
  frm=("Rachel Ng", "rachel.ng@example.net"), subj="update email",
  body="""Pls update my email to rachel.ng.home@example.org tq""")

T("en", ["correction"], "non-native phrasing: name wrongly spelled, kindly amend",
  frm=("Nguyen Thi Lan", "lan.nguyen@example.net"), subj="Name wrong spell",
  body="""Dear Sir,

My name is wrongly spell in your record. Kindly amend it to NGUYEN THI LAN instead of NGUYEN THI LANG, the extra G is mistake. The name must same as my passport for collect parcel at the locker.

Thank you very much.
Lan""")

T("en", ["correction"], "update mobile number (old one no longer the customer's)",
  frm=("Daniel Chua", "daniel.chua@example.org"), subj="New mobile number", client="apple",
  body="""Hi there,

I have changed my mobile number. The old one ending 4471 is no longer mine, so please update it to +65 9012 3388 in your records.

Thanks!
Daniel""")

T("en", ["correction"], "chaser about earlier access request ALSO asks a new correction (surname) -> correction only",
  frm=("Joanne Seet", "joanne.seet@example.net"), subj="Re: Acknowledgement of your request [PR-25-0612]",
  reply=True,
  body="""Hi,

I'm still waiting to hear back on my access request from 12 June. While you're at it, my surname is spelt Seet, not Seah, in your system - please fix that as well.

Joanne

On 12/6/2025 11:03 am, ExampleMart Privacy wrote:
> Dear Ms Seet, we have received your request for access to your personal
> data and will reply within 30 days. Reference: PR-25-0612.""")

# withdrawal
T("en", ["withdrawal"], "stop SMS promotions",
  frm=("Lee Hui Min", "huimin.lee@example.net"), subj="Stop SMS", client="iphone",
  body="""Stop sending me SMS promotions please. I never agreed to this. Number is 8123 7755.

Sent from my iPhone""")

T("en", ["withdrawal"], "formal withdrawal where 'the consent' comes long after 'withdraw'; hard-wrapped 76",
  frm=("Winston Heng", "winston.heng@example.org"), subj="Withdrawal of consent - member M70384426",
  client="thunderbird", wrap=76,
  body="""Dear Sirs,

Membership no. M70384426

I hereby withdraw, with immediate effect and in respect of every channel listed on the membership form I signed at your Orchard outlet in 2018 (telephone calls, SMS, email, messaging apps and post), and also in respect of any marketing carried out for or on behalf of your partners, the consent which I previously gave for the use of my personal data for marketing purposes.

I expect to receive no further promotional material after the period allowed under section 16 of the PDPA.

Yours faithfully,
Winston Heng""")

T("en", ["withdrawal"], "negation: do NOT close the account, only stop the push notifications about deals",
  frm=("Stephanie Poh", "steph.poh@example.net"), subj="push notifications", client="gmail",
  body="""Hi,

Please DON'T close my account, I still want my points. I just want the push notifications about flash deals to stop, they come almost every hour.

Thanks
Steph""")

T("en", ["withdrawal"], "on behalf of elderly mother: remove her from telemarketing calls",
  frm=("Koh Boon Seng", "boonseng.koh@example.net"), subj="Telemarketing calls to my mother",
  body="""Hello,

My mother, Mdm Koh Ah Lian (member M19038847), keeps getting calls from your telemarketing team about credit card sign-ups at your stores. She is 79 and gets confused by these calls. Please take her off your call list and stop calling her number.

I'm her son and she asked me to write in.

Koh Boon Seng""")

T("en", ["withdrawal"], "turn off personalised ads/recommendations based on purchase history",
  frm=("Felicia Lim", "felicia.lim@example.org"), subj="Personalised ads", client="gmail",
  body="""Hi,

I'd like you to stop using my browsing and purchase history to personalise the ads and recommendations I see in your app and on other websites. Please switch that off for my account.

Felicia""")

T("en", ["withdrawal"], "one-word UNSUBSCRIBE reply over a quoted newsletter (reply is from a person, no List-Id)",
  frm=("Alan Seow", "alan.seow@example.net"), subj="Re: Mid-year Mega Sale starts NOW",
  reply=[ "<nl-20250628-55a1@example.com>"],
  body="""UNSUBSCRIBE

On Sat, Jun 28, 2025 at 6:00 PM ExampleMart <news@example.com> wrote:
> MID-YEAR MEGA SALE
> Up to 60% off electronics and home, this weekend only.
> Shop now at https://shop.example.com/sale
>
> You are receiving this email because you joined ExampleMart Rewards.
> To stop receiving these emails, unsubscribe here:
> https://shop.example.com/unsubscribe?u=55a1""")

T("en", ["withdrawal"], "objection to direct marketing incl. profiling; disclaimer at bottom",
  frm=("Catherine Ong", "catherine.ong@example.org"), subj="Objection to direct marketing", client="outlook",
  body="""Dear ExampleMart,

I object to the processing of my personal data for direct marketing purposes, including any profiling carried out for that purpose, and ask you to stop sending me marketing by any channel.

Kind regards,
Catherine Ong

Disclaimer: The information in this e-mail is confidential. If you are not the intended recipient, you must not use, copy or distribute it; please delete it and notify the sender.""")

T("en", ["withdrawal"], "no Subject header; SMS-style 'no more whatsapp msgs pls. tq'",
  frm=("", "mei.ling.t@example.net"), subj="", nosubject=True,
  body="""no more whatsapp msgs pls. tq""")

# cancellation
T("en", ["cancellation"], "close the account (relocating)",
  frm=("Oliver Brennan", "oliver.brennan@example.org"), subj="Closing my account", tz=10,
  body="""Hello,

Please close my ExampleMart account. I am relocating to Melbourne next month and won't be shopping with you any more. The account is under this email address.

Many thanks,
Oliver""")

T("en", ["cancellation"], "Singlish complaint about crashing app + 'terminate my account lah'",
  frm=("Ah Hock", "ahhock.tan@example.net"), subj="app always crash",
  body="""Wah your app keep crashing every time I try to checkout. Sian already. Just terminate my account lah, member M90312275. Don't want to use anymore.""")

T("en", ["cancellation"], "resent request (inline forward) with a short note on top; original asks to deactivate account",
  frm=("Lydia Sim", "lydia.sim@example.net"), subj="Fwd: Deactivate account", client="gmail",
  body="""Resending this as I haven't had any reply. Please action.

---------- Forwarded message ---------
From: Lydia Sim <lydia.sim@example.net>
Date: Tue, 10 Jun 2025 at 21:14
Subject: Deactivate account
To: <privacy@example.com>


Hi, please deactivate my ExampleMart account (member M38827160). I have not used it for years.
Thanks,
Lydia""")

T("en", ["cancellation"], "'delete my account' = closing the account only",
  frm=("Brandon Yap", "brandon.yap@example.net"), subj="delete account",
  body="""Please delete my account. I don't use it anymore. Thanks.""")

T("en", ["cancellation"], "HTML-only mail asking to terminate membership and close account",
  frm=("Grace Liew", "grace.liew@example.org"), subj="Terminate membership", html_only=True,
  body="""Dear ExampleMart,

I would like to terminate my ExampleMart membership and close the account linked to this email address.

Best regards,
Grace Liew""")

T("en", ["cancellation"], "cancel membership and the lost loyalty card",
  frm=("Ho Siew Ling", "siewling.ho@example.net"), subj="Cancel membership",
  body="""Dear Sir/Madam,

Kindly cancel my membership together with the loyalty card ending 0932. I have lost the card and do not plan to replace it or continue with the programme.

Thank you,
Ho Siew Ling""")

T("en", ["cancellation"], "close the account but do NOT delete purchase history (negated deletion)",
  frm=("Samuel Kwek", "samuel.kwek@example.org"), subj="Account closure", client="apple",
  body="""Hi,

Please close my account. Do NOT delete my purchase history though - I may need the receipts for my tax filing, so keep those as long as you are required to.

Sam""")

# ============================================================ English: tickets, multi type

T("en", ["deletion", "cancellation"], "close account and erase all data incl. addresses and order history",
  frm=("Melvin Toh", "melvin.toh@example.net"), subj="Close account and erase data", cte="quoted-printable",
  body="""Hello,

Please close my ExampleMart account and erase all the data you have about me – addresses, order history, everything. I don't want any trace left once the account is gone.

Melvin Toh
Member M66140328""")

T("en", ["access", "correction"], "copy of personal data + fix birth year",
  frm=("Isabel Cruz", "isabel.cruz@example.org"), subj="Two things about my profile", client="gmail",
  body="""Hi,

Could you send me a copy of the personal data you hold on me? I also noticed that the birthday on my profile is one year off (1991 instead of 1992), so please correct that too.

Thanks,
Isabel""")

T("en", ["deletion", "withdrawal"], "unsubscribe from all marketing + erase browsing history and wishlists",
  frm=("Nicholas Foo", "nicholas.foo@example.net"), subj="Marketing and browsing data", client="apple",
  body="""Hi,

Please unsubscribe me from all your marketing, and erase my browsing history and saved wishlists from your systems.

Regards,
Nicholas""")

T("en", ["access", "correction", "deletion", "withdrawal"], "formal letter with four numbered requests",
  frm=("Dr Anand Pillai", "anand.pillai@example.org"), subj="Personal data requests - M20841176", client="outlook",
  body="""Dear Data Protection Officer,

I write regarding my ExampleMart Rewards account (M20841176) and make the following requests:

1. Please provide me with a copy of the personal data you hold about me.
2. Please correct my mailing address to 21 Example Lane, #03-04, Singapore 000321; the one on file is out of date.
3. Please cease using my personal data for marketing of any kind, by any channel.
4. Please delete all records of my previous address and my old mobile number once item 2 has been done.

I look forward to your confirmation within the statutory timeframe.

Yours sincerely,
Dr Anand Pillai""")

T("en", ["withdrawal", "cancellation"], "close the account; until then, stop promo emails",
  frm=("Rebecca Tham", "rebecca.tham@example.net"), subj="Please close my account",
  body="""Hi,

Please close my account. Until it is actually closed, stop emailing me promotions - I get three a day.

Rebecca""")

T("en", ["access", "withdrawal"], "thank-you reply in thread that ALSO asks new things: stop SMS + copy of data",
  frm=("Patrick Loh", "patrick.loh@example.net"), subj="Re: Your address has been updated", reply=True,
  client="gmail",
  body="""Thanks for updating my address last week, all good now.

While I have you: please stop the SMS promos, and could you also send me a copy of whatever personal data you keep on me?

Patrick

On Thu, 26 Jun 2025 at 15:20, ExampleMart Privacy <privacy@example.com> wrote:
> Dear Mr Loh,
> Your delivery address has been updated as requested.
> Regards, Data Protection Office""")

T("en", ["deletion", "cancellation"], "on behalf of father under a Lasting Power of Attorney (PDF attached): close account + delete data",
  frm=("Lee Mei Fong", "meifong.lee@example.org"), subj="Request on behalf of my father, Mr Lee Kok Wah",
  client="outlook",
  attach=("LPA_LeeKokWah_extract.pdf", ["Lasting Power of Attorney - extract (specimen)",
                                        "Donor: Lee Kok Wah", "Donee: Lee Mei Fong",
                                        "Scope: personal welfare, property and affairs",
                                        "This is a made-up document for testing."]),
  body="""Dear Sir/Madam,

My father, Mr Lee Kok Wah (82, member no. M05529931), has dementia and I am his donee under a Lasting Power of Attorney, an extract of which is attached.

On his behalf, please close his ExampleMart account and delete his personal data, including his saved addresses and payment cards.

Thank you for your help.

Regards,
Lee Mei Fong""")

T("en", ["access", "deletion"], "note on top + original request attached as message/rfc822: copy of data, then delete all",
  frm=("Kenneth Sng", "kenneth.sng@example.net"), subj="Fwd: My personal data", client="thunderbird",
  inner=dict(frm=("Kenneth Sng", "kenneth.sng@example.net"), to="service@example.com",
             subj="My personal data", date="Fri, 20 Jun 2025 22:05:11 +0800",
             filename="My personal data.eml",
             body="""Hi,

I'd like a copy of all the personal data ExampleMart has about me. After I have received it, please delete all of it from your systems.

Kenneth Sng"""),
  body="""Forwarding my earlier email - I sent it to customer service by mistake. Please treat it as a formal request.

Kenneth""")

T("en", ["access", "withdrawal"], "hard-wrapped 72: no longer consents to marketing email + asks what was disclosed to advertisers",
  frm=("Yvonne Chong", "yvonne.chong@example.org"), subj="Marketing consent and disclosures",
  wrap=72, client="thunderbird",
  body="""Dear ExampleMart Data Protection Office,

I no longer consent to receiving marketing emails or SMS from ExampleMart and ask that you update my preferences accordingly. In addition, I request to be told what personal data of mine you have disclosed to third-party advertisers in the past twelve months, and to be given a copy of that data.

Yours sincerely,
Yvonne Chong""")

T("en", ["deletion", "withdrawal", "cancellation"], "SMS style: close acct + delete all info + stop sms, 'tq'",
  frm=("", "zul.hakim@example.net"), subj="acct",
  body="""pls close acct + delete all my info + stop sms. tq""")

T("en", ["correction", "withdrawal"], "correct company name on invoices + remove from B2B newsletter; disclaimer",
  frm=("Jeremy Quek", "jeremy.quek@example.org"), subj="Company name and newsletter", client="outlook",
  body="""Hello,

Two requests please:
- Our invoices still show our old company name. Please correct it to "Harbourline Supplies Pte Ltd" in your business-customer records for my account.
- Please remove me from your B2B newsletter.

Regards,
Jeremy Quek
Procurement, Harbourline Supplies

This e-mail may contain confidential information. If you have received it by mistake, please delete it and tell the sender.""")

T("en", ["access", "cancellation"], "Singlish: send a copy of data first, then close account",
  frm=("Valerie Goh", "val.goh@example.net"), subj="close acct", client="iphone",
  body="""Hi, before you all close my account, send me a copy of my data first ya. Then can close. Thanks!

Sent from my iPhone""")

T("en", ["correction", "deletion"], "remove old address from profile + change default address to a new one",
  frm=("Terence Ee", "terence.ee@example.net"), subj="Addresses on my profile",
  body="""Hi,

Please remove the old Woodlands address from my profile completely and change my default delivery address to Blk 88 Punggol Field #12-04.

Thanks,
Terence""")

T("en", ["deletion", "withdrawal"], "courtesy (quick refund) + unsubscribe + delete card details, 'thanks in advance'",
  frm=("Aileen Sim", "aileen.sim@example.org"), subj="refund + couple of things", client="gmail",
  body="""thanks for the quick refund! also pls unsubscribe me from the emails and delete my saved card details.

thanks in advance
Aileen""")

# ============================================================ English: human

HU("en", "question that only mentions deleting the account; asks about points",
   frm=("Wendy Chan", "wendy.chan@example.net"), subj="Points if I delete account?",
   body="""Hi, if I delete my account, will my 3,200 points be forfeited or can I still use them in store? Thinking about it but not sure yet.""")

HU("en", "retention question, no request",
   frm=("Edmund Lai", "edmund.lai@example.org"), subj="How long do you keep order history?", client="gmail",
   body="""Hello,

Just curious - how long does ExampleMart keep order history and delivery addresses after an order is completed? I couldn't find it in your privacy notice.

Edmund""")

HU("en", "chaser in thread for an earlier access request; quoted old request",
   frm=("Farah Ismail", "farah.ismail@example.net"), subj="Re: Request for my personal data", reply=True,
   body="""Hi, following up on the email below. It has been two weeks and I have not received anything or even an acknowledgement.

Farah

On Mon, 16 Jun 2025, 20:47 Farah Ismail <farah.ismail@example.net> wrote:
> Hello, please send me a copy of all personal data you hold about me.
> Member no. M33019274. Thank you.""")

HU("en", "thank-you reply after receiving the data export",
   frm=("Gabriel Tan", "gabriel.tan@example.org"), subj="Re: Your personal data access request [PR-25-0702]",
   reply=True, client="apple",
   body="""Received the file, thanks a lot for the quick turnaround!

Gabriel

> On 7 Jul 2025, at 4:12 PM, ExampleMart Privacy <privacy@example.com> wrote:
>
> Dear Mr Tan,
> Please find your personal data report at the secure link sent separately.
> Data Protection Office""")

HU("en", "complaint about a stolen parcel; no privacy request",
   frm=("Irene Soh", "irene.soh@example.net"), subj="Parcel stolen",
   body="""Your delivery guy left my parcel outside the gate and it got stolen. No photo, no call, nothing. Terrible service. I want to know what you are going to do about it.""")

HU("en", "asks for husband's purchase data (someone else's data)",
   frm=("Michelle Ong", "michelle.ong@example.net"), subj="Husband's account",
   body="""Hi,

My husband has an ExampleMart account under his own email. Can you tell me what he bought last month and which address the items were delivered to? I am his wife so it should be fine.

Michelle""")

HU("en", "portability alone: transfer purchase history to another retailer",
   frm=("Jonathan Yeo", "jonathan.yeo@example.org"), subj="Data transfer", client="gmail",
   body="""Hi,

Please transfer my purchase history and loyalty records in a machine-readable format directly to my account at another retailer, ShopCo. I understand the new data portability obligations allow for this.

Jonathan""")

HU("en", "asks for explanation/human review of an automated rejection",
   frm=("Siti Nurhaliza Omar", "siti.omar@example.net"), subj="Why was my BuyNowPayLater application rejected?",
   body="""Hello,

My application for your instalment plan was rejected within seconds, so I assume no person looked at it. I would like to know how the decision was made and I want a human to review it.

Siti""")

HU("en", "objection not about direct marketing (CCTV used for staff training)",
   frm=("Colin Wee", "colin.wee@example.org"), subj="Use of CCTV footage in training", client="outlook",
   body="""Dear Sir/Madam,

A friend who works at your Tampines store told me that CCTV clips of customers, including one of me arguing with a cashier, are shown in staff training sessions. I object to my image being used in that way and would like an explanation.

Regards,
Colin Wee""")

HU("en", "general question about rights under the PDPA",
   frm=("Hannah Kwok", "hannah.kwok@example.net"), subj="My rights",
   body="""Hi, what are my rights under the PDPA regarding the data you have on me? Like can I ask for it to be deleted, and what happens to my points if I do? Just want to understand first.""")

HU("en", "'Ok noted, thanks' over a quoted thread that contains an old deletion request",
   frm=("Raymond Chia", "raymond.chia@example.net"), subj="Re: Deletion completed [PR-25-0609]", reply=True,
   body="""Ok noted, thanks.

On 3 Jul 2025, at 09:15, ExampleMart Privacy <privacy@example.com> wrote:
> Dear Mr Chia, we have deleted your saved addresses as requested.
>
>> On 9 Jun 2025, Raymond Chia wrote:
>> Please delete both my saved addresses from your system.""")

HU("en", "Singlish question about whether withdrawing consent affects points",
   frm=("Bee Leng", "beeleng.ng@example.net"), subj="question", client="iphone",
   body="""Hi, if I withdraw consent for marketing can still collect points or not? Don't want to lose my points leh.

Sent from my iPhone""")

HU("en", "asks for ex-wife's new address (someone else's data)",
   frm=("Gordon Lim", "gordon.lim@example.org"), subj="Delivery address of a customer",
   body="""Hello,

My ex-wife still uses ExampleMart and I need to send her some legal documents. Could you please give me the delivery address she currently uses? Her name is Tan Lay Peng.

Gordon Lim""")

HU("en", "phishing SMS suspicion / possible leak complaint; question only",
   frm=("Audrey Ho", "audrey.ho@example.net"), subj="Did you leak my data?",
   body="""Today I received an SMS with my full name and my ExampleMart order number asking me to pay a "customs fee". Did you leak my data? Who else has access to my order details?""")

HU("en", "ANGRY capitals chaser in thread about a 30-day-old access request",
   frm=("Desmond Yeo", "desmond.yeo@example.net"), subj="RE: Access request", reply=True, client="outlook",
   body="""IT HAS BEEN 30 DAYS. WHERE IS MY DATA??? I WILL REPORT YOU TO THE PDPC IF I DON'T HEAR BACK THIS WEEK.

Desmond Yeo

From: ExampleMart Privacy <privacy@example.com>
Sent: Monday, 2 June 2025 10:05 AM
To: Desmond Yeo <desmond.yeo@example.net>
Subject: Access request

Dear Mr Yeo, we acknowledge receipt of your request for a copy of your personal data.""")

HU("en", "hard-wrapped formal question on what counts as personal data; no request",
   frm=("Philip Ng", "philip.ng@example.org"), subj="Scope of personal data held", wrap=72, client="thunderbird",
   body="""Dear Data Protection Officer,

Before deciding whether to make any request, I would be grateful if you could explain which categories of personal data ExampleMart collects through its mobile application, in particular whether device identifiers and approximate location are collected when the app is not in use.

Yours faithfully,
Philip Ng""")

HU("en", "asks for a friend's phone number to say thank you (someone else's data)",
   frm=("Kimberly Tan", "kim.tan@example.net"), subj="Gift card sender",
   body="""Hi! Someone sent me an ExampleMart e-gift card for my birthday but the message didn't say who it was from. Can you tell me the sender's name and phone number so I can thank them? Thanks!""")

HU("en", "question about third-party cookies on the website",
   frm=("Leonard Chew", "leonard.chew@example.org"), subj="Cookies on your website", client="gmail",
   html_only=True, cte="base64",
   body="""Hello,

Does shop.example.com use third-party advertising cookies? If so, which companies receive the data? Just asking, I haven't decided on anything.

Leonard""")

HU("en", "question whether closing account stops e-receipts; hypothetical only",
   frm=("Jolene Yap", "jolene.yap@example.net"), subj="e-receipts",
   body="""hi, if i close my acct will i still get the e-receipts for warranty? or shld i download them first? thx""")

HU("en", "complaint about rude call-centre staff; no request type",
   frm=("Shanti Devi", "shanti.devi@example.org"), subj="Complaint about hotline staff",
   body="""Dear Sir/Madam,

I called your hotline this morning about a missing item and the staff was very rude to me and hung up. I am very disappointed and want this complaint recorded and escalated.

Shanti Devi""")

# ============================================================ English: ignore

IG("en", "out-of-office auto-reply with Auto-Submitted: auto-replied", autoreply,
   frm=("Clarence Lum", "clarence.lum@example.org"), subj="Out of office: Re: Your request PR-25-0701",
   body="""Thank you for your email. I am on annual leave from 1 to 14 July with limited access to email. For urgent matters please contact my colleague at ops@example.org.

Clarence""")

IG("en", "Outlook-style 'Automatic reply' WITHOUT Auto-Submitted/Precedence", autoreply,
   frm=("Natalie Wong", "natalie.wong@example.org"), subj="Automatic reply: Verification needed for your request",
   auto=False, precedence=False, client="outlook",
   body="""Hi,

I'm currently travelling and will be back in the office on Monday, 21 July. I will respond to your message when I return.

Best regards,
Natalie""")

IG("en", "auto-reply that quotes the customer's earlier deletion request", autoreply,
   frm=("Henry Ong", "henry.ong@example.net"), subj="Auto: Re: Please delete my data",
   body="""This is an automatic reply. I am away until 18 July and will read your message when I return.

-----Original message-----
> From: ExampleMart Privacy <privacy@example.com>
> Subject: Re: Please delete my data
>
> Dear Mr Ong, to proceed we need you to confirm your registered mobile.
>
>> Please delete all my data and my saved addresses. Henry Ong""")

IG("en", "Postfix DSN (multipart/report) returning a reply that quotes an access request", dsn,
   kind="fail", rcpt="desmond.old@example.net",
   text="""This is the mail system at host mx.example.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

                   The mail system

<desmond.old@example.net>: host mail.example.net[192.0.2.40] said: 550 5.1.1
    <desmond.old@example.net>: Recipient address rejected: User unknown""",
   orig=dict(frm=("ExampleMart Privacy", PRIV), to="desmond.old@example.net",
             subj="Re: Request for a copy of my data [PR-25-0620]", date="Tue, 01 Jul 2025 09:02:44 +0800",
             body="""Dear Sir,

Thank you for your request. Please confirm the last four digits of your registered mobile number.

Data Protection Office

> Please send me a copy of all the personal data you have on me."""))

IG("en", "Exchange-style NDR: multipart/report with alternative text+html and text/rfc822-headers", dsn,
   kind="fail", rcpt="tricia.lee@example.org", frm=("Microsoft Outlook", "postmaster@example.org"),
   subject="Undeliverable: Re: Your request to withdraw consent", headers_only=True, alt_html=True,
   mta="mail.example.org", status="5.4.1",
   diag="smtp; 550 5.4.1 Recipient address rejected: Access denied",
   text="""Your message to tricia.lee@example.org couldn't be delivered.

tricia.lee wasn't found at example.org.

Action Required: the recipient's email address may be wrong or no longer exist.
Check the address and try sending the message again.""",
   orig=dict(frm=("ExampleMart Privacy", PRIV), to="tricia.lee@example.org",
             subj="Re: Your request to withdraw consent", date="Wed, 02 Jul 2025 14:11:09 +0800",
             body="Dear Ms Lee, we have withdrawn your marketing consent as requested."))

IG("en", "delayed-delivery warning (Action: delayed) as multipart/report", dsn,
   kind="delay", rcpt="bernard.low@example.net", status="4.4.1",
   diag="smtp; 421 4.4.1 Connection timed out",
   text="""This is the mail system at host mx.example.com.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 4 hours.
It will be retried until it is 5 days old.""",
   headers_only=True,
   orig=dict(frm=("ExampleMart Privacy", PRIV), to="bernard.low@example.net",
             subj="Your account closure request", date="Thu, 03 Jul 2025 08:30:00 +0800",
             body="Dear Mr Low, your account will be closed within 7 days."))

IG("en", "read receipt (multipart/report; disposition-notification)", mdn,
   frm=("Lawrence Goh", "lawrence.goh@example.net"), subj="Read: Your data access request (ref PR-25-0630)",
   orig_id="<pr-0630-reply@example.com>",
   text="""Your message

  To: lawrence.goh@example.net
  Subject: Your data access request (ref PR-25-0630)
  Sent: Friday, 4 July 2025 11:02:17 AM (UTC+08:00) Kuala Lumpur, Singapore

was read on Friday, 4 July 2025 2:45:50 PM (UTC+08:00) Kuala Lumpur, Singapore.""")

IG("en", "vendor helpdesk auto-acknowledgement quoting our deletion instruction (Auto-Submitted)", user_mail,
   frm=("SwiftParcel Support", "support@example.org"), subj="[Ticket #58213] Deletion request for customer data",
   reply=True, extra=[("Auto-Submitted", "auto-generated"), ("X-Helpdesk-Ticket", "58213")],
   body="""##- Please type your reply above this line -##

Thank you for contacting SwiftParcel Support.

Your request (#58213) has been received and is being reviewed by our support staff. You can expect a reply within 3 working days.

---- Your message ----
From: ExampleMart Privacy
Please delete all delivery records you hold for the customer with tracking numbers SP88120451SG and SP88120733SG, who has asked for erasure of their data.

This email is a service from SwiftParcel Support.""")

IG("en", "List-Id vendor newsletter with unsubscribe footer", bulk,
   frm=("Retail Asia Digest", "digest@example.org"), subj="This week: loyalty programmes after the PDPA amendments",
   list_id="Retail Asia Digest <digest.example.org>",
   unsub="<https://lists.example.org/unsub/ra-4471>, <mailto:unsubscribe@example.org?subject=unsub>",
   body="""RETAIL ASIA DIGEST - Issue 212

1. Loyalty programmes and consent: what changed after the amendments
2. Five ways retailers are cutting last-mile delivery costs
3. Webinar: handling access and deletion requests at scale

Read online: https://news.example.org/ra/212

You are receiving this because you subscribed at retailasia events.
Unsubscribe: https://lists.example.org/unsub/ra-4471 | Manage preferences""")

IG("en", "List-Id discussion list post that quotes a 'delete my data' request as an example", bulk,
   frm=("Marcus Heng via privacy-practitioners", "practitioners@example.org"),
   subj="[privacy-practitioners] Handling 'delete my data' emails with no ID",
   list_id="<privacy-practitioners.example.org>",
   unsub="<mailto:practitioners+unsubscribe@example.org>", alt=False,
   body="""Hi all,

How do you handle one-line mails like "pls delete my data, tq" sent from an address that isn't on the account? We currently ask for the registered mobile number, but response rates are poor.

Marcus

--
You received this message because you are subscribed to the privacy-practitioners list.
To unsubscribe, send an email to practitioners+unsubscribe@example.org.""")

IG("en", "X-Spam-Flag: YES phishing imitating a data export", bulk,
   frm=("ExampIeMart Data Centre", "secure-export@example.net"),
   subj="Your personal data export is ready - verify within 24h",
   list_id=None, unsub=None, spam="9.7",
   body="""Dear customer,

Your requested personal data export is ready. To download it, verify your account and card details within 24 hours at the link below or your data will be permanently deleted.

https://verify-export.example.net/login

ExampleMart Security""")

IG("en", "X-Spam-Flag: YES SEO spam", bulk,
   frm=("Kevin | Growth Team", "kevin.growth@example.net"), subj="Rank #1 on Google for 'retail Singapore'",
   list_id=None, unsub=None, spam="7.2", alt=False,
   body="""Hello Website Owner,

I noticed your site is not ranking for important keywords. We guarantee page 1 rankings in 30 days at a very low cost. Reply YES for a free audit.

Regards,
Kevin""")

IG("en", "auto-generated 'mailbox no longer monitored' notice (Auto-Submitted: auto-generated)", autoreply,
   frm=("Accounts Team", "accounts-old@example.org"), subj="This mailbox is no longer monitored",
   auto="auto-generated", precedence=False,
   body="""This mailbox is no longer monitored. Your email has not been forwarded.

Please send enquiries to finance@example.org.""")

IG("en", "group-list mail (List-Id) about a store event, bulk", bulk,
   frm=("Tampines Central Merchants", "merchants@example.org"),
   subj="Reminder: mall-wide power shutdown on Sunday",
   list_id="Tampines Central Merchants <merchants.example.org>",
   unsub="<https://groups.example.org/unsubscribe/merchants>",
   body="""Dear Tenants,

A reminder that there will be a mall-wide power shutdown on Sunday from 2am to 6am for maintenance of the main switchboard. Please ensure your chillers are on backup.

Mall Management

To stop receiving messages from this group, visit https://groups.example.org/unsubscribe/merchants""")

IG("en", "helpdesk auto-ack WITHOUT Auto-Submitted, quoting the original request", user_mail,
   frm=("ClearPrint Customer Care", "care@example.net"), subj="Re: Opt-out request - we have received your email",
   reply=True, extra=[("X-Mailer", "HelpCentre Ticketing 4.2")],
   body="""Dear Customer,

This is an automated acknowledgement. We have received your email and logged it as case CP-20931. Please do not reply to this message.

> Please remove all ExampleMart customers who opted out on 30 June from the
> direct-mail printing list attached.

ClearPrint Customer Care""")

IG("en", "Thunderbird-style read receipt without headers part", mdn,
   frm=("Stella Koh", "stella.koh@example.org"), subj="Return Receipt (displayed) - Your correction request",
   orig_id="<pr-0705-fix@example.com>", ua="Mozilla Thunderbird", with_headers=False,
   text="""This is a Return Receipt for the mail that you sent to stella.koh@example.org.

Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.""")

IG("en", "auto-reply with Precedence: auto_reply only (no Auto-Submitted)", autoreply,
   frm=("Leong Wai Kit", "waikit.leong@example.net"), subj="Re: Confirmation of your unsubscribe request",
   auto=False,
   body="""Thank you for your message. This is an automated response: I am currently overseas with no access to email until 20 July.""")

IG("en", "X-Spam-Flag: YES scam threatening account closure", bulk,
   frm=("Rewards Team", "rewards-alert@example.net"), subj="FINAL NOTICE: your account will be closed",
   list_id=None, unsub=None, spam="11.4",
   body="""Your ExampleMart points (8,450) will EXPIRE and your account will be CLOSED today unless you confirm your details here:

https://points-claim.example.net/sg

Do not ignore this message.""")

# ============================================================ Chinese (zh): tickets

T("zh", ["cancellation"], "Simplified: 注销会员账户 = closing the account; GB2312 headers and body",
  frm=("陈建华", "chen.jianhua@example.net"), subj="申请注销会员账户", cs="gb2312", cte="base64",
  ua=("X-Mailer", "Foxmail 7.2.25.254[cn]"),
  body="""您好：

我想注销我在ExampleMart的会员账户，会员号M71820345，注册手机尾号3356。以后不会再使用了，请帮我办理。

谢谢！
陈建华""")

T("zh", ["deletion"], "Simplified: delete saved addresses + 3 years of purchase records; keep account",
  frm=("王丽娟", "wang.lijuan@example.org"), subj="删除收货地址和购买记录", cte="quoted-printable",
  body="""你好，

请把我账户里保存的所有收货地址和过去三年的购买记录删除。账户先保留，积分我还要用。

会员号：M52039817
王丽娟""")

T("zh", ["access"], "Simplified formal access request citing PDPA s21; GBK body (name uses a GBK-only character)",
  frm=("赵喆", "zhao.zhe@example.net"), subj="查阅个人数据申请", cs="gbk", hcs="gbk",
  body="""ExampleMart 数据保护主任：

根据新加坡《个人数据保护法》第21条，本人请求查阅贵公司持有的关于本人的全部个人数据，包括购物记录、积分明细、客服通话录音，以及过去一年内这些数据被使用或披露的情况。

会员号：M30917726
联系电话：9123 4480

此致
赵喆""")

T("zh", ["correction"], "request stated as a fact: 出生日期登记错了, gives the correct date",
  frm=("李晓雯", "li.xiaowen@example.net"), subj="出生日期有误", client="gmail",
  body="""Hi，

我的出生日期登记错了，系统里显示的是1990年3月5日，正确的应该是1990年5月3日，可能当时把日和月填反了。

会员号 M44810239
李晓雯""")

T("zh", ["withdrawal"], "撤回营销同意: stop promo SMS and calls",
  frm=("周先生", "zhou.wei88@example.net"), subj="撤回营销短信同意",
  body="""你们好，

我撤回之前给贵公司发送营销短信和推广电话的同意，请不要再给我发任何促销信息。

手机：8765 2210
周先生""")

T("zh", ["withdrawal"], "关闭个性化推荐 and targeted ads",
  frm=("", "xiaoyu.feng@example.org"), subj="关闭个性化推荐", client="iphone",
  body="""请帮我关闭个性化推荐和定向广告，不要再根据我的浏览记录给我推荐商品。谢谢。

发自我的iPhone""")

T("zh", ["deletion"], "Traditional (Big5): delete ID number, address, purchase records; account may stay",
  frm=("林美玲", "lin.meiling@example.net"), subj="請刪除我的個人資料", cs="big5", hcs="big5",
  body="""您好：

請刪除貴公司保存的我的個人資料，包括身分證號碼、住址及消費紀錄。帳戶本身可暫時保留。

會員編號：M62210938
林美玲 敬上""")

T("zh", ["correction"], "Traditional, conditional: if the old address is still on file, change it (Big5 base64)",
  frm=("黃志偉", "huang.zhiwei@example.net"), subj="更改地址", cs="big5", cte="base64", hcs="big5",
  body="""你好，

如果你們系統裡的地址還是舊的那個（忠孝東路），麻煩改成新地址：Blk 215 Bishan St 23 #05-117。上次的包裹又寄錯了。

謝謝
黃志偉""")

T("zh", ["withdrawal"], "Traditional: unsubscribe from e-newsletter and all promo mail (Big5 QP)",
  frm=("張雅婷", "zhang.yating@example.org"), subj="取消訂閱", cs="big5", cte="quoted-printable", hcs="big5",
  hmode="Q",
  body="""請取消訂閱你們的電子報和所有推廣郵件，我不想再收到任何行銷資訊。

張雅婷""")

T("zh", ["cancellation"], "Traditional: terminate membership and close account; points may lapse",
  frm=("吳佩珊", "wu.peishan@example.net"), subj="終止會員資格", client="apple",
  body="""您好，

我要終止我的ExampleMart會員資格並關閉帳戶。剩下的點數不用轉讓，直接作廢即可。

吳佩珊""")

T("zh", ["deletion", "cancellation"], "code-mixed zh/en: cancel my account + delete all personal data",
  frm=("Jason Liu", "jason.liu.sg@example.net"), subj="cancel account",
  body="""Hi，我想 cancel 我的 account，顺便把所有 personal data 都 delete 掉，包括 address 和 order history。Thanks!""")

T("zh", ["correction"], "code-mixed zh/en short: update email address, ends 'tq'",
  frm=("何凯文", "kaiwen.he@example.net"), subj="update email",
  body="""麻烦 update 一下我的 email address，新的是 kaiwen.he@example.org，旧的那个已经不用了。tq""")

T("zh", ["deletion", "withdrawal", "cancellation"], "numbered formal requests: 注销账户, 删除所有数据, stop marketing meanwhile; GB2312 Outlook",
  frm=("孙志强", "sun.zhiqiang@example.org"), subj="关于注销账户及删除个人数据的申请", client="outlook",
  cs="gb2312", cte="base64",
  body="""尊敬的ExampleMart：

本人请求：
一、注销本人的会员账户（会员号M80145522）；
二、删除本人所有个人数据，包括地址、电话和购买记录；
三、在注销完成之前，停止向本人发送任何营销邮件和短信。

请于处理完毕后书面确认。

孙志强""")

T("zh", ["access", "correction"], "copy of personal data + correct romanised name",
  frm=("张晓明", "zhang.xm@example.net"), subj="个人资料", client="gmail",
  body="""你好，请发给我一份你们保存的我的个人资料副本。另外，我的名字拼音登记成了 Zhang Xiao Min，应该是 Zhang Xiaoming，请更正。谢谢""")

T("zh", ["withdrawal"], "on behalf of elderly mother: remove her number from telemarketing list",
  frm=("刘婷", "liu.ting@example.org"), subj="请停止给我母亲打推销电话",
  body="""你好，

我妈妈（刘秀英，会员号M27730418）年纪大了，经常接到你们的推销电话，她很困扰。请把她的号码从电话营销名单里去掉，不要再打给她。

我是她女儿，有问题可以联系我。
刘婷""")

T("zh", ["access"], "resent: short note on top of an inline forward (Chinese forward header) of an access request",
  frm=("郑宇", "zheng.yu@example.net"), subj="转发：申请查阅个人资料", client="gmail",
  body="""之前发的邮件一直没有回复，再转发一次，请尽快处理。

-------- 转发的邮件 --------
发件人: 郑宇 <zheng.yu@example.net>
日期: 2025年6月16日 周一 20:31
主题: 申请查阅个人资料
收件人: privacy@example.com

你好，我想申请查阅你们保存的关于我的所有个人资料，请发一份副本给我。会员号 M90022761。谢谢！""")

T("zh", ["deletion"], "courtesy first (fast delivery) then asks to erase old phone number and old address",
  frm=("马丽", "ma.li@example.net"), subj="谢谢，另外一个请求",
  body="""谢谢你们上周送货这么快，师傅也很有礼貌。

另外，请把我账户里那个旧的手机号码和旧地址从你们的记录里彻底删除，那个号码已经不是我的了。

马丽""")

T("zh", ["withdrawal"], "negation: 不要注销账户, only stop promo emails and app pushes",
  frm=("唐思远", "tang.siyuan@example.org"), subj="不要注销账户", client="gmail",
  body="""请不要注销我的账户！我只是不想再收到你们的推广邮件和App推送，其他一切照旧。""")

T("zh", ["access", "withdrawal"], "Traditional numbered requests: copy of data + stop all marketing; Big5 Outlook",
  frm=("陳怡君", "chen.yijun@example.net"), subj="個人資料請求", client="outlook", cs="big5", hcs="big5",
  body="""您好：

本人向貴公司提出以下請求：
1. 提供貴公司所持有本人個人資料之副本；
2. 自即日起停止利用本人資料進行任何行銷活動。

會員編號：M15530984
陳怡君""")

T("zh", ["deletion"], "conditional: if the 2019 ID-card copy is still stored, delete it",
  frm=("高文杰", "gao.wenjie@example.net"), subj="身份证复印件",
  body="""你好，

如果你们系统里还保存着我2019年办会员时上传的身份证复印件，请帮我删除。谢谢。

高文杰""")

T("zh", ["access"], "reply above quoted thread (Chinese '写道' header) holding an old closure request; new text defers closure and asks for a copy",
  frm=("陈国栋", "chen.guodong@example.net"), subj="回复：您的注销申请", reply=True,
  body="""你好，账户注销的事情先不急。我现在想先要一份我的购物记录和个人资料的副本，麻烦发到这个邮箱。

陈国栋

在 2025年6月20日 星期五 14:05，ExampleMart Privacy <privacy@example.com> 写道：
> 陈先生您好，
> 我们已收到您注销账户的申请，正在处理中。
>
>> 请帮我注销账户，谢谢。""")

# ============================================================ Chinese: human

HU("zh", "question only: what happens to points if I 注销 the account",
   frm=("许静", "xu.jing@example.net"), subj="注销账户后积分怎么办？",
   body="""请问如果我注销账户，剩下的积分会怎么处理？可以先换成购物券吗？""")

HU("zh", "chaser in thread about an earlier deletion request",
   frm=("杨帆", "yang.fan@example.org"), subj="回复：删除个人资料申请", reply=True,
   body="""你好，我6月10日申请删除个人资料，到现在已经三个星期了，还没有任何回复，请问进度如何？

杨帆

> 请删除我保存在你们系统里的所有地址。""")

HU("zh", "wants husband's order history (someone else's data)",
   frm=("罗敏", "luo.min@example.net"), subj="查询订单",
   body="""我想查一下我老公最近在你们那里买了什么东西，他的账户是用他的手机号注册的，可以告诉我吗？""")

HU("zh", "Traditional thank-you reply in thread (Chinese 寫道 header)",
   frm=("蔡宗翰", "cai.zonghan@example.net"), subj="Re: 您的資料查閱申請", reply=True, cs="big5", hcs="big5",
   body="""收到了，謝謝你們的協助！

於 2025年7月3日 週四 上午10:20，ExampleMart Privacy <privacy@example.com> 寫道：
> 蔡先生您好，您申請的個人資料副本已寄至您的電子信箱。""")

HU("zh", "complaint about courier; no privacy request",
   frm=("钱伟", "qian.wei@example.org"), subj="投诉快递员",
   body="""你们的快递员态度非常差，把东西扔在门口就走了，还摔坏了一个杯子。我要投诉！""")

HU("zh", "portability only: export data and send to another platform",
   frm=("邓晓红", "deng.xh@example.net"), subj="数据导出",
   body="""你好，请把我的购物数据导出成电子表格格式，直接传给另一家电商平台，我准备转过去用。""")

HU("zh", "Traditional question about which rights exist; no request made",
   frm=("鄭家豪", "cheng.jiahao@example.org"), subj="關於個人資料的權利", client="gmail",
   body="""您好，

請問我在貴公司的個人資料有哪些權利？例如可以要求查閱或更正嗎？需要辦理什麼手續？

鄭家豪""")

# ============================================================ Chinese: ignore

IG("zh", "Simplified out-of-office with Auto-Submitted", autoreply,
   frm=("黄磊", "huang.lei@example.org"), subj="自动回复：回复：您的查阅申请",
   body="""您好，我目前休假中，7月15日返回办公室，期间邮件回复可能延迟。如有急事请致电办公室。""")

IG("zh", "X-Spam-Flag: YES invoice spam, GB2312", bulk,
   frm=("代开发票", "fapiao88@example.net"), subj="代开各类正规发票", cs="gb2312", list_id=None,
   unsub=None, spam="12.3", alt=False,
   body="""您好：

本公司长期代开各类正规发票，税点低，可先验票后付款，诚信合作。

联系人：王经理""")

IG("zh", "Chinese read receipt (disposition-notification)", mdn,
   frm=("林晓东", "lin.xiaodong@example.net"), subj="已读: 关于您的个人资料查阅申请",
   orig_id="<pr-0704-zh@example.com>", ua="Foxmail 7.2",
   text="""您发送给 林晓东 的邮件

主题：关于您的个人资料查阅申请

已于 2025/7/5 10:21 被阅读。""")

IG("zh", "Traditional Outlook out-of-office WITHOUT Auto-Submitted (Big5)", autoreply,
   frm=("許志明", "hsu.chihming@example.org"), subj="自動回覆: 您的更正申請", auto=False, precedence=False,
   client="outlook", cs="big5", hcs="big5",
   body="""您好，本人目前出差中，將於7月20日後回覆郵件，急事請洽分機 2201。""")

IG("zh", "List-Id Chinese retail newsletter with unsubscribe footer", bulk,
   frm=("零售科技周报", "weekly@example.org"), subj="零售科技周报 第88期：会员积分的新玩法",
   list_id="<retail-weekly.example.org>", unsub="<https://lists.example.org/u/rw88>",
   body="""零售科技周报 第88期

一、会员积分的新玩法
二、最后一公里配送成本如何下降
三、个人资料请求的自动化处理

如不想再收到本周报，请点击退订：https://lists.example.org/u/rw88""")

# ============================================================ Malay (ms)

T("ms", ["cancellation"], "tutup akaun = close the account",
  frm=("Mohd Faizal bin Ahmad", "faizal.ahmad@example.net"), subj="Tutup akaun",
  body="""Assalamualaikum dan salam sejahtera,

Saya ingin menutup akaun ExampleMart saya. Nombor ahli: M31902284. Saya tidak lagi menggunakan aplikasi ini.

Terima kasih,
Mohd Faizal bin Ahmad""")

T("ms", ["deletion"], "padamkan addresses and purchase history; account may stay",
  frm=("Nurul Huda", "nurul.huda@example.org"), subj="Padam alamat dan sejarah pembelian", client="gmail",
  body="""Salam,

Tolong padamkan semua alamat penghantaran dan sejarah pembelian saya daripada sistem syarikat. Akaun boleh dikekalkan.

Terima kasih.
Nurul Huda""")

T("ms", ["access"], "formal access letter citing seksyen 21 with (a) and (b); hard-wrapped 72",
  frm=("Rosmah binti Yusof", "rosmah.yusof@example.net"), subj="Permohonan akses kepada data peribadi",
  client="thunderbird", wrap=72,
  body="""Kepada Pegawai Perlindungan Data,

Permohonan akses kepada data peribadi

Menurut seksyen 21 Akta Perlindungan Data Peribadi 2012, saya dengan ini memohon supaya pihak tuan/puan memberikan kepada saya:

(a) semua data peribadi saya yang berada dalam milikan atau kawalan ExampleMart Pte. Ltd.; dan

(b) maklumat tentang cara data peribadi tersebut telah atau mungkin telah digunakan atau didedahkan dalam tempoh setahun sebelum tarikh permohonan ini.

Nombor ahli saya ialah M41277095.

Yang benar,
Rosmah binti Yusof""")

T("ms", ["correction"], "stated as fact: address in system is wrong, gives the right unit",
  frm=("Hafiz Rahman", "hafiz.rahman@example.net"), subj="Alamat salah",
  body="""Alamat saya dalam sistem tuan salah. Yang betul ialah Blk 302 Jurong East St 32 #09-455, bukan #09-445. Bungkusan saya hampir hilang minggu lepas.

Hafiz""")

T("ms", ["withdrawal"], "stop promo SMS",
  frm=("Salmah", "salmah.k@example.net"), subj="SMS promosi", client="iphone",
  body="""Tolong berhenti hantar SMS promosi kepada saya. Saya tak nak terima lagi. No tel 9456 1203.

Dihantar dari iPhone saya""")

T("ms", ["deletion", "cancellation"], "ms/en mix, short: cancel my account dan delete semua info, 'Tq'",
  frm=("Amir", "amir.zulkifli@example.net"), subj="cancel acc",
  body="""Hi, tolong cancel my account dan delete semua info saya dlm sistem. Tq""")

T("ms", ["withdrawal"], "ms/en mix: stop marketing email, 'Thanks in advance'",
  frm=("Liyana", "liyana.m@example.org"), subj="email marketing",
  body="""Boleh stop hantar email marketing kat saya? Dah banyak sangat dalam inbox.

Thanks in advance
Liyana""")

T("ms", ["cancellation"], "on behalf of father, authority letter attached as PDF: close his account",
  frm=("Khairul Anuar", "khairul.anuar@example.net"), subj="Penutupan akaun bagi pihak bapa saya", client="gmail",
  attach=("Surat_kebenaran_Ismail.pdf", ["Surat kebenaran (specimen)",
                                         "Saya, Ismail bin Hassan, membenarkan anak saya",
                                         "Khairul Anuar bin Ismail bertindak bagi pihak saya.",
                                         "Dokumen rekaan untuk ujian."]),
  body="""Tuan/Puan,

Saya menulis bagi pihak bapa saya, Encik Ismail bin Hassan (nombor ahli M22096513), yang kini tinggal bersama saya dan tidak lagi membeli-belah. Beliau meminta supaya akaunnya ditutup. Surat kebenaran beliau saya lampirkan.

Terima kasih,
Khairul Anuar""")

T("ms", ["correction"], "courtesy first (fast delivery), then update phone number",
  frm=("Norazlina", "norazlina.b@example.net"), subj="Terima kasih + nombor telefon",
  body="""Terima kasih atas penghantaran yang cepat semalam, barang sampai dalam keadaan baik.

Satu lagi, nombor telefon saya dalam rekod sudah bertukar. Sila kemas kini kepada 8234 5517.

Norazlina""")

T("ms", ["access", "correction"], "copy of personal data + fix misspelled name",
  frm=("Siti Khadijah", "siti.khadijah@example.org"), subj="Salinan data dan pembetulan nama", client="gmail",
  body="""Assalamualaikum,

Saya ingin mendapatkan salinan data peribadi saya yang disimpan oleh ExampleMart. Selain itu, nama saya dieja salah - sepatutnya "Siti Khadijah", bukan "Siti Khatijah". Mohon betulkan.

Siti Khadijah""")

T("ms", ["withdrawal"], "formal: 'menarik balik' far from 'persetujuan' (marketing consent); hard-wrapped 74",
  frm=("Zainal Abidin", "zainal.abidin@example.org"), subj="Penarikan balik persetujuan pemasaran",
  wrap=74, client="thunderbird",
  body="""Tuan/Puan,

Dengan hormatnya saya merujuk kepada keahlian saya dalam program ExampleMart Rewards (M58830147).

Dengan ini saya menarik balik, berkuat kuasa serta-merta dan bagi semua saluran termasuk SMS, e-mel, panggilan telefon dan WhatsApp, serta bagi sebarang pemasaran yang dijalankan oleh rakan niaga tuan, persetujuan yang pernah saya berikan untuk menerima bahan pemasaran semasa mendaftar pada tahun 2020.

Sekian, terima kasih.

Zainal Abidin""")

T("ms", ["deletion", "withdrawal"], "remove from promo mailing list + erase location records and search history; Malay disclaimer",
  frm=("Azlan Shah", "azlan.shah@example.org"), subj="Senarai promosi dan rekod lokasi", client="outlook",
  body="""Tuan/Puan,

Sila keluarkan saya daripada senarai e-mel promosi dan padamkan rekod lokasi serta sejarah carian saya dalam aplikasi.

Sekian, terima kasih.
Azlan Shah

PENAFIAN: E-mel ini dan sebarang lampirannya adalah sulit. Jika anda bukan penerima yang dimaksudkan, sila maklumkan kepada pengirim dan padamkan e-mel ini dengan segera.""")

HU("ms", "question only: do I lose points if I close the account",
   frm=("Faridah", "faridah.omar@example.net"), subj="Soalan tentang mata ganjaran",
   body="""Kalau saya tutup akaun, mata ganjaran saya hilang ke? Nak tahu dulu sebelum buat keputusan.""")

HU("ms", "chaser in thread for an earlier deletion request",
   frm=("Roslan Ibrahim", "roslan.ibrahim@example.org"), subj="Re: Permohonan padam data", reply=True,
   body="""Saya dah hantar permohonan untuk padam data saya pada 5 Jun tetapi sampai sekarang belum ada jawapan. Bila akan diproses?

Roslan

Pada 5 Jun 2025, Roslan Ibrahim <roslan.ibrahim@example.org> menulis:
> Sila padam semua data peribadi saya. Terima kasih.""")

HU("ms", "asks what an adult sibling bought (someone else's data)",
   frm=("Haslinda", "haslinda.r@example.net"), subj="Pembelian adik saya",
   body="""Boleh beritahu saya apa yang adik saya (umur 25) beli guna akaun dia bulan lepas? Saya risau dia berbelanja terlalu banyak.""")

IG("ms", "Malay out-of-office with Auto-Submitted", autoreply,
   frm=("Puan Rahimah", "rahimah.s@example.org"), subj="Balasan automatik: Permohonan anda",
   body="""Terima kasih atas e-mel anda. Saya sedang bercuti dan akan kembali pada 14 Julai. Untuk urusan segera, sila hubungi pejabat.""")

IG("ms", "ms/en out-of-office without Auto-Submitted (Precedence only)", autoreply,
   frm=("Encik Hamdan", "hamdan.y@example.net"), subj="Auto reply / Balasan automatik", auto=False,
   body="""I am out of office until 16 July. / Saya tiada di pejabat sehingga 16 Julai.""")

IG("ms", "X-Spam-Flag: YES Malay prize scam", bulk,
   frm=("Cabutan Bertuah", "hadiah@example.net"), subj="Tahniah! Anda memenangi RM5,000",
   list_id=None, unsub=None, spam="10.1", alt=False,
   body="""Tahniah! Nombor anda telah dipilih dalam cabutan bertuah. Sila hantar nama penuh, nombor kad pengenalan dan nombor akaun bank untuk menuntut hadiah.""")

# ============================================================ Tamil (ta)

T("ta", ["cancellation"], "close my account (கணக்கை மூடிவிடுமாறு)",
  frm=("க. செல்வராஜ்", "selvaraj.k@example.net"), subj="கணக்கை மூட வேண்டும்",
  body="""வணக்கம்,

என்னுடைய ExampleMart கணக்கை மூடிவிடுமாறு கேட்டுக்கொள்கிறேன். உறுப்பினர் எண்: M81203367. இனிமேல் உங்கள் செயலியைப் பயன்படுத்தப் போவதில்லை.

நன்றி,
க. செல்வராஜ்""")

T("ta", ["deletion"], "erase old addresses and purchase history permanently; do not close account",
  frm=("ரா. கவிதா", "kavitha.r@example.org"), subj="தரவுகளை அழிக்கவும்", cte="base64",
  body="""அன்புடையீர்,

உங்கள் கணினியில் உள்ள என் பழைய வீட்டு முகவரிகளையும் கடந்த மூன்று ஆண்டுகளின் கொள்முதல் வரலாற்றையும் நிரந்தரமாக அழிக்கும்படி கேட்டுக்கொள்கிறேன். கணக்கை மூட வேண்டாம்.

இப்படிக்கு,
ரா. கவிதா""")

T("ta", ["access"], "statutory-style access: copy of all data + how used/disclosed in past year",
  frm=("சு. முருகன்", "murugan.s@example.net"), subj="தனிப்பட்ட தரவின் நகல் கோரிக்கை", client="gmail",
  body="""ஐயா/அம்மா,

தனிநபர் தரவுப் பாதுகாப்புச் சட்டத்தின் 21ஆம் பிரிவின்படி, என்னைப் பற்றி ExampleMart வைத்திருக்கும் அனைத்து தனிப்பட்ட தரவுகளின் நகலையும், கடந்த ஓராண்டில் அந்தத் தரவு எவ்வாறு பயன்படுத்தப்பட்டது அல்லது யாருக்கு வெளியிடப்பட்டது என்ற விவரத்தையும் எனக்கு அனுப்பி வைக்கவும்.

உறுப்பினர் எண்: M64419027

நன்றியுடன்,
சு. முருகன்""")

T("ta", ["correction"], "stated as fact: name recorded wrongly, gives correct spelling",
  frm=("Mohanaraj", "mohanaraj.p@example.net"), subj="பெயர் திருத்தம்",
  body="""வணக்கம், உங்கள் பதிவுகளில் என் பெயர் 'Mohanraj' என்று தவறாக உள்ளது. சரியான பெயர் 'Mohanaraj'. தயவுசெய்து திருத்தவும். நன்றி.""")

T("ta", ["withdrawal"], "stop promo SMS/email; withdraws marketing consent",
  frm=("லதா", "latha.v@example.org"), subj="விளம்பரச் செய்திகள் வேண்டாம்", cte="quoted-printable",
  body="""விளம்பர SMS மற்றும் மின்னஞ்சல்களை இனி எனக்கு அனுப்ப வேண்டாம். சந்தைப்படுத்தலுக்காக நான் முன்பு கொடுத்த ஒப்புதலைத் திரும்பப் பெறுகிறேன்.

லதா""")

T("ta", ["deletion", "cancellation"], "close the account and erase all data",
  frm=("அருண் குமார்", "arun.kumar@example.net"), subj="கணக்கு மற்றும் தரவு", client="apple",
  body="""என் கணக்கை மூடிவிட்டு, என்னைப் பற்றிய எல்லாத் தரவுகளையும் (முகவரி, தொலைபேசி எண், வாங்கிய பொருட்களின் பட்டியல்) அழித்துவிடுங்கள்.

அருண்""")

T("ta", ["withdrawal"], "ta/en code-mixed, on behalf of mother: remove her number from marketing list",
  frm=("Vignesh", "vignesh.k@example.net"), subj="Amma - promotion calls",
  body="""Hi, என் அம்மாவுக்கு உங்க promotion calls அடிக்கடி வருது. அவங்க number-ஐ உங்க marketing list-ல இருந்து remove பண்ணுங்க please. அவங்க பெயர் Saraswathy Krishnan, member no M73308816. Thanks""")

T("ta", ["access", "withdrawal"], "numbered: copy of data + no more promotional messages",
  frm=("பிரகாஷ்", "prakash.n@example.org"), subj="இரண்டு கோரிக்கைகள்", client="gmail",
  body="""வணக்கம்,

1. நீங்கள் என்னைப் பற்றி வைத்திருக்கும் தனிப்பட்ட தரவின் நகலை அனுப்பவும்.
2. இனிமேல் எனக்கு எந்த விளம்பரச் செய்திகளும் அனுப்ப வேண்டாம்.

நன்றி,
பிரகாஷ்""")

HU("ta", "question only: what happens to points if the account is closed",
   frm=("மீனா", "meena.s@example.net"), subj="புள்ளிகள் பற்றிய கேள்வி",
   body="""வணக்கம், என் கணக்கை மூடினால் என் புள்ளிகள் என்ன ஆகும்? அவற்றை முதலில் பயன்படுத்த முடியுமா? முடிவு செய்வதற்கு முன் தெரிந்துகொள்ள விரும்புகிறேன்.""")

HU("ta", "wants wife's purchase details (someone else's data)",
   frm=("ராஜேஷ்", "rajesh.m@example.org"), subj="மனைவியின் கணக்கு",
   body="""என் மனைவி உங்கள் கடையில் கடந்த மாதம் என்ன வாங்கினார் என்று தெரிந்துகொள்ள வேண்டும். அவருடைய கணக்கு விவரங்களை எனக்கு அனுப்ப முடியுமா?""")

IG("ta", "Tamil out-of-office with Auto-Submitted", autoreply,
   frm=("தேவி", "devi.a@example.org"), subj="தானியங்கி பதில்: உங்கள் கோரிக்கை",
   body="""நான் ஜூலை 18 வரை விடுப்பில் இருக்கிறேன். திரும்பியதும் உங்கள் மின்னஞ்சலுக்குப் பதிலளிப்பேன்.""")

# ============================================================ Indonesian (id)

T("id", ["cancellation"], "'hapus akun' = close the account",
  frm=("Rina Wijaya", "rina.wijaya@example.net"), subj="Hapus akun",
  body="""Halo, tolong hapus akun ExampleMart saya. Saya sudah pindah ke Jakarta dan tidak akan belanja lagi. Terima kasih.

Rina""")

T("id", ["deletion"], "delete address data and shopping history; account must NOT be closed",
  frm=("Agus Pratama", "agus.pratama@example.org"), subj="Hapus data alamat", client="gmail",
  body="""Selamat siang,

Mohon hapus data alamat pengiriman dan riwayat belanja saya dari sistem Anda. Akunnya jangan ditutup, poin saya masih mau dipakai.

Salam,
Agus""")

T("id", ["access"], "copy of all personal data incl. app location data",
  frm=("Fitri Handayani", "fitri.handayani@example.net"), subj="Permintaan salinan data pribadi",
  cte="quoted-printable",
  body="""Dengan hormat,

Saya ingin meminta salinan seluruh data pribadi saya yang disimpan oleh ExampleMart, termasuk riwayat transaksi dan data lokasi dari aplikasi.

Hormat saya,
Fitri Handayani""")

T("id", ["correction"], "stated as fact: name written wrongly, correct spelling given",
  frm=("Budi Santoso", "budi.santoso@example.net"), subj="Nama salah",
  body="""Nama saya di sistem tertulis "Budi Santosa", yang benar "Budi Santoso". Mohon diperbaiki ya, makasih.""")

T("id", ["withdrawal"], "stop WhatsApp/SMS promos, 'makasih sebelumnya'",
  frm=("Yuliana", "yuliana.t@example.org"), subj="Stop promo WA", client="iphone",
  body="""Tolong berhenti kirim promo lewat WhatsApp dan SMS ke nomor saya. Saya tidak mau menerima pemasaran lagi. Makasih sebelumnya.

Dikirim dari iPhone saya""")

T("id", ["deletion", "withdrawal", "cancellation"], "numbered (1)(2)(3): close account, erase all data, stop promo email meanwhile",
  frm=("Hendra Gunawan", "hendra.gunawan@example.net"), subj="Permohonan penutupan akun",
  client="thunderbird", wrap=72,
  body="""Dengan hormat,

Saya mengajukan permohonan untuk: (1) menutup akun saya dengan nomor anggota M29045518, (2) menghapus semua data pribadi saya yang tersimpan di sistem Anda, dan (3) selama proses berjalan, berhenti mengirimkan email promosi kepada saya.

Hormat saya,
Hendra Gunawan""")

T("id", ["access", "correction"], "copy of data + correct date of birth; Indonesian disclaimer mentions 'hapus email ini'",
  frm=("Maya Kusuma", "maya.kusuma@example.org"), subj="Data pribadi saya", client="outlook",
  body="""Yth. Tim ExampleMart,

Mohon kirimkan salinan data pribadi saya yang Anda simpan. Selain itu, tanggal lahir saya tercatat 14-08-1987, padahal seharusnya 18-04-1987; mohon dikoreksi.

Terima kasih,
Maya Kusuma

DISCLAIMER: Email ini bersifat rahasia dan hanya ditujukan untuk penerima yang dimaksud. Jika Anda bukan penerima yang dimaksud, harap segera hapus email ini dan beri tahu pengirim.""")

HU("id", "question only: do vouchers lapse if I 'hapus akun'",
   frm=("Dimas", "dimas.p@example.net"), subj="Tanya voucher",
   body="""Kak, kalau saya hapus akun, voucher yang belum dipakai hangus tidak ya? Belum mau hapus sih, cuma tanya dulu.""")

HU("id", "complaint about damaged parcel and rude courier",
   frm=("Sri Wahyuni", "sri.wahyuni@example.org"), subj="Paket rusak",
   body="""Paket saya datang rusak dan kurirnya kasar waktu saya tanya. Saya kecewa sekali dengan layanan ini.""")

IG("id", "Indonesian out-of-office with Auto-Submitted", autoreply,
   frm=("Andi Saputra", "andi.saputra@example.net"), subj="Balasan otomatis: Re: Permintaan Anda",
   body="""Terima kasih atas email Anda. Saya sedang cuti sampai 21 Juli dan akan membalas setelah kembali.""")

IG("id", "Indonesian helpdesk auto-ack quoting our opt-out instruction (no Auto-Submitted)", user_mail,
   frm=("Layanan Pelanggan PayKilat", "cs@example.net"), subj="[Tiket #7781] Permintaan Anda telah kami terima",
   reply=True, extra=[("X-Ticket-ID", "7781")],
   body="""Halo,

Terima kasih telah menghubungi PayKilat. Permintaan Anda telah kami terima dengan nomor tiket #7781. Tim kami akan merespons dalam 2x24 jam. Email ini dikirim otomatis, mohon tidak dibalas.

--- Pesan Anda ---
Mohon hentikan pengiriman promosi ke pelanggan ExampleMart yang telah menarik persetujuan pemasaran (daftar terlampir).""")

# ============================================================ Japanese (ja)

T("ja", ["cancellation"], "退会 = closing the membership/account; ISO-2022-JP body and headers",
  frm=("山田 花子", "yamada.hanako@example.net"), subj="退会の手続きについて", cs="iso-2022-jp",
  body="""ExampleMart ご担当者様

お世話になっております。
会員登録を退会したいので、手続きをお願いいたします。
会員番号：M61184420

よろしくお願いいたします。
山田 花子""")

T("ja", ["access"], "thanks for the earlier opt-out + NEW disclosure request; quoted thread (Japanese reply header) holds the old opt-out",
  frm=("佐藤 健", "sato.ken@example.org"), subj="Re: 配信停止のご連絡", client="gmail", reply=True,
  body="""お世話になっております。配信停止の件、ありがとうございました。

あわせて、貴社が保有している私の個人データの開示をお願いできますでしょうか。購入履歴とポイント履歴も含めてください。

佐藤

2025年6月18日(水) 15:02 ExampleMart Privacy <privacy@example.com>:
> 佐藤様
> メールマガジンの配信を停止いたしました。
>
>> メールマガジンの配信を停止してください。""")

T("ja", ["deletion", "withdrawal"], "stop the newsletter + delete the old registered address; ISO-2022-JP",
  frm=("鈴木 一郎", "suzuki.ichiro@example.net"), subj="配信停止と住所削除のお願い", cs="iso-2022-jp",
  hmode="Q",
  body="""メールマガジンの配信を停止してください。
また、登録されている旧住所（大阪の住所）を削除してください。

鈴木 一郎""")

HU("ja", "question only: retention period after 退会",
   frm=("高橋 美咲", "takahashi.misaki@example.net"), subj="退会後のデータについて",
   body="""退会した場合、購入履歴はどのくらいの期間保存されますか？まだ退会は決めていません。""")

IG("ja", "Japanese out-of-office with Auto-Submitted (ISO-2022-JP)", autoreply,
   frm=("伊藤 誠", "ito.makoto@example.org"), subj="【自動返信】Re: 開示請求について", cs="iso-2022-jp",
   body="""【自動返信】
ただいま休暇中のため、7月22日以降に確認いたします。
お急ぎの場合は代表番号までご連絡ください。""")

IG("ja", "X-Spam-Flag: YES Japanese investment spam", bulk,
   frm=("投資情報センター", "info-toushi@example.net"), subj="【限定】必ず儲かる投資情報",
   list_id=None, unsub=None, spam="13.0", alt=False,
   body="""今だけ限定公開！月収100万円を実現した投資ノウハウを無料でお届けします。
今すぐ下記URLからご登録ください。
https://toushi.example.net/lp""")

# ============================================================ Korean (ko)

T("ko", ["cancellation"], "회원 탈퇴 = close the account; EUC-KR",
  frm=("김민준", "kim.minjun@example.net"), subj="회원 탈퇴 요청", cs="euc-kr", cte="base64",
  body="""안녕하세요.

ExampleMart 회원 탈퇴를 요청합니다. 회원번호는 M77201438입니다.

감사합니다.
김민준""")

T("ko", ["deletion"], "delete delivery addresses and purchase history; keep the account",
  frm=("이서연", "lee.seoyeon@example.org"), subj="개인정보 삭제 요청", html_only=True,
  body="""안녕하세요,

제 배송지 주소와 구매 내역을 삭제해 주시기 바랍니다. 계정은 유지하고 싶습니다.

이서연""")

T("ko", ["correction"], "conditional: if the old mobile number is still registered, change it; EUC-KR 8bit",
  frm=("박지원", "park.jiwon@example.net"), subj="휴대폰 번호 변경", cs="euc-kr",
  body="""시스템에 등록된 제 휴대폰 번호가 아직 예전 번호로 되어 있다면, 새 번호 +65 8877 1209로 변경해 주세요.

박지원 드림""")

T("ko", ["access", "withdrawal"], "access to personal data + withdraws marketing consent",
  frm=("최유진", "choi.yujin@example.org"), subj="개인정보 열람 및 동의 철회", client="gmail",
  body="""안녕하세요.

제 개인정보 열람을 요청합니다. 아울러 마케팅 정보 수신 동의를 철회하오니 광고성 문자와 이메일을 더 이상 보내지 마십시오.

최유진 드림""")

HU("ko", "question only: what happens to credits after 탈퇴",
   frm=("정하늘", "jung.haneul@example.net"), subj="탈퇴 시 적립금",
   body="""회원 탈퇴를 하면 남은 적립금은 어떻게 되나요? 아직 결정한 건 아닙니다.""")

IG("ko", "Korean out-of-office with Auto-Submitted (EUC-KR)", autoreply,
   frm=("윤성호", "yoon.sungho@example.org"), subj="[자동응답] 부재중입니다", cs="euc-kr",
   body="""안녕하세요. 7월 19일까지 부재중입니다. 복귀 후 회신드리겠습니다.""")

# ============================================================ Thai (th)

T("th", ["cancellation"], "ปิดบัญชีสมาชิก = close the account; TIS-620",
  frm=("สุภาพร", "supaporn.k@example.net"), subj="ขอปิดบัญชีสมาชิก", cs="tis-620", cte="base64",
  body="""เรียน ฝ่ายคุ้มครองข้อมูลส่วนบุคคล

ดิฉันต้องการปิดบัญชีสมาชิก ExampleMart ของดิฉัน หมายเลขสมาชิก M50917732

ขอบคุณค่ะ
สุภาพร""")

T("th", ["access"], "copy of all personal data incl. orders and points",
  frm=("สมชาย", "somchai.p@example.org"), subj="ขอสำเนาข้อมูลส่วนบุคคล",
  body="""ผมขอสำเนาข้อมูลส่วนบุคคลทั้งหมดที่บริษัทเก็บไว้เกี่ยวกับผม รวมถึงประวัติการสั่งซื้อและแต้มสะสม ขอบคุณครับ

สมชาย""")

T("th", ["withdrawal"], "stop promo SMS/email; withdraws marketing consent; TIS-620 QP",
  frm=("วิชัย", "wichai.t@example.net"), subj="หยุดส่งโฆษณา", cs="tis-620", cte="quoted-printable",
  body="""กรุณาหยุดส่ง SMS และอีเมลโฆษณาถึงผม ผมขอถอนความยินยอมในการรับข่าวสารการตลาดทั้งหมด

วิชัย""")

HU("th", "question only: are points lost if the account is deleted",
   frm=("นภา", "napa.s@example.org"), subj="สอบถามเรื่องแต้ม",
   body="""ถ้าผมลบบัญชี แต้มสะสมจะหายไหมครับ ยังไม่ได้ตัดสินใจนะครับ แค่สอบถาม""")

IG("th", "Thai out-of-office with Auto-Submitted", autoreply,
   frm=("ปิยะ", "piya.w@example.org"), subj="ตอบกลับอัตโนมัติ: คำขอของคุณ",
   body="""ขณะนี้ดิฉันไม่อยู่ที่สำนักงานจนถึงวันที่ 17 กรกฎาคม จะติดต่อกลับโดยเร็วที่สุดหลังจากกลับมา""")

# ============================================================ Vietnamese (vi)

T("vi", ["deletion"], "delete all delivery addresses and purchase history; keep account",
  frm=("Trần Minh Anh", "tran.minhanh@example.net"), subj="Yêu cầu xóa dữ liệu", client="gmail",
  body="""Xin chào,

Tôi muốn yêu cầu ExampleMart xóa toàn bộ địa chỉ giao hàng và lịch sử mua hàng của tôi. Tài khoản thì vẫn giữ nguyên.

Cảm ơn,
Minh Anh""")

T("vi", ["correction"], "stated as fact: date of birth wrong, gives the correct one",
  frm=("Phạm Quốc Huy", "pham.quochuy@example.org"), subj="Sai ngày sinh",
  body="""Ngày sinh của tôi trong hồ sơ bị sai: ghi là 05/09/1993 nhưng đúng là 09/05/1993. Nhờ anh chị sửa lại giúp. Cảm ơn!""")

T("vi", ["deletion", "cancellation"], "close account and delete all personal data",
  frm=("Lê Thu Hà", "le.thuha@example.net"), subj="Đóng tài khoản",
  body="""Chào anh chị,

Tôi muốn đóng tài khoản và xóa hết dữ liệu cá nhân của tôi. Cảm ơn.

Thu Hà""")

T("vi", ["withdrawal"], "stop promo SMS/email; withdraws marketing consent",
  frm=("Vũ Đức Long", "vu.duclong@example.net"), subj="Ngừng gửi quảng cáo", cte="quoted-printable",
  body="""Vui lòng ngừng gửi tin nhắn quảng cáo và email khuyến mãi cho tôi. Tôi rút lại sự đồng ý nhận thông tin tiếp thị.

Đức Long""")

HU("vi", "chaser in thread about an earlier address-correction request",
   frm=("Nguyễn Văn Bình", "nguyen.vanbinh@example.org"), subj="Re: Sửa địa chỉ", reply=True,
   body="""Tôi đã gửi yêu cầu sửa địa chỉ từ ngày 12/6 mà đến giờ vẫn chưa thấy phản hồi. Khi nào thì xử lý xong ạ?

Vào 12 thg 6, 2025 lúc 09:40, Nguyễn Văn Bình <nguyen.vanbinh@example.org> đã viết:
> Địa chỉ của tôi bị sai, vui lòng sửa thành Blk 61 Lengkok Bahru #04-22.""")

# ============================================================ German (de)

T("de", ["access"], "formal access request listing a), b), c); ISO-8859-1 QP, Q-encoded From",
  frm=("Jürgen Müller", "juergen.mueller@example.org"), subj="Auskunftsersuchen zu meinen Daten",
  cs="iso-8859-1", cte="quoted-printable", hmode="Q", client="thunderbird",
  body="""Sehr geehrte Damen und Herren,

ich bin seit meiner Zeit in Singapur Mitglied Ihres Kundenprogramms (Nr. M39910284). Ich bitte um Auskunft über

a) die zu meiner Person gespeicherten Daten,
b) die Zwecke, zu denen sie verwendet werden, und
c) die Empfänger, denen sie offengelegt wurden.

Mit freundlichen Grüßen
Jürgen Müller""")

T("de", ["deletion"], "after receiving the data, asks to erase location data and old addresses; quoted 'Am ... schrieb' thread holds the old access request; hard-wrapped 72",
  frm=("Sabine Krüger", "sabine.krueger@example.net"), subj="Re: Ihre Datenauskunft", reply=True,
  client="thunderbird", wrap=72,
  body="""Guten Tag,

vielen Dank für die Auskunft. Nachdem ich sie gelesen habe, möchte ich Sie bitten, die gespeicherten Standortdaten aus der App sowie meine alten Lieferadressen vollständig zu löschen. Das Kundenkonto selbst soll bestehen bleiben.

Freundliche Grüße
Sabine Krüger

Am 20.06.2025 um 09:14 schrieb ExampleMart Privacy:
> Sehr geehrte Frau Krüger,
> anbei erhalten Sie die gewünschte Auskunft.
>
>> Bitte senden Sie mir eine Kopie meiner gespeicherten Daten.""")

T("de", ["withdrawal"], "formal withdrawal where 'widerrufe' is far from 'Einwilligung'; windows-1252",
  frm=("Thomas Becker", "thomas.becker@example.org"), subj="Widerruf meiner Einwilligung", cs="windows-1252",
  body="""Sehr geehrte Damen und Herren,

hiermit widerrufe ich die von mir bei der Anmeldung zu Ihrem Kundenprogramm im Jahr 2021 für den Versand von Werbung per E-Mail, SMS und Post sowie für Werbeanrufe erteilte Einwilligung mit sofortiger Wirkung.

Mit freundlichen Grüßen
Thomas Becker""")

T("de", ["deletion", "cancellation"], "terminate customer account and delete all personal data",
  frm=("Katrin Schulz", "katrin.schulz@example.net"), subj="Kündigung Kundenkonto", client="apple",
  body="""Hallo,

bitte kündigen Sie mein Kundenkonto und löschen Sie alle meine personenbezogenen Daten.

Danke und viele Grüße
Katrin Schulz""")

HU("de", "question only: what happens to warranty claims if the account is deleted",
   frm=("Stefan Wagner", "stefan.wagner@example.net"), subj="Frage zur Kontolöschung", cs="iso-8859-1",
   hmode="Q",
   body="""Guten Tag,

ich überlege, mein Konto zu löschen. Was passiert dann mit meinen offenen Garantieansprüchen? Ich habe mich noch nicht entschieden.

Stefan Wagner""")

IG("de", "German Abwesenheitsnotiz with Auto-Submitted (ISO-8859-1 QP)", autoreply,
   frm=("Andrea Hoffmann", "andrea.hoffmann@example.org"), subj="Abwesenheitsnotiz: Ihre Anfrage",
   cs="iso-8859-1", cte="quoted-printable", hmode="Q",
   body="""Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 25. Juli nicht im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an meine Kollegin.""")

# ============================================================ French (fr)

T("fr", ["correction"], "conditional: if still registered under maiden name, replace it; ISO-8859-1",
  frm=("Claire Dubois", "claire.dubois@example.org"), subj="Changement de nom", cs="iso-8859-1",
  cte="quoted-printable", hmode="Q",
  body="""Bonjour,

Si vous m'avez toujours enregistrée sous mon nom de jeune fille (Martin), merci de le remplacer par mon nom d'épouse, Dubois.

Cordialement,
Claire Dubois""")

T("fr", ["cancellation"], "clôturer mon compte = close the account",
  frm=("Julien Moreau", "julien.moreau@example.net"), subj="Clôture de compte",
  body="""Bonjour,

Je souhaite clôturer mon compte ExampleMart. Merci de me confirmer la fermeture.

Julien Moreau""")

T("fr", ["access"], "reply above quoted thread ('Le ... a écrit :') with an old unsubscribe; new text asks for a copy of data",
  frm=("Élodie Laurent", "elodie.laurent@example.net"), subj="Re: Désinscription confirmée", reply=True,
  client="apple",
  body="""Bonjour,

Merci pour la désinscription. Pourriez-vous maintenant m'envoyer une copie de toutes les données personnelles que vous détenez à mon sujet ?

Élodie

> Le 12 juin 2025 à 10:03, ExampleMart Privacy <privacy@example.com> a écrit :
>
> Madame, votre désinscription des communications commerciales est confirmée.
>
>> Merci de ne plus m'envoyer de publicités.""")

T("fr", ["deletion", "withdrawal"], "unsubscribe from all commercial messages + erase browsing history and wishlists; windows-1252 QP",
  frm=("Nicolas Petit", "nicolas.petit@example.org"), subj="Désabonnement et effacement", cs="windows-1252",
  cte="quoted-printable", hmode="Q",
  body="""Bonjour,

Merci de me désabonner de toutes vos communications commerciales et d'effacer mon historique de navigation ainsi que mes listes d'envies.

Bien à vous,
Nicolas Petit""")

HU("fr", "thank-you reply in thread",
   frm=("Sophie Bernard", "sophie.bernard@example.net"), subj="Re: Votre demande de rectification", reply=True,
   body="""Merci beaucoup, j'ai bien reçu la confirmation.

Sophie

Le mer. 2 juil. 2025 à 11:30, ExampleMart Privacy <privacy@example.com> a écrit :
> Madame, votre adresse a été corrigée.""")

IG("fr", "French Outlook auto-reply WITHOUT Auto-Submitted", autoreply,
   frm=("Marc Lefebvre", "marc.lefebvre@example.org"), subj="Réponse automatique : Votre demande", auto=False,
   precedence=False, client="outlook",
   body="""Bonjour,

Je suis absent jusqu'au 21 juillet inclus. Votre message sera traité à mon retour.

Cordialement,
Marc Lefebvre""")

# ============================================================ Spanish (es)

T("es", ["cancellation"], "'darme de baja de la cuenta' = close the account; ISO-8859-1",
  frm=("Lucía Fernández", "lucia.fernandez@example.net"), subj="Baja de la cuenta", cs="iso-8859-1", hmode="Q",
  body="""Hola,

Quiero darme de baja de la cuenta de ExampleMart. Ya no vivo en Singapur.

Gracias,
Lucía""")

T("es", ["deletion"], "formal request for supresión of addresses, purchases and call recordings",
  frm=("Alejandro Ruiz", "alejandro.ruiz@example.org"), subj="Solicitud de supresión de datos", client="outlook",
  body="""Estimados señores:

Por la presente solicito la supresión de mis datos personales que obren en su poder, en particular mis direcciones, mi historial de compras y las grabaciones de mis llamadas al servicio de atención al cliente.

Atentamente,
Alejandro Ruiz""")

T("es", ["withdrawal"], "'baja de comunicaciones comerciales' + negation: do not close the account",
  frm=("Carmen López", "carmen.lopez@example.net"), subj="Comunicaciones comerciales", cte="quoted-printable",
  body="""Hola:

Por favor, denme de baja de las comunicaciones comerciales (correo y SMS). No quiero cerrar la cuenta, solo dejar de recibir publicidad.

Carmen""")

T("es", ["access", "correction"], "copy of data + fix surname; quoted thread with 'escribió:' header holds an old closure question",
  frm=("Diego Martín", "diego.martin@example.org"), subj="Re: Consulta sobre su cuenta", client="gmail",
  reply=True,
  body="""Hola de nuevo,

Al final no voy a cerrar la cuenta. Lo que sí necesito es una copia de mis datos personales y que corrijan mi segundo apellido: es "Martín Sáez", no "Martín Sanz".

Gracias,
Diego

El lun, 16 jun 2025 a las 11:20, ExampleMart Privacy (<privacy@example.com>) escribió:
> Estimado Sr. Martín: si cierra su cuenta perderá los puntos acumulados.
>
>> ¿Qué pasa con mis puntos si cierro la cuenta?""")

HU("es", "asks what his brother bought (someone else's data)",
   frm=("Pablo Gómez", "pablo.gomez@example.net"), subj="Compras de mi hermano",
   body="""Hola, ¿me pueden decir qué compró mi hermano con su cuenta el mes pasado? Es para prepararle una sorpresa. Gracias.""")

IG("es", "Spanish out-of-office with Auto-Submitted", autoreply,
   frm=("Javier Torres", "javier.torres@example.org"), subj="Respuesta automática: Su solicitud",
   body="""Gracias por su mensaje. Estaré fuera de la oficina hasta el 18 de julio. Responderé a su correo a mi regreso.""")

# ============================================================ Italian (it)

T("it", ["deletion"], "'cancellazione dei dati' = erasure of addresses and purchase history",
  frm=("Giulia Romano", "giulia.romano@example.net"), subj="Cancellazione dei miei dati", client="gmail",
  body="""Buongiorno,

vi chiedo la cancellazione dei miei dati personali, in particolare degli indirizzi di consegna e della cronologia degli acquisti.

Cordiali saluti,
Giulia Romano""")

T("it", ["access"], "copy of personal data; ISO-8859-1",
  frm=("Marco Bianchi", "marco.bianchi@example.org"), subj="Richiesta di accesso ai dati", cs="iso-8859-1",
  body="""Gentili signori,

chiedo di ricevere copia dei dati personali che mi riguardano e che sono in vostro possesso, compresi i dati raccolti tramite l'app.

Distinti saluti,
Marco Bianchi""")

T("it", ["withdrawal", "cancellation"], "close the account; meanwhile revokes marketing consent",
  frm=("Francesca Ricci", "francesca.ricci@example.net"), subj="Chiusura account", cte="quoted-printable",
  body="""Salve,

desidero chiudere il mio account ExampleMart. Nel frattempo revoco il consenso all'invio di comunicazioni di marketing.

Grazie,
Francesca Ricci""")

HU("it", "question only: are points lost if the account is closed",
   frm=("Luca Esposito", "luca.esposito@example.org"), subj="Domanda sui punti",
   body="""Buongiorno, se chiudo l'account perdo i punti accumulati? Non ho ancora deciso. Grazie""")

IG("it", "Italian auto-reply with Auto-Submitted", autoreply,
   frm=("Chiara Colombo", "chiara.colombo@example.org"), subj="Risposta automatica: Re: La sua richiesta",
   body="""Sono fuori ufficio fino al 23 luglio con accesso limitato alla posta. Risponderò al mio rientro.""")

# ============================================================ Dutch (nl)

T("nl", ["access"], "inzage in persoonsgegevens = access",
  frm=("Sanne de Vries", "sanne.devries@example.net"), subj="Verzoek om inzage",
  body="""Beste ExampleMart,

Ik wil graag inzage in de persoonsgegevens die u over mij verwerkt, inclusief mijn aankoopgeschiedenis en puntensaldo.

Met vriendelijke groet,
Sanne de Vries""")

T("nl", ["cancellation"], "account opheffen = close the account; 'alvast bedankt'",
  frm=("Daan Jansen", "daan.jansen@example.org"), subj="Account opheffen", client="iphone",
  body="""Graag mijn account opheffen, ik gebruik het niet meer. Alvast bedankt!

Verzonden vanaf mijn iPhone""")

T("nl", ["correction"], "stated as fact: address outdated, gives new one",
  frm=("Emma Bakker", "emma.bakker@example.net"), subj="Adreswijziging", cs="windows-1252",
  body="""Hallo,

Mijn adres in jullie systeem klopt niet meer. Het nieuwe adres is 14 Example Road, #02-11, Singapore 000214.

Groetjes,
Emma""")

HU("nl", "complaint about late delivery; no privacy request",
   frm=("Lars Visser", "lars.visser@example.org"), subj="Klacht levering",
   body="""Mijn bestelling is al twee weken te laat en niemand reageert op mijn berichten. Dit is echt slecht.""")

IG("nl", "Dutch afwezigheidsbericht with Auto-Submitted", autoreply,
   frm=("Anouk Smit", "anouk.smit@example.org"), subj="Afwezig: Uw verzoek",
   body="""Bedankt voor uw bericht. Ik ben afwezig tot en met 20 juli en lees mijn e-mail daarna.""")

# ============================================================ Portuguese (pt)

T("pt", ["deletion"], "eliminação of addresses and purchase history",
  frm=("Inês Carvalho", "ines.carvalho@example.net"), subj="Eliminação de dados", cs="iso-8859-1", hmode="Q",
  body="""Bom dia,

Solicito a eliminação dos meus dados pessoais, nomeadamente as moradas de entrega e o histórico de compras.

Com os melhores cumprimentos,
Inês Carvalho""")

T("pt", ["withdrawal"], "cancel newsletter subscription and all promotional messages",
  frm=("Rafael Souza", "rafael.souza@example.org"), subj="Cancelar newsletter", client="gmail",
  body="""Olá,

Quero cancelar a inscrição na newsletter e em todas as mensagens promocionais. Obrigado!

Rafael""")

T("pt", ["access", "correction"], "copy of personal data + correct surname",
  frm=("Beatriz Almeida", "beatriz.almeida@example.net"), subj="Cópia dos dados e correção do nome",
  cte="quoted-printable",
  body="""Olá,

Gostaria de receber uma cópia dos meus dados pessoais e de corrigir o meu apelido, que está registado como "Almeyda" em vez de "Almeida".

Obrigada,
Beatriz""")

HU("pt", "question only: what data is kept after closing an account",
   frm=("Tiago Ferreira", "tiago.ferreira@example.org"), subj="Dúvida sobre dados",
   body="""Boa tarde, se eu encerrar a minha conta, que dados ficam guardados e durante quanto tempo? É só uma dúvida.""")

IG("pt", "Portuguese auto-reply with Auto-Submitted", autoreply,
   frm=("Ana Rodrigues", "ana.rodrigues@example.org"), subj="Resposta automática: O seu pedido",
   body="""Obrigada pela sua mensagem. Estou ausente até 22 de julho e responderei assim que regressar.""")

# ============================================================ rarely received languages -> human (set policy)

HU("is", "Icelandic: asks to erase personal data, but a language this office cannot handle -> human",
   frm=("Guðrún Sigurðardóttir", "gudrun.s@example.net"), subj="Eyðing persónuupplýsinga",
   body="""Góðan dag,

Ég keypti vörur hjá ykkur þegar ég bjó í Singapúr. Vinsamlegast eyðið öllum persónuupplýsingum um mig.

Kær kveðja,
Guðrún""")

HU("sw", "Swahili: asks to stop promotional email; rare language -> human",
   frm=("Amani Mwangi", "amani.mwangi@example.org"), subj="Barua pepe za matangazo",
   body="""Habari,

Naomba mniondoe kwenye orodha yenu ya barua pepe za matangazo. Sitaki kupokea matangazo tena.

Asante,
Amani""")

HU("cy", "Welsh: asks for a copy of personal data; rare language -> human",
   frm=("Rhys Llywelyn", "rhys.llywelyn@example.net"), subj="Cais am gopi o fy nata",
   body="""Annwyl Syr/Madam,

Hoffwn gael copi o'r data personol sydd gennych amdanaf, os gwelwch yn dda.

Yn gywir,
Rhys Llywelyn""")

HU("lv", "Latvian: asks to close the account; rare language -> human",
   frm=("Līga Bērziņa", "liga.berzina@example.org"), subj="Konta slēgšana",
   body="""Labdien,

Lūdzu, slēdziet manu ExampleMart kontu. Es vairs nedzīvoju Singapūrā.

Ar cieņu,
Līga Bērziņa""")

# ============================================================ extra forwards as message/rfc822

T("en", ["correction"], "store staff forward a customer's mail as message/rfc822; the customer asks to change surname after marriage",
  frm=("ExampleMart Jem Outlet", "jem.outlet@example.com"), subj="FW: Name change on loyalty account",
  client="outlook",
  inner=dict(frm=("Wong Hui Ling", "huiling.wong@example.net"), to="jem.outlet@example.com",
             subj="Name change on loyalty account", date="Sat, 05 Jul 2025 13:22:40 +0800",
             filename="Name change on loyalty account.eml",
             body="""Hi,

My loyalty account still shows my maiden name, Tan Hui Ling. Since my marriage it is Wong Hui Ling - could you update it please? Member no. M84420716.

Thank you,
Hui Ling"""),
  body="""Hi Privacy team,

A customer sent the attached email to our outlet mailbox. Forwarding it to you for action.

Thanks,
Jem Outlet (Store 114)""")

T("zh", ["withdrawal"], "customer re-sends own earlier mail attached as message/rfc822 (inner GB2312): no more promo SMS/email, does not agree to marketing use",
  frm=("邱雪梅", "qiu.xuemei@example.org"), subj="再次发送：停止推销信息",
  inner=dict(frm=("邱雪梅", "qiu.xuemei@example.org"), to=PRIV, subj="停止推销信息", cs="gb2312",
             date="Mon, 23 Jun 2025 19:48:02 +0800", filename="stop.eml",
             body="""你好，

请不要再给我发送任何促销短信和邮件，我不同意你们用我的资料做营销。

邱雪梅"""),
  body="""上周发的邮件附在下面，到现在还在收到广告，请处理。""")


# ============================================================ build, describe, check

CTE_SHORT = {"quoted-printable": "qp", "base64": "b64", "7bit": "7bit", "8bit": "8bit"}


def _tree(p):
    ct = p.get_content_type()
    if ct == "message/rfc822":
        return "message/rfc822{" + _tree(p.get_payload(0)) + "}"
    if ct in ("message/delivery-status", "message/disposition-notification"):
        return ct
    if p.is_multipart():
        return ct + "[" + ", ".join(_tree(c) for c in p.get_payload()) + "]"
    bits = [ct]
    cs = p.get_param("charset")
    if cs:
        bits.append(str(cs).lower())
    cte = str(p.get("Content-Transfer-Encoding", "7bit")).lower()
    bits.append(CTE_SHORT.get(cte, cte))
    return " ".join(bits)


def describe(raw):
    msg = BytesParser(policy=policy.compat32).parsebytes(raw)
    head = raw.split(b"\n\n", 1)[0].decode("utf-8", "replace")
    head = re.sub(r"\n[ \t]+", " ", head)
    hdr = {}
    for line in head.split("\n"):
        k, _, v = line.partition(":")
        hdr.setdefault(k.strip().lower(), v.strip())
    flags = []
    for h in ("from", "subject"):
        v = hdr.get(h, "")
        if "=?" in v:
            m = re.search(r"=\?([^?]+)\?([BbQq])\?", v)
            flags.append(f"RFC2047 {h.capitalize()} ({m.group(1).lower()} {m.group(2).upper()})")
        elif h in hdr and not v.isascii():
            flags.append(f"raw 8-bit {h.capitalize()}")
    if "subject" not in hdr:
        flags.append("no Subject")
    for h, label in (("in-reply-to", "In-Reply-To"), ("auto-submitted", "Auto-Submitted"),
                     ("precedence", "Precedence"), ("list-id", "List-Id"),
                     ("x-spam-flag", "X-Spam-Flag"), ("x-mailer", "X-Mailer"),
                     ("user-agent", "User-Agent")):
        if h in hdr:
            v = hdr[h]
            if h in ("auto-submitted", "precedence", "x-spam-flag"):
                flags.append(f"{label}: {v}")
            elif h in ("x-mailer", "user-agent"):
                flags.append(f"{label}: {v.split(' (')[0]}")
            else:
                flags.append(label)
    return _tree(msg) + ("; " + "; ".join(flags) if flags else "")


def build():
    order = list(range(len(SPECS)))
    random.Random(20250709).shuffle(order)
    files, rows = {}, []
    for i, si in enumerate(order, 1):
        route, lang, labels, why, fn, kw = SPECS[si]
        raw = fn(make_ctx(i), **kw)
        name = f"e{i:03d}.eml"
        files[name] = raw
        rows.append({"file": name, "labels": [l for l in LABELS if l in labels], "route": [route],
                     "lang": lang, "notes": f"{why} | MIME: {describe(raw)}"})
    manifest = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")
    return files, manifest


ADDR_HEADERS = ("from", "to", "cc", "bcc", "reply-to", "sender", "resent-from", "resent-to",
                "disposition-notification-to", "return-receipt-to")
ADDR_RE = re.compile(r"[A-Za-z0-9._%+=-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL_RE = re.compile(r"(?:https?|ftp)://([A-Za-z0-9.-]+)")
LANGS = {"en", "zh", "ms", "ta", "id", "ja", "ko", "th", "vi", "de", "fr", "es", "it", "nl",
         "pt", "is", "sw", "cy", "lv", "mt", "eu"}


def check(files, manifest):
    errors = []

    def err(f, m):
        errors.append(f"{f}: {m}")

    rows = [json.loads(l) for l in manifest.decode("utf-8").splitlines()]
    names = [r["file"] for r in rows]
    if len(names) != len(set(names)):
        errors.append("manifest: duplicate rows")
    if set(names) != set(files):
        errors.append("manifest: rows do not match files one-to-one")
    if sorted(files) != [f"e{i:03d}.eml" for i in range(1, len(files) + 1)]:
        errors.append("files are not numbered e001..eNNN without gaps")
    if len(files) < 210:
        errors.append(f"only {len(files)} files")
    for r in rows:
        f = r["file"]
        if set(r) != {"file", "labels", "route", "lang", "notes"}:
            err(f, "bad manifest keys")
        if not set(r["labels"]) <= set(LABELS) or len(set(r["labels"])) != len(r["labels"]):
            err(f, "bad labels")
        if r["route"] not in (["ticket"], ["human"], ["ignore"]):
            err(f, "bad route")
        if bool(r["labels"]) != (r["route"] == ["ticket"]):
            err(f, "labels/route mismatch")
        if r["lang"] not in LANGS:
            err(f, "bad lang")
        if " | MIME: " not in r["notes"]:
            err(f, "notes lack MIME shape")
    for f, raw in sorted(files.items()):
        if b"\r" in raw:
            err(f, "CR byte")
        if any(len(l) > 998 for l in raw.split(b"\n")):
            err(f, "line longer than 998 bytes")
        try:
            msg = BytesParser(policy=policy.default).parsebytes(raw)
        except Exception as e:  # noqa: BLE001
            err(f, f"parse failed: {e!r}")
            continue
        texts = []
        for part in msg.walk():
            if part.defects:
                err(f, f"defects {part.defects}")
            for k in part.keys():
                for v in part.get_all(k):
                    texts.append(str(v))
                    if k.lower() in ADDR_HEADERS:
                        for a in v.addresses:
                            if a.domain not in ALLOWED:
                                err(f, f"{k} domain {a.domain!r}")
            if part.get_content_maintype() == "text" and not part.is_multipart():
                try:
                    texts.append(part.get_content())
                except Exception as e:  # noqa: BLE001
                    err(f, f"get_content failed on {part.get_content_type()}: {e!r}")
        rp = msg.get("Return-Path")
        if rp and str(rp).strip() not in ("<>",):
            d = str(rp).strip("<> ").rsplit("@", 1)[-1]
            if d not in ALLOWED:
                err(f, f"Return-Path domain {d!r}")
        for t in texts:
            for d in ADDR_RE.findall(t):
                if d.lower() not in ALLOWED:
                    err(f, f"address domain {d!r}")
            for host in URL_RE.findall(t):
                h = host.lower().rstrip(".")
                if not any(h == a or h.endswith("." + a) for a in ALLOWED):
                    err(f, f"URL host {host!r}")
    return errors


def stats(manifest):
    from collections import Counter
    rows = [json.loads(l) for l in manifest.decode("utf-8").splitlines()]
    route = Counter(r["route"][0] for r in rows)
    lab = Counter(l for r in rows for l in r["labels"])
    single = Counter(r["labels"][0] for r in rows if len(r["labels"]) == 1)
    multi = sum(1 for r in rows if len(r["labels"]) > 1)
    lang = Counter(r["lang"] for r in rows)
    lang_route = Counter((r["lang"], r["route"][0]) for r in rows)
    return rows, route, lab, single, multi, lang, lang_route


def main():
    files, manifest = build()
    files2, manifest2 = build()
    errors = check(files, manifest)
    if files != files2 or manifest != manifest2:
        errors.append("build is not deterministic")
    if "--check" not in sys.argv:
        for old in HERE.glob("e[0-9][0-9][0-9].eml"):
            if old.name not in files:
                old.unlink()
        for name, raw in files.items():
            (HERE / name).write_bytes(raw)
        (HERE / "manifest.jsonl").write_bytes(manifest)
        # re-read what is on disk and check that too
        disk = {p.name: p.read_bytes() for p in sorted(HERE.glob("e[0-9][0-9][0-9].eml"))}
        errors += [f"disk: {e}" for e in check(disk, (HERE / "manifest.jsonl").read_bytes())]
    rows, route, lab, single, multi, lang, lang_route = stats(manifest)
    print(f"files: {len(files)}")
    print("route:", dict(sorted(route.items())))
    print("labels (any):", dict(sorted(lab.items())))
    print("single-type tickets:", dict(sorted(single.items())), "multi-type tickets:", multi)
    print("lang:", dict(lang.most_common()))
    print("lang x route:", {f"{k[0]}/{k[1]}": v for k, v in sorted(lang_route.items())})
    if errors:
        print(f"SELF-CHECK FAILED ({len(errors)} problems):")
        for e in errors[:60]:
            print("  " + e)
        sys.exit(1)
    print("self-checks passed: parse + get_content on every text leaf, address/URL domains, "
          "no CR, one manifest row per file, deterministic")


if __name__ == "__main__":
    main()
