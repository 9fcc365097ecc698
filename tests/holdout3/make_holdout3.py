"""Generate holdout3: blind QA emails for the privacy-request intake bot (written fresh)."""
import json
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from datetime import datetime, timedelta, timezone
from pathlib import Path

OUT = Path(__file__).resolve().parent
POL = policy.default.clone(linesep="\n")
SGT = timezone(timedelta(hours=8))
T0 = datetime(2025, 9, 1, 9, 0, tzinfo=SGT)
rows = []
n = 0


def base(frm, subject, to="privacy@example.com", extra=None):
    global n
    n += 1
    m = EmailMessage(policy=POL)
    m["Date"] = format_datetime(T0 + timedelta(hours=7 * n, minutes=13 * n))
    m["From"] = frm
    m["To"] = to
    if subject is not None:
        m["Subject"] = subject
    m["Message-ID"] = make_msgid(idstring=f"h3{n}", domain="example.net")
    for k, v in (extra or {}).items():
        m[k] = v
    return m


def save(m, labels, route, lang, notes):
    name = f"k{len(rows) + 1:03d}.eml"
    data = m.as_bytes(policy=POL)
    (OUT / name).write_bytes(data)
    rows.append({"file": name, "labels": sorted(labels), "route": [route], "lang": lang, "notes": notes})


def mail(frm, subject, body, labels, route, lang, notes, charset="utf-8", html=False, extra=None, to="privacy@example.com"):
    m = base(frm, subject, to=to, extra=extra)
    if html:
        m.set_content(body, subtype="html", charset=charset, cte="quoted-printable" if charset == "utf-8" else "base64")
    else:
        cte = None
        if charset not in ("utf-8", "us-ascii"):
            cte = "base64"
        m.set_content(body, charset=charset, cte=cte) if cte else m.set_content(body, charset=charset)
    save(m, labels, route, lang, notes)
    return m


T, H, I = "ticket", "human", "ignore"
A, C, D, W, X = "access", "correction", "deletion", "withdrawal", "cancellation"

# ---------------------------------------------------------------- tickets (en)
mail("Marcus Tan <marcus.tan88@example.net>", "delete account pls",
     "hi can u close my account asap. dont need it anymore. thx\nmarcus", [X], T, "en",
     "one-liner account closure, lowercase")
mail("Priya Raman <priya.r@example.org>", "Request for a copy of my personal data",
     "Dear Data Protection Officer,\n\nUnder the PDPA I would like to obtain a copy of the personal data "
     "ExampleMart holds about me, together with information on how it has been used and disclosed in the "
     "past year.\n\nMy registered email is this one and my phone is +65 9123 0001.\n\nRegards,\nPriya Raman",
     [A], T, "en", "formal PDPA access request")
mail("Jun Hao <junhao.lee@example.com.sg>", "wrong address on my profile",
     "Hello, my delivery address on file still shows Blk 12 Jurong West St 41 #05-22 but i moved to "
     "Blk 301 Tampines Ave 4 #08-110. Please update it, last parcel went to the old place lor.\n\nJun Hao",
     [C], T, "en", "Singlish correction of address")
mail("Sarah Ng <sarah.ng@example.net>", "stop the sms",
     "Please stop sending me promotional SMS and WhatsApp messages. I still want to use my account, "
     "just no more marketing.", [W], T, "en", "withdrawal; explicitly keeps account")
mail("Ahmad Faizal <faizal.a@example.org>", "Erase my data",
     "To whom it may concern,\n\nI request that you erase all personal data relating to me, including my "
     "order history, saved addresses and any payment tokens. Please confirm in writing once done.\n\n"
     "Ahmad Faizal", [D], T, "en", "erasure of data only, no account closure mentioned")
mail("Kelvin Chua <kelvin.chua@example.net>", "Close account AND wipe my info",
     "Hi team,\n\n1) Terminate my ExampleMart account (kelvin.chua@example.net)\n2) Delete every bit of "
     "personal data you have on me - addresses, purchase history, everything\n3) Take me off all "
     "marketing lists\n\nThanks,\nKelvin", [X, D, W], T, "en", "numbered multi-type request")
