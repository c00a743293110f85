"""Rules of the language found by reading documents the extractor was never tuned on: each case is
a short sentence written for the test and the field the rule decides."""

from __future__ import annotations

import pytest

import vncite
from vncite.extractor.header_block import read_issuer_block

FULL_CASES = [
    # issuer said before the citation
    ("Ngày 26 tháng 02 năm 2025 Ủy ban nhân dân tỉnh Tuyên Quang đã ban hành Kế hoạch số 36/KH-UBND về việc A.",
     "36/KH-UBND", {"date": "2025-02-26", "issuer": "Ủy ban nhân dân tỉnh Tuyên Quang"}),
    ("Ngày 20 tháng 7 năm 2022, HĐND TP. Hải Phòng ban hành Nghị quyết số 26/NQ-HĐND về việc B.",
     "26/NQ-HĐND", {"date": "2022-07-20", "issuer": "Hội đồng nhân dân thành phố Hải Phòng"}),
    ("Bộ Chính trị, Ban Bí thư đã có Kết luận số 212-KL/TW ngày 18/11/2025, trong đó yêu cầu",
     "212-KL/TW", {"issuer": "Bộ Chính trị, Ban Bí thư", "date": "2025-11-18"}),
    ("Văn phòng Chính phủ vừa ban hành Thông tư 03/2025/TT-VPCP ngày 15/9/2025 hướng dẫn",
     "03/2025/TT-VPCP", {"issuer": "Văn phòng Chính phủ"}),
    ("Theo ý kiến chỉ đạo của Tổng cục Thuế (trước đây) tại Công văn số 5029/TCT-PC ngày 09/11/2023,",
     "5029/TCT-PC", {"issuer": "Tổng cục Thuế"}),
    ("Cục Thi hành án dân sự thành phố Hà Nội chỉ gửi công văn số 1310/CV-THANDS ngày 22/8/2025 kèm theo",
     "1310/CV-THANDS", {"issuer": "Cục Thi hành án dân sự thành phố Hà Nội"}),
    # the body, not the official who signs for it; a known name ends before the subject
    ("Theo đề nghị của Giám đốc Sở Dân tộc và Tôn giáo tại Tờ trình số 33/TTr-SDTTG ngày 11/11/2025.",
     "33/TTr-SDTTG", {"issuer": "Sở Dân tộc và Tôn giáo", "relation": "can_cu"}),
    ("Nghị định số 255/2025/NĐ-CP ngày 29/9/2025 của Chính phủ xác định các dân tộc còn gặp khó khăn;",
     "255/2025/NĐ-CP", {"issuer": "Chính phủ"}),
    ("Thông tư số 10/2024/TT-BTC ngày 05/02/2024 của Bộ trưởng Bộ Tài chính cụ thể:",
     "10/2024/TT-BTC", {"issuer": "Bộ Tài chính"}),
    ("Căn cứ Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII về một số vấn đề;",
     "18-NQ/TW", {"issuer": "Ban Chấp hành Trung ương Đảng", "subject": "một số vấn đề"}),
    ("Ngày 25/02/2025, Tổng cục Thuế (nay là Cục Thuế) đã ban hành Công văn số 828/TCT-KK về hoàn thuế.",
     "828/TCT-KK", {"issuer": "Tổng cục Thuế"}),
    # upper-case headings
    ("BÃI BỎ QUYẾT ĐỊNH SỐ 636/QĐ-UBND NGÀY 17/3/2025 CỦA UBND TỈNH QUẢNG NAM VỀ VIỆC BAN HÀNH QUY CHẾ",
     "636/QĐ-UBND", {"issuer": "Ủy ban nhân dân tỉnh Quảng Nam", "date": "2025-03-17"}),
    # a date that opens the next line's sentence is not this citation's
    ("THỰC HIỆN NGHỊ QUYẾT SỐ 66-NQ/TW\nNgày 28 tháng 11 năm 2025, tại Trụ sở Chính phủ", "66-NQ/TW", {"date": None}),
    # date and issuer after the subject
    ("Nghị quyết 198/2025/QH15 về cơ chế đặc biệt phát triển kinh tế tư nhân do Quốc hội ban hành ngày 17/05/2025",
     "198/2025/QH15", {"date": "2025-05-17", "issuer": "Quốc hội"}),
    # symbols: a lost slash, a numbered series, a law's name before a National Assembly symbol
    ("*Thông tư 16 2025/TT-BTC có hiệu lực thi hành kể từ ngày 24/4/2025", "16/2025/TT-BTC", {"type": "Thông tư"}),
    ("Chính phủ đã ban hành Nghị quyết số 66.7/2025/NQ-CP ngày 15/11/2025 quy định cắt giảm", "66.7/2025/NQ-CP",
     {"date": "2025-11-15"}),
    ("sửa đổi khoản 1 Điều 13 Luật Thuế GTGT 13/2008/QH12 (đã được sửa đổi)", "13/2008/QH12",
     {"type": "Luật", "subject": "Thuế GTGT"}),
    ("Căn cứ Bộ Luật tố tụng hình sự số 01/2015/QH13 ngày 27/11/2015;", "01/2015/QH13", {"type": "Bộ luật"}),
    ("Căn cứ Luật Sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật số 87/2025/QH15;",
     "87/2025/QH15",
     {"type": "Luật", "subject": "Sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật"}),
    # the one who directed it is not the issuer when the symbol's code names another body
    ("theo chỉ đạo của Tổng Bí thư Tô Lâm tại Thông báo số 75-TB/VPTW ngày 10/02/2025,", "75-TB/VPTW",
     {"issuer": "Văn phòng Trung ương Đảng", "type": "Thông báo"}),
    ("Thông báo kết luận số 49/TB-VPCP ngày 1/2/2025 của Văn phòng Chính phủ", "49/TB-VPCP", {"type": "Thông báo"}),
    ("Nghị định 63/2010/NĐ-CP ngày ngày 08 tháng 6 năm 2010 của Chính phủ về kiểm soát thủ tục hành chính",
     "63/2010/NĐ-CP", {"date": "2010-06-08"}),
    ("Quyết định số 1/QĐ-NHCS ngày 2/1/2024 của Ngân hàng Chính sách xã hội về", "1/QĐ-NHCS",
     {"issuer": "Ngân hàng Chính sách xã hội"}),
    ("Nghị định 13/2023/NĐ-CP về Bảo vệ dữ liệu cá nhân (hiệu lực từ ngày 01/07/2023) yêu cầu xác nhận",
     "13/2023/NĐ-CP", {"subject": "Bảo vệ dữ liệu cá nhân"}),
    ("Căn cứ Luật Quản lý thuế số 38/2019/QH14; theo Luật Quản lý thuế ngày 13 tháng 6 năm 2019", "38/2019/QH14",
     {"date": "2019-06-13"}),
    ("Thông tư 02/2024/TT-BKHĐТ ngày 1/3/2024 của Bộ Kế hoạch và Đầu tư", "02/2024/TT-BKHĐT", {"date": "2024-03-01"}),
    ("Thông tư số 49/2025TT-BCT ngày 1/2/2025 của Bộ Công Thương", "49/2025/TT-BCT", {"year": 2025}),
    ("Đảng ủy Bộ Xây dựng đã gửi ý kiến góp ý tại Văn bản số 163-CV/ĐU ngày 5/9/2025.", "163-CV/ĐU",
     {"issuer": "Đảng ủy Bộ Xây dựng"}),
    ("Bộ KH&CN đã ban hành công văn số 4577/BKHCN-CĐSQG ngày 1/2/2025", "4577/BKHCN-CĐSQG",
     {"issuer": "Bộ Khoa học và Công nghệ"}),
    ("Kết luận số 1-KL/TW ngày 22 tháng 12 nám 2024 của Bộ Chính trị về", "1-KL/TW", {"date": "2024-12-22"}),
    ("theo Nghị quyết số 71/NQ-CP ngày 1/4/2024 và Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về",
     "71/NQ-CP", {"issuer": "Chính phủ"}),
    # a date opening the sentence dates the instrument it then names with "tại"
    ("điều chỉnh theo Điều 32 Nghị định này.”*\nNgày 10/10/2024, tại Công văn số 2294/CTVPH-HKDCN của\nCục Thuế "
     "tỉnh Vĩnh Phúc trả lời vướng mắc", "2294/CTVPH-HKDCN",
     {"date": "2024-10-10", "issuer": "Cục Thuế tỉnh Vĩnh Phúc"}),
    # the form before 2004, number and issuer code hyphened, after a type word
    ("theo Quyết định 254-CP năm 1978 về việc chia huyện Đak Tô do Hội đồng Chính phủ ban hành", "254-CP",
     {"type": "Quyết định", "issuer": "Hội đồng Chính phủ", "subject": "chia huyện Đak Tô"}),
    ("Quyết định số 316 - HĐBT ngày 14/9/1991 về việc thành lập huyện mới", "316-HĐBT",
     {"issuer": "Hội đồng Bộ trưởng", "date": "1991-09-14"}),
    # a code no table names takes the issuer the text gave another instrument of the same code
    ("Thông tri số 04/TT-XYZ-BTT của Ban Thường trực Hội Xyz; Thông tri 23/TTr-XYZ-BTT hướng dẫn quy trình",
     "23/TTr-XYZ-BTT", {"issuer": "Ban Thường trực Hội Xyz"}),
    # a company's dated numbering: more digits than an instrument has, after "số"
    ("Trả lời công văn số 20251022/CV-HD\nngày 22/10/2025 của Công ty TNHH Minh Hà về vướng mắc", "20251022/CV-HD",
     {"date": "2025-10-22", "type": "Công văn"}),
    # a bracketed number belongs to what was just described: an act of its issuer, or the instrument
    ("Thực hiện ý kiến chỉ đạo của\nThủ tướng Chính phủ về việc triển khai kết luận Hội nghị Trung ương *(Công\n"
     "văn số 282/TTg-TKBT ngày 10/11/2025)*, Bộ trưởng giao:", "282/TTg-TKBT",
     {"issuer": "Thủ tướng Chính phủ", "subject": "triển khai kết luận Hội nghị Trung ương"}),
    ("Khẩn trương thực hiện ý kiến chỉ đạo của Thủ tướng Chính phủ (Thông báo số 627/TB-VPCP ngày\n18/11/2025), "
     "chủ động", "627/TB-VPCP", {"issuer": "Văn phòng Chính phủ"}),
    ("Tham mưu Bộ trưởng ban hành Hướng dẫn khen thưởng tập thể, cá nhân có nhiều thành tích (Hướng dẫn số "
     "3751/HD-BNV ngày 16/06/2025 của Bộ Nội vụ).", "3751/HD-BNV",
     {"issuer": "Bộ Nội vụ", "subject": "khen thưởng tập thể, cá nhân có nhiều thành tích"}),
    ("- Xây dựng kế hoạch về công tác phổ biến, giáo dục pháp luật năm 2023 của ngành thông tin và truyền thông: "
     "Kế hoạch số 169/KH-STTTT ngày 14/02/2023.", "169/KH-STTTT",
     {"subject": "công tác phổ biến, giáo dục pháp luật năm 2023 của ngành thông tin và truyền thông"}),
    # markdown emphasis inside a citation is read as spaces
    ("Căn cứ Luật Đất đai **số 31/2024/QH15 được sửa đổi, bổ sung;", "31/2024/QH15",
     {"type": "Luật", "subject": "Đất đai"}),
    ("Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày* *16/6/2025;", "72/2025/QH15", {"date": "2025-06-16"}),
    ("*(Ban hành kèm theo Quyết định số** 3303**/QĐ-BTP ngày 19 tháng 11 năm 2025 của Bộ Tư pháp)*", "3303/QĐ-BTP",
     {"date": "2025-11-19"}),
    ("Quân đoàn 3 được thành lập theo Quyết định 54/QĐ-BQP về việc thành lập Quân đoàn 3.[57] Quân đoàn 3 là",
     "54/QĐ-BQP", {"subject": "thành lập Quân đoàn 3"}),
    # a licence; a body written as its bare code
    ("Giấy phép thăm dò số 711/GP-TNMT-QLTN ngày 04/ 11/2009 của STNMT", "711/GP-TNMT-QLTN",
     {"type": "Giấy phép", "issuer": "Sở Tài nguyên và Môi trường", "date": "2009-11-04"}),
    # a bare date closing a table cell is the date of the number before it
    ("| 3 | Công ty TNHH Đá Xây Dựng | 110/GP-UBND 13/11/2020 | Đá xây dựng |", "110/GP-UBND", {"date": "2020-11-13"}),
    # a provincial tax office (2025) proposes; a successor in brackets is not the issuer
    ("Theo đề nghị của Thuế thành phố Hà Nội tại Tờ trình số 30610/TTr-HAN-QLĐ ngày 13/11/2025.", "30610/TTr-HAN-QLĐ",
     {"issuer": "Thuế thành phố Hà Nội"}),
    ("Ngày 26/02/2025, Cục Thuế tỉnh Vĩnh Phúc (nay là\nThuế tỉnh Phú Thọ) có Thông báo số 565/TB-CTVPH về việc X",
     "565/TB-CTVPH", {"issuer": "Cục Thuế tỉnh Vĩnh Phúc"}),
    # a new line opening another instrument ends an issuer
    ("theo Nghị quyết số 170/2024/QH15 ngày 30/11/2024 của Quốc hội\nCông điện 230/CĐ-TTg ngày 1/2/2025",
     "170/2024/QH15", {"issuer": "Quốc hội"}),
    # the subject follows the addressee
    ("- Ngày 05/11/2025, VPCP có VB số 10781/VPCP-CN gửi\nBộ trưởng Bộ Xây dựng về việc hoàn thiện hồ sơ báo cáo "
     "Bộ Chính trị.", "10781/VPCP-CN", {"subject": "hoàn thiện hồ sơ báo cáo Bộ Chính trị", "date": "2025-11-05"}),
    # a title's own ";" runs on in lower case; a new item starts with a capital
    ("Căn cứ Nghị định số 282/2025/NĐ-CP ngày 30/10/2025 của Chính phủ quy định xử phạt vi phạm hành chính trong lĩnh "
     "vực an ninh, trật tự; phòng, chống bạo lực gia đình; Căn cứ Thông tư số 12/2025/TT-BCA;", "282/2025/NĐ-CP",
     {"subject": "quy định xử phạt vi phạm hành chính trong lĩnh vực an ninh, trật tự; phòng, chống bạo lực gia đình"}),
    ("Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 về kiểm soát thủ tục hành chính; số 48/2013/NĐ-CP ngày "
     "14/5/2013 sửa đổi, bổ sung một số điều;", "63/2010/NĐ-CP", {"subject": "kiểm soát thủ tục hành chính"}),
    # "như sau" leads into an article's content; a bare verb is the sentence's, not a subject
    ("Điều 5 Nghị định 10/2022/NĐ-CP quy định về miễn lệ phí trước bạ như sau:", "10/2022/NĐ-CP",
     {"subject": "quy định về miễn lệ phí trước bạ"}),
    ("Khoản 2 Điều 3 Thông tư 30/2024/TT-BGDĐT quy định: học sinh được", "30/2024/TT-BGDĐT", {"subject": None}),
    # a year with a digit too many: the symbol's year settles it, else no date (the checks report it)
    ("Luật Nhà ở số 27/2023/QH15 ngày 27 tháng 11 năm 20238 thì đánh dấu", "27/2023/QH15", {"date": "2023-11-27"}),
    ("Nghị định số 118/2025/NĐ-CP ngày 09/6/20205 của Chính phủ về quản lý thuế", "118/2025/NĐ-CP",
     {"date": None, "issuer": "Chính phủ", "subject": "quản lý thuế"}),
    ("| 101/GP-UB ngày 14/11/200310/GP- UBND ngày 20/06/2022 |", "101/GP-UB", {"date": "2003-11-14"}),
    # an amending law's name lists the laws it amends, in lower case, before its number
    ("*Căn cứ Luật sửa đổi,\nbổ sung một số điều của luật chứng khoán, luật kế toán, luật kiểm toán độc lập,\n"
     "luật ngân sách nhà nước, luật quản lý, sử dụng tài sản công, luật quản lý thuế,\nluật thuế thu nhập cá nhân, "
     "luật dự trữ quốc gia, luật xử lý vi phạm hành chính\nsố 56/2024/QH15 ngày 29 tháng 11 năm 2024;*", "56/2024/QH15",
     {"type": "Luật", "date": "2024-11-29"}),
    # "thông qua ngày" dates a law; a footnote's mark after a number is stepped over; a subject after a colon
    ("Luật Sĩ quan số 72/2014/QH13 của Quốc hội thông qua ngày 27/11/2014.", "72/2014/QH13", {"date": "2014-11-27"}),
    ("Nghị quyết số 102/2015/QH13[10] do Quốc hội khóa XIII ban hành ngày 24/11/2015", "102/2015/QH13",
     {"date": "2015-11-24"}),
    ("Quyết định 498/QĐ-TTg của Thủ tướng Chính phủ: Phê duyệt Phương án sắp xếp", "498/QĐ-TTg",
     {"subject": "Phê duyệt Phương án sắp xếp"}),
    # a title that guides instruments lists them
    ("Thông tư số 32/2025/TT-BTC của Bộ Tài chính hướng dẫn thực hiện một số điều của Luật Quản lý thuế ngày 13 "
     "tháng 6 năm 2019, Nghị định số 123/2020/NĐ-CP của Chính phủ quy định về hóa đơn; Căn cứ", "32/2025/TT-BTC",
     {"subject": "hướng dẫn thực hiện một số điều của Luật Quản lý thuế ngày 13 tháng 6 năm 2019, Nghị định số "
                 "123/2020/NĐ-CP của Chính phủ quy định về hóa đơn"}),
    # said of the instrument after its title: not its subject
    ("Nghị định 26/2019/NĐ-CP quy định chi tiết Luật Thủy sản đã được sửa đổi, bổ sung một số điều theo Nghị định "
     "37/2024/NĐ-CP", "26/2019/NĐ-CP", {"subject": "quy định chi tiết Luật Thủy sản"}),
    ("Nghị quyết số 20/2022/NQ-HĐND về mức chi hỗ trợ hết hiệu lực kể từ ngày 01/01/2025", "20/2022/NQ-HĐND",
     {"subject": "mức chi hỗ trợ"}),
    # an issuer ends before the verb that opens the subject
    ("Báo cáo số 467/BC-UBND ngày 1/2/2025 của Ủy ban nhân dân Thành phố giải trình, tiếp thu hoàn thiện dự thảo",
     "467/BC-UBND", {"issuer": "Ủy ban nhân dân Thành phố", "subject": "giải trình, tiếp thu hoàn thiện dự thảo"}),
    # a ";" and the type word written again start another item: the subject after it is its own
    ("được sửa đổi bởi Thông tư số 12/2016/TT-BTC, Thông tư số 41/2024/TT-BTC; Thông tư số 44/2017/TT-BTC quy định "
     "về khung giá tính thuế tài nguyên;", "41/2024/TT-BTC", {"subject": None}),
    # lists of one type share the issuer and subject written after the last one
    ("Công văn số 7415/BNV-CCVC ngày 31/8/2025 và Công văn số 9395/BNV-CCVC ngày 15/10/2025 của Bộ Nội vụ về "
     "phương án bảo đảm nhân sự;", "7415/BNV-CCVC", {"issuer": "Bộ Nội vụ", "subject": "phương án bảo đảm nhân sự"}),
    # a web page's heading or download link is not part of the title before it
    ("Tải file Quyết định 42/2025/QĐ-UBND quy định quản lý đường bộ tại Lâm Đồng\n\n## Mua bán căn hộ tại Lâm Đồng",
     "42/2025/QĐ-UBND", {"subject": "quy định quản lý đường bộ tại Lâm Đồng"}),
    ("theo Quyết định 01/QĐ-BTC Về việc ban hành thể lệ sân chơi năm học 2025 - 2026 TẢI VỀ như sau:",
     "01/QĐ-BTC", {"subject": "ban hành thể lệ sân chơi năm học 2025 - 2026"}),
    # a number after the issuer's name that goes on as a date or a section number is not part of the name
    ("Theo Quyết định số 62/QĐ-TW của Ban Bí thư Trung ương Đảng 25/8/1988", "62/QĐ-TW",
     {"issuer": "Ban Bí thư Trung ương Đảng"}),
    ("Quyết định số 21/2024/QĐ-TTg ngày 22/11/2024 của Thủ tướng Chính phủ 3.5. Đề xuất thăm, tặng quà",
     "21/2024/QĐ-TTg", {"issuer": "Thủ tướng Chính phủ"}),
    # a body acting after a comma opens the main clause; "như sau" opens the content
    ("Thực hiện Nghị quyết số 203/2025/QH15 về sửa đổi Hiến pháp năm 2013, Chính phủ đã tiếp thu ý kiến",
     "203/2025/QH15", {"subject": "sửa đổi Hiến pháp năm 2013"}),
    ("Thông tư 90/2024/TT-BTC quy định về yêu cầu kỹ thuật đối với máy phát điện như sau (1) Là máy phát",
     "90/2024/TT-BTC", {"subject": "quy định về yêu cầu kỹ thuật đối với máy phát điện"}),
    ("Căn cứ theo Kế hoạch 212/KH-SGDĐT năm 2025 do Sở GD&ĐT tỉnh Quảng Ngãi ban hành Tải về, thời gian thi",
     "212/KH-SGDĐT", {"subject": None, "issuer": "Sở Giáo dục và Đào tạo tỉnh Quảng Ngãi"}),
    ("Quyết định số 54/QĐ-BTL ngày 2/3/2024 của Bộ Tư lệnh Quân khu 7 về huấn luyện", "54/QĐ-BTL",
     {"issuer": "Bộ Tư lệnh Quân khu 7"}),
    # a company's letter answered: "đề ngày" dates it, "(nhận ngày …)", "(gọi tắt là …)" and "tại <place>" are
    # stepped over, and the answering body's ", X có ý kiến" ends the subject
    ("Trên cơ sở Đơn đề nghị xác định mã số số 0825-04/HW-TCHQ đề ngày 05/9/2025 (nhận ngày 15/9/2025) của Công ty "
     "TNHH Công nghệ Huawei Việt Nam (MST: 0102735469)", "0825-04/HW-TCHQ",
     {"date": "2025-09-05", "issuer": "Công ty TNHH Công nghệ Huawei Việt Nam"}),
    ("Trả lời văn bản số 01/CV-01 ngày 20/11/2025 của Công Ty TNHH Khuôn Mẫu Yong Hong (gọi tắt là Công\nty) về "
     "việc thuế suất thuế GTGT, Thuế tỉnh Tây Ninh có ý kiến như sau:", "01/CV-01",
     {"issuer": "Công Ty TNHH Khuôn Mẫu Yong Hong", "subject": "thuế suất thuế GTGT"}),
    ("Trả lời công văn số 01/KGL ngày 20/11/2025 của Chi nhánh Công ty TNHH KGL Việt Nam tại TP. HCM về thực "
     "hiện quyền xuất khẩu, Cục Hải quan có ý kiến", "01/KGL", {"subject": "thực hiện quyền xuất khẩu"}),
    # a head word inside the name just read ("… Giám sát Quốc hội") does not start another issuer
    ("do Ủy ban Dân nguyện và Giám sát Quốc hội khóa XV chuyển đến tại Văn bản số 1691/UBDNGS15 ngày 28 tháng 10 "
     "năm 2025 về việc chuyển kiến nghị của cử tri", "1691/UBDNGS15",
     {"issuer": "Ủy ban Dân nguyện và Giám sát Quốc hội khóa XV", "subject": "chuyển kiến nghị của cử tri"}),
    # when it takes effect, in brackets, comes between the number and the title; a footnote mark ends the title
    ("Chính phủ ban hành Nghị định 282/2025/NĐ-CP (chính thức **có hiệu lực** từ ngày **15/12/2025**) quy định về xử "
     "phạt vi phạm hành chính trong lĩnh vực an ninh. Trong đó", "282/2025/NĐ-CP",
     {"subject": "quy định về xử phạt vi phạm hành chính trong lĩnh vực an ninh"}),
    ("Chủ tịch nước ký Quyết định số 1083/QĐ-CTN phong tặng nhà văn Sơn Tùng là Anh hùng Lao động,[3][5] trở thành",
     "1083/QĐ-CTN", {"subject": "phong tặng nhà văn Sơn Tùng là Anh hùng Lao động"}),
    # a known name holding a stop word ("giao"); markdown around the slashes; the code decides between two issuers
    ("Căn cứ Thông tư số 09/2025/TT-BNG ngày 1/7/2025 của Bộ trưởng Bộ Ngoại giao quy định", "09/2025/TT-BNG",
     {"issuer": "Bộ Ngoại giao"}),
    ("*Căn cứ Nghị định số 63**/**2010**/**NĐ-CP ngày 08\ntháng 6 năm 2010 của Chính phủ về kiểm soát thủ tục;*",
     "63/2010/NĐ-CP", {"date": "2010-06-08", "issuer": "Chính phủ"}),
    ("Điều 21 Nghị định số 131/2025/NĐ-CP ngày 12/6/2025 của Bộ Nông nghiệp và Môi trường. | Điều 23 Nghị định số "
     "131/2025/NĐ-CP ngày 12/6/2025 của Chính phủ.", "131/2025/NĐ-CP", {"issuer": "Chính phủ"}),
    # the body said before a citation is the body of the one joined to it with "và"; a name read before a
    # verb stops at the verb even when the words are glued ("của Bộ Y tếtại Tờ trình")
    ("*Xét đề nghị của Ngân hàng Chính sách xã hội tại Tờ trình số 127/TTr-HĐQT ngày 30 tháng 9 năm 2025 và văn bản "
     "số 9720/NHCS-KHNV ngày 31 tháng 10 năm 2025.*", "9720/NHCS-KHNV", {"issuer": "Ngân hàng Chính sách xã hội"}),
    ("Đồng ý với Lộ trình của Bộ Y tếtại Tờ trình số 1058/TTr-BYT ngày 15 tháng 7 năm 2021, Báo cáo số 312/BC-BYT",
     "1058/TTr-BYT", {"issuer": "Bộ Y tế"}),
    # who signed is not part of the issuer; a place that opens with a family-like syllable is
    ("Thủ tướng Chính phủ Phạm Minh Chính ký Quyết định số 1240/QĐ-TTg ngày 1/2/2025 về việc x", "1240/QĐ-TTg",
     {"issuer": "Thủ tướng Chính phủ"}),
    ("Văn bản số 12/UBDN của Hội Chăn nuôi gửi Thủ tướng Chính phủ Phạm Minh Chính về việc đề xuất giải pháp.",
     "12/UBDN", {"issuer": "Hội Chăn nuôi", "subject": "đề xuất giải pháp"}),
    ("Công văn số 892/SGDĐT-QLT ngày 3/4/2025 của Sở Giáo dục và Đào tạo Hà Nội về việc tuyển sinh", "892/SGDĐT-QLT",
     {"issuer": "Sở Giáo dục và Đào tạo Hà Nội"}),
    # "ra" issues ("Thủ tướng Chính phủ ra công điện …"); a download link before the title is stepped over
    ("Ngày 02 tháng 4 năm 2025, Thủ tướng Chính phủ ra công điện 27/CĐ-TTg năm 2025 về vụ cháy nhà dân.", "27/CĐ-TTg",
     {"date": "2025-04-02", "issuer": "Thủ tướng Chính phủ", "subject": "vụ cháy nhà dân"}),
    ("Ngày 02/4/2025, Sở Giáo dục & Đào tạo tỉnh Phú Yên ra Hướng dẫn 763/SGDĐT-QLCL năm 2025 Tải về về việc "
     "hướng dẫn tuyển sinh vào lớp 10.", "763/SGDĐT-QLCL",
     {"date": "2025-04-02", "subject": "hướng dẫn tuyển sinh vào lớp 10"}),
    # a capitalised "Về" opens the subject; a verb ends the issuer; "Ban Chỉ đạo" is a name after a title
    ("Nghị định số 79/2025/NĐ-CP ngày 01/4/2025 của Chính phủ Về\nkiểm tra, rà soát văn bản;", "79/2025/NĐ-CP",
     {"issuer": "Chính phủ", "subject": "kiểm tra, rà soát văn bản"}),
    ("*Xét Tờ trình số 421/TTr-UBND ngày 21 tháng 11 năm 2025 của Ủy ban nhân dân Thành phố đề nghị ban hành Nghị "
     "quyết", "421/TTr-UBND", {"issuer": "Ủy ban nhân dân Thành phố"}),
    ("Quyết định số 3385/QĐ-BCĐ ngày 22/9/2025 của Trưởng Ban Chỉ đạo 934 phân công theo dõi nhiệm vụ", "3385/QĐ-BCĐ",
     {"issuer": "Trưởng Ban Chỉ đạo 934"}),
    # "thông báo" opens a subject, but not as the type word of the next citation
    ("Ngân hàng Nhà nước có Văn bản 5312/NHNN-CSTT năm 2025 thông báo về lãi suất cho vay đối với người trẻ.",
     "5312/NHNN-CSTT", {"subject": "thông báo về lãi suất cho vay đối với người trẻ"}),
    ("theo Thông báo số 627/TB-VPCP ngày 20/11/2025, Thông báo số 493/TB-VPCP ngày 18/9/2025 của Văn phòng Chính phủ",
     "627/TB-VPCP", {"subject": None}),
    # "do X ký ngày …": who signed, then the date
    ("Nghệ sĩ Ưu tú (theo Quyết định số 44-CT do Chủ tịch Hội đồng Bộ trưởng ký ngày 20/1/1984)", "44-CT",
     {"issuer": "Chủ tịch Hội đồng Bộ trưởng", "date": "1984-01-20"}),
    # a bracketed "(Bổ sung)" between the type word and the number
    ("(trích Quy định (Bổ sung) số 216-QĐ/TW ngày 01 tháng 4 năm 2009)", "216-QĐ/TW",
     {"type": "Quy định", "date": "2009-04-01"}),
    # verbs that open a title
    ("Căn cứ Nghị quyết số 182/NQ-CP ngày 22/12/2020 của Chính phủ quyết\nnghị nâng cấp cửa khẩu chính Lóng Sập;",
     "182/NQ-CP", {"subject": "quyết nghị nâng cấp cửa khẩu chính Lóng Sập", "issuer": "Chính phủ"}),
    # "của X tại <type word> số …" names the issuer of the citation that follows
    ("Căn cứ chỉ đạo của Bộ Chính trị tại thông báo số 99-TB/TW ngày 21/11/2025, của Ban Bí thư tại văn bản số "
     "213-KL/TW ngày 21/11/2025,", "99-TB/TW", {"issuer": "Bộ Chính trị", "date": "2025-11-21"}),
    # a verb in an upper-case heading ends the issuer
    ("BÃI BỎ QUYẾT ĐỊNH SỐ 08/2025/QĐ-UBND NGÀY 01/3/2025 CỦA UBND TỈNH BÃI BỎ MỘT PHẦN QUY ĐỊNH", "08/2025/QĐ-UBND",
     {"issuer": "Ủy ban nhân dân tỉnh"}),
    # "do X ban hành" after a citation inside another's title is the outer one's issuer when the code disagrees
    ("Công văn 11306/VPCP-NN năm 2025 tháo gỡ khó khăn trong việc triển khai Nghị định 136/2025/NĐ-CP do Văn phòng "
     "Chính phủ ban hành", "136/2025/NĐ-CP", {"issuer": "Chính phủ"}),
    # a remark in brackets and the official who acts after the comma are not part of the subject
    ("Hội Chăn nuôi gửi văn bản về việc triển khai Nghị định số 136/2025/NĐ-CP về phân quyền, phân cấp *(bản chụp "
     "được gửi kèm theo)*, Phó Thủ tướng Chính phủ Trần Hồng Hà có ý kiến", "136/2025/NĐ-CP",
     {"subject": "phân quyền, phân cấp"}),
    ("Quyết định số 1178/QĐ-BTP về việc phê chuẩn kết quả bầu Chủ tịch, Phó Chủ tịch Hiệp hội công chứng viên Việt Nam",
     "1178/QĐ-BTP", {"subject": "phê chuẩn kết quả bầu Chủ tịch, Phó Chủ tịch Hiệp hội công chứng viên Việt Nam"}),
]


