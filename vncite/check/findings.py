"""The catalogue of finding codes, read from vncite/patterns/findings.toml.

Codes, severities and messages are data so that a clerk-facing wording can be fixed without
touching a rule, and so the examples next to each code are run by the tests.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any

from vncite.check.model import Evidence, Finding, Severity
from vncite.extractor.model import Citation
from vncite.patterns import load_toml


@dataclass(frozen=True, slots=True)
class FindingSpec:
    """One finding code as declared in findings.toml."""

    code: str
    family: str
    severity: Severity
    title: str
    message: str
    gloss: str
    help: str
    examples: tuple[dict[str, Any], ...] = field(default=())


class _Blank(dict[str, Any]):
    """Format parameters where a missing one prints as empty rather than raising."""

    def __missing__(self, key: str) -> str:
        return ""


@cache
def catalogue_data() -> dict[str, Any]:
    """The parsed findings.toml (cached)."""
    return load_toml("findings.toml")


@cache
def catalogue() -> dict[str, FindingSpec]:
    """Every finding code, in the order of the file."""
    specs: dict[str, FindingSpec] = {}
    for raw in catalogue_data()["finding"]:
        specs[raw["code"]] = FindingSpec(
            code=raw["code"],
            family=raw["family"],
            severity=raw["severity"],
            title=raw["title"],
            message=raw["message"],
            gloss=raw["gloss"],
            help=raw.get("help", ""),
            examples=tuple(raw.get("example", ())),
        )
    return specs


def make_finding(
    code: str,
    citation: Citation,
    index: int | None,
    /,
    *,
    evidence: list[Evidence] | None = None,
    suggestion: str | None = None,
    severity: Severity | None = None,
    **params: Any,
) -> Finding:
    """Build a finding of `code` on one mention, filling the message templates with `params`."""
    spec = catalogue()[code]
    values = _Blank(params)
    return Finding(
        code=code,
        severity=severity or spec.severity,
        message=spec.message.format_map(values),
        gloss=spec.gloss.format_map(values),
        start=citation.start,
        end=citation.end,
        symbol=citation.symbol,
        citation=index,
        suggestion=suggestion,
        evidence=list(evidence or ()),
    )
