"""Robustness of `vncite.extract` (issue 2, "Real text"): no input crashes it, offsets are always
valid, results come in document order, and the time grows linearly with the input."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import textwrap
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import vncite
from vncite import Citation

KINDS = {"full", "short", "named", "self"}
RELATIONS = {
    "can_cu", "thuc_hien", "huong_dan", "sua_doi", "thay_the", "bai_bo", "dinh_chinh", "dinh_chi",
    "hop_nhat", "dan_chieu",
}

# --------------------------------------------------------------------------- strategies

VI_LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
ALPHABET = (
    VI_LETTERS + VI_LETTERS.upper()
    + "ĐÐ0123456789/-–—‐−.,;:()“”\"' \n\t\u00a0\u0300\u0301\u0303\u0309\u0323&"
)

FRAGMENTS = [
    "số ", "Số: ", "số", "/", "-", "–", " / ", ".", ",", ";", ":", "(", ")", "\n", "\n\n", " ", "\u00a0",
    "“", "”", '"', "\u0301", "\u0300", "\u0323", "\u00d0", "Ð", "&",
    "Quyết định", "Nghị định", "Nghị quyết", "Chỉ thị", "Kế hoạch", "Thông tư", "Công văn", "Tờ trình",
    "Kết luận", "Luật", "Bộ luật", "Hiến pháp năm 2013", "Pháp lệnh", "Văn bản hợp nhất",
    "QUYẾT ĐỊNH", "NGHỊ ĐỊNH SỐ", "của", " của ", "ngày", " ngày ", "tháng", "năm", " về việc ", "về", "V/v",
    "Căn cứ ", "Thực hiện ", "Xét ", "thay thế ", "bãi bỏ ", "sửa đổi, bổ sung ", "hết hiệu lực kể từ ngày",
    "này", " nêu trên", "các ", " và ",
    "NĐ-CP", "QĐ-UBND", "CT-TTg", "CT-TTG", "NĐCP", "QD", "-NQ/TW", "/TW", "-KL", "KH-UBND", "TTLT-BTC-BNN",
    "QH15", "UBTVQH15", "QĐi", "VBHN-BTP", "SNV-CCHC&PC", "BDVTU-BCSĐUBND", "QĐ.UB", "30c", "-CP", "-HĐBT",
    " - TTg",
    "Ủy ban nhân dân tỉnh Tây Ninh", "Uỷ ban nhân dân", "Thủ tướng Chính phủ", "Chính phủ", "Quốc hội",
    "Ban Chấp hành Trung ương Đảng", "(khóa XI)", "khoá",
    "2023", "2015", "20/3/2023", "05 tháng 3 năm 2020", "03-6-2013", "(16.6.2025)", "12", "04", "1234",
    "0000000000", "9999", "https://thuvienphapluat.vn/van-ban/Quyet-dinh-40-2024-QD-UBND-625689.aspx",
    "ỦY BAN NHÂN DÂN\nTỈNH TÂY NINH\n", "Tây Ninh, ngày 05 tháng 3 năm 2024\n", "Điều 1. ",
]

fragment_text = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(alphabet=ALPHABET, max_size=6)),
    max_size=80,
).map("".join)

random_text = st.text(max_size=300)

#: letters, spaces and light punctuation only: cannot form a number, a date or a header
QUIET = st.text(alphabet=VI_LETTERS + " ,.;()\n", max_size=120)


def check_invariants(text: str, cits: list[Citation]) -> None:
    assert isinstance(cits, list)
    prev = -1
    for i, c in enumerate(cits):
        assert isinstance(c, Citation)
        assert 0 <= c.start <= c.end <= len(text), (c.start, c.end, len(text))
        assert text[c.start:c.end] == c.text
        assert c.start >= prev, "results not sorted by start"
        prev = c.start
        assert c.kind in KINDS, c.kind
        assert c.relation in RELATIONS, c.relation
        assert c.year is None or isinstance(c.year, int)
        if c.date is not None:
            dt.date.fromisoformat(c.date)
        if c.kind == "full":
            assert c.symbol, c
        if c.kind == "short" and c.antecedent is None:
            assert c.symbol is None, c  # dangling ("Kế hoạch nêu trên" with no plan cited before): the checks report it
        elif c.kind == "short":
            assert c.antecedent is not None and 0 <= c.antecedent < len(cits), (i, c.antecedent)
            assert cits[c.antecedent].kind == "full"
            assert cits[c.antecedent].symbol == c.symbol
        c.to_dict()  # never raises


PROPS = settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)


@PROPS
@given(random_text)
def test_random_text_never_crashes(text: str) -> None:
    check_invariants(text, vncite.extract(text))


@PROPS
@given(fragment_text)
def test_adversarial_fragments_never_crash(text: str) -> None:
    check_invariants(text, vncite.extract(text))


@settings(max_examples=100, deadline=None)
@given(fragment_text)
def test_extract_is_deterministic(text: str) -> None:
    first = [c.to_dict() for c in vncite.extract(text)]
    assert [c.to_dict() for c in vncite.extract(text)] == first


@settings(max_examples=100, deadline=None)
@given(QUIET, QUIET)
def test_citation_between_noise_lines_is_found(before: str, after: str) -> None:
    line = "Căn cứ Quyết định số 4711/QĐ-UBND ngày 20/3/2023 của Ủy ban nhân dân tỉnh Tây Ninh;"
    text = f"{before}\n{line}\n{after}"
    cits = vncite.extract(text)
    check_invariants(text, cits)
    at = len(before) + 1
    hits = [
        c for c in cits if c.kind == "full" and c.symbol == "4711/QĐ-UBND" and at <= c.start < at + len(line)
    ]
    assert len(hits) == 1
    assert hits[0].date == "2023-03-20"


# --------------------------------------------------------------------------- linear time

#: name -> (head, unit, tail); the input is head + unit * n + tail
ADVERSARIAL: dict[str, tuple[str, str, str]] = {
    "slash-digits": ("", "1/", ""),
    "so": ("", "số ", ""),
    "quyet-dinh-so-then-number": ("", "Quyết định số ", "12"),
    "nghi-dinh": ("", "Nghị định ", ""),
    "dashes": ("", "-", ""),
    "digits": ("", "1234567890", ""),
    "cua-issuer": ("", "của Ủy ban nhân dân ", ""),
    "no-spaces": ("", "QuyếtđịnhsốNĐ-CP12/2023/ngày20/3/2023củaỦybannhândân", ""),
    "long-list": ("", "12/QĐ-UBND, ", "13/QĐ-UBND"),
    "party-list": ("", "24, ", "25-NQ/TW"),
    "quotes": ("", "“", "”"),
    "back-references": ("", "Nghị định số 40. ", "Căn cứ Nghị định số 40/2010/NĐ-CP."),
    "back-references-after-full": ("Căn cứ Nghị định số 40/2010/NĐ-CP.\n", "Nghị định số 40. ", ""),
    "dates": ("", "ngày 20/3/2023 ", ""),
    "newlines-and-so": ("", "số\n/\n", ""),
    "type-words-and-numbers": ("", "Quyết định 12 ", ""),
    # each citation's fields are read forward; with no "ngày" or "năm" anywhere after it, an unbounded
    # read would look for one through all the rest of the text
    "citations-without-dates": ("", "Quyết định số 12/QĐ-UBND. Luật Đất đai, ", ""),
}

_TIMER = textwrap.dedent(
    """
    import json, sys, time
    import vncite
    cases = json.loads(sys.argv[1])

    def once(text):
        t0 = time.perf_counter()
        vncite.extract(text)
        return time.perf_counter() - t0

    def best(text):
        return min(once(text) for _ in range(3))

    for name, (head, unit, tail) in cases.items():
        n = 4096  # enough repeats that a cost growing with the square of them shows
        while once(head + unit * n + tail) < 0.05 and len(unit) * n < 2_000_000:
            n *= 2
        t1 = best(head + unit * n + tail)
        t2 = best(head + unit * (2 * n) + tail)
        print(json.dumps({"name": name, "n": n, "chars": len(unit) * n, "t1": t1, "t2": t2}), flush=True)
    """
)

#: a generous bound for all inputs together; an exponential pattern hits it instead of hanging
TIMING_BUDGET_S = 240


@pytest.fixture(scope="module")
def timings() -> dict[str, Any]:
    """Time every adversarial input at n and 2n in one child process (so a catastrophic pattern
    is killed at the budget instead of hanging the suite). name -> result, or the error text."""
    cmd = [sys.executable, "-c", _TIMER, json.dumps(ADVERSARIAL)]
    out: dict[str, Any] = {}
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=TIMING_BUDGET_S, check=False)
        stdout, err = proc.stdout, proc.stderr[-2000:] if proc.returncode else ""
    except subprocess.TimeoutExpired as exc:
        raw = exc.stdout or b""
        stdout = raw.decode() if isinstance(raw, bytes) else raw
        err = f"timed out after {TIMING_BUDGET_S} s"
    for line in stdout.splitlines():
        r = json.loads(line)
        out[r["name"]] = r
    for name in ADVERSARIAL:
        out.setdefault(name, f"not measured: {err or 'no output'}")
    return out


@pytest.mark.parametrize("name", list(ADVERSARIAL))
def test_linear_time(name: str, timings: dict[str, Any]) -> None:
    """Doubling an adversarial input at most roughly doubles the time (best of 3 each)."""
    r = timings[name]
    assert isinstance(r, dict), f"{name}: {r}"
    assert r["t2"] <= 3 * r["t1"] + 0.05, f"{name}: {r}"
