"""`--format sarif`: a SARIF 2.1.0 log, so editors and CI systems show the findings in place."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from vncite.check.findings import catalogue
from vncite.check.model import Finding, Report
from vncite.check.text import LineIndex

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def _uri(path: str | None) -> str:
    if not path:
        return "stdin"
    p = Path(path)
    return p.as_uri() if p.is_absolute() else p.as_posix()


def _rules() -> list[dict[str, Any]]:
    return [
        {
            "id": spec.code,
            "name": "".join(w.capitalize() for w in spec.code.split("-")),
            "shortDescription": {"text": spec.title},
            "fullDescription": {"text": spec.help or spec.title},
            "defaultConfiguration": {"level": _LEVEL[spec.severity]},
            "properties": {"family": spec.family},
        }
        for spec in catalogue().values()
    ]


def _result(f: Finding, report: Report, lines: LineIndex, rule_index: dict[str, int]) -> dict[str, Any]:
    end_line, end_col = lines.position(max(f.start, f.end))
    region = {
        "startLine": f.line,
        "startColumn": f.column,
        "endLine": end_line,
        "endColumn": end_col,
        "charOffset": f.start,
        "charLength": max(0, f.end - f.start),
        "snippet": {"text": report.text[f.start : f.end]},
    }
    result: dict[str, Any] = {
        "ruleId": f.code,
        "ruleIndex": rule_index[f.code],
        "level": _LEVEL[f.severity],
        "message": {"text": f"{f.message}\n{f.gloss}"},
        "locations": [
            {"physicalLocation": {"artifactLocation": {"uri": _uri(report.path), "index": 0}, "region": region}}
        ],
        "properties": {"symbol": f.symbol, "suggestion": f.suggestion, "evidence": [e.to_dict() for e in f.evidence]},
    }
    fix = _fix(f, report, lines)
    if fix:
        result["fixes"] = [fix]
    return result


def _fix(f: Finding, report: Report, lines: LineIndex) -> dict[str, Any] | None:
    """A replacement for a malformed symbol, where the written form is found inside the mention."""
    if f.code != "malformed-symbol" or not f.suggestion or f.citation is None:
        return None
    written = report.citations[f.citation].stated.written_symbol or ""
    at = report.text.find(written, f.start, max(f.end, f.start + len(written)) + 1) if written else -1
    if at < 0:
        return None
    line, col = lines.position(at)
    end_line, end_col = lines.position(at + len(written))
    return {
        "description": {"text": f"Viết lại: {f.suggestion}"},
        "artifactChanges": [
            {
                "artifactLocation": {"uri": _uri(report.path), "index": 0},
                "replacements": [
                    {
                        "deletedRegion": {
                            "startLine": line,
                            "startColumn": col,
                            "endLine": end_line,
                            "endColumn": end_col,
                        },
                        "insertedContent": {"text": f.suggestion},
                    }
                ],
            }
        ],
    }


def report_to_sarif(report: Report) -> dict[str, Any]:
    from vncite import __version__

    lines = LineIndex(report.text)
    rules = _rules()
    rule_index = {r["id"]: i for i, r in enumerate(rules)}
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "vncite",
                        "version": __version__,
                        "informationUri": "https://pypi.org/project/vncite/",
                        "language": "vi",
                        "rules": rules,
                    }
                },
                "columnKind": "unicodeCodePoints",
                "artifacts": [{"location": {"uri": _uri(report.path)}, "mimeType": "text/plain"}],
                "results": [_result(f, report, lines, rule_index) for f in report.findings],
                "invocations": [{"executionSuccessful": True, "properties": {"asOf": report.as_of}}],
                "properties": {"document": report.document},
            }
        ],
    }
