"""Generalisation cases for the KINDS of fault found on held-out mail (issue 3).

Each case is written by hand for this file (not from any corpus, not from the training data in
classifiers/data) and labelled with the conventions of shared/corpus/README.md. The cases are
grouped by kind of fault, several languages per kind:

1. a second or third request in one mail (sequencing words, different phrasing, Chinese
   object-before-verb, Traditional Chinese, code-mixed);
2. a past-tense chaser that restates requests (an earlier request is still a request);
3. a request phrased as a polite question vs. an information question;
4. an informal sign-off must not hide a request;
5. vocabulary: synonyms, registers and verb forms per language;
6. removal from a marketing / mailing / call list is withdrawal, not deletion;
7. mentions of a right that are no request to us (complaint to a regulator, portability alone);
8. plain requests: contact details that changed, no sharing with partners / no personalised
   ads, DSAR jargon, on-behalf closure, a long object before 同意;
9. a request ending in "Thanks", HTML bullet lists, a question then "send it to me";
10. Outlook-style inline forwards by a colleague (and a customer quoting themselves: human);
11. negation scopes over its own clause, not a following "just / only / but" clause;
12. closure and erasure asked with separate verbs, code-mixed Chinese-English;
13. rojak Malay (Malay-English with particles) read as Malay;
14. questions about the procedure of a right are for a human.

``()`` means "no request: route human".
"""

from __future__ import annotations

import pytest

from bot.intake.message import InboundMessage
from classifiers import classify

A, C, D, W, X = "access", "correction", "deletion", "withdrawal", "cancellation"

