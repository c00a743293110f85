"""Extraction speed over the benchmark corpus, texts already in memory, one process.

    python benchmarks/extract.py [--corpus ../shared/bench/corpus.jsonl.gz] [--limit N] [--big-mb 100] [--stages]

Prints MB/s and mentions/s of `vncite.extract`, next to one bare `regex` pass of a simple
number/symbol pattern over the same texts (the floor any extractor pays), and the peak memory of
extracting one large text built from the corpus (--big-mb, 0 to skip). --stages also prints the time
of each stage of the pipeline (vncite/extractor/pipeline.py `run`).
"""

from __future__ import annotations

import argparse
import gzip
import json
import multiprocessing
import resource
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import regex

import vncite
from vncite.extractor import pipeline

BARE = regex.compile(r"\d+[/-][\p{L}\d/\-]*\p{Lu}")


def load(path: Path, limit: int | None) -> list[str]:
    texts = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if limit is not None and n >= limit:
                break
            texts.append(json.loads(line)["text"])
    return texts


def big_text(corpus: Path, megabytes: int) -> str:
    """Extract one text of `megabytes` built from the corpus; report time and peak memory."""
    parts, total = [], 0
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        while total < megabytes * 1_000_000:
            for line in fh:
                text = json.loads(line)["text"]
                parts.append(text)
                total += len(text.encode("utf-8"))
                if total >= megabytes * 1_000_000:
                    break
            fh.seek(0)
    big = "\n".join(parts)
    del parts
    vncite.extract("Chỉ thị số 33/CT-TTg")
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    t0 = time.perf_counter()
    n = len(vncite.extract(big))
    took = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return (f"one {total / 1e6:.0f} MB text: {took:.1f} s, {total / 1e6 / took:.1f} MB/s, {n} mentions, "
            f"peak RSS {peak:.0f} MB (text loaded: {before:.0f} MB)")


# the steps of `pipeline.run`, by the names it calls them under
STAGES = {"normalize": "normalise", "_find_symbols": "symbols and context", "_mark_self": "own identity",
          "_add_named": "named references", "_assign_relations": "roles", "_to_citations": "output"}


def stage_times(texts: list[str]) -> str:
    """`pipeline.run` over all texts with each of its steps wrapped in a clock."""
    spent = dict.fromkeys(STAGES.values(), 0.0)
    originals = {name: getattr(pipeline, name) for name in STAGES}

    def timed(name: str) -> Callable[..., Any]:
        step = originals[name]

        def wrapper(*args: Any) -> Any:
            t0 = time.perf_counter()
            try:
                return step(*args)
            finally:
                spent[STAGES[name]] += time.perf_counter() - t0
        return wrapper

    for name in STAGES:
        setattr(pipeline, name, timed(name))
    try:
        for text in texts:
            pipeline.run(text)
    finally:
        for name, step in originals.items():
            setattr(pipeline, name, step)
    return "stages: " + ", ".join(f"{name} {took:.2f} s" for name, took in spent.items())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=Path(__file__).parents[1] / "../shared/bench/corpus.jsonl.gz")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--big-mb", type=int, default=100)
    ap.add_argument("--stages", action="store_true", help="also time each stage of the pipeline")
    args = ap.parse_args()
    texts = load(args.corpus, args.limit)
    size_mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    # load the tables and underthesea's sentence splitter and tone normaliser once, before timing
    vncite.extract("Căn cứ Luật X. Theo Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ về hoà giải")

    t0 = time.perf_counter()
    bare_hits = sum(1 for text in texts for _ in BARE.finditer(text))
    bare = time.perf_counter() - t0

    t0 = time.perf_counter()
    mentions = sum(len(vncite.extract(text)) for text in texts)
    full = time.perf_counter() - t0

    print(f"corpus: {len(texts)} texts, {size_mb:.1f} MB")
    print(f"bare regex pass: {bare:.2f} s, {size_mb / bare:.1f} MB/s, {bare_hits} hits")
    print(f"vncite.extract:  {full:.2f} s, {size_mb / full:.1f} MB/s, {mentions} mentions, "
          f"{mentions / full:,.0f} mentions/s, {full / bare:.1f}x the bare pass")
    if args.stages:
        print(stage_times(texts))
    if args.big_mb:
        # in a fresh process, so the peak memory is that of the one large text alone
        with multiprocessing.get_context("spawn").Pool(1) as pool:
            print(pool.apply(big_text, (args.corpus, args.big_mb)))

if __name__ == "__main__":
    main()
