#!/usr/bin/env python3
"""Blind evaluation set 6 for the ExampleMart privacy-mailbox bot.

Writes b001.eml ... bNNN.eml and manifest.jsonl next to this script.
Standard library only; fully deterministic (no clock, seeded shuffle).
Every person, address, phone number, order and member number is made up;
all mail domains are example.com / example.net / example.org.
"""
import base64
import hashlib
import html
import json
import quopri
import random
import textwrap
import urllib.parse
from datetime import datetime, timedelta, timezone
from pathlib import Path

OUT = Path(__file__).resolve().parent
LABEL_ORDER = ["access", "correction", "deletion", "withdrawal", "cancellation"]
CODECS = {"windows-874": "cp874"}     # labels Python does not know by that name
ENTRIES = []
_state = {"n": 0, "b": 0}
PRIV = "privacy@example.com"


# ----------------------------------------------------------------- helpers --
def codec(cs):
    return CODECS.get(cs.lower(), cs)


def enc(text, cs):
    return text.encode(codec(cs))


def hx(*parts, n=12):
    return hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:n]


def D(s):
    """dedent a triple-quoted body, strip the first newline, end with one LF"""
    return textwrap.dedent(s).strip("\n") + "\n"


def quote(t, prefix="> "):
    out = []
    for line in t.rstrip("\n").split("\n"):
        out.append(prefix + line if line else prefix.rstrip())
    return "\n".join(out) + "\n"


def qword(b):
    out = []
    for byte in b:
        c = chr(byte)
        if c == " ":
            out.append("_")
        elif byte < 128 and (c.isalnum() or c in "!*+-/"):
            out.append(c)
        else:
            out.append("=%02X" % byte)
    return "".join(out)


def ew(text, cs="utf-8", mode="B"):
    """RFC 2047 encoded-word(s), split on character boundaries (<= 75 chars each)"""
    pre = f"=?{cs}?{mode}?"

    def encode(chunk):
        b = enc(chunk, cs)
        return base64.b64encode(b).decode() if mode == "B" else qword(b)

    words, cur = [], ""
    for ch in text:
        t = cur + ch
        if cur and len(pre) + len(encode(t)) + 2 > 75:
            words.append(cur)
            cur = ch
        else:
            cur = t
    if cur:
        words.append(cur)
    return "\n ".join(pre + encode(w) + "?=" for w in words)


def addr(name, email, cs="utf-8", mode="B"):
    if not name:
        return email
    if name.isascii():
        if any(c in name for c in ',.;:@()<>[]"'):
            name = '"' + name.replace('"', '\\"') + '"'
        return f"{name} <{email}>"
    if cs == "raw":
        return f"{name} <{email}>"
    return f"{ew(name, cs, mode)} <{email}>"


def email_of(a):
    return a.split("<")[-1].rstrip(">").strip() if "<" in a else a.strip()


# ------------------------------------------------------------------- parts --
class Part:
    def __init__(self, headers, body, shape):
        self.headers, self.body, self.shape = headers, body, shape

    def bytes(self):
        return ("\n".join(self.headers) + "\n\n").encode("utf-8") + self.body


CTE_SHORT = {"base64": "b64", "quoted-printable": "qp", "7bit": "7bit", "8bit": "8bit"}


def text(body, sub="plain", cs="utf-8", cte=None, extra=(), flowed=False,
         quoted_cs=True, ct_extra=""):
    data = enc(body, cs)
    ascii_only = all(b < 128 for b in data)
    if cte is None:
        cte = "7bit" if ascii_only else "8bit"
    if cte == "7bit":
        assert ascii_only, "7bit body with 8-bit data"
    if cte == "base64":
        payload = base64.encodebytes(data)
    elif cte == "quoted-printable":
        payload = quopri.encodestring(data)
    else:
        payload = data
    if not payload.endswith(b"\n"):
        payload += b"\n"
    csv = f'"{cs}"' if quoted_cs else cs
    ct = f"text/{sub}; charset={csv}"
    if flowed:
        ct += "; format=flowed"
    ct += ct_extra
    headers = [f"Content-Type: {ct}", f"Content-Transfer-Encoding: {cte}", *extra]
    return Part(headers, payload, f"text/{sub} {cs} {CTE_SHORT[cte]}")


def _boundary(style):
    _state["b"] += 1
    k = hx("bnd", _state["n"], _state["b"], n=28)
    if style == "gmail":
        return "000000000000" + k[:16]
    if style == "outlook":
        return f"_00{_state['b']}_SG2PR06MB{k[:10].upper()}APCP_"
    if style == "apple":
        return f"Apple-Mail={k[:8].upper()}-{k[8:12].upper()}-{k[12:16].upper()}-{k[16:28].upper()}"
    if style == "thunderbird":
        return "------------" + k[:24]
    if style == "exchange":
        return f"_{_state['b']:03d}_{k[:20].upper()}_"
    return f"----=_Part_{_state['b']}_{k[:16]}"


def multi(sub, parts, params="", style="java", preamble=None):
    bnd = _boundary(style)
    out = b""
    if preamble:
        out += preamble.encode() + b"\n"
    for p in parts:
        out += f"\n--{bnd}\n".encode() if out else f"--{bnd}\n".encode()
        out += p.bytes()
    out += f"\n--{bnd}--\n".encode()
    headers = [f'Content-Type: multipart/{sub}; {params + "; " if params else ""}boundary="{bnd}"']
    return Part(headers, out, f"multipart/{sub}[{', '.join(p.shape for p in parts)}]")


def attach(filename, ctype, data, inline=False, extra=()):
    disp = "inline" if inline else "attachment"
    if filename.isascii():
        fn, nm = f'filename="{filename}"', f'name="{filename}"'
    else:
        fn = "filename*=UTF-8''" + urllib.parse.quote(filename)
        nm = 'name="' + ew(filename).replace("\n ", "") + '"'
    headers = [f"Content-Type: {ctype}; {nm}", f"Content-Disposition: {disp}; {fn}",
               "Content-Transfer-Encoding: base64", *extra]
    return Part(headers, base64.encodebytes(data), f"{ctype} attachment")


def rfc822(inner, filename=None, cte=None):
    headers = ["Content-Type: message/rfc822"]
    if cte:
        headers.append(f"Content-Transfer-Encoding: {cte}")
    headers.append("Content-Disposition: attachment" + (f'; filename="{filename}"' if filename else ""))
    return Part(headers, inner if inner.endswith(b"\n") else inner + b"\n", "message/rfc822")


def raw_part(ctype, body, extra=()):
    return Part([f"Content-Type: {ctype}", *extra], body.encode("utf-8"), ctype.split(";")[0])


def fake_pdf(title):
    objs = (f"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            f"2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
            f"3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >> endobj\n"
            f"4 0 obj << /Length 60 >> stream\nBT /F1 12 Tf 72 760 Td ({title}) Tj ET\nendstream endobj\n")
    pad = "".join(hx("pdf", title, i, n=64) + "\n" for i in range(12))
    return (objs + "% " + pad + "trailer << /Root 1 0 R >>\n%%EOF\n").encode("latin-1")


def fake_jpg(seed, size=2400):
    blob = b""
    i = 0
    while len(blob) < size:
        blob += hashlib.sha256(f"{seed}{i}".encode()).digest()
        i += 1
    return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x48\x00\x48\x00\x00" + blob[:size] + b"\xff\xd9"


# --------------------------------------------------------- client styles --
def _html_lines(t):
    return "\n".join(f"<div>{html.escape(l) if l.strip() else '<br>'}</div>" for l in t.rstrip("\n").split("\n"))


def gmail(t, quoted=None, cte=None, cs="UTF-8"):
    """Gmail: text/plain + text/html; quoted = (attribution, quoted_text)"""
    plain_t, html_t = t, f'<div dir="ltr">{_html_lines(t)}</div>'
    if quoted:
        attrib, q = quoted
        plain_t = t + "\n" + attrib + "\n\n" + quote(q)
        html_t += (f'<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">{html.escape(attrib)}<br></div>'
                   f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                   f'rgb(204,204,204);padding-left:1ex">{_html_lines(q)}</blockquote></div>')
    html_t += "\n"
    if cte is None:
        cte = "7bit" if (plain_t + html_t).isascii() else "quoted-printable"
    return multi("alternative", [text(plain_t, "plain", cs, cte, quoted_cs=False),
                                 text(html_t, "html", cs, cte, quoted_cs=False)], style="gmail")


OUTLOOK_HEAD = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; '
                'charset={cs}">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
                'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}}\n'
                '--></style>\n</head>\n<body lang="EN-SG" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
                '<div class="WordSection1">\n')


def outlook_html(t, cs="utf-8"):
    paras = "\n".join(f'<p class="MsoNormal">{html.escape(l) if l.strip() else "&nbsp;"}<o:p></o:p></p>'
                      for l in t.rstrip("\n").split("\n"))
    return OUTLOOK_HEAD.format(cs=cs) + paras + "\n</div>\n</body>\n</html>\n"


def outlook(t, cs="utf-8", cte="quoted-printable"):
    return multi("alternative", [text(t, "plain", cs, cte), text(outlook_html(t, cs), "html", cs, cte)],
                 style="outlook")


def outlook_hdrs(topic):
    ti = base64.b64encode(hashlib.sha256(topic.encode()).digest()[:22]).decode()
    return [f"Thread-Topic: {topic}" if topic.isascii() else f"Thread-Topic: {ew(topic)}",
            f"Thread-Index: {ti}", "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:", "Content-Language: en-US"]


def html_page(inner, cs="utf-8"):
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={cs}"></head>\n'
            f'<body>{inner}</body></html>\n')


# ---------------------------------------------------------------- message --
BASE = datetime(2025, 4, 1, 0, 30, tzinfo=timezone.utc)


def _tzinfo(tz):
    sign = 1 if tz[0] == "+" else -1
    return timezone(sign * timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])))


def _date(tz):
    n = _state["n"]
    minutes = int(hx("date", n, n=6), 16) % 600
    dt = BASE + timedelta(hours=n * 8) + timedelta(minutes=minutes)
    return dt.astimezone(_tzinfo(tz)).strftime("%a, %d %b %Y %H:%M:%S ") + tz


def when(local, tz="+0800"):
    """'2025-05-14 09:42[:ss]' local time -> RFC 5322 date"""
    fmt = "%Y-%m-%d %H:%M:%S" if local.count(":") == 2 else "%Y-%m-%d %H:%M"
    return datetime.strptime(local, fmt).strftime("%a, %d %b %Y %H:%M:%S ") + tz


# messages whose bodies refer to dates (threads, OOO return dates, DSNs of our mail) get a matching Date
DATES = {
    "[Privacy form] New submission #PF-50213": ("2025-05-14 09:42:07", "+0800"),
    "Re: Your ExampleMart order EM-2025-118274 is confirmed": ("2025-04-26 21:13:40", "+0800"),
    "FW: Close my account please": ("2025-05-13 09:20:11", "+0800"),
    "Re: Your parcel is on the way! \U0001F69A": ("2025-05-03 08:41:56", "+0800"),
    "Re: [PR-2231] Your personal data deletion request": ("2025-04-08 19:02:33", "+0800"),
    "RE: [PR-2288] Copy of your personal data": ("2025-05-08 16:40:02", "+0800"),
    "Re: Important information about your ExampleMart account": ("2025-05-14 11:15:48", "+0800"),
    "Undelivered Mail Returned to Sender": ("2025-04-07 10:05:03", "+0800"),
    "Undeliverable: Re: [PR-2402] Your access request": ("2025-04-10 08:40:05", "+0000"),
    "Delayed Mail (still being retried)": ("2025-04-15 13:13:10", "+0800"),
    "Delivery Status Notification (Failure)": ("2025-04-16 14:00:06", "+0800"),
    "Read: [PR-2433] Your access request": ("2025-04-22 11:47:52", "+0800"),
    "Not read: Re: [PR-2440] Withdrawal of consent": ("2025-04-24 14:02:19", "+0800"),
    "[Request #48213] Re: Deletion of ExampleMart customer data - received": ("2025-04-25 10:12:30", "+0800"),
    "Ticket Received - #TKT-902117 Request to delete customer data": ("2025-04-28 15:03:44", "+0800"),
    "Automatic reply: [PR-2455] Your correction request": ("2025-04-29 09:01:12", "+0800"),
    "Re: [PR-2461] Deletion of your account": ("2025-05-05 14:14:20", "+0800"),
    "Re: [PR-2470] Your personal data request": ("2025-05-09 10:00:41", "+0800"),
    "Delivered: [PR-2480] Confirmation of account closure": ("2025-05-12 10:00:09", "+0800"),
    "申请注销账户并删除个人信息": ("2025-05-20 20:31:05", "+0800"),
    "FW: 微信客服留言 - 删除记录": ("2025-05-19 10:05:27", "+0800"),
    "[隐私请求] 新提交 #PF-50377": ("2025-05-21 13:06:02", "+0800"),
    "Re: Delivery issue for order EM-2025-125560": ("2025-05-13 08:30:55", "+0800"),
    "自动回复: 回复：[PR-2486] 您的个人资料查阅申请": ("2025-05-20 15:00:31", "+0800"),
    "Re: 為您推薦：本週精選好物": ("2025-05-10 22:14:09", "+0800"),
    "轉寄：ExampleMart 會員資料": ("2025-05-20 09:03:18", "+0800"),
    "Re: [PR-2307] 您的個人資料刪除申請": ("2025-05-14 10:22:40", "+0800"),
    "回覆: [PR-2352] 帳戶已註銷確認": ("2025-05-02 18:40:13", "+0800"),
    "回覆: [PR-2391] 您的個人資料查閱申請": ("2025-05-27 10:00:52", "+0800"),
    "退信通知：無法投遞的郵件": ("2025-05-23 11:00:05", "+0800"),
    "【樂購生活誌】五月號：母親節好禮推薦": ("2025-05-02 10:00:00", "+0800"),
    "Re: [PR-2412] Permohonan pemadaman data": ("2025-05-20 09:15:26", "+0800"),
    "Balasan Automatik: [PR-2493] Permohonan anda": ("2025-05-26 11:30:08", "+0800"),
    "Re: Jualan Raya! Diskaun sehingga 50%": ("2025-03-29 11:02:45", "+0800"),
    "Balasan Otomatis: Re: [PR-2498] Permintaan Anda": ("2025-06-02 08:45:00", "+0700"),
    "Flash Sale 6.6! Diskon s/d 70% \U0001F525": ("2025-06-05 19:00:00", "+0700"),
    "Re: [PR-2458] உங்கள் தரவின் நகல்": ("2025-05-16 20:10:37", "+0800"),
    "தானியங்கி பதில்: [PR-2502] உங்கள் கோரிக்கை": ("2025-06-03 09:12:51", "+0800"),
    "【自動返信】Re: [PR-2507] ご依頼の件": ("2025-06-04 11:20:14", "+0900"),
    "Re: [PR-2444] 個人情報削除のご依頼について": ("2025-05-28 21:05:33", "+0900"),
    "【期間限定】夏のセール開催中！": ("2025-06-06 12:00:00", "+0900"),
    "[자동응답] 부재중입니다": ("2025-06-03 10:41:27", "+0900"),
    "Trả lời tự động: [PR-2515] Yêu cầu của bạn": ("2025-06-09 10:02:48", "+0700"),
    "ตอบกลับอัตโนมัติ: [PR-2519] คำขอของท่าน": ("2025-06-10 09:30:16", "+0700"),
    "Re: [PR-2463] คำขอของท่าน": ("2025-06-05 16:47:02", "+0700"),
    "Automatische Antwort: [PR-2522] Ihre Anfrage": ("2025-06-04 05:11:09", "+0200"),
    "Unzustellbar: Re: [PR-2526] Ihre Anfrage": ("2025-06-09 04:00:05", "+0200"),
    "Réponse automatique : [PR-2530] Votre demande": ("2025-06-10 04:31:40", "+0200"),
    "Respuesta automática: [PR-2534] Su solicitud": ("2025-06-12 03:05:22", "+0200"),
    "Re: [PR-2538] La sua richiesta": ("2025-06-16 06:18:59", "+0200"),
    "Fwd: Close loyalty account": ("2025-05-06 20:12:44", "+0800"),
    "Re: Refund for order EM-2025-119904 [CS-778812]": ("2025-05-09 12:31:05", "+0800"),
}


def msg(frm, subject, body, *, to=PRIV, cc=None, reply_to=None, tz="+0800", irt=None, refs=None,
        extra=(), subj_cs="utf-8", subj_mode="B", mailer=None, mid=None, return_path=None,
        received=True, auth=True, date=None, top_extra=(), shape_note=""):
    sender = email_of(frm)
    dom = sender.split("@")[-1]
    if date is None and subject in DATES:
        date = when(*DATES[subject])
        _state.setdefault("used_dates", set()).add(subject)
    date = date or _date(tz)
    n = _state["n"]
    ip = f"{['192.0.2', '198.51.100', '203.0.113'][n % 3]}.{(n * 37) % 250 + 3}"
    h = []
    notes = []
    h.append(f"Return-Path: <{sender if return_path is None else return_path}>")
    if received:
        h.append(f"Received: from mail.{dom.split('.', 1)[-1] if dom.count('.') > 1 else dom} "
                 f"(mail.{dom} [{ip}])\n\tby mx.example.com (Postfix) with ESMTPS id {hx('q', n, n=11).upper()}\n"
                 f"\tfor <{PRIV}>; {date}")
    if auth:
        h.append(f"Authentication-Results: mx.example.com;\n\tspf=pass smtp.mailfrom={dom};\n"
                 f"\tdkim=pass header.d={dom};\n\tdmarc=pass header.from={dom}")
    h.extend(top_extra)
    h.append(f"Date: {date}")
    h.append(f"From: {frm}")
    if to is not None:
        h.append(f"To: {to}")
    if cc:
        h.append(f"Cc: {cc}")
        if PRIV in cc and PRIV not in (to or ""):
            notes.append("privacy@ only in Cc")
    if subject is None:
        notes.append("no Subject header")
    elif subject == "":
        h.append("Subject: ")
        notes.append("empty Subject")
    elif subject.isascii():
        h.append(f"Subject: {subject}")
    elif subj_mode == "raw":
        h.append(f"Subject: {subject}")
        notes.append("raw 8-bit UTF-8 Subject")
    else:
        h.append(f"Subject: {ew(subject, subj_cs, subj_mode)}")
        notes.append(f"Subject {subj_cs} {subj_mode}-encoded")
    h.append(f"Message-ID: {mid or '<' + hx('mid', n) + '.' + hx('mid2', n, n=8) + '@' + dom + '>'}")
    if irt:
        h.append(f"In-Reply-To: {irt}")
        h.append(f"References: {refs or irt}")
    if reply_to:
        h.append(f"Reply-To: {reply_to}")
    if mailer:
        h.append(mailer if mailer.split(" ")[0].endswith(":") else f"X-Mailer: {mailer}")
    h.extend(extra)
    for x in extra:
        k = x.split(":", 1)[0]
        if k in ("Auto-Submitted", "List-Id", "X-Spam-Flag", "X-Auto-Response-Suppress", "X-Autoreply",
                 "Precedence"):
            notes.append(x.strip())
    if irt:
        notes.append("In-Reply-To thread")
    if reply_to:
        notes.append("Reply-To differs from From")
    if not frm.isascii():
        notes.append("raw 8-bit UTF-8 From display name")
    if "=?" in frm:
        notes.append("From display name " + frm.split("?")[1] + " " + frm.split("?")[2] + "-encoded")
    if return_path == "":
        notes.append("null Return-Path")
    h.append("MIME-Version: 1.0")
    h.extend(body.headers)
    data = ("\n".join(h) + "\n\n").encode("utf-8") + body.body
    if not data.endswith(b"\n"):
        data += b"\n"
    shape = body.shape
    if notes:
        shape += "; " + "; ".join(notes)
    if shape_note:
        shape += "; " + shape_note
    return data, shape


def inner_msg(frm, to, subject, body_text, date, mid, cs="utf-8", cte=None, extra=()):
    """a bare message for message/rfc822 parts, DSNs and quoting"""
    p = text(body_text, cs=cs, cte=cte)
    subj = subject if subject.isascii() else ew(subject, cs)
    h = [f"Date: {date}", f"From: {frm}", f"To: {to}", f"Subject: {subj}", f"Message-ID: {mid}", *extra,
         "MIME-Version: 1.0", *p.headers]
    return ("\n".join(h) + "\n\n").encode("utf-8") + p.body


def add(lang, labels, route, why, m):
    data, shape = m
    labs = [l for l in LABEL_ORDER if l in labels]
    assert len(labs) == len(labels), labels
    assert route in ("ticket", "human", "ignore")
    assert (route == "ticket") == bool(labs), (why, labels, route)
    ENTRIES.append({"labels": labs, "route": [route], "lang": lang,
                    "notes": f"{why} | MIME: {shape}", "data": data})
    _state["n"] += 1


