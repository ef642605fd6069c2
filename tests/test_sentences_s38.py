"""Sentences, s38: a credit run on into an address term, a degree or a rank before a name resumes
at that word, not at the last capital (which cut the name off its post). Our own sentences."""
from __future__ import annotations

import pytest
from test_press_officials import roles   # the same chain, the same offset check

from extractors import sentences


def split(text: str) -> list[str]:
    return [text[s:e] for s, e in sentences.split(text)]


@pytest.mark.parametrize("text, expected", [
    ("Ảnh: H.Long Ông Trần Văn Hải - Phó Chủ tịch UBND xã Tân Lập cho biết đã hỗ trợ gia đình.",
     "Ông Trần Văn Hải - Phó Chủ tịch UBND xã Tân Lập cho biết đã hỗ trợ gia đình."),
    ("Ảnh: T.Minh ThS Lê Văn Nam, phụ trách Trung tâm Chống độc, Bệnh viện Bạch Mai cho biết thêm.",
     "ThS Lê Văn Nam, phụ trách Trung tâm Chống độc, Bệnh viện Bạch Mai cho biết thêm."),
    ("Ảnh: Q.AN Thượng tá Đỗ Văn Bình, Trưởng Công an huyện Kim Bôi cho biết đã bắt giữ nghi phạm.",
     "Thượng tá Đỗ Văn Bình, Trưởng Công an huyện Kim Bôi cho biết đã bắt giữ nghi phạm."),
    ("Ảnh: Hồng Nhung Bác sĩ Phạm Thu Hà, Trưởng khoa Nhi cho biết trẻ đã qua cơn nguy kịch.",
     "Bác sĩ Phạm Thu Hà, Trưởng khoa Nhi cho biết trẻ đã qua cơn nguy kịch."),
])
def test_credit_resumes_at_a_name_lead(text: str, expected: str) -> None:
    assert split(text) == [expected]


def test_a_post_first_still_resumes_at_the_post() -> None:
    # "Trung" is a photographer's given name here, no rank: the post opens the text
    assert split("Ảnh: Thành Trung Giám đốc Sở Y tế cho biết đã có 12 ca mắc mới trong ngày.") == \
        ["Giám đốc Sở Y tế cho biết đã có 12 ca mắc mới trong ngày."]


def test_the_holder_keeps_the_post_after_a_credit() -> None:
    got = roles("Ảnh: H.Long Ông Trần Văn Hải - Phó Chủ tịch UBND xã Tân Lập cho biết đã hỗ trợ gia đình.")
    assert ("Trần Văn Hải", "Phó Chủ tịch", "Ủy ban nhân dân xã Tân Lập") in got
