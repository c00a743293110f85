"""The real-world forms of a citation (DESIGN.md §2.1, §2.4, §2.6; issue 2 "Real text").

One row per tricky form: a sentence as a clerk writes it, and the fields of every full
citation in it. Rows check, for each expected citation, only the keys they give:

- type, symbol, number, year, issuer_code, date, relation, kind: exact
  (issuer_code may be a `OneOf` where DESIGN.md leaves the split open);
- issuer: the expected words must appear in the issuer name (tone placement, case and spacing
  ignored: "Uỷ"/"Ủy", "Hoà"/"Hòa", line breaks); `Eq(...)` asks for the whole name;
- subject: prefix match, and the subject must not keep a leading "về việc"/"về"/"V/v";
- code_type, type_word, written_symbol: fields of `Citation.stated`.

Every row also checks that the set of full symbols found is exactly the set expected (no
extra matches on dates, "số 3", "giai đoạn 2011 - 2020", ...) and the offset invariants.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

import pytest

import vncite
from vncite import Citation

# --------------------------------------------------------------------------- helpers

_OLD_TONES = {
    "oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
    "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
}


def fold(s: str) -> str:
    """NFC, case-folded, old tone placement moved to the new one, whitespace collapsed."""
    s = unicodedata.normalize("NFC", s).casefold()
    for old, new in _OLD_TONES.items():
        s = s.replace(old, new)
    return " ".join(s.split())


def squash(s: str) -> str:
    """`fold` without any whitespace: line breaks and glued words do not matter."""
    return "".join(fold(s).split())


@dataclass(frozen=True)
class Eq:
    """The issuer must be this name (modulo `squash`), not merely contain it."""

    name: str


@dataclass(frozen=True)
class OneOf:
    """Any of these values is accepted (DESIGN.md leaves the choice open)."""

    values: tuple[Any, ...]


def cit(**fields: Any) -> dict[str, Any]:
    """An expected citation; kind defaults to "full"."""
    fields.setdefault("kind", "full")
    return fields


def case(case_id: str, text: str, *expected: dict[str, Any]) -> Any:
    return pytest.param(text, list(expected), id=case_id)


def nfd(s: str) -> str:
    return unicodedata.normalize("NFD", s)


def check_offsets(text: str, cits: list[Citation]) -> None:
    starts = [c.start for c in cits]
    assert starts == sorted(starts), "citations are not in document order"
    for c in cits:
        assert 0 <= c.start <= c.end <= len(text), (c.start, c.end, len(text))
        assert text[c.start:c.end] == c.text, (text[c.start:c.end], c.text)
        if c.kind == "full":
            assert c.number, c
            digits = re.sub(r"\D", "", c.number)
            assert digits and digits in c.text, (c.number, c.text)
            if c.stated.written_symbol:
                assert c.stated.written_symbol in c.text, (c.stated.written_symbol, c.text)


_EXACT = ("kind", "type", "symbol", "number", "year", "issuer_code", "date", "relation")
_STATED = ("code_type", "type_word", "written_symbol")


def _match(actual: Any, wanted: Any) -> bool:
    if isinstance(wanted, OneOf):
        return actual in wanted.values
    return bool(actual == wanted)


def check_fields(c: Citation, exp: dict[str, Any]) -> None:
    where = f"{c.kind} {c.symbol!r} at {c.start}: {c.text!r}"
    for key in _EXACT:
        if key in exp:
            got = getattr(c, key)
            assert _match(got, exp[key]), f"{key}: got {got!r}, want {exp[key]!r} ({where})"
    for key in _STATED:
        if key in exp:
            got = getattr(c.stated, key)
            assert _match(got, exp[key]), f"stated.{key}: got {got!r}, want {exp[key]!r} ({where})"
    if "issuer" in exp:
        want = exp["issuer"]
        assert c.issuer, f"issuer missing, want {want!r} ({where})"
        assert unicodedata.is_normalized("NFC", c.issuer), f"issuer not NFC: {c.issuer!r}"
        assert c.issuer == " ".join(c.issuer.split()), f"issuer spacing not normalised: {c.issuer!r}"
        if isinstance(want, Eq):
            assert squash(c.issuer) == squash(want.name), f"issuer {c.issuer!r} != {want.name!r}"
        else:
            assert squash(want) in squash(c.issuer), f"issuer {c.issuer!r} lacks {want!r}"
    if "subject" in exp:
        assert c.subject, f"subject missing, want {exp['subject']!r}... ({where})"
        subject = fold(c.subject).lstrip("“\"'« ")
        for lead in ("về việc ", "v/v ", "về "):
            assert not subject.startswith(lead), f"subject keeps {lead!r}: {c.subject!r}"
        assert subject.startswith(fold(exp["subject"]).lstrip("“\"'« ")), (
            f"subject {c.subject!r} does not start with {exp['subject']!r}"
        )


def run_case(text: str, expected: list[dict[str, Any]]) -> list[Citation]:
    cits = vncite.extract(text)
    assert isinstance(cits, list)
    check_offsets(text, cits)
    found_full = sorted({c.symbol for c in cits if c.kind == "full" and c.symbol})
    want_full = sorted({e["symbol"] for e in expected if e["kind"] == "full"})
    assert found_full == want_full, f"full symbols found {found_full}, want {want_full}"
    for exp in expected:
        matches = [c for c in cits if c.kind == exp["kind"] and c.symbol == exp["symbol"]]
        assert matches, f"no {exp['kind']} citation {exp['symbol']!r} in {[c.symbol for c in cits]}"
        check_fields(matches[0], exp)
    return cits


# --------------------------------------------------------------------------- the table

TTG = Eq("Thủ tướng Chính phủ")
CP = Eq("Chính phủ")
QH = Eq("Quốc hội")

BASE_CASES = [
    # ---- §2.1 symbol forms ------------------------------------------------------------
    case(
        "individual-kh-slash-date",
        "Thực hiện Kế hoạch số 765/KH-UBND ngày 20/3/2023 của UBND tỉnh Tây Ninh về thực hiện công tác "
        "dân vận chính quyền năm 2023 trên địa bàn tỉnh Tây Ninh, Sở Thông tin và Truyền thông báo cáo "
        "kết quả như sau:",
        cit(type="Kế hoạch", symbol="765/KH-UBND", number="765", year=None, issuer_code="UBND",
            issuer="Ủy ban nhân dân tỉnh Tây Ninh", date="2023-03-20", relation="thuc_hien",
            subject="thực hiện công tác dân vận chính quyền năm 2023", code_type="Kế hoạch",
            type_word="Kế hoạch"),
    ),
    case(
        "vbqppl-nd-date-in-words",
        "Căn cứ Nghị định số 04/2015/NĐ-CP ngày 09 tháng 01 năm 2015 của Chính phủ về thực hiện dân chủ "
        "trong hoạt động của cơ quan hành chính nhà nước và đơn vị sự nghiệp công lập;",
        cit(type="Nghị định", symbol="04/2015/NĐ-CP", number="04", year=2015, issuer_code="CP",
            issuer=CP, date="2015-01-09", relation="can_cu",
            subject="thực hiện dân chủ trong hoạt động của cơ quan hành chính nhà nước",
            code_type="Nghị định"),
    ),
    case(
        "thong-tu-verb-subject-is-not-the-role",
        "Căn cứ Thông tư số 01/2011/TT-BNV ngày 19 tháng 01 năm 2011 của Bộ Nội vụ hướng dẫn thể thức và "
        "kỹ thuật trình bày văn bản hành chính;",
        cit(type="Thông tư", symbol="01/2011/TT-BNV", number="01", year=2011, issuer_code="BNV",
            issuer=Eq("Bộ Nội vụ"), date="2011-01-19", relation="can_cu",
            subject="hướng dẫn thể thức và kỹ thuật trình bày văn bản hành chính"),
    ),
    case(
        "law-by-name-and-number-qh15",
        "Căn cứ Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 ngày 10 tháng 11 năm 2022;",
        cit(type="Luật", symbol="10/2022/QH15", number="10", year=2022, issuer_code="QH15",
            issuer=QH, date="2022-11-10", relation="can_cu", code_type=None),
    ),
    case(
        "nq-qh15-ve-viec",
        "Căn cứ Nghị quyết số 202/2025/QH15 ngày 12 tháng 6 năm 2025 của Quốc hội về việc sắp xếp đơn vị "
        "hành chính cấp tỉnh;",
        cit(type="Nghị quyết", symbol="202/2025/QH15", number="202", year=2025, issuer_code="QH15",
            issuer=QH, date="2025-06-12", relation="can_cu",
            subject="sắp xếp đơn vị hành chính cấp tỉnh", code_type=None),
    ),
    case(
        "ubtvqh15",
        "Căn cứ Nghị quyết số 45/2024/UBTVQH15 ngày 18 tháng 3 năm 2024 của Ủy ban Thường vụ Quốc hội "
        "về việc thành lập thị xã Hòa Thành và thị xã Trảng Bàng thuộc tỉnh Tây Ninh;",
        cit(type="Nghị quyết", symbol="45/2024/UBTVQH15", number="45", year=2024,
            issuer_code="UBTVQH15", issuer=Eq("Ủy ban Thường vụ Quốc hội"), date="2024-03-18",
            relation="can_cu", subject="thành lập thị xã Hòa Thành", code_type=None),
    ),
    case(
        "old-pl-ubtvqh11-named-before-number-expiry-after",
        "Pháp lệnh Thực hiện dân chủ ở xã, phường, thị trấn số 34/2007/PL-UBTVQH11 hết hiệu lực kể từ ngày "
        "Luật này có hiệu lực thi hành.",
        cit(type="Pháp lệnh", symbol="34/2007/PL-UBTVQH11", number="34", year=2007,
            issuer_code="UBTVQH11", issuer=Eq("Ủy ban Thường vụ Quốc hội"), date=None,
            relation="bai_bo", code_type="Pháp lệnh"),
    ),
    case(
        "cong-van-without-type-code",
        "Thực hiện Công văn số 1234/UBND-VX ngày 15/5/2024 của Ủy ban nhân dân tỉnh Tây Ninh về việc triển "
        "khai Tháng hành động vì trẻ em năm 2024, Sở Văn hóa, Thể thao và Du lịch hướng dẫn như sau:",
        cit(type="Công văn", symbol="1234/UBND-VX", number="1234", year=None,
            issuer_code=OneOf(("UBND", "UBND-VX")), issuer="Ủy ban nhân dân tỉnh Tây Ninh",
            date="2024-05-15", relation="thuc_hien", subject="triển khai Tháng hành động vì trẻ em",
            code_type=None, type_word="Công văn"),
    ),
    case(
        "cong-van-ampersand-unit-vv",
        "Sở Nội vụ đã ban hành Công văn số 2231/SNV-CCHC&PC ngày 16/6/2025 V/v rà soát, đánh giá thủ tục "
        "hành chính năm 2025.",
        cit(type="Công văn", symbol="2231/SNV-CCHC&PC", number="2231", year=None,
            issuer_code=OneOf(("SNV", "SNV-CCHC&PC")), issuer="Sở Nội vụ", date="2025-06-16",
            relation="dan_chieu", subject="rà soát, đánh giá thủ tục hành chính", code_type=None),
    ),
    case(
        "party-nq-dash-date-quoted-subject",
        "Tiếp tục thực hiện Nghị quyết số 25-NQ/TW ngày 03-6-2013 của Ban Chấp hành Trung ương Đảng "
        "(khóa XI) về “Tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình "
        "mới”;",
        cit(type="Nghị quyết", symbol="25-NQ/TW", number="25", year=None, issuer_code="TW",
            issuer="Ban Chấp hành Trung ương Đảng", date="2013-06-03", relation="thuc_hien",
            subject="Tăng cường và đổi mới sự lãnh đạo của Đảng", code_type="Nghị quyết"),
    ),
    case(
        "party-quy-dinh-qdi",
        "Căn cứ Quy định số 08-QĐi/TW ngày 25/10/2018 của Ban Chấp hành Trung ương về trách nhiệm nêu "
        "gương của cán bộ, đảng viên, trước hết là Ủy viên Bộ Chính trị, Ủy viên Ban Bí thư, Ủy viên Ban "
        "Chấp hành Trung ương;",
        cit(type="Quy định", symbol="08-QĐi/TW", number="08", year=None, issuer_code="TW",
            issuer="Ban Chấp hành Trung ương", date="2018-10-25", relation="can_cu",
            subject="trách nhiệm nêu gương của cán bộ, đảng viên", code_type="Quy định"),
    ),
    case(
        "joint-party-program",
        "Thực hiện Chương trình phối hợp số 04-CTr/BDVTU-BCSĐUBND ngày 21/10/2021 của Ban Dân vận Tỉnh ủy "
        "và Ban Cán sự đảng Ủy ban nhân dân tỉnh về công tác dân vận giai đoạn 2021-2026;",
        cit(type="Chương trình", symbol="04-CTr/BDVTU-BCSĐUBND", number="04", year=None,
            issuer_code="BDVTU-BCSĐUBND", issuer="Ban Dân vận Tỉnh ủy", date="2021-10-21",
            relation="thuc_hien", subject="công tác dân vận giai đoạn 2021-2026",
            code_type="Chương trình"),
    ),
    case(
        "joint-ttlt",
        "Căn cứ Thông tư liên tịch số 183/2010/TTLT-BTC-BNN ngày 15 tháng 11 năm 2010 của Bộ Tài chính và "
        "Bộ Nông nghiệp và Phát triển nông thôn hướng dẫn chế độ quản lý, sử dụng kinh phí ngân sách nhà "
        "nước cấp đối với hoạt động khuyến nông;",
        cit(type="Thông tư liên tịch", symbol="183/2010/TTLT-BTC-BNN", number="183", year=2010,
            issuer_code="BTC-BNN", issuer="Bộ Tài chính", date="2010-11-15", relation="can_cu",
            subject="hướng dẫn chế độ quản lý, sử dụng kinh phí", code_type="Thông tư liên tịch"),
    ),
    case(
        "old-dotted-qd-ub",
        "Bãi bỏ Quyết định số 01/1999/QĐ.UB ngày 12/01/1999 của Ủy ban nhân dân tỉnh Tây Ninh về việc ban "
        "hành Quy định quản lý chợ trên địa bàn tỉnh.",
        cit(type="Quyết định", symbol="01/1999/QĐ.UB", number="01", year=1999, issuer_code="UB",
            issuer="Tây Ninh", date="1999-01-12", relation="bai_bo",
            subject="ban hành Quy định quản lý chợ", code_type="Quyết định"),
    ),
    case(
        "letter-after-number-30c",
        "Căn cứ Nghị quyết số 30c/NQ-CP ngày 08 tháng 11 năm 2011 của Chính phủ ban hành Chương trình "
        "tổng thể cải cách hành chính nhà nước giai đoạn 2011 - 2020;",
        cit(type="Nghị quyết", symbol="30c/NQ-CP", number="30c", year=None, issuer_code="CP",
            issuer=CP, date="2011-11-08", relation="can_cu",
            subject="ban hành Chương trình tổng thể cải cách hành chính"),
    ),
    case(
        "consolidated-vbhn",
        "Nội dung nêu trên đã được cập nhật tại Văn bản hợp nhất số 12/VBHN-BTP ngày 20/4/2021 của Bộ Tư "
        "pháp.",
        cit(type="Văn bản hợp nhất", symbol="12/VBHN-BTP", number="12", year=None, issuer_code="BTP",
            issuer=Eq("Bộ Tư pháp"), date="2021-04-20", code_type="Văn bản hợp nhất"),
    ),
    # ---- §2.5 roles ---------------------------------------------------------------------
    case(
        "role-hop-nhat",
        "Văn bản này hợp nhất Nghị định số 34/2016/NĐ-CP ngày 14 tháng 5 năm 2016 của Chính phủ quy định "
        "chi tiết một số điều và biện pháp thi hành Luật Ban hành văn bản quy phạm pháp luật.",
        cit(type="Nghị định", symbol="34/2016/NĐ-CP", number="34", year=2016, issuer_code="CP",
            issuer=CP, date="2016-05-14", relation="hop_nhat", subject="quy định chi tiết một số điều"),
    ),
    case(
        "role-huong-dan",
        "Thông tư này hướng dẫn thi hành Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ "
        "về công tác văn thư.",
        cit(type="Nghị định", symbol="30/2020/NĐ-CP", number="30", year=2020, issuer_code="CP",
            issuer=CP, date="2020-03-05", relation="huong_dan", subject="công tác văn thư"),
    ),
    case(
        "role-sua-doi",
        "Sửa đổi, bổ sung một số điều của Nghị định số 24/2014/NĐ-CP ngày 04 tháng 4 năm 2014 của Chính phủ "
        "quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung "
        "ương như sau:",
        cit(type="Nghị định", symbol="24/2014/NĐ-CP", number="24", year=2014, issuer_code="CP",
            issuer=CP, date="2014-04-04", relation="sua_doi",
            subject="quy định tổ chức các cơ quan chuyên môn"),
    ),
    case(
        "role-thay-the-after-quyet-dinh-nay",
        "Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 108/QĐ-STTTT ngày 12/4/2022 "
        "của Sở Thông tin và Truyền thông.",
        cit(type="Quyết định", symbol="108/QĐ-STTTT", number="108", year=None, issuer_code="STTTT",
            issuer="Sở Thông tin và Truyền thông", date="2022-04-12", relation="thay_the"),
    ),
    case(
        "role-dinh-chinh",
        "Đính chính Quyết định số 1526/QĐ-UBND ngày 12/7/2024 của Ủy ban nhân dân tỉnh Bình Định như sau:",
        cit(type="Quyết định", symbol="1526/QĐ-UBND", number="1526", year=None, issuer_code="UBND",
            issuer="Ủy ban nhân dân tỉnh Bình Định", date="2024-07-12", relation="dinh_chinh"),
    ),
    case(
        "role-dinh-chi",
        "Đình chỉ việc thi hành Nghị quyết số 15/2023/NQ-HĐND ngày 08 tháng 12 năm 2023 của Hội đồng nhân "
        "dân huyện Tân Biên.",
        cit(type="Nghị quyết", symbol="15/2023/NQ-HĐND", number="15", year=2023, issuer_code="HĐND",
            issuer="Hội đồng nhân dân huyện Tân Biên", date="2023-12-08", relation="dinh_chi"),
    ),
    case(
        "role-dan-chieu-ap-dung-theo-with-space-after-hyphen",
        "Mức chi áp dụng theo Thông tư số 92/2009/TT- BTC ngày 12/5/2009 của Bộ Tài chính.",
        cit(type="Thông tư", symbol="92/2009/TT-BTC", number="92", year=2009, issuer_code="BTC",
            issuer=Eq("Bộ Tài chính"), date="2009-05-12", relation="dan_chieu"),
    ),
    case(
        "role-xet-to-trinh-single-digit-date",
        "Xét Tờ trình số 82/TTr-SNV ngày 5/3/2024 của Sở Nội vụ về việc đề nghị phê duyệt danh sách công "
        "chức được cử đi đào tạo năm 2024.",
        cit(type="Tờ trình", symbol="82/TTr-SNV", number="82", year=None, issuer_code="SNV",
            issuer="Sở Nội vụ", date="2024-03-05", relation="can_cu",
            subject="đề nghị phê duyệt danh sách công chức", code_type="Tờ trình"),
    ),
    case(
        "type-word-huong-dan-is-not-role-huong-dan",
        "Thực hiện Hướng dẫn số 12-HD/BTGTU ngày 20/02/2024 của Ban Tuyên giáo Tỉnh ủy về tuyên truyền kỷ "
        "niệm các ngày lễ lớn năm 2024, Đảng ủy Sở triển khai như sau:",
        cit(type="Hướng dẫn", symbol="12-HD/BTGTU", number="12", year=None, issuer_code="BTGTU",
            issuer="Ban Tuyên giáo Tỉnh ủy", date="2024-02-20", relation="thuc_hien",
            subject="tuyên truyền kỷ niệm các ngày lễ lớn"),
    ),
    case(
        "cong-dien-bao-so-3",
        "Thực hiện Công điện số 110/CĐ-TTg ngày 16/7/2025 của Thủ tướng Chính phủ về việc chủ động ứng phó "
        "với bão số 3, Ủy ban nhân dân tỉnh yêu cầu:",
        cit(type="Công điện", symbol="110/CĐ-TTg", number="110", year=None, issuer_code="TTg",
            issuer=TTG, date="2025-07-16", relation="thuc_hien", subject="chủ động ứng phó với bão số 3",
            code_type="Công điện"),
    ),
    # ---- §2.4 dates and issuers ---------------------------------------------------------
    case(
        "date-parenthesised-dots-issuer-from-text-not-code",
        "Thực hiện Kết luận số 163-KL/TW (16.6.2025) của Ban Bí thư về tiếp tục đẩy mạnh công tác tuyên "
        "truyền, phổ biến, giáo dục pháp luật, Ban Thường vụ Tỉnh ủy chỉ đạo:",
        cit(type="Kết luận", symbol="163-KL/TW", number="163", year=None, issuer_code="TW",
            issuer="Ban Bí thư", date="2025-06-16", relation="thuc_hien",
            subject="tiếp tục đẩy mạnh công tác tuyên truyền", code_type="Kết luận"),
    ),
    case(
        "date-after-issuer",
        "Thực hiện Chỉ thị số 33/CT-TTg của Thủ tướng Chính phủ ngày 26/11/2021 về tiếp tục tăng cường và "
        "đổi mới công tác dân vận của cơ quan hành chính nhà nước, chính quyền các cấp trong tình hình mới, "
        "Sở đã xây dựng kế hoạch triển khai.",
        cit(type="Chỉ thị", symbol="33/CT-TTg", number="33", year=None, issuer_code="TTg",
            issuer=TTG, date="2021-11-26", relation="thuc_hien",
            subject="tiếp tục tăng cường và đổi mới công tác dân vận", code_type="Chỉ thị"),
    ),
    case(
        "comma-before-ngay",
        "Căn cứ Quyết định số 1526/QĐ-UBND, ngày 12/7/2024 của Ủy ban nhân dân tỉnh Bình Định về việc phê "
        "duyệt Đề án vị trí việc làm của Sở Nội vụ;",
        cit(type="Quyết định", symbol="1526/QĐ-UBND", number="1526", year=None, issuer_code="UBND",
            issuer="Ủy ban nhân dân tỉnh Bình Định", date="2024-07-12", relation="can_cu",
            subject="phê duyệt Đề án vị trí việc làm"),
    ),
    case(
        "comma-before-ngay-party-report",
        "Theo Báo cáo số 565-BC/BTCTW, ngày 27/11/2025 của Ban Tổ chức Trung ương, bộ máy chính quyền địa "
        "phương 2 cấp cơ bản vận hành thông suốt.",
        cit(type="Báo cáo", symbol="565-BC/BTCTW", number="565", year=None, issuer_code="BTCTW",
            issuer="Ban Tổ chức Trung ương", date="2025-11-27", relation="dan_chieu",
            code_type="Báo cáo"),
    ),
    case(
        "date-in-words-unpadded",
        "Căn cứ Quyết định số 1899/QĐ-TTg ngày 4 tháng 9 năm 2025 của Thủ tướng Chính phủ ban hành Kế "
        "hoạch triển khai công tác phòng thủ dân sự;",
        cit(type="Quyết định", symbol="1899/QĐ-TTg", number="1899", year=None, issuer_code="TTg",
            issuer=TTG, date="2025-09-04", relation="can_cu", subject="ban hành Kế hoạch triển khai"),
    ),
    case(
        "two-citations-dates-do-not-leak",
        "Căn cứ Nghị định số 107/2020/NĐCP ngày 14/9/2020 của Chính phủ sửa đổi, bổ sung một số điều của "
        "Nghị định số 24/2014/NĐ-CP ngày 04 tháng 4 năm 2014 của Chính phủ quy định tổ chức các cơ quan "
        "chuyên môn thuộc Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương;",
        cit(type="Nghị định", symbol="107/2020/NĐ-CP", number="107", year=2020, issuer_code="CP",
            issuer=CP, date="2020-09-14", relation="can_cu", subject="sửa đổi, bổ sung một số điều"),
        cit(type="Nghị định", symbol="24/2014/NĐ-CP", number="24", year=2014, issuer_code="CP",
            issuer=CP, date="2014-04-04", subject="quy định tổ chức các cơ quan chuyên môn"),
    ),
    # ---- issuer inferred from the code (no "của ...") -------------------------------------
    case(
        "inferred-ttg-no-so-no-date",
        "Thực hiện Chỉ thị 33/CT-TTg, Sở đã tổ chức quán triệt đến toàn thể cán bộ, công chức, viên chức.",
        cit(type="Chỉ thị", symbol="33/CT-TTg", number="33", year=None, issuer_code="TTg", issuer=TTG,
            date=None, relation="thuc_hien"),
    ),
    case(
        "inferred-cp-deadline-is-not-the-date",
        "Theo Nghị quyết số 45/NQ-CP, các bộ, ngành phải hoàn thành việc rà soát trước ngày 30/6/2024.",
        cit(type="Nghị quyết", symbol="45/NQ-CP", number="45", year=None, issuer_code="CP", issuer=CP,
            date=None, relation="dan_chieu"),
    ),
    case(
        "inferred-qh15-later-date-is-not-the-date",
        "Thực hiện Nghị quyết 202/2025/QH15, từ ngày 01/7/2025 tỉnh Tây Ninh mới được thành lập trên cơ "
        "sở hợp nhất tỉnh Long An và tỉnh Tây Ninh.",
        cit(type="Nghị quyết", symbol="202/2025/QH15", number="202", year=2025, issuer_code="QH15",
            issuer=QH, date=None, relation="thuc_hien"),
    ),
    case(
        "inferred-tw",
        "Triển khai Nghị quyết số 18-NQ/TW trong toàn Đảng bộ, gắn với việc sắp xếp tổ chức bộ máy tinh "
        "gọn, hoạt động hiệu lực, hiệu quả.",
        cit(type="Nghị quyết", symbol="18-NQ/TW", number="18", year=None, issuer_code="TW",
            issuer="Ban Chấp hành Trung ương", date=None, relation="thuc_hien"),
    ),
    case(
        "type-from-code-without-type-word",
        "Sở đã tham mưu Ủy ban nhân dân tỉnh ban hành văn bản chỉ đạo thực hiện công tác dân vận chính "
        "quyền năm 2023 (765/KH-UBND ngày 20/3/2023).",
        cit(type="Kế hoạch", symbol="765/KH-UBND", number="765", year=None, issuer_code="UBND",
            date="2023-03-20", code_type="Kế hoạch"),
    ),
    case(
        "type-word-disagrees-with-code",
        "Thực hiện Kế hoạch số 12/QĐ-UBND ngày 10/01/2024 của Ủy ban nhân dân huyện Châu Thành về tổ chức "
        "các hoạt động kỷ niệm, Phòng Văn hóa và Thông tin báo cáo như sau:",
        cit(type="Kế hoạch", symbol="12/QĐ-UBND", number="12", year=None, issuer_code="UBND",
            issuer="Ủy ban nhân dân huyện Châu Thành", date="2024-01-10", relation="thuc_hien",
            code_type="Quyết định", type_word="Kế hoạch"),
    ),
    # ---- §2.6 real text -------------------------------------------------------------------
    case(
        "eth-in-symbol",
        "Căn cứ Nghị định số 30/2020/NÐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;",
        cit(type="Nghị định", symbol="30/2020/NĐ-CP", number="30", year=2020, issuer_code="CP",
            issuer=CP, date="2020-03-05", relation="can_cu", subject="công tác văn thư"),
    ),
    case(
        "eth-in-type-word-and-symbol",
        "Triển khai Ðề án số 06/ÐA-UBND ngày 10/01/2024 của Ủy ban nhân dân tỉnh Tây Ninh về phát triển ứng "
        "dụng dữ liệu về dân cư, định danh và xác thực điện tử.",
        cit(type="Đề án", symbol="06/ĐA-UBND", number="06", year=None, issuer_code="UBND",
            issuer="Ủy ban nhân dân tỉnh Tây Ninh", date="2024-01-10", relation="thuc_hien",
            subject="phát triển ứng dụng dữ liệu", code_type="Đề án"),
    ),
    case(
        "eth-in-issuer",
        "Thực hiện Chương trình hành động số 34-CTr/TU ngày 25/8/2013 của Ban Chấp hành Ðảng bộ tỉnh, các "
        "cấp ủy đảng đã tổ chức quán triệt sâu rộng.",
        cit(type="Chương trình", symbol="34-CTr/TU", number="34", year=None, issuer_code="TU",
            issuer="Ban Chấp hành Đảng bộ tỉnh", date="2013-08-25", relation="thuc_hien"),
    ),
    case(
        "old-tones-uy-hoa",
        "Căn cứ Quyết định số 245/QĐ-UBND ngày 14/02/2022 của Uỷ ban nhân dân tỉnh Hoà Bình về việc ban "
        "hành Kế hoạch chuyển đổi số năm 2022;",
        cit(type="Quyết định", symbol="245/QĐ-UBND", number="245", year=None, issuer_code="UBND",
            issuer=Eq("Ủy ban nhân dân tỉnh Hòa Bình"), date="2022-02-14", relation="can_cu",
            subject="ban hành Kế hoạch chuyển đổi số"),
    ),
    case(
        "old-tones-tinh-uy-khoa",
        "Thực hiện Chương trình số 34-CTr/TU ngày 25/8/2013 của Tỉnh uỷ Tây Ninh (khoá IX), các cấp uỷ "
        "đảng đã lãnh đạo triển khai.",
        cit(type="Chương trình", symbol="34-CTr/TU", number="34", year=None, issuer_code="TU",
            issuer="Tỉnh ủy Tây Ninh", date="2013-08-25", relation="thuc_hien"),
    ),
    case(
        "non-breaking-spaces",
        "Căn cứ Nghị\u00a0định số\u00a030/2020/NĐ-CP ngày\u00a005/3/2020 của\u00a0Chính\u00a0phủ về công "
        "tác văn thư;",
        cit(type="Nghị định", symbol="30/2020/NĐ-CP", number="30", year=2020, issuer_code="CP",
            issuer=CP, date="2020-03-05", relation="can_cu", subject="công tác văn thư"),
    ),
    case(
        "non-breaking-spaces-around-slash",
        "Thực hiện Chỉ thị số 33\u00a0/\u00a0CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ, Sở đã xây "
        "dựng kế hoạch triển khai.",
        cit(type="Chỉ thị", symbol="33/CT-TTg", number="33", year=None, issuer_code="TTg", issuer=TTG,
            date="2021-11-26", relation="thuc_hien"),
    ),
    case(
        "spaces-around-slash",
        "Thực hiện Chỉ thị số 33 / CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ, Sở đã xây dựng kế hoạch "
        "triển khai.",
        cit(type="Chỉ thị", symbol="33/CT-TTg", number="33", year=None, issuer_code="TTg", issuer=TTG,
            date="2021-11-26", relation="thuc_hien", written_symbol="33 / CT-TTg"),
    ),
    case(
        "space-after-hyphen-nd",
        "Căn cứ Nghị định số 200/2025/NĐ- CP ngày 09/7/2025 của Chính phủ quy định chi tiết một số điều của "
        "Luật Phòng thủ dân sự;",
        cit(type="Nghị định", symbol="200/2025/NĐ-CP", number="200", year=2025, issuer_code="CP",
            issuer=CP, date="2025-07-09", relation="can_cu", subject="quy định chi tiết một số điều"),
    ),
    case(
        "glued-so",
        "Căn cứ Quyết định số31-QĐ/TW ngày 30/9/2021 của Ban Chấp hành Trung ương ban hành Quy chế làm "
        "việc của Ban Chấp hành Trung ương, Bộ Chính trị, Ban Bí thư khóa XIII;",
        cit(type="Quyết định", symbol="31-QĐ/TW", number="31", year=None, issuer_code="TW",
            issuer="Ban Chấp hành Trung ương", date="2021-09-30", relation="can_cu",
            subject="ban hành Quy chế làm việc"),
    ),
    case(
        "code-wrong-case-ttg",
        "Thực hiện Chỉ thị số 33/CT-TTG ngày 26/11/2021 của Thủ tướng Chính phủ, Sở đã xây dựng kế hoạch "
        "triển khai.",
        cit(type="Chỉ thị", symbol="33/CT-TTg", number="33", year=None, issuer_code="TTg", issuer=TTG,
            date="2021-11-26", relation="thuc_hien", written_symbol="33/CT-TTG"),
    ),
    case(
        "qd-without-stroke",
        "Căn cứ Quyết định số 20/2010/QD-UBND ngày 15/7/2010 của UBND tỉnh Long An ban hành Quy chế phối "
        "hợp quản lý nhà nước về khoáng sản;",
        cit(type="Quyết định", symbol="20/2010/QĐ-UBND", number="20", year=2010, issuer_code="UBND",
            issuer="Ủy ban nhân dân tỉnh Long An", date="2010-07-15", relation="can_cu",
            subject="ban hành Quy chế phối hợp"),
    ),
    case(
        "nd-without-stroke",
        "Căn cứ Nghị định số 43/2011/ND-CP ngày 13/6/2011 của Chính phủ quy định về việc cung cấp thông tin "
        "và dịch vụ công trực tuyến trên trang thông tin điện tử hoặc cổng thông tin điện tử của cơ quan "
        "nhà nước;",
        cit(type="Nghị định", symbol="43/2011/NĐ-CP", number="43", year=2011, issuer_code="CP",
            issuer=CP, date="2011-06-13", relation="can_cu", subject="quy định về việc cung cấp thông tin"),
    ),
    case(
        "hyphen-lost-qdubnd",
        "Căn cứ Quyết định số 1560/QĐUBND ngày 15/6/2023 của Ủy ban nhân dân tỉnh Tây Ninh về việc công bố "
        "danh mục thủ tục hành chính được chuẩn hóa;",
        cit(type="Quyết định", symbol="1560/QĐ-UBND", number="1560", year=None, issuer_code="UBND",
            issuer="Ủy ban nhân dân tỉnh Tây Ninh", date="2023-06-15", relation="can_cu",
            subject="công bố danh mục thủ tục hành chính"),
    ),
    case(
        "spaced-party-hyphen-kl",
        "Thực hiện Kết luận số 100 - KL/TW ngày 11/9/2024 của Bộ Chính trị về tiếp tục thực hiện Nghị "
        "quyết Hội nghị Trung ương 7 khóa XII, Ban Thường vụ Tỉnh ủy yêu cầu:",
        cit(type="Kết luận", symbol="100-KL/TW", number="100", year=None, issuer_code="TW",
            issuer="Bộ Chính trị", date="2024-09-11", relation="thuc_hien", code_type="Kết luận"),
    ),
    case(
        "line-break-inside-symbol",
        "Căn cứ Nghị định số 200/2025/\nNĐ-CP ngày 09/7/2025 của Chính phủ quy định chi tiết một số điều "
        "của Luật Phòng thủ dân sự;",
        cit(type="Nghị định", symbol="200/2025/NĐ-CP", number="200", year=2025, issuer_code="CP",
            issuer=CP, date="2025-07-09", relation="can_cu", subject="quy định chi tiết một số điều"),
    ),
    case(
        "line-breaks-after-type-word-and-inside-issuer",
        "Thực hiện Quyết định\nsố 1899/QĐ-TTg ngày 04/9/2025 của Thủ tướng\nChính phủ ban hành Kế hoạch "
        "triển khai công tác phòng thủ dân sự, Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:",
        cit(type="Quyết định", symbol="1899/QĐ-TTg", number="1899", year=None, issuer_code="TTg",
            issuer=TTG, date="2025-09-04", relation="thuc_hien", subject="ban hành Kế hoạch triển khai"),
    ),
    case(
        "line-break-inside-issuer-name",
        "Thực hiện Kế hoạch số 469/KH-STTTT ngày 30/3/2023 của Sở Thông tin và\nTruyền thông về thực hiện "
        "công tác dân vận chính quyền năm 2023, các phòng chuyên môn đã triển khai.",
        cit(type="Kế hoạch", symbol="469/KH-STTTT", number="469", year=None, issuer_code="STTTT",
            issuer=Eq("Sở Thông tin và Truyền thông"), date="2023-03-30", relation="thuc_hien",
            subject="thực hiện công tác dân vận chính quyền năm 2023"),
    ),
    case(
        "glued-words-in-issuer",
        "Căn cứ Nghị quyết số 15/2023/NQ-HĐND ngày 08/12/2023 của Hội đồngnhân dân tỉnh Tây Ninh quy định "
        "mức chi hỗ trợ cho người làm công tác dân vận ở cơ sở;",
        cit(type="Nghị quyết", symbol="15/2023/NQ-HĐND", number="15", year=2023, issuer_code="HĐND",
            issuer="Hội đồng nhân dân tỉnh Tây Ninh", date="2023-12-08", relation="can_cu",
            subject="quy định mức chi hỗ trợ"),
    ),
    case(
        "upper-case-heading-two-citations",
        "TRIỂN KHAI THỰC HIỆN QUYẾT ĐỊNH SỐ 1899/QĐ-TTG NGÀY 04/9/2025 CỦA THỦ TƯỚNG CHÍNH PHỦ BAN HÀNH KẾ "
        "HOẠCH TRIỂN KHAI THI HÀNH NGHỊ ĐỊNH SỐ 200/2025/NĐ-CP NGÀY 09/7/2025 CỦA CHÍNH PHỦ QUY ĐỊNH CHI "
        "TIẾT MỘT SỐ ĐIỀU CỦA LUẬT PHÒNG THỦ DÂN SỰ",
        cit(type="Quyết định", symbol="1899/QĐ-TTg", number="1899", year=None, issuer_code="TTg",
            issuer="Thủ tướng Chính phủ", date="2025-09-04", relation="thuc_hien",
            subject="ban hành kế hoạch triển khai thi hành"),
        cit(type="Nghị định", symbol="200/2025/NĐ-CP", number="200", year=2025, issuer_code="CP",
            issuer=CP, date="2025-07-09", subject="quy định chi tiết một số điều"),
    ),
    # ---- a company's or an unknown body's own numbering: any capitals and digits with a slash, only
    # after a type word and "số"
    case(
        "loose-company-letter-hyphened-number",
        "Trả lời công văn số 01-10/2025/CV-TKV của Công ty TNHH Tokokosen về việc vướng mắc chính sách mặt hàng,",
        cit(type="Công văn", symbol="01-10/2025/CV-TKV", year=2025, issuer="Công ty TNHH Tokokosen",
            subject="vướng mắc chính sách mặt hàng"),
    ),
    case(
        "loose-application-type-code-only",
        "Trên cơ sở Đơn đề nghị xác định mã số số 01/CV ngày 30/10/2025 của Công ty TNHH Suhil Electronics Vina;",
        cit(type="Đơn đề nghị", symbol="01/CV", date="2025-10-30", issuer="Công ty TNHH Suhil Electronics Vina"),
    ),
    case(
        "loose-unknown-code-with-term",
        "do Ủy ban Dân nguyện và Giám sát chuyển đến tại Văn bản số 1691/UBDNGS15 ngày 28 tháng 10 năm 2025 về "
        "việc chuyển kiến nghị của cử tri",
        cit(type="Công văn", symbol="1691/UBDNGS15", date="2025-10-28", subject="chuyển kiến nghị của cử tri"),
    ),
    case(
        "loose-letters-in-number-year-last",
        "Đơn đề nghị số 02BRT/XNK/2025 ngày 20/10/2025 của Công ty TNHH Brenntag Việt Nam",
        cit(type="Đơn đề nghị", symbol="02BRT/XNK/2025", year=2025, date="2025-10-20"),
    ),
    case(
        "loose-hyphened-company-number",
        "Trả lời công văn số 1025-CVHQ ngày 20/10/2025 của Công ty TNHH Điện tử ABC về việc phân loại hàng hóa,",
        cit(type="Công văn", symbol="1025-CVHQ", date="2025-10-20", issuer="Công ty TNHH Điện tử ABC"),
    ),
    case(
        "party-form-with-a-space",
        "Nghị quyết số 704 NQ/HĐNN7, ngày 30-01-1986 của Hội đồng Nhà nước về việc thăng quân hàm",
        cit(type="Nghị quyết", symbol="704-NQ/HĐNN7", date="1986-01-30", issuer="Hội đồng Nhà nước"),
    ),
    case(
        "loose-number-right-after-the-type-word",
        "- Công văn 3613/UBPL13 năm 2016 đính chính Luật số 100/2015/QH13",
        cit(type="Công văn", symbol="3613/UBPL13"),
        cit(type="Luật", symbol="100/2015/QH13"),
    ),
    case(
        "upper-case-so-before-a-hyphened-number",
        "SẮC LỆNH SỐ 67-SL NGÀY 22 THÁNG 4 NĂM 1958",
        cit(type="Sắc lệnh", symbol="67-SL", date="1958-04-22"),
    ),
    case(
        "symbol-cut-short-is-the-whole-one-written-elsewhere",
        "theo Nghị định 242/2025/NĐ quy định như sau. Căn cứ Điều 5 Nghị định 242/2025/NĐ-CP quy định",
        cit(type="Nghị định", symbol="242/2025/NĐ-CP"),
    ),
    case(
        "sac-lenh-of-1946",
        "Căn cứ Sắc lệnh số 50/SL ngày 25 tháng 3 năm 1946 và sắc lệnh số 233/SL",
        cit(type="Sắc lệnh", symbol="50/SL", date="1946-03-25"),
        cit(type="Sắc lệnh", symbol="233/SL"),
    ),
]

_BY_ID = {p.id: p for p in BASE_CASES}

#: Every dash a PDF or a word processor puts where "-" belongs.
DASHES = ["\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212"]

DASH_CASES = [
    case(
        f"dash-U+{ord(d):04X}-state",
        f"Thực hiện Chỉ thị số 33/CT{d}TTg ngày 26/11/2021 của Thủ tướng Chính phủ, Sở đã xây dựng kế "
        "hoạch triển khai.",
        cit(type="Chỉ thị", symbol="33/CT-TTg", number="33", year=None, issuer_code="TTg", issuer=TTG,
            date="2021-11-26", relation="thuc_hien"),
    )
    for d in DASHES
] + [
    case(
        f"dash-U+{ord(d):04X}-party",
        f"Căn cứ Nghị quyết số 18{d}NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII về một "
        "số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động "
        "hiệu lực, hiệu quả;",
        cit(type="Nghị quyết", symbol="18-NQ/TW", number="18", year=None, issuer_code="TW",
            issuer="Ban Chấp hành Trung ương Đảng", date="2017-10-25", relation="can_cu",
            subject="một số vấn đề về tiếp tục đổi mới"),
    )
    for d in ("\u2013", "\u2212")
]

#: NFD input must give the same fields (and offsets valid in the NFD text).
NFD_OF = [
    "vbqppl-nd-date-in-words",
    "party-nq-dash-date-quoted-subject",
    "date-after-issuer",
    "old-tones-uy-hoa",
    "eth-in-type-word-and-symbol",
    "joint-party-program",
    "upper-case-heading-two-citations",
]
NFD_CASES = [
    pytest.param(nfd(_BY_ID[i].values[0]), _BY_ID[i].values[1], id=f"nfd-{i}") for i in NFD_OF
]

ALL_CASES = BASE_CASES + DASH_CASES + NFD_CASES


@pytest.mark.parametrize(("text", "expected"), ALL_CASES)
def test_form(text: str, expected: list[dict[str, Any]]) -> None:
    run_case(text, expected)


def test_nfd_inputs_really_differ() -> None:
    """Guard: the NFD rows are not silently identical to their NFC sources."""
    for i in NFD_OF:
        src = _BY_ID[i].values[0]
        assert nfd(src) != src, i


@pytest.mark.parametrize("case_id", NFD_OF)
def test_nfd_gives_the_same_records(case_id: str) -> None:
    """NFC and NFD spellings of one sentence give the same records (apart from offsets and text)."""
    src = _BY_ID[case_id].values[0]

    def nfc(v: Any) -> Any:
        return unicodedata.normalize("NFC", v) if isinstance(v, str) else v

    def fields(text: str) -> list[dict[str, Any]]:
        out = []
        for c in vncite.extract(text):
            d = c.to_dict()
            for k in ("start", "end", "text"):
                d.pop(k)
            out.append({k: nfc(v) for k, v in d.items()})
        return out

    nfc_fields = fields(src)
    assert nfc_fields, "no citation found in the NFC sentence"
    assert fields(nfd(src)) == nfc_fields
