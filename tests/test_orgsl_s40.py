"""Table tests for names that go on in lower case until a country closes them (session 40, issue 9),
run through the real EXTRACTION chain with our own sentences. A centre whose remit the press
writes half in lower case ("Trung tâm Bảo vệ quyền tác giả âm nhạc Việt Nam") keeps it when a
country follows at once; a run of six words a country closes is a company's name too ("Tổng công ty
Đầu tư phát triển đường cao tốc Việt Nam", whose capital "Đ" no longer reads as a lower-case word
that makes the name "a Vietnamese company"). A verb or a function word in the run is a clause, and
so is a run after a two-word proper name ("Công ty Xăng dầu Sơn Tây chi viện Hà Nam …")."""
from __future__ import annotations

import pytest
from test_orgs_s20 import names

from extractors.orgs.country_runs import country_run_end

FAMILIES = {
    "country_run": [
        ("Bà Lan làm việc ở Trung tâm Bảo vệ quyền tác giả âm nhạc Việt Nam đã mười năm.",
         {"Trung tâm Bảo vệ quyền tác giả âm nhạc Việt Nam"}),
        ("Theo Trung tâm Nghiên cứu Đa dạng sinh học Đức, loài này đang giảm nhanh.",
         {"Trung tâm Nghiên cứu Đa dạng sinh học Đức"}),
        ("Đại diện Tổng công ty Đầu tư phát triển đường cao tốc Việt Nam cho biết tuyến đường sẽ thông xe.",
         {"Tổng công ty Đầu tư phát triển đường cao tốc Việt Nam"}),
    ],
    "country_run_refused": [
        # a function word before the country: the sentence goes on
        ("Trung tâm Y tế huyện Bình Chánh phối hợp với Nhật Bản tập huấn cho cán bộ.",
         {"Trung tâm Y tế huyện Bình Chánh"}),
        # a verb opens the run
        ("Trung tâm Y tế Bình Chánh khám bệnh cho người Việt Nam tại chỗ.", {"Trung tâm Y tế Bình Chánh"}),
    ],
    # review_2 item 5: after a two-word proper name a person-like province closes no run
    "proper_pair_then_clause": [
        ("Công ty Cổ phần Vật tư Hà Tây cùng Hà Nội chống dịch suốt tháng qua.", {"Công ty Cổ phần Vật tư Hà Tây"}),
        ("Công ty Xăng dầu Sơn Tây chi viện Hà Nam 10 tấn hàng.", {"Công ty Xăng dầu Sơn Tây"}),
        # a legal form or a field's first syllable before the run is no proper name
        ("Công ty TNHH MTV Cấp nước Hà Nam vừa thay đường ống.", {"Công ty TNHH MTV Cấp nước Hà Nam"}),
        ("Hội Người khiếm thị Hà Nam tổ chức đại hội.", {"Hội Người khiếm thị Hà Nam"}),
    ],
    # review_2 item 6: punctuation closes a school's field unless a list of fields goes on after it
    "field_list": [
        ("Sinh viên Trường ĐH Sư phạm Kỹ thuật nông nghiệp, thủy sản và môi trường được miễn học phí.",
         {"Trường Đại học Sư phạm Kỹ thuật"}),
        ("Các ngành của Trường ĐH Công nghiệp thực phẩm, và cả ngành y, đều tuyển thêm.",
         {"Trường Đại học Công nghiệp"}),
        ("Năm nay Trường ĐH Sư phạm kỹ thuật, trường tôi theo học, tuyển thêm 300 chỉ tiêu.",
         {"Trường Đại học Sư phạm kỹ thuật"}),
    ],
}
CASES = [(family, text, want) for family, rows in FAMILIES.items() for text, want in rows]


@pytest.mark.parametrize("family,text,want", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_family(family: str, text: str, want: set[str]) -> None:
    assert names(text) == want


def test_run_needs_a_country_at_once() -> None:
    text = "Trung tâm Chăm sóc trẻ sơ sinh Hà Nội"   # a province is no country
    assert country_run_end(text, text.index("trẻ"), len(text)) is None
    text = "Trung tâm Chăm sóc trẻ sơ sinh Hàn Quốc"
    assert country_run_end(text, text.index("trẻ"), len(text)) == text.index(" Hàn")


def test_run_of_seven_words_is_too_long() -> None:
    text = "Trung tâm Nghiên cứu sinh học phân tử tế bào gốc ung Việt Nam"
    assert country_run_end(text, text.index("sinh"), len(text)) is None
