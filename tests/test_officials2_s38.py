"""Session 38 (officials2), through the real EXTRACTION chain with our own sentences: the
national AIDS, drugs and prostitution committee read whole in each way the press words it,
and the State Auditor General ("Tổng Kiểm toán Nhà nước") tied to Kiểm toán Nhà nước."""
from __future__ import annotations

import pytest
from test_orgs_s20 import names
from test_press_officials import roles

from extractors.orgs.known import known_key



@pytest.mark.parametrize("written", [
    "Ủy ban Quốc gia phòng, chống AIDS và phòng, chống tệ nạn ma túy, mại dâm",
    "Uỷ ban Quốc gia phòng chống AIDS và phòng chống tệ nạn ma tuý, mại dâm",
    "Ủy ban Quốc gia về phòng, chống AIDS và phòng, chống tệ nạn ma túy, mại dâm",
    "Ủy ban Quốc gia về phòng chống HIV / AIDS và tệ nạn ma túy mại dâm",
    "Ủy ban Quốc gia phòng chống AIDS và tệ nạn ma túy, mại dâm",
])
def test_aids_committee_read_whole(written: str) -> None:
    text = f"Chiều 3-4, đoàn công tác của {written} đã làm việc với tỉnh Bình Định về công tác cai nghiện."
    got = {known_key(n) for n in names(text)}
    assert known_key(written) in got
    assert known_key("Ủy ban Quốc gia") not in got


@pytest.mark.parametrize("text, want", [
    ("Tổng Kiểm toán Nhà nước Trần Văn Hùng đã ký quyết định kiểm toán ngân sách tỉnh.",
     ("Trần Văn Hùng", "Tổng Kiểm toán Nhà nước", "Kiểm toán Nhà nước")),
    ("Ông Lê Văn Tâm, Phó Tổng Kiểm toán Nhà nước, cho biết đoàn sẽ làm việc trong 45 ngày.",
     ("Lê Văn Tâm", "Phó Tổng Kiểm toán Nhà nước", "Kiểm toán Nhà nước")),
    ("Phó tổng kiểm toán nhà nước Ngô Thị Hoa đề nghị bộ giải trình các khoản chi.",
     ("Ngô Thị Hoa", "Phó tổng kiểm toán nhà nước", "Kiểm toán Nhà nước")),
])
def test_auditor_general_body(text: str, want: tuple[str, str, str]) -> None:
    assert want in roles(text)


def test_general_title_without_a_known_body_stays_bare() -> None:
    # "Tổng" + words that name no known body: no organisation is invented for the title
    got = roles("Tổng Giám đốc Nguyễn Văn Bình cho biết công ty sẽ mở rộng sản xuất.")
    assert all(org != "Kiểm toán Nhà nước" for _, _, org in got)
    assert ("Nguyễn Văn Bình", "Tổng Giám đốc", "Kiểm toán Nhà nước") not in got
