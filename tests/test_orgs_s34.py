"""Table tests for organisation families added in session 34 (recall: lower-case names the walker
cut and dropped), run through the real EXTRACTION chain with our own sentences: a lower-case tail
that joins two fields with "và" or a dash is read when a place, the country or a continent closes it
("Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh Bình Định", "Trung tâm Kiểm soát và phòng ngừa
bệnh tật châu Âu", "Trung tâm Chăm sóc bà mẹ - trẻ em Đà Nẵng"), not when a second body follows
"và" or nothing closes it; a lower-case tail closed by a bracket holding only a parent the gazetteer
knows ("(ĐHQG Hà Nội)", "(BHXH Việt Nam)") is read; a school's kind between its level and its name
("Trường THPT chuyên X", "Trường THCS và THPT X", "Trường Tiểu học bán trú X", "trường cao đẳng nghề
X") and the lower-case "trường cao đẳng X" are read; a traffic-safety committee or a city's food-safety
board in lower case or under "Ủy ban" is read when a place or "quốc gia" closes it; a provincial police
department closed by its force in brackets or its traffic department by the province alone is read; a
body written in lower case straight after its head and defined by its bracketed abbreviation is read."""
from __future__ import annotations

import pytest
from test_orgs_s20 import names

FAMILIES = {
    "joined_tail": [
        ("Tin xã hội. Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh Bình Định đã trao 50 suất quà.",
         {"Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh Bình Định"}),
        ("Tin y tế. Theo Trung tâm Kiểm soát và phòng ngừa bệnh tật châu Âu, chưa có ca bệnh nào.",
         {"Trung tâm Kiểm soát và phòng ngừa bệnh tật châu Âu"}),
        ("Tin y tế. Sản phụ được đưa tới Trung tâm Chăm sóc bà mẹ - trẻ em Đà Nẵng để theo dõi.",
         {"Trung tâm Chăm sóc bà mẹ - trẻ em Đà Nẵng"}),
        ("Tin thể thao. Trung tâm Huấn luyện và thi đấu thể dục thể thao tỉnh Nghệ An có 300 vận động viên.",
         {"Trung tâm Huấn luyện và thi đấu thể dục thể thao tỉnh Nghệ An"}),
        # a capitalised second body after "và" is another organisation, not a field
        ("Tin xã hội. Trung tâm Chăm sóc người cao tuổi và Ủy ban nhân dân TP Đà Nẵng đã ký kết.",
         {"Ủy ban nhân dân thành phố Đà Nẵng"}),
        # nothing closes the tail: where the name ends is not known
        ("Tin y tế. Trung tâm Kiểm soát và phòng ngừa bệnh tật cho biết sẽ họp.", set()),
    ],
    "known_parent": [
        ("Tin giáo dục. Ông An, Giám đốc Trung tâm Kiểm định chất lượng giáo dục (ĐHQG Hà Nội), phát biểu.",
         {"Trung tâm Kiểm định chất lượng giáo dục", "Đại học Quốc gia Hà Nội"}),
    ],
    "school_kind": [
        ("Tin giáo dục. Em Lan, học sinh trường THPT chuyên Bắc Ninh, đạt giải nhất.",
         {"Trường THPT chuyên Bắc Ninh"}),
        ("Tin giáo dục. Trường THCS và THPT Hồng Đức tổ chức khám sức khỏe cho học sinh.",
         {"Trường THCS và THPT Hồng Đức"}),
        ("Tin giáo dục. Phụ huynh đã phản ánh với trường Tiểu học và THCS Quang Trung về việc này.",
         {"Trường Tiểu học và THCS Quang Trung"}),
        ("Tin giáo dục. Trường Tiểu học bán trú Sà Phìn có 200 học sinh.",
         {"Trường Tiểu học bán trú Sà Phìn"}),
        ("Tin giáo dục. Sinh viên trường cao đẳng nghề Nam Định đi thực tập.",
         {"Trường Cao đẳng nghề Nam Định"}),
        ("Tin giáo dục. Sinh viên trường cao đẳng Y tế Quảng Ninh tham gia hiến máu.",
         {"Trường Cao đẳng Y tế Quảng Ninh"}),
        # a level, then "và", then a second level with no name: no school
        ("Tin giáo dục. Các trường THCS và THPT trên địa bàn đã khai giảng.", set()),
        # a kind, then a lower-case word (even one opening on an accented letter): no name follows
        ("Tin giáo dục. Trường THCS bán trú đã khai giảng năm học mới.", set()),
        ("Tin giáo dục. Trường THPT chuyên ở Hà Nội có 500 học sinh.", set()),
        ("Tin giáo dục. Trường Cao đẳng nghề đã tuyển sinh 300 học viên.", set()),
        ("Tin giáo dục. Trường THPT và THCS ở xã vùng cao thiếu giáo viên.", set()),
    ],
    "remit_board": [
        ("Tin giao thông. Theo Ban an toàn giao thông tỉnh Quảng Trị, có 2 người bị thương.",
         {"Ban An toàn giao thông tỉnh Quảng Trị"}),
        ("Tin giao thông. Ủy ban An toàn giao thông tỉnh Bình Định đã thăm hỏi gia đình nạn nhân.",
         {"Ủy ban An toàn giao thông tỉnh Bình Định"}),
        ("Tin giao thông. Số liệu đã được gửi Ban ATGT quốc gia để tổng hợp.",
         {"Ủy ban An toàn giao thông quốc gia"}),
        ("Tin y tế. Lãnh đạo Ban quản lý an toàn thực phẩm Hải Phòng cho biết đã lấy mẫu.",
         {"Ban Quản lý an toàn thực phẩm Hải Phòng"}),
        # no place: which committee is not known
        ("Tin giao thông. Ban an toàn giao thông đã hỗ trợ mỗi gia đình 2 triệu đồng.", set()),
    ],
    "police_unit": [
        ("Tin giao thông. Trung tá B, Phó trưởng Phòng CSGT (Công an tỉnh Phú Yên) cho biết đã xử phạt 30 xe.",
         {"Phòng Cảnh sát giao thông Công an tỉnh Phú Yên", "Công an tỉnh Phú Yên"}),
        ("Tin giao thông. Chiếc xe bị tổ tuần tra của Phòng CSGT tỉnh Lạng Sơn dừng lại kiểm tra.",
         {"Phòng Cảnh sát giao thông Công an tỉnh Lạng Sơn"}),
        # a district's police has no such department
        ("Tin giao thông. Phòng CSGT huyện Đức Thọ cho biết.", set()),
    ],
    "defined_name": [
        ("Tin quốc tế. Theo Tổ chức bác sĩ không biên giới (MSF), dịch tả đang lan rộng.",
         {"Tổ chức bác sĩ không biên giới"}),
        ("Tin kinh tế. Hiệp hội chế biến và xuất khẩu thủy sản (VASEP) đã gửi kiến nghị lên Chính phủ.",
         {"Hiệp hội chế biến và xuất khẩu thủy sản", "Chính phủ"}),
        # the procuracy in sentence case, closed by its place or level
        ("Tin pháp luật. Viện kiểm sát nhân dân tỉnh Thanh Hóa đã phê chuẩn quyết định khởi tố.",
         {"Viện Kiểm sát nhân dân tỉnh Thanh Hóa"}),
        ("Tin pháp luật. Viện kiểm sát nhân dân tối cao đã kháng nghị bản án.",
         {"Viện Kiểm sát nhân dân tối cao"}),
        # words of another kind ("Hội đồng xét xử") and a bare prosecutor name no body
        ("Tin pháp luật. Hội đồng xét xử (HĐXX) đã nghe Viện kiểm sát (VKS) luận tội.", set()),
    ],
}

CASES = [(family, text, expected) for family, rows in FAMILIES.items() for text, expected in rows]


@pytest.mark.parametrize("family,text,expected", CASES)
def test_s34_family(family: str, text: str, expected: set[str]) -> None:
    assert names(text) == expected, family
