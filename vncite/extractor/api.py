"""Public entry points of the extractor."""

from __future__ import annotations

from pathlib import Path

from vncite.extractor.model import Citation


def extract(text: str) -> list[Citation]:
    """Every citation in `text`, in document order (placeholder until the pipeline lands)."""
    return []


def extract_file(path: str | Path) -> list[Citation]:
    """Read a file in any supported format and extract its citations."""
    from vncite.corpus import read_document

    return extract(read_document(Path(path)).text)
