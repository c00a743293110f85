"""The validity registry: import/export in the documented schema, shipped entries, learning from the index."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from vncite.check import check_text
from vncite.cli import app
from vncite.db.registry import Registry, parse_status, record_from_mapping, shipped_records, symbol_key
from vncite.db.registry_learn import document_effective_date, learn_from_text
from vncite.db.registry_store import load_registry

runner = CliRunner()

CSV = (
    "symbol,issue_date,issuer,status,effective_date,replaced_by,amended_by,source,retrieved_at\n"
    "12/2019/QĐ-UBND,05/03/2019,UBND tỉnh Tây Ninh,Hết hiệu lực toàn bộ,2023-01-01,40/2022/QĐ-UBND,,"
    "https://vbpl.vn/tayninh/x,2024-01-02\n"
    "09/2019/NĐ-CP,2019-01-24,Chính phủ,Hết hiệu lực một phần,2023-03-01,,99/2022/NĐ-CP,sổ theo dõi,2024-01-02\n"
)


def test_status_words() -> None:
    assert parse_status("Còn hiệu lực") == ("in_force", "whole")
    assert parse_status("Hết hiệu lực một phần") == ("expired", "part")
    assert parse_status("replaced") == ("replaced", "whole")
    with pytest.raises(ValueError):
        parse_status("maybe")


def test_record_from_mapping_checks_the_schema() -> None:
    r = record_from_mapping(
        {
            "symbol": "12/2019/QĐ-UBND",
            "status": "Hết hiệu lực toàn bộ",
            "replaced_by": "40/2022/QĐ-UBND",
            "effective_date": "01/01/2023",
        }
    )
    assert r.status == "replaced" and r.effective_date == date(2023, 1, 1)
    with pytest.raises(ValueError):
        record_from_mapping({"symbol": "1/QĐ-UBND"})
    with pytest.raises(ValueError):
        record_from_mapping({"status": "replaced"})


def test_symbol_key_folds_spelling() -> None:
    assert symbol_key("04/2015/ND-CP") == symbol_key("04/2015/NĐ-CP") == symbol_key("04 / 2015 / nđ–cp")


def test_shipped_entries_have_sources_and_match_their_examples() -> None:
    import tomllib
    from importlib import resources

    from vncite.extractor import extract

    raw = tomllib.loads(resources.files("vncite.patterns").joinpath("registry.toml").read_text(encoding="utf-8"))
    registry = Registry(shipped_records())
    for entry in raw["entry"]:
        assert entry["source"].startswith("http") and entry.get("effective_date"), entry["symbol"]
        for example in entry["examples"]:
            cited = [c for c in extract(example) if c.kind in ("full", "named")]
            assert cited and any(r.symbol == entry["symbol"] for r in registry.about(cited[0])), example


def test_import_export_round_trip(tmp_path: Path) -> None:
    src = tmp_path / "statuses.csv"
    src.write_text(CSV, encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'r.db'}"
    result = runner.invoke(app, ["registry", "import", str(src), "--db", db])
    assert result.exit_code == 0, result.output
    assert runner.invoke(app, ["registry", "import", str(src), "--db", db]).exit_code == 0  # idempotent
    out = tmp_path / "out.csv"
    assert runner.invoke(app, ["registry", "export", "--db", db, "-o", str(out)]).exit_code == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig")))
    assert len(rows) == 2
    assert rows[0]["status"] == "replaced" and rows[0]["replaced_by"] == "40/2022/QĐ-UBND"
    assert rows[1]["status"] == "expired" and rows[1]["scope"] == "part"
    js = tmp_path / "out.json"
    assert runner.invoke(app, ["registry", "export", "--db", db, "-o", str(js), "--format", "json"]).exit_code == 0
    again = tmp_path / "again.db"
    assert runner.invoke(app, ["registry", "import", str(js), "--db", f"sqlite:///{again}"]).exit_code == 0
    from vncite.db.engine import make_engine

    engine = make_engine(f"sqlite:///{again}")
    try:
        assert len([r for r in load_registry(engine, shipped=False).records]) == 2
    finally:
        engine.dispose()


def test_import_rejects_a_bad_row(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps([{"symbol": "1/QĐ-UBND", "status": "perhaps"}]), encoding="utf-8")
    result = runner.invoke(app, ["registry", "import", str(bad), "--db", f"sqlite:///{tmp_path / 'x.db'}"])
    assert result.exit_code == 2 and "entry 1" in result.output


def test_imported_status_flags_a_draft(tmp_path: Path) -> None:
    src = tmp_path / "statuses.csv"
    src.write_text(CSV, encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'r.db'}"
    assert runner.invoke(app, ["registry", "import", str(src), "--db", db]).exit_code == 0
    draft = tmp_path / "draft.txt"
    draft.write_text(
        "Thực hiện Quyết định số 12/2019/QĐ-UBND ngày 05/3/2019 của UBND tỉnh Tây Ninh về quản lý chợ.",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["check", str(draft), "--db", db, "--as-of", "2024-01-01", "--format", "json"])
    assert result.exit_code == 1, result.output
    f = next(f for f in json.loads(result.output)["findings"] if f["code"] == "replaced")
    assert f["evidence"][0]["source"] == "https://vbpl.vn/tayninh/x"


def test_effective_date_of_a_document() -> None:
    assert document_effective_date("Quyết định này có hiệu lực kể từ ngày 15/01/2024.", None) == date(2024, 1, 15)
    assert document_effective_date(
        "Nghị định này có hiệu lực thi hành kể từ ngày ký ban hành.", date(2020, 3, 5)
    ) == date(2020, 3, 5)
    assert document_effective_date("Luật này có hiệu lực thi hành từ ngày 01 tháng 4 năm 2025.", None) == date(
        2025, 4, 1
    )


REPLACING = """ỦY BAN NHÂN DÂN
TỈNH TÂY NINH
Số: 05/QĐ-UBND
Tây Ninh, ngày 10 tháng 01 năm 2024

