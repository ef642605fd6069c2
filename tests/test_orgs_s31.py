"""Table tests for organisation families added in session 31, run through the real EXTRACTION
chain with our own sentences: a number before a head that counts nothing (a date, a year, a
class, a floor, an ordinal, a code) does not make the mention a plural; a body's scope written
in lower case ("quốc gia", "toàn cầu", "thế giới") closes its name, and the name without it
later in the story is the same body; an abbreviation defined inside a name ("Chi cục An toàn
vệ sinh thực phẩm (VSATTP) tỉnh X") names that body when written in its place; a head's own
abbreviation in brackets right after it ("Bệnh viện (BV) Đa khoa tỉnh X") is skipped and the
name read on; a state body's short lower-case tail ends before a verb its last word would start
("Viện Tế bào gốc thực hiện …"); Vietnamese groups named by their brand alone ("Tổng giám đốc
Traphaco", "VNPT Hà Nội") are companies, joined to the full name a story defines them by, but not
after a product word ("sữa Vinamilk") and without their products' Latin words ("FPT Play");
"Khoa học xã hội và nhân văn" is one remit, whatever its case."""
from __future__ import annotations

import pytest
from test_orgs_s20 import names

FAMILIES = {
    "number_not_a_count": [
        ("Tin y tế. Ngày 24/5 Công ty Minh Tâm đã có công văn gửi bệnh viện.", {"Công ty Minh Tâm"}),
        ("Tin y tế. Chiều 21-6 Công an phường Bến Nghé tiếp nhận trình báo.", {"Công an phường Bến Nghé"}),
        ("Tin y tế. Năm 2014 Sở Y tế Hòa Bình từng có kết luận về vụ việc.", {"Sở Y tế Hòa Bình"}),
        ("Tin y tế. Em vừa học xong lớp 10 Trường THPT Nguyễn Trãi, sắp lên lớp 11.", {"Trường THPT Nguyễn Trãi"}),
        ("Tin y tế. Vụ việc đang được PC02 Công an tỉnh Lai Châu điều tra.", {"Công an tỉnh Lai Châu"}),
        # a real count still opens a list or a generic plural
        ("Tin y tế. Có 5 Bệnh viện Việt Đức, Xanh Pôn, Bạch Mai tham gia.",
         {"Bệnh viện Việt Đức", "Bệnh viện Xanh Pôn", "Bệnh viện Bạch Mai"}),
        ("Tin y tế. Ngoài 4 Bộ trưởng trên, nhiều đại biểu cũng phát biểu.", set()),
    ],
    "lower_case_scope": [
        ("Tin y tế. Chiến được chuyển đến Viện Bỏng quốc gia, rất may là đã ổn định.", {"Viện Bỏng quốc gia"}),
        ("Tin y tế. Anh là thành viên Viện Hàn lâm Khoa học trẻ toàn cầu từ năm 2020.",
         {"Viện Hàn lâm Khoa học trẻ toàn cầu"}),
        ("Tin y tế. Trung tâm Tình nguyện quốc gia tổ chức chương trình hiến máu.", {"Trung tâm Tình nguyện quốc gia"}),
        # the same body named without its scope later in the story: one organisation
        ("Tin y tế. Bé được chuyển đến Viện Bỏng quốc gia, rất may là đã ổn định. Các bác sĩ Viện Bỏng cho biết.",
         {"Viện Bỏng"}),
        # a level or a standard is no part of the name; a company's scope is its business
        ("Tin y tế. Bệnh viện Bạch Mai là bệnh viện tuyến trung ương.", {"Bệnh viện Bạch Mai"}),
        ("Tin y tế. Công ty Minh Long mở rộng thị trường toàn cầu.", {"Công ty Minh Long"}),
    ],
    "inner_abbreviation": [
        ("Tin y tế. Chiều 9-5 Chi cục An toàn vệ sinh thực phẩm (VSATTP) tỉnh Quảng Bình cho biết đã yêu cầu "
         "cơ sở tạm dừng. Theo Chi cục VSATTP tỉnh Quảng Bình, còn 18 trường hợp.",
         {"Chi cục An toàn vệ sinh thực phẩm tỉnh Quảng Bình"}),
    ],
    "head_abbreviation": [
        ("Tin y tế. Đoàn làm việc với Sở Y tế Hòa Bình, Bệnh viện (BV) Đa khoa tỉnh Hòa Bình, Bộ trưởng chỉ đạo.",
         {"Sở Y tế Hòa Bình", "Bệnh viện Đa khoa tỉnh Hòa Bình"}),
        ("Tin y tế. Sinh viên Đại học (ĐH) Duy Tân đã tham gia hiến máu.", {"Đại học Duy Tân"}),
        # an abbreviation that is not the head's, or nothing named after it: unchanged
        ("Tin y tế. Bệnh viện (BV) đã tiếp nhận bệnh nhân.", set()),
    ],
    "tail_before_verb": [
        ("Tin y tế. Trước đó, Viện Tế bào gốc thực hiện đề tài nghiên cứu cấp Nhà nước.", {"Viện Tế bào gốc"}),
        ("Tin y tế. Cục Năng lượng nguyên tử, Bộ Khoa học và Công nghệ cho biết.",
         {"Cục Năng lượng nguyên tử", "Bộ Khoa học và Công nghệ"}),
    ],
    "group_brands": [
        ("Tin y tế. Ông An, Tổng giám đốc Traphaco cho biết doanh thu tăng.", {"Traphaco"}),
        ("Tin y tế. Đại diện VNPT Hà Nội cho biết hệ thống đã hoạt động.", {"VNPT Hà Nội"}),
        ("Tin y tế. Công ty Cổ phần Sữa Việt Nam (Vinamilk, mã CK: VNM) công bố lãi. Vinamilk cho biết sẽ mở rộng.",
         {"Công ty Cổ phần Sữa Việt Nam"}),
        ("Tin y tế. Tập đoàn Bưu chính viễn thông Việt Nam (VNPT) đã ký kết. VNPT cho biết sẽ hỗ trợ.",
         {"Tập đoàn Bưu chính viễn thông Việt Nam"}),
        ("Tin y tế. Trẻ được uống sữa Vinamilk mỗi ngày.", set()),
        ("Tin y tế. Phim được chiếu trên FPT Play tối nay.", {"FPT"}),
        ("Tin y tế. Sinh viên Đại học FPT tham gia hiến máu.", {"Đại học FPT"}),
    ],
    "social_remit": [
        ("Tin y tế. Em là sinh viên Trường Đại học Khoa học xã hội và nhân văn TP. HCM.",
         {"Trường Đại học Khoa học xã hội và nhân văn Thành phố Hồ Chí Minh"}),
        ("Tin y tế. Ông Minh, giảng viên Đại học Khoa học Xã hội và Nhân văn, cho biết.",
         {"Đại học Khoa học Xã hội và Nhân văn"}),
    ],
}


@pytest.mark.parametrize("text,expected", [case for cases in FAMILIES.values() for case in cases])
def test_s31_families(text: str, expected: set[str]) -> None:
    assert names(text) == expected
