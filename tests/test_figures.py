"""Figures extractor: table-driven cases in the style of Sở Y tế and hospital news.

Every case goes through the real front of the pipeline (textnorm -> sentences ->
figures). A positive row lists every figure the sentence must yield, in order,
as (value, unit) or (value, unit, qualifier); a negative row must yield nothing.
"""
from __future__ import annotations

import unicodedata

import pytest

from extractors import figures, sentences, textnorm
from extractors.doc import Doc


def run(text: str) -> Doc:
    doc = Doc(text=text)
    doc = textnorm.normalise(doc)
    doc = sentences.split_sentences(doc)
    return figures.extract(doc)


def triples(doc: Doc) -> list[tuple]:
    return [(f.value, f.unit, f.qualifier) for f in doc.figures]


def norm_expected(rows) -> list[tuple]:
    return [(float(r[0]), r[1], r[2] if len(r) > 2 else None) for r in rows]


# --------------------------------------------------------------------------- positives
POSITIVE = [
    # counts of facilities
    ("Toàn tỉnh hiện có 18 bệnh viện công lập và 9 bệnh viện tư nhân.",
     [(18, "bệnh viện"), (9, "bệnh viện")]),
    ("Mạng lưới y tế cơ sở gồm 224 trạm y tế xã, phường, thị trấn.", [(224, "trạm y tế")]),
    ("Tỉnh có 11 Trung tâm Y tế huyện thực hiện 2 chức năng dự phòng và khám chữa bệnh.",
     [(11, "trung tâm y tế"), (2, "chức năng")]),
    ("Trong đó có 06 bệnh viện tuyến tỉnh và 02 trung tâm chuyên khoa.",
     [(6, "bệnh viện"), (2, "trung tâm")]),
    ("Hội nghị có sự tham gia của 12 Sở Y tế các tỉnh miền Trung.", [(12, "sở y tế")]),
    ("Đoàn đã làm việc với 05 Bệnh viện thuộc Bộ Quốc phòng.", [(5, "bệnh viện")]),
    ("Thành phố có 30 quận, huyện và 579 xã, phường.", [(30, "quận"), (579, "xã")]),
    ("Có 8 bệnh viện hạng 1 và 25 bệnh viện hạng 2 trên địa bàn.",
     [(8, "bệnh viện"), (25, "bệnh viện")]),
    ("Kế hoạch triển khai tại 63 tỉnh, thành phố trong cả nước.", [(63, "tỉnh, thành phố")]),
    ("Dự án hỗ trợ 45 phòng khám đa khoa khu vực.", [(45, "phòng khám đa khoa")]),
    ("Sở đã cấp phép cho 1.234 cơ sở hành nghề y tư nhân.", [(1234, "cơ sở")]),
    ("Có 350 nhà thuốc và 120 quầy thuốc được kiểm tra.",
     [(350, "nhà thuốc"), (120, "quầy thuốc")]),
    ("Hiện có 15 đơn vị trực thuộc Sở Y tế.", [(15, "đơn vị")]),
    ("Bệnh viện có 32 khoa, phòng với 9 chuyên khoa sâu.", [(32, "khoa"), (9, "chuyên khoa")]),
    ("Sở Y tế đã thành lập 4 đoàn kiểm tra liên ngành.", [(4, "đoàn")]),
    ("Chương trình được triển khai tại 7 huyện miền núi.", [(7, "huyện")]),
    ("Bệnh viện là đầu mối hỗ trợ 13 tỉnh khu vực phía Bắc.", [(13, "tỉnh")]),
    ("Bệnh viện đã phát triển mạng lưới 20 bệnh viện vệ tinh.", [(20, "bệnh viện vệ tinh")]),
    # people and staff
    ("Tổng số nhân lực y tế toàn tỉnh là 12.450 người.", [(12450, "người")]),
    ("Trong đó có hơn 3.200 bác sĩ, hơn 600 dược sĩ đại học và 4.100 điều dưỡng.",
     [(3200, "bác sĩ", "hơn"), (600, "dược sĩ", "hơn"), (4100, "điều dưỡng")]),
    ("Bệnh viện hiện có 1.150 cán bộ, viên chức và người lao động.", [(1150, "cán bộ")]),
    ("Ngành y tế còn thiếu khoảng 500 bác sĩ so với nhu cầu.", [(500, "bác sĩ", "khoảng")]),
    ("Đợt này có 25 y, bác sĩ tình nguyện tham gia.", [(25, "y, bác sĩ")]),
    ("Hội nghị có sự tham dự của 150 đại biểu đến từ các đơn vị.", [(150, "đại biểu")]),
    ("Toàn thể 97 giám đốc bệnh viện đã dự hội nghị.", [(97, "giám đốc")]),
    ("Có 42 kỹ thuật viên và 18 hộ sinh được đào tạo lại.",
     [(42, "kỹ thuật viên"), (18, "hộ sinh")]),
    ("Khóa đào tạo dành cho 60 học viên là y sĩ tuyến xã.", [(60, "học viên")]),
    ("Đã có 35 nhân viên y tế được khen thưởng.", [(35, "nhân viên y tế")]),
    ("Có 12 giáo sư, 45 phó giáo sư và 210 tiến sĩ đang công tác tại bệnh viện.",
     [(12, "giáo sư"), (45, "phó giáo sư"), (210, "tiến sĩ")]),
    ("Huyện có 9.876 người cao tuổi được khám sức khỏe định kỳ.", [(9876, "người cao tuổi")]),
    ("Hơn 2.000 tình nguyện viên đã tham gia hiến máu.",
     [(2000, "tình nguyện viên", "hơn")]),
    ("Sở Y tế đã điều động 07 đồng chí lãnh đạo tham gia đoàn.", [(7, "đồng chí")]),
    ("Có 200 chiến sĩ được khám và cấp thuốc miễn phí.", [(200, "chiến sĩ")]),
    ("Chương trình đã hỗ trợ 300 hộ nghèo trên địa bàn.", [(300, "hộ nghèo")]),
    ("Bệnh viện đã cử 5 chuyên gia xuống hỗ trợ tuyến dưới.", [(5, "chuyên gia")]),
    # patients, cases, visits
    ("Mỗi ngày bệnh viện tiếp nhận khoảng 2.500 lượt người bệnh đến khám.",
     [(2500, "lượt người bệnh", "khoảng")]),
    ("Năm qua bệnh viện đã khám cho 345.678 lượt bệnh nhân.", [(345678, "lượt bệnh nhân")]),
    ("Từ đầu năm, toàn tỉnh ghi nhận 1.045 ca mắc sốt xuất huyết.", [(1045, "ca mắc")]),
    ("Có 3 trường hợp tử vong do bệnh dại.", [(3, "trường hợp")]),
    ("Bệnh viện đã thực hiện thành công hơn 150 ca ghép thận.", [(150, "ca ghép", "hơn")]),
    ("Đã có 27 bệnh nhân nhập viện sau khi ăn bánh mì.", [(27, "bệnh nhân")]),
    ("Khoa Nhi đang điều trị cho 85 bệnh nhi mắc tay chân miệng.", [(85, "bệnh nhi")]),
    ("Trung tâm đã tư vấn cho 1.200 thai phụ về dinh dưỡng.", [(1200, "thai phụ")]),
    ("Vụ ngộ độc khiến 45 người phải nhập viện cấp cứu.", [(45, "người")]),
    ("Đã phát hiện 3 ổ dịch sởi tại các huyện miền núi.", [(3, "ổ dịch")]),
    ("Từ đầu năm xảy ra 4 vụ ngộ độc thực phẩm.", [(4, "vụ ngộ độc")]),
    ("Đã có 02 bệnh nhân được chuyển lên tuyến trên.", [(2, "bệnh nhân")]),
    # vaccination, supplies, donations
    ("Tỉnh đã nhận 120.000 liều vắc xin sởi - rubella.", [(120000, "liều vắc xin")]),
    ("Sở Y tế đã cấp 2.500 liều vắc xin cho các huyện.", [(2500, "liều vắc xin")]),
    ("Chiến dịch đã tiêm cho hơn 1,2 triệu trẻ em từ 1 đến 5 tuổi.",
     [(1200000, "trẻ em", "hơn")]),
    ("Đã thực hiện 45.000 mũi tiêm trong tháng qua.", [(45000, "mũi tiêm")]),
    ("Doanh nghiệp trao tặng 300 thùng khẩu trang y tế.", [(300, "thùng")]),
    ("Đoàn đã trao 250 suất quà cho bệnh nhân nghèo.", [(250, "suất quà")]),
    ("Công ty ủng hộ 1.000 bộ kit xét nghiệm nhanh.", [(1000, "bộ kit")]),
    ("Bệnh viện nhận 20 máy thở và 50 bình oxy.", [(20, "máy thở"), (50, "bình oxy")]),
    ("Đã thu được 1.450 đơn vị máu trong ngày hội.", [(1450, "đơn vị máu")]),
    ("Tổng cộng 2 tấn gạo và 500 kg thực phẩm đã được trao.", [(2, "tấn"), (500, "kg")]),
    ("Đã lấy 320 mẫu xét nghiệm để kiểm tra.", [(320, "mẫu xét nghiệm")]),
    ("Đơn vị bàn giao 3 xe cứu thương cho huyện.", [(3, "xe cứu thương")]),
    ("Quỹ đã trao 40 chiếc xe lăn cho người khuyết tật.", [(40, "xe")]),
    ("Đã cấp 5.600 thẻ bảo hiểm y tế cho người dân tộc thiểu số.",
     [(5600, "thẻ bảo hiểm y tế")]),
    # money
    ("Tổng kinh phí thực hiện là 750 triệu đồng.", [(750_000_000, "đồng")]),
    ("Gói thầu trị giá 1,2 tỷ đồng đã được phê duyệt.", [(1_200_000_000, "đồng")]),
    ("Dự án có tổng vốn đầu tư gần 3,5 tỉ đồng.", [(3_500_000_000, "đồng", "gần")]),
    ("Mỗi suất quà trị giá 500.000 đồng.", [(500_000, "đồng")]),
    ("Mức hỗ trợ là 2 tr.đồng/người/tháng.", [(2_000_000, "đồng")]),
    ("Tổ chức quốc tế tài trợ 100 USD cho mỗi bệnh nhân.", [(100, "USD")]),
    ("Tổng mức đầu tư dự án là 1 tỷ 200 triệu đồng.", [(1_200_000_000, "đồng")]),
    ("Ngân sách chi cho y tế đạt 1,2 nghìn tỷ đồng.", [(1_200_000_000_000, "đồng")]),
    ("Mỗi người được hỗ trợ 300.000đ.", [(300_000, "đồng")]),
    ("Chi phí điều trị khoảng 15 triệu đồng/ca.", [(15_000_000, "đồng", "khoảng")]),
    ("Dự án được tài trợ 2,5 triệu USD.", [(2_500_000, "USD")]),
    ("Quỹ đã quyên góp được 850 triệu VNĐ.", [(850_000_000, "đồng")]),
    ("Số tiền hỗ trợ là 5 triệu cho mỗi gia đình.", [(5_000_000, "đồng")]),
    ("Kinh phí thực hiện lên tới 120 tỷ đồng.", [(120_000_000_000, "đồng", "lên tới")]),
    ("Mỗi ca phẫu thuật tốn 3 triệu 500 nghìn đồng.", [(3_500_000, "đồng")]),
    ("Tổng giá trị hàng hóa ước tính 450 triệu đồng.", [(450_000_000, "đồng", "ước tính")]),
    ("Bệnh viện thu 20 nghìn đồng mỗi lượt khám.", [(20_000, "đồng")]),
    # percentages
    ("Tỷ lệ xã đạt Bộ tiêu chí quốc gia về y tế là 85,4%.", [(85.4, "%")]),
    ("Tỷ lệ bao phủ bảo hiểm y tế đạt 92,3 % dân số.", [(92.3, "%")]),
    ("Số ca mắc giảm 15 % so với cùng kỳ.", [(15, "%")]),
    ("Tỷ lệ tiêm chủng đầy đủ đạt 97,2 phần trăm.", [(97.2, "%")]),
    ("Đến nay 100% trạm y tế xã có bác sĩ làm việc.", [(100, "%")]),
    ("Có tới 70% người trưởng thành thiếu vitamin D.", [(70, "%", "tới")]),
    ("Tỷ lệ người dân hài lòng đạt trên 95%.", [(95, "%", "trên")]),
    ("Tỷ lệ tiêm chủng tăng từ 85% lên 95%.", [(85, "%"), (95, "%")]),
    ("Tỷ lệ suy dinh dưỡng thể thấp còi giảm xuống dưới 20%.", [(20, "%", "dưới")]),
    ("Công suất sử dụng giường bệnh đạt 120,5%.", [(120.5, "%")]),
    ("Tăng trưởng đạt 0,5% so với năm trước.", [(0.5, "%")]),
    # ratios and measures
    ("Số giường bệnh/vạn dân đạt 32,5 giường bệnh.", [(32.5, "giường bệnh")]),
    ("Bình quân đạt 12,5 bác sĩ/vạn dân.", [(12.5, "bác sĩ")]),
    ("Bệnh viện có quy mô 1.000 giường bệnh với 40 khoa.",
     [(1000, "giường bệnh"), (40, "khoa")]),
    ("Bệnh viện 500 giường đang được xây dựng.", [(500, "giường")]),
    ("Công trình có diện tích sàn 12.000 m2.", [(12000, "m2")]),
    ("Bé trai nặng 3,2 kg khi chào đời.", [(3.2, "kg")]),
    ("Bệnh nhân mất khoảng 800 ml máu.", [(800, "ml", "khoảng")]),
    ("Khu đất rộng 5 ha nằm cạnh quốc lộ.", [(5, "ha")]),
    # technical
    ("Bệnh viện tiếp nhận chuyển giao 25 kỹ thuật mới từ tuyến trung ương.",
     [(25, "kỹ thuật")]),
    ("Đã triển khai thành công 120 dịch vụ kỹ thuật cao.", [(120, "dịch vụ")]),
    ("Sở tổ chức 15 lớp tập huấn cho 900 học viên.",
     [(15, "lớp tập huấn"), (900, "học viên")]),
    ("Có 3 đề tài nghiên cứu khoa học cấp tỉnh được nghiệm thu.", [(3, "đề tài")]),
    ("Sở đã tổ chức 6 đợt kiểm tra an toàn thực phẩm.", [(6, "đợt")]),
    ("Bệnh viện triển khai 4 dự án hợp tác quốc tế.", [(4, "dự án")]),
    ("Năm 2023 bệnh viện có 12 sáng kiến được công nhận.", [(12, "sáng kiến")]),
    # multipliers with counted nouns
    ("Hơn 1,5 triệu người dân đã được khám sàng lọc.", [(1_500_000, "người dân", "hơn")]),
    ("Hơn 2 vạn người đã tham gia hiến máu.", [(20_000, "người", "hơn")]),
    ("Khoảng 3 nghìn bệnh nhân được điều trị mỗi năm.", [(3000, "bệnh nhân", "khoảng")]),
    ("Có 1.5 triệu người được tầm soát.", [(1_500_000, "người")]),
    # qualifiers
    ("Gần như 100% hộ gia đình đã được phun hóa chất.", [(100, "%", "gần như")]),
    ("Đã có tối thiểu 20 bác sĩ trực mỗi đêm.", [(20, "bác sĩ", "tối thiểu")]),
    ("Người bệnh phải chờ tới 3 ngày để được phẫu thuật.", [(3, "ngày", "tới")]),
    ("Chương trình khám cho người từ 60 tuổi trở lên.", [(60, "tuổi", "trở lên")]),
    ("Ước có khoảng 2.000 lượt người tham gia.", [(2000, "lượt người", "khoảng")]),
    ("Đã khám cho không quá 50 người mỗi buổi.", [(50, "người", "không quá")]),
    # durations and ages (optional in the gold, kept)
    ("Bệnh viện đã có 70 năm xây dựng và phát triển.", [(70, "năm")]),
    ("Ca phẫu thuật kéo dài hơn 5 tiếng, bệnh nhân đã qua cơn nguy kịch.", [(5, "tiếng", "hơn")]),
    ("Hội thảo diễn ra 2 ngày tại Đà Nẵng.", [(2, "ngày")]),
    ("Các đơn vị họp sơ kết 6 tháng một lần.", [(6, "tháng")]),
    ("Bé gái 18 tháng tuổi được cứu sống.", [(18, "tháng tuổi")]),
    ("Ca phẫu thuật kéo dài 6 giờ liên tục.", [(6, "giờ")]),
    ("Thời gian cửa - kim rút ngắn còn khoảng 70 phút.", [(70, "phút", "khoảng")]),
    ("Tỉnh có diện tích hơn 8.000 km² với khoảng 1,6 triệu dân.",
     [(8000, "km²", "hơn"), (1_600_000, "dân", "khoảng")]),
    # fallback nouns outside the lexicon
    ("Đơn vị đã lắp đặt 12 camera tại khoa cấp cứu.", [(12, "camera")]),
    ("Bệnh viện đã mua 30 xe đẩy cho khoa hồi sức.", [(30, "xe")]),
    ("Đã phân phát 400 tờ rơi tuyên truyền.", [(400, "tờ rơi")]),
    # several in one sentence, leading zeros, compact lists
    ("Huyện có 01 bệnh viện đa khoa, 01 trung tâm y tế và 19 trạm y tế.",
     [(1, "bệnh viện"), (1, "trung tâm y tế"), (19, "trạm y tế")]),
    ("Trong số 50 người được xét nghiệm có 3 người dương tính.",
     [(50, "người"), (3, "người")]),
    ("Tổng số 320 cán bộ tham gia tập huấn.", [(320, "cán bộ")]),
    ("Năm 2024, bệnh viện khám cho 300.000 lượt người.", [(300000, "lượt người")]),
    ("Tính đến ngày 30/6, toàn tỉnh có 95 cơ sở y tế.", [(95, "cơ sở y tế")]),
    ("Ngày 12/3, Sở Y tế đã trao 15 xe cứu thương cho 15 huyện.",
     [(15, "xe cứu thương"), (15, "huyện")]),
    ("Giai đoạn 2021-2025, tỉnh đầu tư 1.500 tỷ đồng cho y tế cơ sở.",
     [(1_500_000_000_000, "đồng")]),
    ("Đề án đặt mục tiêu đào tạo 1.000 bác sĩ cho vùng khó khăn.", [(1000, "bác sĩ")]),
    ("Theo Quyết định 1234/QĐ-UBND, tỉnh bổ sung 200 biên chế y tế.", [(200, "biên chế")]),
    # a part of a counted whole is a count of the part
    ("Đến nay đã có 23/38 bệnh viện triển khai bệnh án điện tử.", [(23, "bệnh viện")]),
    ("Có 7/10 bệnh nhân khỏi bệnh hoàn toàn.", [(7, "bệnh nhân")]),
    ("Toàn huyện có 19/19 trạm y tế đạt chuẩn quốc gia.", [(19, "trạm y tế")]),
    # billions without "đồng" are money
    ("Bệnh viện phải hoàn trả gần 12 tỷ thu sai của bệnh nhân.", [(12_000_000_000, "đồng", "gần")]),
    ("Dự thảo có 5 mức giá từ hạng đặc biệt đến hạng 4.", [(5, "mức giá")]),
    ("Bệnh viện mua 9 xe cấp cứu 2 bánh và 3 xe ô tô 16 chỗ.", [(9, "xe"), (3, "xe")]),
    # the counted noun named before the number
    ("Tòa nhà mới nâng tổng số giường của bệnh viện lên 1.200.", [(1200, "giường")]),
    ("Tổng số ca mắc sởi trên địa bàn là 156, tăng gấp đôi.", [(156, "ca mắc")]),
    ("Số ca mắc sởi tập trung ở các tỉnh Hà Nam (41), Nam Định (17) và Ninh Bình (9).",
     [(41, "ca mắc"), (17, "ca mắc"), (9, "ca mắc")]),
    # people the press counts beyond patients and staff
    ("Phiên tòa xét xử 7 bị cáo, gần 150 hành khách đã được đưa đi cấp cứu.",
     [(7, "bị cáo"), (150, "hành khách", "gần")]),
    ("Bác sĩ Hùng cùng 2 ứng viên khác vượt qua phần thi viết.", [(2, "ứng viên")]),
    # portions of gifts are counted; a duration of hours is kept
    ("Hội trao 1 phần quà và theo dõi bệnh nhân 24 giờ.", [(1, "phần quà"), (24, "giờ")]),
    ("Hội nghị trực tuyến với hơn 700 đầu cầu trên cả nước.", [(700, "đầu cầu", "hơn")]),
    # billions of what has no count are money
    ("Sở Y tế mua 680 tỉ thuốc không qua đấu thầu.", [(680e9, "đồng")]),
    # COVID-19 contact tiers count people
    ("Huyện đã truy vết được 27 F1 và 95 F2 liên quan đến ca bệnh.", [(27, "F1"), (95, "F2")]),
    # how many times: a count of events or a ratio ("gấp 3 lần"); "lần thứ 2" ranks
    ("Tăng gấp 3 lần so với cùng kỳ.", [(3, "lần")]),
    ("Bệnh nhân đã được phẫu thuật 4 lần trong hai năm, lần thứ 2 tại Bệnh viện 108.", [(4, "lần")]),
]

