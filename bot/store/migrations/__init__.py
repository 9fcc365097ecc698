"""Alembic migrations of the store (run by :meth:`bot.store.Store.migrate`)."""

#: The newest revision in ``versions/``; the store skips Alembic when it is already there.
#: tests/test_store.py checks that it is Alembic's head.
HEAD_REVISION = "0010"