@pytest.mark.parametrize(("text", "symbol", "expected"), FULL_CASES, ids=[c[1] for c in FULL_CASES])
def test_field_rules(text: str, symbol: str, expected: dict[str, object]) -> None:
    found = [c for c in vncite.extract(text) if c.kind == "full" and c.symbol == symbol]
    assert found, [c.to_dict() for c in vncite.extract(text)]
    for field, value in expected.items():
        assert getattr(found[0], field) == value, (field, found[0].to_dict())


NAMED_CASES = [
    # a programme named by the submission cited right after it, with no period in its name
    ("xem xét Tờ trình của Đảng uỷ Chính phủ về Đề án tiêu chuẩn của đơn vị hành chính, phân loại đơn vị hành chính "
     "và phân loại đô thị (Tờ trình số 03-TTr/ĐU, ngày 17/10/2025)",
     "tiêu chuẩn của đơn vị hành chính, phân loại đơn vị hành chính và phân loại đô thị", None),
    # one law that amends two, named after both
    ("theo Luật Cán bộ, công chức và Luật Viên chức sửa đổi 2019:", "Cán bộ, công chức và Luật Viên chức sửa đổi",
     None),
    # the constitution with the state's name; "số" inside a programme's name; a technical regulation
    ("sửa đổi, bổ sung một số điều của Hiến pháp nước Cộng hòa xã hội\nchủ nghĩa Việt Nam;",
     "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam", None),
    ("thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi "
     "giai đoạn 2021 - 2030;",
     "mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021 - 2030",
     None),
    ("đáp ứng Quy chuẩn kỹ thuật quốc gia QCVN 25:2025/BCT về an toàn điện", "QCVN 25:2025/BCT", None),
    # "số" ends a law's name only before a number; a remark about the law is not part of its name
    ("quy định chi tiết khoản 5 Điều 40 Luật Công nghiệp công nghệ số về tiêu chí doanh nghiệp",
     "Công nghiệp công nghệ số", None),
    ("Luật Dân số mới nhất có đúng không?", "Dân số", None),
    ("Luật Lý lịch tư pháp trình Quốc hội xem xét", "Lý lịch tư pháp", None),
    ("Căn cứ Luật Phí và lệ phí ngày 25 tháng 11 năm 2015;", "Phí và lệ phí", "2015-11-25"),
    ("khen thưởng theo quy định Luật Thi đua, khen thưởng 2022 và", "Thi đua, khen thưởng", None),
    ("một số điều của Luật Quản lý thuế, trong đó có sửa đổi", "Quản lý thuế", None),
    ("quy định tại Khoản 3 Điều 41 Luật đầu tư (điểm a)", "đầu tư", None),
    ("Bộ Công an phê duyệt Chương trình mục tiêu quốc gia phòng, chống ma túy đến năm 2030 (sau đây",
     "mục tiêu quốc gia phòng, chống ma túy đến năm 2030", None),
    ("thực hiện hiệu quả chương trình mục tiêu quốc\ngia về phát triển văn hóa giai đoạn 2025 - 2035, tổng hợp",
     "mục tiêu quốc gia về phát triển văn hóa giai đoạn 2025 - 2035", None),
    ("Căn cứ Luật Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam ngày 16 tháng 6 năm 2014;",
     "Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam", "2014-06-16"),
    ("cho ý kiến về dự án Luật Viên chức (sửa đổi) tại phiên họp", "Viên chức (sửa đổi)", None),
    ("Căn cứ Pháp lệnh Ưu đãi người có công với cách mạng ngày 9 tháng 12 năm 2020;",
     "Ưu đãi người có công với cách mạng", "2020-12-09"),
    ("thực hiện đột phá chiến lược theo Nghị quyết đại hội Đảng lần thứ XIII, khẳng định", "đại hội Đảng lần thứ XIII",
     None),
    # a law whose name holds a word that ends other names ("theo"), with a line break inside it
    ("sửa đổi, bổ sung một số điều của Luật Đầu\ntư theo phương thức đối tác công tư, Luật Hải quan",
     "Đầu tư theo phương thức đối tác công tư", None),
    # the constitution's name is the words as written
    ("Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2013;",
     "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2013", None),
    ("Bảo đảm phù hợp với Hiến pháp và tính thống nhất trong hệ thống pháp luật", "Hiến pháp", None),
    ("Căn cứ Luật Thống kê, pháp luật về thanh tra và pháp luật có liên quan", "Thống kê", None),
    # a programme's name in quotes; not "Kế hoạch vào cuối năm 2027"
    ("Tiếp tục triển khai hiệu quả Đề án “Trồng một tỷ cây xanh giai đoạn 2021 - 2025”.",
     "Trồng một tỷ cây xanh giai đoạn 2021 - 2025", None),
    ("theo Hiến pháp 2013 thì", "Hiến pháp 2013", None),
    # treaties, by name
    ("xuất khẩu sang Mê-hi-cô theo Hiệp định Đối tác Toàn diện và Tiến bộ xuyên\nThái Bình Dương do Bộ trưởng "
     "Bộ Công Thương ban hành", "Đối tác Toàn diện và Tiến bộ xuyên Thái Bình Dương", None),
    ("theo Hiệp định Thương mại tự do ASEAN - Hàn Quốc và Thông tư số 07/2019/TT-BCT",
     "Thương mại tự do ASEAN - Hàn Quốc", None),
    ("thực hiện Công ước Liên hợp quốc về Luật Biển năm 1982;", "Liên hợp quốc về Luật Biển năm 1982", None),
    ("Hiệp định Paris 1973 khẳng định rằng", "Paris 1973", None),
    # a council committee's review, unnumbered
    ("giai đoạn 2021-2025; Báo cáo thẩm\ntra của Ban Kinh tế - Ngân sách; ý kiến thảo luận của đại biểu",
     "thẩm tra của Ban Kinh tế - Ngân sách", None),
]


