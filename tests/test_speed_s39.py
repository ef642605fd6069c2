"""Session 39 speed edits in dates: the look-behind tests and label cores open on one
case-sensitive branch per first letter (the search scans for those letters in C), and a
sentence with no "19dd"/"20dd" skips the full-date scans. Each answers as the plain
IGNORECASE alternation it replaces, odd folds ("ſ" for "s") included."""
from __future__ import annotations

import re

from extractors import dates
from extractors.dates import _AHEAD_BEFORE, _CORE, _LABEL_MONTH, YearContext, _Scanner

# the alternation _AHEAD_BEFORE was written as before session 39
_PLAIN_AHEAD = re.compile(
    r"(?:hiệu\s+lực(?:\s+thi\s+hành)?(?:\s+kể)?\s+từ|có\s+giá\s+trị\s+(?:đến|tới)"
    r"|(?<!\w)hạn(?:\s+[^\W\d_]+){0,2}\s+(?:đến|tới)|(?<!\w)(?:hạn\s+(?:sử\s+dụng|dùng)|HSD)(?:\s*:|\s+(?:là|hết))?"
    r"|từ\s+nay\s+(?:đến|tới)|chậm\s+nhất(?:\s+là)?"
    r"|dự\s+kiến(?:\s+(?:vào|từ|đến|tới))?|sẽ(?:\s+bắt\s+đầu)?\s+(?:từ|vào)"
    r"|(?<!\w)sẽ(?:\s+[^\W\d_]+){1,6}\s+(?:vào|từ|đến|tới|trong))"
    r"\s+(?:(?:hết\s+)?ngày\s+|tháng\s+)?$", re.IGNORECASE)
_PLAIN_LABEL = re.compile(r"(?:xuất|dùng|hạn|NSX|HSD)\s*:?\s*(?:(?:đến|tới)\s+)?(?:tháng\s+)?"
                          r"\d{1,2}[/.\-](?:19|20)\d\d", re.IGNORECASE)


def _found(sentence: str, scan: str, month: int = 5) -> list[tuple[str, str, str]]:
    """(text, start, end) of what one _Scanner method finds in a sentence of an article
    published in `month` 2024."""
    scanner = _Scanner(YearContext(2024, month, "published"), sentence, 0)
    getattr(scanner, scan)()
    return [(sentence[c.start:c.end], c.date_start, c.date_end) for c in scanner.out]


def test_ahead_words_read_as_the_plain_alternation() -> None:
    befores = ["Quy định mới có hiệu lực thi hành kể từ ngày ", "Lô thuốc này có hạn sử dụng đến ",
               "Sản phẩm ghi HSD: ", "Sản phẩm ghi hſd là ", "nhưng thời hạn nộp hồ sơ đến hết ngày ",
               "Bệnh viện sẽ hoàn thành việc sửa chữa vào tháng ", "Dự án ſẽ khởi công vào ",
               "Chương trình dự kiến từ ", "Trạm y tế phường Tân Hạn đến ", "Ông cho biết mạng xã hội ",
               "Hội nghị tổ chức ngày ", "Kế hoạch chạy đến cuối năm, thiếu hạn ", "Người bệnh lạ đến tới "]
    for before in befores:
        assert bool(_AHEAD_BEFORE.search(before)) == bool(_PLAIN_AHEAD.search(before)), before
    assert _AHEAD_BEFORE.search(befores[0]) and _AHEAD_BEFORE.search(befores[3])
    assert not _AHEAD_BEFORE.search(befores[9])


def test_label_core_reads_as_the_plain_alternation() -> None:
    core = _CORE[_LABEL_MONTH]
    for text in ["Hộp sữa ghi ngày sản xuất 4.2021 và hạn dùng 3/2023.", "Trên bao bì có in NſX: 12-2020.",
                 "Cơ sở hết hạn tới tháng 5/2022 mà chưa gia hạn.", "Công ty xuất 300 tấn hàng năm 2019.",
                 "Tỷ lệ 2/2019 là thấp."]:
        assert bool(core.search(text)) == bool(_PLAIN_LABEL.search(text)), text
    assert not core.search("Công ty xuất 300 tấn hàng năm 2019.")


