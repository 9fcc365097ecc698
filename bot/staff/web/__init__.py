"""The staff queue in a browser (``privacy-bot web``): Flask with server-side Jinja2 templates.

Where it sits: beside the worker, on the same store (SQLite in WAL mode lets it read while the
worker writes; each request is one short transaction). It shows the same queue and runs the
same actions as ``privacy-bot tickets`` through :mod:`bot.staff.queue`; staff log in with accounts
from ``privacy-bot staff add`` (:mod:`bot.staff.auth`).

Safety: every page needs a login (a signed session cookie, HttpOnly, SameSite=Lax, Secure
when ``web.secure_cookies``); every form is a POST with a CSRF token (Flask-WTF); the secret
key comes from the config's credential, ``$PRIVACY_BOT_WEB_SECRET`` or a random key per
process, never from the code. Mail text is shown as escaped plain text (HTML mail as the
text extracted from it by the parser), never as HTML, and a Content-Security-Policy without
any script source stops any script that might slip through. It listens on 127.0.0.1 unless
configured otherwise; put a TLS reverse proxy in front to reach it from elsewhere.

The application is :func:`bot.staff.web.app.create_app`; :func:`bot.staff.web.app.serve` runs
it. This package imports nothing itself, so the worker's command line does not load Flask.
"""
