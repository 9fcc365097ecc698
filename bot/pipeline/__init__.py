"""The pipeline: one stored message through parse → screen → thread → classify → decide →
commit, its outcome, ticket and outgoing mail committed in one transaction.

Imports intake, store and outbound (and the classifiers and responses packages); never
staff, service or CLI.
"""
