"""Table-driven tests for extractors.legal (numbered and titled legal documents)."""
from __future__ import annotations

import pytest

from extractors import legal, sentences, textnorm
from extractors.doc import Doc


def make_doc(text: str, published: str | None = "2024-08", province: str | None = None) -> Doc:
    doc = Doc(text=text, published=published, province=province)
    doc = textnorm.normalise(doc)
    return sentences.split_sentences(doc)


def run(text: str, province: str | None = None, published: str | None = "2024-08"):
    doc = legal.extract(make_doc(text, published, province))
    for d in doc.legal_documents:
        assert doc.text[d.start:d.end] == d.text, d
        assert d.extractor == "legal" and d.version == legal.VERSION
        assert 0 < d.confidence <= 1 and d.sentence >= 0
    return doc


def found(text: str, province: str | None = None, published: str | None = "2024-08"):
    return [(d.text, d.kind, d.number, d.issued, d.issuer)
            for d in run(text, province, published).legal_documents]


# (sentence, doc.province, expected [(span, kind, number, issued, issuer), ...])
CASES = [
    # --- party documents (/TW, /TU)
    ("Thực hiện Nghị quyết số 39-NQ/TW ngày 18/7/2023 của Bộ Chính trị về phát triển tỉnh.", None,
     [("Nghị quyết số 39-NQ/TW ngày 18/7/2023", "Nghị quyết", "39-NQ/TW", "2023-07-18", "Bộ Chính trị")]),
    ("Tỉnh đang triển khai Nghị quyết 39-NQ/TW một cách đồng bộ.", None,
     [("Nghị quyết 39-NQ/TW", "Nghị quyết", "39-NQ/TW", None, "Ban Chấp hành Trung ương")]),
    ("Nghị quyết số 20-NQ/TW ngày 25/10/2017 của Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII được quán triệt.",
     None,
     [("Nghị quyết số 20-NQ/TW ngày 25/10/2017", "Nghị quyết", "20-NQ/TW", "2017-10-25",
       "Ban Chấp hành Trung ương")]),
    ("Thực hiện Nghị quyết 20-NQ/TW và 21-NQ/TW của Ban Chấp hành Trung ương khóa XII.", None,
     [("Nghị quyết 20-NQ/TW", "Nghị quyết", "20-NQ/TW", None, "Ban Chấp hành Trung ương"),
      ("21-NQ/TW", "Nghị quyết", "21-NQ/TW", None, "Ban Chấp hành Trung ương")]),
    ("Ngành y tế quán triệt Nghị quyết số 46-NQ/TƯ của Bộ Chính trị về y tế.", None,
     [("Nghị quyết số 46-NQ/TƯ", "Nghị quyết", "46-NQ/TƯ", None, "Bộ Chính trị")]),
    ("Kế hoạch số 56-KH/BCĐ của Ban Chỉ đạo được ban hành.", None,
     [("Kế hoạch số 56-KH/BCĐ", "Kế hoạch", "56-KH/BCĐ", None, None)]),
    ("Kết luận 35-KL/TW của Bộ Chính trị được các cấp ủy triển khai.", None,
     [("Kết luận 35-KL/TW", "Kết luận", "35-KL/TW", None, "Bộ Chính trị")]),
    ("Chỉ thị số 25-CT/TW ngày 25/10/2023 của Ban Bí thư về công tác y tế được phổ biến.", None,
     [("Chỉ thị số 25-CT/TW ngày 25/10/2023", "Chỉ thị", "25-CT/TW", "2023-10-25", "Ban Bí thư")]),
    ("Quy định số 05-QĐi/TW về kiểm tra, giám sát được thực hiện nghiêm.", None,
     [("Quy định số 05-QĐi/TW", "Quy định", "05-QĐi/TW", None, "Ban Chấp hành Trung ương")]),
    ("Triển khai Chương trình hành động số 68-CTr/TU ngày 15/11/2023 của Tỉnh ủy về xây dựng tỉnh Nghệ An.",
     None,
     [("Chương trình hành động số 68-CTr/TU ngày 15/11/2023", "Chương trình hành động", "68-CTr/TU",
       "2023-11-15", "Tỉnh ủy Nghệ An")]),
    ("Hiện nay, tỉnh Thừa Thiên Huế đang triển khai Nghị quyết 08-NQ/TU về phát triển y tế chuyên sâu.",
     "Nghệ An",
     [("Nghị quyết 08-NQ/TU", "Nghị quyết", "08-NQ/TU", None, "Tỉnh ủy Thừa Thiên Huế")]),
    ("Tỉnh ủy Thanh Hóa ban hành Chỉ thị số 15-CT/TU về tăng cường công tác y tế cơ sở.", None,
     [("Chỉ thị số 15-CT/TU", "Chỉ thị", "15-CT/TU", None, "Tỉnh ủy Thanh Hóa")]),
    ("Các cấp ủy quán triệt Nghị quyết số 09-NQ/TU của Tỉnh ủy về chăm sóc sức khỏe nhân dân.", "Hà Tĩnh",
     [("Nghị quyết số 09-NQ/TU", "Nghị quyết", "09-NQ/TU", None, "Tỉnh ủy Hà Tĩnh")]),
    ("Thực hiện Chương trình hành động số 12-CTr/TU của Thành ủy Hà Nội, ngành y tế xây dựng kế hoạch.",
     None,
     [("Chương trình hành động số 12-CTr/TU", "Chương trình hành động", "12-CTr/TU", None,
       "Thành ủy Hà Nội")]),
    ("Kế hoạch số 149-KH/TU của Ban Thường vụ Tỉnh ủy Quảng Nam được triển khai.", None,
     [("Kế hoạch số 149-KH/TU", "Kế hoạch", "149-KH/TU", None, "Ban Thường vụ Tỉnh ủy Quảng Nam")]),
    ("Nghị quyết 08-NQ/TU đã tạo bước đột phá cho y tế địa phương.", None,
     [("Nghị quyết 08-NQ/TU", "Nghị quyết", "08-NQ/TU", None, "Tỉnh ủy")]),
    ("Tỉnh uỷ Nghệ An đã ban hành Nghị quyết số 05-NQ/TU về phát triển nguồn nhân lực.", None,
     [("Nghị quyết số 05-NQ/TU", "Nghị quyết", "05-NQ/TU", None, "Tỉnh ủy Nghệ An")]),
    # --- government and ministry documents
    ("Theo Quyết định số 1816/QĐ-BYT ngày 26/5/2008 của Bộ trưởng Bộ Y tế, cán bộ được luân phiên.", None,
     [("Quyết định số 1816/QĐ-BYT ngày 26/5/2008", "Quyết định", "1816/QĐ-BYT", "2008-05-26", "Bộ Y tế")]),
    ("Bộ Y tế ban hành Quyết định 3523/QĐ-BYT hướng dẫn chẩn đoán bệnh.", None,
     [("Quyết định 3523/QĐ-BYT", "Quyết định", "3523/QĐ-BYT", None, "Bộ Y tế")]),
    ("Nghị định 96/2023/NĐ-CP quy định chi tiết một số điều của luật.", None,
     [("Nghị định 96/2023/NĐ-CP", "Nghị định", "96/2023/NĐ-CP", None, "Chính phủ")]),
    ("Nghị định số 15/2018/NĐ-CP ngày 2/2/2018 của Chính phủ quy định về an toàn thực phẩm.", None,
     [("Nghị định số 15/2018/NĐ-CP ngày 2/2/2018", "Nghị định", "15/2018/NĐ-CP", "2018-02-02",
       "Chính phủ")]),
    ("Thông tư 43/2013/TT-BYT quy định phân tuyến kỹ thuật.", None,
     [("Thông tư 43/2013/TT-BYT", "Thông tư", "43/2013/TT-BYT", None, "Bộ Y tế")]),
    ("Theo Thông tư số 22/2023/TT-BYT, giá dịch vụ khám bệnh được điều chỉnh.", None,
     [("Thông tư số 22/2023/TT-BYT", "Thông tư", "22/2023/TT-BYT", None, "Bộ Y tế")]),
    ("Thông tư liên tịch số 37/2011/TTLT-BYT-BTC hướng dẫn thanh toán chi phí.", None,
     [("Thông tư liên tịch số 37/2011/TTLT-BYT-BTC", "Thông tư liên tịch", "37/2011/TTLT-BYT-BTC", None,
       "Bộ Y tế, Bộ Tài chính")]),
    ("Chỉ thị 01/CT-TTg của Thủ tướng Chính phủ về phòng chống dịch được ban hành.", None,
     [("Chỉ thị 01/CT-TTg", "Chỉ thị", "01/CT-TTg", None, "Thủ tướng Chính phủ")]),
    ("Thủ tướng ký Công điện số 05/CĐ-TTg về phòng chống dịch sốt xuất huyết.", None,
     [("Công điện số 05/CĐ-TTg", "Công điện", "05/CĐ-TTg", None, "Thủ tướng Chính phủ")]),
    ("Quyết định 1168/QĐ-TTg ngày 4/10/2024 phê duyệt quy hoạch mạng lưới y tế.", None,
     [("Quyết định 1168/QĐ-TTg ngày 4/10/2024", "Quyết định", "1168/QĐ-TTg", "2024-10-04",
       "Thủ tướng Chính phủ")]),
    ("Bộ Y tế vừa có Công văn số 5436/BYT-KCB gửi các Sở Y tế.", None,
     [("Công văn số 5436/BYT-KCB", "Công văn", "5436/BYT-KCB", None, "Bộ Y tế")]),
    ("Nghị quyết 30/NQ-CP của Chính phủ về chương trình phục hồi kinh tế đã hết hiệu lực.", None,
     [("Nghị quyết 30/NQ-CP", "Nghị quyết", "30/NQ-CP", None, "Chính phủ")]),
    ("Công văn 2390/BHXH-CSYT của Bảo hiểm xã hội Việt Nam hướng dẫn thanh toán.", None,
     [("Công văn 2390/BHXH-CSYT", "Công văn", "2390/BHXH-CSYT", None, "Bảo hiểm xã hội Việt Nam")]),
    ("Thông báo số 123/TB-VPCP ngày 20/3/2024 truyền đạt ý kiến của Phó Thủ tướng.", None,
     [("Thông báo số 123/TB-VPCP ngày 20/3/2024", "Thông báo", "123/TB-VPCP", "2024-03-20",
       "Văn phòng Chính phủ")]),
    ("Bộ Y tế ban hành Hướng dẫn số 10/HD-BYT về tiêm chủng mở rộng.", None,
     [("Hướng dẫn số 10/HD-BYT", "Hướng dẫn", "10/HD-BYT", None, "Bộ Y tế")]),
    ("Quyết định số 2151/QĐ-BYT, 2152/QĐ-BYT và 2153/QĐ-BYT được ban hành cùng ngày.", None,
     [("Quyết định số 2151/QĐ-BYT", "Quyết định", "2151/QĐ-BYT", None, "Bộ Y tế"),
      ("2152/QĐ-BYT", "Quyết định", "2152/QĐ-BYT", None, "Bộ Y tế"),
      ("2153/QĐ-BYT", "Quyết định", "2153/QĐ-BYT", None, "Bộ Y tế")]),
    ("Điều lệ số 01/ĐL-HYH được Đại hội thông qua.", None,
     [("Điều lệ số 01/ĐL-HYH", "Điều lệ", "01/ĐL-HYH", None, None)]),
    ("Pháp lệnh số 07/2022/UBTVQH15 sửa đổi mức trợ cấp ưu đãi người có công.", None,
     [("Pháp lệnh số 07/2022/UBTVQH15", "Pháp lệnh", "07/2022/UBTVQH15", None,
       "Ủy ban Thường vụ Quốc hội")]),
    ("Bộ Tài chính ban hành Thông tư số 56/2022/TT-BTC hướng dẫn cơ chế tự chủ.", None,
     [("Thông tư số 56/2022/TT-BTC", "Thông tư", "56/2022/TT-BTC", None, "Bộ Tài chính")]),
    ("Nghị định 146/2018/NĐ-CP hướng dẫn Luật Bảo hiểm y tế.", None,
     [("Nghị định 146/2018/NĐ-CP", "Nghị định", "146/2018/NĐ-CP", None, "Chính phủ"),
      ("Luật Bảo hiểm y tế", "Luật", None, None, "Quốc hội")]),
    ("Nghị định số 96/2023 của Chính phủ có hiệu lực từ ngày ký.", None,
     [("Nghị định số 96/2023", "Nghị định", "96/2023", None, "Chính phủ")]),
    # --- provincial documents
    ("UBND tỉnh Quảng Ninh ban hành Quyết định 1234/QĐ-UBND ngày 5 tháng 5 năm 2024 phê duyệt danh mục.",
     None,
     [("Quyết định 1234/QĐ-UBND ngày 5 tháng 5 năm 2024", "Quyết định", "1234/QĐ-UBND", "2024-05-05",
       "Ủy ban nhân dân tỉnh Quảng Ninh")]),
    ("Kế hoạch số 149/KH-UBND của UBND tỉnh về triển khai tiêm chủng được ban hành.", "Bắc Kạn",
     [("Kế hoạch số 149/KH-UBND", "Kế hoạch", "149/KH-UBND", None, "Ủy ban nhân dân tỉnh Bắc Kạn")]),
    ("Theo Kế hoạch số 28/KH-SYT ngày 10/1/2024 của Sở Y tế Bắc Giang, các đơn vị phải báo cáo.", None,
     [("Kế hoạch số 28/KH-SYT ngày 10/1/2024", "Kế hoạch", "28/KH-SYT", "2024-01-10", "Sở Y tế Bắc Giang")]),
    ("UBND tỉnh Nghệ An có Văn bản số 4457/UBND-VX chỉ đạo các sở, ngành.", None,
     [("Văn bản số 4457/UBND-VX", "Công văn", "4457/UBND-VX", None, "Ủy ban nhân dân tỉnh Nghệ An")]),
    ("Hướng dẫn số 12/HD-SYT ngày 3/7 của Sở Y tế về tiêm chủng được gửi tới các huyện.", "Lào Cai",
     [("Hướng dẫn số 12/HD-SYT ngày 3/7", "Hướng dẫn", "12/HD-SYT", "2024-07-03", "Sở Y tế Lào Cai")]),
    ("Nghị quyết số 14/2024/NQ-HĐND của HĐND tỉnh Hà Giang quy định mức hỗ trợ.", None,
     [("Nghị quyết số 14/2024/NQ-HĐND", "Nghị quyết", "14/2024/NQ-HĐND", None,
       "Hội đồng nhân dân tỉnh Hà Giang")]),
    ("Quyết định số 45/2023/QĐ-UBND của UBND Thành phố Hồ Chí Minh quy định giá dịch vụ.", None,
     [("Quyết định số 45/2023/QĐ-UBND", "Quyết định", "45/2023/QĐ-UBND", None,
       "Ủy ban nhân dân Thành phố Hồ Chí Minh")]),
    ("Sở Y tế TP.HCM triển khai Kế hoạch 3011/KH-SYT về phòng chống dịch.", None,
     [("Kế hoạch 3011/KH-SYT", "Kế hoạch", "3011/KH-SYT", None, "Sở Y tế Thành phố Hồ Chí Minh")]),
    ("Công văn số 2345/SYT-NVY của Sở Y tế Hà Nội yêu cầu các bệnh viện tăng cường trực.", None,
     [("Công văn số 2345/SYT-NVY", "Công văn", "2345/SYT-NVY", None, "Sở Y tế Hà Nội")]),
    # --- bare numbers right after the kind
    ("Đoàn công tác đến khảo sát nhu cầu đào tạo theo Đề án 1816 tại Sở Y tế.", None,
     [("Đề án 1816", "Đề án", "1816", None, None)]),
    ("Quyết định số 1816 đã thay đổi diện mạo y tế cơ sở.", None,
     [("Quyết định số 1816", "Quyết định", "1816", None, None)]),
    ("Nghị quyết số 39 của Bộ Chính trị đã tạo động lực mới cho tỉnh.", None,
     [("Nghị quyết số 39", "Nghị quyết", "39", None, "Bộ Chính trị")]),
    ("Nghị định 71 về chế độ phụ cấp được sửa đổi.", None,
     [("Nghị định 71", "Nghị định", "71", None, "Chính phủ")]),
    ("Nghị quyết 68 về phát triển kinh tế tư nhân được ban hành.", None,
     [("Nghị quyết 68", "Nghị quyết", "68", None, None)]),
    ("Kế hoạch 100 ngày đêm thi đua và Chương trình 135 đã về đích.", None,
     [("Chương trình 135", "Chương trình", "135", None, None)]),
    ("Dữ liệu dân cư được làm sạch theo Đề án 06 của Chính phủ.", None,
     [("Đề án 06", "Đề án", "06", None, "Chính phủ")]),
    ("Thông tư 22 về giá dịch vụ có hiệu lực từ tháng 12.", None,
     [("Thông tư 22", "Thông tư", "22", None, None)]),
    ("Chỉ thị 16 về giãn cách xã hội được áp dụng toàn thành phố.", None,
     [("Chỉ thị 16", "Chỉ thị", "16", None, None)]),
    ("Theo Kế hoạch số 2024, các trạm y tế được nâng cấp.", None,
     [("Kế hoạch số 2024", "Kế hoạch", "2024", None, None)]),
    # --- kind written in lower case, with a number
    ("Bệnh viện thực hiện theo quyết định số 1816/QĐ-BYT của Bộ Y tế.", None,
     [("quyết định số 1816/QĐ-BYT", "Quyết định", "1816/QĐ-BYT", None, "Bộ Y tế")]),
    ("Tỉnh đã ban hành nghị quyết số 12/2023/NQ-HĐND về hỗ trợ nhân lực y tế.", "Quảng Trị",
     [("nghị quyết số 12/2023/NQ-HĐND", "Nghị quyết", "12/2023/NQ-HĐND", None,
       "Hội đồng nhân dân tỉnh Quảng Trị")]),
    ("Sở Y tế có công văn số 789/SYT-NV gửi các đơn vị.", "Cà Mau",
     [("công văn số 789/SYT-NV", "Công văn", "789/SYT-NV", None, "Sở Y tế Cà Mau")]),
    # --- a code that names the type without the kind word
    ("Thực hiện 39-NQ/TW, tỉnh đã triển khai nhiều nội dung.", None,
     [("39-NQ/TW", "Nghị quyết", "39-NQ/TW", None, "Ban Chấp hành Trung ương")]),
    ("Các đơn vị bám sát 1816/QĐ-BYT trong công tác luân phiên.", None,
     [("1816/QĐ-BYT", "Quyết định", "1816/QĐ-BYT", None, "Bộ Y tế")]),
    # --- laws by title
    ("Các giải pháp thực hiện Luật Khám, chữa bệnh mới được trao đổi tại hội nghị.", None,
     [("Luật Khám, chữa bệnh", "Luật", None, None, "Quốc hội")]),
    ("Luật Khám bệnh, chữa bệnh năm 2023 có nhiều điểm mới.", None,
     [("Luật Khám bệnh, chữa bệnh năm 2023", "Luật", None, "2023", "Quốc hội")]),
    ("Luật Khám bệnh, chữa bệnh số 15/2023/QH15 có hiệu lực từ ngày 1/1/2024.", None,
     [("Luật Khám bệnh, chữa bệnh số 15/2023/QH15", "Luật", "15/2023/QH15", None, "Quốc hội")]),
    ("Luật số 15/2023/QH15 đã được Quốc hội thông qua.", None,
     [("Luật số 15/2023/QH15", "Luật", "15/2023/QH15", None, "Quốc hội")]),
    ("Luật Bảo hiểm y tế sửa đổi có hiệu lực từ 1/7/2025.", None,
     [("Luật Bảo hiểm y tế", "Luật", None, None, "Quốc hội")]),
    ("Luật Dược quy định rõ trách nhiệm của nhà thuốc.", None,
     [("Luật Dược", "Luật", None, None, "Quốc hội")]),
    ("Theo Luật Phòng, chống tác hại của thuốc lá, cấm hút thuốc tại bệnh viện.", None,
     [("Luật Phòng, chống tác hại của thuốc lá", "Luật", None, None, "Quốc hội")]),
    ("Bộ luật Lao động năm 2019 quy định tuổi nghỉ hưu của bác sĩ.", None,
     [("Bộ luật Lao động năm 2019", "Bộ luật", None, "2019", "Quốc hội")]),
    ("Nghị định số 15/2018/NĐ-CP quy định chi tiết Luật An toàn thực phẩm.", None,
     [("Nghị định số 15/2018/NĐ-CP", "Nghị định", "15/2018/NĐ-CP", None, "Chính phủ"),
      ("Luật An toàn thực phẩm", "Luật", None, None, "Quốc hội")]),
    ("Dự thảo Luật Phòng bệnh đang được lấy ý kiến rộng rãi.", None,
     [("Luật Phòng bệnh", "Luật", None, None, "Quốc hội")]),
    ("Luật Phòng, chống bệnh truyền nhiễm cần được sửa đổi sớm.", None,
     [("Luật Phòng, chống bệnh truyền nhiễm", "Luật", None, None, "Quốc hội")]),
    ("Luật Thủ đô năm 2024 trao thêm quyền cho Hà Nội.", None,
     [("Luật Thủ đô năm 2024", "Luật", None, "2024", "Quốc hội")]),
    ("Luật Hiến, lấy, ghép mô, bộ phận cơ thể người và hiến, lấy xác đã có hiệu lực nhiều năm.", None,
     [("Luật Hiến, lấy, ghép mô, bộ phận cơ thể người và hiến, lấy xác", "Luật", None, None,
       "Quốc hội")]),
    ("Luật Dược (sửa đổi) được Quốc hội thông qua.", None,
     [("Luật Dược", "Luật", None, None, "Quốc hội")]),
    ("Lãnh đạo bệnh viện chờ sửa đổi luật khám chữa bệnh tới đây.", None,
     [("luật khám chữa bệnh", "Luật", None, None, "Quốc hội")]),
    ("Bộ luật Hình sự xử lý nghiêm hành vi buôn bán thuốc giả.", None,
     [("Bộ luật Hình sự", "Bộ luật", None, None, "Quốc hội")]),
    ("Luật Viên chức và Luật Cán bộ, công chức đều đang được sửa đổi.", None,
     [("Luật Viên chức", "Luật", None, None, "Quốc hội"),
      ("Luật Cán bộ, công chức", "Luật", None, None, "Quốc hội")]),
    ("Dự án Luật Dữ liệu đang được thảo luận tại nghị trường.", None,
     [("Luật Dữ liệu", "Luật", None, None, "Quốc hội")]),
    ("Luật Thủ đô năm 2024 và Luật Tổ chức Tòa án nhân dân được thông qua.", None,
     [("Luật Thủ đô năm 2024", "Luật", None, "2024", "Quốc hội"),
      ("Luật Tổ chức Tòa án nhân dân", "Luật", None, None, "Quốc hội")]),
    ("Luật BHYT sửa đổi mở rộng quyền lợi cho người bệnh.", None,
     [("Luật BHYT", "Luật", None, None, "Quốc hội")]),
    ("Luật Dược 2016 đã bộc lộ nhiều bất cập.", None,
     [("Luật Dược 2016", "Luật", None, "2016", "Quốc hội")]),
    ("Tòa cho rằng vụ kiện thuộc phạm vi của Luật tố tụng hành chính năm 2015.", None,
     [("Luật tố tụng hành chính năm 2015", "Luật", None, "2015", "Quốc hội")]),
    ("Luật Khám bệnh, chữa bệnh (sửa đổi) năm 2023 số 15/2023/QH15 có hiệu lực từ đầu năm.", None,
     [("Luật Khám bệnh, chữa bệnh (sửa đổi) năm 2023 số 15/2023/QH15", "Luật", "15/2023/QH15", "2023",
       "Quốc hội")]),
    ("UBND TP.HCM ban hành Kế hoạch số 45/KH-UBND về phòng chống dịch.", None,
     [("Kế hoạch số 45/KH-UBND", "Kế hoạch", "45/KH-UBND", None,
       "Ủy ban nhân dân Thành phố Hồ Chí Minh")]),
    ("Thành ủy TP.HCM ban hành Chỉ thị số 20-CT/TU về chăm sóc sức khỏe nhân dân.", None,
     [("Chỉ thị số 20-CT/TU", "Chỉ thị", "20-CT/TU", None, "Thành ủy Thành phố Hồ Chí Minh")]),
    ("Quyết định số 2151/QĐ-UBND do UBND tỉnh Quảng Nam ban hành.", None,
     [("Quyết định số 2151/QĐ-UBND", "Quyết định", "2151/QĐ-UBND", None,
       "Ủy ban nhân dân tỉnh Quảng Nam")]),
    # --- numbers written with spaces around "/" and "-" (word-segmented or careless text)
    ("Thực hiện Nghị quyết số 45 / NQ - CP ngày 12-3-2019 của Chính phủ, tỉnh đã rà soát.", None,
     [("Nghị quyết số 45 / NQ - CP ngày 12-3-2019", "Nghị quyết", "45/NQ-CP", "2019-03-12",
       "Chính phủ")]),
    ("Bệnh viện được công nhận theo QĐ số 4120 / QĐ - BYT ngày 5/10/2017 của Bộ Y tế.", None,
     [("4120 / QĐ - BYT ngày 5/10/2017", "Quyết định", "4120/QĐ-BYT", "2017-10-05", "Bộ Y tế")]),
    ("Thủ tướng đã ký Quyết định 2217 / QĐ - TTg về chương trình tiêm chủng.", None,
     [("Quyết định 2217 / QĐ - TTg", "Quyết định", "2217/QĐ-TTg", None, "Thủ tướng Chính phủ")]),
    ("Luật được ban hành theo Nghị quyết 61 / 2019 / QH 14 của Quốc hội.", None,
     [("Nghị quyết 61 / 2019 / QH 14", "Nghị quyết", "61/2019/QH14", None, "Quốc hội")]),
    ("Sở gửi Công văn số 88 / SYT - NV - Hà Nội để nhắc các đơn vị.", None,
     [("Công văn số 88 / SYT - NV", "Công văn", "88/SYT-NV", None, "Sở Y tế Hà Nội")]),
    ("Bệnh viện được nâng hạng theo Quyết định số 2841/QĐ - UBND (ngày 12/10/2009) của UBND tỉnh Bình Định.",
     None,
     [("Quyết định số 2841/QĐ - UBND (ngày 12/10/2009)", "Quyết định", "2841/QĐ-UBND", "2009-10-12",
       "Ủy ban nhân dân tỉnh Bình Định")]),
    # --- the year of issue after a bare number
    ("Chế độ phụ cấp theo Nghị định 56 ban hành năm 2011 đã lạc hậu.", None,
     [("Nghị định 56 ban hành năm 2011", "Nghị định", "56", "2011", "Chính phủ")]),
    ("Giá dịch vụ vẫn theo Thông tư 37 năm 2018 của Bộ Y tế.", None,
     [("Thông tư 37 năm 2018", "Thông tư", "37", "2018", "Bộ Y tế")]),
    # --- lower-case kinds with a bare number, and lists of bare numbers
    ("Các bệnh viện tự chủ tài chính theo nghị định 60 của Chính phủ.", None,
     [("nghị định 60", "Nghị định", "60", None, "Chính phủ")]),
    ("Tỉnh đã hoàn thành các chỉ tiêu của đề án 1816 trong năm qua.", None,
     [("đề án 1816", "Đề án", "1816", None, None)]),
    ("Giá dịch vụ được áp dụng theo Thông tư 37 và 39 của Bộ Y tế.", None,
     [("Thông tư 37", "Thông tư", "37", None, "Bộ Y tế"), ("39", "Thông tư", "39", None, "Bộ Y tế")]),
    ("Chính phủ đã ban hành hai nghị định số 85 và 60 về tự chủ của đơn vị sự nghiệp.", None,
     [("nghị định số 85", "Nghị định", "85", None, "Chính phủ"),
      ("60", "Nghị định", "60", None, "Chính phủ")]),
    ("Bệnh viện áp dụng Thông tư 37 và 5 bệnh viện khác đã làm theo.", None,
     [("Thông tư 37", "Thông tư", "37", None, None)]),
    # --- titles written without quotes: title case after the kind, or the subject of a new document
    ("Bộ Y tế triển khai Đề án Giảm tải bệnh viện giai đoạn 2014-2020 tại nhiều tỉnh.", None,
     [("Đề án Giảm tải bệnh viện", "Đề án", None, None, None)]),
    ("Chính phủ vừa ban hành Nghị định quy định về quản lý trang thiết bị y tế.", None,
     [("Nghị định quy định về quản lý trang thiết bị y tế", "Nghị định", None, None, "Chính phủ")]),
    ("Bộ đang lấy ý kiến dự thảo thông tư hướng dẫn đấu thầu thuốc tại các cơ sở y tế công lập.", None,
     [("thông tư hướng dẫn đấu thầu thuốc tại các cơ sở y tế công lập", "Thông tư", None, None, None)]),
    # --- an urgency mark between the kind and its number
    ("Sở Y tế đã có văn bản khẩn số 812/SYT-NVY gửi các bệnh viện trong tỉnh.", None,
     [("văn bản khẩn số 812/SYT-NVY", "Công văn", "812/SYT-NVY", None, "Sở Y tế")]),
    ("Bộ Công Thương gửi công văn hỏa tốc số 1520/BCT-QLTT tới các tỉnh.", None,
     [("công văn hỏa tốc số 1520/BCT-QLTT", "Công văn", "1520/BCT-QLTT", None, "Bộ Công Thương")]),
    # --- quoted titles (kind + title, no number)
    ("Đề án \"Phát triển y tế cơ sở giai đoạn 2024-2030\" đã được phê duyệt.", None,
     [("Đề án \"Phát triển y tế cơ sở giai đoạn 2024-2030\"", "Đề án", None, None, None)]),
    ("Tỉnh xây dựng “Đề án nâng cao chất lượng khám chữa bệnh tại tuyến huyện” để trình HĐND.", None,
     [("Đề án nâng cao chất lượng khám chữa bệnh tại tuyến huyện", "Đề án", None, None, None)]),
    ("Bệnh viện thực hiện Kế hoạch “Bệnh viện xanh - sạch - đẹp” trong năm nay.", None,
     [("Kế hoạch “Bệnh viện xanh - sạch - đẹp”", "Kế hoạch", None, None, None)]),
]

