#!/usr/bin/env python3
"""Generate tests/holdout2: an independent evaluation set for the privacy-request bot.

Written from the corpus README "Labelling conventions" only (no classifier code, no earlier
holdout).  Every person, address, phone and account number is made up; domains are
example.com/.net/.org.  Run:  python tests/holdout2/make_holdout2.py
"""
import json
import random
from datetime import datetime, timedelta, timezone
from email import policy, utils
from email.headerregistry import Address
from email.message import EmailMessage, Message
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from pathlib import Path

HERE = Path(__file__).resolve().parent
P = policy.default.clone(linesep="\n")
SGT = timezone(timedelta(hours=8))
rng = random.Random(20250702)
T0 = datetime(2025, 7, 1, 8, 0, tzinfo=SGT)
ROWS = []  # (msg, labels, route, lang, notes)
_clock = [T0]


def _next_date():
    _clock[0] += timedelta(minutes=rng.randint(40, 900))
    return _clock[0]


def _addr(name, email):
    user, dom = email.split("@")
    return Address(display_name=name, username=user, domain=dom)


def _mid(dom):
    return f"<{rng.getrandbits(48):012x}.{rng.getrandbits(32):08x}@{dom}>"


def headers(msg, frm_name, frm_email, subject, to="privacy@example.com", cc=None,
            extra=None, null_return=False, reply_to_mid=None):
    dom = frm_email.split("@")[1]
    d = _next_date()
    ip = f"198.51.100.{rng.randint(2, 250)}"
    msg["Return-Path"] = "<>" if null_return else f"<{frm_email}>"
    msg["Received"] = (f"from mail.{dom} (mail.{dom} [{ip}]) by mx.example.com (Postfix) with ESMTPS "
                       f"id {rng.getrandbits(40):010X} for <privacy@example.com>; {utils.format_datetime(d)}")
    msg["Date"] = utils.format_datetime(d)
    msg["From"] = _addr(frm_name, frm_email)
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    if subject is not None:
        msg["Subject"] = subject
    msg["Message-ID"] = _mid(dom)
    if reply_to_mid:
        msg["In-Reply-To"] = reply_to_mid
        msg["References"] = reply_to_mid
    for k, v in (extra or {}).items():
        msg[k] = v
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    return msg


def mail(frm_name, frm_email, subject, text=None, html=None, charset="utf-8", **kw):
    msg = EmailMessage(policy=P)
    headers(msg, frm_name, frm_email, subject, **kw)
    if text is not None and html is not None:
        msg.set_content(text, charset=charset)
        msg.add_alternative(html, subtype="html", charset=charset)
    elif html is not None:
        msg.set_content(html, subtype="html", charset=charset)
    else:
        msg.set_content(text, charset=charset)
    return msg


def add(msg, labels, route, lang, notes):
    ROWS.append((msg, labels, route, lang, notes))


def T(labels, lang, notes, msg):
    add(msg, labels, "ticket", lang, notes)


def H(lang, notes, msg):
    add(msg, [], "human", lang, notes)


def I(lang, notes, msg):
    add(msg, [], "ignore", lang, notes)


def report(frm_name, frm_email, subject, report_type, text_part, machine_part, original=None,
           extra=None, html_part=None):
    outer = MIMEMultipart("report", report_type=report_type, policy=P)
    ctype = outer["Content-Type"]
    del outer["Content-Type"], outer["MIME-Version"]
    headers(outer, frm_name, frm_email, subject, extra=extra, null_return=True)
    outer["Content-Type"] = ctype
    if html_part is not None:
        alt = MIMEMultipart("alternative", policy=P)
        alt.attach(MIMEText(text_part, "plain", "utf-8", policy=P))
        alt.attach(MIMEText(html_part, "html", "utf-8", policy=P))
        outer.attach(alt)
    else:
        outer.attach(MIMEText(text_part, "plain", "utf-8", policy=P))
    outer.attach(machine_part)
    if original is not None:
        outer.attach(original)
    return outer


def delivery_status(per_msg, per_rcpt):
    part = MIMEBase("message", "delivery-status", policy=P)
    for block in (per_msg, per_rcpt):
        m = Message(policy=P)
        for k, v in block:
            m[k] = v
        part.attach(m)
    return part


def original_request(frm_name, frm_email, to_email, subject, text):
    o = EmailMessage(policy=P)
    o["From"] = _addr(frm_name, frm_email)
    o["To"] = to_email
    o["Subject"] = subject
    o["Date"] = utils.format_datetime(_clock[0] - timedelta(hours=3))
    o["Message-ID"] = _mid("example.com")
    o.set_content(text)
    return MIMEMessage(o, policy=P)


# ----------------------------------------------------------------------------------------
# English: tickets
# ----------------------------------------------------------------------------------------
T(["cancellation"], "en", "very short one-liner from a phone; 'delete acct' = close the account",
  mail("Darren Koh", "darrenkoh88@example.net", "acct", "pls delete acct\n\nSent from my iPhone\n"))

T(["access"], "en", "chatty customer-service tone with emoji; asks for a copy of everything held",
  mail("Priya Raman", "priya.raman@example.org", "Quick request \U0001F60A",
       "Hi ExampleMart Team!\n\nHope you're all having a lovely week! I've shopped with you for ages so "
       "please don't take this the wrong way \U0001F642 I'd love to get a copy of all the personal "
       "information you keep about me - orders, rewards points, whatever is in there really. The account "
       "is under this email address.\n\nThanks a million, you guys are the best!!\n\nWarm regards,\nPriya\n"))

T(["deletion"], "en", "long rambling story; the erasure request (old address + order history) sits in the middle",
  mail("Bernard Tay", "bernard.tay@example.net", "my experience + one more thing",
       "Hello,\n\nI've been meaning to write for a while. Back in March I ordered a standing fan and it "
       "went to the wrong block, the courier said it was delivered but my neighbour downstairs only found "
       "it two days later behind the bicycle rack. Your customer service lady (Michelle I think) was "
       "really patient and sorted out a voucher, so credit where credit is due.\n\n"
       "Then in April the same thing almost happened with a rice cooker. I know it's the courier not you "
       "but you might want to tell them that Blk 45 and Blk 54 are different buildings, haha.\n\n"
       "Anyway the other reason I'm writing: I moved out of my parents' flat in May, so I'd like you to "
       "wipe the old delivery address (Blk 45 Example Avenue 3 #07-112) and my full order history from "
       "your records. I don't want all that sitting on your servers any more.\n\n"
       "By the way the new app layout is much better than the old one, though the search is still a bit "
       "slow on my phone. And the durian promotion last weekend was great, my whole office bought some.\n\n"
       "Ok that's all, thanks for reading my essay!\nBernard\n"))

