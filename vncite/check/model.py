"""The records a check produces: findings with their evidence, and the report around them."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from vncite.extractor.model import Citation

Severity = Literal["error", "warning", "info"]

#: Order in which severities are shown (and ranked in SARIF).
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")


@dataclass(frozen=True, slots=True)
class Evidence:
    """Why a finding is made: which document, registry entry or rule says so, and from which date.

    kind: "document" (an indexed document), "registry" (an imported or shipped registry entry),
    "issuer-data" (the 2025 reorganisation tables), "rule" (a drafting rule such as NĐ 30/2020).
    """

    kind: str
    source: str
    detail: str = ""
    symbol: str | None = None
    date: str | None = None  # ISO date from which the claim holds (effective date)
    origin: str | None = None  # learned | imported | shipped, for registry evidence

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v not in (None, "")}


@dataclass(slots=True)
class Finding:
    """One problem found on one citation (mention) of the draft."""

    code: str
    severity: Severity
    message: str  # Vietnamese
    gloss: str  # English gloss
    start: int
    end: int
    line: int = 0
    column: int = 0
    symbol: str | None = None
    citation: int | None = None  # index of the mention in Report.citations
    suggestion: str | None = None
    evidence: list[Evidence] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "severity": self.severity,
            "symbol": self.symbol,
            "line": self.line,
            "column": self.column,
            "message": self.message,
            "gloss": self.gloss,
            "suggestion": self.suggestion,
            "evidence": [e.to_dict() for e in self.evidence],
            "start": self.start,
            "end": self.end,
            "text": None,
        }


@dataclass(slots=True)
class Report:
    """Everything a check found on one draft, as of one date."""

    path: str | None
    as_of: str
    document: dict[str, Any]
    citations: list[Citation]
    findings: list[Finding]
    text: str = field(default="", repr=False)
    statuses: dict[int, dict[str, Any]] = field(default_factory=dict)  # citation index -> status

    @property
    def errors(self) -> int:
        return sum(1 for f in self.findings if f.severity == "error")

    @property
    def exit_code(self) -> int:
        """0 when the draft has no errors, 1 when it has: a submission script can gate on it."""
        return 1 if self.errors else 0

    def counts(self) -> dict[str, int]:
        return {s: sum(1 for f in self.findings if f.severity == s) for s in SEVERITIES}
