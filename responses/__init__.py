"""Every word the bot sends: templates per message kind and language, rendered to email.

Public API (see :mod:`responses.render` for the details and the header choices):

- :class:`TicketView` — what a template may know of a ticket.
- :class:`Renderer` — ``acknowledgement``, ``human_acknowledgement``, ``letter`` (staff's
  correspondence, :data:`LETTERS`), ``handoff``, ``bounce_alert``, ``staff_alert``,
  ``digest``; each returns an ``EmailMessage`` with a fresh Message-ID, ready to be stored
  in the outbox as ``msg.as_bytes()``.
- :func:`clean_subject`, :func:`language_candidates` — helpers the worker may reuse
  (e.g. for logs).

This package decides nothing about routing: the worker says which mail to build and to whom.
"""

from responses.headers import clean_subject
from responses.render import LETTERS, SHIPPED_LANGUAGES, Renderer, language_candidates
from responses.ticket import DigestLine, TicketView

__all__ = [
    "DigestLine", "LETTERS", "SHIPPED_LANGUAGES", "Renderer", "TicketView", "clean_subject",
    "language_candidates",
]
