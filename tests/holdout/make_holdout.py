#!/usr/bin/env python3
"""Writes the held-out evaluation set: h001.eml ... and manifest.jsonl (LF line endings).

Independent of the classifier's training data; written from the corpus README's labelling
conventions only.  Run:  python tests/holdout/make_holdout.py
"""
import base64
import datetime as dt
import hashlib
import html as htmlmod
import json
import quopri
import random
from email.header import Header
from pathlib import Path

OUT = Path(__file__).resolve().parent
ITEMS = []
_N = [0]
BASE = dt.datetime(2025, 7, 1, 8, 13, tzinfo=dt.timezone(dt.timedelta(hours=8)))


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def hdr(s, cs="utf-8"):
    if is_ascii(s):
        return s
    # RFC 2047 B-encoded words with the real MIME charset label, split on character boundaries
    if cs == "iso-2022-jp":
        return Header(s, "iso-2022-jp").encode(linesep="\n")
    words, chunk = [], ""
    for ch in s:
        if len((chunk + ch).encode(cs)) > 42:
            words.append(chunk)
            chunk = ""
        chunk += ch
    words.append(chunk)
    return "\n ".join(f"=?{cs}?B?{base64.b64encode(w.encode(cs)).decode()}?=" for w in words)


def addr(name, email, cs="utf-8"):
    if not name:
        return f"<{email}>"
    if is_ascii(name):
        if any(c in name for c in ',.()<>@;:"'):
            name = '"' + name.replace('"', '') + '"'
        return f"{name} <{email}>"
    return f"{hdr(name, cs)} <{email}>"


def text_part(text, sub="plain", cs="utf-8", cte=None, extra=()):
    if not text.endswith("\n"):
        text += "\n"
    data = text.encode(cs)
    if cte is None:
        if cs == "iso-2022-jp" or all(b < 128 for b in data):
            cte = "7bit"
        elif cs.lower() in ("iso-8859-1", "windows-1252", "iso-8859-15"):
            cte = "quoted-printable"
        else:
            cte = "base64"
    if cte == "base64":
        body = base64.encodebytes(data)
    elif cte == "quoted-printable":
        body = quopri.encodestring(data)
    else:
        body = data
    h = [f'Content-Type: text/{sub}; charset="{cs}"', f"Content-Transfer-Encoding: {cte}", *extra]
    return (h, body)


def to_html(text):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(htmlmod.escape(l, quote=False) for l in p.split("\n")) + "</p>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body><div style="font-family:Arial,Helvetica,sans-serif;font-size:14px">\n'
            + "\n".join(out) + "\n</div></body></html>\n")


def multipart(sub, parts, params=""):
    b = "----=_Part_" + hashlib.md5(b"".join(p[1] for p in parts) + sub.encode()).hexdigest()[:20]
    body = b"This is a multi-part message in MIME format.\n\n"
    for h, pb in parts:
        if not pb.endswith(b"\n"):
            pb += b"\n"
        body += f"--{b}\n".encode() + "\n".join(h).encode() + b"\n\n" + pb + b"\n"
    body += f"--{b}--\n".encode()
    return ([f'Content-Type: multipart/{sub}; {params}boundary="{b}"'], body)


def rfc822_part(inner):
    return (["Content-Type: message/rfc822", "Content-Disposition: attachment"], inner)


def pdf_part(name):
    data = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
            b"trailer<</Root 1 0 R>>\n%%EOF\n")
    return ([f'Content-Type: application/pdf; name="{name}"', "Content-Transfer-Encoding: base64",
             f'Content-Disposition: attachment; filename="{name}"'], base64.encodebytes(data))


def next_date():
    _N[0] += 1
    d = BASE + dt.timedelta(hours=13 * _N[0], minutes=(_N[0] * 17) % 60)
    return d.strftime("%a, %d %b %Y %H:%M:%S +0800")


def msgid(seed, dom):
    return "<" + hashlib.sha1(seed.encode("utf-8")).hexdigest()[:12] + "." + hashlib.md5(seed.encode("utf-8")).hexdigest()[:8] + "@" + dom + ">"


def mail(name, email, subject, text=None, html=None, cs="utf-8", cte=None, alt=False, to="privacy@example.com",
         cc=None, extra=(), attach=(), inreply=None, received=True, date=None, top_part=None, return_path=None,
         subject_raw=None, hcs=None):
    """Build a whole message as bytes."""
    hcs = hcs or cs
    if cs in ("iso-2022-jp",):
        hcs = "iso-2022-jp"
    if top_part is not None:
        body = top_part
    elif text is not None and alt:
        body = multipart("alternative", [text_part(text, "plain", cs, cte), text_part(to_html(text), "html", cs, cte)])
    elif html is not None:
        body = text_part(html, "html", cs, cte)
    else:
        body = text_part(text, "plain", cs, cte)
    if attach:
        body = multipart("mixed", [body, *attach])
    date = date or next_date()
    dom = email.split("@")[1]
    h = []
    if received:
        rp = return_path if return_path is not None else email
        h.append(f"Return-Path: <{rp}>")
        h.append(f"Received: from mail.{dom.split('.')[-2]}.{dom.split('.')[-1]} (mail.{dom} [198.51.100.{(_N[0]*7)%250+2}])\n"
                 f"\tby mx.example.com (Postfix) with ESMTPS id {hashlib.md5((email+date).encode()).hexdigest()[:11].upper()}\n"
                 f"\tfor <privacy@example.com>; {date}")
    h.append(f"Date: {date}")
    h.append(f"From: {addr(name, email, hcs)}")
    h.append(f"To: {to}")
    if cc:
        h.append(f"Cc: {cc}")
    if subject_raw is not None:
        h.append(subject_raw)
    elif subject is not None:
        h.append(f"Subject: {hdr(subject, hcs)}")
    h.append(f"Message-ID: {msgid(email + date + (subject or ''), dom)}")
    if inreply:
        h.append(f"In-Reply-To: {inreply}")
        h.append(f"References: {inreply}")
    h.extend(extra)
    h.append("MIME-Version: 1.0")
    h.extend(body[0])
    b = body[1]
    if not b.endswith(b"\n"):
        b += b"\n"
    return "\n".join(h).encode("utf-8") + b"\n\n" + b


def add(labels, lang, notes, raw, route=None):
    if route is None:
        route = "ticket" if labels else "human"
    assert (route == "ticket") == bool(labels), notes
    assert b"\r" not in raw, notes
    ITEMS.append({"labels": sorted(labels), "route": [route], "lang": lang, "notes": notes, "raw": raw})


def fwd(name, email, date, subject, body, to="support@example.com"):
    return (f"---------- Forwarded message ---------\nFrom: {name} <{email}>\nDate: {date}\nSubject: {subject}\n"
            f"To: <{to}>\n\n\n{body}")


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


DISCLAIMER = ("This e-mail and any attachments are confidential and may be legally privileged. If you have "
              "received this e-mail in error, please notify the sender immediately and delete it from your "
              "system; do not copy, disclose or use its contents.")


# ---------------------------------------------------------------- ACCESS (single)
add(["access"], "en", "formal PDPA s21 letter from a law-firm address (personal capacity); confidentiality disclaimer says 'delete this email'",
    mail("Harjit Kaur", "harjit.kaur@example.org", "Request for access to personal data - s21 PDPA",
         "Dear Data Protection Officer,\n\n"
         "Re: Request for access to personal data under section 21 of the Personal Data Protection Act 2012\n\n"
         "I am a registered customer of ExampleMart (account e-mail harjit.k.home@example.net, member no. EM-55102387). "
         "Pursuant to section 21(1) of the PDPA, I hereby request:\n\n"
         "(a) a copy of the personal data about me that is in your possession or under your control; and\n"
         "(b) information about the ways in which that personal data has been used or disclosed by ExampleMart "
         "within the year before the date of this request.\n\n"
         "I would be grateful to receive the data in an electronic, commonly used format. Should you need to verify my "
         "identity, please write to me at this address.\n\n"
         "Yours faithfully,\n\nHarjit Kaur\nSenior Associate\nTan Kwee & Partners LLP (writing in a personal capacity)\n\n"
         "--\nCONFIDENTIALITY NOTICE: " + DISCLAIMER + "\n"))

add(["access"], "en", "very informal; lower case, abbreviations",
    mail("Kev Ochieng", "kev.ochieng@example.net", "my info",
         "hey,\n\ncan u guys send me whatever info you've got on me? like orders, addresses, what the app tracks etc. "
         "just curious what's in there. acct email is this one.\n\ncheers\nKev\n"))

add(["access"], "en", "typo-heavy access request, no greeting",
    mail("Rosnah Yusof", "rosnah.y@example.com".replace("example.com", "example.net"), "data copy requst",
         "helo i want too get a copie of al my personel data you are keeping on me, pls send to this emial. "
         "my phone no is 9023 1187\n\nthx\nRosnah\n"))

add(["access"], "en", "HTML-only; asks for a copy incl. call-centre notes",
    mail("Peter Vandersloot", "p.vandersloot@example.org", "Subject access request",
         html=to_html("Hello,\n\nI'd like to exercise my right of access. Please provide me with a copy of the personal "
                      "data you process about me, including my purchase history and any notes your call centre made "
                      "when I rang about a faulty air fryer in May (my registered mobile ends in 4471).\n\n"
                      "Kind regards,\nPeter Vandersloot")))

add(["access"], "zh", "Simplified Chinese; PIPL Art. 45 access+copy incl. user tags; UTF-8 base64",
    mail("周晓雯", "xiaowen.zhou@example.net", "申请查阅和复制个人信息",
         "您好：\n\n我是贵平台的会员（注册手机号尾号 2286）。根据《个人信息保护法》第四十五条，"
         "我要求查阅并复制贵公司处理的我的全部个人信息，包括收货地址、订单记录，以及你们给我打的用户画像标签。\n\n"
         "请以电子表格的形式发送到本邮箱。谢谢！\n\n周晓雯\n"))

add(["access"], "zh", "Traditional Chinese (zh-Hant) access 查閱 + 副本; Big5 body and Big5 encoded-words",
    mail("梁家慧", "kawai.leung@example.net", "查閱個人資料申請",
         "您好：\n\n本人想申請查閱貴公司所保存關於本人的個人資料，並索取一份副本，"
         "包括會員資料、購物紀錄及客服對話紀錄。本人帳號的電郵地址即為此電郵。\n\n麻煩盡快處理，謝謝。\n\n梁家慧\n",
         cs="big5"))

