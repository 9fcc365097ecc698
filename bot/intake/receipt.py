"""When a request was received: the instant the legal period starts from.

The period runs from when the mail *arrived* at the company's mail server, not from when the
bot fetched it: a mail that waited ten days in the mailbox while the worker was stopped is due
ten days earlier. The sources, most trusted first:

1. what the mailbox's own server recorded: the IMAP INTERNALDATE (RFC 3501 §2.3.3) or the
   Maildir file's delivery time (its mtime, which is also what Dovecot reports as a Maildir
   message's INTERNALDATE), carried by :class:`bot.intake.mailbox.base.FetchedMail`;
2. the date of the newest ``Received:`` field (the topmost one, added by the last server that
   handled the mail; RFC 5322 §3.6.7: ``received = "Received:" [tokens] ";" date-time``);
3. when the bot stored it.

The sender's own ``Date:`` is never used: the sender's clock and honesty decide it. A source
later than the storing time (a server clock ahead) or implausibly old (over
:data:`MAX_AGE` for the server's record, :data:`MAX_AGE_RECEIVED` for a ``Received:`` date) is
passed over for the next.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime

from bot.intake.message import InboundMessage

#: A receipt time older than this before the mail was stored is taken for a broken clock or a
#: forged header, not a mail that really waited (the next source is used): the mailbox
#: server's own record may be old (a worker stopped for weeks), a ``Received:`` date, which
#: the sender may have written when no server of ours added one, only a little.
MAX_AGE = timedelta(days=365)
MAX_AGE_RECEIVED = timedelta(days=3)


def received_field_date(value: str | None) -> datetime | None:
    """The date-time at the end of one ``Received:`` field value (after its last ``;``,
    RFC 5322 §3.6.7), as an aware UTC datetime; None when absent or unparseable. A date
    without a zone (``-0000``) is read as UTC."""
    if not value or ";" not in value:
        return None
    text = " ".join(value.rpartition(";")[2].split())
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when is None:
        return None
    return (when if when.tzinfo else when.replace(tzinfo=UTC)).astimezone(UTC)


def receipt_time(message: InboundMessage, arrived_at: datetime | None,
                 stored_at: datetime) -> datetime:
    """The instant the request was received, aware UTC (module docstring: the sources).

    ``arrived_at``: the mailbox server's delivery time, or None when the mailbox did not say
    (files given on the command line); ``stored_at``: when the bot stored the raw mail (aware).
    The result is never later than ``stored_at``.
    """
    stored = stored_at.astimezone(UTC)
    for candidate, oldest in ((arrived_at, MAX_AGE),
                              (received_field_date(message.header("received")),
                               MAX_AGE_RECEIVED)):
        if candidate is None:
            continue
        candidate = (candidate if candidate.tzinfo else candidate.replace(tzinfo=UTC)
                     ).astimezone(UTC)
        if stored - oldest <= candidate <= stored:
            return candidate
    return stored


__all__ = ["MAX_AGE", "MAX_AGE_RECEIVED", "receipt_time", "received_field_date"]
