"""Table tests for organisation short forms of session 38 (helper orgs3), run through the real
EXTRACTION chain with our own sentences: what a Hội or Hiệp hội stands for, abbreviated, is
written out as the gold rules ask ("Hội CCB xã …" is the "Hội Cựu chiến binh xã …", "Hiệp hội
BĐS" the "Hiệp hội Bất động sản", "Hội LHPN" the "Hội Liên hiệp Phụ nữ", "Hội VHNT" the "Hội Văn
học Nghệ thuật"), and both forms in one story are one organisation; a department named by the first
words of its portfolio ("Sở Giao thông Cần Thơ") beside its full name in the story is that one body."""
from __future__ import annotations

import pytest
from test_orgs_s20 import names

FAMILIES = {
    "association_abbreviation_written_out": [
        ("Tin y tế. Hội CCB xã Tân Phú trao 20 suất quà cho người bệnh.", {"Hội Cựu chiến binh xã Tân Phú"}),
        ("Tin y tế. Theo Hiệp hội BĐS TP.HCM, nhiều dự án nhà ở xã hội chậm tiến độ.",
         {"Hiệp hội Bất động sản Thành phố Hồ Chí Minh"}),
        ("Tin y tế. Hội LHPN tỉnh Quảng Trị phối hợp khám bệnh miễn phí cho phụ nữ.",
         {"Hội Liên hiệp Phụ nữ tỉnh Quảng Trị"}),
        ("Tin y tế. Hội VHNT tỉnh Bình Định tổ chức trại sáng tác về ngành y.",
         {"Hội Văn học Nghệ thuật tỉnh Bình Định"}),
        ("Tin y tế. Hiệp hội DN tỉnh Nam Định trao 500 suất quà cho bệnh nhân nghèo.",
         {"Hiệp hội Doanh nghiệp tỉnh Nam Định"}),
        # after a company's own words the subject is written out, but "Dịch vụ BĐS" opens no "Vụ"
        ("Tin y tế. Công ty TNHH Thương mại và Dịch vụ BĐS Hưng Thịnh tài trợ 50 triệu đồng.",
         {"Công ty TNHH Thương mại và Dịch vụ Bất động sản Hưng Thịnh"}),
        # written out and abbreviated in one story: one organisation, written out
        ("Tin y tế. Hiệp hội Bất động sản Việt Nam vừa họp. Hiệp hội BĐS Việt Nam kiến nghị giảm thuế.",
         {"Hiệp hội Bất động sản Việt Nam"}),
    ],
    "department_short_portfolio_takes_the_full_name": [
        ("Tin y tế. Sở Giao thông Vận tải Cần Thơ vừa cấm đường. Lãnh đạo Sở Giao thông Cần Thơ cho biết "
         "xe cứu thương vẫn được đi.", {"Sở Giao thông Vận tải Cần Thơ"}),
        ("Tin y tế. Sở GD&ĐT Bến Tre yêu cầu các trường khám sức khỏe học sinh. Sở Giáo dục Bến Tre cũng "
         "nhắc phụ huynh.", {"Sở Giáo dục và Đào tạo Bến Tre"}),
        # alone, or beside another place's department, the short form stays as written
        ("Tin y tế. Sở Giao thông Cần Thơ cho biết xe cứu thương vẫn được đi.", {"Sở Giao thông Cần Thơ"}),
        ("Tin y tế. Sở Giao thông Vận tải Hậu Giang họp. Sở Giao thông Cần Thơ cho biết xe vẫn đi.",
         {"Sở Giao thông Vận tải Hậu Giang", "Sở Giao thông Cần Thơ"}),
    ],
    "abbreviation_outside_a_name_is_no_body": [
        ("Tin y tế. Thị trường BĐS chững lại, nhiều CCB vẫn đi khám định kỳ.", set()),
    ],
}

CASES = [(family, text, want) for family, rows in FAMILIES.items() for text, want in rows]


@pytest.mark.parametrize("family,text,want", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_family(family: str, text: str, want: set[str]) -> None:
    assert names(text) == want
