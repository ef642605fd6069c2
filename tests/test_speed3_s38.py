"""Session 38 speed, round 2: patterns rewritten so the search scans for their first letters
in C (the word start tested after the letter) find what the old patterns found."""
from __future__ import annotations

import pytest

from extractors.dates import _MONTH_RANGE


def _ranges(text: str) -> list[tuple[str, str, str, bool]]:
    return [(m.group(), m.group("m1"), m.group("m2"), bool(m.group("pre")))
            for m in _MONTH_RANGE.finditer(text)]


def test_month_ranges_open_at_a_word_start_with_their_lead_words() -> None:
    text = ("Từ đầu tháng 3 đến cuối tháng 5/2024 trạm tiêm mở cửa; CUỐI THÁNG 6 - 7 tạm nghỉ, "
            "còn xtháng 8-9 và giữatháng 10 - 11 thì không; tháng 1 và 2 năm 2025 sẽ tiếp tục.")
    assert _ranges(text) == [
        ("Từ đầu tháng 3 đến cuối tháng 5/2024", "3", "5", True),
        ("CUỐI THÁNG 6 - 7", "6", "7", True),
        ("tháng 1 và 2 năm 2025", "1", "2", False),
    ]


def test_a_lead_word_without_its_month_leaves_the_month_bare() -> None:
    # "từ" before "ngày" is no lead of the month range that follows; "đầu" glued to a letter none
    got = _ranges("kể từ ngày 3, tháng 4 - 6 giảm; đầutháng 7-8 tăng; Đầu  tháng 9-10 ổn định")
    assert got == [("tháng 4 - 6", "4", "6", False), ("Đầu  tháng 9-10", "9", "10", True)]


def test_a_law_year_is_read_only_where_the_window_holds_a_law_word() -> None:
    from extractors.dates import _law_year
    for text in ("Theo Bộ luật Hình sự năm 2015, hành vi này bị phạt", "Luật Dược 2016 quy định",
                 "Hiến pháp năm 2013 ghi rõ", "đạo Luật liên bang năm 1978 cho phép"):
        assert _law_year(text, text.index("20") if "20" in text else text.index("19")), text
    for text in ("Năm 2015, bệnh viện khám cho 2.000 người", "luậtsư nói năm 2016 đã xong",
                 "Theo Luật Dược, từ năm 2017 các nhà thuốc phải có dược sĩ"):
        assert not _law_year(text, text.index("20")), text


def test_year_words_open_at_a_word_start_in_any_case() -> None:
    from extractors.dates import _YEAR
    text = "NĂM 2019 và tầm  nhìn đến 2030, xnăm 2018, Tầm nhìn 2045; năm 2020-2021 không; năm\t2024."
    got = [(m.group(), m.group("y"), bool(m.group("nam"))) for m in _YEAR.finditer(text)]
    assert got == [("NĂM 2019", "2019", True), ("tầm  nhìn đến 2030", "2030", False),
                   ("Tầm nhìn 2045", "2045", False), ("năm\t2024", "2024", True)]



# (text before a date, its pattern's last words, whether the search runs)
_READ_BACKS = [
    ("quyết định được ban hành ngày ", "_ISSUE_CUE_ENDS", True),
    ("thông tư có hiệu lực kể từ  ", "_ISSUE_CUE_ENDS", True),
    ("bệnh viện tiếp nhận bệnh nhân vào sáng ", "_ISSUE_CUE_ENDS", False),
    ("phải nộp hồ sơ chậm nhất là ", "_DEADLINE_ENDS", True),
    ("mục tiêu đến năm ", "_DEADLINE_ENDS", True),
    ("hội nghị diễn ra sáng ", "_DEADLINE_ENDS", False),
    ("kéo dài tớı ", "_DEADLINE_ENDS", True),   # a dotless i: the search decides
    ("số ca mắc tính đến hết ngày ", "_UNTIL_ENDS", True),
    ("lũy kế tới ", "_UNTIL_ENDS", True),
    ("đoàn công tác làm việc sáng ", "_UNTIL_ENDS", False),
    ("kế hoạch giai đoạn ", "_PERIOD_ENDS", True),
    ("học sinh niên khoá  ", "_PERIOD_ENDS", True),
    ("chương trình bắt đầu từ ngày ", "_PERIOD_ENDS", False),
]


@pytest.mark.parametrize("before,ends,runs", _READ_BACKS)
def test_dollar_ended_cues_are_searched_only_before_their_last_words(before: str, ends: str, runs: bool) -> None:
    from extractors import factdates
    assert factdates._may_end_in(before, getattr(factdates, ends)) is runs
