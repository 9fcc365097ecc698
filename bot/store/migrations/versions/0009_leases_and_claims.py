"""Several workers on one store: leases on mailbox folders, claims on stored messages.

``leases``: one row per mailbox folder (its ``source``): the worker (``holder``) that alone
lists, fetches and moves its mail until ``expires_at``. ``messages.claimed_by`` and
``messages.claimed_until``: the worker processing a stored message, and until when no other
may take it; ``outbox.claimed_by`` and ``webhooks.claimed_by``: the worker sending the row
(its claim's end is the row's ``next_attempt_at``), None when nobody is. New table and plain
``ADD COLUMN``s (no table rebuild on SQLite).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-09
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

CLAIMED_BY_SENDER = ("outbox", "webhooks")


def upgrade() -> None:
    op.create_table(
        "leases",
        sa.Column("name", sa.String(length=500), primary_key=True),
        sa.Column("holder", sa.String(length=200), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
    )
    op.add_column("messages", sa.Column("claimed_by", sa.String(length=200), nullable=True))
    op.add_column("messages", sa.Column("claimed_until", sa.DateTime(), nullable=True))
    for table in CLAIMED_BY_SENDER:
        op.add_column(table, sa.Column("claimed_by", sa.String(length=200), nullable=True))


def downgrade() -> None:
    for table in CLAIMED_BY_SENDER:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("claimed_by")
    with op.batch_alter_table("messages") as batch:
        batch.drop_column("claimed_until")
        batch.drop_column("claimed_by")
    op.drop_table("leases")
