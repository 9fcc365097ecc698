"""Staff: the ticket queue's service (list, assign, verify, extend, resolve, merge, the
register), staff accounts, the daily digest and the web page.

Imports pipeline, outbound, store, intake and the base modules; never service or CLI.
"""