# (sentence, expected title of the first item)
TITLES = [
    ("Thực hiện Nghị quyết số 39-NQ/TW ngày 18/7/2023 của Bộ Chính trị về xây dựng, phát triển tỉnh "
     "Nghệ An đến năm 2030, tầm nhìn 2045.", "xây dựng, phát triển tỉnh Nghệ An đến năm 2030"),
    ("Chỉ thị 01/CT-TTg của Thủ tướng Chính phủ về phòng chống dịch được ban hành.", "phòng chống dịch"),
    ("Nghị quyết 08-NQ/TU về xây dựng Thừa Thiên Huế xứng tầm trung tâm y tế chuyên sâu giai đoạn "
     "2021 - 2025 và tầm nhìn đến năm 2030.",
     "xây dựng Thừa Thiên Huế xứng tầm trung tâm y tế chuyên sâu giai đoạn 2021 - 2025"),
    ("Quyết định số 1816/QĐ-BYT ngày 26/5/2008 của Bộ trưởng Bộ Y tế về việc phê duyệt Đề án cử cán bộ "
     "chuyên môn luân phiên.", "phê duyệt Đề án cử cán bộ chuyên môn luân phiên"),
    ("Các giải pháp thực hiện Luật Khám, chữa bệnh mới.", "Luật Khám, chữa bệnh"),
    ("Luật Khám bệnh, chữa bệnh năm 2023 có nhiều điểm mới.", "Luật Khám bệnh, chữa bệnh"),
    ("Luật Dược quy định rõ trách nhiệm.", "Luật Dược"),
    ("Tỉnh xây dựng “Đề án nâng cao chất lượng khám chữa bệnh tại tuyến huyện” để trình HĐND.",
     "Đề án nâng cao chất lượng khám chữa bệnh tại tuyến huyện"),
    ("Đề án \"Phát triển y tế cơ sở giai đoạn 2024-2030\" đã được phê duyệt.",
     "Đề án Phát triển y tế cơ sở giai đoạn 2024-2030"),
    ("Kế hoạch số 149/KH-UBND của UBND tỉnh về triển khai tiêm chủng mở rộng năm 2024.",
     "triển khai tiêm chủng mở rộng năm 2024"),
]