add(["access"], "ms", "Malay access request; formal",
    mail("Nurul Izzah binti Kamal", "nurul.izzah@example.com".replace(".com", ".org"), "Permintaan akses data peribadi",
         "Salam sejahtera,\n\nSaya ingin membuat permintaan akses data peribadi di bawah Akta Perlindungan Data Peribadi. "
         "Sila hantar kepada saya salinan semua maklumat peribadi saya yang disimpan oleh ExampleMart, termasuk "
         "sejarah pembelian dan alamat penghantaran.\n\nNo. telefon berdaftar: 012-334 4556\n\nTerima kasih,\n"
         "Nurul Izzah binti Kamal\n"))

add(["access"], "de", "German formal Art. 15 DSGVO letter; ISO-8859-1 quoted-printable",
    mail("Jürgen Böhm", "juergen.boehm@example.org", "Auskunftsersuchen nach Art. 15 DSGVO",
         "Sehr geehrte Damen und Herren,\n\n"
         "hiermit mache ich mein Auskunftsrecht gemäß Art. 15 DSGVO geltend. Bitte teilen Sie mir mit, ob Sie mich "
         "betreffende personenbezogene Daten verarbeiten, und stellen Sie mir gegebenenfalls eine Kopie dieser Daten "
         "zur Verfügung, zusammen mit den Informationen nach Art. 15 Abs. 1 lit. a bis h DSGVO (Zwecke, Empfänger, "
         "Speicherdauer, Herkunft der Daten).\n\n"
         "Ich habe bei Ihnen im Jahr 2024 als Tourist in Singapur online bestellt (Bestellnummer SG-2024-771204).\n\n"
         "Ich bitte um Antwort innerhalb der gesetzlichen Frist von einem Monat.\n\n"
         "Mit freundlichen Grüßen\nJürgen Böhm\nMünchen\n", cs="iso-8859-1"))

add(["access"], "fr", "French informal access request; UTF-8 quoted-printable",
    mail("Chloé Marchand", "chloe.marchand@example.net", "Mes données",
         "Bonjour,\n\nJ'ai passé plusieurs commandes chez vous quand j'habitais à Singapour. Pourriez-vous m'envoyer "
         "une copie de toutes les données personnelles que vous conservez à mon sujet ?\n\n"
         "Merci d'avance et bonne journée,\nChloé\n", cte="quoted-printable"))

add(["access"], "en", "inline forward by a store manager; requester is the quoted customer; colleague note mentions nothing",
    mail("Gerald Foo", "gerald.foo@example.com", "Fwd: What do you have on file about me?",
         "Hi Privacy,\n\nThis came in to the Tampines outlet mailbox, think it's one for you guys.\n\n"
         "Gerald Foo\nStore Manager, ExampleMart Tampines\n\n"
         + fwd("Adaeze Okafor", "adaeze.okafor@example.net", "Sun, 6 Jul 2025 at 19:41",
               "What do you have on file about me?",
               "Hello,\n\nCould you please tell me what personal information ExampleMart has stored about me and send "
               "me a copy of it? I would especially like to see the notes your staff wrote after my complaint about the "
               "refund in February.\n\nThank you,\nAdaeze Okafor\n", to="tampines@example.com")))

add(["access"], "en", "on behalf of elderly mother with signed authorisation PDF attached",
    mail("Benjamin Lee", "ben.lee.sg@example.com".replace(".com", ".net"), "Data access request for my mother, Mdm Lee Ah Hoon",
         "Dear ExampleMart Privacy Team,\n\nI am writing on behalf of my mother, Mdm Lee Ah Hoon, who is 81 and does not "
         "use e-mail. She has asked me to request a copy of the personal data ExampleMart holds about her, "
         "in particular her membership details and the records of her purchases at the Toa Payoh store.\n\n"
         "Her signed letter of authorisation and a copy of my ID are attached. Her registered phone number is 6255 0193.\n\n"
         "Many thanks,\nBenjamin Lee\n",
         attach=[pdf_part("authorisation_Lee_Ah_Hoon.pdf")]))

add(["access"], "en", "past-tense chaser as a NEW mail (no thread, no ref) that restates the access request",
    mail("Marcus Tan", "marcus.tan88@example.org", "Second attempt - my personal data",
         "To whom it may concern,\n\nI e-mailed you on 2 March asking for a copy of my personal data and never heard back. "
         "I'm asking again: please send me all the personal data you hold about me. It has now been far more than 30 days.\n\n"
         "Marcus Tan\n"))

add(["access"], "en", "misleading subject (shipping reply); request above a quoted shipping notification",
    mail("Priya Raghunathan", "priya.r@example.net", "Re: Your order SG-2025-33019 has shipped",
         "Unrelated to the delivery - while I have you: could you send me a copy of all the personal data you keep on me, "
         "including every delivery address and phone number you've got on record? Thanks.\n\nPriya\n\n"
         "On Mon, 7 Jul 2025 at 10:02, ExampleMart <orders@example.com> wrote:\n"
         + quote("Hi Priya,\n\nGood news! Your order SG-2025-33019 has shipped and is on its way.\n\n"
                 "Tracking number: EXM8830192SG\nEstimated delivery: 9-10 July\n\nThank you for shopping with ExampleMart!\n"
                 "This is an automated message, please do not reply.") + "\n",
         inreply="<ship-33019@example.com>"))

add(["access"], "en", "asks for CCTV footage of themselves at a store checkout",
    mail("Daniel Ng", "daniel.ng.kh@example.com".replace(".com", ".net"), "CCTV footage request - Jurong Point outlet 14 June",
         "Hello,\n\nOn 14 June at about 3.15pm I was at the self-checkout area of your Jurong Point outlet, where a staff member "
         "accused me of not scanning an item. I would like a copy of the CCTV footage showing me at the checkout during "
         "that time, as it is my personal data. I was wearing a red cap and a grey backpack.\n\n"
         "Regards,\nDaniel Ng\nMobile 8123 4410\n"))

# ---------------------------------------------------------------- CORRECTION (single)
add(["correction"], "en", "moved house; new address",
    mail("Farah Idris", "farah.idris@example.net", "Change of address",
         "Hi,\n\nI've moved. Please update my address on file to Blk 455 Sengkang West Way #09-112, Singapore 790455. "
         "The old one in Bedok North is no longer valid.\n\nThanks,\nFarah\n"))

add(["correction"], "en", "name spelling; mobile 'Sent from my iPhone'",
    mail("Muhammad Hafiz", "m.hafiz.rosli@example.org", "Wrong name on account",
         "Hi, my name is spelled wrong on my account, it says \"Mohd Hafis\" but it should be \"Muhammad Hafiz bin Rosli\". "
         "Can you correct it please?\n\nSent from my iPhone\n"))

add(["correction"], "zh", "Simplified Chinese; GB2312 body and GB2312 encoded-words; new mobile number",
    mail("韩志强", "zhiqiang.han@example.net", "更正手机号码",
         "你好，\n\n我的手机号已经更换了，请把账户绑定的手机号由 138 0013 0921 更正为 139 1234 5678。原号码已经停用。\n\n谢谢！\n韩志强\n",
         cs="gb2312"))

add(["correction"], "zh", "Traditional Chinese 更正 e-mail address and birthday; Big5",
    mail("陳建業", "kinyip.chan@example.org", "更正帳號資料",
         "您好：\n\n本人帳號登記的電郵地址有誤，請將 kinyip.chan@example.org 更正為 kinyip.chan.hk@example.net。"
         "另外，本人的出生日期登記錯了，應為 1990 年 3 月 8 日。\n\n謝謝。\n陳建業\n", cs="big5"))

add(["correction"], "ms", "Malay; name misspelt",
    mail("Siti Aminah Hassan", "sitiaminah.h@example.com".replace(".com", ".net"), "Betulkan nama",
         "Hai,\n\nNama saya dalam akaun ExampleMart dieja salah. Sila betulkan kepada \"Siti Aminah binti Hassan\" "
         "(bukan \"Siti Amina\"). Resit dan invois saya semua tertulis nama yang salah.\n\nTerima kasih.\n"))

add(["correction"], "es", "Spanish formal rectification (art. 16 RGPD); windows-1252 QP",
    mail("Inés Cabrera Núñez", "ines.cabrera@example.org", "Solicitud de rectificación de datos",
         "Estimados señores:\n\nEn mi perfil de cliente figura una fecha de nacimiento incorrecta (12/07/1985). "
         "La correcta es el 21/07/1985. Les ruego que la rectifiquen conforme al artículo 16 del RGPD y me confirmen "
         "el cambio.\n\nAtentamente,\nInés Cabrera Núñez\n", cs="windows-1252"))

add(["correction"], "it", "Italian; update e-mail and phone (rettifica)",
    mail("Giulia Rossetti", "giulia.rossetti@example.net", "Rettifica dati personali",
         "Buongiorno,\n\nvi scrivo per chiedere la rettifica del numero di telefono associato al mio account: "
         "il numero corretto è +39 333 123 4567 (quello vecchio non è più attivo).\n\n"
         "Cordiali saluti,\nGiulia Rossetti\n", cte="quoted-printable"))

add(["correction"], "en", "HTML-only; wrong gender and title",
    mail("Olivia Chua", "olivia.chua@example.org", "Profile details are wrong",
         html=to_html("Hello ExampleMart,\n\nMy profile shows my gender as \"Male\" and my title as \"Mr\". I'm female, so "
                      "please correct both to \"Female\" and \"Ms\". It's a bit embarrassing when your delivery SMS call me Mr Chua!\n\n"
                      "Thanks,\nOlivia")))

add(["correction"], "en", "corporate signature with 'received in error ... delete it' disclaimer; change contact e-mail",
    mail("Wei Jie Lim", "weijie.lim@example.com".replace("example.com", "example.org"), "Update contact email on my account",
         "Dear team,\n\nPlease change the contact e-mail on my ExampleMart account from my old work address "
         "(wj.lim@example.org) to my personal address, weijie.lim.home@example.net. I'm leaving my current employer "
         "at the end of the month.\n\nBest regards,\n\nLim Wei Jie\nProcurement Manager | Northstar Logistics Pte. Ltd.\n"
         "T +65 6123 4567\n\n" + DISCLAIMER + "\n", alt=True))

