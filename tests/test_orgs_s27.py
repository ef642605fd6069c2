"""Table tests for organisation families added in session 27, run through the real
EXTRACTION chain with our own sentences: a university keeps the number that names it
("Học viện Quân y 103", "Đại học Sư phạm Hà Nội 2") unless the number counts something
("ĐH Đà Nẵng 3 trường"); a society's remit joined by "và" runs to its place ("Hội Khoa
học Tâm lý và Giáo dục TP. HCM"), while "và" before another body or with no place after it
ends the society; a school written without "Trường" after its pupils or head teacher
("học sinh THCS Nguyễn Hiền") is that school, but not an exam ("thi THPT Quốc gia"), a level in
a province ("học sinh THPT Hà Nội") or a part of a longer school's name; a remit the press
writes in lower case after the head stays in the name ("Chi cục quản lý chất lượng nông, lâm
và thủy sản", "Trung tâm kỹ thuật tiêu chuẩn đo lường chất lượng 3"); a communist party
closed by its country and a bar closed by its province are named without a head noun; an
officer school is named by its branch and keeps its number."""
from __future__ import annotations

import pytest
from test_orgs_s20 import names

FAMILIES = {
    "numbered_university": [
        ("Năm 1992, ca ghép thận đầu tiên được làm tại Học viện Quân y 103 với sự giúp đỡ của chuyên gia.",
         {"Học viện Quân y 103"}),
        ("Hơn 70 sinh viên Đại học Sư phạm Hà Nội 2 phải vào viện sau bữa liên hoan.",
         {"Đại học Sư phạm Hà Nội 2"}),
        ("Chị tốt nghiệp Trường ĐH Sư phạm Hà Nội 2.", {"Trường Đại học Sư phạm Hà Nội 2"}),
        # the number counts schools or years: not part of the name
        ("Năm nay ĐH Đà Nẵng 3 trường được kiểm định.", {"Đại học Đà Nẵng"}),
        ("Sinh viên Đại học Y Hà Nội 2 năm liền đoạt giải.", {"Đại học Y Hà Nội"}),
    ],
    "society_and": [
        ("Bà Lê Thị C, Phó chủ tịch Hội Khoa học Tâm lý và Giáo dục TP. HCM, nhận xét.",
         {"Hội Khoa học Tâm lý và Giáo dục Thành phố Hồ Chí Minh"}),
        ("Hội Nghệ nhân và Thương hiệu Việt Nam đã trao bằng khen.", {"Hội Nghệ nhân và Thương hiệu Việt Nam"}),
        # another body, or no place closing the run: the society ends before "và"
        ("Hội Phụ nữ và Mặt trận Tổ quốc huyện cùng ủng hộ.", {"Hội Phụ nữ"}),
        ("Hội Tim mạch và Hội Nội khoa Việt Nam cùng tổ chức.", {"Hội Tim mạch", "Hội Nội khoa Việt Nam"}),
    ],
    "bare_school": [
        ("Sáng qua, 40 học sinh tiểu học Hòa Phú được uống thuốc tẩy giun.", {"Trường Tiểu học Hòa Phú"}),
        ("Ông Lê Văn D, hiệu trưởng THPT Long Thới, cho biết.", {"Trường THPT Long Thới"}),
        ("Buổi tiêm được tổ chức tại điểm tiêm THCS Bình Trị Đông A, quận Bình Tân.", {"Trường THCS Bình Trị Đông A"}),
        ("Kỳ thi THPT Quốc gia sắp bắt đầu.", set()),
        ("Học sinh THPT Hà Nội đạt nhiều giải.", set()),
        ("Sân trường tiểu học Hòa Phú rất rộng, tiểu học Hòa Phú có 500 em.", {"Trường Tiểu học Hòa Phú"}),
    ],
    "lower_case_remit": [
        ("Chi cục quản lý chất lượng nông, lâm và thuỷ sản Đà Nẵng lấy mẫu cá.",
         {"Chi cục quản lý chất lượng nông, lâm và thủy sản Đà Nẵng"}),
        ("Ở Đồng Nai, mẫu sữa được gửi Trung tâm kỹ thuật tiêu chuẩn đo lường chất lượng 3 kiểm nghiệm.",
         {"Trung tâm kỹ thuật tiêu chuẩn đo lường chất lượng 3"}),
        ("Theo Vụ Sức khoẻ bà mẹ - trẻ em, tỷ lệ sinh mổ tăng.", {"Vụ Sức khỏe bà mẹ - trẻ em"}),
    ],
    "placed_body": [
        ("Ông gia nhập đảng Cộng sản Trung Quốc năm 1985.", {"Đảng Cộng sản Trung Quốc"}),
        ("Luật sư Trần Văn E (Đoàn luật sư TP. HCM) bào chữa cho bị cáo.",
         {"Đoàn Luật sư Thành phố Hồ Chí Minh"}),
        # no owner right after the head: no body
        ("Ông được kết nạp vào Đảng Cộng sản khi 20 tuổi.", set()),
        ("Đoàn luật sư đã gửi kiến nghị.", set()),
    ],
    "officer_school": [
        ("Anh Hùng, học viên Trường Sĩ quan pháo binh, đã hiến máu.", {"Trường Sĩ quan Pháo binh"}),
        ("Anh tốt nghiệp trường Sĩ quan Lục quân 1 năm 2010.", {"Trường Sĩ quan Lục quân 1"}),
        # a number that counts years is not the school's
        ("Học viên Trường Sĩ quan Chính trị 2 năm liền đạt giải.", {"Trường Sĩ quan Chính trị"}),
    ],
}


@pytest.mark.parametrize("text,expected", [(t, e) for fam in FAMILIES.values() for t, e in fam],
                         ids=[f"{k}-{i}" for k, fam in FAMILIES.items() for i in range(len(fam))])
def test_s27_families(text: str, expected: set[str]) -> None:
    assert names(text) == expected