# titles without quotes: where they end
UNQUOTED_TITLES = [
    ("Sở Y tế đã phê duyệt kế hoạch Nâng cao chất lượng dịch vụ y tế cơ sở, hướng tới sự hài lòng "
     "của người dân.", "Kế hoạch Nâng cao chất lượng dịch vụ y tế cơ sở, hướng tới sự hài lòng của người dân"),
    ("Theo Đề án Bệnh viện vệ tinh, Bệnh viện Đa khoa tỉnh được nhận chuyển giao 20 kỹ thuật.",
     "Đề án Bệnh viện vệ tinh"),
    ("Tỉnh thực hiện Đề án Chăm sóc sức khỏe người cao tuổi đã được phê duyệt từ năm ngoái.",
     "Đề án Chăm sóc sức khỏe người cao tuổi"),
    ("Đề án Y tế học đường Hà Nội, trong năm học này, mở rộng ra 30 trường.", "Đề án Y tế học đường Hà Nội"),
    ("HĐND tỉnh thông qua Nghị quyết quy định mức hỗ trợ bác sĩ về xã với 95% đại biểu tán thành.",
     "Nghị quyết quy định mức hỗ trợ bác sĩ về xã"),
]

# generic mentions and look-alikes that are not document references
NEGATIVES = [
    "Các nghị quyết của Đảng được quán triệt sâu rộng.",
    "Các chỉ tiêu y tế cơ bản đều đạt và vượt so với kế hoạch đề ra.",
    "Hội nghị đã thông qua Nghị quyết với 100% đại biểu tán thành.",
    "Kế hoạch 2024 của ngành y tế đã hoàn thành.",
    "Kế hoạch năm 2024 được triển khai đồng bộ.",
    "Chương trình 2024 thu hút đông đảo người dân tham gia.",
    "Bệnh viện thực hiện Kế hoạch 100 ngày đêm thi đua.",
    "Ông Nguyễn Văn An là luật sư của bệnh nhân trong vụ kiện.",
    "Luật sư Trần Bình cũng có mặt tại phiên tòa.",
    "Quyết định 5 nội dung quan trọng đã được thông qua.",
    "Hội đồng quyết định 2024 là năm chuyển đổi số.",
    "Bệnh viện triển khai theo Chương trình chỉ đạo tuyến của Bộ Y tế.",
    "Người dân được hỗ trợ theo đề án khám chữa bệnh từ xa của Bộ Y tế.",
    "Đề án đã được trình lên Thủ tướng Chính phủ xem xét.",
    "Sở Y tế chủ trì xây dựng kế hoạch tổ chức các hoạt động hợp tác.",
    "Chương trình 30 phút tư vấn sức khỏe phát sóng hằng tuần.",
    "Kết luận 3 điểm của đoàn kiểm tra được công bố.",
    "Thông báo 5 ca mắc mới trong ngày.",
    "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX đã đề ra mục tiêu.",
    "Luật pháp nghiêm cấm hành vi mua bán nội tạng.",
    # "kỷ luật" (discipline) and "pháp luật" (the law in general) end in the same word
    "Sở ra quyết định kỷ luật cán bộ, công chức vi phạm quy chế.",
    "Bác sĩ bị kỷ luật lao động vì bỏ trực.",
    "Hành vi này vi phạm pháp luật hình sự và sẽ bị xử lý.",
    "Văn bản 12 trang được gửi tới các đơn vị.",
    "Hướng dẫn 10 bước rửa tay đúng cách được phổ biến.",
    "Chương trình hành động đã được thông qua tại hội nghị.",
    "Kế hoạch 5 năm của bệnh viện tập trung vào kỹ thuật cao.",
    "Bệnh nhân 1816 đã được xuất viện sau 2 tuần điều trị.",
    "Thực hiện quyết định 1816 bệnh nhân được tầm soát.",
    "Đề án 2 năm của bệnh viện đã kết thúc.",
    "Tỷ lệ 20/100 ca mắc có biến chứng.",
    "Bệnh viện có 1.200 giường bệnh và 2.000 nhân viên.",
    "Nhiều quyết định quan trọng được đưa ra trong cuộc họp.",
    "Mục tiêu là kế hoạch số 1 của bệnh viện trong năm nay.",
    "Luật lệ giao thông cần được mọi người tuân thủ.",
    "Luật Việt Nam quy định rõ quyền của người bệnh.",
    "Bệnh viện phối hợp tổ chức chương trình “Trái tim cho em” tại tỉnh.",
    "Pháp luật về khám chữa bệnh cần được hoàn thiện.",
    "Ngành y tế hoàn thành kế hoạch 30 ngày cao điểm tiêm chủng.",
    "Hội đồng đã có quyết định 15 bác sĩ được cử đi đào tạo.",
    "Giai đoạn 2013 - 2020 được chia làm hai phần.",
    "Ông là Trưởng phòng Kế hoạch Tổng hợp của bệnh viện.",
    "Bộ Kế hoạch và Đầu tư đã có ý kiến về dự án.",
    "Kế hoạch Brexit của Thủ tướng Anh lại bị bác bỏ.",
    "Nghị định quy định mức phạt từ 5 đến 10 triệu đồng với hành vi này.",
    "Bệnh viện giới thiệu “Chương trình giám sát kê đơn thuốc trực tuyến” tại hội nghị.",
    "Kế hoạch “giải cứu” nông sản được bàn thảo lại.",
    "“Kế hoạch của chúng tôi là mở rộng khoa Nhi”, ông nói.",
]