DISCLAIMER_BANK = D("""
    IMPORTANT NOTICE: This email and any attachments are confidential and may also be privileged. If you are
    not the intended recipient, please notify the sender immediately by return email and delete this email
    and any attachments from your system; you should not copy, use or disclose its contents to any other
    person. Any views or opinions expressed are solely those of the author and do not necessarily represent
    those of Example Capital Partners Pte. Ltd. or any of its affiliates ("the Group"). The Group does not
    accept liability for any loss or damage arising from the use of this email or its attachments, including
    damage caused by viruses. Email transmission cannot be guaranteed to be secure or error-free as
    information could be intercepted, corrupted, lost, destroyed, arrive late or incomplete, or contain
    viruses. The sender therefore does not accept liability for any errors or omissions in the contents of
    this message which arise as a result of email transmission. This email does not constitute an offer or
    solicitation to buy or sell any financial instrument. Example Capital Partners Pte. Ltd. (Co. Reg. No.
    201900000X) is regulated by the Monetary Authority of Singapore. For information on how we handle
    personal data, please refer to our Data Protection Policy at www.example.org/dp.
""")


# =================================================================== ENGLISH
# ---- English: tickets -------------------------------------------------------
add("en", ["deletion", "cancellation"], "ticket",
    "formal letter: close online account + linked Rewards membership AND erase addresses/order history/DOB; "
    "bank-style legal disclaimer far longer than the request",
    msg(addr("Marcus Heng", "marcus.heng@example.org"),
        "Closure of ExampleMart account and erasure of personal data",
        outlook(D("""
            Dear Data Protection Officer,

            I am writing in relation to my ExampleMart account registered under this email address
            (Rewards member no. EMR-4471-2093).

            I have not used the account since relocating last year, and I would be grateful if you could:

            (a) close my ExampleMart online account and the linked Rewards membership; and
            (b) erase the personal data you hold about me, including my saved delivery addresses, my date
                of birth and my order history, save to the extent you are required by law to retain it.

            Please confirm in writing once this has been done.

            Yours faithfully,
            Marcus Heng

            --
            Marcus Heng | Vice President, Treasury Operations
            Example Capital Partners Pte. Ltd.
            8 Example Quay #21-01, Singapore 049000
            T +65 6011 2390 | M +65 9001 4471

            """) + DISCLAIMER_BANK, cs="us-ascii"),
        extra=outlook_hdrs("Closure of ExampleMart account and erasure of personal data")))

add("en", ["withdrawal"], "ticket",
    "Singlish, almost no punctuation: stop promo SMS",
    msg(addr("kelvin ong", "kelvinong88@example.net"), "sms",
        text(D("""
            hi can stop sending me the promo sms or not. every day 2 3 msg very irritating leh
            my number 8123 4410
            thanks

            Sent from my iPhone
            """), cs="utf-8", cte="quoted-printable", quoted_cs=False),
        mailer="iPhone Mail (22E240)"))

add("en", ["withdrawal"], "ticket",
    "negation: explicitly do NOT close/delete the account, only stop marketing emails and promo push; "
    "transactional mail is fine",
    msg(addr("Priya Raman", "priya.raman@example.net"), "Marketing emails",
        outlook(D("""
            Hello,

            To be clear, please do NOT close or delete my account \u2013 I still use the app every week for groceries.

            What I want is to stop receiving the marketing emails and the push notifications about promotions and flash sales.
            Order confirmations and delivery updates are fine, keep those.

            Thanks,
            Priya
            """)),
        extra=outlook_hdrs("Marketing emails")))

add("en", ["access"], "ticket",
    "access request buried after a compliment about a delivery driver and app feedback",
    msg(addr("Joanne Seah", "joanne.seah@example.net"), "a compliment (and a question)",
        gmail(D("""
            Hi there,

            Just wanted to say the delivery guy who came on Saturday afternoon (Ah Huat? not 100% sure of his name) was super nice, he carried both 10kg rice bags all the way up to our 3rd floor because the lift was down for upgrading. Please pass on my thanks to him and his boss!

            Also the new app layout is much better than the old one, finally I can find where the vouchers are.

            Oh and one more thing since I'm writing in anyway - could you send me a copy of the personal data you have about me? My colleague said customers can ask for it and I'm curious what's in there, especially whatever the app collects.

            Cheers,
            Joanne
            """))))

add("en", ["correction"], "ticket",
    "correction of surname written on top of a quoted order-confirmation email (Android client)",
    msg(addr("Tan Wei Ling", "weiling.tan@example.net"),
        "Re: Your ExampleMart order EM-2025-118274 is confirmed",
        text(D("""
            Hi, pls correct my surname in your records. It's TAN not TEO. All my orders and my rewards card show Teo and the delivery guys keep calling me the wrong name haha. Full name Tan Wei Ling.

            Sent from my Galaxy


            -------- Original message --------
            From: ExampleMart <orders@example.com>
            Date: 24/4/25 8:02 pm (GMT+08:00)
            To: weiling.tan@example.net
            Subject: Your ExampleMart order EM-2025-118274 is confirmed

            Hi Teo Wei Ling,

            Thanks for shopping with ExampleMart! We've received your order and will let you know when it ships.

            Order EM-2025-118274
            1 x Example Basmati Rice 5kg            S$ 14.90
            2 x Example Kitchen Towel 6-roll        S$  9.80
            1 x Example Dish Soap Refill 1L         S$  3.45
            Delivery                                S$  0.00
            Total (incl. GST)                       S$ 28.15

            Delivering to:
            Teo Wei Ling
            Blk 123 Example Avenue 4, #08-112
            Singapore 560123

            Track your order in the ExampleMart app.

            This mailbox is not monitored. For help, visit www.example.com/help.
            """), cte="8bit", quoted_cs=False),
        irt="<order-EM-2025-118274@example.com>", mailer="User-Agent: Android"))

_inner = D("""
    -----Original Message-----
    From: Daniel Koh <dkoh.sg@example.net>
    Sent: Monday, 12 May 2025 10:14 PM
    To: ExampleMart Customer Care <care@example.com>
    Subject: Close my account please

    Hi,

    I'm moving overseas for good next month. Please close my ExampleMart account and delete all the
    personal information you have of me, including my addresses and payment details. I don't need the
    remaining points.

    Daniel Koh
    Mobile 9012 7786
    """)
add("en", ["deletion", "cancellation"], "ticket",
    "staff forward (inline) from Customer Care: the customer's own request closes the account and erases "
    "personal information; staff note adds nothing",
    msg(addr("Nurul Huda (Customer Care)", "nurul.huda@example.com"), "FW: Close my account please",
        outlook("Hi Privacy team,\n\nCustomer sent this to the CS mailbox. Forwarding for your action as it's a "
                "data request. I have not replied to him.\n\nThanks,\nNurul\nCustomer Care | ExampleMart\n\n"
                + _inner, cs="us-ascii"),
        extra=outlook_hdrs("Close my account please")))

add("en", ["withdrawal", "cancellation"], "ticket",
    "daughter with LPA (PDF attached) for elderly father: stop marketing calls/SMS/letters + terminate Rewards "
    "membership; keeps the shopping account (so no account closure beyond the membership, no deletion)",
    msg(addr("Lim Mei Xuan", "meixuan.lim@example.org"),
        "Request on behalf of my father, Mr Lim Boon Keng",
        multi("mixed", [text(D("""
            Dear Sir/Madam,

            I am writing on behalf of my father, Mr Lim Boon Keng, who is 82 and does not use email. I hold a
            Lasting Power of Attorney for him; a copy is attached.

            He keeps receiving telemarketing calls from ExampleMart on his home line (6011 0482) and is quite
            confused by them. On his behalf, please:

            1. stop all marketing calls, SMS and letters to him; and
            2. terminate his ExampleMart Rewards membership (card no. EMR-2210-5528).

            His online shopping account can stay as it is - I sometimes order groceries for him through it.

            Regards,
            Lim Mei Xuan (daughter)
            9188 2047
            """)), attach("LPA_Lim_Boon_Keng.pdf", "application/pdf", fake_pdf("LPA Lim Boon Keng"))]),
        mailer="User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.3.0"))

add("en", ["access"], "ticket",
    "website privacy-form notification (From no-reply, Reply-To the customer; footer says it was generated "
    "automatically but it carries a customer's request): access + use/disclosure info",
    msg(addr("ExampleMart Web Forms", "no-reply@example.com"), "[Privacy form] New submission #PF-50213",
        text(D("""
            A new privacy request form was submitted on www.example.com/privacy.

            Submission ID:  PF-50213
            Submitted:      2025-05-14 09:41 SGT
            Full name:      Siti Rahmah binte Ismail
            Email:          siti.rahmah@example.net
            Mobile:         +65 8234 0091
            Member no.:     (blank)
            Request type:   Access to my personal data
            Details:        I would like to know what personal data ExampleMart holds about me and who it
                            has been shared with in the last 12 months.
            Preferred reply: Email
            Declaration:    [x] I confirm the information above is accurate.

            --
            This notification was generated automatically by the ExampleMart website.
            Use the Reply-To address to contact the submitter.
            """)),
        reply_to=addr("Siti Rahmah binte Ismail", "siti.rahmah@example.net"),
        mailer="PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"))

add("en", ["correction"], "ticket",
    "HTML-only contact-form notification: dropdown says 'Other / General enquiry' but the message asks to fix "
    "date of birth and update mobile number",
    msg(addr("ExampleMart Contact Us", "webform@example.com"), "Contact Us: Other / General enquiry",
        text(html_page(D("""
            <h3>New Contact Us submission</h3>
            <table border="1" cellpadding="4" cellspacing="0">
            <tr><td><b>Name</b></td><td>Ravi Chandran</td></tr>
            <tr><td><b>Email</b></td><td>ravi.chandran@example.net</td></tr>
            <tr><td><b>Order no.</b></td><td></td></tr>
            <tr><td><b>Topic</b></td><td>Other / General enquiry</td></tr>
            <tr><td><b>Message</b></td><td>Hi, my date of birth is wrong in my profile (shows 03/07/1990,
            should be 07/03/1999) and please update my mobile number to 9345 2210. The app won&#39;t let me
            change the DOB myself.</td></tr>
            </table>
            <p style="color:#888">Sent from www.example.com/contact</p>
            """)), "html", cte="quoted-printable"),
        reply_to="ravi.chandran@example.net"))

add("en", ["withdrawal"], "ticket",
    "HTML-only, shouty: unsubscribe from every marketing channel; the complaint about broken unsubscribe links "
    "does not change that it is an explicit opt-out",
    msg(addr("Grace Ho", "grace.ho@example.net"), "UNSUBSCRIBE!!!",
        text(html_page('<div style="font-family:Helvetica,Arial;font-size:14px">'
                       "<p>Unsubscribe me from EVERYTHING. Emails, sms, whatsapp, the lot.</p>"
                       "<p>I&#39;ve clicked the link at the bottom of your emails 3 times and nothing happened. "
                       "Still getting the 11.11 spam.</p><p>Grace</p></div>"), "html", cte="7bit"),
        mailer="Yahoo Mail"))

add("en", ["withdrawal"], "ticket",
    "opt-out of personalised recommendations and targeted ads based on browsing/purchase history; keeps order "
    "emails (Thunderbird format=flowed)",
    msg(addr("Aaron Goh", "aaron.goh@example.org"), "Personalised recommendations",
        text(D("""
            Hello,

            I noticed the ExampleMart app shows me "Recommended for you" based on what I have looked at, 
            including some health products I would rather not have profiled.

            Please switch off personalised recommendations for my account and stop using my browsing and 
            purchase history for targeted advertising, both on your site and on other platforms.

            I am happy to keep receiving order emails.

            Regards,
            Aaron Goh
            """), flowed=True, quoted_cs=False),
        mailer="User-Agent: Mozilla Thunderbird"))

add("en", ["correction", "deletion"], "ticket",
    "erase two old saved addresses and a saved card, and replace the default address with the new one; "
    "explicitly keep the account and points",
    msg(addr("Haziq Rahman", "haziq.r@example.net"), "remove saved card + old addresses",
        gmail(D("""
            Hi,

            could you delete the two old addresses saved in my address book (the Jurong West one and my old office at Anson Road) and the Visa card ending 4417? The app gives me an error when I try to remove them myself. My default address should now be Blk 9 Example Link #10-21, Singapore 640009 - please update that too.

            Nothing else please, keep my account and points.

            Thanks
            Haziq
            """))))

add("en", ["access", "correction"], "ticket",
    "suspected mix-up with another customer: asks what data is held under their email AND to correct the "
    "mobile number; receipt of someone else's e-receipt is context, not a request for that person's data",
    msg(addr("Vanessa Chua", "vanessa.chua@example.net"), "Getting someone else's receipts??",
        gmail(D("""
            Hello,

            Last week I got an e-receipt for someone called "J. Ng" for a pickup at Bedok. I think my email is mixed up with another account somehow.

            Can you please
            1) tell me what personal data you are holding under my email address, so I can check it's really mine, and
            2) correct my mobile number - your SMS says it's 9660 1182 but mine is 9660 1183.

            Thank you
            Vanessa
            """))))

add("en", ["access", "deletion", "withdrawal", "cancellation"], "ticket",
    "blunt bulleted PDPA letter with four items: copy of data + use/disclosure, then erase, close account and "
    "Rewards membership, stop marketing meanwhile",
    msg(addr("R. Fernandez", "r.fernandez@example.org"), "PDPA request - 4 items",
        text(D("""
            To the ExampleMart DPO,

            Please action the following under the Personal Data Protection Act 2012:

            - Provide me with a copy of my personal data in your possession or under your control, and
              information about the ways in which it has been used or disclosed within the past year.
            - After you have sent me that copy, delete my personal data.
            - Close my online account (username r.fernandez) and my Rewards membership.
            - In the meantime, stop all marketing to me by any channel.

            R. Fernandez
            """), quoted_cs=False)))

add("en", ["cancellation"], "ticket",
    "misleading subject (reply to a shipping notification with emoji, encoded-word): terminate paid "
    "Rewards Plus membership before auto-renewal",
    msg(addr("Farhan Aziz", "farhan.aziz@example.net"), "Re: Your parcel is on the way! \U0001F69A",
        gmail(D("""
            Hi can you terminate my Rewards Plus membership? The $29.90 yearly fee isn't worth it for me and I don't want it to auto renew in July.

            Thanks, Farhan
            """), quoted=("On Fri, 2 May 2025 at 11:20, ExampleMart <orders@example.com> wrote:", D("""
            Good news, Farhan! Your parcel is on the way.
            Order EM-2025-120933 - 3 items - arriving Sat 3 May, 2pm-6pm.
            Rewards Plus members enjoy free delivery on every order!
            """)))))

add("en", ["deletion", "cancellation"], "ticket",
    "To: Customer Care, privacy@ only in Cc: delete the account and erase call recordings/chat transcripts",
    msg(addr("Benjamin Low", "ben.low@example.org"), "Account deletion",
        gmail(D("""
            Hello Customer Care (and cc'ing your privacy team as your website says to),

            I want my ExampleMart account deleted. I would also like the recordings and transcripts of my calls and live chats with your customer service erased - there was a lot of personal stuff in there about my late mother's medical supplies.

            Regards,
            Benjamin
            """)),
        to=addr("ExampleMart Customer Care", "care@example.com"), cc=PRIV))

add("en", ["deletion", "cancellation"], "ticket",
    "heavy typos, no punctuation: delete account and all info",
    msg(addr("", "jj.wong.2001@example.net"), "delet acount",
        text("pls delet my acount and all the info u hav on me i dont use it anymor thx\n", quoted_cs=False)))

add("en", ["withdrawal"], "ticket",
    "objection to sharing with 'partners' for their marketing = withdrawal; annoyed tone; explicitly not closing "
    "the account",
    msg(addr("Stephanie Wee", "steph.wee@example.net"), "Stop sharing my details with your partners",
        outlook(D("""
            Dear ExampleMart,

            Last month I started getting calls from an insurance agent who knew that I am an ExampleMart Rewards
            member and roughly what I buy. He said he got my number from "a partner programme".

            I object to ExampleMart passing my details to partners for their own marketing, and I withdraw any
            consent I may have given for that when I signed up. I am not closing my account, I just want this to stop.

            Stephanie Wee
            """)),
        extra=outlook_hdrs("Stop sharing my details with your partners")))

add("en", ["correction"], "ticket",
    "name spelling correction; body is base64 text/plain from a webmail",
    msg(addr("Nur Aisyah Rahman", "aisyah.rahman@example.net"), "Wrong spelling of my name",
        text(D("""
            Assalamualaikum and good day,

            My name in your system is spelt "Nur Aishah binti Rahman". The correct spelling is
            "Nur Aisyah binti Rahman" (as in my NRIC). Please correct it for my account and my Rewards card.

            Thank you.
            Nur Aisyah
            """), cte="base64")))

add("en", ["deletion", "cancellation"], "ticket",
    "parent on behalf of a 14-year-old: close the son's account and delete all data about him (on-behalf "
    "requests carry the request's labels)",
    msg(addr("Michelle Ng", "michelle.ng@example.net"), "My son's account - please remove",
        gmail(D("""
            Hi,

            My son Ethan (14) created an ExampleMart account with his school email ethan.ng.2011@example.org and saved my credit card without asking me. As his mother, I'd like you to close that account and delete all the data you have about him.

            I'm happy to verify who I am - just tell me what you need.

            Michelle Ng
            9877 6120
            """))))

add("en", ["access"], "ticket",
    "formal access request focused on use/disclosure to delivery partners over the past year",
    msg(addr("Hamid Yusof", "hamid.yusof@example.org"), "Request under Section 21 PDPA",
        text(D("""
            Dear Sir or Madam,

            Pursuant to section 21 of the Personal Data Protection Act 2012, I request:

            1. my personal data in the possession or under the control of ExampleMart Pte. Ltd.; and
            2. information about the ways in which that personal data has been or may have been used or
               disclosed by ExampleMart within the year before the date of this request, in particular to
               third-party delivery and logistics partners.

            My account email is this address. I can be reached at 9301 5528 for verification.

            Yours faithfully,
            Hamid Yusof
            """), cte="7bit")))

add("en", ["withdrawal"], "ticket",
    "withdraws consent to location collection in the app",
    msg(addr("Chloe Lim", "chloe.lim@example.net"), "location tracking",
        text(D("""
            Please stop collecting my location through your app. I've turned it off in my phone settings but the app
            keeps asking again every time I open it. I withdraw my consent for ExampleMart to use my location data.

            Chloe

            Sent from my iPhone
            """), cte="quoted-printable", quoted_cs=False),
        mailer="iPhone Mail (22D82)"))

_thread = D("""
    On Tue, 6 May 2025 at 17:45, ExampleMart Care <care@example.com> wrote:
    > Dear Mr Tay,
    >
    > Thank you for your patience. Our finance team has confirmed that the refund of S$42.60 for order
    > EM-2025-119904 was processed on 5 May and should appear on your card within 7-10 working days.
    >
    > We have copied our Data Protection Office as you asked about your account details.
    >
    > Best regards,
    > Sharifah
    > ExampleMart Customer Care [CS-778812]
    >
    > On Sat, 3 May 2025 at 10:02, Jason Tay <jason.tay.home@example.net> wrote:
    >> Hi, it's been two weeks and I still don't see the refund. Also my receipts keep going to my old
    >> work email, can someone look at my account details?
    >>
    >> On Mon, 21 Apr 2025 at 14:11, ExampleMart Care <care@example.com> wrote:
    >>> Dear Mr Tay,
    >>>
    >>> We are sorry that 2 of the items in order EM-2025-119904 arrived damaged. We have arranged a refund
    >>> of S$42.60 to your original payment method. Please allow 7-10 working days.
    >>>
    >>> Best regards,
    >>> ExampleMart Customer Care [CS-778812]
    >>>
    >>> On Sun, 20 Apr 2025 at 21:37, Jason Tay <jason.tay.home@example.net> wrote:
    >>>> Hello, two jars in my order EM-2025-119904 were broken when they arrived (photos attached).
    >>>> Can I get a refund for them? Thanks, Jason
    """)
add("en", ["correction"], "ticket",
    "reply-all on top of a long, 4-level quoted Customer Care refund thread (privacy@ was copied in): after "
    "thanking for the refund, asks to change the account email from the old work address to the new one",
    msg(addr("Jason Tay", "jason.tay.home@example.net"), "Re: Refund for order EM-2025-119904 [CS-778812]",
        text(D("""
            Thanks Sharifah, I see the refund now.

            For the privacy team copied here: please update the email address on my ExampleMart account from
            jason.tay@example.org (my old work email - I have left that company) to this address,
            jason.tay.home@example.net. Rewards no. EMR-7702-3315, mobile 9120 4478.

            Jason

            """) + _thread, quoted_cs=False),
        to=addr("ExampleMart Care", "care@example.com"), cc=PRIV, irt="<cs-778812-3@example.com>",
        refs="<cs-778812-1@example.com> <cs-778812-2@example.com> <cs-778812-3@example.com>"))

