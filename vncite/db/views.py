"""`show` and `stats`: one document or instrument in full, and the index summarised."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vncite.db.ingest import compatible
from vncite.db.models import Document, Instrument, Mention
from vncite.db.query import Filters
from vncite.db.search import citing_documents, document_identity, instrument_dict, mention_dict
from vncite.patterns.keys import symbol_key

TOP = 20


def document_view(session: Session, path: str) -> dict[str, Any] | None:
    """A document's identity and every citation in it, with role and page; None if not indexed."""
    d = session.scalar(select(Document).where(Document.path == path))
    if d is None:
        return None
    rows = session.execute(
        select(Mention, Instrument).join(Instrument, Instrument.id == Mention.instrument_id)
        .where(Mention.document_id == d.id).order_by(Mention.start)
    )
    return {
        **document_identity(d), "format": d.format, "pages": d.page_count, "error": d.error,
        "indexed_at": d.indexed_at.isoformat(),
        "citations": [{**instrument_dict(i), **mention_dict(m)} for m, i in rows],
    }


def instrument_views(session: Session, symbol: str) -> list[dict[str, Any]]:
    """Every instrument with this symbol (one per year/issuer): fields, citing documents, and what
    it cites itself when it is an indexed document."""
    out = []
    key = symbol_key(symbol)
    found = session.scalars(select(Instrument).where(Instrument.key == key).order_by(Instrument.year, Instrument.id))
    for inst in found:
        view = instrument_dict(inst)
        view["cited_by"] = citing_documents(session, [inst.id], Filters())
        own = [d for d in session.scalars(select(Document).where(Document.symbol_key == key))
               if compatible(inst.year, inst.date, inst.issuer_key, d.year, d.date, d.issuer_key)]
        view["documents"] = [document_view(session, d.path) for d in own]
        out.append(view)
    return out


def stats(session: Session, top: int = TOP) -> dict[str, Any]:
    """Most-cited instruments, documents by number of citations, instruments by type and issuer."""
    ndocs = func.count(func.distinct(Mention.document_id))
    most_cited = session.execute(
        select(Instrument, ndocs.label("documents"), func.count(Mention.id).label("mentions"))
        .join(Mention, Mention.instrument_id == Instrument.id)
        .group_by(Instrument.id).order_by(ndocs.desc(), Instrument.id).limit(top)
    ).all()
    by_citations = session.execute(
        select(Document).where(Document.error.is_(None))
        .order_by(Document.mention_count.desc(), Document.path).limit(top)
    ).scalars()
    issuer = func.coalesce(Instrument.issuer, Instrument.issuer_code)
    return {
        "documents": session.scalar(select(func.count()).select_from(Document)),
        "failed": session.scalar(select(func.count()).select_from(Document).where(Document.error.is_not(None))),
        "instruments": session.scalar(select(func.count()).select_from(Instrument)),
        "mentions": session.scalar(select(func.count()).select_from(Mention)),
        "most_cited": [{**instrument_dict(i), "documents": n, "mentions": k} for i, n, k in most_cited],
        "documents_by_citations": [{**document_identity(d), "citations": d.mention_count} for d in by_citations],
        "by_type": _counts(session, Instrument.type),
        "by_issuer": _counts(session, issuer, top),
    }


def _counts(session: Session, column: Any, top: int | None = None) -> list[dict[str, Any]]:
    n = func.count()
    stmt = select(column, n).select_from(Instrument).group_by(column).order_by(n.desc(), column)
    rows = session.execute(stmt.limit(top) if top else stmt).all()
    return [{"name": name or "(unknown)", "instruments": k} for name, k in rows]
