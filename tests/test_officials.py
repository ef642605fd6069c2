"""Table-driven tests for extractors.officials, run through the real EXTRACTION
chain: (person, title, organisation) for every stated role, honorifics kept
apart from names, several titles per person, former posts, appointments,
department titles, and people with no post who are not officials."""
from __future__ import annotations

import pytest

from extractors import officials, run
from extractors.doc import Doc
from pipeline.stages import EXTRACTION

P = "2024-08-15"


def extract(text: str, published: str | None = P) -> Doc:
    doc = run(Doc(text=text, published=published), EXTRACTION)
    for o in doc.officials:
        # offsets locate the person's name in the stored text
        assert doc.text[o.start:o.end] == o.surface, o
        assert o.extractor == "officials" and o.version == officials.VERSION
        assert o.sentence == doc.sentence_at(o.start) >= 0
        assert o.name and o.title and o.organization
        assert o.former == o.title.startswith("nguyên ")
    return doc


def roles(text: str, published: str | None = P) -> set[tuple[str, str, str]]:
    return {(o.name, o.title, o.organization) for o in extract(text, published).officials}


# (text, exactly these (name, title, organisation) roles)
CASES = [
    # --- NAME - TITLE ORG
    ("Tham dự có các đồng chí: Lê Văn Hùng - Phó Chủ tịch UBND tỉnh Bình Định; "
     "Trần Thị Mai - Giám đốc Sở Y tế tỉnh Bình Định.",
     {("Lê Văn Hùng", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Bình Định"),
      ("Trần Thị Mai", "Giám đốc", "Sở Y tế Bình Định")}),
    ("Ông Lê Văn Nam - Chủ tịch HĐND tỉnh Vĩnh Long phát biểu chào mừng.",
     {("Lê Văn Nam", "Chủ tịch", "Hội đồng nhân dân tỉnh Vĩnh Long")}),
    ("TTND. GS.TS. Trần Bình Giang - Giám đốc Bệnh viện Hữu nghị Việt Đức phát biểu.",
     {("Trần Bình Giang", "Giám đốc", "Bệnh viện Hữu nghị Việt Đức")}),
    ("Tiếp đoàn có PGS.TS Nguyễn Quang Tuấn - Giám đốc Bệnh viện Bạch Mai và các thành viên Ban Giám đốc.",
     {("Nguyễn Quang Tuấn", "Giám đốc", "Bệnh viện Bạch Mai")}),
    ("BS.CKI Hoàng Thị Nga - Trưởng khoa Sản, Bệnh viện Đa khoa khu vực Cẩm Phả cho biết sản phụ đã ổn định.",
     {("Hoàng Thị Nga", "Trưởng khoa Sản", "Bệnh viện Đa khoa khu vực Cẩm Phả")}),
    ("Ông Phạm Minh Chính - Thủ tướng Chính phủ chỉ đạo tại hội nghị.",
     {("Phạm Minh Chính", "Thủ tướng", "Chính phủ")}),
    ("Đoàn công tác do ông Hồ Văn Lâm – Phó Giám đốc Sở Y tế Quảng Trị làm trưởng đoàn.",
     {("Hồ Văn Lâm", "Phó Giám đốc", "Sở Y tế Quảng Trị")}),
    ("Bà Đinh Thị Phương - Giám đốc Trung tâm Y tế huyện Quỳnh Lưu báo cáo kết quả.",
     {("Đinh Thị Phương", "Giám đốc", "Trung tâm Y tế huyện Quỳnh Lưu")}),
    ("Ông Vũ Mạnh Cường - Giám đốc BHXH tỉnh Nam Định cho biết quỹ đã bội chi.",
     {("Vũ Mạnh Cường", "Giám đốc", "Bảo hiểm xã hội tỉnh Nam Định")}),
    ("Ông Lương Văn Thành - Hiệu trưởng Trường Đại học Y Dược Cần Thơ ký biên bản.",
     {("Lương Văn Thành", "Hiệu trưởng", "Trường Đại học Y Dược Cần Thơ")}),
    # --- TITLE ORG NAME
    ("Thứ trưởng Bộ Y tế Trần Văn Thuấn đã kiểm tra công tác phòng dịch tại Hà Giang.",
     {("Trần Văn Thuấn", "Thứ trưởng", "Bộ Y tế")}),
    ("Bộ trưởng Bộ Y tế Đào Hồng Lan chủ trì hội nghị trực tuyến.",
     {("Đào Hồng Lan", "Bộ trưởng", "Bộ Y tế")}),
    ("Cục trưởng Cục Quản lý Khám, chữa bệnh Hà Anh Đức cho biết đã có 20 bệnh viện đạt chuẩn.",
     {("Hà Anh Đức", "Cục trưởng", "Cục Quản lý Khám, chữa bệnh")}),
    ("Giám đốc Bệnh viện Đa khoa tỉnh Hà Tĩnh Nguyễn Văn Dung cho biết.",
     {("Nguyễn Văn Dung", "Giám đốc", "Bệnh viện Đa khoa tỉnh Hà Tĩnh")}),
    ("Điều dưỡng trưởng Bệnh viện K Nguyễn Thị Hoa nhận bằng khen của Bộ trưởng.",
     {("Nguyễn Thị Hoa", "Điều dưỡng trưởng", "Bệnh viện K")}),
    ("Phó Giám đốc phụ trách Trung tâm Y tế huyện Mường Nhé Lò Văn Páo cho biết.",
     {("Lò Văn Páo", "Phó Giám đốc phụ trách", "Trung tâm Y tế huyện Mường Nhé")}),
    ("Trưởng Ban Tuyên giáo Tỉnh ủy Nghệ An Nguyễn Thị Hồng Hoa dự lễ.",
     {("Nguyễn Thị Hồng Hoa", "Trưởng Ban", "Ban Tuyên giáo Tỉnh ủy Nghệ An")}),
    ("Phó Thủ tướng Chính phủ Lê Thành Long làm việc với Bộ Y tế.",
     {("Lê Thành Long", "Phó Thủ tướng", "Chính phủ")}),
    ("Chủ tịch Quốc hội Trần Thanh Mẫn đến thăm Bệnh viện Nhi Trung ương.",
     {("Trần Thanh Mẫn", "Chủ tịch", "Quốc hội")}),
    ("Chủ tịch UBND tỉnh Lào Cai Trịnh Xuân Trường trao bằng khen cho 10 tập thể.",
     {("Trịnh Xuân Trường", "Chủ tịch", "Ủy ban nhân dân tỉnh Lào Cai")}),
    ("Bí thư Tỉnh ủy Hà Giang Đặng Quốc Khánh thăm Trạm Y tế xã Lũng Cú.",
     {("Đặng Quốc Khánh", "Bí thư", "Tỉnh ủy Hà Giang")}),
    ("Viện trưởng Viện Vệ sinh dịch tễ Trung ương Đặng Đức Anh cảnh báo nguy cơ dịch.",
     {("Đặng Đức Anh", "Viện trưởng", "Viện Vệ sinh dịch tễ Trung ương")}),
    ("Giám đốc Sở Y tế TP.HCM Tăng Chí Thượng cho biết thành phố có 30 điểm tiêm.",
     {("Tăng Chí Thượng", "Giám đốc", "Sở Y tế Thành phố Hồ Chí Minh")}),
    ("Phó Giám đốc Bệnh viện Nhi đồng 2 Trần Văn Dương cho biết bé đã qua cơn nguy kịch.",
     {("Trần Văn Dương", "Phó Giám đốc", "Bệnh viện Nhi đồng 2")}),
    # --- TITLE ORG, ông/bà NAME
    ("Giám đốc Sở Y tế Quảng Nam, ông Nguyễn Văn Văn cho biết ngành y tế đã chủ động.",
     {("Nguyễn Văn Văn", "Giám đốc", "Sở Y tế Quảng Nam")}),
    ("Hiệu trưởng Trường Đại học Y Hà Nội, GS.TS. Tạ Thành Văn phát biểu khai giảng.",
     {("Tạ Thành Văn", "Hiệu trưởng", "Trường Đại học Y Hà Nội")}),
    ("Phó Chủ tịch UBND tỉnh Sóc Trăng, bà Huỳnh Thị Diễm Ngọc chủ trì buổi làm việc.",
     {("Huỳnh Thị Diễm Ngọc", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Sóc Trăng")}),
    ("Giám đốc Bệnh viện Chợ Rẫy, TS.BS. Nguyễn Tri Thức cho biết bệnh viện sẵn sàng hỗ trợ.",
     {("Nguyễn Tri Thức", "Giám đốc", "Bệnh viện Chợ Rẫy")}),
    # --- HONORIFIC NAME, TITLE ORG
    ("PGS.TS. Nguyễn Lân Hiếu, Giám đốc Bệnh viện Đại học Y Hà Nội cho biết bệnh nhân đã ổn định.",
     {("Nguyễn Lân Hiếu", "Giám đốc", "Bệnh viện Đại học Y Hà Nội")}),
    ("Tiến sĩ Phan Văn Hòa, Giám đốc Sở Y tế Nghệ An, dẫn đầu đoàn công tác.",
     {("Phan Văn Hòa", "Giám đốc", "Sở Y tế Nghệ An")}),
    ("Theo Bác sĩ Chuyên khoa II Lê Quang Huy, Phó Giám đốc Bệnh viện Nhi đồng 1, trẻ cần được tiêm đủ mũi.",
     {("Lê Quang Huy", "Phó Giám đốc", "Bệnh viện Nhi đồng 1")}),
    ("Theo TS.BS Lê Văn Thạch, Phó Giám đốc Bệnh viện Hữu nghị Việt Đức, ca mổ kéo dài 8 giờ.",
     {("Lê Văn Thạch", "Phó Giám đốc", "Bệnh viện Hữu nghị Việt Đức")}),
    ("Ông Nguyễn Văn An, Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh Hải Dương cho biết.",
     {("Nguyễn Văn An", "Giám đốc", "Trung tâm Kiểm soát bệnh tật tỉnh Hải Dương")}),
    ("Theo ông Trần Văn Bình, Chủ tịch UBND xã Tân Lập, người dân đã được tiêm đủ.",
     {("Trần Văn Bình", "Chủ tịch", "Ủy ban nhân dân xã Tân Lập")}),
    ("Ông Đỗ Văn Hải, Viện trưởng Viện Dinh dưỡng, cho biết tỷ lệ thấp còi giảm.",
     {("Đỗ Văn Hải", "Viện trưởng", "Viện Dinh dưỡng")}),
    ("Theo ông Hoàng Văn Sơn, Giám đốc BHXH tỉnh Lào Cai, quỹ bảo hiểm y tế đã bội chi.",
     {("Hoàng Văn Sơn", "Giám đốc", "Bảo hiểm xã hội tỉnh Lào Cai")}),
    ("Thiếu tướng Nguyễn Văn Khánh, Giám đốc Bệnh viện Trung ương Quân đội 108 trao quà.",
     {("Nguyễn Văn Khánh", "Giám đốc", "Bệnh viện Trung ương Quân đội 108")}),
    ("ThS.BS. Vũ Thị Hồng, Phó Giám đốc Trung tâm Kiểm soát bệnh tật Hà Nội cho biết số ca mắc tăng.",
     {("Vũ Thị Hồng", "Phó Giám đốc", "Trung tâm Kiểm soát bệnh tật Hà Nội")}),
    ("Bà Trịnh Thị Ngọc, Phó Chủ tịch HĐND thành phố Hải Phòng, đánh giá cao kết quả.",
     {("Trịnh Thị Ngọc", "Phó Chủ tịch", "Hội đồng nhân dân thành phố Hải Phòng")}),
    # --- lists "có các đồng chí: A - X; B - Y"
    ("Dự hội nghị có các đồng chí: Phạm Văn Khải - Thứ trưởng Bộ Y tế; Trần Minh Tâm - Giám đốc "
     "Sở Y tế Nghệ An; Hoàng Văn Lực - Giám đốc Bệnh viện Ung bướu Nghệ An.",
     {("Phạm Văn Khải", "Thứ trưởng", "Bộ Y tế"), ("Trần Minh Tâm", "Giám đốc", "Sở Y tế Nghệ An"),
      ("Hoàng Văn Lực", "Giám đốc", "Bệnh viện Ung bướu Nghệ An")}),
    ("Tham dự có đồng chí Nguyễn Đức Trung, Bí thư Tỉnh ủy Nghệ An; đồng chí Lê Hồng Vinh, "
     "Chủ tịch UBND tỉnh Nghệ An.",
     {("Nguyễn Đức Trung", "Bí thư", "Tỉnh ủy Nghệ An"),
      ("Lê Hồng Vinh", "Chủ tịch", "Ủy ban nhân dân tỉnh Nghệ An")}),
    ("Đến dự có bà Lê Thị Thu, Phó Giám đốc Sở Y tế; ông Trần Văn Toàn, Giám đốc Bệnh viện Đa khoa "
     "tỉnh tại Tuyên Quang.",
     {("Lê Thị Thu", "Phó Giám đốc", "Sở Y tế Tuyên Quang"),
      ("Trần Văn Toàn", "Giám đốc", "Bệnh viện Đa khoa tỉnh Tuyên Quang")}),
    ("Về phía Bộ Y tế có các đồng chí: Nguyễn Thị Liên Hương - Thứ trưởng Bộ Y tế; "
     "Vương Ánh Dương - Cục trưởng Cục Quản lý Khám, chữa bệnh.",
     {("Nguyễn Thị Liên Hương", "Thứ trưởng", "Bộ Y tế"),
      ("Vương Ánh Dương", "Cục trưởng", "Cục Quản lý Khám, chữa bệnh")}),
    # --- several titles per person
    ("Ông Võ Văn Minh, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Bình Dương chủ trì hội nghị.",
     {("Võ Văn Minh", "Phó Bí thư", "Tỉnh ủy Bình Dương"),
      ("Võ Văn Minh", "Chủ tịch", "Ủy ban nhân dân tỉnh Bình Dương")}),
    ("Đồng chí Nguyễn Văn Thắng, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh "
     "Quảng Ngãi phát biểu.",
     {("Nguyễn Văn Thắng", "Ủy viên Ban Thường vụ", "Tỉnh ủy Quảng Ngãi"),
      ("Nguyễn Văn Thắng", "Phó Chủ tịch Thường trực", "Ủy ban nhân dân tỉnh Quảng Ngãi")}),
    ("Ông Lê Hoàng Minh, Phó Giám đốc Sở Y tế Hà Tĩnh, kiêm Giám đốc Trung tâm Kiểm soát bệnh tật "
     "tỉnh Hà Tĩnh phát biểu.",
     {("Lê Hoàng Minh", "Phó Giám đốc", "Sở Y tế Hà Tĩnh"),
      ("Lê Hoàng Minh", "Giám đốc", "Trung tâm Kiểm soát bệnh tật tỉnh Hà Tĩnh")}),
    ("Ông Nguyễn Văn Hòa, Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội dự lễ khánh thành.",
     {("Nguyễn Văn Hòa", "Ủy viên", "Bộ Chính trị"), ("Nguyễn Văn Hòa", "Bí thư", "Thành ủy Hà Nội")}),
    ("Bà Phạm Thị Hà - Tỉnh ủy viên, Giám đốc Sở Y tế tỉnh Thái Bình báo cáo.",
     {("Phạm Thị Hà", "Tỉnh ủy viên", "Tỉnh ủy Thái Bình"),
      ("Phạm Thị Hà", "Giám đốc", "Sở Y tế Thái Bình")}),
    ("Ông Đoàn Văn Tâm, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Long An tặng quà.",
     {("Đoàn Văn Tâm", "Phó Bí thư", "Tỉnh ủy Long An"),
      ("Đoàn Văn Tâm", "Chủ tịch", "Hội đồng nhân dân tỉnh Long An")}),
    # --- former posts keep "nguyên"
    ("Bà Nguyễn Thị Hằng, nguyên Giám đốc Sở Y tế tỉnh Phú Yên, được khen thưởng.",
     {("Nguyễn Thị Hằng", "nguyên Giám đốc", "Sở Y tế Phú Yên")}),
    ("Ông Nguyễn Văn Long, nguyên Thứ trưởng Bộ Y tế, đã bị khởi tố.",
     {("Nguyễn Văn Long", "nguyên Thứ trưởng", "Bộ Y tế")}),
    ("Bà Nguyễn Thị Kim Tiến, nguyên Bộ trưởng Bộ Y tế, tham dự lễ kỷ niệm.",
     {("Nguyễn Thị Kim Tiến", "nguyên Bộ trưởng", "Bộ Y tế")}),
    ("GS.TS. Lương Ngọc Khuê, nguyên Cục trưởng Cục Quản lý Khám, chữa bệnh chia sẻ kinh nghiệm.",
     {("Lương Ngọc Khuê", "nguyên Cục trưởng", "Cục Quản lý Khám, chữa bệnh")}),
    # --- appointments: the new post
    ("UBND tỉnh Thanh Hóa quyết định bổ nhiệm bà Lê Thị Lan, Trưởng phòng Nghiệp vụ Y, giữ chức vụ "
     "Phó Giám đốc Sở Y tế Thanh Hóa.",
     {("Lê Thị Lan", "Phó Giám đốc", "Sở Y tế Thanh Hóa"),
      ("Lê Thị Lan", "Trưởng phòng Nghiệp vụ Y", "Sở Y tế Thanh Hóa")}),
    ("UBND tỉnh Quảng Bình trao quyết định bổ nhiệm ông Trần Quốc Việt giữ chức vụ Giám đốc "
     "Bệnh viện Hữu nghị Việt Nam - Cu Ba Đồng Hới.",
     {("Trần Quốc Việt", "Giám đốc", "Bệnh viện Hữu nghị Việt Nam - Cu Ba Đồng Hới")}),
    ("Bộ Y tế bổ nhiệm ông Ngô Văn Tuấn làm Phó Giám đốc Bệnh viện Phổi Trung ương.",
     {("Ngô Văn Tuấn", "Phó Giám đốc", "Bệnh viện Phổi Trung ương")}),
    # --- department titles belong to the title
    ("ThS.BS. Trần Minh Khoa, Trưởng phòng Kế hoạch tổng hợp Bệnh viện Đa khoa tỉnh Kiên Giang cho biết.",
     {("Trần Minh Khoa", "Trưởng phòng Kế hoạch tổng hợp", "Bệnh viện Đa khoa tỉnh Kiên Giang")}),
    ("BSCKII Phạm Văn Tâm, Trưởng khoa Hồi sức tích cực Bệnh viện Chợ Rẫy, trực tiếp thăm khám.",
     {("Phạm Văn Tâm", "Trưởng khoa Hồi sức tích cực", "Bệnh viện Chợ Rẫy")}),
    ("Bà Trần Thị Thu Hà, Phó Trưởng khoa Nhi, Bệnh viện Đa khoa Đức Giang cho biết.",
     {("Trần Thị Thu Hà", "Phó Trưởng khoa Nhi", "Bệnh viện Đa khoa Đức Giang")}),
    ("Bà Lê Thị Hương, Trưởng phòng Nghiệp vụ Dược, Sở Y tế Đồng Nai cảnh báo thuốc giả.",
     {("Lê Thị Hương", "Trưởng phòng Nghiệp vụ Dược", "Sở Y tế Đồng Nai")}),
    ("Theo BS Nguyễn Văn Cường, Trưởng khoa Cấp cứu Bệnh viện Bạch Mai, bệnh nhân nhập viện trong tình trạng nặng.",
     {("Nguyễn Văn Cường", "Trưởng khoa Cấp cứu", "Bệnh viện Bạch Mai")}),
    ("ThS. Hoàng Thị Yến, Trưởng phòng Công tác xã hội Bệnh viện Nhi Trung ương trao quà cho bệnh nhi.",
     {("Hoàng Thị Yến", "Trưởng phòng Công tác xã hội", "Bệnh viện Nhi Trung ương")}),
    # --- bare "Giám đốc Bệnh viện"/"Giám đốc Sở Y tế": the article's organisation
    ("Bệnh viện Đa khoa tỉnh Thái Bình tổ chức lễ kỷ niệm. Giám đốc Bệnh viện, BSCKII Đỗ Văn Hùng phát biểu.",
     {("Đỗ Văn Hùng", "Giám đốc", "Bệnh viện Đa khoa tỉnh Thái Bình")}),
    ("Bệnh viện Đa khoa tỉnh Bắc Giang tổ chức hội nghị. Giám đốc Bệnh viện Nguyễn Văn Hùng cho biết.",
     {("Nguyễn Văn Hùng", "Giám đốc", "Bệnh viện Đa khoa tỉnh Bắc Giang")}),
    ("Tỉnh Bắc Ninh tổng kết công tác y tế. Giám đốc Sở Y tế Nguyễn Văn Hiệu phát biểu.",
     {("Nguyễn Văn Hiệu", "Giám đốc", "Sở Y tế Bắc Ninh")}),
    ("Tỉnh Hà Nam tổ chức hội nghị. Phó Chủ tịch UBND tỉnh Trần Xuân Dưỡng chủ trì.",
     {("Trần Xuân Dưỡng", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Hà Nam")}),
    ("Bộ Y tế tổ chức hội nghị. Thứ trưởng Đỗ Xuân Tuyên phát biểu chỉ đạo.",
     {("Đỗ Xuân Tuyên", "Thứ trưởng", "Bộ Y tế")}),
    ("Sở Y tế Quảng Bình tổng kết năm 2024. Về phía ngành y tế có BSCKII Phạm Trung Thành - Giám đốc Sở; "
     "ông Nguyễn Văn Tân, Phó Giám đốc Sở cùng lãnh đạo các đơn vị.",
     {("Phạm Trung Thành", "Giám đốc", "Sở Y tế Quảng Bình"),
      ("Nguyễn Văn Tân", "Phó Giám đốc", "Sở Y tế Quảng Bình")}),
    # --- lists under "về phía ORG có …": a title without an organisation takes ORG
    ("Tiếp đoàn, về phía Bệnh viện Bạch Mai có PGS.TS. Đinh Văn Huy - Giám đốc Bệnh viện; "
     "ThS.BS. Nguyễn Thị Hạnh - Trưởng phòng Chỉ đạo tuyến cùng lãnh đạo các trung tâm.",
     {("Đinh Văn Huy", "Giám đốc", "Bệnh viện Bạch Mai"),
      ("Nguyễn Thị Hạnh", "Trưởng phòng Chỉ đạo tuyến", "Bệnh viện Bạch Mai")}),
    ("Dự buổi làm việc có ông Lê Văn Dũng - Giám đốc Sở Y tế Phú Thọ; bà Trần Thị Hà - Trưởng phòng "
     "Nghiệp vụ Y.",
     {("Lê Văn Dũng", "Giám đốc", "Sở Y tế Phú Thọ"),
      ("Trần Thị Hà", "Trưởng phòng Nghiệp vụ Y", "Sở Y tế Phú Thọ")}),
    # --- titles that name their body
    ("Ông Nguyễn Văn Hòa, Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội dự lễ khánh thành.",
     {("Nguyễn Văn Hòa", "Ủy viên", "Bộ Chính trị"), ("Nguyễn Văn Hòa", "Bí thư", "Thành ủy Hà Nội")}),
    ("Đại biểu Quốc hội Nguyễn Anh Trí phát biểu tại phiên thảo luận về y tế.",
     {("Nguyễn Anh Trí", "Đại biểu Quốc hội", "Quốc hội")}),
    # --- a party committee named without its body is no organisation; the next title still counts
    ("Dự lễ có ông Phan Đức Tài - Bí thư Đảng ủy, Giám đốc Sở Y tế Nghệ An.",
     {("Phan Đức Tài", "Giám đốc", "Sở Y tế Nghệ An"),
      ("Phan Đức Tài", "Bí thư", "Đảng ủy Sở Y tế Nghệ An")}),
    # --- title variants
    ("Phó Giám đốc thường trực Sở Y tế Hà Nội Nguyễn Đình Hưng cho biết thành phố có 30 điểm tiêm.",
     {("Nguyễn Đình Hưng", "Phó Giám đốc thường trực", "Sở Y tế Hà Nội")}),
    ("Quyền Giám đốc Sở Y tế Cà Mau Lý Thanh Tâm phát biểu tại hội nghị.",
     {("Lý Thanh Tâm", "Quyền Giám đốc", "Sở Y tế Cà Mau")}),
    ("Ông Trần Văn Hải, Phó Trưởng Ban Thường trực Ban Bảo vệ, chăm sóc sức khỏe cán bộ tỉnh Bình Định cho biết.",
     {("Trần Văn Hải", "Phó Trưởng Ban Thường trực", "Ban Bảo vệ, chăm sóc sức khỏe cán bộ tỉnh Bình Định")}),
    ("Thượng tá, bác sĩ Nguyễn Văn Lâm, Chủ nhiệm Khoa Ngoại, Bệnh viện Quân y 103 cho biết.",
     {("Nguyễn Văn Lâm", "Chủ nhiệm Khoa Ngoại", "Bệnh viện Quân y 103")}),
    ("Giám đốc Sở Y tế tỉnh Nghệ An - Trần Minh Quân nhấn mạnh yêu cầu phòng dịch.",
     {("Trần Minh Quân", "Giám đốc", "Sở Y tế Nghệ An")}),
    ("Bà Lê Thị Bích Thuận, Phó Giám đốc Sở Y tế Thành phố Hồ Chí Minh: \"Chúng tôi sẽ tăng cường kiểm tra\".",
     {("Lê Thị Bích Thuận", "Phó Giám đốc", "Sở Y tế Thành phố Hồ Chí Minh")}),
    # --- roles in parentheses
    ("Ông Nguyễn Văn Sơn (Giám đốc Sở Y tế Lạng Sơn) cho biết toàn tỉnh đã tiêm được 95% đối tượng.",
     {("Nguyễn Văn Sơn", "Giám đốc", "Sở Y tế Lạng Sơn")}),
    ("Theo BS Trần Văn Dũng, Trưởng khoa Nhi (Bệnh viện Đa khoa tỉnh Hòa Bình), bé đã được xuất viện.",
     {("Trần Văn Dũng", "Trưởng khoa Nhi", "Bệnh viện Đa khoa tỉnh Hòa Bình")}),
    # --- organisations found without a head noun still take roles
    ("Ông Tạ Văn Hạ – Ủy viên Ban Chấp hành Trung ương Đảng, Phó Chủ nhiệm Ủy ban Văn hóa và Xã hội "
     "của Quốc hội dự hội nghị.",
     {("Tạ Văn Hạ", "Ủy viên", "Ban Chấp hành Trung ương Đảng"),
      ("Tạ Văn Hạ", "Phó Chủ nhiệm", "Ủy ban Văn hóa và Xã hội của Quốc hội")}),
    ("Bà Hoàng Thị Thu Hương, Chủ tịch Công đoàn Y tế Việt Nam trao quà cho bệnh nhân.",
     {("Hoàng Thị Thu Hương", "Chủ tịch", "Công đoàn Y tế Việt Nam")}),
    ("Ông Vũ Văn Hưng, Tổng Giám đốc Công ty Cổ phần Dược phẩm Trung ương 1 ký kết hợp đồng.",
     {("Vũ Văn Hưng", "Tổng Giám đốc", "Công ty Cổ phần Dược phẩm Trung ương 1")}),
    ("Giáo sư Nguyễn Văn Kính, Chủ tịch Hội Truyền nhiễm Việt Nam cảnh báo nguy cơ dịch.",
     {("Nguyễn Văn Kính", "Chủ tịch", "Hội Truyền nhiễm Việt Nam")}),
    ("Trưởng Trạm Y tế xã Tân Lập, bà Hà Thị Mai cho biết xã có 3 ca mắc.",
     {("Hà Thị Mai", "Trưởng Trạm", "Trạm Y tế xã Tân Lập")}),
    # --- old tone placement in the stored text
    ("Ông Hoàng Nghĩa Hiếu, Phó Bí thư Tỉnh uỷ, Chủ tịch UBND tỉnh Nghệ An phát biểu.",
     {("Hoàng Nghĩa Hiếu", "Phó Bí thư", "Tỉnh ủy Nghệ An"),
      ("Hoàng Nghĩa Hiếu", "Chủ tịch", "Ủy ban nhân dân tỉnh Nghệ An")}),
    ("Bà Nguyễn Thị Thuỷ, Giám đốc Sở Y tế Khánh Hoà, kiểm tra công tác phòng dịch.",
     {("Nguyễn Thị Thủy", "Giám đốc", "Sở Y tế Khánh Hòa")}),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_roles(text: str, expected: set) -> None:
    assert roles(text) == expected


# People with no post, places and hospitals that look like names: no officials.
NEGATIVE = [
    "Bệnh nhân Nguyễn Văn Tám (45 tuổi, trú tại Hà Nội) đã được xuất viện.",
    "Anh Trần Văn Hải, người nhà bệnh nhân, cho biết gia đình rất biết ơn.",
    "Chị Hà Thị Lan đưa con đến Bệnh viện Nhi Trung ương khám.",
    "Bệnh nhân được chuyển đến Bệnh viện Nguyễn Tri Phương và Bệnh viện Trưng Vương.",
    "Đoàn đã làm việc tại Hà Nội và Hà Tĩnh trong 3 ngày.",
    "Bác sĩ Trần Thị Lan cho biết bệnh nhân đã tỉnh lại.",
    "Cháu Nguyễn Minh Khôi (8 tuổi) bị chó cắn.",
    "Sản phụ Lê Thị Hoa được mổ cấp cứu tại Bệnh viện Sản - Nhi Bắc Giang.",
    "Nạn nhân Phạm Văn Đức tử vong trên đường đi cấp cứu.",
    "Cụ bà Lê Thị Tư, 90 tuổi, được các bác sĩ Bệnh viện Lão khoa Trung ương phẫu thuật.",
    "Bệnh viện Lê Văn Thịnh tiếp nhận bệnh nhân Trần Văn Nam từ Bệnh viện Thống Nhất.",
    "Ông Nguyễn Văn Bảy được đưa vào Bệnh viện Đa khoa tỉnh Hà Tĩnh cấp cứu.",
    "Đoàn công tác đã đến Hà Giang, Lào Cai và Điện Biên.",
    "Giám đốc các bệnh viện tuyến tỉnh tham dự hội nghị.",
    "Lãnh đạo Sở Y tế Hà Nội kiểm tra công tác tiêm chủng tại quận Hoàng Mai.",
    "Thầy giáo Lê Văn Sơn đưa học sinh đến Trạm Y tế xã Tân Lập.",
    "Bác sĩ Nguyễn Văn Em, Khoa Hồi sức tích cực, Bệnh viện Bạch Mai cho biết bệnh nhân đã tỉnh.",
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_not_officials(text: str) -> None:
    assert roles(text) == set()


# Honorifics are kept apart from the name.
HONORIFICS = [
    ("PGS.TS. Nguyễn Lân Hiếu, Giám đốc Bệnh viện Đại học Y Hà Nội phát biểu.", "Nguyễn Lân Hiếu", "PGS.TS."),
    ("ThS.BS. Trần Minh Khoa, Trưởng phòng Kế hoạch tổng hợp Bệnh viện Bạch Mai phát biểu.",
     "Trần Minh Khoa", "ThS.BS."),
    ("BSCKII Phạm Văn Tâm, Trưởng khoa Hồi sức tích cực Bệnh viện Chợ Rẫy phát biểu.", "Phạm Văn Tâm",
     "BSCKII"),
    ("Theo Bác sĩ Chuyên khoa II Lê Quang Huy, Phó Giám đốc Bệnh viện Nhi đồng 1, trẻ cần tiêm đủ.",
     "Lê Quang Huy", "Bác sĩ Chuyên khoa II"),
    ("TTND. GS.TS. Trần Bình Giang - Giám đốc Bệnh viện Hữu nghị Việt Đức phát biểu.", "Trần Bình Giang",
     "TTND"),
    ("Tiến sĩ Phan Văn Hòa, Giám đốc Sở Y tế Nghệ An, dẫn đầu đoàn.", "Phan Văn Hòa", "Tiến sĩ"),
    ("Ông Võ Văn Minh, Chủ tịch UBND tỉnh Bình Dương chủ trì hội nghị.", "Võ Văn Minh", "Ông"),
    ("Đồng chí Nguyễn Văn Thắng, Phó Chủ tịch UBND tỉnh Quảng Ngãi phát biểu.", "Nguyễn Văn Thắng",
     "Đồng chí"),
    ("Thiếu tướng Nguyễn Văn Khánh, Giám đốc Bệnh viện Trung ương Quân đội 108 trao quà.",
     "Nguyễn Văn Khánh", "Thiếu tướng"),
    ("TS.BS Lê Văn Thạch, Phó Giám đốc Bệnh viện Hữu nghị Việt Đức cho biết.", "Lê Văn Thạch", "TS.BS"),
    ("Ths.Bs Phạm Thị Thu, Phó Giám đốc Bệnh viện Sản Nhi Bắc Ninh cho biết.", "Phạm Thị Thu", "Ths.Bs"),
    ("Đại tá, PGS.TS Phạm Ngọc Hùng, Giám đốc Bệnh viện Trung ương Quân đội 108 cho biết.", "Phạm Ngọc Hùng",
     "Đại tá"),
]


@pytest.mark.parametrize("text,name,honorific", HONORIFICS)
def test_honorifics(text: str, name: str, honorific: str) -> None:
    found = [o for o in extract(text).officials if o.name == name]
    assert found, text
    for o in found:
        assert honorific in " ".join(o.honorifics)
        assert not any(h in o.name for h in o.honorifics)


def test_one_item_per_role_and_person_offsets() -> None:
    text = ("Ông Võ Văn Minh, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Bình Dương chủ trì. "
            "Chủ tịch UBND tỉnh Võ Văn Minh nhấn mạnh vai trò của y tế cơ sở.")
    doc = extract(text)
    assert {(o.title, o.sentence) for o in doc.officials} == {
        ("Phó Bí thư", 0), ("Chủ tịch", 0), ("Chủ tịch", 1)}
    assert {text[o.start:o.end] for o in doc.officials} == {"Võ Văn Minh"}
