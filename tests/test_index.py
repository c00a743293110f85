"""The index on SQLite and PostgreSQL: schema, incremental and idempotent runs, identities, links."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import REPORTS, write
from sqlalchemy import inspect, select, text

from vncite import Index
from vncite.db.models import Document, Instrument, Link, Mention


def snapshot(idx: Index) -> list[tuple[object, ...]]:
    """Every mention row as values that do not depend on row ids or insertion order."""
    fields = ("path", "start", "end", "symbol", "year", "date", "title", "kind", "relation")
    return sorted(tuple(r[f] for f in fields) for r in idx.rows())


def counts(idx: Index) -> dict[str, int]:
    with idx.engine.connect() as conn:
        return {t.__tablename__: len(conn.execute(select(t.id)).all()) for t in (Document, Instrument, Mention, Link)}


def test_schema_is_created_by_migrations_and_reopening_keeps_it(db_url: str, tmp_path: Path) -> None:
    with Index(db_url) as idx:
        idx.index(write(tmp_path / "docs", REPORTS), jobs=1)
        before = counts(idx)
    with Index(db_url) as idx:  # opening again runs the (no-op) upgrade and keeps the rows
        assert counts(idx) == before
        names = set(inspect(idx.engine).get_table_names())
        assert {"documents", "instruments", "mentions", "links", "alembic_version"} <= names
        with idx.engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def test_sqlite_runs_in_wal_mode_with_foreign_keys(tmp_path: Path) -> None:
    with Index(str(tmp_path / "plain-path.db")) as idx, idx.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_database_comes_from_vncite_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VNCITE_DB", str(tmp_path / "from-env.db"))
    with Index() as idx:
        idx.index(write(tmp_path / "docs", REPORTS), jobs=1)
    assert (tmp_path / "from-env.db").exists()


def test_indexing_twice_is_idempotent_and_skips_unchanged_files(db_url: str, tmp_path: Path) -> None:
    docs = write(tmp_path / "docs", REPORTS)
    with Index(db_url) as idx:
        first = idx.index(docs, jobs=1)
        assert (first.indexed, first.unchanged, first.failed) == (3, 0, [])
        rows, sizes = snapshot(idx), counts(idx)
        second = idx.index(docs, jobs=1)
        assert (second.indexed, second.unchanged) == (0, 3)
        assert snapshot(idx) == rows and counts(idx) == sizes


def test_touched_but_identical_file_is_not_reextracted(db_url: str, tmp_path: Path) -> None:
    docs = write(tmp_path / "docs", REPORTS)
    with Index(db_url) as idx:
        idx.index(docs, jobs=1)
        os.utime(docs / "ke-hoach-765.txt", ns=(1, 1))
        report = idx.index(docs, jobs=1)
        assert (report.indexed, report.unchanged) == (0, 3)
        assert idx.index(docs, jobs=1).unchanged == 3  # the new mtime was recorded


def test_changed_file_replaces_its_rows(db_url: str, tmp_path: Path) -> None:
    docs = write(tmp_path / "docs", REPORTS)
    with Index(db_url) as idx:
        idx.index(docs, jobs=1)
        (docs / "cong-van-2004.txt").write_text(
            "TỈNH ỦY LONG AN\nSố: 15-CV/TU\nLong An, ngày 10 tháng 5 năm 2004\n\n"
            "Thực hiện Quyết định số 99/QĐ-UBND ngày 01/02/2004 của UBND tỉnh Long An về quản lý.\n",
            encoding="utf-8",
        )
        report = idx.index(docs, jobs=1)
        assert (report.indexed, report.unchanged) == (1, 2)
        doc = idx.document(docs / "cong-van-2004.txt")
        assert doc is not None
        assert [c["symbol"] for c in doc["citations"]] == ["99/QĐ-UBND"]
        # the 2003 resolution was cited only by the old text: its row is gone
        assert [i["year"] for i in idx.instrument("25-NQ/TW")] == [2013]
        fresh_url = f"sqlite:///{tmp_path / 'fresh.db'}"
        with Index(fresh_url) as fresh:
            fresh.index(docs, jobs=1)
            assert snapshot(fresh) == snapshot(idx)


def test_prune_removes_deleted_files_only_under_the_given_paths(db_url: str, tmp_path: Path) -> None:
    docs = write(tmp_path / "docs", REPORTS)
    other = write(tmp_path / "other", {"x.txt": REPORTS["ke-hoach-765.txt"]})
    with Index(db_url) as idx:
        idx.index([docs, other], jobs=1)
        (docs / "cong-van-2004.txt").unlink()
        (other / "x.txt").unlink()
        assert idx.index(docs, jobs=1).pruned == 0  # without --prune nothing is removed
        report = idx.index(docs, jobs=1, prune=True)
        assert report.pruned == 1
        assert idx.document(docs / "cong-van-2004.txt") is None
        assert idx.document(other / "x.txt") is not None


def test_numbers_restart_so_year_tells_instruments_apart(db_url: str, tmp_path: Path) -> None:
    with Index(db_url) as idx:
        idx.index(write(tmp_path / "docs", REPORTS), jobs=1)
        found = idx.instrument("25-nq/tw")
        assert sorted(i["year"] for i in found) == [2003, 2013]
        by_year = {i["year"]: [d["path"] for d in i["cited_by"]] for i in found}
        assert [Path(p).name for p in by_year[2013]] == ["bao-cao-120.txt"]
        assert [Path(p).name for p in by_year[2003]] == ["cong-van-2004.txt"]
        # the undated "Chỉ thị 33/CT-TTg" of the 2004 letter joins the only 33/CT-TTg known
        assert len(idx.instrument("33/CT-TTg")) == 1


def test_links_join_documents_that_cite_an_indexed_document(db_url: str, tmp_path: Path) -> None:
    with Index(db_url) as idx:
        idx.index(write(tmp_path / "docs", REPORTS), jobs=1)
        g = idx.graph()
        names = {n["id"]: Path(n["path"]).name for n in g["nodes"]}
        assert [(names[e["source"]], names[e["target"]], e["instrument"]) for e in g["edges"]] == [
            ("bao-cao-120.txt", "ke-hoach-765.txt", "765/KH-UBND"),
        ]
        plan = idx.instrument("765/KH-UBND")[0]
        assert [d["symbol"] for d in plan["documents"]] == ["765/KH-UBND"]  # it is itself indexed


def test_links_survive_indexing_in_either_order(db_url: str, tmp_path: Path) -> None:
    docs = write(tmp_path / "docs", REPORTS)
    with Index(db_url) as idx:
        idx.index(docs / "bao-cao-120.txt", jobs=1)  # cites the plan before the plan is indexed
        assert idx.graph()["edges"] == []
        idx.index(docs / "ke-hoach-765.txt", jobs=1)
        assert len(idx.graph()["edges"]) == 1


def test_bad_files_are_reported_and_the_rest_indexed(db_url: str, tmp_path: Path) -> None:
    docs = write(tmp_path / "docs", REPORTS)
    (docs / "empty.txt").write_bytes(b"")
    (docs / "random.pdf").write_bytes(os.urandom(2048))
    (docs / "truncated.docx").write_bytes(b"PK\x03\x04" + os.urandom(100))
    (docs / "picture.png").write_bytes(b"\x89PNG\r\n")
    with Index(db_url) as idx:
        report = idx.index([docs, tmp_path / "missing.txt"], jobs=2)
        failed = {Path(p).name: reason for p, reason in report.failed}
        assert set(failed) == {"empty.txt", "random.pdf", "truncated.docx", "missing.txt"}
        assert all(failed.values())
        assert (report.indexed, report.unsupported) == (3, 1)
        assert idx.search("CT 33").documents
        doc = idx.document(docs / "random.pdf")
        assert doc is not None and doc["error"] and doc["citations"] == []


def test_search_runs_while_an_index_run_is_writing(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'index.db'}"
    docs = write(tmp_path / "docs", REPORTS)
    with Index(url) as writer, Index(url) as reader:
        writer.index(docs / "ke-hoach-765.txt", jobs=1)
        with writer.engine.begin() as conn:  # a batch transaction holding the write lock
            conn.execute(text("DELETE FROM mentions"))
            assert len(reader.search("CT 33").documents) == 1  # WAL: readers see the last commit
        assert reader.search("CT 33").documents == []
