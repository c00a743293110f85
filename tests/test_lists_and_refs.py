"""Lists, back references, merged fields, named references and the document's own number.

DESIGN.md §2.4, §2.6 ("Lists", "Partial and back references"), §4 (kinds "short", "named",
"self"; merged fields), issue 2 ("What the extractor finds").
"""

from __future__ import annotations

import itertools
import unicodedata

import pytest

import vncite
from vncite import Citation

# --------------------------------------------------------------------------- helpers


def fold(s: str) -> str:
    s = unicodedata.normalize("NFC", s).casefold()
    for old, new in {"oà": "òa", "oá": "óa", "uỳ": "ùy", "uý": "úy", "uỷ": "ủy"}.items():
        s = s.replace(old, new)
    return " ".join(s.split())


def squash(s: str | None) -> str:
    return "".join(fold(s or "").split())


def extract(text: str) -> list[Citation]:
    cits = vncite.extract(text)
    starts = [c.start for c in cits]
    assert starts == sorted(starts), "citations are not in document order"
    for c in cits:
        assert 0 <= c.start <= c.end <= len(text)
        assert text[c.start:c.end] == c.text
    return cits


def of_kind(cits: list[Citation], kind: str, symbol: str | None = None) -> list[Citation]:
    return [c for c in cits if c.kind == kind and (symbol is None or c.symbol == symbol)]


def full_symbols(cits: list[Citation]) -> list[str | None]:
    return [c.symbol for c in cits if c.kind == "full"]


def covering(cits: list[Citation], start: int, end: int) -> list[Citation]:
    """Citations whose span overlaps text[start:end]."""
    return [c for c in cits if c.start < end and start < c.end]


def nth(text: str, needle: str, n: int = 0) -> int:
    """Offset of the n-th occurrence of needle (0-based)."""
    pos = -1
    for _ in range(n + 1):
        pos = text.index(needle, pos + 1)
    return pos


# --------------------------------------------------------------------------- lists


def test_list_sharing_type_word_and_issuer() -> None:
    text = (
        "Thực hiện các Quyết định số 12/QĐ-UBND, 13/QĐ-UBND và 14/QĐ-UBND của Ủy ban nhân dân tỉnh Tây "
        "Ninh về việc phê duyệt danh mục dự án đầu tư công năm 2024, Sở Tài chính đã phối hợp với các "
        "chủ đầu tư triển khai thực hiện."
    )
    cits = extract(text)
    full = of_kind(cits, "full")
    assert [c.symbol for c in full] == ["12/QĐ-UBND", "13/QĐ-UBND", "14/QĐ-UBND"]
    for c, number in zip(full, ("12", "13", "14"), strict=True):
        assert c.type == "Quyết định"
        assert c.number == number
        assert number in c.text
        assert c.issuer_code == "UBND"
        assert squash("Tây Ninh") in squash(c.issuer), c.issuer
        assert c.relation == "thuc_hien"
    # one mention each, spans do not overlap
    for a, b in itertools.pairwise(full):
        assert a.end <= b.start


def test_list_without_issuer() -> None:
    text = "Ủy ban nhân dân tỉnh đã ban hành các Quyết định số 12/QĐ-UBND, 13/QĐ-UBND và 14/QĐ-UBND."
    cits = extract(text)
    full = of_kind(cits, "full")
    assert [c.symbol for c in full] == ["12/QĐ-UBND", "13/QĐ-UBND", "14/QĐ-UBND"]
    assert all(c.type == "Quyết định" for c in full)
    assert all(c.date is None for c in full)


def test_list_each_with_its_own_date_sharing_issuer() -> None:
    text = (
        "Xét các Tờ trình số 82/TTr-CP ngày 05/3/2024, số 125/TTr-CP ngày 02/4/2024 của Chính phủ về dự "
        "án Luật Đất đai (sửa đổi); Báo cáo thẩm tra của Ủy ban Kinh tế;"
    )
    cits = extract(text)
    full = of_kind(cits, "full")
    assert [c.symbol for c in full] == ["82/TTr-CP", "125/TTr-CP"]
    assert [c.date for c in full] == ["2024-03-05", "2024-04-02"]
    assert [c.number for c in full] == ["82", "125"]
    for c in full:
        assert c.type == "Tờ trình"
        assert squash(c.issuer) == squash("Chính phủ"), c.issuer
        assert c.relation == "can_cu"
    assert "82" in full[0].text and "125" in full[1].text