add("en", ["withdrawal"], "ticket",
    "one-line request to be removed from the marketing database; law-firm signature and disclaimer far longer "
    "than the request",
    msg(addr("Ang Kok Wei", "kokwei.ang@example.org"), "Marketing",
        outlook(D("""
            Dear Sirs,

            Kindly remove me from your marketing database.

            Regards,
            Ang Kok Wei
            Senior Associate
            Example Legal LLP
            1 Example Place #30-00, Singapore 048000
            DID +65 6011 7720 | www.example.org

            This e-mail is confidential and may be protected by legal privilege. If you are not the intended
            recipient, be aware that any disclosure, copying, distribution or use of this e-mail or any
            attachment is prohibited. If you have received this e-mail in error, please notify us immediately
            by returning it to the sender and delete this copy from your system. Example Legal LLP is a limited
            liability law practice registered in Singapore (UEN T00LL0000X). Any reference to a partner means a
            partner, member, consultant or employee of Example Legal LLP or of an affiliated firm with equivalent
            standing. Example Legal LLP does not accept service of documents by e-mail. We may monitor e-mail
            traffic data and the content of e-mail for the purposes of security and staff training. Please
            consider the environment before printing this e-mail.
            """)),
        extra=outlook_hdrs("Marketing")))

add("en", ["deletion"], "ticket",
    "erase product reviews and uploaded photos (children in them); no account closure",
    msg(addr("Cheryl Poh", "cheryl.poh@example.net"), "Please take down my reviews",
        gmail(D("""
            Hello ExampleMart,

            Over the past two years I posted a few product reviews with photos (the baby stroller, high chair and a bath set). Some of the photos show my kids' faces and I'm not comfortable with them being online any more.

            Please remove all my reviews and delete the photos from your servers, not just hide them.

            Thanks,
            Cheryl (reviews under the name "CherylP")
            """))))

_orig = inner_msg(addr("Sandeep Kaur", "sandeep.kaur@example.net"), addr("ExampleMart Support", "support@example.com"),
                  "Close loyalty account", D("""
    Hello,

    Please close my ExampleMart Rewards loyalty account, card number EMR-1180-6642. I will keep
    shopping as a guest.

    Thank you,
    Sandeep Kaur
    """), "Tue, 22 Apr 2025 19:40:12 +0800", "<b7c1e0aa41.sk@example.net>")
add("en", ["cancellation"], "ticket",
    "customer resends her own earlier email (as message/rfc822 attachment) that went to support@ by mistake; "
    "the attached request is closing the loyalty account; not a chaser (first time at privacy@)",
    msg(addr("Sandeep Kaur", "sandeep.kaur@example.net"), "Fwd: Close loyalty account",
        multi("mixed", [text("Sent this to support two weeks ago by mistake, resending to the correct address. "
                             "See attached.\n\nSandeep\n"), rfc822(_orig, "Close loyalty account.eml")]),
        mailer="User-Agent: Mozilla Thunderbird"))

add("en", ["access"], "ticket",
    "new access request with a (masked) ID scan attached proactively for verification",
    msg(addr("Wong Kah Mun", "kahmun.wong@example.net"), "Personal data access request + ID",
        multi("mixed", [gmail(D("""
            Dear ExampleMart Privacy Team,

            I would like a copy of all the personal data that ExampleMart holds about me, including my account profile, order history, Rewards transactions and any call recordings.

            To save time, I've attached a scan of my NRIC with the middle digits masked so you can verify my identity.

            Regards,
            Wong Kah Mun
            """)), attach("NRIC_masked.jpg", "image/jpeg", fake_jpg("nric-wkm"))], style="gmail")))

add("en", ["correction", "withdrawal"], "ticket",
    "update mobile number AND no WhatsApp promotions to it (order updates only)",
    msg(addr("Sharon Yeo", "sharon.yeo@example.net"), "new number",
        text(D("""
            Hi ExampleMart

            My new mobile is 8877 1029, please update it in my account (old one was 9877 1029).
            And I don't want the WhatsApp promos on the new number ok, order updates only.

            Sharon
            """), cte="quoted-printable", quoted_cs=False),
        mailer="iPhone Mail (22E240)"))

add("en", ["withdrawal"], "ticket",
    "subject-only request 'unsubscribe'; body is just a mobile signature",
    msg(addr("Lionel Ferreira", "lionel.f@example.org"), "Unsubscribe",
        text("\n\nSent from my Android device\n", quoted_cs=False)))

add("en", ["deletion", "cancellation"], "ticket",
    "Singlish with Chinese word 注销 (close account) + delete all saved addresses; main language English",
    msg(addr("Jerry Teo", "jerryteo@example.net"), "account",
        gmail(D("""
            Hello, I want to 注销 my account lah, and also delete all my address inside. Tq
            """), cte="base64")))

add("en", ["deletion"], "ticket",
    "erase browsing/search history and wishlist while keeping the account",
    msg(addr("Melvin Sim", "melvin.sim@example.net"), "Clear my history",
        text(D("""
            Hi,

            I share a tablet with family. Can you clear the browsing history, search history and wishlist that
            you store for my ExampleMart account? Not just hide it in the app, actually delete it on your side.
            I'm keeping the account.

            Melvin
            """), quoted_cs=False)))

add("en", ["cancellation"], "ticket",
    "close the account; says erasure of order history is NOT needed (negation of deletion)",
    msg(addr("Olivia Tan", "olivia.tan@example.org"), "Account closure",
        gmail(D("""
            Hi,

            Please close my ExampleMart account (olivia.tan@example.org).

            You don't have to delete my order history, I understand you need to keep invoices for tax purposes. I just don't want an active account any more.

            Thanks,
            Olivia
            """))))


# ---- English: human ---------------------------------------------------------
add("en", [], "human",
    "hypothetical: asks what happens to member prices/birthday voucher IF they opt out of marketing; "
    "explicitly not opting out yet",
    msg(addr("Desmond Quek", "desmond.quek@example.net"), "Question before I opt out",
        gmail(D("""
            Hi,

            I'm thinking of opting out of your marketing emails and SMS, but before I do: would I still get the member-only prices and the birthday voucher if I withdraw consent? Or are those tied to the marketing list?

            Not opting out yet, just want to understand first.

            Thanks
            Desmond
            """))))

add("en", [], "human",
    "complaint that uses request words: the account was deleted WITHOUT their asking and points were lost; "
    "no privacy request is made",
    msg(addr("Fiona Lee", "fiona.lee88@example.net"), "Account deleted?!?!",
        text(D("""
            Your app DELETED my account without asking me and my 12,400 points are gone!!! I never asked you to
            close anything. I have been a member since 2019. This is totally unacceptable and I want an
            explanation and my points back.

            Fiona Lee
            """), quoted_cs=False)))

_ack = D("""
    Dear Ms Kumar,

    Thank you for your email of 3 March 2025. We have logged your request for the deletion of your
    personal data under reference PR-2231 and will respond within 30 days.

    Data Protection Office
    ExampleMart Pte. Ltd.
    """)
add("en", [], "human",
    "chaser in an existing thread (In-Reply-To our acknowledgement PR-2231): restates the deletion request but "
    "only asks for status",
    msg(addr("Anita Kumar", "anita.kumar@example.org"), "Re: [PR-2231] Your personal data deletion request",
        gmail(D("""
            Hello,

            It has been five weeks since you acknowledged my request below. Is my data deleted or not? I am still getting your catalogue by post. Please give me an update.

            Anita Kumar
            """), quoted=("On Tue, 4 Mar 2025 at 10:02, ExampleMart Privacy <privacy@example.com> wrote:", _ack)),
        irt="<pr-2231-ack@example.com>"))

add("en", [], "human",
    "thank-you reply in an existing thread after receiving the access copy (PR-2288)",
    msg(addr("Gabriel Sim", "gabriel.sim@example.net"), "RE: [PR-2288] Copy of your personal data",
        outlook(D("""
            Got it, thanks. Everything looks right, you can close this off.

            Gabriel

            -----Original Message-----
            From: ExampleMart Privacy <privacy@example.com>
            Sent: Thursday, 8 May 2025 3:15 PM
            To: Gabriel Sim <gabriel.sim@example.net>
            Subject: [PR-2288] Copy of your personal data

            Dear Mr Sim,

            Further to your access request, please find attached a password-protected file containing a copy of
            your personal data. The password will be sent to your registered mobile number by SMS.

            Data Protection Office
            ExampleMart Pte. Ltd.
            """)),
        irt="<pr-2288-reply@example.com>", extra=outlook_hdrs("[PR-2288] Copy of your personal data")))

add("en", [], "human",
    "request for someone else's data: wants the name and phone of whoever ordered to her address",
    msg(addr("Rachel Foo", "rachel.foo@example.net"), "Who is ordering to my address",
        gmail(D("""
            Hi

            Someone keeps ordering stuff to my flat (Blk 45 Example Road #05-21) using my address. I think it's my ex. Can you tell me the name and phone number on the account that placed those orders? I need it for my police report.

            Rachel
            """))))

add("en", [], "human",
    "portability alone: wants purchase history transferred in machine-readable form directly to another retailer",
    msg(addr("Ivan Petrov", "ivan.petrov.sg@example.org"), "Data transfer to another retailer",
        text(D("""
            Dear ExampleMart,

            I am switching my grocery shopping to FreshBasket. Could you transmit my purchase history and
            saved shopping lists directly to them in a structured, machine-readable format (CSV or JSON),
            so that their app can import my regular items?

            Kind regards,
            Ivan Petrov
            """))))

add("en", [], "human",
    "asks for an explanation of an automated decision (BNPL application auto-rejected)",
    msg(addr("Shirley Tang", "shirley.tang@example.net"), "Why was I rejected for PayLater?",
        gmail(D("""
            Hello,

            I applied for ExampleMart PayLater yesterday and was rejected within seconds. Clearly no human looked at it. I have a good credit history. What data did your system use and how did it decide? I'd like someone to review it.

            Shirley Tang
            """))))

add("en", [], "human",
    "angry reply to a breach notification; questions about the incident, threat to complain; no request",
    msg(addr("Kenneth Yap", "kenneth.yap@example.net"), "Re: Important information about your ExampleMart account",
        text(D("""
            You are telling me my name, phone and address were "potentially accessed" by an unauthorised party
            three weeks after it happened?? Why did it take so long? What are you doing about it? I'm furious.
            I will be writing to the PDPC.

            Kenneth

            On 14/05/2025 09:00, ExampleMart wrote:
            > Dear Customer,
            > We are writing to let you know about a security incident involving one of our service providers.
            > Based on our investigation, your name, mobile number and delivery address may have been accessed.
            > Your payment card details were not affected.
            """), quoted_cs=False),
        irt="<incident-notice-0514@example.com>"))

add("en", [], "human",
    "customer-service request: cancel an ORDER (wrong size), not the account; 'cancel' is not cancellation here",
    msg(addr("Alvin Chong", "alvin.chong@example.net"), "Cancel order EM-2025-131207",
        text(D("""
            Hi, please cancel order EM-2025-131207, I ordered the wrong size (M instead of L). It hasn't shipped yet.
            Thanks
            Alvin
            """), quoted_cs=False)))

add("en", [], "human",
    "question about the process only (fee and timeline for an access request); not itself a request",
    msg(addr("Pauline Chew", "pauline.chew@example.org"), "Question about data requests",
        gmail(D("""
            Hi,

            How long does it usually take if I ask ExampleMart for a copy of my data, and is there a fee? My friend said another company charged her $20 for it. Just want to know before deciding.

            Thanks!
            Pauline
            """))))

add("en", [], "human",
    "objection to audio recording by pickup-locker CCTV (not direct marketing) + complaint",
    msg(addr("Tom Berger", "tom.berger@example.net"), "CCTV at the Tampines pickup lockers",
        text(D("""
            Hello,

            The notice at your Tampines pickup point says the cameras record audio as well as video. I object
            to having my conversations recorded just to collect a parcel. This seems excessive and I'd like to
            know who decided this was necessary.

            Tom Berger
            """))))

add("en", [], "human",
    "unclear: asks for a call back about 'my acc', no request identifiable",
    msg(addr("", "mdnoor77@example.net"), None,
        text("hi pls call me back regarding my acc. urgent. 9671 2230\n", quoted_cs=False)))

add("en", [], "human",
    "login/lockout problem: 'cannot access my account' is not a data access request",
    msg(addr("Bryan Kwek", "bryan.kwek@example.org"), "Can't access my account",
        gmail(D("""
            Hi, my account got locked after I typed the wrong password too many times and the reset link never arrives. I can't access my account or my vouchers. Please help me unlock it, my email is bryan.kwek@example.org.

            Bryan
            """))))

# ---- English: machine mail (ignore) -----------------------------------------
def ours(to, subject, body, mid, date):
    return inner_msg(addr("ExampleMart Privacy", PRIV), to, subject, body, date, mid)


def postfix_bounce(rcpt, orig, diag, status, host, date, delayed=False, headers_only=False,
                   subject="Undelivered Mail Returned to Sender"):
    n = _state["n"]
    qid = hx("qid", n, n=11).upper()
    if delayed:
        notice = D(f"""
            This is the mail system at host {host}.

            ####################################################################
            # THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
            ####################################################################

            Your message could not be delivered for more than 4 hour(s).
            It will be retried until it is 5 day(s) old.

            For further assistance, please send mail to postmaster.

            If you do so, please include this problem report. You can
            delete your own text from the attached returned message.

                               The mail system

            <{rcpt}>: {diag}
            """)
    else:
        notice = D(f"""
            This is the mail system at host {host}.

            I'm sorry to have to inform you that your message could not
            be delivered to one or more recipients. It's attached below.

            For further assistance, please send mail to postmaster.

            If you do so, please include this problem report. You can
            delete your own text from the attached returned message.

                               The mail system

            <{rcpt}>: {diag}
            """)
    status_txt = D(f"""
        Reporting-MTA: dns; {host}
        X-Postfix-Queue-ID: {qid}
        X-Postfix-Sender: rfc822; {PRIV}
        Arrival-Date: {date}

        Final-Recipient: rfc822; {rcpt}
        Original-Recipient: rfc822;{rcpt}
        Action: {'delayed' if delayed else 'failed'}
        Status: {status}
        Diagnostic-Code: smtp; {diag.split(' said: ')[-1] if ' said: ' in diag else diag}
        """) + ("Will-Retry-Until: Mon, 09 Jun 2025 10:12:40 +0800\n" if delayed else "")
    last = (raw_part("text/rfc822-headers", orig.split(b"\n\n", 1)[0].decode() + "\n",
                     ["Content-Description: Undelivered Message Headers"]) if headers_only
            else Part(["Content-Type: message/rfc822", "Content-Description: Undelivered Message"], orig,
                      "message/rfc822"))
    body = multi("report", [
        text(notice, cs="us-ascii", extra=["Content-Description: Notification"]),
        raw_part("message/delivery-status", status_txt, ["Content-Description: Delivery report"]),
        last], params='report-type="delivery-status"')
    return msg(addr("Mail Delivery System", f"MAILER-DAEMON@{host}"), subject, body, return_path="",
               extra=["Auto-Submitted: auto-replied"], auth=False)


_o1 = ours("Paul Wee <paul.wee.88@example.net>", "Re: [PR-2377] Verification of your deletion request", D("""
    Dear Mr Wee,

    Thank you for your request to delete your personal data (ref. PR-2377). To protect your account,
    please reply from your registered email address or confirm the last four digits of your registered
    mobile number.

    Data Protection Office
    ExampleMart Pte. Ltd.
    """), "<pr-2377-verify@example.com>", "Mon, 07 Apr 2025 10:05:00 +0800")
add("en", [], "ignore",
    "Postfix DSN: our verification email bounced (mailbox full); the returned message mentions a deletion "
    "request but this is machine mail",
    postfix_bounce("paul.wee.88@example.net", _o1,
                   "host mail.example.net[198.51.100.61] said: 552 5.2.2 <paul.wee.88@example.net>: "
                   "Mailbox full (in reply to RCPT TO command)", "5.2.2", "mx.example.com",
                   "Mon, 07 Apr 2025 10:05:02 +0800"))

_o2 = ours("tkl@example.org", "Re: [PR-2402] Your access request", D("""
    Dear Ms Teo,

    We have received your request for a copy of your personal data (ref. PR-2402) and will respond by
    10 May 2025.

    Data Protection Office
    ExampleMart Pte. Ltd.
    """), "<pr-2402-ack@example.com>", "Thu, 10 Apr 2025 16:40:00 +0800")
_ndr_plain = D("""
    Your message to tkl@example.org couldn't be delivered.

    tkl wasn't found at example.org.

    Action Required
    Recipient

    Unknown To address

    How to Fix It
    The address may be misspelled or may not exist. Try one or more of the following:
    - Retype the recipient's address, then resend the message.
    - If you continue to experience the problem, contact the recipient by some other means (by phone, for
      example) and confirm the address.

    More Info for Email Admins
    Status code: 550 5.1.10

    Original Message Details
    Created Date: 10/04/2025 8:40:00 AM
    Sender Address: privacy@example.com
    Recipient Address: tkl@example.org
    Subject: Re: [PR-2402] Your access request

    Error Details
    Error: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
    Message rejected by: SG2PR01MB0000.apcprd01.prod.exchangelabs.example.org
    """)
add("en", [], "ignore",
    "Exchange Online-style NDR 'Undeliverable:' (multipart/report with alternative notification, delivery-status "
    "and the returned access acknowledgement)",
    msg(addr("Microsoft Outlook", "postmaster@example.org"), "Undeliverable: Re: [PR-2402] Your access request",
        multi("report", [
            multi("alternative", [text(_ndr_plain, cs="us-ascii", cte="quoted-printable"),
                                  text(html_page("<p><b>Your message to tkl@example.org couldn't be delivered.</b></p>"
                                                 "<p>tkl wasn't found at example.org.</p><p>Status code: 550 5.1.10</p>"),
                                       "html", cte="quoted-printable")], style="exchange"),
            raw_part("message/delivery-status", D("""
                Reporting-MTA: dns;SG2PR01MB0000.apcprd01.prod.exchangelabs.example.org
                Received-From-MTA: dns;mx.example.com
                Arrival-Date: Thu, 10 Apr 2025 08:40:01 +0000

                Original-Recipient: rfc822;tkl@example.org
                Final-Recipient: rfc822;tkl@example.org
                Action: failed
                Status: 5.1.10
                Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
                """)),
            Part(["Content-Type: message/rfc822"], _o2, "message/rfc822")],
            params='report-type=delivery-status', style="exchange"),
        return_path="", auth=False,
        extra=["Content-Language: en-US", "X-MS-Exchange-Message-Is-Ndr:", "Auto-Submitted: auto-replied"]))

_o3 = ours("Lee Hui Min <huimin.lee@example.net>", "Re: [PR-2415] Withdrawal of consent", D("""
    Dear Ms Lee,

    This is to confirm that we have stopped sending you marketing messages by SMS and email
    (ref. PR-2415). It may take up to 10 business days for all channels to be updated.

    Data Protection Office
    ExampleMart Pte. Ltd.
    """), "<pr-2415-done@example.com>", "Tue, 15 Apr 2025 09:12:40 +0800")
add("en", [], "ignore",
    "Postfix delayed-delivery warning (Action: delayed, text/rfc822-headers); warning only",
    postfix_bounce("huimin.lee@example.net", _o3,
                   "host mail.example.net[203.0.113.40] said: 451 4.3.2 Please try again later "
                   "(in reply to MAIL FROM command)", "4.3.2", "mx.example.com",
                   "Tue, 15 Apr 2025 09:12:40 +0800", delayed=True, headers_only=True,
                   subject="Delayed Mail (still being retried)"))

_o4 = ours("nicholas.tham@example.net", "[PR-2420] Your data correction request", D("""
    Dear Mr Tham,

    We have updated the delivery address on your account as requested (ref. PR-2420).

    Data Protection Office
    ExampleMart Pte. Ltd.
    """), "<pr-2420-done@example.com>", "Wed, 16 Apr 2025 14:00:00 +0800")