def test_full_dates_only_where_a_year_is_written() -> None:
    assert _found("Sáng 12/3/2024, đoàn công tác làm việc tại Sở Y tế.", "full_dates") == [
        ("Sáng 12/3/2024", "2024-03-12", "2024-03-12")]
    assert _found("Ngày 5/8 năm 2023 và 2023-09-01, bệnh viện khai trương.", "full_dates") == [
        ("Ngày 5/8 năm 2023", "2023-08-05", "2023-08-05"), ("2023-09-01", "2023-09-01", "2023-09-01")]
    sentence = "Sáng 12/3, đoàn công tác làm việc tại 12 trạm y tế."
    assert not dates.text_cues(sentence) & dates.YEAR
    assert _found(sentence, "full_dates") == []


def test_two_day_months_cue_counts_separators() -> None:
    assert dates.text_cues("Từ 28/12/2024 - 3/1/2025, bệnh viện tạm dừng tiếp nhận.") & dates.TWO_DAY_MONTHS
    assert not dates.text_cues("Ngày 28/12, bệnh viện tạm dừng tiếp nhận.") & dates.TWO_DAY_MONTHS


def test_ranges_of_two_day_months_still_read() -> None:
    assert _found("Hội chợ diễn ra từ ngày 5/8 đến ngày 9/8/2024 tại Hà Nội.", "ranges_x") == [
        ("từ ngày 5/8 đến ngày 9/8/2024", "2024-08-05", "2024-08-09")]
    assert _found("Hội chợ diễn ra ngày 5/8 tại Hà Nội.", "ranges_x") == []


def test_speech_and_doc_number_read_as_before() -> None:
    from extractors.factdates import _DOC_NUMBER_BEFORE, _SPEECH, _SPEECH_MARK
    assert _SPEECH.search("Giám đốc Sở Y tế khẳng định với phóng viên")
    assert _SPEECH.search("ông KỂ LẠI rằng")
    assert not _SPEECH.search("ông Trần Văn Nóiđiều hành")
    assert _SPEECH_MARK.search("Ông cho hay: “bệnh viện đã") and not _SPEECH_MARK.search("bệnh viện đã tiếp nhận")
    assert _DOC_NUMBER_BEFORE.search("theo quyết định số 1234/qđ-byt ngày ")
    assert _DOC_NUMBER_BEFORE.search("thông tư 12/2020/tt-byt của bộ y tế được ban hành ngày ")
    assert not _DOC_NUMBER_BEFORE.search("bệnh viện đã tiếp nhận 12 ca vào ngày ")


def test_counted_bare_months_skipped_whatever_the_spaces_before() -> None:
    assert _found("Trong tháng 3, bệnh viện tiếp nhận 40 ca.", "months") == [("tháng 3", "2024-03", "2024-03")]
    assert _found("Thuốc được cấp mỗi   tháng 3 hộp cho người bệnh.", "months") == []
    assert _found("Người bệnh tái khám sau 2 \u2003 tháng 4 lần mỗi năm.", "months") == []
    assert _found("Trong tháng 3 lần đầu tiên bệnh viện ghép gan.", "months") == []


def test_day_thang_reads_both_shapes_after_one_core_search() -> None:
    assert _found("Hội thảo diễn ra ngày 9 và 10 tháng 8 tại Huế.", "day_thang", 9) == [
        ("ngày 9 và 10 tháng 8", "2024-08-09", "2024-08-10")]
    assert _found("Sáng 29 tháng 5, đoàn đến thăm trạm y tế.", "day_thang", 9) == [
        ("Sáng 29 tháng 5", "2024-05-29", "2024-05-29")]
    assert _found("Trong tháng 5, đoàn đến thăm 29 trạm y tế.", "day_thang", 9) == []
