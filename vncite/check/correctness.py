"""Correctness rules: is each citation consistent with itself, with the other mentions of the same
instrument, with the draft's own date, and complete the way NĐ 30/2020/NĐ-CP asks for a first citation."""

from __future__ import annotations

from functools import cache
from typing import Any

import regex

from vncite.check.context import CheckContext
from vncite.check.findings import catalogue_data, make_finding
from vncite.check.model import Evidence, Finding
from vncite.check.symbols import is_party_issuer
from vncite.check.text import (
    fold,
    full_form,
    is_real_date,
    parse_iso,
    raw_date_parts,
    reference,
    symbol_parts,
    vn_date,
)
from vncite.db.registry import symbol_year
from vncite.extractor.model import Citation

_ND30 = "Nghị định 30/2020/NĐ-CP, Phụ lục I"
#: laws and ordinances are cited by name and date, without number (NĐ 30/2020, Phụ lục I)
_BY_NAME = {"Hiến pháp", "Bộ luật", "Luật", "Pháp lệnh"}


def _rule(detail: str, source: str = "vncite") -> Evidence:
    return Evidence("rule", source, detail)


def check_consistency(ctx: CheckContext) -> list[Finding]:
    """date-conflict, issuer-conflict, subject-conflict: one instrument, two descriptions."""
    out: list[Finding] = []
    for indexes in ctx.instruments.values():
        seen: dict[str, tuple[int, str]] = {}
        for i in indexes:
            c = ctx.citations[i]
            st = c.stated
            for field_, value in (("date", st.date), ("issuer", st.issuer), ("subject", st.subject)):
                if not value:
                    continue
                if field_ not in seen:
                    seen[field_] = (i, value)
                    continue
                first_i, first = seen[field_]
                if _agree(field_, first, value):
                    continue
                line = ctx.line_of(first_i)
                ev = [_rule(f"lần viện dẫn ở dòng {line}: {first}")]
                details: dict[str, Any]
                if field_ == "date":
                    details = {
                        "date": vn_date(value),
                        "other_date": vn_date(first),
                        "suggestion": f"ngày {vn_date(first)}",
                    }
                elif field_ == "issuer":
                    details = {"issuer": value, "other_issuer": first, "suggestion": f"của {first}"}
                else:
                    details = {"suggestion": first}
                out.append(
                    make_finding(f"{field_}-conflict", c, i, evidence=ev, ref=reference(c), other_line=line, **details)
                )
    return out


def _agree(field_: str, a: str, b: str) -> bool:
    if field_ == "date":
        return a == b
    fa, fb = fold(a), fold(b)
    if fa in fb or fb in fa:
        return True
    if field_ == "subject":
        ta, tb = set(fa.split()), set(fb.split())
        return len(ta & tb) / max(1, min(len(ta), len(tb))) >= 0.6
    return False


def check_dates(ctx: CheckContext) -> list[Finding]:
    """invalid-date, date-after-document, year-mismatch."""
    out: list[Finding] = []
    year_checked: set[str] = set()
    for i, c in enumerate(ctx.citations):
        if c.kind == "self":
            continue
        raw = c.stated.raw_date
        parts = raw_date_parts(raw) if raw else None
        if parts and not is_real_date(*parts):
            out.append(
                make_finding("invalid-date", c, i, raw=raw, evidence=[_rule("ngày/tháng không tồn tại trong lịch")])
            )
            continue
        stated = parse_iso(c.stated.date)
        if stated and ctx.own_date and stated > ctx.own_date and c.relation not in ("thay_the", "bai_bo"):
            out.append(
                make_finding(
                    "date-after-document",
                    c,
                    i,
                    ref=reference(c),
                    date=vn_date(stated),
                    doc_date=vn_date(ctx.own_date),
                    evidence=[_rule(f"ngày của văn bản này: {vn_date(ctx.own_date)} (phần đầu văn bản)")],
                )
            )
        sym_year = symbol_year(c.symbol)
        if stated and sym_year and stated.year != sym_year and (c.key or "") not in year_checked:
            year_checked.add(c.key or "")
            out.append(
                make_finding(
                    "year-mismatch",
                    c,
                    i,
                    ref=reference(c),
                    symbol_year=sym_year,
                    date_year=stated.year,
                    evidence=[_rule("năm trong số ký hiệu là năm ban hành", "Luật Ban hành VBQPPL")],
                )
            )
    return out


