"""Outbound: to whom a mail may go (RFC 3834), the transports (SMTP, a Maildir) and the
delivery of the outbox with retries.

Imports intake, store and the base modules; never pipeline, staff, service or CLI.
"""