CASES: list[tuple[str, str, tuple[str, ...]]] = [
    # -- 1. several requests in one mail ------------------------------------------------------
    ("1", "Please send me a copy of everything you hold about me. After that, wipe all of it.",
     (A, D)),
    ("1", "I'd like a copy of my order history, and once I have it please remove my saved "
          "addresses.", (A, D)),
    ("1", "Can you fix the spelling of my surname (it should be Tan) and also stop the "
          "promotional texts?", (C, W)),
    ("1", "First export my purchase records for me, then close my account.", (A, X)),
    ("1", "Kindly update my phone number to 9123 4567 as well as unsubscribe me from the "
          "newsletter.", (C, W)),
    ("1", "Erase my browsing history. When that is done, terminate the account too.", (D, X)),
    ("1", "Hi,\nI want to see what personal data you keep on me.\nAfterwards I want all of it "
          "erased.\nRegards, Priya", (A, D)),
    ("1", "Stuur mij een kopie van mijn gegevens. Daarna wil ik dat u mijn account opheft.",
     (A, X)),
    ("1", "Graag een overzicht van mijn persoonsgegevens en vervolgens verzoek ik u alles te "
          "wissen.", (A, D)),
    ("1", "Bitte senden Sie mir eine Kopie meiner Daten und kündigen Sie danach mein Konto.",
     (A, X)),
    ("1", "Ich beantrage Auskunft über meine Daten. Anschließend bitte ich um Löschung sämtlicher "
          "Daten.", (A, D)),
    ("1", "Vi chiedo di inviarmi una copia dei miei dati e di aggiornare il mio numero di "
          "telefono.", (A, C)),
    ("1", "Chiedo l'accesso ai miei dati personali; successivamente eliminate tutti i miei dati.",
     (A, D)),
    ("1", "Solicito uma cópia dos meus dados e que deixem de me enviar SMS promocionais.",
     (A, W)),
    ("1", "Peço que corrijam a minha morada e não me mandem mais newsletters nem ofertas.",
     (C, W)),
    ("1", "Quiero una copia de mis datos y después borren mi historial de compras.", (A, D)),
    ("1", "Merci de m'envoyer une copie de mes données, puis de fermer mon compte.", (A, X)),
    ("1", "请先把我的个人信息导出一份给我，然后注销我的账号。", (A, X)),
    ("1", "我之前填写的收货地址请删掉，另外手机号请改成13800000000。", (C, D)),
    ("1", "以前上传的发票照片麻烦帮忙删除一下。", (D,)),
    ("1", "請提供貴公司保存的我的個人資料副本，之後請註銷我的帳戶。", (A, X)),
    ("1", "麻煩把我的購物紀錄寄一份給我。", (A,)),
    ("1", "Sila hantar salinan data saya, kemudian tutup akaun saya.", (A, X)),
    ("1", "pls 注销 my account and stop sending promo sms", (W, X)),
    ("1", "Tolong delete all my data dan tutup akaun saya.", (D, X)),
    ("1", "please 更正 my name, it should be Lim Wei Ming", (C,)),
    # -- 2. past-tense chasers restating requests ---------------------------------------------
    ("2", "Two weeks ago I asked you to delete my card details and to unsubscribe me from SMS. "
          "Nothing has happened.", (D, W)),
    ("2", "I requested last week that you close my account and send me my data. I'm still "
          "waiting.", (A, X)),
    ("2", "On 3 March I wrote asking you to correct my address and to stop calling me with "
          "offers.", (C, W)),
    ("2", "上个月我已经要求你们删除我的收货地址并停止发送营销短信，至今没有处理。", (D, W)),
    ("2", "Ich hatte Sie bereits im Mai gebeten, mein Konto zu schließen und mir keine Werbung "
          "mehr zu schicken.", (W, X)),
    ("2", "Vorige maand vroeg ik u al om mijn account te sluiten en mijn gegevens te "
          "verwijderen.", (D, X)),
    ("2", "Bulan lepas saya sudah minta tutup akaun saya dan berhenti hantar promosi.", (W, X)),
    ("2", "Hace un mes les pedí que borraran mis datos y cerraran mi cuenta.", (D, X)),
    # -- 3. polite / indirect requests vs. information questions ------------------------------
    ("3", "could you send over whatever data you have on me?", (A,)),
    ("3", "would you mind removing my old phone number from my profile?", (D,)),
    ("3", "Can u guys update my email to new.me@example.net?", (C,)),
    ("3", "hey can you cancel my membership?", (X,)),
    ("3", "Would you be able to stop the texts about sales?", (W,)),
    ("3", "Kunnen jullie mijn telefoonnummer aanpassen naar 0612345678?", (C,)),
    ("3", "Willen jullie mijn account opheffen?", (X,)),
    ("3", "Können Sie bitte meine Adresse ändern?", (C,)),
    ("3", "Könnten Sie mir mitteilen, welche Daten Sie über mich gespeichert haben?", (A,)),
    ("3", "Pouvez-vous supprimer toutes mes données ?", (D,)),
    ("3", "¿Podrían enviarme una copia de mis datos personales?", (A,)),
    ("3", "Podem apagar os meus dados, por favor?", (D,)),
    ("3", "Potreste chiudere il mio account?", (X,)),
    ("3", "Boleh tak padamkan semua data saya?", (D,)),
    ("3", "Bolehkah anda hantar salinan maklumat peribadi saya?", (A,)),
    ("3", "可以帮我把账号注销吗？", (X,)),
    ("3", "能否把我的手机号码改成新的号码？", (C,)),
    ("3", "可以刪除我的所有個人資料嗎？", (D,)),
    ("3", "麻煩幫我取消訂閱電子報。", (W,)),
    ("3", "How long do you keep my data after I close my account?", ()),
    ("3", "If I delete my account, will my vouchers disappear?", ()),
    ("3", "What happens to my reviews when my account is deleted?", ()),
    ("3", "Wie lange speichern Sie meine Daten?", ()),
    ("3", "Hoe lang bewaren jullie mijn gegevens?", ()),
    ("3", "如果我注销账号，积分还能用吗？", ()),
    ("3", "Berapa lama data saya disimpan?", ()),
    ("3", "¿Cuánto tiempo conservan mis datos?", ()),
    ("3", "Combien de temps conservez-vous mes données ?", ()),
    # -- 4. informal sign-offs ------------------------------------------------------------------
    ("4", "pls delete my acct. thx!", (X,)),
    ("4", "Stop the promo emails. Thanks!", (W,)),
    ("4", "send me my data tq", (A,)),
    ("4", "请删除我的所有数据，谢谢", (D,)),
    ("4", "Tolong tutup akaun saya. Terima kasih!", (X,)),
    ("4", "Graag mijn account opzeggen, bedankt!", (X,)),
    ("4", "Bitte löschen Sie alle meine Daten. Danke!", (D,)),
    ("4", "Thanks, I received the file you sent.", ()),
    ("4", "Thank you for closing my account so quickly!", ()),
    # -- 5. vocabulary ----------------------------------------------------------------------------
    ("5", "Hiermit kündige ich mein Nutzerkonto.", (X,)),
    ("5", "Ich möchte mich vom Newsletter abmelden.", (W,)),
    ("5", "Bitte tragen Sie mich aus Ihrem Verteiler aus.", (W,)),
    ("5", "Ich verlange Einsicht in die über mich gespeicherten Daten.", (A,)),
    ("5", "Meine Telefonnummer hat sich geändert, bitte aktualisieren Sie sie auf 0170 1234567.",
     (C,)),
    ("5", "Bitte entfernen Sie meine Bestellhistorie.", (D,)),
    ("5", "Ik wil graag uitgeschreven worden voor de nieuwsbrief.", (W,)),
    ("5", "Zeg mijn lidmaatschap op a.u.b.", (X,)),
    ("5", "Kunt u mijn achternaam verbeteren? Die is verkeerd gespeld.", (C,)),
    ("5", "Ik wil weten welke gegevens jullie van mij hebben.", (A,)),
    ("5", "Wis al mijn klantgegevens.", (D,)),
    ("5", "Quero encerrar a minha conta.", (X,)),
    ("5", "Gostaria de saber que dados pessoais vocês têm sobre mim.", (A,)),
    ("5", "Por favor, descadastrem meu e-mail da lista de marketing.", (W,)),
    ("5", "Atualizem o meu número de telemóvel, por favor.", (C,)),
    ("5", "Vorrei sapere quali dati personali avete su di me.", (A,)),
    ("5", "Non voglio più ricevere la vostra newsletter.", (W,)),
    ("5", "Desidero chiudere il mio account.", (X,)),
    ("5", "本人欲依法要求查閱並取得閣下所持有之個人資料複本。", (A,)),
    ("5", "請幫我註銷會員帳號。", (X,)),
    ("5", "我的地址已更改，請更新為台北市信義區範例路1號。", (C,)),
    ("5", "請停止寄送促銷簡訊給我。", (W,)),
    ("5", "Saya mahu tutup akaun ExampleMart saya.", (X,)),
    ("5", "Tolong betulkan ejaan nama saya kepada Nur Aisyah.", (C,)),
    ("5", "Saya tidak mahu terima mesej promosi lagi.", (W,)),
    ("5", "Saya ingin mendapatkan salinan data peribadi saya.", (A,)),
    ("5", "Sila hapuskan semua maklumat peribadi saya.", (D,)),
    ("5", "I'd like to opt out of all promotional communications.", (W,)),
    ("5", "Please rectify my date of birth, it's 12/04/1990.", (C,)),
    ("5", "Erase everything you've stored about me.", (D,)),
    # -- 6. removal from a list is withdrawal --------------------------------------------------
    ("6", "Tolong keluarkan nombor telefon saya daripada senarai pemasaran.", (W,)),
    ("6", "Buang e-mel saya dari senarai mel anda.", (W,)),
    ("6", "Take my number off your call list.", (W,)),
    ("6", "Please remove my email address from your promotional mailing list.", (W,)),
    ("6", "请把我的手机号从你们的营销名单里删除。", (W,)),
    ("6", "請將我從你們的郵寄名單中移除。", (W,)),
    ("6", "Bitte entfernen Sie meine E-Mail-Adresse aus Ihrer Mailingliste.", (W,)),
    ("6", "Haal mijn e-mailadres van jullie mailinglijst.", (W,)),
    ("6", "Eliminen mi correo de su lista de envíos publicitarios.", (W,)),
    ("6", "Retirez mon adresse de votre liste de diffusion.", (W,)),
    ("6", "Removam o meu número da vossa lista de contactos de marketing.", (W,)),
    ("6", "Rimuovete il mio indirizzo dalla vostra mailing list.", (W,)),
    # -- 7. a right mentioned, no request to us ------------------------------------------------
    ("7", "Dear Commissioner,\nI wish to lodge a complaint against ExampleMart. They have "
          "ignored my request for a copy of my personal data for two months.\nCc: ExampleMart",
     ()),
    ("7", "To the Data Protection Authority: ExampleMart never answered my access request and "
          "I ask you to investigate.", ()),
    ("7", "请把我的订单记录直接迁移到另一个购物平台。", ()),
    ("7", "我想把我的個人資料轉移到其他公司。", ()),
    ("7", "Please transfer my purchase data directly to another retailer.", ()),
    ("7", "Bitte übertragen Sie meine Daten direkt an einen anderen Anbieter.", ()),
    ("7", "请把我的订单数据导出一份给我，我要自己保存。", (A,)),
]

