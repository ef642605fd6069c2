"""Table-driven tests for extractors.organizations, run through the real
EXTRACTION chain: names with types, abbreviations expanded, bare mentions
resolved with the article's province, proper-name boundaries, numbered
hospitals, dashes, lower-case heads, gazetteer names, and generic mentions that
are not organisations."""
from __future__ import annotations

import pytest

from extractors import organizations, run
from extractors.doc import Doc
from extractors.textnorm import match_text
from pipeline.stages import EXTRACTION

P = "2024-08-15"


def extract(text: str, published: str | None = P) -> Doc:
    doc = run(Doc(text=text, published=published), EXTRACTION)
    for o in doc.organizations:
        # offsets locate the mention in the stored text
        assert doc.text[o.start:o.end] == o.surface, o
        assert o.surface.strip() == o.surface and o.surface
        assert o.extractor == "organizations" and o.version == organizations.VERSION
        assert o.sentence == doc.sentence_at(o.start) >= 0
        assert 0 < o.confidence <= 1
    return doc


def orgs(text: str, published: str | None = P) -> set[tuple[str, str]]:
    return {(o.name, o.type) for o in extract(text, published).organizations}


H, HD, M, G, PA, A, U, HC, C, O = ("hospital", "health_department", "ministry", "government",
                                    "party", "agency", "university", "health_center", "company",
                                    "other")

