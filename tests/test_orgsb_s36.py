"""Table tests for the organisation precision and boundary families of session 36 (helper
orgsb), run through the real EXTRACTION chain with our own sentences: a story's short name
that is the first words of one longer name it writes ("BV Thể thao" … "Bệnh viện Thể thao Việt
Nam", a lost syllable "Thanh tra Chính" … "Thanh tra Chính phủ") is that one organisation, named
in full; a lower-case run-on, a ministry of another country, a campus stay apart; a caption's
upper-case credit ("ẢNH: …") and a "Tin từ …" line run into a name are not part of it; a deputy's
two-word name after "Quốc hội" is not part of it either; a bare central level ("Bệnh viện TW")
names no hospital; "ở trung tâm Kabul" is a city's centre; "huyện Điện Biên Đông" keeps its
direction before a person's name; a specialty hospital written without its place takes the
province stated right after it ("Bệnh viện Nhi đồng ở Sài Gòn"), not the article's."""
from __future__ import annotations

import pytest
from test_orgs_s20 import names

FAMILIES = {
    "short_and_long_name": [
        ("Tin y tế. Hai bác sĩ Bệnh viện Thể thao Việt Nam bị hành hung. Giám đốc BV Thể thao cho biết "
         "camera đã ghi lại toàn bộ vụ việc.", {"Bệnh viện Thể thao Việt Nam"}),
        # a chain of three forms ends in the longest one
        ("Tin y tế. Bác sĩ Bệnh viện Thể thao Việt Nam bị đánh. Cục yêu cầu Bệnh viện Thể thao Việt nam báo cáo. "
         "Giám đốc BV Thể thao cho biết sự việc.", {"Bệnh viện Thể thao Việt Nam"}),
        ("Tin y tế. Ông Nguyễn Văn An, Chủ tịch Hội Tim mạch học Việt Nam, phát biểu. Hội Tim mạch học "
         "sẽ gửi kiến nghị lên Bộ Y tế.", {"Hội Tim mạch học Việt Nam", "Bộ Y tế"}),
        ("Tin y tế. Thanh tra Chính đã có kết luận về vụ việc. Trước đó Thanh tra Chính phủ đã lập đoàn "
         "kiểm tra.", {"Thanh tra Chính phủ"}),
        ("Tin y tế. Đại sứ quán Việt Nam tại Nhật Bản cho biết không có công dân bị thương. Đại sứ quán "
         "Việt Nam tiếp tục theo dõi.", {"Đại sứ quán Việt Nam tại Nhật Bản"}),
        # a ministry and another country's ministry, a campus, a lower-case run-on stay apart
        ("Tin y tế. Bộ Y tế đã làm việc với Bộ Y tế Thái Lan về dịch sốt xuất huyết.",
         {"Bộ Y tế", "Bộ Y tế Thái Lan"}),
        ("Tin y tế. Bệnh viện Bạch Mai cơ sở 2 sẽ khai trương năm tới. Bệnh viện Bạch Mai cho biết "
         "sẽ chuyển 500 giường về đây.", {"Bệnh viện Bạch Mai cơ sở 2", "Bệnh viện Bạch Mai"}),
    ],
    "caption_and_news_line_run_ons": [
        ("Tin y tế. Chàng trai nhận hoa từ Ban giám đốc BV Chợ Rẫy ẢNH: NGỌC HÀ. Anh đã hồi phục.",
         {"Bệnh viện Chợ Rẫy"}),
        ("Tin y tế. Bé trai tử vong trên xe cấp cứu.\nTrung tâm y tế huyện Đăk Đoa Tin từ Công an "
         "huyện Đăk Đoa cho biết vụ việc đang được điều tra.",
         {"Trung tâm y tế huyện Đăk Đoa", "Công an huyện Đăk Đoa"}),
    ],
    "person_after_a_closed_head": [
        ("Tin y tế. Đại biểu Quốc hội Lê Quân chất vấn Bộ trưởng Bộ Y tế.", {"Quốc hội", "Bộ Y tế"}),
        # a country or a royal government goes on
        ("Tin y tế. Chính phủ Thái Lan và Chính phủ Hoàng gia Campuchia đã ký thỏa thuận.",
         {"Chính phủ Thái Lan", "Chính phủ Hoàng gia Campuchia"}),
    ],
    "central_level_unnamed": [
        ("Tin y tế. Bệnh viện TW chuyển giao kỹ thuật cho bệnh viện tỉnh. Một số cơ sở của BV TƯ đã được "
         "xây dựng.", set()),
        ("Tin y tế. Bệnh viện Trung ương Huế và Bệnh viện Nhi Trung ương tiếp nhận bệnh nhân.",
         {"Bệnh viện Trung ương Huế", "Bệnh viện Nhi Trung ương"}),
    ],
    "downtown": [
        ("Tin y tế. Vụ nổ xảy ra ở trung tâm Kabul. Nhiều sinh viên thuê trọ ở trung tâm Bangkok.", set()),
        # a centre after "tại", or one with a longer name, is read
        ("Tin y tế. Bé được điều trị ở trung tâm Hadassah Ein Kerem.", {"Trung tâm Hadassah Ein Kerem"}),
    ],
    "district_with_direction_before_a_person": [
        ("Tin y tế. Giám đốc Trung tâm Y tế huyện Điện Biên Đông Nguyễn Văn Minh cho biết.",
         {"Trung tâm Y tế huyện Điện Biên Đông"}),
    ],
    "specialty_hospital_with_its_place_after_it": [
        ("Tin y tế tỉnh Bình Dương. Bé được đưa vào Bệnh viện Đa khoa tỉnh Bình Dương, gia đình xin chuyển "
         "lên Bệnh viện Nhi đồng ở Sài Gòn.",
         {"Bệnh viện Đa khoa tỉnh Bình Dương", "Bệnh viện Nhi đồng Thành phố Hồ Chí Minh"}),
        ("Tin y tế tỉnh Bình Dương. Bệnh nhân ở Bình Dương được chuyển lên Bệnh viện Ung bướu (Hà Nội).",
         {"Bệnh viện Ung bướu Hà Nội"}),
    ],
}


@pytest.mark.parametrize("text,expected", [case for cases in FAMILIES.values() for case in cases])
def test_orgsb_s36_families(text: str, expected: set[str]) -> None:
    assert names(text) == expected
