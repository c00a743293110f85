"""`index`: walk the paths, skip what is unchanged, extract the rest in worker processes, write in batches.

The unchanged check must be cheap because reruns over large folders are the common case: size and
mtime are compared first, and only files whose size or mtime moved are hashed (in the workers).
"""

from __future__ import annotations

import multiprocessing as mp
import os
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import Engine, func, select

from vncite.db.ingest import Known, collect_orphans, load_known, remove_documents, write_batch
from vncite.db.models import Document, Instrument
from vncite.db.worker import Task, process

#: a batch is written (one transaction) when it reaches any of these
BATCH_FILES = 256
BATCH_MENTIONS = 5000
BATCH_SECONDS = 1.0


class Progress(Protocol):
    """Receives the progress of an index run (the CLI draws a progress bar with it)."""

    def start(self, total: int) -> None: ...

    def advance(self, status: str) -> None: ...


@dataclass
class IndexReport:
    """What an index run did, and the size of the index afterwards."""

    indexed: int = 0
    unchanged: int = 0
    unsupported: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    pruned: int = 0
    mentions: int = 0
    documents: int = 0
    instruments: int = 0
    seconds: float = 0.0


def run_index(engine: Engine, paths: Iterable[str | os.PathLike[str]], *, jobs: int | None = None,
              prune: bool = False, progress: Progress | None = None) -> IndexReport:
    """Bring the index up to date with the files under `paths` (folders are walked recursively)."""
    started = time.perf_counter()
    report = IndexReport()
    roots = [os.path.abspath(p) for p in paths]
    files = _walk(roots, report)
    with engine.connect() as conn:
        known = load_known(conn)
    tasks: list[Task] = []
    for path, size, mtime_ns in files:
        old = known.get(path)
        if old is not None and old.error is None and old.size == size and old.mtime_ns == mtime_ns:
            report.unchanged += 1
        else:
            tasks.append((path, old.content_hash if old is not None and old.error is None else None))
    if progress is not None:
        progress.start(len(tasks))
    batch: list[dict[str, Any]] = []
    weight, since = 0, time.monotonic()
    for result in _results(tasks, jobs or os.cpu_count() or 1):
        _count(report, result)
        if progress is not None:
            progress.advance(result["status"])
        if result["status"] == "unsupported":
            continue
        batch.append(result)
        weight += len(result.get("mentions") or ())
        if len(batch) >= BATCH_FILES or weight >= BATCH_MENTIONS or time.monotonic() - since > BATCH_SECONDS:
            _flush(engine, batch, known)
            batch, weight, since = [], 0, time.monotonic()
    _flush(engine, batch, known)
    if prune:
        report.pruned = _prune(engine, roots, {f[0] for f in files}, known)
    with engine.connect() as conn:
        report.documents = conn.scalar(select(func.count()).select_from(Document)) or 0
        report.instruments = conn.scalar(select(func.count()).select_from(Instrument)) or 0
    report.seconds = time.perf_counter() - started
    return report


def _walk(roots: Sequence[str], report: IndexReport) -> list[tuple[str, int, int]]:
    """(absolute path, size, mtime) of every readable-type file under the roots; missing roots are
    failures, files of other types are counted and never opened."""
    from vncite.corpus import SUPPORTED_SUFFIXES, iter_files

    existing = []
    for root in roots:
        if os.path.exists(root):
            existing.append(root)
        else:
            report.failed.append((root, "no such file or directory"))
    files = []
    for path in iter_files([Path(r) for r in existing]):
        name = os.path.abspath(path)
        if path.suffix.lower() not in SUPPORTED_SUFFIXES:
            report.unsupported += 1
            continue
        try:
            st = os.stat(name)
        except OSError as exc:
            report.failed.append((name, exc.strerror or str(exc)))
            continue
        files.append((name, st.st_size, st.st_mtime_ns))
    return files


def _results(tasks: list[Task], jobs: int) -> Iterator[dict[str, Any]]:
    """Worker results in completion order; small runs stay in this process (no pool to start)."""
    if jobs <= 1 or len(tasks) < 4 * jobs:
        yield from map(process, tasks)
        return
    methods = mp.get_all_start_methods()
    ctx = mp.get_context("fork" if "fork" in methods else methods[0])
    chunksize = max(1, min(16, len(tasks) // (jobs * 16)))
    with ctx.Pool(jobs) as pool:
        yield from pool.imap_unordered(process, tasks, chunksize=chunksize)


def _count(report: IndexReport, result: dict[str, Any]) -> None:
    status = result["status"]
    if status == "indexed":
        report.indexed += 1
        report.mentions += len(result["mentions"])
    elif status == "unchanged":
        report.unchanged += 1
    elif status == "unsupported":
        report.unsupported += 1
    else:
        report.failed.append((result["path"], result["error"] or "unknown error"))


def _flush(engine: Engine, batch: list[dict[str, Any]], known: dict[str, Known]) -> None:
    if batch:
        with engine.begin() as conn:
            write_batch(conn, batch, known)


def _prune(engine: Engine, roots: Sequence[str], seen: set[str], known: dict[str, Known]) -> int:
    """Remove the indexed files under `roots` that no longer exist there."""
    gone = [k.id for path, k in known.items()
            if path not in seen and any(path == r or path.startswith(r.rstrip(os.sep) + os.sep) for r in roots)]
    if gone:
        with engine.begin() as conn:
            collect_orphans(conn, remove_documents(conn, gone))
    return len(gone)