# --------------------------------------------------------------------------- negatives
NEGATIVE = [
    # dates and date ranges
    "Ngày 18/7/2023, Bộ Chính trị ban hành Nghị quyết.",
    "Hội nghị diễn ra từ ngày 19-20/8 tại Huế.",
    "Chiều 24/7, đoàn công tác đến làm việc tại Sở Y tế.",
    "Vào ngày 24 tháng 7 năm 2024, bệnh viện tổ chức lễ kỷ niệm.",
    "Kế hoạch được triển khai trong tháng 7 và tháng 8.",
    "Sự kiện diễn ra vào ngày 13 và 14/7/2023.",
    "Từ năm 2020 đến năm 2024, bệnh viện không ngừng phát triển.",
    "Đến năm 2030, tầm nhìn 2045, Nghệ An trở thành trung tâm y tế vùng.",
    "Giai đoạn 2024-2030 ngành y tế tập trung đầu tư y tế cơ sở.",
    "Kết quả trong 9 tháng đầu năm 2024 rất khả quan.",
    "Báo cáo kết quả năm 2023 và 6 tháng đầu năm 2024.",
    "Hội nghị được tổ chức vào sáng 12.8.2024 tại hội trường.",
    "Hoạt động diễn ra trong quý 3 năm nay.",
    "Đợt cao điểm kéo dài đến hết tuần 32.",
    "Chương trình kéo dài trong giai đoạn 2021 - 2025 và tầm nhìn đến 2030.",
    "Sáng 5, đoàn đã đến thăm bệnh viện.",
    "Hội nghị tổng kết năm 2023 được tổ chức long trọng.",
    "Những năm 90 của thế kỷ trước ngành y tế còn nhiều khó khăn.",
    # document numbers
    "Thực hiện Nghị quyết số 39-NQ/TW của Bộ Chính trị.",
    "Theo Quyết định số 1816/QĐ-BYT của Bộ trưởng Bộ Y tế.",
    "Bệnh viện triển khai Đề án 1816 tại các huyện.",
    "Nghị định 71 quy định về thẩm quyền xử phạt.",
    "Công văn số 1234 của Sở Y tế đã nêu rõ.",
    "Theo Thông tư 43/2024/TT-BYT, các cơ sở phải báo cáo định kỳ.",
    "Điều 5 Luật Khám bệnh, chữa bệnh quy định rõ trách nhiệm.",
    "Khoản 2 Điều 10 của Nghị định đã được sửa đổi.",
    "Chỉ thị 05-CT/TW về học tập và làm theo tư tưởng của Bác.",
    # ordinals, ranks, names with numbers
    "Bệnh viện đã được xếp hạng 1 từ năm ngoái.",
    "Bệnh viện được công nhận là bệnh viện hạng 2.",
    "Đây là Hội nghị lần thứ 2 được tổ chức.",
    "Bệnh nhi được chuyển đến Bệnh viện Nhi đồng 1.",
    # the emergency number names a centre or a call, it counts nothing
    "Một bác sĩ của Trung tâm cấp cứu 115 tỉnh Nam Định bị hành hung.",
    "Người nhà đã gọi 115 nhiều lần.",
    "Trạm Y tế Phường 5, Quận 1 đã tổ chức tiêm chủng.",
    "Đại dịch COVID-19 đã ảnh hưởng nặng nề đến ngành y tế.",
    "Công tác phòng chống dịch Covid-19 được đặt lên hàng đầu.",
    "Trẻ được tiêm mũi 3 theo lịch.",
    "Chuyển giao kỹ thuật theo nhu cầu của địa phương (cấp độ 1).",
    "Bệnh viện Quân y 103 và Bệnh viện Trung ương Quân đội 108 phối hợp tổ chức.",
    "Bệnh nhân được điều trị tại tầng 3, phòng 305.",
    "Bệnh nhân mắc đái tháo đường type 2 cần theo dõi thường xuyên.",
    "Trẻ đang học lớp 12 tại trường cấp 3 của huyện.",
    "Bệnh nhân ung thư giai đoạn 4 được chăm sóc giảm nhẹ.",
    "Đội tuyển đứng top 10 toàn quốc.",
    "Đây là kết luận tại phiên họp thứ 3.",
    "Cách mạng công nghiệp 4.0 mở ra nhiều cơ hội cho ngành y tế.",
    "Vi rút cúm A/H5N1 và biến thể XBB.1.5 đang được theo dõi.",
    "Bệnh viện K và Bệnh viện E phối hợp với Viện 69.",
    "Bệnh nhân được đưa đến Bệnh viện 115 cấp cứu.",
    "Trung tâm cấp cứu 115 tiếp nhận cuộc gọi lúc nửa đêm.",
    # times, phones, codes
    "Buổi lễ bắt đầu lúc 10:30 tại hội trường tầng 5.",
    "Đoàn xuất phát lúc 7h30 sáng tại sân bệnh viện.",
    "Bệnh nhân nhập viện lúc 22 giờ 30 phút.",
    # an hour of a dated day, with no "lúc" before it
    "Theo công an huyện, 21 giờ ngày 3-9, nhóm thanh niên gây rối tại phòng cấp cứu.",
    "Bệnh nhân tỉnh lại, đến 17 giờ cùng ngày thì được chuyển lên tuyến trên.",
    # "1 phần", "1 nửa": partly, a half, no count
    "Các bác sĩ đã cắt bỏ 1 phần lá gan bị tổn thương.",
    "Vết bỏng chiếm gần 1 nửa lưng của cháu bé.",
    # heart valves named by their leaflets
    "Bệnh nhân hẹp van 2 lá nặng được thay van tim 2 lá cơ học và sửa van 3 lá.",
    "Mọi thông tin xin liên hệ số điện thoại 0912 345 678.",
    "Đường dây nóng 0983.123.456 hoạt động suốt ngày đêm.",
    "Người dân gọi tổng đài 1900 9095 để được tư vấn.",
    "Thẻ BHYT có mã số 0123456789 đã được cấp lại.",
    "Trụ sở tại số 18 đường Trường Thi, thành phố Vinh.",
    "Giờ làm việc từ 7 giờ sáng đến 17 giờ hằng ngày.",
    # ranges, ratios, bare numbers
    "Bình quân mỗi bác sĩ khám 60-70 bệnh nhân.",
    "Tỷ lệ 1/3 người mắc bệnh là trẻ em.",
    "Ngày 21/3 bệnh viện tiếp nhận thêm bệnh nhân.",
    "Khoảng 7/10 người dân ủng hộ chủ trương này.",
    "Số bệnh nhân tăng vì hai lý do: (1) thời tiết nồm ẩm; (2) dịch cúm.",
    "Sáng 11/5 bệnh viện đón đoàn công tác.",
    "Khoảng 20-30% trẻ em bị suy dinh dưỡng.",
    "Từ 10 đến 15% bệnh nhân gặp biến chứng.",
    "Huyết áp của bệnh nhân là 180/100 mmHg.",
    "Bệnh viện đạt 4,5/5 điểm hài lòng.",
    "Kết quả xét nghiệm là 25 và 30 theo thứ tự.",
    "Hai bên đã ký biên bản ghi nhớ hợp tác.",
    "Bệnh viện có hàng chục trung tâm y tế vệ tinh.",
    "Một trung tâm chuyên sâu sẽ sớm được thành lập.",
    "Có 3 triệu chứng thường gặp là sốt, ho và đau họng.",
    # page chrome
    "Đến 16g ngày 6-10 chưa phát hiện thêm ca mắc mới.",
    "Lúc 1g chiều, thuyền viên được đưa vào bờ.",
    "12, Tháng 7, 2024 |",
    "z5664746724810_7046c99cba07bb174a7d6011e07a898e.jpg",
    "Chặng đua F1 tại Hà Nội đã bị hoãn.",
    # a numbered area or programme names, "chưa" counts nothing
    "Người dân nghèo khu vực 135 chưa được cấp thẻ bảo hiểm y tế.",
]


