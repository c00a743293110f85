"""Adapter over vncite.patterns.issuers (the 2025 reorganisation data): who succeeded an issuer.

Kept apart so the rules depend on one small function; the data and its sources live in
vncite/patterns (derived from shared/data/reorg-2025), never here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from vncite.patterns.issuers import succession


@dataclass(frozen=True, slots=True)
class Successor:
    issuer: str  # the body that no longer exists, as the finding names it
    successor: str
    effective: date | None
    basis: str
    source: str
    unconfirmed: bool
    note: str = ""


def successor_of(name: str | None, code: str | None, as_of: date, issued: date | None = None) -> Successor | None:
    """The successor of the issuer named `name` (else coded `code`) if it no longer exists on `as_of`;
    `issued` (the cited document's date) says which body the name meant then."""
    for query in (name, code):
        if not query:
            continue
        info = succession(query, as_of, issued)
        if info is None:
            continue
        if info.effective and (info.effective > as_of or (issued and issued >= info.effective)):
            continue
        note = info.effective_note or info.note
        # "UBND tỉnh Tây Ninh" before and after 01/7/2025 are different bodies with one name
        same_name = info.successor.casefold() == info.issuer.casefold()
        return Successor(
            issuer=info.issuer,
            successor=f"{info.successor} (sau sắp xếp)" if same_name else info.successor,
            effective=info.effective,
            basis=info.basis,
            source=info.source,
            unconfirmed=info.unconfirmed,
            note=note,
        )
    return None