# (text, the organisations found: exactly these (name, type) pairs)
NAMED = [
    # --- hospitals
    ("Sáng 12/3, Bệnh viện Chợ Rẫy tiếp nhận 15 bệnh nhân chuyển từ các tỉnh miền Tây.",
     {("Bệnh viện Chợ Rẫy", H)}),
    ("Bệnh viện Nhi Trung ương vừa cứu sống một bé trai 3 tuổi bị ngộ độc.",
     {("Bệnh viện Nhi Trung ương", H)}),
    ("Bệnh viện Hữu nghị Việt Đức thực hiện thành công ca ghép gan thứ 100.",
     {("Bệnh viện Hữu nghị Việt Đức", H)}),
    ("Ông Trần Văn Bình được điều trị tại Bệnh viện Đa khoa tỉnh Quảng Nam.",
     {("Bệnh viện Đa khoa tỉnh Quảng Nam", H)}),
    ("Bệnh viện Trung ương Huế cử 5 bác sĩ hỗ trợ vùng lũ.",
     {("Bệnh viện Trung ương Huế", H)}),
    ("Bệnh viện Đa khoa Trung ương Cần Thơ ghép thận thành công.",
     {("Bệnh viện Đa khoa Trung ương Cần Thơ", H)}),
    ("Bệnh viện Đại học Y Dược Huế triển khai robot phẫu thuật.",
     {("Bệnh viện Đại học Y Dược Huế", H)}),
    ("Bệnh viện Hữu nghị đa khoa tỉnh Nghệ An phẫu thuật thành công khối u 3 kg.",
     {("Bệnh viện Hữu nghị Đa khoa tỉnh Nghệ An", H)}),
    ("Bệnh viện Đa khoa Tâm Anh Hà Nội ứng dụng trí tuệ nhân tạo trong chẩn đoán.",
     {("Bệnh viện Đa khoa Tâm Anh Hà Nội", H)}),
    ("Bệnh viện Vinmec Times City thực hiện ca ghép tủy thứ 50.",
     {("Bệnh viện Vinmec Times City", H)}),
    ("Bệnh viện Thống Nhất tổ chức khám miễn phí cho cựu chiến binh.",
     {("Bệnh viện Thống Nhất", H)}),
    ("Bệnh viện Đa khoa Xanh Pôn triển khai phòng khám đa khoa mới.",
     {("Bệnh viện Đa khoa Xanh Pôn", H)}),
    ("Bệnh viện Đa khoa khu vực Cẩm Phả tiếp nhận 30 bác sĩ trẻ.",
     {("Bệnh viện Đa khoa khu vực Cẩm Phả", H)}),
    ("Bệnh viện Mắt Trung ương cử đoàn khám mắt miễn phí cho người dân vùng cao.",
     {("Bệnh viện Mắt Trung ương", H)}),
    ("Bệnh viện K công bố nghiên cứu mới về ung thư phổi.",
     {("Bệnh viện K", H)}),
    ("Cục Quản lý Khám, chữa bệnh kiểm tra công tác cấp cứu tại Bệnh viện E.",
     {("Cục Quản lý Khám, chữa bệnh", A), ("Bệnh viện E", H)}),
    ("Bệnh viện Y học cổ truyền tỉnh Nghệ An khám miễn phí cho 300 người.",
     {("Bệnh viện Y học cổ truyền tỉnh Nghệ An", H)}),
    ("Bệnh viện Phục hồi chức năng tỉnh Thái Bình đưa vào sử dụng khu điều trị mới.",
     {("Bệnh viện Phục hồi chức năng tỉnh Thái Bình", H)}),
    ("Bệnh viện Tâm thần tỉnh Đồng Nai tiếp nhận 5 bệnh nhân.",
     {("Bệnh viện Tâm thần tỉnh Đồng Nai", H)}),
    ("Bệnh viện Lao và Bệnh phổi tỉnh Bắc Giang tổ chức tập huấn.",
     {("Bệnh viện Lao và Bệnh phổi tỉnh Bắc Giang", H)}),
    ("Bệnh viện Bệnh Nhiệt đới Trung ương cảnh báo sốt xuất huyết gia tăng.",
     {("Bệnh viện Bệnh Nhiệt đới Trung ương", H)}),
    ("Bệnh viện Ung bướu Đà Nẵng khai trương trung tâm xạ trị.",
     {("Bệnh viện Ung bướu Đà Nẵng", H)}),
    ("Bệnh viện Phụ sản Hà Nội hỗ trợ sinh sản cho 200 cặp vợ chồng.",
     {("Bệnh viện Phụ sản Hà Nội", H)}),
    ("Bệnh viện Tai Mũi Họng Trung ương phẫu thuật nội soi cho bệnh nhi.",
     {("Bệnh viện Tai Mũi Họng Trung ương", H)}),
    ("Bệnh viện Lão khoa Trung ương tổ chức khám sức khỏe cho người cao tuổi.",
     {("Bệnh viện Lão khoa Trung ương", H)}),
    ("Bệnh viện Hoàn Mỹ Đà Nẵng khai trương khoa Sản.",
     {("Bệnh viện Hoàn Mỹ Đà Nẵng", H)}),
    ("Bệnh viện Việt Nam - Thụy Điển Uông Bí đạt chuẩn chất lượng quốc tế.",
     {("Bệnh viện Việt Nam - Thụy Điển Uông Bí", H)}),
    ("Bệnh viện Hữu nghị Việt Nam - Cu Ba Đồng Hới hoàn thành ca mổ khó.",
     {("Bệnh viện Hữu nghị Việt Nam - Cu Ba Đồng Hới", H)}),
    # --- hospitals named after people or places that look like people
    ("Sau đó, Bệnh viện Nguyễn Tri Phương tiếp nhận bệnh nhân.",
     {("Bệnh viện Nguyễn Tri Phương", H)}),
    ("Bệnh viện Trưng Vương cấp cứu thành công sản phụ bị băng huyết.",
     {("Bệnh viện Trưng Vương", H)}),
    ("Bệnh viện Lê Văn Thịnh khai trương khu khám bệnh mới.",
     {("Bệnh viện Lê Văn Thịnh", H)}),
    ("Trung tâm Y tế thị xã Hoàng Mai tổ chức tiêm vắc xin sởi cho trẻ.",
     {("Trung tâm Y tế thị xã Hoàng Mai", HC)}),
    # --- numbered hospitals: the number is part of the name
    ("Bệnh viện Nhi đồng 2 tiếp nhận bé gái bị bỏng nặng.",
     {("Bệnh viện Nhi đồng 2", H)}),
    ("Bệnh viện Nhi đồng 1 và Bệnh viện Nhi đồng 2 cùng tham gia hội chẩn.",
     {("Bệnh viện Nhi đồng 1", H), ("Bệnh viện Nhi đồng 2", H)}),
    ("Bệnh viện Trung ương Quân đội 108 phối hợp tổ chức hội thảo.",
     {("Bệnh viện Trung ương Quân đội 108", H)}),
    ("Bệnh viện Quân y 103 thực hiện kỹ thuật mới.",
     {("Bệnh viện Quân y 103", H)}),
    ("Bệnh viện 175 đón nhận Huân chương Lao động hạng Nhất.",
     {("Bệnh viện 175", H)}),
    ("Bệnh viện Nhân dân 115 cấp cứu 20 ca đột quỵ mỗi ngày.",
     {("Bệnh viện Nhân dân 115", H)}),
    ("Bệnh viện Tâm thần Trung ương 1 và Bệnh viện Tâm thần Trung ương 2 tổ chức hội nghị.",
     {("Bệnh viện Tâm thần Trung ương 1", H), ("Bệnh viện Tâm thần Trung ương 2", H)}),
    ("Trung tâm Y tế Quận 8 ra quân diệt lăng quăng.",
     {("Trung tâm Y tế Quận 8", HC)}),
    # --- dashes
    ("Bệnh viện Sản – Nhi Quảng Ngãi vừa khánh thành khoa Hồi sức sơ sinh.",
     {("Bệnh viện Sản - Nhi Quảng Ngãi", H)}),
    ("Bệnh viện Sản - Nhi Vĩnh Phúc tổ chức hội thảo khoa học.",
     {("Bệnh viện Sản - Nhi Vĩnh Phúc", H)}),
    ("Bộ Lao động - Thương binh và Xã hội hỗ trợ người lao động bị bệnh nghề nghiệp.",
     {("Bộ Lao động - Thương binh và Xã hội", M)}),
    ("Viện Huyết học - Truyền máu Trung ương kêu gọi hiến máu dịp hè.",
     {("Viện Huyết học - Truyền máu Trung ương", H)}),
    ("Tổng cục Dân số - Kế hoạch hóa gia đình tổ chức hội nghị.",
     {("Tổng cục Dân số - Kế hoạch hóa gia đình", A)}),
    ("Viện Sốt rét - Ký sinh trùng - Côn trùng Trung ương cảnh báo bệnh sốt rét.",
     {("Viện Sốt rét - Ký sinh trùng - Côn trùng Trung ương", A)}),
    ("Bệnh viện Bạch Mai - Hà Nội và Bệnh viện Chợ Rẫy – TP.HCM cùng tham gia; Sở Y tế Bà Rịa - Vũng Tàu theo dõi.",
     {("Bệnh viện Bạch Mai", H), ("Bệnh viện Chợ Rẫy", H), ("Sở Y tế Bà Rịa - Vũng Tàu", HD)}),
    # --- lower-case heads
    ("Bệnh nhân được chuyển lên bệnh viện Bạch Mai để điều trị.",
     {("Bệnh viện Bạch Mai", H)}),
    ("Người bệnh được đưa vào bệnh viện đa khoa tỉnh Quảng Trị cấp cứu.",
     {("Bệnh viện Đa khoa tỉnh Quảng Trị", H)}),
    ("Bệnh viện đa khoa khu vực Tĩnh Gia thực hiện ca mổ khó.",
     {("Bệnh viện Đa khoa khu vực Tĩnh Gia", H)}),
    ("Sáng nay, trung tâm y tế huyện Con Cuông tổ chức tiêm chủng.",
     {("Trung tâm y tế huyện Con Cuông", HC)}),
    ("Gia đình đưa cháu bé đến bệnh viện Nhi đồng Thành phố để cấp cứu.",
     {("Bệnh viện Nhi đồng Thành phố", H)}),
    # --- health centres, stations, clinics
    ("Trung tâm Kiểm soát bệnh tật tỉnh Đắk Lắk ghi nhận thêm 20 ca sốt xuất huyết.",
     {("Trung tâm Kiểm soát bệnh tật tỉnh Đắk Lắk", HC)}),
    ("Trung tâm Y tế huyện Mường Nhé nhận trang thiết bị mới.",
     {("Trung tâm Y tế huyện Mường Nhé", HC)}),
    ("Trung tâm Y tế khu vực Diễn Châu tổ chức tập huấn.",
     {("Trung tâm Y tế khu vực Diễn Châu", HC)}),
    ("Trạm Y tế xã Nghĩa Đàn khám sàng lọc cho người cao tuổi.",
     {("Trạm Y tế xã Nghĩa Đàn", HC)}),
    ("Phòng khám Đa khoa Hoàn Mỹ bị xử phạt 50 triệu đồng.",
     {("Phòng khám Đa khoa Hoàn Mỹ", HC)}),
    ("Trung tâm Pháp y tỉnh Bình Dương tiến hành giám định.",
     {("Trung tâm Pháp y tỉnh Bình Dương", HC)}),
    ("Trung tâm Giám định y khoa tỉnh Sơn La giám định cho 40 người.",
     {("Trung tâm Giám định y khoa tỉnh Sơn La", HC)}),
    ("Trung tâm Kiểm soát bệnh tật Thành phố Hồ Chí Minh (HCDC) cảnh báo bệnh sởi.",
     {("Trung tâm Kiểm soát bệnh tật Thành phố Hồ Chí Minh", HC)}),
    # --- government, party, ministries, agencies
    ("UBND tỉnh Lâm Đồng vừa ban hành kế hoạch phòng chống dịch.",
     {("Ủy ban nhân dân tỉnh Lâm Đồng", G)}),
    ("HĐND tỉnh Bến Tre thông qua nghị quyết hỗ trợ nhân viên y tế thôn bản.",
     {("Hội đồng nhân dân tỉnh Bến Tre", G)}),
    ("Tỉnh ủy Quảng Bình tổ chức hội nghị quán triệt nghị quyết.",
     {("Tỉnh ủy Quảng Bình", PA)}),
    ("Thành ủy Hải Phòng chỉ đạo các cấp ủy tăng cường công tác y tế.",
     {("Thành ủy Hải Phòng", PA)}),
    ("Tỉnh uỷ Khánh Hoà ban hành chỉ thị về công tác dân số.",
     {("Tỉnh ủy Khánh Hòa", PA)}),
    ("Quốc hội thông qua Luật Khám bệnh, chữa bệnh sửa đổi.",
     {("Quốc hội", G)}),
    ("Chính phủ ban hành nghị định mới về giá dịch vụ y tế.",
     {("Chính phủ", G)}),
    ("Bộ Tài chính hướng dẫn cơ chế tự chủ cho bệnh viện công.",
     {("Bộ Tài chính", M)}),
    ("Bộ Giáo dục và Đào tạo phối hợp với Bộ Y tế triển khai y tế trường học.",
     {("Bộ Giáo dục và Đào tạo", M), ("Bộ Y tế", M)}),
    ("Bộ Quốc phòng và Bộ Công an phối hợp đưa bác sĩ ra đảo.",
     {("Bộ Quốc phòng", M), ("Bộ Công an", M)}),
    ("Bộ Khoa học và Công nghệ cấp phép cho đề tài nghiên cứu.",
     {("Bộ Khoa học và Công nghệ", M)}),
    ("Sở Kế hoạch và Đầu tư Bình Phước thẩm định dự án bệnh viện.",
     {("Sở Kế hoạch và Đầu tư Bình Phước", G)}),
    ("Sở Tài chính Long An cấp bổ sung kinh phí mua vắc xin.",
     {("Sở Tài chính Long An", G)}),
    ("Sở Giáo dục và Đào tạo Hà Nội phối hợp khám sức khỏe học sinh.",
     {("Sở Giáo dục và Đào tạo Hà Nội", G)}),
    ("Cục Quản lý Dược cảnh báo 3 loại thuốc giả.",
     {("Cục Quản lý Dược", A)}),
    ("Cục Y tế dự phòng cảnh báo bệnh dại gia tăng.",
     {("Cục Y tế dự phòng", A)}),
    ("Cục Khoa học công nghệ và Đào tạo cấp chứng chỉ hành nghề.",
     {("Cục Khoa học công nghệ và Đào tạo", A)}),
    ("Vụ Bảo hiểm y tế hướng dẫn thanh toán chi phí thuốc.",
     {("Vụ Bảo hiểm y tế", A)}),
    ("Vụ Sức khỏe Bà mẹ - Trẻ em tổ chức tập huấn cho nữ hộ sinh.",
     {("Vụ Sức khỏe Bà mẹ - Trẻ em", A)}),
    ("Viện Vệ sinh dịch tễ Trung ương công bố kết quả giám sát.",
     {("Viện Vệ sinh dịch tễ Trung ương", A)}),
    ("Viện Dinh dưỡng Quốc gia công bố số liệu suy dinh dưỡng.",
     {("Viện Dinh dưỡng Quốc gia", A)}),
    ("Chi cục An toàn vệ sinh thực phẩm tỉnh Bắc Ninh kiểm tra 40 cơ sở.",
     {("Chi cục An toàn vệ sinh thực phẩm tỉnh Bắc Ninh", A)}),
    ("Chi cục Dân số tỉnh Thái Bình tổ chức truyền thông.",
     {("Chi cục Dân số tỉnh Thái Bình", A)}),
    ("Thanh tra Sở Y tế Hà Nội xử phạt 5 cơ sở thẩm mỹ.",
     {("Thanh tra Sở Y tế Hà Nội", A)}),
    ("Văn phòng UBND tỉnh Quảng Ninh thông báo kết luận của Chủ tịch.",
     {("Văn phòng Ủy ban nhân dân tỉnh Quảng Ninh", G)}),
    ("Văn phòng Chính phủ có công văn truyền đạt ý kiến.",
     {("Văn phòng Chính phủ", G)}),
    ("Ban Tuyên giáo Tỉnh ủy Nghệ An tổ chức hội nghị báo cáo viên.",
     {("Ban Tuyên giáo Tỉnh ủy Nghệ An", PA)}),
    ("Ban Tổ chức Tỉnh ủy Hà Tĩnh thông báo quyết định nhân sự.",
     {("Ban Tổ chức Tỉnh ủy Hà Tĩnh", PA)}),
    ("Ban Bảo vệ, chăm sóc sức khỏe cán bộ tỉnh Nghệ An tổ chức khám định kỳ.",
     {("Ban Bảo vệ, chăm sóc sức khỏe cán bộ tỉnh Nghệ An", PA)}),
    ("BHXH Việt Nam hướng dẫn thanh toán chi phí thuốc.",
     {("Bảo hiểm xã hội Việt Nam", A)}),
    # --- universities, companies, associations, international bodies
    ("Trường Đại học Y Hà Nội khai giảng năm học mới.",
     {("Trường Đại học Y Hà Nội", U)}),
    ("Trường Đại học Y Dược Cần Thơ ký kết hợp tác đào tạo.",
     {("Trường Đại học Y Dược Cần Thơ", U)}),
    ("Học viện Quân y tuyển sinh bác sĩ đa khoa.",
     {("Học viện Quân y", U)}),
    ("Công ty Cổ phần Dược Hậu Giang trao tặng 10.000 hộp thuốc.",
     {("Công ty Cổ phần Dược Hậu Giang", C)}),
    ("Tập đoàn Vingroup tài trợ xây dựng bệnh viện dã chiến.",
     {("Tập đoàn Vingroup", C)}),
    ("Hội thảo có sự tham gia của Hội Y học Việt Nam.",
     {("Hội Y học Việt Nam", O)}),
    ("Quỹ Bảo trợ trẻ em Việt Nam trao 100 suất học bổng.",
     {("Quỹ Bảo trợ trẻ em Việt Nam", O)}),
    ("Công đoàn Bệnh viện Bạch Mai tổ chức chương trình Tết cho người bệnh.",
     {("Công đoàn Bệnh viện Bạch Mai", O)}),
    ("Ủy ban Thường vụ Quốc hội cho ý kiến về dự án luật. Ủy ban Xã hội của Quốc hội thẩm tra.",
     {("Ủy ban Thường vụ Quốc hội", G), ("Ủy ban Xã hội của Quốc hội", G)}),
    ("Phòng Y tế huyện Diễn Châu phối hợp kiểm tra các quầy thuốc.",
     {("Phòng Y tế huyện Diễn Châu", HD)}),
    ("Trường Cao đẳng Y tế Bạch Mai khai giảng năm học mới.",
     {("Trường Cao đẳng Y tế Bạch Mai", U)}),
    ("Hội Nữ hộ sinh Việt Nam tổ chức hội thảo về chăm sóc sơ sinh.",
     {("Hội Nữ hộ sinh Việt Nam", O)}),
    ("Bệnh viện Y học cổ truyền - Phục hồi chức năng Phú Yên khám miễn phí cho người cao tuổi.",
     {("Bệnh viện Y học cổ truyền - Phục hồi chức năng Phú Yên", H)}),
    ("Công ty TNHH Thiết bị y tế Phương Đông trao tặng 1 máy siêu âm.",
     {("Công ty TNHH Thiết bị y tế Phương Đông", C)}),
    ("Tổ chức Y tế Thế giới (WHO) hỗ trợ 2 triệu liều vắc xin.",
     {("Tổ chức Y tế Thế giới", O)}),
    # written only as acronyms: named so, as gold names them (s32; real8 "WTO", real29 "WHO")
    ("Đại diện WHO và UNICEF tham dự hội thảo về dinh dưỡng.",
     {("WHO", O), ("UNICEF", O)}),
    ("Dự án được tài trợ bởi Ngân hàng Thế giới.",
     {("Ngân hàng Thế giới", O)}),
    # --- boundaries: stop before verbs, titles, person names
    ("Bệnh viện Bạch Mai khám sàng lọc cho 500 người dân.",
     {("Bệnh viện Bạch Mai", H)}),
    ("Đoàn công tác làm việc tại Bệnh viện Bạch Mai Giám đốc Đào Xuân Cơ tiếp đoàn.",
     {("Bệnh viện Bạch Mai", H)}),
    ("Phát biểu tại hội nghị, Bệnh viện Chợ Rẫy Nguyễn Tri Thức cho biết.",
     {("Bệnh viện Chợ Rẫy", H)}),
    ("Bệnh viện Đa khoa tỉnh Lào Cai Phó Giám đốc Trần Văn Hà cho biết.",
     {("Bệnh viện Đa khoa tỉnh Lào Cai", H)}),
    ("Giám đốc Sở Y tế Hà Nội Trần Thị Nhung chủ trì hội nghị.",
     {("Sở Y tế Hà Nội", HD)}),
    ("Trung tâm Y tế huyện Quỳnh Lưu đã khám cho 2.000 người.",
     {("Trung tâm Y tế huyện Quỳnh Lưu", HC)}),
    ("Chủ tịch UBND huyện Hoàng Mai Nguyễn Văn An cho biết dự án đã hoàn thành.",
     {("Ủy ban nhân dân huyện Hoàng Mai", G)}),
    ("Người bệnh từ UBND xã Tân Lập được đưa đến bệnh viện.",
     {("Ủy ban nhân dân xã Tân Lập", G)}),
]


