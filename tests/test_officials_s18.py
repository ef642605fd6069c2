"""Officials, s18 families: a civil-service rank between a name and its post; units a
"Vụ trưởng" / "Cục trưởng" / "Chi cục trưởng" heads that the organisation reader does not
know; boards (Ban) of Bảo hiểm xã hội; heads of a province's delegation to the National
Assembly; "Chủ tịch HĐQT kiêm Tổng giám đốc" chains; foreign names after a degree; a ministry written bare between a unit and the
holder's name. Our own sentences."""
from __future__ import annotations

import pytest

from extractors import run
from extractors.doc import Doc
from pipeline.stages import EXTRACTION


def roles(text: str) -> set[tuple[str, str, str]]:
    doc = run(Doc(text=text, published="2019-05-10"), EXTRACTION)
    return {(o.name, o.title, o.organization) for o in doc.officials}


CASES = [
    # --- a rank before the post
    ("Đoàn kiểm tra do ông Trịnh Văn Khải, Thanh tra viên cao cấp, Phó Vụ trưởng Vụ III, "
     "Thanh tra Chính phủ làm trưởng đoàn.",
     {("Trịnh Văn Khải", "Phó Vụ trưởng", "Vụ III")}),
    ("Tổ công tác do bà Lê Thị Hồng - thanh tra viên chính, Phó Cục trưởng Cục Quản lý Dược phụ trách.",
     {("Lê Thị Hồng", "Phó Cục trưởng", "Cục Quản lý Dược")}),
    # --- a unit named from the title's own words
    ("Chiều 5-6, ông Đỗ Văn Lực, Vụ trưởng Vụ Sức khỏe bà mẹ và trẻ em, Bộ Y tế, cho biết số ca đã giảm.",
     {("Đỗ Văn Lực", "Vụ trưởng", "Vụ Sức khỏe bà mẹ và trẻ em")}),
    ("Theo PGS Hà Minh Sơn, Cục trưởng Năng lượng nguyên tử, ứng dụng bức xạ đang tăng nhanh.",
     {("Hà Minh Sơn", "Cục trưởng", "Cục Năng lượng nguyên tử")}),
    ("Ông Lưu Quang Hải, Chi cục trưởng an toàn vệ sinh thực phẩm Quảng Bình, đã yêu cầu tạm dừng lô hàng.",
     {("Lưu Quang Hải", "Chi cục trưởng", "Chi cục An toàn vệ sinh thực phẩm Quảng Bình")}),
    ("Theo Cục trưởng cục Quản lý giá (bộ Tài chính) Trương Văn Hòa, giá thuốc ổn định.",
     {("Trương Văn Hòa", "Cục trưởng", "Cục Quản lý giá")}),
    ("Bà Ngô Thị Lan (Cục trưởng phòng chống tệ nạn xã hội) cho rằng cần phối hợp với ngành y tế.",
     {("Ngô Thị Lan", "Cục trưởng", "Cục Phòng chống tệ nạn xã hội")}),
    # --- a board of the social insurance agency
    ("Bà Trịnh Thu Hà, Trưởng ban Cấp sổ, thẻ của BHXH Việt Nam, cho biết sẽ cấp thẻ điện tử.",
     {("Trịnh Thu Hà", "Trưởng ban", "Ban Cấp sổ, thẻ")}),
    ("Ông Võ Đình Lâm - phó trưởng ban phụ trách ban thu, Bảo hiểm xã hội Việt Nam - cho hay số nợ đã giảm.",
     {("Võ Đình Lâm", "Phó trưởng ban phụ trách", "Ban Thu")}),
    ("Ông Tạ Văn Khoa, Trưởng ban Chính sách bảo hiểm y tế, thuộc Bảo hiểm xã hội Việt Nam, trả lời.",
     {("Tạ Văn Khoa", "Trưởng ban", "Ban Chính sách bảo hiểm y tế")}),
    # only a comma before the agency: one title at the agency, as before
    ("Ông Trần Văn Dũng, Phó Trưởng ban Thực hiện chính sách BHYT, BHXH Việt Nam cho biết.",
     {("Trần Văn Dũng", "Phó Trưởng ban Thực hiện chính sách BHYT", "Bảo hiểm xã hội Việt Nam")}),
    # --- a province's National Assembly delegation and its head
    ("Trưởng đoàn đại biểu Quốc hội tỉnh Kon Tum Lê Văn Quang đã tiếp xúc cử tri huyện Đắk Hà.",
     {("Lê Văn Quang", "Trưởng đoàn", "Đoàn đại biểu Quốc hội tỉnh Kon Tum")}),
    ("Bà Hà Thị Mai (Phó trưởng đoàn chuyên trách Đoàn ĐBQH TP. HCM) nêu ý kiến về giá thuốc.",
     {("Hà Thị Mai", "Phó Trưởng đoàn", "Đoàn đại biểu Quốc hội Thành phố Hồ Chí Minh")}),
    ("Ông Trịnh Minh Đức - Trưởng đoàn đại biểu tỉnh Bạc Liêu cho rằng cần tăng lương cho bác sĩ.",
     {("Trịnh Minh Đức", "Trưởng đoàn", "Đoàn đại biểu Quốc hội tỉnh Bạc Liêu")}),
    # --- a company's board chair "kiêm" its director: both posts at the company, both former
    ("Ông Lý Quốc Hưng, Chủ tịch HĐQT kiêm Tổng giám đốc Công ty cổ phần Dược phẩm Sông Hồng, cho biết.",
     {("Lý Quốc Hưng", "Chủ tịch Hội đồng quản trị", "Công ty cổ phần Dược phẩm Sông Hồng"),
      ("Lý Quốc Hưng", "Tổng giám đốc", "Công ty cổ phần Dược phẩm Sông Hồng")}),
    ("Bị cáo Đào Văn Toàn (nguyên Chủ tịch HĐQT kiêm Tổng giám đốc Công ty cổ phần Dược phẩm Sông Hồng) bị tuyên 8 năm tù.",
     {("Đào Văn Toàn", "nguyên Chủ tịch Hội đồng quản trị", "Công ty cổ phần Dược phẩm Sông Hồng"),
      ("Đào Văn Toàn", "nguyên Tổng giám đốc", "Công ty cổ phần Dược phẩm Sông Hồng")}),
    # --- a foreign name after a degree (GS, TS, Tiến sĩ, Bác sĩ), then its post
    ("Tiến sĩ Hamid Rahimov, Trưởng đại diện Tổ chức Y tế Thế giới tại Việt Nam, đánh giá cao kết quả.",
     {("Hamid Rahimov", "Trưởng đại diện", "Tổ chức Y tế Thế giới")}),
    ("Bác sĩ Peter Kowalski - Giám đốc Bệnh viện FV cho biết ca mổ thành công.",
     {("Peter Kowalski", "Giám đốc", "Bệnh viện FV")}),
    ("Bác sĩ CKII Đỗ Thị Ngọc Hà - Phó giám đốc Bệnh viện Nhi Đồng 1 cho biết bé đã ổn định.",
     {("Đỗ Thị Ngọc Hà", "Phó giám đốc", "Bệnh viện Nhi Đồng 1")}),
    # --- a ministry written bare between the unit and the name
    ("Trao đổi với phóng viên, vụ trưởng Vụ Pháp chế Bộ Y tế Đặng Quốc Bảo cho hay dự thảo đã xong.",
     {("Đặng Quốc Bảo", "Vụ trưởng", "Vụ Pháp chế")}),
]

# a bare unit title then a verb, or a given name, names no unit
NEGATIVE = [
    "Vụ trưởng giải trình trước ông Nguyễn Văn Hùng về việc này.",
    "Cục trưởng Khuê đề nghị ông Trần Văn Bình báo cáo sớm.",
    "Đại tá Nguyễn Như Cương - Phó cục trưởng giữ gìn hòa bình nói.",
]


@pytest.mark.parametrize("text,expected", CASES)
def test_roles(text: str, expected: set) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize("text", NEGATIVE)
def test_no_unit(text: str) -> None:
    assert roles(text) == set()


def test_one_post_named_twice() -> None:
    """The unit read from the title's words gives way to the one the reader named."""
    text = ("Đoàn do ông Phạm Quốc Khánh - Phó Vụ trưởng Vụ III làm trưởng đoàn. "
            "Ông Phạm Quốc Khánh - Phó Vụ trưởng thanh tra khối văn hóa, xã hội (Vụ III) đã công bố quyết định.")
    assert roles(text) == {("Phạm Quốc Khánh", "Phó Vụ trưởng", "Vụ III")}
