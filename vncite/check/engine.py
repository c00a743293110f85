"""Run every rule family over one draft and assemble the report."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from vncite.check.context import CheckContext
from vncite.check.correctness import (
    check_consistency,
    check_dangling,
    check_dates,
    check_first_citations,
    check_issuer_codes,
    check_type_codes,
)
from vncite.check.currency import check_currency
from vncite.check.model import SEVERITIES, Finding, Report
from vncite.check.symbols import check_symbols
from vncite.db.registry import Registry, shipped_records
from vncite.extractor.model import Citation

Rule = Callable[[CheckContext], list[Finding]]

#: the rules that read only the draft (currency needs the registry and is run apart)
RULES: tuple[Rule, ...] = (
    check_consistency,
    check_dates,
    check_type_codes,
    check_issuer_codes,
    check_symbols,
    check_first_citations,
    check_dangling,
)


def check_citations(
    text: str,
    citations: list[Citation],
    *,
    as_of: date | None = None,
    registry: Registry | None = None,
    path: str | None = None,
    document: dict[str, Any] | None = None,
) -> Report:
    """Check already-extracted citations of `text` (the form unit tests and the index use)."""
    as_of = as_of or date.today()
    if registry is None:
        registry = Registry(shipped_records())
    ctx = CheckContext(text=text, citations=citations, as_of=as_of, registry=registry, path=path)
    findings: list[Finding] = []
    for rule in RULES:
        findings += rule(ctx)
    currency, statuses = check_currency(ctx)
    findings += currency
    for f in findings:
        f.line, f.column = ctx.lines.position(f.start)
    findings.sort(key=lambda f: (SEVERITIES.index(f.severity), f.start, f.code))
    own = ctx.own
    doc = {
        "path": path,
        "as_of": as_of.isoformat(),
        "type": own.type if own else None,
        "symbol": own.symbol if own else None,
        "date": own.date if own else None,
        "issuer": own.issuer if own else None,
        "citations": sum(1 for c in citations if c.kind != "self"),
        "instruments": len(ctx.instruments),
        "registry_records": len(registry),
    }
    doc.update(document or {})
    return Report(
        path=path,
        as_of=as_of.isoformat(),
        document=doc,
        citations=citations,
        findings=findings,
        text=text,
        statuses=statuses,
    )


def check_text(
    text: str,
    *,
    as_of: date | None = None,
    registry: Registry | None = None,
    path: str | None = None,
    document: dict[str, Any] | None = None,
) -> Report:
    """Extract the citations of a draft's text and check them."""
    from vncite.extractor import extract

    return check_citations(text, extract(text), as_of=as_of, registry=registry, path=path, document=document)


def check_file(path: str | Path, *, as_of: date | None = None, registry: Registry | None = None) -> Report:
    """Read a draft in any format the index reads, and check it."""
    from vncite.corpus import read_document

    doc = read_document(Path(path))
    return check_text(
        doc.text, as_of=as_of, registry=registry, path=str(path), document={"format": getattr(doc, "format", None)}
    )
