"""The validity registry: what is known about whether an instrument is still in force, and why.

Records come from three places, each kept with its evidence: relations learned from indexed
documents ("Quyết định này thay thế Quyết định số ..."), imports of an office's own records or of
vbpl.vn statuses (`vncite registry import`), and a small curated file shipped with vncite
(vncite/patterns/registry.toml). The registry only ever reports what a record says as of a date;
the absence of records means "unknown", never "in force".
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import date
from functools import cache
from typing import Any

import regex

from vncite.extractor.model import Citation
from vncite.patterns import load_toml
from vncite.patterns.keys import symbol_key

#: strongest first: when several records apply, the first status in this order is reported.
STATUS_ORDER: tuple[str, ...] = (
    "replaced",
    "repealed",
    "expired",
    "suspended",
    "amended",
    "corrected",
    "not_yet_in_force",
    "in_force",
)

#: statuses of vbpl.vn / the national database (DESIGN.md §2.5) and common English or short
#: spellings, mapped to (status, scope). "Không còn phù hợp" is treated as expired.
STATUS_WORDS: dict[str, tuple[str, str]] = {
    "còn hiệu lực": ("in_force", "whole"),
    "hết hiệu lực toàn bộ": ("expired", "whole"),
    "hết hiệu lực": ("expired", "whole"),
    "hết hiệu lực một phần": ("expired", "part"),
    "chưa có hiệu lực": ("not_yet_in_force", "whole"),
    "ngưng hiệu lực": ("suspended", "whole"),
    "ngưng hiệu lực một phần": ("suspended", "part"),
    "đình chỉ": ("suspended", "whole"),
    "không còn phù hợp": ("expired", "whole"),
    "bị thay thế": ("replaced", "whole"),
    "bị thay thế một phần": ("replaced", "part"),
    "bị bãi bỏ": ("repealed", "whole"),
    "bị bãi bỏ một phần": ("repealed", "part"),
    "được sửa đổi": ("amended", "part"),
    "được sửa đổi, bổ sung": ("amended", "part"),
    "được đính chính": ("corrected", "part"),
    "in force": ("in_force", "whole"),
}


@dataclass(frozen=True, slots=True)
class StatusRecord:
    """One statement about one instrument's validity, with where it comes from."""

    status: str
    symbol: str | None = None
    title: str | None = None  # for laws cited by name ("Tổ chức chính quyền địa phương")
    type: str | None = None
    issue_date: date | None = None
    issuer: str | None = None
    scope: str = "whole"  # whole | part
    effective_date: date | None = None
    by_symbol: str | None = None  # replaced_by / amended_by / repealed_by
    by_date: date | None = None
    by_issuer: str | None = None
    source: str = ""  # indexed document path, URL, or file the record was imported from
    origin: str = "imported"  # learned | imported | shipped
    retrieved_at: str | None = None
    note: str = ""

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        for k in ("issue_date", "effective_date", "by_date"):
            d[k] = d[k].isoformat() if d[k] else None
        return d

    @property
    def year(self) -> int | None:
        return symbol_year(self.symbol) or (self.issue_date.year if self.issue_date else None)

    def applies(self, as_of: date) -> bool:
        """Whether the record's status holds on `as_of` (no effective date: from issue of the source)."""
        start = self.effective_date or self.by_date
        return start is None or start <= as_of


_SYMBOL_YEAR = regex.compile(r"^[0-9]+[a-zA-Z]?[/-]((?:19|20)\d\d)[/-]")


def symbol_year(symbol: str | None) -> int | None:
    """The year inside a symbol ("04/2015/NĐ-CP" -> 2015, "19-2018/NQ-CP" -> 2018), else None."""
    if not symbol:
        return None
    m = _SYMBOL_YEAR.match(symbol.strip())
    if m:
        return int(m.group(1))
    m = regex.match(r"^[0-9]+/((?:19|20)\d\d)/QH\d+$", symbol.strip())
    return int(m.group(1)) if m else None


def title_key(type_: str | None, title: str) -> str:
    from vncite.check.text import fold

    return f"{fold(type_ or '')}|{fold(title)}"


def _issuers_agree(a: str | None, b: str | None) -> bool:
    from vncite.check.text import fold

    if not a or not b:
        return True
    fa, fb = fold(a), fold(b)
    return fa in fb or fb in fa


def same_instrument(record: StatusRecord, c: Citation) -> bool:
    """Whether a record is about the cited instrument: same symbol (or law title), and no conflict
    in date, year or issuer — numbers restart every year, so 25-NQ/TW of 2003 is not that of 2013."""
    if record.symbol and c.symbol:
        if symbol_key(record.symbol) != symbol_key(c.symbol):
            return False
    elif record.title and (c.title or c.kind == "named"):
        if title_key(record.type, record.title) != title_key(c.type, c.title or ""):
            return False
        if not (c.date or c.year):
            return False  # "Luật Tổ chức chính quyền địa phương" alone: the 2015 or the 2025 law?
    else:
        return False
    c_date = parse_iso(c.date)
    if record.issue_date and c_date and record.issue_date != c_date:
        return False
    c_year = c.year or symbol_year(c.symbol) or (c_date.year if c_date else None)
    if record.year and c_year and record.year != c_year:
        return False
    return _issuers_agree(record.issuer, c.issuer)


