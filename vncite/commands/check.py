"""`vncite check`, `vncite status`, `vncite registry import|export`: currency and correctness of citations."""

from __future__ import annotations

import json
import os
import sys
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer
from rich.console import Console
from rich.table import Table

from vncite.commands.common import print_json
from vncite.db.registry import Registry

DbOpt = Annotated[
    str | None,
    typer.Option(
        "--db",
        help="Index to learn from and registry to use (SQLAlchemy URL or SQLite file) "
        "[default: $VNCITE_DB, else ./vncite.db if it exists]",
    ),
]
AsOfOpt = Annotated[
    str | None,
    typer.Option("--as-of", help="Judge validity as of this date (YYYY-MM-DD or DD/MM/YYYY) [default: today]"),
]


class CheckFormat(StrEnum):
    table = "table"
    json = "json"
    sarif = "sarif"


class DataFormat(StrEnum):
    csv = "csv"
    json = "json"


def parse_day(value: str | None, option: str = "--as-of") -> date:
    """A date option; a bad value is a usage error (exit status 2)."""
    text = (value or "").strip()
    if not text:
        return date.today()
    from vncite.db.registry import parse_date

    try:
        return parse_date(text)
    except ValueError:
        raise typer.BadParameter(f"not a date: {value!r} (use YYYY-MM-DD or DD/MM/YYYY)", param_hint=option) from None


def _fail(message: str) -> NoReturn:
    """A usage error or an unreadable input: the message on stderr, exit status 2."""
    typer.echo(f"vncite: {message}", err=True)
    raise typer.Exit(2) from None


def _engine(db: str | None, *, create: bool) -> Any:
    """The index engine when one is named or ./vncite.db exists; None otherwise (shipped registry only)."""
    url = db or os.environ.get("VNCITE_DB")
    if url is None:
        if not Path("vncite.db").exists() and not create:
            return None
        url = "vncite.db"
    from vncite.db.engine import make_engine

    try:
        return make_engine(url)
    except Exception as e:  # unreachable server, bad URL, not a database: the user must fix --db
        _fail(f"cannot open the database {url}: {e}")


def _registry(db: str | None) -> Registry:
    from vncite.db.registry_store import load_registry

    engine = _engine(db, create=False)
    try:
        return load_registry(engine)
    finally:
        if engine is not None:
            engine.dispose()


def check(
    file: Annotated[Path, typer.Argument(help="The draft to check (txt, docx, pdf, html, doc)")],
    db: DbOpt = None,
    as_of: AsOfOpt = None,
    format: Annotated[CheckFormat, typer.Option("--format", "-f", help="Output format")] = CheckFormat.table,
) -> None:
    """Check a draft before submission: are the cited instruments current, are they cited correctly?

    Exit status: 0 no errors, 1 errors found, 2 bad usage (or unreadable file).
    """
    from vncite.check import check_file
    from vncite.check.formats import print_table, report_to_json, report_to_sarif

    day = parse_day(as_of)
    if not file.exists():
        _fail(f"{file}: no such file")
    registry = _registry(db)
    try:
        report = check_file(file, as_of=day, registry=registry)
    except Exception as e:  # ReadError and friends: name the file and the reason
        _fail(f"{file}: {e}")
    if format is CheckFormat.table:
        print_table(report, Console())
    else:
        data = report_to_json(report) if format is CheckFormat.json else report_to_sarif(report)
        print_json(data)
    raise typer.Exit(report.exit_code)


def status(
    symbol: Annotated[str, typer.Argument(help='Instrument: "110/2004/NĐ-CP", "Chỉ thị 33/CT-TTg ngày 26/11/2021"')],
    db: DbOpt = None,
    as_of: AsOfOpt = None,
    format: Annotated[DataFormat, typer.Option("--format", "-f", help="table (csv) or json")] = DataFormat.csv,
) -> None:
    """Everything known about one instrument's validity, and why (with sources and dates)."""
    from vncite.check.status import describe_status

    day = parse_day(as_of)
    info = describe_status(symbol, _registry(db), day)
    if format is DataFormat.json:
        print_json(info)
        return
    _print_status(info)


def _print_status(info: dict[str, Any]) -> None:
    console = Console()
    console.print(
        f"[bold]{info['instrument']}[/bold] — tình trạng ngày {info['as_of']}: "
        f"[bold]{info['state_vi']}[/bold] ({info['state']})"
    )
    if not info["records"]:
        console.print(
            "Không có bản ghi nào trong sổ hiệu lực. vncite không khẳng định văn bản còn hiệu lực "
            "khi không có căn cứ. (No record: status unknown.)"
        )
    table = Table(show_lines=True, expand=True)
    for col in ("Tình trạng", "Từ ngày", "Theo", "Nguồn (evidence)", "Áp dụng"):
        table.add_column(col)
    for r in info["records"]:
        table.add_row(
            f"{r['status']} ({r['scope']})",
            r["effective_date"] or "?",
            r["by_symbol"] or "",
            f"{r['origin']}: {r['source']}" + (f"\n{r['note']}" if r["note"] else ""),
            "có" if r["applies"] else "chưa (sau ngày xét)",
        )
    if info["records"]:
        console.print(table)
    if info.get("issuer"):
        console.print(f"Cơ quan ban hành: {info['issuer']}")


registry_app = typer.Typer(help="The validity registry: import statuses (CSV/JSON), export them.", no_args_is_help=True)


@registry_app.command("import")
def registry_import(
    file: Annotated[
        Path,
        typer.Argument(
            help="CSV or JSON with columns symbol, issue_date, issuer, status, "
            "effective_date, replaced_by/amended_by, source, retrieved_at"
        ),
    ],
    db: DbOpt = None,
) -> None:
    """Load validity statuses (e.g. taken from vbpl.vn or an office's own records) into the registry."""
    from vncite.db.registry_store import import_records, parse_import

    if not file.exists():
        _fail(f"{file}: no such file")
    try:
        records = parse_import(file)
    except (ValueError, UnicodeDecodeError, json.JSONDecodeError) as e:
        _fail(str(e))
    engine = _engine(db, create=True)
    try:
        added, skipped = import_records(engine, records)
    finally:
        engine.dispose()
    typer.echo(f"{added} bản ghi đã nạp, {skipped} đã có (imported {added}, already present {skipped})")


@registry_app.command("export")
def registry_export(
    db: DbOpt = None,
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Write here instead of stdout")] = None,
    format: Annotated[DataFormat, typer.Option("--format", "-f")] = DataFormat.csv,
    shipped: Annotated[bool, typer.Option("--shipped/--no-shipped", help="Include the curated records")] = False,
) -> None:
    """Export the registry (imported and learned records; --shipped adds the curated ones) in the import schema."""
    from vncite.db.registry_store import export_rows, load_registry, write_export

    engine = _engine(db, create=False)
    try:
        registry = load_registry(engine, shipped=shipped)
    finally:
        if engine is not None:
            engine.dispose()
    rows = export_rows(registry.records)
    if output:
        with output.open("w", encoding="utf-8-sig" if format is DataFormat.csv else "utf-8", newline="") as out:
            write_export(rows, format.value, out)
        typer.echo(f"{len(rows)} bản ghi -> {output}", err=True)
    else:
        write_export(rows, format.value, sys.stdout)