mail("Grace Lim <gracelim@example.org>", "Re: your order SO-558201 has shipped",
     "By the way, unrelated to the order - can you send me a copy of all the data you keep on me? "
     "Also my surname is misspelt as 'Lin', it should be 'Lim'.\n\n> Your order SO-558201 has shipped "
     "and will arrive in 3-5 working days.\n> Track it in the ExampleMart app.",
     [A, C], T, "en", "misleading subject; access + correction above quoted shipping notice")
mail("Daniel Wong <d.wong@example.net>", "Account",
     "Don't delete my account - I just want you to stop emailing me the daily deals newsletter. "
     "Thanks.", [W], T, "en", "negation: keep account, withdrawal only")
mail("Siti Nur <siti.nur@example.com.sg>", "",
     "pls remove my phone number and my old address from your system, i dont want it stored anymore. "
     "keep the account tho", [D], T, "en", "empty subject; partial erasure, keep account")
mail("Rachel Teo <rachel.teo@example.net>", "Data request",
     "<html><body><p>Hello,</p><p>I'd like to <b>access</b> the personal data you hold about me and "
     "also <b>withdraw my consent</b> for you to use my browsing history for personalised "
     "recommendations.</p><p>Rachel Teo<br>+65 8765 4321</p></body></html>",
     [A, W], T, "en", "HTML-only; access + withdrawal of personalisation", html=True)
mail("Benjamin Koh <ben.koh@example.org>", "Update my email + DOB",
     "Hi,\n\nMy date of birth in my profile is wrong (shows 03/07/1990, should be 07/03/1990). "
     "Please correct.\n\nBest regards,\nBenjamin Koh\n\n--\nBenjamin Koh | Senior Analyst\n"
     "Example Consulting Pte Ltd\nCONFIDENTIALITY NOTICE: This email and any attachments are "
     "confidential and may be privileged. If you are not the intended recipient, please delete "
     "this email immediately and notify the sender. Any unauthorised use is prohibited.",
     [C], T, "en", "correction; signature disclaimer mentions 'delete this email'")
mail("Helen Goh <helen.goh@example.net>", "Fwd: for my late father",
     "Hello,\n\nI am writing on behalf of my father, Goh Ah Kow, who passed away in July. As executor "
     "of his estate I ask that you close his ExampleMart account and delete his personal data. "
     "Death certificate can be provided.\n\nHelen Goh", [X, D], T, "en", "on-behalf (estate) closure + deletion")

# forwarded inline by staff
mail("CS Agent Wei Ling <weiling.cs@example.com>", "FW: customer wants out",
     "Hi privacy team, customer wrote in via support, forwarding for your action.\n\nWei Ling\n"
     "Customer Service\n\n---------- Forwarded message ---------\nFrom: Tommy Ho <tommy.ho@example.net>\n"
     "Date: Mon, 1 Sep 2025 10:02\nSubject: unsubscribe + close\nTo: support@example.com\n\n"
     "Please unsubscribe me from everything and close my account. I'm done with ExampleMart.\nTommy",
     [W, X], T, "en", "forwarded inline by CS staff; withdrawal + cancellation")

# forwarded as message/rfc822 attachment
inner = EmailMessage(policy=POL)
inner["From"] = "Lucy Pang <lucy.pang@example.org>"
inner["To"] = "help@example.com"
inner["Subject"] = "my data"
inner["Date"] = "Tue, 02 Sep 2025 11:00:00 +0800"
inner.set_content("Hi, please send me a copy of the personal data you have about me, including "
                  "call recordings with your hotline. Lucy Pang")
m = base("Jason Seah <jason.seah@example.com>", "Fwd: my data")
m.set_content("Forwarding a customer email that landed in the help@ box. Please handle.\nJason")
m.add_attachment(inner)
save(m, [A], T, "en", "forwarded as message/rfc822 attachment; access")

mail("Oliver Bennett <o.bennett@example.co.uk>", "Subject Access Request",
     "Dear Sir or Madam,\n\nI am making a subject access request under Article 15 of the UK GDPR. "
     "Please provide all personal data you hold about me, the purposes of processing, recipients, "
     "retention periods and the source of the data. I used your site while living in Singapore "
     "in 2023.\n\nYours faithfully,\nOliver Bennett", [A], T, "en", "UK GDPR SAR letter")
