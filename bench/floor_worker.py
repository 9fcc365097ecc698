"""The floor worker of bench/bench_drain.py (issue 18): only what any durable privacy-mailbox
worker must do, written plainly, so that the product's drain rate can be put beside it.

Per batch of up to 100 messages: one UID FETCH BODY.PEEK[]; each raw mail stored in SQLite
(WAL, synchronous=FULL) and committed; per message: stdlib parse, a keyword rule, a ticket
row and an outbox row committed in one transaction, the acknowledgement sent on one open SMTP
connection and marked sent; then one UID MOVE of the batch. No classifier, no templates, no
screening, no threading: the difference to the product is what the product does on top.

    python bench/floor_worker.py HOST PORT USER PASSWORD_ENV SMTP_HOST SMTP_PORT DB

Prints "floor starting <unix time>" once logged in and "floor done <n>" at the end.
"""

from __future__ import annotations

import os
import re
import smtplib
import sqlite3
import sys
import time
from email import message_from_bytes
from email.message import EmailMessage
from email.utils import make_msgid, parseaddr

from imapclient import IMAPClient

RULE = re.compile(r"delete|erase|access|copy of|correct|update|unsubscribe|withdraw|close my",
                  re.IGNORECASE)
BATCH = 100


def main(argv: list[str]) -> int:
    host, port, user, password_env, smtp_host, smtp_port, db_path = argv
    db = sqlite3.connect(db_path, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    db.executescript("""
        CREATE TABLE IF NOT EXISTS messages (id INTEGER PRIMARY KEY, uid INTEGER UNIQUE,
                                             raw BLOB, state TEXT);
        CREATE TABLE IF NOT EXISTS tickets (id INTEGER PRIMARY KEY, message INTEGER,
                                            requester TEXT, label TEXT);
        CREATE TABLE IF NOT EXISTS outbox (id INTEGER PRIMARY KEY, ticket INTEGER, raw BLOB,
                                           status TEXT);
    """)
    imap = IMAPClient(host, port=int(port), ssl=False)
    imap.login(user, os.environ[password_env])
    imap.select_folder("INBOX")
    if not imap.folder_exists("Floor"):
        imap.create_folder("Floor")
    smtp = smtplib.SMTP(smtp_host, int(smtp_port))
    print(f"floor starting {time.time():.6f}", flush=True)
    done = 0
    while True:
        uids = sorted(imap.search("ALL"))[:BATCH]
        if not uids:
            break
        fetched = imap.fetch(uids, [b"BODY.PEEK[]"])
        db.execute("BEGIN")
        rows = [(uid, fetched[uid][b"BODY[]"]) for uid in uids if uid in fetched]
        db.executemany("INSERT OR IGNORE INTO messages (uid, raw, state) VALUES (?, ?, 'stored')",
                       rows)
        db.execute("COMMIT")
        for uid, raw in rows:
            msg = message_from_bytes(raw)
            body = msg.get_payload(decode=True) if not msg.is_multipart() else b""
            text = (body or b"").decode("utf-8", "replace") + " " + str(msg["Subject"] or "")
            sender = parseaddr(str(msg["From"] or ""))[1]
            label = "request" if RULE.search(text) else "human"
            ack = EmailMessage()
            ack["From"], ack["To"] = "privacy@example.com", sender or "unknown@example.org"
            ack["Subject"] = "We received your request"
            ack["Message-ID"] = make_msgid(domain="example.com")
            ack["In-Reply-To"] = str(msg["Message-ID"] or "")
            ack["Auto-Submitted"] = "auto-replied"
            ack.set_content("We received your request and will answer within 30 days.\n")
            db.execute("BEGIN")
            cur = db.execute("INSERT INTO tickets (message, requester, label) VALUES "
                             "(?, ?, ?)", (uid, sender, label))
            out = db.execute("INSERT INTO outbox (ticket, raw, status) VALUES (?, ?, "
                             "'pending')", (cur.lastrowid, ack.as_bytes()))
            db.execute("UPDATE messages SET state = 'committed' WHERE uid = ?", (uid,))
            db.execute("COMMIT")
            smtp.sendmail("privacy@example.com", [ack["To"]], ack.as_bytes())
            db.execute("UPDATE outbox SET status = 'sent' WHERE id = ?", (out.lastrowid,))
            done += 1
        imap.move([uid for uid, _ in rows], "Floor")
    smtp.quit()
    imap.logout()
    print(f"floor done {done}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