def test_party_list_sharing_the_symbol_tail() -> None:
    text = (
        "Tiếp tục thực hiện Nghị quyết 24, 25-NQ/TW Hội nghị Trung ương 7 khóa XI, Ban Thường vụ Tỉnh ủy "
        "chỉ đạo các cấp ủy, tổ chức đảng tổ chức sơ kết 10 năm."
    )
    cits = extract(text)
    full = of_kind(cits, "full")
    assert sorted(c.symbol for c in full) == ["24-NQ/TW", "25-NQ/TW"]
    for c in full:
        assert c.type == "Nghị quyết"
        assert c.issuer_code == "TW"
        assert c.year is None
        assert c.relation == "thuc_hien"
    # each mention is its own span: "24" does not sit inside the span of 25-NQ/TW
    assert full[0].end <= full[1].start, [(c.symbol, c.text) for c in full]
    assert [c.number for c in full] == ["24", "25"]
    assert "24" in full[0].text and "25" in full[1].text


def test_list_with_so_repeated_and_shared_issuer() -> None:
    text = (
        "Việc cấp, chỉnh lý số nhà được thực hiện theo Thông tư số 08/2024/TT-BXD và số 09/2025/TT-BXD của "
        "Bộ Xây dựng."
    )
    cits = extract(text)
    full = of_kind(cits, "full")
    assert [c.symbol for c in full] == ["08/2024/TT-BXD", "09/2025/TT-BXD"]
    assert [c.year for c in full] == [2024, 2025]
    for c in full:
        assert c.type == "Thông tư"
        assert squash(c.issuer) == squash("Bộ Xây dựng"), c.issuer


def test_two_instruments_keep_their_own_issuers_and_dates() -> None:
    text = (
        "Căn cứ Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ và Kế hoạch số 765/KH-UBND "
        "ngày 20/3/2023 của Ủy ban nhân dân tỉnh Tây Ninh;"
    )
    cits = extract(text)
    ct, kh = of_kind(cits, "full")
    assert (ct.symbol, ct.type, ct.date) == ("33/CT-TTg", "Chỉ thị", "2021-11-26")
    assert (kh.symbol, kh.type, kh.date) == ("765/KH-UBND", "Kế hoạch", "2023-03-20")
    assert squash(ct.issuer) == squash("Thủ tướng Chính phủ"), ct.issuer
    assert squash("Ủy ban nhân dân tỉnh Tây Ninh") in squash(kh.issuer), kh.issuer


# --------------------------------------------------------------------------- back references

ND40 = (
    "Căn cứ Nghị định số 40/2010/NĐ-CP ngày 12 tháng 4 năm 2010 của Chính phủ về kiểm tra và xử lý văn "
    "bản quy phạm pháp luật;\n"
    "Sở Tư pháp đã tiến hành rà soát các văn bản do Ủy ban nhân dân tỉnh ban hành.\n"
    "Việc kiểm tra văn bản được thực hiện theo trình tự quy định tại Điều 5 Nghị định số 40."
)


def test_short_number_resolves_to_earlier_full() -> None:
    cits = extract(ND40)
    full = of_kind(cits, "full", "40/2010/NĐ-CP")
    assert len(full) == 1
    shorts = of_kind(cits, "short")
    assert len(shorts) == 1, [c.to_dict() for c in cits]
    s = shorts[0]
    assert s.symbol == "40/2010/NĐ-CP"
    assert s.type == "Nghị định"
    assert s.start >= ND40.rindex("Nghị định số 40")
    assert "40" in s.text
    # merged fields: the short mention carries the instrument's date and issuer
    assert s.date == "2010-04-12"
    assert squash(s.issuer) == squash("Chính phủ")
    assert s.antecedent is not None and cits[s.antecedent] is full[0]
    # the bare number is not a separate named reference
    assert not of_kind(cits, "named")


