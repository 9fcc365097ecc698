"""Retention in the mailbox: when a message's original was deleted from the archive folder
the bot filed it in.

``messages.archive_purged_at``: None while the original may still be in the mailbox's archive
folder (or the policy does not reach the mailbox); the time :func:`bot.staff.retention.
purge_archive` deleted it (or found it gone) otherwise. Plain ``ADD COLUMN``.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-08
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("messages", sa.Column("archive_purged_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("messages") as batch:
        batch.drop_column("archive_purged_at")