add(["correction"], "en", "on behalf of elderly father (cc'd); wrong mobile number",
    mail("Kavitha Rajan", "kavitha.rajan@example.net", "Father's phone number is wrong",
         "Hello,\n\nMy father, Mr Rajan s/o Pillai, shops with you but the mobile number on his ExampleMart account is wrong, "
         "one digit is off, so he never gets the delivery OTP. Please correct it to 9123 8876. I help him with his online "
         "shopping; he is cc'd on this e-mail and agrees.\n\nThank you,\nKavitha\n",
         cc="Rajan Pillai <rajan.pillai@example.net>"))

add(["correction"], "en", "informal with emoji; wrong birthday",
    mail("Jasper Koh", "jasperkoh@example.net", "bday wrong",
         "yo, my birthday on the app is wrong lol. it's 5 Nov not 11 May. been getting my bday voucher in the wrong month "
         "😅 pls fix thx\n"))

add(["correction"], "en", "mixed English + Simplified Chinese; wrong unit number",
    mail("林俊伟", "junwei.lin@example.net", "Address 有错",
         "Hi team,\n\n我的 delivery address 有错，unit number 应该是 #12-07，不是 #12-70。Please help me update，"
         "上次的包裹送错了门。\n\nThanks!\n林俊伟\n"))

add(["correction"], "nl", "Dutch; surname misspelt",
    mail("Sanne van den Bergh", "sanne.vdbergh@example.org", "Verkeerde achternaam",
         "Beste,\n\nMijn achternaam staat verkeerd in jullie systeem: \"Van den Berg\" moet \"Van den Bergh\" zijn, met een h. "
         "Willen jullie dit aanpassen in mijn account?\n\nMet vriendelijke groet,\nSanne van den Bergh\n"))

add(["correction"], "pt", "Portuguese; correct mobile number",
    mail("João Figueiredo", "joao.figueiredo@example.net", "Correção do número de telemóvel",
         "Olá,\n\ngostaria de corrigir o número de telemóvel associado à minha conta. O número atual está errado; "
         "o correto é +351 912 345 678. Obrigado.\n\nJoão Figueiredo\n"))

add(["correction"], "en", "past-tense chaser as new mail: told hotline about address change, still wrong; restates request",
    mail("Grace Tan", "grace.tan.sy@example.org", "Address STILL wrong",
         "Three weeks ago I told your hotline that my address had changed. Two parcels have since gone to my old flat in "
         "Clementi. Please update the address on my account to 21 Holland Grove Road, Singapore 278803 - properly this time.\n\n"
         "Grace Tan\n"))

# ---------------------------------------------------------------- DELETION (single)
add(["deletion"], "en", "negation: erase cards/addresses/browsing history but NOT close the account",
    mail("Hannah Whitfield", "hannah.whitfield@example.org", "Please remove some of my data",
         "Hi,\n\nPlease erase the saved payment cards, my old delivery addresses and the browsing history linked to my "
         "account. I am NOT closing the account - I still want to shop with you, I just don't want all that stored.\n\n"
         "Hannah\n"))

add(["deletion"], "en", "guest checkout, no account; remove name/phone/address",
    mail("Tomasz Wójcik", "tomasz.wojcik@example.net", "Guest order - remove my details",
         "Hello,\n\nI bought a kettle once as a guest in 2023 (order SG-2023-560118). I'd like my name, phone number and "
         "address removed from your systems. I have no account with you.\n\nRegards,\nTomasz\n"))

add(["deletion"], "en", "unsuccessful job applicant: delete CV and interview notes",
    mail("Aaron Sebastian", "aaron.seb@example.net", "Warehouse supervisor application - data",
         "Dear HR / Privacy team,\n\nI applied for the warehouse supervisor position in January and was not successful. "
         "As I'm no longer being considered, please delete my CV, my assessment results and the interview notes "
         "you hold about me.\n\nKind regards,\nAaron Sebastian\n"))

add(["deletion"], "zh", "Simplified Chinese; delete ID photo and face data, explicitly keep account (negation of 注销)",
    mail("吴佳琪", "jiaqi.wu@example.net", "删除身份证照片",
         "你好，\n\n请删除你们保存的我的身份证照片和人脸识别数据（之前开通先享后付时上传的）。"
         "账号我还会继续用，不要注销。\n\n谢谢\n吴佳琪\n"))

add(["deletion"], "zh", "Traditional Chinese 刪除 個人資料; lucky-draw entrant without account",
    mail("黃詠欣", "wingyan.wong@example.org", "要求刪除個人資料",
         "您好，\n\n本人要求刪除貴公司持有的本人個人資料，包括去年聖誕抽獎活動時填寫的姓名、電話及地址。"
         "本人並無註冊任何帳號。\n\n請刪除後以電郵確認。\n黃詠欣\n"))

add(["deletion"], "ms", "Malay; contest entrant, no account; padam data",
    mail("Azlan Shah Ismail", "azlan.ismail@example.net", "Padam data peraduan",
         "Assalamualaikum,\n\nSila padam semua data peribadi saya yang dikumpul semasa peraduan Hari Raya tahun lepas "
         "(nama, IC dan nombor telefon). Saya tidak ada akaun ExampleMart.\n\nTerima kasih,\nAzlan\n"))

add(["deletion"], "fr", "French formal Art. 17 erasure letter; ISO-8859-1 QP",
    mail("Élodie Garnier", "elodie.garnier@example.org", "Demande d'effacement de données (article 17 RGPD)",
         "Madame, Monsieur,\n\nConformément à l'article 17 du Règlement général sur la protection des données, je vous "
         "demande d'effacer l'ensemble des données à caractère personnel me concernant que vous détenez, y compris "
         "celles transmises à vos sous-traitants.\n\nJe vous prie de bien vouloir me confirmer l'effacement dans un délai "
         "d'un mois à compter de la réception de la présente.\n\nVeuillez agréer, Madame, Monsieur, mes salutations "
         "distinguées.\n\nÉlodie Garnier\n", cs="iso-8859-1"))

add(["deletion"], "pt", "Portuguese informal; apagar todos os dados",
    mail("Beatriz Almeida", "beatriz.almeida@example.net", "Apagar os meus dados",
         "Bom dia,\n\npeço que apaguem todos os meus dados pessoais da vossa base de dados. Fiz uma encomenda há dois anos "
         "e não pretendo voltar a comprar.\n\nObrigada,\nBeatriz Almeida\n"))

add(["deletion"], "en", "past-tense: 'I asked you to delete my data ... nothing happened' (new mail, no ref)",
    mail("Stephen O'Brien", "stephen.obrien@example.org", "Deletion - nothing has happened",
         "I asked you to delete my data back in April and nothing has happened. Your app still shows my old addresses "
         "and my kids' names and birthdays from the birthday club. Sort it out.\n\nStephen O'Brien\n"))

_inner = (b"Date: Thu, 10 Jul 2025 22:05:00 +0800\nFrom: Rahul Menon <rahul.menon@example.net>\nTo: reviews@example.com\n"
          b"Subject: photos in my reviews\nMessage-ID: <rm-20250710@example.net>\nMIME-Version: 1.0\n"
          b"Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 7bit\n\n"
          b"Hi,\n\nI posted several product reviews with photos of my son last year. Please permanently remove those photos "
          b"and the reviews they're attached to - I don't want pictures of him online or in your systems anymore.\n\n"
          b"Thanks,\nRahul Menon\n")
add(["deletion"], "en", "forwarded as message/rfc822 attachment by the reviews team; request is in the attachment",
    mail("Shermaine Goh", "shermaine.goh@example.com", "FW: photos in my reviews",
         "Hi Privacy team, forwarding the attached from the reviews inbox, please handle.\n\nShermaine\nContent Moderation\n",
         attach=[rfc822_part(_inner)], extra=["X-Mailer: Microsoft Outlook 16.0"]))

add(["deletion"], "en", "parent on behalf of a 15-year-old who entered a loyalty draw",
    mail("Melissa Chong", "melissa.chong@example.net", "My son's details",
         "Hello,\n\nMy 15-year-old son entered your gaming accessories lucky draw without my permission and gave his full "
         "name, school and mobile number. I'm his mother and I want those details deleted. His name is Ethan Chong.\n\n"
         "Regards,\nMelissa Chong\n"))

add(["deletion"], "en", "delete hotline call recordings; no account closure",
    mail("Victor Halim", "victor.halim@example.org", "Call recordings",
         "Hi,\n\nI've called your hotline a few times about a warranty claim. Please delete the recordings of my calls; "
         "I didn't realise they were being kept.\n\nVictor\n"))

add(["deletion"], "de", "German informal; Gewinnspiel data deletion",
    mail("Lena Hoffmann", "lena.hoffmann@example.net", "Meine Daten löschen",
         "Hallo,\n\nbitte löschen Sie alle meine Daten, die Sie bei meiner Teilnahme am Gewinnspiel im März gespeichert "
         "haben. Ein Kundenkonto habe ich nicht.\n\nDanke und Gruß\nLena\n"))

add(["deletion"], "en", "HTML-only from phone; delete location history and uploaded receipt photos",
    mail("Chen Yi Ling", "yiling.chen@example.net", "location data",
         html=to_html("Please delete my location history from the app and the receipt photos I uploaded for the "
                      "scan-your-receipt promo. Thank you\n\nSent from my iPhone")))

# ---------------------------------------------------------------- WITHDRAWAL (single)
add(["withdrawal"], "en", "negation: don't delete my account, just stop the SMS",
    mail("Ahmad Zaki", "ahmad.zaki@example.net", "SMS",
         "Hi, don't delete my account, just stop the SMS. I get three promo texts a day and it's driving me crazy.\n\nZaki\n"))

add(["withdrawal"], "en", "subject 'remove'; 'take me off your email list' = unsubscribe",
    mail("Lorraine Pereira", "lorraine.p@example.org", "remove",
         "Take me off your email list please. Far too many promotions, I'll come to the store when I need something.\n"))

add(["withdrawal"], "en", "angry all-caps; stop telemarketing calls",
    mail("Raymond Seah", "raymond.seah@example.net", "STOP CALLING ME",
         "STOP CALLING ME ABOUT YOUR CREDIT CARD PROMOTIONS. I NEVER AGREED TO THIS. TAKE MY NUMBER OFF YOUR CALL LIST NOW.\n"
         "RAYMOND SEAH\n"))

