"""Table tests for the organisation precision and boundary families of session 33 (helper
orgsb), run through the real EXTRACTION chain with our own sentences: an abbreviation inside a
name is written out, as the gold rules ask ("Chi cục ATVSTP Nghệ An" is the "Chi cục An toàn
vệ sinh thực phẩm Nghệ An", "Hội LHTN Việt Nam" the "Hội Liên hiệp Thanh niên Việt Nam", "Ủy
ban ATGT Quốc gia" the "Ủy ban An toàn giao thông Quốc gia", "UBND TX Từ Sơn" the town's
"Ủy ban nhân dân thị xã Từ Sơn", "Cục CSGT" the "Cục Cảnh sát giao thông", "Ủy ban T.Ư MTTQ Việt
Nam" the "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"), and the abbreviated and written-out
mentions of one body are one organisation under the written-out name; an official's organisation is named the same way; a
name followed by a dash and a person's degree ("Bệnh viện Bạch Mai - TS Nguyễn Trung Nguyên")
ends before the dash (it was dropped whole, as a name ending in a degree); hospitals listed after
one abbreviated head ("các BV tỉnh Long An, Cần Thơ, Phú Yên") are each named with it written out; "Theo" opens the next sentence after a district's name even
before a capital ("… huyện Thanh Bình Theo UBND tỉnh …")."""
from __future__ import annotations

import pytest
from test_orgs_s20 import P, names

from extractors import run
from extractors.doc import Doc
from pipeline.stages import EXTRACTION

FAMILIES = {
    "abbreviation_written_out": [
        ("Tin y tế. Chi cục ATVSTP Nghệ An vừa kiểm tra 30 cơ sở bếp ăn.",
         {"Chi cục An toàn vệ sinh thực phẩm Nghệ An"}),
        ("Tin y tế. Chi cục An toàn vệ sinh thực phẩm Nghệ An cho biết đã lấy mẫu. Chi cục ATVSTP Nghệ An "
         "sẽ công bố kết quả.", {"Chi cục An toàn vệ sinh thực phẩm Nghệ An"}),
        ("Tin y tế. Hội LHTN Việt Nam tổ chức hiến máu tình nguyện.", {"Hội Liên hiệp Thanh niên Việt Nam"}),
        ("Tin y tế. Theo Ủy ban ATGT Quốc gia, số người chết vì tai nạn giảm.",
         {"Ủy ban An toàn giao thông Quốc gia"}),
        # the committee written out and abbreviated in one story: one organisation, written out
        ("Tin y tế. Ủy ban An toàn giao thông Quốc gia vừa họp. Theo Ủy ban ATGT Quốc gia, số vụ giảm.",
         {"Ủy ban An toàn giao thông Quốc gia"}),
        ("Tin y tế. UBND TX Từ Sơn vừa khánh thành trạm y tế mới.", {"Ủy ban nhân dân thị xã Từ Sơn"}),
        ("Tin y tế. Theo Cục CSGT, Bộ Công an, số vụ tai nạn giảm.", {"Cục Cảnh sát giao thông", "Bộ Công an"}),
        ("Tin y tế. Ủy ban T.Ư MTTQ Việt Nam phát động ủng hộ. Ủy ban MTTQ tỉnh Nghệ An hưởng ứng.",
         {"Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "Ủy ban Mặt trận Tổ quốc tỉnh Nghệ An"}),
        # the portfolio abbreviations read before are unchanged
        ("Tin y tế. Chi cục ATTP Hà Nội kiểm tra chợ đầu mối.", {"Chi cục An toàn thực phẩm Hà Nội"}),
    ],
    "listed_hospitals_share_a_written_out_head": [
        ("Tin y tế. Ông tiếp tục thiết kế các BV tỉnh Long An, Cần Thơ, Phú Yên trong nhiều năm.",
         {"Bệnh viện tỉnh Long An", "Bệnh viện tỉnh Cần Thơ", "Bệnh viện tỉnh Phú Yên"}),
    ],
    "sentence_opener_after_a_district": [
        ("Tin y tế. Ông làm việc tại Bệnh viện Đa khoa huyện Thanh Bình Theo UBND tỉnh Đồng Tháp, việc bổ nhiệm "
         "là đúng.", {"Bệnh viện Đa khoa huyện Thanh Bình", "Ủy ban nhân dân tỉnh Đồng Tháp"}),
    ],
    "person_after_a_dash": [
        ("Tin y tế. Bệnh viện Bạch Mai - TS Nguyễn Trung Nguyên cho biết bệnh nhân đã ổn định.",
         {"Bệnh viện Bạch Mai"}),
        ("Tin y tế. Theo Trung tâm Chống độc, Bệnh viện Bạch Mai – BS Lê Văn An, ca bệnh đã ổn định.",
         {"Bệnh viện Bạch Mai"}),
        ("Tin y tế. Bệnh viện Việt Đức - Bác sĩ Trần Văn Bình khẳng định ca mổ thành công.", {"Bệnh viện Việt Đức"}),
        # a dash between two parts of one name still joins them
        ("Tin y tế. Bệnh viện Sản - Nhi Nghệ An tiếp nhận bệnh nhân.", {"Bệnh viện Sản - Nhi Nghệ An"}),
    ],
}


@pytest.mark.parametrize("text,expected", [case for cases in FAMILIES.values() for case in cases])
def test_orgsb_s33_families(text: str, expected: set[str]) -> None:
    assert names(text) == expected


def test_official_of_an_abbreviated_committee_is_written_out() -> None:
    doc = run(Doc(text="Tin y tế. Ông Trần Văn Bình, Phó Chủ tịch Ủy ban ATGT Quốc gia, cho biết số vụ giảm.",
                  published=P), EXTRACTION)
    assert {o.organization for o in doc.officials} == {"Ủy ban An toàn giao thông Quốc gia"}