@pytest.mark.parametrize(("text", "title", "date"), NAMED_CASES, ids=[c[1] for c in NAMED_CASES])
def test_named_titles(text: str, title: str, date: str | None) -> None:
    named = [c for c in vncite.extract(text) if c.kind == "named"]
    assert [(c.title, c.date) for c in named][:1] == [(title, date)], [c.to_dict() for c in named]


@pytest.mark.parametrize(
    "text",
    [
        "Đề nghị doanh nghiệp căn cứ quy định nêu trên, đối chiếu với thực tế.",
        "Việc xây dựng các văn bản nêu trên phải bảo đảm tiến độ.",
        "Kiện toàn Ban Chỉ đạo các chương trình mục tiêu quốc gia phù hợp với điều kiện thực tế.",
        "Số thuế phải nộp tháng 01/2025 (trên tờ khai 05/KK-TNCN).",
        "Luật sư phải tuân thủ quy định của luật pháp và Luật khi tổ chức mô hình mới.",
        "lồng ghép các Chương trình mục tiêu quốc gia; thực hiện Chương trình giai đoạn 2026-2030.",
        "hoàn thiện hồ sơ dự án Pháp lệnh bảo đảm rõ ràng, minh bạch, khả thi, thống nhất khi triển khai.",
        "Các địa phương hoàn thành việc triển khai Kế hoạch vào cuối năm 2027.",
        "Nghiên cứu các điểm mới của 37 Luật có liên quan đến quy hoạch.",
        "Bảo đảm thống nhất với Luật chuyên ngành và các văn bản hướng dẫn.",
    ],
)
def test_generic_phrases_are_not_citations(text: str) -> None:
    assert vncite.extract(text) == []


