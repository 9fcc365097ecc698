"""The legal clock: when the mail server delivered a mail, and when a ticket's clock paused.

``messages.arrived_at``: the legal period runs from receipt, not from when the bot fetched
the mail (:mod:`bot.intake.receipt`), so the IMAP INTERNALDATE or the Maildir delivery time is
kept beside the storing time (None for older rows and for files given on the command line).
``tickets.paused_at``: while a ticket waits for the requester (identity, clarification) its
clock stands still; the due date moves by the pause when it resumes (:mod:`bot.staff.queue`).
Plain ``DateTime`` columns holding UTC, as in 0001; plain ``ADD COLUMN``: no table rebuild on
SQLite.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("messages", sa.Column("arrived_at", sa.DateTime(), nullable=True))
    op.add_column("tickets", sa.Column("paused_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("tickets") as batch:
        batch.drop_column("paused_at")
    with op.batch_alter_table("messages") as batch:
        batch.drop_column("arrived_at")