add(["withdrawal"], "zh", "Simplified Chinese; 关闭个性化推荐 + 撤回 partner-marketing consent; keep account",
    mail("赵敏", "min.zhao@example.org", "关闭个性化推荐",
         "你好，请关闭我账户的个性化推荐和定向广告，并撤回我此前同意的将个人信息提供给合作伙伴用于营销的授权。"
         "账户不用注销，我还要用。\n\n赵敏\n"))

add(["withdrawal"], "zh", "Traditional Chinese 取消訂閱 推廣短訊; keep account; Big5",
    mail("何志明", "chiming.ho@example.net", "取消訂閱推廣資訊",
         "你好，\n\n請停止發送推廣短訊及宣傳電郵給我，我要取消訂閱所有推廣資訊。帳號請繼續保留。\n\n何志明\n", cs="big5"))

add(["withdrawal"], "ms", "Malay; stop WhatsApp/e-mail promos, withdraw marketing consent; keep account",
    mail("Hidayah Osman", "hidayah.osman@example.net", "Berhenti hantar promosi",
         "Salam,\n\nTolong berhenti hantar mesej promosi melalui WhatsApp dan e-mel. Saya tarik balik persetujuan "
         "untuk pemasaran. Akaun saya jangan ditutup ya.\n\nHidayah\n"))

add(["withdrawal"], "ms", "Malay informal; no more telemarketing calls",
    mail("Faizal Kamarudin", "faizal.k@example.org", "panggilan telemarketing",
         "Saya tak nak terima panggilan telemarketing dari ExampleMart lagi. Dah 4 kali minggu ni. "
         "Keluarkan nombor saya dari senarai panggilan.\n"))

add(["withdrawal"], "es", "Spanish; 'baja de las comunicaciones comerciales', keep account",
    mail("Alejandro Ruiz", "alejandro.ruiz@example.net", "No más publicidad",
         "Hola:\n\nNo quiero recibir más publicidad por email ni por SMS. Por favor, denme de baja de las comunicaciones "
         "comerciales, pero mantengan mi cuenta activa.\n\nGracias,\nAlejandro Ruiz\n"))

add(["withdrawal"], "de", "German formal Art. 21(2) objection to advertising + revoke newsletter consent",
    mail("Dr. Katharina Vogel", "k.vogel@example.org", "Widerspruch gegen Werbung",
         "Sehr geehrte Damen und Herren,\n\nhiermit widerspreche ich gemäß Art. 21 Abs. 2 DSGVO der Verarbeitung meiner "
         "personenbezogenen Daten zum Zwecke der Direktwerbung. Zugleich widerrufe ich meine Einwilligung in den Erhalt "
         "Ihres Newsletters.\n\nMein Kundenkonto soll bestehen bleiben.\n\nMit freundlichen Grüßen\nDr. Katharina Vogel\n",
         cte="quoted-printable"))

add(["withdrawal"], "nl", "Dutch; unsubscribe newsletter, no more ads",
    mail("Daan Jansen", "daan.jansen@example.net", "Afmelden",
         "Hallo,\n\nIk wil graag afgemeld worden voor jullie nieuwsbrief en geen reclame meer ontvangen, ook niet per sms.\n\n"
         "Groet,\nDaan\n"))

add(["withdrawal"], "en", "withdraw consent for location use for offers",
    mail("Natalie Sim", "natalie.sim@example.org", "Location consent",
         "Hello,\n\nI'm withdrawing the consent I gave for the ExampleMart app to use my location to send me nearby-store "
         "offers. I'd still like to use the app for orders.\n\nNatalie\n"))

add(["withdrawal"], "en", "stop sharing with an insurance partner for marketing",
    mail("Gopal Krishnan", "gopal.k@example.net", "Stop sharing my details",
         "Dear Sir/Madam,\n\nSince I signed up for your member card I've been receiving calls from an insurance company "
         "that says it is your partner. Please stop sharing my details with your partners for marketing purposes.\n\n"
         "Gopal Krishnan\n"))

add(["withdrawal"], "en", "reply on top of a quoted promotional e-mail (no List-Id on this message)",
    mail("Zoe Lambert", "zoe.lambert@example.net", "Re: 🔥 48-hour Mega Sale starts NOW",
         "Please unsubscribe me. I've clicked the link at the bottom three times and I still get these.\n\n"
         "On Fri, 11 Jul 2025, ExampleMart Deals <deals@example.com> wrote:\n"
         + quote("48-HOUR MEGA SALE\nUp to 70% off home appliances, today only!\nShop now >\n\n"
                 "You are receiving this e-mail because you subscribed to ExampleMart Deals.\nUnsubscribe | Privacy policy") + "\n"))

add(["withdrawal"], "it", "Italian; revoke marketing consent, no more newsletters",
    mail("Marco Bellini", "marco.bellini@example.org", "Revoca consenso marketing",
         "Buongiorno,\n\nvi chiedo di non inviarmi più newsletter e offerte promozionali: revoco il consenso al trattamento "
         "dei miei dati per finalità di marketing.\n\nGrazie,\nMarco Bellini\n"))

add(["withdrawal"], "en", "past tense: unsubscribed in March but still receiving promos; restates opt-out",
    mail("Isabel Cruz", "isabel.cruz@example.net", "Still getting your emails",
         "I unsubscribed in March but you're still sending me promo e-mails every week. Stop it and take me off ALL "
         "marketing, e-mail and SMS.\n\nIsabel Cruz\n"))

add(["withdrawal"], "zh", "Simplified Chinese 退订 marketing SMS, mobile-style",
    mail("刘洋", "yang.liu@example.net", "退订短信",
         "你们的营销短信太多了，请帮我退订所有推广短信和电话，不要再发了。\n\n发自我的 iPhone\n"))

# ---------------------------------------------------------------- CANCELLATION (single)
add(["cancellation"], "en", "'please delete my account' = cancellation by convention",
    mail("Brandon Yeo", "brandon.yeo@example.net", "Delete account",
         "Hi, please delete my account. I don't use it anymore.\n\nBrandon\n"))

add(["cancellation"], "en", "formal termination of account + Plus membership at end of billing cycle",
    mail("Evelyn Goh", "evelyn.goh@example.org", "Termination of ExampleMart Plus membership and account",
         "Dear Sir or Madam,\n\nI write to give notice that I wish to terminate my ExampleMart account and my ExampleMart "
         "Plus membership with effect from the end of the current billing cycle (31 July 2025). Kindly stop any further "
         "charges to my card and confirm the termination in writing.\n\nYours faithfully,\nEvelyn Goh\n"))

add(["cancellation"], "zh", "Simplified Chinese 注销账号, terse",
    mail("孙浩然", "haoran.sun@example.net", "注销账号",
         "我要注销我的账号，注册手机 186 0021 7734。请尽快处理，谢谢。\n"))

add(["cancellation"], "zh", "Traditional Chinese 註銷帳號; Big5",
    mail("林美玲", "meiling.lam@example.org", "申請註銷帳號",
         "您好：\n\n本人想註銷在 ExampleMart 的會員帳號，請協助辦理。帳號電郵即為本電郵地址。\n\n謝謝！\n林美玲\n",
         cs="big5"))

add(["cancellation"], "zh", "Traditional Chinese 刪除帳號 (account only) = cancellation",
    mail("鄭宇軒", "yuxuan.cheng@example.net", "刪除帳號",
         "你好，請幫我刪除帳號，我已經不再使用了。謝謝。\n"))

add(["cancellation"], "ms", "Malay one-liner tutup akaun; 'Dihantar dari iPhone saya'",
    mail("Rizal Hamid", "rizal.hamid@example.net", "tutup akaun",
         "Tolong tutup akaun saya. Terima kasih.\n\nDihantar dari iPhone saya\n"))

add(["cancellation"], "es", "Spanish 'darme de baja de la cuenta' = close account",
    mail("Lucía Fernández", "lucia.fernandez@example.org", "Baja de la cuenta",
         "Buenas tardes:\n\nQuiero darme de baja de la cuenta de ExampleMart. Ya no vivo en Singapur y no voy a seguir "
         "comprando.\n\nUn saludo,\nLucía\n", cte="quoted-printable"))

add(["cancellation"], "it", "Italian; chiudere account",
    mail("Francesca Gallo", "francesca.gallo@example.net", "Chiusura account",
         "Salve,\n\nvorrei chiudere il mio account ExampleMart. Potete procedere e confermarmelo via e-mail?\n\n"
         "Grazie mille,\nFrancesca\n"))

add(["cancellation"], "pt", "Portuguese; encerrar a conta",
    mail("Rafael Costa", "rafael.costa@example.net", "Encerrar conta",
         "Olá,\n\nquero encerrar a minha conta ExampleMart. Obrigado.\n\nRafael Costa\n"))

add(["cancellation"], "de", "German; Kundenkonto kündigen/schließen",
    mail("Stefan Maier", "stefan.maier@example.org", "Kündigung Kundenkonto",
         "Guten Tag,\n\nhiermit kündige ich mein Kundenkonto bei ExampleMart und bitte um Schließung zum nächstmöglichen "
         "Zeitpunkt. Bitte bestätigen Sie mir die Kündigung.\n\nViele Grüße\nStefan Maier\n"))

add(["cancellation"], "en", "widow as executor asks to close late husband's account",
    mail("Margaret Ong", "margaret.ong@example.net", "Account of my late husband",
         "Dear ExampleMart,\n\nMy husband, Ong Boon Kiat, passed away in January. Please close his ExampleMart account "
         "(registered to boonkiat.ong@example.net). I am the executor of his estate and can provide the death "
         "certificate and grant of probate if you need them.\n\nYours sincerely,\nMargaret Ong\n"))

add(["cancellation"], "en", "inline forward by social-media team of a Messenger chat: close account",
    mail("Nicole Tay", "nicole.tay@example.com", "FW: Facebook message - account closure",
         "Hi privacy team, customer messaged our Facebook page, copying below.\n\nNicole | Social Media\n\n"
         "---------- Forwarded message ---------\nFrom: Facebook Messenger <notify@example.org>\nDate: Sat, 12 Jul 2025\n"
         "Subject: New message from Darius Tan\n\n\nDarius Tan: hi can u close my acct? registered w darius.tan@example.net\n"
         "Darius Tan: i dont shop w u anymore. thx\n"))

add(["cancellation"], "en", "negation: close account but keep invoices/order history for warranty",
    mail("Sophia Mendes", "sophia.mendes@example.org", "Closing my account",
         "Hello,\n\nPlease close my account. However, do NOT delete my invoices and order history - I need them for "
         "warranty claims on the washing machine. Just close the account itself.\n\nThanks,\nSophia\n"))

