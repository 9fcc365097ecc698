"""The command line: process --dry-run --json on the whole corpus, demo, tickets, status."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from bot.cli import main
from tests.servers import PostgresServer

REPO = Path(__file__).resolve().parents[1]
PARTS = ("dev", "public", "realworld")

#: realworld file → (substrings the text must contain, exact sender name or None), from the
#: manifest's ``expect`` column
REALWORLD_EXPECT: dict[str, tuple[tuple[str, ...], str | None]] = {
    "rw02-raw-latin1-from-name.eml": ((), "Renée Lefèvre"),
    "rw04-cte-trailing-space.eml": (("I withdraw my consent",), None),
    "rw06-unknown-charset-windows-874.eml": (("ยกเลิก", "Please cancel my subscription"), None),
    "rw08-gb2312-label-gbk-bytes.eml": (("王喆",), None),
    "rw09-iso2022jp-html-only.eml": (("開示を請求",), None),
    "rw11-tnef-winmail-dat-only.eml": (("cancel my membership",), None),
    "rw13-forward-as-attachment.eml": (("could you send me a copy",), "Support Agent"),
    "rw15-bounce-dsn.eml": ((), "Mail Delivery System"),
}


def manifest(corpus: Path, part: str) -> list[dict[str, object]]:
    lines = (corpus / part / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "bot.cli", *args], capture_output=True,
                          text=True, cwd=REPO, env={**os.environ, **(env or {})}, check=False)


def test_process_dry_run_json_on_every_corpus_file(corpus_dir: Path) -> None:
    rows = {part: manifest(corpus_dir, part) for part in PARTS}
    files = [str(corpus_dir / part / row["file"]) for part in PARTS for row in rows[part]]
    result = run_cli("process", "--dry-run", "--json", *files)
    assert result.returncode == 0, result.stderr[-2000:]
    lines = result.stdout.splitlines()
    assert len(lines) == len(files) == 225
    out = {Path(o["file"]).name: o for o in map(json.loads, lines)}
    keys = {"file", "route", "labels", "scores", "language", "reason", "from", "from_name",
            "subject", "text", "body", "evidence"}
    for name, o in out.items():
        assert set(o) == keys, name
        assert o["route"] in ("ticket", "human", "ignore")
        # every label carries its evidence: the sentence, and whether a rule or the model read it
        for label in o["labels"]:
            shown = [e for e in o["evidence"] if e["label"] == label]
            assert shown and all(e["sentence"].strip() for e in shown)
            assert all(e["source"] == "model" or e["source"].startswith("rule:") for e in shown)
        assert "\udce9" not in json.dumps(o, ensure_ascii=False), name
    for part in PARTS:
        for row in rows[part]:
            if row["route"] == ["ignore"]:
                assert out[row["file"]]["route"] == "ignore", row["file"]
            else:
                assert out[row["file"]]["route"] != "ignore", row["file"]
    for name, (needles, sender_name) in REALWORLD_EXPECT.items():
        o = out[name]
        for needle in needles:
            assert needle in o["text"], (name, needle)
        assert "\x1b" not in o["text"]
        if sender_name is not None:
            assert o["from_name"] == sender_name, name
    assert out["rw02-raw-latin1-from-name.eml"]["from"] == "renee.lefevre@example.com"


def test_unreadable_file_still_gets_its_line(tmp_path: Path) -> None:
    missing = tmp_path / "nope.eml"
    result = CliRunner().invoke(main, ["process", "--dry-run", "--json", str(missing)])
    assert result.exit_code == 1  # the line is printed, and the status says something failed
    o = json.loads(result.output)
    assert o["route"] == "human" and o["file"] == str(missing)
    assert o["reason"] == "cannot read: No such file or directory"


def test_demo_then_tickets_list_json_and_status(tmp_path: Path) -> None:
    demo_dir = tmp_path / "demo"
    result = run_cli("demo", "--dir", str(demo_dir))
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Processed 8 message(s)." in result.stdout
    config = demo_dir / "bot.toml"
    listed = run_cli("--config", str(config), "tickets", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    tickets = json.loads(listed.stdout)
    # 8 samples: 5 requests, 1 question for a human, 2 machine mails without a ticket
    assert len(tickets) == 6
    assert sorted(t["kind"] for t in tickets) == ["request"] * 5 + ["triage"]
    for t in tickets:
        assert set(t) >= {"reference", "types", "status", "received_at", "due_at", "message_id"}
        assert t["reference"].startswith("PRIV-")
    sent = list((demo_dir / "outbox" / "new").iterdir())
    assert len(sent) == 7  # 5 acknowledgements, 1 human acknowledgement, 1 handoff
    # the clock of a request stops while it waits for the requester, and runs again
    ref = next(t["reference"] for t in tickets if t["kind"] == "request")
    paused = run_cli("--config", str(config), "tickets", "pause", ref, "--reason", "ID",
                     "--actor", "alice", "--json")
    assert paused.returncode == 0, paused.stderr
    assert json.loads(paused.stdout)["status"] == "waiting"
    resumed = run_cli("--config", str(config), "tickets", "resume", ref, "--actor", "alice")
    assert resumed.returncode == 0 and f"{ref} resumed; due " in resumed.stdout
    inbox = demo_dir / "mail"
    assert list((inbox / "new").iterdir()) == [] and list((inbox / "cur").iterdir()) == []
    status = run_cli("status", "--config", str(config), "--json")
    # just drained: healthy; nothing waiting, nothing failed
    assert status.returncode == 0, status.stdout
    figures = json.loads(status.stdout)
    assert figures["messages_waiting"] == 0 and figures["outbox_failed"] == 0
    assert figures["problems"] == [] and figures["healthy"] is True
    # the same samples again: recognised as processed, not seeded twice, and said so
    again = run_cli("demo", "--dir", str(demo_dir))
    assert again.returncode == 0, again.stderr[-2000:]
    assert again.stdout.startswith(f"Seeded {demo_dir / 'mail'} with 0 message(s).\n"
                                   "8 of them were already processed in this folder; use a "
                                   "new --dir to start again.\nProcessed 0 message(s).\n")
    # the summary is not interleaved with log lines: they are in demo.log
    assert " INFO " not in again.stdout + again.stderr
    assert "INFO bot.pipeline.processor: message #1 from m***@example.net: ticket" in (
        demo_dir / "demo.log").read_text()


def test_check_config_names_the_key(tmp_path: Path) -> None:
    bad = tmp_path / "bot.toml"
    bad.write_text('[mailbox]\nkind = "imap"\nhost = "mail.example.com"\nusername = "bot"\n'
                   'password = "inline"\n[outbox]\npath = "o"\n')
    result = CliRunner().invoke(main, ["check-config", "--config", str(bad)])
    assert result.exit_code == 2
    assert "mailbox.password: passwords are not accepted in the file" in result.output
    assert "bot.address: required" in result.output


def test_check_config_shows_the_warning_that_explains_an_error(tmp_path: Path) -> None:
    (tmp_path / "m").mkdir()
    cfg = tmp_path / "bot.toml"
    cfg.write_text('[mailbox]\npath = "m"\n[outbox]\npath = "o"\n[bot]\n'
                   'address = "privacy@example.com"\nstaf_address = "staff@example.com"\n'
                   'company = "ExampleMart Pte. Ltd."\n')
    result = CliRunner().invoke(main, ["check-config", "--config", str(cfg)])
    assert result.exit_code == 2
    assert result.output == (
        f"config error in {cfg}:\nbot.staff_address: required\n"
        'config warning: bot.staf_address: unknown key, ignored (did you mean '
        '"staff_address"?)\n')


def test_status_is_unhealthy_before_any_poll(tmp_path: Path) -> None:
    cfg = tmp_path / "bot.toml"
    cfg.write_text('[mailbox]\npath = "m"\n[outbox]\npath = "o"\n[bot]\n'
                   'address = "privacy@example.com"\nstaff_address = "staff@example.com"\n'
                   'company = "ExampleMart Pte. Ltd."\n')
    result = CliRunner().invoke(main, ["status", "--config", str(cfg)])
    assert result.exit_code == 1
    assert "PROBLEM: the mailbox was never polled" in result.output


@pytest.mark.parametrize(("args", "expected"), [
    (["--help"], ["run", "process", "demo", "tickets", "check-config", "status", "requeue",
                  "migrate", "train", "eval", "systemd-unit", "web", "staff"]),
    (["tickets", "--help"], ["list", "show", "history", "assign", "reclassify", "verify",
                             "extend", "pause", "resume", "resolve", "reopen", "merge",
                             "export"]),
    (["systemd-unit", "--executable", "/opt/pb/bin/privacy-bot"],
     ["Type=notify", "ExecStart=/opt/pb/bin/privacy-bot --config"]),
])
def test_commands_answer(args: list[str], expected: list[str]) -> None:
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    for word in expected:
        assert word in result.output, word


def test_demo_seeds_with_the_given_files(tmp_path: Path) -> None:
    samples = sorted((REPO / "bot" / "samples").glob("*.eml"))
    result = CliRunner().invoke(main, ["demo", "--dir", str(tmp_path / "d"), "--seed",
                                       str(samples[0]), str(samples[4])])
    assert result.exit_code == 0, result.output
    # 01-deletion is a request, 05-question goes to a human: two tickets
    assert "Seeded" in result.output and "with 2 message(s)." in result.output
    assert "Processed 2 message(s)." in result.output


def test_quarantine_lists_what_could_not_be_read(tmp_path: Path) -> None:
    from tests.queue_helpers import deliver, make_app

    deliver(tmp_path, b"From: Big <big@example.net>\nSubject: huge\n\n" + b"x" * 2000)
    make_app(tmp_path, max_message_bytes=1000).worker().drain()
    config = tmp_path / "bot.toml"
    config.write_text('[mailbox]\npath = "mail"\n[outbox]\npath = "outbox"\n'
                      '[store]\nurl = "sqlite:///bot.db"\n[bot]\naddress = "privacy@example.com"\n'
                      'staff_address = "staff@example.com"\ncompany = "ExampleMart Pte. Ltd."\n')
    result = CliRunner().invoke(main, ["quarantine", "--config", str(config), "--json"])
    assert result.exit_code == 0, result.output
    (row,) = json.loads(result.output)
    assert (row["id"], row["from"], row["subject"], row["attempts"], row["purged"]) == (
        1, "Big <big@example.net>", "huge", 1, False)
    assert row["error"] == "bad input: message is 2043 bytes, over the limit of 1000 bytes"
    text = CliRunner().invoke(main, ["quarantine", "--config", str(config)]).output
    assert text.splitlines()[-1] == "Put one back once its cause is fixed: privacy-bot requeue ID"


@pytest.mark.postgresql
def test_a_postgresql_store_down_or_refusing_at_start_up(
        tmp_path: Path, postgres_server: PostgresServer) -> None:
    from tests.servers import free_port

    def run(url: str, command: str) -> Any:
        config = tmp_path / "bot.toml"
        config.write_text('[mailbox]\npath = "mail"\n[outbox]\npath = "outbox"\n'
                          f'[store]\nurl = "{url}"\n[bot]\naddress = "privacy@example.com"\n'
                          'staff_address = "staff@example.com"\n'
                          'company = "ExampleMart Pte. Ltd."\n')
        return CliRunner().invoke(main, [command, "--config", str(config)])

    (tmp_path / "mail").mkdir()
    down = f"postgresql://bot@127.0.0.1:{free_port()}/privacy"
    for command in ("migrate", "run"):  # exit 1: systemd starts the service again
        result = run(down, command)
        assert result.exit_code == 1, result.output
        assert result.output.startswith("try again later: store unavailable: ")
        assert "Connection refused" in result.output
    missing = f"postgresql://bot@127.0.0.1:{postgres_server.port}/no_such_database"
    result = run(missing, "migrate")  # exit 2: the config must change
    assert result.exit_code == 2
    assert result.output.startswith("config error: store.url: cannot open the database: ")
    assert 'database "no_such_database" does not exist' in result.output
