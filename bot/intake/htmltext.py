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

#: The most characters of HTML rendered (issue 16: a 20 MB table took 149 s and 3 GB).
#: Rendering costs about 2 µs and 100 bytes of memory a character; a person's request is at
#: the top of the mail, so only the first 256 Ki characters, cut before a tag, are read.
HTML_MAX_CHARS = 262_144


def html_to_text(html: str) -> str:
    """Return the visible text of ``html`` with paragraph breaks kept, or "" if none; of the
    first :data:`HTML_MAX_CHARS` characters only.

    Never raises: HTML that lxml cannot read at all falls back to stripping tags.
    """
    if len(html) > HTML_MAX_CHARS:
        cut = html.rfind("<", 0, HTML_MAX_CHARS)
        html = html[:cut if cut > 0 else HTML_MAX_CHARS]
    if not html.strip():
        return ""
    try:
        text = get_text(html)
    except Exception:  # noqa: BLE001 - broken HTML must still give text
        text = re.sub(r"<[^<>]*>", " ", html)  # [^<>]: a run of "<" is not rescanned
    lines = [line.rstrip() for line in text.splitlines()]
    text = textwrap.dedent("\n".join(lines))
    return _BLANK_RUNS.sub("\n\n", text).strip("\n")
