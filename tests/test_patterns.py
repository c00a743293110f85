"""Every example of the domain data files is run through the extractor (types.toml, relations.toml,
phrases.toml): adding a type or a phrase is a data change, and its examples prove it works."""

from __future__ import annotations

import pytest

import vncite
from vncite.patterns import load_toml
from vncite.patterns.phrases import expand_abbreviations, phrases
from vncite.patterns.relations import relations
from vncite.patterns.types import instrument_types

TYPE_EXAMPLES = [(t.name, ex) for t in instrument_types() for ex in t.examples]
RELATION_EXAMPLES = [(r.code, ex) for r in relations() for ex in r.examples]


@pytest.mark.parametrize(("type_name", "example"), TYPE_EXAMPLES, ids=[ex for _, ex in TYPE_EXAMPLES])
def test_type_examples_are_extracted_with_their_type(type_name: str, example: str) -> None:
    found = [c for c in vncite.extract(example) if c.kind in ("full", "named")]
    assert found, f"nothing found in {example!r}"
    assert found[0].type == type_name, found[0]


@pytest.mark.parametrize(("code", "example"), RELATION_EXAMPLES, ids=[ex[:50] for _, ex in RELATION_EXAMPLES])
def test_relation_examples_carry_their_relation(code: str, example: str) -> None:
    full = [c for c in vncite.extract(example) if c.kind == "full"]
    assert full, f"nothing found in {example!r}"
    assert full[0].relation == code, (full[0].symbol, full[0].relation)


def test_every_reported_type_with_codes_has_examples() -> None:
    assert all(t.examples for t in instrument_types() if t.codes and t.name != "Hợp đồng")


@pytest.mark.parametrize(
    ("written", "expected"),
    [("UBND tỉnh Tây Ninh", "Ủy ban nhân dân tỉnh Tây Ninh"), ("HĐND TP. Huế", "Hội đồng nhân dân thành phố Huế"),
     ("Sở TT&TT", "Sở Thông tin và Truyền thông"), ("Ban Dân vận", "Ban Dân vận")],
)
def test_issuer_abbreviations_are_written_out(written: str, expected: str) -> None:
    assert " ".join(expand_abbreviations(written.split())) == expected


@pytest.mark.parametrize("name", phrases()["law_names_with_stop_words"])
def test_law_names_with_stop_words_are_read_whole(name: str) -> None:
    named = [c for c in vncite.extract(f"Căn cứ Luật {name}, Luật Đất đai;") if c.kind == "named"]
    assert [c.title for c in named] == [name, "Đất đai"]


@pytest.mark.parametrize("verb", phrases()["not_law_title_verbs"])
def test_a_verb_after_a_law_word_names_no_law(verb: str) -> None:
    assert vncite.extract(f"hoàn thiện dự án Luật {verb} tính khả thi.") == []


@pytest.mark.parametrize(("short", "long"), sorted(load_toml("phrases.toml")["law_name_abbreviations"].items()))
def test_a_law_named_with_an_abbreviation_is_the_numbered_law(short: str, long: str) -> None:
    text = f"Căn cứ Luật Thuế {long} số 12/2020/QH14 ngày 1/2/2020; theo Luật Thuế {short} thì"
    kinds = [(c.kind, c.symbol) for c in vncite.extract(text)]
    assert kinds == [("full", "12/2020/QH14"), ("short", "12/2020/QH14")]
