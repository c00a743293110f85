"""Instrument types: load types.toml and answer "which type is this word / this code"."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Literal

from vncite.patterns import load_toml

Family = Literal["state", "party", "both", "none"]


@dataclass(frozen=True, slots=True)
class InstrumentType:
    name: str
    words: tuple[str, ...]
    codes: tuple[str, ...]
    unstroked: tuple[str, ...]
    family: Family
    examples: tuple[str, ...]
    self_reference: bool
    own_type_from_code: bool


@cache
def instrument_types() -> tuple[InstrumentType, ...]:
    return tuple(
        InstrumentType(
            name=t["name"],
            words=tuple(t.get("words", [])),
            codes=tuple(t.get("codes", [])),
            unstroked=tuple(t.get("unstroked", [])),
            family=t.get("family", "none"),
            examples=tuple(t.get("examples", [])),
            self_reference=bool(t.get("self_reference", False)),
            own_type_from_code=bool(t.get("own_type_from_code", False)),
        )
        for t in load_toml("types.toml")["type"]
    )


@cache
def _code_table() -> dict[str, str]:
    """Upper-cased spelling of every type code (stroked or not) -> canonical code."""
    table: dict[str, str] = {}
    for t in instrument_types():
        for code in t.codes:
            table.setdefault(code.upper(), code)
        for code, fixed in zip(t.unstroked, t.codes, strict=False):
            table.setdefault(code.upper(), fixed)
    return table


def canonical_type_code(code: str) -> str | None:
    """The canonical spelling of a type code ("QD" -> "QĐ", "CTR" -> "CTr"), None if not a type code."""
    return _code_table().get(code.upper())


@cache
def _types_by_code() -> dict[tuple[str, str], str]:
    """(canonical code, family "state"/"party") -> type name; the first type listed wins a clash."""
    table: dict[tuple[str, str], str] = {}
    for t in instrument_types():
        for code in t.codes:
            families = ("state", "party") if t.family == "both" else (t.family,)
            for fam in families:
                table.setdefault((code, fam), t.name)
    return table


def type_for_code(code: str, party: bool) -> str | None:
    """Type named by a canonical type code; Party and state forms differ (TT: Thông tri vs Thông tư)."""
    fam = "party" if party else "state"
    table = _types_by_code()
    return table.get((code, fam)) or table.get((code, "party" if fam == "state" else "state"))


@cache
def _word_table() -> dict[str, str]:
    return {w.lower(): t.name for t in instrument_types() for w in t.words}


def type_for_word(word: str) -> str | None:
    """Canonical type for a type word as written, in any case ("QUYẾT ĐỊNH" -> "Quyết định")."""
    return _word_table().get(" ".join(word.split()).lower())


@cache
def self_referring_types() -> frozenset[str]:
    """Types whose "<type> này" always means the document itself."""
    return frozenset(t.name for t in instrument_types() if t.self_reference)


@cache
def types_named_by_own_code() -> frozenset[str]:
    """Types a document's own symbol decides over its heading (a consolidation: VBHN)."""
    return frozenset(t.name for t in instrument_types() if t.own_type_from_code)


def type_words() -> list[str]:
    """All type words, longest first, so "Nghị quyết liên tịch" wins over "Nghị quyết"."""
    return sorted(_word_table(), key=len, reverse=True)
