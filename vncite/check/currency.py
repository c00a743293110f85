"""Currency rules: is each cited instrument still in force as of the as-of date, and who answers for it.

One finding per instrument (at its first mention), each with evidence: the registry record (learned
from an indexed document, imported, or shipped), the stated period, or the reorganisation data.
"""

from __future__ import annotations

from typing import Any

import regex

from vncite.check.context import CheckContext
from vncite.check.findings import make_finding
from vncite.check.model import Evidence, Finding, Severity
from vncite.check.periods import stated_period
from vncite.check.succession import successor_of
from vncite.check.text import parse_iso, reference, symbol_parts, type_name_of_code, vn_date
from vncite.db.registry import StatusRecord, symbol_key, symbol_year
from vncite.extractor.model import Citation

#: registry statuses that produce a finding, and their code
STATUS_CODES = {
    "replaced": "replaced",
    "repealed": "repealed",
    "expired": "expired",
    "suspended": "suspended",
    "amended": "amended",
}

#: types whose currency is a matter of law (tracked by the national databases), not of a plan's period
_NORMATIVE_TYPES = {
    "Hiến pháp",
    "Bộ luật",
    "Luật",
    "Pháp lệnh",
    "Nghị định",
    "Thông tư",
    "Thông tư liên tịch",
    "Nghị quyết liên tịch",
    "Lệnh",
    "Văn bản hợp nhất",
}


def check_currency(ctx: CheckContext) -> tuple[list[Finding], dict[int, dict[str, Any]]]:
    """Findings, and for each instrument's first mention the status vncite can back with evidence."""
    findings: list[Finding] = []
    statuses: dict[int, dict[str, Any]] = {}
    for index, c in ctx.first_mentions():
        if c.key and ctx.acted_on(c.key):
            statuses[index] = {"state": "acted-on", "evidence": []}
            continue
        found = _registry_findings(ctx, index, c, statuses)
        found += _period_finding(ctx, index, c)
        found += _issuer_finding(ctx, index, c)
        if not found and index not in statuses:
            found.append(
                make_finding(
                    "unknown-status",
                    c,
                    index,
                    ref=reference(c),
                    evidence=[Evidence("rule", "vncite", "no registry record, indexed document or stated period")],
                )
            )
            statuses[index] = {"state": "unknown", "evidence": []}
        findings += found
    if ctx.own:
        findings += _issuer_finding(ctx, ctx.citations.index(ctx.own), ctx.own)
    return findings, statuses


def _registry_findings(
    ctx: CheckContext, index: int, c: Citation, statuses: dict[int, dict[str, Any]]
) -> list[Finding]:
    if ctx.registry is None:
        return []
    verdict = ctx.registry.verdict(c, ctx.as_of)
    own_key = symbol_key(ctx.own.symbol) if ctx.own and ctx.own.symbol else None
    records = [r for r in verdict.records if not (own_key and r.by_symbol and symbol_key(r.by_symbol) == own_key)]
    if not records and not verdict.future:
        return []
    statuses[index] = {
        "state": records[0].status if records else "unknown",
        "scope": records[0].scope if records else None,
        "evidence": [evidence_of(r).to_dict() for r in records],
        "later": [evidence_of(r).to_dict() for r in verdict.future],
    }
    out: list[Finding] = []
    for code in ("replaced", "repealed", "expired", "suspended", "amended"):
        hits = [r for r in records if STATUS_CODES.get(r.status) == code]
        if not hits:
            continue
        r = hits[0]
        part = r.scope == "part"
        severity: Severity | None = "warning" if part and code != "amended" else None
        out.append(
            make_finding(
                code,
                c,
                index,
                severity=severity,
                evidence=[evidence_of(h) for h in hits],
                suggestion=_suggest(code, latest_successor(ctx, r) if code == "replaced" else r),
                ref=reference(c),
                by=describe(r.by_symbol, r.type) if r.by_symbol else "văn bản khác",
                effective=vn_date(r.effective_date) if r.effective_date else "(ngày chưa rõ)",
                scope_vi=" một phần" if part else "",
                scope_en=" in part" if part else "",
                by_vi=f" (theo {describe(r.by_symbol)})" if r.by_symbol else "",
                by_en=f" (under {r.by_symbol})" if r.by_symbol else "",
            )
        )
        if code in ("replaced", "repealed", "expired") and not part:
            break  # a whole instrument out of force: amendments to it no longer matter
    return out


