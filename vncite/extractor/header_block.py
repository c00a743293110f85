"""The issuing body's block of a document header ("ỦY BAN NHÂN DÂN / TỈNH TÂY NINH", "BỘ TÀI CHÍNH /
CỤC HẢI QUAN"), read into the case of running text. The lowest body in the block signs."""

from __future__ import annotations

import re
from functools import cache

import regex

from vncite.patterns.issuers import name_patterns
from vncite.patterns.phrases import expand_abbreviations, phrases

# The national motto on the right of a header; the body's block is on its left (or above it once
# a table is flattened into lines).
_MOTTO = re.compile(r"CỘNG\s+HÒA\s+XÃ\s+HỘI|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM")
_MOTTO_WORD = "CỘNG"  # in both mottos, at most a few characters from the start
_MARKUP = " \t*#_|-–=>"
# Heads of a subordinate body in a header block (Sở, Cục, Ban, Văn phòng ...); "Ban Chấp hành" is a parent.
_SUB_BODY = regex.compile(
    r"(?:Sở|Cục|Tổng\s+cục|Chi\s+cục|Vụ|Văn\s+phòng|Ban(?!\s+Chấp\s+hành)|Phòng|Trung\s+tâm)(?![\p{L}])"
)


_SUB_BODY_ANY_CASE = regex.compile(_SUB_BODY.pattern, regex.IGNORECASE)
_PARTY_COMMITTEE = regex.compile(r"(?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng)\s+ủy(?![\p{L}])")


def read_issuer_block(text: str, limit: int) -> str | None:
    """The issuer named by the header block before the motto (within `limit`), or None."""
    at = text.find(_MOTTO_WORD, 0, limit)  # a plain find first: most pages have no motto at all
    motto = _MOTTO.search(text, max(0, at - 40), limit) if at != -1 else None
    if not motto:
        return None
    lines: list[str] = []
    for raw in reversed(text[max(0, motto.start() - 300) : motto.start()].split("\n")):
        line = " ".join(raw.replace("*", " ").strip(_MARKUP).split())
        if not line:
            continue  # separators and markup between the lines of one block
        if line != line.upper() or not any(ch.isalpha() for ch in line):
            break
        lines.insert(0, line)
    if not lines:
        return None
    line_starts, count = set(), 0
    for line in lines:
        line_starts.add(count)
        count += len(line.split())
    words = " ".join(lines).split()
    child = _lowest_body(words, line_starts)
    if child == 0:
        return proper_case(" ".join(words), line_starts)
    parent = proper_case(" ".join(words[:child]), line_starts)
    body = proper_case(" ".join(words[child:]))
    if _SUB_BODY.fullmatch(body) or _PARTY_COMMITTEE.match(parent):
        return f"{body} {parent}"  # "Văn phòng" of its parent; "Ban Dân vận" of "Tỉnh ủy Tây Ninh"
    place = next((parent[parent.index(w) :] for w in _place_words() if f" {w} " in f" {parent} "), "")
    return f"{body} {place}".strip()  # "SỞ NỘI VỤ" under "UBND TỈNH X" is the Sở of province X


def _lowest_body(words: list[str], line_starts: set[int]) -> int:
    """Index of the word that opens the last subordinate body of the block (0: there is none)."""
    starts = [i for i in range(1, len(words)) if _head_at(words, i, line_starts, _SUB_BODY_ANY_CASE)]
    return starts[-1] if starts else 0


def _head_at(words: list[str], i: int, line_starts: set[int], pattern: regex.Pattern[str]) -> regex.Match[str] | None:
    """A body head at word i. A one-word head ("VỤ", "PHÒNG") counts only at the start of a line: inside
    a line it is a syllable of a name ("TRUNG TÂM PHỤC VỤ", "HẢI PHÒNG")."""
    head = pattern.match(" ".join(words[i : i + 3]))
    if not head or (i not in line_starts and " " not in head.group()):
        return None
    before = pattern.match(" ".join(words[i - 1 : i + 2])) if i else None
    return None if before and " " in before.group() else head  # "VĂN / PHÒNG": one head split over two lines


def proper_case(upper: str, line_starts: set[int] | None = None) -> str:
    """Upper-case header words in the case of running text: known names as the data writes them,
    place names capitalised word by word, other names on the first word of each part."""
    words = upper.split()
    starts = line_starts if line_starts is not None else {0}
    out: list[str] = []
    i = 0
    while i < len(words):
        known = _known_at(words, i)
        if known:  # a known body; a name right after it is a proper name ("TỈNH ỦY TÂY NINH")
            out.append(known[0])
            i += known[1]
            while i < len(words) and not _opens_body(words, i, starts) and not _place_at(words, i):
                out.append(words[i].capitalize())
                i += 1
            continue
        width = _place_at(words, i)
        if width:
            out.append(" ".join(words[i : i + width]).lower())
            i += width
            while i < len(words) and not _opens_body(words, i, starts):  # "TỈNH TÂY NINH" -> "tỉnh Tây Ninh"
                out.append(words[i].capitalize())
                i += 1
            continue
        head = _head_at(words, i, starts, _SUB_BODY_ANY_CASE)
        if head:  # "VĂN PHÒNG", "SỞ": the head, then its name opens with a capital
            width = len(head.group().split())
            out.append(" ".join(words[i : i + width]).capitalize())
            i += width
            if i < len(words) and not _opens_body(words, i, starts):
                out.append(words[i].capitalize())
                i += 1
            continue
        opens_part = not out or out[-1].lower() in ("và", "-", ",")
        out.append(words[i].capitalize() if opens_part else words[i].lower())
        i += 1
    return " ".join(out)


def _place_at(words: list[str], i: int) -> int:
    """How many words of a place word ("TỈNH", "THÀNH PHỐ") start at word i (0: none)."""
    if " ".join(words[i : i + 2]).lower() in _place_words():
        return 2
    return 1 if words[i].lower() in _place_words() else 0


def _opens_body(words: list[str], i: int, line_starts: set[int]) -> bool:
    return bool(_known_at(words, i) or _head_at(words, i, line_starts, _SUB_BODY_ANY_CASE))


def _known_at(words: list[str], i: int) -> tuple[str, int] | None:
    """The longest known issuer name (spelled as the data spells it) that starts at word i."""
    names = _known_names()
    for width in range(min(8, len(words) - i), 0, -1):
        written = names.get(" ".join(words[i : i + width]).lower())
        if written:
            return written, width
    expanded = expand_abbreviations(words[i : i + 1])[0]  # "UBND", "HĐND"
    return (expanded, 1) if expanded != words[i] else None


@cache
def _known_names() -> dict[str, str]:
    """Lower-cased written form -> the form itself; single short codes ("TU", "CP") are not names."""
    return {form.lower(): form for form, _ in reversed(name_patterns()) if " " in form}


@cache
def _place_words() -> tuple[str, ...]:
    return tuple(w for w in phrases()["place_words"] if "." not in w)