T(["correction"], "en", "HTML-only; request is a table of field / on file / should be",
  mail("Chloe Ang", "chloe.ang@example.org", "Update of particulars",
       html="<html><body><p>Dear Sir/Madam,</p><p>Please update my member profile as per the table below.</p>"
            "<table border='1' cellpadding='4'><tr><th>Field</th><th>Currently on file</th><th>Should be</th></tr>"
            "<tr><td>Email</td><td>chloe.ang@old.example.net</td><td>chloe.ang@example.org</td></tr>"
            "<tr><td>Postal code</td><td>520111</td><td>520123</td></tr>"
            "<tr><td>Unit no.</td><td>#03-45</td><td>#03-54</td></tr></table>"
            "<p>Member no. 4400 2210 8876</p><p>Thank you,<br>Chloe Ang</p></body></html>"))

T(["access", "withdrawal", "cancellation"], "en", "three requests as a bullet list (unicode bullets)",
  mail("Marcus Lee", "marcus.lee@example.com", "PDPA requests",
       "Hi,\n\nUnder the PDPA I would like the following, in this order:\n\n"
       "  \u2022 a copy of the personal data you hold about me\n"
       "  \u2022 no more marketing SMS, emails or calls\n"
       "  \u2022 once the above is done, my online account closed\n\n"
       "Registered mobile: 9001 2233.\n\nMarcus\n"))

T(["deletion"], "en", "company name misspelled three different ways",
  mail("Olivia Grant", "olivia.grant@example.net", "Data at Exmaple Mart",
       "Dear Exmaple Mart,\n\nI want ExampelMart to erase every bit of personal data you have on me, "
       "including my phone number and both delivery addresses. I stopped shopping at Example-Marts years "
       "ago.\n\nOlivia Grant\n"))

T(["correction"], "en", "subject says delete account; body retracts it and asks only for a phone-number update",
  mail("Jason Ng", "jason.ng@example.org", "DELETE MY ACCOUNT",
       "Sorry, please ignore the subject line, I changed my mind about that halfway through typing.\n\n"
       "What I actually need is for the mobile number on my account to be changed to +65 8123 4567 - my "
       "old SIM was stolen last week.\n\nJason\n"))

T(["withdrawal"], "en", "bottom-posted reply: quoted newsletter first, the new text at the very bottom",
  mail("Kelvin Foo", "kelvin.foo@example.net", "Re: Weekend Flash Deals inside!",
       "On Fri, 4 Jul 2025 at 18:00, ExampleMart <news@example.com> wrote:\n"
       "> FLASH DEALS THIS WEEKEND\n> Up to 60% off kitchenware and small appliances.\n>\n"
       "> Shop now: https://shop.example.com/flash\n>\n"
       "> You are receiving this because you signed up for ExampleMart news.\n"
       "> ExampleMart Pte. Ltd., 1 Example Street, Singapore 000001\n\n"
       "Take me off this list. I never signed up for it in the first place.\n",
       reply_to_mid="<nl-20250704-77ab@news.example.com>"))

T(["deletion"], "en", "bottom-posted reply to an order confirmation; request below the quote",
  mail("Hannah Yeo", "hannah.yeo@example.com", "Re: Your order #SO-558120 is confirmed",
       "> Hi Hannah,\n> Thanks for your order #SO-558120.\n> 1 x Bamboo cutting board  S$18.90\n"
       "> Delivery to: Work - 10 Example Business Park\n> Paid with Visa ending 4421\n>\n"
       "> ExampleMart Customer Care\n\n"
       "Got it thanks. Separately - please remove my saved credit card and my work address from my "
       "profile. I only want my home address kept on file.\n\nHannah\n",
       reply_to_mid="<order-SO-558120@example.com>"))

T(["access"], "en", "store manager forwards an Outlook-style quoted mail (From:/Sent:/To:/Subject:) from the customer",
  mail("Rachel Chua", "rachel.chua@example.com", "FW: my info",
       "Hi Privacy team,\n\nA customer came to the Bedok outlet and asked us to pass this on to you.\n\n"
       "Rachel Chua | Store Manager, Bedok\n\n"
       "From: Ahmad Faizal <ahmad.faizal@example.net>\nSent: Monday, 7 July 2025 10:12 AM\n"
       "To: Bedok Outlet <bedok.outlet@example.com>\nSubject: my info\n\n"
       "Hello, I would like to receive all the personal data ExampleMart holds about me, including my "
       "loyalty card transactions and whatever was recorded when I applied for the store credit card.\n\n"
       "Regards,\nAhmad Faizal\n"))

T(["deletion"], "en", "parent on behalf of a 9-year-old who joined a kids club at an outlet",
  mail("Sarah Mendez", "sarah.mendez@example.org", "My daughter's details",
       "Hello,\n\nMy daughter (9) signed up for your Kids Baking Club at the Jurong Point outlet in March, "
       "giving her full name, birthday and my phone number. I'm her mother and I didn't agree to this. "
       "Please delete her details from your records.\n\nSarah Mendez\n"))

T(["deletion", "cancellation"], "en", "executor for a deceased father: close account and erase data",
  mail("Lim Wei Jie", "weijie.lim@example.net", "Account of my late father",
       "Dear ExampleMart,\n\nMy father, Mr Lim Boon Huat, passed away on 2 April 2025. I am the executor of "
       "his estate. Please close his ExampleMart Rewards account (registered to lim.boonhuat@example.net) "
       "and delete his personal data. I can provide the death certificate and grant of probate.\n\n"
       "Yours faithfully,\nLim Wei Jie\n"))

T(["access"], "en", "ex-employee asks for HR personnel file, payslips, appraisals",
  mail("Muthu Krishnan", "muthu.k@example.org", "Personal data request - former employee",
       "Dear HR / Data Protection Officer,\n\nI was employed as a warehouse assistant at your Tuas "
       "distribution centre from February 2019 to November 2022 (staff no. E10443). I request copies of "
       "the personal data you hold about me: my personnel file, payslips, performance appraisals and any "
       "disciplinary records.\n\nThank you,\nMuthu Krishnan\n"))

T(["access"], "en", "current employee asks to see HR and investigation notes about her",
  mail("Farah Aziz", "farah.aziz@example.net", "Formal request",
       "Hi,\n\nI'm currently a cashier at the Tampines branch. I would like to see what personal data HR and "
       "my managers have recorded about me, including the notes from the investigation in May. Please treat "
       "this as a formal access request.\n\nFarah\n"))

T(["correction"], "en", "birthday stored with day and month swapped",
  mail("Amanda Low", "amanda.low@example.com", "wrong birthday lol",
       "Hi there, your system has my birthday as 12 August but it's actually 8 December - I think someone "
       "swapped the day and month. That's why I got my birthday voucher in the wrong month haha. Can you "
       "fix it?\n\nThanks, Amanda\n"))

T(["correction"], "en", "surname change after marriage",
  mail("Grace Henderson", "grace.henderson@example.org", "Name change",
       "Hello,\n\nI got married last month and changed my surname from Wong to Henderson. Please update the "
       "name on my membership to Grace Henderson. Membership no. 4400 7781 0023.\n\nBest,\nGrace\n"))

