"""The ticket store: SQLAlchemy 2 models, Alembic migrations, and the transactions the worker needs.

SQLite (WAL, synchronous=FULL) is the embedded default; a PostgreSQL URL works the same way.
"""

from bot.store.models import Event, Message, MessageState, Outbox, Ticket
from bot.store.store import Store

__all__ = ["Event", "Message", "MessageState", "Outbox", "Store", "Ticket"]