@pytest.mark.parametrize("text,province,expected", CASES,
                         ids=[f"case{i:03d}" for i in range(len(CASES))])
def test_legal(text, province, expected):
    assert found(text, province) == expected


@pytest.mark.parametrize("text,title", TITLES, ids=[f"title{i}" for i in range(len(TITLES))])
def test_titles(text, title):
    doc = run(text)
    assert doc.legal_documents, text
    assert doc.legal_documents[0].title == title


@pytest.mark.parametrize("text,title", UNQUOTED_TITLES,
                         ids=[f"unquoted{i}" for i in range(len(UNQUOTED_TITLES))])
def test_unquoted_titles(text, title):
    assert [d.title for d in run(text).legal_documents] == [title]


def test_one_title_for_the_mentions_of_one_plan():
    doc = run("Tỉnh tham gia Đề án Bệnh viện vệ tinh chuyên ngành tim mạch từ năm 2015. "
              "Nhờ Đề án Bệnh viện vệ tinh, người bệnh được điều trị ngay tại tỉnh.")
    assert [d.title for d in doc.legal_documents] == ["Đề án Bệnh viện vệ tinh", "Đề án Bệnh viện vệ tinh"]


@pytest.mark.parametrize("text", NEGATIVES, ids=[f"neg{i:02d}" for i in range(len(NEGATIVES))])
def test_not_legal(text):
    assert found(text) == []


