"""Reading a search query the way users type it, and the filters shared by search and export.

"Chỉ thị 33/CT-TTg", "33/ct-ttg", "CT 33", "chi thi 33", "NQ 25-NQ/TW", "Nghị định 04/2015",
"04/2015/ND-CP", "Luật Tổ chức chính quyền địa phương": a type word or code, then a symbol, a
number (with a year), or a name. The type words and codes come from vncite/patterns/types.toml.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_

from vncite.db.models import Document, Instrument
from vncite.patterns.keys import fold, issuer_key, number_key, symbol_key

_SYMBOL = re.compile(r"^(?:so\s*)?(\w[\w.]*(?:\s*[/-]\s*[\w.&]+)+)$")
_NUMBER = re.compile(r"^(?:so\s*)?(\d+[a-z]?)(?:\s*/\s*(\d{4}))?(?:\s+(?:nam\s+)?(\d{4}))?$")
_TRAILING_YEAR = re.compile(r"(?:^|\s+)(?:nam\s+)?(\d{4})$")


@dataclass(frozen=True, slots=True)
class ParsedQuery:
    """What a query asks for; empty fields do not constrain."""

    text: str
    types: tuple[str, ...] = ()
    symbol_key: str | None = None
    number_key: str | None = None
    year: int | None = None
    words: str | None = None  # folded name or subject words ("to chuc chinh quyen dia phuong")


@dataclass(frozen=True, slots=True)
class Filters:
    """Narrow the instruments (year, issuer, type) and the citing documents (date of issue)."""

    year: int | None = None
    issuer: str | None = None
    type: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None

    @classmethod
    def of(cls, **kwargs: Any) -> Filters:
        """Build from keyword arguments, accepting ISO strings for the dates."""
        for name in ("since", "until"):
            if isinstance(kwargs.get(name), str):
                kwargs[name] = dt.date.fromisoformat(kwargs[name])
        return cls(**kwargs)


@cache
def _type_table() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Folded type word or code -> canonical type names, longest spelling first."""
    from vncite.patterns.types import instrument_types

    table: dict[str, list[str]] = {}
    for t in instrument_types():
        for spelling in (*t.words, *t.codes, *t.unstroked):
            names = table.setdefault(fold(spelling), [])
            if t.name not in names:
                names.append(t.name)
    return tuple(sorted(((k, tuple(v)) for k, v in table.items()), key=lambda kv: -len(kv[0])))


def types_named(text: str) -> tuple[str, ...]:
    """Canonical types a type word or code means ("CT" -> Chỉ thị, "TT" -> Thông tư and Thông tri)."""
    folded = fold(text)
    return next((names for spelling, names in _type_table() if spelling == folded), ())


def parse_query(query: str) -> ParsedQuery:
    """Split a query into type, symbol, number and year, or name words."""
    rest = fold(query).strip(" .,;:\"'“”")
    types: tuple[str, ...] = ()
    for spelling, names in _type_table():
        if rest == spelling or rest.startswith(spelling + " "):
            types, rest = names, rest[len(spelling):].strip()
            break
    year = None
    if (m := _TRAILING_YEAR.search(rest)) and (m.start() > 0 or types) and not _NUMBER.match(rest):
        year, rest = int(m.group(1)), rest[:m.start()].strip()
    if m := _SYMBOL.match(rest):
        candidate = m.group(1)
        tail = candidate.split("/", 1)[-1] if "/" in candidate else candidate.split("-", 1)[-1]
        if re.search(r"[a-z]", tail):
            return ParsedQuery(query, (), symbol_key(candidate), year=year)
    if m := _NUMBER.match(rest):
        number_year = m.group(2) or m.group(3)
        return ParsedQuery(query, types, number_key=number_key(m.group(1)),
                           year=int(number_year) if number_year else year)
    return ParsedQuery(query, types, year=year, words=rest or None)


def instrument_clause(parsed: ParsedQuery | None, filters: Filters) -> ColumnElement[bool]:
    """SQL condition on instruments for a parsed query and the instrument filters."""
    parts: list[ColumnElement[bool]] = []
    if parsed is not None:
        if parsed.symbol_key:
            parts.append(Instrument.key == parsed.symbol_key)
        if parsed.types:
            parts.append(Instrument.type_key.in_([fold(t) for t in parsed.types]))
        if parsed.number_key:
            parts.append(Instrument.number_key == parsed.number_key)
        if parsed.year:
            parts.append(Instrument.year == parsed.year)
        if parsed.words:
            parts.append(or_(
                Instrument.title_key.contains(parsed.words, autoescape=True),
                Instrument.subject_key.contains(parsed.words, autoescape=True),
            ))
    if filters.year:
        parts.append(Instrument.year == filters.year)
    if filters.type:
        parts.append(Instrument.type_key.in_([fold(t) for t in types_named(filters.type) or (filters.type,)]))
    if filters.issuer:
        key = issuer_key(filters.issuer) or ""
        parts.append(or_(
            Instrument.issuer_key.contains(key, autoescape=True),
            func.lower(Instrument.issuer_code) == filters.issuer.strip().lower(),
        ))
    return and_(*parts) if parts else and_(Instrument.id.is_not(None))


def document_clause(filters: Filters) -> ColumnElement[bool]:
    """SQL condition on the citing documents: issued within [since, until]."""
    parts: list[ColumnElement[bool]] = []
    if filters.since:
        parts.append(Document.date >= filters.since)
    if filters.until:
        parts.append(Document.date <= filters.until)
    return and_(*parts) if parts else and_(Document.id.is_not(None))
