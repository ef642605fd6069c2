"""Table tests for department and centre heads as the press writes them (our own
sentences): the department's name runs on in lower case or with a ward number up to
its hospital after a comma, a dash or nothing at all; a centre written in lower case
names its hospital in brackets or right after it."""
from __future__ import annotations

import pytest

from extractors import run
from extractors.doc import Doc
from pipeline.stages import EXTRACTION

P = "2018-06-15"


def roles(text: str) -> set[tuple[str, str, str]]:
    doc = run(Doc(text=text, published=P), EXTRACTION)
    return {(o.name, o.title, o.organization) for o in doc.officials}


CASES = [
    # a department's name in lower case after a capital, up to its hospital
    ("Bác sĩ Lương Văn Khải, Trưởng khoa Ngoại - tiết niệu, bệnh viện Đa khoa tỉnh Phú Yên cho biết ca mổ kéo dài 3 giờ.",
     {("Lương Văn Khải", "Trưởng khoa Ngoại - tiết niệu", "Bệnh viện Đa khoa tỉnh Phú Yên")}),
    ("Ông Đinh Quốc Bảo, Phó trưởng khoa Vi phẫu Tạo hình Bệnh viện Đa khoa tỉnh Thái Bình nói.",
     {("Đinh Quốc Bảo", "Phó trưởng khoa Vi phẫu Tạo hình", "Bệnh viện Đa khoa tỉnh Thái Bình")}),
    ("Bà Hà Thị Yến, trưởng khoa kiểm soát nhiễm khuẩn và phòng chống dịch bệnh, Bệnh viện Bạch Mai cho biết.",
     {("Hà Thị Yến", "Trưởng khoa kiểm soát nhiễm khuẩn và phòng chống dịch bệnh", "Bệnh viện Bạch Mai")}),
    # a ward number; a dash before the hospital
    ("Ông Tạ Văn Hùng - trưởng khoa nội 3, Bệnh viện K, cho biết.",
     {("Tạ Văn Hùng", "Trưởng khoa nội 3", "Bệnh viện K")}),
    ("Ông Tạ Văn Hùng - Trưởng khoa Sản - Bệnh viện Đa khoa tỉnh Phú Yên cho biết.",
     {("Tạ Văn Hùng", "Trưởng khoa Sản", "Bệnh viện Đa khoa tỉnh Phú Yên")}),
    ("Ông Cù Văn Tâm, Trưởng phòng Nghiệp vụ Y - Sở Y tế Phú Yên xác nhận.",
     {("Cù Văn Tâm", "Trưởng phòng Nghiệp vụ Y", "Sở Y tế Phú Yên")}),
    # the words after a department are the sentence's, not its name: no hospital follows
    ("Ông Tạ Văn Hùng, Trưởng khoa Sản cho biết tại Bệnh viện Đa khoa tỉnh Phú Yên có 5 ca.", set()),
    # a centre in lower case inside its hospital
    ("Ông Hà Minh Khôi - phó giám đốc trung tâm tim mạch (Bệnh viện Chợ Rẫy) - cho biết.",
     {("Hà Minh Khôi", "Phó giám đốc Trung tâm Tim mạch", "Bệnh viện Chợ Rẫy")}),
    ("Bà Mạc Thị Huệ, Giám đốc trung tâm Huyết học bệnh viện Việt Đức cho biết.",
     {("Mạc Thị Huệ", "Giám đốc Trung tâm Huyết học", "Bệnh viện Việt Đức")}),
    ("Ông Hà Minh Khôi, giám đốc trung tâm cho biết bệnh viện Chợ Rẫy đã tiếp nhận.", set()),
    # a bare ward: the hospital named earlier in the sentence, or the only one named so far
    ("Tại Bệnh viện Đa khoa tỉnh Kon Tum, bác sĩ Lê Văn Tài - trưởng khoa cấp cứu - cho biết bệnh nhân đã tỉnh.",
     {("Lê Văn Tài", "Trưởng khoa cấp cứu", "Bệnh viện Đa khoa tỉnh Kon Tum")}),
    ("Cháu bé được đưa vào Bệnh viện Đa khoa tỉnh Kon Tum. Bác sĩ Lê Văn Tài, Trưởng khoa Răng hàm mặt cho biết cháu đã tỉnh.",
     {("Lê Văn Tài", "Trưởng khoa Răng hàm mặt", "Bệnh viện Đa khoa tỉnh Kon Tum")}),
    ("Cháu bé được chuyển từ Bệnh viện Đa khoa tỉnh Kon Tum lên Bệnh viện Chợ Rẫy. "
     "Bác sĩ Lê Văn Tài, Trưởng khoa Nhi cho biết cháu đã tỉnh.", set()),
    # the ward's name stops before "bệnh viện" and "là"
    ("Tại Bệnh viện Đa khoa tỉnh Kon Tum, bác sĩ Lê Văn Tài, trưởng khoa cấp cứu bệnh viện cho biết.",
     {("Lê Văn Tài", "Trưởng khoa cấp cứu", "Bệnh viện Đa khoa tỉnh Kon Tum")}),
    ("Bệnh viện Đa khoa tỉnh Kon Tum có trưởng khoa là ông Lê Văn Tài, phó khoa là ông Phan Văn Hậu.",
     {("Lê Văn Tài", "Trưởng khoa", "Bệnh viện Đa khoa tỉnh Kon Tum"),
      ("Phan Văn Hậu", "Phó khoa", "Bệnh viện Đa khoa tỉnh Kon Tum")}),
    # a bare "phó khoa" then a comma ends a clause about someone else
    ("Bệnh viện Đa khoa tỉnh Kon Tum bổ nhiệm con gái làm phó khoa, ông Lê Văn Tài bị kỷ luật.", set()),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_roles(text: str, expected: set) -> None:
    assert roles(text) == expected


def test_a_second_title_ends_the_department() -> None:
    got = roles("Ông Tạ Văn Hùng, trưởng khoa nhi và giám đốc Bệnh viện Đa khoa tỉnh Phú Yên có mặt.")
    assert not any("giám đốc" in title for _, title, _ in got)
