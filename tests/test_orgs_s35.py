"""Table tests for organisation families added in session 35 (recall on unseen press), run through
the real EXTRACTION chain with our own sentences: a body the walker reads as nothing (a foreign
court, committee, agency or association; a chamber of commerce; a foreign school) is read whole when
a country, a continent or the United Nations closes it, with a second one joined by a dash ("châu Âu
- ASEAN", "Hà Lan - Việt Nam"); not when a person's name ends in a country-like word ("Anh"), when a
country's name starts a longer word ("Mỹ thuật"), when a verb sits inside, or for "Trường" without a
school's field ("Trường Sa", "Trường Giang" are places and given names); lower-case "đại học" /
"tổ chức" before a foreign (Latin, not Vietnamese-syllable) name is that university or body; a
ward or commune named after a person ("phường Nguyễn Cư Trinh") is a place when the story writes
its district after it or writes it after place words twice, and not as a person's name; after a
title, a hospital named after a person is read when its place follows the name or the story writes
the name after a hospital's head (with no title) or a street word elsewhere."""
from __future__ import annotations

import pytest
from test_orgs_s20 import names

FAMILIES = {
    "foreign_body": [
        ("Tin quốc tế. Hôm qua, Tòa án Tối cao Ấn Độ đã bác đơn kháng cáo của bị cáo.",
         {"Tòa án Tối cao Ấn Độ"}),
        ("Tin quốc tế. Chủ tịch Liên minh châu Phi phát biểu tại hội nghị.", {"Liên minh châu Phi"}),
        ("Tin thể thao. Ba thành viên đã từ chức theo yêu cầu của Uỷ ban Olympic Mỹ (USOC).",
         {"Ủy ban Olympic Mỹ"}),
        ("Tin công nghệ. Cơ quan Mạng và an ninh Hàn Quốc cho biết 9 doanh nghiệp bị tấn công.",
         {"Cơ quan Mạng và an ninh Hàn Quốc"}),
        ("Tin quốc tế. Ông Martin, đại diện Tổ chức Lương nông Liên Hiệp Quốc tại Hà Nội, phát biểu.",
         {"Tổ chức Lương nông Liên Hiệp Quốc"}),
        ("Tin kinh tế. Thủ tướng tiếp lãnh đạo Liên minh Doanh nghiệp châu Âu - ASEAN tại Hà Nội.",
         {"Liên minh Doanh nghiệp châu Âu - ASEAN"}),
        ("Tin kinh tế. Phòng Thương mại Hà Lan-Việt Nam có 60 thành viên.",
         {"Phòng Thương mại Hà Lan - Việt Nam"}),
        ("Tin y tế. Bà Lan, giáo sư Trường Sản phụ khoa Mỹ, khuyến cáo các bà mẹ.",
         {"Trường Sản phụ khoa Mỹ"}),
    ],
    "not_a_foreign_body": [
        # a head and a country alone: that country's courts, no one named body (review s35 item 3)
        ("Tin quốc tế. Tòa án Mỹ đã bác đơn kiện của công ty.", set()),
        ("Tin quốc tế. Toà án Hàn Quốc đã tuyên án 5 năm tù.", set()),
        # a chair's name ending in "Anh" is no country
        ("Tin thời sự. Theo Chủ nhiệm Uỷ ban Nguyễn Thuý Anh, quy định này không gây xung đột.", set()),
        # "Mỹ thuật": the country's word starts a longer word
        ("Tin văn hóa. Hội đồng Mỹ thuật đã họp.", set()),
        # "Trường Sa": a place, no school
        ("Tin biển đảo. Quà Tết được chuyển ra Trường Sa Thái Lan cũng gửi lời chúc.", set()),
        # a verb inside: the sentence goes on, no name
        ("Tin quốc tế. Tổ chức Này đã gửi thư tới Hàn Quốc.", set()),
    ],
    "latin_named": [
        ("Tin y tế. Ông Paul, giáo sư tại đại học Stanford, cảnh báo về nấm.", {"Đại học Stanford"}),
        ("Tin y tế. Bà tốt nghiệp đại học Y Harvard năm 1997.", {"Đại học Y Harvard"}),
        ("Tin y tế. Ông làm việc tại trung tâm y tế của đại học bang Ohio.", {"Đại học bang Ohio"}),
        ("Tin y tế. Theo tổ chức Human Rights Watch, thuốc giảm đau vẫn thiếu.", {"Tổ chức Human Rights Watch"}),
        # a Vietnamese word, a country, an acronym or an event's organisers: no foreign body
        ("Tin giáo dục. Kỳ thi đại học Trung Quốc năm nay có 10 triệu thí sinh.", set()),
        ("Tin y tế. Bệnh viện sẽ tổ chức Hội nghị khoa học vào tháng 6.", set()),
        ("Tin quốc tế. Hôm qua, ban tổ chức Defqon đã gửi lời chia buồn.", set()),
    ],
    "ward_named_after_person": [
        # the ward's district after its name, or the name written after place words twice: a place
        ("Tin xã hội. Công an phường Nguyễn Cư Trinh, quận 1 đã tiếp nhận vụ việc.",
         {"Công an phường Nguyễn Cư Trinh"}),
        ("Tin xã hội. UBND phường Phạm Ngũ Lão đã lập biên bản. Em bé được đưa về trụ sở phường Phạm Ngũ Lão.",
         {"Ủy ban nhân dân phường Phạm Ngũ Lão"}),
        # a chair named after the city's committee, twice: a person, not a place
        ("Tin y tế. Phó Chủ tịch UBND Thành phố Ngô Văn Quý phát biểu. Sau đó Phó Chủ tịch UBND Thành phố "
         "Ngô Văn Quý kết luận.", {"Ủy ban nhân dân thành phố"}),
        # a commune's chair named once after it, nothing else: a person
        ("Tin y tế. Chủ tịch UBND xã Lê Văn Hùng cho biết đã báo cáo.", set()),
    ],
    "hospital_named_after_person": [
        # after a title: the hospital's place right after the name, or the name written after a
        # street word elsewhere, says it is the hospital's name, not its director's
        ("Tin y tế. Ông Bình, giám đốc Bệnh viện Lê Lợi, TP Vũng Tàu, cho biết đã cấp cứu.",
         {"Bệnh viện Lê Lợi"}),
        ("Tin y tế. Ông Tân, Giám đốc Bệnh viện đa khoa Đặng Thuỳ Trâm (huyện Đức Phổ) cho biết.",
         {"Bệnh viện Đa khoa Đặng Thùy Trâm"}),
        ("Tin y tế. Bệnh viện nằm trên đường Nguyễn Tri Phương. Ông Chiến, Giám đốc BV Nguyễn Tri Phương, "
         "cho biết.", {"Bệnh viện Nguyễn Tri Phương"}),
        # a hospital the gazetteer knows, written with "BV" after a title ("Bạch" is also a surname)
        ("Tin y tế. Ông Anh, Giám đốc BV Bạch Mai cho biết bệnh nhân đã ổn.", {"Bệnh viện Bạch Mai"}),
        # a title, the head and a person's name with nothing else: the director
        ("Tin y tế. Giám đốc Bệnh viện Nguyễn Văn An cho biết đã họp.", set()),
    ],
}

CASES = [(family, text, expected) for family, rows in FAMILIES.items() for text, expected in rows]


@pytest.mark.parametrize("family,text,expected", CASES)
def test_s35_family(family: str, text: str, expected: set[str]) -> None:
    assert names(text) == expected, family