@pytest.mark.parametrize("text,expected", NAMED)
def test_named(text: str, expected: set) -> None:
    assert orgs(text) == expected


# Abbreviations expand to the full name.
ABBREVIATIONS = [
    ("UBND TP.HCM yêu cầu các quận tăng cường kiểm tra an toàn thực phẩm.",
     {("Ủy ban nhân dân Thành phố Hồ Chí Minh", G)}),
    ("Sở Y tế TPHCM cảnh báo tình trạng ngộ độc rượu.",
     {("Sở Y tế Thành phố Hồ Chí Minh", HD)}),
    ("Sở Y tế TP. HCM tổ chức hội nghị tổng kết năm.",
     {("Sở Y tế Thành phố Hồ Chí Minh", HD)}),
    ("Sở Y tế TP.HCM ghi nhận 300 ca tay chân miệng.",
     {("Sở Y tế Thành phố Hồ Chí Minh", HD)}),
    ("Viện Pasteur TP.HCM phối hợp điều tra ổ dịch.",
     {("Viện Pasteur Thành phố Hồ Chí Minh", A)}),
    ("Đại học Y Dược TP.HCM tổ chức lễ tốt nghiệp.",
     {("Đại học Y Dược Thành phố Hồ Chí Minh", U)}),
    ("Bệnh viện Chấn thương Chỉnh hình TP.HCM phẫu thuật thành công.",
     {("Bệnh viện Chấn thương Chỉnh hình Thành phố Hồ Chí Minh", H)}),
    ("CDC Đắk Lắk khuyến cáo người dân diệt lăng quăng.",
     {("Trung tâm Kiểm soát bệnh tật Đắk Lắk", HC)}),
    ("TTYT huyện Krông Pắc tổ chức chiến dịch tiêm chủng.",
     {("Trung tâm Y tế huyện Krông Pắc", HC)}),
    ("BV Đa khoa tỉnh Phú Thọ đưa vào vận hành máy chụp cộng hưởng từ.",
     {("Bệnh viện Đa khoa tỉnh Phú Thọ", H)}),
    ("BVĐK tỉnh Hà Tĩnh tiếp nhận 10 máy thở mới.",
     {("Bệnh viện Đa khoa tỉnh Hà Tĩnh", H)}),
    ("Bệnh nhân được chuyển đến BV Chợ Rẫy trong đêm.",
     {("Bệnh viện Chợ Rẫy", H)}),
    ("BHXH tỉnh Thanh Hóa thanh toán chi phí khám chữa bệnh cho 1,2 triệu lượt người.",
     {("Bảo hiểm xã hội tỉnh Thanh Hóa", A)}),
    ("SYT Hà Nam tổ chức tập huấn cho cán bộ y tế cơ sở.",
     {("Sở Y tế Hà Nam", HD)}),
    ("HĐND TP.HCM giám sát công tác khám chữa bệnh.",
     {("Hội đồng nhân dân Thành phố Hồ Chí Minh", G)}),
    ("UBND thành phố Đà Nẵng phê duyệt đề án bệnh viện vệ tinh.",
     {("Ủy ban nhân dân thành phố Đà Nẵng", G)}),
]