add(["cancellation"], "en", "mixed English + Chinese (注销 inside English sentence)",
    mail("Ivy Huang", "ivy.huang@example.net", "account",
         "Hi, pls help me 注销 my account, I'm moving back to Taiwan next month. Thanks!\n\nIvy\n"))

add(["cancellation"], "en", "typos; close account",
    mail("Derek Sim", "derek.sim@example.net", "acount",
         "i wnat to clsoe my acount asap. emial is this one. thnks\n"))

add(["cancellation"], "zh", "Simplified Chinese, phone style; GB2312",
    mail("马丽娟", "lijuan.ma@example.org", "账户",
         "把我的账户注销掉吧，不想用了。\n\n发自我的华为手机\n", cs="gb2312"))

# ---------------------------------------------------------------- MULTI-TYPE
add(["access", "deletion"], "en", "guest: copy first, then erase",
    mail("Oluwaseun Adeyemi", "seun.adeyemi@example.net", "Copy, then delete",
         "Hello,\n\nBefore anything else, please send me a copy of the personal data you hold on me (I checked out as a "
         "guest twice last year). Once I've received it, please erase all of it.\n\nThank you,\nSeun\n"))

add(["cancellation", "deletion"], "en", "close account + wipe all data; angry",
    mail("Trevor Lim", "trevor.lim@example.org", "Done with ExampleMart",
         "Close my account and wipe every bit of data you have on me. Addresses, orders, cards, all of it. "
         "After the way your delivery partner treated me I'm done.\n\nTrevor\n"))

add(["cancellation", "withdrawal"], "en", "stop marketing now; close account later after last order arrives",
    mail("Angela Soh", "angela.soh@example.net", "Marketing + account",
         "Hi,\n\n1. Please stop all marketing to me immediately (email, SMS and app notifications).\n"
         "2. Once my last order (SG-2025-40122) has been delivered, please close my account.\n\nThank you,\nAngela\n"))

add(["correction", "withdrawal"], "en", "fix e-mail address + stop promo SMS",
    mail("Hassan Rahman", "hassan.rahman@example.net", "Two things",
         "Hi,\n\nTwo things: my e-mail on file has a typo (hasan.rahman@ - should be hassan.rahman@example.net), please fix it. "
         "And please stop sending me promotional SMS.\n\nThanks\nHassan\n"))

add(["access", "correction"], "en", "copy of data + DOB correction",
    mail("Fiona McAllister", "fiona.mcallister@example.org", "My data",
         "Dear team,\n\nCould you send me everything you have on me? I suspect my date of birth is wrong in your system - "
         "if so, please correct it to 3 February 1979.\n\nBest,\nFiona\n"))

add(["access", "cancellation", "deletion", "withdrawal"], "en", "long formal letter, four numbered requests; disclaimer",
    mail("Rebecca Thornton", "r.thornton@example.org", "Data protection requests - R. Thornton",
         "Dear Data Protection Officer,\n\nI make the following requests in relation to my ExampleMart account "
         "(r.thornton@example.org):\n\n"
         "1. Access: please provide a copy of all personal data you hold about me and details of any third parties to "
         "whom it has been disclosed.\n"
         "2. Marketing: with immediate effect I withdraw my consent to all marketing communications.\n"
         "3. Account: after you have provided the copy at point 1, please close my account.\n"
         "4. Erasure: once the account is closed, please erase my personal data, save for anything you are legally "
         "required to retain, and tell me what that is.\n\n"
         "I look forward to your confirmation of each point.\n\nYours faithfully,\nRebecca Thornton\n\n--\n" + DISCLAIMER + "\n",
         alt=True))

add(["access", "withdrawal"], "en", "which partners got my data + copy; stop sharing with partners for ads",
    mail("Kenji Watanabe", "kenji.watanabe@example.net", "Who did you share my data with?",
         "Hello,\n\nPlease send me a copy of my personal data and a list of the companies you've shared it with. "
         "From now on, please stop sharing my data with partners for advertising.\n\nKenji Watanabe\n"))

add(["deletion", "withdrawal"], "en", "delete interest profile + stop targeted ads; keep account",
    mail("Maya Fernando", "maya.fernando@example.org", "Profiling",
         "Hi,\n\nPlease delete the shopping-interest profile you've built about me and stop showing me targeted ads. "
         "Keep my account open though, I still use it.\n\nMaya\n"))

_inner2 = ("Date: Fri, 11 Jul 2025 09:12:00 +0800\nFrom: Chua Boon Heng <boonheng.chua@example.net>\nTo: feedback@example.com\n"
           "Subject: closing account\nMessage-ID: <bh-closing-0711@example.net>\nMIME-Version: 1.0\n"
           "Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n\n"
           "Hello,\n\nI'd like to close my ExampleMart account. Before you do, please e-mail me a copy of all my personal "
           "data, including my full order history since 2019.\n\nThanks,\nBoon Heng\n").encode("utf-8")
add(["access", "cancellation"], "en", "forwarded as message/rfc822 by the feedback team: copy then close",
    mail("Lydia Ang", "lydia.ang@example.com", "FW: closing account",
         "Forwarding a customer e-mail from the feedback inbox (attached). Over to you.\n\nLydia\n",
         attach=[rfc822_part(_inner2)]))

add(["cancellation", "correction"], "en", "update e-mail so closure confirmation reaches me, then close",
    mail("Nadia Sulaiman", "nadia.sulaiman@example.net", "Update email then close account",
         "Hi,\n\nPlease update the e-mail address on my account to nadia.sulaiman@example.net (the old Hotmail one no "
         "longer works) so the confirmation reaches me, and then close my account.\n\nThank you,\nNadia\n"))

add(["cancellation", "deletion"], "zh", "Simplified Chinese GB2312; 注销账号 + 删除全部个人信息",
    mail("王建国", "jianguo.wang@example.net", "注销账号并删除个人信息",
         "您好：\n\n我申请注销我的会员账号，并删除你们保存的我的全部个人信息，包括收货地址和购买记录。\n\n王建国\n",
         cs="gb2312"))

add(["access", "withdrawal"], "zh", "Simplified Chinese; copy of data + 撤回营销同意",
    mail("杨雪", "xue.yang@example.org", "个人信息",
         "你好，\n\n1. 请把你们保存的我的个人信息发一份副本给我；\n2. 我撤回接收营销短信和邮件的同意，以后不要再给我发广告。\n\n杨雪\n"))

add(["correction", "deletion"], "zh", "Simplified Chinese GB18030; correct address + delete old ID photo",
    mail("许志刚", "zhigang.xu@example.net", "更新地址和删除照片",
         "你好，我搬家了，请把收货地址更新为：上海市浦东新区世纪大道 100 号 12 楼。另外，之前实名认证上传的旧身份证照片请删除。谢谢！\n",
         cs="gb18030"))

add(["cancellation", "deletion"], "zh", "Traditional Chinese 註銷帳號 + 刪除所有個人資料; Big5",
    mail("張嘉欣", "kayan.cheung@example.net", "註銷帳號及刪除資料",
         "您好，\n\n本人要求註銷 ExampleMart 會員帳號，並刪除貴公司保存的所有本人個人資料。\n\n張嘉欣\n", cs="big5"))

add(["access", "withdrawal"], "zh", "Traditional Chinese 查閱 + 停止推廣; UTF-8",
    mail("李志豪", "chiho.lee@example.org", "個人資料查閱及停止推廣",
         "你好：\n\n請提供你們持有關於我的個人資料副本。另外，請停止使用我的個人資料作直接促銷，不要再傳送任何推廣訊息給我。\n\n李志豪\n"))

add(["cancellation", "deletion"], "ms", "Malay; tutup akaun + padam semua data",
    mail("Shahrul Nizam", "shahrul.nizam@example.net", "Tutup akaun dan padam data",
         "Salam,\n\nSila tutup akaun ExampleMart saya dan padamkan semua data peribadi saya termasuk alamat dan nombor "
         "telefon.\n\nTerima kasih,\nShahrul\n"))

add(["access", "correction"], "ms", "Malay; salinan data + betulkan alamat",
    mail("Lim Mei Fong", "meifong.lim@example.org", "Salinan data & alamat",
         "Hai,\n\nBoleh hantar salinan data peribadi saya? Selain itu, alamat saya dalam sistem sudah lama - sila "
         "kemas kini kepada No. 8, Jalan Mawar 3, Taman Bukit Indah, 81200 Johor Bahru.\n\nTerima kasih.\n"))

add(["deletion", "withdrawal"], "fr", "French; effacement + opposition à la prospection",
    mail("Nicolas Lefebvre", "nicolas.lefebvre@example.net", "Suppression de mes données et prospection",
         "Bonjour,\n\nJe m'oppose à toute prospection commerciale de votre part, par e-mail comme par SMS. "
         "Par ailleurs, je vous demande de supprimer toutes les données personnelles me concernant.\n\n"
         "Cordialement,\nNicolas Lefebvre\n", cte="quoted-printable"))

add(["access", "deletion"], "es", "Spanish; acceso + supresión",
    mail("Pablo Moreno", "pablo.moreno@example.org", "Derecho de acceso y supresión",
         "Estimados señores:\n\nEn ejercicio de los artículos 15 y 17 del RGPD, solicito en primer lugar una copia de "
         "mis datos personales y, a continuación, la supresión de todos ellos.\n\nAtentamente,\nPablo Moreno García\n",
         cs="iso-8859-1"))

add(["cancellation", "deletion"], "de", "German; Konto schließen + Löschung aller Daten",
    mail("Felix Wagner", "felix.wagner@example.net", "Konto schließen und Daten löschen",
         "Hallo ExampleMart-Team,\n\nbitte schließen Sie mein Kundenkonto und löschen Sie anschließend alle meine "
         "personenbezogenen Daten gemäß Art. 17 DSGVO.\n\nMit freundlichen Grüßen\nFelix Wagner\n", cs="iso-8859-15"))

add(["access", "deletion"], "nl", "Dutch; inzage + verwijderen",
    mail("Femke de Vries", "femke.devries@example.org", "Inzageverzoek en verwijdering",
         "Geachte heer/mevrouw,\n\nGraag ontvang ik een kopie van alle persoonsgegevens die u over mij verwerkt. "
         "Daarna verzoek ik u al mijn gegevens te verwijderen.\n\nMet vriendelijke groet,\nFemke de Vries\n"))

