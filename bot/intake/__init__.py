"""Intake: mail in, read and screened. Mailboxes (IMAP, Maildir, files), parsing into one
normalised :class:`bot.intake.message.InboundMessage` (charsets, HTML, TNEF, authentication
results), screening of machine mail, and who the requester is.

Imports only ``bot.config``, ``bot.errors``, ``bot.logs``: never the store, outbound,
pipeline, staff, service or CLI.
"""