@pytest.mark.parametrize("text,expected", POSITIVE, ids=[t[:40] for t, _ in POSITIVE])
def test_positive(text, expected):
    doc = run(text)
    assert triples(doc) == norm_expected(expected)
    for f in doc.figures:  # offsets locate the span and the span holds the number
        assert doc.text[f.start:f.end] == f.text
        assert f.sentence == 0
        assert any(ch.isdigit() for ch in f.text)
        assert f.extractor == figures.NAME and f.version == figures.VERSION
        assert 0 < f.confidence <= 1


@pytest.mark.parametrize("text", NEGATIVE, ids=[t[:40] for t in NEGATIVE])
def test_negative(text):
    assert triples(run(text)) == []


def test_table_sizes():
    assert len(POSITIVE) + len(NEGATIVE) >= 150
    assert len(NEGATIVE) >= 50


# --------------------------------------------------------------------------- spans and offsets
def test_span_includes_qualifier_and_unit():
    doc = run("Trong đó có hơn 4.400 bác sĩ đang công tác.")
    (f,) = doc.figures
    assert f.text == "hơn 4.400 bác sĩ"
    assert doc.text[f.start:f.end] == f.text
    assert f.qualifier == "hơn" and f.value == 4400


def test_offsets_in_multi_sentence_document():
    text = ("Sở Y tế tỉnh báo cáo kết quả.\n\nNăm 2023, toàn tỉnh có 20 bệnh viện. "
            "Tỷ lệ đạt 77,6%.\nẢnh: SYT\nBệnh viện nhận 500 thùng găng tay.")
    doc = run(text)
    got = [(f.text, f.sentence) for f in doc.figures]
    assert got == [("20 bệnh viện", 1), ("77,6%", 2), ("500 thùng", 3)]
    for f in doc.figures:
        assert doc.text[f.start:f.end] == f.text
        s = doc.sentences[f.sentence]
        assert s.start <= f.start < f.end <= s.end


