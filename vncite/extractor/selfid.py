"""The document's own identity from its header: "Số: 186/QĐ-UBND", the place-and-date line, the
type heading, the issuer block. Its own number is never reported as a citation."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import regex

from vncite.extractor.dates import DATE, iso_date
from vncite.extractor.issuer_phrase import read_issuer
from vncite.patterns.issuers import name_patterns
from vncite.patterns.phrases import phrases, words_alternation
from vncite.patterns.types import type_for_word, type_words

# "Số: 980/KH-UBND" at the start of a line, or a web page's "**Số hiệu:**\n|\n980/KH-UBND"
_NUMBER_LABEL = regex.compile(r"(?:^|\n)[\s*|#_>]*(?:Số|SỐ)(?:\s*(?:hiệu|HIỆU|ký\s+hiệu))?[\s*_|]*[:.]?[\s*_|]*\Z")
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


@cache
def _place_words() -> tuple[str, ...]:
    return tuple(w for w in phrases()["place_words"] if "." not in w)


def is_place(cased: str) -> bool:
    return cased.split(" ", 1)[0] in {w.split()[0] for w in _place_words()}


def proper_case(upper: str) -> str:
    """An upper-case header line in the case of running text, through the known names."""
    lowered = upper.lower()
    for form, issuer in name_patterns():
        if lowered.startswith(form.lower()) and (len(lowered) == len(form) or lowered[len(form)] == " "):
            return (issuer.name + _place_case(upper[len(form):])).strip()
    return _place_case(upper).strip()


def _place_case(rest: str) -> str:
    """ "TỈNH TÂY NINH" -> "tỉnh Tây Ninh": place words in lower case, names capitalised."""
    words = rest.split()
    out = []
    i = 0
    while i < len(words):
        pair = " ".join(words[i : i + 2]).lower()
        if pair in _place_words():
            out.append(pair)
            i += 2
            continue
        low = words[i].lower()
        out.append(low if low in _place_words() and not out else words[i].capitalize())
        i += 1
    return " " + " ".join(out) if out else ""


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
    heading = _type_heading().search(text, 0, head_end)
    label = _type_label().search(text, 0, head_end)
    tw = heading.group("tw") if heading else label.group("tw") if label else None
    date = None
    if number_end is not None:
        m = _PLACE_DATE.search(text, number_end, min(len(text), number_end + 600))
        date = iso_date(m) if m else None
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


# The national motto on the right of a header; the issuing body's block is on its left (or above it
# once a table is flattened into lines).
_MOTTO = re.compile(r"CỘNG\s+HÒA\s+XÃ\s+HỘI|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM")
_MARKUP = " \t*#_|-–=>"


def read_issuer_block(text: str, limit: int) -> str | None:
    """ "ỦY BAN NHÂN DÂN / TỈNH TÂY NINH" above the motto -> "Ủy ban nhân dân tỉnh Tây Ninh"."""
    motto = _MOTTO.search(text, 0, limit)
    if not motto:
        return None
    lines: list[str] = []
    for raw in reversed(text[max(0, motto.start() - 300) : motto.start()].split("\n")):
        line = " ".join(raw.strip(_MARKUP).split())
        if not line:
            if lines:
                break
            continue
        if line != line.upper() or not any(ch.isalpha() for ch in line) or len(lines) == 3:
            break
        lines.insert(0, line)
    if not lines:
        return None
    cased = [proper_case(line) for line in lines]
    if len(cased) > 1 and not is_place(cased[-1]):
        place = next((c[c.index(w):] for c in cased[:-1] for w in _place_words() if f" {w} " in f" {c} "), "")
        return f"{cased[-1]} {place}".strip()  # "SỞ NỘI VỤ" under "UBND TỈNH X" is the Sở of province X
    return " ".join(cased)