KH_NEU_TREN = (
    "Thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh ban "
    "hành Kế hoạch số 765/KH-UBND ngày 20/3/2023 về thực hiện công tác dân vận chính quyền năm 2023.\n"
    "Để tổ chức thực hiện có hiệu quả Kế hoạch nêu trên, Sở Thông tin và Truyền thông đề nghị các phòng, "
    "đơn vị trực thuộc quán triệt đến toàn thể cán bộ, công chức, viên chức."
)


def test_ke_hoach_neu_tren_resolves_to_the_cited_plan() -> None:
    cits = extract(KH_NEU_TREN)
    assert sorted(full_symbols(cits)) == ["33/CT-TTg", "765/KH-UBND"]
    shorts = of_kind(cits, "short")
    assert len(shorts) == 1, [c.to_dict() for c in cits]
    s = shorts[0]
    pos = KH_NEU_TREN.index("Kế hoạch nêu trên")
    assert pos <= s.start < pos + len("Kế hoạch nêu trên")
    assert s.symbol == "765/KH-UBND"  # the plan, not the directive cited in between
    assert s.type == "Kế hoạch"
    assert s.date == "2023-03-20"


CT_NAY = (
    "Ngày 26/11/2021, Thủ tướng Chính phủ ban hành Chỉ thị số 33/CT-TTg về tiếp tục tăng cường và đổi "
    "mới công tác dân vận của cơ quan hành chính nhà nước, chính quyền các cấp trong tình hình mới.\n"
    "Qua hai năm thực hiện Chỉ thị này, nhận thức của cán bộ, công chức về công tác dân vận chính quyền "
    "được nâng lên rõ rệt."
)


def test_chi_thi_nay_points_to_the_cited_directive() -> None:
    cits = extract(CT_NAY)
    assert full_symbols(cits) == ["33/CT-TTg"]
    shorts = of_kind(cits, "short")
    assert len(shorts) == 1, [c.to_dict() for c in cits]
    s = shorts[0]
    pos = CT_NAY.index("Chỉ thị này")
    assert pos <= s.start < pos + len("Chỉ thị này")
    assert s.symbol == "33/CT-TTg"
    assert s.type == "Chỉ thị"
    assert squash(s.issuer) == squash("Thủ tướng Chính phủ")


def test_back_reference_without_antecedent_is_dangling() -> None:
    """A back reference with nothing to point at is kept as a "short" mention without a symbol: the
    draft check reports it as dangling-reference (README, "Back references")."""
    text = "Các đơn vị khẩn trương triển khai Kế hoạch nêu trên và báo cáo kết quả trước ngày 15/12/2024."
    cits = extract(text)
    (short,) = of_kind(cits, "short")
    assert short.symbol is None and short.antecedent is None and short.text == "Kế hoạch nêu trên"
    assert not of_kind(cits, "full")


# --------------------------------------------------------------------------- merged fields


def test_later_mention_carries_the_first_mentions_fields() -> None:
    text = (
        "Thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ về tiếp tục tăng cường và "
        "đổi mới công tác dân vận của cơ quan hành chính nhà nước, chính quyền các cấp trong tình hình mới, "
        "Sở đã ban hành kế hoạch triển khai.\n"
        "Nhìn chung, kết quả thực hiện Chỉ thị 33/CT-TTg trong năm 2023 đạt nhiều kết quả tích cực."
    )
    cits = extract(text)
    first, later = of_kind(cits, "full", "33/CT-TTg")
    assert later.start > first.start
    assert later.stated.date is None  # what the author wrote at that place
    for key in ("type", "symbol", "number", "year", "issuer", "issuer_code", "date", "subject"):
        assert getattr(later, key) == getattr(first, key), key
    assert later.date == "2021-11-26"
    assert later.subject and fold(later.subject).startswith("tiếp tục tăng cường")


