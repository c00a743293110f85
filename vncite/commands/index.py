"""The index commands: `vncite index`, `search`, `export`, `show`, `stats`, `graph` and `demo`."""

from __future__ import annotations

import csv
import datetime as dt
import os
import sys
import tempfile
from enum import StrEnum
from importlib.resources import as_file, files
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, Task, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from vncite.commands.common import print_json
from vncite.db.export import neutralise
from vncite.db.graph import RENDERERS
from vncite.db.indexer import IndexReport
from vncite.db.search import SearchResult
from vncite.index import Index

out = Console(highlight=False)
err = Console(stderr=True, highlight=False)

DbOpt = Annotated[
    str | None, typer.Option("--db", help="SQLAlchemy URL or SQLite file [default: $VNCITE_DB, else ./vncite.db]")
]
YearOpt = Annotated[int | None, typer.Option("--year", help="Instruments of this year")]
IssuerOpt = Annotated[str | None, typer.Option("--issuer", help="Instruments of this issuer (name or code)")]
TypeOpt = Annotated[str | None, typer.Option("--type", help="Instruments of this type (word or code: 'Chỉ thị', CT)")]
SinceOpt = Annotated[
    dt.datetime | None, typer.Option("--since", formats=["%Y-%m-%d"], help="Citing documents issued on or after")
]
UntilOpt = Annotated[
    dt.datetime | None, typer.Option("--until", formats=["%Y-%m-%d"], help="Citing documents issued on or before")
]
OutputOpt = Annotated[Path | None, typer.Option("--output", "-o", help="File to write [default: stdout]")]


class SearchFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


class ExportFormat(StrEnum):
    csv = "csv"
    jsonl = "jsonl"


class ViewFormat(StrEnum):
    table = "table"
    json = "json"


class GraphFormat(StrEnum):
    dot = "dot"
    graphml = "graphml"
    json = "json"


def _filters(year: int | None, issuer: str | None, type_: str | None,
             since: dt.datetime | None, until: dt.datetime | None) -> dict[str, Any]:
    return {"year": year, "issuer": issuer, "type": type_,
            "since": since.date() if since else None, "until": until.date() if until else None}


class _Rate(ProgressColumn):
    def render(self, task: Task) -> Text:
        return Text(f"{task.speed or 0:,.0f} files/s", style="progress.data.speed")


class _Bar:
    """The rich progress bar of `vncite index`: files done, files/s, errors so far."""

    def __init__(self) -> None:
        self.errors = 0
        self.progress = Progress(
            TextColumn("indexing"), BarColumn(), MofNCompleteColumn(), _Rate(),
            TextColumn("[red]{task.fields[errors]} errors"), TimeElapsedColumn(), console=err, transient=True,
        )
        self.task = self.progress.add_task("index", total=0, errors=0)

    def start(self, total: int) -> None:
        self.progress.update(self.task, total=total)
        self.progress.start()

    def advance(self, status: str) -> None:
        self.errors += status == "failed"
        self.progress.update(self.task, advance=1, errors=self.errors)

    def stop(self) -> None:
        self.progress.stop()


def index(
    paths: Annotated[list[Path], typer.Argument(help="Files and folders (walked recursively)")],
    db: DbOpt = None,
    jobs: Annotated[int | None, typer.Option("--jobs", "-j", help="Worker processes [default: all cores]")] = None,
    prune: Annotated[
        bool, typer.Option("--prune", help="Remove indexed files under PATHS that no longer exist")
    ] = False,
) -> None:
    """Index the citations of documents; unchanged files are skipped, changed ones re-extracted."""
    bar = _Bar()
    try:
        with Index(db) as idx:
            report = idx.index(paths, jobs=jobs, prune=prune, progress=bar)
    except KeyboardInterrupt:
        bar.stop()
        err.print("interrupted: the files written so far are indexed; run the same command to finish")
        raise typer.Exit(130) from None
    bar.stop()
    _print_report(report)
    if any(reason == "no such file or directory" for _, reason in report.failed):
        raise typer.Exit(2)


def _print_report(report: IndexReport) -> None:
    table = Table(title="vncite index", show_header=False)
    table.add_column(style="bold")
    table.add_column(justify="right")
    for label, value in (
        ("files indexed", report.indexed), ("unchanged (skipped)", report.unchanged),
        ("unsupported type (skipped)", report.unsupported), ("failed", len(report.failed)),
        ("removed (--prune)", report.pruned), ("mentions written", report.mentions),
        ("documents in the index", report.documents), ("instruments in the index", report.instruments),
        ("seconds", f"{report.seconds:.1f}"),
    ):
        table.add_row(label, f"{value:,}" if isinstance(value, int) else value)
    out.print(table)
    if report.failed:
        failed = Table(title="failed files", show_lines=False)
        failed.add_column("file", overflow="fold")
        failed.add_column("reason", overflow="fold")
        for path, reason in report.failed[:50]:
            failed.add_row(path, reason)
        if len(report.failed) > 50:
            failed.add_row(f"… and {len(report.failed) - 50} more", "")
        out.print(failed)


