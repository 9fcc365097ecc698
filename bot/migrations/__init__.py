"""Alembic migrations of the store (run by :meth:`bot.store.Store.migrate`)."""
