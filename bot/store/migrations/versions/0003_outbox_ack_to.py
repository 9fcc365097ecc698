"""Outbox: the acknowledgement's recipient as an indexed column.

The daily limit of acknowledgements per sender (``bot.ack_limit_per_day``) used to decode
the JSON recipients of every acknowledgement of the last 24 hours for each message; now it
is one indexed count. Existing acknowledgement rows are filled from their recipients.
Plain ``ADD COLUMN`` and ``CREATE INDEX``: no table rebuild on SQLite.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29
"""

import json

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

ACK_KINDS = ("acknowledgement", "human-acknowledgement")


def upgrade() -> None:
    op.add_column("outbox", sa.Column("ack_to", sa.String(length=320), nullable=True))
    op.create_index("ix_outbox_ack_to_created_at", "outbox", ["ack_to", "created_at"])
    conn = op.get_bind()
    rows = conn.execute(
        sa.text("SELECT id, recipients FROM outbox WHERE kind IN :kinds").bindparams(
            sa.bindparam("kinds", expanding=True)
        ),
        {"kinds": list(ACK_KINDS)},
    ).all()
    for row_id, recipients in rows:
        rcpts = json.loads(recipients) if isinstance(recipients, str) else recipients
        if rcpts:
            conn.execute(sa.text("UPDATE outbox SET ack_to = :a WHERE id = :i"),
                         {"a": str(rcpts[0]).lower(), "i": row_id})


def downgrade() -> None:
    op.drop_index("ix_outbox_ack_to_created_at", table_name="outbox")
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("ack_to")