def search(
    query: Annotated[str, typer.Argument(help="'Chỉ thị 33/CT-TTg', 'CT 33', '04/2015/ND-CP', a law's name ...")],
    db: DbOpt = None, year: YearOpt = None, issuer: IssuerOpt = None, type_: TypeOpt = None,
    since: SinceOpt = None, until: UntilOpt = None,
    format: Annotated[SearchFormat, typer.Option("--format", "-f")] = SearchFormat.table,
) -> None:
    """Which indexed documents cite an instrument (exit status 1 when none)."""
    with Index(db) as idx:
        result = idx.search(query, **_filters(year, issuer, type_, since, until))
    if format is SearchFormat.json:
        print_json(result.to_dict())
    elif format is SearchFormat.csv:
        _search_csv(result)
    else:
        print_search(result)
    if not result.documents:
        raise typer.Exit(1)


def print_search(result: SearchResult) -> None:
    """The search answer for people: one table of citing documents per matched instrument."""
    n = len(result.instruments)
    if not n:
        out.print(f"No indexed document cites [bold]{result.query}[/].")
        return
    if n > 1:
        out.print(f"[bold]{result.query}[/] matches {n} instruments; citing documents are grouped by instrument.")
    for inst in result.instruments:
        docs = [d for d in result.documents if d["instrument_id"] == inst["id"]]
        table = Table(title=_instrument_title(inst), title_justify="left", show_lines=True)
        for col, kw in (("document", {"overflow": "fold", "max_width": 40}), ("date", {}), ("role", {}),
                        ("page", {"justify": "right"}), ("context", {"overflow": "fold", "ratio": 1})):
            table.add_column(col, **kw)
        for d in docs:
            ident = " ".join(p for p in (d["type"], d["symbol"]) if p)
            table.add_row(f"{ident}\n{d['path']}" if ident else d["path"], d["date"] or "", d["relation"],
                          str(d["page"] or ""), _marked(d["snippet"], d["mark"]))
        out.print(table)


def _instrument_title(inst: dict[str, Any]) -> str:
    head = " ".join(str(p) for p in (inst["type"], inst["symbol"] or inst["title"]) if p)
    when = f" ngày {_vn_date(inst['date'])}" if inst["date"] else (f" ({inst['year']})" if inst["year"] else "")
    who = f" của {inst['issuer']}" if inst["issuer"] else ""
    what = f" về {inst['subject']}" if inst["subject"] else ""
    return f"{head}{when}{who}{what} — cited by {inst['citing_documents']} document(s)"


def _vn_date(iso: str) -> str:
    """"2021-11-26" as Vietnamese documents write it: "26/11/2021"."""
    day = dt.date.fromisoformat(iso)
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def _marked(snippet: str, mark: list[int]) -> Text:
    text = Text(snippet)
    text.stylize("bold yellow", mark[0], mark[1])
    return text


def _search_csv(result: SearchResult) -> None:
    writer = csv.writer(sys.stdout)
    writer.writerow(["instrument", "path", "type", "symbol", "date", "issuer", "relation", "page", "snippet"])
    for d in result.documents:
        writer.writerow([neutralise(v) for v in (d["instrument"], d["path"], d["type"], d["symbol"], d["date"],
                                                 d["issuer"], d["relation"], d["page"], d["snippet"])])


def export(
    db: DbOpt = None,
    output: OutputOpt = None,
    format: Annotated[ExportFormat, typer.Option("--format", "-f")] = ExportFormat.csv,
    query: Annotated[str | None, typer.Option("--query", "-q", help="Only the mentions of these instruments")] = None,
    year: YearOpt = None, issuer: IssuerOpt = None, type_: TypeOpt = None,
    since: SinceOpt = None, until: UntilOpt = None,
) -> None:
    """Export the citation table, one row per mention (CSV: UTF-8 with BOM, safe to open in Excel)."""
    filters = _filters(year, issuer, type_, since, until)
    with Index(db) as idx:
        if output is not None:
            n = idx.export(output, format=format.value, query=query, **filters)
            err.print(f"{n:,} rows written to {output}")
            return
        if format is ExportFormat.csv:
            sys.stdout.write("\ufeff")
        idx.export(sys.stdout, format=format.value, query=query, **filters)


def show(
    what: Annotated[str, typer.Argument(metavar="SYMBOL_OR_PATH", help="An instrument's symbol or a document's path")],
    db: DbOpt = None,
    format: Annotated[ViewFormat, typer.Option("--format", "-f")] = ViewFormat.table,
) -> None:
    """An instrument (fields, citing documents, what it cites) or a document (identity and citations)."""
    with Index(db) as idx:
        doc = idx.document(what) if os.path.exists(what) or os.sep in what else None
        instruments = [] if doc else idx.instrument(what)
    if doc is None and not instruments:
        err.print(f"{what}: not in the index")
        raise typer.Exit(1)
    if format is ViewFormat.json:
        print_json(doc or instruments)
    elif doc is not None:
        print_document(doc)
    else:
        for inst in instruments:
            print_instrument(inst)


