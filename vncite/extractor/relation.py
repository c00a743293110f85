"""The role a mention plays (căn cứ, thực hiện, thay thế ...), from the phrases of relations.toml."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache

import regex

from vncite.patterns.phrases import words_alternation
from vncite.patterns.relations import DEFAULT_RELATION, relations

_LAST_CLAUSE_BREAK = regex.compile(r"(?r);|:\s*\n|\n\s*\n")  # within a sentence; searched backwards
_WINDOW = 240


def _phrase_table(attr: str) -> tuple[regex.Pattern[str], dict[str, str]]:
    table: dict[str, str] = {}
    for rel in relations():
        for phrase in getattr(rel, attr):
            table.setdefault(phrase.lower(), rel.code)
    alts = words_alternation(table, ignore_case=True)
    return regex.compile(rf"(?<![\p{{L}}])(?:{alts})(?![\p{{L}}])", regex.IGNORECASE), table


@cache
def _before() -> tuple[regex.Pattern[str], dict[str, str]]:
    return _phrase_table("before")


@cache
def _after() -> tuple[regex.Pattern[str], dict[str, str]]:
    pattern, table = _phrase_table("after")
    return regex.compile(r"\s*,?\s*(?:" + pattern.pattern + ")", regex.IGNORECASE), table


def _sentence_start(text: str, lo: int, start: int) -> int:
    """Where the sentence holding `start` begins (not before `lo`). underthesea's sentence splitter
    knows Vietnamese abbreviations ("TP. Hồ Chí Minh", "1.2."), which a full stop rule does not."""
    if text.find(".", lo, start) == -1 and text.find("?", lo, start) == -1 and text.find("!", lo, start) == -1:
        return lo  # no sentence-ending mark in the window: nothing to split
    window = text[lo:start]
    sentences = _splitter()(window)
    if len(sentences) < 2:
        return lo
    at = window.rfind(sentences[-1])
    return lo + at if at >= 0 else lo


@cache
def _splitter() -> Callable[[str], list[str]]:
    from underthesea import sent_tokenize  # imported on first use: it takes a fifth of a second

    return sent_tokenize


def relation_of(text: str, start: int, symbol_start: int, tail_end: int, masked: Iterable[tuple[int, int]]) -> str:
    """Nearest announcing phrase in the clause before the mention (or one running into its type
    word: "Xét Tờ trình số ..."), or a phrase right after it.

    `masked` are the subject lines of earlier citations: a phrase inside another instrument's
    subject ("... của Chính phủ quy định chi tiết Luật X") is that instrument's business.
    """
    if any(a <= start < b for a, b in masked):
        return DEFAULT_RELATION  # nested in another citation's subject: not this document's act
    after_pattern, after_table = _after()
    if m := after_pattern.match(text, tail_end):
        return after_table[" ".join(m.group().strip(" ,").lower().split())]
    pattern, table = _before()
    lo = max(0, start - _WINDOW)
    if not pattern.search(text, lo, max(start, symbol_start)):
        return DEFAULT_RELATION  # no phrase at all: where the sentence starts does not matter
    lo = _sentence_start(text, lo, start)
    brk = _LAST_CLAUSE_BREAK.search(text, lo, start)
    window_start = brk.end() if brk else lo
    best: str | None = None
    for m in pattern.finditer(text, window_start, max(start, symbol_start)):
        if m.start() >= start or any(a <= m.start() < b for a, b in masked):
            continue
        best = m.group()
    return table[" ".join(best.lower().split())] if best else DEFAULT_RELATION