def test_first_mention_gets_the_date_given_later() -> None:
    text = (
        "Quán triệt Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương Đảng về công tác dân vận trong "
        "tình hình mới đến toàn thể cán bộ, đảng viên.\n"
        "Thực hiện Chương trình hành động số 34-CTr/TU ngày 25/8/2013 của Tỉnh ủy thực hiện Nghị quyết số "
        "25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng (khóa XI) về “Tăng cường và đổi mới sự "
        "lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới”, Sở đã triển khai như sau:"
    )
    cits = extract(text)
    nq = of_kind(cits, "full", "25-NQ/TW")
    assert len(nq) == 2
    assert nq[0].stated.date is None
    assert nq[1].stated.date == "2013-06-03"
    assert [c.date for c in nq] == ["2013-06-03", "2013-06-03"]
    (ctr,) = of_kind(cits, "full", "34-CTr/TU")
    assert ctr.date == "2013-08-25"


def test_same_symbol_different_dates_are_different_instruments() -> None:
    text = (
        "Căn cứ Nghị quyết số 25-NQ/TW ngày 25/7/2008 của Ban Chấp hành Trung ương Đảng (khóa X) về tăng "
        "cường sự lãnh đạo của Đảng đối với công tác thanh niên thời kỳ đẩy mạnh công nghiệp hóa, hiện đại "
        "hóa;\n"
        "Căn cứ Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng (khóa XI) về tăng "
        "cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới;"
    )
    cits = extract(text)
    nq = of_kind(cits, "full", "25-NQ/TW")
    assert [c.date for c in nq] == ["2008-07-25", "2013-06-03"]
    assert nq[0].subject and "thanh niên" in nq[0].subject
    assert nq[1].subject and "dân vận" in nq[1].subject


# --------------------------------------------------------------------------- named references


@pytest.mark.parametrize(
    ("text", "type_", "title", "date", "relation"),
    [
        pytest.param(
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
            "Luật", "Tổ chức chính quyền địa phương", "2015-06-19", "can_cu", id="luat-with-date",
        ),
        pytest.param(
            "Người lao động được hưởng đầy đủ các chế độ theo quy định của Bộ luật Lao động.",
            "Bộ luật", "Lao động", None, None, id="bo-luat",
        ),
        pytest.param(
            "Quán triệt, thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng, Sở đã xây "
            "dựng chương trình hành động cụ thể.",
            "Nghị quyết", "Đại hội đại biểu toàn quốc lần thứ XIII", None, None, id="nq-dai-hoi",
        ),
    ],
)
def test_named_reference(text: str, type_: str, title: str, date: str | None, relation: str | None) -> None:
    cits = extract(text)
    assert not of_kind(cits, "full")
    named = [c for c in of_kind(cits, "named") if c.type == type_]
    assert len(named) == 1, [c.to_dict() for c in cits]
    n = named[0]
    assert n.symbol is None
    assert n.title and fold(n.title).startswith(fold(title)), n.title
    if date is not None:
        assert n.date == date
    if relation is not None:
        assert n.relation == relation
    assert fold(title).split()[0] in fold(n.text)


def test_named_law_title_is_exact() -> None:
    cits = extract("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;")
    (n,) = of_kind(cits, "named")
    assert squash(n.title) == squash("Tổ chức chính quyền địa phương")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Các cơ quan, đơn vị tổ chức tuyên truyền sâu rộng Hiến pháp năm 2013.", id="report"),
        pytest.param("Căn cứ Hiến pháp năm 2013;", id="can-cu"),
    ],
)
def test_named_constitution(text: str) -> None:
    cits = extract(text)
    named = of_kind(cits, "named")
    assert [c.type for c in named] == ["Hiến pháp"]
    assert named[0].symbol is None
    assert "Hiến pháp" in named[0].text
    assert not of_kind(cits, "full")


def test_bare_number_without_full_symbol_is_named() -> None:
    text = (
        "Đối với nhân viên bảo vệ, lái xe, cơ quan thực hiện ký kết hợp đồng theo Nghị định 111 và bố trí "
        "kinh phí trong dự toán được giao."
    )
    cits = extract(text)
    assert not of_kind(cits, "full")
    assert not of_kind(cits, "short")
    named = of_kind(cits, "named")
    assert len(named) == 1, [c.to_dict() for c in cits]
    n = named[0]
    assert (n.type, n.number, n.symbol) == ("Nghị định", "111", None)
    assert "111" in n.text


# --------------------------------------------------------------------------- self and "... này"

