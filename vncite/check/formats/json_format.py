"""`--format json`: {"document": {...}, "citations": [...], "findings": [...]}."""

from __future__ import annotations

from typing import Any

from vncite.check.model import Report
from vncite.check.text import LineIndex


def report_to_json(report: Report) -> dict[str, Any]:
    lines = LineIndex(report.text)
    citations = []
    for i, c in enumerate(report.citations):
        d = c.to_dict()
        d["line"], d["column"] = lines.position(c.start)
        if i in report.statuses:
            d["status"] = report.statuses[i]
        citations.append(d)
    findings = []
    for f in report.findings:
        d = f.to_dict()
        d["text"] = report.text[f.start : f.end]
        findings.append(d)
    return {
        "document": dict(report.document, counts=report.counts()),
        "citations": citations,
        "findings": findings,
    }