T(["correction"], "en", "terse SMS-style phone number update",
  mail("Ravi", "ravi.s1977@example.net", "new hp",
       "New hp no: 9876 5432. Pls update. Old no. 9123 4455 no longer in use.\n- Ravi\n"))

T(["withdrawal"], "en", "stop personalised ads on social media built from purchase history",
  mail("Nicole Tan", "nicole.tan@example.com", "Personalised ads",
       "Hi,\n\nI don't want personalised ads. Please stop using my purchase history to target ads at me on "
       "Facebook and Instagram.\n\nNicole\n"))

T(["withdrawal"], "en", "objection to profiling for marketing / recommendations",
  mail("Daniel Goh", "daniel.goh@example.net", "Profiling",
       "To whom it may concern,\n\nPlease stop profiling me for marketing. I do not consent to ExampleMart "
       "analysing my shopping habits to build a customer profile or to send me 'recommended for you' "
       "offers. You can keep my account as it is.\n\nDaniel Goh\n"))

T(["withdrawal"], "en", "withdraw consent to cookies, tracking and email pixels",
  mail("Eva Schmidt", "eva.schmidt@example.org", "tracking",
       "Hello, I'd like to withdraw my consent to cookies and tracking on your website and app, and please "
       "stop putting tracking pixels in the emails you send me. Thank you.\nEva\n"))

T(["withdrawal"], "en", "stop sharing data with partners (bank, insurer)",
  mail("Howard Chen", "howard.chen@example.com", "Third party offers",
       "Hi,\n\nLately I've been getting offers from a bank and an insurance company that both mention "
       "ExampleMart. Please stop sharing my personal data with your partners and third parties for their "
       "marketing.\n\nHoward\n"))

T(["withdrawal"], "en", "single word body 'unsubscribe'",
  mail("", "zoe.lim99@example.net", "unsubscribe", "unsubscribe\n"))

T(["deletion", "cancellation"], "en", "deactivated in the app already; now wants real closure + erasure (deactivate vs delete)",
  mail("Trevor Ong", "trevor.ong@example.org", "Deactivated is not deleted",
       "Hi,\n\nI deactivated my account from the app settings two months ago, but when I log in my profile is "
       "still all there. I want the account properly closed and everything about me erased, not just "
       "deactivated.\n\nTrevor\n"))

T(["access"], "en", "phrased as a question but clearly an access request",
  mail("Mei Chan", "mei.chan@example.net", "question",
       "What data do you have on me? Please email it to me at this address. My member number is "
       "4400-1234-5678.\n"))

T(["access"], "en", "question form: what data, where from, who it was shared with",
  mail("Peter Novak", "peter.novak@example.org", "My personal information",
       "Dear Data Protection Officer,\n\nCould you tell me what personal information ExampleMart has "
       "collected about me, where it came from, and who you have shared it with?\n\nKind regards,\nPeter Novak\n"))

T(["access"], "en", "request for CCTV footage of the sender in a store",
  mail("Aaron Pereira", "aaron.pereira@example.com", "CCTV footage request",
       "Hello,\n\nOn Saturday 12 July around 4:30pm I was at your Northpoint outlet near the self-checkout "
       "machines. I'm requesting a copy of the CCTV footage in which I appear. I was wearing a red jacket and "
       "carrying a toddler.\n\nAaron Pereira\n"))

_inner = EmailMessage(policy=P)
_inner["From"] = _addr("Siobhan Murphy", "siobhan.murphy@example.net")
_inner["To"] = "care@example.com"
_inner["Subject"] = "wrong email on my account"
_inner["Date"] = "Mon, 14 Jul 2025 20:41:00 +0800"
_inner["Message-ID"] = "<c0ffee12.3344@example.net>"
_inner.set_content("Hi, the email address on my rewards account has a typo (siobhan.murpy@...). Please correct "
                   "it to siobhan.murphy@example.net so I get my receipts. Thanks, Siobhan\n")
_fw = EmailMessage(policy=P)
headers(_fw, "Kenneth Loh", "kenneth.loh@example.com", "Fwd: wrong email on my account")
_fw.set_content("Forwarding as attachment, pls action. - Kenneth, Customer Care\n")
_fw.add_attachment(_inner)
T(["correction"], "en", "forwarded by staff as a message/rfc822 attachment; customer asks to fix email typo", _fw)

T(["withdrawal"], "en", "negation: keep account, stop push notifications and promo SMS",
  mail("Leslie Wee", "leslie.wee@example.net", "notifications",
       "Please DON'T close my account - I still use it every week. I just want the push notifications and "
       "the promo SMS to stop.\n\nLeslie\n"))

T(["access"], "en", "negation: explicitly not asking for deletion, only a copy",
  mail("Sunita Pillai", "sunita.pillai@example.org", "Not a deletion request",
       "Hello,\n\nTo be clear, I'm not asking you to delete anything or close my account. I'd only like a "
       "copy of the information you hold about me.\n\nSunita\n"))

T(["access", "correction"], "en", "copy of data + wrong address",
  mail("Ivan Petrov", "ivan.petrov@example.com", "Data request",
       "Hi,\n\nPlease send me a copy of my personal data. Also I noticed the address on my account is wrong; "
       "it should be 88 Example Road #05-12, Singapore 123456.\n\nIvan\n"))

T(["withdrawal"], "en", "remove from WhatsApp broadcast",
  mail("Joanne", "joanne.k@example.net", "whatsapp",
       "remove me from your whatsapp broadcast list pls. too many msgs every day\n"))

T(["cancellation"], "en", "formal notice to terminate membership and close account",
  mail("Dr Henry Wu", "henry.wu@example.org", "Termination of membership",
       "Dear Sirs,\n\nI hereby give notice that I wish to terminate my ExampleMart Rewards membership and "
       "close my online account with effect from today.\n\nYours faithfully,\nDr Henry Wu\n"))

T(["deletion"], "en", "'right to be forgotten' wording",
  mail("Laura Bianchi", "laura.bianchi@example.net", "Right to be forgotten",
       "I am exercising my right to be forgotten. Erase all personal data relating to me without undue "
       "delay and confirm when done.\n\nLaura Bianchi\n"))

T(["access"], "en", "acronym only: 'DSAR pls'",
  mail("K. Menon", "kmenon@example.com", "DSAR", "DSAR pls. Member no 4400 9876 5432. Thx\n"))

T(["deletion", "withdrawal"], "en", "non-customer signed up by someone else: stop emails + delete address from database",
  mail("Victor Hugo Santos", "vhsantos@example.org", "I am not your customer",
       "Someone signed me up with my email address. I have never shopped with you. Stop emailing me, and "
       "delete my email address from your database completely.\n"))

T(["withdrawal"], "en", "withdraw consent for surveys / market research use",
  mail("Rebecca Sim", "rebecca.sim@example.net", "Consent",
       "Hi, I withdraw my consent for my loyalty data to be used in your customer surveys and market "
       "research. Everything else can stay as it is.\nRebecca\n"))

