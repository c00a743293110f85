"""What every rule sees: the draft's text and citations, its own identity, the as-of date, the registry."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING

from vncite.check.text import LineIndex, parse_iso
from vncite.extractor.model import Citation

if TYPE_CHECKING:
    from vncite.db.registry import Registry

#: relations by which the draft itself acts on an instrument (it replaces, repeals, amends it):
#: such an instrument is cited on purpose, so currency findings about it would be noise.
ACTING_RELATIONS = frozenset({"thay_the", "bai_bo", "sua_doi", "dinh_chinh", "dinh_chi", "hop_nhat"})


@dataclass
class CheckContext:
    text: str
    citations: list[Citation]
    as_of: date
    registry: Registry | None = None
    path: str | None = None
    lines: LineIndex = field(init=False)

    def __post_init__(self) -> None:
        self.lines = LineIndex(self.text)

    @cached_property
    def own(self) -> Citation | None:
        """The draft's own identity (kind "self"), if the extractor found its header."""
        return next((c for c in self.citations if c.kind == "self"), None)

    @cached_property
    def own_date(self) -> date | None:
        return parse_iso(self.own.date) if self.own else None

    @cached_property
    def instruments(self) -> dict[str, list[int]]:
        """Mentions grouped by instrument (Citation.key), in document order; "self" left out."""
        groups: dict[str, list[int]] = {}
        for i, c in enumerate(self.citations):
            if c.kind == "self" or c.key is None:
                continue
            groups.setdefault(c.key, []).append(i)
        return groups

    def first_mentions(self) -> Iterator[tuple[int, Citation]]:
        """The first written-out mention (not a back reference) of every instrument."""
        for indexes in self.instruments.values():
            written = [i for i in indexes if self.citations[i].kind != "short"] or indexes
            yield written[0], self.citations[written[0]]

    def acted_on(self, key: str) -> bool:
        """Whether the draft itself replaces/repeals/amends this instrument."""
        return any(self.citations[i].relation in ACTING_RELATIONS for i in self.instruments.get(key, ()))

    def line_of(self, index: int) -> int:
        return self.lines.position(self.citations[index].start)[0]