add(["cancellation", "withdrawal"], "pt", "Portuguese; close account + no marketing meanwhile",
    mail("Mariana Souza", "mariana.souza@example.net", "Cancelamento da conta",
         "Olá,\n\nquero cancelar a minha conta. Até lá, por favor não me enviem mais e-mails nem SMS de marketing.\n\n"
         "Mariana\n", cte="quoted-printable"))

add(["access", "correction"], "it", "Italian; accesso + rettifica indirizzo",
    mail("Alessandro Conti", "alessandro.conti@example.org", "Accesso e rettifica",
         "Gentile ExampleMart,\n\nchiedo di ricevere una copia dei miei dati personali e di rettificare l'indirizzo di "
         "consegna, che è errato: quello corretto è Via Garibaldi 12, 20121 Milano.\n\nDistinti saluti,\nAlessandro Conti\n"))

add(["cancellation", "deletion"], "en", "mixed English + Chinese: 删除 all my personal data and close account",
    mail("Tan Xiu Ying", "xiuying.tan@example.net", "Close account 谢谢",
         "Hello, please 删除 all my personal data and close my account. 谢谢!\n\nXiu Ying\n\nSent from my iPhone\n"))

add(["correction", "withdrawal"], "en", "daughter on behalf of father: correct address + stop calls",
    mail("Rachel Goh", "rachel.goh@example.net", "For my father, Goh Seng Huat",
         "Hello,\n\nI'm writing for my dad, Goh Seng Huat (he's 78). Your telemarketers keep calling him about "
         "insurance plans and he gets confused - please stop all marketing calls to him. Also his address on file is "
         "wrong, it should be Blk 12 Marsiling Drive #03-45, Singapore 730012.\n\nThanks,\nRachel (daughter)\n"))

add(["cancellation", "withdrawal"], "en", "past-tense chaser (new mail): asked last month to close account + stop e-mails, neither done",
    mail("Colin Fraser", "colin.fraser@example.org", "Account still open??",
         "Last month I asked you to close my account and stop the marketing e-mails. The account is still open and the "
         "e-mails keep coming. Do it please.\n\nColin Fraser\n"))

# ---------------------------------------------------------------- HUMAN
add([], "en", "retention question only",
    mail("Samuel Wong", "samuel.wong@example.net", "Data retention",
         "Hi,\n\nHow long do you keep my personal data after my last purchase? Is there a fixed period?\n\nSamuel\n"))

add([], "en", "question only mentioning closing account (vouchers); undecided",
    mail("Cheryl Lau", "cheryl.lau@example.org", "Vouchers if I close my account?",
         "Hello, if I close my account, do I lose my vouchers and Plus points? I haven't decided yet, just want to know "
         "first.\n\nCheryl\n"))

add([], "en", "complaint: courier misused phone number; no request",
    mail("Jolene Fernandez", "jolene.fdz@example.net", "Complaint about your delivery driver",
         "I'm writing to complain. After delivering my parcel on Tuesday, your delivery driver texted me from his "
         "personal number asking me out for coffee. He obviously got my number from the delivery app. This is completely "
         "unacceptable use of my personal information and I expect ExampleMart to take it seriously.\n\nJolene Fernandez\n"))

add([], "en", "objection (legitimate interests) to credit scoring - not direct marketing",
    mail("Arjun Mehta", "arjun.mehta@example.org", "Objection to credit scoring",
         "Dear DPO,\n\nI object, under Article 21(1) GDPR, to ExampleMart using my purchase history to calculate an "
         "internal credit score for the ExamplePay Later instalment service on the basis of legitimate interests. "
         "I have never applied for that service.\n\nRegards,\nArjun Mehta\n"))

add([], "en", "portability ONLY: transmit order history to another controller",
    mail("Eleanor Price", "eleanor.price@example.net", "Data portability",
         "Hello,\n\nUnder my right to data portability, please transmit my order history in a structured, machine-readable "
         "format directly to FreshCart Pte Ltd (their DPO is dpo@example.org). I don't need a copy myself.\n\nEleanor Price\n"))

add([], "en", "automated decision: account blocked by algorithm, wants explanation + human review",
    mail("Ibrahim Malik", "ibrahim.malik@example.net", "Account blocked automatically",
         "Your system automatically blocked my account for \"suspicious activity\" after I changed my delivery address. "
         "I want an explanation of how this decision was made and for a real person to review it. I have done nothing "
         "wrong.\n\nIbrahim Malik\n"))

add([], "en", "request for someone else's data (ex-husband's delivery address)",
    mail("Wendy Lim", "wendy.lim@example.org", "Information about my ex-husband",
         "Hi,\n\nMy ex-husband has been using my old credit card on your website. I need to know what delivery address "
         "he has been sending the orders to. His name is Edwin Koh. Please send me his address.\n\nWendy\n"))

add([], "en", "thank-you reply in an existing thread; quoted text describes our access response",
    mail("Liam Gallagher", "liam.gallagher@example.net", "Re: Your data access request [PR-2041]",
         "Thanks, got the file and it all looks fine. Appreciate the quick turnaround.\n\nLiam\n\n"
         "On Wed, 9 Jul 2025 at 16:20, ExampleMart Privacy <privacy@example.com> wrote:\n"
         + quote("Dear Mr Gallagher,\n\nFurther to your access request (ref. PR-2041), please find attached a copy of "
                 "the personal data we hold about you. If you believe any of it is inaccurate you may ask us to correct it.\n\n"
                 "ExampleMart Privacy Team") + "\n", inreply="<pr-2041-reply@example.com>"))

add([], "en", "chaser in an existing thread (In-Reply-To, ticket ref), no restated request",
    mail("Aisha Bello", "aisha.bello@example.org", "Re: [PR-2107] We have received your request",
         "Any update? It's been three weeks.\n\nAisha\n\n> Thank you for contacting ExampleMart Privacy. Your request has been "
         "logged under reference PR-2107.\n", inreply="<pr-2107-ack@example.com>"))

add([], "en", "legal threat; no request",
    mail("Gordon Teo", "gordon.teo@example.net", "FINAL WARNING",
         "This is your final warning. If I receive one more scam call that knows exactly what I bought from you, my "
         "lawyers will file a complaint with the PDPC and sue ExampleMart for negligence. You have been warned.\n\n"
         "G. Teo\n"))

add([], "en", "gibberish / keyboard mash",
    mail("", "x7kq2@example.net", "aaaa",
         "asdkjh qweoiu zxcm,nb lkj ;;; ppoi\n??? 1234 fgh\n"))

add([], "vi", "Vietnamese (unsupported language); content is a deletion+closure request -> human per brief",
    mail("Nguyễn Văn Hùng", "hung.nguyen@example.net", "Yêu cầu xóa tài khoản",
         "Xin chào,\n\nTôi muốn xóa tài khoản ExampleMart và toàn bộ dữ liệu cá nhân của tôi. Xin vui lòng xác nhận "
         "qua email.\n\nCảm ơn,\nNguyễn Văn Hùng\n"))

add([], "th", "Thai (unsupported language), TIS-620; content asks for a copy of data -> human per brief",
    mail("สมชาย ใจดี", "somchai.j@example.net", "ขอสำเนาข้อมูลส่วนบุคคล",
         "สวัสดีครับ\n\nผมต้องการขอสำเนาข้อมูลส่วนบุคคลของผมที่บริษัทเก็บไว้ทั้งหมด\n\nขอบคุณครับ\nสมชาย\n",
         cs="tis-620"))

add([], "ko", "Korean (unsupported language), EUC-KR; content is a deletion request -> human per brief",
    mail("김민준", "minjun.kim@example.org", "개인정보 삭제 요청",
         "안녕하세요.\n\n제 개인정보를 모두 삭제해 주시기 바랍니다. 감사합니다.\n\n김민준\n", cs="euc-kr"))

add([], "ja", "Japanese (unsupported language), ISO-2022-JP; content is an account-closure request -> human per brief",
    mail("佐藤美咲", "misaki.sato@example.net", "アカウント削除のお願い",
         "お世話になっております。\n\nExampleMartのアカウントを削除していただけますでしょうか。\n\nよろしくお願いいたします。\n佐藤美咲\n",
         cs="iso-2022-jp"))

add([], "zh", "Simplified Chinese question only mentioning 注销 (points/coupons); undecided",
    mail("邓丽华", "lihua.deng@example.net", "关于注销账号的疑问",
         "你好，想问一下：如果注销账号的话，我的积分和优惠券还能保留吗？我还在考虑要不要注销。\n\n谢谢\n"))

add([], "zh", "Simplified Chinese complaint: courier wrote phone number on parcel; no request",
    mail("钱伟", "wei.qian@example.org", "投诉：快递单泄露个人信息",
         "你们的快递员把我的全名和手机号用马克笔写在包裹外面，整个小区的人都能看到。这是严重泄露个人信息，"
         "我非常不满，希望你们给个说法。\n\n钱伟\n"))

add([], "zh", "Simplified Chinese automated-decision explanation + human review (PIPL Art. 24)",
    mail("冯晓东", "xiaodong.feng@example.net", "会员等级被自动降级",
         "你好，为什么我的会员等级被系统自动降级了？根据《个人信息保护法》第二十四条，请说明这个自动化决策的依据，"
         "并安排人工复核。\n\n冯晓东\n"))

add([], "zh", "Traditional Chinese retention question only",
    mail("蔡淑芬", "shufen.tsai@example.org", "個人資料保存期限",
         "您好，請問你們會保留我的個人資料多久？如果我之後不再購物，資料會自動刪除嗎？\n\n謝謝\n"))

add([], "ms", "Malay question: e-wallet balance if account closed; hypothetical",
    mail("Roslan Abdullah", "roslan.abdullah@example.net", "Soalan tentang akaun",
         "Hai, jika saya tutup akaun, adakah baki e-wallet saya akan dipulangkan? Saya belum buat keputusan lagi.\n\nRoslan\n"))

add([], "ms", "Malay chaser in an existing thread (ticket ref, In-Reply-To)",
    mail("Norhayati Salleh", "norhayati.s@example.org", "Re: [PR-2210] Permintaan anda telah diterima",
         "Ada apa-apa perkembangan? Sudah dua minggu saya tunggu.\n\nNorhayati\n\n"
         "> Terima kasih. Permintaan anda telah direkodkan dengan rujukan PR-2210.\n", inreply="<pr-2210-ack@example.com>"))

