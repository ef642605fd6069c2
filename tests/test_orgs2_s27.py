"""Session 27 (orgs2): the press's spaced "TT" for Trung tâm ("TT Y tế huyện X", "TT YT X", "TT Kiểm
soát bệnh tật tỉnh X") opens the centre's full name, as "TTYT" does; a minister's short portfolio
("Bộ trưởng Giáo dục NAME", "Thứ trưởng Giao thông NAME") names the whole ministry, but not when the
ministry's full name is written out, no name follows or a country does. Our own sentences, through the real chain."""
from __future__ import annotations

import pytest
from test_orgs_s20 import names

CASES = [
    ("Bác sĩ Trần Văn Hòa, Trưởng khoa Nội, TT Y tế Thái Hà, cho biết bệnh nhân đã ổn.", {"Trung tâm Y tế Thái Hà"}),
    ("Ông Lê Văn Kiên, Giám đốc TT YT huyện Cẩm Xuyên, đã kiểm tra.", {"Trung tâm Y tế huyện Cẩm Xuyên"}),
    ("TT Kiểm soát bệnh tật tỉnh Nghệ An khuyến cáo người dân.", {"Trung tâm Kiểm soát bệnh tật tỉnh Nghệ An"}),
    ("Bộ trưởng Giáo dục Nguyễn Văn An phát biểu tại lễ khai giảng.", {"Bộ Giáo dục và Đào tạo"}),
    ("Thứ trưởng Giao thông Lê Văn Bình kiểm tra công trình.", {"Bộ Giao thông vận tải"}),
    ("Bộ trưởng Nông nghiệp Trần Văn Cường làm việc với tỉnh.", {"Bộ Nông nghiệp và Phát triển nông thôn"}),
    ("Bộ trưởng Văn hoá Hoàng Văn Dũng dự lễ hội.", {"Bộ Văn hóa, Thể thao và Du lịch"}),
    ("Bộ trưởng Tài nguyên Phạm Văn Em, Bộ trưởng Kế hoạch Đầu tư Lê Văn Phúc cùng dự.",
     {"Bộ Tài nguyên và Môi trường", "Bộ Kế hoạch và Đầu tư"}),
    ("Thứ trưởng Tài nguyên Môi trường Võ Văn Giang kiểm tra bãi rác.", {"Bộ Tài nguyên và Môi trường"}),
    # the full name written out stays as written
    ("Bộ trưởng Giáo dục và Đào tạo Nguyễn Văn An trả lời chất vấn.", {"Bộ Giáo dục và Đào tạo"}),
    ("Thứ trưởng Văn hóa, Thể thao và Du lịch Lê Văn Khoa dự.", {"Bộ Văn hóa, Thể thao và Du lịch"}),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_spaced_centre_and_short_ministry_s27(text: str, expected: set[str]) -> None:
    assert expected <= names(text)


def test_short_portfolio_without_a_name_is_not_expanded_s27() -> None:
    # no capitalised name after it: the expansion does not fire
    assert "Bộ Giáo dục và Đào tạo" not in names("Bộ trưởng Giáo dục cho biết sẽ sửa quy chế.")


def test_foreign_ministry_is_not_expanded_s27() -> None:
    # a country after the portfolio: that country's ministry, not Vietnam's
    assert "Bộ Văn hóa, Thể thao và Du lịch" not in names("Bộ trưởng Văn hoá Pháp Marie Dubois thăm Huế.")