# A second batch, written after the first passed, to check that the fixes generalise
# (67 new cases; it scored 62/67 before the follow-up fixes).
CASES += [
    ('1', 'Hello, two things: please correct my birth date to 4 May 1991, and I no longer '
          'want your SMS offers.',
     (C, W)),
    ('1', 'Could you give me an export of my orders? Also, please get rid of my saved '
          'payment cards.',
     (A, D)),
    ('1', 'I want to close my ExampleMart account. Before you do, send me everything you '
          'hold on me.',
     (A, X)),
    ('1', 'Delete my old delivery addresses, then take me off the newsletter.',
     (D, W)),
    ('1', 'Ik wil een kopie van mijn gegevens en daarnaast wil ik geen reclame meer ontvangen.',
     (A, W)),
    ('1', 'Bitte berichtigen Sie meinen Nachnamen und senden Sie mir danach eine Kopie '
          'meiner Daten.',
     (A, C)),
    ('1', 'Vorrei una copia dei miei dati e poi chiudete il mio account.',
     (A, X)),
    ('1', 'Queria uma cópia dos meus dados e depois apaguem tudo.',
     (A, D)),
    ('1', 'Necesito una copia de mis datos y que luego cierren mi cuenta.',
     (A, X)),
    ('1', 'Je voudrais une copie de mes données et ensuite supprimez mon adresse.',
     (A, D)),
    ('1', '请把我的收货地址改一下，然后把我的购物记录全部删除。',
     (C, D)),
    ('1', '我的身份证照片和银行卡信息请尽快删除，谢谢。',
     (D,)),
    ('1', '麻煩先寄一份我的個人資料副本給我，再幫我把帳號註銷。',
     (A, X)),
    ('1', 'Tolong betulkan alamat saya, lepas tu padam sejarah pembelian saya.',
     (C, D)),
    ('1', 'can you 注销 my acct and 删除 my photos',
     (D, X)),
    ('2', 'Back in January I asked you to remove my phone number and close my account, and '
          'nothing happened.',
     (D, X)),
    ('2', 'Ich habe Sie letzten Monat gebeten, meine Adresse zu löschen. Bis heute ist '
          'nichts passiert.',
     (D,)),
    ('2', '我上周已经让你们注销我的账号，也要求停止营销电话，为什么还没处理？',
     (W, X)),
    ('2', 'Há duas semanas pedi que apagassem os meus dados e cancelassem a minha conta.',
     (D, X)),
    ('3', 'Could you possibly delete the reviews I posted?',
     (D,)),
    ('3', 'Can you let me know what personal information you have about me?',
     (A,)),
    ('3', 'Would it be possible to change my surname on my account to Wong?',
     (C,)),
    ('3', 'Kunt u mijn gegevens verwijderen?',
     (D,)),
    ('3', 'Kannst du bitte mein Konto löschen?',
     (X,)),
    ('3', 'Pourriez-vous fermer mon compte ?',
     (X,)),
    ('3', '¿Pueden dejar de enviarme publicidad?',
     (W,)),
    ('3', 'Potete inviarmi una copia dei miei dati?',
     (A,)),
    ('3', 'Boleh tolong tutup akaun saya?',
     (X,)),
    ('3', '能不能帮我删除所有的浏览记录？',
     (D,)),
    ('3', '你們可以停止發送推銷短信嗎？',
     (W,)),
    ('3', 'Do you share my data with advertisers?',
     ()),
    ('3', 'How can I see what data you hold on me?',
     ()),
    ('3', 'Kan ik mijn account zelf verwijderen?',
     ()),
    ('3', 'Werden meine Daten an Dritte weitergegeben?',
     ()),
    ('3', '你们会把我的数据卖给第三方吗？',
     ()),
    ('3', 'Adakah data saya dikongsi dengan pihak ketiga?',
     ()),
    ('4', 'close my account pls, thx',
     (X,)),
    ('4', 'Remove my number from your marketing list. Cheers, thanks!',
     (W,)),
    ('4', '麻烦把我的账号注销掉，多谢！',
     (X,)),
    ('4', 'Terima kasih. Sila padam semua data saya.',
     (D,)),
    ('4', 'Many thanks for your quick help last time!',
     ()),
    ('5', "I'd like to terminate my membership effective immediately.",
     (X,)),
    ('5', 'Please scrub all records of me from your systems.',
     (D,)),
    ('5', 'I no longer wish to receive promotional emails from you.',
     (W,)),
    ('5', 'Please send me a copy of the personal data you process about me.',
     (A,)),
    ('5', 'Mein Name ist falsch geschrieben, bitte korrigieren.',
     (C,)),
    ('5', 'Ich möchte keine Werbe-E-Mails mehr von Ihnen bekommen.',
     (W,)),
    ('5', 'Löschen Sie bitte mein Benutzerkonto.',
     (X,)),
    ('5', 'Ik wil mijn account verwijderen.',
     (X,)),
    ('5', 'Mijn adres is veranderd, kunt u dit aanpassen?',
     (C,)),
    ('5', 'Quero cancelar a minha conta.',
     (X,)),
    ('5', 'Não quero receber mais e-mails promocionais.',
     (W,)),
    ('5', 'Vorrei cancellare tutti i miei dati personali.',
     (D,)),
    ('5', 'Desidero disiscrivermi dalla newsletter.',
     (W,)),
    ('5', '請刪除我在貴公司的所有個人資料。',
     (D,)),
    ('5', '我不想再收到你们的推销短信了。',
     (W,)),
    ('5', 'Saya nak batalkan keahlian saya.',
     (X,)),
    ('5', 'Tolong hentikan panggilan pemasaran kepada saya.',
     (W,)),
    ('6', 'Please take my email off your mailing list.',
     (W,)),
    ('6', '请把我从你们的短信推送名单中移除。',
     (W,)),
    ('6', 'Verwijder mijn telefoonnummer uit jullie bellijst.',
     (W,)),
    ('6', 'Bitte streichen Sie meine Adresse aus Ihrer Werbeliste.',
     (W,)),
    ('6', 'Sila keluarkan e-mel saya daripada senarai promosi.',
     (W,)),
    ('7', 'Dear PDPC, ExampleMart did not reply to my request to delete my data. Please '
          'investigate.',
     ()),
    ('7', "I'd like my data transferred directly to another online shop.",
     ()),
    ('7', '请把我的数据迁移到其他平台。',
     ()),
    ('7', 'Send me a copy of my data and also transfer it to another provider.',
     (A,)),
    # -- 8-14. second held-out round (see module docstring) --------------------------------
    ('8', 'Hi, I have a new mobile now: 8123 9988. Please update your records.',
     (C,)),
    ('8', 'My email address has changed to lim.k@example.net, kindly update it on my profile.',
     (C,)),
    ('8', '我的手机号码已经换了，新号码是91234567，麻烦帮我更新一下。',
     (C,)),
    ('8', 'Alamat emel saya dah bertukar, tolong kemaskini kepada siti@example.com.',
     (C,)),
    ('8', 'Please stop passing my personal details to your business partners.',
     (W,)),
    ('8', "I don't want my data shared with third parties any more.",
     (W,)),
    ('8', '请不要再把我的个人信息提供给第三方。',
     (W,)),
    ('8', 'Tolong berhenti kongsi maklumat saya dengan rakan kongsi anda.',
     (W,)),
    ('8', 'Please no more targeted advertising based on my purchases.',
     (W,)),
    ('8', 'Stop profiling me for product recommendations, thank you.',
     (W,)),
    ('8', "I'm sending a DSAR for all personal data relating to me.",
     (A,)),
    ('8', 'This is a subject access request under the PDPA.',
     (A,)),
    ('8', 'SAR please - my customer number is 55812.',
     (A,)),
    ('8', 'I am writing on behalf of my elderly mother; please terminate her account.',
     (X,)),
    ('8', '<html><body><p>您好，</p><p>我撤回对营销短信的同意。</p><p>谢谢</p></body></html>',
     (W,)),
    ('8', '我现在撤回接收推广短信的授权，谢谢。',
     (W,)),
    ('9', 'Please remove my delivery addresses from your system.\n\nThank you.\nJohn',
     (D,)),
    ('9', 'Could you unsubscribe me from the SMS promotions? Thanks!',
     (W,)),
    ('9', 'What personal information do you hold about me? Please send it to my email.',
     (A,)),
    ('9', 'Which details of mine are stored? Kindly email me a copy.',
     (A,)),
    ('9', 'Thank you for your reply.',
     ()),
    ('9', '<html><body><p>Hello,</p><p>Please erase the following:</p><ul><li>my saved '
           'cards</li><li>my old delivery addresses</li><li>my search history</li></ul><p>'
           'Thanks</p></body></html>',
     (D,)),
    ('9', '<html><body><div>Hi team</div><div>Could you remove these from my '
           'profile:</div><ul><li>photo</li><li>date of birth</li></ul><div>Thank '
           'you!</div></body></html>',
     (D,)),
    ('9', 'Please take my number off your SMS list.\nThanks a lot,\nMei',
     (W,)),
    ('9', '你们保存了我哪些个人资料？请发给我。谢谢',
     (A,)),
    ('9', 'Apa data saya yang syarikat simpan? Tolong emelkan kepada saya. Terima kasih',
     (A,)),
    ('10', 'Hi team, see below from a customer.\n\nFrom: Ana Lopez <ana@example.org>\n'
           'Sent: Monday, 3 March 2025 10:12\nTo: Support <support@example.com>\nSubject: '
           'my data\n\nHello, please delete all my personal data.\nAna',
     (D,)),
    ('10', 'FYI\n\n-----Original Message-----\nFrom: Tan <tan@example.net>\nSent: '
           'Tuesday\nTo: help@example.com\nSubject: account\n\nPlease close my account.\n',
     (X,)),
    ('10', 'Hi privacy team,\nForwarding this one from a customer for your action.\n\n'
           'From: Rahul Nair <rahul.n@example.org>\nSent: Friday, 7 March 2025 09:40\nTo: '
           'Customer Care <care@example.com>\nSubject: unsubscribe\n\nPlease stop sending '
           'me promotional SMS and emails.\nRahul',
     (W,)),
    ('10', '转发客户邮件，请处理。\n\n发件人: 陈小姐 <chen@example.net>\n'
           '发送时间: 2025年3月7日\n收件人: service@example.com\n'
           '主题: 资料\n\n请把我的个人资料副本发给我。',
     (A,)),
    ('10', 'Any update on this?\n\nFrom: Ana Lopez <kinds@example.net>\nSent: Monday, 3 '
           'March 2025 10:12\nTo: privacy@example.com\nSubject: my data\n\nPlease delete '
           'all my personal data.',
     ()),
    ('11', 'I do not want my account closed, just switch off the personalised ads.',
     (W,)),
    ('11', "Please don't delete my account, only stop the marketing emails.",
     (W,)),
    ('11', '不要注销我的账号，只是不要再发推广短信给我。',
     (W,)),
    ('11', 'Jangan tutup akaun saya, cuma berhenti hantar iklan.',
     (W,)),
    ('11', '唔好再send推廣訊息畀我，但唔好刪除我個戶口。',
     (W,)),
    ('11', 'Please do not close my account.',
     ()),
    ('11', 'PLEASE DO NOT CANCEL MY MEMBERSHIP - only stop the app notifications and the '
           'promo emails.',
     (W,)),
    ('11', 'No need to delete my account; just stop sharing my data with advertisers.',
     (W,)),
    ('11', '我不想注销账户，只是想关闭个性化推荐。',
     (W,)),
    ('11', 'Jangan padam akaun saya, tapi tolong berhenti hantar SMS promosi.',
     (W,)),
    ('11', 'Bitte löschen Sie mein Konto nicht, sondern senden Sie mir keine Werbung mehr.',
     (W,)),
    ('12', 'Please do the following:\n- delete my order history\n- stop the newsletters\n'
           '- my membership account closed',
     (D, W, X)),
    ('12', 'I want the account shut down and all my data wiped.',
     (D, X)),
    ('12', 'Please close my account and erase everything you hold about me.',
     (D, X)),
    ('12', '你好，我想 close my account，并且 erase all my data，谢谢。',
     (D, X)),
    ('12', '请帮我注销账号, also delete all my personal data please.',
     (D, X)),
    ('12', '我要cancel我的account，然后把所有资料delete掉。',
     (D, X)),
    ('12', 'Tolong tutup akaun saya dan padam semua data saya.',
     (D, X)),
    ('12', "I'd like my profile account closed for good and every record of me removed.",
     (D, X)),
    ('13', 'Pls delete my acc la, tak nak guna dah',
     (X,)),
    ('13', 'Tolong stop hantar promo sms kat saya pls',
     (W,)),
    ('13', 'hi, nak tutup account boleh tak',
     (X,)),
    ('13', 'Hi pls stop send promo kat my phone la, dah banyak kali',
     (W,)),
    ('13', 'Tolong delete semua data saya pls, tak guna dah app ni',
     (D,)),
    ('13', 'boss, my hp number dah tukar la, pls update to 91234567',
     (C,)),
    ('13', 'Nak cancel membership saya, tq',
     (X,)),
    ('14', 'If I ask for a copy of my data, do I need to provide my IC?',
     ()),
    ('14', 'Should I want my records deleted, how long does it take?',
     ()),
    ('14', '如果我要查阅我的个人资料，需要提供身份证吗？',
     ()),
    ('14', 'Kalau saya nak salinan data saya, perlu hantar IC ke?',
     ()),
    ('14', 'Do I have to show my passport if I want my account closed?',
     ()),
    ('14', 'Is a DSAR free of charge, or is there a fee?',
     ()),
    ('14', 'To request a copy of my data, what documents must I send?',
     ()),
    ('14', 'Before I ask you to erase my data, can you tell me whether my warranty stays valid?',
     ()),
    ('14', '如果我申请删除个人资料，会员积分还在吗？',
     ()),
    ('14', 'Kalau saya tutup akaun, mata ganjaran saya hilang ke?',
     ()),
]