def _period_finding(ctx: CheckContext, index: int, c: Citation) -> list[Finding]:
    if c.type in _NORMATIVE_TYPES or symbol_year(c.symbol) or c.kind == "short":
        return []
    period = stated_period(c.subject or c.title)
    if period is None or period.end >= ctx.as_of:
        return []
    issued = parse_iso(c.date)
    if issued and issued > period.end:
        return []  # a report on a past year, issued after it: the period is its topic, not its life
    return [
        make_finding(
            "period-ended",
            c,
            index,
            ref=reference(c),
            period=period.text,
            end=vn_date(period.end),
            evidence=[
                Evidence("rule", "stated period", f"trích yếu: “{c.subject or c.title}”", date=period.end.isoformat())
            ],
        )
    ]


def _issuer_finding(ctx: CheckContext, index: int, c: Citation) -> list[Finding]:
    if not (c.issuer or c.issuer_code):
        return []
    succ = successor_of(c.issuer, c.issuer_code, ctx.as_of, parse_iso(c.date))
    if succ is None:
        return []
    basis = short_basis(succ.basis) + (" — chưa được xác nhận đầy đủ" if succ.unconfirmed else "")
    return [
        make_finding(
            "issuer-succeeded",
            c,
            index,
            severity="info" if succ.unconfirmed else None,
            issuer=c.issuer or succ.issuer,
            successor=succ.successor,
            effective_vi=f"từ {vn_date(succ.effective)}" if succ.effective else "trong năm 2025 (ngày tùy địa phương)",
            effective_en=f"on {vn_date(succ.effective)}" if succ.effective else "in 2025 (the date varies locally)",
            basis=basis,
            evidence=[
                Evidence(
                    "issuer-data",
                    succ.source or "vncite/patterns (reorg-2025)",
                    "; ".join(x for x in (succ.basis, succ.note) if x),
                    date=succ.effective.isoformat() if succ.effective else None,
                )
            ],
        )
    ]


_INSTRUMENT = regex.compile(
    r"(?:Nghị định|Nghị quyết|Kết luận|Quyết định|Quy định|Luật|Thông tư)\s+(?:số\s+)?\d+[\w/\-]*"
)


def short_basis(basis: str) -> str:
    """The instruments named in a legal-basis note ("Nghị định 45/2025/NĐ-CP; Nghị quyết 202/2025/QH15")."""
    names = list(dict.fromkeys(m.group(0) for m in _INSTRUMENT.finditer(basis)))
    return "; ".join(names) if names else basis


def evidence_of(r: StatusRecord) -> Evidence:
    """Evidence for a registry record: the indexed document for learned ones, else the registry entry."""
    what = {
        "replaced": "thay thế",
        "repealed": "bãi bỏ",
        "expired": "hết hiệu lực",
        "suspended": "đình chỉ",
        "amended": "sửa đổi, bổ sung",
        "corrected": "đính chính",
        "in_force": "còn hiệu lực",
        "not_yet_in_force": "chưa có hiệu lực",
    }.get(r.status, r.status)
    detail = f"{r.symbol or r.title}: {what}" + (" (một phần)" if r.scope == "part" else "")
    if r.by_symbol:
        detail += f", theo {r.by_symbol}" + (f" ngày {vn_date(r.by_date)}" if r.by_date else "")
    if r.retrieved_at:
        detail += f"; tra cứu ngày {r.retrieved_at}"
    if r.note:
        detail += f"; {r.note}"
    return Evidence(
        kind="document" if r.origin == "learned" else "registry",
        source=r.source or r.origin,
        detail=detail,
        symbol=r.by_symbol,
        date=r.effective_date.isoformat() if r.effective_date else None,
        origin=r.origin,
    )


def describe(symbol: str, hint: str | None = None) -> str:
    """ "Nghị định số 30/2020/NĐ-CP" from a bare symbol, when its type code (or `hint`) says the type."""
    name = type_name_of_code(symbol_parts(symbol)[1])
    if name is None and hint in ("Luật", "Bộ luật") and regex.search(r"/QH\d+$", symbol):
        name = "Luật"
    return f"{name} số {symbol}" if name else f"văn bản số {symbol}"


def latest_successor(ctx: CheckContext, r: StatusRecord) -> StatusRecord:
    """Follow replaced_by links while the replacing act was itself replaced by the as-of date."""
    seen = {symbol_key(r.symbol)} if r.symbol else set()
    while ctx.registry is not None and r.by_symbol and symbol_key(r.by_symbol) not in seen:
        seen.add(symbol_key(r.by_symbol))
        nxt = [x for x in ctx.registry.find_symbol(r.by_symbol) if x.status == "replaced" and x.applies(ctx.as_of)]
        if not nxt:
            break
        r = nxt[0]
    return r


def _suggest(code: str, r: StatusRecord) -> str | None:
    if code == "replaced" and r.by_symbol:
        return f"Viện dẫn {describe(r.by_symbol, r.type)}" + (f" ngày {vn_date(r.by_date)}" if r.by_date else "")
    if code == "amended" and r.by_symbol:
        return f"… đã được sửa đổi, bổ sung bởi {describe(r.by_symbol)}"
    return None