mail("Nurul Huda <nurul.h@example.net>", "Re: Re: Delete",
     "ok so to confirm: yes please delete my account AND all the data. I already verified via OTP.\n\n"
     "On Tue, 2 Sep 2025 at 14:00, ExampleMart Privacy <privacy@example.com> wrote:\n"
     "> Thank you for contacting us. Could you confirm whether you wish to close the account, erase "
     "your data, or both?\n", [X, D], T, "en", "reply above quote confirming both cancellation and deletion")
mail("Aaron Sim <aaron.sim@example.org>", "kindly help",
     "Dear sir/madam, kindly help to remove me from yr email list and also the SMS list. "
     "Also my mobile number is wrong, correct one is 9456 7712. Tq", [W, C], T, "en",
     "withdrawal + correction, SG English")

# ---------------------------------------------------------------- tickets (zh)
mail("王丽 <wangli@example.cn>", "注销账户",
     "你好，请帮我注销我的ExampleMart账户，谢谢。\n王丽", [X], T, "zh", "Chinese account closure")
mail("陈建国 <chenjg@example.net>", "申请删除个人信息",
     "您好：\n\n本人要求删除贵公司保存的我的全部个人信息，包括收货地址、购买记录和手机号码。"
     "请处理后回复确认。\n\n陈建国", [D], T, "zh", "Chinese erasure; GB2312 body", charset="gb2312")
mail("李小梅 <lixm@example.org>", "查询我的个人资料",
     "请提供你们持有的关于我的所有个人资料的副本。我的注册邮箱就是这个。", [A], T, "zh", "Chinese access")
mail("张伟 <zhangwei@example.net>", "不要再发广告",
     "请不要再给我发送营销短信和推广邮件了，我撤回同意。账户请保留。", [W], T, "zh",
     "withdrawal, explicitly keep account")
mail("刘洋 <liuyang@example.cn>", "修改姓名",
     "我的账户姓名写错了，应该是“刘洋”不是“刘阳”。请更正。另外请关闭个性化推荐。", [C, W], T, "zh",
     "correction + personalised recommendation off")
mail("黄美玲 <huangml@example.net>", "Re: 订单问题",
     "订单的问题已经解决了，谢谢。顺便请把我的账号注销，并删除我所有的个人数据。\n\n"
     "在 2025年9月3日，ExampleMart客服 写道：\n> 您的退款已处理。", [X, D], T, "zh",
     "misleading subject, request above quote; GB18030-ish but utf-8")
mail("周杰 <zhoujie@example.org>", None,
     "<html><body><div>你好，我要查看并导出你们存的我的个人信息，同时退订所有推广邮件。</div></body></html>",
     [A, W], T, "zh", "no Subject; HTML-only Chinese; access + withdrawal", html=True)

# ---------------------------------------------------------------- tickets (ms)
mail("Mohd Rizal <rizal.m@example.my>", "Tutup akaun",
     "Salam, saya mahu tutup akaun ExampleMart saya. Terima kasih.", [X], T, "ms", "Malay closure")
mail("Aisyah binti Hassan <aisyah.h@example.net>", "Permintaan padam data",
     "Tuan/Puan,\n\nSaya ingin meminta syarikat tuan memadam semua data peribadi saya termasuk alamat "
     "dan sejarah pembelian. Sila sahkan.\n\nAisyah", [D], T, "ms", "Malay erasure")
mail("Farid Ismail <farid.i@example.my>", "berhenti hantar iklan",
     "tolong berhenti hantar SMS promosi kat saya. terima kasih", [W], T, "ms", "Malay withdrawal, casual")
mail("Zainab Omar <zainab.o@example.net>", "Salinan data peribadi",
     "Saya ingin mendapatkan salinan data peribadi saya yang disimpan oleh ExampleMart, dan juga "
     "membetulkan nombor telefon saya kepada 012-3456789.", [A, C], T, "ms", "Malay access + correction")

# ---------------------------------------------------------------- tickets (European GDPR)
mail("Klaus Becker <k.becker@example.de>", "Auskunftsersuchen nach Art. 15 DSGVO",
     "Sehr geehrte Damen und Herren,\n\nhiermit verlange ich gemäß Art. 15 DSGVO Auskunft darüber, ob "
     "Sie personenbezogene Daten über mich verarbeiten, und falls ja, eine Kopie dieser Daten.\n\n"
     "Mit freundlichen Grüßen\nKlaus Becker", [A], T, "de", "German Art. 15 access")
