"""Mail from other parsers' public test suites (tests/data/peer/, licences in its NOTICE):
talon's standard replies, php-mime-mail-parser's tests/mails, django-helpdesk's test_files,
nodemailer mailparser's test/fixtures. Each must parse without error, its peers' expected text
(each suite's own assertions, in manifest.jsonl) must be found in ``body`` at least as often as
mail-parser's ``.body`` finds it, and no spam, bounce or report may be routed to a ticket.
"""

from __future__ import annotations

import json
import warnings
from typing import Any

import pytest
from data_fixtures import DATA

from bot.config import build_config
from bot.intake.message import body_text
from bot.intake.parse import parse_message
from bot.pipeline.reader import read

PEER = DATA / "peer"
ROWS: list[dict[str, Any]] = [
    json.loads(line)
    for line in (PEER / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
    if line.strip()
]
_CONFIG = build_config({"mailbox": {"path": "m"}, "outbox": {"path": "o"}}, base=PEER, env={})


def _found(expected: list[str], text: str) -> bool:
    """Every expected line is in ``text`` (blanks compared as single spaces)."""
    flat = " ".join(text.split())
    return all(" ".join(line.split()) in flat for line in expected)


def _mailparser_body(raw: bytes) -> str:
    import mailparser

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return str(mailparser.MailParser.from_bytes(raw).body)


@pytest.mark.parametrize("row", ROWS, ids=[r["file"] for r in ROWS])
def test_peer_fixture(row: dict[str, Any]) -> None:
    raw = (PEER / row["file"]).read_bytes()
    message = parse_message(raw)
    assert _found(row["expect"], body_text(message)), body_text(message)[:500]
    if row["machine"]:
        assert read(raw, _CONFIG).decision.outcome != "ticket"


def test_peer_fixtures_found_at_least_as_often_as_mail_parser() -> None:
    with_text = [r for r in ROWS if r["expect"]]
    ours = sum(_found(r["expect"], body_text(parse_message((PEER / r["file"]).read_bytes())))
               for r in with_text)
    theirs = sum(_found(r["expect"], _mailparser_body((PEER / r["file"]).read_bytes()))
                 for r in with_text)
    assert (len(ROWS), len(with_text)) == (38, 30)
    assert ours == len(with_text)
    assert ours >= theirs