def test_laws_amended_by_name_are_not_dated_by_the_amending_law() -> None:
    text = ("Căn cứ Luật sửa đổi, bổ sung một số điều và Phụ lục Danh mục chỉ tiêu thống kê quốc gia của Luật "
            "Thống kê ngày 12 tháng 11 năm 2021;")
    named = {c.title: c.date for c in vncite.extract(text) if c.kind == "named"}
    assert named["Thống kê"] is None
    assert next(d for t, d in named.items() if t.startswith("sửa đổi")) == "2021-11-12"


@pytest.mark.parametrize(
    ("text", "laws"),
    [
        ("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Quy hoạch, Luật Đầu tư và Luật Đấu thầu số 57/2024/QH15;",
         {"Quy hoạch", "Đầu tư", "Đấu thầu"}),
        ("Căn cứ Luật sửa đổi,\nbổ sung một số điều của luật chứng khoán, luật kế toán, luật quản lý, sử dụng tài sản "
         "công\nsố 56/2024/QH15 ngày 29 tháng 11 năm 2024;",
         {"chứng khoán", "kế toán", "quản lý, sử dụng tài sản công"}),
    ],
)
def test_a_numbered_amending_law_is_one_citation_and_the_laws_it_lists_are_named(text: str, laws: set[str]) -> None:
    found = vncite.extract(text)
    amending = [c for c in found if c.kind == "full"]
    assert len(amending) == 1 and amending[0].subject and amending[0].subject.startswith("sửa đổi, bổ sung")
    assert {c.title for c in found if c.kind == "named"} == laws
    assert all(c.date is None for c in found if c.kind == "named")  # the amending law's date is its own


