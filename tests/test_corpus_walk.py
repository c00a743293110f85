"""Folder walking and content hashing."""

import hashlib
import os
from pathlib import Path

import pytest

from vncite.corpus import SUPPORTED_SUFFIXES, content_hash, iter_files


def touch(path: Path, text: str = "x") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_supported_suffixes():
    assert {".txt", ".md", ".docx", ".pdf", ".html", ".htm", ".doc"} == SUPPORTED_SUFFIXES


def test_iter_files_recurses_sorted_and_skips_hidden(tmp_path):
    touch(tmp_path / "b" / "2.pdf")
    touch(tmp_path / "b" / "1.docx")
    touch(tmp_path / "a.txt")
    touch(tmp_path / "c" / "d" / "e.html")
    touch(tmp_path / ".git" / "config")
    touch(tmp_path / "b" / ".~lock.1.docx#")
    touch(tmp_path / "b" / "~$1.docx")
    single = touch(tmp_path.parent / f"{tmp_path.name}-single.md")
    assert list(iter_files([single, tmp_path])) == [
        single,
        tmp_path / "a.txt",
        tmp_path / "b" / "1.docx",
        tmp_path / "b" / "2.pdf",
        tmp_path / "c" / "d" / "e.html",
    ]


def test_iter_files_yields_named_files_of_any_suffix_and_accepts_str(tmp_path):
    image = touch(tmp_path / "anh.png")
    assert list(iter_files([str(image)])) == [image]


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_iter_files_survives_symlink_loops(tmp_path):
    touch(tmp_path / "goc" / "a.txt")
    (tmp_path / "goc" / "vong").symlink_to(tmp_path / "goc", target_is_directory=True)
    (tmp_path / "lien-ket").symlink_to(tmp_path / "goc", target_is_directory=True)
    assert list(iter_files([tmp_path])) == [tmp_path / "goc" / "a.txt"]


def test_content_hash_is_sha256_streamed(tmp_path):
    big = tmp_path / "big.pdf"
    data = os.urandom(3 * (1 << 20) + 17)
    big.write_bytes(data)
    assert content_hash(big) == hashlib.sha256(data).hexdigest()
    assert content_hash(str(big)) == content_hash(big)


def test_content_hash_changes_with_content(tmp_path):
    path = touch(tmp_path / "a.txt", "Chỉ thị 33/CT-TTg")
    before = content_hash(path)
    touch(path, "Chỉ thị 34/CT-TTg")
    assert content_hash(path) != before