DECISION = """ỦY BAN NHÂN DÂN
TỈNH TÂY NINH
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 186/QĐ-UBND
Tây Ninh, ngày 05 tháng 3 năm 2024

QUYẾT ĐỊNH
Về việc phê duyệt Kế hoạch đào tạo, bồi dưỡng cán bộ, công chức, viên chức năm 2024

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TÂY NINH

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Nghị định số 101/2017/NĐ-CP ngày 01 tháng 9 năm 2017 của Chính phủ về đào tạo, bồi dưỡng cán \
bộ, công chức, viên chức;
Xét đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 82/TTr-SNV ngày 01 tháng 3 năm 2024.

QUYẾT ĐỊNH:

Điều 1. Phê duyệt Kế hoạch đào tạo, bồi dưỡng cán bộ, công chức, viên chức năm 2024 (kèm theo Kế hoạch).
Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 108/QĐ-UBND ngày 15 tháng 01 \
năm 2023 của Ủy ban nhân dân tỉnh Tây Ninh.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ, Thủ trưởng các sở, ban, ngành tỉnh \
chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Bộ Nội vụ;
- Lưu: VT, SNV.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Nguyễn Văn An
"""

ANNEX = """
KẾ HOẠCH
Đào tạo, bồi dưỡng cán bộ, công chức, viên chức năm 2024
(Ban hành kèm theo Quyết định số 186/QĐ-UBND ngày 05 tháng 3 năm 2024 của Chủ tịch Ủy ban nhân dân \
tỉnh Tây Ninh)

I. MỤC ĐÍCH, YÊU CẦU
"""


def test_self_identity_from_header_block() -> None:
    cits = extract(DECISION)
    selves = of_kind(cits, "self")
    assert len(selves) == 1, [c.to_dict() for c in selves]
    me = selves[0]
    assert me.symbol == "186/QĐ-UBND"
    assert me.number == "186"
    assert me.type == "Quyết định"
    assert me.date == "2024-03-05"
    assert me.issuer and squash("Tây Ninh") in squash(me.issuer)
    assert "186" in me.text
    # the document's own number is never a citation
    assert not [c for c in cits if c.kind != "self" and c.symbol == "186/QĐ-UBND"]


def test_citations_of_a_decision_and_their_roles() -> None:
    cits = extract(DECISION)
    full = {c.symbol: c for c in of_kind(cits, "full")}
    assert sorted(full) == ["101/2017/NĐ-CP", "108/QĐ-UBND", "82/TTr-SNV"]
    assert full["101/2017/NĐ-CP"].relation == "can_cu"
    assert full["101/2017/NĐ-CP"].date == "2017-09-01"
    assert full["82/TTr-SNV"].relation == "can_cu"  # "Xét ... Tờ trình số ..."
    assert full["82/TTr-SNV"].type == "Tờ trình"
    assert full["82/TTr-SNV"].date == "2024-03-01"
    assert full["108/QĐ-UBND"].relation == "thay_the"
    assert full["108/QĐ-UBND"].date == "2023-01-15"
    named = [c for c in of_kind(cits, "named") if c.type == "Luật"]
    assert len(named) == 1
    assert named[0].relation == "can_cu"
    assert named[0].date == "2015-06-19"
    assert not of_kind(cits, "short")  # "Kế hoạch" (the annexed plan) and "Quyết định này" resolve to nothing


def test_quyet_dinh_nay_is_not_a_citation_of_another_instrument() -> None:
    cits = extract(DECISION)
    for n in range(2):
        pos = nth(DECISION, "Quyết định này", n)
        hits = [c for c in covering(cits, pos, pos + len("Quyết định này")) if c.kind != "self"]
        assert not hits, [c.to_dict() for c in hits]
    # in particular it does not resolve to the decision it replaces
    assert len([c for c in cits if c.symbol == "108/QĐ-UBND"]) == 1


def test_own_number_repeated_in_annex_is_still_not_a_citation() -> None:
    text = DECISION + ANNEX
    cits = extract(text)
    selves = of_kind(cits, "self")
    assert selves, "own number not found"
    assert {c.symbol for c in selves} == {"186/QĐ-UBND"}
    assert not [c for c in cits if c.kind in ("full", "short") and c.symbol == "186/QĐ-UBND"]
    assert sorted(full_symbols(cits)) == ["101/2017/NĐ-CP", "108/QĐ-UBND", "82/TTr-SNV"]


