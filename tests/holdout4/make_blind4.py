#!/usr/bin/env python3
"""Blind evaluation set 4 for the ExampleMart privacy-mailbox bot.

Writes b001.eml ... bNNN.eml (LF line endings) and manifest.jsonl next to this
script.  Python 3.11 standard library only.  Every person, address, phone
number and account below is invented; all domains are example.com / .org /
.net or their subdomains.

The messages are assembled byte by byte (not with email.generator) so that the
MIME shapes look like what real clients send, including a few deliberately
awkward ones (mislabelled charsets, raw 8-bit headers, windows-874, ...).
"""
from __future__ import annotations

import base64
import html as _html
import json
import quopri
import random
import re
import string
import sys
import unicodedata
import uuid
from datetime import datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
R = random.Random(20250417)
PRIV = "privacy@example.com"
PRIV_NAMED = "ExampleMart Privacy <privacy@example.com>"
LABELS = {"access", "correction", "deletion", "withdrawal", "cancellation"}

# --------------------------------------------------------------------------
# low-level helpers
# --------------------------------------------------------------------------

_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def _vn1258(text: str) -> bytes:
    """Vietnamese in windows-1258: base letters precomposed, tone marks combining."""
    out = []
    for ch in text:
        d = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in d if c not in _TONES))
        out.append(base + "".join(c for c in d if c in _TONES))
    return "".join(out).encode("cp1258")


def enc(text: str, charset: str) -> bytes:
    cs = charset.lower()
    if cs == "windows-1258":
        return _vn1258(text)
    codec = {"windows-874": "cp874", "ks_c_5601-1987": "euc_kr", "us-ascii": "ascii",
             "x-gbk": "gbk"}.get(cs, cs)
    return text.encode(codec)


def _ew1(s: str, charset: str, mode: str) -> str:
    data = enc(s, charset)
    if mode.upper() == "B":
        payload = base64.b64encode(data).decode()
    else:
        payload = "".join(
            "_" if b == 32 else (chr(b) if (b < 128 and (chr(b).isalnum() or chr(b) in "!*+-/")) else "=%02X" % b)
            for b in data)
    return f"=?{charset}?{mode}?{payload}?="


def ew(s: str, charset: str = "UTF-8", mode: str = "B", maxlen: int = 75) -> str:
    """RFC 2047 encode s, split into several encoded-words folded on new lines."""
    words, cur = [], ""
    for ch in s:
        if cur and len(_ew1(cur + ch, charset, mode)) > maxlen:
            words.append(_ew1(cur, charset, mode))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(_ew1(cur, charset, mode))
    return "\n ".join(words)


def hv(s: str, charset: str | None = None, mode: str = "B") -> str:
    if charset is None and all(ord(c) < 128 for c in s):
        return s
    return ew(s, charset or "UTF-8", mode)


def A(name: str | None, addr: str, cs: str | None = None, mode: str = "B", quote: bool = False) -> str:
    """Format a mailbox; non-ASCII display names become encoded-words."""
    if not name:
        return addr
    if cs is None and all(ord(c) < 128 for c in name):
        if quote or re.search(r'[,.;:@()<>\[\]"]', name):
            return f'"{name}" <{addr}>'
        return f"{name} <{addr}>"
    return f"{ew(name, cs or 'UTF-8', mode)} <{addr}>"


def addr_of(mailbox: str) -> str:
    m = re.search(r"<([^>]+)>", mailbox)
    return m.group(1) if m else mailbox.strip()


def name_of(mailbox: str) -> str:
    m = re.match(r'\s*"?([^"<]*?)"?\s*<', mailbox)
    return m.group(1) if m else mailbox


def dom_of(mailbox: str) -> str:
    return addr_of(mailbox).split("@")[-1]


def rs(n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    return "".join(R.choice(alphabet) for _ in range(n))


def ruuid() -> str:
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def rdt() -> datetime:
    return datetime(2025, 1, 2) + timedelta(days=R.randrange(0, 300), seconds=R.randrange(6 * 3600, 23 * 3600 + 3000))


def fmt_date(d: datetime, tz: str = "+0800", pad: bool = False) -> str:
    day = f"{d.day:02d}" if pad else str(d.day)
    return f"{_DAYS[d.weekday()]}, {day} {_MONTHS[d.month - 1]} {d.year} {d:%H:%M:%S} {tz}"


def mid_for(style: str, mailbox: str) -> str:
    dom = dom_of(mailbox)
    if style == "gmail":
        return "<CA" + rs(1, "BEFHJKLMNOP") + rs(40, string.ascii_letters + string.digits + "+_=-") + "@mail.gmail.com>"
    if style == "outlook":
        t = "SEZPR06MB" + str(R.randrange(1000, 9999))
        return f"<{t}{rs(28, '0123456789ABCDEF')}@{t}.apcprd06.prod.outlook.com>"
    if style == "exchange":
        return f"<{rs(32, '0123456789abcdef')}@{R.choice(['EXCH01', 'SRV-MBX02', 'MBX3'])}.{dom}>"
    if style == "apple":
        return f"<{ruuid().upper()}@{dom}>"
    if style == "tb":
        return f"<{ruuid()}@{dom}>"
    if style == "yahoo":
        return f"<{R.randrange(10**8, 10**9)}.{R.randrange(10**6, 10**7)}.{R.randrange(10**12, 10**13)}@mail.yahoo.example.net>"
    if style == "qq":
        return f"<tencent_{rs(40, '0123456789ABCDEF')}@qq.example.com>"
    if style == "coremail":
        return f"<{rs(8, string.digits)}.{rs(4, string.digits)}.{rs(14, string.digits)}.JavaMail.{rs(6, string.ascii_lowercase)}@{dom}>"
    return f"<{R.randrange(10**11, 10**12)}.{rs(10, string.ascii_lowercase + string.digits)}@{dom}>"


def boundary(style: str) -> str:
    if style == "gmail":
        return "000000000000" + rs(16, "0123456789abcdef")
    if style == "outlook":
        return "_000_SEZPR06MB" + rs(30, "0123456789ABCDEF") + "apcp_"
    if style == "apple":
        return "Apple-Mail=_" + ruuid().upper()
    if style == "tb":
        return "------------" + rs(24)
    if style == "yahoo":
        return f"----=_Part_{R.randrange(10**6, 10**7)}_{R.randrange(10**8, 10**9)}.{R.randrange(10**12, 10**13)}"
    return "=_" + rs(28, "0123456789abcdef")


def cte_encode(data: bytes, cte: str | None) -> bytes:
    if cte == "base64":
        s = base64.b64encode(data).decode()
        return ("\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\n").encode()
    if cte == "quoted-printable":
        out = quopri.encodestring(data)
        return out if out.endswith(b"\n") else out + b"\n"
    return data if data.endswith(b"\n") else data + b"\n"


def leaf(ctype: str, content: str | bytes, charset: str | None = None, cte: str | None = "7bit",
         quote_cs: bool = True, params: str = "", headers: tuple | list = ()) -> bytes:
    data = content if isinstance(content, bytes) else enc(content, charset or "us-ascii")
    ct = ctype
    if charset:
        ct += f'; charset="{charset}"' if quote_cs else f"; charset={charset}"
    ct += params
    lines = [f"Content-Type: {ct}"]
    if cte:
        lines.append(f"Content-Transfer-Encoding: {cte}")
    lines += list(headers)
    return ("\n".join(lines) + "\n\n").encode() + cte_encode(data, cte)


def multi(subtype: str, parts: list[bytes], bnd: str, params: str = "", preamble: str | None = None,
          headers: tuple | list = ()) -> bytes:
    head = f"Content-Type: multipart/{subtype};"
    if params:
        head += f" {params};"
    head += f'\n\tboundary="{bnd}"\n'
    for h in headers:
        head += h + "\n"
    out = head.encode() + b"\n"
    if preamble:
        out += preamble.encode() + b"\n"
    for p in parts:
        out += f"--{bnd}\n".encode() + p
        if not p.endswith(b"\n"):
            out += b"\n"
        out += b"\n"
    out += f"--{bnd}--\n".encode()
    return out


def message(headers: list, entity: bytes) -> bytes:
    lines = []
    for k, v in headers:
        if v is None:
            continue
        if isinstance(v, bytes):
            lines.append(k.encode() + b": " + v)
        else:
            lines.append(f"{k}: {v}".encode("ascii"))
    return b"\n".join(lines) + b"\n" + entity


def flow(text: str, width: int = 72) -> str:
    """format=flowed: soft line breaks carry a trailing space."""
    out = []
    for line in text.split("\n"):
        if line == "-- ":
            out.append(line)
            continue
        m = re.match(r"^(>+ ?)", line)
        prefix = m.group(1) if m else ""
        body = line[len(prefix):]
        if body.startswith(("From ", " ")) and not prefix:
            body = " " + body
        if len(line) <= 78 or " " not in body:
            out.append(prefix + body.rstrip(" ") if body.strip() else prefix.rstrip() if prefix else "")
            continue
        words = body.split(" ")
        cur = ""
        chunks = []
        for w in words:
            if cur and len(prefix) + len(cur) + len(w) + 1 > width:
                chunks.append(cur + " ")
                cur = w
            else:
                cur = w if not cur else cur + " " + w
        chunks.append(cur.rstrip(" "))
        out += [prefix + c for c in chunks]
    return "\n".join(out)


def quote_lines(text: str, prefix: str = "> ") -> str:
    return "\n".join((prefix + l) if l.strip() else prefix.rstrip() for l in text.strip("\n").split("\n"))


def is_ascii(s: str) -> bool:
    return all(ord(c) < 128 for c in s)


# --------------------------------------------------------------------------
# headers
# --------------------------------------------------------------------------

def _ip() -> str:
    return R.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(R.randrange(2, 250))


def transport(frm: str, date: str, to: str = PRIV, host: str | None = None) -> list:
    h = host or ("mail." + dom_of(frm) if not dom_of(frm).startswith("mail") else dom_of(frm))
    qid = rs(12, "0123456789ABCDEF")
    rp = "<>" if "mailer-daemon" in frm.lower() or "postmaster" in frm.lower() else f"<{addr_of(frm)}>"
    return [
        ("Return-Path", rp),
        ("Delivered-To", PRIV),
        ("Received", f"from {h} ({h} [{_ip()}])\n\tby mx1.example.com (Postfix) with ESMTPS id {qid}\n\tfor <{PRIV}>; {date}"),
    ]


class Q:
    """A quoted earlier message, rendered in the style of the replying client."""

    def __init__(self, text: str, attr: str | None = None, frm: str | None = None, sent: str | None = None,
                 to: str | None = None, subject: str | None = None, lang: str = "en", cc: str | None = None,
                 rule: bool = False):
        self.text, self.attr, self.frm, self.sent, self.to = text.strip("\n"), attr, frm, sent, to
        self.subject, self.lang, self.cc, self.rule = subject, lang, cc, rule


OL_LABELS = {
    "en": ("From:", "Sent:", "To:", "Cc:", "Subject:"),
    "de": ("Von:", "Gesendet:", "An:", "Cc:", "Betreff:"),
    "fr": ("De :", "Envoyé :", "À :", "Cc :", "Objet :"),
    "da": ("Fra:", "Sendt:", "Til:", "Cc:", "Emne:"),
    "zh": ("发件人:", "发送时间:", "收件人:", "抄送:", "主题:"),
    "zh-Hant": ("寄件者:", "寄件日期:", "收件者:", "副本:", "主旨:"),
    "ja": ("差出人:", "送信日時:", "宛先:", "CC:", "件名:"),
    "ko": ("보낸 사람:", "보낸 날짜:", "받는 사람:", "참조:", "제목:"),
    "nl": ("Van:", "Verzonden:", "Aan:", "CC:", "Onderwerp:"),
    "es": ("De:", "Enviado el:", "Para:", "CC:", "Asunto:"),
    "it": ("Da:", "Inviato:", "A:", "Cc:", "Oggetto:"),
    "pt": ("De:", "Enviado:", "Para:", "Cc:", "Assunto:"),
    "id": ("Dari:", "Dikirim:", "Kepada:", "Cc:", "Subjek:"),
    "sv": ("Från:", "Skickat:", "Till:", "Kopia:", "Ämne:"),
    "pl": ("Od:", "Wysłano:", "Do:", "DW:", "Temat:"),
    "vi": ("Từ:", "Đã gửi:", "Đến:", "Cc:", "Chủ đề:"),
    "th": ("จาก:", "ส่ง:", "ถึง:", "สำเนาถึง:", "เรื่อง:"),
}


def _ol_quote_plain(q: Q) -> str:
    f, s, t, c, sub = OL_LABELS[q.lang]
    lines = [f"{f} {q.frm}", f"{s} {q.sent}", f"{t} {q.to}"]
    if q.cc:
        lines.append(f"{c} {q.cc}")
    lines.append(f"{sub} {q.subject}")
    head = ("________________________________\n" if q.rule else "") + "\n".join(lines)
    return head + "\n\n" + q.text


def hdrs(frm: str, subject, *, to=PRIV, cc=None, date=None, tz="+0800", mid=None, mid_style="generic", irt=None,
         refs=None, subj_cs=None, subj_mode="B", extra=(), pre=(), transport_hdrs=True, reply_to=None):
    d = date or fmt_date(rdt(), tz)
    h = []
    if transport_hdrs:
        h += transport(frm, d)
    h += list(pre)
    h.append(("Date", d))
    h.append(("From", frm))
    if reply_to:
        h.append(("Reply-To", reply_to))
    h.append(("To", to))
    if cc:
        h.append(("Cc", cc))
    if subject is None:
        pass
    elif isinstance(subject, bytes):
        h.append(("Subject", subject))
    else:
        h.append(("Subject", hv(subject, subj_cs, subj_mode) if subject else ""))
    h.append(("Message-ID", mid or mid_for(mid_style, frm)))
    if irt:
        h.append(("In-Reply-To", irt))
        h.append(("References", refs or irt))
    h += list(extra)
    return h


# --------------------------------------------------------------------------
# attachments
# --------------------------------------------------------------------------

def pdf_stub(title: str) -> bytes:
    t = title.replace("(", "[").replace(")", "]")
    body = f"BT /F1 12 Tf 72 720 Td ({t}) Tj ET"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(body)} >>\nstream\n{body}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = "%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n{o}\nendobj\n"
    x = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n" + "".join(f"{o:010d} 00000 n \n" for o in offs)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{x}\n%%EOF\n"
    return out.encode("latin-1")


def att_pdf(filename: str, title: str, fn_cs: str | None = None) -> bytes:
    if fn_cs or not is_ascii(filename):
        q = f'name="{ew(filename, fn_cs or "UTF-8")}"'
        disp = f'attachment;\n\tfilename*=UTF-8\'\'{"".join(c if c.isalnum() and ord(c) < 128 else "%%%02X" % b for c in filename for b in c.encode("utf-8"))}'
    else:
        q = f'name="{filename}"'
        disp = f'attachment; filename="{filename}"'
    return leaf("application/pdf", pdf_stub(title), None, "base64", params="; " + q,
                headers=[f"Content-Disposition: {disp}"])


def att_jpg(filename: str) -> bytes:
    data = bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffdb004300") + bytes(R.randrange(256) for _ in range(300)) + b"\xff\xd9"
    return leaf("image/jpeg", data, None, "base64", params=f'; name="{filename}"',
                headers=[f'Content-Disposition: attachment; filename="{filename}"'])


def att_rfc822(inner: bytes, filename: str | None = None) -> bytes:
    hd = "Content-Type: message/rfc822\n"
    if filename:
        hd = f'Content-Type: message/rfc822; name="{filename}"\n'
        hd += f'Content-Disposition: attachment; filename="{filename}"\n'
    else:
        hd += "Content-Disposition: attachment\n"
    return hd.encode() + b"\n" + inner


# --------------------------------------------------------------------------
# client shapes
# --------------------------------------------------------------------------

def _mixed(entity: bytes, attach, style: str) -> bytes:
    if not attach:
        return entity
    return multi("mixed", [entity] + list(attach), boundary(style))


GMAIL_Q = 'margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex'


def _html_lines(text: str, style: str) -> str:
    out = []
    for line in text.split("\n"):
        e = _html.escape(line, quote=False)
        if style == "gmail":
            out.append(f"<div>{e}</div>" if line.strip() else "<div><br></div>")
        else:
            out.append(f"{e}<br>" if line.strip() else "<br>")
    return "\n".join(out)


def _gmail_quote_html(q: Q) -> str:
    inner = q.text
    nested = []
    # turn "> " prefixed lines inside the quote into nested blockquotes
    buf, depth_lines = [], []
    html_lines = []
    for line in inner.split("\n"):
        if line.startswith(">"):
            depth_lines.append(line.lstrip(">").lstrip(" "))
        else:
            if depth_lines:
                html_lines.append(f'<blockquote class="gmail_quote" style="{GMAIL_Q}">' +
                                  _html_lines("\n".join(depth_lines), "gmail") + "</blockquote>")
                depth_lines = []
            html_lines.append(_html_lines(line, "gmail"))
    if depth_lines:
        html_lines.append(f'<blockquote class="gmail_quote" style="{GMAIL_Q}">' +
                          _html_lines("\n".join(depth_lines), "gmail") + "</blockquote>")
    return ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
            f"{_html.escape(q.attr or '', quote=False)}<br></div>"
            f'<blockquote class="gmail_quote" style="{GMAIL_Q}"><div dir="ltr">' + "\n".join(html_lines) +
            "</div></blockquote></div>")


def gmail(frm, subject, body, *, quote: Q | None = None, attach=(), cte=None, html_cte=None, charset="UTF-8",
          html_extra="", html_body=None, **kw) -> bytes:
    extra = list(kw.pop("extra", ()))
    h = hdrs(frm, subject, mid_style="gmail", extra=[("MIME-Version", "1.0")] + extra, **kw)
    plain = body.rstrip("\n")
    if quote:
        plain += "\n\n" + quote.attr + "\n\n" + quote_lines(quote.text) + "\n"
    plain += "\n"
    if cte is None:
        if is_ascii(plain):
            cte = "7bit"
        elif sum(ord(c) > 0x24F for c in plain) > len(plain) / 4:
            cte = "base64"
        else:
            cte = "quoted-printable"
    if html_body is None:
        hb = '<div dir="ltr">' + _html_lines(body.rstrip("\n"), "gmail") + html_extra + "</div>"
        if quote:
            hb += _gmail_quote_html(quote)
        hb += "\n"
    else:
        hb = html_body
    hcte = html_cte or ("7bit" if is_ascii(hb) else ("base64" if cte == "base64" else "quoted-printable"))
    p1 = leaf("text/plain", plain, charset if not is_ascii(plain) or charset != "UTF-8" else "UTF-8", cte)
    p2 = leaf("text/html", hb, charset, hcte)
    ent = multi("alternative", [p1, p2], boundary("gmail"))
    if attach:
        ent = multi("mixed", [ent] + list(attach), boundary("gmail"))
    return message(h, ent)


OUTLOOK_STYLE = """<style><!--
/* Font Definitions */
@font-face
\t{font-family:"Cambria Math";
\tpanose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
\t{font-family:Calibri;
\tpanose-1:2 15 5 2 2 2 4 3 2 4;}
@font-face
\t{font-family:Aptos;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
\t{margin:0cm;
\tfont-size:11.0pt;
\tfont-family:"Calibri",sans-serif;
\tmso-ligatures:standardcontextual;
\tmso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
\t{mso-style-priority:99;
\tcolor:#0563C1;
\ttext-decoration:underline;}
span.EmailStyle17
\t{mso-style-type:personal-compose;
\tfont-family:"Calibri",sans-serif;
\tcolor:windowtext;}
.MsoChpDefault
\t{mso-style-type:export-only;
\tfont-size:10.0pt;
\tmso-ligatures:none;}
@page WordSection1
\t{size:612.0pt 792.0pt;
\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1
\t{page:WordSection1;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]-->"""


def _ol_p(line: str) -> str:
    if not line.strip():
        return '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
    return f'<p class="MsoNormal">{_html.escape(line, quote=False)}<o:p></o:p></p>'


def outlook(frm, subject, body, *, quote: Q | None = None, attach=(), charset=None, lang_tag="en-SG",
            html_lang="EN-SG", cte="quoted-printable", plain_charset=None, **kw) -> bytes:
    kw.setdefault("tz", "+0000")
    full_plain = body.rstrip("\n")
    if quote:
        full_plain += "\n\n" + _ol_quote_plain(quote)
    full_plain += "\n"
    if charset is None:
        if is_ascii(full_plain):
            charset = "us-ascii"
        else:
            try:
                full_plain.encode("cp1252")
                charset = "Windows-1252"
            except UnicodeEncodeError:
                charset = "utf-8"
    pcs = plain_charset or charset
    thread_topic = subject if isinstance(subject, str) else ""
    tt = re.sub(r"^(RE|Re|AW|SV|VS|TR|FW|Fw|WG|RV|答复|回复|回覆|转发):\s*", "", thread_topic or "")
    extra = list(kw.pop("extra", ()))
    h = hdrs(frm, subject, mid_style="outlook",
             extra=[("Thread-Topic", hv(tt) if tt else None),
                    ("Thread-Index", base64.b64encode(bytes(R.randrange(256) for _ in range(22))).decode()),
                    ("Accept-Language", f"{lang_tag}, en-US"),
                    ("Content-Language", lang_tag),
                    ("X-MS-Has-Attach", "yes" if attach else ""),
                    ("X-MS-TNEF-Correlator", ""),
                    ("x-ms-publictraffictype", "Email"),
                    ("x-ms-traffictypediagnostic", f"SEZPR06MB{R.randrange(1000, 9999)}:EE_|TYZPR06MB{R.randrange(1000, 9999)}:EE_"),
                    ("x-ms-office365-filtering-correlation-id", ruuid()),
                    ] + extra + [("MIME-Version", "1.0")], **kw)
    # html
    ps = [_ol_p(l) for l in body.rstrip("\n").split("\n")]
    hq = ""
    if quote:
        f, s, t, c, sub = OL_LABELS[quote.lang]
        e = lambda x: _html.escape(x or "", quote=False)
        meta = f"<b>{e(f)}</b> {e(quote.frm)}<br>\n<b>{e(s)}</b> {e(quote.sent)}<br>\n<b>{e(t)}</b> {e(quote.to)}<br>\n"
        if quote.cc:
            meta += f"<b>{e(c)}</b> {e(quote.cc)}<br>\n"
        meta += f"<b>{e(sub)}</b> {e(quote.subject)}<o:p></o:p>"
        hq = ('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
              '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
              f'<p class="MsoNormal">{meta}</p>\n</div>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' +
              "\n".join(_ol_p(l) for l in quote.text.split("\n")))
    html = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            f'<meta http-equiv="Content-Type" content="text/html; charset={charset.lower()}">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n' + OUTLOOK_STYLE +
            f'\n</head>\n<body lang="{html_lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n' + "\n".join(ps) + ("\n" + hq if hq else "") + "\n</div>\n</body>\n</html>\n")
    p1 = leaf("text/plain", full_plain, pcs, cte)
    p2 = leaf("text/html", html, charset, cte)
    ent = multi("alternative", [p1, p2], boundary("outlook"))
    if attach:
        ent = multi("mixed", [ent] + list(attach), boundary("outlook"))
    return message(h, ent)


def tb(frm, subject, body, *, quote: Q | None = None, attach=(), charset="UTF-8", cte=None, ua=None,
       lang_tag="en-GB", flowed=True, **kw) -> bytes:
    text = body.rstrip("\n")
    if quote:
        qt = quote_lines(quote.text)
        if quote.attr and quote.attr.startswith("__BELOW__"):
            text = quote.attr[len("__BELOW__"):] + "\n" + qt + "\n\n" + text
        else:
            text += "\n\n" + quote.attr + "\n" + qt
    text = (flow(text) if flowed else text) + "\n"
    if cte is None:
        cte = "7bit" if is_ascii(text) else "8bit"
    extra = list(kw.pop("extra", ()))
    h = hdrs(frm, subject, mid_style="tb",
             extra=[("MIME-Version", "1.0"),
                    ("User-Agent", ua or "Mozilla Thunderbird"),
                    ("Content-Language", lang_tag)] + extra, **kw)
    params = "; format=flowed" if flowed else ""
    p = leaf("text/plain", text, charset, cte, quote_cs=False, params=params)
    if attach:
        p = multi("mixed", [p] + list(attach), boundary("tb"), preamble="This is a multi-part message in MIME format.")
    return message(h, p)


def apple(frm, subject, body, *, quote: Q | None = None, attach=(), flowed=True, html=False, **kw) -> bytes:
    text = body.rstrip("\n")
    if quote:
        text += "\n\n" + quote.attr + "\n\n" + quote_lines(quote.text)
    text = (flow(text) if flowed else text) + "\n"
    extra = list(kw.pop("extra", ()))
    h = hdrs(frm, subject, mid_style="apple",
             extra=[("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))"),
                    ("X-Mailer", "Apple Mail (2.3826.500.181.1.5)")] + extra, **kw)
    cte = "7bit" if is_ascii(text) else "quoted-printable"
    params = "; format=flowed" if flowed else ""
    p = leaf("text/plain", text, "us-ascii" if is_ascii(text) else "utf-8", cte, quote_cs=False, params=params)
    if html:
        hb = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
              '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
              + _html_lines(body.rstrip("\n"), "apple") + "</body></html>\n")
        p = multi("alternative", [p, leaf("text/html", hb, "utf-8" if not is_ascii(hb) else "us-ascii",
                                          "quoted-printable" if not is_ascii(hb) else "7bit", quote_cs=False)],
                  boundary("apple"))
    if attach:
        p = multi("mixed", [p] + list(attach), boundary("apple"))
    return message(h, p)


