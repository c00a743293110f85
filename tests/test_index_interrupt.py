"""An index run killed with SIGKILL leaves a consistent index that the next run completes."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from conftest import REPORTS, write
from test_index import snapshot

from vncite import Index

FILES = 400


def test_kill_minus_nine_then_rerun_completes_without_loss_or_duplicates(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    texts = list(REPORTS.values())
    write(docs, {f"r{n:05d}.txt": texts[n % 3].replace("Số: ", f"Số: {n}") for n in range(FILES)})
    db = tmp_path / "index.db"
    Index(f"sqlite:///{db}").close()  # create the schema first, so the poll below can count
    proc = subprocess.Popen(
        [str(Path(sys.executable).parent / "vncite"), "index", str(docs), "--db", str(db), "--jobs", "1"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    done = 0
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        with sqlite3.connect(db) as conn:
            done = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        if done:
            break
        time.sleep(0.01)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert 0 < done < FILES, "the run should have been killed part-way"
    with Index(f"sqlite:///{tmp_path / 'clean.db'}") as clean:
        clean.index(docs, jobs=2)
        expected = snapshot(clean)
    with Index(f"sqlite:///{db}") as idx:
        partial = snapshot(idx)
        indexed = {r[0] for r in partial}
        # whole files only: each file in the interrupted index has exactly its full set of mentions
        assert partial == [r for r in expected if r[0] in indexed]
        report = idx.index(docs, jobs=1)
        assert report.indexed + report.unchanged == FILES
        assert snapshot(idx) == expected