add("en", [], "ignore",
    "Gmail-style 'Delivery Status Notification (Failure)' / Address not found, multipart/report",
    msg(addr("Mail Delivery Subsystem", "mailer-daemon@mail.example.org"), "Delivery Status Notification (Failure)",
        multi("report", [
            multi("alternative", [text(D("""

                ** Address not found **

                Your message wasn't delivered to nicholas.tham@example.net because the address couldn't be found, or is unable to receive mail.

                Learn more here: https://support.example.org/mail/?p=NoSuchUser

                The response was:

                550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces.
                """), cs="UTF-8", quoted_cs=False),
                text(html_page('<div style="font-family:Roboto,Arial"><h2>Address not found</h2>'
                               "<p>Your message wasn't delivered to <b>nicholas.tham@example.net</b> because the "
                               "address couldn't be found, or is unable to receive mail.</p></div>"), "html",
                     cs="UTF-8", quoted_cs=False)], style="gmail"),
            raw_part("message/delivery-status", D("""
                Reporting-MTA: dns; mail-out.example.org
                Received-From-MTA: dns; mx.example.com
                Arrival-Date: Wed, 16 Apr 2025 14:00:03 +0800

                Final-Recipient: rfc822; nicholas.tham@example.net
                Action: failed
                Status: 5.1.1
                Remote-MTA: dns; mx1.example.net. (192.0.2.14, the server for the domain example.net.)
                Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.
                Last-Attempt-Date: Wed, 16 Apr 2025 14:00:04 +0800
                """)),
            Part(["Content-Type: message/rfc822"], _o4, "message/rfc822")],
            params='report-type=delivery-status', style="gmail"),
        return_path="", auth=False, extra=["Auto-Submitted: auto-replied"]))

add("en", [], "ignore",
    "Outlook read receipt 'Read:' (multipart/report disposition-notification, displayed)",
    msg(addr("Hannah Lau", "hannah.lau@example.org"), "Read: [PR-2433] Your access request",
        multi("report", [
            text(D("""
                Your message

                  To: Hannah Lau
                  Subject: [PR-2433] Your access request
                  Sent: Tuesday, 22 April 2025 11:02:18 AM (UTC+08:00) Kuala Lumpur, Singapore

                was read on Tuesday, 22 April 2025 11:47:51 AM (UTC+08:00) Kuala Lumpur, Singapore.
                """), cs="us-ascii"),
            raw_part("message/disposition-notification", D("""
                Reporting-UA: SG2PR01MB0000.apcprd01.prod.exchangelabs.example.org; Microsoft Exchange Server
                Final-Recipient: rfc822;hannah.lau@example.org
                Original-Message-ID: <pr-2433-ack@example.com>
                Disposition: automatic-action/MDN-sent-automatically; displayed
                """))], params='report-type=disposition-notification', style="exchange"),
        irt="<pr-2433-ack@example.com>", extra=["X-MS-Exchange-Organization-SCL: -1"]))

add("en", [], "ignore",
    "Not-read receipt (deleted without being read), disposition-notification, from Thunderbird",
    msg(addr("Lucas Ong", "lucas.ong@example.net"), "Not read: Re: [PR-2440] Withdrawal of consent",
        multi("report", [
            text("The message sent on 24/04/2025, 09:30 to lucas.ong@example.net with subject \"Re: [PR-2440] "
                 "Withdrawal of consent\" was deleted without being displayed.\n", cs="UTF-8", quoted_cs=False),
            raw_part("message/disposition-notification", D("""
                Reporting-UA: mail.example.net; Mozilla Thunderbird
                Final-Recipient: rfc822;lucas.ong@example.net
                Original-Message-ID: <pr-2440-done@example.com>
                Disposition: manual-action/MDN-sent-manually; deleted
                """))], params='report-type="disposition-notification"', style="thunderbird"),
        irt="<pr-2440-done@example.com>", mailer="User-Agent: Mozilla Thunderbird"))

add("en", [], "ignore",
    "ticketing-system auto-acknowledgement (Auto-Submitted, X-Autoreply) from a logistics vendor to whom "
    "privacy@ had written",
    msg(addr("Example Logistics Support", "support@logistics.example.net"),
        "[Request #48213] Re: Deletion of ExampleMart customer data - received",
        text(D("""
            ##- Please type your reply above this line -##

            Your request (48213) has been received and is being reviewed by our support staff.

            To add additional comments, reply to this email.

            ----------------------------------------------

            ExampleMart Privacy, 25 Apr 2025, 10:12 SGT

            Hi team, as our processor please delete the delivery records of the customer in ref. PR-2447
            (name, phone, address) from your systems and confirm in writing.

            ----------------------------------------------

            This email is a service from Example Logistics Support.
            """), quoted_cs=False),
        extra=["Auto-Submitted: auto-generated", "X-Autoreply: yes", "Precedence: bulk",
               "X-Mailer: Zendesk Mailer"]))

add("en", [], "ignore",
    "helpdesk auto-acknowledgement with NO machine headers; only the body (ticket number, 'automated "
    "message', quoted deletion request) shows it is automatic",
    msg(addr("Example Travel Help Centre", "help@travel.example.org"),
        "Ticket Received - #TKT-902117 Request to delete customer data",
        text(D("""
            Dear Customer,

            Thank you for contacting Example Travel. This is an automated message to confirm we have received your enquiry and a ticket has been created: #TKT-902117.

            Our team will get back to you within 3-5 working days. Please do not reply to this email as it will re-open your ticket.

            Your message:
            "Please delete all personal data relating to our joint promotion participants (ExampleMart ref. PR-2451) and confirm."

            Warm regards,
            Example Travel Help Centre
            """), cte="quoted-printable"),
        auth=True))

add("en", [], "ignore",
    "Outlook out-of-office with Auto-Submitted and X-Auto-Response-Suppress",
    msg(addr("Clarence Yeo", "clarence.yeo@example.net"), "Automatic reply: [PR-2455] Your correction request",
        outlook(D("""
            Hi,

            Thank you for your email. I am out of the office from 28 April to 2 May 2025 with limited access to email.
            For urgent matters, please contact my colleague Irene at irene.koh@example.net.

            Best regards,
            Clarence
            """), cs="us-ascii"),
        irt="<pr-2455-ack@example.com>",
        extra=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All",
               *outlook_hdrs("[PR-2455] Your correction request")]))

_q = D("""
    Dear Ms Rozario,

    Thank you for your email below. Before we delete your account and personal data, please confirm
    the last four digits of your registered mobile number.

    Data Protection Office
    ExampleMart Pte. Ltd.

    > Please delete my account and all my data. I don't want to be a member anymore.
    > Maria Rozario
    """)
add("en", [], "ignore",
    "out-of-office with NO machine headers at all (plain Re: subject); only the body shows it is automatic; "
    "quoted text contains the customer's deletion request",
    msg(addr("Maria Rozario", "maria.rozario@example.org"), "Re: [PR-2461] Deletion of your account",
        text(D("""
            Thank you for your message. I am currently on annual leave until 19 May 2025 and will not be checking
            email. Your message has not been forwarded. I will respond when I return.

            This is an automatically generated reply.

            Maria Rozario
            Example Healthcare Group

            ________________________________
            From: ExampleMart Privacy <privacy@example.com>
            Sent: Monday, 5 May 2025 2:14 PM
            Subject: Re: [PR-2461] Deletion of your account

            """) + _q, quoted_cs=False),
        irt="<pr-2461-verify@example.com>"))

add("en", [], "ignore",
    "Gmail vacation responder (Auto-Submitted: auto-replied)",
    msg(addr("Zachary Lim", "zach.lim@example.net"), "Re: [PR-2470] Your personal data request",
        gmail(D("""
            Hi! I'm travelling in Japan until 20 May with patchy internet. I'll reply when I'm back.
            Zach
            """)),
        irt="<pr-2470-ack@example.com>", extra=["Auto-Submitted: auto-replied"]))

