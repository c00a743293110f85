"""The document's own identity from its header: "Số: 186/QĐ-UBND", the place-and-date line, the
type heading, the issuer block. Its own number is never reported as a citation."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import re

import regex

from vncite.extractor.dates import DATE, iso_date
from vncite.patterns.phrases import words_alternation
from vncite.patterns.types import type_for_word, type_words

# "Số: 980/KH-UBND" at the start of a line, or a web page's "**Số hiệu:**\n|\n980/KH-UBND"
_NUMBER_LABEL = regex.compile(r"(?:^|\n)[\s*|#_>]*(?:Số|SỐ)(?:\s*(?:hiệu|HIỆU|ký\s+hiệu))?[\s*_|]*[:.][\s*_|]*\Z")
_PLACE_DATE = regex.compile(rf"(?:ngày|Ngày)\s*(?:{DATE})")
_HEADER_CHARS = 6000


@cache
def _type_heading() -> re.Pattern[str]:
    words = words_alternation(w.upper() for w in type_words())
    return re.compile(rf"^[ \t*#_|]*(?P<tw>{words})[ \t*_|]*$", re.MULTILINE)  # `re`: 3x faster for this scan


@cache
def _type_label() -> regex.Pattern[str]:
    words = words_alternation(type_words())
    return regex.compile(rf"Loại\s+văn\s+bản:?[\s*|:]*(?P<tw>{words})", regex.IGNORECASE)


def is_number_label(text: str, start: int) -> bool:
    """Whether the symbol at `start` follows a header's "Số:" label."""
    return bool(_NUMBER_LABEL.search(text, max(0, start - 30), start))


@dataclass(slots=True)
class Header:
    type: str | None
    date: str | None
    type_span: tuple[int, int] | None


def read_header(text: str, number_end: int | None) -> Header:
    """Type heading and date of issue near the top (after the number when there is one)."""
    head_end = min(len(text), max(_HEADER_CHARS, (number_end or 0) + 3000))
    heading = _type_heading().search(text, 0, head_end)
    label = _type_label().search(text, 0, head_end)
    tw = heading.group("tw") if heading else label.group("tw") if label else None
    date = None
    if number_end is not None:
        m = _PLACE_DATE.search(text, number_end, min(len(text), number_end + 600))
        date = iso_date(m) if m else None
    span = (heading.start("tw"), heading.end("tw")) if heading else None
    return Header(type_for_word(tw) if tw else None, date, span)
