"""`vncite status`: everything the registry and the reorganisation data say about one instrument."""

from __future__ import annotations

from datetime import date
from typing import Any

from vncite.check.succession import successor_of
from vncite.check.text import parse_iso
from vncite.db.registry import Registry, symbol_year
from vncite.extractor.model import Citation

STATE_VI = {
    "replaced": "đã bị thay thế",
    "repealed": "đã bị bãi bỏ",
    "expired": "đã hết hiệu lực",
    "suspended": "bị đình chỉ / ngưng hiệu lực",
    "amended": "đã được sửa đổi, bổ sung",
    "corrected": "đã được đính chính",
    "in_force": "còn hiệu lực (theo nguồn ghi dưới đây)",
    "not_yet_in_force": "chưa có hiệu lực",
    "unknown": "chưa rõ (không có căn cứ)",
}


def _as_citation(query: str) -> Citation:
    """Read the query as a citation ("Chỉ thị 33/CT-TTg ngày 26/11/2021"), else as a bare symbol."""
    from vncite.extractor import extract

    found = [c for c in extract(query) if c.kind in ("full", "named")]
    if found:
        return found[0]
    s = query.strip()
    return Citation.bare("full", s, symbol=s, year=symbol_year(s))


def describe_status(query: str, registry: Registry, as_of: date) -> dict[str, Any]:
    c = _as_citation(query)
    verdict = registry.verdict(c, as_of)
    records = verdict.records + verdict.future
    state = verdict.status or "unknown"
    out: dict[str, Any] = {
        "query": query,
        "instrument": " ".join(x for x in (c.type, c.symbol or c.title) if x),
        "symbol": c.symbol,
        "date": c.date,
        "as_of": as_of.isoformat(),
        "state": state,
        "state_vi": STATE_VI.get(state, state),
        "records": [dict(r.to_dict(), applies=r in verdict.records) for r in records],
    }
    succ = successor_of(c.issuer, c.issuer_code, as_of, parse_iso(c.date))
    if succ:
        out["issuer"] = f"{succ.issuer} → {succ.successor} (từ {succ.effective or '2025'}; {succ.basis})"
    return out
