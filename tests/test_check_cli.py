"""`vncite check` and `vncite status` from the command line: formats, exit status, the bundled sample."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from vncite.cli import app

SAMPLE = Path(__file__).resolve().parents[1] / "vncite" / "samples" / "tay-ninh-2023-bao-cao-dan-van.txt"
runner = CliRunner()


def run(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.output


def check_json(path: Path, as_of: str, *extra: str) -> dict[str, Any]:
    code, out = run("check", str(path), "--as-of", as_of, "--format", "json", *extra)
    assert code in (0, 1), out
    return json.loads(out)


@pytest.fixture(autouse=True)
def _no_default_index(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run where no ./vncite.db exists, so only the shipped registry is used unless --db is given."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("VNCITE_DB", raising=False)


def test_bad_usage_exits_2(tmp_path: Path) -> None:
    assert run("check", str(SAMPLE), "--as-of", "31/02/2023")[0] == 2
    assert run("check", str(SAMPLE), "--format", "xml")[0] == 2
    assert run("check", str(tmp_path / "missing.txt"))[0] == 2


def test_exit_status_gates_on_errors(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text(
        "Căn cứ Nghị định số 110/2004/NĐ-CP ngày 08/4/2004 của Chính phủ về công tác văn thư;", encoding="utf-8"
    )
    good = tmp_path / "good.txt"
    good.write_text(
        "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;", encoding="utf-8"
    )
    assert run("check", str(bad), "--as-of", "2026-01-01")[0] == 1
    assert run("check", str(good), "--as-of", "2026-01-01")[0] == 0
    data = check_json(bad, "2026-01-01")
    finding = next(f for f in data["findings"] if f["code"] == "replaced")
    assert set(finding) >= {"code", "severity", "symbol", "line", "column", "message", "suggestion", "evidence"}
    assert finding["symbol"] == "110/2004/NĐ-CP" and finding["line"] == 1
    assert "30/2020/NĐ-CP" in finding["suggestion"]
    assert finding["evidence"][0]["date"] == "2020-03-05"


def codes_by_symbol(data: dict[str, Any]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for f in data["findings"]:
        out.setdefault(f["symbol"] or "", set()).add(f["code"])
    return out


def test_sample_as_of_its_own_year() -> None:
    data = check_json(SAMPLE, "2023-10-31")
    codes = codes_by_symbol(data)
    assert "period-ended" not in {c for cs in codes.values() for c in cs}
    assert "issuer-succeeded" not in {c for cs in codes.values() for c in cs}
    assert "incomplete-first-citation" in codes["25-NQ/TW"]  # first cited without its date
    assert "unknown-status" in codes["33/CT-TTg"]  # never "in force" without evidence
    assert data["document"]["as_of"] == "2023-10-31"


def test_sample_as_of_2026() -> None:
    data = check_json(SAMPLE, "2026-11-24")
    codes = codes_by_symbol(data)
    assert "issuer-succeeded" in codes["469/KH-STTTT"]
    assert "period-ended" in codes["469/KH-STTTT"]
    assert "period-ended" in codes["765/KH-UBND"]
    assert "period-ended" not in codes.get("33/CT-TTg", set())
    succ = next(f for f in data["findings"] if f["code"] == "issuer-succeeded" and f["symbol"] == "469/KH-STTTT")
    assert "Sở Khoa học và Công nghệ" in succ["message"] and succ["evidence"][0]["date"] == "2025-03-01"


def test_sarif_is_2_1_0() -> None:
    code, out = run("check", str(SAMPLE), "--as-of", "2026-11-24", "--format", "sarif")
    assert code in (0, 1)
    log = json.loads(out)
    assert log["version"] == "2.1.0" and log["$schema"].endswith("sarif-2.1.0.json")
    run_ = log["runs"][0]
    driver = run_["tool"]["driver"]
    assert driver["name"] == "vncite" and driver["rules"]
    ids = [r["id"] for r in driver["rules"]]
    for r in driver["rules"]:
        assert r["defaultConfiguration"]["level"] in ("error", "warning", "note")
        assert r["shortDescription"]["text"]
    assert run_["results"]
    for res in run_["results"]:
        assert ids[res["ruleIndex"]] == res["ruleId"]
        assert res["level"] in ("error", "warning", "note", "none")
        assert res["message"]["text"]
        region = res["locations"][0]["physicalLocation"]["region"]
        assert region["startLine"] >= 1 and region["startColumn"] >= 1
        assert (region["endLine"], region["endColumn"]) >= (region["startLine"], region["startColumn"])


def test_table_groups_by_severity(tmp_path: Path) -> None:
    draft = tmp_path / "d.txt"
    draft.write_text(
        "Căn cứ Nghị định số 110/2004/NĐ-CP ngày 08/4/2004 của Chính phủ về công tác văn thư;\n"
        "Thực hiện Chỉ thị số 33/CT-TTG ngày 26/11/2021 của Thủ tướng Chính phủ về công tác dân vận.",
        encoding="utf-8",
    )
    code, out = run("check", str(draft), "--as-of", "2026-01-01")
    assert code == 1
    assert out.index("LỖI") < out.index("CẢNH BÁO") < out.index("THÔNG TIN")
    assert "replaced" in out and "malformed-symbol" in out


def test_status_command() -> None:
    code, out = run("status", "110/2004/NĐ-CP", "--as-of", "2026-01-01", "--format", "json")
    assert code == 0, out
    info = json.loads(out)
    assert info["state"] == "replaced" and info["records"][0]["by_symbol"] == "30/2020/NĐ-CP"
    code, out = run("status", "110/2004/NĐ-CP", "--as-of", "2019-01-01", "--format", "json")
    info = json.loads(out)
    assert info["state"] == "unknown" and info["records"][0]["applies"] is False
    code, out = run("status", "33/CT-TTg", "--as-of", "2026-01-01")
    assert code == 0 and "chưa rõ" in out
