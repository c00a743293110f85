"""Expand the files and folders a user names into the files to read."""

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from vncite.corpus.read import SUPPORTED_SUFFIXES

__all__ = ["SUPPORTED_SUFFIXES", "iter_files"]


def iter_files(paths: Iterable[Path | str]) -> Iterator[Path]:
    """Each named file, then the files under each named folder, recursively and sorted.

    Files named directly are yielded whatever their suffix (the reader reports unsupported
    ones). Inside folders, hidden entries (".git", ".~lock.x.docx#") and Office owner files
    ("~$bao-cao.docx", left beside open documents) are skipped. Symbolic links to folders are
    followed, but a folder already visited (a link loop, two links to one place) is not
    walked again.
    """
    visited: set[tuple[int, int]] = set()
    for path in paths:
        path = Path(path)
        if path.is_dir():
            yield from _walk(path, visited)
        else:
            yield path


def _walk(folder: Path, visited: set[tuple[int, int]]) -> Iterator[Path]:
    try:
        info = folder.stat()
    except OSError:
        return
    key = (info.st_dev, info.st_ino)
    if key in visited:
        return
    visited.add(key)
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith((".", "~$")):
            continue
        child = Path(entry.path)
        if entry.is_dir():
            yield from _walk(child, visited)
        elif entry.is_file():
            yield child
