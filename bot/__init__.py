"""The privacy-request intake worker: mailbox, parsing, screening, store, outbox, loop, CLI.

Flow (see DESIGN.md): fetch → parse → screen → thread → classify → decide → commit → deliver
→ archive.
"""