mail("Camille Durand <c.durand@example.fr>", "Demande d'effacement",
     "Madame, Monsieur,\n\nConformément à l'article 17 du RGPD, je vous demande d'effacer l'ensemble des "
     "données personnelles me concernant.\n\nCordialement,\nCamille Durand", [D], T, "fr",
     "French Art. 17 erasure", charset="iso-8859-1")
mail("Lucía Fernández <lucia.f@example.es>", "Baja",
     "Hola, quiero darme de baja de la cuenta y que dejen de enviarme publicidad. Gracias.",
     [X, W], T, "es", "Spanish closure + marketing stop")
mail("Marco Rossi <m.rossi@example.it>", "Rettifica dati personali",
     "Buongiorno,\n\nai sensi dell'art. 16 del GDPR chiedo la rettifica del mio indirizzo, che risulta "
     "errato nei vostri sistemi. Il nuovo indirizzo è Via Roma 10, Milano.\n\nDistinti saluti,\nMarco Rossi",
     [C], T, "it", "Italian rectification")
mail("Sanne de Vries <sanne.dv@example.nl>", "Verzoek tot verwijdering",
     "Geachte heer/mevrouw,\n\nIk verzoek u al mijn persoonsgegevens te wissen op grond van artikel 17 "
     "AVG.\n\nMet vriendelijke groet,\nSanne de Vries", [D], T, "nl", "Dutch erasure")

mail("João Silva <joao.silva@example.pt>", "Pedido de acesso aos dados pessoais",
     "Exmos. Senhores,\n\nNos termos do artigo 15.º do RGPD, solicito o acesso aos meus dados pessoais e "
     "uma cópia dos mesmos.\n\nCom os melhores cumprimentos,\nJoão Silva", [A], T, "pt", "Portuguese access")
mail("何静 <hejing@example.cn>", "退订",
     "请把我从你们的邮件订阅名单中删除，不想再收到促销信息。", [W], T, "zh",
     "GB2312; 'delete me from mailing list' = withdrawal", charset="gb2312")
mail("Shawn Lee <shawn.lee@example.net>", "Fw: PDPA request",
     "Sent from my iPhone\n\nBegin forwarded message:\n\nFrom: Shawn Lee <shawn.lee@example.net>\n"
     "To: cs@example.com\nSubject: PDPA request\n\nPls give me a copy of my data, fix my email to "
     "shawn.lee@example.net (still showing my old work email), and stop all promo emails. ty",
     [A, C, W], T, "en", "self-forward from phone; access + correction + withdrawal")

ticket_count = len(rows)

# ---------------------------------------------------------------- human
mail("Wendy Lau <wendy.lau@example.net>", "question",
     "If I close my account do I lose my unused vouchers? Not closing yet, just want to know.",
     [], H, "en", "hypothetical question about closure")
mail("Raymond Yeo <raymond.yeo@example.org>", "Re: Your access request [PR-3301]",
     "Hi, it's been 5 weeks since I asked for my data and still nothing. When will I get it?\n\n"
     "> We have received your request and will respond within 30 days.", [], H, "en", "chaser in thread")
mail("Irene Chong <irene.c@example.net>", "Re: Your deletion request [PR-3290] completed",
     "Received, thank you very much for the quick help!\n\n> Your personal data has been deleted.",
     [], H, "en", "thank-you reply in thread")
mail("Victor Lee <victor.lee@example.org>", "Complaint - data leak??",
     "I'm getting scam calls that mention my ExampleMart order number. How did they get this? "
     "I want an explanation of how you protect customer data. This is unacceptable.",
     [], H, "en", "complaint about possible breach")
mail("Angela Poh <angela.poh@example.net>", "export my orders",
     "Can you send my order history in a machine-readable format (CSV or JSON) so I can import it into "
     "another shop? That's all I need.", [], H, "en", "portability alone")
mail("Steven Loh <steven.loh@example.org>", "my wife's account",
     "Hi, please send me all the data you have on my wife's account (mei.loh@example.org), I want to "
     "see what she's been buying.", [], H, "en", "request for someone else's data")
mail("Michelle Tay <michelle.tay@example.net>", "why was my order rejected",
     "Your system automatically declined my Pay Later application. I want to know how this decision "
     "was made and have a person review it.", [], H, "en", "automated decision explanation")
