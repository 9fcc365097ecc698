"""Read the Authentication-Results header fields of a stored mail (RFC 8601), for staff.

Shown on a ticket (``tickets show``, the web page) so that staff can judge whether the mail
really came from the address it claims before they act on a request: SPF (RFC 7208), DKIM
(RFC 6376) and DMARC (RFC 7489) as the receiving server recorded them. The bot decides
nothing from them.

Only the receiving side's own fields can be trusted (RFC 8601 §5): a sender can add its own
Authentication-Results field to a mail, but the receiving server adds its field *above*
everything it received. :func:`summary` therefore reads the topmost field only; every field
is still listed by :func:`parse_all`, with its ``authserv_id``, so a person can see a forged
one below.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from email.header import decode_header, make_header
from email.parser import BytesHeaderParser
from email.policy import compat32

#: The methods :func:`summary` reports, in this order.
SUMMARY_METHODS = ("spf", "dkim", "dmarc")

_RESINFO = re.compile(
    # The look-behind lets a key start only where a token starts; otherwise a long token
    # without "=" is rescanned from each of its characters (quadratic).
    r"""(?<![A-Za-z0-9_.-])"""
    r"""(?P<key>[A-Za-z0-9][A-Za-z0-9_.-]*(?:/[0-9]+)?)=(?P<value>"(?:[^"\\]|\\.)*"|[^\s"]+)"""
)


@dataclass(frozen=True)
class AuthResult:
    """One ``method=result`` of one Authentication-Results field.

    ``authserv_id``: the server that wrote the field (e.g. ``mx.example.com``); ``method``:
    lower-case (``spf``, ``dkim``, ``dmarc``, ``arc``, ``auth`` …, without ``/version``);
    ``result``: lower-case (``pass``, ``fail``, ``softfail``, ``neutral``, ``none``,
    ``temperror``, ``permerror``, ``policy``); ``reason``: the ``reason=`` text or "";
    ``properties``: ``(ptype.property, value)`` pairs such as ``("header.d", "example.org")``;
    ``position``: 0 for the topmost field (the one the receiving server added last).
    """

    authserv_id: str
    method: str
    result: str
    reason: str = ""
    properties: tuple[tuple[str, str], ...] = ()
    position: int = 0

    def describe(self) -> str:
        """One line for people, e.g. ``dkim=pass header.d=example.org (mx.example.com)``."""
        props = " ".join(f"{k}={v}" for k, v in self.properties)
        reason = f' reason="{self.reason}"' if self.reason else ""
        return f"{self.method}={self.result}{reason}{' ' + props if props else ''} " \
               f"({self.authserv_id})"


def _strip_comments(text: str) -> str:
    """Remove RFC 5322 comments ``(…)`` (nested, with quoted pairs) outside quoted strings."""
    out: list[str] = []
    depth = 0
    quoted = False
    escaped = False
    for ch in text:
        if escaped:
            escaped = False
            if depth == 0:
                out.append(ch)
            continue
        if ch == "\\":
            escaped = True
            if depth == 0:
                out.append(ch)
            continue
        if quoted:
            out.append(ch)
            if ch == '"':
                quoted = False
            continue
        if ch == "(":
            depth += 1
            continue
        if ch == ")" and depth:
            depth -= 1
            out.append(" ")
            continue
        if depth:
            continue
        if ch == '"':
            quoted = True
        out.append(ch)
    return "".join(out)


def _split_semicolons(text: str) -> list[str]:
    parts: list[str] = []
    current: list[str] = []
    quoted = False
    escaped = False
    for ch in text:
        if escaped:
            current.append(ch)
            escaped = False
        elif ch == "\\":
            current.append(ch)
            escaped = True
        elif ch == '"':
            quoted = not quoted
            current.append(ch)
        elif ch == ";" and not quoted:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return [p.strip() for p in parts]


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return re.sub(r"\\(.)", r"\1", value[1:-1])
    return value


def parse_field(value: str, position: int = 0) -> list[AuthResult]:
    """Parse one Authentication-Results field value (RFC 8601 §2.2) into its results.

    ``value`` is the unfolded field body, e.g. ``"mx.example.com; spf=pass
    smtp.mailfrom=example.org; dkim=fail reason=\\"bad signature\\" header.d=example.org"``.
    Returns [] for ``authserv-id; none`` and for text that is not of that shape; never raises.
    """
    parts = _split_semicolons(_strip_comments(" ".join(value.split())))
    if len(parts) < 2:
        return []
    authserv_id = parts[0].split()[0] if parts[0].split() else ""
    results: list[AuthResult] = []
    for resinfo in parts[1:]:
        normalised = re.sub(r"(?<!\s)\s*([=/])\s*", r"\1", resinfo)
        pairs = [(m["key"], _unquote(m["value"])) for m in _RESINFO.finditer(normalised)]
        if not pairs:
            continue
        method, result = pairs[0]
        reason = ""
        props: list[tuple[str, str]] = []
        for key, val in pairs[1:]:
            if key.lower() == "reason":
                reason = val
            else:
                props.append((key.lower(), val))
        results.append(AuthResult(authserv_id, method.split("/")[0].lower(), result.lower(),
                                  reason, tuple(props), position))
    return results


def parse_all(raw: bytes) -> list[AuthResult]:
    """Every result of every Authentication-Results field of ``raw`` mail, topmost first.

    Reads the header only (the first 256 KiB of ``raw``); never raises.
    """
    try:
        headers = BytesHeaderParser(policy=compat32).parsebytes(raw[:262144])
        fields = headers.get_all("Authentication-Results") or []
    except Exception:  # noqa: BLE001 - a broken header block has no results to show
        return []
    out: list[AuthResult] = []
    for position, field in enumerate(fields):
        try:
            text = str(make_header(decode_header(str(field))))
        except Exception:  # noqa: BLE001 - keep the undecoded text
            text = str(field)
        out.extend(parse_field(text, position))
    return out


def authenticates(results: list[AuthResult], domain: str) -> bool:
    """Whether the topmost Authentication-Results field (the receiving server's own) shows
    mail from ``domain`` authenticated: DMARC ``pass`` for ``header.from`` (RFC 7489), a
    DKIM ``pass`` whose ``header.d`` is the domain or a parent of it (RFC 6376), or an SPF
    ``pass`` for ``smtp.mailfrom`` in the domain (RFC 7208). Case-insensitive; no I/O."""
    domain = domain.lower().strip(".")

    def within(value: str) -> bool:
        value = value.lower().rpartition("@")[2].strip(".")
        return bool(value) and (domain == value or domain.endswith("." + value)
                                or value.endswith("." + domain))

    for r in results:
        if r.position != 0 or r.result != "pass":
            continue
        wanted = {"dmarc": "header.from", "dkim": "header.d", "spf": "smtp.mailfrom"}.get(
            r.method)
        if wanted and any(k.lower() == wanted and within(v) for k, v in r.properties):
            return True
    return False


def summary(results: list[AuthResult]) -> dict[str, str]:
    """``{"spf": "pass", "dkim": "fail", "dmarc": "none"}`` from the topmost field only.

    A method missing from that field is ``"-"``; several results of one method (two DKIM
    signatures) are joined with "," in order. See the module docstring for why only the
    topmost field counts.
    """
    top = [r for r in results if r.position == 0]
    out: dict[str, str] = {}
    for method in SUMMARY_METHODS:
        found = [r.result for r in top if r.method == method]
        out[method] = ",".join(found) if found else "-"
    return out


__all__ = ["AuthResult", "SUMMARY_METHODS", "authenticates", "parse_all", "parse_field", "summary"]