@pytest.mark.parametrize("text,expected", ABBREVIATIONS)
def test_abbreviations(text: str, expected: set) -> None:
    assert orgs(text) == expected


# Bare mentions take the article's province.
BARE = [
    ("Tỉnh Hà Tĩnh vừa tổng kết công tác y tế. Sở Y tế cho biết toàn tỉnh có 12 bệnh viện.",
     {("Sở Y tế Hà Tĩnh", HD)}),
    ("Ngày 4/6, tại tỉnh Gia Lai, UBND tỉnh tổ chức hội nghị về y tế cơ sở.",
     {("Ủy ban nhân dân tỉnh Gia Lai", G)}),
    ("Bệnh viện Đa khoa tỉnh đã tiếp nhận 40 ca tay chân miệng trong tuần qua tại Bình Phước.",
     {("Bệnh viện Đa khoa tỉnh Bình Phước", H)}),
    ("Ngành y tế Nghệ An họp giao ban. BHXH tỉnh đã thanh toán 2 tỷ đồng cho các cơ sở.",
     {("Bảo hiểm xã hội tỉnh Nghệ An", A)}),
    ("Hội nghị do Tỉnh ủy Thái Bình tổ chức. Tỉnh ủy yêu cầu các cấp tăng cường phòng dịch.",
     {("Tỉnh ủy Thái Bình", PA)}),
    ("Tại tỉnh Sơn La, Tỉnh ủy đã ban hành nghị quyết về y tế cơ sở.",
     {("Tỉnh ủy Sơn La", PA)}),
    ("Thành phố Đà Nẵng vừa ra mắt ứng dụng. Sở Y tế Đà Nẵng cho biết ứng dụng miễn phí.",
     {("Sở Y tế Đà Nẵng", HD)}),
    ("Tại Hà Nội, UBND thành phố đã phê duyệt đề án. Sở Y tế tham mưu triển khai.",
     {("Ủy ban nhân dân thành phố Hà Nội", G), ("Sở Y tế Hà Nội", HD)}),
    ("Tại Cần Thơ, Sở Y tế thành phố kiểm tra 20 cơ sở.",
     {("Sở Y tế Cần Thơ", HD)}),
    ("Tỉnh Điện Biên thiếu bác sĩ. Giám đốc Sở Y tế cho biết tỉnh cần thêm 200 bác sĩ.",
     {("Sở Y tế Điện Biên", HD)}),
    ("Sở Y tế Quảng Ngãi tổ chức hội nghị. Giám đốc Sở Y tế phát biểu khai mạc.",
     {("Sở Y tế Quảng Ngãi", HD)}),
    ("Theo Trung tâm Kiểm soát bệnh tật (CDC) Nghệ An, toàn tỉnh ghi nhận 1.235 ca sốt xuất huyết.",
     {("Trung tâm Kiểm soát bệnh tật Nghệ An", HC)}),
    ("Tỉnh Bình Thuận ghi nhận 300 ca sởi. Trung tâm Kiểm soát bệnh tật khuyến cáo tiêm vắc xin.",
     {("Trung tâm Kiểm soát bệnh tật Bình Thuận", HC)}),
    ("Tỉnh Yên Bái đầu tư cho y tế. Bệnh viện Đa khoa tỉnh được cấp 50 tỷ đồng.",
     {("Bệnh viện Đa khoa tỉnh Yên Bái", H)}),
    ("Tại Kon Tum, Văn phòng UBND tỉnh đã thông báo ý kiến chỉ đạo.",
     {("Văn phòng Ủy ban nhân dân tỉnh Kon Tum", G)}),
    ("Tỉnh Lạng Sơn tổ chức hội nghị. Ban Tuyên giáo Tỉnh ủy tham dự.",
     {("Ban Tuyên giáo Tỉnh ủy Lạng Sơn", PA)}),
    ("Tại Ninh Thuận, Bệnh viện Ung bướu vừa đưa vào sử dụng máy xạ trị.",
     {("Bệnh viện Ung bướu Ninh Thuận", H)}),
    ("Tại Hà Nội, UBND Thành phố giao Sở Y tế xây dựng kế hoạch.",
     {("Ủy ban nhân dân thành phố Hà Nội", G), ("Sở Y tế Hà Nội", HD)}),
]


