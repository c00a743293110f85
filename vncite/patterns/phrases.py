"""Phrase lists of phrases.toml, loaded once."""

from __future__ import annotations

from functools import cache

from vncite.patterns.types import _load_toml


@cache
def phrases() -> dict[str, tuple[str, ...]]:
    return {key: tuple(value) for key, value in _load_toml("phrases.toml").items()}


def alternation(key: str) -> str:
    """A regex alternation of one phrase list, longest first, spaces matching any whitespace."""
    import regex

    items = sorted(phrases()[key], key=len, reverse=True)
    return "|".join(regex.escape(p).replace("\\ ", r"\s+") for p in items)
