"""The role a mention plays (căn cứ, thực hiện, thay thế ...), from the phrases of relations.toml."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

import regex

from vncite.patterns.phrases import words_alternation
from vncite.patterns.relations import DEFAULT_RELATION, relations

_LAST_CLAUSE_BREAK = regex.compile(r"(?r)[;!?]|\.(?=\s)|:\s*\n|\n\s*\n")  # searched backwards
_WINDOW = 240


def _phrase_table(attr: str) -> tuple[regex.Pattern[str], dict[str, str]]:
    table: dict[str, str] = {}
    for rel in relations():
        for phrase in getattr(rel, attr):
            table.setdefault(phrase.lower(), rel.code)
    alts = words_alternation(table)
    return regex.compile(rf"(?<![\p{{L}}])(?:{alts})(?![\p{{L}}])", regex.IGNORECASE), table


@cache
def _before() -> tuple[regex.Pattern[str], dict[str, str]]:
    return _phrase_table("before")


@cache
def _after() -> tuple[regex.Pattern[str], dict[str, str]]:
    pattern, table = _phrase_table("after")
    return regex.compile(r"\s*,?\s*(?:" + pattern.pattern + ")", regex.IGNORECASE), table


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
    brk = _LAST_CLAUSE_BREAK.search(text, lo, start)
    window_start = brk.end() if brk else lo
    pattern, table = _before()
    best: str | None = None
    for m in pattern.finditer(text, window_start, max(start, symbol_start)):
        if m.start() >= start or any(a <= m.start() < b for a, b in masked):
            continue
        best = m.group()
    return table[" ".join(best.lower().split())] if best else DEFAULT_RELATION