def parse_iso(value: str | None) -> date | None:
    """An ISO date string as a date; None when absent or not a real date."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def parse_date(value: str) -> date:
    """A date as people type it: DD/MM/YYYY (also with "." or "-") or ISO; ValueError if it is not one."""
    m = regex.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", value)
    if m:
        return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    return date.fromisoformat(value)


@dataclass
class Verdict:
    """What the registry says about one instrument as of a date."""

    status: str | None  # strongest applicable status, None = unknown
    records: list[StatusRecord] = field(default_factory=list)  # applicable, strongest first
    future: list[StatusRecord] = field(default_factory=list)  # known changes after the as-of date


class Registry:
    """An in-memory set of status records with lookup by instrument identity."""

    def __init__(self, records: Iterable[StatusRecord] = ()) -> None:
        self.records: list[StatusRecord] = []
        self._by_symbol: dict[str | None, list[StatusRecord]] = {}
        self._by_title: dict[str, list[StatusRecord]] = {}
        self.extend(records)

    def extend(self, records: Iterable[StatusRecord]) -> None:
        for r in records:
            self.records.append(r)
            if r.symbol:
                self._by_symbol.setdefault(symbol_key(r.symbol), []).append(r)
            if r.title:
                self._by_title.setdefault(title_key(r.type, r.title), []).append(r)

    def __len__(self) -> int:
        return len(self.records)

    def about(self, c: Citation) -> list[StatusRecord]:
        """Every record about the cited instrument, whatever its date."""
        candidates: list[StatusRecord] = []
        if c.symbol:
            candidates += self._by_symbol.get(symbol_key(c.symbol), [])
        if c.title:
            candidates += self._by_title.get(title_key(c.type, c.title), [])
        return [r for r in candidates if same_instrument(r, c)]

    def find_symbol(self, symbol: str) -> list[StatusRecord]:
        return list(self._by_symbol.get(symbol_key(symbol), []))

    def verdict(self, c: Citation, as_of: date) -> Verdict:
        records = self.about(c)
        now = sorted((r for r in records if r.applies(as_of)), key=_rank)
        later = sorted((r for r in records if not r.applies(as_of)), key=lambda r: r.effective_date or date.min)
        return Verdict(status=now[0].status if now else None, records=now, future=later)


def _rank(r: StatusRecord) -> tuple[int, int]:
    return STATUS_ORDER.index(r.status) if r.status in STATUS_ORDER else 99, 0 if r.scope == "whole" else 1


def parse_status(value: str, scope: str | None = None) -> tuple[str, str]:
    """(status, scope) from a status word in English or as vbpl.vn writes it."""
    v = unicodedata.normalize("NFC", value).strip().lower().replace("_", " ").replace("-", " ")
    v = v.replace("uỷ", "ủy")
    if v.replace(" ", "_") in STATUS_ORDER:
        return v.replace(" ", "_"), (scope or "whole")
    if v in STATUS_WORDS:
        status, default_scope = STATUS_WORDS[v]
        return status, (scope or default_scope)
    raise ValueError(f"unknown status {value!r}: use one of {', '.join(STATUS_ORDER)} or a vbpl.vn status")


@cache
def shipped_records() -> tuple[StatusRecord, ...]:
    """The curated records of vncite/patterns/registry.toml (each with its source)."""
    out = []
    for raw in load_toml("registry.toml").get("entry", []):
        out.append(record_from_mapping(raw, origin="shipped"))
    return tuple(out)


def record_from_mapping(raw: dict[str, Any], *, origin: str = "imported", source: str = "") -> StatusRecord:
    """A record from a row of the documented import schema (CSV header or JSON keys).

    Schema: symbol, issue_date, issuer, status, effective_date, replaced_by / amended_by,
    source, retrieved_at; optional: type, title, scope, note, by_date.
    """

    def text(key: str) -> str | None:
        v = raw.get(key)
        if v is None:
            return None
        v = str(v).strip()
        return v or None

    def day(key: str) -> date | None:
        v = raw.get(key)
        if isinstance(v, date):
            return v
        s = text(key)
        return parse_date(s) if s else None

    status_word = text("status")
    if not status_word:
        raise ValueError("missing status")
    status, scope = parse_status(status_word, text("scope"))
    by = text("replaced_by") or text("amended_by") or text("repealed_by") or text("by")
    if status == "expired" and text("replaced_by"):
        status = "replaced"
    if not (text("symbol") or text("title")):
        raise ValueError("a record needs a symbol (or, for a law cited by name, a title)")
    return StatusRecord(
        status=status,
        symbol=text("symbol"),
        title=text("title"),
        type=text("type"),
        issue_date=day("issue_date"),
        issuer=text("issuer"),
        scope=scope,
        effective_date=day("effective_date"),
        by_symbol=by,
        by_date=day("by_date"),
        source=text("source") or source,
        origin=origin,
        retrieved_at=text("retrieved_at"),
        note=text("note") or "",
    )
