"""The legal clock and identity checks: when the mail server delivered a mail, when a
ticket's clock paused, and the pending one-time code of an identity check.

``messages.arrived_at``: the legal period runs from receipt, not from when the bot fetched
the mail (:mod:`bot.intake.receipt`), so the IMAP INTERNALDATE or the Maildir delivery time is
kept beside the storing time (None for older rows and for files given on the command line).
``tickets.paused_at``: while a ticket waits for the requester (identity, clarification) its
clock stands still; the due date moves by the pause when it resumes (:mod:`bot.staff.queue`).
``tickets.verify_code``/``verify_code_expires``/``verify_attempts``: the salted hash of the
one-time code sent to the requester, its expiry and wrong tries
(:mod:`bot.pipeline.verification`). ``outbox.ack_domain``: the domain an acknowledgement
went to, for the per-domain limit (filled for existing rows). ``staff.failed_logins`` and
``staff.locked_until``: login throttling.
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
    op.add_column("tickets", sa.Column("verify_code", sa.String(length=200), nullable=False,
                                       server_default=""))
    op.add_column("tickets", sa.Column("verify_code_expires", sa.DateTime(), nullable=True))
    op.add_column("tickets", sa.Column("verify_attempts", sa.Integer(), nullable=False,
                                       server_default="0"))
    op.add_column("staff", sa.Column("failed_logins", sa.Integer(), nullable=False,
                                     server_default="0"))
    op.add_column("staff", sa.Column("locked_until", sa.DateTime(), nullable=True))
    op.add_column("outbox", sa.Column("ack_domain", sa.String(length=255), nullable=True))
    op.create_index("ix_outbox_ack_domain_created_at", "outbox", ["ack_domain", "created_at"])
    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT id, ack_to FROM outbox WHERE ack_to IS NOT NULL")).all()
    for row_id, ack_to in rows:  # portable (no SQL string functions), as in 0003
        conn.execute(sa.text("UPDATE outbox SET ack_domain = :d WHERE id = :i"),
                     {"d": str(ack_to).rpartition("@")[2], "i": row_id})


def downgrade() -> None:
    with op.batch_alter_table("staff") as batch:
        batch.drop_column("locked_until")
        batch.drop_column("failed_logins")
    op.drop_index("ix_outbox_ack_domain_created_at", table_name="outbox")
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("ack_domain")
    with op.batch_alter_table("tickets") as batch:
        for column in ("verify_attempts", "verify_code_expires", "verify_code", "paused_at"):
            batch.drop_column(column)
    with op.batch_alter_table("messages") as batch:
        batch.drop_column("arrived_at")
