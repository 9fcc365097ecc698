"""HTML to plain text for HTML-only mail bodies (used by :mod:`bot.intake.parse`).

inscriptis is used because it renders the layout a reader sees (block elements become line
breaks, lists keep bullets, table cells stay on one row), drops ``<script>``/``<style>``,
resolves entities, and is maintained with a small dependency (lxml). html2text produces
Markdown markup the classifier would read as words; BeautifulSoup's ``get_text`` loses
block structure, which matters for telling a request from a quoted thread.
"""

from __future__ import annotations

import re
import textwrap

from inscriptis import get_text

_BLANK_RUNS = re.compile(r"\n{3,}")


def html_to_text(html: str) -> str:
    """Return the visible text of ``html`` with paragraph breaks kept, or "" if none.

    Never raises: HTML that lxml cannot read at all falls back to stripping tags.
    """
    if not html.strip():
        return ""
    try:
        text = get_text(html)
    except Exception:  # noqa: BLE001 - broken HTML must still give text
        text = re.sub(r"<[^<>]*>", " ", html)  # [^<>]: a run of "<" is not rescanned
    lines = [line.rstrip() for line in text.splitlines()]
    text = textwrap.dedent("\n".join(lines))
    return _BLANK_RUNS.sub("\n\n", text).strip("\n")
