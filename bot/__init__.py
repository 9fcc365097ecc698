"""The privacy-request intake worker, one sub-package per role, in the order mail flows:

``intake`` (mailboxes, parsing, screening) → ``store`` (tickets, raw mail, migrations) →
``outbound`` (recipients, SMTP/Maildir transport, outbox delivery) → ``pipeline`` (the stages
and the one-transaction commit) → ``staff`` (the queue, accounts, digest, web page) →
``service`` (worker loop, wiring, systemd, health) → ``cli`` (the command line). Beside them
at the top: ``config``, ``errors``, ``logs``, which every layer may use.

A layer imports only layers listed before it (tests/test_layers.py checks the import graph).
Flow (see DESIGN.md): fetch → parse → screen → thread → classify → decide → commit → deliver
→ archive.
"""
