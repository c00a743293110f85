"""Text -> citations. A pure function of text: no I/O but `extract_file`, no database."""

from vncite.extractor.api import extract, extract_file

__all__ = ["extract", "extract_file"]
