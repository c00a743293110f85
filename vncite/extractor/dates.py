"""Dates of issue as Vietnamese documents write them (DESIGN.md §2.4)."""

from __future__ import annotations

import datetime as dt

import regex

# "20/3/2023", "03-6-2013", "16.6.2025", "05 tháng 3 năm 2020"; line breaks, emphasis marks and a
# stray slash fall between the words of a date in real text ("ngày 21 / tháng* *6 năm 2021")
DATE = (
    r"(?P<d>\d{1,2})\s?(?P<sep>[/.\-])\s?(?P<m>\d{1,2})\s?(?P=sep)\s?(?P<y>\d{4})(?!\d)"  # not "9/6/20205"
    r"|(?P<d2>\d{1,2})[\s*_/]+tháng[\s*_]+(?P<m2>\d{1,2})[\s*_]+n[ăáa]m[\s*_]+(?P<y2>\d{4})(?!\d)"  # "nám": a typo
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
