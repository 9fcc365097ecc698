"""`TicketView`: the part of a ticket that the templates in `responses/` may know.

The worker builds one from its ticket row and passes it to :class:`responses.Renderer`; it is
a plain value, so `responses/` never imports the store.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from classifiers.types import REQUEST_TYPES

#: A ticket reference goes into the Subject header and the body, so its shape is checked:
#: letters, digits, dots, dashes and underscores only (e.g. ``PRIV-2026-000123``).
REFERENCE_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")


@dataclass(frozen=True)
class TicketView:
    """What a template may know of a ticket.

    reference: e.g. ``"PRIV-2026-000123"`` (checked against :data:`REFERENCE_RE`);
    types: request types, a subset of ``REQUEST_TYPES`` (empty for the human route);
    received_at, due_at: timezone-aware datetimes (the store keeps UTC);
    language: ISO 639-1 code from the classifier (``"en"``, ``"zh"``, ``"ms"``, ``"und"``);
    script: ``"Hans"`` or ``"Hant"`` for Chinese, else ``""``;
    on_behalf: the request is made for someone else (the writer's authority is checked first);
    privacy_address: the privacy address the request came to, which mail to the requester is
    sent From (and Reply-To); "" for the renderer's own ``from_address``.

    Raises ValueError when a field is out of shape, so a bad value never reaches a header.
    """

    reference: str
    types: tuple[str, ...]
    received_at: datetime
    due_at: datetime
    language: str
    script: str = ""
    on_behalf: bool = False
    privacy_address: str = ""

    def __post_init__(self) -> None:
        if not REFERENCE_RE.fullmatch(self.reference):
            raise ValueError(f"ticket reference not of the expected shape: {self.reference!r}")
        unknown = [t for t in self.types if t not in REQUEST_TYPES]
        if unknown:
            raise ValueError(f"unknown request types: {unknown}")
        for name in ("received_at", "due_at"):
            value = getattr(self, name)
            if value.tzinfo is None or value.utcoffset() is None:
                raise ValueError(f"{name} must be timezone-aware")


@dataclass(frozen=True)
class DigestLine:
    """One ticket in the staff digest.

    reference: as in :class:`TicketView`; types: request types (empty for triage);
    due_at: timezone-aware due instant (shown as a date in the renderer's time zone);
    days_left: whole days until due, negative when overdue; assigned_to: staff name or "";
    status: open / waiting; kind: request / triage.
    """

    reference: str
    types: tuple[str, ...]
    due_at: datetime
    days_left: int
    assigned_to: str = ""
    status: str = "open"
    kind: str = "request"