def test_own_number_under_another_unit_of_the_same_body_is_the_document_itself() -> None:
    text = ("BỘ TÀI CHÍNH\nSố: 17899/BTC-VP\nV/v bồi dưỡng nghiệp vụ\nHà Nội, ngày 18 tháng 11 năm 2025\nKính gửi: Các "
            "đơn vị.\nPHỤ LỤC\n(Kèm theo Công văn số 17899/BTC-TCCB ngày 18/11/2025 của Bộ Tài chính)\n"
            "Theo Công văn số 123/BTC-TCCB ngày 01/01/2025 và Công văn số 17899/BTC-TCT ngày 02/01/2025.")
    kinds = {c.symbol: c.kind for c in vncite.extract(text)}
    assert kinds["17899/BTC-TCCB"] == "self"
    assert kinds["123/BTC-TCCB"] == "full"
    assert kinds["17899/BTC-TCT"] == "full"  # another date: another letter


def test_a_law_named_with_another_year_is_not_the_numbered_law_of_that_name() -> None:
    text = "Căn cứ Luật Đất đai số 13/2003/QH11; theo Luật Đất đai năm 2024 và Luật Đất đai 2003 quy định"
    found = vncite.extract(text)
    assert [(c.kind, c.symbol) for c in found] == [("full", "13/2003/QH11"), ("named", None), ("short", "13/2003/QH11")]