T(["access", "correction", "deletion", "withdrawal", "cancellation"], "en",
  "multipart/alternative; numbered list covering all five types",
  mail("Nurul Huda", "nurul.huda@example.com", "Several requests",
       "Hello,\n\n1) Send me a copy of my data.\n2) Correct the spelling of my name to 'Nurul Huda' "
       "(currently 'Nurul Hudda').\n3) Delete my order history.\n4) Stop all marketing to me.\n"
       "5) Then close my account.\n\nThank you.\n",
       html="<p>Hello,</p><ol><li>Send me a copy of my data.</li><li>Correct the spelling of my name to "
            "'Nurul Huda' (currently 'Nurul Hudda').</li><li>Delete my order history.</li><li>Stop all "
            "marketing to me.</li><li>Then close my account.</li></ol><p>Thank you.</p>"))

T(["withdrawal"], "en", "privacy@ only in Cc; delivery-thread subject; request above quote",
  mail("Gordon Phua", "gordon.phua@example.net", "Re: Delivery slot for order #SO-560022",
       "Thanks for rescheduling. Cc'ing your privacy team: please also stop passing my phone number to "
       "your courier for their own promotions - I got 3 SMS from them this week.\n\nGordon\n\n"
       "On Tue, 15 Jul 2025, ExampleMart Delivery <delivery@example.com> wrote:\n"
       "> Your delivery has been rescheduled to Thu 17 Jul, 2pm-6pm.\n",
       to="delivery@example.com", cc="privacy@example.com",
       reply_to_mid="<dlv-560022@example.com>"))

T(["deletion"], "en", "HTML-only; deletions as <ul> list items",
  mail("Isabel Cruz", "isabel.cruz@example.org", "please remove",
       html="<div>Hi ExampleMart,<br><br>Please remove the following from my account:<ul>"
            "<li>my browsing history</li><li>all saved addresses</li><li>my wishlist</li></ul>"
            "Thanks,<br>Isabel</div>"))

T(["correction"], "en", "daughter on behalf of elderly mother, LPA mentioned",
  mail("Catherine Yip", "catherine.yip@example.net", "On behalf of my mother",
       "Hello,\n\nI am writing on behalf of my mother, Mdm Yip So Han (82), for whom I hold a Lasting Power "
       "of Attorney. The phone number on her account is wrong; it should be 6234 5678. Please correct "
       "it.\n\nCatherine Yip\n"))

T(["deletion"], "en", "remove product reviews and profile photo",
  mail("Jun Hao", "junhao.ho@example.com", "my reviews",
       "hi can u remove all the product reviews I posted and my profile photo. dont want them online "
       "anymore. thx\n"))

T(["access"], "en", "corporate signature with confidentiality disclaimer that says 'delete this email'",
  mail("Stephanie Koh", "stephanie.koh@example.org", "Access request",
       "Dear ExampleMart,\n\nPlease provide me with access to the personal data you hold about me.\n\n"
       "Regards,\nStephanie Koh\nSenior Associate | Example Legal LLP\n\n"
       "CONFIDENTIALITY NOTICE: This email and any attachments are confidential. If you are not the "
       "intended recipient, please delete this email and all copies immediately and notify the sender. "
       "Any unauthorised use, disclosure or copying is prohibited.\n"))

T(["withdrawal"], "en", "telemarketing do-not-call",
  mail("Albert Chong", "albert.chong@example.net", "Calls",
       "Stop calling me with your telemarketing calls. Put my number 8765 4321 on your do-not-call "
       "list.\n"))

T(["cancellation"], "en", "close account but keep invoices (negation of deletion)",
  mail("Melissa Teo", "melissa.teo@example.com", "Close account",
       "Hi, please delete my account. You can keep my invoices for warranty purposes, I don't need those "
       "erased.\n\nMelissa\n"))

T(["access"], "en", "one-line question 'can I get a copy of my data?'",
  mail("Shaun", "shaun.r@example.org", "", "Can I get a copy of my data?\n"))

T(["cancellation"], "en", "on behalf of a friend without email (authority is the ticket's job)",
  mail("Benjamin Lau", "ben.lau@example.net", "For my friend",
       "Hi, I'm writing for my friend Mr Ong Ah Kow, who doesn't use email. He asked me to get his "
       "ExampleMart account closed (registered mobile 9345 6789). You can call him to confirm "
       "it's him.\n\nBen\n"))

# ----------------------------------------------------------------------------------------
# English: human
# ----------------------------------------------------------------------------------------
H("en", "Outlook reply: thank-you on top; quoted thread below contains the old deletion request",
  mail("Jasmine Tan", "jasmine.tan@example.net", "RE: Delete my data [PR-3317]",
       "Thank you for sorting this out so quickly, much appreciated.\n\nJasmine\n\n"
       "From: ExampleMart Privacy <privacy@example.com>\nSent: Wednesday, 2 July 2025 3:15 PM\n"
       "To: Jasmine Tan <jasmine.tan@example.net>\nSubject: RE: Delete my data [PR-3317]\n\n"
       "Dear Ms Tan,\nWe have completed the erasure of your personal data as requested.\n\n"
       "From: Jasmine Tan <jasmine.tan@example.net>\nSent: Friday, 20 June 2025 9:02 AM\n"
       "To: privacy@example.com\nSubject: Delete my data\n\nPlease delete all my data and close my account.\n",
       reply_to_mid="<pr-3317-done@example.com>"))

H("en", "bottom-posted thank-you in an existing thread (quoted access fulfilment first)",
  mail("Owen Tham", "owen.tham@example.org", "Re: Your access request [PR-3402]",
       "On Thu, 10 Jul 2025, ExampleMart Privacy <privacy@example.com> wrote:\n"
       "> Dear Mr Tham, please find attached the copy of your personal data.\n"
       "> The password was sent to you by SMS.\n\nReceived, all good. Thanks!\nOwen\n",
       reply_to_mid="<pr-3402-done@example.com>"))

H("en", "data breach question: was my data affected",
  mail("Irene Lau", "irene.lau@example.com", "Data breach?",
       "Hi,\n\nI read on a forum that ExampleMart had a data breach last month. Was my information affected? "
       "What are you doing about it, and should I change my password?\n\nIrene\n"))

H("en", "question only mentions deactivating/deleting; asks about points",
  mail("Calvin Seow", "calvin.seow@example.net", "deactivate vs delete?",
       "If I deactivate my account instead of deleting it, will my points be kept? And can I reactivate "
       "later?\n"))

H("en", "complaint: cashier read out personal details",
  mail("Patricia Ho", "patricia.ho@example.org", "Complaint - Clementi outlet",
       "Yesterday your cashier read my full name and phone number out loud to the whole queue to look up "
       "my membership. That is unacceptable and I want an explanation and an assurance it won't happen "
       "again.\n\nPatricia Ho\n"))

