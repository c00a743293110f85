"""Symbol form: is each số ký hiệu written the way NĐ 30/2020 (state) or the Party rules want it?

Works from what the author wrote at each mention (`Citation.stated.written_symbol`) against the
normalised symbol, and reports the corrected form: spaces, "QD"/"ND" without the stroke, wrong
case ("CT-TTG"), a lost hyphen ("NĐCP"), look-alike letters and dashes, and a Party symbol in
state form ("25/NQ-TW") or the reverse ("33-CT/TTg").
"""

from __future__ import annotations

import unicodedata
from functools import cache

import regex

from vncite.check.context import CheckContext
from vncite.check.findings import catalogue_data, make_finding
from vncite.check.model import Evidence, Finding
from vncite.check.text import symbol_parts

REASONS: dict[str, tuple[str, str]] = {
    "spaces": ("có khoảng trắng", "contains spaces"),
    "stroke": ("thiếu nét gạch của chữ Đ", "D written without its stroke (Đ)"),
    "case": ("sai chữ hoa/thường", "wrong letter case"),
    "hyphen": ("thiếu dấu gạch nối", "missing hyphen"),
    "lookalike": ("dùng ký tự Ð (U+00D0) thay cho Đ", "uses Ð (U+00D0) instead of Đ"),
    "dash": ("dùng gạch ngang dài thay cho dấu gạch nối", "uses a dash instead of a hyphen"),
    "party-as-state": (
        "ký hiệu văn bản của Đảng viết theo kiểu văn bản nhà nước",
        "a Party symbol written in the state form",
    ),
    "state-as-party": (
        "ký hiệu văn bản nhà nước viết theo kiểu văn bản của Đảng",
        "a state symbol written in the Party form",
    ),
}

_DASHES = regex.compile(r"[\u2010-\u2015\u2212]")
#: mixed-case issuer codes whose case carries meaning
_CASED_CODES = {"TTG": "TTg", "QĐI": "QĐi", "CTR": "CTr", "TTR": "TTr"}
_STATE_ISSUERS = frozenset(
    {
        "TTg",
        "CP",
        "VPCP",
        "UBND",
        "HĐND",
        "NHNN",
        "UBTVQH",
        "CTN",
        "BNV",
        "BTC",
        "BTP",
        "BCA",
        "BQP",
        "BNG",
        "BCT",
        "BXD",
        "BYT",
        "BGDĐT",
        "BKHCN",
        "BNNMT",
        "BVHTTDL",
        "BTTTT",
        "BKHĐT",
        "BGTVT",
        "BTNMT",
        "BNNPTNT",
        "BLĐTBXH",
        "SNV",
        "STC",
        "STP",
        "SCT",
        "SXD",
        "SKHCN",
        "SGDĐT",
        "SYT",
        "SVHTTDL",
        "SNNMT",
        "STTTT",
        "SKHĐT",
    }
)


@cache
def _party() -> tuple[frozenset[str], tuple[str, ...], frozenset[str]]:
    data = catalogue_data()["party_codes"]
    return frozenset(data["codes"]), tuple(data["prefixes"]), frozenset(data["party_only_types"])


def is_party_issuer(issuer_code: str | None) -> bool:
    """Whether the (first) issuer code of a symbol is a Party body (TW, TU, BDVTU, BCSĐ...)."""
    if not issuer_code:
        return False
    first = issuer_code.split("-")[0]
    codes, prefixes, _ = _party()
    return first in codes or first.startswith(prefixes)


def _clean(written: str) -> str:
    s = unicodedata.normalize("NFC", written).replace("\u00d0", "Đ").replace("\u00f0", "đ")
    s = _DASHES.sub("-", s)
    return regex.sub(r"\s+", "", s)


def _recase(token: str) -> str:
    from vncite.patterns.types import canonical_type_code

    up = token.upper()
    if up in _CASED_CODES:
        return _CASED_CODES[up]
    typed = canonical_type_code(token)
    if typed:
        return typed
    if regex.fullmatch(r"[\p{Lu}Đ]+\d*", up) and token != up and not token.isdigit():
        return up  # issuer codes are upper case ("ubnd" -> "UBND")
    return token


