"""Outgoing mail transports: SMTP (smtplib) and a local Maildir (the embedded default).

A transport sends one finished mail (raw bytes, envelope sender, recipients) and returns the
server's reply; it raises :class:`bot.errors.TransientError` for what may succeed later
(connection refused, timeouts, 4xx replies — RFC 5321 §4.2.1) and
:class:`bot.errors.PermanentError` for what cannot (5xx replies). It never retries by itself:
the outbox (``bot.outbound.deliver``) decides when to try again.
"""

from __future__ import annotations

import contextlib
import mailbox
import smtplib
import ssl
from pathlib import Path
from typing import Protocol

from bot.config import OutboxConfig
from bot.errors import PermanentError, TransientError


class Transport(Protocol):
    """Sends finished mail. Open/close bracket a batch so SMTP can reuse one connection."""

    def open(self) -> None:
        """Connect (SMTP) or prepare (Maildir). Raises TransientError/PermanentError."""
        ...

    def send(self, raw: bytes, mail_from: str, recipients: list[str]) -> str:
        """Send one mail; return the server's reply text. Raises TransientError/PermanentError."""
        ...

    def close(self) -> None:
        """End the batch; safe to call twice."""
        ...


class MaildirTransport:
    """Writes each mail into a local Maildir (``path``), as a mail client would receive it.

    The envelope is recorded in ``X-Envelope-From``/``X-Envelope-To`` header lines prepended
    to the stored copy, so a reader can see to whom it would have gone. Files use LF line
    endings, as local mail files do (the stdlib ``mailbox`` converts).
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._box: mailbox.Maildir | None = None

    def open(self) -> None:
        self._open()

    def _open(self) -> mailbox.Maildir:
        # An existing folder without tmp/new/cur (``mkdir outbox``) is made a Maildir too:
        # the stdlib creates them only when the folder itself is new.
        try:
            for sub in ("tmp", "new", "cur"):
                (self.path / sub).mkdir(mode=0o700, parents=True, exist_ok=True)
            self._box = mailbox.Maildir(self.path, create=False)
        except OSError as exc:
            raise TransientError(f"outbox Maildir unavailable: {exc.strerror}") from exc
        return self._box

    def send(self, raw: bytes, mail_from: str, recipients: list[str]) -> str:
        box = self._box or self._open()
        envelope = (
            f"X-Envelope-From: <{mail_from}>\nX-Envelope-To: {', '.join(recipients)}\n"
        ).encode("ascii", "replace")
        try:
            key = box.add(mailbox.MaildirMessage(envelope + raw))
        except OSError as exc:
            raise TransientError(f"cannot write to outbox Maildir: {exc.strerror}") from exc
        return f"250 stored as {key}"

    def close(self) -> None:
        self._box = None


class SmtpTransport:
    """smtplib client: implicit TLS (port 465), STARTTLS (587), or plain to loopback only.

    Certificates are verified (``ca_file`` or the system store). ``timeout`` in seconds.
    """

    def __init__(self, config: OutboxConfig) -> None:
        self.config = config
        self._smtp: smtplib.SMTP | None = None
        # Built once: loading the CA store costs ~25 ms, paid per connection otherwise.
        self._context = (
            ssl.create_default_context(cafile=str(config.ca_file) if config.ca_file else None)
            if config.security in ("tls", "starttls") else None
        )

    def open(self) -> None:
        self._open()

    def _open(self) -> smtplib.SMTP:
        c, context = self.config, self._context
        try:
            if c.security == "tls":
                smtp: smtplib.SMTP = smtplib.SMTP_SSL(
                    c.host, c.port, timeout=c.timeout, context=context
                )
            else:
                smtp = smtplib.SMTP(c.host, c.port, timeout=c.timeout)
                if c.security == "starttls":
                    smtp.starttls(context=context)
            if c.username:
                smtp.login(c.username, c.password.value)
        except smtplib.SMTPAuthenticationError as exc:
            raise PermanentError(f"SMTP login rejected: {exc.smtp_code}") from exc
        except (OSError, smtplib.SMTPException, ssl.SSLError) as exc:
            raise TransientError(f"SMTP server {c.host}:{c.port} unreachable: {exc}") from exc
        self._smtp = smtp
        return smtp

    def send(self, raw: bytes, mail_from: str, recipients: list[str]) -> str:
        smtp = self._smtp or self._open()
        try:
            refused = smtp.sendmail(mail_from, recipients, raw)
        except smtplib.SMTPRecipientsRefused as exc:
            codes = [code for code, _ in exc.recipients.values()]
            return self._fail(min(codes), str(exc.recipients))
        except smtplib.SMTPResponseException as exc:
            text = exc.smtp_error
            if isinstance(text, bytes):
                text = text.decode("utf-8", "replace")
            return self._fail(exc.smtp_code, text)
        except (OSError, smtplib.SMTPException) as exc:
            self._smtp = None
            raise TransientError(f"SMTP connection lost: {exc}") from exc
        if refused:
            return f"250 accepted except {sorted(refused)}"
        return "250 accepted"

    def _fail(self, code: int, text: str) -> str:
        if 500 <= code < 600:
            raise PermanentError(f"{code} {text}")
        self.close()
        raise TransientError(f"{code} {text}")

    def close(self) -> None:
        if self._smtp is not None:
            with contextlib.suppress(OSError, smtplib.SMTPException):
                self._smtp.quit()
            self._smtp = None


def make_transport(config: OutboxConfig) -> Transport:
    """The transport the config asks for."""
    if config.kind == "smtp" or config.path is None:
        return SmtpTransport(config)
    return MaildirTransport(config.path)