H("en", "legal threat about unwanted calls to office number; demands explanation, no request type",
  mail("Raymond Kwek", "raymond.kwek@example.com", "Final warning before legal action",
       "Your agents have called my office line five times this month. I never gave you that number. Unless "
       "you explain within 7 days how you obtained it, my solicitors will lodge a complaint with the PDPC and "
       "consider proceedings.\n\nR. Kwek\n"))

H("en", "portability only: transmit history directly to another retailer",
  mail("Tan Soo Lin", "soolin.tan@example.net", "Data portability",
       "Please transmit my purchase history in a machine-readable format directly to ShopCo Pte Ltd "
       "(dpo@shopco.example.org), as I am moving my membership to them.\n\nTan Soo Lin\n"))

H("en", "automated-decision explanation + human review (BNPL rejection)",
  mail("Faisal Rahman", "faisal.rahman@example.org", "Instant rejection",
       "Your checkout rejected my buy-now-pay-later application within two seconds. I want to know the "
       "logic behind this automated decision and to have a real person review it.\n\nFaisal\n"))

H("en", "wants spouse's purchase records without authority",
  mail("Diana Sng", "diana.sng@example.net", "Husband's account",
       "My husband and I are separating. For the lawyers I need a record of everything he bought with his "
       "ExampleMart account in the last year. His member no. is 4400 5566 7788.\n"))

H("en", "chaser after 30 days for an earlier access request",
  mail("George Tan", "george.tan@example.com", "Re: Access request [PR-4410]",
       "It's been over 30 days and I still haven't received my data. Please update me.\n\nGeorge\n",
       reply_to_mid="<pr-4410-ack@example.com>"))

H("en", "gibberish / pocket-typed",
  mail("", "m1234@example.net", "hjk", "hjkdfs sdfjk 3838 ;;;; lkjlk\n\n\n"))

H("en", "retention question about CCTV (mentions CCTV but no request)",
  mail("Sam Wong", "sam.wong@example.org", "CCTV",
       "How long do you keep CCTV recordings in your stores? Just curious, no issue.\n"))

H("en", "vendor asking for DPO contact and DPA template",
  mail("Lydia Marsh", "lydia@agency.example.org", "DPA for campaign",
       "Hi, we are the agency running your Q3 campaign. Could you send the name of your DPO and your data "
       "processing agreement template? Thanks, Lydia\n"))

H("en", "police request for a third party's details",
  mail("Sgt Alan Lim", "alan.lim@police.example.org", "Request for customer particulars",
       "Dear Sir/Madam,\n\nIn connection with an ongoing investigation, we request the particulars of the "
       "holder of ExampleMart member card 4400 1000 2000, including address and purchase history from 1 to "
       "30 June 2025.\n\nSgt Alan Lim\n"))

H("en", "objection to facial recognition (not direct marketing)",
  mail("Ruth Abraham", "ruth.abraham@example.net", "Facial recognition at entrance",
       "I object to the facial recognition cameras installed at the entrance of your Paya Lebar store. I "
       "did not agree to be scanned and I think it is disproportionate.\n\nRuth\n"))

H("en", "non-customer asks in general whether data is sold",
  mail("Tommy", "tommy.b@example.org", "selling data?",
       "Just curious before I sign up - does ExampleMart sell customer data to other companies?\n"))

H("en", "not privacy: job applicant chasing status",
  mail("Alicia Fernandez", "alicia.f@example.net", "Application - Data Analyst",
       "Hello, I applied for the Data Analyst role three weeks ago. Is there any update on my "
       "application?\n\nAlicia\n"))

H("en", "complaint: parcel with my name and phone left at neighbour's door",
  mail("Edwin Quek", "edwin.quek@example.com", "My details exposed",
       "Your courier left my parcel with my full name, phone number and the item list at the wrong door. My "
       "neighbour had to bring it over. I'd like to know how this happened.\n"))

H("en", "procedural question about ID for an access request (no request made)",
  mail("Nadia Ismail", "nadia.ismail@example.org", "ID for access request",
       "Hi, if I want to ask for a copy of my data, do I need to send a copy of my NRIC, or is logging in "
       "enough?\n"))

# ----------------------------------------------------------------------------------------
# English: ignore
# ----------------------------------------------------------------------------------------
_orig = original_request("ExampleMart Privacy", "privacy@example.com", "jeremy.old@example.net",
                         "Your deletion request [PR-5120]",
                         "Dear customer,\n\nWe received your request to delete your personal data and close "
                         "your account. Please confirm by replying to this email.\n")
I("en", "Exim DSN (multipart/report + message/rfc822 of our mail quoting a deletion request)",
  report("Mail Delivery System", "Mailer-Daemon@mx2.example.net", "Mail delivery failed: returning message to sender",
         "delivery-status",
         "This message was created automatically by mail delivery software.\n\nA message that you sent could "
         "not be delivered to one or more of its recipients. This is a permanent error. The following "
         "address(es) failed:\n\n  jeremy.old@example.net\n    host mx.example.net [192.0.2.44]\n"
         "    SMTP error from remote mail server after RCPT TO:<jeremy.old@example.net>:\n"
         "    550 5.1.1 mailbox unavailable\n",
         delivery_status([("Reporting-MTA", "dns; mx2.example.net")],
                         [("Action", "failed"), ("Final-Recipient", "rfc822;jeremy.old@example.net"),
                          ("Status", "5.1.1"), ("Remote-MTA", "dns; mx.example.net"),
                          ("Diagnostic-Code", "smtp; 550 5.1.1 mailbox unavailable")]),
         original=_orig, extra={"Auto-Submitted": "auto-replied", "X-Failed-Recipients": "jeremy.old@example.net"}))

I("en", "Exchange Online NDR (multipart/report; alternative text+html notification)",
  report("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.org",
         "Undeliverable: Your personal data request [PR-5133]", "delivery-status",
         "Your message to c.wong@example.org couldn't be delivered.\n\nc.wong wasn't found at example.org.\n\n"
         "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP "
         "address lookup'\n",
         delivery_status([("Reporting-MTA", "dns;AM0PR01MB1234.eurprd01.prod.example.org")],
                         [("Final-recipient", "RFC822; c.wong@example.org"), ("Action", "failed"),
                          ("Status", "5.1.10"),
                          ("X-Display-Name", "Christine Wong")]),
         html_part="<html><body><p><b>Your message to c.wong@example.org couldn't be delivered.</b></p>"
                   "<p>c.wong wasn't found at example.org.</p></body></html>"))

I("en", "qmail plain-text bounce: NOT multipart/report, null Return-Path, MAILER-DAEMON",
  mail("", "MAILER-DAEMON@mail.example.org", "failure notice",
       "Hi. This is the qmail-send program at mail.example.org.\nI'm afraid I wasn't able to deliver your "
       "message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work "
       "out.\n\n<h.ramli@example.org>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n"
       "--- Below this line is a copy of the message.\n\nReturn-Path: <privacy@example.com>\n"
       "Subject: Your access request [PR-5140]\n\nDear customer, we have received your request for a copy "
       "of your personal data.\n", null_return=True))

