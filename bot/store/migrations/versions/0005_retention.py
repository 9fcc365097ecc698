"""Retention: when personal data was erased under the retention policy.

``messages.purged_at``, ``outbox.purged_at``, ``tickets.purged_at``: None while the row's
personal data is kept; the time it was erased (:mod:`bot.staff.retention`) otherwise. A purged
message or mail keeps its row (id, dates, outcome, size) with empty ``raw``; a purged ticket
keeps its register fields. Plain ``ADD COLUMN``: no table rebuild on SQLite.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

TABLES = ("messages", "outbox", "tickets")


def upgrade() -> None:
    for table in TABLES:
        op.add_column(table, sa.Column("purged_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("purged_at")
