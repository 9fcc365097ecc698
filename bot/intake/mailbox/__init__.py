"""Mailbox access behind one small interface: IMAP (imapclient) and a local Maildir.

See :class:`bot.intake.mailbox.base.Mailbox`.
"""