@pytest.mark.parametrize("text,expected", BARE)
def test_bare_mentions_take_the_province(text: str, expected: set) -> None:
    assert orgs(text) == expected


def test_one_name_per_organisation_per_document() -> None:
    doc = extract("Sở Y tế Quảng Ngãi tổ chức hội nghị. Sở Y tế Quảng Ngãi cho biết "
                  "BVĐK tỉnh Quảng Ngãi và Bệnh viện Đa khoa tỉnh Quảng Ngãi đã sẵn sàng.")
    names = [o.name for o in doc.organizations]
    assert set(names) == {"Sở Y tế Quảng Ngãi", "Bệnh viện Đa khoa tỉnh Quảng Ngãi"}
    assert len(names) == 4          # every mention kept, each with its own offsets
    assert len({o.start for o in doc.organizations}) == 4


def test_known_names_carry_canonical_and_province() -> None:
    doc = extract("Bệnh nhân được chuyển đến BV Chợ Rẫy, sau đó đến Bệnh viện 175.")
    by_name = {o.name: o for o in doc.organizations}
    assert by_name["Bệnh viện Chợ Rẫy"].canonical == "Bệnh viện Chợ Rẫy"
    assert by_name["Bệnh viện Chợ Rẫy"].province == "Thành phố Hồ Chí Minh"
    assert by_name["Bệnh viện 175"].canonical == "Bệnh viện Quân y 175"