I("en", "Gmail-style delayed delivery warning (Action: delayed)",
  report("Mail Delivery Subsystem", "mailer-daemon@googlemail.example.com",
         "Delivery Status Notification (Delay)", "delivery-status",
         "** Delivery incomplete **\n\nThere was a temporary problem delivering your message to "
         "amir.h@example.net. Gmail will retry for 46 more hours. You'll be notified if the delivery fails "
         "permanently.\n",
         delivery_status([("Reporting-MTA", "dns; googlemail.example.com")],
                         [("Final-Recipient", "rfc822; amir.h@example.net"), ("Action", "delayed"),
                          ("Status", "4.4.1"),
                          ("Will-Retry-Until", "Sat, 19 Jul 2025 02:14:09 -0700 (PDT)")])))

I("en", "List-Id mail from a privacy-professionals mailing list discussing erasure/access requests",
  mail("privacy-ops list", "privacy-ops@lists.example.org", "[privacy-ops] How do you handle deletion requests for loyalty data?",
       "Hi all,\n\nQuick poll: when a customer asks you to delete their account and all their data, do you "
       "keep the loyalty transactions for tax purposes? And how do you verify identity for access requests?\n\n"
       "-- \nprivacy-ops mailing list\nTo unsubscribe send 'unsubscribe' to privacy-ops-request@lists.example.org\n",
       extra={"List-Id": "Privacy practitioners <privacy-ops.lists.example.org>",
              "List-Unsubscribe": "<mailto:privacy-ops-request@lists.example.org?subject=unsubscribe>",
              "Precedence": "list"}))

I("en", "X-Spam-Flag: YES; imitates an access request with a phishing link",
  mail("Data Compliance Dept", "compliance@secure-verify.example.net", "***SPAM*** Urgent: data access request for your account",
       "Dear customer,\n\nPlease send me a copy of all data you hold. Verify your account within 24 hours or "
       "it will be deleted: http://secure-verify.example.net/login\n",
       extra={"X-Spam-Flag": "YES", "X-Spam-Status": "Yes, score=9.4 required=5.0 tests=PHISH,URIBL_BLACK",
              "X-Spam-Level": "*********"}))

_mdn = MIMEBase("message", "disposition-notification", policy=P)
_mdn.set_payload("Reporting-UA: AM6PR01MB.example.org; Microsoft Outlook 16.0\n"
                 "Final-Recipient: rfc822;lena.ko@example.org\n"
                 "Original-Message-ID: <pr-5201-ack@example.com>\n"
                 "Disposition: automatic-action/MDN-sent-automatically; displayed\n")
I("en", "Outlook read receipt (multipart/report disposition-notification)",
  report("Lena Ko", "lena.ko@example.org", "Read: Your access request [PR-5201]", "disposition-notification",
         "Your message\n\n  To: Lena Ko\n  Subject: Your access request [PR-5201]\n\nwas read on "
         "Thursday, 17 July 2025 9:41 AM.\n", _mdn))

I("en", "helpdesk auto-acknowledgement (Zendesk-like) with Auto-Submitted",
  mail("Example Logistics Support", "support@logistics.example.net", "[Request received] #45678 Data deletion confirmation",
       "##- Please type your reply above this line -##\n\nYour request (45678) has been received and is being "
       "reviewed by our support staff.\n\nTo add additional comments, reply to this email.\n",
       extra={"Auto-Submitted": "auto-generated", "X-Mailer": "Zendesk Mailer"}))

I("en", "helpdesk auto-ack (Freshdesk-like) WITHOUT Auto-Submitted / Precedence",
  mail("Example Payments Helpdesk", "help@payments.example.org", "Ticket Received - Request for personal data deletion",
       "Dear Customer,\n\nWe would like to acknowledge that we have received your request and a ticket has "
       "been created (Ticket ID: 90311).\nA support representative will be reviewing your request and will "
       "send you a personal response, usually within 24 hours.\n\nThis is an automatically generated email, "
       "please do not reply.\n"))

I("en", "auto-reply (Auto-Submitted) that quotes a customer's deletion+closure request",
  mail("Jeremy Fong", "jeremy.fong@example.com", "Automatic reply: Re: Please delete my account",
       "I am on leave until 28 July with limited access to email. For urgent matters contact "
       "ops@example.com.\n\n> Please delete my account and all my data.\n",
       extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}))

# ----------------------------------------------------------------------------------------
# Simplified Chinese
# ----------------------------------------------------------------------------------------
T(["cancellation"], "zh", "WeChat-style informal: 亲 帮我把账号注销了",
  mail("小雨", "xiaoyu.chen@example.net", "注销", "亲 帮我把账号注销了哈 谢谢🙏\n"))

T(["access"], "zh", "polite access request with member number",
  mail("王磊", "wanglei@example.com", "个人信息查询",
       "你好，\n\n我想查询一下你们保存了我哪些个人信息，麻烦整理一份发到这个邮箱。会员号：4400 3321 7788。\n\n谢谢！\n王磊\n"))

T(["deletion"], "zh", "delete all data incl. addresses and purchase records",
  mail("刘芳", "liufang@example.org", "删除个人数据",
       "您好：\n\n请删除我的所有个人数据，包括收货地址和购买记录。\n\n刘芳\n"))

T(["correction"], "zh", "new mobile number",
  mail("赵强", "zhaoqiang@example.net", "手机号变更",
       "我手机号换了，新号码是 138 0000 1234，麻烦帮我更新一下，旧号码不用了。\n"))

T(["withdrawal"], "zh", "angry informal: stop sending SMS ads",
  mail("", "sun_lili@example.com", "别再发了", "别再给我发短信广告了！！！烦死了\n"))

T(["withdrawal"], "zh", "negation: keep account, turn off personalised recommendation and targeted ads",
  mail("周婷", "zhouting@example.org", "关于个性化推荐",
       "你好，我不想注销账号，只是想关闭个性化推荐和定向广告，请不要再根据我的购物记录给我推送商品。\n"))

T(["deletion", "cancellation"], "zh", "daughter for deceased father: close account and delete info",
  mail("陈静", "chenjing@example.net", "已故父亲的会员账户",
       "您好：\n\n我父亲陈国华上个月去世了，我是他的女儿。请帮忙注销他的会员账户，并删除他的个人信息。需要的话我可以提供死亡证明。\n\n陈静\n"))

T(["correction"], "zh", "WeChat-style: name change after marriage",
  mail("张晓雯", "zhangxw@example.com", "改名",
       "在吗？我结婚后改名了，会员名字帮我改成 张晓雯 吧，之前是 张小文。谢啦～\n"))

T(["withdrawal"], "zh", "stop providing info to third-party partners",
  mail("黄伟", "huangwei@example.org", "停止向第三方提供信息",
       "你好，请停止将我的个人信息提供给你们的第三方合作伙伴用于营销。\n黄伟\n"))