def _canonical(s: str) -> str:
    """Fix strokes and case token by token, keeping separators ("33/CT-TTG" -> "33/CT-TTg")."""
    parts = regex.split(r"([/\-.])", s)
    return "".join(p if p in "/-." or p.isdigit() else _recase(p) for p in parts)


def diagnose(written: str, normalised: str | None = None) -> tuple[str, list[str]] | None:
    """(corrected form, reasons) when `written` is malformed, else None."""
    raw = unicodedata.normalize("NFC", written).strip()
    base = _clean(raw)
    corrected = _canonical(base)
    if normalised:
        target = _canonical(_clean(normalised))
        if _skeleton(target) == _skeleton(corrected):
            corrected = target  # the extractor's form also restores lost hyphens ("NĐCP" -> "NĐ-CP")
    corrected = _fix_form(corrected)
    reasons: list[str] = []
    if regex.search(r"\s", raw):
        reasons.append("spaces")
    if "\u00d0" in raw or "\u00f0" in raw:
        reasons.append("lookalike")
    if _DASHES.search(raw):
        reasons.append("dash")
    letters_w, letters_c = regex.sub(r"[^\p{L}]", "", base), regex.sub(r"[^\p{L}]", "", corrected)
    if len(letters_w) == len(letters_c):
        if any(a in "Dd" and b in "Đđ" for a, b in zip(letters_w, letters_c, strict=True)):
            reasons.append("stroke")
        stroked = "".join(b if (a in "Dd" and b in "Đđ") else a for a, b in zip(letters_w, letters_c, strict=True))
        if stroked != letters_c and stroked.upper() == letters_c.upper():
            reasons.append("case")
    if base.count("-") + base.count("/") < corrected.count("-") + corrected.count("/"):
        reasons.append("hyphen")
    form_w, _, _ = symbol_parts(_canonical(base))
    form_c, _, _ = symbol_parts(corrected)
    if form_w and form_c and form_w != form_c:
        reasons.append("party-as-state" if form_c == "party" else "state-as-party")
    if not reasons or corrected == raw:
        return None
    return corrected, reasons


def _skeleton(s: str) -> str:
    return regex.sub(r"[\s/\-.]", "", s).upper().replace("Đ", "D")


def _fix_form(symbol: str) -> str:
    """Rewrite a Party symbol written in state form, or a state symbol in Party form."""
    form, type_code, issuer = symbol_parts(symbol)
    if not form or not type_code or not issuer:
        return symbol
    _, _, party_types = _party()
    number_year = regex.match(r"^(\d+\w*)[/-](?:((?:19|20)\d\d)/)?", symbol)
    if not number_year:
        return symbol
    number, year = number_year.group(1), number_year.group(2)
    party = is_party_issuer(issuer) or type_code in party_types
    first = issuer.split("-")[0]
    if form == "state" and party and not year:
        return f"{number}-{type_code}/{issuer}"
    if form == "party" and not party and first in _STATE_ISSUERS:
        return f"{number}/{year + '/' if year else ''}{type_code}-{issuer}"
    return symbol


def check_symbols(ctx: CheckContext) -> list[Finding]:
    findings: list[Finding] = []
    for i, c in enumerate(ctx.citations):
        written = c.stated.written_symbol
        if not written or c.kind == "short" or c.stated.own_numbering:
            continue  # a company's own numbering follows no rule of form
        result = diagnose(written, c.symbol)
        if result is None:
            continue
        corrected, reasons = result
        findings.append(
            make_finding(
                "malformed-symbol",
                c,
                i,
                suggestion=corrected,
                written=written,
                corrected=corrected,
                reasons_vi=", ".join(REASONS[r][0] for r in reasons),
                reasons_en=", ".join(REASONS[r][1] for r in reasons),
                evidence=[
                    Evidence(
                        "rule",
                        "Nghị định 30/2020/NĐ-CP, Phụ lục I; Hướng dẫn 36-HD/VPTW (văn bản của Đảng)",
                        ", ".join(reasons),
                    )
                ],
            )
        )
    return findings
