"""The document's own identity from its header: "Số: 186/QĐ-UBND", the place-and-date line, the
type heading, the issuer block. Its own number is never reported as a citation."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

import regex

from vncite.extractor.dates import DATE, iso_date
from vncite.extractor.header_block import read_issuer_block
from vncite.extractor.issuer_phrase import read_issuer
from vncite.patterns.phrases import words_alternation
from vncite.patterns.types import type_for_word, type_words

# "Số: 980/KH-UBND" at the start of a line, or a web page's "**Số hiệu:**\n|\n980/KH-UBND"
_NUMBER_LABEL = regex.compile(r"(?:^|\n)[\s*|#_>]*(?:Số|SỐ)(?:\s*(?:hiệu|HIỆU|ký\s+hiệu))?[\s*_|]*[:.]?[\s*_|]*\Z")
# "Tây Ninh, ngày 05 tháng 3 năm 2024" (emphasis marks may fall inside it), or a web page's
# "Ngày ban hành: 21/11/2025"; never a date inside a citation ("Căn cứ Luật … ngày …").
_MARK = r"[\s*_]"
_PLACE_DATE = regex.compile(
    rf",{_MARK}*ngày{_MARK}*(?P<d>\d{{1,2}}){_MARK}*(?:tháng{_MARK}*(?P<m>\d{{1,2}}){_MARK}*năm|[/.\-]"
    rf"{_MARK}*(?P<m2>\d{{1,2}}){_MARK}*[/.\-]){_MARK}*(?P<y>\d{{4}})"
)
_ISSUED_LABEL = regex.compile(rf"Ngày\s+ban\s+hành:?[\s*|:]*(?:{DATE})")
_HEADER_CHARS = 6000


@cache
def _type_heading() -> re.Pattern[str]:
    words = words_alternation(w.upper() for w in type_words())
    return re.compile(rf"^[ \t*#_|]*(?P<tw>{words})[ \t*_|]*$", re.MULTILINE)  # `re`: 3x faster for this scan


@cache
def _type_label() -> regex.Pattern[str]:
    words = words_alternation(type_words(), ignore_case=True)
    return regex.compile(rf"Loại\s+văn\s+bản:?[\s*|:]*(?P<tw>{words})", regex.IGNORECASE)


def _place_date(m: regex.Match[str]) -> str | None:
    try:
        return dt.date(int(m.group("y")), int(m.group("m") or m.group("m2")), int(m.group("d"))).isoformat()
    except ValueError:
        return None


def is_number_label(text: str, start: int) -> bool:
    """Whether the symbol at `start` follows a header's "Số:" label."""
    return bool(_NUMBER_LABEL.search(text, max(0, start - 30), start))


@dataclass(slots=True)
class Header:
    type: str | None
    date: str | None
    type_span: tuple[int, int] | None
    issuer: str | None = None


def read_header(text: str, number_end: int | None) -> Header:
    """Type heading and date of issue near the top (after the number when there is one)."""
    head_end = min(len(text), max(_HEADER_CHARS, (number_end or 0) + 3000))
    # the type heading sits next to the number (a web page's own notices further down have headings too)
    lo, hi = (max(0, number_end - 1500), number_end + 1500) if number_end is not None else (0, 3000)
    heading = _type_heading().search(text, lo, min(len(text), hi))
    label = _type_label().search(text, 0, head_end)
    tw = heading.group("tw") if heading else label.group("tw") if label else None
    date = None
    if number_end is not None:
        m = _PLACE_DATE.search(text, max(0, number_end - 300), min(len(text), number_end + 600))
        date = _place_date(m) if m else None
    if date is None and (label := _ISSUED_LABEL.search(text, 0, head_end)):
        date = iso_date(label)
    span = (heading.start("tw"), heading.end("tw")) if heading else None
    issuer = read_issuer_block(text, head_end) or read_closing_author(text)
    return Header(type_for_word(tw) if tw else None, date, span, issuer)


# "Trên đây là báo cáo kết quả ... của Sở Thông tin và Truyền thông tỉnh Tây Ninh./." closes a report
# that names its author; a document without a header block is identified by it.
_CLOSING = re.compile(r"Trên\s+đây\s+là\s+[^\n]{0,300}?\s+của\s+(?=\S)")


def read_closing_author(text: str) -> str | None:
    closings = list(_CLOSING.finditer(text, max(0, len(text) - 4000)))
    if not closings:
        return None
    closing = closings[-1]
    found = read_issuer(text, closing.end(), require_head=True)
    return found[0] if found else None