add("en", [], "ignore",
    "industry newsletter with List-Id/List-Unsubscribe; talks about deletion and access requests and says "
    "'unsubscribe' but is bulk mail",
    msg(addr("Privacy Ops Weekly", "newsletter@privacyops.example.org"),
        "Privacy Ops Weekly #112: handling deletion requests at scale",
        multi("alternative", [text(D("""
            PRIVACY OPS WEEKLY - Issue #112

            1. Deletion requests at scale: why 40% of erasure tickets stall at identity verification
            2. PDPC publishes updated guidance on access request fees
            3. Webinar: "Withdraw consent in one click" - register now

            You are receiving this because you subscribed at privacyops.example.org.
            Unsubscribe: https://privacyops.example.org/u/7d1f0a
            """), cte="7bit"),
            text(html_page("<h1>Privacy Ops Weekly #112</h1><ol><li>Deletion requests at scale</li>"
                           "<li>PDPC guidance on access request fees</li><li>Webinar: Withdraw consent in one "
                           "click</li></ol><p><a href=\"https://privacyops.example.org/u/7d1f0a\">Unsubscribe</a>"
                           "</p>"), "html", cte="quoted-printable")]),
        to="privacy@example.com",
        extra=["List-Id: Privacy Ops Weekly <weekly.privacyops.example.org>",
               "List-Unsubscribe: <https://privacyops.example.org/u/7d1f0a>, <mailto:unsub@privacyops.example.org>",
               "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "Precedence: bulk"]))

add("en", [], "ignore",
    "partner marketplace promo newsletter (List-Id), HTML with preheader, base64",
    msg(addr("ShopLink Partners", "hello@shoplink.example.net"), "\u26a1 Mid-year sale: boost your listings 30% off",
        multi("alternative", [
            text("Mid-year sale for ShopLink partners - boost your listings at 30% off until 30 June.\n"
                 "Manage preferences or unsubscribe: https://shoplink.example.net/prefs\n", cte="base64"),
            text(html_page('<div style="display:none">Boost your listings at 30% off</div>'
                           '<table width="600"><tr><td><h1 style="color:#e4572e">Mid-year sale \u26a1</h1>'
                           "<p>Boost your listings at 30% off until 30 June.</p>"
                           '<p style="font-size:11px">ShopLink Pte Ltd, 1 Example Street. '
                           '<a href="https://shoplink.example.net/prefs">Unsubscribe</a></p></td></tr></table>'),
                 "html", cte="base64")]),
        to="privacy@example.com",
        extra=["List-Id: <partners.shoplink.example.net>", "List-Unsubscribe: <https://shoplink.example.net/prefs>",
               "Precedence: bulk", "X-Campaign-ID: mys-2025-06"]))

add("en", [], "ignore",
    "phishing flagged X-Spam-Flag: YES ('mailbox will be deactivated')",
    msg(addr("Mail Administrator", "admin@secure-mail.example.net"), "Action required: privacy@example.com will be deactivated",
        text(html_page("<p>Dear privacy@example.com,</p><p>Your mailbox has exceeded its storage limit and will "
                       "be <b>deactivated within 24 hours</b>. To keep your messages, verify your account "
                       "below.</p><p><a href=\"http://secure-mail.example.net/verify\">VERIFY NOW</a></p>"),
             "html", cte="quoted-printable"),
        extra=["X-Spam-Flag: YES", "X-Spam-Score: 12.4",
               "X-Spam-Status: Yes, score=12.4 required=5.0 tests=HTML_MESSAGE,PHISH_URI,URIBL_BLACK"]))

add("en", [], "ignore",
    "spam flagged X-Spam-Flag: YES that imitates a deletion/access request with a link to 'the request "
    "document'",
    msg(addr("Legal Department", "legal.notice@example.net"), "URGENT: Data deletion request - response required",
        text(D("""
            Attention Data Protection Officer,

            On behalf of our client we demand deletion of all personal data and a copy of the records you hold.
            Failure to respond within 48 hours will result in legal action.

            The signed request document is available here: http://docs-share.example.net/req/88a1
            (password: 2025)
            """)),
        extra=["X-Spam-Flag: YES", "X-Spam-Status: Yes, score=9.8 required=5.0 tests=FREEMAIL_FROM,URI_PHISH"]))

add("en", [], "ignore",
    "Exchange delivery receipt 'Delivered:' (multipart/report, Action: delivered)",
    msg(addr("Microsoft Outlook", "postmaster@example.org"), "Delivered: [PR-2480] Confirmation of account closure",
        multi("report", [
            text(D("""
                Your message has been delivered to the following recipients:

                Wendy Kho (wendy.kho@example.org)

                Subject: [PR-2480] Confirmation of account closure
                """), cs="us-ascii"),
            raw_part("message/delivery-status", D("""
                Reporting-MTA: dns;SG2PR01MB0000.apcprd01.prod.exchangelabs.example.org

                Final-Recipient: rfc822;wendy.kho@example.org
                Action: delivered
                Status: 2.0.0
                """)),
            raw_part("text/rfc822-headers", D("""
                From: ExampleMart Privacy <privacy@example.com>
                To: Wendy Kho <wendy.kho@example.org>
                Subject: [PR-2480] Confirmation of account closure
                Message-ID: <pr-2480-done@example.com>
                Return-Receipt-To: privacy@example.com
                """))], params='report-type=delivery-status', style="exchange"),
        return_path="", auth=False, extra=["Auto-Submitted: auto-replied"]))


# =================================================================== CHINESE
# ---- Simplified -------------------------------------------------------------
add("zh", ["deletion", "cancellation"], "ticket",
    "Simplified Chinese, GB2312: 注销账户及会员资格 + 删除全部个人信息 (地址/购物记录/支付信息)",
    msg(addr("陈志明", "chenzm@example.net", "gb2312"), "申请注销账户并删除个人信息",
        text(D("""
            您好：

            本人陈志明，注册手机号 9123 8876，会员号 EMR-3321-0457。由于本人已不再使用贵司的网购服务，现申请：

            一、注销我的 ExampleMart 账户及会员资格；
            二、删除贵司保存的我的全部个人信息，包括收货地址、购物记录和支付信息。

            办理完毕后请以电子邮件通知我。谢谢！

            陈志明
            2025年5月20日
            """), cs="gb2312", cte="base64"),
        subj_cs="gb2312"))

add("zh", ["withdrawal"], "ticket",
    "Simplified; negation: 不要注销账号, only stop promotional SMS and push; order notices OK",
    msg(addr("刘佳", "liujia.sg@example.net"), "别再发促销短信了",
        gmail(D("""
            你好，

            我不要注销账号，还要继续用app买东西。只是请你们不要再给我发促销短信和推送了，每天好几条，真的很烦。订单和配送的通知可以保留。

            谢谢
            刘佳
            """), cte="base64")))

add("zh", ["withdrawal"], "ticket",
    "Simplified, Foxmail GB18030: 关闭个性化推荐 + 撤回对向第三方合作伙伴共享数据用于营销的同意",
    msg(addr("赵磊", "zhaolei@example.org", "gb18030"), "关于个性化推荐和数据共享",
        text(D("""
            ExampleMart 隐私团队：

            您好！我发现 App 首页一直根据我的浏览记录推荐商品，请帮我关闭个性化推荐。

            另外，注册时勾选的“同意与合作伙伴共享信息用于营销”，我现在撤回这项同意，请不要再把我的资料提供给任何合作伙伴。

            账号本身继续使用，谢谢。

            赵磊
            """), cs="gb18030", cte="base64"),
        subj_cs="gb18030", mailer="Foxmail 7.2.25.254[cn]"))

add("zh", ["access"], "ticket",
    "Simplified in GBK (name 王喆 is not in GB2312): formal access request incl. use/disclosure in past year",
    msg(addr("王喆", "wangzhe@example.net", "gbk"), "个人资料查阅申请",
        text(D("""
            ExampleMart 数据保护官：

            本人王喆，根据新加坡《个人数据保护法》，请求查阅贵公司持有的关于我的个人数据，并告知过去一年内这些数据被如何使用，以及曾向哪些第三方披露。

            我的注册邮箱即本邮件地址。如需核实身份，请告知需要提供哪些材料。

            此致
            王喆
            """), cs="gbk", cte="base64"),
        subj_cs="gbk"))

add("zh", ["correction"], "ticket",
    "Simplified: 更新收货地址 + 更正英文名字拼写",
    msg(addr("周心怡", "zhouxinyi@example.net", "raw"), "地址和名字要改一下",
        text(D("""
            你好，

            我搬家了，麻烦帮我把账户里的地址改成：
            Blk 712 Example Drive 8, #11-305, Singapore 730712

            另外我的英文名拼错了，应该是 Zhou Xinyi，不是 Zhou Xinyu。会员卡上的名字也请一起改。

            谢谢！
            周心怡
            """), quoted_cs=False), subj_mode="raw"))

add("zh", ["deletion"], "ticket",
    "Simplified: staff forwards a WeChat customer-service message; the customer asks to delete purchase and "
    "browsing history but keep the account",
    msg(addr("Cindy Huang (Customer Service)", "cindy.huang@example.com"), "FW: 微信客服留言 - 删除记录",
        outlook(D("""
            Hi Privacy team，

            以下是客户昨天在微信客服留言的内容，麻烦跟进。客户注册手机：8866 1203。

            Thanks,
            Cindy

            ---- 客户留言 (2025-05-18 21:47) ----
            你们好，请把我的购物记录和浏览记录都删掉，账号先留着，以后可能还会用。谢谢。
            """)),
        extra=outlook_hdrs("FW: 微信客服留言 - 删除记录")))

add("zh", ["withdrawal", "cancellation"], "ticket",
    "Simplified, on behalf of mother with signed authorisation (JPG, RFC 2231 Chinese filename): 取消会员资格 + "
    "停止电话推销",
    msg(addr("李强", "liqiang@example.org"), "代母亲办理：取消会员及停止推销电话",
        multi("mixed", [text(D("""
            您好，

            我妈妈李秀英（会员卡号 EMR-5012-7730）不会用电脑，委托我来办理以下事项：

            1. 取消她的 ExampleMart 会员资格；
            2. 以后不要再打电话给她推销产品。

            她签名的授权书已附上。有问题请联系我：9022 6418。

            李强
            """), cte="base64"), attach("授权书_李秀英.jpg", "image/jpeg", fake_jpg("auth-lxy"))])))

add("zh", ["withdrawal", "cancellation"], "ticket",
    "Simplified mixed with English: unsubscribe all promo email/SMS + close the account (moved away)",
    msg(addr("Ivy 孙", "ivy.sun@example.net"), "unsubscribe + close account",
        text(D("""
            Hi 你好，我想 unsubscribe 所有的 promo email 和 SMS，然后帮我把 account 关掉 (close)，我已经搬回国了，不会再在新加坡买东西。

            Thanks!
            Ivy
            """), cte="quoted-printable", quoted_cs=False),
        mailer="iPhone Mail (22E240)"))

add("zh", ["access", "correction"], "ticket",
    "Simplified web-form notification (Chinese form): 请求类型 查阅+更正: fix birthday and send a copy of data",
    msg(addr("ExampleMart 隐私表单", "no-reply@example.com"), "[隐私请求] 新提交 #PF-50377",
        text(D("""
            隐私请求表单 - 新提交

            编号：PF-50377
            提交时间：2025-05-21 13:05
            姓名：黄丽萍
            电子邮箱：huang.liping@example.net
            手机：9450 3317
            请求类型：查阅个人数据；更正个人数据
            详细说明：请把我账户里的生日从1988-11-02改为1988-02-11，并发给我一份你们保存的我的个人资料。

            此邮件由网站自动发送。
            """)),
        reply_to="huang.liping@example.net"))

add("zh", ["deletion"], "ticket",
    "Simplified one-liner on top of a quoted English customer-service thread: delete all saved delivery addresses",
    msg(addr("吴敏", "wumin@example.net"), "Re: Delivery issue for order EM-2025-125560",
        gmail(D("""
            请删除我账户里保存的所有收货地址（三个），以后每次下单我自己填。谢谢。
            """), quoted=("On Mon, 12 May 2025 at 16:30, ExampleMart Care <care@example.com> wrote:", D("""
            Dear Ms Wu,

            We are sorry that your order EM-2025-125560 was delivered to your old address. The driver used the
            default address saved in your account. We have issued a $5 voucher for the inconvenience.

            Best regards,
            ExampleMart Customer Care
            """)), cte="base64")))

add("zh", [], "human",
    "Simplified hypothetical: 如果注销账户，积分和优惠券怎么办，还没决定",
    msg(addr("郑雅文", "zhengyawen@example.net"), "注销账户的问题",
        text(D("""
            请问，如果我注销账户的话，账户里剩下的积分和优惠券会怎么处理？可以先转给家人吗？

            我还没决定要不要注销，先了解一下。谢谢。
            """), quoted_cs=False)))

add("zh", [], "human",
    "Simplified complaint (suspects a leak, threatens PDPC complaint); no explicit request to stop or delete",
    msg(addr("马俊", "majun88@example.org", "gb2312"), "你们是不是泄露了我的信息？",
        text(D("""
            最近我天天接到自称是你们“合作伙伴”的推销电话，他们知道我的名字、地址，还知道我上个月在你们这里买了婴儿奶粉。

            这些信息只有你们有，肯定是你们泄露的！太过分了，我要向PDPC投诉！
            """), cs="gb2312", cte="8bit"),
        subj_cs="gb2312"))

add("zh", [], "human",
    "Simplified request for someone else's data (husband's purchase records)",
    msg(addr("林芳", "linfang@example.net"), "查询购买记录",
        gmail(D("""
            你好，我怀疑我老公用我们的信用卡在你们这里买东西，请把他账户最近三个月的购买记录发给我。他的手机号是 9133 0287，账号邮箱 lin.wei.gz@example.net。

            谢谢
            """), cte="base64")))

add("zh", [], "ignore",
    "Simplified auto-reply (GB2312 subject '自动回复', Auto-Submitted)",
    msg(addr("何建华", "hejianhua@example.org", "gb2312"), "自动回复: 回复：[PR-2486] 您的个人资料查阅申请",
        text(D("""
            您好，我正在休假，5月26日返回办公室，期间不方便查看邮件。紧急事务请联系 9088 1123。

            【此邮件为自动回复】
            """), cs="gb2312", cte="base64"),
        subj_cs="gb2312", irt="<pr-2486-ack@example.com>", extra=["Auto-Submitted: auto-replied"]))

add("zh", [], "ignore",
    "Simplified spam (代开发票) flagged X-Spam-Flag: YES",
    msg(addr("财务部", "fapiao888@example.net", "gb2312"), "代开各地正规发票 优惠点数",
        text(D("""
            贵公司负责人/财务：

            本公司长期代开各地增值税发票、普通发票，点数优惠，可先验票后付款。

            联系人：陈经理  电话：138-0000-0000  微信同号

            如有打扰，敬请谅解。
            """), cs="gb2312", cte="base64"),
        subj_cs="gb2312",
        extra=["X-Spam-Flag: YES", "X-Spam-Status: Yes, score=15.1 required=5.0 tests=CN_BODY_332,INVOICE_SPAM"]))

# ---- Traditional ------------------------------------------------------------
add("zh", ["deletion", "cancellation"], "ticket",
    "Traditional Chinese, Big5: 註銷帳戶 + 刪除所有個人資料 (地址/電話/購物紀錄)",
    msg(addr("張家豪", "chang.jh@example.net", "big5"), "申請刪除帳戶及個人資料",
        text(D("""
            您好：

            本人張家豪（會員編號 EMR-5520-1184），因已不再使用貴公司的服務，請協助：

            1. 註銷我的帳戶；
            2. 刪除貴公司所保存的我的所有個人資料，包括地址、電話及購物紀錄。

            完成後請來信告知。謝謝。

            張家豪 敬上
            """), cs="big5", cte="base64"),
        subj_cs="big5"))

add("zh", ["withdrawal"], "ticket",
    "Traditional, HTML-only: 停止寄送電子報及推廣簡訊 (app opt-out did not work)",
    msg(addr("許雅婷", "hsu.yating@example.org"), "請停止寄送電子報",
        text(html_page('<div style="font-family:微軟正黑體">'
                       "<p>您好，</p><p>請停止寄送電子報及推廣簡訊給我，謝謝。</p>"
                       "<p>我已經在 App 裡面取消勾選了，但還是一直收到。</p><p>許雅婷</p></div>"),
             "html", cte="quoted-printable")))

add("zh", ["access"], "ticket",
    "Traditional (Taiwan phrasing) in Big5 quoted-printable: 查詢/閱覽並製給複製本 of own personal data",
    msg(addr("林志偉", "lin.chihwei@example.net", "big5"), "個人資料查詢申請",
        text(D("""
            ExampleMart 客服及個資窗口 您好：

            本人為貴公司會員（註冊信箱即本信箱）。本人請求查詢及閱覽貴公司所蒐集、保存之本人個人資料，並請製給複製本，包括帳戶資料、訂單紀錄及行銷名單上的資料。

            如需身分驗證，請告知應提供之文件。

            林志偉
            """), cs="big5", cte="quoted-printable"),
        subj_cs="big5"))

add("zh", ["correction"], "ticket",
    "Traditional: correct romanised name to match passport (CHEN I-TING)",
    msg(addr("陳怡婷", "chen.iting@example.net"), "更正英文姓名",
        text(D("""
            您好，

            我的英文姓名在會員資料中被寫成「CHEN YI-TING」，正確應為「CHEN I-TING」（與護照相同）。因為到取貨點領包裹時需要核對證件，麻煩協助更正。

            謝謝！
            陳怡婷
            """), cte="quoted-printable", quoted_cs=False),
        mailer="Apple Mail (2.3774.500.171.1.1)"))

add("zh", ["withdrawal", "cancellation"], "ticket",
    "Cantonese (Traditional characters) mixed with English: cancel membership + stop promo email/SMS",
    msg(addr("Kelvin Chan", "kelvin.chan.hk@example.net"), "cancel membership",
        text(D("""
            你好，唔該幫我cancel咗個membership，之後都唔好再send啲promotion email同SMS俾我，thx。

            Kelvin
            """), cte="base64", quoted_cs=False)))

add("zh", ["withdrawal"], "ticket",
    "Traditional: 撤回同意 App 收集位置資料; account kept",
    msg(addr("黃偉倫", "wong.wailun@example.org"), "撤回位置資料的同意",
        gmail(D("""
            ExampleMart 私隱事務部：

            本人現撤回同意貴公司的 App 收集及使用我的位置資料，請即停止。帳戶我會繼續使用，只是不希望被追蹤位置。

            黃偉倫
            """), cte="base64")))

add("zh", ["deletion"], "ticket",
    "Traditional reply above a quoted newsletter-style message (no List-Id on this message): 刪除瀏覽紀錄及搜尋紀錄",
    msg(addr("蔡佩君", "tsai.peichun@example.net"), "Re: 為您推薦：本週精選好物",
        gmail(D("""
            請把你們保存的我的瀏覽紀錄和搜尋紀錄全部刪除。推薦的東西太準了，有點可怕。
            """), quoted=("ExampleMart <news@example.com> 於 2025年5月9日 週五 上午10:00寫道：", D("""
            蔡佩君 您好，根據您最近瀏覽的商品，我們為您精選了以下好物：
            - 有機燕麥片 1kg
            - 嬰兒濕紙巾 80抽 x 6
            查看更多 >
            """)), cte="base64")))

add("zh", ["access", "correction"], "ticket",
    "Traditional: secretary forwards her boss's instruction; request itself = update delivery address + copy "
    "of personal data (authority to be checked by the ticket)",
    msg(addr("Amy 吳", "amy.ng@example.org"), "轉寄：ExampleMart 會員資料",
        outlook(D("""
            Privacy 部門您好，

            代本公司董事長王大明先生轉達（原文如下）：請更正其會員資料中的送貨地址，並提供貴公司持有其個人資料之副本。新地址為：8 Example Hill Road, Singapore 248000。王先生的授權書將另行寄送。

            吳秘書 敬上

            -----Original Message-----
            From: David Wong <david.wong@example.org>
            Sent: Tuesday, 20 May 2025 8:12 AM
            To: Amy Ng <amy.ng@example.org>
            Subject: ExampleMart

            Amy, pls ask ExampleMart to update my address to the Example Hill one and send me whatever data they have on me. Thx. DW
            """)),
        extra=outlook_hdrs("ExampleMart 會員資料")))

add("zh", ["cancellation"], "ticket",
    "Traditional, Big5 with Big5 B-encoded subject: 註銷帳號 only; explicitly no need to delete records kept by law",
    msg(addr("鄭文傑", "cheng.wj@example.net", "big5"), "註銷帳號",
        text(D("""
            你好，

            我要註銷我的 ExampleMart 帳號（cheng.wj@example.net）。
            購物紀錄你們依法要保存的就保存，不用特別刪除，只要帳號關掉就好。

            鄭文傑
            """), cs="big5", cte="8bit"),
        subj_cs="big5"))

add("zh", [], "human",
    "Traditional chaser in thread PR-2307: asks for progress only",
    msg(addr("楊淑芬", "yang.shufen@example.net"), "Re: [PR-2307] 您的個人資料刪除申請",
        text(D("""
            您好，已經兩個多星期了，請問我的申請處理得怎麼樣？麻煩回覆一下進度。

            楊淑芬

            ExampleMart Privacy <privacy@example.com> 於 2025年4月28日 寫道：
            > 楊女士您好，我們已收到您刪除個人資料的申請（編號 PR-2307），將於30天內回覆。
            > ExampleMart 資料保護辦公室
            """), quoted_cs=False),
        irt="<pr-2307-ack@example.com>"))

add("zh", [], "human",
    "Traditional question only: does an access request cost money and how long does it take",
    msg(addr("羅家明", "law.kaming@example.org"), "查閱個人資料的查詢",
        text(D("""
            你好，想請問如果我要求查閱你們持有的我的個人資料，需要收費嗎？大概要多久才會收到？

            謝謝
            """), cte="base64", quoted_cs=False)))

add("zh", [], "human",
    "Traditional thank-you reply in thread PR-2352 after account closure confirmation",
    msg(addr("Tsang Mei Ling 曾美玲", "tsang.meiling@example.net"), "回覆: [PR-2352] 帳戶已註銷確認",
        gmail(D("""
            收到，謝謝你們的處理，辛苦了！
            """), quoted=("ExampleMart Privacy <privacy@example.com> 於 2025年5月2日 寫道：",
                          "曾女士您好，您的帳戶已於今日註銷（編號 PR-2352）。\nExampleMart 資料保護辦公室\n")),
        irt="<pr-2352-done@example.com>"))

add("zh", [], "ignore",
    "Traditional out-of-office with NO machine headers (subject just '回覆:'); only the body says it is automatic",
    msg(addr("周嘉欣", "chow.kayan@example.org"), "回覆: [PR-2391] 您的個人資料查閱申請",
        text(D("""
            您好，

            我目前休假中，將於6月3日返回辦公室，期間無法即時回覆郵件。
            此為系統自動回覆，請勿直接回信。

            周嘉欣
            """), quoted_cs=False),
        irt="<pr-2391-ack@example.com>"))

_o5 = ours("Lai Chun Kit <lai.ck@example.net>", "Re: [PR-2396] 帳戶註銷確認", D("""
    Dear Mr Lai,

    Your account has been closed as requested (ref. PR-2396).

    Data Protection Office
    ExampleMart Pte. Ltd.
    """), "<pr-2396-done@example.com>", "Fri, 23 May 2025 11:00:00 +0800")
add("zh", [], "ignore",
    "Traditional-Chinese bounce from a mail server (Big5 notification) as multipart/report with delivery-status",
    msg(addr("系統管理員", "postmaster@example.net", "big5"), "退信通知：無法投遞的郵件",
        multi("report", [
            text(D("""
                這是系統自動產生的退信通知，請勿回覆。

                您寄出的郵件無法送達以下收件人：

                    lai.ck@example.net
                    原因：收件人信箱不存在 (550 5.1.1 User unknown)

                原始郵件已附於後。
                """), cs="big5", cte="base64"),
            raw_part("message/delivery-status", D("""
                Reporting-MTA: dns; mail.example.net
                Arrival-Date: Fri, 23 May 2025 11:00:02 +0800

                Final-Recipient: rfc822; lai.ck@example.net
                Action: failed
                Status: 5.1.1
                Diagnostic-Code: smtp; 550 5.1.1 User unknown
                """)),
            Part(["Content-Type: message/rfc822"], _o5, "message/rfc822")],
            params='report-type=delivery-status'),
        subj_cs="big5", return_path="", auth=False))

add("zh", [], "ignore",
    "Traditional partner newsletter (電子報) with List-Id and List-Unsubscribe",
    msg(addr("樂購生活誌", "edm@lifestyle.example.net"), "【樂購生活誌】五月號：母親節好禮推薦",
        multi("alternative", [
            text("樂購生活誌 五月號\n母親節好禮推薦 / 會員限定折扣\n取消訂閱：https://lifestyle.example.net/unsub\n",
                 cte="base64"),
            text(html_page("<h2>樂購生活誌 五月號</h2><p>母親節好禮推薦，會員限定折扣！</p>"
                           '<p><a href="https://lifestyle.example.net/unsub">取消訂閱</a></p>'),
                 "html", cte="base64")]),
        extra=["List-Id: lifestyle-edm <edm.lifestyle.example.net>",
               "List-Unsubscribe: <https://lifestyle.example.net/unsub>", "Precedence: bulk"]))


# ===================================================================== MALAY
add("ms", ["deletion", "cancellation"], "ticket",
    "formal Malay letter: tutup akaun + padam semua data peribadi (alamat, telefon, sejarah pembelian)",
    msg(addr("Ahmad Faizal bin Osman", "faizal.osman@example.net"),
        "Permohonan menutup akaun dan memadam data peribadi",
        text(D("""
            Tuan/Puan,

            PERMOHONAN UNTUK MENUTUP AKAUN DAN MEMADAM DATA PERIBADI

            Saya, Ahmad Faizal bin Osman (no. ahli EMR-6630-1942), dengan ini memohon agar pihak tuan/puan:

            1. menutup akaun ExampleMart saya; dan
            2. memadam semua data peribadi saya yang disimpan oleh syarikat, termasuk alamat, nombor telefon
               dan sejarah pembelian.

            Sila maklumkan kepada saya melalui e-mel ini setelah permohonan ini selesai diproses.

            Sekian, terima kasih.

            Yang benar,
            Ahmad Faizal bin Osman
            """))))

add("ms", ["withdrawal"], "ticket",
    "Manglish, casual: stop promo SMS",
    msg(addr("Aina", "aina.z@example.net"), "sms promo",
        text(D("""
            Hai, boleh tolong stop hantar SMS promo kat no saya 9133 2071? Dah la hari2 hantar, tak nak dah. TQ
            """), quoted_cs=False)))

add("ms", ["access"], "ticket",
    "Malay access request incl. how data was used/disclosed in the past year; quoted-printable",
    msg(addr("Nor Hidayah Kamal", "hidayah.kamal@example.org"), "Permohonan salinan data peribadi",
        text(D("""
            Salam sejahtera,

            Saya ingin memohon salinan data peribadi saya yang disimpan oleh ExampleMart, serta maklumat tentang
            bagaimana data tersebut telah digunakan atau didedahkan dalam tempoh setahun yang lalu.

            Alamat e-mel berdaftar: hidayah.kamal@example.org
            No. telefon: 8290 4415

            Terima kasih.
            Nor Hidayah
            """), cte="quoted-printable")))

add("ms", ["correction"], "ticket",
    "Malay: update address and phone number",
    msg(addr("Mohd Ridzuan", "ridzuan.m@example.net"), "Kemas kini alamat dan nombor telefon",
        gmail(D("""
            Assalamualaikum,

            Alamat saya telah bertukar. Sila kemas kini alamat dalam akaun saya kepada:
            Blk 418 Example Street 41, #06-77, Singapore 730418

            Nombor telefon baharu saya ialah 8712 0096.

            Terima kasih,
            Mohd Ridzuan
            """))))

add("ms", ["deletion"], "ticket",
    "Malay negation: jangan tutup akaun, only delete the saved credit card (card lost)",
    msg(addr("Siti Mariam", "sitimariam@example.net"), "Padam kad kredit",
        text(D("""
            Hi,

            Jangan tutup akaun saya ya. Saya cuma nak kad kredit yang tersimpan dalam akaun (hujung 8812) dipadam
            sebab kad tu dah hilang. Dalam app tak boleh buang sendiri.

            Terima kasih
            Mariam
            """), cte="quoted-printable", quoted_cs=False),
        mailer="iPhone Mail (22D82)"))

add("ms", ["withdrawal", "cancellation"], "ticket",
    "Malay on behalf of mother (not good with email): batalkan keahlian Rewards + stop catalogues/marketing",
    msg(addr("Khairul Anuar", "khairul.anuar@example.org"), "Bagi pihak ibu saya - Puan Rohani",
        gmail(D("""
            Salam,

            Saya menulis bagi pihak ibu saya, Puan Rohani binti Said (no. ahli EMR-3398-2051). Dia tak pandai guna e-mel jadi dia minta saya tolong.

            Dia mahu:
            - batalkan keahlian ExampleMart Rewards dia; dan
            - berhenti hantar katalog dan SMS promosi kepada dia.

            Kalau perlu surat kebenaran, saya boleh hantar. Nombor saya 9650 1148.

            Terima kasih,
            Khairul
            """))))

add("ms", ["deletion", "withdrawal"], "ticket",
    "Malay web-form notification: Jenis permintaan = Tarik balik persetujuan, and the message also asks to "
    "delete search history",
    msg(addr("ExampleMart Borang Privasi", "no-reply@example.com"), "[Borang privasi] Penghantaran baharu #PF-50402",
        text(D("""
            Penghantaran baharu daripada borang privasi (Bahasa Melayu)

            No. rujukan:       PF-50402
            Nama:              Zulkifli bin Hassan
            E-mel:             zul.hassan@example.net
            Telefon:           9021 7783
            Jenis permintaan:  Tarik balik persetujuan
            Butiran:           Saya tak mahu terima e-mel pemasaran lagi. Dan tolong padamkan sejarah carian
                               saya dalam app.
            """)),
        reply_to="zul.hassan@example.net"))

add("ms", ["withdrawal"], "ticket",
    "Malay reply above a quoted promotional newsletter (this message has no List-Id): keluarkan saya dari senarai mel",
    msg(addr("Farah Nadia", "farah.nadia@example.net"), "Re: Jualan Raya! Diskaun sehingga 50%",
        gmail(D("""
            Tolong keluarkan saya daripada senarai mel ni. Terima kasih.
            """), quoted=("Pada Jum, 28 Mac 2025 pada 9:00 PG, ExampleMart <news@example.com> menulis:", D("""
            Jualan Raya kini bermula! Diskaun sehingga 50% untuk kuih raya, pakaian dan barangan rumah.
            Beli sekarang di aplikasi ExampleMart.
            Untuk berhenti melanggan, klik di sini.
            """)))))

add("ms", ["access", "correction"], "ticket",
    "Manglish: wants to know what data is kept (suspects a leak) + correct date of birth",
    msg(addr("Jessica Lim", "jess.lim@example.net"), "data I",
        text(D("""
            Hi ExampleMart, saya nak tahu apa data you all simpan pasal I, sebab I dapat call dari orang yang tahu I beli barang baby kat sini. Please hantar kat I apa yang ada dalam sistem.

            Lagi satu, tarikh lahir I salah dalam profile, patut 12/08/1992. Tolong betulkan.

            Thanks,
            Jess
            """), quoted_cs=False)))

add("ms", [], "human",
    "Malay hypothetical question: if I withdraw consent will I still get the birthday voucher",
    msg(addr("Hafiz", "hafiz.rahim@example.org"), "Soalan tentang baucar",
        text(D("""
            Salam, kalau saya tarik balik persetujuan untuk pemasaran, adakah saya masih akan dapat baucar hari jadi
            setiap tahun? Saya belum buat keputusan lagi.
            """), quoted_cs=False)))

add("ms", [], "human",
    "Malay complaint: account was closed without notice, points lost; no request",
    msg(addr("Rosnah Ali", "rosnah.ali@example.net"), "Kenapa akaun saya ditutup??",
        gmail(D("""
            Kenapa akaun saya ditutup tanpa sebarang notis?? Mata ganjaran saya lebih 8,000 hilang macam tu je. Saya tak pernah minta tutup akaun. Sangat mengecewakan.

            Rosnah
            """))))

add("ms", [], "human",
    "Malay chaser on PR-2412: asks for status only",
    msg(addr("Azlan Ismail", "azlan.ismail@example.net"), "Re: [PR-2412] Permohonan pemadaman data",
        text(D("""
            Tuan/Puan,

            Susulan permohonan saya bertarikh 14 April 2025 (rujukan PR-2412), sehingga kini saya belum menerima
            sebarang maklum balas. Mohon dimaklumkan status permohonan tersebut.

            Terima kasih.
            Azlan Ismail

            Pada 14/4/2025, ExampleMart Privacy menulis:
            > Terima kasih. Permohonan anda telah diterima (rujukan PR-2412).
            """)),
        irt="<pr-2412-ack@example.com>"))

add("ms", [], "ignore",
    "Malay Outlook 'Balasan Automatik' with Auto-Submitted",
    msg(addr("Nurul Izzah", "nurul.izzah@example.org"), "Balasan Automatik: [PR-2493] Permohonan anda",
        outlook(D("""
            Terima kasih atas e-mel anda. Saya sedang bercuti dan akan kembali pada 2 Jun 2025.
            Untuk perkara segera, sila hubungi pejabat di 6011 3344.
            """), cs="us-ascii"),
        irt="<pr-2493-ack@example.com>",
        extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"]))

add("ms", [], "ignore",
    "Malay helpdesk auto-acknowledgement with NO machine headers (body says it is automatically generated)",
    msg(addr("Khidmat Pelanggan Example Insurans", "khidmat@insurans.example.org"),
        "Tiket #INS-55102: Kami telah menerima e-mel anda",
        text(D("""
            Pelanggan yang dihormati,

            Terima kasih kerana menghubungi Example Insurans. E-mel anda telah diterima dan nombor tiket anda ialah
            INS-55102. Pegawai kami akan menghubungi anda dalam masa 3 hari bekerja.

            Ini adalah e-mel yang dijana secara automatik. Sila jangan balas e-mel ini.

            Example Insurans Berhad
            """), quoted_cs=False)))


# ================================================================ INDONESIAN
add("id", ["deletion", "cancellation"], "ticket",
    "formal Indonesian: hapus akun + seluruh data pribadi",
    msg(addr("Rizky Pratama", "rizky.pratama@example.net"), "Permohonan penghapusan akun dan data pribadi",
        text(D("""
            Dengan hormat,

            Saya, Rizky Pratama, pemilik akun ExampleMart dengan email rizky.pratama@example.net, bermaksud untuk
            menghapus akun saya beserta seluruh data pribadi saya yang tersimpan di sistem ExampleMart (nama,
            alamat, nomor telepon, dan riwayat transaksi).

            Mohon konfirmasi melalui email apabila permintaan ini telah diproses.

            Hormat saya,
            Rizky Pratama
            """), cte="quoted-printable")))

add("id", ["withdrawal"], "ticket",
    "casual Indonesian ('min', 'udah'): stop newsletter and promo push notifications",
    msg(addr("Putri Ayu", "putri.ayu@example.net"), "stop promo",
        text(D("""
            Min, tolong stop kirim newsletter sama notif promo ya. Udah kebanyakan, HP saya penuh notif terus 😩
            Makasih!
            """), cte="base64", quoted_cs=False)))

add("id", ["access"], "ticket",
    "Indonesian access request citing UU PDP (Indonesian data law; company is Singaporean) - still access",
    msg(addr("Andi Saputra", "andi.saputra@example.org"), "Permintaan salinan data pribadi",
        gmail(D("""
            Kepada Yth. Petugas Pelindungan Data ExampleMart,

            Berdasarkan hak saya sebagai subjek data (UU No. 27 Tahun 2022 dan PDPA Singapura), saya meminta salinan data pribadi saya yang Anda simpan, termasuk informasi dengan pihak mana saja data tersebut dibagikan.

            Email akun: andi.saputra@example.org

            Terima kasih,
            Andi Saputra
            """))))

add("id", ["correction"], "ticket",
    "Indonesian: fix full name and date of birth",
    msg(addr("Dewi Lestari", "dewi.lestari@example.net"), "Perbaikan nama dan tanggal lahir",
        text(D("""
            Halo ExampleMart,

            Nama saya di akun tertulis "Dewi Lestari Putri", seharusnya "Dewi Lestari Putri Wijaya" sesuai paspor.
            Tanggal lahir juga salah: tertulis 05-09-1994, yang benar 09-05-1994. Mohon diperbaiki.

            Terima kasih,
            Dewi
            """), quoted_cs=False)))

add("id", ["deletion"], "ticket",
    "Indonesian negation: jangan hapus akun, only delete search history and product-video watch history",
    msg(addr("Bayu Nugroho", "bayu.nugroho@example.net"), "Hapus riwayat pencarian",
        gmail(D("""
            Halo,

            Akun saya jangan dihapus ya, masih saya pakai. Saya cuma minta riwayat pencarian dan riwayat tontonan video produk di akun saya dihapus dari sistem kalian.

            Thanks,
            Bayu
            """))))

add("id", ["access", "deletion"], "ticket",
    "Indonesian law-firm letter on behalf of a client (PDF power of attorney attached): copy of data, then erasure",
    msg(addr("Kantor Hukum Example & Rekan", "advokat@hukum.example.org"),
        "Permintaan atas nama klien kami, Sdr. Budi Santoso",
        multi("mixed", [text(D("""
            Dengan hormat,

            Kami bertindak untuk dan atas nama klien kami, Sdr. Budi Santoso (email akun: budi.s@example.net),
            berdasarkan Surat Kuasa Khusus terlampir.

            Dengan ini klien kami meminta:
            1. salinan seluruh data pribadi klien kami yang diproses oleh ExampleMart Pte. Ltd.; dan
            2. setelah salinan tersebut diberikan, penghapusan data pribadi klien kami dari sistem Anda.

            Mohon tanggapan dalam waktu 30 hari.

            Hormat kami,
            Siti Rahayu, S.H.
            Kantor Hukum Example & Rekan
            """), cte="quoted-printable"),
            attach("Surat_Kuasa_Budi_Santoso.pdf", "application/pdf", fake_pdf("Surat Kuasa"))])))

add("id", ["withdrawal"], "ticket",
    "Indonesian HTML-only: withdraw consent for personalised ads",
    msg(addr("Mega Sari", "mega.sari@example.net"), "Iklan yang dipersonalisasi",
        text(html_page("<p>Halo tim ExampleMart,</p><p>Saya menarik persetujuan saya untuk penggunaan data saya "
                       "untuk iklan yang dipersonalisasi, baik di aplikasi maupun di media sosial. Mohon dinonaktifkan "
                       "untuk akun saya.</p><p>Salam,<br>Mega</p>"), "html", cte="quoted-printable")))

add("id", ["cancellation"], "ticket",
    "Indonesian: cancel Rewards membership only; shopping account stays",
    msg(addr("Yohanes Tan", "yohanes.tan@example.org"), "Batalkan keanggotaan Rewards",
        text(D("""
            Selamat siang,

            Tolong batalkan keanggotaan ExampleMart Rewards saya (EMR-4410-9025). Akun belanja tetap aktif saja.

            Terima kasih
            Yohanes
            """))))

add("id", [], "human",
    "Indonesian question only: how long data is kept after account closure",
    msg(addr("Lina Wati", "lina.wati@example.net"), "Pertanyaan penyimpanan data",
        text(D("""
            Halo, mau tanya. Kalau nanti akun saya ditutup, berapa lama data saya masih disimpan oleh ExampleMart?
            Terima kasih.
            """), quoted_cs=False)))

add("id", [], "human",
    "Indonesian request for someone else's data (husband's transactions)",
    msg(addr("Ratna Dewi", "ratna.dewi@example.net"), "Data transaksi suami",
        gmail(D("""
            Selamat pagi,

            Saya ingin meminta data transaksi suami saya (akun hendra.g@example.net) selama 6 bulan terakhir. Saya istrinya dan perlu untuk urusan keluarga.

            Terima kasih
            Ratna
            """))))

add("id", [], "ignore",
    "Indonesian auto-reply 'Balasan Otomatis' with Auto-Submitted",
    msg(addr("Agus Setiawan", "agus.setiawan@example.org"), "Balasan Otomatis: Re: [PR-2498] Permintaan Anda",
        text(D("""
            Terima kasih atas email Anda. Saya sedang cuti sampai dengan 9 Juni 2025 dan akan membalas setelah kembali.
            """), quoted_cs=False),
        irt="<pr-2498-ack@example.com>", extra=["Auto-Submitted: auto-replied"]))

add("id", [], "ignore",
    "Indonesian promo newsletter with List-Id",
    msg(addr("Toko Example", "promo@toko.example.net"), "Flash Sale 6.6! Diskon s/d 70% 🔥",
        multi("alternative", [
            text("Flash Sale 6.6! Diskon s/d 70%.\nBerhenti berlangganan: https://toko.example.net/unsub\n",
                 cte="quoted-printable"),
            text(html_page("<h1>Flash Sale 6.6!</h1><p>Diskon s/d 70% untuk semua kategori.</p>"
                           '<p><a href="https://toko.example.net/unsub">Berhenti berlangganan</a></p>'),
                 "html", cte="quoted-printable")]),
        extra=["List-Id: <promo.toko.example.net>", "List-Unsubscribe: <https://toko.example.net/unsub>",
               "Precedence: bulk"]))


# ===================================================================== TAMIL
add("ta", ["deletion", "cancellation"], "ticket",
    "formal Tamil: close the account and delete all personal data (address, mobile, purchases)",
    msg(addr("ச. முருகன்", "murugan.s@example.net"), "கணக்கை மூடவும் தரவுகளை நீக்கவும் கோரிக்கை",
        text(D("""
            அன்புடையீர்,

            என் ExampleMart கணக்கை மூடுமாறும், உங்களிடம் உள்ள என் தனிப்பட்ட தரவுகள் அனைத்தையும் (முகவரி,
            கைபேசி எண், வாங்கிய பொருட்களின் விவரங்கள்) நீக்குமாறும் கேட்டுக்கொள்கிறேன்.

            உறுப்பினர் எண்: EMR-2840-1167
            பதிவு செய்த மின்னஞ்சல்: murugan.s@example.net

            இந்தக் கோரிக்கை நிறைவேற்றப்பட்டதும் எனக்கு மின்னஞ்சல் மூலம் தெரிவிக்கவும்.

            நன்றி,
            ச. முருகன்
            """), cte="base64")))

add("ta", ["withdrawal"], "ticket",
    "Tamil mixed with English words: stop promo SMS",
    msg(addr("Selvi Rajan", "selvi.rajan@example.net"), "promo SMS வேண்டாம்",
        text(D("""
            வணக்கம், promo SMS அனுப்புவதை நிறுத்துங்கள் please. தினமும் மூன்று நான்கு message வருகிறது. என் எண் 9244 0187.
            நன்றி
            """), cte="quoted-printable", quoted_cs=False)))

add("ta", ["access"], "ticket",
    "Tamil access request incl. who the data was shared with in the past year",
    msg(addr("லக்ஷ்மி நாராயணன்", "lakshmi.n@example.org"), "என் தனிப்பட்ட தரவின் நகல்",
        gmail(D("""
            வணக்கம்,

            ExampleMart நிறுவனம் என்னைப் பற்றி வைத்திருக்கும் தனிப்பட்ட தரவுகளின் நகலை எனக்கு அனுப்பி வைக்கவும். கடந்த ஒரு ஆண்டில் அந்தத் தரவுகள் யாருடன் பகிரப்பட்டன என்பதையும் தெரிவிக்கவும்.

            நன்றி,
            லக்ஷ்மி நாராயணன்
            """), cte="base64")))

add("ta", ["correction"], "ticket",
    "Tamil: correct name spelling on account and Rewards card",
    msg(addr("Kavitha Subramaniam", "kavitha.s@example.net"), "பெயர் திருத்தம்",
        text(D("""
            வணக்கம்,

            என் பெயர் உங்கள் பதிவில் 'Kavita Subramanian' என்று உள்ளது. சரியான பெயர் 'Kavitha Subramaniam'.
            தயவுசெய்து திருத்தவும். என் Rewards அட்டையிலும் மாற்றவும்.

            நன்றி,
            கவிதா
            """), quoted_cs=False)))

add("ta", ["cancellation"], "ticket",
    "romanised Tamil (Tanglish in Latin script): close the account, doesn't want the points; lang ta",
    msg(addr("Arun Kumar", "arun.k92@example.net"), "account close",
        text(D("""
            Vanakkam,
            en ExampleMart account-a close pannunga. Points ellam vendam. Innimel use panna maatten.
            Nandri
            Arun
            """))))

add("ta", ["correction", "withdrawal"], "ticket",
    "Tamil, grandson on behalf of grandmother: stop marketing calls + change her address",
    msg(addr("Vignesh Ramasamy", "vignesh.r@example.org"), "என் பாட்டியின் சார்பாக",
        gmail(D("""
            வணக்கம்,

            என் பாட்டி திருமதி. பார்வதி ராமசாமி (உறுப்பினர் எண் EMR-1907-4432) சார்பாக எழுதுகிறேன். அவருக்கு மின்னஞ்சல் பயன்படுத்தத் தெரியாது.

            1. அவருக்குத் தினமும் விளம்பர அழைப்புகள் வருகின்றன; அவற்றை நிறுத்தவும்.
            2. அவர் புதிய வீட்டிற்கு மாறிவிட்டார்; அவருடைய முகவரியை இவ்வாறு மாற்றவும்: Blk 21 Example Lane, #04-09, Singapore 310021.

            தேவைப்பட்டால் அவரது ஒப்புதல் கடிதத்தை அனுப்புகிறேன்.

            நன்றி,
            விக்னேஷ்
            """), cte="base64")))

add("ta", ["deletion"], "ticket",
    "Tamil, base64 text/plain: delete all saved old addresses, keep the account",
    msg(addr("ரமேஷ் பாலு", "ramesh.balu@example.net"), "பழைய முகவரிகளை நீக்கவும்",
        text(D("""
            வணக்கம்,

            என் கணக்கில் சேமிக்கப்பட்டுள்ள பழைய முகவரிகள் அனைத்தையும் நீக்கவும். கணக்கு தொடர்ந்து இருக்கட்டும்.

            ரமேஷ்
            """), cte="base64")))

add("ta", ["access", "withdrawal"], "ticket",
    "web-form notification (English form fields) with a Tamil message: copy of data + stop WhatsApp promotions",
    msg(addr("ExampleMart Web Forms", "no-reply@example.com"), "[Privacy form] New submission #PF-50451",
        text(D("""
            A new privacy request form was submitted on www.example.com/privacy.

            Submission ID:  PF-50451
            Full name:      Meena Krishnan
            Email:          meena.k@example.net
            Mobile:         +65 8566 0213
            Request type:   Access to my personal data; Withdraw consent (marketing)
            Details:        என் தரவின் நகல் வேண்டும். மேலும் WhatsApp விளம்பரச் செய்திகளை நிறுத்தவும்.
            Preferred reply: Email
            """), cte="quoted-printable"),
        reply_to="meena.k@example.net"))

add("ta", [], "human",
    "Tamil hypothetical: what happens to points if I close the account; undecided",
    msg(addr("Priya Devi", "priya.devi@example.net"), "புள்ளிகள் பற்றிய கேள்வி",
        text(D("""
            வணக்கம், கணக்கை மூடினால் என் Rewards புள்ளிகள் என்ன ஆகும்? இன்னும் முடிவு செய்யவில்லை, தெரிந்துகொள்ள மட்டும் கேட்கிறேன்.
            """), quoted_cs=False)))

add("ta", [], "human",
    "Tamil complaint: a delivery worker misused her phone number; asks for action, not a data request",
    msg(addr("சுதா", "sudha.m@example.org"), "உங்கள் டெலிவரி ஊழியர் பற்றிய புகார்",
        gmail(D("""
            உங்கள் டெலிவரி ஊழியர் என் கைபேசி எண்ணை எடுத்து WhatsApp-இல் தனிப்பட்ட செய்திகள் அனுப்புகிறார். இது மிகவும் தவறு, எனக்குப் பயமாக உள்ளது. உடனடியாக இதைப் பற்றி நடவடிக்கை எடுங்கள்.

            ஆர்டர் எண்: EM-2025-127741
            """), cte="base64")))

add("ta", [], "human",
    "Tamil thank-you reply in thread PR-2458 (copy of data received)",
    msg(addr("Karthik Raja", "karthik.raja@example.net"), "Re: [PR-2458] உங்கள் தரவின் நகல்",
        text(D("""
            மிக்க நன்றி, என் தரவின் நகல் கிடைத்தது.

            Karthik

            On Fri, 16 May 2025, ExampleMart Privacy wrote:
            > Dear Mr Raja, please find attached a copy of your personal data (ref. PR-2458).
            """), quoted_cs=False),
        irt="<pr-2458-reply@example.com>"))

add("ta", [], "ignore",
    "Tamil auto-reply (on leave) with Auto-Submitted",
    msg(addr("Balakrishnan", "bala.k@example.net"), "தானியங்கி பதில்: [PR-2502] உங்கள் கோரிக்கை",
        text(D("""
            வணக்கம், நான் தற்போது விடுப்பில் உள்ளேன். ஜூன் 12 அன்று திரும்புவேன். அவசரத் தேவைக்கு 6011 5566 என்ற எண்ணை அழைக்கவும்.
            (இது தானியங்கி பதில்)
            """), cte="base64", quoted_cs=False),
        irt="<pr-2502-ack@example.com>", extra=["Auto-Submitted: auto-replied"]))


# ================================================================== JAPANESE
add("ja", ["deletion", "cancellation"], "ticket",
    "Japanese, ISO-2022-JP body and headers: 退会 + 保有個人情報の全削除",
    msg(addr("山本 健太", "yamamoto.kenta@example.net", "iso-2022-jp"), "退会および個人情報削除のお願い",
        text(D("""
            ExampleMart 個人情報お問い合わせ窓口 御中

            いつもお世話になっております。
            会員番号 EMR-6612-0093 の山本健太と申します。

            このたび、ExampleMart の会員を退会したく、あわせて貴社が保有している私の個人情報
            （氏名、住所、電話番号、購入履歴など）をすべて削除していただくようお願いいたします。

            手続き完了後、メールにてご連絡いただけますと幸いです。
            よろしくお願いいたします。

            山本 健太
            """), cs="iso-2022-jp", cte="7bit"),
        subj_cs="iso-2022-jp"))

add("ja", ["withdrawal"], "ticket",
    "Japanese, Shift_JIS body: stop mail magazine and sale push notifications; keep account and order emails",
    msg(addr("佐藤 美咲", "sato.misaki@example.net", "shift_jis"), "メールマガジン配信停止のお願い",
        text(D("""
            ExampleMart ご担当者様

            メールマガジンの配信を停止してください。
            あわせて、アプリのプッシュ通知（セール情報）も今後は不要です。

            注文確認のメールは引き続き受け取りたいので、アカウントはそのままでお願いします。

            佐藤 美咲
            """), cs="shift_jis", cte="8bit"),
        subj_cs="shift_jis"))

add("ja", ["access"], "ticket",
    "Japanese UTF-8: 保有個人データの開示請求 incl. third-party recipients",
    msg(addr("高橋 隆", "takahashi.r@example.net"), "保有個人データの開示請求",
        gmail(D("""
            ExampleMart 個人情報保護ご担当者様

            貴社が保有している私の個人データ（会員情報、購入履歴、お問い合わせ履歴等）の開示を請求いたします。あわせて、過去1年間に第三者へ提供された場合は、その提供先についてもお知らせください。

            登録メールアドレス：takahashi.r@example.net

            高橋 隆
            """), cte="base64")))

add("ja", ["correction"], "ticket",
    "Japanese ISO-2022-JP multipart/alternative: correct registered address and phone",
    msg(addr("中村 由美", "nakamura.yumi@example.org", "iso-2022-jp"), "登録住所の訂正のお願い",
        multi("alternative", [
            text(D("""
                お世話になっております。

                先月引っ越しをしたため、登録住所の訂正をお願いいたします。
                新住所：10 Example Road #03-05, Singapore 247000
                また、電話番号も 8123 9904 に変わりました。

                中村 由美
                """), cs="iso-2022-jp", cte="7bit"),
            text(html_page("<div>お世話になっております。</div><div>先月引っ越しをしたため、登録住所の訂正を"
                           "お願いいたします。</div><div>新住所：10 Example Road #03-05, Singapore 247000</div>"
                           "<div>また、電話番号も 8123 9904 に変わりました。</div><div>中村 由美</div>",
                           "iso-2022-jp"), "html", cs="iso-2022-jp", cte="7bit")]),
        subj_cs="iso-2022-jp"))

add("ja", ["deletion"], "ticket",
    "Japanese negation: 退会はしない, delete purchase and browsing history only",
    msg(addr("小林 翔", "kobayashi.sho@example.net"), "購入履歴の削除について",
        text(D("""
            ExampleMart様

            退会はしません。アカウントはこのまま使います。
            ただ、家族と端末を共有しているので、購入履歴と閲覧履歴だけ削除していただけますか。
            アプリ上の非表示ではなく、貴社のシステムからの削除をお願いします。

            小林
            """), cte="quoted-printable", quoted_cs=False),
        mailer="iPhone Mail (22E240)"))

add("ja", ["access", "withdrawal"], "ticket",
    "Japanese: tell me whether/to whom data is provided to third parties (access) + stop marketing use",
    msg(addr("伊藤 さくら", "ito.sakura@example.net"), "個人データの第三者提供と利用停止について",
        text(D("""
            ExampleMart 御中

            私の個人データを広告会社などの第三者に提供しているかどうか、提供しているのであればどの会社かを教えてください。

            また、今後、私のデータを広告・マーケティング目的で利用することを停止してください。

            伊藤 さくら
            """), cte="base64")))

add("ja", [], "human",
    "Japanese hypothetical: what happens to points if I withdraw membership; undecided",
    msg(addr("渡辺 大輔", "watanabe.d@example.org"), "退会時のポイントについて",
        text(D("""
            お世話になっております。
            退会した場合、残っているポイントはどうなりますか？まだ退会するかどうか決めていないので、参考までに教えてください。
            渡辺
            """), cte="base64", quoted_cs=False)))

add("ja", [], "human",
    "Japanese chaser in thread PR-2444",
    msg(addr("加藤 恵", "kato.megumi@example.net"), "Re: [PR-2444] 個人情報削除のご依頼について",
        text(D("""
            お世話になっております。
            先月お願いした件、その後いかがでしょうか。まだメールマガジンが届いています。
            進捗を教えていただけますと幸いです。

            加藤

            > 加藤様
            > 個人情報削除のご依頼を受け付けました（受付番号 PR-2444）。
            > ExampleMart 個人情報保護室
            """), cte="base64", quoted_cs=False),
        irt="<pr-2444-ack@example.com>"))

add("ja", [], "ignore",
    "Japanese out-of-office (ISO-2022-JP) with Auto-Submitted",
    msg(addr("松本 浩", "matsumoto.h@example.net", "iso-2022-jp"), "【自動返信】Re: [PR-2507] ご依頼の件",
        text(D("""
            ※このメールは自動返信です。

            ただいま出張中のため、6月10日まで返信が遅れます。
            お急ぎの場合は 6011 7788 までご連絡ください。

            松本 浩
            """), cs="iso-2022-jp", cte="7bit"),
        subj_cs="iso-2022-jp", irt="<pr-2507-ack@example.com>", extra=["Auto-Submitted: auto-replied"]))

add("ja", [], "ignore",
    "Japanese retail newsletter with List-Id (配信停止 link)",
    msg(addr("Example Store ニュース", "news@store.example.net"), "【期間限定】夏のセール開催中！",
        multi("alternative", [
            text("夏のセール開催中！最大50%オフ。\n配信停止はこちら：https://store.example.net/unsub\n",
                 cs="iso-2022-jp", cte="7bit"),
            text(html_page("<h2>夏のセール開催中！</h2><p>最大50%オフ</p>"
                           '<p><a href="https://store.example.net/unsub">配信停止</a></p>', "utf-8"),
                 "html", cte="base64")]),
        subj_cs="iso-2022-jp",
        extra=["List-Id: <news.store.example.net>", "List-Unsubscribe: <https://store.example.net/unsub>",
               "Precedence: bulk"]))


# ==================================================================== KOREAN
add("ko", ["deletion", "cancellation"], "ticket",
    "Korean, EUC-KR body and headers: 회원 탈퇴 + 개인정보 전부 삭제",
    msg(addr("김민준", "kim.minjun@example.net", "euc-kr"), "회원 탈퇴 및 개인정보 삭제 요청",
        text(D("""
            안녕하세요.

            ExampleMart 회원 탈퇴를 요청합니다. 탈퇴와 함께 보관 중인 제 개인정보(이름, 주소, 연락처,
            구매내역)도 모두 삭제해 주시기 바랍니다.

            회원번호: EMR-7781-0356

            처리가 완료되면 이메일로 알려 주세요.
            감사합니다.

            김민준 드림
            """), cs="euc-kr", cte="base64"),
        subj_cs="euc-kr"))

add("ko", ["withdrawal"], "ticket",
    "Korean casual: stop ad SMS; refuse marketing email too",
    msg(addr("이서연", "lee.seoyeon@example.net"), "광고 문자 그만 보내주세요",
        text(D("""
            광고 문자 좀 그만 보내주세요. 하루에 세 번씩 와요;;
            이메일 광고도 수신 거부합니다.
            """), cte="base64", quoted_cs=False), subj_mode="raw"))

add("ko", ["access"], "ticket",
    "Korean EUC-KR quoted-printable: 개인정보 및 제3자 제공 내역 열람 청구",
    msg(addr("박지훈", "park.jihoon@example.org", "euc-kr"), "개인정보 열람 청구",
        text(D("""
            ExampleMart 개인정보 보호 담당자님께

            귀사가 보유하고 있는 본인의 개인정보 및 최근 1년간의 제3자 제공 내역에 대한 열람을 청구합니다.

            가입 이메일: park.jihoon@example.org

            박지훈
            """), cs="euc-kr", cte="quoted-printable"),
        subj_cs="euc-kr"))

add("ko", ["correction"], "ticket",
    "Korean: phone number changed, please correct",
    msg(addr("최유나", "choi.yuna@example.net"), "연락처 정정 부탁드립니다",
        gmail(D("""
            안녕하세요,

            휴대폰 번호가 바뀌었습니다. 회원정보에 있는 번호를 8234 5567로 정정 부탁드립니다. 배송 기사님이 예전 번호로 연락하셔서 택배를 못 받았어요.

            최유나
            """), cte="base64")))

add("ko", ["access", "withdrawal"], "ticket",
    "Korean: withdraw consent to use of data for personalised ads + tell me what has been collected",
    msg(addr("정다은", "jung.daeun@example.net"), "맞춤형 광고 동의 철회",
        text(D("""
            안녕하세요.

            맞춤형 광고를 위한 개인정보 이용 동의를 철회합니다.
            그리고 지금까지 저에 대해 어떤 정보를 수집했는지 알려주세요.

            정다은
            """), quoted_cs=False)))

add("ko", ["deletion"], "ticket",
    "Korean negation: 탈퇴는 안 함, delete two saved delivery addresses",
    msg(addr("강현우", "kang.hyunwoo@example.org"), "배송지 삭제",
        text(D("""
            탈퇴는 하지 않을게요. 저장된 배송지 2개(회사, 예전 집)만 삭제해 주세요. 앱에서는 삭제 버튼이 안 눌려요.
            """), cte="quoted-printable", quoted_cs=False),
        mailer="iPhone Mail (22E240)"))

add("ko", [], "human",
    "Korean hypothetical: would points be refunded if I leave; undecided",
    msg(addr("윤서준", "yoon.seojun@example.net"), "탈퇴 관련 문의",
        text(D("""
            탈퇴하면 남은 적립금은 환불되나요? 아직 탈퇴를 결정한 건 아니고 그냥 궁금해서요.
            """), cte="base64", quoted_cs=False)))

add("ko", [], "human",
    "Korean request for someone else's data (adult daughter's delivery address)",
    msg(addr("장미경", "jang.mikyung@example.net", "euc-kr"), "딸의 주문 주소 문의",
        text(D("""
            안녕하세요. 제 딸(25세)이 요즘 연락이 안 되는데, 딸 계정(jang.soyeon@example.net)으로 최근에
            어떤 주소로 주문했는지 알려주실 수 있나요? 부탁드립니다.
            """), cs="euc-kr", cte="8bit"),
        subj_cs="euc-kr"))

add("ko", [], "ignore",
    "Korean out-of-office (부재중 자동응답) with Auto-Submitted",
    msg(addr("한지민", "han.jimin@example.org"), "[자동응답] 부재중입니다",
        text(D("""
            안녕하세요. 한지민입니다.
            6월 2일부터 6월 6일까지 휴가로 부재중입니다. 복귀 후 확인하겠습니다.
            ※ 본 메일은 자동으로 발송되었습니다.
            """), cte="base64", quoted_cs=False),
        irt="<pr-2511-ack@example.com>", extra=["Auto-Submitted: auto-replied"]))

add("ko", [], "ignore",
    "Korean advertising spam flagged X-Spam-Flag: YES",
    msg(addr("이벤트", "event@ad.example.net", "euc-kr"), "(광고) 단 하루! 전 상품 90% 할인",
        text(html_page("<p>(광고) 단 하루! 전 상품 90% 할인</p><p>지금 바로 확인하세요 &gt;&gt; "
                       '<a href="http://ad.example.net/e">클릭</a></p><p>수신거부: ad.example.net/x</p>', "euc-kr"),
             "html", cs="euc-kr", cte="base64"),
        subj_cs="euc-kr",
        extra=["X-Spam-Flag: YES", "X-Spam-Status: Yes, score=11.0 required=5.0 tests=KR_AD,HTML_ONLY"]))


# ================================================================ VIETNAMESE
add("vi", ["access", "cancellation"], "ticket",
    "formal Vietnamese: close ('xóa') the account, but first send a copy of the personal data held; erasure of "
    "data is not asked for",
    msg(addr("Nguyễn Văn Hùng", "hung.nguyen@example.net"), "Yêu cầu đóng tài khoản và cung cấp dữ liệu",
        text(D("""
            Kính gửi bộ phận bảo vệ dữ liệu ExampleMart,

            Tôi là Nguyễn Văn Hùng, email đăng ký: hung.nguyen@example.net.
            Tôi muốn xóa tài khoản ExampleMart của mình. Trước khi đóng tài khoản, đề nghị quý công ty gửi
            cho tôi bản sao toàn bộ dữ liệu cá nhân mà quý công ty đang lưu giữ về tôi (họ tên, địa chỉ,
            số điện thoại, lịch sử mua hàng).

            Xin vui lòng xác nhận qua email khi đã hoàn tất.

            Trân trọng,
            Nguyễn Văn Hùng
            """), cte="quoted-printable"),
        tz="+0700"))

add("vi", ["withdrawal"], "ticket",
    "Vietnamese typed WITHOUT diacritics (common on phones): unsubscribe from promo email, keep account",
    msg(addr("Tran Thi Mai", "mai.tran95@example.net"), "huy email quang cao",
        text(D("""
            chao shop, lam on huy dang ky nhan email quang cao giup minh, ngay nao cung nhan 2-3 cai. tai khoan van giu nhe. cam on
            """), quoted_cs=False),
        tz="+0700"))

add("vi", ["access"], "ticket",
    "Vietnamese: request a copy of the personal data held",
    msg(addr("Lê Minh Châu", "chau.le@example.org", "raw"), "Yêu cầu cung cấp bản sao dữ liệu cá nhân",
        gmail(D("""
            Chào ExampleMart,

            Tôi muốn yêu cầu được cung cấp bản sao dữ liệu cá nhân mà ExampleMart đang lưu giữ về tôi, bao gồm thông tin tài khoản, lịch sử đơn hàng và điểm thưởng.

            Cảm ơn,
            Lê Minh Châu
            """), cte="base64")))

add("vi", ["correction"], "ticket",
    "Vietnamese: date of birth and name order wrong; correct them",
    msg(addr("Phạm Quốc Bảo", "bao.pham@example.net"), "Sửa thông tin tài khoản",
        text(D("""
            Xin chào,

            Ngày sinh của tôi trong tài khoản bị sai (đang là 11/06/1990, đúng là 06/11/1990). Ngoài ra tên của tôi
            bị đảo ngược thành "Bao Pham Quoc", đúng là "Pham Quoc Bao". Nhờ các bạn sửa lại giúp.

            Cảm ơn.
            """), cte="base64", quoted_cs=False),
        tz="+0700"))

add("vi", ["withdrawal", "cancellation"], "ticket",
    "Vietnamese: withdraw consent to sharing with third parties for marketing + cancel Rewards membership",
    msg(addr("Võ Thị Hồng", "hong.vo@example.net"), "Rút lại sự đồng ý và hủy thành viên",
        gmail(D("""
            Kính gửi ExampleMart,

            Tôi rút lại sự đồng ý cho phép ExampleMart chia sẻ dữ liệu của tôi với bên thứ ba cho mục đích tiếp thị. Đồng thời, tôi muốn hủy tư cách thành viên ExampleMart Rewards (mã EMR-8120-3374).

            Trân trọng,
            Võ Thị Hồng
            """))))

add("vi", ["deletion"], "ticket",
    "Vietnamese HTML-only: delete the chatbot conversation history (contains sensitive info)",
    msg(addr("Đặng Thu Trang", "trang.dang@example.org"), "Xóa lịch sử trò chuyện",
        text(html_page("<p>Xin chào,</p><p>Tuần trước tôi đã gửi ảnh đơn thuốc và số điện thoại của bác sĩ qua "
                       "chatbot trên ứng dụng. Xin hãy xóa toàn bộ lịch sử trò chuyện giữa tôi và chatbot khỏi "
                       "hệ thống.</p><p>Cảm ơn,<br>Thu Trang</p>"), "html", cte="quoted-printable"),
        tz="+0700"))

add("vi", [], "human",
    "Vietnamese complaint: shipper disclosed her address to a neighbour; no request",
    msg(addr("Bùi Lan Anh", "lananh.bui@example.net"), "Khiếu nại về shipper",
        text(D("""
            Tôi rất bực mình. Shipper của các bạn đã đọc to tên và địa chỉ của tôi cho hàng xóm nghe rồi còn để gói
            hàng có ghi số điện thoại ở ngoài hành lang. Đây là lần thứ hai rồi. Các bạn làm ăn kiểu gì vậy?
            """), quoted_cs=False),
        tz="+0700"))

add("vi", [], "human",
    "Vietnamese hypothetical question: if I ask for deletion will pending orders be lost",
    msg(addr("Hoàng Đức Anh", "ducanh.hoang@example.net"), "Hỏi về việc xóa dữ liệu",
        text(D("""
            Cho mình hỏi, nếu mình yêu cầu xóa dữ liệu cá nhân thì đơn hàng đang giao có bị hủy không? Mình đang cân nhắc thôi.
            """), cte="base64", quoted_cs=False)))

add("vi", [], "ignore",
    "Vietnamese auto-reply 'Trả lời tự động' with Auto-Submitted",
    msg(addr("Ngô Thanh Tùng", "tung.ngo@example.org"), "Trả lời tự động: [PR-2515] Yêu cầu của bạn",
        text(D("""
            Cảm ơn bạn đã liên hệ. Tôi đang nghỉ phép đến ngày 16/06/2025 và sẽ phản hồi khi quay lại.
            """), quoted_cs=False),
        tz="+0700", irt="<pr-2515-ack@example.com>", extra=["Auto-Submitted: auto-replied"]))

add("vi", [], "ignore",
    "Vietnamese shop newsletter with List-Id",
    msg(addr("Example Shop VN", "news@shopvn.example.net"), "Siêu sale giữa năm - giảm đến 50%",
        multi("alternative", [
            text("Siêu sale giữa năm - giảm đến 50%.\nHủy đăng ký: https://shopvn.example.net/huy\n",
                 cte="quoted-printable"),
            text(html_page("<h1>Siêu sale giữa năm</h1><p>Giảm đến 50%.</p>"
                           '<p><a href="https://shopvn.example.net/huy">Hủy đăng ký</a></p>'),
                 "html", cte="quoted-printable")]),
        tz="+0700",
        extra=["List-Id: <news.shopvn.example.net>", "List-Unsubscribe: <https://shopvn.example.net/huy>",
               "Precedence: bulk"]))


# ====================================================================== THAI
add("th", ["cancellation"], "ticket",
    "Thai in TIS-620 (body and subject): cancel Rewards membership",
    msg(addr("สมศรี ใจดี", "somsri.j@example.net", "tis-620"), "ขอยกเลิกการเป็นสมาชิก",
        text(D("""
            เรียน ExampleMart

            ดิฉันขอยกเลิกการเป็นสมาชิก ExampleMart Rewards ค่ะ หมายเลขสมาชิก EMR-3051-7742

            ขอบคุณค่ะ
            สมศรี ใจดี
            """), cs="tis-620", cte="base64"),
        subj_cs="tis-620", tz="+0700"))

add("th", ["deletion", "cancellation"], "ticket",
    "Thai labelled windows-874 (a label Python does not know; cp874 bytes): close account + delete all data",
    msg(addr("วิชัย ศรีสุข", "wichai.s@example.org", "windows-874"), "ขอปิดบัญชีและลบข้อมูลส่วนบุคคล",
        text(D("""
            เรียน เจ้าหน้าที่คุ้มครองข้อมูลส่วนบุคคล

            ผมต้องการปิดบัญชี ExampleMart และขอให้ลบข้อมูลส่วนบุคคลทั้งหมดของผม รวมถึงที่อยู่ เบอร์โทรศัพท์
            และประวัติการสั่งซื้อ

            อีเมลที่ลงทะเบียน: wichai.s@example.org

            ขอบคุณครับ
            วิชัย ศรีสุข
            """), cs="windows-874", cte="quoted-printable"),
        subj_cs="windows-874", tz="+0700", mailer="Microsoft Outlook 16.0"))

add("th", ["access"], "ticket",
    "Thai UTF-8: request a copy of personal data held",
    msg(addr("นภา วงศ์ทอง", "napa.w@example.net"), "ขอสำเนาข้อมูลส่วนบุคคล",
        gmail(D("""
            สวัสดีค่ะ

            ดิฉันขอสำเนาข้อมูลส่วนบุคคลของดิฉันที่บริษัทเก็บไว้ทั้งหมด รวมถึงข้อมูลว่าบริษัทได้เปิดเผยข้อมูลให้ใครบ้างค่ะ

            ขอบคุณค่ะ
            นภา
            """), cte="base64")))

add("th", ["withdrawal"], "ticket",
    "Thai: stop advertising SMS and promotional email",
    msg(addr("ธนกร", "thanakorn.p@example.net"), "หยุดส่ง SMS โฆษณา",
        text(D("""
            กรุณาหยุดส่ง SMS โฆษณาและอีเมลโปรโมชั่นมาที่ผมครับ ได้รับทุกวันจนรำคาญ
            เบอร์ 8190 3321
            """), cte="base64", quoted_cs=False),
        tz="+0700"))

add("th", ["correction"], "ticket",
    "Thai: delivery address wrong, correct it",
    msg(addr("พิมพ์ชนก", "pimchanok.k@example.org"), "แก้ไขที่อยู่จัดส่ง",
        text(D("""
            สวัสดีค่ะ

            ที่อยู่จัดส่งในบัญชีของดิฉันไม่ถูกต้อง กรุณาแก้ไขเป็น 55 Example Crescent #02-11, Singapore 159955 ค่ะ

            ขอบคุณค่ะ
            """), cte="quoted-printable", quoted_cs=False)))

add("th", [], "human",
    "Thai hypothetical: will points be lost if I delete the account",
    msg(addr("อรุณี", "arunee.t@example.net"), "สอบถามเรื่องคะแนนสะสม",
        text(D("""
            สอบถามค่ะ ถ้าลบบัญชีแล้ว คะแนนสะสมจะหายไหมคะ ยังไม่ได้ตัดสินใจค่ะ
            """), quoted_cs=False),
        tz="+0700"))

add("th", [], "human",
    "Thai chaser in thread PR-2463",
    msg(addr("สุรชัย", "surachai.m@example.net"), "Re: [PR-2463] คำขอของท่าน",
        text(D("""
            สวัสดีครับ ส่งคำขอไปเกือบเดือนแล้วยังไม่ได้รับคำตอบเลยครับ ช่วยแจ้งความคืบหน้าด้วยครับ

            > เรียน คุณสุรชัย เราได้รับคำขอของท่านแล้ว (PR-2463)
            """), cte="base64", quoted_cs=False),
        tz="+0700", irt="<pr-2463-ack@example.com>"))

add("th", [], "ignore",
    "Thai auto-reply (ตอบกลับอัตโนมัติ) with Auto-Submitted",
    msg(addr("กมลวรรณ", "kamonwan.s@example.org"), "ตอบกลับอัตโนมัติ: [PR-2519] คำขอของท่าน",
        text(D("""
            ขอบคุณสำหรับอีเมลค่ะ ขณะนี้ดิฉันลาพักร้อนถึงวันที่ 20 มิถุนายน 2568 จะติดต่อกลับเมื่อกลับมาค่ะ
            """), cte="base64", quoted_cs=False),
        tz="+0700", irt="<pr-2519-ack@example.com>", extra=["Auto-Submitted: auto-replied"]))


# ==================================================================== GERMAN
add("de", ["access"], "ticket",
    "German expat: Auskunftsersuchen citing Art. 15 DSGVO and the PDPA",
    msg(addr("Katharina Vogel", "k.vogel@example.net"), "Auskunftsersuchen nach Art. 15 DSGVO",
        text(D("""
            Sehr geehrte Damen und Herren,

            ich lebe seit 2023 in Singapur und bin Kundin Ihres Online-Shops (Kundenkonto: k.vogel@example.net).

            Hiermit ersuche ich Sie um Auskunft über die zu meiner Person gespeicherten personenbezogenen Daten
            (Art. 15 DSGVO bzw. Section 21 PDPA), einschließlich der Zwecke der Verarbeitung, der Empfänger,
            an die die Daten offengelegt wurden, und der geplanten Speicherdauer. Bitte stellen Sie mir eine
            Kopie der Daten zur Verfügung.

            Mit freundlichen Grüßen
            Katharina Vogel
            """), cte="quoted-printable"),
        tz="+0800"))

add("de", ["deletion", "cancellation"], "ticket",
    "German: kündigen Sie mein Kundenkonto + löschen Sie sämtliche Daten",
    msg(addr("Thomas Becker", "thomas.becker@example.org"), "Kündigung Kundenkonto und Datenlöschung",
        gmail(D("""
            Guten Tag,

            bitte kündigen Sie mein Kundenkonto bei ExampleMart und löschen Sie sämtliche personenbezogenen Daten, die Sie über mich gespeichert haben (Adressen, Telefonnummer, Bestellhistorie, soweit keine gesetzliche Aufbewahrungspflicht besteht).

            Bitte bestätigen Sie mir die Löschung schriftlich.

            Viele Grüße
            Thomas Becker
            """))))

add("de", ["withdrawal"], "ticket",
    "German: Widerspruch gegen Werbung + remove from newsletter",
    msg(addr("Sabine Krüger", "sabine.krueger@example.net"), "Widerspruch Werbung",
        text(D("""
            Sehr geehrte Damen und Herren,

            ich widerspreche hiermit der Nutzung meiner Daten für Werbezwecke und bitte Sie, mich aus Ihrem
            Newsletter-Verteiler zu nehmen. Mein Konto möchte ich behalten.

            Freundliche Grüße
            S. Krüger
            """), quoted_cs=False),
        tz="+0200"))

add("de", ["correction"], "ticket",
    "German, ISO-8859-1 quoted-printable body, Q-encoded From and Subject: name written without umlauts",
    msg(addr("Jürgen Müller", "j.mueller@example.org", "iso-8859-1", "Q"), "Berichtigung meines Namens: Müller",
        text(D("""
            Hallo,

            mein Name ist in Ihrem System falsch geschrieben: "Jurgen Muller" statt "Jürgen Müller".
            Bitte korrigieren Sie das im Kundenkonto und auf der Rewards-Karte.

            Danke und Grüße
            Jürgen Müller
            """), cs="iso-8859-1", cte="quoted-printable"),
        subj_cs="iso-8859-1", subj_mode="Q", tz="+0200"))

add("de", ["cancellation"], "ticket",
    "German, very short: cancel Rewards membership",
    msg(addr("Lena Schmidt", "lena.schmidt@example.net"), "Mitgliedschaft",
        text("Hallo, bitte meine Rewards-Mitgliedschaft kündigen (EMR-9021-4476). Danke, Lena\n\n"
             "Von meinem iPhone gesendet\n", cte="quoted-printable", quoted_cs=False),
        mailer="iPhone Mail (22E240)"))

add("de", [], "human",
    "German: Datenübertragbarkeit alone (transfer order data to another provider)",
    msg(addr("Markus Weber", "markus.weber@example.net"), "Datenübertragbarkeit",
        text(D("""
            Sehr geehrte Damen und Herren,

            gemäß Art. 20 DSGVO bitte ich Sie, meine Bestelldaten und Einkaufslisten in einem strukturierten,
            maschinenlesbaren Format direkt an meinen neuen Lieferdienst zu übermitteln.

            Mit freundlichen Grüßen
            Markus Weber
            """), cte="quoted-printable")))

add("de", [], "ignore",
    "German Exchange out-of-office 'Automatische Antwort' with Auto-Submitted",
    msg(addr("Frank Hoffmann", "frank.hoffmann@example.org"), "Automatische Antwort: [PR-2522] Ihre Anfrage",
        outlook(D("""
            Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 13.06.2025 nicht im Büro und habe keinen Zugriff auf meine E-Mails.
            In dringenden Fällen wenden Sie sich bitte an meine Kollegin unter 6011 9900.

            Mit freundlichen Grüßen
            Frank Hoffmann
            """), cs="iso-8859-1"),
        tz="+0200", irt="<pr-2522-ack@example.com>",
        extra=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"]))

_o6 = ours("Andreas Fischer <a.fischer@example.net>", "Re: [PR-2526] Ihre Anfrage", D("""
    Dear Mr Fischer,

    We have received your request (ref. PR-2526) and will respond within 30 days.

    Data Protection Office
    ExampleMart Pte. Ltd.
    """), "<pr-2526-ack@example.com>", "Mon, 09 Jun 2025 10:00:00 +0800")
add("de", [], "ignore",
    "German Exchange NDR 'Unzustellbar:' (multipart/report, German notification text)",
    msg(addr("Microsoft Outlook", "postmaster@example.net"), "Unzustellbar: Re: [PR-2526] Ihre Anfrage",
        multi("report", [
            text(D("""
                Ihre Nachricht konnte nicht an a.fischer@example.net übermittelt werden.

                Das Postfach von a.fischer wurde bei example.net nicht gefunden.

                Aktion erforderlich
                Unbekannte Adresse

                Weitere Informationen für E-Mail-Administratoren
                Statuscode: 550 5.1.1
                """), cs="utf-8", cte="quoted-printable"),
            raw_part("message/delivery-status", D("""
                Reporting-MTA: dns;FR2P281MB0000.DEUP281.PROD.example.net

                Final-Recipient: rfc822;a.fischer@example.net
                Action: failed
                Status: 5.1.1
                Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipientNotFound; Recipient not found
                """)),
            Part(["Content-Type: message/rfc822"], _o6, "message/rfc822")],
            params='report-type=delivery-status', style="exchange"),
        tz="+0200", return_path="", auth=False, extra=["Auto-Submitted: auto-replied", "Content-Language: de-DE"]))


# ==================================================================== FRENCH
add("fr", ["access"], "ticket",
    "French: droit d'accès, copy of all personal data",
    msg(addr("Camille Laurent", "camille.laurent@example.org"), "Demande d'accès à mes données personnelles",
        text(D("""
            Madame, Monsieur,

            Je souhaite exercer mon droit d'accès et obtenir une copie de l'ensemble des données personnelles me
            concernant que vous détenez, ainsi que les destinataires auxquels elles ont été communiquées.

            Adresse du compte : camille.laurent@example.org

            Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.
            Camille Laurent
            """), cte="quoted-printable"),
        tz="+0200"))

add("fr", ["access", "cancellation"], "ticket",
    "French: close the account, after first sending a copy of the personal data (export before leaving); no "
    "erasure asked",
    msg(addr("Julien Moreau", "julien.moreau@example.net"), "Clôture de compte",
        gmail(D("""
            Bonjour,

            Je souhaite clôturer mon compte ExampleMart. Avant la clôture, merci de m'envoyer une copie de l'ensemble de mes données personnelles que vous détenez (adresses, numéro de téléphone, historique de commandes), je voudrais les garder.

            Merci de me confirmer la clôture par e-mail.

            Cordialement,
            Julien Moreau
            """))))

add("fr", ["withdrawal"], "ticket",
    "French: unsubscribe from newsletter and promo SMS",
    msg(addr("Élodie Petit", "elodie.petit@example.net", "utf-8", "Q"), "Désabonnement",
        text(D("""
            Bonjour,
            Merci de me désabonner de votre newsletter et de ne plus m'envoyer de SMS promotionnels.
            Bonne journée,
            Élodie
            """), cte="quoted-printable", quoted_cs=False),
        subj_mode="Q"))

add("fr", ["correction"], "ticket",
    "French: delivery address changed; rectify",
    msg(addr("Nicolas Bernard", "n.bernard@example.org"), "Rectification de mon adresse",
        text(D("""
            Bonjour,

            Mon adresse de livraison a changé. Pourriez-vous rectifier mon adresse dans mon compte :
            22 Example Walk, #07-03, Singapore 238000 ?

            Merci d'avance,
            Nicolas Bernard
            """), quoted_cs=False)))

add("fr", ["access", "withdrawal"], "ticket",
    "French: opposition à la prospection commerciale (= withdrawal) + communicate the data held (access)",
    msg(addr("Sophie Girard", "sophie.girard@example.net"), "Opposition et demande d'accès",
        outlook(D("""
            Madame, Monsieur,

            Je m'oppose à l'utilisation de mes données à des fins de prospection commerciale, par tous les canaux.

            Par ailleurs, je vous demande de me communiquer les données personnelles que vous détenez à mon sujet.

            Bien cordialement,
            Sophie Girard
            """)),
        tz="+0200", extra=outlook_hdrs("Opposition et demande d'accès")))

add("fr", [], "human",
    "French hypothetical: do I lose vouchers if I delete my account",
    msg(addr("Antoine Roux", "antoine.roux@example.net"), "Question sur la suppression de compte",
        text(D("""
            Bonjour, si je supprime mon compte, est-ce que je perds mes bons d'achat ? Je n'ai encore rien décidé.
            Merci
            """), quoted_cs=False)))

add("fr", [], "human",
    "French: asks for an explanation of an automated fraud block (automated decision)",
    msg(addr("Claire Fontaine", "claire.fontaine@example.org"), "Commande bloquée automatiquement",
        gmail(D("""
            Bonjour,

            Ma commande EM-2025-133902 a été bloquée automatiquement pour « suspicion de fraude ». J'aimerais comprendre sur quelle base votre système a pris cette décision et qu'une personne réexamine mon dossier.

            Cordialement,
            Claire Fontaine
            """))))

add("fr", [], "ignore",
    "French 'Réponse automatique' without Auto-Submitted but with X-Auto-Response-Suppress (Outlook)",
    msg(addr("Mathieu Lefebvre", "m.lefebvre@example.net"), "Réponse automatique : [PR-2530] Votre demande",
        outlook(D("""
            Bonjour,
            Je suis absent jusqu'au 16 juin inclus, avec un accès limité à ma messagerie.
            Cordialement,
            Mathieu Lefebvre
            """)),
        tz="+0200", irt="<pr-2530-ack@example.com>", extra=["X-Auto-Response-Suppress: All"]))


# =================================================================== SPANISH
add("es", ["cancellation"], "ticket",
    "Spanish: darme de baja de la cuenta",
    msg(addr("Lucía Fernández", "lucia.fernandez@example.net"), "Baja de cuenta",
        text(D("""
            Hola,

            Quisiera darme de baja de la cuenta de ExampleMart. Ya no la utilizo.

            Gracias,
            Lucía
            """), cte="quoted-printable", quoted_cs=False)))

add("es", ["deletion", "cancellation"], "ticket",
    "Spanish: supresión de todos mis datos + baja de la cuenta",
    msg(addr("Javier Martínez", "javier.martinez@example.org"), "Solicitud de supresión de datos",
        gmail(D("""
            Estimados señores:

            Por medio de la presente solicito la supresión de todos mis datos personales y la baja de mi cuenta en ExampleMart.

            Atentamente,
            Javier Martínez
            """))))

add("es", ["correction"], "ticket",
    "Spanish: rectificación del apellido",
    msg(addr("Carmen Ruiz", "carmen.ruiz@example.net"), "Rectificación de datos",
        text(D("""
            Buenas tardes:

            Mi segundo apellido está mal escrito en mi cuenta: aparece "Ruiz Gomes" y lo correcto es "Ruiz Gómez".
            Les ruego que lo rectifiquen.

            Saludos,
            Carmen Ruiz Gómez
            """), cte="8bit", quoted_cs=False)))

add("es", ["withdrawal"], "ticket",
    "Spanish: baja de todas las comunicaciones comerciales",
    msg(addr("Diego Torres", "diego.torres@example.net"), "Baja de comunicaciones comerciales",
        text(D("""
            Hola, solicito la baja de todas las comunicaciones comerciales (email, SMS y WhatsApp). La cuenta la mantengo.
            Un saludo,
            Diego
            """), quoted_cs=False)))

add("es", [], "human",
    "Spanish request for someone else's data (ex-husband's orders and address)",
    msg(addr("Isabel Navarro", "isabel.navarro@example.net"), "Información sobre pedidos",
        text(D("""
            Hola, necesito saber a qué dirección envía los pedidos mi exmarido (cuenta andres.v@example.org). Es por
            un tema de la pensión de los niños. ¿Me lo pueden enviar?
            """), quoted_cs=False)))

add("es", [], "ignore",
    "Spanish 'Respuesta automática' with Auto-Submitted",
    msg(addr("Pablo Sánchez", "pablo.sanchez@example.org"), "Respuesta automática: [PR-2534] Su solicitud",
        text("Gracias por su mensaje. Estaré fuera de la oficina hasta el 23 de junio.\n", quoted_cs=False),
        tz="+0200", irt="<pr-2534-ack@example.com>", extra=["Auto-Submitted: auto-replied"]))


# ======================================== ITALIAN / DUTCH / PORTUGUESE / TAGALOG / POLISH
add("it", ["deletion", "cancellation"], "ticket",
    "Italian: 'cancellazione' of the account (= closure) AND of all personal data (= erasure)",
    msg(addr("Giulia Romano", "giulia.romano@example.net"), "Richiesta di cancellazione account e dati",
        text(D("""
            Buongiorno,

            chiedo la cancellazione del mio account ExampleMart e di tutti i miei dati personali.

            Cordiali saluti,
            Giulia Romano
            """), cte="quoted-printable"),
        tz="+0200"))

add("it", [], "ignore",
    "Italian 'Risposta automatica' with NO machine headers (body says it is automatic)",
    msg(addr("Marco Bianchi", "marco.bianchi@example.org"), "Re: [PR-2538] La sua richiesta",
        text(D("""
            Questo è un messaggio automatico.
            Sono in ferie fino al 30 giugno. Per urgenze contattare l'ufficio al numero 6011 4455.
            Marco Bianchi
            """), quoted_cs=False),
        tz="+0200", irt="<pr-2538-ack@example.com>"))

add("nl", ["access"], "ticket",
    "Dutch: inzageverzoek (AVG) - access",
    msg(addr("Sanne de Vries", "sanne.devries@example.org"), "Inzageverzoek persoonsgegevens",
        text(D("""
            Geachte heer/mevrouw,

            Hierbij verzoek ik u om inzage in de persoonsgegevens die u over mij verwerkt, en een kopie daarvan.

            Met vriendelijke groet,
            Sanne de Vries
            """)),
        tz="+0200"))

add("nl", ["withdrawal"], "ticket",
    "Dutch: unsubscribe from newsletter",
    msg(addr("Bram Jansen", "bram.jansen@example.net"), "",
        text("Hoi, graag afmelden voor de nieuwsbrief. Ik krijg er elke dag een. Groet, Bram\n", quoted_cs=False)))

add("pt", ["correction"], "ticket",
    "Brazilian Portuguese: correct phone number and email",
    msg(addr("Ana Souza", "ana.souza@example.net"), "Correção de dados cadastrais",
        gmail(D("""
            Olá,

            Gostaria de solicitar a correção dos meus dados cadastrais: meu telefone agora é 8455 1290 e meu e-mail correto é ana.souza@example.net (o cadastrado tem um erro de digitação: ana.suoza).

            Obrigada,
            Ana Souza
            """))))

add("pt", [], "human",
    "Portuguese general question: does the company sell customer data; no request",
    msg(addr("Rafael Costa", "rafael.costa@example.net"), "Dúvida sobre privacidade",
        text(D("""
            Boa tarde, vocês vendem os dados dos clientes para outras empresas? Li algo sobre isso num fórum e
            fiquei preocupado.
            """), quoted_cs=False)))

add("tl", ["withdrawal", "cancellation"], "ticket",
    "Taglish: pa-close ng account + pa-stop ng promo texts",
    msg(addr("Maricel Santos", "maricel.santos@example.net"), "pa-close po ng account",
        text(D("""
            Hi po, pa-close na po ng account ko sa ExampleMart at pa-stop na rin po ng mga promo text sa number ko (8344 7102). Salamat po!

            Maricel
            """), quoted_cs=False)))

add("pl", ["deletion"], "ticket",
    "Polish: erasure of all personal data (no mention of the account)",
    msg(addr("Katarzyna Nowak", "k.nowak@example.org"), "Żądanie usunięcia danych osobowych",
        text(D("""
            Dzień dobry,

            proszę o usunięcie wszystkich moich danych osobowych przetwarzanych przez ExampleMart (adresy, numer
            telefonu, historia zamówień).

            Z poważaniem,
            Katarzyna Nowak
            """), cs="iso-8859-2", cte="quoted-printable"),
        subj_cs="iso-8859-2", subj_mode="Q", tz="+0200"))


# ============================================ LANGUAGES THE COMPANY DOES NOT SUPPORT
add("ru", [], "human",
    "Russian (unsupported language, KOI8-R): asks to delete the account and all personal data -> human",
    msg(addr("Дмитрий Иванов", "d.ivanov@example.net", "koi8-r"), "Удаление аккаунта",
        text(D("""
            Здравствуйте!

            Прошу удалить мой аккаунт ExampleMart и все мои персональные данные.

            С уважением,
            Дмитрий Иванов
            """), cs="koi8-r", cte="8bit"),
        subj_cs="koi8-r", tz="+0300"))

add("ar", [], "human",
    "Arabic (unsupported, windows-1256): asks for a copy of personal data -> human",
    msg(addr("أحمد الحسن", "ahmed.hassan@example.org", "windows-1256"), "طلب نسخة من بياناتي الشخصية",
        text(D("""
            السلام عليكم،

            أرجو تزويدي بنسخة من بياناتي الشخصية المحفوظة لديكم.

            مع الشكر،
            أحمد الحسن
            """), cs="windows-1256", cte="base64"),
        subj_cs="windows-1256", tz="+0300"))

add("hi", [], "human",
    "Hindi (unsupported): asks to stop promotional SMS and email -> human",
    msg(addr("राहुल शर्मा", "rahul.sharma@example.net"), "प्रचार संदेश बंद करें",
        text(D("""
            नमस्ते,

            कृपया मुझे प्रचार वाले SMS और ईमेल भेजना बंद करें।

            धन्यवाद,
            राहुल शर्मा
            """), cte="base64", quoted_cs=False),
        tz="+0530"))

add("tr", [], "human",
    "Turkish (unsupported, ISO-8859-9): asks to close the account -> human",
    msg(addr("Ayşe Yılmaz", "ayse.yilmaz@example.net", "iso-8859-9", "Q"), "Hesabımın kapatılması",
        text(D("""
            Merhaba,

            ExampleMart hesabımı kapatmanızı rica ediyorum. Artık kullanmıyorum.

            Saygılarımla,
            Ayşe Yılmaz
            """), cs="iso-8859-9", cte="quoted-printable"),
        subj_cs="iso-8859-9", subj_mode="Q", tz="+0300"))

add("he", [], "human",
    "Hebrew (unsupported, windows-1255): asks to correct the address -> human",
    msg(addr("נועה כהן", "noa.cohen@example.org", "windows-1255"), "תיקון כתובת",
        text(D("""
            שלום,

            אבקש לתקן את הכתובת שלי במערכת. הכתובת הנכונה היא 3 Example Close, Singapore 258000.

            תודה,
            נועה כהן
            """), cs="windows-1255", cte="base64"),
        subj_cs="windows-1255", tz="+0300"))

add("bn", [], "human",
    "Bengali (unsupported): asks to delete all personal data -> human",
    msg(addr("সুমন দাস", "suman.das@example.net"), "আমার তথ্য মুছে ফেলুন",
        gmail(D("""
            নমস্কার,

            অনুগ্রহ করে আপনাদের কাছে থাকা আমার সমস্ত ব্যক্তিগত তথ্য মুছে ফেলুন।

            ধন্যবাদ,
            সুমন দাস
            """), cte="base64"),
        tz="+0600"))


# ====================================================================== MAIN
def check(rows):
    """every file parses; every text part decodes; manifest matches files"""
    from email import policy
    from email.parser import BytesParser
    problems = []
    for r in rows:
        raw = (OUT / r["file"]).read_bytes()
        if b"\r" in raw:
            problems.append(f"{r['file']}: CR in file")
        m = BytesParser(policy=policy.default).parsebytes(raw)
        str(m["Subject"] or "")
        str(m["From"] or "")
        for part in m.walk():
            if part.get_content_maintype() == "text":
                try:
                    part.get_content()
                except LookupError:
                    cs = part.get_content_charset()
                    part.get_payload(decode=True).decode(codec(cs))   # known-unknown label, e.g. windows-874
        body = m.get_body(preferencelist=("plain", "html"))
        if r["route"] != ["ignore"] and body is None:
            problems.append(f"{r['file']}: no body")
    files = sorted(p.name for p in OUT.glob("b*.eml"))
    if files != [r["file"] for r in rows]:
        problems.append("manifest rows and files differ")
    return problems


def main():
    unused = set(DATES) - _state.setdefault("used_dates", set())
    assert not unused, unused
    rng = random.Random(20250606)
    order = list(range(len(ENTRIES)))
    rng.shuffle(order)
    for old in OUT.glob("b[0-9][0-9][0-9].eml"):
        old.unlink()
    rows = []
    for i, idx in enumerate(order, 1):
        e = ENTRIES[idx]
        name = f"b{i:03d}.eml"
        (OUT / name).write_bytes(e["data"])
        rows.append({"file": name, "labels": e["labels"], "route": e["route"], "lang": e["lang"],
                     "notes": e["notes"]})
    (OUT / "manifest.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                                        encoding="utf-8")
    problems = check(rows)
    for p in problems:
        print("PROBLEM", p)
    print(f"wrote {len(rows)} emails + manifest.jsonl to {OUT}" + ("" if not problems else " WITH PROBLEMS"))
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