def test_surface_keeps_old_tone_placement() -> None:
    doc = extract("Tỉnh uỷ Thanh Hoá chỉ đạo Sở Y tế Thanh Hoá triển khai ngay.")
    assert {(o.name, o.surface) for o in doc.organizations} == {
        ("Tỉnh ủy Thanh Hóa", "Tỉnh uỷ Thanh Hoá"), ("Sở Y tế Thanh Hóa", "Sở Y tế Thanh Hoá")}
    for o in doc.organizations:
        assert match_text(doc.text[o.start:o.end]).startswith(o.name.split()[0])


# Generic mentions, plurals and non-organisations: nothing found (or only the named ones).
GENERIC = [
    ("Các bệnh viện tuyến tỉnh cần nâng cao năng lực cấp cứu.", set()),
    ("Toàn vùng có 13 Sở Y tế tham gia mạng lưới chuyển tuyến.", set()),
    ("Đây là bệnh viện vệ tinh của Bệnh viện Chợ Rẫy.", {("Bệnh viện Chợ Rẫy", H)}),
    ("Các cơ sở khám, chữa bệnh phải niêm yết giá dịch vụ.", set()),
    ("Tỷ lệ xã đạt Bộ tiêu chí quốc gia về y tế tăng lên 90%.", set()),
    ("Đại diện các Sở, ngành tham dự hội nghị.", set()),
    ("Trung tâm Y tế các huyện phải báo cáo trước ngày 15.", set()),
    ("Những bệnh viện tư nhân được khuyến khích tham gia.", set()),
    ("Nhiều bệnh viện tuyến huyện thiếu bác sĩ gây mê.", set()),
    ("Mỗi trung tâm y tế huyện phải có phòng khám đa khoa.", set()),
    ("Một số bệnh viện trực thuộc Bộ Y tế đã tự chủ tài chính.", {("Bộ Y tế", M)}),
    ("Bệnh viện hạng I phải có đủ 500 giường.", set()),
    ("Các Bệnh viện công lập phải công khai giá dịch vụ.", set()),
    ("Bệnh viện đầu ngành sẽ hỗ trợ tuyến dưới.", set()),
    ("Bộ phận tiếp đón được bố trí tại tầng 1.", set()),
    ("Trung tâm sẽ được xây dựng tại khu đất rộng 2 ha.", set()),
    ("Bệnh viện này có 300 giường bệnh.", set()),
    ("Hội nghị có sự tham dự của đại diện các Bệnh viện trong tỉnh.", set()),
    ("Các trạm y tế xã được trang bị máy siêu âm.", set()),
    ("Công ty phải bồi thường cho người lao động.", set()),
    ("Học viện được thành lập năm 1949.", set()),
    ("Hai bệnh viện Trung ương đã cử chuyên gia hỗ trợ.", set()),
    ("Bộ Y tế vừa có văn bản gửi Sở Y tế các tỉnh, thành phố.", {("Bộ Y tế", M)}),
    ("Sở Y tế Hải Dương đề nghị các bệnh viện trong tỉnh tăng cường phòng dịch.",
     {("Sở Y tế Hải Dương", HD)}),
    ("Trạm y tế trực thuộc UBND xã từ ngày 1/7.", set()),
    ("BTC cho biết hội nghị có 300 đại biểu tham dự.", set()),
    ("Sở Y tế Hà Nội vừa có Công văn số 123/SYT-NVY gửi các bệnh viện.", {("Sở Y tế Hà Nội", HD)}),
    ("Theo Quyết định 1816/QĐ-BYT, các bệnh viện tuyến trên phải cử cán bộ về tuyến dưới.", set()),
    ("Phòng Y tế có trách nhiệm kiểm tra các cơ sở hành nghề.", set()),
    ("Ban Tổ chức đã trao 20 giải thưởng cho các tác giả.", set()),
    ("Ban Giám đốc bệnh viện họp khẩn với các khoa.", set()),
    ("Bệnh viện tuyến cuối luôn trong tình trạng quá tải.", set()),
    ("Các bệnh viện ngoài công lập được tham gia đấu thầu thuốc.", set()),
    ("Người dân nên đến cơ sở y tế gần nhất khi có triệu chứng.", set()),
    ("Nhiều Trung tâm Y tế huyện đã được đầu tư máy xét nghiệm.", set()),
    ("Bệnh viện vệ tinh được nhận chuyển giao 20 kỹ thuật.", set()),
    ("Các đơn vị y tế trên địa bàn phải trực 24/24.", set()),
    ("Bệnh viện của tỉnh đã được nâng cấp.", set()),
    ("Phòng khám tư nhân phải có giấy phép hoạt động.", set()),
    ("Trường đại học sẽ tuyển thêm 500 sinh viên y khoa.", set()),
    ("Trung tâm Y tế có 12 trạm y tế xã trực thuộc.", set()),
    ("Bệnh viện sẽ thành lập Trung tâm Ung bướu trong năm tới.", set()),
    ("Chuyên gia khuyến cáo người dân hạn chế đến bệnh viện khi không cần thiết.", set()),
]


