"""Checks of a draft before submission: currency of what it cites, correctness of how it cites.

`check_text(text, as_of=..., registry=...)` and `check_file(path, ...)` return a `Report` whose
findings each carry a stable code (vncite/patterns/findings.toml), a severity, a Vietnamese message
with an English gloss, the corrected form where there is one, and evidence.
"""

from vncite.check.engine import check_citations, check_file, check_text
from vncite.check.model import Evidence, Finding, Report

__all__ = ["Evidence", "Finding", "Report", "check_citations", "check_file", "check_text"]
