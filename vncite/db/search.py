"""Which documents cite an instrument: the answer grouped by instrument when a query matches several."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vncite.db.ingest import RELATION_STRENGTH, chunks
from vncite.db.models import Document, Instrument, Mention
from vncite.db.query import Filters, ParsedQuery, document_clause, instrument_clause, parse_query

#: at most this many instruments are reported for one query (a bare number can match hundreds)
MAX_INSTRUMENTS = 50


@dataclass
class SearchResult:
    """The instruments a query matched and, for each, the documents citing it."""

    query: str
    parsed: ParsedQuery
    instruments: list[dict[str, Any]] = field(default_factory=list)
    documents: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"query": self.query, "instruments": self.instruments, "documents": self.documents}


def instrument_dict(i: Any) -> dict[str, Any]:
    """The public fields of an instrument row."""
    return {
        "id": i.id, "type": i.type, "symbol": i.symbol, "number": i.number, "year": i.year,
        "date": i.date.isoformat() if i.date else None, "issuer": i.issuer, "issuer_code": i.issuer_code,
        "subject": i.subject, "title": i.title,
    }


def document_identity(d: Any) -> dict[str, Any]:
    """The public identity of a document row."""
    return {
        "path": d.path, "type": d.type, "symbol": d.symbol,
        "date": d.date.isoformat() if d.date else None, "issuer": d.issuer,
    }


def search(session: Session, query: str, filters: Filters) -> SearchResult:
    """Documents citing the instruments `query` names, narrowed by `filters`."""
    parsed = parse_query(query)
    result = SearchResult(query, parsed)
    if not (parsed.symbol_key or parsed.types or parsed.number_key or parsed.words):
        return result
    candidates = {i.id: i for i in session.scalars(
        select(Instrument).where(instrument_clause(parsed, filters)).order_by(Instrument.id).limit(4 * MAX_INSTRUMENTS)
    )}
    counts: dict[int, int] = dict(session.execute(
        select(Mention.instrument_id, func.count(func.distinct(Mention.document_id)))
        .join(Document, Document.id == Mention.document_id)
        .where(Mention.instrument_id.in_(list(candidates)), document_clause(filters))
        .group_by(Mention.instrument_id)
    ).all()) if candidates else {}
    ranked = sorted(counts, key=lambda iid: (-counts[iid], -(candidates[iid].year or 0), iid))[:MAX_INSTRUMENTS]
    result.instruments = [{**instrument_dict(candidates[iid]), "citing_documents": counts[iid]} for iid in ranked]
    result.documents = citing_documents(session, ranked, filters)
    return result


def citing_documents(session: Session, instrument_ids: list[int], filters: Filters) -> list[dict[str, Any]]:
    """One entry per (instrument, citing document), with every mention's role, page and snippet."""
    symbols = dict(session.execute(
        select(Instrument.id, func.coalesce(Instrument.symbol, Instrument.title))
        .where(Instrument.id.in_(instrument_ids))
    ).all()) if instrument_ids else {}
    hits: dict[tuple[int, int], dict[str, Any]] = {}
    for part in chunks(instrument_ids):
        rows = session.execute(
            select(Mention, Document).join(Document, Document.id == Mention.document_id)
            .where(Mention.instrument_id.in_(part), document_clause(filters))
            .order_by(Document.date.desc(), Document.path, Mention.start)
        )
        for m, d in rows:
            hit = hits.get((m.instrument_id, d.id))
            if hit is None:
                hit = hits[(m.instrument_id, d.id)] = {
                    **document_identity(d), "instrument_id": m.instrument_id,
                    "instrument": symbols.get(m.instrument_id), "relation": m.relation,
                    "page": m.page, "snippet": m.context, "mark": [m.mark_start, m.mark_end], "mentions": [],
                }
            elif _stronger(m.relation, hit["relation"]):
                hit["relation"] = m.relation
            hit["mentions"].append(mention_dict(m))
    order = {iid: n for n, iid in enumerate(instrument_ids)}
    return sorted(hits.values(), key=lambda h: order[h["instrument_id"]])


def mention_dict(m: Any) -> dict[str, Any]:
    """Where and how one mention cites its instrument."""
    return {
        "kind": m.kind, "relation": m.relation, "page": m.page, "start": m.start, "end": m.end,
        "text": m.text, "snippet": m.context, "mark": [m.mark_start, m.mark_end],
    }


def _stronger(a: str, b: str) -> bool:
    rank = {r: n for n, r in enumerate(RELATION_STRENGTH)}
    return rank.get(a, len(rank)) < rank.get(b, len(rank))