T(["access", "cancellation"], "zh", "GB2312; numbered: copy of data, then close account",
  mail("林海", "linhai@example.net", "个人信息请求", "本人要求：\n1. 提供我的个人资料副本；\n2. 之后注销我的账户。\n\n林海\n",
       charset="gb2312"))

T(["withdrawal"], "zh", "HTML-only; withdraw consent to marketing SMS and email",
  mail("吴敏", "wumin@example.com", "撤回同意",
       html="<html><body><p>您好：</p><p>我要求<b>撤回</b>对营销短信和营销邮件的同意。</p><p>吴敏</p></body></html>"))

T(["access"], "zh", "ex-warehouse employee asks for HR records",
  mail("郭明", "guoming@example.org", "申请查阅个人资料",
       "你好，我以前是你们仓库的员工，工号 W2031，2021 年离职。想申请查阅人事部门保存的我的个人资料，包括考勤和绩效记录。\n\n郭明\n"))

T(["deletion", "cancellation"], "zh", "zh-en code-mixed WeChat style: delete account and all data",
  mail("Kevin 李", "kevin.li@example.net", "delete", "Hi，麻烦 delete 我的 account 和所有 data，thanks～\n"))

H("zh", "question only: do points survive 注销",
  mail("马丽", "mali@example.com", "咨询", "请问如果我注销账号，积分还能用吗？还是会清零？\n"))

H("zh", "complaint: nuisance calls, suspects leak",
  mail("何军", "hejun@example.org", "信息泄露？",
       "最近老接到骚扰电话，对方知道我上周在你们那买了什么，是不是你们泄露了我的信息？请给个说法。\n"))

H("zh", "question: where is the privacy policy",
  mail("许可", "xuke@example.net", "隐私政策", "你们的隐私政策在哪里能看到？APP里找不到。\n"))

I("zh", "Simplified Chinese out-of-office with Auto-Submitted",
  mail("杨帆", "yangfan@example.com", "自动回复: 您的个人信息请求 [PR-5310]",
       "您好，我正在休假，7月25日返回，期间无法及时回复邮件。紧急事务请联系 ops@example.com。\n",
       extra={"Auto-Submitted": "auto-replied"}))

# ----------------------------------------------------------------------------------------
# Traditional Chinese
# ----------------------------------------------------------------------------------------
T(["deletion"], "zh", "Traditional (TW): delete personal data incl. address and purchase records",
  mail("林怡君", "yijun.lin@example.net", "刪除個人資料", "您好：\n\n請刪除我的個人資料，包括地址及消費紀錄。\n\n林怡君\n"))

T(["access"], "zh", "Traditional (HK), Big5 charset: formal PDPO data access request",
  mail("陳家豪", "kaho.chan@example.org", "查閱資料要求",
       "敬啟者：\n\n本人根據《個人資料（私隱）條例》要求查閱貴公司持有本人的個人資料。\n\n陳家豪\n", charset="big5"))

T(["cancellation"], "zh", "Traditional, Cantonese: close membership account",
  mail("李嘉欣", "kayan.lee@example.com", "取消會員", "唔該幫我取消會員戶口，以後唔會再用，唔該晒。\n"))

T(["correction"], "zh", "Traditional (TW): change mobile number",
  mail("黃志明", "chiming.huang@example.net", "更改手機號碼", "麻煩幫我把手機號碼更改為 0912-345-678，謝謝。\n"))

T(["withdrawal"], "zh", "Traditional: stop promotional SMS and email",
  mail("張美玲", "meiling.cheung@example.org", "停止推廣", "請停止發送推廣短訊及電郵給我。\n"))

T(["withdrawal"], "zh", "Traditional Cantonese: no more ads but don't delete the account (negation)",
  mail("梁俊傑", "chunkit.leung@example.com", "廣告", "我唔想再收到你哋嘅廣告，但係唔好刪我個account，我仲會用㗎。\n"))

T(["deletion", "cancellation"], "zh", "Traditional: parent for 8-year-old son in kids programme",
  mail("吳淑芬", "sufen.wu@example.net", "兒子的會員資料",
       "您好，我兒子今年8歲，之前參加了你們的兒童會員計劃。請刪除他的所有資料並註銷該帳戶。\n\n吳淑芬\n"))

H("zh", "Traditional: question how long CCTV is kept",
  mail("蔡依琳", "yilin.tsai@example.org", "閉路電視", "請問你們會保存閉路電視錄影多久？\n"))

I("zh", "Traditional auto-reply with only X-Auto-Response-Suppress (no Auto-Submitted)",
  mail("王建國", "kienkok.wong@example.com", "自動回覆: 您的查閱資料要求 [PR-5322]",
       "您好，本人現正休假，將於8月1日返回辦公室。如有急事，請聯絡 admin@example.com。\n",
       extra={"X-Auto-Response-Suppress": "All"}))

# ----------------------------------------------------------------------------------------
# Malay
# ----------------------------------------------------------------------------------------
T(["access"], "ms", "formal Malay access request",
  mail("Nor Azlina", "norazlina@example.net", "Permohonan akses data peribadi",
       "Tuan/Puan,\n\nSaya ingin memohon salinan data peribadi saya yang disimpan oleh syarikat anda.\n\n"
       "Sekian, terima kasih.\nNor Azlina\n"))

T(["cancellation"], "ms", "rojak: delete my account, tak guna dah",
  mail("Hafiz", "hafiz.m@example.com", "account", "Hi, boleh tolong delete my account? Dah tak guna lagi. Thanks ya\n"))

T(["deletion"], "ms", "erase all data incl. addresses and purchase history",
  mail("Zulkifli Hassan", "zul.hassan@example.org", "Padam data",
       "Tolong padam semua data peribadi saya termasuk alamat dan sejarah pembelian.\n\nZulkifli\n"))

T(["correction"], "ms", "phone number changed",
  mail("Aishah", "aishah.k@example.net", "tukar no telefon",
       "Nombor telefon saya dah tukar, yang baru 012-345 6789. Tolong update ya.\n"))

T(["withdrawal"], "ms", "rojak: stop SMS promo / unsubscribe",
  mail("Jessie Lim", "jessie.lim@example.com", "SMS promo", "Stop la hantar SMS promo kat I, everyday kena spam. Unsubscribe pls\n"))

T(["cancellation"], "ms", "close account but don't erase invoice records (negation)",
  mail("Rosli Ahmad", "rosli.ahmad@example.org", "Tutup akaun",
       "Saya nak tutup akaun saya, tapi jangan padam rekod invois saya sebab saya perlukan untuk cukai.\n"))

T(["deletion", "cancellation"], "ms", "child for deceased mother: close account and erase data",
  mail("Faridah Yusof", "faridah.yusof@example.net", "Akaun arwah ibu saya",
       "Assalamualaikum,\n\nIbu saya telah meninggal dunia bulan lepas. Saya anak beliau, mohon tutup akaun "
       "ahli beliau dan padamkan maklumat peribadinya.\n\nFaridah\n"))