def iphone(frm, subject, body, *, quote: Q | None = None, attach=(), xmailer="iPhone Mail (22D82)", **kw) -> bytes:
    text = body.rstrip("\n")
    if quote:
        text += "\n\n" + quote_lines(quote.attr + "\n\n" + quote.text)
    text += "\n"
    extra = list(kw.pop("extra", ()))
    h = hdrs(frm, subject, mid_style="apple",
             extra=[("Mime-Version", "1.0 (1.0)"), ("X-Mailer", xmailer)] + extra, **kw)
    cte = "7bit" if is_ascii(text) else "quoted-printable"
    p = leaf("text/plain", text, "us-ascii" if is_ascii(text) else "utf-8", cte, quote_cs=False)
    if attach:
        p = multi("mixed", [p] + list(attach), boundary("apple"))
    return message(h, p)


def simple(frm, subject, body, *, charset="UTF-8", cte="8bit", subtype="plain", params="", quote_cs=True,
           xmailer=None, mid_style="generic", attach=(), style="generic", raw_body: bytes | None = None,
           mime_version=True, **kw) -> bytes:
    extra = list(kw.pop("extra", ()))
    pre = []
    if mime_version:
        pre.append(("MIME-Version", "1.0"))
    if xmailer:
        pre.append(("X-Mailer", xmailer))
    h = hdrs(frm, subject, mid_style=mid_style, extra=pre + extra, **kw)
    content = raw_body if raw_body is not None else body.rstrip("\n") + "\n"
    p = leaf(f"text/{subtype}", content, charset, cte, quote_cs=quote_cs, params=params)
    if attach:
        p = multi("mixed", [p] + list(attach), boundary(style))
    return message(h, p)


def alt(frm, subject, plain: str, html: str, *, charset="UTF-8", cte="base64", html_charset=None, html_cte=None,
        xmailer=None, mid_style="generic", style="generic", attach=(), quote_cs=True, **kw) -> bytes:
    extra = list(kw.pop("extra", ()))
    pre = [("MIME-Version", "1.0")]
    if xmailer:
        pre.append(("X-Mailer", xmailer))
    h = hdrs(frm, subject, mid_style=mid_style, extra=pre + extra, **kw)
    p1 = leaf("text/plain", plain.rstrip("\n") + "\n", charset, cte, quote_cs=quote_cs)
    p2 = leaf("text/html", html, html_charset or charset, html_cte or cte, quote_cs=quote_cs)
    ent = multi("alternative", [p1, p2], boundary(style))
    if attach:
        ent = multi("mixed", [ent] + list(attach), boundary(style))
    return message(h, ent)


def htmlize(text: str, font: str = "Arial, sans-serif") -> str:
    return (f'<html><head><meta charset="utf-8"></head><body><div style="font-family:{font};font-size:14px">'
            + _html_lines(text.rstrip("\n"), "plain") + "</div></body></html>\n")


# --------------------------------------------------------------------------
# machine-generated mail
# --------------------------------------------------------------------------

def mb(s: str) -> str:
    """'Name <addr>' with a possibly non-ASCII name -> header-safe mailbox."""
    if is_ascii(s):
        return s
    return A(name_of(s), addr_of(s))


def our_reply(to: str, subject: str, date: str | None = None, text: str = "") -> bytes:
    """A message privacy@ sent out earlier (used inside bounces and receipts)."""
    d = date or fmt_date(rdt())
    to = mb(to)
    h = [("Date", d), ("From", PRIV_NAMED), ("To", to), ("Subject", hv(subject)),
         ("Message-ID", f"<{rs(20, string.ascii_lowercase + string.digits)}@example.com>"), ("MIME-Version", "1.0")]
    return message(h, leaf("text/plain", text.rstrip("\n") + "\n", "utf-8", "quoted-printable" if not is_ascii(text) else "7bit"))


def customer_msg(frm: str, subject: str, text: str, to: str = PRIV, date: str | None = None, charset="UTF-8") -> bytes:
    d = date or fmt_date(rdt())
    frm, to = mb(frm), mb(to)
    h = [("Date", d), ("From", frm), ("To", to), ("Subject", hv(subject)),
         ("Message-ID", mid_for("gmail", frm)), ("MIME-Version", "1.0")]
    return message(h, leaf("text/plain", text.rstrip("\n") + "\n", charset,
                           "7bit" if is_ascii(text) else "quoted-printable"))


def report(frm, subject, human_text: str, status_block: str, original: bytes | None, *, rtype="delivery-status",
           status_ctype=None, orig_ctype="message/rfc822", human_charset="us-ascii", human_cte="7bit",
           descriptions=True, human_html: str | None = None, **kw) -> bytes:
    extra = list(kw.pop("extra", ()))
    auto = kw.pop("auto", "auto-replied")
    pre = [("MIME-Version", "1.0")] + ([("Auto-Submitted", auto)] if auto else [])
    h = hdrs(frm, subject, extra=pre + extra, **kw)
    hp = leaf("text/plain", human_text.rstrip("\n") + "\n", human_charset, human_cte,
              headers=["Content-Description: Notification"] if descriptions else [])
    if human_html:
        hp = multi("alternative", [hp, leaf("text/html", human_html, "utf-8", "quoted-printable")], boundary("generic"))
    sct = status_ctype or {"delivery-status": "message/delivery-status",
                           "disposition-notification": "message/disposition-notification",
                           "feedback-report": "message/feedback-report"}[rtype]
    sp = (f"Content-Type: {sct}\n" + ("Content-Description: Delivery report\n" if descriptions and rtype == "delivery-status" else "")
          + "\n" + status_block.strip("\n") + "\n").encode()
    parts = [hp, sp]
    if original is not None:
        if orig_ctype == "text/rfc822-headers":
            hdr_only = original.split(b"\n\n", 1)[0] + b"\n"
            parts.append(b"Content-Type: text/rfc822-headers\n" +
                         (b"Content-Description: Undelivered Message Headers\n" if descriptions else b"") + b"\n" + hdr_only)
        else:
            parts.append(b"Content-Type: message/rfc822\n" +
                         (b"Content-Description: Undelivered Message\n" if descriptions else b"") + b"\n" + original)
    ent = multi("report", parts, boundary("generic"), params=f"report-type={rtype}")
    return message(h, ent)


# --------------------------------------------------------------------------
# registry
# --------------------------------------------------------------------------

ROWS: list[tuple[bytes, dict]] = []


def D(when: str, tz: str = "+0800") -> str:
    """'2025-05-19 09:12' -> RFC 5322 date with a plausible seconds value."""
    d = datetime.strptime(when, "%Y-%m-%d %H:%M") + timedelta(seconds=R.randrange(0, 60))
    return fmt_date(d, tz)


# Dates for messages whose text refers to other dates (quotes, deadlines, leave
# periods), keyed by a string found exactly once among the message headers.
DATE_FIX = {
    "meiling.chua@brightpath": "2025-07-02 10:41", "rajesh.iyer@": "2025-05-19 08:55",
    "nadia.rahman@": "2025-06-26 21:14", "dseah@": "2025-07-15 22:03", "ethan.chia@": "2025-04-14 07:12",
    "farah.lim@": "2025-08-06 12:30", "karwai.leong@": "2025-04-10 15:48", "huimin.koh@": "2025-06-13 19:26",
    "huiling.kwek@": "2025-04-16 09:02", "bernard.lau@": "2025-02-21 09:35", "farid.h@": "2025-08-28 08:17",
    "kenneth.boey@": "2025-08-20 03:11", "premkumar.s@": "2025-04-09 16:20", "samuel.oei@": "2025-08-26 10:06",
    "Undelivered Mail Returned to Sender": "2025-07-24 11:02", "Delayed Mail (still being retried)": "2025-05-05 13:12",
    "Undeliverable: Re: Your access request": "2025-06-03 06:14", "daniel.koh@aurora": "2025-03-19 07:40",
    "support@harbourfront": "2025-08-04 10:21", "fbl@mail.example.net": "2025-07-11 18:31",
    "Privacy-Practitioners Digest": "2025-07-15 12:00", "sam.ng@": "2025-08-12 14:44",
    "joanne.fernandez@": "2025-03-12 22:10", "hidayah.s@": "2025-04-03 20:05", "failure notice": "2025-03-03 17:20",
    "zhoumin1987@": "2025-04-08 11:20", "zhiming.huang@": "2025-03-17 09:30", "jianguo.wang@": "2025-06-04 09:05",
    "wufang77@": "2025-06-10 20:48", "zhangwei.sg@": "2025-07-22 19:02", "linhai@corp": "2025-08-18 10:12",
    "postmaster@exmail": "2025-04-09 15:22", "peichun.tsai@": "2025-07-02 14:26", "hung.hsiuying@": "2025-09-02 01:33",
    "news@youpin": "2025-06-10 12:00", "rosnah.idris@": "2025-05-26 02:40", "promosi@kedaikasih": "2025-03-25 10:00",
    "ismail.bakar@": "2025-09-11 13:37", "vijay.anand@": "2025-07-22 18:05", "revathi.m@": "2025-08-25 09:58",
    "madal@seithi": "2025-10-10 07:00", "wulan.sari@": "2025-07-14 11:31", "info@belanjahemat": "2025-09-08 18:00",
    "takuya.kimura@": "2025-05-20 06:40", "akiko.matsumoto@": "2025-08-14 10:05", "mag@kurashi": "2025-09-20 09:00",
    "sujin.bae@": "2025-09-03 15:50", "news@marketharu": "2025-09-15 10:00", "anan.w@": "2025-06-16 10:25",
    "siriporn.m@": "2025-04-10 02:15", "lan.vo@": "2025-05-12 13:30", "khoa.dang@": "2025-01-27 16:42",
    "tin@nhasachxanh": "2025-10-02 08:00", "frank.meyer@": "2025-04-08 08:15", "stefan.wolf@": "2025-08-15 07:03",
    "postmaster@firma.example.net": "2025-09-08 11:40", "antoine.petit@": "2025-04-23 08:55",
    "sarah.roux@": "2025-09-05 19:20", "claire.fontaine@": "2025-08-11 09:14", "lettre@gazettegout": "2025-10-08 06:00",
    "pablo.navarro@": "2025-08-20 21:05", "ana.torres@": "2025-08-18 08:47", "hola@modaviva": "2025-10-15 10:00",
    "paola.conti@": "2025-08-08 12:12", "kees.mulder@": "2025-08-19 07:30", "beatriz.almeida@": "2025-09-01 13:10",
    "tomasz.wisniewski@": "2025-08-25 10:44", "mette.nielsen@": "2025-06-03 12:20", "lars.pedersen@": "2025-07-01 08:02",
}


def _fix_date(raw: bytes) -> bytes:
    head, sep, body = raw.partition(b"\n\n")
    hs = head.decode("latin-1")
    keys = [k for k in DATE_FIX if k in hs]
    if not keys:
        return raw
    assert len(keys) == 1, keys
    m = re.search(r"^Date: (.+)$", hs, re.M)
    old = m.group(1)
    tz = old.rsplit(" ", 1)[1]
    new = D(DATE_FIX[keys[0]], "+0800")
    if tz != "+0800":  # keep the sender's zone, shift the clock accordingly
        sign = 1 if tz[0] == "+" else -1
        off = sign * (int(tz[1:3]) * 60 + int(tz[3:5])) - 480
        dt = datetime.strptime(new[5:-6], "%d %b %Y %H:%M:%S") + timedelta(minutes=off)
        new = fmt_date(dt, tz)
    hs = hs.replace(old, new)
    assert keys[0] not in USED_FIX, keys[0]
    USED_FIX.add(keys[0])
    return hs.encode("latin-1") + sep + body


USED_FIX: set[str] = set()


def add(raw: bytes, lang: str, what, notes: str) -> None:
    if isinstance(what, str):
        assert what in ("human", "ignore"), what
        labels, route = [], [what]
    else:
        labels = sorted(set(what))
        assert labels and set(labels) <= LABELS, labels
        route = ["ticket"]
    raw = _fix_date(raw)
    ROWS.append((raw, {"labels": labels, "route": route, "lang": lang, "notes": notes}))


# ==========================================================================
# ENGLISH
# ==========================================================================

DISCLAIMER_BP = """\
CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and may be privileged. \
If you are not the intended recipient, please notify the sender immediately and delete this e-mail \
from your system. Any unauthorised use, disclosure or copying is strictly prohibited. Brightpath \
Consulting Pte. Ltd. accepts no liability for any loss or damage caused by viruses."""

add(outlook(A("Chua Mei Ling", "meiling.chua@brightpath.example.org"),
            "Access request under section 21 of the Personal Data Protection Act 2012",
            f"""\
Dear Data Protection Officer,

Pursuant to section 21 of the Personal Data Protection Act 2012 (the “PDPA”), I hereby request that ExampleMart Pte. Ltd. provide me with:

(a) my personal data that is in the possession or under the control of ExampleMart Pte. Ltd.;
(b) information about the ways in which that personal data has been or may have been used or disclosed by ExampleMart Pte. Ltd. within the year before the date of this request; and
(c) the names of the third parties, including delivery partners and marketing agencies, to whom my personal data has been disclosed in that period.

For identification: my ExampleMart account is registered to meiling.chua@mail.example.net and to mobile number +65 9736 2048. My last order was placed on 14 June 2025 (order no. EM-20250614-88213).

I understand that a reasonable fee may be charged; please inform me of the amount before proceeding.

Yours faithfully,
Chua Mei Ling

{DISCLAIMER_BP}
""", to=PRIV_NAMED),
    "en", ["access"],
    "statutory PDPA s21 access letter listing (a)(b)(c); confidentiality disclaimer mentions 'delete this e-mail' (not a request). Outlook multipart/alternative, Windows-1252 QP, curly quotes")

add(gmail(A("Rachel Goh", "rachelgoh.sg@mail.example.net"), "what info do you have on me?", """\
hey, quick one - can I get a copy of whatever personal info ExampleMart has on me? name, addresses, orders, whatever's sitting in your system.

account is under this email

thanks!!
rachel
"""), "en", ["access"], "casual lower-case access request; Gmail multipart/alternative 7bit")

add(alt(A("Alvin Koh", "alvinkoh1979@yahoo.example.net"), "who u give my number to",
        """\
Hello ExampleMart,

Last month I buy one aircon from your website, then after that everyday got insurance agent and property agent call me, they say they got my number from "partner". I want to know you all give my handphone number to which company? And what else of my details you all keep.

Pls reply in writing.

Alvin Koh
9024 7715

Sent from Yahoo Mail on Android""",
        htmlize("""\
Hello ExampleMart,

Last month I buy one aircon from your website, then after that everyday got insurance agent and property agent call me, they say they got my number from "partner". I want to know you all give my handphone number to which company? And what else of my details you all keep.

Pls reply in writing.

Alvin Koh
9024 7715

Sent from Yahoo Mail on Android""", "Helvetica Neue, Helvetica, Arial, sans-serif"),
        charset="UTF-8", cte="7bit", mid_style="yahoo", style="yahoo",
        xmailer="WebService/1.1.23187 YMailAndroid"),
    "en", ["access"],
    "Singlish access request: which companies his number was disclosed to and what details are kept; no request to stop calls. Yahoo Android multipart/alternative")

add(outlook(A("Priya Ramasamy", "priya.r@rklee-llp.example.org"),
            "Our Ref: PR/2025/0417 – Data Access Request on behalf of Mr Lim Jun Hao",
            """\
Dear Sirs,

We act for Mr Lim Jun Hao (NRIC ending 412F), who holds an ExampleMart account registered under the e-mail address lim.junhao@mail.example.net.

On our client’s instructions, and pursuant to section 21(1) of the Personal Data Protection Act 2012, we request that you provide a copy of all personal data of our client in your possession or under your control, together with information on the ways in which such personal data has been or may have been used or disclosed in the 12 months preceding the date of this letter.

Our client’s signed letter of authority is enclosed for your verification.

Kindly direct all correspondence on this matter to the undersigned.

Yours faithfully

Priya Ramasamy
Associate
R K Lee LLP
T: +65 6221 0934
""", attach=[att_pdf("Letter_of_Authority_Lim_Jun_Hao.pdf", "Letter of Authority - Lim Jun Hao")]),
    "en", ["access"],
    "lawyer on behalf of client, s21 access; PDF letter of authority attached. Outlook multipart/mixed(alternative+application/pdf), en dash in RFC 2047 subject")

add(apple(A("Sophie Hartmann", "sophie.h@mailbox.example.org"), "Subject access request (Art. 15 GDPR)", """\
Hello,

I bought from your online store while I was living in Singapore (2021–2023) and have since moved back to Germany. Under Article 15 of the GDPR – and, to the extent it applies instead, section 21 of Singapore's PDPA – I would like:

1. confirmation of whether you process personal data about me;
2. a copy of that data;
3. the purposes of the processing, the recipients or categories of recipients, and how long the data will be stored;
4. where the data was not collected from me, its source.

The account e-mail was sophie.hartmann.sg@mail.example.net, which I hardly check any more, so please reply to this address.

Kind regards,
Sophie Hartmann
""", tz="+0200"), "en", ["access"],
    "GDPR Art. 15 access letter; Apple Mail text/plain format=flowed QP")

add(tb(A("Rajesh Iyer", "rajesh.iyer@example.net"), "Re: Refund for order EM-20250501-11873", """\
Thanks, the refund has arrived.

Separately, and I'm copying your privacy address for this: I would like a copy of all the personal data you hold on me, including the recordings of my calls to your hotline in April. The IVR said the calls were recorded "for quality purposes", so I assume they exist.

Rajesh Iyer
""", quote=Q("""\
Dear Mr Iyer,

Thank you for your patience. We have processed the refund of S$89.90 for order EM-20250501-11873 to your original payment method. Please allow 5-7 working days for it to appear.

Warm regards,
Siti
ExampleMart Customer Care""", attr="__BELOW__On 12/05/2025 16:40, ExampleMart Customer Care wrote:"),
       to="ExampleMart Customer Care <customercare@example.com>", cc=PRIV, irt="<cc.3391822.20250512@example.com>",
       ua="Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.3.0"),
    "en", ["access"],
    "bottom-posted request BELOW a quoted customer-care thread about a refund; privacy@ only in Cc; Thunderbird format=flowed")

add(iphone(A("Lim Beng Huat", "bh.lim@example.net"), "Name", """\
Hi, my name is stored wrongly in your system as LIM BENG HWEE. Correct spelling is LIM BENG HUAT as in my NRIC. It's printed on every delivery label and my colleagues keep laughing

Thanks

Sent from my iPhone
"""), "en", ["correction"], "correction stated as a fact ('stored wrongly as X'); iPhone plain text")

add(gmail(A("Nur Hidayah", "hidayah.s@mail.example.net"), "Address on my account", """\
Hello,

I moved in January but I honestly can't remember whether I updated the address in the app. If my profile still shows Blk 512 Jurong West St 52 #08-114, please change it to 18 Punggol Field Walk #12-07, Singapore 828776. If it's already the Punggol one then no action needed.

Thank you,
Hidayah
"""), "en", ["correction"], "conditional correction ('if my profile still shows X, change it to Y'); Gmail")

add(outlook(A("Wee, Marcus", "marcus.wee@corpmail.example.org"), "Update contact details", """\
Hi Privacy Team,

Please update the mobile number on my account (registered email marcus.wee@mail.example.net) to +65 8123 5560, and replace the secondary email address marcus.w@oldisp.example.net with this one, marcus.wee@corpmail.example.org. The old ISP mailbox has been shut down so nothing sent there will reach me.

Best regards,
Marcus Wee
Senior Analyst, Finance Operations
Corpmail Holdings | 1 Raffles Quay #30-01 | Singapore 048583
"""), "en", ["correction"], "'update ... and replace ...' correction; Outlook, 'Last, First' quoted display name, us-ascii QP")

add(alt(A("jas", "jasmine_t95@example.net"), "dob",
        "hi pls chg my dob to 12/4/1991 not 4/12. cant claim bday voucher tq\n\n\nSent from my Galaxy",
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body dir="auto">'
        '<div dir="auto">hi pls chg my dob to 12/4/1991 not 4/12. cant claim bday voucher tq</div><div dir="auto"><br></div>'
        '<div dir="auto"><br></div><div dir="auto" id="composer_signature"><div style="font-size:85%;color:#575757" dir="auto">'
        'Sent from my Galaxy</div></div></body></html>\n',
        cte="7bit", style="generic"),
    "en", ["correction"], "SMS-style date-of-birth correction; Samsung Email multipart/alternative")

add(gmail(A("Nadia Rahman", "nadia.rahman@mail.example.net"), "Re: Request for my personal data [PRV-25-03188]", """\
Hi,

It's been more than three weeks since this acknowledgement and I haven't received anything. Could you let me know where things stand?

One more thing while I have you: I got married in May and my surname has changed. Please update the name on my account from Nadia binte Yusof to Nadia Rahman. I've already updated my NRIC.

Thanks,
Nadia
""", quote=Q("""\
Dear Ms Nadia binte Yusof,

We acknowledge receipt of your request for access to your personal data. Your reference number is PRV-25-03188. We will respond within 30 days.

ExampleMart Privacy Team""", attr="On Mon, 2 Jun 2025 at 09:15, ExampleMart Privacy <privacy@example.com> wrote:"),
          irt="<prv-25-03188.ack@example.com>"),
    "en", ["correction"],
    "chaser about an earlier access request (not new) PLUS a new name correction -> correction only; Gmail reply with gmail_quote")

add(simple(A("Kelvin Ong", "kelvin.ong@webmail.example.net"), "Wrong email in my profile",
           """\
<html><body>
<p>Dear ExampleMart,</p>
<p>When I registered I mistyped my email as <b>kelvin.ong@webmial.example.net</b> (webmial instead of webmail). The order history still shows under that address.</p>
<p>Can you correct it to kelvin.ong@webmail.example.net, the address I am writing from?</p>
<p>Kelvin</p>
</body></html>""", subtype="html", charset="us-ascii", cte="7bit", xmailer="Roundcube Webmail/1.6.6"),
    "en", ["correction"], "email-address correction; HTML-only body (Roundcube)")

add(gmail(A("Serena Tay", "serena.tay@inbox.example.net"), "Remove my saved addresses and order history", """\
Hi,

I'd like you to erase my saved delivery addresses (there are three, including my old office) and my order history from before 2024.

I'm NOT asking to close the account, I still use it. I just don't want all that old stuff sitting on your servers.

Thanks,
Serena
"""), "en", ["deletion"], "erasure of specific data while explicitly keeping the account (negation) -> deletion only")

add(tb(A("Jonas Vermeulen", "j.vermeulen@example.net"), "Erasure request – Article 17 GDPR", """\
Dear Sir or Madam,

I am writing to request that you erase all personal data concerning me that you process, in accordance with Article 17 of the General Data Protection Regulation (GDPR).

To the extent that the processing is based on my consent, I hereby withdraw that consent (Article 7(3) GDPR). Should you process my data on the basis of legitimate interests, I object to this processing (Article 21(1) GDPR), as there are no overriding legitimate grounds.

Please also inform any recipients to whom my personal data has been disclosed of this erasure (Article 19 GDPR).

Please confirm the erasure without undue delay and in any event within one month of receipt of this request.

The following information will help you locate my data:
Name: Jonas Vermeulen
E-mail: j.vermeulen@example.net
Customer number: EM-SG-0041927

Yours faithfully,
Jonas Vermeulen
""", tz="+0200", flowed=False),
    "en", ["deletion"], "GDPR Art. 17 template letter that also withdraws consent 'to the extent' and objects -> deletion only per template rule; Thunderbird plain 8bit")

add(simple(A("GERALD NG", "geraldng.kl@example.net"), "DELETE MY DATA!!!!", """\
I HAVE NEVER SHOPPED WITH EXAMPLEMART IN MY LIFE. SOMEHOW YOU HAVE MY NAME, MY HOME ADDRESS AND MY DATE OF BIRTH.

I WANT EVERY SINGLE PIECE OF MY INFORMATION ERASED FROM YOUR SYSTEMS AND I WANT IT DONE THIS WEEK.

DO NOT TELL ME TO "LOG IN TO MY ACCOUNT", I DO NOT HAVE ONE!!!

GERALD NG
""", charset="us-ascii", cte="7bit", xmailer="Microsoft Outlook 16.0", tz="+0800"),
    "en", ["deletion"], "ANGRY CAPITALS erasure request from a non-customer; single text/plain")

add(apple(A("Farah Lim", "farah.lim@example.org"), "NRIC photo taken at collection point", """\
Hello,

On 3 Aug I collected a parcel at your Tampines Hub pick-up counter and the staff took a photo of the front of my NRIC with the store tablet. I don't think that was necessary at all.

Please delete that photo and any record of my NRIC number from your systems, and confirm when it's done.

Farah
""", flowed=False, html=True), "en", ["deletion"],
    "deletion of a specific item (NRIC photo) framed with a mild complaint; Apple Mail multipart/alternative")

add(gmail(A("Daniel Seah", "dseah@example.org"), "Fwd: Please delete my personal data", """\
Sent this to your support address last week by mistake, I think it should go to you. Forwarding.

---------- Forwarded message ---------
From: Daniel Seah <dseah@example.org>
Date: Tue, 8 Jul 2025 at 21:14
Subject: Please delete my personal data
To: <support@example.com>


Hi,

I'd like ExampleMart to delete all the personal data you have about me: name, phone, addresses, payment cards, the lot. My account was closed last year but my details still pop up when I use guest checkout with my phone number, so something is clearly still stored.

Thanks,
Daniel Seah
"""), "en", ["deletion"],
    "request forwarded inline by the requester himself ('---------- Forwarded message ---------'); account already closed so deletion only")