mail("Eric Soh <eric.soh@example.org>", "PDPA question",
     "How long do you keep CCTV footage from your pickup lockers? Just curious, thanks.",
     [], H, "en", "retention question")
mail("Joanne Kwek <joanne.kwek@example.net>", "object to profiling",
     "I object to you using my location data for fraud scoring. Please explain your legitimate "
     "interest.", [], H, "en", "objection other than direct marketing")
mail("Patrick Ong <patrick.ong@example.org>", "do you sell my data?",
     "Do you share or sell customer data to third parties like advertisers? Who exactly?",
     [], H, "en", "general question on disclosure")
mail("Tan Boon Huat <tanbh@example.net>", "Re: Re: Re: account closure [PR-3312]",
     "Eh why still not closed?? I asked 2 times already. Still can login leh.\n\n"
     "On 1 Sep, ExampleMart Privacy wrote:\n> We will process your account closure within 10 days.",
     [], H, "en", "Singlish chaser about earlier closure")
mail("Linda Wee <linda.wee@example.net>", "how do i delete my account",
     "<html><body><p>How do I delete my account? I can't find the option in the app. What are the "
     "steps?</p></body></html>", [], H, "en",
     "HTML-only how-to question; asks for steps, not asking them to do it", html=True)
mail("Ng Kok Wai <kokwai.ng@example.org>", "Marketing consent",
     "What happens if I withdraw consent for marketing - will I still get order updates by SMS?",
     [], H, "en", "question mentioning withdrawal")
mail("Samantha Yip <sam.yip@example.net>", "feedback",
     "Your privacy policy is too long and confusing. Please make it simpler. Just feedback.",
     [], H, "en", "feedback/complaint")
mail("赵敏 <zhaomin@example.cn>", "咨询",
     "请问如果我注销账户，我的积分还能保留吗？", [], H, "zh", "Chinese hypothetical closure question")
mail("孙丽 <sunli@example.net>", "投诉",
     "你们的客服把我的电话号码给了快递员以外的人，我很不满意，要求解释。", [], H, "zh", "Chinese complaint",
     charset="gb2312")
mail("吴刚 <wugang@example.org>", "Re: 您的删除请求 [PR-3350]",
     "已经一个月了，为什么还没有处理？\n\n> 我们已收到您的请求。", [], H, "zh", "Chinese chaser")
mail("Hafiz Rahman <hafiz.r@example.my>", "soalan",
     "Berapa lama ExampleMart simpan data saya selepas akaun ditutup?", [], H, "ms",
     "Malay retention question mentioning closure")
mail("Rajesh Kumar <rajesh.k@example.net>", "தரவு நீக்கம்",
     "வணக்கம், என் கணக்கை மூடி என் தனிப்பட்ட தரவுகளை நீக்கவும். நன்றி.", [X, D], T, "ta",
     "Tamil (supported, as in dev): close account + erase data")
mail("Nguyen Van An <an.nguyen@example.vn>", "Yêu cầu xóa dữ liệu",
     "Xin chào, tôi muốn xóa tài khoản và toàn bộ dữ liệu cá nhân của tôi. Cảm ơn.", [], H, "vi",
     "Vietnamese request: unsupported language -> human")
mail("Somchai P <somchai.p@example.th>", "ลบข้อมูล",
     "สวัสดีครับ กรุณาลบบัญชีและข้อมูลส่วนตัวของผมด้วยครับ", [], H, "th",
     "Thai request: unsupported language -> human")
mail("Yuki Tanaka <yuki.t@example.jp>", "個人情報の削除",
     "お世話になっております。私のアカウントと個人情報を削除してください。", [], H, "ja",
     "Japanese request: unsupported language -> human")
mail("Kim Minji <minji.kim@example.kr>", "개인정보 삭제 요청",
     "안녕하세요. 제 계정과 개인정보를 삭제해 주세요.", [], H, "ko", "Korean request: unsupported -> human")
mail("Jessica Lim <jess.lim@example.net>", "son's account",
     "My 15 year old son opened an account without permission. Can you tell me what info he gave you "
     "and his purchases?", [], H, "en", "parent asks for another person's data")
mail("Mark Chan <mark.chan@example.org>", "Re: Your data export is ready [PR-3377]",
     "Thanks but the zip file password doesn't work. Can you resend?\n\n> Your data export is ready.",
     [], H, "en", "follow-up in thread about delivery of export")