def _msg(text: str) -> InboundMessage:
    return InboundMessage(message_id="<k@example.com>", from_name="Test", subject="",
                          from_addr="kinds@example.net", text=text)


#: Cases the learned classifier misses (issue 12's note), by index in CASES: chasers that
#: restate two earlier requests lose one or both. Strict: a fix fails here until removed.
KNOWN_MISSES = {28, 137}


def _case(i: int, case: tuple[str, str, tuple[str, ...]]) -> object:
    if i in KNOWN_MISSES:
        return pytest.param(*case, marks=pytest.mark.xfail(
            strict=True, reason="known miss: a chaser restating two earlier requests"))
    return case


@pytest.mark.parametrize(("kind", "text", "expected"),
                         [_case(i, c) for i, c in enumerate(CASES)],
                         ids=[f"k{k}-{i}" for i, (k, _, _) in enumerate(CASES)])
def test_kind(kind: str, text: str, expected: tuple[str, ...]) -> None:
    result = classify(_msg(text))
    route = "ticket" if expected else "human"
    assert (set(result.labels), result.route) == (set(expected), route), result.reason


def test_cues_of_other_languages_do_not_apply() -> None:
    """Swedish "om" (= if) must not put a Dutch request under a condition."""
    result = classify(_msg("Ik vroeg u al om mijn account te sluiten."))
    assert (result.labels, result.route) == ((X,), "ticket")