@pytest.mark.parametrize("text,expected", GENERIC)
def test_generic_mentions(text: str, expected: set) -> None:
    assert orgs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ông Phạm Minh Chính, Trưởng ban Tổ chức Trung ương, phát biểu.",
     {("Ban Tổ chức Trung ương", PA)}),
    ("Phó trưởng ban Tuyên giáo TW Lê Mạnh Hùng dự lễ.", {("Ban Tuyên giáo Trung ương", PA)}),
    ("Trưởng ban Bảo vệ và chăm sóc sức khỏe cán bộ Trung ương đến thăm bệnh viện.",
     {("Ban Bảo vệ, chăm sóc sức khỏe cán bộ Trung ương", PA)}),
    # a provincial board is not a Central Committee board
    ("Trưởng ban Tổ chức Tỉnh ủy Nghệ An dự họp.", {("Ban Tổ chức Tỉnh ủy Nghệ An", PA)}),
])
def test_central_committee_boards_after_a_title(text: str, expected: set) -> None:
    assert orgs(text) == expected


def test_a_youth_union_board_is_not_the_partys() -> None:
    assert ("Ban Tổ chức Trung ương", PA) not in orgs("Phó trưởng ban Tổ chức Trung ương Đoàn Nguyễn Văn An dự họp.")


