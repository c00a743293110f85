"""Relation phrases: load relations.toml; the extractor compiles them into one matcher."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from vncite.patterns import load_toml


@dataclass(frozen=True, slots=True)
class Relation:
    code: str
    before: tuple[str, ...]
    after: tuple[str, ...]
    examples: tuple[str, ...]


DEFAULT_RELATION = "dan_chieu"


@cache
def relations() -> tuple[Relation, ...]:
    return tuple(
        Relation(
            code=r["code"],
            before=tuple(r.get("before", [])),
            after=tuple(r.get("after", [])),
            examples=tuple(r.get("examples", [])),
        )
        for r in load_toml("relations.toml")["relation"]
    )