add([], "en", "question with 'please': do you sell data? (not a request)",
    mail("Mei Ling Ho", "meiling.ho@example.net", "Question before I sign up",
         "Hi, please could you tell me whether you sell customer data to advertisers? I'd like to know before I sign up "
         "for the membership.\n\nThanks,\nMei Ling\n"))

add([], "en", "question about consequences of opting out of marketing; undecided",
    mail("Jonathan Pang", "jonathan.pang@example.org", "Member prices",
         "If I opt out of your marketing e-mails and SMS, will I still get the member prices and birthday vouchers? "
         "Thinking about it.\n\nJon\n"))

add([], "en", "misleading subject 'DELETE MY ACCOUNT?' - body is only a question before deciding",
    mail("Beatrice Yong", "beatrice.yong@example.net", "DELETE MY ACCOUNT?",
         "I'm thinking about deleting my account because of the new delivery fees. Before I do: what happens to my "
         "order history and the warranty records for things I bought? Would I still be able to claim warranty?\n\n"
         "Beatrice\n"))

add([], "en", "request for a customer's data by a third party (investigator) - someone else's data",
    mail("Insp. Mohan Das", "mohan.das@example.org", "Request for subscriber information - case 2025/0412",
         "Dear Sir/Madam,\n\nI am investigating a fraud case in which goods were delivered to an address in Woodlands. "
         "Please provide the name, phone number and account details of the ExampleMart customer who placed order "
         "SG-2025-22871.\n\nRegards,\nMohan Das\nInvestigation Officer\n"))

add([], "en", "complaint after a breach notification; considering (not deciding) closure",
    mail("Clara Ng", "clara.ng@example.net", "Your 'security incident' email",
         "I got your e-mail about the security incident. Frankly I'm furious that it took you three weeks to tell "
         "customers. I'm seriously considering whether to stay with ExampleMart at all.\n\nClara\n"))

add([], "es", "Spanish retention question only",
    mail("Carmen Ortega", "carmen.ortega@example.org", "Pregunta sobre mis datos",
         "Hola, ¿cuánto tiempo conservan ustedes los datos de los clientes después de la última compra? Gracias.\n\n"
         "Carmen\n"))

add([], "zh", "Simplified Chinese thank-you in an existing thread",
    mail("唐艳", "yan.tang@example.net", "回复：[PR-2233] 您的更正申请已处理",
         "收到，谢谢你们的处理，地址已经显示正确了。\n\n唐艳\n\n> 您好，您的个人信息更正申请（编号 PR-2233）已处理完毕。\n",
         inreply="<pr-2233-done@example.com>"))

add([], "en", "objection to facial recognition CCTV in store (not direct marketing)",
    mail("Ruth Abraham", "ruth.abraham@example.org", "Facial recognition at Bugis store",
         "Hello,\n\nI noticed a notice at your Bugis store saying cameras use facial recognition to detect shoplifters. "
         "I object to my face being processed this way. I don't think it's proportionate and I'd like to know who I can "
         "speak to about it.\n\nRuth Abraham\n"))

add([], "zh", "Simplified Chinese portability only: transfer order data to another platform",
    mail("高峰", "feng.gao@example.net", "个人信息转移",
         "你好，根据《个人信息保护法》第四十五条第三款，请将我的订单数据直接转移到另一家电商平台 FreshCart（接收邮箱 dpo@example.org）。\n\n高峰\n"))

add([], "en", "parent asks for adult son's order history (someone else's data, no authority)",
    mail("Patricia Low", "patricia.low@example.net", "My son's orders",
         "Hi,\n\nMy son (24) has been buying a lot of things on your site and I'm worried. Can you send me a list of "
         "what he's ordered in the last six months? His account e-mail is andy.low@example.net.\n\nPatricia\n"))

add([], "fr", "French question: transfers outside the EU",
    mail("Sophie Laurent", "sophie.laurent@example.net", "Transfert de données",
         "Bonjour,\n\nEst-ce que vous transférez les données de vos clients européens hors de l'Union européenne ? "
         "Si oui, sur quelle base ?\n\nMerci,\nSophie Laurent\n", cs="iso-8859-15"))

add([], "de", "German complaint to supervisory authority, company only in Cc",
    mail("Thomas Keller", "thomas.keller@example.org", "Beschwerde gegen ExampleMart Pte. Ltd.",
         "Sehr geehrte Damen und Herren,\n\nhiermit reiche ich Beschwerde gegen die ExampleMart Pte. Ltd. ein. Das "
         "Unternehmen hat auf mein Auskunftsersuchen vom 2. Mai 2025 bis heute nicht reagiert. Ich bitte Sie, den "
         "Sachverhalt zu prüfen.\n\nMit freundlichen Grüßen\nThomas Keller\n",
         to="beschwerde@example.org", cc="privacy@example.com"))

add([], "en", "non-privacy support question (password reset)",
    mail("Vanessa Lee", "vanessa.lee@example.net", "can't log in",
         "Hi, I can't log in, the password reset link never arrives. How do I change my password? Thanks\n"))

add([], "en", "mixed English + Chinese thank-you in thread",
    mail("Tiffany Zhou", "tiffany.zhou@example.org", "Re: [PR-2250] Your data copy",
         "Thanks, 已经收到 the data file 👍 没问题了.\n\nTiffany\n\n> Please find your data copy attached (ref PR-2250).\n",
         inreply="<pr-2250-reply@example.com>"))

add([], "it", "Italian question: what happens to data if account closed; hypothetical",
    mail("Chiara Ferrari", "chiara.ferrari@example.net", "Domanda",
         "Buongiorno, cosa succede ai miei dati se un giorno decidessi di chiudere l'account? Vengono cancellati subito?\n\n"
         "Chiara\n"))

add([], "en", "cookie banner question with 'please'",
    mail("Hugo Martin", "hugo.martin@example.net", "Cookies",
         "Hello, please explain what the 'marketing cookies' option in your cookie banner actually does. If I accept it, "
         "who gets my data?\n\nHugo\n"))

add([], "ms", "Malay complaint: staff read out IC number loudly; no request",
    mail("Zainab Mohd Noor", "zainab.noor@example.net", "Aduan",
         "Semasa di kaunter cawangan Johor Bahru semalam, pekerja anda membaca nombor IC saya dengan kuat di depan "
         "orang ramai. Saya sangat kecewa dengan cara data peribadi dilayan.\n\nZainab\n"))

add([], "zh", "Traditional Chinese question only mentioning 刪除帳號 (hypothetical); Big5",
    mail("謝承恩", "chengen.hsieh@example.net", "想請問帳號問題",
         "請問如果我刪除帳號，之前累積的點數和購物紀錄還會保留嗎？我還沒決定。\n", cs="big5"))

# ---------------------------------------------------------------- IGNORE
add([], "en", "out-of-office with Auto-Submitted: auto-replied, quoting our verification mail", route="ignore",
    raw=mail("Daniel Koh", "daniel.koh@example.org", "Out of Office: Your deletion request [PR-2301]",
             "Thank you for your e-mail. I am on leave until 28 July with limited access to e-mail. For urgent matters "
             "please contact my colleague at ops@example.org.\n\nDaniel Koh\n\n"
             "> Dear Mr Koh, we have received your request to delete your personal data and close your account.\n",
             extra=["Auto-Submitted: auto-replied", "X-Autoreply: yes"], inreply="<pr-2301-verify@example.com>",
             return_path=""))

add([], "en", "Outlook 'Automatic reply:' WITHOUT Auto-Submitted; X-Auto-Response-Suppress + Thread-Topic; HTML-only", route="ignore",
    raw=mail("Samantha Reyes", "samantha.reyes@example.net", "Automatic reply: Your personal data request [PR-2312]",
             html=to_html("Hi,\n\nI'm out of the office until Monday 21 July and will reply when I'm back.\n\n"
                          "Samantha"),
             extra=["X-Auto-Response-Suppress: All", "Thread-Topic: Your personal data request [PR-2312]",
                    "X-MS-Exchange-Organization-AutoResponse: yes"]))

add([], "en", "auto-reply signalled only by Precedence: auto_reply + X-Autoreply (no Auto-Submitted)", route="ignore",
    raw=mail("Gary Lim", "gary.lim@example.net", "Re: Your request to withdraw marketing consent [PR-2320]",
             "This is an automated response. I am travelling and will not be checking e-mail regularly until 25 July.\n",
             extra=["Precedence: auto_reply", "X-Autoreply: yes", "X-Autorespond: yes"],
             inreply="<pr-2320-ack@example.com>"))

add([], "zh", "Simplified Chinese 自动回复 with Auto-Submitted; GB2312", route="ignore",
    raw=mail("刘思琪", "siqi.liu@example.net", "自动回复：您的注销申请 [PR-2331]",
             "您好，我正在休假，7月30日返回，期间不方便查看邮件。如有急事请致电。\n\n此邮件为自动回复。\n",
             cs="gb2312", extra=["Auto-Submitted: auto-replied"], inreply="<pr-2331-verify@example.com>"))

add([], "ms", "Malay auto-reply (Balasan automatik) with Auto-Submitted", route="ignore",
    raw=mail("Aminah Yusoff", "aminah.yusoff@example.net", "Balasan automatik: Permintaan akses data anda [PR-2340]",
             "Terima kasih atas e-mel anda. Saya sedang bercuti dan akan kembali pada 1 Ogos. Ini adalah balasan automatik.\n",
             extra=["Auto-Submitted: auto-replied"], inreply="<pr-2340-ack@example.com>"))

_bounce_inner = ("Date: Mon, 14 Jul 2025 10:00:00 +0800\nFrom: ExampleMart Privacy <privacy@example.com>\n"
                 "To: Keith Yap <keith.yap.old@example.net>\nSubject: Re: Your deletion request [PR-2350]\n"
                 "Message-ID: <pr-2350-verify@example.com>\nMIME-Version: 1.0\n"
                 "Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 7bit\n\n"
                 "Dear Mr Yap,\n\nWe received your request: \"Please delete all my personal data and close my account.\"\n"
                 "To verify your identity, please reply from your registered e-mail address.\n\nExampleMart Privacy\n")
