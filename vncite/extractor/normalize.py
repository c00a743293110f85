"""Make real text matchable (NFC, Ð, dashes, spaces, old tone placement) while keeping offsets.

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
_TRANSLATION = str.maketrans(
    {
        "\u00d0": "Đ",  # Icelandic Eth, often typed for Đ
        "\u00f0": "đ",
        "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200a": " ", "\u3000": " ",
        "\u200b": " ", "\ufeff": " ",
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
        "\u2212": "-", "\ufe63": "-", "\uff0d": "-",
        "\uff0f": "/", "\u2044": "/", "\u2215": "/",
        "\r": "\n",
    }
)

# Whole-text passes over plain character classes: the standard library's `re` runs these about
# three times faster than `regex` (benchmarks/extract.py), and faster than str.translate on long text.
_NEEDS_TRANSLATION = re.compile("[" + "".join(re.escape(chr(c)) for c in _TRANSLATION) + "]")


def _translate_one(match: re.Match[str]) -> str:
    return match.group().translate(_TRANSLATION)

# Old tone placement at the end of a syllable (hoà, khoẻ, uỷ) -> new placement (hòa, khỏe, ủy).
# Never after q ("quý" is written so in both styles) and never before another letter ("toán").
_OLD_TONE = re.compile(r"(?<![qQ])(?:[oO][àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ]|[uU][ỳýỷỹỵỲÝỶỸỴ])(?![^\W\d_])")


@cache
def _retoned(pair: str) -> str:
    first, second = pair[0], pair[1]
    base, tone = unicodedata.normalize("NFD", second)[0], unicodedata.normalize("NFD", second)[1:]
    return unicodedata.normalize("NFC", first + tone) + base


@dataclass(frozen=True, slots=True)
class Normalized:
    """Normalised text plus the map back to the original offsets (None when it is 1:1)."""

    text: str
    source_length: int
    _starts: tuple[int, ...] | None = None  # original offset of each normalised character

    def to_source(self, offset: int) -> int:
        if self._starts is None:
            return offset
        if offset >= len(self._starts):
            return self.source_length
        return self._starts[offset]

    def span_to_source(self, start: int, end: int) -> tuple[int, int]:
        if self._starts is None:
            return start, end
        return self.to_source(start), self.to_source(end) if end > start else self.to_source(start)


def _compose(text: str) -> tuple[str, tuple[int, ...] | None]:
    """NFC with a map of offsets; text that is already NFC costs one C-level check."""
    if unicodedata.is_normalized("NFC", text):
        return text, None
    pieces: list[str] = []
    starts: list[int] = []
    for cluster in regex.finditer(r"\X", text):
        composed = unicodedata.normalize("NFC", cluster.group())
        pieces.append(composed)
        starts.extend([cluster.start()] * len(composed))
    return "".join(pieces), tuple(starts)


def normalize(text: str) -> Normalized:
    composed, starts = _compose(text)
    flat = _NEEDS_TRANSLATION.sub(_translate_one, composed)
    if _OLD_TONE.search(flat):
        flat = _OLD_TONE.sub(lambda m: _retoned(m.group()), flat)
    return Normalized(flat, len(text), starts)


def line_and_column(text: str, offset: int, line_starts: list[int] | None = None) -> tuple[int, int]:
    """1-based line and column of an offset (the checks report positions this way)."""
    starts = line_starts if line_starts is not None else line_starts_of(text)
    line = bisect_right(starts, offset)
    return line, offset - starts[line - 1] + 1


def line_starts_of(text: str) -> list[int]:
    return [0, *(m.end() for m in regex.finditer(r"\n", text))]
