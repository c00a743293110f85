"""Small text helpers the rules share: line/column of an offset, dates, how to name an instrument."""

from __future__ import annotations

import bisect
import unicodedata
from datetime import date

import regex

from vncite.db.registry import parse_iso
from vncite.extractor.model import Citation
from vncite.extractor.normalize import normalize
from vncite.patterns.phrases import expand_abbreviations


class LineIndex:
    """Maps character offsets to 1-based (line, column), columns counted in characters."""

    def __init__(self, text: str) -> None:
        self._starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self._starts, offset) - 1
        return line + 1, offset - self._starts[line] + 1


_NUMERIC_DATE = regex.compile(r"(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4,8})")  # "20205": mistyped
_WORDED_DATE = regex.compile(r"(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", regex.IGNORECASE)


def raw_date_parts(raw: str) -> tuple[int, int, int] | None:
    """(day, month, year) of a date as printed ("31/02/2023", "05 tháng 3 năm 2020"), unchecked."""
    raw = unicodedata.normalize("NFC", raw)
    m = _NUMERIC_DATE.search(raw) or _WORDED_DATE.search(raw)
    if not m:
        return None
    return int(m.group(1)), int(m.group(2)), int(m.group(3))


def is_real_date(day: int, month: int, year: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def vn_date(value: date | str | None) -> str:
    """A date the way Vietnamese documents print it: 05/3/2020."""
    d = parse_iso(value) if isinstance(value, str) else value
    if d is None:
        return str(value or "")
    return f"{d.day:02d}/{d.month}/{d.year}"


def reference(c: Citation) -> str:
    """How a finding names the instrument: "Chỉ thị số 33/CT-TTg", "Luật Lao động"."""
    kind = c.type or "Văn bản"
    if c.symbol:
        return f"{kind} số {c.symbol}"
    if c.title:
        return f"{kind} {c.title}"
    if c.number:
        return f"{kind} {c.number}"
    return c.text.strip() or kind


def full_form(c: Citation) -> str:
    """The first-citation form NĐ 30/2020 asks for, from the merged fields of an instrument."""
    parts = [reference(c)]
    if c.date:
        parts.append(f"ngày {vn_date(c.date)}")
    if c.issuer:
        parts.append(f"của {c.issuer}")
    if c.subject:
        parts.append(f"về {c.subject}" if not c.subject.lower().startswith("về") else c.subject)
    return " ".join(parts)


def fold(s: str) -> str:
    """Lower-case text with tone placement, look-alikes of Đ and abbreviations unified (the extractor's
    normalisation), punctuation as spaces: the form texts are compared in."""
    s = " ".join(expand_abbreviations(normalize(s).text.split())).lower()
    return " ".join(_PUNCTUATION.sub(" ", s).split())


_PUNCTUATION = regex.compile(r"[“”\"'()\[\],.;:]")


_STATE_FORM = regex.compile(r"^[^/\s]+/(?:(?:19|20)\d\d/)?(?P<type>\p{L}[^\-/\s]*)-(?P<issuer>.+)$")
_PARTY_FORM = regex.compile(r"^\d+\w*-(?:(?:19|20)\d\d/)?(?P<type>\p{L}[^/\s\-]*)/(?P<issuer>.+)$")


def symbol_parts(symbol: str | None) -> tuple[str | None, str | None, str | None]:
    """(form, type code, issuer code) of a normalised symbol; form is "state" (765/KH-UBND) or
    "party" (25-NQ/TW); codes None when the symbol has no type code (công văn, laws)."""
    if not symbol:
        return None, None, None
    s = symbol.strip()
    m = _PARTY_FORM.match(s)
    if m:
        return "party", m.group("type"), m.group("issuer")
    m = _STATE_FORM.match(s)
    if m:
        return "state", m.group("type"), m.group("issuer")
    return None, None, None


def type_name_of_code(code: str | None) -> str | None:
    """The canonical type a type code stands for ("NĐ" -> "Nghị định"), None if not a type code."""
    from vncite.patterns.types import canonical_type_code, type_for_code

    canon = canonical_type_code(code) if code else None
    return type_for_code(canon, party=False) if canon else None
