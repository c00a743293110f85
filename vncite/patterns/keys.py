"""Normal forms used to match what users type against what documents wrote.

Everything is compared diacritics- and case-insensitively, so "chi thi 33", "Chỉ thị 33" and
"CHỈ THỊ 33" meet, and "NĐ-CP", "ND-CP" and "NĐ- CP" give the same symbol key.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from vncite.patterns.phrases import expand_abbreviations

_DASHES = str.maketrans({c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"})
_MARKS = re.compile(r"[\u0300-\u036f]")
_SPACE = re.compile(r"\s+")
_LEADING_ZEROS = re.compile(r"^0+(?=\d)")
_NOT_WORD = re.compile(r"[^0-9a-z]+")


def fold(text: str) -> str:
    """Lower case, no diacritics, đ as d, dashes as "-", single spaces: the form all matching uses."""
    text = unicodedata.normalize("NFD", text.translate(_DASHES))
    text = _MARKS.sub("", text).replace("đ", "d").replace("Đ", "d").replace("\u00d0", "d")
    return _SPACE.sub(" ", text.lower()).strip()


def _compact(text: str) -> str:
    """Folded, upper case, without spaces and leading zeros."""
    return _LEADING_ZEROS.sub("", fold(text).replace(" ", "")).upper()


def number_key(number: str | None) -> str | None:
    """A document number without leading zeros ("04" and "4" are the same number)."""
    return _compact(number) if number else None


@lru_cache(maxsize=8192)
def symbol_key(symbol: str | None) -> str | None:
    """The symbol folded, upper case, without spaces and leading zeros: "04/2015/NĐ-CP" -> "4/2015/ND-CP"."""
    return _compact(symbol) if symbol else None


def named_key(type_: str | None, title: str | None, number: str | None) -> str | None:
    """Identity of an instrument cited without a symbol: its type with its name or bare number."""
    what = fold(title) if title else number_key(number)
    if not what:
        return None
    return f"{fold(type_ or '')}|{what}"


def issuer_key(issuer: str | None) -> str | None:
    """An issuer name reduced so that "UBND tỉnh Tây Ninh" and "Ủy ban nhân dân tỉnh Tây Ninh" agree."""
    if not issuer:
        return None
    text = fold(" ".join(expand_abbreviations(issuer.split())))
    return _NOT_WORD.sub("", text) or None
