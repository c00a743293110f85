"""Phrase lists of phrases.toml, loaded once."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

import regex

from vncite.patterns.types import _load_toml


@cache
def phrases() -> dict[str, tuple[str, ...]]:
    return {key: tuple(value) for key, value in _load_toml("phrases.toml").items() if isinstance(value, list)}


@cache
def issuer_abbreviations() -> dict[str, str]:
    return dict(_load_toml("phrases.toml")["issuer_abbreviations"])


def words_alternation(items: Iterable[str]) -> str:
    """A regex alternation of phrases, longest first, a space matching any run of whitespace
    (line breaks fall inside phrases in real text)."""
    return "|".join(regex.escape(p).replace("\\ ", r"\s+") for p in sorted(set(items), key=len, reverse=True))


def alternation(key: str) -> str:
    """`words_alternation` of one phrase list of phrases.toml."""
    return words_alternation(phrases()[key])