@cache
def _type_equivalents() -> list[dict[str, object]]:
    return list(catalogue_data().get("type_equivalent", []))


def _types_agree(type_word: str, code_type: str, party: bool) -> bool:
    if type_word == code_type:
        return True
    for eq in _type_equivalents():
        if eq["type_word"] == type_word and eq["code_type"] == code_type and (party or not eq.get("party_only")):
            return True
    return False


def check_type_codes(ctx: CheckContext) -> list[Finding]:
    """type-code-mismatch: "Kế hoạch số 12/QĐ-UBND"."""
    out: list[Finding] = []
    for i, c in enumerate(ctx.citations):
        tw, ct = c.stated.type_word, c.stated.code_type
        if not tw or not ct or c.kind == "short":
            continue
        form, code, issuer = symbol_parts(c.symbol)
        party = form == "party" or is_party_issuer(issuer)
        if _types_agree(tw, ct, party):
            continue
        out.append(
            make_finding(
                "type-code-mismatch",
                c,
                i,
                type_word=tw,
                code=code or "?",
                code_type=ct,
                suggestion=f"{ct} số {c.symbol}" if c.symbol else None,
                evidence=[_rule("tên loại và chữ viết tắt tên loại văn bản", "Nghị định 30/2020/NĐ-CP, Phụ lục III")],
            )
        )
    return out


@cache
def _aliases() -> dict[str, tuple[list[str], list[str]]]:
    return {
        a["code"]: (list(a["names"]), list(a.get("not_names", []))) for a in catalogue_data().get("issuer_alias", [])
    }


def _names(issuer: str, code: str) -> bool:
    names, not_names = _aliases()[code]
    f = fold(issuer)
    return any(n in f for n in names) and not any(n in f for n in not_names)


def check_issuer_codes(ctx: CheckContext) -> list[Finding]:
    """issuer-code-mismatch: "33/CT-TTg … của Bộ trưởng Bộ Nội vụ"."""
    out: list[Finding] = []
    aliases = _aliases()
    for i, c in enumerate(ctx.citations):
        issuer = c.stated.issuer
        if not issuer or not c.symbol or c.kind == "short":
            continue
        _, _, codes = symbol_parts(c.symbol)
        if not codes:
            continue
        parts = [p for p in codes.split("-") if p]
        known = [p for p in parts if p in aliases]
        if not known or len(known) != len(parts[: len(known)]):
            continue
        if any(_names(issuer, p) for p in known):
            continue
        others = [code for code in aliases if code not in known and _names(issuer, code)]
        if not others:
            continue  # the stated issuer names no listed body: nothing to contradict
        expected = _expected_name(known[0])
        out.append(
            make_finding(
                "issuer-code-mismatch",
                c,
                i,
                issuer=issuer,
                code=known[0],
                code_issuer=expected,
                suggestion=f"của {expected}" if expected else None,
                evidence=[_rule(f"mã “{known[0]}” trong ký hiệu là {expected}; “{issuer}” là mã {others[0]}")],
            )
        )
    return out


def _expected_name(code: str) -> str:
    try:
        from vncite.patterns.issuers import issuer_name_for_code

        name = issuer_name_for_code(code)
        if name:
            return str(name)
    except ImportError:
        pass
    return _aliases()[code][0][0]


