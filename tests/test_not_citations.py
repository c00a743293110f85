"""Look-alikes that are not citations (DESIGN.md §2.6, issue 2 "Not citations").

Each row: a sentence, the full citations it really contains (usually none), and a piece of it
that no citation may overlap (the look-alike itself).
"""

from __future__ import annotations

import pytest

import vncite
from vncite import Citation


def nc(case_id: str, text: str, trap: str | None = None, allowed: tuple[str, ...] = ()) -> object:
    """trap: the look-alike; no full/short citation may overlap it. allowed: real full symbols."""
    if trap is not None:
        assert trap in text, (case_id, trap)
    return pytest.param(text, trap, allowed, id=case_id)


CASES = [
    # a technical regulation's number is not a symbol of its year and ministry
    nc("qcvn-number", "Thiết bị phải đáp ứng QCVN 25:2025/BCT về an toàn điện.", "2025/BCT"),
    nc("qcvn-blank-number", "Dự thảo QCVN ……:2025/BNNMT về khí thải xe ô tô.", "2025/BNNMT"),
    # a Party form with a space instead of the hyphen is read only after its type word
    nc("party-form-spaced-without-type-word", "Căn cứ điểm 2 QĐ/UBND và Điều 5 NQ/TW đã nêu.", "2 QĐ/UBND"),
    # loose numbering is read only after a type word (and "số" before a hyphened one)
    nc("account-number", "Chuyển khoản vào tài khoản số 0123/ABC tại Ngân hàng Nông nghiệp.", "0123/ABC"),
    nc("bare-so-number", "Hồ sơ lưu theo số 12/ABC ngày 3/4/2025 tại bộ phận một cửa.", "12/ABC"),
    nc("form-number", "Tờ khai theo Mẫu số 02/ĐK ban hành kèm theo Thông tư này.", "02/ĐK"),
    # dates and periods
    nc("date-slash", "Ngày 20/3/2023, Sở Nội vụ tổ chức hội nghị triển khai nhiệm vụ năm 2023.", "20/3/2023"),
    nc("date-dash", "Hội nghị được tổ chức vào ngày 03-6-2013 tại Hà Nội.", "03-6-2013"),
    nc("date-dots", "Sáng 16.6.2025, Đoàn công tác của Tỉnh ủy làm việc với Đảng ủy xã.", "16.6.2025"),
    nc("month-year", "Trong tháng 3/2024, toàn tỉnh tiếp nhận 1.250 hồ sơ trực tuyến.", "3/2024"),
    nc("quarter", "Báo cáo kết quả thực hiện nhiệm vụ Quý I/2024 và phương hướng Quý II/2024.", "I/2024"),
    nc("period-hyphen", "Thực hiện mục tiêu phát triển kinh tế - xã hội giai đoạn 2021-2025.", "2021-2025"),
    nc("period-spaced", "Kế hoạch cải cách hành chính giai đoạn 2021 - 2025 đã hoàn thành.", "2021 - 2025"),
    nc("period-en-dash", "Chương trình mục tiêu quốc gia giai đoạn 2021–2025.", "2021–2025"),
    nc("term", "Đại hội Đảng bộ tỉnh lần thứ XI, nhiệm kỳ 2020-2025 đã thành công tốt đẹp.", "2020-2025"),
    nc("school-year", "Tổng kết năm học 2023-2024 và triển khai nhiệm vụ năm học 2024-2025.", "2023-2024"),
    nc("month-range", "Số liệu tính từ 7/2023 đến 12/2023.", "7/2023"),
    nc("time-and-date", "Thời gian: 14 giờ 00, ngày 15/12/2025 (thứ Hai).", "15/12/2025"),
    # form, contract, account, identity numbers
    nc("form-number", "Báo cáo được lập theo Mẫu số 29-TTr và gửi về Sở Nội vụ.", "29-TTr"),
    nc(
        "contract-number",
        "Hợp đồng số 01/2026/HĐXD ký ngày 05/01/2026 giữa Ban Quản lý dự án đầu tư xây dựng tỉnh và Công ty "
        "TNHH Xây dựng Minh Phát.",
        "01/2026/HĐXD",
    ),
    nc("bank-account", "Số tài khoản: 3711.0.1054321 tại Kho bạc Nhà nước tỉnh Tây Ninh.", "3711.0.1054321"),
    nc("citizen-id", "Căn cước công dân số 072090001234 cấp ngày 10/5/2021.", "072090001234"),
    nc("vehicle-plate", "Xe ô tô biển kiểm soát 70A-123.45 thuộc Văn phòng Ủy ban nhân dân.", "70A-123.45"),
    nc("fractions", "Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98/100 hồ sơ; hoàn thành 3/4 chỉ tiêu.", "98/100"),
    nc("storm-number", "Các địa phương chủ động ứng phó với cơn bão số 3 và mưa lũ sau bão.", "số 3"),
    # phone and house numbers, addresses
    nc(
        "phone",
        "Điện thoại: (028) 3930.3279; Fax: (028) 3930.3280; Email: snv@tayninh.gov.vn",
        "(028) 3930.3279",
    ),
    nc("hotline", "Số điện thoại đường dây nóng: 0276.3822.479.", "0276.3822.479"),
    nc("house-number", "Trụ sở: số 12/3 đường Lê Lợi, phường 1, thành phố Tây Ninh, tỉnh Tây Ninh.", "12/3"),
    nc(
        "house-number-letter",
        "Địa chỉ: số 45/12A Nguyễn Trãi, phường Bến Thành, Thành phố Hồ Chí Minh.",
        "45/12A",
    ),
    nc("alley", "Hộ gia đình cư trú tại hẻm 12/3/5 đường Cách Mạng Tháng Tám.", "12/3/5"),
    nc("street-named-after-date", "Công trình nằm trên đường 30/4, phường 3, thành phố Tây Ninh.", "30/4"),
    nc("road-chainage", "Sạt lở tại Km 12+500 Quốc lộ 22B.", "Km 12+500"),
    # URLs
    nc(
        "url-with-symbol-path",
        "Xem chi tiết tại https://thuvienphapluat.vn/van-ban/Quyet-dinh-40-2024-QD-UBND-625689.aspx",
        "https://thuvienphapluat.vn/van-ban/Quyet-dinh-40-2024-QD-UBND-625689.aspx",
    ),
    nc(
        "url-with-slash-symbol",
        "Văn bản được đăng tải tại địa chỉ https://example.vn/vb/12/QD-UBND để các đơn vị tham khảo.",
        "https://example.vn/vb/12/QD-UBND",
    ),
    nc(
        "url-after-real-citation",
        "Xem toàn văn Nghị định số 30/2020/NĐ-CP tại https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/"
        "Nghi-dinh-30-2020-ND-CP-cong-tac-van-thu-434231.aspx.",
        "https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Nghi-dinh-30-2020-ND-CP-cong-tac-van-thu-434231.aspx",
        allowed=("30/2020/NĐ-CP",),
    ),
    # standards
    nc(
        "iso-standard",
        "Cơ quan áp dụng hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015.",
        "9001:2015",
    ),
    # blank (not yet assigned) numbers
    nc(
        "blank-number-header",
        "VĂN PHÒNG CHÍNH PHỦ\nSố: /TTr-VPCP\nHà Nội, ngày tháng năm 2025\n\nTỜ TRÌNH\n"
        "Về dự thảo Nghị định quy định chi tiết một số điều của Luật Dữ liệu",
        "/TTr-VPCP",
    ),
    nc(
        "blank-number-spaces",
        "ỦY BAN NHÂN DÂN\nTỈNH TÂY NINH\nSố:        /QĐ-UBND\nTây Ninh, ngày      tháng     năm 2025",
        "/QĐ-UBND",
    ),
    nc("blank-number-dots", "Số: ......./KH-UBND", "/KH-UBND"),
    nc("old-form-without-type-word", "xe đi theo tuyến 45-CP đến trung tâm", "45-CP"),
    nc("old-form-with-a-type-code", "Thông tư 26-TT và Nghị quyết 68-NQ", "26-TT"),
    nc("long-number-without-so", "chuyển vào tài khoản 12345678/VCB-HN của đơn vị", "12345678/VCB-HN"),
    nc(
        "blank-number-template",
        "(Ban hành kèm theo Quyết định số ……/QĐ-UBND ngày … tháng … năm 2025 của Ủy ban nhân dân tỉnh)",
        "/QĐ-UBND",
    ),
]


def _overlaps(c: Citation, start: int, end: int) -> bool:
    return c.start < end and start < c.end


@pytest.mark.parametrize(("text", "trap", "allowed"), CASES)
def test_not_a_citation(text: str, trap: str | None, allowed: tuple[str, ...]) -> None:
    cits = vncite.extract(text)
    for c in cits:
        assert 0 <= c.start <= c.end <= len(text)
        assert text[c.start:c.end] == c.text
    full = sorted(c.symbol or "" for c in cits if c.kind == "full")
    assert full == sorted(allowed), [c.to_dict() for c in cits]
    # no record (of any kind) carries a symbol without a number, e.g. "/TTr-VPCP"
    for c in cits:
        if c.symbol is not None:
            assert c.symbol[:1].isdigit(), c.to_dict()
    if trap is not None:
        start = text.index(trap)
        end = start + len(trap)
        hits = [c for c in cits if c.kind in ("full", "short") and _overlaps(c, start, end)]
        assert not hits, [c.to_dict() for c in hits]