QUYẾT ĐỊNH
Ban hành Quy chế làm việc

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;

QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Ủy ban nhân dân tỉnh.
Điều 2. Quyết định này có hiệu lực kể từ ngày 01/02/2024 và thay thế Quyết định số 96/QĐ-UBND ngày 30/9/2021 \
của Ủy ban nhân dân tỉnh Tây Ninh ban hành Quy chế làm việc.
"""

DRAFT = (
    "Thực hiện Quyết định số 96/QĐ-UBND ngày 30/9/2021 của Ủy ban nhân dân tỉnh Tây Ninh ban hành "
    "Quy chế làm việc, các sở triển khai."
)


def test_learning_from_a_replacing_document() -> None:
    from vncite.extractor import extract

    records = learn_from_text(REPLACING, extract(REPLACING), source="qd-05.txt")
    replaced = [r for r in records if r.status == "replaced"]
    assert len(replaced) == 1
    r = replaced[0]
    assert r.symbol == "96/QĐ-UBND" and r.issue_date == date(2021, 9, 30)
    assert r.effective_date == date(2024, 2, 1) and r.by_symbol == "05/QĐ-UBND"
    assert not [x for x in records if x.symbol == "30/2020/NĐ-CP"]  # merely cited (căn cứ): nothing learned


def test_indexed_replacement_flags_a_draft(tmp_path: Path) -> None:
    from vncite import Index

    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "qd-05-2024.txt").write_text(REPLACING, encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'index.db'}"
    with Index(db) as idx:
        idx.index([folder], jobs=1)
        registry = load_registry(idx.engine)
    after = check_text(DRAFT, as_of=date(2024, 6, 1), registry=registry)
    f = next(f for f in after.findings if f.code == "replaced")
    assert f.evidence[0].kind == "document" and f.evidence[0].source.endswith("qd-05-2024.txt")
    assert f.evidence[0].date == "2024-02-01" and f.evidence[0].symbol == "05/QĐ-UBND"
    assert "05/QĐ-UBND" in f.message
    before = check_text(DRAFT, as_of=date(2024, 1, 20), registry=registry)  # signed, not yet in effect
    assert "replaced" not in [x.code for x in before.findings]
    # the same through the command line
    draft = tmp_path / "draft.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    result = runner.invoke(app, ["check", str(draft), "--db", db, "--as-of", "2024-06-01", "--format", "json"])
    assert result.exit_code == 1
    assert "replaced" in [x["code"] for x in json.loads(result.output)["findings"]]
