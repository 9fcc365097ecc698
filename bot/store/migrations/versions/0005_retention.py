"""Retention: when personal data was erased under the retention policy; staff sessions that
can be ended; staff roles.

``messages.purged_at``, ``outbox.purged_at``, ``tickets.purged_at``: None while the row's
personal data is kept; the time it was erased (:mod:`bot.staff.retention`) otherwise. A purged
message or mail keeps its row (id, dates, outcome, size) with empty ``raw``; a purged ticket
keeps its register fields. ``staff.session_epoch``: raised on logout and password change;
a web session begun in an older epoch is refused (:func:`bot.staff.auth.end_sessions`).
``staff.role``: viewer, agent or admin (existing accounts become agents, as they could
work tickets before); ``staff.totp_secret``: the optional second factor (RFC 6238).
Plain ``ADD COLUMN``: no table rebuild on SQLite.

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
    op.add_column("staff", sa.Column("session_epoch", sa.Integer(), nullable=False,
                                     server_default="0"))
    op.add_column("staff", sa.Column("role", sa.String(length=20), nullable=False,
                                     server_default="agent"))
    op.add_column("staff", sa.Column("totp_secret", sa.String(length=64), nullable=False,
                                     server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("staff") as batch:
        batch.drop_column("totp_secret")
        batch.drop_column("role")
        batch.drop_column("session_epoch")
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("purged_at")
