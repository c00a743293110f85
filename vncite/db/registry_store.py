"""The registry in the index database: import, export, and keeping learned records in step with the index.

Learned records are cached per indexed document with its content hash: when the index holds a new or
changed document that replaces, repeals or amends something, that document is read again and learned;
records of documents no longer indexed are dropped. Imported records stay until re-imported or removed.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, delete, insert, select
from sqlalchemy.orm import Session

from vncite.db.registry import Registry, StatusRecord, record_from_mapping, shipped_records, symbol_key
from vncite.db.registry_learn import learn_from_text
from vncite.db.registry_models import RegistryEntry

#: the columns of `vncite registry import` / `export` (CSV header or JSON keys)
SCHEMA: tuple[str, ...] = (
    "symbol",
    "issue_date",
    "issuer",
    "status",
    "effective_date",
    "replaced_by",
    "amended_by",
    "source",
    "retrieved_at",
    "type",
    "title",
    "scope",
    "by_date",
    "note",
    "origin",
)
_ACTING = ("thay_the", "bai_bo", "sua_doi", "dinh_chinh", "dinh_chi")


def _row(r: StatusRecord, source_hash: str | None = None) -> dict[str, Any]:
    return {
        "symbol": r.symbol,
        "symbol_key": symbol_key(r.symbol) if r.symbol else None,
        "title": r.title,
        "type": r.type,
        "issue_date": r.issue_date,
        "issuer": r.issuer,
        "status": r.status,
        "scope": r.scope,
        "effective_date": r.effective_date,
        "by_symbol": r.by_symbol,
        "by_date": r.by_date,
        "by_issuer": r.by_issuer,
        "source": r.source,
        "source_hash": source_hash,
        "origin": r.origin,
        "retrieved_at": r.retrieved_at,
        "note": r.note,
        "created_at": dt.datetime.now(dt.UTC),
    }


def _record(e: RegistryEntry) -> StatusRecord:
    return StatusRecord(
        status=e.status,
        symbol=e.symbol,
        title=e.title,
        type=e.type,
        issue_date=e.issue_date,
        issuer=e.issuer,
        scope=e.scope,
        effective_date=e.effective_date,
        by_symbol=e.by_symbol,
        by_date=e.by_date,
        by_issuer=e.by_issuer,
        source=e.source,
        origin=e.origin,
        retrieved_at=e.retrieved_at,
        note=e.note,
    )


def stored_records(engine: Engine) -> list[StatusRecord]:
    with Session(engine) as session:
        return [_record(e) for e in session.scalars(select(RegistryEntry).order_by(RegistryEntry.id))]


def load_registry(engine: Engine | None, *, learn: bool = True, shipped: bool = True) -> Registry:
    """Shipped records, plus imported and learned ones from the index (learning from it first)."""
    registry = Registry(shipped_records() if shipped else ())
    if engine is not None:
        if learn:
            sync_learned(engine)
        registry.extend(stored_records(engine))
    return registry


# ------------------------------------------------------------------------------------- learning


def sync_learned(engine: Engine) -> int:
    """Learn from indexed documents that act on other instruments and changed since last learned."""
    from vncite.db.models import Document, Mention

    with engine.connect() as conn:
        docs = dict(
            conn.execute(
                select(Document.path, Document.content_hash).where(
                    Document.id.in_(select(Mention.document_id).where(Mention.relation.in_(_ACTING)))
                )
            ).all()
        )
        learned = dict(
            conn.execute(
                select(RegistryEntry.source, RegistryEntry.source_hash).where(RegistryEntry.origin == "learned")
            ).all()
        )
    stale = [p for p in learned if p not in docs]
    todo = [(p, h) for p, h in docs.items() if learned.get(p) != h]
    rows: list[dict[str, Any]] = []
    done: list[str] = []
    for path, content_hash in todo:
        records = learn_from_file(path)
        if records is None:
            continue  # unreadable now: keep what was learned before
        done.append(path)
        rows += [_row(r, content_hash) for r in records]
        if not records:  # remember that it was read, so it is not read again until it changes
            rows.append(
                _row(
                    StatusRecord(status="in_force", source=path, origin="learned", note="(no precise target)"),
                    content_hash,
                )
                | {"status": "_none"}
            )
    with engine.begin() as conn:
        for paths in (stale, done):
            if paths:
                conn.execute(
                    delete(RegistryEntry).where(RegistryEntry.origin == "learned", RegistryEntry.source.in_(paths))
                )
        if rows:
            conn.execute(insert(RegistryEntry), rows)
    return len(rows)


def learn_from_file(path: str) -> list[StatusRecord] | None:
    """Read an indexed document again and learn from it; None when it can no longer be read."""
    from vncite.corpus import read_document
    from vncite.extractor import extract

    try:
        text = read_document(Path(path)).text
    except Exception:  # any read error: the index keeps the document's old records
        return None
    return learn_from_text(text, extract(text), source=path)


# ------------------------------------------------------------------------------- import / export


def parse_import(path: Path) -> list[StatusRecord]:
    """Records of a CSV or JSON file in the documented schema; ValueError names the bad row."""
    raw = path.read_bytes().decode("utf-8-sig")
    if path.suffix.lower() == ".json" or raw.lstrip().startswith(("[", "{")):
        data: Any = json.loads(raw)
        if isinstance(data, dict):
            data = data.get("entries") or data.get("records") or []
        rows: Sequence[Any] = data
        where = "entry"
    else:
        rows = list(csv.DictReader(io.StringIO(raw)))
        where = "line"
    out = []
    for n, row in enumerate(rows, start=1 if where == "entry" else 2):
        try:
            out.append(record_from_mapping(row, origin="imported", source=str(path)))
        except (ValueError, TypeError) as e:
            raise ValueError(f"{path}: {where} {n}: {e}") from e
    return out


def import_records(engine: Engine, records: Iterable[StatusRecord]) -> tuple[int, int]:
    """Store imported records, skipping ones already stored identically; (added, skipped)."""
    existing = {_identity(r) for r in stored_records(engine) if r.origin == "imported"}
    new = []
    skipped = 0
    for r in records:
        ident = _identity(r)
        if ident in existing:
            skipped += 1
            continue
        existing.add(ident)
        new.append(_row(r))
    if new:
        with engine.begin() as conn:
            conn.execute(insert(RegistryEntry), new)
    return len(new), skipped


def _identity(r: StatusRecord) -> tuple[Any, ...]:
    return (
        symbol_key(r.symbol) if r.symbol else r.title,
        r.issue_date,
        r.status,
        r.scope,
        r.effective_date,
        r.by_symbol,
        r.source,
    )


def export_rows(records: Iterable[StatusRecord]) -> list[dict[str, Any]]:
    """Records in the import schema (so an export can be imported elsewhere)."""
    out = []
    for r in records:
        if r.status == "_none":
            continue
        d = r.to_dict()
        out.append(
            {
                "symbol": r.symbol,
                "issue_date": d["issue_date"],
                "issuer": r.issuer,
                "status": r.status,
                "effective_date": d["effective_date"],
                "replaced_by": r.by_symbol if r.status == "replaced" else None,
                "amended_by": r.by_symbol if r.status != "replaced" else None,
                "source": r.source,
                "retrieved_at": r.retrieved_at,
                "type": r.type,
                "title": r.title,
                "scope": r.scope,
                "by_date": d["by_date"],
                "note": r.note,
                "origin": r.origin,
            }
        )
    return out


def write_export(rows: list[dict[str, Any]], fmt: str, out: io.TextIOBase | Any) -> None:
    if fmt == "json":
        json.dump(rows, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return
    writer = csv.DictWriter(out, fieldnames=list(SCHEMA), extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: ("" if v is None else v) for k, v in row.items()})
