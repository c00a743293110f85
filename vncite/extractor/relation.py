"""The role a mention plays (căn cứ, thực hiện, thay thế ...), from the phrases of relations.toml."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import cache

import regex

from vncite.patterns.phrases import words_alternation
from vncite.patterns.relations import DEFAULT_RELATION, relations

_LAST_CLAUSE_BREAK = regex.compile(r"(?r);|:\s*\n|\n\s*\n")  # within a sentence; searched backwards
_WINDOW = 240


def _phrase_table(attr: str) -> tuple[str, dict[str, str]]:
    table: dict[str, str] = {}
    for rel in relations():
        for phrase in getattr(rel, attr):
            table.setdefault(phrase.lower(), rel.code)
    return words_alternation(table, ignore_case=True), table


# `[^\W\d_]` is a letter: the standard library's `re` reads these short windows about half again as
# fast as `regex` (benchmarks/extract.py), and every mention's window is read.
_NOT_AFTER_LETTER, _NOT_BEFORE_LETTER = r"(?<![^\W\d_])", r"(?![^\W\d_])"
_LETTER = re.compile(r"[^\W\d_]")


@cache
def _before() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    """The phrases before a mention, as (lower-case, any-case) patterns. The window is lower-cased and
    read with the first: without case and without a look-behind in front, `re` skips straight to
    the letters a phrase can start with, which makes the read about twice as fast. The second serves
    a window whose length lower-casing changes ("İ")."""
    alts, table = _phrase_table("before")
    lower = re.compile(rf"(?:{alts}){_NOT_BEFORE_LETTER}")
    any_case = re.compile(rf"{_NOT_AFTER_LETTER}(?:{alts}){_NOT_BEFORE_LETTER}", re.IGNORECASE)
    return lower, any_case, table


def _phrases_before(text: str, lo: int, hi: int) -> Iterator[tuple[int, str]]:
    """(offset, lower-case phrase) of each phrase in text[lo:hi] that does not start inside a word."""
    lower, any_case, _ = _before()
    window = text[lo:hi].lower()
    if len(window) != hi - lo:
        yield from ((m.start(), m.group().lower()) for m in any_case.finditer(text, lo, hi))
        return
    pos = 0
    while m := lower.search(window, pos):
        at = m.start()
        before = window[at - 1] if at else text[lo - 1] if lo else ""
        if before and _LETTER.match(before):
            pos = at + 1  # inside a word: a phrase may still start later within this match
            continue
        yield lo + at, m.group()
        pos = m.end()


@cache
def _after() -> tuple[re.Pattern[str], dict[str, str]]:
    alts, table = _phrase_table("after")
    return re.compile(rf"\s*,?\s*{_NOT_AFTER_LETTER}(?:{alts}){_NOT_BEFORE_LETTER}", re.IGNORECASE), table


def _has_sentence_mark(text: str, lo: int, hi: int) -> bool:
    return text.find(".", lo, hi) != -1 or text.find("?", lo, hi) != -1 or text.find("!", lo, hi) != -1


def _sentence_start(text: str, lo: int, start: int) -> int:
    """Where the sentence holding `start` begins (not before `lo`). underthesea's sentence splitter
    knows Vietnamese abbreviations ("TP. Hồ Chí Minh", "1.2."), which a full stop rule does not."""
    if not _has_sentence_mark(text, lo, start):
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
    lo = max(0, start - _WINDOW)
    last = None
    for at, phrase in _phrases_before(text, lo, max(start, symbol_start)):
        if at < start and not any(a <= at < b for a, b in masked):
            last = at, phrase
    if last is None:
        return DEFAULT_RELATION
    at, phrase = last
    # the nearest phrase counts if no sentence or clause ends between it and the mention; only then
    # is the sentence splitter needed
    if _has_sentence_mark(text, at, start):
        lo = _sentence_start(text, lo, start)
        brk = _LAST_CLAUSE_BREAK.search(text, lo, start)
        cut = brk.end() if brk else lo
    else:
        brk = _LAST_CLAUSE_BREAK.search(text, at, start)
        cut = brk.end() if brk else at
    return _before()[2][" ".join(phrase.split())] if at >= cut else DEFAULT_RELATION
