"""Search reads queries the way users type them, groups by instrument, and prints JSON and tables."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import REPORTS, write
from typer.testing import CliRunner

from vncite import Index
from vncite.cli import app
from vncite.db.query import parse_query


@pytest.fixture
def idx(db_url: str, tmp_path: Path) -> Iterator[Index]:
    with Index(db_url) as index:
        index.index(write(tmp_path / "docs", REPORTS), jobs=1)
        yield index


def cited_by(idx: Index, query: str, **filters: object) -> set[tuple[str, str | None, int | None]]:
    """(file name, instrument symbol or title, instrument year) of every search hit."""
    result = idx.search(query, **filters)  # type: ignore[arg-type]
    years = {i["id"]: i["year"] for i in result.instruments}
    return {(Path(d["path"]).name, d["instrument"], years[d["instrument_id"]]) for d in result.documents}


ALL_33 = {("bao-cao-120.txt", "33/CT-TTg", 2021), ("ke-hoach-765.txt", "33/CT-TTg", 2021),
          ("cong-van-2004.txt", "33/CT-TTg", 2021)}


@pytest.mark.parametrize("query", [
    "Chỉ thị 33/CT-TTg", "33/CT-TTg", "33/ct-ttg", "CT 33", "chi thi 33", "CHỈ THỊ SỐ 33", "33 / CT-TTG",
    "Chỉ thị số 33/CT-TTg", "ct 33 năm 2021",
])
def test_directive_33_in_every_form(idx: Index, query: str) -> None:
    assert cited_by(idx, query) == ALL_33


@pytest.mark.parametrize("query", ["Nghị định 04/2015", "04/2015/ND-CP", "nghi dinh 4/2015", "NĐ 04/2015/NĐ-CP"])
def test_decree_by_number_and_year_or_symbol(idx: Index, query: str) -> None:
    assert cited_by(idx, query) == {("bao-cao-120.txt", "04/2015/NĐ-CP", 2015)}


@pytest.mark.parametrize("query", ["Luật Tổ chức chính quyền địa phương", "luat to chuc chinh quyen dia phuong"])
def test_law_by_name(idx: Index, query: str) -> None:
    assert cited_by(idx, query) == {("bao-cao-120.txt", "Tổ chức chính quyền địa phương", 2015)}


@pytest.mark.parametrize("query", ["25-NQ/TW", "NQ 25-NQ/TW", "nghị quyết 25-nq/tw"])
def test_party_symbol_matching_two_years_is_grouped_by_instrument(idx: Index, query: str) -> None:
    result = idx.search(query)
    assert [i["year"] for i in result.instruments] in ([2013, 2003], [2003, 2013])
    assert cited_by(idx, query) == {("bao-cao-120.txt", "25-NQ/TW", 2013), ("cong-van-2004.txt", "25-NQ/TW", 2003)}


def test_filters_narrow_instruments_and_citing_documents(idx: Index) -> None:
    assert cited_by(idx, "25-NQ/TW", year=2013) == {("bao-cao-120.txt", "25-NQ/TW", 2013)}
    assert cited_by(idx, "25-NQ/TW 2003") == {("cong-van-2004.txt", "25-NQ/TW", 2003)}
    assert {n for n, _, _ in cited_by(idx, "CT 33", since="2023-01-01")} == {"bao-cao-120.txt", "ke-hoach-765.txt"}
    assert {n for n, _, _ in cited_by(idx, "CT 33", until="2010-12-31")} == {"cong-van-2004.txt"}
    assert cited_by(idx, "33", type="CT") == ALL_33
    assert cited_by(idx, "33", issuer="Thủ tướng Chính phủ") == ALL_33
    assert cited_by(idx, "33", issuer="Bộ Tài chính") == set()


def test_hits_carry_role_snippet_and_highlight(idx: Index) -> None:
    hit = next(d for d in idx.search("CT 33").documents if d["path"].endswith("ke-hoach-765.txt"))
    assert hit["relation"] == "can_cu"
    assert hit["symbol"] == "765/KH-UBND" and hit["date"] == "2023-03-20"
    start, end = hit["mark"]
    assert "33/CT-TTg" in hit["snippet"][start:end]


def test_unknown_instrument_finds_nothing(idx: Index) -> None:
    assert idx.search("Chỉ thị 99/CT-TTg").documents == []


@pytest.mark.parametrize("query", ["CT 33", "33/CT-TTg", "chi thi 33", "25-NQ/TW", "Nghị định 04/2015",
                                   "04/2015/ND-CP", "Luật Tổ chức chính quyền địa phương", "NQ 25-NQ/TW"])
def test_query_parsing_finds_an_instrument_constraint(query: str) -> None:
    parsed = parse_query(query)
    assert parsed.symbol_key or parsed.number_key or parsed.words


def test_cli_search_json_table_and_exit_status(idx: Index, db_url: str) -> None:
    runner = CliRunner()
    res = runner.invoke(app, ["search", "NQ 25-NQ/TW", "--db", db_url, "--format", "json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert set(data) == {"query", "instruments", "documents"}
    assert len(data["instruments"]) == 2 and all("path" in d for d in data["documents"])
    table = runner.invoke(app, ["search", "CT 33", "--db", db_url], env={"COLUMNS": "200"})
    assert table.exit_code == 0 and "765/KH-UBND" in table.stdout and "grouped" not in table.stdout
    assert runner.invoke(app, ["search", "CT 999", "--db", db_url]).exit_code == 1
