"""Config: every problem reported with its key; secrets from env, file or credentials."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import ConfigProblems, build_config, describe, load_config
from bot.errors import ConfigError

REPO = Path(__file__).resolve().parents[1]


def _keys(exc: ConfigProblems) -> list[str]:
    return [k for k, _ in exc.problems]


def test_example_config_is_valid_with_credentials(tmp_path: Path) -> None:
    (tmp_path / "imap-password").write_text("imap-secret\n")
    (tmp_path / "smtp-password").write_text("smtp-secret\n")
    example = (REPO / "bot" / "config.example.toml").read_text().replace(
        "sqlite:////var/lib/privacy-bot/privacy-bot.db", "sqlite:///privacy-bot.db")
    path = tmp_path / "bot.toml"
    path.write_text(example)
    config = load_config(path, env={"CREDENTIALS_DIRECTORY": str(tmp_path)})
    assert config.mailbox.password.value == "imap-secret"
    assert config.outbox.password.value == "smtp-secret"
    assert config.bot.own_addresses == ("dpo@example.com",)
    assert config.warnings == ()
    shown = describe(config)
    assert "imap-secret" not in shown and "smtp-secret" not in shown
    assert 'password_credential = "imap-password"' in shown
    assert 'password_credential = "smtp-password"' in shown


def test_every_problem_is_reported_with_its_key(tmp_path: Path) -> None:
    data = {
        "mailbox": {
            "kind": "imap",
            "security": "plain",
            "host": "mail.example.com",
            "port": "993",
            "password": "inline",
        },
        "outbox": {"kind": "carrier-pigeon"},
        "bot": {"address": "not-an-address", "due_days": 0, "timezone": "Mars/Olympus"},
        "store": {"url": "bot.db"},
    }
    with pytest.raises(ConfigProblems) as info:
        build_config(data, base=tmp_path, env={})
    keys = _keys(info.value)
    assert keys == [
        "mailbox.password",
        "mailbox.port",
        "outbox.kind",
        "mailbox.username",
        "mailbox.security",
        "outbox.path",
        "bot.address",
        "bot.due_days",
        "store.url",
        "bot.timezone",
    ]
    assert isinstance(info.value, ConfigError)
    assert "mailbox.security: plain (unencrypted) is allowed only to loopback" in str(info.value)


def test_unknown_keys_warn_and_relative_paths_resolve(tmp_path: Path) -> None:
    config = build_config(
        {"mailbox": {"path": "mail", "colour": "blue"}, "outbox": {"path": "out"}, "extra": {}},
        base=tmp_path,
        env={},
    )
    assert config.mailbox.path == tmp_path / "mail"
    assert config.outbox.path == tmp_path / "out"
    assert config.store.url == f"sqlite:///{tmp_path}/privacy-bot.db"
    assert config.warnings == (
        "extra: unknown section, ignored",
        "mailbox.colour: unknown key, ignored",
    )


def test_password_from_env_and_missing_env(tmp_path: Path) -> None:
    base = {
        "kind": "imap",
        "host": "127.0.0.1",
        "username": "bot",
        "security": "plain",
        "password_env": "IMAP_PW",
    }
    config = build_config(
        {"mailbox": base, "outbox": {"path": "o"}}, base=tmp_path, env={"IMAP_PW": "s3cret"}
    )
    assert config.mailbox.password.value == "s3cret"
    assert "s3cret" not in repr(config)
    with pytest.raises(ConfigProblems) as info:
        build_config({"mailbox": base, "outbox": {"path": "o"}}, base=tmp_path, env={})
    # one problem, not a second "a password is required" on top of it
    assert _keys(info.value) == ["mailbox.password_env"]


def test_unreadable_and_invalid_files(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as info:
        load_config(tmp_path / "missing.toml")
    assert info.value.key == "config"
    bad = tmp_path / "bad.toml"
    bad.write_text("[mailbox\nkind = 1")
    with pytest.raises(ConfigError) as info:
        load_config(bad)
    assert "not valid TOML" in str(info.value)


def test_idle_timeout_capped_by_rfc2177(tmp_path: Path) -> None:
    with pytest.raises(ConfigProblems) as info:
        build_config(
            {"mailbox": {"path": "m", "idle_timeout": 3600}, "outbox": {"path": "o"}},
            base=tmp_path,
            env={},
        )
    assert _keys(info.value) == ["mailbox.idle_timeout"]


IMAP_FILE = (
    '[mailbox]\nkind = "imap"\nhost = "imap.example.com"\nusername = "bot"\n'
    'password_credential = "imap-password"\n[outbox]\nkind = "smtp"\nhost = "smtp.example.com"\n'
    '[store]\nurl = "sqlite:///bot.db"\n'
)
IDENTITY = ('[bot]\naddress = "privacy@example.com"\nstaff_address = "staff@example.com"\n'
            'company = "ExampleMart Pte. Ltd."\n')


def test_a_file_must_say_who_the_bot_is(tmp_path: Path) -> None:
    path = tmp_path / "bot.toml"
    path.write_text(IMAP_FILE)
    with pytest.raises(ConfigProblems) as info:
        load_config(path, env={"CREDENTIALS_DIRECTORY": str(tmp_path)})
    # the credential file is missing too; all four are reported at once
    assert _keys(info.value) == ["bot.address", "bot.company", "bot.staff_address",
                                 "mailbox.password_credential"]


def test_store_only_commands_need_no_passwords(tmp_path: Path) -> None:
    path = tmp_path / "bot.toml"
    path.write_text(IMAP_FILE + IDENTITY)
    config = load_config(path, env={}, secrets=())
    assert config.mailbox.password.value == ""
    with pytest.raises(ConfigProblems) as info:
        load_config(path, env={})
    assert _keys(info.value) == ["mailbox.password_credential"]


def test_missing_database_folder_and_driver_name_store_url(tmp_path: Path) -> None:
    from bot.store import Store

    path = tmp_path / "bot.toml"
    path.write_text(IMAP_FILE.replace("sqlite:///bot.db", "sqlite:///no/such/dir/bot.db")
                    + IDENTITY)
    with pytest.raises(ConfigProblems) as info:
        load_config(path, env={}, secrets=())
    assert info.value.problems == [("store.url", f"folder {tmp_path}/no/such/dir does not exist")]
    with pytest.raises(ConfigError) as err:
        Store("mysql://user@localhost/bot")
    assert err.value.key == "store.url"


def _file(tmp_path: Path, bot: str) -> Path:
    path = tmp_path / "bot.toml"
    path.write_text('[mailbox]\npath = "mail"\n[outbox]\npath = "outbox"\n[bot]\n' + bot)
    (tmp_path / "mail").mkdir(exist_ok=True)
    return path


def test_a_real_deployment_cannot_speak_for_the_demo_company(tmp_path: Path) -> None:
    demo_identity = ('address = "privacy@acme.com.sg"\nstaff_address = "dpo@acme.com.sg"\n'
                     'company = "ExampleMart Pte. Ltd."\ndomain = "example.com"\n')
    with pytest.raises(ConfigProblems) as info:
        load_config(_file(tmp_path, demo_identity), env={})
    assert _keys(info.value) == ["bot.company", "bot.domain"]
    assert "RFC 2606" in str(info.value)
    # its own name, and the Message-ID domain taken from its address
    own = load_config(_file(tmp_path, 'address = "privacy@Acme.com.sg"\n'
                            'staff_address = "dpo@acme.com.sg"\ncompany = "Acme Pte. Ltd."\n'),
                      env={})
    assert (own.bot.company, own.bot.domain) == ("Acme Pte. Ltd.", "acme.com.sg")
    # the example domains themselves are the demo's: allowed
    demo = load_config(_file(tmp_path, IDENTITY.removeprefix("[bot]\n")), env={})
    assert (demo.bot.company, demo.bot.domain) == ("ExampleMart Pte. Ltd.", "example.com")


def test_a_misspelt_key_is_shown_beside_the_error_it_causes(tmp_path: Path) -> None:
    path = _file(tmp_path, 'address = "privacy@example.com"\nstaf_address = "s@example.com"\n'
                 'company = "ExampleMart Pte. Ltd."\n')
    with pytest.raises(ConfigProblems) as info:
        load_config(path, env={})
    assert _keys(info.value) == ["bot.staff_address"]
    assert info.value.warnings == (
        'bot.staf_address: unknown key, ignored (did you mean "staff_address"?)',)


def test_effective_config_is_toml_that_loads_back_the_same(tmp_path: Path) -> None:
    import tomllib

    (tmp_path / "pw").write_text("s3cret\n")
    path = tmp_path / "bot.toml"
    path.write_text(IMAP_FILE.replace('password_credential = "imap-password"',
                                      f'password_file = "{tmp_path / "pw"}"') + IDENTITY
                    + 'never_reply = ["@blocked.example"]\n'
                    + '[bot.due_days_by_type]\naccess = 21\n')
    config = load_config(path, env={})
    shown = describe(config)
    assert "s3cret" not in shown
    assert f'password_file = "{tmp_path / "pw"}"' in shown
    assert "# ca_file is not set" in shown
    data = tomllib.loads(shown)
    assert data["bot"]["never_reply"] == ["@blocked.example"]
    assert data["bot"]["due_days_by_type"] == {"access": 21}
    again = tmp_path / "again.toml"
    again.write_text(shown)
    assert load_config(again, env={}) == config.__class__(
        **{**config.__dict__, "source": again})


def test_an_existing_empty_outbox_folder_is_fine_and_an_unusable_one_named(
        tmp_path: Path) -> None:
    path = _file(tmp_path, IDENTITY.removeprefix("[bot]\n"))
    (tmp_path / "outbox").mkdir()  # `mkdir outbox`: no tmp/new/cur yet
    assert load_config(path, env={}).outbox.path == tmp_path / "outbox"
    (tmp_path / "outbox" / "new").write_text("not a folder")
    with pytest.raises(ConfigProblems) as info:
        load_config(path, env={})
    assert info.value.problems == [("outbox.path", f"{tmp_path / 'outbox' / 'new'} is not a "
                                                   "directory")]


def test_deadline_policy_and_periods_are_checked_by_key(tmp_path: Path) -> None:
    base = {"mailbox": {"path": "mail"}, "outbox": {"path": "out"}}
    cases = [
        ({"deadline_policy": "hipaa"}, "bot.deadline_policy", "must be one of pdpa, gdpr, ccpa"),
        ({"deadline_policy": "gdpr", "due_days": 45}, "bot.due_days",
         "applies to deadline_policy pdpa only"),
        ({"holidays": "XX"}, "bot.holidays", "unknown holiday calendar 'XX'"),
        ({"due_days_by_type": {"withdrawal": "ten business days"}}, "bot.due_days_by_type",
         "is not a period"),
    ]
    for bot, key, message in cases:
        with pytest.raises(ConfigProblems) as info:
            build_config({**base, "bot": bot}, base=tmp_path, env={})
        assert _keys(info.value) == [key]
        assert message in str(info.value)


def test_deadline_config_builds_the_policy(tmp_path: Path) -> None:
    config = build_config(
        {"mailbox": {"path": "mail"}, "outbox": {"path": "out"},
         "bot": {"deadline_policy": "gdpr", "timezone": "Europe/Berlin",
                 "due_days_by_type": {"withdrawal": "10 business days", "access": 20}}},
        base=tmp_path, env={})
    d = config.bot.deadlines()
    assert (d.policy, d.calendar, str(d.period())) == ("gdpr", "", "1 month")
    assert {t: str(p) for t, p in d.by_type.items()} == {
        "withdrawal": "10 business days", "access": "20 days"}


def test_a_password_in_the_store_url_is_never_shown(tmp_path: Path) -> None:
    from bot.config import hide_password

    path = tmp_path / "bot.toml"
    path.write_text(IMAP_FILE.replace("sqlite:///bot.db",
                                      "postgresql://bot:pg-s3cret@db.example.com:5433/privacy")
                    + IDENTITY)
    (tmp_path / "imap-password").write_text("x\n")
    config = load_config(path, env={"CREDENTIALS_DIRECTORY": str(tmp_path)})
    assert config.store.url == "postgresql://bot:pg-s3cret@db.example.com:5433/privacy"
    shown = describe(config)
    assert "pg-s3cret" not in shown
    assert 'url = "postgresql://bot:***@db.example.com:5433/privacy"' in shown
    assert hide_password("postgresql://db.example.com/privacy") == (
        "postgresql://db.example.com/privacy")
    assert hide_password("sqlite:////var/lib/bot.db") == "sqlite:////var/lib/bot.db"


SEVERAL_MAILBOXES = (
    '[[mailbox]]\naddress = "privacy@brand-a.example.com"\nkind = "imap"\n'
    'host = "imap.brand-a.example.com"\nusername = "bot"\npassword_env = "BRAND_A_PW"\n'
    '[[mailbox]]\naddress = "dpo@brand-b.example.com"\npath = "mail-b"\n'
    '[outbox]\npath = "outbox"\n[store]\nurl = "sqlite:///bot.db"\n'
)


def test_several_mailboxes_each_with_its_address_and_secret(tmp_path: Path) -> None:
    (tmp_path / "mail-b").mkdir()
    path = tmp_path / "bot.toml"
    path.write_text(SEVERAL_MAILBOXES + IDENTITY)
    config = load_config(path, env={"BRAND_A_PW": "a-secret"})
    a, b = config.served_mailboxes()
    assert (a.kind, a.host, a.password.value) == ("imap", "imap.brand-a.example.com", "a-secret")
    assert (b.kind, b.path) == ("maildir", tmp_path / "mail-b")
    assert config.mailbox == a
    assert [config.address_of(m) for m in (a, b)] == ["privacy@brand-a.example.com",
                                                      "dpo@brand-b.example.com"]
    assert config.all_own_addresses() == (
        "dpo@brand-b.example.com", "privacy@brand-a.example.com", "privacy@example.com",
        "staff@example.com")
    shown = describe(config)
    assert shown.count("[[mailbox]]") == 2 and "a-secret" not in shown
    again = tmp_path / "again.toml"
    again.write_text(shown)
    assert load_config(again, env={"BRAND_A_PW": "a-secret"}) == config.__class__(
        **{**config.__dict__, "source": again})


def test_the_single_mailbox_table_serves_bot_address(tmp_path: Path) -> None:
    config = build_config({"mailbox": {"path": "mail"}, "outbox": {"path": "out"}},
                          base=tmp_path, env={})
    assert config.mailboxes == ()
    assert config.served_mailboxes() == (config.mailbox,)
    assert config.address_of(config.mailbox) == config.bot.address == "privacy@example.com"


def test_mailbox_entry_problems_name_the_key_with_its_index(tmp_path: Path) -> None:
    data = {
        "mailbox": [
            {"address": "privacy@brand-a.example.com", "path": "mail"},
            {"kind": "imap", "address": "no-at-sign", "password": "inline",
             "idle_timeout": 3600},
            {"address": "dpo@brand-c.example.com", "path": "mail"},
            {"path": "mail-d", "hots": "x"},
            "not a table",
        ],
        "outbox": {"path": "out"},
    }
    with pytest.raises(ConfigProblems) as info:
        build_config(data, base=tmp_path, env={})
    assert _keys(info.value) == [
        "mailbox[1].password", "mailbox[4]",
        "mailbox[1].host", "mailbox[1].username", "mailbox[1].idle_timeout",
        "mailbox[1].address",
        "mailbox[2]",
        "mailbox[3].address",
    ]
    assert dict(info.value.problems)["mailbox[2]"] == "reads the same mail as mailbox[0]"
    assert info.value.warnings == (
        'mailbox[3].hots: unknown key, ignored (did you mean "host"?)',)
    with pytest.raises(ConfigProblems) as info:
        build_config({"mailbox": []}, base=tmp_path, env={})
    assert _keys(info.value)[0] == "mailbox"