def print_document(doc: dict[str, Any]) -> None:
    """A document's identity and its citation table."""
    ident = " ".join(p for p in (doc["type"], doc["symbol"]) if p) or "(no number found)"
    out.print(f"[bold]{ident}[/] {doc['date'] or ''} {doc['issuer'] or ''}\n{doc['path']}")
    if doc["error"]:
        out.print(f"[red]not readable: {doc['error']}[/]")
        return
    paged = any(c["page"] for c in doc["citations"])
    table = Table(show_lines=False, expand=True)
    table.add_column("type", min_width=8, ratio=2, overflow="fold")
    table.add_column("symbol / name", min_width=12, ratio=3, overflow="fold")
    table.add_column("date", no_wrap=True, min_width=10)
    table.add_column("role", no_wrap=True, min_width=9)
    if paged:
        table.add_column("page", justify="right")
    table.add_column("issuer", min_width=10, ratio=3, overflow="fold")
    table.add_column("subject", min_width=10, ratio=4, overflow="ellipsis", no_wrap=True)
    for c in doc["citations"]:
        cells = [c["type"] or "", c["symbol"] or c["title"] or c["number"] or "",
                 _vn_date(c["date"]) if c["date"] else "", c["relation"]]
        cells += [str(c["page"] or "")] if paged else []
        table.add_row(*cells, c["issuer"] or "", c["subject"] or "")
    out.print(table)


def print_instrument(inst: dict[str, Any]) -> None:
    """An instrument: its fields, the documents citing it, and its own citations if indexed."""
    fields = Table(show_header=False, title=" ".join(p for p in (inst["type"], inst["symbol"] or inst["title"]) if p))
    for name in ("type", "symbol", "number", "year", "date", "issuer", "issuer_code", "subject", "title"):
        if inst[name] is not None:
            fields.add_row(name, str(inst[name]))
    out.print(fields)
    cited = Table(title=f"cited by {len(inst['cited_by'])} document(s)", title_justify="left")
    for col in ("document", "date", "role", "page", "context"):
        cited.add_column(col, overflow="fold")
    for d in inst["cited_by"]:
        cited.add_row(d["path"], d["date"] or "", d["relation"], str(d["page"] or ""), _marked(d["snippet"], d["mark"]))
    out.print(cited)
    for doc in inst["documents"]:
        out.print("[bold]indexed as a document; it cites:[/]")
        print_document(doc)


def stats(db: DbOpt = None, format: Annotated[ViewFormat, typer.Option("--format", "-f")] = ViewFormat.table) -> None:
    """Most-cited instruments, documents by number of citations, counts by type and issuer."""
    with Index(db) as idx:
        s = idx.stats()
    if format is ViewFormat.json:
        print_json(s)
        return
    out.print(f"{s['documents']:,} documents ({s['failed']:,} unreadable), {s['instruments']:,} instruments, "
              f"{s['mentions']:,} mentions")
    top = Table(title="most-cited instruments", title_justify="left")
    for col in ("instrument", "date", "issuer", "documents", "mentions"):
        top.add_column(col, overflow="fold")
    for i in s["most_cited"]:
        top.add_row(" ".join(p for p in (i["type"], i["symbol"] or i["title"]) if p), i["date"] or str(i["year"] or ""),
                    i["issuer"] or "", str(i["documents"]), str(i["mentions"]))
    out.print(top)
    docs = Table(title="documents by number of citations", title_justify="left")
    docs.add_column("document", overflow="fold")
    docs.add_column("citations", justify="right")
    for d in s["documents_by_citations"]:
        docs.add_row(d["path"], str(d["citations"]))
    out.print(docs)
    for key, title in (("by_type", "instruments by type"), ("by_issuer", "instruments by issuer")):
        t = Table(title=title, title_justify="left")
        t.add_column("name", overflow="fold")
        t.add_column("instruments", justify="right")
        for row in s[key]:
            t.add_row(row["name"], str(row["instruments"]))
        out.print(t)


def graph(
    db: DbOpt = None,
    format: Annotated[GraphFormat, typer.Option("--format", "-f")] = GraphFormat.dot,
    output: OutputOpt = None,
) -> None:
    """The document -> document graph of the index (which indexed documents rely on which)."""
    with Index(db) as idx:
        text = RENDERERS[format.value](idx.graph())
    if output is None:
        sys.stdout.write(text)
    else:
        output.write_text(text, encoding="utf-8")


def demo() -> None:
    """Index the bundled sample report into a temporary database and query it."""
    with tempfile.TemporaryDirectory(prefix="vncite-demo-") as tmp, \
            as_file(files("vncite") / "samples") as samples, Index(f"sqlite:///{tmp}/demo.db") as idx:
        report = idx.index([samples], jobs=1)
        out.print(f"Indexed {report.indexed} sample document(s) from {samples} into a temporary database.\n")
        query = "Chỉ thị 33/CT-TTg"
        out.print(f"[bold]$ vncite search '{query}'[/]  — which reports cite it?")
        print_search(idx.search(query))
        for path in sorted(Path(samples).iterdir()):
            doc = idx.document(path)
            if doc is not None:
                out.print(f"\n[bold]$ vncite show {path.name}[/]  — the citation table of the sample")
                print_document(doc)
