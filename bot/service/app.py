"""Wiring: build the worker's parts from a :class:`bot.config.Config` (no globals)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from bot.config import Config, MailboxConfig
from bot.intake.mailbox.base import Mailbox
from bot.outbound.deliver import Deliverer
from bot.outbound.renderer import make_renderer
from bot.outbound.transport import make_transport
from bot.pipeline.processor import Processor
from bot.pipeline.reader import make_reader
from bot.service.systemd import Notifier
from bot.service.worker import Worker
from bot.store import Outbox, Store
from bot.store.models import utcnow
from responses import Renderer


def make_mailbox(config: Config, mb: MailboxConfig | None = None) -> Mailbox:
    """The mailbox ``mb`` names (IMAP or a local Maildir; default: the first one the config
    serves, ``config.mailbox``). Raises ConfigError for an unusable ``ca_file``."""
    mb = mb or config.mailbox
    if mb.kind == "imap":
        from bot.intake.mailbox.imap import ImapMailbox

        return ImapMailbox(
            mb.host, mb.port, mb.username, mb.password.value,
            security=mb.security, folder=mb.folder,
            ca_file=str(mb.ca_file) if mb.ca_file else None,
            timeout=mb.timeout, idle_timeout=mb.idle_timeout, poll_interval=mb.poll_interval,
        )
    from bot.intake.mailbox.maildir import MaildirMailbox

    if mb.path is None:  # pragma: no cover - rejected by config validation
        raise ValueError("mailbox.path is required for a Maildir")
    return MaildirMailbox(mb.path)


def make_mailboxes(config: Config) -> list[Mailbox]:
    """A mailbox for each one the config serves (:meth:`Config.served_mailboxes`), in order."""
    return [make_mailbox(config, mb) for mb in config.served_mailboxes()]


def receiving_addresses(config: Config) -> dict[str, str]:
    """The privacy address each configured mailbox serves, by the mailbox's ``source`` (what
    the store keys its messages by). Connects to nothing."""
    return {make_mailbox(config, mb).source: config.address_of(mb)
            for mb in config.served_mailboxes()}


@dataclass
class App:
    """Everything a command needs, built once from the config. ``clock`` returns the current
    time (aware UTC datetime) for the worker and delivery; tests pass a fixed one."""

    config: Config
    store: Store
    renderer: Renderer
    processor: Processor
    deliverer: Deliverer
    clock: Callable[[], datetime] = utcnow

    def worker(self, mailbox: Mailbox | None = None, stop: threading.Event | None = None,
               notifier: Notifier | None = None, name: str | None = None) -> Worker:
        """A worker over ``mailbox`` (default: every configured one, :func:`make_mailboxes`),
        holding leases and claims under ``name`` (default
        :func:`bot.service.worker.default_worker_name`)."""
        return Worker(self.config, self.store, mailbox or make_mailboxes(self.config),
                      self.processor, self.deliverer, stop, notifier, clock=self.clock,
                      name=name)

    def close(self) -> None:
        """Stop the reader process (if any) and release the store's connections."""
        self.processor.reader.close()
        self.store.close()


def build_app(config: Config, *, migrate: bool = True,
              clock: Callable[[], datetime] = utcnow) -> App:
    """Open the store (migrating it to the newest schema) and build the pipeline's parts.

    ``clock`` (returns aware UTC datetimes) is the time source of the worker, the outbox and
    the rendered dates; the default is the real clock. Messages are read as ``bot.read_in_child``
    says (:func:`bot.pipeline.reader.make_reader`); :meth:`App.close` stops that reader."""
    store = Store(config.store.url)
    if migrate:
        store.migrate()
    renderer = make_renderer(config, clock)

    def alert(row: Outbox, reason: str) -> Outbox | None:
        if row.kind == "alert":
            return None  # never alert about an alert: the log has it
        mail = renderer.staff_alert(
            f"Undeliverable {row.kind} (outbox #{row.id})",
            f"The bot could not deliver a {row.kind} ({row.message_id}).\n\nReason: {reason}\n\n"
            "The requester has not been told; please contact them another way.\n",
            row.raw,
        )
        return Outbox.for_mail(mail, kind="alert", mail_from=config.bot.address,
                               recipients=[config.bot.staff_address], now=clock())

    deliverer = Deliverer(store, make_transport(config.outbox),
                          give_up_after=config.outbox.give_up_after, make_alert=alert,
                          clock=clock)
    return App(config, store, renderer,
               Processor(config, store, renderer, clock, reader=make_reader(config),
                         addresses=receiving_addresses(config)),
               deliverer, clock)