def test_offsets_survive_nbsp_and_old_tone_placement():
    # non-breaking spaces and "hoà"-style tones are matched but the stored text is kept
    text = "Khoa Nhi hoà nhập: hơn\u00a0300\u00a0trẻ em được khám, chi phí 1,5\u00a0tỷ đồng."
    doc = run(text)
    assert [(f.value, f.unit) for f in doc.figures] == [(300.0, "trẻ em"), (1.5e9, "đồng")]
    for f in doc.figures:
        assert doc.text[f.start:f.end] == f.text
    assert "\u00a0" in doc.figures[0].text


def test_nfd_input_is_normalised_before_offsets():
    text = unicodedata.normalize("NFD", "Có 12 trạm y tế đạt chuẩn.")
    doc = run(text)
    (f,) = doc.figures
    assert (f.value, f.unit) == (12.0, "trạm y tế")
    assert doc.text[f.start:f.end] == f.text


def test_every_occurrence_is_emitted():
    doc = run("Đơn vị trao 500 thùng găng tay.\nĐơn vị trao 500 thùng găng tay.")
    assert [(f.value, f.unit) for f in doc.figures] == [(500.0, "thùng")] * 2
    assert doc.figures[0].start != doc.figures[1].start


def test_chrome_lines_are_skipped():
    doc = run("Xem thêm\nẢnh: 20 bác sĩ tình nguyện\nCó 3 bệnh viện tham gia.")
    assert [(f.value, f.unit) for f in doc.figures] == [(3.0, "bệnh viện")]


