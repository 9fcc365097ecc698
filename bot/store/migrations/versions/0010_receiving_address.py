"""Several mailboxes in one deployment: the privacy address each ticket's request came to.

``tickets.receiving_address``: the address served by the mailbox the request arrived at
(config ``[[mailbox]]`` ``address``), which its acknowledgement and letters are sent from;
"" for the tickets from before (their deployment served ``bot.address`` only). A plain
``ADD COLUMN`` with a server default (no table rebuild on SQLite).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-10
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("tickets", sa.Column("receiving_address", sa.String(length=320),
                                       nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("tickets") as batch:
        batch.drop_column("receiving_address")
