"""Decide: from the screen, the thread and the classification to one outcome. Pure, no I/O.

Outcomes and the folder the original goes to:

========  ==========================================================  =========
outcome   when                                                        folder
========  ==========================================================  =========
ignore    machine-generated mail (screen): auto-reply, DSN, list, spam  ignored
bounce    a DSN returning one of the bot's own mails                   ignored
reply     a reply in the thread of an existing ticket                  requests
sent      staff's own reply to the requester on a ticket, sent from a   requests
          mail client with the privacy mailbox in copy (recorded, never
          acknowledged)
ticket    the classifier found request types it is confident about    requests
human     anything else a person wrote                                 human
========  ==========================================================  =========
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from bot.intake.message import InboundMessage
from bot.intake.screen import ScreenResult
from classifiers.types import Classification

Outcome = Literal["ticket", "human", "ignore", "reply", "sent", "bounce", "quarantine"]
FolderKey = Literal["requests", "human", "ignored", "quarantine"]

FOLDER_OF: dict[str, FolderKey] = {
    "ticket": "requests",
    "reply": "requests",
    "sent": "requests",
    "human": "human",
    "ignore": "ignored",
    "bounce": "ignored",
    "quarantine": "quarantine",
}


@dataclass(frozen=True)
class Decision:
    """What to do with one message: ``outcome``, and ``reason`` (one line for staff and logs)."""

    outcome: Outcome
    reason: str

    @property
    def folder_key(self) -> FolderKey:
        """Which configured folder (``[folders]`` key) the original is moved to."""
        return FOLDER_OF[self.outcome]


def decide(
    message: InboundMessage,
    screen: ScreenResult,
    classification: Classification | None,
    *,
    threaded: bool = False,
    bounce_matched: bool = False,
    staff_reply: bool = False,
) -> Decision:
    """Choose the outcome of ``message``.

    ``threaded``: the message belongs to an existing ticket's thread (found by the store);
    ``bounce_matched``: a DSN names a Message-ID the bot sent; ``staff_reply``: staff wrote it
    to a ticket's requester from a mail client (found by the processor). ``classification``
    may be None only for machine mail (which is never classified). Raises ValueError when a
    non-machine message comes without a classification.
    """
    if staff_reply:
        return Decision("sent", "staff's reply to the requester, sent from a mail client")
    if screen.machine:
        if bounce_matched:
            return Decision("bounce", f"bounce of an acknowledgement: {screen.reason}")
        return Decision("ignore", screen.reason)
    if threaded:
        return Decision("reply", "reply in the thread of an existing ticket")
    if classification is None:
        raise ValueError("a message from a person needs a classification")
    if classification.route == "ticket" and classification.labels:
        return Decision("ticket", classification.reason)
    return Decision("human", classification.reason)
