"""Building drafts from Citation records directly, for unit tests of single rules (no extractor)."""

from __future__ import annotations

from typing import Any

from vncite.db.registry import symbol_year
from vncite.extractor.model import Citation, Stated


def mention(text: str, **fields: Any) -> dict[str, Any]:
    """One mention: its text and the Citation fields it should carry (stated.* via `stated`)."""
    return {"text": text, **fields}


def build(*mentions: dict[str, Any], sep: str = "; ") -> tuple[str, list[Citation]]:
    """Lay the mentions out as one text and return (text, citations) with matching offsets."""
    parts: list[str] = []
    citations: list[Citation] = []
    pos = 0
    for m in mentions:
        m = dict(m)
        text = m.pop("text")
        stated = Stated(**m.pop("stated", {}))
        symbol = m.pop("symbol", None)
        fields: dict[str, Any] = {
            "kind": "full",
            "type": None,
            "symbol": symbol,
            "number": None,
            "year": symbol_year(symbol),
            "issuer": None,
            "issuer_code": None,
            "date": None,
            "subject": None,
            "title": None,
            "relation": "dan_chieu",
        }
        fields.update(m)
        antecedent = fields.pop("antecedent", None)
        if stated.written_symbol is None and symbol and fields["kind"] == "full":
            stated.written_symbol = symbol
        citations.append(
            Citation(**fields, start=pos, end=pos + len(text), text=text, stated=stated, antecedent=antecedent)
        )
        parts.append(text)
        pos += len(text) + len(sep)
    return sep.join(parts), citations
