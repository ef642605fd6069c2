"""Dates, s18: the year in a law's name ("Bộ luật Hình sự năm 2015", "Luật Dược năm 2016")
dates nothing, and gives no year to a year-less date; a year after a clause about a law
still does. A day and month spaced around the dash after a day word ("ngày 18 - 5",
"Chiều 29 -1", "hai ngày 1 và 2 -9") is a date; a count's range is not. Our own sentences."""
from __future__ import annotations

import pytest

from extractors import dates, sentences, textnorm
from extractors.doc import Doc


def found(text: str, published: str | None = None) -> list[tuple[str, str, str]]:
    doc = sentences.split_sentences(textnorm.normalise(Doc(text=text, published=published)))
    return [(d.text, d.date_start, d.date_end) for d in dates.extract(doc).dates]


CASES = [
    ("Cơ sở bị xử phạt theo Luật An toàn thực phẩm năm 2010 và Nghị định của Chính phủ.", []),
    ("Bị can bị khởi tố theo khoản 1 Điều 174 Bộ luật Hình sự năm 2015.", []),
    ("Hành vi này bị xử lý theo Điều 157 Bộ luật Hình sự năm 1999, sửa đổi bổ sung năm 2009.", []),
    ("Nhiều cử tri góp ý về Luật Bảo hiểm y tế sửa đổi năm 2014 tại buổi tiếp xúc.", []),
    ("Hiến pháp năm 2013 ghi nhận quyền được bảo vệ sức khỏe của mọi người.", []),
    # the law's year sets no year for "ngày 12/3"
    ("Ngày 12/3, công an tỉnh khởi tố vụ án theo Điều 192 Bộ luật Hình sự năm 2015.",
     [("Ngày 12/3", "XXXX-03-12", "XXXX-03-12")]),
    # a clause about a law: the year dates an event
    ("Luật Dược được Quốc hội thông qua vào năm 2016.", [("năm 2016", "2016", "2016")]),
    ("Luật có hiệu lực từ năm 2018 trên cả nước.", [("năm 2018", "2018", "2018")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_law_years(text: str, expected: list) -> None:
    assert found(text) == expected


SPACED = [
    ("Ngày 14 - 3, Sở Y tế tổ chức hội nghị tổng kết.", [("Ngày 14 - 3", "XXXX-03-14", "XXXX-03-14")]),
    ("Bệnh nhân nhập viện lúc 9h sáng 27 -10 trong tình trạng hôn mê.",
     [("sáng 27 -10", "XXXX-10-27", "XXXX-10-27")]),
    ("Trong hai ngày 6 và 7 - 11, đoàn bác sĩ khám cho 400 người dân.",
     [("ngày 6 và 7 - 11", "XXXX-11-06", "XXXX-11-07")]),
    ("Mỗi ngày 2 - 3 lần, bệnh nhân phải uống thuốc.", []),
    ("Khoa tiếp nhận 5 - 7 ca mỗi tuần.", []),
]


@pytest.mark.parametrize("text,expected", SPACED)
def test_spaced_day_month(text: str, expected: list) -> None:
    assert found(text) == expected
