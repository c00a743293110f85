"""The citation table: one row per mention, to CSV that Excel opens correctly, or to JSON lines."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from typing import IO, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from vncite.db.models import Document, Instrument, Mention
from vncite.db.query import Filters, ParsedQuery, document_clause, instrument_clause

COLUMNS: tuple[str, ...] = (
    "path", "document_type", "document_symbol", "document_date", "document_issuer",
    "type", "symbol", "number", "year", "issuer", "issuer_code", "date", "subject", "title",
    "kind", "relation", "page", "start", "end", "text", "snippet",
)
#: a cell starting with one of these is read as a formula by spreadsheet programs
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def export_rows(session: Session, parsed: ParsedQuery | None, filters: Filters) -> Iterator[dict[str, Any]]:
    """Every mention matching the query and filters, ordered by document and position; streamed."""
    stmt = (
        select(Mention, Document, Instrument)
        .join(Document, Document.id == Mention.document_id)
        .join(Instrument, Instrument.id == Mention.instrument_id)
        .where(instrument_clause(parsed, filters), document_clause(filters))
        .order_by(Document.path, Mention.start)
        .execution_options(yield_per=2000)
    )
    for m, d, i in session.execute(stmt):
        yield {
            "path": d.path, "document_type": d.type, "document_symbol": d.symbol,
            "document_date": d.date.isoformat() if d.date else None, "document_issuer": d.issuer,
            "type": i.type, "symbol": i.symbol, "number": i.number, "year": i.year, "issuer": i.issuer,
            "issuer_code": i.issuer_code, "date": i.date.isoformat() if i.date else None,
            "subject": i.subject, "title": i.title, "kind": m.kind, "relation": m.relation, "page": m.page,
            "start": m.start, "end": m.end, "text": m.text, "snippet": m.context,
        }


def neutralise(value: Any) -> str:
    """A cell value that no spreadsheet evaluates: formula-looking text gets a leading apostrophe."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def write_csv(rows: Iterator[dict[str, Any]], out: IO[str]) -> int:
    """Write rows as CSV with a header; `out` should be opened with encoding="utf-8-sig", newline=""."""
    writer = csv.writer(out, quoting=csv.QUOTE_MINIMAL)
    writer.writerow(COLUMNS)
    n = 0
    for row in rows:
        writer.writerow([neutralise(row[c]) for c in COLUMNS])
        n += 1
    return n


def write_jsonl(rows: Iterator[dict[str, Any]], out: IO[str]) -> int:
    """Write rows as JSON lines (values as stored: JSON is not evaluated by spreadsheets)."""
    n = 0
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        n += 1
    return n
