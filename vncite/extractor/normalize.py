"""Make real text matchable (NFC, Ð, dashes, spaces) while keeping offsets; unify tone placement in fields.

Matching runs on the normalised text; every offset the extractor reports is mapped back to the
text as read, so `text[start:end]` is always the mention as the author wrote it.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

import regex

# One-for-one replacements: the length of the text does not change.
_REPLACEMENTS: dict[str, str] = {
    "\u00d0": "Đ",  # Icelandic Eth, often typed for Đ
    "\u00f0": "đ",
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200a": " ", "\u3000": " ",
    "\u200b": " ", "\ufeff": " ",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
    "\u2212": "-", "\ufe63": "-", "\uff0d": "-",
    "\uff0f": "/", "\u2044": "/", "\u2215": "/",
    "\r": "\n",
    # Cyrillic look-alikes typed into symbols ("TT-BKHĐТ" with a Cyrillic Т)
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T",
    "Х": "X", "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x",
}

# Whole-text pass over a plain character class: the standard library's `re` runs this one about
# four times faster than `regex` (benchmarks/extract.py), and far faster than str.translate on long
# text. One substitution makes one copy of the text: a str.replace per character would make one
# each, and a 100 MB text is 500 MB in memory.
_NEEDS_REPLACING = re.compile("[" + "".join(map(re.escape, _REPLACEMENTS)) + "]")


def _replacement(match: re.Match[str]) -> str:
    return _REPLACEMENTS[match.group()]


def _replace_odd_characters(text: str) -> str:
    return _NEEDS_REPLACING.sub(_replacement, text)  # the same object back when there is nothing to replace


# Markdown emphasis inside a line ("Luật Đất đai **số 31/2024/QH15", "ngày* *16/6/2025"): read as
# spaces. A run that opens or closes a line (a bullet, a bold heading) is kept: it marks structure.
# One pattern per run length, each led by its literal and replaced by a plain string, is the fast way:
# a look-behind in front, or a function per run, makes the pass several times slower on markdown
# pages. (The stars are written out: `re` skips ahead to a literal prefix, which "\*{2}" or "\*+" is
# not.)


def _inner_run(length: int) -> tuple[re.Pattern[str], str]:
    """A run of exactly `length` stars with text on both sides on its line, and its blanks."""
    stars = r"\*" * length
    return re.compile(rf"{stars}(?<=[^\n*]{stars})(?=[^\n*])"), " " * length


_EMPHASIS = (_inner_run(1), _inner_run(2))
_LONG_EMPHASIS = re.compile(r"\*\*\*\**(?=[^\n*])")  # rare: a function per run is cheap enough
# But each pass copies the text, and a 100 MB text is 500 MB in memory: above this size one pass
# does both jobs, a function deciding each match, and the text is copied once.
_ONE_PASS_ABOVE = 8_000_000
_ODD_OR_EMPHASIS = re.compile(f"{_NEEDS_REPLACING.pattern}|" + r"\*+(?=[^\n\r*])")  # "\r" becomes "\n"


def _blank(match: re.Match[str]) -> str:
    at = match.start()
    return " " * len(match.group()) if at and match.string[at - 1] not in "\n\r" else match.group()


def _blank_emphasis(text: str) -> str:
    for pattern, spaces in _EMPHASIS:
        text = pattern.sub(spaces, text)
    return _LONG_EMPHASIS.sub(_blank, text) if "***" in text else text


def _odd_or_blank(match: re.Match[str]) -> str:
    return _blank(match) if match.group()[0] == "*" else _REPLACEMENTS[match.group()]


def _flatten(text: str) -> str:
    """Odd characters replaced and emphasis blanked."""
    if len(text) > _ONE_PASS_ABOVE:
        return _ODD_OR_EMPHASIS.sub(_odd_or_blank, text)
    flat = _replace_odd_characters(text)
    return _blank_emphasis(flat) if "*" in flat else flat


# Syllables that may carry the old tone placement (hoà, khoẻ, uỷ); underthesea decides, syllable by
# syllable, what the new placement is (hòa, khỏe, ủy; "toán", "quý" stay as they are).
_OLD_TONE_MARK = r"(?:[oO][àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ]|[uU][ỳýỷỹỵỲÝỶỸỴ])"
_OLD_TONE = re.compile(rf"\w*{_OLD_TONE_MARK}\w*")
_HAS_OLD_TONE = re.compile(_OLD_TONE_MARK)  # the quick test: most fields have none, and \w* tries every start


@cache
def _retoned(syllable: str) -> str:
    from underthesea import text_normalize  # imported on first use: it takes a fifth of a second

    normalized: str = text_normalize(syllable)
    return normalized if len(normalized) == len(syllable) else syllable

@dataclass(frozen=True, slots=True)
class Normalized:
    """Normalised text plus the map back to the original offsets.

    The map is a list of anchors (normalised offset, original offset) where the two texts' lengths
    start to differ; between anchors, offsets move together. No anchors: the map is 1:1.
    """

    text: str
    source_length: int
    _norm_anchors: tuple[int, ...] = ()
    _source_anchors: tuple[int, ...] = ()

    def to_source(self, offset: int) -> int:
        if not self._norm_anchors:
            return offset
        i = bisect_right(self._norm_anchors, offset) - 1
        if i < 0:
            return offset
        return min(self.source_length, self._source_anchors[i] + offset - self._norm_anchors[i])

    def span_to_source(self, start: int, end: int) -> tuple[int, int]:
        return self.to_source(start), self.to_source(end)


# A base character with the combining marks that follow it: what NFC may compose.
_DECOMPOSED = re.compile(r".[\u0300-\u036f]+", re.DOTALL)
# the quick test: most text has no combining mark at all (`regex` runs this one range ~6x faster than `re`)
_COMBINING = regex.compile(r"[\u0300-\u036f]")


def _compose(text: str) -> tuple[str, tuple[int, ...], tuple[int, ...]]:
    """NFC of the decomposed letters (base + combining marks) with offset anchors.

    Only the runs with combining marks are composed: `unicodedata.is_normalized` on a long text
    may build a normalised copy of all of it, which costs more memory than the extraction itself.
    """
    if not _COMBINING.search(text):
        return text, (), ()
    pieces: list[str] = []
    norm_anchors: list[int] = []
    source_anchors: list[int] = []
    last = shift = 0
    for m in _DECOMPOSED.finditer(text):
        composed = unicodedata.normalize("NFC", m.group())
        if len(composed) == m.end() - m.start():
            continue
        pieces += (text[last : m.start()], composed)
        shift += m.end() - m.start() - len(composed)
        norm_anchors.append(m.end() - shift)
        source_anchors.append(m.end())
        last = m.end()
    if not norm_anchors:
        return text, (), ()
    pieces.append(text[last:])
    return "".join(pieces), tuple(norm_anchors), tuple(source_anchors)


def normalize(text: str) -> Normalized:
    composed, norm_anchors, source_anchors = _compose(text)
    return Normalized(_flatten(composed), len(text), norm_anchors, source_anchors)


def retone(field: str) -> str:
    """Old tone placement in an extracted field written the new way ("Uỷ ban" -> "Ủy ban", "hoà" -> "hòa").

    Done on the short fields the extractor returns rather than on the whole text: the patterns
    accept both placements, and a whole-text pass would cost more than all of them together.
    """
    if not _HAS_OLD_TONE.search(field):
        return field
    return _OLD_TONE.sub(lambda m: _retoned(m.group()), field)
