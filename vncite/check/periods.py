"""The stated period of an individual instrument: "năm 2023", "giai đoạn 2021-2025", "đến năm 2030".

Plans, programmes and directives of a year or a period stop being the current plan when it ends;
the end is the last day of the last year stated. A horizon ("tầm nhìn đến năm 2045") is not a period.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import regex

_DATE = regex.compile(r"ngày\s+\d{1,2}\s*(?:tháng\s+\d{1,2}\s+năm\s+\d{4}|[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{4})")
_SYMBOL = regex.compile(r"\d+[\w.]*(?:-[\w.]+)?/[\w.\u0110\u0111/-]+")
_RANGE = regex.compile(
    r"(?P<word>giai\s+đoạn|nhiệm\s+kỳ|thời\s+kỳ|năm)?\s*(?P<a>(?:19|20)\d\d)\s*[-–—]\s*(?P<b>(?:19|20)\d\d)(?!\d)"
)
_YEAR = regex.compile(r"(?P<word>đến\s+năm|năm)\s+(?P<y>(?:19|20)\d\d)(?!\d|\s*[-–—]\s*\d)")


@dataclass(frozen=True, slots=True)
class Period:
    text: str  # as written: "giai đoạn 2021-2025", "năm 2023"
    end: date


def stated_period(subject: str | None) -> Period | None:
    """The period a subject line states (the latest end if several), or None."""
    if not subject:
        return None
    s = _SYMBOL.sub(" ", _DATE.sub(" ", subject))
    best: Period | None = None
    for m in _RANGE.finditer(s):
        a, b = int(m.group("a")), int(m.group("b"))
        if b < a or b - a > 30:
            continue
        best = _later(best, Period(m.group(0).strip(), date(b, 12, 31)))
    for m in _YEAR.finditer(s):
        if regex.search(r"tầm\s+nhìn(?:\s+đến)?\s*$", s[: m.start()], regex.IGNORECASE):
            continue
        best = _later(best, Period(m.group(0).strip(), date(int(m.group("y")), 12, 31)))
    return best


def _later(a: Period | None, b: Period) -> Period:
    return b if a is None or b.end > a.end else a