add(outlook(A("Ethan Chia", "ethan.chia@firma.example.net"), "AW: Your account closure request [PRV-25-04410]", """\
Hi,

Thanks for confirming the account is closed. One more step, please: erase the data you still keep about me, i.e. delivery addresses, order history and my phone number. A short confirmation once that's done would be appreciated.

Best,
Ethan
""", quote=Q("""\
Dear Mr Chia,

We have closed your ExampleMart account as requested. Please note that we retain transaction records as required by law.

Regards,
ExampleMart Privacy Team

Von: Ethan Chia <ethan.chia@firma.example.net>
Gesendet: Montag, 7. April 2025 22:03
An: privacy@example.com
Betreff: Close account

Please close my ExampleMart account, I have moved to Germany and won't use it anymore.""",
    frm="ExampleMart Privacy <privacy@example.com>", sent="Donnerstag, 10. April 2025 09:31",
    to="Ethan Chia <ethan.chia@firma.example.net>", subject="Your account closure request [PRV-25-04410]", lang="de"),
    lang_tag="de-DE", html_lang="DE", irt="<prv-25-04410.closed@example.com>", tz="+0200"),
    "en", ["deletion"],
    "thank-you for a completed closure plus a NEW erasure request above a German Outlook quote (Von:/Gesendet:/An:/Betreff:) whose quoted part holds the old 'close my account' -> deletion only")

add(apple(A("Grace Loh", "grace.loh@icloud.example.com"), "Too many emails", """\
Hi ExampleMart,

Please don't close my account or do anything drastic, I still shop with you most weeks. I just want the promotional emails to stop. Four a day is too many.

Order confirmations and delivery updates are fine, keep those coming.

Grace
"""), "en", ["withdrawal"], "negation: don't close account, just stop promotional emails -> withdrawal; Apple Mail format=flowed")

add(outlook(A("Ong Li Ting", "liting.ong@mail.example.net"), "SMS to my father's number", """\
Dear Sir/Madam,

My father, Mr Ong Kah Seng, is 82 and has an ExampleMart account which I set up for him during the pandemic so he could get groceries delivered. Lately he receives two or three promotional SMSes from you every day at 9183 6620, some quite late at night, and he gets confused and thinks he has to reply.

Please stop sending him any marketing messages – SMS, calls or WhatsApp. He is fine with the order updates.

I help him manage his affairs and he asked me to write to you. He is sitting next to me as I type this.

Regards,
Ong Li Ting (daughter)
"""), "en", ["withdrawal"], "opt-out written by a daughter for her father in the third person; Outlook Windows-1252 QP (en dash)")

add(tb(A("Mohammed Faizal", "m.faizal@example.org"), "Consent", """\
To ExampleMart Pte. Ltd.,

The consent I gave on signing up for ExampleMart Rewards in March 2019 (to receive promotional material by post, email, SMS and telephone, including offers from your partner merchants, and to have my purchase history analysed for that purpose), which I understand is still on record against membership no. 6001 2287 4410, I hereby withdraw in full, with immediate effect.

This does not affect my membership itself, which I wish to keep.

Mohammed Faizal bin Abdul Kadir
"""), "en", ["withdrawal"], "consent withdrawal where 'the consent I gave' is far from the verb 'withdraw'; keeps membership; Thunderbird format=flowed")

add(gmail(A("Wendy Soh", "wendysoh@mail.example.net"), "Ads following me around", """\
Hi,

After looking at baby strollers on your site I now see stroller ads from you in every app I open. Please stop using my browsing and purchase history for personalised ads, and stop passing my data to your advertising partners (Meta, Google, whoever it is). I don't remember opting in to any of this.

Wendy
"""), "en", ["withdrawal"], "stop personalised ads / profiling and sharing with ad partners -> withdrawal")

add(iphone(A("Benjamin", "benj.lau@example.net"), "unsubscribe", """\
Unsubscribe me pls. 3 emails a day is a bit much

Sent from my iPhone
"""), "en", ["withdrawal"], "one-line mobile unsubscribe; iPhone plain")

add(gmail(A("Hui Min", "huimin.koh@inbox.example.net"), "Re: 🔥 Mid-Year Mega Sale: up to 70% off!", """\
Stop. Please take me off this list.
""", quote=Q("""\
MID-YEAR MEGA SALE
Up to 70% off electronics, home and beauty. This weekend only!

Shop now: https://www.example.com/sale

You are receiving this email because you subscribed to ExampleMart Deals.
Unsubscribe | Manage preferences | Privacy policy
ExampleMart Pte. Ltd., 10 Anson Road #20-05, Singapore 079903""",
    attr="On Fri, 13 Jun 2025 at 18:02, ExampleMart Deals <deals@news.example.com> wrote:"),
    irt="<20250613100200.deals.88213@news.example.com>"),
    "en", ["withdrawal"],
    "a person's reply to a newsletter asking to be removed; the quoted newsletter footer is not the request; emoji in RFC 2047 subject")

add(gmail(A("Aisha Karim", "aisha.karim@mail.example.net"), "Closing my account", """\
Hello,

I'm relocating to Melbourne at the end of the month and won't be using ExampleMart any more. Could you please close my account (aisha.karim@mail.example.net)? I've already used up my vouchers.

Thanks and all the best,
Aisha
"""), "en", ["cancellation"], "plain account-closure request; Gmail")

add(outlook(A("Desmond Pereira", "desmond.pereira@mail.example.net"), "Termination of ExampleMart account", """\
Dear Sir / Madam,

Kindly be informed that I wish to terminate my ExampleMart online account with immediate effect. Account details as follows:

Name : Desmond Pereira
Registered email : desmond.pereira@mail.example.net
Mobile : 9455 0183

Kindly acknowledge receipt.

Thank you.

Regards,
Desmond
""", to="PRIVACY@EXAMPLE.COM"), "en", ["cancellation"], "formal 'terminate my account'; Outlook; To in upper case")

add(simple(A("Shawn", "shawn.tkh@example.net"), "acct", """\
Eh hello, can help me delete my account? Dun need already, wife got her own one. Tks ah
""", charset="UTF-8", cte="7bit", xmailer="Outlook-Android/2.0", tz="+0800"),
    "en", ["cancellation"], "Singlish 'delete my account' = cancellation (no data erasure asked)")

add(gmail(A("Vanessa Lee", "vanessa.lee88@mail.example.net"), "Question about my points", """\
Hi,

I was going to ask whether my 2,310 points can be transferred to my sister, but actually forget it. Just close my account please. I'm fine to forfeit the points.

Thanks
Vanessa
"""), "en", ["cancellation"], "misleading subject (question about points); body asks to close the account")

add(outlook(A("Leong Kar Wai", "karwai.leong@example.org"), "Account of the late Madam Chan Siew Fong", """\
Dear ExampleMart,

My mother, Madam Chan Siew Fong, passed away on 2 March 2025. I am the executor named in her will. She had an ExampleMart account under the email chansf1950@example.net, which I can no longer access.

Please close her account. I attach a copy of the death certificate and the grant of probate for your verification.

Yours sincerely,
Leong Kar Wai
""", attach=[att_pdf("Death_Certificate_Chan_Siew_Fong.pdf", "Certificate of Death"),
             att_pdf("Grant_of_Probate.pdf", "Grant of Probate")]),
    "en", ["cancellation"], "executor asks to close a deceased parent's account; two PDF attachments; Outlook multipart/mixed")

# ---- English: multi-type ---------------------------------------------------

add(gmail(A("Joel Png", "joel.png@mail.example.net"), "Delete account + data", """\
Hi,

Please delete my ExampleMart account and all the data attached to it: addresses, orders, saved cards, everything. I'd rather nothing is kept once I leave.

Email on the account is this one.

Cheers,
Joel
"""), "en", ["cancellation", "deletion"], "'delete my account and all the data' = cancellation + deletion")

add(apple(A("Catherine Yeo", "cat.yeo@example.org"), "Two requests", """\
Hello,

Two things please:

1) Could you send me a copy of the personal data you hold about me? I'd like to check it before I renew my membership.

2) Whatever the copy shows, my date of birth is definitely wrong on the account. The app shows 1 July 1988; it should be 7 January 1988 (looks like day and month got swapped).

Many thanks,
Catherine Yeo
"""), "en", ["access", "correction"], "numbered access + correction; Apple Mail format=flowed")

add(iphone(A("Harish Menon", "harish.menon@example.net"), "Promo SMS", """\
Please stop sending me promotional SMS, and delete my mobile number from your records entirely. If you ever need to reach me, use this email.

Harish

Sent from my iPhone
"""), "en", ["deletion", "withdrawal"], "stop promo SMS + erase mobile number = withdrawal + deletion")

add(gmail(A("Lydia Tan", "lydia.tan.sg@mail.example.net"), "Leaving ExampleMart", """\
Hi team,

I'd like to leave ExampleMart. Please:
- close my account
- erase my personal data once it's closed
- and until all that is done, stop sending me promotional emails and SMS

Thank you,
Lydia Tan
"""), "en", ["cancellation", "deletion", "withdrawal"], "three types in a bulleted list")

add(outlook(A("Joanne Fernandez", "joanne.fernandez@mail.example.net"), "My son's account - he is 14", """\
Dear ExampleMart,

I am the mother of Ryan Fernandez, who is 14. I have just discovered that he opened an ExampleMart account in January using his school email (ryan.f2011@student.example.org) and has been buying things with gift cards. He is far too young to be agreeing to your terms.

Please delete the account and erase whatever you collected about him, including his address, phone number and purchase history. Before you erase it, I would like a copy of what you hold on him so I can see what he shared.

I can provide his birth certificate if you need proof that I am his parent.

Joanne Fernandez
"""), "en", ["access", "cancellation", "deletion"],
    "parent on behalf of a minor: close account, erase data, and a copy first; Outlook")

_inner_selvam = customer_msg(A("K. Selvam", "kselvam.office@example.org"), "What do you know about me??", """\
Hello,

I want to know what personal information you have about me and where you got my office phone number from.

Also stop calling my office number with your promotions. I never gave it to you.

K. Selvam
""", to="ExampleMart Customer Care <customercare@example.com>", date="Wed, 16 Apr 2025 08:47:12 +0800")
add(outlook(A("Jolene Lee (Customer Care)", "jolene.lee@example.com"), "FW: What do you know about me??", """\
Hi Privacy team,

This came in to the customer care inbox this morning. Forwarding as attachment per SOP. Customer's phone verified as 8710 4426.

Thanks,
Jolene Lee
Customer Care Executive
""", attach=[att_rfc822(_inner_selvam)], tz="+0000"),
    "en", ["access", "withdrawal"],
    "staff forward with the customer's mail as message/rfc822 attachment: what data + source (access) and stop marketing calls (withdrawal)")

add(tb(A("Loh Chee Keong", "ck.loh@example.net"), "Request under sections 21 and 22 of the PDPA", """\
Dear Data Protection Officer,

Pursuant to sections 21 and 22 of the Personal Data Protection Act 2012, I request that you:

(a) provide me with a copy of my personal data in your possession or under your control;

(b) inform me of the ways in which my personal data has been used or disclosed within the past year; and

(c) correct the residential address recorded against my account, which is out of date. My current address is 27 Jalan Kembangan, Singapore 419128.

My account is registered under this e-mail address.

Yours faithfully,
Loh Chee Keong
""", flowed=False, ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.2"),
    "en", ["access", "correction"], "statutory s21 + s22 letter with (a)(b) access and (c) correction; Thunderbird")

add(iphone(A("Tan Ah Kow", "ahkow.tan@example.net"), "STOP", """\
STOP SENDING ME SMS!!! 6 MESSAGES TODAY. AND CLOSE MY ACCOUNT, I AM DONE WITH YOU PEOPLE.

Sent from my iPhone
"""), "en", ["cancellation", "withdrawal"], "ANGRY CAPITALS: stop SMS + close account")

add(gmail(A("Patrick Goh", "patrick.goh@mail.example.net"), "Billing address and old card", """\
Hi,

Your privacy policy says:

> 9.1 You may request access to, or correction of, the personal data we hold about you, or ask us to delete it, by writing to privacy@example.com. You may also withdraw your consent to marketing at any time or ask us to close your account.

As per the above, please (1) correct my billing address to 5 Lorong 1 Toa Payoh #03-02, Singapore 319758, and (2) delete the old credit card details stored on my account (Visa ending 8841). That card has been cancelled.

Regards,
Patrick Goh
"""), "en", ["correction", "deletion"],
    "quoted privacy-policy clause mentions all five rights (must not count); actual asks are correction + deletion of stored card")

add(gmail(A("Mei Fong", "mei.fong@newmail.example.org"), "New email address", """\
Hello,

Please change the email on my ExampleMart account from meifong.chan@oldmail.example.net to mei.fong@newmail.example.org (this one).

Also, and this is important: don't send any marketing to the new address. I only want order-related emails there.

Thanks,
Mei Fong
"""), "en", ["correction", "withdrawal"], "email correction + no marketing to the new address")

add(outlook(A("Yvonne Chong", "yvonne.chong@harbourcap.example.org"), "Personal data request", """\
Dear ExampleMart Privacy Team,

I would like to receive a copy of all personal data ExampleMart holds about me. Once I have confirmed receipt of that copy, please permanently delete all of it from your systems.

Account email: yvonne.chong@mail.example.net

Regards,
Yvonne Chong

________________________________
This message (including any attachments) is intended only for the use of the individual or entity to which it is addressed and may contain information that is non-public, proprietary, privileged or confidential. If you are not the intended recipient, you are hereby notified that any use, dissemination, distribution or copying of this communication is strictly prohibited. If you have received this communication in error, please notify us immediately by return email and delete this message and any copies.
""", to="ExampleMart Customer Care <customercare@example.com>", cc=PRIV_NAMED), "en", ["access", "deletion"], "copy first then delete; corporate disclaimer with 'delete this message' is not a request; privacy@ only in Cc")

add(apple(A("Vincent Ho", "vincentho@example.net"), "Close account", """\
Hello,

Please close my account. I know you'll need to keep invoices and order records for accounting, that's fine, I'm not asking you to wipe those.

But no more promotions of any kind after today please.

Thanks,
Vincent Ho
"""), "en", ["cancellation", "withdrawal"], "close account + no more promotions; explicitly NOT asking for erasure")

# ---- English: human ----------------------------------------------------------

add(gmail(A("Rohan Das", "rohan.das@mail.example.net"), "Points if I delete account?", """\
Hi there,

If I delete my account, do I lose my points? I have about 5,000 and I don't want to waste them. Still thinking about it.

Rohan
"""), "en", "human", "question that only mentions deleting the account; no request")

add(tb(A("Evelyn Sim", "evelyn.sim@example.org"), "How to close an account?", """\
Hi,

Just a question for future reference: how would I go about closing my ExampleMart account if I wanted to? Is it somewhere in the app settings, or do I need to email you?

To be clear, I'm not asking you to close it now.

Thanks,
Evelyn
"""), "en", "human", "'how do I close my account?' asked purely for information, explicitly not a request")

add(gmail(A("Kwek Hui Ling", "huiling.kwek@mail.example.net"), "Re: Deletion of my personal data", """\
Hello, any update? I sent the request below on 10 March and got your auto-acknowledgement, but nothing since.

Hui Ling
""", quote=Q("""\
Dear ExampleMart,

Please delete all personal data you hold about me, including my purchase history and delivery addresses.

Kwek Hui Ling""", attr="On Mon, 10 Mar 2025 at 20:31, Kwek Hui Ling <huiling.kwek@mail.example.net> wrote:"),
    irt="<CAHk3u9q0x7ReqDel10Mar@mail.gmail.com>"),
    "en", "human", "chaser with the old deletion request only in the quote; nothing new asked")

add(outlook(A("Bernard Lau", "bernard.lau@mail.example.net"), "RE: Your personal data access request [PRV-25-02270]", """\
Received the file, thank you. All looks correct.

Bernard
""", quote=Q("""\
Dear Mr Lau,

Further to your request of 3 February, please find attached a copy of the personal data we hold about you, together with a summary of how it has been used and disclosed in the past year.

Regards,
ExampleMart Privacy Team""", frm="ExampleMart Privacy <privacy@example.com>", sent="Friday, 21 February 2025 4:02 PM",
    to="Bernard Lau <bernard.lau@mail.example.net>", subject="Your personal data access request [PRV-25-02270]"),
    irt="<prv-25-02270.reply@example.com>"),
    "en", "human", "thank-you reply in an existing access thread; no new request")

add(gmail(A("Stephanie Kwan", "steph.kwan@inbox.example.net"), "Someone else's order details sent to me", """\
Hi,

Today I received an order confirmation from you addressed to a "Mr Jeremy Tan", with his full delivery address and phone number. It is obviously someone else's data being sent to my email.

This is a serious lapse. Please fix your system and make sure my own details aren't being sent to strangers too.

Stephanie
"""), "en", "human", "complaint about a misdirected email (possible breach); not a request about her own data")

add(outlook(A("Ivan Chew", "ivan.chew@example.org"), "Data portability request", """\
Dear ExampleMart,

Under the data portability obligation in the PDPA, please transmit my purchase history and ExampleMart Rewards data directly to FreshBasket Pte. Ltd. (dpo@freshbasket.example.net), in a commonly used machine-readable format. I am moving my grocery shopping there and they have agreed to honour my tier status.

Regards,
Ivan Chew
"""), "en", "human", "data portability alone (transmit to another organisation) -> human")

add(gmail(A("Norhayati Ismail", "norhayati.i@mail.example.net"), "Why was Cash on Delivery disabled on my account", """\
Hello,

Since last week I can't choose Cash on Delivery any more. The message in the app says "this option is unavailable based on our automated risk assessment".

I have been a customer since 2018 and have never refused a parcel. I would like an explanation of how this decision was made and what factors your system looked at, and I want a person to review it.

Norhayati
"""), "en", "human", "explanation and human review of an automated decision -> human")

add(simple(A("Melissa Chan", "melissa.chan@example.net"), "Address of account holder", """\
Hi,

My ex-husband, Mr Darren Koh, has an ExampleMart account. I need his current delivery address to serve court papers on him. Can you tell me the address he uses for deliveries? I can show you our divorce documents if needed.

Thank you,
Melissa Chan
""", charset="UTF-8", cte="7bit", xmailer="Microsoft Outlook 16.0"),
    "en", "human", "request for someone else's data (not on his behalf) -> human")

add(iphone(A("Farid", "farid.h@example.net"), "Order EM-20250822-40177 not received", """\
Hi, my order EM-20250822-40177 shows delivered yesterday at 3.12pm but nothing came. Nobody at home signed anything. Can you check with the driver?

Sent from my iPhone
"""), "en", "human", "order/delivery question sent to the privacy mailbox")

add(gmail(A("Amanda Quek", "amanda.quek@mail.example.net"), "Please delete my account", """\
Hi, please ignore my email from this morning. I wanted to delete my account because of the missing refund, but the refund has just come through, so no need to do anything.

Sorry for the trouble!
Amanda
"""), "en", "human", "subject says 'delete my account' but the body retracts it; no request")

add(outlook(A("Terence Yap", "terence.yap@example.org"), "CCTV at Tampines outlet", """\
To whom it may concern,

At your Tampines outlet the ceiling cameras above the checkout counters are angled so that they capture the card terminal screen. I object to being filmed while entering my PIN and would like to know why the cameras are positioned this way.

Terence Yap
"""), "en", "human", "objection to CCTV (not to direct marketing) + question -> human")

add(apple(A("Li Na", "lina.w@example.net"), "Card details retention", """\
Hi,

How long do you keep customers' credit card details after an order? Just curious, I'm not asking for anything to be done.

Thanks
Li Na
"""), "en", "human", "information question about retention; no request")

add(outlook(A("Sharon Teo", "sharon.teo@newsdesk.example.org"), "Media query: data incident", """\
Hi,

I'm a reporter with the Straits Ledger writing about data incidents at Singapore retailers. Could ExampleMart confirm whether customer records were affected in last week's incident, and how many customers were notified? My deadline is 6pm tomorrow.

Best,
Sharon Teo
Correspondent, The Straits Ledger
+65 6319 2201
"""), "en", "human", "press enquiry to the privacy mailbox -> human")

add(gmail(A("Mdm Koh Siew Lan", "siewlan.koh@mail.example.net"), "Can my daughter write for me?", """\
Dear ExampleMart,

My eyesight is not good now. In future can my daughter write to you for me about my account? What documents do you need from her?

Thank you,
Koh Siew Lan
"""), "en", "human", "question about appointing someone to act for her; no request yet")

add(alt(A("Jason Lim", "jasonlim.81@yahoo.example.net"), "Re: my request",
        "Hello?? Already 2 weeks liao still no reply for my request. How long must wait one? Ref PRV-25-05521\n\nSent from Yahoo Mail on Android",
        htmlize("Hello?? Already 2 weeks liao still no reply for my request. How long must wait one? Ref PRV-25-05521\n\nSent from Yahoo Mail on Android"),
        cte="7bit", mid_style="yahoo", style="yahoo", xmailer="WebService/1.1.23187 YMailAndroid",
        irt="<prv-25-05521.ack@example.com>"),
    "en", "human", "Singlish chaser with no new request; Yahoo Android")

# ---- English: ignore ---------------------------------------------------------

add(outlook(A("Kenneth Boey", "kenneth.boey@logistics.example.org"), "Automatic reply: Your correction request [PRV-25-06018]", """\
Thank you for your email. I am out of the office from 18 to 29 August with no access to email.

For urgent matters please contact Ms Vivian Kok at vivian.kok@logistics.example.org or +65 6788 1200.

Kenneth Boey
""", extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
            ("X-MS-Exchange-Inbox-Rules-Loop", "kenneth.boey@logistics.example.org")],
    irt="<prv-25-06018.reply@example.com>"),
    "en", "ignore", "Exchange out-of-office with Auto-Submitted: auto-generated")

add(simple(A("Premkumar S", "premkumar.s@example.net"), "Out of Office", """\
Hi,

I'm on leave until Monday 14 April and will reply to your email when I return.

Regards,
Prem
""", charset="us-ascii", cte="7bit", xmailer="Zimbra 10.0.7_GA_4518 (zclient/10.0.7_GA_4518)"),
    "en", "ignore", "out-of-office with NO Auto-Submitted / X-Autoreply headers; recognisable only from subject and text")

add(simple(A("Samuel Oei", "samuel.oei@example.org"), "Autoreply: Re: Your data deletion request [PRV-25-06102]", """\
This is an automated reply. I am travelling until 2 September and checking email only occasionally.

-------- Original message --------
From: ExampleMart Privacy <privacy@example.com>
Date: 26/08/2025 10:05
To: Samuel Oei <samuel.oei@example.org>
Subject: Your data deletion request [PRV-25-06102]

Dear Mr Oei,

We have received your request: "Please delete all my personal data and close my account." Before we proceed we need to verify your identity. Please reply with the last four digits of the mobile number on your account.

ExampleMart Privacy Team
""", charset="UTF-8", cte="7bit",
    extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "bulk")],
    irt="<prv-25-06102.verify@example.com>"),
    "en", "ignore", "auto-reply that quotes our message containing the customer's deletion + closure request; must not become a ticket")

_orig = our_reply("Kwong Wai Hong <kwong.wh@oldmail.example.net>", "Re: Delete my account and data [PRV-25-05117]", date="Thu, 24 Jul 2025 11:02:30 +0800", text="""\
Dear Mr Kwong,

Your account has been closed and your personal data deleted, except transaction records we must keep by law.

ExampleMart Privacy Team

> Please delete my account and all my data.
""")
add(report("Mail Delivery System <MAILER-DAEMON@mx1.example.com>", "Undelivered Mail Returned to Sender", """\
This is the mail system at host mx1.example.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<kwong.wh@oldmail.example.net>: host mx.oldmail.example.net[198.51.100.25]
    said: 550 5.1.1 <kwong.wh@oldmail.example.net>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO
    command)
""", """\
Reporting-MTA: dns; mx1.example.com
X-Postfix-Queue-ID: 4Z9K2m1QxVz3wR
X-Postfix-Sender: rfc822; privacy@example.com
Arrival-Date: Thu, 24 Jul 2025 11:02:41 +0800 (+08)

Final-Recipient: rfc822; kwong.wh@oldmail.example.net
Original-Recipient: rfc822;kwong.wh@oldmail.example.net
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.oldmail.example.net
Diagnostic-Code: smtp; 550 5.1.1 <kwong.wh@oldmail.example.net>: Recipient
    address rejected: User unknown in virtual mailbox table
""", _orig, auto="auto-replied", transport_hdrs=False),
    "en", "ignore", "Postfix DSN multipart/report with message/delivery-status and the returned message/rfc822 (which quotes a deletion request)")

_orig = our_reply("Anita Rao <anita.rao@corp.example.org>", "Re: Your access request [PRV-25-03350]", date="Tue, 3 Jun 2025 14:14:02 +0800", text=
                  "Dear Ms Rao,\n\nPlease find the requested copy of your personal data attached.\n\nExampleMart Privacy Team\n")
