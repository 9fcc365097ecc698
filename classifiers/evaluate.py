"""Measure the classifier on a labelled folder of ``.eml`` files (``privacy-bot eval DIR``).

Reads ``DIR/manifest.jsonl`` (one JSON object per line: ``file``, ``labels``, ``route`` - the
acceptable routes -, ``lang``), parses each file with the parser the caller gives (the bot's),
classifies it and compares.

Rows whose acceptable route is only ``ignore`` (auto-replies, bounces, lists, spam) are
**skipped** from every figure: machine mail is screened out by ``bot/intake/screen.py`` before the
classifier runs, and the classifier never returns ``ignore``. They are counted and listed as
skipped, so a reader sees how many there were.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from classifiers.types import REQUEST_TYPES, Classification


class ManifestError(ValueError):
    """The manifest is missing or a row is malformed (message names file and line)."""


@dataclass
class Row:
    """One manifest row and the classifier's answer for it."""

    file: str
    labels: frozenset[str]
    routes: tuple[str, ...]
    lang: str
    result: Classification | None = None
    error: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def predicted(self) -> frozenset[str]:
        return frozenset(self.result.labels) if self.result else frozenset()

    @property
    def route_ok(self) -> bool:
        return self.result is not None and self.result.route in self.routes

    @property
    def labels_ok(self) -> bool:
        """Labels match; a human route allowed by the manifest needs no labels."""
        if self.result is None:
            return False
        if self.result.route == "human" and "human" in self.routes:
            return True
        return self.predicted == self.labels

    @property
    def correct(self) -> bool:
        return self.route_ok and self.labels_ok


def read_manifest(directory: Path) -> list[Row]:
    """Read ``directory/manifest.jsonl`` into rows. Raises :class:`ManifestError`."""
    path = directory / "manifest.jsonl"
    if not path.is_file():
        raise ManifestError(f"{path}: no manifest.jsonl")
    rows: list[Row] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            rows.append(Row(obj["file"], frozenset(obj.get("labels", [])),
                            tuple(obj.get("route", [])), str(obj.get("lang", "?"))))
        except (ValueError, KeyError, TypeError) as exc:
            raise ManifestError(f"{path}:{n}: {exc}") from exc
    return rows


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def _label_table(rows: list[Row]) -> dict[str, dict[str, float]]:
    table: dict[str, dict[str, float]] = {}
    for label in REQUEST_TYPES:
        tp = sum(1 for r in rows if label in r.labels and label in r.predicted)
        fp = sum(1 for r in rows if label not in r.labels and label in r.predicted)
        fn = sum(1 for r in rows if label in r.labels and label not in r.predicted)
        tn = len(rows) - tp - fp - fn
        table[label] = {"tp": tp, "fp": fp, "fn": fn, "tn": tn, **_prf(tp, fp, fn)}
    return table


def summarise(rows: list[Row]) -> dict[str, Any]:
    """Compute every figure from classified rows (pure; see :func:`evaluate` for keys)."""
    scored = [r for r in rows if r.routes != ("ignore",)]
    skipped = [r.file for r in rows if r.routes == ("ignore",)]
    labels = _label_table(scored)
    macro = sum(v["f1"] for v in labels.values()) / len(REQUEST_TYPES)
    tickets = [r for r in scored if r.result is not None and r.result.route == "ticket"]
    wrong_tickets = [r.file for r in tickets if r.predicted != r.labels]
    routes = ("ticket", "human")
    confusion = {e: {p: 0 for p in (*routes, "error")} for e in (*routes, "ticket|human")}
    for r in scored:
        expected = "|".join(sorted(r.routes, reverse=True)) if len(r.routes) > 1 else r.routes[0]
        got = r.result.route if r.result else "error"
        confusion.setdefault(expected, {p: 0 for p in (*routes, "error")})
        confusion[expected][got] = confusion[expected].get(got, 0) + 1
    langs: dict[str, dict[str, Any]] = {}
    for lang in sorted({r.lang for r in scored}):
        sub = [r for r in scored if r.lang == lang]
        table = _label_table(sub)
        tp = sum(int(v["tp"]) for v in table.values())
        fp = sum(int(v["fp"]) for v in table.values())
        fn = sum(int(v["fn"]) for v in table.values())
        langs[lang] = {"n": len(sub),
                       "route_accuracy": round(sum(r.route_ok for r in sub) / len(sub), 4),
                       "exact": round(sum(r.correct for r in sub) / len(sub), 4),
                       "micro_f1": _prf(tp, fp, fn)["f1"]}
    return {
        "n": len(rows), "scored": len(scored), "skipped_ignore": skipped,
        "labels": labels, "macro_f1": round(macro, 4),
        "route_accuracy": (round(sum(r.route_ok for r in scored) / len(scored), 4)
                           if scored else 1.0),
        "exact_accuracy": round(sum(r.correct for r in scored) / len(scored), 4) if scored else 1.0,
        "ticket_count": len(tickets),
        "ticket_wrong": wrong_tickets,
        "ticket_error_rate": round(len(wrong_tickets) / len(tickets), 4) if tickets else 0.0,
        "languages": langs, "route_confusion": confusion,
        "misclassified": [r.file for r in scored if not r.correct],
        "errors": {r.file: r.error for r in rows if r.error},
    }


#: Reads one raw mail (bytes) into the message the classifier takes; the bot's parser
#: (``bot.intake.parse.parse_message``), passed in by the caller: this package knows no mail.
Parse = Callable[[bytes], object]


def classify_rows(directory: Path, rows: list[Row], parse: Parse,
                  progress: Callable[[int, int, str], None] | None = None) -> None:
    """Parse (with ``parse``) and classify every row's file in place (``row.result`` /
    ``row.error``)."""
    from classifiers.pipeline import classify

    for i, row in enumerate(rows, 1):
        try:
            message = parse((directory / row.file).read_bytes())
            row.result = classify(message)
        except Exception as exc:  # noqa: BLE001 - one bad file is a finding, not a crash
            row.error = f"{type(exc).__name__}: {exc}"
        if progress:
            progress(i, len(rows), row.file)


def evaluate(directory: Path, parse: Parse,
             progress: Callable[[int, int, str], None] | None = None) -> dict[str, Any]:
    """Classify every file listed in ``directory/manifest.jsonl`` (read by ``parse``) and
    return the figures.

    Keys: ``macro_f1`` (0..1, over the five labels), ``labels`` (per label tp/fp/fn/tn,
    precision, recall, f1), ``route_accuracy`` (share of scored rows whose route is one of the
    acceptable ones), ``exact_accuracy`` (route and labels right), ``ticket_error_rate``
    (share of ticket-routed rows with a wrong or missing label) and ``ticket_wrong``,
    ``languages`` (per manifest language: n, route_accuracy, exact, micro_f1),
    ``route_confusion``, ``misclassified`` (files), ``skipped_ignore`` (files whose only
    acceptable route is ignore - screened before classification, not scored), ``rows``
    (the :class:`Row` objects). Raises :class:`ManifestError` for a bad manifest.
    """
    rows = read_manifest(directory)
    classify_rows(directory, rows, parse, progress)
    out = summarise(rows)
    out["rows"] = rows
    return out
