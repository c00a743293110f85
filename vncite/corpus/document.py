"""The text of one file, with page boundaries so a citation can be shown on its page."""

from bisect import bisect_right
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Document:
    """What a reader returns.

    `pages` holds the offset in `text` where each page starts ([0] for formats without pages),
    so offsets reported by the extractor map back to page numbers. `encoding` names the
    encoding the text was decoded or converted from ("utf-8", "cp1258", "tcvn3", "vni"...), or
    is None when the format fixes it and nothing was converted.
    """

    text: str
    format: str
    path: Path
    pages: list[int] = field(default_factory=lambda: [0])
    encoding: str | None = None

    def page_of(self, offset: int) -> int:
        """The 1-based page holding character `offset` of `text`."""
        return max(1, bisect_right(self.pages, offset))
