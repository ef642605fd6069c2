"""Table tests for organisation families added in session 23, run through the real
EXTRACTION chain with our own sentences: a name closed by a bare "tỉnh" that goes on with
", thành phố" ("Bệnh viện Nhi tỉnh, thành phố trực thuộc Trung ương") is a kind of body in
every province, not one organisation; "tỉnh, TP Hà Nội" still names the city's body;
the Uông Bí hospital named without its town ("Bệnh viện Việt Nam - Thụy Điển") is the one
organisation the story also names with it; "Bảo hiểm xã hội" written bare after a word that
introduces an actor ("và", "với", "theo", "đại diện") is the agency, unless the story names it
in full; a school named after a person is read after its principal's title too ("Hiệu
trưởng Trường THPT Phan Bội Châu"), as it is elsewhere; a body followed by "địa phương" is each place's ("Sở GTVT địa phương"),
not one; "Cục An toàn vệ sinh thực phẩm" is the Cục An toàn thực phẩm under its former name; a bare "Huyện ủy" is the committee of the district the story names,
and unread when it names none or several."""
from __future__ import annotations

import pytest
from test_orgs_s20 import names

FAMILIES = {
    "levels_after_name": [
        ("Trẻ được khám tại Bệnh viện Phụ sản tỉnh, thành phố trực thuộc Trung ương theo quy định.", set()),
        ("Trung tâm Kiểm soát bệnh tật tỉnh, thành phố phải báo cáo số ca mắc hằng tuần.", set()),
        ("Ban An toàn giao thông tỉnh/thành phố cần lập chốt kiểm tra nồng độ cồn.", set()),
    ],
    "uong_bi_short": [
        ("Bà Lan được đưa vào Bệnh viện Việt Nam - Thụy Điển Uông Bí lúc 5h sáng. Đại diện bệnh viện "
         "Việt Nam - Thụy Điển cho biết bệnh nhân đã qua cơn nguy kịch.",
         {"Bệnh viện Việt Nam - Thụy Điển"}),
    ],
    "bare_social_insurance": [
        ("Từ năm sau, phần do Nhà nước và Bảo hiểm xã hội hỗ trợ sẽ tăng.", {"Bảo hiểm xã hội"}),
        ("Theo Bảo hiểm xã hội, quỹ khám chữa bệnh năm nay bội chi 2.000 tỷ đồng.", {"Bảo hiểm xã hội"}),
        # the insurance, a plural, or a longer name
        ("Luật Bảo hiểm xã hội có hiệu lực từ đầu năm.", set()),
        ("Nhà nước và Bảo hiểm xã hội các tỉnh cùng chi trả.", set()),
        ("Sở phối hợp với Bảo hiểm xã hội Đà Nẵng rà soát hồ sơ.", {"Bảo hiểm xã hội Đà Nẵng"}),
        # the story names the agency in full: that name stands
        ("Bảo hiểm xã hội Việt Nam vừa có văn bản gửi các tỉnh. Đại diện Bảo hiểm xã hội cho biết quỹ còn dư.",
         {"Bảo hiểm xã hội Việt Nam"}),
    ],
    "school_after_title": [
        ("Thầy Hùng, Hiệu trưởng Trường THPT Phan Bội Châu, cho biết trường đã cho học sinh nghỉ.",
         {"Trường THPT Phan Bội Châu"}),
        ("Hiệu trưởng trường tiểu học Lý Thường Kiệt cho biết các em đã đi học lại.",
         {"Trường Tiểu học Lý Thường Kiệt"}),
    ],
    "local_body": [
        ("Bộ yêu cầu Sở GTVT địa phương kiểm tra các bến xe trước Tết.", set()),
        ("Các tỉnh giao phòng y tế phối hợp với cục Thống kê địa phương tính chỉ số giá.", set()),
        # a comma: the place is named, "địa phương" starts a clause
        ("Sở Y tế Hà Nội, địa phương có nhiều ca mắc nhất, đã họp khẩn.", {"Sở Y tế Hà Nội"}),
    ],
    "renamed_agency": [
        ("Năm 2009, Cục An toàn vệ sinh thực phẩm thu hồi lô sữa. Nay Cục An toàn thực phẩm tiếp tục kiểm tra.",
         {"Cục An toàn thực phẩm"}),
    ],
    "bare_district_party": [
        ("Lũ cuốn trôi 3 nhà ở huyện Quan Hóa. Huyện ủy, UBND huyện đã chỉ đạo sơ tán dân.",
         {"Huyện ủy Quan Hóa", "Ủy ban nhân dân huyện Quan Hóa"}),
        # no district named: which one is not said
        ("Huyện ủy cũng thi hành kỷ luật khiển trách hai cán bộ.", set()),
    ],
}


@pytest.mark.parametrize("text,expected", [pytest.param(t, e, id=f"{family}-{i}")
                                           for family, rows in FAMILIES.items()
                                           for i, (t, e) in enumerate(rows)])
def test_s23_families(text: str, expected: set) -> None:
    assert names(text) == expected


def test_a_bare_level_before_a_named_city_or_a_clause_is_still_read() -> None:
    """"tỉnh, TP Hà Nội" names a city, and "tỉnh, sau đó …" goes on with a clause: the bare
    level is the story's province, not every province's."""
    assert names("Đoàn làm việc với Sở Y tế tỉnh, TP Hà Nội về dịch sốt xuất huyết.") == {"Sở Y tế Hà Nội"}
    assert names("Bệnh nhân được chuyển lên Bệnh viện Đa khoa tỉnh, sau đó về Hà Tĩnh.") == \
        {"Bệnh viện Đa khoa tỉnh Hà Tĩnh"}
