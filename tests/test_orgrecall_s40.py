"""Table tests for organisation recall added in session 40, run through the real EXTRACTION chain
with our own sentences. A university whose field the press writes half in lower case ("Trường ĐH
Sư phạm kỹ thuật Vĩnh Long", "Trường ĐH Công nghiệp thực phẩm TP. HCM") keeps the whole field
when its place closes it; a verb or a non-place after the lower-case words leaves the name as the
walker read it. The State Treasury is named on its own ("Kho bạc Nhà nước", "KBNN") and with a
province's or a district's branch ("Kho bạc Nhà nước tỉnh Quảng Nam", "Kho bạc nhà nước huyện
Tân Kỳ"), apart from a department joined to it by "và"; a plural is none. A province whose name
could be a person's ("Hà Nam", "Quảng Ninh") closes a lower-case run inside a name ("Hội Người mù
Hà Nam") as other provinces do, unless a verb opens the run or a known body's whole name precedes it. A company named by its Latin
brand after an executive's post ("Tổng giám đốc Dai-ichi Life Việt Nam") is read, unless the brand
is the executive's own name, an event's, or the document names the company with a head."""
from __future__ import annotations

import pytest
from test_orgs_s20 import names

FAMILIES = {
    "field_tail": [
        ("Năm nay Trường ĐH Sư phạm kỹ thuật Vĩnh Long tuyển 1.200 chỉ tiêu.",
         {"Trường Đại học Sư phạm kỹ thuật Vĩnh Long"}),
        ("Em Lan trúng tuyển Trường đại học Công nghiệp thực phẩm TP. HCM với 24 điểm.",
         {"Trường Đại học Công nghiệp thực phẩm Thành phố Hồ Chí Minh"}),
        ("Trường Đại học Kinh tế công nghiệp Long An công bố điểm chuẩn chiều qua.",
         {"Trường Đại học Kinh tế công nghiệp Long An"}),
        ("Cô từng dạy ở Trường Cao đẳng Văn hóa nghệ thuật Đắk Lắk hơn mười năm.",
         {"Trường Cao đẳng Văn hóa nghệ thuật Đắk Lắk"}),
        # punctuation closes the field too
        ("Hai em đỗ Trường ĐH Sư phạm kỹ thuật, một em đỗ ngành y.", {"Trường Đại học Sư phạm kỹ thuật"}),
        # a dash before the second field, which may be one syllable
        ("Chị tốt nghiệp Trường ĐH Y - dược Cần Thơ năm 2015.", {"Trường Đại học Y - dược Cần Thơ"}),
        ("Thí sinh có thể nộp hồ sơ vào ĐH Kinh tế - tài chính TP. HCM đến hết tháng 8.",
         {"Đại học Kinh tế - tài chính Thành phố Hồ Chí Minh"}),
    ],
    "field_tail_refused": [
        # a verb after the field, then a place: the sentence goes on
        ("Trường Đại học Sư phạm đào tạo giáo viên Hà Nội và các tỉnh lân cận.", {"Trường Đại học Sư phạm"}),
        # lower-case words with no place after them
        ("Trường Đại học Sư phạm kỹ thuật công bố điểm chuẩn.", {"Trường Đại học Sư phạm"}),
        # a dashed field needs its place: "- thông tin" before a colon is the page's heading
        ("Trường ĐH Thành Tây - thông tin tuyển sinh: năm nay trường tuyển 800 chỉ tiêu.",
         {"Trường Đại học Thành Tây"}),
        ("Sinh viên Trường ĐH Y - dược năm nay đông hơn.", {"Trường Đại học Y"}),
        # a field that is a verb too does not open the tail
        ("Nhiều sinh viên Trường Đại học Thủy lợi du lịch Đà Nẵng dịp hè.", {"Trường Đại học Thủy lợi"}),
    ],
    "treasury": [
        ("Trung tâm y tế huyện chưa mở tài khoản ở Kho bạc Nhà nước nên chưa nhận được tiền.",
         {"Kho bạc Nhà nước"}),
        ("Theo Kho bạc Nhà nước tỉnh Quảng Nam, bệnh viện đã được cấp đủ kinh phí.",
         {"Kho bạc Nhà nước tỉnh Quảng Nam"}),
        ("Kế toán bệnh viện đã nộp hồ sơ lên Kho bạc nhà nước huyện Tân Kỳ hôm thứ hai.",
         {"Kho bạc Nhà nước huyện Tân Kỳ"}),
        ("Bộ Tài chính và KBNN đang hoàn thiện thủ tục chi trả.", {"Bộ Tài chính", "Kho bạc Nhà nước"}),
        ("Các kho bạc nhà nước địa phương phải phối hợp với bệnh viện.", set()),
    ],
    "province_closes_run": [
        ("Anh được Hội Người mù Hà Nam giới thiệu đi học nghề xoa bóp.", {"Hội Người mù Hà Nam"}),
        ("Hội Người khuyết tật Quảng Ninh vừa trao 50 xe lăn cho bệnh nhân.", {"Hội Người khuyết tật Quảng Ninh"}),
        ("Công ty Môi trường đô thị Hà Nam đã thu gom rác thải y tế.", {"Công ty Môi trường đô thị Hà Nam"}),
        # a verb after the name, or a known body's whole name: the clause is no part of it
        ("Công ty Formosa bồi thường Hà Tĩnh hơn 500 triệu USD.", {"Công ty Formosa"}),
        ("Thanh tra Chính phủ kiến nghị Hà Nội xử lý các sai phạm ở bệnh viện.", {"Thanh tra Chính phủ"}),
        ("Công ty Cổ phần Dược phẩm Minh Tâm đồng hành Hà Nội trong mùa dịch.",
         {"Công ty Cổ phần Dược phẩm Minh Tâm"}),
    ],
    "executive_brand": [
        ("Bà Trần Thu Hà, Giám đốc điều hành Shopee Việt Nam, cho biết đơn hàng thuốc tăng gấp đôi.",
         {"Shopee Việt Nam"}),
        ("Ông Lê Văn Minh, Tổng giám đốc Dai-ichi Life Việt Nam, trao 500 thẻ bảo hiểm cho bệnh nhi.",
         {"Dai-ichi Life Việt Nam"}),
        ("CEO Apple Tim Cook cho biết hãng sẽ theo dõi nhịp tim người dùng.", {"Apple"}),
        # the executive's own name, an event named for chief executives, a body named in full
        ("CEO Tim Cook cho biết hãng sẽ theo dõi nhịp tim người dùng.", set()),
        ("Tại hội nghị (CEO Summit), các doanh nghiệp bàn về y tế số.", set()),
        ("Tổng công ty Vinaconex góp 5 tỷ đồng. Tổng giám đốc Vinaconex nói đây là việc nên làm.",
         {"Tổng công ty Vinaconex"}),
    ],
}
CASES = [(family, text, want) for family, rows in FAMILIES.items() for text, want in rows]


@pytest.mark.parametrize("family,text,want", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_family(family: str, text: str, want: set[str]) -> None:
    assert names(text) == want
