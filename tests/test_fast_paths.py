"""The shortcuts taken for speed give the same answers as the plain patterns they stand for: the
symbol search led by slashes and hyphens, markdown emphasis blanked run length by run length, phrase
lists compiled as tries, the backward type-word search."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st
from test_properties import fragment_text

from vncite.extractor.context import _type_before, _type_word_before
from vncite.extractor.normalize import (
    _ODD_OR_EMPHASIS,
    _blank_emphasis,
    _odd_or_blank,
    _replace_odd_characters,
    normalize,
)
from vncite.extractor.symbols import SYMBOL, find_symbols
from vncite.patterns.phrases import words_alternation


@settings(max_examples=300, deadline=None)
@given(fragment_text)
def test_symbols_found_near_their_heads_are_those_of_a_whole_text_scan(text: str) -> None:
    flat = normalize(text).text
    assert [m.span() for m in find_symbols(flat)] == [m.span() for m in SYMBOL.finditer(flat)]


def test_a_symbol_far_from_the_previous_one_is_found_after_a_long_gap() -> None:
    text = ("Quyết định số 12/QĐ-UBND" + " x" * 400 + " Chỉ thị 33 / CT-TTg và 25 - NQ/TW, 04/2015 /NĐ-CP"
            + " x" * 400 + " Quyết định 254-CP, 316 - HĐBT, 3a-TTg và 2021-Kế hoạch")
    assert [m.group() for m in find_symbols(text)] == [m.group() for m in SYMBOL.finditer(text)]


PHRASE_LETTERS = "aàbB "


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.text(alphabet=PHRASE_LETTERS, min_size=1, max_size=5).map(str.strip).filter(bool),
             min_size=1, max_size=8),
    st.text(alphabet=PHRASE_LETTERS + "\n", max_size=40),
    st.booleans(),
)
def test_a_trie_of_phrases_matches_what_the_longest_first_alternation_matches(
    phrases: list[str], text: str, ignore_case: bool
) -> None:
    flags = regex.IGNORECASE if ignore_case else 0
    items = {p.lower() for p in phrases} if ignore_case else set(phrases)
    plain = "|".join(regex.escape(p).replace("\\ ", r"\s+") for p in sorted(items, key=len, reverse=True))
    trie = regex.compile(rf"(?:{words_alternation(phrases, ignore_case)})(?![ab])", flags)
    longest_first = regex.compile(rf"(?:{plain})(?![ab])", flags)
    for at in range(len(text) + 1):
        a, b = trie.match(text, at), longest_first.match(text, at)
        assert (a and a.span()) == (b and b.span()), (at, text)


WINDOWS = [
    "Căn cứ Thông tư liên tịch số ",
    "tại khoản 5 Điều 7 Thông tư liên tịch ",
    "Căn cứ Nghị quyết ",
    "các Quyết định số 12, 13 và ",
    "Nghị quyết 24, ",
    "BAN HÀNH KẾ HOẠCH TRIỂN KHAI QUYẾT ĐỊNH SỐ\n",
    "văn bản số ",
    "theo Luật số ",  # laws are read by their own rule
    "không có loại văn bản ",
    "Chỉ thị số: ",
]


def test_the_type_word_found_backwards_is_the_one_found_forwards() -> None:
    forward, _ = _type_before()
    for window in WINDOWS:
        ahead, behind = forward.search(window), _type_word_before(window)
        assert (ahead and (ahead.span(), ahead.groupdict())) == (behind and (behind.span(), behind.groupdict()))


PLAIN_EMPHASIS = regex.compile(r"(?<=[^\n*])\*+(?=[^\n*])")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="*a \n", max_size=40))
def test_emphasis_is_blanked_as_the_plain_pattern_blanks_it(text: str) -> None:
    assert _blank_emphasis(text) == PLAIN_EMPHASIS.sub(lambda m: " " * len(m.group()), text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="*a \n\r\u2013\u00a0Ð", max_size=40))
def test_the_one_pass_for_long_texts_flattens_as_the_faster_passes_do(text: str) -> None:
    assert _ODD_OR_EMPHASIS.sub(_odd_or_blank, text) == _blank_emphasis(_replace_odd_characters(text))