def test_complaint_to_authority_with_reported_request_is_human() -> None:
    result = classify(_msg("Dear Commissioner,\nExampleMart never replied when I asked them to "
                           "send me a copy of my data. Please investigate."))
    assert (result.labels, result.route) == ((), "human")
    assert "authority" in result.reason


def test_object_first_negation_in_chinese() -> None:
    assert (classify(_msg("账号请注销，但我的订单记录请保留，不要删除。")).labels) == (X,)


@pytest.mark.parametrize("text", [
    "Hello, if I wanted a copy of everything you hold on me, would I have to send my passport?",
    "Do I need to send my IC to get a copy of my data?",
    "If I want my data deleted one day, do I need to write to you first?",
])
def test_questions_about_the_procedure_stay_with_a_human(text: str) -> None:
    """A request form inside a condition or a question word ("if I want…", "do I need…")
    does not turn a question about the procedure into a request."""
    c = classify(_msg(text))
    assert (c.route, c.labels) == ("human", ())


@pytest.mark.parametrize(("text", "labels"), [
    ("Don't delete my profile. I'd just like the reminder texts and the newsletters to stop.",
     ("withdrawal",)),
    ("We want those promo calls to end, please.", ("withdrawal",)),
    ("I'm asking to receive copies of all records you keep on me.", ("access",)),
])
def test_wanting_something_to_stop_and_plural_copies(text: str, labels: tuple[str, ...]) -> None:
    """"I want X to stop" is a withdrawal; "request copies of my records" an access request
    (plural "copies" only after a verb: "exact copies of the data" in a letter is not one)."""
    c = classify(_msg(text))
    assert (c.route, c.labels) == ("ticket", labels)


def test_wanting_a_quality_to_stop_is_no_withdrawal() -> None:
    c = classify(_msg("I want your emails to stop being so long."))
    assert "withdrawal" not in c.labels


@pytest.mark.parametrize("text", [
    "请提供一份你们保存的我的个人资料。",
    "請提供一份你們保存的我的個人資料。",
    "请问可以给我一份我的个人资料吗？",
    "请把你们持有的关于我的个人资料复印一份给我。",
])
def test_chinese_asking_for_a_copy_of_personal_data(text: str) -> None:
    """"提供一份 … 个人资料" and "复印一份给我" ask for a copy: access."""
    c = classify(_msg(text))
    assert (c.route, c.labels) == ("ticket", ("access",))


@pytest.mark.parametrize("text", [
    "你们会提供一份隐私政策给我吗？",
    pytest.param("如果我想要一份个人资料副本，需要提供身份证吗？", marks=pytest.mark.xfail(
        strict=True, reason="known miss since the retraining of 2026-12-08: the model reads "
        "'想要一份个人资料副本' in a conditional question as asking (access, q 0.60)")),
])
def test_chinese_questions_about_a_copy_stay_with_a_human(text: str) -> None:
    c = classify(_msg(text))
    assert (c.route, c.labels) == ("human", ())
