"""The index commands end to end: index with its summary, show, stats, graph formats and demo."""

from __future__ import annotations

import json
import xml.dom.minidom
from pathlib import Path

from conftest import REPORTS, write
from typer.testing import CliRunner

from vncite.cli import app

runner = CliRunner()
WIDE = {"COLUMNS": "200"}


def test_index_show_stats_graph(tmp_path: Path) -> None:
    db = str(tmp_path / "i.db")
    docs = write(tmp_path / "docs", REPORTS)
    res = runner.invoke(app, ["index", str(docs), "--db", db, "--jobs", "1"], env=WIDE)
    assert res.exit_code == 0, res.output
    assert "files indexed" in res.stdout and "instruments in the index" in res.stdout
    shown = runner.invoke(app, ["show", "25-NQ/TW", "--db", db, "--format", "json"])
    assert sorted(i["year"] for i in json.loads(shown.stdout)) == [2003, 2013]
    doc = runner.invoke(app, ["show", str(docs / "bao-cao-120.txt"), "--db", db], env=WIDE)
    assert doc.exit_code == 0 and "33/CT-TTg" in doc.stdout and "thuc_hien" in doc.stdout
    assert runner.invoke(app, ["show", "1/XX-YY", "--db", db]).exit_code == 1
    stats = json.loads(runner.invoke(app, ["stats", "--db", db, "--format", "json"]).stdout)
    assert stats["most_cited"][0]["symbol"] == "33/CT-TTg" and stats["documents"] == 3
    assert "most-cited instruments" in runner.invoke(app, ["stats", "--db", db], env=WIDE).stdout
    dot = runner.invoke(app, ["graph", "--db", db]).stdout
    assert dot.startswith("digraph") and "->" in dot
    xml.dom.minidom.parseString(runner.invoke(app, ["graph", "--db", db, "--format", "graphml"]).stdout)
    graph = json.loads(runner.invoke(app, ["graph", "--db", db, "--format", "json"]).stdout)
    assert len(graph["edges"]) == 1 and len(graph["nodes"]) == 2


def test_missing_path_is_an_error(tmp_path: Path) -> None:
    res = runner.invoke(app, ["index", str(tmp_path / "nope"), "--db", str(tmp_path / "i.db")])
    assert res.exit_code == 2


def test_demo_answers_who_cites_directive_33(tmp_path: Path) -> None:
    res = runner.invoke(app, ["demo"], env=WIDE)
    assert res.exit_code == 0, res.output
    assert "33/CT-TTg" in res.stdout and "tay-ninh-2023-bao-cao-dan-van.txt" in res.stdout