def test_bare_numbers_listed_after_one_type_word() -> None:
    found = vncite.extract("Để hưởng ưu đãi theo Nghị quyết 68 & 198; Nghị định 15 và 16 tháng 3")
    assert [(c.type, c.number) for c in found] == [("Nghị quyết", "68"), ("Nghị quyết", "198"), ("Nghị định", "15")]


@pytest.mark.parametrize(
    "text",
    [
        "Luật Dân sự Việt Nam là một ngành luật độc lập.",  # a branch of law; the code is the Bộ luật
        "Bộ luật gồm 689 điều; Bộ luật quy định thời hiệu chia di sản.",
        "Hiệu trưởng Trường Đại học Luật Hà Nội quyết định cử đi đào tạo.",
    ],
)
def test_words_after_luat_that_name_no_law(text: str) -> None:
    assert [c for c in vncite.extract(text) if c.kind == "named"] == []


def test_a_word_typed_twice_in_a_law_name_is_read_once() -> None:
    text = ("Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15; hướng dẫn thi hành Luật ban Ban hành văn "
            "bản quy phạm pháp luật")
    assert [(c.kind, c.symbol) for c in vncite.extract(text)] == [("full", "64/2025/QH15"), ("short", "64/2025/QH15")]


def test_a_number_in_brackets_after_a_law_name_is_that_law() -> None:
    text = ("- Luật Khoa học và công nghệ (Luật số 29/2013/QH13 ngày 18/6/2013).\n- Luật Khoa học và công nghệ quy "
            "định; Điều 16 của Luật và cấp Giấy đăng ký hoạt động.")
    found = vncite.extract(text)
    assert [(c.kind, c.symbol) for c in found] == [("short", "29/2013/QH13"), ("full", "29/2013/QH13"),
                                                   ("short", "29/2013/QH13")]
    assert found[1].subject == "Khoa học và công nghệ"


