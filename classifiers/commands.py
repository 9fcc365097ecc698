"""The classifier's two CLI commands, wired by ``bot/cli/commands.py``: ``train`` and ``eval DIR``.

Both print progress and results to ``out`` and return a process exit code (0 success,
1 figures computed but some files failed, 2 bad input such as a missing manifest).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any, TextIO

from classifiers.evaluate import ManifestError, Parse, evaluate
from classifiers.train import TrainingDataError, train
from classifiers.types import REQUEST_TYPES


def train_command(out: TextIO = sys.stdout) -> int:
    """Rebuild ``classifiers/model/`` (model and calibration) from ``classifiers/data/``
    (fixed seeds), printing each step. Returns 0, or 2 when the training data is malformed."""
    try:
        figures = train(progress=lambda msg: print(msg, file=out, flush=True))
    except TrainingDataError as exc:
        print(f"error: {exc}", file=out)
        return 2
    print(f"done: {int(figures['units'])} units, {int(figures['docs'])} docs, held-out exact "
          f"{figures['held_out_exact']:.3f}, {figures['seconds']:.0f} s", file=out)
    # Drop the cached classifier so this process uses the new model.
    from classifiers import pipeline

    pipeline._classifier = None
    return 0


def _progress(out: TextIO) -> Any:
    def show(i: int, n: int, name: str) -> None:
        if i == n or i % 10 == 0:
            print(f"  classified {i}/{n} ({name})", file=out, flush=True)

    return show


def _print_report(m: dict[str, Any], out: TextIO) -> None:
    w = out.write
    w(f"\nfiles: {m['n']}  scored: {m['scored']}  skipped (route ignore, handled by the "
      f"screen): {len(m['skipped_ignore'])}\n\n")
    w(f"{'label':<14}{'prec':>7}{'recall':>8}{'F1':>7}{'tp':>5}{'fp':>5}{'fn':>5}{'tn':>5}\n")
    for label in REQUEST_TYPES:
        v = m["labels"][label]
        w(f"{label:<14}{v['precision']:>7.3f}{v['recall']:>8.3f}{v['f1']:>7.3f}"
          f"{v['tp']:>5}{v['fp']:>5}{v['fn']:>5}{v['tn']:>5}\n")
    w(f"\nmacro-F1: {m['macro_f1']:.4f}\nroute accuracy: {m['route_accuracy']:.4f}\n"
      f"exact (route and labels): {m['exact_accuracy']:.4f}\n"
      f"ticket-routed with a wrong or missing label: {len(m['ticket_wrong'])}/"
      f"{m['ticket_count']} ({m['ticket_error_rate']:.2%})\n")
    w("\nper language:\n")
    for lang, v in m["languages"].items():
        w(f"  {lang:<4} n={v['n']:<4} route {v['route_accuracy']:.3f}  exact {v['exact']:.3f}  "
          f"micro-F1 {v['micro_f1']:.3f}\n")
    w("\nroute confusion (rows: manifest, columns: predicted):\n")
    w(f"  {'':<14}{'ticket':>8}{'human':>8}{'error':>8}\n")
    for expected, row in m["route_confusion"].items():
        if sum(row.values()):
            w(f"  {expected:<14}{row.get('ticket', 0):>8}{row.get('human', 0):>8}"
              f"{row.get('error', 0):>8}\n")
    bad = [r for r in m["rows"] if r.file in set(m["misclassified"])]
    w(f"\nmisclassified: {len(bad)}\n")
    for r in bad:
        res = r.result
        if res is None:
            w(f"  {r.file}: ERROR {r.error}\n")
            continue
        w(f"  {r.file} [{r.lang}] expected {sorted(r.labels)} {list(r.routes)}; got "
          f"{list(res.labels)} {res.route} ({res.language}) - {res.reason}\n")
        for e in res.evidence:
            w(f"      {e.label:<12} {e.source:<28} {e.score:.2f}  {e.sentence[:120]!r}\n")


def eval_command(directory: Path, parse: Parse, out: TextIO = sys.stdout) -> int:
    """Evaluate on ``directory`` (``manifest.jsonl`` + ``.eml`` files) and print per-label
    precision/recall/F1, macro-F1, route accuracy, per-language figures, a route confusion
    table and every misclassified file with its evidence; files are read with ``parse`` (the
    bot's parser). Ignore-route rows are skipped (the screen handles them). Returns 0, 1 if
    a file failed, 2 for a bad manifest."""
    print(f"evaluating {directory}", file=out, flush=True)
    try:
        metrics = evaluate(Path(directory), parse, progress=_progress(out))
    except ManifestError as exc:
        print(f"error: {exc}", file=out)
        return 2
    _print_report(metrics, out)
    return 1 if metrics["errors"] else 0