@pytest.mark.parametrize("text, expected", [
    # police and schools written in lower case, named by their place or their own name
    ("Ông Nguyễn Văn Thuận, Phó công an huyện Gio Linh cho hay.", {("Công an huyện Gio Linh", A)}),
    ("Theo công an quận Tây Hồ, vụ việc đang được điều tra.", {("Công an quận Tây Hồ", A)}),
    ("Cô Lê Thị Hoa, giáo viên trường THCS Hoa Sen cho biết.", {("Trường THCS Hoa Sen", O)}),
    # unnamed: the police of a commune, a school in general
    ("Gia đình đến công an xã trình báo.", set()),
    ("Em học ở trường tiểu học gần nhà.", set()),
])
def test_lower_case_police_and_schools(text: str, expected: set) -> None:
    assert orgs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a project board written in lower case after a title, closed by its place
    ("Ông Lê Văn Em, Trưởng ban quản lý dự án đầu tư xây dựng huyện An Lão cho biết.",
     {("Ban Quản lý dự án đầu tư xây dựng huyện An Lão", A)}),
    # a known name of 17 words is read whole, its lower-case tail included
    ("Bà Trần Thị Cúc, Giám đốc Trung tâm Giám định bảo hiểm y tế và thanh toán đa tuyến "
     "khu vực phía Bắc cho biết.",
     {("Trung tâm Giám định bảo hiểm y tế và thanh toán đa tuyến khu vực phía Bắc", HC)}),
])
def test_long_lower_case_names_after_a_title(text: str, expected: set) -> None:
    assert {n for n, _ in orgs(text)} == {n for n, _ in expected}


def test_ctcp_is_a_joint_stock_company() -> None:
    assert orgs("Ông Nguyễn Văn An, Tổng giám đốc CTCP Dược phẩm Imexpharm cho biết.") == \
        {("Công ty Cổ phần Dược phẩm Imexpharm", C)}


@pytest.mark.parametrize("text, expected", [
    # central bodies the press writes in sentence case: known by their official names
    ("Chiều qua, Ủy ban An toàn giao thông quốc gia đã họp với các bộ ngành về tai nạn.",
     {("Ủy ban An toàn giao thông quốc gia", "government")}),
    ("Bà Lê Thị Hạnh, cán bộ Cục An toàn bức xạ và hạt nhân, hướng dẫn cách bảo quản nguồn.",
     {("Cục An toàn bức xạ và hạt nhân", A)}),
    ("Tập đoàn Điện lực Việt Nam (EVN) cam kết cấp điện liên tục cho các bệnh viện dã chiến.",
     {("Tập đoàn Điện lực Việt Nam", C)}),
    ("Tổng công ty Đường sắt Việt Nam đã bố trí toa riêng chở nhân viên y tế.",
     {("Tổng công ty Đường sắt Việt Nam", C)}),
    # another country's board of the same wording keeps its country
    ("Chuyên gia của Ủy ban An toàn giao thông quốc gia Indonesia đã tới hiện trường.",
     {("Ủy ban An toàn giao thông quốc gia Indonesia", "government")}),
])
def test_central_bodies_in_sentence_case(text: str, expected: set) -> None:
    assert orgs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a district's own hospital and health centre, written bare right after the district
    ("Huyện miền núi Mường Lát có 3 ca sốt xuất huyết, đều điều trị tại Bệnh viện Đa khoa huyện.",
     {("Bệnh viện Đa khoa huyện Mường Lát", H)}),
    ("Ông Lò Văn Tâm ở huyện Bá Thước bị ong đốt. Ông được đưa đến Trung tâm Y tế huyện cấp cứu.",
     {("Trung tâm Y tế huyện Bá Thước", HC)}),
    # two districts, or none nearby: which one is not said
    ("Huyện Bình Sơn và huyện Sơn Tịnh có ca bệnh, được điều trị tại Trung tâm Y tế huyện.", set()),
    ("Bệnh nhân được đưa đến Trung tâm Y tế huyện cấp cứu.", set()),
])
def test_bare_district_bodies_take_the_district_named(text: str, expected: set) -> None:
    assert orgs(text) == expected
