"""Benchmark of folder indexing (issue 3): full run, unchanged rerun, search latency, peak memory.

    python benchmarks/index.py [--limit N] [--jobs N] [--keep DIR]

Writes the benchmark texts (../shared/bench/corpus.jsonl.gz, 13,985 files, 193 MB) to a temporary
folder with ../shared/bench/unpack.py, then times `vncite index` on it (a fresh SQLite index, the
default number of jobs), a second run with nothing changed, `Index.search` over a mix of query forms,
and a minimal reference pipeline (read each file, one regex pass, sqlite3 insert) on the same folder.
Peak memory is the largest sum of RSS over the `vncite index` process and its workers, sampled.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from sqlalchemy import select

from vncite import Index
from vncite.db.models import Instrument

BENCH = Path(__file__).resolve().parents[2] / "shared" / "bench"
SYMBOL = re.compile(r"\b\d{1,5}[a-z]?(?:/\d{4})?[/-][A-ZĐ][A-Za-zĐđ]*(?:[-/][A-ZĐ][A-Za-zĐđ0-9]*)*")
PAGE = os.sysconf("SC_PAGE_SIZE")


def tree_rss(pid: int) -> int:
    """Resident bytes of a process and all its descendants, from /proc."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
            statm = Path(f"/proc/{entry}/statm").read_text()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2:].split()
        parents[int(entry)] = int(fields[1])
        rss[int(entry)] = int(statm.split()[1]) * PAGE
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        total += rss.get(p, 0)
        todo.extend(c for c, pp in parents.items() if pp == p)
    return total


def run_index(folder: Path, db: Path, jobs: int | None) -> tuple[float, int, str]:
    """Wall time, peak tree RSS and output of one `vncite index` run."""
    cmd = [str(Path(sys.executable).parent / "vncite"), "index", str(folder), "--db", str(db)]
    if jobs:
        cmd += ["--jobs", str(jobs)]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                            env={**os.environ, "COLUMNS": "100"})
    peak = 0

    def sample() -> None:
        nonlocal peak
        while proc.poll() is None:
            peak = max(peak, tree_rss(proc.pid))
            time.sleep(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    output = proc.communicate()[0]
    seconds = time.perf_counter() - start
    sampler.join()
    if proc.returncode:
        raise SystemExit(f"vncite index failed ({proc.returncode}):\n{output}")
    return seconds, peak, output


def queries(db: Path, n: int) -> list[str]:
    """Queries in the forms users type, built from instruments present in the index."""
    with Index(f"sqlite:///{db}") as idx, idx.engine.connect() as conn:
        rows = conn.execute(select(Instrument.symbol, Instrument.type, Instrument.number, Instrument.year,
                                   Instrument.title)).all()
    rng = random.Random(3)
    out = []
    for symbol, type_, number, year, title in rng.sample(rows, min(n, len(rows))):
        if title:
            out.append(f"{type_} {title}")
        elif symbol and rng.random() < 0.5:
            out.append(symbol.lower() if rng.random() < 0.5 else symbol)
        elif number and type_:
            out.append(f"{type_} {number}/{year}" if year else f"{type_} {number}")
        elif symbol:
            out.append(symbol)
    return [*out, "CT 33", "chi thi 33", "Chỉ thị 33/CT-TTg", "25-NQ/TW", "Luật Đất đai", "04/2015/ND-CP"]


def time_search(db: Path, qs: list[str]) -> tuple[float, float]:
    """p50 and p95 of Index.search in milliseconds (each query twice, first pass discarded)."""
    with Index(f"sqlite:///{db}") as idx:
        for q in qs:
            idx.search(q)
        times = []
        for q in qs:
            t = time.perf_counter()
            idx.search(q)
            times.append((time.perf_counter() - t) * 1000)
    times.sort()
    return statistics.median(times), times[int(0.95 * (len(times) - 1))]


def reference(folder: Path, db: Path) -> float:
    """Read each file, one regex pass, insert the matches with sqlite3: the floor for this folder."""
    start = time.perf_counter()
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE m (path TEXT, symbol TEXT, start INTEGER)")
    for path in sorted(folder.iterdir()):
        text = path.read_text(encoding="utf-8")
        conn.executemany("INSERT INTO m VALUES (?, ?, ?)",
                         [(str(path), m.group(), m.start()) for m in SYMBOL.finditer(text)])
    conn.commit()
    conn.close()
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, help="only the first N texts")
    ap.add_argument("--jobs", type=int, help="worker processes [default: vncite's default, all cores]")
    ap.add_argument("--keep", type=Path, help="unpack into (or reuse) this folder instead of a temporary one")
    ap.add_argument("--queries", type=int, default=500)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="vncite-bench-") as tmp:
        folder = args.keep or Path(tmp) / "texts"
        if not folder.exists() or not any(folder.iterdir()):
            cmd = [sys.executable, str(BENCH / "unpack.py"), str(folder)]
            subprocess.run(cmd + (["--limit", str(args.limit)] if args.limit else []), check=True)
        files = sum(1 for _ in folder.iterdir())
        size = sum(p.stat().st_size for p in folder.iterdir())
        db = Path(tmp) / "index.db"
        full, peak, output = run_index(folder, db, args.jobs)
        again, _, _ = run_index(folder, db, args.jobs)
        p50, p95 = time_search(db, queries(db, args.queries))
        ref = reference(folder, Path(tmp) / "reference.db")
        print(output)
        print(f"corpus: {files:,} files, {size / 1e6:.0f} MB, {os.cpu_count()} cores, jobs={args.jobs or 'default'}")
        print(f"full index            {full:7.1f} s   ({files / full:,.0f} files/s, {size / 1e6 / full:.1f} MB/s)"
              "   target <= 20 s")
        print(f"rerun, nothing changed{again:7.1f} s   target <= 3 s")
        print(f"Index.search          p50 {p50:.1f} ms, p95 {p95:.1f} ms   target p95 <= 20 ms")
        print(f"peak memory           {peak / 2**20:7.0f} MB (index process + workers)   target <= 500 MB")
        print(f"reference pipeline    {ref:7.1f} s   (read, one regex pass, sqlite3 insert; single process)")


if __name__ == "__main__":
    main()
