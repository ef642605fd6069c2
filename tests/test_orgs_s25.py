"""Table tests for organisation families added in session 25, run through the real
EXTRACTION chain with our own sentences: research institutes named "Viện nghiên cứu" + a
lower-case field, read to a clear end (punctuation, a predicate, a closing place) and left
unread when no end comes; a second specialty in lower case after a dash ("Bệnh viện Sản -
nhi"); the island districts after "huyện đảo"; a caption run into the next sentence ends
at the sentence opener ("Hiện tại", "Bệnh nhân"); and gazetteer spellings the press uses for
known bodies (the Ban Bảo vệ sức khỏe Trung ương, the national organ-transplant centre,
Thanh tra Chính phủ's Vụ Giám sát, the Nha Trang vaccine institute)."""
from __future__ import annotations

import pytest
from test_orgs_s20 import names

FAMILIES = {
    "research_institute": [
        ("Theo Viện nghiên cứu y tế cộng đồng, tỷ lệ hút thuốc ở nam giới vẫn cao.",
         {"Viện nghiên cứu y tế cộng đồng"}),
        ("Bệnh viện Quận 2 phối hợp với Viện nghiên cứu dinh dưỡng học đường tổ chức hội thảo.",
         {"Viện nghiên cứu dinh dưỡng học đường", "Bệnh viện Quận 2"}),
        # "và" joins a second field; a country closes the name
        ("Ông Lâm, chuyên gia Viện Nghiên cứu kinh tế và chính sách y tế Hàn Quốc cho biết thêm.",
         {"Viện Nghiên cứu kinh tế và chính sách y tế Hàn Quốc"}),
        # "hàng không" is one word: "không" does not end the name there
        ("Ông Bình, Viện Nghiên cứu và đào tạo hàng không, cho biết như vậy.",
         {"Viện Nghiên cứu và đào tạo hàng không"}),
        ("Viện Nghiên cứu bệnh nghề nghiệp khuyến cáo công nhân đeo khẩu trang.",
         {"Viện Nghiên cứu bệnh nghề nghiệp"}),
        # no field, or no clear end: nothing is read
        ("Viện nghiên cứu này sẽ công bố kết quả vào tháng sau.", set()),
        ("Viện Nghiên cứu gen và Tế bào Miền Nam cho biết.", set()),
    ],
    "caption_run_on": [
        # a photo line runs into the next sentence without a full stop: the opener is no part of the name
        ("Cháu bé đang được điều trị tại BV Nhi đồng 2 Hiện tại sức khỏe đã ổn định.", {"Bệnh viện Nhi đồng 2"}),
        ("Nạn nhân được đưa vào Bệnh viện Đa khoa tỉnh Hà Tĩnh Bệnh nhân bị đa chấn thương.",
         {"Bệnh viện Đa khoa tỉnh Hà Tĩnh"}),
        # after a proper name, a noun that opens the next sentence; the same noun may start a name
        ("Em được cấp cứu tại Bệnh viện Việt Đức Gia đình em cho biết đã đủ viện phí.", {"Bệnh viện Việt Đức"}),
        ("Hội Nạn nhân chất độc da cam tỉnh Thái Bình thăm các gia đình.",
         {"Hội Nạn nhân chất độc da cam tỉnh Thái Bình"}),
    ],
    "paired_specialty": [
        ("Sản phụ được chuyển đến Bệnh viện Sản - nhi tỉnh Bình Định trong đêm.",
         {"Bệnh viện Sản - nhi tỉnh Bình Định"}),
        ("Bệnh viện Truyền máu - huyết học vừa tiếp nhận 300 đơn vị máu.",
         {"Bệnh viện Truyền máu - huyết học"}),
    ],
    "island_district": [
        ("Tàu cứu hộ nhận đề nghị của UBND huyện đảo Bạch Long Vĩ về việc đưa bệnh nhân vào bờ.",
         {"Ủy ban nhân dân huyện đảo Bạch Long Vĩ"}),
        ("Công an huyện đảo Cô Tô đã bàn giao đối tượng cho cơ quan chức năng.",
         {"Công an huyện đảo Cô Tô"}),
    ],
    "gazetteer_spelling": [
        ("Trưởng ban Ban Bảo vệ Chăm sóc sức khoẻ trung ương đã ký văn bản.",
         {"Ban Bảo vệ, chăm sóc sức khỏe cán bộ Trung ương"}),   # one central board (stop 37)
        ("Ca ghép được Trung tâm Điều phối quốc gia về ghép bộ phận cơ thể người điều phối.",
         {"Trung tâm Điều phối quốc gia về ghép bộ phận cơ thể người"}),
        ("Đại diện Vụ Giám sát, thẩm định và xử lý sau thanh tra đã làm việc với tỉnh.",
         {"Vụ Giám sát, thẩm định và xử lý sau thanh tra"}),
        ("Viện Văcxin và Sinh phẩm y tế Nha Trang đã cung ứng đủ huyết thanh.",
         {"Viện Văcxin và Sinh phẩm y tế Nha Trang"}),
        # the Youth Union's central committee, written in full or short, is one body; the Union is another
        ("Giải thưởng do Trung ương Đoàn TNCS Hồ Chí Minh trao cho 20 thầy thuốc trẻ.",
         {"Trung ương Đoàn TNCS Hồ Chí Minh"}),
        ("Trung ương Đoàn vừa phát động chiến dịch hiến máu mùa hè.", {"Trung ương Đoàn TNCS Hồ Chí Minh"}),
        ("Anh được kết nạp vào Đoàn TNCS Hồ Chí Minh năm 2010.", {"Đoàn Thanh niên Cộng sản Hồ Chí Minh"}),
    ],
}
CASES = [(family, text, expected) for family, rows in FAMILIES.items() for text, expected in rows]


@pytest.mark.parametrize("family,text,expected", CASES,
                         ids=[f"{family}-{i}" for i, (family, _, _) in enumerate(CASES)])
def test_family(family: str, text: str, expected: set[str]) -> None:
    assert names(text) == expected
