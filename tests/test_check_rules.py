"""Each finding code on a short draft built from Citation records (no extractor): positive and negative."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from test_check_support import build, mention

from vncite.check import check_citations
from vncite.check.findings import catalogue
from vncite.db.registry import Registry, record_from_mapping

CT33 = dict(
    type="Chỉ thị",
    symbol="33/CT-TTg",
    issuer="Thủ tướng Chính phủ",
    issuer_code="TTg",
    date="2021-11-26",
    subject="tiếp tục tăng cường và đổi mới công tác dân vận",
    stated=dict(
        type_word="Chỉ thị", code_type="Chỉ thị", date="2021-11-26", raw_date="26/11/2021", issuer="Thủ tướng Chính phủ"
    ),
)
QD12 = dict(
    type="Quyết định",
    symbol="12/2019/QĐ-UBND",
    issuer="Ủy ban nhân dân tỉnh Tây Ninh",
    issuer_code="UBND",
    date="2019-03-05",
    subject="quản lý chợ",
    stated=dict(
        type_word="Quyết định",
        code_type="Quyết định",
        date="2019-03-05",
        raw_date="05/3/2019",
        issuer="Ủy ban nhân dân tỉnh Tây Ninh",
    ),
)
KH469 = dict(
    type="Kế hoạch",
    symbol="469/KH-STTTT",
    issuer="Sở Thông tin và Truyền thông tỉnh Tây Ninh",
    issuer_code="STTTT",
    date="2023-03-30",
    subject="thực hiện công tác dân vận chính quyền năm 2023",
    stated=dict(
        type_word="Kế hoạch",
        code_type="Kế hoạch",
        date="2023-03-30",
        raw_date="30/3/2023",
        issuer="Sở Thông tin và Truyền thông tỉnh Tây Ninh",
    ),
)


def with_stated(base: dict[str, Any], **stated: Any) -> dict[str, Any]:
    out = dict(base)
    out["stated"] = dict(base["stated"], **stated)
    return out


def reg(**fields: Any) -> Registry:
    return Registry([record_from_mapping(dict({"source": "test"}, **fields))])


REPEALED = dict(
    symbol="12/2019/QĐ-UBND", issue_date="2019-03-05", effective_date="2023-01-01", amended_by="40/2022/QĐ-UBND"
)

#: the one-mention drafts most cases share
QD12_CITED = [mention("Quyết định số 12/2019/QĐ-UBND", **QD12)]
CT33_CITED = [mention("Chỉ thị số 33/CT-TTg", **CT33)]
KH469_CITED = [mention("Kế hoạch số 469/KH-STTTT", **KH469)]

# (code, mentions, as_of, registry, flagged)
CASES: list[tuple[str, list[dict[str, Any]], str, Registry | None, bool]] = [
    (
        "replaced",
        QD12_CITED,
        "2024-01-01",
        reg(**REPEALED | {"status": "replaced", "replaced_by": "40/2022/QĐ-UBND"}),
        True,
    ),
    (
        "replaced",
        QD12_CITED,
        "2022-12-31",
        reg(**REPEALED | {"status": "replaced", "replaced_by": "40/2022/QĐ-UBND"}),
        False,
    ),
    (
        "replaced",
        QD12_CITED,
        "2024-01-01",  # other year: not that one
        reg(**REPEALED | {"status": "replaced", "symbol": "12/2018/QĐ-UBND", "issue_date": "2018-01-02"}),
        False,
    ),
    ("repealed", QD12_CITED, "2024-01-01", reg(**REPEALED, status="repealed"), True),
    ("repealed", QD12_CITED, "2020-01-01", reg(**REPEALED, status="repealed"), False),
    ("expired", QD12_CITED, "2024-01-01", reg(**REPEALED, status="Hết hiệu lực toàn bộ"), True),
    ("expired", QD12_CITED, "2024-01-01", reg(**REPEALED, status="Còn hiệu lực"), False),
    ("suspended", QD12_CITED, "2024-01-01", reg(**REPEALED, status="Ngưng hiệu lực"), True),
    ("suspended", QD12_CITED, "2022-01-01", reg(**REPEALED, status="Ngưng hiệu lực"), False),
    ("amended", QD12_CITED, "2024-01-01", reg(**REPEALED, status="amended"), True),
    ("amended", QD12_CITED, "2022-01-01", reg(**REPEALED, status="amended"), False),
    ("period-ended", KH469_CITED, "2024-02-01", None, True),
    ("period-ended", KH469_CITED, "2023-10-31", None, False),
    ("issuer-succeeded", KH469_CITED, "2026-11-24", None, True),
    ("issuer-succeeded", KH469_CITED, "2024-06-01", None, False),
    ("issuer-succeeded", CT33_CITED, "2026-11-24", None, False),
    ("unknown-status", CT33_CITED, "2024-01-01", None, True),
    (
        "unknown-status",
        CT33_CITED,
        "2024-01-01",
        reg(symbol="33/CT-TTg", issue_date="2021-11-26", status="Còn hiệu lực", retrieved_at="2023-12-01"),
        False,
    ),
    (
        "date-conflict",
        [
            mention("Chỉ thị số 33/CT-TTg", **CT33),
            mention("Chỉ thị số 33/CT-TTg", **with_stated(CT33, date="2021-11-27")),
        ],
        "2024-01-01",
        None,
        True,
    ),
    (
        "date-conflict",
        [mention("Chỉ thị số 33/CT-TTg", **CT33), mention("Chỉ thị số 33/CT-TTg", **CT33)],
        "2024-01-01",
        None,
        False,
    ),
    (
        "issuer-conflict",
        [
            mention("Quyết định số 12/2019/QĐ-UBND", **QD12),
            mention("Quyết định số 12/2019/QĐ-UBND", **with_stated(QD12, issuer="UBND tỉnh Long An")),
        ],
        "2024-01-01",
        None,
        True,
    ),
    (
        "issuer-conflict",
        [
            mention("Quyết định số 12/2019/QĐ-UBND", **QD12),
            mention("Quyết định số 12/2019/QĐ-UBND", **with_stated(QD12, issuer="UBND tỉnh Tây Ninh")),
        ],
        "2024-01-01",
        None,
        False,
    ),
    (
        "subject-conflict",
        [
            mention("Quyết định số 12/2019/QĐ-UBND", **with_stated(QD12, subject="quản lý chợ")),
            mention("Quyết định số 12/2019/QĐ-UBND", **with_stated(QD12, subject="phòng chống dịch bệnh trên gia súc")),
        ],
        "2024-01-01",
        None,
        True,
    ),
    (
        "subject-conflict",
        [
            mention("Quyết định số 12/2019/QĐ-UBND", **with_stated(QD12, subject="quản lý chợ")),
            mention("Quyết định số 12/2019/QĐ-UBND", **with_stated(QD12, subject="quản lý chợ trên địa bàn tỉnh")),
        ],
        "2024-01-01",
        None,
        False,
    ),
    (
        "invalid-date",
        [
            mention(
                "Kế hoạch số 45/KH-UBND",
                type="Kế hoạch",
                symbol="45/KH-UBND",
                stated=dict(raw_date="31/02/2023", issuer="UBND tỉnh Tây Ninh"),
            )
        ],
        "2024-01-01",
        None,
        True,
    ),
    (
        "invalid-date",
        [
            mention(
                "Kế hoạch số 45/KH-UBND",
                type="Kế hoạch",
                symbol="45/KH-UBND",
                stated=dict(raw_date="28/02/2023", date="2023-02-28"),
            )
        ],
        "2024-01-01",
        None,
        False,
    ),
    (
        "date-after-document",
        [
            mention("Số: 100/KH-UBND", kind="self", symbol="100/KH-UBND", date="2023-03-10"),
            mention(
                "Chỉ thị số 05/CT-UBND",
                type="Chỉ thị",
                symbol="05/CT-UBND",
                date="2023-04-15",
                stated=dict(date="2023-04-15"),
            ),
        ],
        "2024-01-01",
        None,
        True,
    ),
    (
        "date-after-document",
        [
            mention("Số: 100/KH-UBND", kind="self", symbol="100/KH-UBND", date="2023-05-10"),
            mention(
                "Chỉ thị số 05/CT-UBND",
                type="Chỉ thị",
                symbol="05/CT-UBND",
                date="2023-04-15",
                stated=dict(date="2023-04-15"),
            ),
        ],
        "2024-01-01",
        None,
        False,
    ),
    (
        "year-mismatch",
        [
            mention(
                "Nghị định số 04/2015/NĐ-CP",
                type="Nghị định",
                symbol="04/2015/NĐ-CP",
                date="2016-02-10",
                stated=dict(date="2016-02-10", issuer="Chính phủ"),
            )
        ],
        "2024-01-01",
        None,
        True,
    ),
    (
        "year-mismatch",
        [
            mention(
                "Nghị định số 04/2015/NĐ-CP",
                type="Nghị định",
                symbol="04/2015/NĐ-CP",
                date="2015-01-09",
                stated=dict(date="2015-01-09", issuer="Chính phủ"),
            )
        ],
        "2024-01-01",
        None,
        False,
    ),
    (
        "type-code-mismatch",
        [
            mention(
                "Kế hoạch số 12/QĐ-UBND",
                type="Kế hoạch",
                symbol="12/QĐ-UBND",
                stated=dict(type_word="Kế hoạch", code_type="Quyết định"),
            )
        ],
        "2024-01-01",
        None,
        True,
    ),
    (
        "type-code-mismatch",
        [
            mention(
                "Quyết định số 12/QĐ-UBND",
                type="Quyết định",
                symbol="12/QĐ-UBND",
                stated=dict(type_word="Quyết định", code_type="Quyết định"),
            )
        ],
        "2024-01-01",
        None,
        False,
    ),
    (
        "type-code-mismatch",
        [
            mention(
                "Quy định số 205-QĐ/TW",
                type="Quy định",
                symbol="205-QĐ/TW",
                stated=dict(type_word="Quy định", code_type="Quyết định"),
            )
        ],
        "2024-01-01",
        None,
        False,
    ),
    (
        "issuer-code-mismatch",
        [mention("Chỉ thị số 33/CT-TTg", **with_stated(CT33, issuer="Bộ trưởng Bộ Nội vụ"))],
        "2024-01-01",
        None,
        True,
    ),
    ("issuer-code-mismatch", CT33_CITED, "2024-01-01", None, False),
    (
        "issuer-code-mismatch",
        [
            mention(
                "Chương trình số 34-CTr/TU",
                type="Chương trình",
                symbol="34-CTr/TU",
                stated=dict(issuer="Ban Chấp hành Đảng bộ tỉnh"),
            )
        ],
        "2024-01-01",
        None,
        False,
    ),
    (
        "malformed-symbol",
        [mention("Chỉ thị số 33/CT-TTG", **with_stated(CT33, written_symbol="33/CT-TTG"))],
        "2024-01-01",
        None,
        True,
    ),
    ("malformed-symbol", CT33_CITED, "2024-01-01", None, False),
    (
        "incomplete-first-citation",
        [
            mention(
                "Nghị quyết số 25-NQ/TW",
                type="Nghị quyết",
                symbol="25-NQ/TW",
                issuer="Ban Chấp hành Trung ương Đảng",
                date="2013-06-03",
                stated=dict(issuer="Ban Chấp hành Trung ương Đảng"),
            ),
            mention(
                "Nghị quyết số 25-NQ/TW",
                type="Nghị quyết",
                symbol="25-NQ/TW",
                date="2013-06-03",
                stated=dict(date="2013-06-03"),
            ),
        ],
        "2024-01-01",
        None,
        True,
    ),
    ("incomplete-first-citation", CT33_CITED, "2024-01-01", None, False),
    (
        "incomplete-first-citation",
        [
            mention(
                "Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015",
                kind="named",
                type="Luật",
                title="Tổ chức chính quyền địa phương",
                date="2015-06-19",
                stated=dict(date="2015-06-19"),
            )
        ],
        "2024-01-01",
        None,
        False,
    ),
    ("dangling-reference", [mention("Hướng dẫn nêu trên", kind="short", type="Hướng dẫn")], "2024-01-01", None, True),
    (
        "dangling-reference",
        [
            mention(
                "Hướng dẫn số 12/HD-SNV",
                type="Hướng dẫn",
                symbol="12/HD-SNV",
                stated=dict(date="2023-01-05", issuer="Sở Nội vụ"),
            ),
            mention("Hướng dẫn nêu trên", kind="short", type="Hướng dẫn", symbol="12/HD-SNV", antecedent=0),
        ],
        "2024-01-01",
        None,
        False,
    ),
]


@pytest.mark.parametrize(
    ("code", "mentions", "as_of", "registry", "flagged"),
    CASES,
    ids=[f"{c[0]}-{'pos' if c[4] else 'neg'}-{i}" for i, c in enumerate(CASES)],
)
def test_rule(code: str, mentions: list[dict[str, Any]], as_of: str, registry: Registry | None, flagged: bool) -> None:
    text, citations = build(*mentions)
    report = check_citations(text, citations, as_of=date.fromisoformat(as_of), registry=registry or Registry())
    codes = [f.code for f in report.findings]
    assert (code in codes) is flagged, [(f.code, f.message) for f in report.findings]
    for f in report.findings:
        assert f.line >= 1 and f.column >= 1
        assert f.message and f.gloss and f.evidence, f
        assert f.severity == catalogue()[f.code].severity or f.code in (
            "replaced",
            "repealed",
            "expired",
            "suspended",
            "issuer-succeeded",
        )


def test_every_code_has_a_positive_and_a_negative_case() -> None:
    for code in catalogue():
        assert any(c[0] == code and c[4] for c in CASES), code
        assert any(c[0] == code and not c[4] for c in CASES), code


def test_replaced_message_suggestion_and_evidence() -> None:
    text, citations = build(*QD12_CITED)
    registry = reg(**REPEALED | {"status": "replaced", "replaced_by": "40/2022/QĐ-UBND", "source": "https://vbpl.vn/x"})
    report = check_citations(text, citations, as_of=date(2024, 1, 1), registry=registry)
    f = next(f for f in report.findings if f.code == "replaced")
    assert f.severity == "error" and report.exit_code == 1
    assert "40/2022/QĐ-UBND" in f.message and "01/1/2023" in f.message
    assert f.suggestion and "Quyết định số 40/2022/QĐ-UBND" in f.suggestion
    assert f.evidence[0].source == "https://vbpl.vn/x" and f.evidence[0].date == "2023-01-01"


def test_partial_repeal_is_a_warning() -> None:
    text, citations = build(*QD12_CITED)
    registry = reg(**REPEALED, status="repealed", scope="part")
    report = check_citations(text, citations, as_of=date(2024, 1, 1), registry=registry)
    f = next(f for f in report.findings if f.code == "repealed")
    assert f.severity == "warning" and "một phần" in f.message


def test_a_draft_that_replaces_an_instrument_is_not_told_it_is_replaced() -> None:
    qd = dict(QD12, relation="thay_the")
    text, citations = build(mention("Quyết định số 12/2019/QĐ-UBND", **qd))
    registry = reg(**REPEALED | {"status": "replaced"})
    report = check_citations(text, citations, as_of=date(2024, 1, 1), registry=registry)
    assert not [f for f in report.findings if f.code in ("replaced", "unknown-status")]


def test_no_evidence_never_means_in_force() -> None:
    text, citations = build(*CT33_CITED)
    report = check_citations(text, citations, as_of=date(2024, 1, 1), registry=Registry())
    assert report.statuses[0]["state"] == "unknown"
    assert report.exit_code == 0


def test_malformed_symbol_gives_the_corrected_form() -> None:
    text, citations = build(mention("Chỉ thị số 33 / CT-TTG", **with_stated(CT33, written_symbol="33 / CT-TTG")))
    f = next(f for f in check_citations(text, citations, registry=Registry()).findings if f.code == "malformed-symbol")
    assert f.suggestion == "33/CT-TTg"
    assert "khoảng trắng" in f.message and "hoa/thường" in f.message


def test_dangling_reference_found_in_the_text_when_the_extractor_leaves_it_out() -> None:
    text = "Các đơn vị khẩn trương triển khai Kế hoạch nêu trên và báo cáo kết quả trước ngày 15/12/2024."
    report = check_citations(text, [], registry=Registry())
    (f,) = [f for f in report.findings if f.code == "dangling-reference"]
    assert text[f.start : f.end] == "Kế hoạch nêu trên" and f.column == text.index("Kế hoạch") + 1
    cited, citations = build(*KH469_CITED)
    later = cited + ". Các đơn vị triển khai Kế hoạch nêu trên."
    assert "dangling-reference" not in [f.code for f in check_citations(later, citations).findings]


def test_generic_provisions_above_are_no_dangling_reference() -> None:
    text = "Đề nghị Công ty căn cứ các quy định nêu trên để thực hiện."
    assert "dangling-reference" not in [f.code for f in check_citations(text, [], registry=Registry()).findings]


def test_a_companys_own_numbering_is_not_judged_by_the_state_rules_of_form() -> None:
    import vncite

    text = "Trả lời công văn số 01-10/2025/CV-TKV ngày 20/10/2025 của Công ty TNHH Tokokosen về việc vướng mắc."
    codes = [f.code for f in check_citations(text, vncite.extract(text), registry=Registry()).findings]
    assert "malformed-symbol" not in codes
    spaced = "Căn cứ Nghị quyết số 704 NQ/HĐNN7 ngày 30/01/1986 của Hội đồng Nhà nước về việc thăng quân hàm."
    findings = check_citations(spaced, vncite.extract(spaced), registry=Registry()).findings
    assert [f.suggestion for f in findings if f.code == "malformed-symbol"] == ["704-NQ/HĐNN7"]


@pytest.mark.parametrize(
    ("subject", "end"),
    [
        ("thực hiện công tác dân vận chính quyền năm 2023", date(2023, 12, 31)),
        ("công tác dân vận giai đoạn 2021-2026", date(2026, 12, 31)),
        ("phát triển đến năm 2030, tầm nhìn đến năm 2045", date(2030, 12, 31)),
        ("thực hiện Nghị quyết số 25-NQ/TW ngày 03 tháng 6 năm 2013", None),
        ("ban hành Quy chế làm việc", None),
    ],
    ids=["year", "span", "horizon", "dated-reference", "no-period"],
)
def test_period_of_a_subject(subject: str, end: date | None) -> None:
    from vncite.check.periods import stated_period

    period = stated_period(subject)
    assert (period.end if period else None) == end, subject


@pytest.mark.parametrize(
    ("written", "corrected", "reason"),
    [
        ("33/CT-TTG", "33/CT-TTg", "case"),
        ("30/2020/ND-CP", "30/2020/NĐ-CP", "stroke"),
        ("33 / CT-TTg", "33/CT-TTg", "spaces"),
        ("25/NQ-TW", "25-NQ/TW", "party-as-state"),
        ("33-CT/TTg", "33/CT-TTg", "state-as-party"),
        ("04/2015/NÐ-CP", "04/2015/NĐ-CP", "lookalike"),
        ("25–NQ/TW", "25-NQ/TW", "dash"),
    ],
)
def test_malformed_symbol_forms(written: str, corrected: str, reason: str) -> None:
    from vncite.check.symbols import diagnose

    result = diagnose(written)
    assert result is not None and result[0] == corrected and reason in result[1]


@pytest.mark.parametrize(
    "symbol",
    [
        "25-NQ/TW",
        "04-CTr/BDVTU-BCSĐUBND",
        "1116-QĐ/TU",
        "08-QĐi/TW",
        "30c/NQ-CP",
        "1234/UBND-VX",
        "77/2015/QH13",
        "2231/SNV-CCHC&PC",
        "12/VBHN-BTP",
        "183/2010/TTLT-BTC-BNN",
        "19-2018/NQ-CP",
        "45/2024/UBTVQH15",
    ],
)
def test_well_formed_symbols_are_not_flagged(symbol: str) -> None:
    from vncite.check.symbols import diagnose

    assert diagnose(symbol, symbol) is None
