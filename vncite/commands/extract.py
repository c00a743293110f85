"""`vncite extract FILE...`: print the citations of files as jsonl (the output contract), json or a table."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from vncite.commands.common import print_json
from vncite.corpus import ReadError, read_document
from vncite.extractor import extract as extract_text
from vncite.extractor.model import Citation


class OutputFormat(StrEnum):
    jsonl = "jsonl"
    json = "json"
    table = "table"


def extract(
    files: Annotated[list[Path], typer.Argument(help="Files to read (txt, md, docx, pdf, html, doc).")],
    output_format: Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format.")] = OutputFormat.jsonl,
) -> None:
    """Find every cited instrument in FILES."""
    err = Console(stderr=True)
    out = Console(soft_wrap=True)
    failed = 0
    collected: list[dict] = []
    for path in files:
        try:
            citations = extract_text(read_document(path).text)
        except (ReadError, OSError) as exc:
            err.print(f"[red]error[/red]: {exc}" if isinstance(exc, ReadError) else f"[red]error[/red]: {path}: {exc}")
            failed += 1
            continue
        if output_format is OutputFormat.jsonl:
            for c in citations:
                sys.stdout.write(json.dumps({"file": str(path), **c.to_dict()}, ensure_ascii=False) + "\n")
        elif output_format is OutputFormat.json:
            collected.append({"file": str(path), "citations": [c.to_dict() for c in citations]})
        else:
            out.print(_table(str(path), citations))
    if output_format is OutputFormat.json:
        print_json(collected)
    sys.stdout.flush()
    if failed:
        raise typer.Exit(1)


def _table(title: str, citations: list[Citation]) -> Table:
    table = Table(title=title, show_lines=False, expand=True)
    table.add_column("kind", no_wrap=True)
    table.add_column("type", min_width=8, ratio=2, overflow="fold")
    table.add_column("symbol / title", min_width=12, ratio=3, overflow="fold")
    table.add_column("date", no_wrap=True, min_width=10)
    table.add_column("issuer", min_width=10, ratio=3, overflow="fold")
    table.add_column("relation", no_wrap=True)
    table.add_column("subject", min_width=10, ratio=4, overflow="ellipsis", no_wrap=True)
    for c in citations:
        table.add_row(c.kind, c.type or "", c.symbol or c.title or c.number or "", c.date or "", c.issuer or "",
                      c.relation, (c.subject or "")[:120])
    return table
