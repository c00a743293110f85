"""Dates of issue as Vietnamese documents write them (DESIGN.md §2.4)."""

from __future__ import annotations

import datetime as dt

import regex

# A year is four digits, not the start of "20205" (a typo) — unless a table cell lost its border and
# the next cell's number follows: "14/11/200310/GP-UBND".
_YEAR_ENDS = r"(?:(?!\d)|(?=\d{1,6}\s?/))"
# "20/3/2023", "03-6-2013", "16.6.2025", "05 tháng 3 năm 2020"; line breaks, emphasis marks and a
# stray slash fall between the words of a date in real text ("ngày 21 / tháng* *6 năm 2021")
DATE = (
    r"(?P<d>\d{1,2})\s?(?P<sep>[/.\-])\s?(?P<m>\d{1,2})\s?(?P=sep)\s?(?P<y>\d{4})" + _YEAR_ENDS
    + r"|(?P<d2>\d{1,2})[\s*_/]+tháng[\s*_]+(?P<m2>\d{1,2})[\s*_]+n[ăáa]m[\s*_]+(?P<y2>\d{4})"  # "nám": a typo
    + _YEAR_ENDS
)


def raw_date(match: regex.Match[str]) -> str:
    """The date as written, D/M/YYYY whatever its form: the checks report invalid dates in it."""
    d = match.group("d") or match.group("d2")
    m = match.group("m") or match.group("m2")
    y = match.group("y") or match.group("y2")
    return f"{d}/{m}/{y}"


def iso_date(match: regex.Match[str]) -> str | None:
    """ISO form of a DATE match, None when the calendar has no such day (31/02/2023)."""
    d = match.group("d") or match.group("d2")
    m = match.group("m") or match.group("m2")
    y = match.group("y") or match.group("y2")
    try:
        return dt.date(int(y), int(m), int(d)).isoformat()
    except ValueError:
        return None