mail("Felix Wagner <f.wagner@example.de>", "Datenübertragbarkeit Art. 20 DSGVO",
     "Sehr geehrte Damen und Herren,\n\nich mache mein Recht auf Datenübertragbarkeit nach Art. 20 "
     "DSGVO geltend und bitte um Übermittlung meiner Daten in einem maschinenlesbaren Format.\n\n"
     "Mit freundlichen Grüßen\nFelix Wagner", [], H, "de", "German portability alone")
mail("Cheryl Foo <cheryl.foo@example.net>", "hello?",
     "hello anyone there? emailed last week no reply", [], H, "en", "bare chaser")
mail("Gary Heng <gary.heng@example.org>", "Unauthorised charge",
     "Someone used my card on your site. I didn't make order SO-771233. Please investigate and "
     "refund.", [], H, "en", "fraud complaint, not a privacy request")

human_count = len(rows) - ticket_count

# ---------------------------------------------------------------- ignore
mail("Kevin Ang <kevin.ang@example.net>", "Automatic reply: Your request [PR-3400]",
     "I am out of office until 15 Sep with limited access to email. For urgent matters contact "
     "my colleague.\n\nKevin", [], I, "en", "auto-reply with Auto-Submitted",
     extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})
mail("Mei Ling <meiling@example.org>", "Automatic reply: Re: verification needed",
     "Thank you for your email. I am currently on leave and will respond when I return on Monday.",
     [], I, "en", "Outlook-style auto-reply without Auto-Submitted",
     extra={"X-MS-Exchange-Inbox-Rules-Loop": "meiling@example.org", "Precedence": "auto_reply"})
mail("陈老师 <chenls@example.cn>", "自动回复: 您的请求",
     "您好，我正在休假，将于9月20日返回，届时回复您的邮件。", [], I, "zh", "Chinese auto-reply",
     extra={"Auto-Submitted": "auto-replied"})
mail("Alex Toh <alex.toh@example.net>", "Out of Office Re: please delete my account",
     "I'm away until Friday.\n\n> please delete my account and all my data\n", [], I, "en",
     "auto-reply quoting a request", extra={"Auto-Submitted": "auto-replied"})

# DSN bounce, delayed warning, read receipt: raw report bodies parsed by the email package
from email.parser import BytesParser


def report(frm, subject, rtype, human, machine, extra=None, returned=None):
    m = base(frm, subject, extra=extra)
    hdrs = "".join(f"{k}: {v}\n" for k, v in m.items())
    b = f"h3rep{len(rows)}"
    mtype = "message/delivery-status" if rtype == "delivery-status" else "message/disposition-notification"
    raw = (hdrs + f'MIME-Version: 1.0\nContent-Type: multipart/report; report-type="{rtype}"; boundary="{b}"\n\n'
           f"--{b}\nContent-Type: text/plain; charset=\"us-ascii\"\n\n{human}\n"
           f"--{b}\nContent-Type: {mtype}\n\n{machine}\n")
    if returned:
        raw += f"--{b}\nContent-Type: message/rfc822\n\n{returned}\n"
    raw += f"--{b}--\n"
    return BytesParser(policy=POL).parsebytes(raw.encode("ascii"))


m = report("Mail Delivery System <MAILER-DAEMON@mx.example.com>", "Undelivered Mail Returned to Sender",
           "delivery-status",
           "This is the mail system at host mx.example.com.\n\nYour message could not be delivered to "
           "<old.user@example.net>: 550 5.1.1 User unknown",
           "Reporting-MTA: dns; mx.example.com\n\nFinal-Recipient: rfc822; old.user@example.net\n"
           "Action: failed\nStatus: 5.1.1\n",
           extra={"Auto-Submitted": "auto-replied"},
           returned="From: ExampleMart Privacy <privacy@example.com>\nTo: old.user@example.net\n"
                    "Subject: Re: please close my account [PR-3410]\n\n> please close my account and "
                    "delete all my data\nWe have received your request.\n")
save(m, [], I, "en", "Postfix-style DSN with returned message quoting a request")

