"""Public entry points of the extractor: text -> citations, in document order."""

from __future__ import annotations

from pathlib import Path

from vncite.extractor.model import Citation
from vncite.extractor.pipeline import run


def extract(text: str) -> list[Citation]:
    """Every citation in `text` (already decoded Unicode), in document order.

    Offsets refer to `text` itself: `text[c.start:c.end] == c.text`.
    """
    return run(text)


def extract_file(path: str | Path) -> list[Citation]:
    """Read a file in any supported format (decoding legacy encodings) and extract its citations."""
    from vncite.corpus import read_document

    return extract(read_document(Path(path)).text)