def test_offsets_with_old_tones_and_en_dash():
    text = ("Sở Y tế báo cáo kết quả.\n"
            "Thực hiện Chương trình hành động số 68–CTr/TU của Tỉnh uỷ Nghệ An, ngành y tế tăng tốc.")
    doc = run(text)
    (item,) = doc.legal_documents
    assert item.text == "Chương trình hành động số 68–CTr/TU"
    assert text[item.start:item.end] == item.text
    assert item.number == "68-CTr/TU"   # the matching form: unified dash
    assert item.issuer == "Tỉnh ủy Nghệ An"
    assert item.sentence == 1


def test_province_from_the_article_when_the_sentence_has_none():
    text = ("Sở Y tế Nghệ An làm việc với các bệnh viện tuyến tỉnh ở Nghệ An.\n"
            "Ngành y tế thực hiện Nghị quyết số 09-NQ/TU của Tỉnh ủy về y tế chuyên sâu.")
    (item,) = run(text).legal_documents
    assert item.issuer == "Tỉnh ủy Nghệ An"


def test_context_province_is_preferred_over_counting():
    text = ("Đoàn công tác tỉnh Hà Tĩnh làm việc tại Hà Tĩnh.\n"
            "Ngành y tế thực hiện Nghị quyết số 09-NQ/TU của Tỉnh ủy về y tế chuyên sâu.")
    (item,) = run(text, province="Nghệ An").legal_documents
    assert item.issuer == "Tỉnh ủy Nghệ An"