T(["correction"], "ms", "rojak: name misspelled, please correct",
  mail("Siti Nurhaliza", "siti.nurhaliza@example.com", "nama salah",
       "Nama I salah eja dalam account, should be 'Siti Nurhaliza binti Ahmad', bukan 'Siti Norhaliza'. "
       "Boleh betulkan?\n"))

T(["withdrawal"], "ms", "no personalised ads; stop sharing with partners",
  mail("Kamal Ariffin", "kamal.ariffin@example.org", "Iklan",
       "Saya tidak mahu iklan yang diperibadikan. Sila berhenti berkongsi data saya dengan rakan kongsi anda.\n"))

H("ms", "question: lose reward points if account closed?",
  mail("Salmah", "salmah.i@example.net", "soalan", "Kalau saya tutup akaun, mata ganjaran saya hilang ke?\n"))

H("ms", "rojak complaint about suspected leak",
  mail("Ahmad Shah", "ahmad.shah@example.com", "data bocor?",
       "Kenapa maklumat saya bocor? Ada orang call I semalam, tahu nama penuh dan alamat rumah I. Tolong "
       "explain.\n"))

I("ms", "Malay auto-reply with NO auto headers at all (subject only)",
  mail("Mohd Fadzli", "fadzli@example.org", "Balasan Automatik: Permohonan data anda [PR-5330]",
       "Terima kasih atas e-mel anda. Saya sedang bercuti dan akan kembali pada 4 Ogos. E-mel anda tidak "
       "akan dimajukan.\n"))

# ----------------------------------------------------------------------------------------
# European languages
# ----------------------------------------------------------------------------------------
T(["access"], "de", "German Art. 15 DSGVO access request",
  mail("Jürgen Becker", "juergen.becker@example.net", "Auskunftsersuchen",
       "Sehr geehrte Damen und Herren,\n\nhiermit bitte ich gemäß Art. 15 DSGVO um Auskunft über die zu meiner "
       "Person gespeicherten Daten sowie um eine Kopie dieser Daten.\n\nMit freundlichen Grüßen\nJürgen Becker\n"))

I("de", "German Abwesenheitsnotiz with Auto-Submitted",
  mail("Katrin Müller", "katrin.mueller@example.org", "Abwesenheitsnotiz: Ihre Anfrage [PR-5340]",
       "Vielen Dank für Ihre Nachricht. Ich bin bis zum 04.08.2025 nicht im Büro und habe keinen Zugriff auf "
       "meine E-Mails.\n", extra={"Auto-Submitted": "auto-replied"}))

T(["deletion", "cancellation"], "fr", "French: delete account and all personal data",
  mail("Camille Dubois", "camille.dubois@example.net", "Suppression de compte",
       "Bonjour,\n\nMerci de supprimer mon compte client et toutes mes données personnelles.\n\nCordialement,\nCamille Dubois\n"))

I("fr", "French auto-reply with X-Autoreply only",
  mail("Luc Martin", "luc.martin@example.org", "Réponse automatique : Votre demande [PR-5341]",
       "Bonjour, je suis absent jusqu'au 5 août. Pour toute urgence, contactez accueil@example.org.\n",
       extra={"X-Autoreply": "yes"}))

T(["correction"], "es", "Spanish: correct email address",
  mail("Lucía Fernández", "lucia.fernandez@example.com", "Corrección de datos",
       "Hola,\n\nPor favor, corrijan la dirección de correo de mi cuenta: la correcta es "
       "lucia.fernandez@example.com, no lucia.fernandes@example.com.\n\nGracias,\nLucía\n"))

T(["withdrawal"], "it", "Italian: no more newsletters / promotions",
  mail("Marco Rossi", "marco.rossi@example.org", "Newsletter",
       "Buongiorno,\n\nvi chiedo di non inviarmi più newsletter né comunicazioni promozionali.\n\nGrazie,\nMarco Rossi\n"))

T(["cancellation"], "nl", "Dutch: close my account",
  mail("Sanne de Vries", "sanne.devries@example.net", "Account opzeggen",
       "Beste ExampleMart,\n\nGraag wil ik mijn account laten opheffen.\n\nMet vriendelijke groet,\nSanne de Vries\n"))

T(["deletion"], "pt", "Portuguese (BR, LGPD): erase all personal data",
  mail("João Silva", "joao.silva@example.com", "Eliminação de dados",
       "Olá,\n\nCom base na LGPD, solicito a eliminação de todos os meus dados pessoais.\n\nAtenciosamente,\nJoão Silva\n"))

# ----------------------------------------------------------------------------------------
# Unsupported languages: human (per brief)
# ----------------------------------------------------------------------------------------
H("vi", "Vietnamese (unsupported): asks to delete account",
  mail("Nguyễn Văn An", "nguyen.an@example.net", "Xóa tài khoản", "Xin vui lòng xóa tài khoản của tôi. Cảm ơn.\n"))
H("th", "Thai (unsupported): asks to delete personal data",
  mail("สมชาย ใจดี", "somchai@example.org", "ลบข้อมูล", "กรุณาลบข้อมูลส่วนตัวของฉันทั้งหมด ขอบคุณค่ะ\n"))
H("ko", "Korean (unsupported): asks for a copy of personal data",
  mail("김민수", "minsu.kim@example.com", "개인정보 열람 요청", "제 개인정보 사본을 보내주세요. 감사합니다.\n"))
H("ja", "Japanese (unsupported): asks to delete account",
  mail("佐藤健", "ken.sato@example.net", "アカウント削除", "私のアカウントを削除してください。よろしくお願いします。\n"))
H("ar", "Arabic (unsupported): asks to delete personal data",
  mail("أحمد علي", "ahmed.ali@example.org", "حذف البيانات", "أرجو حذف بياناتي الشخصية. شكراً.\n"))
H("hi", "Hindi (unsupported): asks to close account",
  mail("राहुल शर्मा", "rahul.sharma@example.com", "खाता बंद करें", "कृपया मेरा खाता बंद कर दें। धन्यवाद।\n"))

I("ja", "Japanese out-of-office with Auto-Submitted",
  mail("田中花子", "hanako.tanaka@example.net", "自動応答: 個人データのご請求 [PR-5350]",
       "お問い合わせありがとうございます。8月4日まで休暇中のため、返信が遅れます。\n",
       extra={"Auto-Submitted": "auto-replied"}))


def main():
    order = list(range(len(ROWS)))
    rng.shuffle(order)
    for old in HERE.glob("g*.eml"):
        old.unlink()
    lines = []
    for n, idx in enumerate(order, 1):
        msg, labels, route, lang, notes = ROWS[idx]
        name = f"g{n:03d}.eml"
        (HERE / name).write_bytes(msg.as_bytes(policy=P))
        lines.append(json.dumps({"file": name, "labels": labels, "route": [route], "lang": lang,
                                 "notes": notes}, ensure_ascii=False))
    (HERE / "manifest.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} emails")


if __name__ == "__main__":
    main()