_dsn = multipart("report", [
    text_part("This is the mail system at host mx.example.com.\n\nI'm sorry to have to inform you that your message could "
              "not be delivered to one or more recipients.\n\n<keith.yap.old@example.net>: host mx.example.net said: "
              "550 5.1.1 User unknown\n", extra=["Content-Description: Notification"]),
    (["Content-Type: message/delivery-status", "Content-Description: Delivery report"],
     b"Reporting-MTA: dns; mx.example.com\nArrival-Date: Mon, 14 Jul 2025 10:00:02 +0800\n\n"
     b"Final-Recipient: rfc822; keith.yap.old@example.net\nAction: failed\nStatus: 5.1.1\n"
     b"Diagnostic-Code: smtp; 550 5.1.1 User unknown\n"),
    (["Content-Type: message/rfc822", "Content-Description: Undelivered Message"], _bounce_inner.encode())],
    params='report-type="delivery-status"; ')
add([], "en", "Postfix DSN bounce; returned message quotes a deletion+closure request", route="ignore",
    raw=mail("Mail Delivery System", "MAILER-DAEMON@mx.example.com", "Undelivered Mail Returned to Sender",
             top_part=_dsn, extra=["Auto-Submitted: auto-replied"], return_path="", received=False))

_ndr = multipart("report", [
    multipart("alternative", [
        text_part("Delivery has failed to these recipients or groups:\n\nnoor.azman@example.org\n"
                  "The e-mail address you entered couldn't be found.\n"),
        text_part(to_html("Delivery has failed to these recipients or groups:\n\nnoor.azman@example.org\n"
                          "The e-mail address you entered couldn't be found."), "html")]),
    (["Content-Type: message/delivery-status"],
     b"Reporting-MTA: dns;EX01.example.org\nReceived-From-MTA: dns;mx.example.com\n\n"
     b"Final-Recipient: rfc822;noor.azman@example.org\nAction: failed\nStatus: 5.1.10\n"
     b"Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n"),
    (["Content-Type: text/rfc822-headers"],
     b"From: ExampleMart Privacy <privacy@example.com>\nTo: <noor.azman@example.org>\n"
     b"Subject: Your correction request [PR-2361]\nMessage-ID: <pr-2361-ack@example.com>\n")],
    params='report-type=delivery-status; ')
add([], "en", "Exchange-style NDR (Undeliverable:) multipart/report, no Auto-Submitted", route="ignore",
    raw=mail("Microsoft Outlook", "postmaster@example.org", "Undeliverable: Your correction request [PR-2361]",
             top_part=_ndr, return_path=""))

_delay = multipart("report", [
    text_part("This is the mail system at host mx.example.com.\n\n####################################################\n"
              "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
              "####################################################\n\nYour message could not be delivered for 4 hours. "
              "It will be retried until it is 5 days old.\n\n<hui.min@example.net>: connect to mx.example.net: Connection timed out\n"),
    (["Content-Type: message/delivery-status"],
     b"Reporting-MTA: dns; mx.example.com\n\nFinal-Recipient: rfc822; hui.min@example.net\nAction: delayed\nStatus: 4.4.1\n"
     b"Will-Retry-Until: Sat, 19 Jul 2025 09:00:00 +0800\n"),
    (["Content-Type: text/rfc822-headers"],
     b"From: ExampleMart Privacy <privacy@example.com>\nTo: <hui.min@example.net>\nSubject: Your access request [PR-2370]\n")],
    params='report-type=delivery-status; ')
add([], "en", "delayed-delivery warning DSN (Action: delayed)", route="ignore",
    raw=mail("Mail Delivery System", "MAILER-DAEMON@mx.example.com", "Delayed Mail (still being retried)",
             top_part=_delay, extra=["Auto-Submitted: auto-replied"], return_path="", received=False))

_mdn = multipart("report", [
    text_part("Your message\n\n  To: Hafizah Ramli\n  Subject: Your account closure request [PR-2380]\n\n"
              "was read on 15/07/2025 09:14.\n"),
    (["Content-Type: message/disposition-notification"],
     b"Reporting-UA: EX02.example.net; Microsoft Exchange Server\nFinal-Recipient: rfc822;hafizah.ramli@example.net\n"
     b"Original-Message-ID: <pr-2380-ack@example.com>\nDisposition: manual-action/MDN-sent-manually; displayed\n")],
    params='report-type=disposition-notification; ')
add([], "en", "Outlook read receipt 'Read:' multipart/report disposition-notification", route="ignore",
    raw=mail("Hafizah Ramli", "hafizah.ramli@example.net", "Read: Your account closure request [PR-2380]",
             top_part=_mdn, inreply="<pr-2380-ack@example.com>"))

_mdn2 = multipart("report", [
    text_part("This is a Return Receipt for the mail that you sent to ong.jiahui@example.org.\n\n"
              "Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer.\n"),
    (["Content-Type: message/disposition-notification"],
     b"Reporting-UA: mail.example.org; Mozilla Thunderbird\nFinal-Recipient: rfc822;ong.jiahui@example.org\n"
     b"Original-Message-ID: <pr-2391-ack@example.com>\nDisposition: manual-action/MDN-sent-manually; displayed\n")],
    params='report-type="disposition-notification"; ')
add([], "en", "Thunderbird return receipt (displayed)", route="ignore",
    raw=mail("Ong Jia Hui", "ong.jiahui@example.org", "Return Receipt (displayed) - Your deletion request [PR-2391]",
             top_part=_mdn2, inreply="<pr-2391-ack@example.com>"))

add([], "en", "vendor helpdesk auto-acknowledgement (Auto-Submitted: auto-generated)", route="ignore",
    raw=mail("CloudStore Support", "support@example.net", "[Ticket #88121] We've received your request",
             "Hello,\n\nThanks for contacting CloudStore Support. This is an automatic confirmation that we've received "
             "your request \"Please delete the customer export bucket\" and a member of our team will respond within "
             "2 business days.\n\nYour ticket number is #88121.\n\nCloudStore Support\n",
             extra=["Auto-Submitted: auto-generated", "X-Helpdesk-Ticket: 88121"]))

add([], "en", "retail newsletter with List-Id/List-Unsubscribe; text mentions unsubscribe and deleting wishlists", route="ignore",
    raw=mail("HomeGoods Weekly", "news@example.net", "Your weekly picks: declutter your home 🧺",
             "DECLUTTER WEEK\n\nTime to delete the clutter! Clear out your wishlist, close those drawers and start fresh.\n\n"
             "- Storage boxes from $4.90\n- Drawer organisers 2 for $12\n\n"
             "You are receiving this because you subscribed to HomeGoods Weekly. To stop receiving these e-mails, "
             "unsubscribe here: https://news.example.net/unsubscribe?u=8812\n",
             extra=["List-Id: HomeGoods Weekly <weekly.news.example.net>",
                    "List-Unsubscribe: <https://news.example.net/unsubscribe?u=8812>, <mailto:unsubscribe@example.net>",
                    "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "Precedence: bulk"], alt=True))

add([], "ms", "Malay vendor newsletter with List-Id about PDPA requests", route="ignore",
    raw=mail("Buletin Privasi", "buletin@example.org", "Buletin Julai: Cara mengurus permintaan padam data",
             "Buletin Privasi - Julai 2025\n\n1. Bagaimana syarikat perlu mengurus permintaan pelanggan untuk padam data "
             "dan tutup akaun.\n2. Tarik balik persetujuan pemasaran: apa yang perlu anda tahu.\n\n"
             "Untuk berhenti melanggan, klik pautan di bawah.\n",
             extra=["List-Id: <buletin-privasi.example.org>", "List-Unsubscribe: <mailto:leave@example.org>",
                    "Precedence: list"]))

add([], "zh", "Traditional Chinese privacy-law newsletter with List-Id, discussing 刪除/註銷/查閱", route="ignore",
    raw=mail("私隱法規通訊", "newsletter@example.org", "本月私隱法規通訊：資料當事人要求處理指引",
             "本期重點：\n\n一、企業如何處理客戶查閱個人資料的要求\n二、客戶要求註銷帳號及刪除個人資料時的注意事項\n"
             "三、拒絕直接促銷的處理流程\n\n如不欲再收到本通訊，請按此取消訂閱。\n",
             extra=["List-Id: =?utf-8?b?56eB6Zqx5rOV6KaP6YCa6KiK?= <privacy-news.example.org>",
                    "List-Unsubscribe: <https://example.org/unsub?id=3321>"]))

add([], "en", "X-Spam-Flag: YES phishing that imitates an account-closure notice", route="ignore",
    raw=mail("ExampleMart Security", "security-alert@example.net", "[SPAM] Your account will be closed - verify now",
             "Dear customer,\n\nWe will close your account and delete all your data within 24 hours unless you verify your "
             "details at the link below.\n\nhttp://verify.example.net/login\n\nExampleMart Security Team\n",
             extra=["X-Spam-Flag: YES", "X-Spam-Status: Yes, score=14.2 required=5.0", "X-Spam-Level: **************"]))

add([], "en", "X-Spam-Flag: YES imitating a data-access request (HTML-only)", route="ignore",
    raw=mail("Legal Department", "legal.notice@example.net", "Formal request for copy of personal data",
             html=to_html("To Privacy Officer,\n\nUnder data protection law please send a copy of all personal data of our client "
                          "to the secure portal below within 24 hours to avoid penalties.\n\nhttps://portal.example.net/upload"),
             extra=["X-Spam-Flag: YES", "X-Spam-Status: Yes, score=9.8 required=5.0"]))

add([], "en", "mailing-list digest (List-Id, Precedence: list) quoting a member asking for deletion", route="ignore",
    raw=mail("privacy-pros Digest", "privacy-pros@example.org", "privacy-pros Digest, Vol 41, Issue 7",
             "Today's Topics:\n\n   1. Handling 'delete my data' e-mails (Ana Ribeiro)\n\n"
             "----------------------------------------------------------------------\n\nMessage: 1\nFrom: Ana Ribeiro\n\n"
             "A customer wrote to us: \"please delete my data and close my account\". Do you treat that as one request or two?\n",
             extra=["List-Id: Privacy professionals <privacy-pros.example.org>", "Precedence: list",
                    "List-Post: <mailto:privacy-pros@example.org>"]))


# ---------------------------------------------------------------- write
def main():
    rnd = random.Random(20250714)
    items = ITEMS[:]
    rnd.shuffle(items)
    for old in OUT.glob("h*.eml"):
        old.unlink()
    rows = []
    for i, it in enumerate(items, 1):
        name = f"h{i:03d}.eml"
        (OUT / name).write_bytes(it["raw"])
        rows.append({"file": name, "labels": it["labels"], "route": it["route"], "lang": it["lang"], "notes": it["notes"]})
    with open(OUT / "manifest.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "emails written")


if __name__ == "__main__":
    main()
