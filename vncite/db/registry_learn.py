"""Learning validity records from a document's own words.

"Quyết định này thay thế Quyết định số 96/QĐ-STTTT ngày 30/9/2023 …", "Bãi bỏ …", "… hết hiệu lực
kể từ ngày …", "sửa đổi, bổ sung một số điều của …", "đính chính …", "đình chỉ thi hành …": the
document that says so is the evidence, and the date is the one it states ("có hiệu lực kể từ ngày …")
or, failing that, its signing date. A target is learned only when its identity is precise (symbol
with a year, or with a date or issuer) and only when the document itself acts on it — not when it
merely cites an amending act ("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật …").
"""

from __future__ import annotations

from datetime import date

import regex

from vncite.db.registry import StatusRecord, symbol_year
from vncite.extractor.model import Citation

_ACTION_STATUS = {
    "thay_the": "replaced",
    "bai_bo": "repealed",
    "sua_doi": "amended",
    "dinh_chinh": "corrected",
    "dinh_chi": "suspended",
}
_DATE = r"(\d{1,2})\s*(?:tháng\s*(\d{1,2})\s*năm\s*|[/.\-]\s*(\d{1,2})\s*[/.\-]\s*)(\d{4})"
_IN_FORCE = regex.compile(
    r"(?:này|văn bản này)\s+có\s+hiệu\s+lực(?:\s+thi\s+hành)?(?:\s+kể)?\s+từ\s+(?:ngày\s+)?"
    r"(?:" + _DATE + r"|(?P<sign>ký|được\s+thông\s+qua|ban\s+hành|công\s+bố))",
    regex.IGNORECASE,
)
_ENDS = regex.compile(
    r"^[^.;\n]{0,160}?hết\s+hiệu\s+lực(?:\s+thi\s+hành)?(?:\s+kể)?\s+từ\s+(?:ngày\s+)?" + _DATE, regex.IGNORECASE
)
_PART = regex.compile(r"(?<!\w)(?:điều|khoản|điểm|chương|mục|phụ\s+lục|một\s+số\s+điều)(?!\w)", regex.IGNORECASE)
_PASSIVE_CITE = regex.compile(r"^\s*(?:\d+\.\s*)?(?:căn\s+cứ|xét|theo\s+đề\s+nghị|thực\s+hiện)", regex.IGNORECASE)


def _day(m: regex.Match[str], offset: int = 1) -> date | None:
    d, m1, m2, y = (m.group(offset), m.group(offset + 1), m.group(offset + 2), m.group(offset + 3))
    try:
        return date(int(y), int(m1 or m2), int(d))
    except (TypeError, ValueError):
        return None


def document_effective_date(text: str, signed: date | None) -> date | None:
    """When the document itself takes effect: the date it states, or its signing date."""
    for m in _IN_FORCE.finditer(text):
        if m.group("sign"):
            return signed
        found = _day(m)
        if found:
            return found
    return None


def _clause_start(text: str, at: int) -> int:
    cut = max(text.rfind(ch, 0, at) for ch in (";", "\n", ":"))
    stop = text.rfind(". ", 0, at)
    return max(cut, stop + 1 if stop >= 0 else -1) + 1


def _precise(c: Citation) -> bool:
    """Numbers repeat across years: the target needs a year, a date or a stated issuer."""
    if c.kind == "named":
        return bool(c.title and (c.date or c.year))
    return bool(c.symbol and (symbol_year(c.symbol) or c.date or c.stated.issuer))


def learn_from_text(text: str, citations: list[Citation], source: str) -> list[StatusRecord]:
    """The status records a document establishes about the instruments it acts on."""
    own = next((c for c in citations if c.kind == "self"), None)
    signed = date.fromisoformat(own.date) if own and own.date else None
    effective = document_effective_date(text, signed) or signed
    records: list[StatusRecord] = []
    for i, c in enumerate(citations):
        status = _ACTION_STATUS.get(c.relation)
        if status is None or c.kind not in ("full", "named") or not _precise(c):
            continue
        start = _clause_start(text, c.start)
        clause = text[start : c.start]
        if _PASSIVE_CITE.search(clause):
            continue  # "Căn cứ Luật sửa đổi … của Luật X": the amending act is another document
        earlier = [e for e in citations[:i] if e.kind in ("full", "named") and start <= e.start < c.start]
        if any(e.relation not in _ACTION_STATUS for e in earlier):
            continue  # nested in the subject of another citation
        scope = "part" if _PART.search(clause) or status == "amended" else "whole"
        when = effective
        after = _ENDS.match(text, c.end)
        if after:
            when = _day(after) or when
            if status == "repealed":
                status = "expired"
        elif status == "repealed" and regex.search(r"hết\s+hiệu\s+lực", clause, regex.IGNORECASE):
            status = "expired"
        records.append(
            StatusRecord(
                status=status,
                symbol=c.symbol,
                title=c.title,
                type=c.type,
                issue_date=date.fromisoformat(c.date) if c.date else None,
                issuer=c.stated.issuer or c.issuer,
                scope=scope,
                effective_date=when,
                by_symbol=own.symbol if own else None,
                by_date=signed,
                by_issuer=own.issuer if own else None,
                source=source,
                origin="learned",
                note=("" if when else "ngày hiệu lực không xác định được") + f" «{text[start : c.end].strip()[:160]}»",
            )
        )
    return records