add(report("Microsoft Outlook <postmaster@corp.example.org>", "Undeliverable: Re: Your access request [PRV-25-03350]", """\
Your message to anita.rao@corp.example.org couldn't be delivered.

anita.rao wasn't found at corp.example.org.

Action Required: Recipient
Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- If you continue to experience the problem, contact the recipient by some other means.

Diagnostic information for administrators:
Generating server: SG2PR04MB8831.apcprd04.prod.outlook.com
anita.rao@corp.example.org
Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
""", """\
Reporting-MTA: dns;SG2PR04MB8831.apcprd04.prod.outlook.com
Received-From-MTA: dns;mx1.example.com
Arrival-Date: Tue, 3 Jun 2025 06:14:09 +0000

Final-Recipient: rfc822;anita.rao@corp.example.org
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
""", _orig, orig_ctype="text/rfc822-headers", descriptions=False, auto="auto-replied",
    human_html="<html><body><p><b>Your message to anita.rao@corp.example.org couldn't be delivered.</b></p><p>anita.rao wasn't found at corp.example.org.</p></body></html>\n",
    extra=[("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "en-US")], tz="+0000"),
    "en", "ignore", "Exchange-style NDR: multipart/report with multipart/alternative notification, delivery-status and text/rfc822-headers")

_orig = our_reply("Boon Kiat <boonkiat@slowmail.example.net>", "Your withdrawal of consent [PRV-25-04981]", date="Mon, 5 May 2025 09:11:52 +0800", text=
                  "Dear Mr Boon,\n\nWe have stopped all marketing messages to you as requested.\n\nExampleMart Privacy Team\n")
add(report("Mail Delivery System <MAILER-DAEMON@mx1.example.com>", "Delayed Mail (still being retried)", """\
This is the mail system at host mx1.example.com.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

                   The mail system

<boonkiat@slowmail.example.net>: connect to mx.slowmail.example.net[203.0.113.77]:25:
    Connection timed out
""", """\
Reporting-MTA: dns; mx1.example.com
X-Postfix-Queue-ID: 4ZB1tq0d2Kz7kP
X-Postfix-Sender: rfc822; privacy@example.com
Arrival-Date: Mon, 5 May 2025 09:12:00 +0800 (+08)

Final-Recipient: rfc822; boonkiat@slowmail.example.net
Original-Recipient: rfc822;boonkiat@slowmail.example.net
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx.slowmail.example.net[203.0.113.77]:25:
    Connection timed out
Will-Retry-Until: Sat, 10 May 2025 09:12:00 +0800 (+08)
""", _orig, orig_ctype="text/rfc822-headers", transport_hdrs=False),
    "en", "ignore", "Postfix delayed-delivery warning (Action: delayed) multipart/report")

add(report(A("Daniel Koh", "daniel.koh@aurora.example.org"), "Read: Your correction request [PRV-25-02911]", """\
Your message

  To: Daniel Koh
  Subject: Your correction request [PRV-25-02911]
  Sent: Wednesday, 19 March 2025 2:14:51 PM (UTC+08:00) Kuala Lumpur, Singapore

was read on Wednesday, 19 March 2025 3:40:07 PM (UTC+08:00) Kuala Lumpur, Singapore.
""", """\
Reporting-UA: SG2PR06MB5521.apcprd06.prod.outlook.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;daniel.koh@aurora.example.org
Original-Message-ID: <prv-25-02911.done@example.com>
Disposition: manual-action/MDN-sent-manually; displayed
""", None, rtype="disposition-notification", descriptions=False, auto=None, tz="+0000",
    extra=[("Thread-Topic", "Your correction request [PRV-25-02911]")]),
    "en", "ignore", "Outlook read receipt multipart/report; report-type=disposition-notification, no Auto-Submitted")

add(alt(A("Harbourfront Support", "support@harbourfront.example.net"),
        "[Harbourfront Support] Re: Removal of customer data - ExampleMart (Request #48213)",
        """\
##- Please type your reply above this line -##

Your request (48213) has been received and is being reviewed by our support staff.

To add additional comments, reply to this email.

----------------------------------------------

ExampleMart Privacy, 4 Aug 2025, 10:21 SGT

Hi Harbourfront team, as our fulfilment vendor please delete the delivery records of the customer with reference EM-C-0099123, who has asked us to erase their data. Thank you.

--------------------------------
This email is a service from Harbourfront Support.
[7QX2KD-M0P8R]""",
        """<html><body><div style="color:#b5b5b5">##- Please type your reply above this line -##</div>
<p>Your request (48213) has been received and is being reviewed by our support staff.</p>
<p>To add additional comments, reply to this email.</p><hr>
<p><b>ExampleMart Privacy</b>, 4 Aug 2025, 10:21 SGT</p>
<p>Hi Harbourfront team, as our fulfilment vendor please delete the delivery records of the customer with reference EM-C-0099123, who has asked us to erase their data. Thank you.</p>
<p style="color:#999">This email is a service from Harbourfront Support. [7QX2KD-M0P8R]</p></body></html>
""", cte="quoted-printable", reply_to="Harbourfront Support <support+id48213@harbourfront.example.net>",
        extra=[("X-Mailer", "Zendesk Mailer")]),
    "en", "ignore",
    "vendor helpdesk automatic receipt with its own ticket number, NO auto-reply headers; quotes our deletion instruction")

add(alt(A("The Retail Pulse", "newsletter@retailpulse.example.org"), "This week: loyalty apps, BNPL rules and the GenZ shopper",
        """\
THE RETAIL PULSE - Issue 212

1. Loyalty apps are eating the receipt printer
2. MAS consults on buy-now-pay-later rules
3. What GenZ shoppers actually want from returns

Read online: https://retailpulse.example.org/issues/212

You are receiving this because you subscribed at retailpulse.example.org.
Unsubscribe: https://retailpulse.example.org/u?id=8f2c1
""", """<html><body style="font-family:Georgia,serif"><h1>The Retail Pulse</h1><p>Issue 212</p>
<ol><li>Loyalty apps are eating the receipt printer</li><li>MAS consults on buy-now-pay-later rules</li>
<li>What GenZ shoppers actually want from returns</li></ol>
<p style="font-size:11px;color:#888">You are receiving this because you subscribed at retailpulse.example.org.
<a href="https://retailpulse.example.org/u?id=8f2c1">Unsubscribe</a></p></body></html>
""", cte="quoted-printable",
        extra=[("List-Id", "The Retail Pulse <weekly.retailpulse.example.org>"),
               ("List-Unsubscribe", "<https://retailpulse.example.org/u?id=8f2c1>, <mailto:unsubscribe@retailpulse.example.org?subject=8f2c1>"),
               ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")]),
    "en", "ignore", "newsletter with List-Id, List-Unsubscribe and an 'Unsubscribe' footer")

add(alt(A("ExampleMart Account Security", "security@examp1emart-verify.example.net"),
        "***SPAM*** Your mailbox privacy@example.com will be deactivated in 24 hours",
        """\
Dear privacy@example.com,

We received a request to delete your account and all stored data. If you did not make this request, verify your mailbox within 24 hours to avoid permanent deactivation.

VERIFY NOW: http://examp1emart-verify.example.net/login

Mail Administrator
""", htmlize("Dear privacy@example.com,\n\nWe received a request to delete your account and all stored data. If you did not make this request, verify your mailbox within 24 hours to avoid permanent deactivation.\n\nVERIFY NOW\n\nMail Administrator"),
        cte="base64",
        extra=[("X-Spam-Flag", "YES"), ("X-Spam-Level", "*********"),
               ("X-Spam-Status", "Yes, score=9.4 required=5.0 tests=BAYES_99,HTML_MESSAGE,PHISH_MAILBOX,URIBL_BLACK autolearn=no")]),
    "en", "ignore", "phishing spam imitating a deletion request, X-Spam-Flag: YES, base64 multipart/alternative")

_fbl_orig = message([("Date", "Fri, 11 Jul 2025 18:00:03 +0800"), ("From", "ExampleMart Deals <deals@news.example.com>"),
                     ("To", "hk.wong@mail.example.net"), ("Subject", "Weekend flash sale"),
                     ("Message-ID", "<20250711100003.7781@news.example.com>"), ("MIME-Version", "1.0")],
                    leaf("text/plain", "Weekend flash sale!\n", "us-ascii", "7bit"))
add(report(A("Mail Feedback Loop", "fbl@mail.example.net"), "Abuse report", """\
This is an email abuse report for an email message received from IP 203.0.113.40 on Fri, 11 Jul 2025 18:00:05 +0800.
For more information about this format please see http://www.mipassoc.org/arf/.
""", """\
Feedback-Type: abuse
User-Agent: MailFeedbackLoop/2.1
Version: 1
Original-Mail-From: <bounce-7781@news.example.com>
Original-Rcpt-To: <hk.wong@mail.example.net>
Arrival-Date: Fri, 11 Jul 2025 18:00:05 +0800
Source-IP: 203.0.113.40
Reported-Domain: news.example.com
""", _fbl_orig, rtype="feedback-report", descriptions=False, auto=None),
    "en", "ignore", "ARF feedback (abuse) report multipart/report; report-type=feedback-report")

add(simple("privacy-practitioners-request@lists.example.org",
           "Privacy-Practitioners Digest, Vol 42, Issue 7", """\
Send Privacy-Practitioners mailing list submissions to
	privacy-practitioners@lists.example.org

To subscribe or unsubscribe via the World Wide Web, visit
	https://lists.example.org/mailman/listinfo/privacy-practitioners

Today's Topics:

   1. Handling deletion requests that also ask to close the account (Meera K.)
   2. Re: Access request fees under the PDPA (Tom Lee)

----------------------------------------------------------------------

Message: 1
Date: Tue, 15 Jul 2025 09:20:11 +0800
From: Meera K. <meera.k@example.org>
Subject: Handling deletion requests that also ask to close the account

Hi all, when a customer writes "please delete my account and all my data", do you log one ticket or two?

------------------------------

Message: 2
Date: Tue, 15 Jul 2025 10:02:45 +0800
From: Tom Lee <tom.lee@example.net>
Subject: Re: Access request fees under the PDPA

We charge nothing for simple requests.

------------------------------

End of Privacy-Practitioners Digest, Vol 42, Issue 7
****************************************************
""", charset="us-ascii", cte="7bit",
           extra=[("List-Id", "Privacy practitioners <privacy-practitioners.lists.example.org>"),
                  ("List-Unsubscribe", "<https://lists.example.org/mailman/options/privacy-practitioners>, <mailto:privacy-practitioners-request@lists.example.org?subject=unsubscribe>"),
                  ("Precedence", "list"), ("Errors-To", "privacy-practitioners-bounces@lists.example.org"),
                  ("Sender", "\"Privacy-Practitioners\" <privacy-practitioners-bounces@lists.example.org>")],
           to="privacy-practitioners@lists.example.org"),
    "en", "ignore", "Mailman digest (List-Id) discussing deletion requests; privacy@ not in To")

add(simple(A("Acme Logistics Customer Service", "noreply@acmelogistics.example.net"),
           "Ticket 0003948 created: Data removal for shared customer", """\
Thank you for contacting Acme Logistics.

Your ticket number is 0003948. A member of our team will respond within 3 business days.

Summary of your message:
"Please delete all personal data relating to our customer Ms Tan (ExampleMart ref EM-C-0088410) from your driver app and delivery logs, and confirm."

Please do not reply to this email. To update your ticket, visit https://help.acmelogistics.example.net/t/0003948
""", charset="UTF-8", cte="quoted-printable"),
    "en", "ignore", "another helpdesk's automatic ticket receipt quoting a deletion instruction; no auto headers")

add(gmail(A("Samantha Ng", "sam.ng@mail.example.net"), "Re: Your withdrawal request [PRV-25-07003]", """\
Hi! I'm travelling until 20 Aug with patchy internet. I'll get back to you when I'm back. For anything urgent, WhatsApp me.

- Sam
""", extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")], irt="<prv-25-07003.done@example.com>"),
    "en", "ignore", "Gmail vacation responder (Auto-Submitted: auto-replied) with a normal 'Re:' subject")

add(alt(A("Jessica | SEO Expert", "jessica.seo@rankfast.example.net"), "Get your website on Google page 1 – guaranteed",
        """\
Hi Team,

I was checking your website example.com and noticed it is not ranking for many important keywords. We can get you on page 1 of Google in 30 days, guaranteed.

Can I send you our price list?

Regards,
Jessica
If you don't want to hear from us, reply "unsubscribe".
""", htmlize("Hi Team,\n\nI was checking your website example.com and noticed it is not ranking for many important keywords. We can get you on page 1 of Google in 30 days, guaranteed.\n\nCan I send you our price list?\n\nRegards,\nJessica\nIf you don't want to hear from us, reply \"unsubscribe\"."),
        cte="quoted-printable",
        extra=[("X-Spam-Flag", "YES"), ("X-Spam-Score", "7.8"),
               ("X-Spam-Status", "Yes, score=7.8 required=5.0 tests=FREEMAIL_FROM,SEO_SPAM,RDNS_NONE")]),
    "en", "ignore", "SEO spam with X-Spam-Flag: YES")

_orig = our_reply("Lee Hwee Ping <hweeping@retired.example.org>", "Re: Stop marketing SMS please", date="Mon, 3 Mar 2025 17:19:40 +0800", text=
                  "Dear Ms Lee,\n\nWe have updated your preferences and you will no longer receive marketing SMS.\n\n> Please stop all marketing SMS to 9633 1208.\n\nExampleMart Privacy Team\n")
add(simple("MAILER-DAEMON@mail.retired.example.org", "failure notice", """\
Hi. This is the qmail-send program at mail.retired.example.org.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<hweeping@retired.example.org>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

""", raw_body=b"Hi. This is the qmail-send program at mail.retired.example.org.\nI'm afraid I wasn't able to deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n<hweeping@retired.example.org>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n--- Below this line is a copy of the message.\n\n" + _orig,
           charset=None, cte=None, mime_version=False),
    "en", "ignore", "qmail bounce: plain non-MIME text/plain with the returned message inline (quoting a withdrawal request)")

# ==========================================================================
# CHINESE (Simplified 18, Traditional 12)
# ==========================================================================

def foxmail(frm, subject, text, charset="GB2312", **kw):
    html = (f'<html><head><meta http-equiv="content-type" content="text/html; charset={charset}"><style>body {{ line-height: 1.5; }}'
            'body { font-size: 14px; font-family: "Microsoft YaHei UI"; color: rgb(0, 0, 0); line-height: 1.5; }</style></head><body>\n'
            + "".join(f"<div><span></span>{_html.escape(l, quote=False)}</div>" if l.strip() else "<div><br></div>"
                      for l in text.rstrip("\n").split("\n")) + "\n</body></html>\n")
    return alt(frm, subject, text, html, charset=charset, cte="base64", xmailer="Foxmail 7.2.25.375[cn]",
               subj_cs=kw.pop("subj_cs", charset), **kw)


def qqmail(frm, subject, text, **kw):
    html = ('<meta http-equiv="Content-Type" content="text/html; charset=GB18030">'
            + "".join(f"<div>{_html.escape(l, quote=False)}</div>" if l.strip() else "<div><br></div>"
                      for l in text.rstrip("\n").split("\n")) + "\n")
    return alt(frm, subject, text, html, charset="gb18030", cte="base64", quote_cs=True, mid_style="qq",
               extra=[("X-QQ-MIME", "TCMime 1.0 by Tencent"), ("X-Mailer", "QQMail 2.x"), ("X-QQ-Mailer", "QQMail 2.x")]
               + list(kw.pop("extra", ())), subj_cs="gb18030", **kw)


def coremail(frm, subject, text, charset="GBK", **kw):
    html = ('<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">'
            + "<br>".join(_html.escape(l, quote=False) for l in text.rstrip("\n").split("\n")) + "</div>\n")
    return alt(frm, subject, text, html, charset=charset, cte="base64", mid_style="coremail",
               xmailer="Coremail Webmail Server Version 2023.2-cmXT5 build 20240425(a0e7c5f4) Copyright (c) 2002-2025 www.mailtech.cn 163com",
               subj_cs=kw.pop("subj_cs", charset), **kw)


# ---- Simplified: single ---------------------------------------------------------

add(foxmail(A("刘洋", "liu.yang88@mail.example.net", cs="GB2312"), "申请注销账户", """\
您好：

我想注销我在ExampleMart的账户，注册手机号是 9188 3021，邮箱就是本邮件地址。账户里的余额已经用完了。

麻烦尽快处理，谢谢！

刘洋
"""), "zh", ["cancellation"], "Simplified Chinese 注销账户 = cancellation; Foxmail multipart/alternative GB2312 base64, GB2312 B-encoded subject and name")

_li_jun = """\
你好，

我叫李珺，去年已经把账号注销了，但是最近在你们网站用手机号查询，居然还能看到我以前的订单记录和收货地址。

请把你们系统里所有关于我的个人信息彻底删除，包括姓名、手机号、地址和历史订单，处理好以后请回复确认。

李珺
"""
add(simple(A("李珺", "lijun.sg@example.net", cs="GBK"), hv("请删除我的个人信息", "GB2312"), "",
           raw_body=_li_jun.encode("gbk"), charset="GB2312", cte="base64", xmailer="Foxmail 7.2.25.375[cn]"),
    "zh", ["deletion"],
    "Simplified: erase all data (account already closed) -> deletion. MISLABELLED charset: body declared GB2312 but GBK bytes (珺 is not in GB2312); sender name as =?GBK?B?")

add(qqmail(A("周敏", "zhoumin1987@qq.example.com", cs="gb18030"), "撤回营销同意", """\
ExampleMart Pte. Ltd. 个人数据保护负责人：

本人于2020年注册ExampleMart会员时，曾勾选同意接收贵公司的营销及推广信息。现本人正式撤回上述同意，请贵公司自即日起停止通过短信、电子邮件、电话及WhatsApp向本人发送任何推广内容。

会员账号：本邮箱
手机：+65 8344 1920

周敏
2025年4月8日
"""), "zh", ["withdrawal"], "Simplified formal 撤回同意 for marketing; QQ Mail multipart/alternative gb18030 base64")

add(gmail(A("Xu Jiahui", "xujiahui.sg@mail.example.net"), "关闭个性化推荐", """\
你好，

请帮我关闭个性化推荐。我不希望你们根据我的浏览记录和购买记录给我推送商品和广告。APP里面我找了半天也找不到这个开关。

谢谢
许嘉慧
"""), "zh", ["withdrawal"], "Simplified 关闭个性化推荐 = withdrawal; Gmail UTF-8 base64")

add(iphone(A("Siew Lin", "siewlin.chan@example.net"), "名字错了", """\
Hi, 我的名字拼音在你们系统里是 Chen Xiao Lin，但我IC上的是 Chan Siew Lin。每次 delivery 的 label 都写错，麻烦帮我 update 一下。Thanks!

Sent from my iPhone
"""), "zh", ["correction"], "code-mixed Simplified Chinese/English name correction stated as a fact; iPhone UTF-8 QP")

add(outlook(A("黄志明", "zhiming.huang@consult.example.org"), "个人数据查阅请求", """\
致 ExampleMart Pte. Ltd. 数据保护官：

根据新加坡《2012年个人数据保护法》第21条，本人特此要求贵公司提供以下资料：

（一）贵公司所持有或控制的本人个人数据；
（二）在本请求日期前一年内，上述个人数据已被或可能已被使用或披露的方式；
（三）上述期间内曾获披露本人个人数据的第三方名称。

本人的会员账号注册邮箱为 zhiming.huang@mail.example.net，手机号码为 +65 9012 7763。

如需收取费用，请事先告知金额。

此致
黄志明
2025年3月17日
""", lang_tag="zh-CN", html_lang="ZH-CN"), "zh", ["access"],
    "Simplified formal PDPA s21 access letter with （一）（二）（三）; Outlook utf-8 QP")

add(coremail(A("陈可欣", "kexin_chen@163.example.com", cs="GBK"), "关于推广短信", """\
Hi，

我要 unsubscribe 你们的 promo SMS，每天都收到两三条，很烦 leh。Account 我还要用的，不要帮我关掉，只是不要再发广告就好。

Thanks
Kexin
"""), "zh", ["withdrawal"], "code-mixed Singapore Chinese/English opt-out with negation (don't close account); Coremail GBK base64")

add(outlook(A("王建国", "jianguo.wang@trading.example.net"), "答复: 删除公司地址", """\
谢谢处理。

还有一件事：我换了新号码，请把账户上的手机号从 9123 4567 改成 8765 4321。旧号码已经停用了。

王建国
""", quote=Q("""\
王先生您好，

您账户中保存的公司地址已按您的要求删除。

ExampleMart 隐私团队

发件人: 王建国 <jianguo.wang@trading.example.net>
发送时间: 2025年6月2日 9:42
收件人: privacy@example.com
主题: 删除公司地址

你好，请删除我账户里保存的公司地址（裕廊东），我已经离职了。""",
    frm="ExampleMart Privacy <privacy@example.com>", sent="2025年6月3日 10:15", to="王建国 <jianguo.wang@trading.example.net>",
    subject="删除公司地址", lang="zh"), lang_tag="zh-CN", html_lang="ZH-CN", irt="<prv-25-0603.addr@example.com>"),
    "zh", ["correction"],
    "Simplified thank-you + NEW phone correction above an Outlook quote with Chinese headers 发件人:/发送时间: holding an old deletion request (must not count)")

# ---- Simplified: multi ----------------------------------------------------------

add(coremail(A("赵磊", "zhaolei2019@163.example.com", cs="GBK"), "注销账户及删除数据", """\
您好，

请帮我注销ExampleMart账户，同时删除你们系统里关于我的所有数据，包括订单记录、收货地址和绑定的银行卡信息。

注册邮箱：zhaolei2019@163.example.com
手机：9677 2104

谢谢！
赵磊
"""), "zh", ["cancellation", "deletion"], "Simplified 注销账户 + 删除所有数据; Coremail GBK base64")

add(gmail(A("孙丽", "sunli.sg@mail.example.net"), "两个请求", """\
你好，

1. 请把你们保存的我的个人资料发一份给我，我想核对一下。
2. 我的生日登记错了，应该是1990年8月3日，不是1990年3月8日。请帮我改正。

谢谢！
孙丽
"""), "zh", ["access", "correction"], "Simplified numbered access + DOB correction; Gmail base64")

add(foxmail(A("马晓东", "ma.xiaodong@example.org", cs="GB2312"), "不要再发推广短信", """\
你好：

我不想再收到任何推广短信和邮件，现撤回我之前给你们的营销同意。

另外，请把我的手机号码从你们的系统中彻底删除，以后如有需要通过邮件联系我即可。

马晓东
"""), "zh", ["deletion", "withdrawal"], "Simplified withdrawal of marketing consent + erase phone number from systems")

# ---- Simplified: human ----------------------------------------------------------

add(gmail(A("Tan Jie", "tanjie.88@mail.example.net"), "积分问题", """\
你好，

想问一下，如果我注销账户，积分会不会清零？我还有三千多分，不想浪费。我还没决定要不要注销。

谢谢
陈杰
"""), "zh", "human", "Simplified question about points if the account is closed; no request")

add(qqmail(A("吴芳", "wufang77@qq.example.com", cs="gb18030"), "回复：您的删除请求已收到 [PRV-25-04127]", """\
您好，

我上个月提交的删除请求到现在还没有处理完，请问现在进度如何？编号是 PRV-25-04127。

吴芳

------------------ 原始邮件 ------------------
发件人: "ExampleMart Privacy" <privacy@example.com>;
发送时间: 2025年5月6日(星期二) 上午10:02
收件人: "吴芳" <wufang77@qq.example.com>;
主题: 您的删除请求已收到 [PRV-25-04127]

吴女士您好，我们已收到您删除个人数据的请求，将在30天内处理。
""", irt="<prv-25-04127.ack@example.com>"),
    "zh", "human", "Simplified chaser about an earlier deletion request; QQ-style '原始邮件' quote; nothing new asked")

add(iphone(A("Zhang Wei", "zhangwei.sg@example.net"), "订单没收到", """\
你好，我的订单 EM-20250718-55120 显示已经签收，但是我根本没有收到货，家里也没有人签收。请帮忙查一下。

张伟

发自我的iPhone
"""), "zh", "human", "Simplified order/delivery question; iPhone Chinese signature")

# ---- Simplified: ignore ---------------------------------------------------------

add(coremail(A("林海", "linhai@corp.example.org", cs="GBK"), "自动回复: 您的更正请求 [PRV-25-05510]", """\
您好，

我目前正在休假，8月25日返回办公室，期间不能及时回复邮件。如有急事，请联系我的同事 王小姐（wang.xj@corp.example.org）。

谢谢！
林海
""", extra=[("Auto-Submitted", "auto-replied")]),
    "zh", "ignore", "Simplified out-of-office with Auto-Submitted; Coremail GBK")

_orig = our_reply("黄丽 <huangli@oldbox.example.net>", "回复：注销账户 [PRV-25-03802]", date="Wed, 9 Apr 2025 15:22:03 +0800", text=
                  "黄女士您好，\n\n您的账户已注销。\n\n> 请帮我注销账户。\n\nExampleMart 隐私团队\n")
add(report(A("系统管理员", "postmaster@exmail.example.net"), "退信：回复：注销账户 [PRV-25-03802]", """\
您好，您发送的邮件未能成功投递到以下收件人：

huangli@oldbox.example.net
原因：收件人邮箱不存在（550 Mailbox not found）

这是系统自动发送的退信通知，请勿直接回复。
""", """\
Reporting-MTA: dns; mx3.exmail.example.net
Arrival-Date: Wed, 9 Apr 2025 15:22:10 +0800

Final-Recipient: rfc822; huangli@oldbox.example.net
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 Mailbox not found
""", _orig, human_charset="UTF-8", human_cte="base64", auto="auto-replied"),
    "zh", "ignore", "Simplified Chinese DSN (退信) multipart/report, notification in UTF-8 base64, returned message quotes a closure request")

add(alt(A("优品生活馆", "news@youpin.example.net", cs="UTF-8"), "【优品生活馆】618年中大促，全场低至3折！", """\
亲爱的会员：

618年中大促正式开启！家居、美妆、数码全场低至3折，前100名下单再送精美礼品。

立即抢购：https://youpin.example.net/618

如不希望再收到此类邮件，请点击此处退订：https://youpin.example.net/unsub?u=55f2
""", """<html><body><h2>618年中大促正式开启！</h2><p>家居、美妆、数码全场低至3折，前100名下单再送精美礼品。</p>
<p><a href="https://youpin.example.net/618">立即抢购</a></p>
<p style="font-size:12px;color:#999">如不希望再收到此类邮件，请<a href="https://youpin.example.net/unsub?u=55f2">点击此处退订</a>。</p></body></html>
""", cte="base64",
        extra=[("List-Unsubscribe", "<https://youpin.example.net/unsub?u=55f2>"), ("Precedence", "bulk"),
               ("X-Campaign-Id", "618-2025-sg")]),
    "zh", "ignore", "Simplified marketing newsletter with List-Unsubscribe (no List-Id) and 退订 footer")

add(simple(A("王经理", "fapiao888@spam.example.net", cs="GB2312"), hv("代开各地普通发票 增值税发票", "GB2312"), """\
您好！

本公司有部分普通发票、增值税专用发票可优惠代开，点数优惠，可先验票后付款。

联系人：王经理
电话：138 0000 0000
""", charset="GB2312", cte="8bit",
           extra=[("X-Spam-Flag", "YES"), ("X-Spam-Status", "Yes, score=12.1 required=5.0 tests=CN_FAPIAO,FROM_SPAMMER,RDNS_NONE")]),
    "zh", "ignore", "classic Chinese invoice spam, X-Spam-Flag: YES; GB2312 8bit")

# ---- Traditional: single --------------------------------------------------------

add(simple(A("林志豪", "chihhao.lin@example.net", cs="Big5"), hv("刪除帳號", "Big5"), """\
您好，

我想刪除我的 ExampleMart 帳號，請協助處理。帳號綁定的 email 就是這個信箱，手機是 +65 8122 6093。

謝謝您
林志豪
""", charset="Big5", cte="base64", xmailer="Microsoft Outlook 16.0"),
    "zh", ["cancellation"], "Traditional Chinese (Taiwan) 刪除帳號 = closing the account -> cancellation; Big5 base64 text/plain, Big5 encoded-words")

add(gmail(A("陳美玲", "meiling.chan@mail.example.net"), "更新地址", """\
你好，

本人已搬家，請將帳戶登記的地址更新為：新加坡宏茂橋3道 Blk 208 #11-2145，郵區560208。舊地址（勿洛北4道）請不要再使用。

陳美玲 謹上
"""), "zh", ["correction"], "Traditional Chinese address correction by an older Singaporean; Gmail base64")

add(outlook(A("何家明", "kaming.ho@hk.example.org"), "查閱資料要求", """\
敬啟者：

本人為貴公司網上商店的登記會員。根據《個人資料（私隱）條例》第18條（以及新加坡《個人資料保護法》的相應條文），本人現提出查閱資料要求，請提供貴公司所持有的本人個人資料複本。

會員電郵：kaming.ho@hk.example.org
聯絡電話：+852 6123 4567

何家明
""", lang_tag="zh-HK", html_lang="ZH-HK"), "zh", ["access"],
    "Traditional Chinese (Hong Kong) data access request citing HK PDPO s18; Outlook utf-8 QP")

add(iphone(A("Kelly Yip", "kelly.yip@example.net"), "SMS", """\
唔該唔好再send啲推廣SMS俾我，一日收幾條好煩。我嘅電話係 9233 0471。

Kelly

從我的 iPhone 傳送
"""), "zh", ["withdrawal"], "Traditional Chinese Cantonese with English words: stop promo SMS -> withdrawal; iPhone")

add(simple(A("張雅婷", "yating.chang@example.org", cs="Big5"), hv("請刪除我的身分證影本", "Big5"), """\
您好：

上個月我在貴公司門市辦理退貨時，店員影印了我的身分證（護照）正反面。請將該影本以及相關的證件號碼紀錄從貴公司系統中刪除，並回信告知已處理完畢。

張雅婷
""", charset="Big5", cte="quoted-printable", xmailer="Microsoft Outlook 16.0"),
    "zh", ["deletion"], "Traditional Chinese (Taiwan) deletion of an ID-card copy; Big5 quoted-printable")

# ---- Traditional: multi ---------------------------------------------------------

add(gmail(A("Li Wei Ting", "weiting.li@mail.example.net"), "註銷帳號", """\
您好，

請幫我註銷帳號，並刪除你們保存的我所有個人資料；在處理完成之前，也請不要再寄任何行銷郵件或簡訊給我。

謝謝
李蔚婷
"""), "zh", ["cancellation", "deletion", "withdrawal"], "Traditional Chinese three types: 註銷帳號 + 刪除個人資料 + stop marketing meanwhile")

add(simple(A("王家明", "wong.kaming@example.net", cs="Big5"), hv("查閱及更正個人資料", "Big5"), """\
ExampleMart 私隱事務部 台鑒：

一、請提供貴公司所保存的本人個人資料副本。
二、本人的英文姓名登記有誤，目前誤植為 WANG JIA MING，請更正為 WONG KA MING（與護照相同）。

順頌 商祺
王家明
""", charset="Big5", cte="base64", xmailer="Becky! ver. 2.81.04"),
    "zh", ["access", "correction"], "Traditional Chinese formal access + name correction; Big5 base64")

# ---- Traditional: human ---------------------------------------------------------

add(outlook(A("蔡佩君", "peichun.tsai@example.org"), "回覆: 您的更正要求已完成 [PRV-25-05902]", """\
收到了，謝謝你們這麼快處理。

佩君
""", quote=Q("""\
蔡小姐您好，

您帳戶中的手機號碼已更新為 9345 2281。

ExampleMart 隱私團隊

寄件者: 蔡佩君 <peichun.tsai@example.org>
寄件日期: 2025年7月1日 下午 08:12
收件者: privacy@example.com
主旨: 更新手機號碼

請把我的手機號碼改成 9345 2281。""", frm="ExampleMart Privacy <privacy@example.com>", sent="2025年7月2日 上午 11:30",
    to="蔡佩君 <peichun.tsai@example.org>", subject="您的更正要求已完成 [PRV-25-05902]", lang="zh-Hant"),
    lang_tag="zh-TW", html_lang="ZH-TW", irt="<prv-25-05902.done@example.com>"),
    "zh", "human", "Traditional Chinese thank-you; old correction request only inside the quote with 寄件者:/寄件日期: headers")

add(gmail(A("Eric Chou", "eric.chou@mail.example.net"), "請問", """\
你好，想請問一下：刪除帳號之後，我還能用同一個 email 重新註冊嗎？會不會有冷卻期？

先謝謝
周柏宇
"""), "zh", "human", "Traditional Chinese question about re-registering after deletion; no request")

add(apple(A("鄭文傑", "wenjie.cheng@example.net"), "分期付款申請被拒", """\
您好，

我昨天在結帳時選擇分期付款，但系統馬上顯示「根據自動評估結果，無法提供此服務」。我從來沒有逾期付款紀錄。

請說明這個決定是根據什麼資料和標準做出的，並請安排人工重新審核。

鄭文傑
""", flowed=False), "zh", "human", "Traditional Chinese request to explain an automated decision -> human")

# ---- Traditional: ignore --------------------------------------------------------

add(outlook(A("洪秀英", "hung.hsiuying@corp.example.org"), "自動回覆: 查閱資料要求 [PRV-25-06631]", """\
您好，

我將於9月1日至9月5日休假，期間無法回覆郵件。緊急事項請聯絡 李先生（分機 231）。

洪秀英
""", lang_tag="zh-TW", html_lang="ZH-TW", extra=[("X-Auto-Response-Suppress", "All")], irt="<prv-25-06631.ack@example.com>"),
    "zh", "ignore", "Traditional Chinese out-of-office WITHOUT Auto-Submitted (only X-Auto-Response-Suppress and '自動回覆:' subject)")

add(alt(A("好物生活誌", "edm@haowu.example.org", cs="UTF-8"), "【好物生活誌】本週精選：秋季保養與居家收納",
        """\
親愛的讀者您好：

本週精選：秋季保養五步驟、小坪數居家收納術、限時免運優惠。

閱讀全文：https://haowu.example.org/weekly/88

您收到這封信是因為您訂閱了好物生活誌電子報。若不想再收到，請按此取消訂閱：https://haowu.example.org/unsubscribe
""", """<html><body><h3>本週精選</h3><ul><li>秋季保養五步驟</li><li>小坪數居家收納術</li><li>限時免運優惠</li></ul>
<p style="font-size:12px;color:#888">您收到這封信是因為您訂閱了好物生活誌電子報。若不想再收到，請<a href="https://haowu.example.org/unsubscribe">按此取消訂閱</a>。</p></body></html>
""", cte="quoted-printable",
        extra=[("List-Id", "<weekly.haowu.example.org>"), ("List-Unsubscribe", "<https://haowu.example.org/unsubscribe>"),
               ("Precedence", "bulk")]),
    "zh", "ignore", "Traditional Chinese newsletter with List-Id and 取消訂閱 footer")

# ==========================================================================
# MALAY (14)
# ==========================================================================

add(gmail(A("Siti Aminah", "siti.aminah82@mail.example.net"), "Permohonan menutup akaun", """\
Assalamualaikum dan salam sejahtera,

Saya ingin menutup akaun ExampleMart saya kerana saya tidak lagi menggunakannya. Akaun didaftarkan dengan alamat e-mel ini dan nombor telefon 9725 1184.

Mohon pihak tuan/puan menutup akaun tersebut dan memaklumkan kepada saya apabila selesai.

Terima kasih.

Siti Aminah binti Osman
"""), "ms", ["cancellation"], "Malay formal 'menutup akaun' = cancellation; Gmail")

add(outlook(A("Zulkifli Hassan", "zulkifli.h@kilang.example.org"), "Penarikan balik persetujuan pemasaran", """\
Tuan/Puan,

Dengan hormatnya saya merujuk kepada perkara di atas.

Persetujuan yang telah saya berikan semasa mendaftar sebagai ahli ExampleMart Rewards pada tahun 2021 untuk menerima bahan pemasaran melalui SMS, e-mel dan panggilan telefon, dengan ini saya tarik balik sepenuhnya berkuat kuasa serta-merta.

Keahlian saya tidak perlu dibatalkan.

Sekian, terima kasih.

Zulkifli bin Hassan
No. ahli: 6001 4471 0923
""", lang_tag="ms-MY", html_lang="MS"), "ms", ["withdrawal"],
    "Malay formal withdrawal with 'persetujuan' far from the verb 'tarik balik'; keeps membership; Outlook")

add(alt(A("Faridah", "faridah.yusof@yahoo.example.net"), "tukar alamat",
        "Hi, boleh tolong update alamat I? I dah pindah ke Bedok North, Blk 123 Bedok North Ave 2 #05-67, S460123. Yang lama tu Tampines punya, jangan hantar sana lagi ye. Tq\n\nSent from Yahoo Mail on Android",
        htmlize("Hi, boleh tolong update alamat I? I dah pindah ke Bedok North, Blk 123 Bedok North Ave 2 #05-67, S460123. Yang lama tu Tampines punya, jangan hantar sana lagi ye. Tq\n\nSent from Yahoo Mail on Android"),
        cte="7bit", mid_style="yahoo", style="yahoo", xmailer="WebService/1.1.23187 YMailAndroid"),
    "ms", ["correction"], "Malay/English rojak address correction; Yahoo Android")

add(iphone(A("Hafiz Rahim", "hafiz.rahim@example.net"), "Padam data peribadi", """\
Salam,

Sila padamkan semua data peribadi saya daripada sistem syarikat anda, termasuk sejarah pembelian dan semua alamat penghantaran yang disimpan.

Terima kasih,
Hafiz

Dihantar dari iPhone saya
"""), "ms", ["deletion"], "Malay erasure request; iPhone with Malay signature")

add(tb(A("Norazlina Abdullah", "norazlina.a@example.org"), "Permohonan akses data peribadi di bawah seksyen 21 PDPA", """\
Kepada Pegawai Perlindungan Data,
ExampleMart Pte. Ltd.

Di bawah seksyen 21 Akta Perlindungan Data Peribadi 2012 (Singapura), saya dengan ini memohon:

(a) salinan data peribadi saya yang berada dalam milikan atau di bawah kawalan syarikat anda; dan
(b) maklumat tentang cara data peribadi tersebut telah atau mungkin telah digunakan atau didedahkan dalam tempoh setahun sebelum tarikh permohonan ini.

Akaun saya didaftarkan dengan e-mel norazlina.a@example.org.

Yang benar,
Norazlina binti Abdullah
""", lang_tag="ms"), "ms", ["access"], "Malay statutory PDPA s21 access letter with (a)(b); Thunderbird format=flowed")

add(simple(A("Aiman", "aiman.z@example.net"), "SMS promo", """\
Tolong stop hantar SMS promo kat nombor I ni, banyak sangat lah. Sehari 3-4 kali. Tapi jangan tutup akaun I ye, I still guna.

Aiman
""", charset="UTF-8", cte="7bit", xmailer="Outlook-Android/2.0"),
    "ms", ["withdrawal"], "Malay rojak: stop promo SMS, don't close account (negation) -> withdrawal")

add(gmail(A("Nurul 'Ain Ahmad", "nurulain.ahmad@mail.example.net"), "Nama salah eja", """\
Salam sejahtera,

Nama saya salah eja dalam sistem anda: tertulis "Nurul Aini binti Ahmad", sedangkan nama sebenar saya ialah "Nurul 'Ain binti Ahmad" seperti dalam kad pengenalan saya.

Terima kasih.
Nurul 'Ain
"""), "ms", ["correction"], "Malay correction stated as a fact (name misspelt); apostrophe in display name")

add(alt(A("Roslan", "roslan.m@yahoo.example.net"), "",
        "Nak tutup akaun & padam semua data I. Tq.\n\nSent from Yahoo Mail on Android",
        htmlize("Nak tutup akaun &amp; padam semua data I. Tq.\n\nSent from Yahoo Mail on Android").replace("&amp;amp;", "&amp;"),
        cte="7bit", mid_style="yahoo", style="yahoo", xmailer="WebService/1.1.23187 YMailAndroid"),
    "ms", ["cancellation", "deletion"], "Malay SMS-style: tutup akaun + padam semua data; EMPTY Subject header")

add(outlook(A("Kamarul Ariffin", "kamarul.a@example.org"), "Data peribadi saya", """\
Tuan/Puan,

Saya ingin tahu apakah data peribadi saya yang disimpan oleh ExampleMart, dan kepada pihak mana data tersebut telah dikongsi.

Saya juga mahu ExampleMart berhenti berkongsi data saya dengan rakan kongsi pengiklanan serta-merta.

Terima kasih,
Kamarul Ariffin
""", lang_tag="ms-MY", html_lang="MS"), "ms", ["access", "withdrawal"],
    "Malay: what data + with whom shared (access) and stop sharing with ad partners (withdrawal)")

add(iphone(A("Mariam", "mariam.kassim@example.net"), "Soalan baucar", """\
Salam, kalau saya tutup akaun, baucar yang saya belum guna tu hilang ke? Saya masih fikir-fikir lagi.

Dihantar dari iPhone saya
"""), "ms", "human", "Malay question about vouchers if the account is closed; no request")

add(gmail(A("Ismail Bakar", "ismail.bakar@mail.example.net"), "Pesanan belum sampai", """\
Tuan/Puan,

Pesanan saya EM-20250903-61742 masih belum sampai walaupun sudah seminggu. Status dalam aplikasi tidak berubah sejak hari Isnin. Boleh tolong semak?

Terima kasih,
Ismail
"""), "ms", "human", "Malay order/delivery question")

add(outlook(A("Rosnah Idris", "rosnah.idris@agensi.example.org"), "Balasan automatik: Permintaan pembetulan anda [PRV-25-04019]", """\
Terima kasih atas e-mel anda.

Saya sedang bercuti dan akan kembali ke pejabat pada 2 Jun 2025. E-mel anda akan dibalas selepas saya kembali. Untuk perkara segera, sila hubungi Encik Faizal di 6555 0192.

Rosnah Idris
""", lang_tag="ms-MY", html_lang="MS",
    extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")], irt="<prv-25-04019.reply@example.com>"),
    "ms", "ignore", "Malay out-of-office with Auto-Submitted")

add(alt(A("Kedai Kasih", "promosi@kedaikasih.example.net"), "Promosi Hari Raya: diskaun sehingga 50%!", """\
Salam Aidilfitri!

Nikmati diskaun sehingga 50% untuk baju raya, kuih dan hamper. Tawaran sehingga 10 April sahaja.

Beli sekarang: https://kedaikasih.example.net/raya

Anda menerima e-mel ini kerana anda melanggan berita Kedai Kasih.
Berhenti melanggan: https://kedaikasih.example.net/berhenti
""", """<html><body><h2>Salam Aidilfitri!</h2><p>Nikmati diskaun sehingga 50% untuk baju raya, kuih dan hamper.</p>
<p style="font-size:11px">Anda menerima e-mel ini kerana anda melanggan berita Kedai Kasih. <a href="https://kedaikasih.example.net/berhenti">Berhenti melanggan</a></p></body></html>
""", cte="quoted-printable",
        extra=[("List-Id", "Kedai Kasih Promosi <promosi.kedaikasih.example.net>"),
               ("List-Unsubscribe", "<https://kedaikasih.example.net/berhenti>"), ("Precedence", "bulk")]),
    "ms", "ignore", "Malay marketing newsletter with List-Id and 'Berhenti melanggan' footer")

add(simple(A("Meja Bantuan TeleMega", "no-reply@helpdesk.telemega.example.net"), "Tiket anda #MY-20931 telah diterima", """\
Terima kasih kerana menghubungi Meja Bantuan TeleMega.

Tiket anda #MY-20931 telah diterima dan akan diproses dalam masa 3 hari bekerja.

Ringkasan: "Permohonan memadam data pelanggan bersama"

Ini adalah mesej automatik. Sila jangan balas e-mel ini.
""", charset="UTF-8", cte="quoted-printable"),
    "ms", "ignore", "Malay helpdesk automatic ticket receipt, no auto-reply headers")

# ==========================================================================
# TAMIL (12)
# ==========================================================================

add(gmail(A("செல்வி ராஜா", "selvi.raja@mail.example.net"), "கணக்கை மூட வேண்டும்", """\
வணக்கம்,

என்னுடைய ExampleMart கணக்கை மூட விரும்புகிறேன். இனி அதைப் பயன்படுத்தப் போவதில்லை. கணக்கில் பதிவு செய்யப்பட்ட மின்னஞ்சல் இதுவே.

தயவுசெய்து என் கணக்கை மூடிவிட்டு எனக்கு உறுதிப்படுத்தவும்.

நன்றி,
செல்வி ராஜா
"""), "ta", ["cancellation"], "Tamil account closure; Gmail base64, Tamil encoded-word name")

add(outlook(A("K. Subramaniam", "k.subramaniam@example.org"), "தனிப்பட்ட தரவுகளை நீக்க கோரிக்கை", """\
அன்புடையீர்,

உங்கள் நிறுவனம் என்னைப் பற்றி வைத்திருக்கும் அனைத்து தனிப்பட்ட தரவுகளையும் (பெயர், முகவரி, தொலைபேசி எண், வாங்கிய பொருட்களின் வரலாறு உட்பட) நிரந்தரமாக நீக்குமாறு கேட்டுக்கொள்கிறேன்.

நீக்கியவுடன் எனக்கு மின்னஞ்சல் மூலம் தெரிவிக்கவும்.

இப்படிக்கு,
க. சுப்பிரமணியம்
""", lang_tag="ta-SG", html_lang="TA"), "ta", ["deletion"], "Tamil formal erasure request; Outlook utf-8 QP")

add(tb(A("Lakshmi Narayanan", "lakshmi.n@example.net"), "தரவு அணுகல் கோரிக்கை", """\
வணக்கம்,

தனிப்பட்ட தரவு பாதுகாப்புச் சட்டம் 2012, பிரிவு 21-இன் கீழ், நீங்கள் என்னைப் பற்றி வைத்திருக்கும் தனிப்பட்ட தரவுகளின் நகலை எனக்கு அனுப்புமாறு கோருகிறேன். கடந்த ஓராண்டில் அந்தத் தரவுகள் யாருடன் பகிரப்பட்டன என்பதையும் தெரிவிக்கவும்.

உறுப்பினர் எண்: 6001 3390 1175

நன்றி,
லக்ஷ்மி நாராயணன்
""", lang_tag="ta"), "ta", ["access"], "Tamil PDPA s21 access request incl. who it was shared with; Thunderbird 8bit")

add(simple(A("Arun", "arun.k77@example.net"), None, """\
வணக்கம், என் கைபேசி எண் மாறிவிட்டது. பழைய எண் 9145 2290. புதிய எண் 8266 7301. தயவுசெய்து என் கணக்கில் புதிய எண்ணைப் பதிவு செய்யவும்.

அருண்
""", charset="UTF-8", cte="base64"),
    "ta", ["correction"], "Tamil phone-number correction; NO Subject header; single text/plain base64")

add(gmail(A("Karthik", "karthik.s@mail.example.net"), "promo sms", """\
Hi,

Unga promo SMS ellam stop pannunga please. Daily moonu message varudhu, romba disturb-aa irukku. Account close panna vendam, ads mattum venam.

Thanks
Karthik
"""), "ta", ["withdrawal"], "romanised Tamil mixed with English (Tanglish): stop promo SMS, don't close account -> withdrawal")

add(apple(A("முத்துக்குமரன்", "muthukumaran.r@example.org"), "பெயர் திருத்தம்", """\
வணக்கம்,

உங்கள் பதிவுகளில் என் பெயர் "Muthu Kumar" என்று தவறாக உள்ளது. என் அடையாள அட்டையில் உள்ளபடி சரியான பெயர் "Muthukumaran s/o Rajendran". டெலிவரி லேபிள்களிலும் இதே தவறு வருகிறது.

நன்றி,
முத்துக்குமரன்
""", flowed=False), "ta", ["correction"], "Tamil name correction stated as a fact; Apple Mail utf-8 QP")

add(iphone(A("Priya", "priya.venkat@example.net"), "கணக்கு", """\
வணக்கம்,

என் ExampleMart கணக்கை மூடிவிடுங்கள். அத்துடன் என்னைப் பற்றிய எல்லாத் தனிப்பட்ட தரவுகளையும் உங்கள் அமைப்புகளிலிருந்து அழித்துவிடுங்கள்.

நன்றி
பிரியா

Sent from my iPhone
"""), "ta", ["cancellation", "deletion"], "Tamil close account + erase all data")

add(gmail(A("Ganesan Pillai", "ganesan.pillai@mail.example.net"), "இரண்டு கோரிக்கைகள்", """\
வணக்கம்,

1. என்னைப் பற்றி நீங்கள் சேமித்து வைத்துள்ள தனிப்பட்ட தகவல்களின் நகல் ஒன்றை அனுப்பவும்.
2. என் வீட்டு முகவரி மாறிவிட்டது. புதிய முகவரி: Blk 645 Woodlands Ring Road #09-33, Singapore 730645. பழைய முகவரியை மாற்றவும்.

நன்றி,
கணேசன்
"""), "ta", ["access", "correction"], "Tamil numbered access + address correction")

add(gmail(A("Meena", "meena.r@mail.example.net"), "புள்ளிகள் பற்றி ஒரு கேள்வி", """\
வணக்கம்,

என் கணக்கை மூடினால், சேர்த்து வைத்த புள்ளிகள் என்ன ஆகும்? இன்னும் முடிவு செய்யவில்லை, தெரிந்துகொள்ள மட்டும் கேட்கிறேன்.

மீனா
"""), "ta", "human", "Tamil question about points if the account is closed; no request")

add(gmail(A("Vijay Anand", "vijay.anand@mail.example.net"), "Re: உங்கள் கணக்கு மூடப்பட்டது [PRV-25-05288]", """\
என் கணக்கை மூடியதை உறுதிப்படுத்தியதற்கு மிக்க நன்றி.

விஜய்
""", quote=Q("""\
Dear Mr Vijay Anand,

Your ExampleMart account has been closed as requested.

ExampleMart Privacy Team

> வணக்கம், என் கணக்கை மூடவும்.""", attr="On Tue, 22 Jul 2025 at 11:40, ExampleMart Privacy <privacy@example.com> wrote:"),
    irt="<prv-25-05288.closed@example.com>"),
    "ta", "human", "Tamil thank-you in a closed-account thread; the old closure request is only quoted")

add(simple(A("Revathi", "revathi.m@council.example.org"), "தானியங்கி பதில்: Re: உங்கள் கோரிக்கை", """\
வணக்கம்,

நான் ஆகஸ்ட் 30 வரை விடுப்பில் இருக்கிறேன். திரும்பியதும் உங்கள் மின்னஞ்சலுக்குப் பதில் அளிப்பேன்.

ரேவதி
""", charset="UTF-8", cte="base64", extra=[("Auto-Submitted", "auto-replied")]),
    "ta", "ignore", "Tamil out-of-office with Auto-Submitted; base64")

add(alt(A("செய்தித் துளிகள்", "madal@seithi.example.org"), "இந்த வார செய்தித் துளிகள்", """\
இந்த வாரம்:
- தீபாவளி சிறப்புச் சந்தை லிட்டில் இந்தியாவில் தொடக்கம்
- புதிய பேருந்து வழித்தடங்கள் அறிவிப்பு

முழு மடலையும் படிக்க: https://seithi.example.org/madal/41

இந்த மடலைப் பெற விரும்பவில்லை எனில், இங்கே குழுவிலகவும்: https://seithi.example.org/unsub
""", """<html><body><h3>இந்த வாரம்</h3><ul><li>தீபாவளி சிறப்புச் சந்தை லிட்டில் இந்தியாவில் தொடக்கம்</li><li>புதிய பேருந்து வழித்தடங்கள் அறிவிப்பு</li></ul>
<p style="font-size:11px">இந்த மடலைப் பெற விரும்பவில்லை எனில், <a href="https://seithi.example.org/unsub">இங்கே குழுவிலகவும்</a>.</p></body></html>
""", cte="base64",
        extra=[("List-Id", "<madal.seithi.example.org>"), ("List-Unsubscribe", "<https://seithi.example.org/unsub>")]),
    "ta", "ignore", "Tamil newsletter with List-Id and unsubscribe footer")

# ==========================================================================
# INDONESIAN (14)
# ==========================================================================

add(gmail(A("Dewi Lestari", "dewi.lestari@mail.example.net"), "Penutupan akun", """\
Selamat siang,

Mohon bantuannya untuk menutup akun ExampleMart saya. Saya sudah kembali ke Surabaya dan tidak akan berbelanja lagi di Singapura.

Email akun: dewi.lestari@mail.example.net

Terima kasih atas bantuannya.

Salam,
Dewi
"""), "id", ["cancellation"], "Indonesian account closure; Gmail")

add(outlook(A("Bambang Wijaya", "bambang.wijaya@hukum.example.org"), "Permintaan penghapusan data pribadi", """\
Kepada Yth.
Pejabat Pelindung Data Pribadi
ExampleMart Pte. Ltd.

Dengan hormat,

Berdasarkan Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi, serta ketentuan yang berlaku di Singapura, saya meminta penghapusan seluruh data pribadi saya yang Anda simpan, termasuk nama, alamat, nomor telepon, dan riwayat transaksi.

Mohon konfirmasi tertulis setelah penghapusan dilakukan.

Hormat saya,
Bambang Wijaya
""", lang_tag="id-ID", html_lang="IN", to="ExampleMart Customer Service <cs@example.com>", cc=PRIV),
    "id", ["deletion"], "Indonesian formal erasure request citing UU PDP 27/2022; Outlook; privacy@ only in Cc")

add(tb(A("Rina Marlina", "rina.marlina@example.net"), "Permintaan salinan data pribadi", """\
Halo tim privasi ExampleMart,

Saya ingin meminta salinan data pribadi saya yang disimpan oleh ExampleMart, beserta informasi pihak ketiga mana saja yang pernah menerima data saya dan untuk tujuan apa.

Akun saya terdaftar dengan email ini.

Terima kasih,
Rina Marlina
""", lang_tag="id"), "id", ["access"], "Indonesian access request incl. recipients and purposes; Thunderbird")

add(alt(A("Agus", "agus.pratama@yahoo.example.net"), "ganti no hp",
        "min tolong ganti nomor HP di akun saya jadi +65 8890 3412 ya, nomor lama (9012 5567) udah hilang sama HP-nya. makasih\n\nSent from Yahoo Mail on Android",
        htmlize("min tolong ganti nomor HP di akun saya jadi +65 8890 3412 ya, nomor lama (9012 5567) udah hilang sama HP-nya. makasih\n\nSent from Yahoo Mail on Android"),
        cte="7bit", mid_style="yahoo", style="yahoo", xmailer="WebService/1.1.23187 YMailAndroid"),
    "id", ["correction"], "casual Indonesian phone-number correction ('min', 'udah'); Yahoo Android")

add(iphone(A("Putri", "putri.ayu@example.net"), "email promo", """\
Halo, tolong berhenti kirim email promo ke saya ya. Tiap hari masuk terus, inbox saya penuh. Makasih.

Dikirim dari iPhone saya
"""), "id", ["withdrawal"], "casual Indonesian: stop promo emails")

add(gmail(A("Hendra Gunawan", "hendra.gunawan@mail.example.net"), "Pembagian data ke mitra", """\
Dengan hormat,

Dalam kebijakan privasi Anda disebutkan bahwa data pelanggan dapat dibagikan kepada mitra pemasaran. Persetujuan saya atas pembagian data tersebut, yang saya berikan ketika mendaftar pada tahun 2022, dengan ini saya tarik kembali.

Saya tetap ingin menggunakan akun saya seperti biasa.

Hormat saya,
Hendra Gunawan
"""), "id", ["withdrawal"], "Indonesian formal withdrawal of consent to sharing with marketing partners; 'persetujuan' far from 'tarik kembali'")

add(simple(A("Budi Santoso", "budi.santoso@mail.example.net"), "Email salah di akun", """\
Selamat pagi,

Email di akun saya tertulis salah: budi.santoso@mial.example.net (ada salah ketik "mial"). Seharusnya budi.santoso@mail.example.net, yaitu alamat yang saya pakai untuk mengirim email ini.

Terima kasih,
Budi
""", charset="ISO-8859-1", cte="7bit", quote_cs=False, xmailer="Microsoft Outlook 16.0"),
    "id", ["correction"], "Indonesian email-address correction stated as a fact; text/plain ISO-8859-1 7bit")

add(gmail(A("Yuliana", "yuliana.tan@mail.example.net"), "Hapus akun", """\
Halo,

Tolong hapus akun saya dan semua data saya ya. Saya sudah tidak pakai lagi.

Thanks,
Yuliana
"""), "id", ["cancellation", "deletion"], "Indonesian 'hapus akun saya dan semua data saya' = cancellation + deletion")

add(outlook(A("Andi Saputra", "andi.saputra@example.org"), "Permintaan data pribadi", """\
Yth. Tim Privasi,

Mohon kirimkan salinan semua data pribadi saya terlebih dahulu. Setelah saya terima, silakan hapus seluruhnya dari sistem Anda.

Terima kasih,
Andi Saputra
""", lang_tag="id-ID", html_lang="IN"), "id", ["access", "deletion"], "Indonesian copy first, then erase")

add(gmail(A("Siska", "siska.w@mail.example.net"), "Saldo kalau akun dihapus?", """\
Halo, mau tanya, kalau saya hapus akun nanti saldo ExamplePay saya bagaimana? Bisa dicairkan dulu nggak? Belum mau hapus sekarang, cuma tanya.

Siska
"""), "id", "human", "Indonesian question about balance if the account is deleted; explicitly not now")

add(outlook(A("Rudi Hartono", "rudi.hartono@example.net"), "Keluhan kurir", """\
Selamat sore,

Kemarin kurir Anda menelepon saya tiga kali larut malam dan kemudian mengirim pesan WhatsApp pribadi yang tidak sopan ke nomor saya. Saya sangat keberatan dengan perilaku ini dan ingin tahu tindakan apa yang akan Anda ambil terhadap kurir tersebut.

Rudi Hartono
""", lang_tag="id-ID", html_lang="IN"), "id", "human", "Indonesian complaint about a courier's conduct; no data-rights request")

add(simple(A("Wulan Sari", "wulan.sari@kantor.example.org"), "Balasan Otomatis: Re: Permintaan Anda [PRV-25-03377]", """\
Terima kasih atas email Anda.

Saya sedang cuti sampai tanggal 21 Juli 2025 dan tidak dapat membalas email. Untuk keperluan mendesak silakan hubungi rekan saya, Bapak Dimas, di dimas@kantor.example.org.

Salam,
Wulan
""", charset="UTF-8", cte="7bit", extra=[("X-Autoreply", "yes")], irt="<prv-25-03377.reply@example.com>"),
    "id", "ignore", "Indonesian out-of-office without Auto-Submitted (X-Autoreply only)")

add(alt(A("BelanjaHemat", "info@belanjahemat.example.net"), "Flash Sale 9.9 mulai jam 12 malam!", """\
Halo Sobat Hemat!

Flash Sale 9.9 dimulai tengah malam ini. Diskon hingga 90% dan gratis ongkir!

Belanja sekarang: https://belanjahemat.example.net/99

Tidak ingin menerima email ini lagi? Berhenti berlangganan: https://belanjahemat.example.net/unsub
""", """<html><body><h2>Flash Sale 9.9</h2><p>Diskon hingga 90% dan gratis ongkir!</p>
<p style="font-size:11px;color:#777">Tidak ingin menerima email ini lagi? <a href="https://belanjahemat.example.net/unsub">Berhenti berlangganan</a></p></body></html>
""", cte="quoted-printable",
        extra=[("List-Unsubscribe", "<mailto:unsub@belanjahemat.example.net>, <https://belanjahemat.example.net/unsub>"),
               ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")]),
    "id", "ignore", "Indonesian marketing mail with List-Unsubscribe and 'Berhenti berlangganan' footer")

add(alt(A("Layanan Pelanggan KirimCepat", "cs@kirimcepat.example.net"), "[Tiket #KC-558201] Permintaan Anda telah kami terima", """\
Halo ExampleMart Privacy,

Terima kasih telah menghubungi Layanan Pelanggan KirimCepat. Permintaan Anda telah kami terima dengan nomor tiket #KC-558201.

Tim kami akan merespons dalam 2x24 jam kerja.

Salam,
KirimCepat
""", htmlize("Halo ExampleMart Privacy,\n\nTerima kasih telah menghubungi Layanan Pelanggan KirimCepat. Permintaan Anda telah kami terima dengan nomor tiket #KC-558201.\n\nTim kami akan merespons dalam 2x24 jam kerja.\n\nSalam,\nKirimCepat"),
        cte="quoted-printable", extra=[("X-Mailer", "Freshdesk")]),
    "id", "ignore", "Indonesian courier helpdesk automatic receipt (ticket number), no auto headers")

# ==========================================================================
# JAPANESE (12)
# ==========================================================================

add(simple(A("山田 花子", "hanako.yamada@mail.example.net", cs="ISO-2022-JP"), hv("退会手続きのお願い", "ISO-2022-JP"), """\
ExampleMart ご担当者様

いつもお世話になっております。
シンガポール在住の山田花子と申します。

日本へ帰国することになりましたので、退会の手続きをお願いいたします。
登録メールアドレス：hanako.yamada@mail.example.net

お手数をおかけしますが、よろしくお願いいたします。

山田 花子
""", charset="ISO-2022-JP", cte="7bit", quote_cs=False, xmailer="Becky! ver. 2.81.04"),
    "ja", ["cancellation"], "Japanese 退会 = cancellation; classic ISO-2022-JP 7bit text/plain with ISO-2022-JP encoded-words")

add(simple(A("佐藤 健一", "kenichi.sato@example.org", cs="Shift_JIS"), hv("個人情報開示請求", "Shift_JIS"), """\
ExampleMart Pte. Ltd.
個人情報保護責任者 様

貴社が保有する私の個人情報について、以下の事項の開示を請求いたします。

１．保有している個人情報の内容
２．利用目的
３．第三者への提供の有無および提供先

会員番号：6001-2288-5531
氏名：佐藤 健一

以上、よろしくお願いいたします。
""", charset="Shift_JIS", cte="base64", xmailer="Microsoft Outlook 16.0"),
    "ja", ["access"], "Japanese formal disclosure (access) request with numbered items; Shift_JIS base64")

add(gmail(A("鈴木 美咲", "misaki.suzuki@mail.example.net"), "個人情報の削除について", """\
お世話になっております。

登録されている私の個人情報（氏名・住所・電話番号・購入履歴）をすべて削除してください。

削除が完了しましたら、ご連絡いただけますと幸いです。

鈴木 美咲
"""), "ja", ["deletion"], "Japanese erasure request; Gmail UTF-8 base64")

add(apple(A("高橋 誠", "makoto.takahashi@example.net"), "住所変更のお願い", """\
ExampleMart カスタマー担当者様

先月引っ越しましたので、登録住所を以下に変更してください。

旧住所：10 Anson Road #12-03, Singapore 079903
新住所：1 Holland Village Way #08-21, Singapore 275748

よろしくお願いします。
高橋 誠
""", flowed=False), "ja", ["correction"], "Japanese address change (correction); Apple Mail utf-8 QP")

add(iphone(A("中村", "nakamura.y@example.net"), "メルマガ停止", """\
メールマガジンと広告のプッシュ通知の配信を停止してください。退会するつもりはありませんので、アカウントはそのままでお願いします。

中村

iPhoneから送信
"""), "ja", ["withdrawal"], "Japanese stop newsletter/ads with negation (not leaving) -> withdrawal; iPhone")

add(apple(A("伊藤 由美", "yumi.ito@example.org"), "退会と個人情報の削除", """\
ご担当者様

退会を希望します。あわせて、貴社が保有している私の個人情報もすべて削除してください。

どうぞよろしくお願いいたします。
伊藤 由美
"""), "ja", ["cancellation", "deletion"], "Japanese 退会 + 個人情報削除; Apple Mail format=flowed (no spaces to wrap)")

add(tb(A("小林 大輔", "daisuke.kobayashi@example.net"), "個人データの開示と訂正", """\
ExampleMart 御中

次の2点をお願いいたします。

１．私に関して貴社が保有している個人データの写しをお送りください。
２．生年月日が誤って登録されています（1985年4月3日となっていますが、正しくは1985年3月4日です）。訂正をお願いします。

小林 大輔
""", charset="ISO-2022-JP", cte="7bit", flowed=False, lang_tag="ja"),
    "ja", ["access", "correction"], "Japanese access + DOB correction; Thunderbird ISO-2022-JP 7bit")

add(gmail(A("渡辺", "watanabe.k@mail.example.net"), "ポイントについて", """\
こんにちは。

退会した場合、貯まっているポイントはどうなりますか？まだ退会するかどうか迷っているので、先に教えていただけると助かります。

渡辺
"""), "ja", "human", "Japanese question about points if leaving; no request")

add(outlook(A("木村 拓也", "takuya.kimura@corp.example.org"), "RE: 個人情報削除完了のご連絡 [PRV-25-03901]", """\
ご対応いただきありがとうございました。安心しました。

木村
""", quote=Q("""\
木村様

ご依頼いただいた個人情報の削除が完了しましたのでご連絡いたします。

ExampleMart プライバシー担当

差出人: 木村 拓也 <takuya.kimura@corp.example.org>
送信日時: 2025年5月12日 9:20
宛先: privacy@example.com
件名: 個人情報の削除

私の個人情報をすべて削除してください。""", frm="ExampleMart Privacy <privacy@example.com>", sent="2025年5月20日 14:03",
    to="木村 拓也 <takuya.kimura@corp.example.org>", subject="個人情報削除完了のご連絡 [PRV-25-03901]", lang="ja"),
    lang_tag="ja-JP", html_lang="JA", irt="<prv-25-03901.done@example.com>"),
    "ja", "human", "Japanese thank-you; the old deletion request is only quoted under 差出人:/送信日時:")

add(simple(A("松本 亜希子", "akiko.matsumoto@corp.example.org", cs="ISO-2022-JP"), hv("【自動返信】不在のお知らせ", "ISO-2022-JP"), """\
メールありがとうございます。

誠に勝手ながら、8月13日から8月16日まで夏季休暇のため不在にしております。
8月19日以降、順次対応させていただきます。

松本 亜希子
""", charset="ISO-2022-JP", cte="7bit", quote_cs=False, extra=[("Auto-Submitted", "auto-replied")]),
    "ja", "ignore", "Japanese out-of-office (不在のお知らせ) with Auto-Submitted; ISO-2022-JP")

add(alt(A("くらしの便利帖", "mag@kurashi.example.net", cs="UTF-8"), "【くらしの便利帖】秋の新生活応援フェア開催中", """\
いつもご愛読ありがとうございます。

秋の新生活応援フェアを開催中です。収納グッズが最大40%オフ！

詳しくはこちら：https://kurashi.example.net/fair

※本メールは配信専用です。
配信停止はこちら：https://kurashi.example.net/stop
""", """<html><body><p>いつもご愛読ありがとうございます。</p><p><b>秋の新生活応援フェア</b>を開催中です。収納グッズが最大40%オフ！</p>
<p style="font-size:11px">※本メールは配信専用です。<a href="https://kurashi.example.net/stop">配信停止はこちら</a></p></body></html>
""", cte="base64",
        extra=[("List-Unsubscribe", "<https://kurashi.example.net/stop>"), ("List-Id", "<mag.kurashi.example.net>"), ("Precedence", "bulk")]),
    "ja", "ignore", "Japanese mail magazine with List-Id and 配信停止 footer")

add(alt(A("ExampleMart サポート", "support@examplemart-jp.example.net", cs="UTF-8"), "【重要】お客様のアカウントが一時停止されました", """\
お客様のアカウントで不審なログインが検出されたため、一時的に利用を停止しました。
24時間以内に以下のリンクから本人確認を行わない場合、アカウントと全データが削除されます。

http://examplemart-jp.example.net/verify
""", htmlize("お客様のアカウントで不審なログインが検出されたため、一時的に利用を停止しました。\n24時間以内に本人確認を行わない場合、アカウントと全データが削除されます。"),
        cte="base64",
        extra=[("X-Spam-Flag", "YES"), ("X-Spam-Status", "Yes, score=10.2 required=5.0 tests=PHISH_BRAND,URIBL_BLACK")]),
    "ja", "ignore", "Japanese phishing spam, X-Spam-Flag: YES")

# ==========================================================================
# KOREAN (12)
# ==========================================================================

add(simple(A("김민준", "minjun.kim@mail.example.net", cs="EUC-KR"), hv("회원 탈퇴 요청", "EUC-KR"), """\
안녕하세요.

ExampleMart 회원 탈퇴를 요청합니다. 싱가포르 근무를 마치고 한국으로 돌아가게 되어 더 이상 이용하지 않을 예정입니다.

가입 이메일: minjun.kim@mail.example.net
이름: 김민준

감사합니다.
""", charset="EUC-KR", cte="base64"),
    "ko", ["cancellation"], "Korean 회원 탈퇴 = cancellation; EUC-KR base64 text/plain, EUC-KR encoded-words")

add(outlook(A("이서연", "seoyeon.lee@corp.example.org", cs="ks_c_5601-1987"), "개인정보 열람 요청", """\
안녕하십니까.

귀사가 보유하고 있는 본인의 개인정보에 대하여 다음 사항의 열람을 요청합니다.

1. 보유하고 있는 개인정보의 항목 및 내용
2. 개인정보의 수집·이용 목적
3. 개인정보를 제3자에게 제공한 현황

회원 이메일: seoyeon.lee@corp.example.org

이서연 드림
""", charset="ks_c_5601-1987", cte="base64", lang_tag="ko-KR", html_lang="KO"),
    "ko", ["access"], "Korean access request with numbered items; Outlook ks_c_5601-1987 base64")

add(simple(A("박지훈", "jihoon.park@naver.example.com", cs="UTF-8"), "개인정보 삭제 요청",
        '<div style="font-family:나눔고딕,NanumGothic,sans-serif;font-size:10pt"><p>제 개인정보를 모두 삭제해 주세요. 주소, 전화번호, 주문 내역까지 전부요.</p><p>처리되면 알려 주시기 바랍니다.</p><p>박지훈</p></div>\n',
        subtype="html", charset="UTF-8", cte="base64", xmailer="Naver Mail"),
    "ko", ["deletion"], "Korean erasure of all data; HTML-only body (Naver-style), base64")

add(gmail(A("Choi Yuna", "yuna.choi@mail.example.net"), "전화번호 변경", """\
안녕하세요,

휴대폰 번호가 바뀌었습니다. 계정에 등록된 번호를 9876 1234에서 8123 9988로 변경해 주세요.

최유나 드림
"""), "ko", ["correction"], "Korean phone-number correction; Gmail")

add(iphone(A("정우성", "woosung.jung@example.net"), "마케팅 수신 동의 철회", """\
마케팅 정보 수신 동의를 철회합니다. 광고 문자와 이메일을 더 이상 보내지 말아 주세요.

정우성

나의 iPhone에서 보냄
"""), "ko", ["withdrawal"], "Korean withdrawal of marketing consent; iPhone Korean signature")

add(gmail(A("강하늘", "haneul.kang@mail.example.net"), "탈퇴 및 정보 삭제", """\
안녕하세요.

회원 탈퇴하고 제 개인정보도 전부 삭제해 주세요. 더 이상 이용할 일이 없습니다.

강하늘
"""), "ko", ["cancellation", "deletion"], "Korean 탈퇴 + delete all personal data")

add(simple(A("윤서준", "seojun.yoon@example.org", cs="EUC-KR"), hv("광고 문자 수신 거부", "EUC-KR"), """\
광고성 문자 수신을 거부합니다.
그리고 제 전화번호를 귀사 시스템에서 삭제해 주세요. 연락은 이메일로만 해 주시면 됩니다.

윤서준
""", charset="EUC-KR", cte="8bit"),
    "ko", ["deletion", "withdrawal"], "Korean refuse marketing SMS + erase phone number; EUC-KR 8bit")

add(gmail(A("한지민", "jimin.han@mail.example.net"), "적립금 문의", """\
안녕하세요,

탈퇴하면 적립금은 어떻게 되나요? 아직 탈퇴를 결정한 건 아니고 미리 알아보는 중입니다.

한지민
"""), "ko", "human", "Korean question about reward balance if leaving; no request")

add(gmail(A("오세영", "seyoung.oh@mail.example.net"), "남편 주문 내역", """\
안녕하세요,

남편 명의 계정(hyunwoo.oh@mail.example.net)으로 최근 6개월 동안 무엇을 주문했는지 알고 싶습니다. 주문 내역과 배송지를 알려 주실 수 있나요?

오세영
"""), "ko", "human", "Korean request for someone else's (husband's) data, not on his behalf -> human")

add(simple(A("배수진", "sujin.bae@corp.example.org", cs="UTF-8"), "[자동응답] 부재 중입니다", """\
안녕하세요, 배수진입니다.

현재 출장 중으로 9월 8일에 복귀합니다. 급한 용무는 팀 대표 메일(team@corp.example.org)로 연락 부탁드립니다.

감사합니다.
""", charset="UTF-8", cte="base64", extra=[("Auto-Submitted", "auto-replied")]),
    "ko", "ignore", "Korean out-of-office with Auto-Submitted")

add(alt(A("마켓하루", "news@marketharu.example.net", cs="UTF-8"), "(광고) 추석 맞이 선물세트 최대 50% 할인", """\
(광고) 마켓하루

추석 맞이 선물세트 최대 50% 할인! 9월 30일까지.

바로 가기: https://marketharu.example.net/chuseok

본 메일은 수신 동의하신 분께 발송되었습니다. 더 이상 받지 않으시려면 수신거부를 클릭하세요: https://marketharu.example.net/optout
""", """<html><body><p>(광고) 마켓하루</p><h2>추석 맞이 선물세트 최대 50% 할인!</h2>
<p style="font-size:11px">본 메일은 수신 동의하신 분께 발송되었습니다. 더 이상 받지 않으시려면 <a href="https://marketharu.example.net/optout">수신거부</a>를 클릭하세요.</p></body></html>
""", cte="base64",
        extra=[("List-Unsubscribe", "<https://marketharu.example.net/optout>"), ("Precedence", "bulk")]),
    "ko", "ignore", "Korean (광고) marketing mail with 수신거부 footer and List-Unsubscribe")

add(simple(A("대출상담", "loan@fastcash.example.net", cs="EUC-KR"), hv("(광고) 무담보 당일 대출 승인", "EUC-KR"), """\
(광고) 신용등급 상관없이 당일 승인!
무담보 최대 3천만원, 지금 바로 상담하세요.

수신거부: 회신 후 '거부' 입력
""", charset="EUC-KR", cte="base64",
           extra=[("X-Spam-Flag", "YES"), ("X-Spam-Status", "Yes, score=8.9 required=5.0 tests=KR_LOAN_SPAM,RDNS_NONE")]),
    "ko", "ignore", "Korean loan spam, X-Spam-Flag: YES")

# ==========================================================================
# THAI (10)
# ==========================================================================

add(gmail(A("สุภาพร", "supaporn.k@mail.example.net"), "ขอปิดบัญชี", """\
สวัสดีค่ะ

ดิฉันต้องการปิดบัญชี ExampleMart ของดิฉัน เนื่องจากย้ายกลับไปอยู่กรุงเทพฯ แล้วและจะไม่ได้ใช้บริการอีก อีเมลที่ลงทะเบียนไว้คืออีเมลนี้ค่ะ

ขอบคุณค่ะ
สุภาพร
"""), "th", ["cancellation"], "Thai ปิดบัญชี = cancellation; Gmail base64")

add(simple(A("Somchai Jaidee", "somchai.j@example.net"), hv("ขอให้ลบข้อมูลส่วนบุคคล", "TIS-620"), """\
เรียน เจ้าหน้าที่คุ้มครองข้อมูลส่วนบุคคล

ผมขอให้บริษัทลบข้อมูลส่วนบุคคลทั้งหมดของผม ได้แก่ ชื่อ ที่อยู่ เบอร์โทรศัพท์ และประวัติการสั่งซื้อ ออกจากระบบของบริษัท และแจ้งยืนยันเมื่อดำเนินการเสร็จแล้ว

ขอแสดงความนับถือ
สมชาย ใจดี
""", charset="TIS-620", cte="8bit"),
    "th", ["deletion"], "Thai erasure request; TIS-620 8bit text/plain, TIS-620 encoded-word subject")

add(simple(A("Wanna Srisuk", "wanna.s@example.net"), hv("ขอสำเนาข้อมูลส่วนบุคคล", "UTF-8"), """\
เรียน ExampleMart Pte. Ltd.

ตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562 มาตรา 30 ดิฉันขอใช้สิทธิขอเข้าถึงและขอรับสำเนาข้อมูลส่วนบุคคลของดิฉันที่อยู่ในความรับผิดชอบของบริษัท รวมถึงขอให้เปิดเผยถึงการได้มาซึ่งข้อมูลดังกล่าว

ชื่อ: วรรณา ศรีสุข
อีเมลบัญชี: wanna.s@example.net

ขอบคุณค่ะ
""", charset="windows-874", cte="quoted-printable", xmailer="Microsoft Outlook 16.0"),
    "th", ["access"], "Thai access request citing Thai PDPA s30; body in windows-874 QP (charset unknown to Python's codec registry; superset of TIS-620)")

add(outlook(A("ธนากร", "thanakorn.p@corp.example.org"), "ถอนความยินยอมรับข่าวสารการตลาด", """\
เรียน ทีมงาน ExampleMart

ผมขอถอนความยินยอมในการรับข่าวสารการตลาดทุกช่องทาง กรุณาหยุดส่ง SMS และอีเมลโฆษณามาให้ผม แต่ผมยังต้องการใช้บัญชีต่อไปครับ

ขอบคุณครับ
ธนากร
""", lang_tag="th-TH", html_lang="TH"), "th", ["withdrawal"], "Thai withdrawal of marketing consent, keeps account; Outlook utf-8")

add(iphone(A("Nattapong", "nattapong.c@example.net"), "ปิดบัญชี", """\
ช่วยปิดบัญชีและลบข้อมูลทั้งหมดของผมด้วยครับ ไม่ใช้แล้ว

ส่งจาก iPhone ของฉัน
"""), "th", ["cancellation", "deletion"], "Thai close account + delete all data; iPhone")

add(gmail(A("Pimchanok", "pimchanok.r@mail.example.net"), "ขอสำเนาข้อมูลและแก้ไขที่อยู่", """\
สวัสดีค่ะ

1. ขอสำเนาข้อมูลส่วนบุคคลของดิฉันที่บริษัทเก็บไว้ค่ะ
2. ขอแก้ไขที่อยู่ที่ลงทะเบียนไว้เป็น 35 Tampines Street 92 #04-11, Singapore 528880 ค่ะ ที่อยู่เดิมไม่ได้อยู่แล้ว

ขอบคุณค่ะ
พิมพ์ชนก
"""), "th", ["access", "correction"], "Thai access + address correction")

add(gmail(A("Kanokwan", "kanokwan.t@mail.example.net"), "สอบถามเรื่องแต้ม", """\
สวัสดีค่ะ

ถ้าปิดบัญชีแล้ว แต้มสะสมจะหายไหมคะ ยังไม่ได้ตัดสินใจค่ะ แค่อยากทราบไว้ก่อน

กนกวรรณ
"""), "th", "human", "Thai question about points if the account is closed")

add(iphone(A("Anan", "anan.w@example.net"), "พัสดุยังไม่มา", """\
สวัสดีครับ พัสดุคำสั่งซื้อ EM-20250611-30981 ยังไม่มาส่งเลยครับ ผ่านมาห้าวันแล้ว รบกวนช่วยตรวจสอบให้หน่อยครับ

ส่งจาก iPhone ของฉัน
"""), "th", "human", "Thai order/delivery question")

add(outlook(A("ศิริพร", "siriporn.m@corp.example.org"), "ตอบกลับอัตโนมัติ: คำขอของคุณ [PRV-25-04770]", """\
ขณะนี้ดิฉันลาพักร้อน และจะกลับมาทำงานในวันที่ 15 เมษายน 2568 หากมีเรื่องเร่งด่วน กรุณาติดต่อคุณสมศักดิ์ที่ somsak@corp.example.org

ศิริพร
""", lang_tag="th-TH", html_lang="TH", extra=[("Auto-Submitted", "auto-generated")], irt="<prv-25-04770.reply@example.com>"),
    "th", "ignore", "Thai out-of-office with Auto-Submitted (Outlook 'ตอบกลับอัตโนมัติ:')")

add(alt(A("ช้อปดี", "news@shopdee.example.net", cs="UTF-8"), "ช้อปดีวีคลี่: ลดสูงสุด 70% สุดสัปดาห์นี้", """\
ช้อปดีวีคลี่

ลดสูงสุด 70% สุดสัปดาห์นี้เท่านั้น!

ช้อปเลย: https://shopdee.example.net/weekly

หากไม่ต้องการรับอีเมลนี้อีก คลิกเพื่อยกเลิกการรับข่าวสาร: https://shopdee.example.net/unsubscribe
""", """<html><body><h2>ลดสูงสุด 70% สุดสัปดาห์นี้เท่านั้น!</h2>
<p style="font-size:11px">หากไม่ต้องการรับอีเมลนี้อีก <a href="https://shopdee.example.net/unsubscribe">ยกเลิกการรับข่าวสาร</a></p></body></html>
""", cte="base64",
        extra=[("List-Id", "<weekly.shopdee.example.net>"), ("List-Unsubscribe", "<https://shopdee.example.net/unsubscribe>")]),
    "th", "ignore", "Thai newsletter with List-Id and ยกเลิกการรับข่าวสาร footer")

# ==========================================================================
# VIETNAMESE (12)
# ==========================================================================

add(gmail(A("Trần Thị Mai", "mai.tran@mail.example.net"), "Đóng tài khoản", """\
Chào anh/chị,

Tôi muốn đóng tài khoản ExampleMart của mình vì sắp về nước và sẽ không dùng nữa. Email đăng ký chính là email này.

Cảm ơn anh/chị.
Trần Thị Mai
"""), "vi", ["cancellation"], "Vietnamese đóng tài khoản = cancellation; Gmail UTF-8 QP")

add(outlook(A("Lê Văn Hùng", "hung.le@congty.example.org"), "Yêu cầu xóa dữ liệu cá nhân", """\
Kính gửi Bộ phận Bảo vệ Dữ liệu,

Vui lòng xóa toàn bộ dữ liệu cá nhân của tôi khỏi hệ thống của quý công ty, bao gồm họ tên, địa chỉ, số điện thoại và lịch sử mua hàng.

Xin vui lòng xác nhận bằng email sau khi hoàn tất.

Trân trọng,
Lê Văn Hùng
""", lang_tag="vi-VN", html_lang="VI"), "vi", ["deletion"], "Vietnamese erasure request; Outlook utf-8 QP")

add(tb(A("Phạm Minh Châu", "chau.pham@example.net"), "Đề nghị cung cấp dữ liệu cá nhân", """\
Kính gửi ExampleMart,

Căn cứ Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân, cũng như quy định của Singapore, tôi đề nghị quý công ty cung cấp bản sao dữ liệu cá nhân của tôi mà quý công ty đang lưu giữ, đồng thời cho biết dữ liệu đó đã được chia sẻ với những bên nào.

Email tài khoản: chau.pham@example.net

Trân trọng,
Phạm Minh Châu
""", lang_tag="vi"), "vi", ["access"], "Vietnamese access request citing Decree 13/2023; Thunderbird 8bit")

add(simple(A("Nguyen Van Tuan", "tuan.nguyen@example.net"), hv("Sửa tên trong tài khoản", "windows-1258", "Q"), """\
Chào quý công ty,

Tên của tôi trong hệ thống bị ghi sai là "Nguyen Van Toan". Tên đúng là "Nguyễn Văn Tuấn". Mong quý công ty sửa giúp tôi.

Cảm ơn.
Nguyễn Văn Tuấn
""", charset="windows-1258", cte="quoted-printable", xmailer="Microsoft Outlook 16.0"),
    "vi", ["correction"], "Vietnamese name correction stated as a fact; windows-1258 QP body (tone marks as combining characters) and Q-encoded windows-1258 subject")

add(iphone(A("Ngọc Anh", "ngocanh.vu@example.net"), "Tin nhắn quảng cáo", """\
Ad ơi, đừng gửi tin nhắn quảng cáo cho em nữa nha, ngày nào cũng 2-3 tin. Tài khoản em vẫn dùng, chỉ không muốn nhận quảng cáo thôi. Cảm ơn ad!

Gửi từ iPhone của tôi
"""), "vi", ["withdrawal"], "casual Vietnamese: stop promo SMS, keep account -> withdrawal")

add(gmail(A("Đỗ Quang Huy", "huy.do@mail.example.net"), "Xóa tài khoản", """\
Chào bạn,

Nhờ bạn đóng tài khoản ExampleMart của mình và xóa hết dữ liệu cá nhân liên quan (địa chỉ, số điện thoại, lịch sử đơn hàng).

Cảm ơn nhiều.
Huy
"""), "vi", ["cancellation", "deletion"], "Vietnamese close account + erase all data")

add(outlook(A("Hoàng Thu Trang", "trang.hoang@congty.example.org"), "Yêu cầu về dữ liệu cá nhân", """\
Kính gửi quý công ty,

Tôi có hai yêu cầu:
1. Gửi cho tôi bản sao dữ liệu cá nhân mà quý công ty đang lưu.
2. Ngày sinh của tôi bị ghi sai (đang là 05/11/1992, đúng là 11/05/1992). Vui lòng cập nhật lại.

Trân trọng,
Hoàng Thu Trang
""", lang_tag="vi-VN", html_lang="VI"), "vi", ["access", "correction"], "Vietnamese access + DOB correction")

add(gmail(A("Bùi Thanh Tâm", "tam.bui@mail.example.net"), "Hỏi về điểm thưởng", """\
Chào anh/chị,

Nếu tôi xóa tài khoản thì điểm thưởng có bị mất không ạ? Tôi chưa quyết định, chỉ muốn hỏi trước.

Cảm ơn.
Tâm
"""), "vi", "human", "Vietnamese question about points if the account is deleted")

add(gmail(A("Võ Thị Lan", "lan.vo@mail.example.net"), "Re: Bản sao dữ liệu cá nhân của bạn [PRV-25-02716]", """\
Cảm ơn, tôi đã nhận được file.

Lan
""", quote=Q("""\
Kính gửi chị Lan,

Đính kèm là bản sao dữ liệu cá nhân của chị theo yêu cầu.

ExampleMart Privacy Team""", attr="Vào Th 2, 12 thg 5, 2025 vào lúc 10:03 ExampleMart Privacy <privacy@example.com> đã viết:"),
    irt="<prv-25-02716.reply@example.com>"),
    "vi", "human", "Vietnamese thank-you in an access thread; Vietnamese Gmail attribution line")

add(simple(A("Đặng Minh Khoa", "khoa.dang@corp.example.org"), "Trả lời tự động: Yêu cầu của bạn".encode("utf-8"), """\
Cảm ơn bạn đã gửi email.

Tôi đang nghỉ phép đến ngày 03/02/2025 và sẽ phản hồi khi quay lại.

Đặng Minh Khoa
""", charset="UTF-8", cte="quoted-printable", extra=[("Auto-Submitted", "auto-replied")]),
    "vi", "ignore", "Vietnamese out-of-office with Auto-Submitted; raw 8-bit UTF-8 Subject (no encoded-word)")

add(alt(A("Nhà Sách Xanh", "tin@nhasachxanh.example.net"), "Sách mới tháng 10 – giảm 30%", """\
Nhà Sách Xanh – Sách mới tháng 10

Giảm 30% cho tất cả sách mới trong tuần này.

Xem ngay: https://nhasachxanh.example.net/moi

Bạn nhận được email này vì đã đăng ký bản tin. Hủy đăng ký: https://nhasachxanh.example.net/huy
""", """<html><body><h2>Sách mới tháng 10</h2><p>Giảm 30% cho tất cả sách mới trong tuần này.</p>
<p style="font-size:11px">Bạn nhận được email này vì đã đăng ký bản tin. <a href="https://nhasachxanh.example.net/huy">Hủy đăng ký</a></p></body></html>
""", cte="quoted-printable",
        extra=[("List-Id", "<bantin.nhasachxanh.example.net>"), ("List-Unsubscribe", "<https://nhasachxanh.example.net/huy>")]),
    "vi", "ignore", "Vietnamese newsletter with List-Id and 'Hủy đăng ký' footer")

add(simple(A("Hỗ trợ GiaoNhanh", "hotro@giaonhanh.example.net"), "Yêu cầu hỗ trợ #VN-44120 đã được tiếp nhận", htmlize("Xin chào,\n\nYêu cầu hỗ trợ #VN-44120 của bạn đã được tiếp nhận. Chúng tôi sẽ phản hồi trong vòng 24 giờ làm việc.\n\nĐây là email tự động, vui lòng không trả lời.\n\nGiaoNhanh"),
        subtype="html", cte="base64"),
    "vi", "ignore", "Vietnamese courier helpdesk automatic receipt with ticket number, no auto headers; HTML-only base64")

# ==========================================================================
# GERMAN (10)
# ==========================================================================

add(tb(A("Markus Schneider", "m.schneider@example.net"), "Auskunftsersuchen nach Art. 15 DSGVO", """\
Sehr geehrte Damen und Herren,

hiermit mache ich mein Recht auf Auskunft gemäß Art. 15 DSGVO geltend. Bitte teilen Sie mir mit, ob Sie personenbezogene Daten über mich verarbeiten, und stellen Sie mir gegebenenfalls eine Kopie dieser Daten zur Verfügung.

Bitte informieren Sie mich außerdem über
- die Verarbeitungszwecke,
- die Empfänger, gegenüber denen die Daten offengelegt wurden,
- die geplante Speicherdauer sowie
- die Herkunft der Daten, soweit sie nicht bei mir erhoben wurden.

Ich habe während meines Aufenthalts in Singapur (2022-2024) bei Ihnen eingekauft; Kundenkonto: m.schneider@example.net.

Mit freundlichen Grüßen
Markus Schneider
""", charset="ISO-8859-15", cte="quoted-printable", flowed=False, lang_tag="de-DE", tz="+0200"),
    "de", ["access"], "German Art. 15 DSGVO access letter; Thunderbird ISO-8859-15 quoted-printable")

add(outlook(A("Claudia Wagner", "claudia.wagner@example.org"), "Löschung meiner personenbezogenen Daten gemäß Art. 17 DSGVO", """\
Sehr geehrte Damen und Herren,

ich fordere Sie hiermit auf, alle mich betreffenden personenbezogenen Daten gemäß Art. 17 DSGVO unverzüglich zu löschen.

Sofern die Verarbeitung auf meiner Einwilligung beruht, widerrufe ich diese hiermit. Soweit Sie die Verarbeitung auf berechtigte Interessen stützen, lege ich gemäß Art. 21 Abs. 1 DSGVO Widerspruch ein.

Bitte bestätigen Sie mir die Löschung innerhalb der gesetzlichen Frist von einem Monat.

Name: Claudia Wagner
E-Mail: claudia.wagner@example.org

Mit freundlichen Grüßen
Claudia Wagner
""", lang_tag="de-DE", html_lang="DE", tz="+0200"),
    "de", ["deletion"], "German Art. 17 template letter with conditional consent withdrawal and Art. 21(1) objection -> deletion only per template rule; Outlook Windows-1252 QP")

add(gmail(A("Jan Becker", "jan.becker@mail.example.net"), "Kündigung Kundenkonto", """\
Hallo,

hiermit kündige ich mein Kundenkonto bei ExampleMart zum nächstmöglichen Zeitpunkt. Bitte bestätigen Sie mir die Kündigung kurz per E-Mail.

Viele Grüße
Jan Becker
""", tz="+0100"), "de", ["cancellation"], "German Kündigung of the customer account = cancellation")

add(apple(A("Sabine Krüger", "sabine.krueger@example.net"), "Widerspruch gegen Werbung", """\
Guten Tag,

ich widerspreche hiermit gemäß Art. 21 Abs. 2 DSGVO der Verarbeitung meiner personenbezogenen Daten zum Zwecke der Direktwerbung. Bitte senden Sie mir keine Newsletter, SMS oder sonstige Werbung mehr.

Mein Kundenkonto möchte ich behalten.

Freundliche Grüße
Sabine Krüger
""", tz="+0200"), "de", ["withdrawal"], "German objection to direct marketing (Art. 21(2)) -> withdrawal; keeps account; Apple Mail format=flowed QP")

add(simple(A("Thomas Richter", "t.richter@gmx.example.net"), "Konto löschen", """\
Hallo ExampleMart-Team,

bitte löschen Sie mein Kundenkonto und sämtliche dazugehörigen Daten (Adressen, Bestellhistorie, Zahlungsdaten). Ich nutze den Shop nicht mehr.

Danke und Gruß
Thomas Richter

--
Gesendet mit der mobilen Mail App
""", charset="UTF-8", cte="quoted-printable", xmailer="GMX Mail App (Android)", tz="+0200"),
    "de", ["cancellation", "deletion"], "German 'Kundenkonto und sämtliche Daten löschen' = cancellation + deletion")

add(tb(A("Petra Hoffmann", "petra.hoffmann@example.org"), "Auskunft und Berichtigung", """\
Sehr geehrte Damen und Herren,

ich bitte Sie um Folgendes:

1. Auskunft nach Art. 15 DSGVO über die zu meiner Person gespeicherten Daten einschließlich einer Kopie.
2. Berichtigung nach Art. 16 DSGVO: Mein Nachname ist in Ihrem System als "Hofmann" gespeichert. Richtig ist "Hoffmann" mit zwei f.

Mit freundlichen Grüßen
Petra Hoffmann
""", charset="ISO-8859-1", cte="quoted-printable", flowed=False, lang_tag="de-DE", tz="+0200"),
    "de", ["access", "correction"], "German access + surname correction; Thunderbird ISO-8859-1 QP")

add(gmail(A("Frank Meyer", "frank.meyer@mail.example.net"), "Re: Auskunftsersuchen nach Art. 15 DSGVO", """\
Sehr geehrte Damen und Herren,

auf mein unten stehendes Auskunftsersuchen vom 3. März habe ich bis heute keine Antwort erhalten. Die Monatsfrist ist abgelaufen. Ich behalte mir vor, mich an die zuständige Aufsichtsbehörde zu wenden.

Mit freundlichen Grüßen
Frank Meyer
""", quote=Q("""\
Sehr geehrte Damen und Herren,

bitte erteilen Sie mir Auskunft nach Art. 15 DSGVO über alle zu meiner Person gespeicherten Daten.

Frank Meyer""", attr="Am Mo., 3. März 2025 um 09:12 Uhr schrieb Frank Meyer <frank.meyer@mail.example.net>:"),
    irt="<CAF7mRq3x0AuskunftMeyer@mail.gmail.com>", tz="+0200"),
    "de", "human", "German chaser (deadline passed, threat of complaint) with the old access request only in the quote")

add(outlook(A("Lena Fischer", "lena.fischer@example.net"), "Datenübertragung nach Art. 20 DSGVO", """\
Sehr geehrte Damen und Herren,

gemäß Art. 20 DSGVO bitte ich Sie, meine Bestell- und Treuepunktedaten in einem strukturierten, gängigen und maschinenlesbaren Format direkt an die FrischKorb GmbH (datenschutz@frischkorb.example.org) zu übermitteln.

Mit freundlichen Grüßen
Lena Fischer
""", lang_tag="de-DE", html_lang="DE", tz="+0200"),
    "de", "human", "German data portability alone (direct transmission to another controller) -> human")

add(outlook(A("Stefan Wolf", "stefan.wolf@firma.example.net"), "Automatische Antwort: Ihre Anfrage [PRV-25-05603]", """\
Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 22. August nicht im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an Frau Schulz (schulz@firma.example.net).

Mit freundlichen Grüßen
Stefan Wolf
""", lang_tag="de-DE", html_lang="DE", extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
    irt="<prv-25-05603.reply@example.com>"),
    "de", "ignore", "German Abwesenheitsnotiz with Auto-Submitted")

_orig = our_reply("Uwe Braun <uwe.braun@firma.example.net>", "Ihre Auskunftsanfrage [PRV-25-06210]", date="Mon, 8 Sep 2025 15:40:05 +0800", text=
                  "Sehr geehrter Herr Braun,\n\nanbei erhalten Sie die gewünschte Auskunft.\n\nExampleMart Privacy Team\n")
add(report("Microsoft Outlook <postmaster@firma.example.net>", "Übermittlung verzögert: Ihre Auskunftsanfrage [PRV-25-06210]", """\
Die Übermittlung an folgende Empfänger oder Gruppen wird verzögert:

uwe.braun@firma.example.net

Betreff: Ihre Auskunftsanfrage [PRV-25-06210]

Diese Nachricht wurde noch nicht übermittelt. Es wird weiterhin versucht, die Nachricht zu übermitteln.

Der Server versucht 1 Tag 19 Stunden und 55 Minuten lang, die Nachricht zu übermitteln. Sie werden benachrichtigt, wenn die Nachricht bis dahin nicht übermittelt werden kann.
""", """\
Reporting-MTA: dns;FR2P281MB0123.DEUP281.PROD.OUTLOOK.COM
Received-From-MTA: dns;mx1.example.com
Arrival-Date: Mon, 8 Sep 2025 07:40:11 +0000

Final-Recipient: rfc822;uwe.braun@firma.example.net
Action: delayed
Status: 4.4.7
Will-Retry-Until: Wed, 10 Sep 2025 07:40:11 +0000
X-Display-Name: Uwe Braun
""", _orig, orig_ctype="text/rfc822-headers", descriptions=False, human_charset="utf-8", human_cte="quoted-printable",
    extra=[("Content-Language", "de-DE"), ("X-MS-Exchange-Message-Is-Ndr", "")], tz="+0000"),
    "de", "ignore", "German Exchange delayed-delivery warning (Übermittlung verzögert) multipart/report, Action: delayed")

# ==========================================================================
# FRENCH (10)
# ==========================================================================

add(gmail(A("Élodie Martin", "elodie.martin@mail.example.net"), "Demande d'accès à mes données personnelles", """\
Bonjour,

Conformément à l'article 15 du RGPD, je souhaite obtenir une copie de l'ensemble des données personnelles me concernant que vous détenez, ainsi que les finalités du traitement, les destinataires et la durée de conservation.

Mon compte client est associé à cette adresse e-mail.

Cordialement,
Élodie Martin
""", tz="+0200"), "fr", ["access"], "French Art. 15 RGPD access request; Gmail QP, Q/B encoded name")

_lefevre = """\
Bonjour,

Mon nom est mal orthographié dans votre système : vous avez « Lefevre » au lieu de « Lefèvre », et mon prénom « Helene » devrait s'écrire « Hélène ». Pourriez-vous corriger cela ?

Merci d'avance,
Hélène Lefèvre
"""
add(simple(A("Hélène Lefèvre", "helene.lefevre@example.org", cs="ISO-8859-1", mode="Q"), "Erreur dans mon nom", "",
           raw_body=_lefevre.encode("utf-8"), charset="iso-8859-1", cte="8bit", quote_cs=False,
           xmailer="Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.12.2", tz="+0200"),
    "fr", ["correction"], "French name correction stated as a fact. MISLABELLED charset: UTF-8 bytes declared iso-8859-1 (8bit) -> mojibake unless detected")

add(outlook(A("Nicolas Dubois", "nicolas.dubois@societe.example.org"), "Demande d'effacement de mes données", """\
Madame, Monsieur,

En application de l’article 17 du RGPD, je vous demande d’effacer l’ensemble des données personnelles me concernant (nom, adresses, numéro de téléphone, historique de commandes).

Je vous remercie de bien vouloir me confirmer l’effacement dans un délai d’un mois.

Veuillez agréer, Madame, Monsieur, l’expression de mes salutations distinguées.

Nicolas Dubois
""", lang_tag="fr-FR", html_lang="FR", tz="+0200"),
    "fr", ["deletion"], "French erasure request (Art. 17); Outlook Windows-1252 QP with typographic apostrophes")

add(iphone(A("Camille", "camille.bernard@example.net"), "Désinscription", """\
Bonjour, merci de me désinscrire de votre newsletter et de ne plus m’envoyer de SMS promotionnels. Bonne journée.

Camille

Envoyé de mon iPhone
""", tz="+0200"), "fr", ["withdrawal"], "French unsubscribe from newsletter + promo SMS; iPhone")

add(gmail(A("Julien Moreau", "julien.moreau@mail.example.net"), "Fermeture de compte", """\
Bonjour,

Je souhaite fermer mon compte ExampleMart et que vous supprimiez toutes les données qui y sont associées (adresses, commandes, moyens de paiement).

Merci de me confirmer quand c'est fait.

Julien
""", tz="+0200"), "fr", ["cancellation", "deletion"], "French close account + erase associated data")

add(tb(A("Isabelle Laurent", "isabelle.laurent@example.org"), "Accès à mes données et opposition à la prospection", """\
Madame, Monsieur,

Je vous prie de bien vouloir me communiquer une copie des données personnelles me concernant que vous traitez.

Par ailleurs, je m'oppose, conformément à l'article 21.2 du RGPD, à toute utilisation de mes données à des fins de prospection commerciale, y compris par vos partenaires.

Cordialement,
Isabelle Laurent
""", lang_tag="fr-FR", tz="+0200"), "fr", ["access", "withdrawal"], "French access + objection to direct marketing (Art. 21.2)")

add(outlook(A("Antoine Petit", "antoine.petit@societe.example.org"), "RE: Suppression de vos données [PRV-25-03466]", """\
Merci beaucoup, c’est parfait.

Antoine
""", quote=Q("""\
Bonjour Monsieur Petit,

Nous vous confirmons que vos données personnelles ont été supprimées.

L’équipe Confidentialité ExampleMart

De : Antoine Petit <antoine.petit@societe.example.org>
Envoyé : lundi 14 avril 2025 18:02
À : privacy@example.com
Objet : Suppression de mes données

Bonjour, merci de supprimer toutes mes données personnelles.""",
    frm="ExampleMart Privacy <privacy@example.com>", sent="mercredi 23 avril 2025 10:11",
    to="Antoine Petit <antoine.petit@societe.example.org>", subject="Suppression de vos données [PRV-25-03466]", lang="fr"),
    lang_tag="fr-FR", html_lang="FR", irt="<prv-25-03466.done@example.com>"),
    "fr", "human", "French thank-you; the old deletion request is only quoted under 'De : / Envoyé : / À : / Objet :'")

add(gmail(A("Sarah Roux", "sarah.roux@mail.example.net"), "Commande bloquée automatiquement", """\
Bonjour,

Ma commande EM-20250904-71230 a été annulée automatiquement par votre système anti-fraude, sans aucune explication.

Conformément à l'article 22 du RGPD, je demande qu'une personne réexamine cette décision et que vous m'expliquiez la logique qui a conduit à ce refus.

Sarah Roux
""", tz="+0200"), "fr", "human", "French Art. 22 request: explanation and human review of an automated decision -> human")

add(simple(A("Claire Fontaine", "claire.fontaine@societe.example.org", cs="ISO-8859-1", mode="Q"), "Réponse automatique : Votre demande [PRV-25-06018]", """\
Bonjour,

Je suis absente du bureau jusqu'au 25 août inclus, sans accès à ma messagerie. Pour toute urgence, merci de contacter Marc Girard (marc.girard@societe.example.org).

Cordialement,
Claire Fontaine
""", charset="iso-8859-1", cte="quoted-printable", extra=[("Auto-Submitted", "auto-replied")], tz="+0200"),
    "fr", "ignore", "French out-of-office with Auto-Submitted; ISO-8859-1 QP, Q-encoded subject")

add(alt(A("La Gazette du Goût", "lettre@gazettegout.example.org"), "Cette semaine : dix recettes d'automne", """\
La Gazette du Goût - n°118

Cette semaine : dix recettes d'automne, le marché de la semaine et nos vins coups de cœur.

Lire en ligne : https://gazettegout.example.org/118

Vous recevez cette lettre car vous y êtes abonné(e). Se désinscrire : https://gazettegout.example.org/desinscription
""", """<html><body><h1>La Gazette du Goût</h1><p>Cette semaine : dix recettes d'automne, le marché de la semaine et nos vins coups de cœur.</p>
<p style="font-size:11px">Vous recevez cette lettre car vous y êtes abonné(e). <a href="https://gazettegout.example.org/desinscription">Se désinscrire</a></p></body></html>
""", cte="quoted-printable",
        extra=[("List-Id", "La Gazette du Gout <lettre.gazettegout.example.org>"),
               ("List-Unsubscribe", "<https://gazettegout.example.org/desinscription>"), ("Precedence", "bulk")]),
    "fr", "ignore", "French newsletter with List-Id and 'Se désinscrire' footer")

# ==========================================================================
# SPANISH (8)
# ==========================================================================

add(gmail(A("Lucía Fernández", "lucia.fernandez@mail.example.net"), "Baja de la cuenta", """\
Hola,

Quiero darme de baja de la cuenta de ExampleMart. Ya no vivo en Singapur y no la voy a usar más.

Gracias,
Lucía
""", tz="+0200"), "es", ["cancellation"], "Spanish 'darme de baja de la cuenta' = cancellation")

add(outlook(A("Javier Gómez", "javier.gomez@empresa.example.org"), "Baja de comunicaciones comerciales", """\
Buenos días:

Solicito la baja de todas las comunicaciones comerciales que me envían por correo electrónico y SMS. No deseo cerrar mi cuenta, solo dejar de recibir publicidad.

Un saludo,
Javier Gómez
""", lang_tag="es-ES", html_lang="ES", tz="+0200"),
    "es", ["withdrawal"], "Spanish 'baja de comunicaciones comerciales' with negation (keep account) -> withdrawal")

add(tb(A("María José Ruiz", "mj.ruiz@example.net"), "Ejercicio del derecho de acceso", """\
Muy señores míos:

Por medio del presente escrito ejerzo el derecho de acceso a mis datos personales, de conformidad con el artículo 15 del RGPD, y solicito que se me facilite copia de los datos que tratan sobre mí, los fines del tratamiento y los destinatarios a quienes se hayan comunicado.

Atentamente,
María José Ruiz
""", charset="ISO-8859-1", cte="quoted-printable", flowed=False, lang_tag="es-ES", tz="+0200"),
    "es", ["access"], "Spanish formal right-of-access letter; Thunderbird ISO-8859-1 QP")

add(gmail(A("Diego Castro", "diego.castro@mail.example.net"), "Rectificación de teléfono", """\
Hola,

En mi cuenta figura un número de teléfono antiguo (+65 9123 0000). El correcto es +65 8456 7788. Les agradecería que lo rectificaran.

Saludos,
Diego
"""), "es", ["correction"], "Spanish phone rectification")

add(apple(A("Carmen Ortega", "carmen.ortega@example.org"), "Supresión de datos y baja", """\
Hola:

Solicito la supresión de todos mis datos personales y la baja de mi cuenta en ExampleMart.

Muchas gracias.
Carmen Ortega
""", tz="+0200"), "es", ["cancellation", "deletion"], "Spanish supresión de datos + baja de cuenta")

add(gmail(A("Pablo Navarro", "pablo.navarro@mail.example.net"), "Pregunta sobre borrar datos", """\
Hola,

Tengo una devolución pendiente del pedido EM-20250812-39011. ¿Puedo pedir que borren mis datos aunque la devolución todavía no esté cerrada, o tengo que esperar? Solo pregunto, todavía no quiero hacer nada.

Gracias,
Pablo
"""), "es", "human", "Spanish question about how erasure interacts with a pending return; explicitly not a request yet")

add(simple(A("Ana Torres", "ana.torres@empresa.example.org"), "Respuesta automática: Su solicitud [PRV-25-04402]", """\
Gracias por su mensaje.

Estaré fuera de la oficina hasta el 1 de septiembre. Para asuntos urgentes, escriba a recepcion@empresa.example.org.

Ana Torres
""", charset="UTF-8", cte="quoted-printable", extra=[("Auto-Submitted", "auto-replied")], tz="+0200"),
    "es", "ignore", "Spanish out-of-office with Auto-Submitted")

add(alt(A("ModaViva", "hola@modaviva.example.net"), "Rebajas de otoño: hasta -50 %", """\
¡Llegan las rebajas de otoño a ModaViva!

Hasta -50 % en abrigos y botas. Solo esta semana.

Comprar: https://modaviva.example.net/rebajas

Si no quieres recibir más correos, puedes darte de baja aquí: https://modaviva.example.net/baja
""", """<html><body><h2>¡Llegan las rebajas de otoño!</h2><p>Hasta -50 % en abrigos y botas.</p>
<p style="font-size:11px">Si no quieres recibir más correos, puedes <a href="https://modaviva.example.net/baja">darte de baja aquí</a>.</p></body></html>
""", cte="quoted-printable",
        extra=[("List-Unsubscribe", "<https://modaviva.example.net/baja>"), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")]),
    "es", "ignore", "Spanish marketing newsletter with 'darte de baja' footer and List-Unsubscribe")

# ==========================================================================
# ITALIAN (5)
# ==========================================================================

add(outlook(A("Giulia Romano", "giulia.romano@azienda.example.org"), "Richiesta di accesso ai dati personali (art. 15 GDPR)", """\
Gentili Signori,

con la presente esercito il diritto di accesso ai miei dati personali ai sensi dell’art. 15 del Regolamento (UE) 2016/679 e chiedo di ricevere copia dei dati che mi riguardano, le finalità del trattamento e i destinatari a cui sono stati comunicati.

Distinti saluti,
Giulia Romano
""", lang_tag="it-IT", html_lang="IT", tz="+0200"),
    "it", ["access"], "Italian Art. 15 access request; Outlook Windows-1252 QP")

add(gmail(A("Marco Ricci", "marco.ricci@mail.example.net"), "Cancellazione dei miei dati", """\
Buongiorno,

vi chiedo la cancellazione di tutti i miei dati personali. Non ho un account: ho solo ordinato una volta come ospite l'anno scorso, ma continuo a vedere il mio indirizzo precompilato.

Grazie,
Marco Ricci
""", tz="+0200"), "it", ["deletion"], "Italian 'cancellazione dei dati' = deletion (guest customer, no account)")

add(iphone(A("Francesca Bruno", "francesca.bruno@example.net"), "Chiusura account", """\
Buongiorno, vorrei chiudere il mio account ExampleMart e revocare il consenso al marketing con effetto immediato.

Grazie
Francesca

Inviato da iPhone
""", tz="+0200"), "it", ["cancellation", "withdrawal"], "Italian close account + revoke marketing consent")

add(gmail(A("Luca Gallo", "luca.gallo@mail.example.net"), "Domanda sulle fatture", """\
Salve,

se cancello il mio account, potrò ancora scaricare le fatture dei miei ordini passati? Mi servono per la dichiarazione dei redditi. Per ora non voglio cancellare nulla.

Luca
""", tz="+0200"), "it", "human", "Italian question about invoices if the account is deleted; no request")

add(simple(A("Paola Conti", "paola.conti@azienda.example.org"), "Risposta automatica: Richiesta [PRV-25-05150]", """\
Grazie per il messaggio.

Sarò fuori ufficio fino al 18 agosto con accesso limitato alla posta. Risponderò al mio rientro.

Paola Conti
""", charset="UTF-8", cte="7bit", extra=[("Auto-Submitted", "auto-replied")], tz="+0200"),
    "it", "ignore", "Italian out-of-office with Auto-Submitted")

# ==========================================================================
# DUTCH (5)
# ==========================================================================

add(gmail(A("Sanne de Vries", "sanne.devries@mail.example.net"), "Afmelden nieuwsbrief", """\
Hallo,

Graag wil ik me afmelden voor jullie nieuwsbrief en de reclame-sms'jes. Mijn account wil ik wel houden, dus dat graag niet opheffen.

Groetjes,
Sanne
""", tz="+0200"), "nl", ["withdrawal"], "Dutch unsubscribe from newsletter and promo SMS, keep account")

add(outlook(A("Pieter Janssen", "pieter.janssen@bedrijf.example.org"), "Onjuiste geboortedatum", """\
Geachte heer/mevrouw,

In mijn account staat als geboortedatum 10-02-1979. Dat is onjuist; mijn geboortedatum is 02-10-1979. Wilt u dit aanpassen?

Met vriendelijke groet,
Pieter Janssen
""", lang_tag="nl-NL", html_lang="NL", tz="+0200"),
    "nl", ["correction"], "Dutch date-of-birth correction stated as a fact")

add(tb(A("Eva Bakker", "eva.bakker@example.net"), "Inzage en verwijdering persoonsgegevens", """\
Geachte heer/mevrouw,

Op grond van artikel 15 AVG verzoek ik u om inzage in de persoonsgegevens die u van mij verwerkt. Nadat ik dit overzicht heb ontvangen, verzoek ik u op grond van artikel 17 AVG al mijn gegevens te verwijderen.

Met vriendelijke groet,
Eva Bakker
""", lang_tag="nl", tz="+0200"), "nl", ["access", "deletion"], "Dutch access then erasure (Art. 15 + 17 AVG)")

add(gmail(A("Daan Visser", "daan.visser@mail.example.net"), "Bewaartermijn", """\
Hoi,

Hoe lang bewaren jullie eigenlijk bestelgegevens en adressen van klanten? Gewoon benieuwd, ik hoef niets aan te passen.

Daan
""", tz="+0200"), "nl", "human", "Dutch information question about retention; no request")

add(outlook(A("Kees Mulder", "kees.mulder@bedrijf.example.org"), "Automatisch antwoord: Uw verzoek [PRV-25-06455]", """\
Dank voor uw bericht. Ik ben afwezig tot en met 29 augustus en lees mijn e-mail niet. Voor dringende zaken kunt u contact opnemen met info@bedrijf.example.org.

Met vriendelijke groet,
Kees Mulder
""", lang_tag="nl-NL", html_lang="NL", irt="<prv-25-06455.reply@example.com>"),
    "nl", "ignore", "Dutch out-of-office WITHOUT Auto-Submitted (Outlook 'Automatisch antwoord:' subject only)")

# ==========================================================================
# PORTUGUESE (5)
# ==========================================================================

add(gmail(A("Ana Beatriz Souza", "anabeatriz.souza@mail.example.net"), "Eliminação de dados pessoais (LGPD)", """\
Prezados,

Com base no art. 18, inciso VI, da Lei Geral de Proteção de Dados (Lei nº 13.709/2018), solicito a eliminação de todos os meus dados pessoais tratados pela ExampleMart.

Atenciosamente,
Ana Beatriz Souza
""", tz="-0300"), "pt", ["deletion"], "Brazilian Portuguese LGPD erasure request")

add(outlook(A("João Pereira", "joao.pereira@empresa.example.org"), "Encerramento de conta", """\
Bom dia,

Gostaria de encerrar a minha conta na ExampleMart. O e-mail associado é este.

Com os melhores cumprimentos,
João Pereira
""", lang_tag="pt-PT", html_lang="PT", tz="+0100"),
    "pt", ["cancellation"], "European Portuguese account closure")

add(gmail(A("Mariana Costa", "mariana.costa@mail.example.net"), "Acesso e correção dos meus dados", """\
Olá,

Gostaria de receber uma cópia dos meus dados pessoais que vocês têm. Além disso, meu endereço cadastrado está errado: consta "Rua das Flores, 120", mas o correto é "Rua das Flores, 210, apto 42".

Obrigada,
Mariana
""", tz="-0300"), "pt", ["access", "correction"], "Brazilian Portuguese access + address correction")

add(iphone(A("Rafael Lima", "rafael.lima@example.net"), "Reclamação", """\
Estou muito insatisfeito. Pela terceira vez a entrega chegou com a caixa aberta e um item faltando. Quero falar com um responsável.

Rafael

Enviado do meu iPhone
""", tz="-0300"), "pt", "human", "Portuguese delivery complaint; no data-rights request")

add(simple(A("Beatriz Almeida", "beatriz.almeida@empresa.example.org"), "Resposta automática: Sua solicitação", """\
Olá,

Estou de férias até 12/09 e sem acesso ao e-mail. Responderei assim que retornar.

Beatriz Almeida
""", charset="UTF-8", cte="quoted-printable", extra=[("Auto-Submitted", "auto-replied")], tz="-0300"),
    "pt", "ignore", "Portuguese out-of-office with Auto-Submitted")

# ==========================================================================
# POLISH, SWEDISH, DANISH (2 each)
# ==========================================================================

add(simple(A("Katarzyna Nowak", "katarzyna.nowak@example.net", cs="windows-1250"), hv("Rezygnacja z newslettera", "windows-1250", "Q"), """\
Dzień dobry,

proszę o usunięcie mojego adresu e-mail z Państwa listy mailingowej oraz zaprzestanie wysyłania mi ofert marketingowych. Konta nie zamykam, nadal chcę robić zakupy.

Z poważaniem
Katarzyna Nowak
""", charset="windows-1250", cte="quoted-printable", xmailer="Microsoft Outlook 16.0", tz="+0200"),
    "pl", ["withdrawal"], "Polish 'remove my address from the mailing list' = withdrawal (not deletion), keeps account; windows-1250 QP")

add(simple(A("Tomasz Wiśniewski", "tomasz.wisniewski@firma.example.org", cs="UTF-8", mode="Q"), "Odpowiedź automatyczna: Państwa wniosek", """\
Dziękuję za wiadomość.

Jestem na urlopie do 5 września. W pilnych sprawach proszę kontaktować się z biurem: biuro@firma.example.org.

Tomasz Wiśniewski
""", charset="UTF-8", cte="quoted-printable", extra=[("Auto-Submitted", "auto-replied")], tz="+0200"),
    "pl", "ignore", "Polish out-of-office with Auto-Submitted")

add(gmail(A("Erik Lindqvist", "erik.lindqvist@mail.example.net"), "Begäran om registerutdrag", """\
Hej,

Jag begär härmed ett registerutdrag enligt artikel 15 i dataskyddsförordningen, det vill säga en kopia av de personuppgifter ni behandlar om mig.

Med vänliga hälsningar
Erik Lindqvist
""", tz="+0200"), "sv", ["access"], "Swedish registerutdrag (access) request")

add(gmail(A("Maja Berg", "maja.berg@mail.example.net"), "Fråga om e-postadress", """\
Hej!

Kan jag själv byta e-postadress i appen, eller måste ni göra det åt mig? Jag undrar bara inför framtiden, adressen stämmer just nu.

Tack,
Maja
""", tz="+0200"), "sv", "human", "Swedish 'how do I change my email' information question; explicitly nothing to change now")

add(outlook(A("Mette Nielsen", "mette.nielsen@firma.example.net"), "SV: Afmelding af nyhedsbrev [PRV-25-04588]", """\
Tak for det.

Min adresse er i øvrigt forkert i jeres system: der står "Nørrebrogade 12, 2200 København N", men det skal være "Nørrebrogade 21, 2. tv., 2200 København N". Vil I rette det?

Venlig hilsen
Mette Nielsen
""", quote=Q("""\
Kære Mette Nielsen,

Vi har afmeldt dig vores nyhedsbrev som ønsket.

Venlig hilsen
ExampleMart Privacy Team

Fra: Mette Nielsen <mette.nielsen@firma.example.net>
Sendt: 2. juni 2025 08:14
Til: privacy@example.com
Emne: Afmelding af nyhedsbrev

Hej, vil I afmelde mig jeres nyhedsbrev og stoppe alle reklamer? Tak.""",
    frm="ExampleMart Privacy <privacy@example.com>", sent="3. juni 2025 11:02",
    to="Mette Nielsen <mette.nielsen@firma.example.net>", subject="Afmelding af nyhedsbrev [PRV-25-04588]", lang="da"),
    lang_tag="da-DK", html_lang="DA", irt="<prv-25-04588.done@example.com>", tz="+0200"),
    "da", ["correction"],
    "Danish thank-you + NEW address correction above an Outlook quote with Danish headers (Fra:/Sendt:/Til:/Emne:) whose quoted part holds the old newsletter opt-out -> correction only")

add(simple(A("Lars Pedersen", "lars.pedersen@firma.example.net"), "Automatisk svar: Jeres henvendelse", """\
Tak for din mail.

Jeg er på ferie til og med 15. juli og læser ikke mails i perioden. Ved hastesager kontakt venligst kontoret på kontor@firma.example.net.

Venlig hilsen
Lars Pedersen
""", charset="ISO-8859-1", cte="quoted-printable", extra=[("Auto-Submitted", "auto-replied")], tz="+0200"),
    "da", "ignore", "Danish out-of-office with Auto-Submitted; ISO-8859-1 QP")

# ==========================================================================
# UNSUPPORTED LANGUAGES (5) -> human, even with a clear request
# ==========================================================================

add(gmail(A("Дмитрий Волков", "d.volkov@mail.example.net"), "Удаление аккаунта и данных", """\
Здравствуйте!

Прошу закрыть мой аккаунт в ExampleMart и удалить все мои персональные данные, включая адреса доставки и историю заказов.

С уважением,
Дмитрий Волков
""", tz="+0300"), "ru", "human", "Russian (unsupported language) clear closure + erasure request -> human, labels []")

add(gmail(A("أحمد الحسن", "ahmed.alhassan@mail.example.net"), "طلب نسخة من بياناتي الشخصية", """\
السلام عليكم،

أرجو تزويدي بنسخة من جميع بياناتي الشخصية المحفوظة لديكم، مع توضيح الجهات التي تمت مشاركتها معها.

مع الشكر،
أحمد الحسن
""", tz="+0400"), "ar", "human", "Arabic (unsupported language) access request -> human, labels []")

add(iphone(A("राहुल शर्मा", "rahul.sharma@example.net"), "खाता बंद करें", """\
नमस्ते,

कृपया मेरा ExampleMart खाता बंद कर दें। मैं अब इसका उपयोग नहीं करूँगा।

धन्यवाद,
राहुल शर्मा

मेरे iPhone से भेजा गया
""", tz="+0530"), "hi", "human", "Hindi (unsupported language) account-closure request -> human, labels []")

add(simple(A("Ayşe Yılmaz", "ayse.yilmaz@example.org", cs="UTF-8", mode="Q"), "Pazarlama e-postaları".encode("utf-8"), """\
Merhaba,

Bana pazarlama e-postaları ve SMS göndermeyi durdurmanızı rica ediyorum. Hesabımı kapatmak istemiyorum.

Saygılarımla,
Ayşe Yılmaz
""", charset="ISO-8859-9", cte="quoted-printable", xmailer="Microsoft Outlook 16.0", tz="+0300"),
    "tr", "human", "Turkish (unsupported language) marketing opt-out -> human, labels []; ISO-8859-9 QP body, raw 8-bit UTF-8 Subject (no encoded-word)")

add(gmail(A("יוסי כהן", "yossi.cohen@mail.example.net"), "עדכון כתובת", """\
שלום,

הכתובת שלי במערכת שלכם שגויה. אבקש לעדכן אותה לכתובת: 15 Kallang Avenue #07-02, Singapore 339412.

תודה,
יוסי כהן
""", tz="+0300"), "he", "human", "Hebrew (unsupported language) address correction -> human, labels []")


# ==========================================================================
# output + self-check
# ==========================================================================

def mime_shape(raw: bytes) -> str:
    from email import policy
    from email.parser import BytesParser

    short = {"quoted-printable": "qp", "base64": "b64", "7bit": "7bit", "8bit": "8bit"}

    def one(p) -> str:
        ct = p.get_content_type()
        if p.is_multipart():
            return ct + "[" + ", ".join(one(c) for c in p.iter_parts()) + "]"
        bits = [ct]
        cs = p.get_param("charset")
        if cs:
            bits.append(str(cs))
        cte = str(p.get("Content-Transfer-Encoding", "")).lower()
        if cte:
            bits.append(short.get(cte, cte))
        return " ".join(bits)

    return one(BytesParser(policy=policy.default).parsebytes(raw))


def write_all() -> list[dict]:
    for old in HERE.glob("b[0-9][0-9][0-9].eml"):
        old.unlink()
    order = list(range(len(ROWS)))
    random.Random(4).shuffle(order)
    manifest = []
    for n, i in enumerate(order, 1):
        raw, row = ROWS[i]
        assert b"\r" not in raw, row
        name = f"b{n:03d}.eml"
        (HERE / name).write_bytes(raw)
        row = dict(row)
        row["notes"] = row["notes"] + " | MIME: " + mime_shape(raw)
        manifest.append({"file": name, **row})
    with open(HERE / "manifest.jsonl", "w", encoding="utf-8", newline="\n") as fh:
        for row in manifest:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return manifest


def check(manifest: list[dict]) -> int:
    from collections import Counter
    from email import policy
    from email.parser import BytesParser

    problems = 0
    files = sorted(p.name for p in HERE.glob("b[0-9][0-9][0-9].eml"))
    if files != [r["file"] for r in manifest] or len({r["file"] for r in manifest}) != len(manifest):
        print("manifest/file mismatch")
        problems += 1
    decode_fail = []
    for r in manifest:
        raw = (HERE / r["file"]).read_bytes()
        if b"\r" in raw:
            print(r["file"], "has CR")
            problems += 1
        if max(len(l) for l in raw.split(b"\n")) > 998:
            print(r["file"], "line longer than 998 octets")
            problems += 1
        labels, route = r["labels"], r["route"]
        if labels != sorted(set(labels)) or not set(labels) <= LABELS:
            print(r["file"], "bad labels", labels)
            problems += 1
        if route not in (["ticket"], ["human"], ["ignore"]) or (bool(labels) != (route == ["ticket"])):
            print(r["file"], "bad route", route, labels)
            problems += 1
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        if msg.defects:
            print(r["file"], "top-level defects", msg.defects)
        for k in ("Date", "From", "Message-ID"):
            if msg[k] is None:
                print(r["file"], "missing", k)
                problems += 1
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                try:
                    part.get_content()
                except Exception as e:  # deliberately unusual charsets
                    decode_fail.append((r["file"], repr(e)))
        _ = str(msg["Subject"]), str(msg["From"]), str(msg["To"])
    c_lang, c_route, c_label = Counter(), Counter(), Counter()
    multi_n = 0
    for r in manifest:
        c_lang[r["lang"]] += 1
        c_route[r["route"][0]] += 1
        for l in r["labels"]:
            c_label[l] += 1
        multi_n += len(r["labels"]) > 1
    print(f"{len(manifest)} emails, problems: {problems}")
    print("lang :", dict(sorted(c_lang.items(), key=lambda kv: -kv[1])))
    print("route:", dict(c_route))
    print("label:", dict(c_label))
    print("multi-type tickets:", multi_n, " single-type tickets:", c_route["ticket"] - multi_n)
    if decode_fail:
        print("text parts that get_content() cannot decode (intentional charset hazards):")
        for f, e in decode_fail:
            print("  ", f, e)
    return problems


if __name__ == "__main__":
    missing = set(DATE_FIX) - USED_FIX
    assert not missing, missing
    m = write_all()
    sys.exit(1 if check(m) else 0)