def test_value_is_float_and_exact():
    doc = run("Ngân sách 1,2 tỷ đồng và 0,1 triệu USD.")
    assert [f.value for f in doc.figures] == [1_200_000_000.0, 100_000.0]
    assert all(isinstance(f.value, float) for f in doc.figures)


def test_dates_found_earlier_block_numbers():
    from extractors.doc import DateRef
    doc = Doc(text="Trong 3 ngày, 5 bệnh viện đã tham gia.")
    doc = sentences.split_sentences(textnorm.normalise(doc))
    doc.dates.append(DateRef(sentence=0, start=6, end=12, extractor="dates", version="x",
                             confidence=1.0, text="3 ngày", date_start="", date_end=""))
    doc = figures.extract(doc)
    assert [(f.value, f.unit) for f in doc.figures] == [(5.0, "bệnh viện")]


def test_registered():
    from extractors import REGISTRY
    assert REGISTRY["figures"][0] is figures.extract


def test_a_name_after_a_number_is_no_counted_noun() -> None:
    # "Cơ sở 2 Bệnh viện …" numbers a site; the capitalised "Bệnh viện" starts a name
    from extractors import run as run_all
    from pipeline.stages import EXTRACTION
    doc = run_all(Doc(text="Dự án Cơ sở 2 Bệnh viện Nhi Trung ương được khởi công."), EXTRACTION)
    assert doc.figures == []


def test_one_unit_per_value_in_a_document() -> None:
    doc = run("Bệnh viện có quy mô 1.000 giường. Với 1.000 giường bệnh, đây là bệnh viện lớn nhất tỉnh.")
    assert {f.unit for f in doc.figures} == {"giường bệnh"}


def test_a_generic_unit_takes_the_specific_unit_of_the_same_value() -> None:
    """The headline's "26 điểm" and the body's "26 trạm y tế" are one quantity."""
    doc = run("Nâng cao chất lượng trạm y tế tại 26 điểm trên cả nước.\n"
              "Chương trình thí điểm ở 26 trạm y tế xã, phường.")
    assert {f.unit for f in doc.figures} == {"trạm y tế"}


def test_every_label_is_still_seen_before_a_number():
    """The quick test on the last word before a number lets every label of the lexicon
    through: each one still marks the number after it as a name, date or rank."""
    for label in figures._LABELS:
        low = f"theo {label} 12"
        start = low.index("12")
        want = "soft" if label in figures._SOFT_LABELS else "strict"
        assert figures._label_before(low, 0, start) == want, label
    assert figures._label_before("có 12", 0, 3) is None
