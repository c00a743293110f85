"""Phrase lists of phrases.toml, loaded once."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

import regex

from vncite.patterns import load_toml


@cache
def phrases() -> dict[str, tuple[str, ...]]:
    return {key: tuple(value) for key, value in load_toml("phrases.toml").items() if isinstance(value, list)}


@cache
def _abbreviations() -> dict[str, str]:
    """Upper-cased abbreviation -> written-out words, from phrases.toml."""
    return {k.upper(): v for k, v in load_toml("phrases.toml")["issuer_abbreviations"].items()}


def expand_abbreviations(words: Iterable[str]) -> list[str]:
    """ "UBND", "Ubnd", "TP." written out word by word ("UBND tỉnh" -> "Ủy ban nhân dân tỉnh")."""
    table = _abbreviations()
    return [table.get(w.upper(), w) if w.isupper() or w.upper() in ("TP.", "TTG") else w for w in words]


def words_alternation(items: Iterable[str]) -> str:
    """A regex alternation of phrases, longest first, a space matching any run of whitespace
    (line breaks fall inside phrases in real text)."""
    return "|".join(regex.escape(p).replace("\\ ", r"\s+") for p in sorted(set(items), key=len, reverse=True))


def alternation(key: str) -> str:
    """`words_alternation` of one phrase list of phrases.toml."""
    return words_alternation(phrases()[key])
