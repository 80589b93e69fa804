"""Extraction throughput beside bare spaCy on the same texts.

    python bench/extract.py [--repeat N] [--batch-size B] [FILE.jsonl]

Prints words/s and articles/s of (1) `nlp.pipe` with the trained model alone, as spaCy loads it,
and (2) the full extraction (`Extractor.extract`: the model, newsgraph's component, ids, dates),
and their ratio. The full extraction runs the model's attribute ruler and lemmatizer a faster
way with the same output (`ingest/model_speedups.py`), so it also prints (3) the model alone run
that way, and the ratio of (2) to (3): what newsgraph's own work costs beside the model it runs.
Each figure is the best of `--rounds` interleaved timed rounds, after one warm-up round, so that a
noisy shared machine disturbs it less. The target is a ratio of (2) to (1) of at least 0.80.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ingest.articles import Article  # noqa: E402
from ingest.extract import Extractor  # noqa: E402
from ingest.model_speedups import speed_up  # noqa: E402
from ingest.pipeline import load_model  # noqa: E402
from ingest.settings import ExtractSettings  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "dev.jsonl"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--repeat", type=int, default=10, help="copies of the corpus per round")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--model", default=ExtractSettings().spacy_model)
    args = ap.parse_args()

    base = [json.loads(line) for line in args.corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    articles = [Article.model_validate({**a, "id": f"{a['id']}-{i}"}) for i in range(args.repeat) for a in base]
    texts = [a.text for a in articles]

    bare = load_model(args.model)
    quick = load_model(args.model)
    faster = speed_up(quick)
    extractor = Extractor(args.model, batch_size=args.batch_size)
    words = sum(len(doc) for doc in bare.pipe(texts[: len(base)], batch_size=args.batch_size))
    words *= args.repeat

    def time_bare() -> float:
        started = time.perf_counter()
        for _ in bare.pipe(texts, batch_size=args.batch_size):
            pass
        return time.perf_counter() - started

    def time_quick() -> float:
        started = time.perf_counter()
        for _ in quick.pipe(texts, batch_size=args.batch_size):
            pass
        return time.perf_counter() - started

    def time_full() -> float:
        started = time.perf_counter()
        for _ in extractor.extract(articles):
            pass
        return time.perf_counter() - started

    time_bare(), time_quick(), time_full()  # warm-up
    # interleaved, so that a change in the machine's load hits all alike; the best round of each
    rounds = [(time_bare(), time_quick(), time_full()) for _ in range(args.rounds)]
    bare_s, quick_s, full_s = (min(r[k] for r in rounds) for k in range(3))
    n = len(articles)
    print(f"corpus: {args.corpus.name} x{args.repeat} = {n} articles, {words} tokens; model {args.model}")
    print(f"{'':24} {'seconds':>8} {'articles/s':>11} {'words/s':>10}")
    print(f"{'bare nlp.pipe':24} {bare_s:8.2f} {n / bare_s:11.1f} {words / bare_s:10.0f}")
    print(f"{'full extraction':24} {full_s:8.2f} {n / full_s:11.1f} {words / full_s:10.0f}")
    label = "model as newsgraph runs it" if faster else "model (run as is)"
    print(f"{label:24} {quick_s:8.2f} {n / quick_s:11.1f} {words / quick_s:10.0f}")
    print(f"ratio full/bare throughput: {bare_s / full_s:.2f} (target >= 0.80)")
    print(f"ratio full/model-as-run throughput: {quick_s / full_s:.2f} (newsgraph's own share of the time: "
          f"{1 - quick_s / full_s:.0%})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
