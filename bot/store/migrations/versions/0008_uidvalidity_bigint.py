"""UIDVALIDITY as BIGINT: an IMAP UIDVALIDITY is any number up to 4294967295 (RFC 3501 §9,
``nz-number``), past PostgreSQL's INTEGER (2147483647): a server that numbers its folders
above it made every INSERT of its mail fail there.

``messages.uidvalidity`` and ``cursors.uidvalidity`` become BIGINT on PostgreSQL. SQLite's
INTEGER already holds 64-bit values (and altering a column there would rebuild the table),
so nothing changes on SQLite.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-08
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

COLUMNS = (("messages", "uidvalidity"), ("cursors", "uidvalidity"))


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    for table, column in COLUMNS:
        op.alter_column(table, column, type_=sa.BigInteger(), existing_type=sa.Integer(),
                        existing_nullable=False)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    for table, column in COLUMNS:
        op.alter_column(table, column, type_=sa.Integer(), existing_type=sa.BigInteger(),
                        existing_nullable=False)