def test_same_law_name_with_two_dates_is_two_laws() -> None:
    text = ("Căn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001; theo Luật Tổ chức Chính phủ. Căn cứ Luật "
            "Tổ chức Chính phủ ngày 18 tháng 02 năm 2025; Luật Tổ chức Chính phủ quy định")
    assert [c.date for c in vncite.extract(text)] == ["2001-12-25", "2001-12-25", "2025-02-18", "2025-02-18"]


@pytest.mark.parametrize(
    ("block", "issuer"),
    [
        ("BỘ TÀI CHÍNH\n**CỤC\nHẢI QUAN**\n-------\n|\n**CỘNG HÒA XÃ HỘI", "Cục Hải quan"),
        ("**ỦY BAN NHÂN DÂN\n**\nTỈNH QUẢNG TRỊ\n-------\n|\n**CỘNG HÒA XÃ HỘI", "Ủy ban nhân dân tỉnh Quảng Trị"),
        ("|\n**VĂN\nPHÒNG CHÍNH PHỦ**\n--------\n|\n**CỘNG\nHÒA XÃ HỘI", "Văn phòng Chính phủ"),
        ("UBND TỈNH TÂY NINH\nSỞ THÔNG TIN VÀ TRUYỀN THÔNG\n---\nCỘNG HÒA XÃ HỘI",
         "Sở Thông tin và Truyền thông tỉnh Tây Ninh"),
        ("TỈNH ỦY TÂY NINH\nBAN DÂN VẬN\n*\nĐẢNG CỘNG SẢN VIỆT NAM", "Ban Dân vận Tỉnh ủy Tây Ninh"),
        ("UBND THÀNH PHỐ HÀ\nNỘI\n**TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG**\n---\nCỘNG HÒA XÃ HỘI",
         "Trung tâm Phục vụ hành chính công thành phố Hà Nội"),
        ("UBND THÀNH PHỐ HẢI PHÒNG\n---\nCỘNG HÒA XÃ HỘI", "Ủy ban nhân dân thành phố Hải Phòng"),
    ],
)
def test_header_blocks(block: str, issuer: str) -> None:
    assert read_issuer_block(block, len(block)) == issuer