def check_first_citations(ctx: CheckContext) -> list[Finding]:
    """incomplete-first-citation: NĐ 30/2020 asks the first citation for date and issuer
    (laws and ordinances: name and date)."""
    out: list[Finding] = []
    own_codes = symbol_parts(ctx.own.symbol)[2] if ctx.own and ctx.own.symbol else None
    own_code = ctx.own.issuer_code if ctx.own and ctx.own.issuer_code else own_codes
    for i, c in ctx.first_mentions():
        if c.kind == "short" or (c.kind == "named" and c.type not in _BY_NAME and not c.number):
            continue  # a congress resolution, a programme or a standard named without number
        missing: list[tuple[str, str]] = []
        if c.type in _BY_NAME:
            if not c.title:
                missing.append(("tên", "the name"))
            if not c.stated.date and not _year_in(c):
                missing.append(("ngày thông qua", "the date"))
        else:
            if c.kind == "named":
                missing.append(("số, ký hiệu đầy đủ", "the full number and symbol"))
            if not c.stated.date:
                missing.append(("ngày ban hành", "the date of issue"))
            own_instrument = bool(own_code and c.issuer_code and c.issuer_code == own_code) or _same_body(
                c.issuer, ctx.own.issuer if ctx.own else None
            )
            if c.symbol and not c.stated.issuer and not own_instrument:
                missing.append(("cơ quan ban hành", "the issuer"))
        if not missing:
            continue
        out.append(
            make_finding(
                "incomplete-first-citation",
                c,
                i,
                ref=reference(c),
                missing_vi=" và ".join(m[0] for m in missing),
                missing_en=" and ".join(m[1] for m in missing),
                suggestion=full_form(c) if _can_complete(c, missing) else None,
                evidence=[
                    _rule(
                        "lần viện dẫn đầu tiên ghi đủ tên loại, số, ký hiệu, ngày, cơ quan ban hành, trích yếu", _ND30
                    )
                ],
            )
        )
    return out


def _same_body(a: str | None, b: str | None) -> bool:
    """The draft's own body cites its own documents ("Kế hoạch số 169/KH-STTTT" in a report of the Sở)."""
    if not a or not b:
        return False
    fa, fb = fold(a), fold(b)
    return fa in fb or fb in fa


def _can_complete(c: Citation, missing: list[tuple[str, str]]) -> bool:
    """Whether the other mentions of the instrument supply everything this first one lacks."""
    have = {
        "tên": bool(c.title),
        "số, ký hiệu đầy đủ": bool(c.symbol),
        "ngày thông qua": bool(c.date),
        "ngày ban hành": bool(c.date),
        "cơ quan ban hành": bool(c.issuer),
    }
    return all(have[m[0]] for m in missing)


def _year_in(c: Citation) -> bool:
    """ "Hiến pháp năm 2013", "Luật … năm 2015": a law named with its year is identified."""
    return bool(regex.search(r"năm\s+(?:19|20)\d\d", c.text))


@cache
def _back_reference() -> regex.Pattern[str]:
    from vncite.patterns.types import instrument_types

    words = sorted({w for t in instrument_types() for w in t.words}, key=len, reverse=True)
    alternation = "|".join(regex.escape(w) for w in words)
    return regex.compile(
        rf"(?<!\w)(?P<type>{alternation})\s+(?:nêu\s+trên|đã\s+nêu|nói\s+trên|trên\s+đây)(?!\w)",
        regex.IGNORECASE,
    )


def _type_of_word(word: str) -> str | None:
    from vncite.patterns.types import instrument_types

    w = fold(word)
    return next((t.name for t in instrument_types() if any(fold(x) == w for x in t.words)), None)


def check_dangling(ctx: CheckContext) -> list[Finding]:
    """dangling-reference: "Hướng dẫn nêu trên" with no guidance cited before it.

    The extractor reports such a mention as kind "short" without antecedent; where it leaves it out,
    the phrase is found in the text and checked against the instruments cited before it.
    """
    out: list[Finding] = []
    spans: list[tuple[int, int]] = []
    for i, c in enumerate(ctx.citations):
        if c.kind == "short" and c.symbol is None and c.antecedent is None and not c.title:
            spans.append((c.start, c.end))
            out.append(_dangling(c, i))
    for m in _back_reference().finditer(ctx.text):
        if any(a < m.end() and m.start() < b for a, b in spans) or m.group("type")[:1].islower():
            continue  # "các quy định nêu trên": the provisions above, a common noun (as the extractor reads it)
        covered = any(c.start < m.end() and m.start() < c.end for c in ctx.citations if c.kind != "self")
        type_ = _type_of_word(m.group("type"))
        earlier = any(c.type == type_ and c.start < m.start() for c in ctx.citations if c.kind != "self")
        if covered or earlier or type_ is None:
            continue
        out.append(_dangling(Citation.bare("short", m.group(0), m.start(), type=type_), None))
    return out


def _dangling(c: Citation, index: int | None) -> Finding:
    return make_finding(
        "dangling-reference",
        c,
        index,
        text=c.text.strip(),
        evidence=[_rule("không có văn bản cùng loại nào được viện dẫn trước đó")],
    )
