"""`vncite.Index`: the citation index as a Python object (the CLI commands are thin over it)."""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from sqlalchemy.orm import Session

from vncite.db.engine import make_engine
from vncite.db.export import export_rows, write_csv, write_jsonl
from vncite.db.graph import graph
from vncite.db.indexer import IndexReport, Progress, run_index
from vncite.db.query import Filters, parse_query
from vncite.db.search import SearchResult, search
from vncite.db.views import document_view, instrument_views, stats


class Index:
    """A citation index in SQLite (default ./vncite.db, or $VNCITE_DB) or at any SQLAlchemy URL.

    Opening it migrates the schema to the current version, so older indexes keep working.
    """

    def __init__(self, url: str | None = None) -> None:
        self.engine = make_engine(url)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Index:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def index(self, paths: Iterable[str | os.PathLike[str]] | str | os.PathLike[str], *, jobs: int | None = None,
              prune: bool = False, progress: Progress | None = None) -> IndexReport:
        """Index files and folders (recursively); unchanged files are skipped, changed ones replaced,
        and with `prune` the indexed files under `paths` that no longer exist are removed."""
        if isinstance(paths, str | os.PathLike):
            paths = [paths]
        return run_index(self.engine, paths, jobs=jobs, prune=prune, progress=progress)

    def search(self, query: str, *, year: int | None = None, issuer: str | None = None, type: str | None = None,
               since: dt.date | str | None = None, until: dt.date | str | None = None) -> SearchResult:
        """Which documents cite the instrument(s) `query` names ("CT 33", "04/2015/ND-CP", a law's name).

        `year`, `issuer` and `type` narrow the instruments; `since`/`until` the citing documents' dates.
        """
        filters = Filters.of(year=year, issuer=issuer, type=type, since=since, until=until)
        with Session(self.engine) as session:
            return search(session, query, filters)

    def rows(self, query: str | None = None, **filters: Any) -> Iterator[dict[str, Any]]:
        """The citation table, one dict per mention (same filters as `search`)."""
        parsed = parse_query(query) if query else None
        with Session(self.engine) as session:
            yield from export_rows(session, parsed, Filters.of(**filters))

    def export(self, dest: str | os.PathLike[str] | IO[str] | None = None, *, format: str = "csv",
               query: str | None = None, **filters: Any) -> int:
        """Write the citation table as csv (UTF-8 with BOM, formula-safe) or jsonl to a file, a text
        stream or stdout; returns the number of rows."""
        writer = {"csv": write_csv, "jsonl": write_jsonl}[format]
        rows = self.rows(query, **filters)
        if dest is None or not isinstance(dest, str | os.PathLike):
            return writer(rows, dest or sys.stdout)
        with Path(dest).open("w", encoding="utf-8-sig" if format == "csv" else "utf-8", newline="") as out:
            return writer(rows, out)

    def document(self, path: str | os.PathLike[str]) -> dict[str, Any] | None:
        """An indexed document: its identity and every citation in it (None if not indexed)."""
        with Session(self.engine) as session:
            return document_view(session, os.path.abspath(path))

    def instrument(self, symbol: str) -> list[dict[str, Any]]:
        """Every instrument with this symbol (one per year/issuer), with the documents citing it."""
        with Session(self.engine) as session:
            return instrument_views(session, symbol)

    def stats(self) -> dict[str, Any]:
        """Most-cited instruments, documents by number of citations, counts by type and issuer."""
        with Session(self.engine) as session:
            return stats(session)

    def graph(self) -> dict[str, Any]:
        """The document -> document graph: {"nodes": [...], "edges": [...]}."""
        with Session(self.engine) as session:
            return graph(session)
