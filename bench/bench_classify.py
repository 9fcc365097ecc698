"""Benchmark the classifier: load time, throughput (messages/s, one process), peak RSS.

Usage: ``python bench/bench_classify.py [CORPUS_DIR] [--rounds N]`` (default corpus:
``../shared/corpus`` next to the repository). Messages are parsed once up front; only
``classify`` is timed. Prints figures; not a test. Targets (issue 3): >= 1,000 messages/s,
<= 250 MB RSS, load <= 1 s.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _rss_mb() -> float:
    """Peak resident set size of this process in MB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()

    t0 = time.perf_counter()
    import spacy  # noqa: F401 - import cost is part of a cold start

    t_import = time.perf_counter() - t0
    from bot.intake.parse import parse_message
    from classifiers.pipeline import Classifier

    t1 = time.perf_counter()
    classifier = Classifier.load()
    t_load = time.perf_counter() - t1
    rss_loaded = _rss_mb()

    files = sorted(args.corpus.glob("*/*.eml"))
    if not files:
        print(f"no .eml files under {args.corpus}", file=sys.stderr)
        return 2
    messages = [parse_message(p.read_bytes()) for p in files]
    chars = sum(len(m.text) for m in messages)
    classifier.classify(messages[0])  # warm-up

    t2, c2 = time.perf_counter(), time.process_time()
    for _ in range(args.rounds):
        for m in messages:
            classifier.classify(m)
    elapsed, cpu = time.perf_counter() - t2, time.process_time() - c2
    n = len(messages) * args.rounds
    print(f"corpus: {len(messages)} messages ({chars / len(messages):.0f} chars avg) "
          f"x {args.rounds} rounds")
    print(f"import spacy: {t_import:.2f} s")
    print(f"model load (Classifier.load): {t_load:.2f} s  (trained model: {classifier.trained})")
    print(f"throughput: {n / elapsed:,.0f} messages/s wall clock "
          f"({elapsed / n * 1000:.3f} ms/message); {n / cpu:,.0f} messages/s of CPU time "
          f"(the figure on a busy machine: other processes share the cores)")
    print(f"load average during the run: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    print(f"peak RSS: {_rss_mb():.0f} MB (after load: {rss_loaded:.0f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