PARTY_CONCLUSION = """BAN CHẤP HÀNH TRUNG ƯƠNG
*
Số 221-KL/TW
ĐẢNG CỘNG SẢN VIỆT NAM
Hà Nội, ngày 28 tháng 11 năm 2025

KẾT LUẬN
CỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ
về tình hình hoạt động của bộ máy chính quyền địa phương 2 cấp

Tại phiên họp ngày 28/11/2025, sau khi nghe Ban Tổ chức Trung ương báo cáo tình hình, kết quả hoạt \
động của bộ máy chính quyền địa phương 2 cấp tháng 11/2025 (Báo cáo số 565-BC/BTCTW, ngày 27/11/2025), \
Bộ Chính trị, Ban Bí thư kết luận như sau:
1. Các cấp ủy, tổ chức đảng tiếp tục thực hiện nghiêm Kết luận này.
"""


def test_party_self_identity_without_colon() -> None:
    cits = extract(PARTY_CONCLUSION)
    selves = of_kind(cits, "self")
    assert len(selves) == 1
    me = selves[0]
    assert (me.symbol, me.type, me.date) == ("221-KL/TW", "Kết luận", "2025-11-28")
    full = of_kind(cits, "full")
    assert [c.symbol for c in full] == ["565-BC/BTCTW"]
    assert full[0].date == "2025-11-27"
    assert full[0].type == "Báo cáo"
    assert not of_kind(cits, "short")  # "Kết luận này" is the document itself


LAW = """Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;

Chương I
NHỮNG QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh
Luật này quy định về nội dung dân chủ ở cơ sở, trách nhiệm của cơ quan, tổ chức, đơn vị trong việc \
thực hiện dân chủ ở cơ sở.
Điều 2. Áp dụng pháp luật
Việc cung cấp thông tin cho công dân được thực hiện theo quy định của Luật Tiếp cận thông tin số \
104/2016/QH13 và quy định của Luật này.

Điều 91. Hiệu lực thi hành
1. Luật này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2023.
2. Pháp lệnh Thực hiện dân chủ ở xã, phường, thị trấn số 34/2007/PL-UBTVQH11 hết hiệu lực kể từ ngày \
Luật này có hiệu lực thi hành.
"""


def test_luat_nay_is_not_a_citation() -> None:
    cits = extract(LAW)
    assert sorted(full_symbols(cits)) == ["104/2016/QH13", "34/2007/PL-UBTVQH11"]
    count = LAW.count("Luật này")
    assert count == 4
    for n in range(count):
        pos = nth(LAW, "Luật này", n)
        hits = [c for c in covering(cits, pos, pos + len("Luật này")) if c.kind != "self"]
        assert not hits, [c.to_dict() for c in hits]
    assert not of_kind(cits, "short")
    assert [c.type for c in of_kind(cits, "named")] == ["Hiến pháp"]
    (pl,) = of_kind(cits, "full", "34/2007/PL-UBTVQH11")
    assert pl.relation == "bai_bo"
    (tctt,) = of_kind(cits, "full", "104/2016/QH13")
    assert tctt.type == "Luật"


def test_own_number_with_its_year_left_out_is_the_document_itself() -> None:
    text = ("BỘ CÔNG THƯƠNG\nSố: 55/2025/TT-BCT\nHà Nội, ngày 28 tháng 11 năm 2025\nTHÔNG TƯ\nQuy định X\n\n"
            "*(Ban hành kèm theo Thông tư số 55/TT-BCT ngày 28 tháng 11 năm 2025 của Bộ trưởng Bộ Công Thương)*\n"
            "Căn cứ Thông tư số 55/TT-BNV ngày 1/2/2025;")
    kinds = [(c.kind, c.symbol) for c in extract(text) if c.symbol]
    assert kinds == [("self", "55/2025/TT-BCT"), ("self", "55/TT-BCT"), ("full", "55/TT-BNV")]
