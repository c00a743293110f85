"""The citation table: CSV that Excel opens (BOM, quoting, no formula injection) and JSON lines."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from conftest import REPORTS, write
from typer.testing import CliRunner

from vncite import Index
from vncite.cli import app
from vncite.db.export import COLUMNS, neutralise, write_csv

FORMULA = {
    "lenh.txt": (
        "UBND TỈNH TÂY NINH\nSố: 5/TB-UBND\nTây Ninh, ngày 02 tháng 02 năm 2024\n\n"
        "Thực hiện Quyết định số 12/QĐ-UBND ngày 05/01/2024 của UBND tỉnh Tây Ninh về "
        "=HYPERLINK(\"http://x\";\"bấm vào\"), \"trích dẫn\" và dấu phẩy.\n"
    ),
}


def test_formula_looking_cells_are_neutralised() -> None:
    for cell in ("=1+1", "+84 912", "-5", "@SUM(A1)", "\tx", "\rx"):
        assert neutralise(cell) == "'" + cell
    assert neutralise("Chỉ thị 33") == "Chỉ thị 33" and neutralise(None) == "" and neutralise(3) == "3"


def test_csv_round_trip_through_the_csv_module(db_url: str, tmp_path: Path) -> None:
    with Index(db_url) as idx:
        idx.index(write(tmp_path / "docs", {**REPORTS, **FORMULA}), jobs=1)
        out = tmp_path / "citations.csv"
        n = idx.export(out)
        rows = list(idx.rows())
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM: Excel reads the Vietnamese text correctly
    with out.open(encoding="utf-8-sig", newline="") as fh:
        read = list(csv.DictReader(fh))
    assert n == len(rows) == len(read) > 0
    assert list(read[0]) == list(COLUMNS)
    for got, want in zip(read, rows, strict=True):
        for col in COLUMNS:
            cell, value = got[col], "" if want[col] is None else str(want[col])
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))
            assert cell == (("'" + value) if value.startswith(("=", "+", "-", "@", "\t", "\r")) else value)
    subjects = {r["subject"] for r in read if r["symbol"] == "12/QĐ-UBND"}
    assert any(s.startswith("'=HYPERLINK") for s in subjects), subjects


def test_write_csv_quotes_commas_quotes_and_newlines() -> None:
    row = dict.fromkeys(COLUMNS, "a, \"b\"\nc")
    buf = io.StringIO()
    write_csv(iter([row]), buf)
    assert list(csv.reader(io.StringIO(buf.getvalue())))[1] == ['a, "b"\nc'] * len(COLUMNS)


def test_jsonl_and_filters(db_url: str, tmp_path: Path) -> None:
    with Index(db_url) as idx:
        idx.index(write(tmp_path / "docs", REPORTS), jobs=1)
        buf = io.StringIO()
        n = idx.export(buf, format="jsonl", type="Nghị quyết")
        lines = [json.loads(line) for line in buf.getvalue().splitlines()]
        assert n == len(lines) == 2 and {r["symbol"] for r in lines} == {"25-NQ/TW"}
        assert {r["year"] for r in idx.rows(query="25-NQ/TW", year=2003)} == {2003}


def test_cli_export_to_file_and_stdout(db_url: str, tmp_path: Path) -> None:
    with Index(db_url) as idx:
        idx.index(write(tmp_path / "docs", REPORTS), jobs=1)
    runner = CliRunner()
    out = tmp_path / "out.csv"
    assert runner.invoke(app, ["export", "--db", db_url, "-o", str(out)]).exit_code == 0
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    res = runner.invoke(app, ["export", "--db", db_url, "--format", "jsonl", "--query", "CT 33"])
    assert res.exit_code == 0
    assert {json.loads(line)["symbol"] for line in res.stdout.splitlines()} == {"33/CT-TTg"}
