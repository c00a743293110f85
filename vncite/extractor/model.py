"""The records the extractor returns: one `Citation` per mention, as in DESIGN.md §4."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Kind = Literal["full", "short", "named", "self"]

#: The fields of the output contract, in the order `to_dict()` writes them.
CONTRACT_FIELDS: tuple[str, ...] = (
    "kind", "type", "symbol", "number", "year", "issuer", "issuer_code", "date",
    "subject", "title", "relation", "start", "end", "text",
)


@dataclass(slots=True)
class Stated:
    """What this one mention itself says, before fields are merged across mentions.

    The checks (date-conflict, incomplete-first-citation, malformed-symbol ...) need to know what
    the author actually wrote at each place, which the merged contract fields hide.
    """

    written_symbol: str | None = None  # the symbol exactly as printed ("33 / CT-TTG")
    type_word: str | None = None       # canonical type from the type word, if one was written
    code_type: str | None = None       # canonical type implied by the symbol's type code
    date: str | None = None            # ISO date written at this mention
    raw_date: str | None = None        # the date as printed ("31/02/2023" may be invalid)
    issuer: str | None = None          # issuer name written at this mention ("của ...")
    subject: str | None = None
    own_numbering: bool = False        # a company's or an unknown body's own number ("01-10/2025/CV-TKV"), which
    # follows no state or Party rule of form


@dataclass(slots=True)
class Citation:
    """One mention of a cited instrument (or of the document itself, kind "self")."""

    kind: Kind
    type: str | None
    symbol: str | None
    number: str | None
    year: int | None
    issuer: str | None
    issuer_code: str | None
    date: str | None
    subject: str | None
    title: str | None
    relation: str
    start: int
    end: int
    text: str
    stated: Stated = field(default_factory=Stated, repr=False, compare=False)
    #: index (in the returned list) of the full citation a "short" mention resolved to
    antecedent: int | None = field(default=None, repr=False, compare=False)

    @classmethod
    def bare(cls, kind: Kind, text: str, start: int = 0, **known: Any) -> Citation:
        """A mention made outside the extractor (a check's dangling reference, a symbol typed as a
        query): the fields given, the others empty."""
        fields: dict[str, Any] = dict.fromkeys(CONTRACT_FIELDS)
        fields.update(kind=kind, relation="dan_chieu", start=start, end=start + len(text), text=text, **known)
        return cls(**fields)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of the output contract (without "file")."""
        return {name: getattr(self, name) for name in CONTRACT_FIELDS}

    @property
    def key(self) -> str | None:
        """Identity of the instrument within one document (symbol, or type+title for named)."""
        if self.symbol:
            return self.symbol
        if self.title or self.number:
            return f"{self.type}|{self.title or self.number}"
        return None