def test_nearest_province_in_the_sentence_wins():
    text = ("Triển khai Chương trình hành động số 68-CTr/TU của Tỉnh ủy về phát triển tỉnh Nghệ An, "
            "Sở Y tế học tập kinh nghiệm của Sở Y tế tỉnh Thừa Thiên Huế.")
    (item,) = run(text).legal_documents
    assert item.issuer == "Tỉnh ủy Nghệ An"


def test_issue_date_without_year_uses_the_article_year():
    (item,) = run("Hướng dẫn số 12/HD-SYT ngày 3/7 của Sở Y tế.", published=None).legal_documents
    assert item.issued == "XXXX-07-03"
    (item,) = run("Hướng dẫn số 12/HD-SYT ngày 3/7 của Sở Y tế.", published="2023-09").legal_documents
    assert item.issued == "2023-07-03"


def test_chrome_is_skipped():
    doc = make_doc("Danh mục: Nghị quyết 39-NQ/TW\nBài viết về y tế.")
    assert legal.extract(doc).legal_documents == []


def test_a_full_article():
    text = ("Sở Y tế Nghệ An học tập kinh nghiệm tại Thừa Thiên Huế\n\n"
            "Triển khai Chương trình hành động số 68-CTr/TU ngày 15/11/2023 của Tỉnh ủy thực hiện "
            "Nghị quyết số 39-NQ/TW ngày 18/7/2023 của Bộ Chính trị về xây dựng và phát triển tỉnh "
            "Nghệ An, đoàn công tác làm việc tại Huế. Các bên trao đổi giải pháp thực hiện Luật "
            "Khám, chữa bệnh mới.\n"
            "Hiện nay, tỉnh Thừa Thiên Huế đang triển khai Nghị quyết 08-NQ/TU về y tế chuyên sâu.")
    assert found(text) == [
        ("Chương trình hành động số 68-CTr/TU ngày 15/11/2023", "Chương trình hành động", "68-CTr/TU",
         "2023-11-15", "Tỉnh ủy Nghệ An"),
        ("Nghị quyết số 39-NQ/TW ngày 18/7/2023", "Nghị quyết", "39-NQ/TW", "2023-07-18",
         "Bộ Chính trị"),
        ("Luật Khám, chữa bệnh", "Luật", None, None, "Quốc hội"),
        ("Nghị quyết 08-NQ/TU", "Nghị quyết", "08-NQ/TU", None, "Tỉnh ủy Thừa Thiên Huế"),
    ]