m = report("postmaster@example.org", "Delivery delayed: Your access request [PR-3415]", "delivery-status",
           "Delivery is delayed to these recipients or groups: tan.ah.beng@example.org\n"
           "This message hasn't been delivered yet. Delivery will continue to be attempted.",
           "Reporting-MTA: dns; mail.example.org\n\nFinal-Recipient: rfc822; tan.ah.beng@example.org\n"
           "Action: delayed\nStatus: 4.4.7\n")
save(m, [], I, "en", "delayed-delivery warning without Auto-Submitted")

m = base("Microsoft Outlook <postmaster@example.net>", "Undeliverable: Your data request")
m.set_content("<html><body><p><b>Your message to lee.w@example.net couldn't be delivered.</b></p>"
              "<p>lee.w wasn't found at example.net.</p><p>Remote Server returned '550 5.1.10 "
              "RESOLVER.ADR.RecipientNotFound'</p></body></html>", subtype="html")
save(m, [], I, "en", "Exchange-style NDR, HTML only, no multipart/report")

m = report("Paul Yeo <paul.yeo@example.net>", "Read: Your correction request [PR-3420]",
           "disposition-notification", "Your message was read on 5 Sep 2025 10:11.",
           "Reporting-UA: example.net; Outlook\nFinal-Recipient: rfc822;paul.yeo@example.net\n"
           "Disposition: manual-action/MDN-sent-manually; displayed\n")
save(m, [], I, "en", "read receipt (MDN)")

mail("Support <noreply@helpdesk.example.org>", "[Ticket #88231] We've received your request",
     "Hello,\n\nThis is an automated acknowledgement. Your request \"Please delete my data\" has been "
     "received and a ticket #88231 created. Please do not reply to this email.",
     [], I, "en", "helpdesk auto-ack quoting deletion",
     extra={"Auto-Submitted": "auto-generated", "X-Autoreply": "yes"})
mail("IAPP Digest <digest@list.example.org>", "Privacy Weekly: erasure requests up 30%",
     "This week: how retailers handle deletion and access requests; unsubscribe link below.\n\n"
     "To unsubscribe from this list, click here.", [], I, "en", "List-Id newsletter mentioning requests",
     extra={"List-Id": "Privacy Weekly <privacy-weekly.list.example.org>",
            "List-Unsubscribe": "<mailto:unsub@list.example.org>", "Precedence": "list"})
mail("Vendor Updates <news@vendor.example.com>", "Your cloud invoice is ready",
     "<html><body><p>Your September invoice is available in the portal.</p>"
     "<p><a href='https://vendor.example.com/unsub'>Unsubscribe</a></p></body></html>",
     [], I, "en", "vendor list mail, HTML", html=True,
     extra={"List-Id": "<billing.vendor.example.com>", "List-Unsubscribe": "<https://vendor.example.com/unsub>"})
mail("Winner Desk <claims@example.biz>", "URGENT: delete account to claim prize",
     "Dear customer, delete your account and verify your card to receive SGD 5000. Click now!",
     [], I, "en", "spam-flagged, imitates request",
     extra={"X-Spam-Flag": "YES", "X-Spam-Status": "Yes, score=12.1"})
mail("Fake Bank <security@example.info>", "Your account will be closed",
     "Please confirm your personal data at the link or your account will be terminated.",
     [], I, "en", "spam-flagged phishing", extra={"X-Spam-Flag": "YES"})
mail("推广 <promo@example.top>", "删除我的账户",
     "请删除我的账户和所有个人信息。点击链接领取优惠。", [], I, "zh", "spam-flagged Chinese imitating request",
     extra={"X-Spam-Flag": "YES"})
mail("Jira <jira@example.atlassian.net>", "[JIRA] PRIV-221 Deletion backlog",
     "Wei Ling updated PRIV-221: 'Customer asks to delete account'. Status: In Progress.",
     [], I, "en", "system notification with Auto-Submitted",
     extra={"Auto-Submitted": "auto-generated", "Precedence": "bulk"})
mail("Azizah <azizah@example.my>", "Balasan automatik: permintaan anda",
     "Terima kasih atas e-mel anda. Saya sedang bercuti dan akan membalas selepas 10 September.",
     [], I, "ms", "Malay auto-reply", extra={"Auto-Submitted": "auto-replied"})

ignore_count = len(rows) - ticket_count - human_count

(OUT / "manifest.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                                    encoding="utf-8")
print(len(rows), "files:", ticket_count, "ticket", human_count, "human", ignore_count, "ignore")
