"""Writing extraction results into the index: one transaction per batch of files, bulk statements only.

The parent process is the only writer. A batch replaces the rows of the files it carries (documents,
mentions, links), resolves each mention to an instrument row, and removes instruments nobody cites
any more, so an interrupted run leaves whole files indexed or not at all.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, bindparam, delete, exists, insert, select, update

from vncite.db.models import Document, Instrument, Link, Mention
from vncite.db.registry import parse_iso

#: the roles of a citation, strongest first: a link shows the strongest role among its mentions
RELATION_STRENGTH = (
    "thay_the", "bai_bo", "sua_doi", "dinh_chi", "dinh_chinh", "hop_nhat",
    "huong_dan", "can_cu", "thuc_hien", "dan_chieu",
)
_FILLABLE = (
    "symbol", "type", "type_key", "number", "number_key", "issuer", "issuer_key", "issuer_code",
    "subject", "subject_key", "title", "title_key",
)
_CHUNK = 900  # bound parameters per IN list, well under every backend's limit


@dataclass(slots=True)
class Known:
    """What the index holds about a file, enough to tell whether it changed."""

    id: int
    content_hash: str
    size: int
    mtime_ns: int
    error: str | None


def load_known(conn: Connection) -> dict[str, Known]:
    """Every indexed path with its change markers."""
    rows = conn.execute(select(
        Document.path, Document.id, Document.content_hash, Document.size, Document.mtime_ns, Document.error,
    ))
    return {r[0]: Known(*r[1:]) for r in rows}


def chunks(items: Sequence[Any], size: int = _CHUNK) -> Iterator[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def same_issuer(a: str | None, b: str | None) -> bool:
    """Issuer keys agree when unknown on one side, or when one is the other made more precise."""
    return a is None or b is None or a.startswith(b) or b.startswith(a)


def compatible(year_a: int | None, date_a: dt.date | None, issuer_a: str | None,
               year_b: int | None, date_b: dt.date | None, issuer_b: str | None) -> bool:
    """Two descriptions of a symbol can be one instrument: no year, date or issuer contradicts."""
    return (
        (year_a is None or year_b is None or year_a == year_b)
        and (date_a is None or date_b is None or date_a == date_b)
        and same_issuer(issuer_a, issuer_b)
    )


@dataclass(slots=True, eq=False)
class _Row:
    """An instrument row as the batch sees it: loaded from the database or about to be inserted."""

    key: str
    year: int | None
    date: dt.date | None
    fields: dict[str, Any]
    id: int | None = None
    dirty: bool = False
    mentions: list[dict[str, Any]] = field(default_factory=list)


def write_batch(conn: Connection, results: list[dict[str, Any]], known: dict[str, Known]) -> None:
    """Store one batch of worker results (see vncite.db.worker.process) in the open transaction."""
    now = dt.datetime.now(dt.UTC)
    touched = [r for r in results if r["status"] == "unchanged" and r["path"] in known]
    if touched:
        conn.execute(
            update(Document).where(Document.id == bindparam("b_id"))
            .values(size=bindparam("b_size"), mtime_ns=bindparam("b_mtime")),
            [{"b_id": known[r["path"]].id, "b_size": r["size"], "b_mtime": r["mtime_ns"]} for r in touched],
        )
    stored = [r for r in results if r["status"] in ("indexed", "failed")]
    if not stored:
        return
    old_ids = [known[r["path"]].id for r in stored if r["path"] in known]
    orphans = remove_documents(conn, old_ids)
    doc_rows = [_document_row(r, now) for r in stored]
    doc_ids = list(conn.scalars(
        insert(Document).returning(Document.id, sort_by_parameter_order=True), doc_rows,
    ))
    mentions = [(doc_id, m) for doc_id, r in zip(doc_ids, stored, strict=True) for m in r.get("mentions") or ()]
    changed = _resolve_instruments(conn, [m for _, m in mentions])
    if mentions:
        conn.execute(insert(Mention), [_mention_row(doc_id, m) for doc_id, m in mentions])
    collect_orphans(conn, orphans)
    _relink(conn, doc_ids, changed)


def remove_documents(conn: Connection, doc_ids: Sequence[int]) -> list[int]:
    """Delete documents (their mentions and links go with them); returns the instruments they cited."""
    cited: set[int] = set()
    for part in chunks(doc_ids):
        cited.update(conn.scalars(select(Mention.instrument_id).where(Mention.document_id.in_(part)).distinct()))
        conn.execute(delete(Mention).where(Mention.document_id.in_(part)))
        conn.execute(delete(Link).where(Link.source_id.in_(part) | Link.target_id.in_(part)))
        conn.execute(delete(Document).where(Document.id.in_(part)))
    return sorted(cited)


def collect_orphans(conn: Connection, instrument_ids: Sequence[int]) -> None:
    """Delete the instruments among `instrument_ids` that no mention refers to any more."""
    for part in chunks(instrument_ids):
        conn.execute(delete(Instrument).where(
            Instrument.id.in_(part), ~exists().where(Mention.instrument_id == Instrument.id),
        ))


def _document_row(r: dict[str, Any], now: dt.datetime) -> dict[str, Any]:
    own = r.get("self") or {}
    return {
        "path": r["path"], "content_hash": r.get("hash") or "", "size": r.get("size") or 0,
        "mtime_ns": r.get("mtime_ns") or 0, "format": r.get("format"), "page_count": r.get("page_count"),
        "type": own.get("type"), "symbol": own.get("symbol"), "symbol_key": own.get("symbol_key"),
        "year": own.get("year"), "date": parse_iso(own.get("date")), "issuer": own.get("issuer"),
        "issuer_key": own.get("issuer_key"), "issuer_code": own.get("issuer_code"),
        "mention_count": len(r.get("mentions") or ()), "indexed_at": now, "error": r.get("error"),
    }


def _mention_row(doc_id: int, m: dict[str, Any]) -> dict[str, Any]:
    return {
        "document_id": doc_id, "instrument_id": m["instrument_id"], "kind": m["kind"],
        "relation": m["relation"], "start": m["start"], "end": m["end"], "page": m["page"],
        "text": m["text"], "context": m["context"], "mark_start": m["mark_start"], "mark_end": m["mark_end"],
    }


def _resolve_instruments(conn: Connection, mentions: list[dict[str, Any]]) -> list[int]:
    """Set m["instrument_id"] on every mention, inserting or completing instrument rows.

    Dated mentions are placed first so that undated ones of the same batch can attach to them.
    Returns the ids of instrument rows created or changed (their links must be recomputed).
    """
    groups: dict[tuple[Any, ...], list[dict[str, Any]]] = {}
    for m in mentions:
        m["date"] = parse_iso(m["date"]) if isinstance(m["date"], str) else m["date"]
        groups.setdefault((m["key"], m["year"], m["date"], m["issuer_key"]), []).append(m)
    rows = _load_rows(conn, sorted({m["key"] for m in mentions}))
    for ident in sorted(groups, key=lambda g: (g[1] is None and g[2] is None)):
        group = groups[ident]
        row = _place(rows.setdefault(ident[0], []), group[0])
        row.mentions.extend(group)
    new = [r for rs in rows.values() for r in rs if r.id is None]
    dirty = [r for rs in rows.values() for r in rs if r.dirty and r.id is not None]
    if new:
        ids = conn.scalars(
            insert(Instrument).returning(Instrument.id, sort_by_parameter_order=True),
            [{"key": r.key, "year": r.year, "date": r.date, **r.fields} for r in new],
        )
        for r, new_id in zip(new, ids, strict=True):
            r.id = new_id
    if dirty:
        conn.execute(
            update(Instrument).where(Instrument.id == bindparam("b_id")).values(
                year=bindparam("b_year"), date=bindparam("b_date"),
                **{f: bindparam(f"b_{f}") for f in _FILLABLE},
            ),
            [{"b_id": r.id, "b_year": r.year, "b_date": r.date, **{f"b_{f}": r.fields[f] for f in _FILLABLE}}
             for r in dirty],
        )
    for rs in rows.values():
        for r in rs:
            for m in r.mentions:
                m["instrument_id"] = r.id
    return [r.id for r in new + dirty if r.id is not None]


def _load_rows(conn: Connection, keys: list[str]) -> dict[str, list[_Row]]:
    cols = [Instrument.id, Instrument.key, Instrument.year, Instrument.date] + [
        getattr(Instrument, f) for f in _FILLABLE
    ]
    rows: dict[str, list[_Row]] = {}
    for part in chunks(keys):
        for rec in conn.execute(select(*cols).where(Instrument.key.in_(part)).order_by(Instrument.id)):
            rows.setdefault(rec.key, []).append(
                _Row(key=rec.key, year=rec.year, date=rec.date, id=rec.id,
                     fields={f: getattr(rec, f) for f in _FILLABLE}),
            )
    return rows


def _place(candidates: list[_Row], m: dict[str, Any]) -> _Row:
    """The instrument row for a mention: same symbol, nothing contradicting; else a new row.

    A mention without year or date joins the only row of its symbol if there is just one; when
    there are several it goes to the symbol's year-less row, so it is never silently misdated.
    """
    fits = [r for r in candidates
            if compatible(r.year, r.date, r.fields["issuer_key"], m["year"], m["date"], m["issuer_key"])]
    row: _Row | None = None
    if m["year"] is not None or m["date"] is not None:
        dated = [r for r in fits if r.year is not None]
        exact = [r for r in dated if m["date"] is not None and r.date == m["date"]]
        row = (exact or dated)[0] if exact or dated else None
        if row is None and len(candidates) == 1 and fits:
            row = fits[0]  # the symbol's only row, so far undated: this mention dates it
    else:
        undated = [r for r in fits if r.year is None and r.date is None]
        row = undated[0] if undated else (fits[0] if len(fits) == 1 else None)
    if row is None:
        row = _Row(key=m["key"], year=None, date=None, fields={f: None for f in _FILLABLE})
        candidates.append(row)
    _complete(row, m)
    return row


def _complete(row: _Row, m: dict[str, Any]) -> None:
    """Fill what the row does not know yet from the mention."""
    if row.year is None and m["year"] is not None:
        row.year, row.dirty = m["year"], True
    if row.date is None and m["date"] is not None and row.year == m["year"]:
        row.date, row.dirty = m["date"], True
    for f in _FILLABLE:
        if row.fields[f] is None and m.get(f) is not None:
            row.fields[f], row.dirty = m[f], True


def _relink(conn: Connection, doc_ids: list[int], changed: list[int]) -> None:
    """Recompute the links touching new documents or instruments whose identity changed."""
    for part in chunks(changed):
        conn.execute(delete(Link).where(Link.instrument_id.in_(part)))
    base = (
        select(Mention.document_id, Document.id, Mention.instrument_id, Mention.relation,
               Instrument.year, Instrument.date, Instrument.issuer_key,
               Document.year, Document.date, Document.issuer_key)
        .join(Instrument, Instrument.id == Mention.instrument_id)
        .join(Document, Document.symbol_key == Instrument.key)
        .where(Document.id != Mention.document_id)
    )
    best: dict[tuple[int, int, int], str] = {}
    for clause in _in_clauses(doc_ids, changed):
        for src, tgt, inst, rel, *ident in conn.execute(base.where(clause)):
            if compatible(*ident):
                prev = best.get((src, tgt, inst))
                best[(src, tgt, inst)] = rel if prev is None else min(prev, rel, key=_strength)
    if best:
        conn.execute(insert(Link), [
            {"source_id": s, "target_id": t, "instrument_id": i, "relation": rel}
            for (s, t, i), rel in best.items()
        ])


def _in_clauses(doc_ids: list[int], changed: list[int]) -> Iterable[Any]:
    for part in chunks(doc_ids):
        yield Mention.document_id.in_(part)
        yield Document.id.in_(part)
    for part in chunks(changed):
        yield Mention.instrument_id.in_(part)


def _strength(relation: str) -> int:
    return RELATION_STRENGTH.index(relation) if relation in RELATION_STRENGTH else len(RELATION_STRENGTH)