def test_own_date_is_the_place_and_date_line_not_a_cited_date() -> None:
    text = ("BỘ TÀI CHÍNH\nCỤC HẢI QUAN\n---\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 37690/TB-CHQ\n"
            "*Hà Nội, ngày **21** tháng 11 năm 2025**\nTHÔNG BÁO\nCăn cứ Luật Hải quan ngày 23 tháng 6 năm 2014;")
    own = [c for c in vncite.extract(text) if c.kind == "self"]
    assert own and own[0].date == "2025-11-21" and own[0].issuer == "Cục Hải quan"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a type word inside a law's name is part of it
        ("Căn cứ Luật Quy hoạch ngày 21 tháng 11 năm 2017;", [("named", "Quy hoạch")]),
        # a bare number after "Đề án", as after "Chỉ thị"
        ("tương tự Đề án 153 và các đề án khác", [("named", None)]),
        # a law cited by number, named again with a slip of the accents or followed by "và …"
        ("Luật Quản lý thuế số 38/2019/QH14; Luật Phí và lệ phí; Luật Quản lý thuê; Nghị định",
         [("full", None), ("named", "Phí và lệ phí"), ("short", None)]),
        ("Luật Quản lý thuế số 38/2019/QH14. Sửa đổi Điều 47 Luật Quản lý thuế và hiệu lực thi hành.",
         [("full", None), ("short", None)]),
    ],
)
def test_names_that_are_one_law(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(c.kind, c.title) for c in vncite.extract(text)] == expected