def test_variants_of_one_law_share_the_first_title():
    text = "Luật Khám, chữa bệnh có nhiều điểm mới. Luật Khám bệnh, chữa bệnh cũng quy định rõ."
    titles = [d.title for d in run(text).legal_documents]
    assert titles == ["Luật Khám, chữa bệnh", "Luật Khám, chữa bệnh"]


def test_law_abbreviation_is_spelled_out_with_its_written_form_and_groups_its_variants():
    """"Luật BHYT" is titled by the law's name and the form written (annotators title it
    BHYT in one set, Bảo hiểm y tế in two others); a later full mention shares it."""
    items = run("Luật BHYT sửa đổi mở rộng quyền lợi. Luật Bảo hiểm y tế có hiệu lực.").legal_documents
    assert [d.title for d in items] == ["Luật Bảo hiểm y tế (BHYT)", "Luật Bảo hiểm y tế (BHYT)"]


def test_amending_law_is_titled_with_the_law_it_amends():
    items = run("Quốc hội thông qua Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế.")
    titles = [d.title for d in items.legal_documents]
    assert titles[0] == "Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế"


def test_titled_mention_takes_the_number_of_the_same_law():
    text = ("Bộ Y tế triển khai Luật sửa đổi, bổ sung một số điều của Luật Dược.\n"
            "Luật số 44/2024/QH15 sửa đổi, bổ sung một số điều của Luật Dược đã được thông qua.")
    amending = [d for d in run(text).legal_documents if d.title.startswith("Luật sửa đổi")]
    assert [d.number for d in amending] == ["44/2024/QH15", "44/2024/QH15"]
    assert {d.title for d in amending} == {"Luật sửa đổi, bổ sung một số điều của Luật Dược"}


def _facts(doc: Doc) -> list[tuple]:
    return [(d.start, d.end, d.kind, d.number, d.issued, d.issuer, d.title)
            for d in doc.legal_documents]


def test_keyword_gates_change_nothing():
    """The per-sentence keyword gates only skip sentences no matcher reads: with them
    off (no same-length lower case, sentences out of order) the facts are the same."""
    text = " ".join(sentence for sentence, _prov, _want in CASES) + \
        "\nBệnh viện tiếp nhận 1.000 ca. Luật Dược sửa đổi. Đề án Phát triển y tế cơ sở."
    gated = legal.extract(make_doc(text))
    ungated = make_doc(text)
    ungated.lower = ungated.match   # what textnorm leaves when lower-casing changes length
    assert _facts(legal.extract(ungated)) == _facts(gated)
    shuffled = make_doc(text)
    shuffled.sentences = shuffled.sentences[::-1]   # not in order: every sentence is read
    # (which mention names a law first depends on the order, so titles are left out)
    assert sorted(f[:4] for f in _facts(legal.extract(shuffled))) == \
        sorted(f[:4] for f in _facts(gated))
    assert len(gated.legal_documents) > len(CASES) / 2
