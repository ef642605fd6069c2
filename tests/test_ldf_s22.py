"""Session 22: dates, legal documents and figures (own sentences in the real style)."""
from __future__ import annotations

import pytest

from extractors import dates, figures, legal, sentences, textnorm
from extractors.doc import Doc


def _doc(text: str, published: str | None = None) -> Doc:
    doc = sentences.split_sentences(textnorm.normalise(Doc(text=text, published=published)))
    return dates.extract(doc)


def _dates(text: str, published: str | None = None) -> list[tuple[str, str, str]]:
    return [(d.text, d.date_start, d.date_end) for d in _doc(text, published).dates]


def _figures(text: str) -> list[tuple[str, float, str]]:
    doc = figures.extract(legal.extract(_doc(text, "2024-05-10")))
    return [(f.text, f.value, f.unit) for f in doc.figures]


# ---------------------------------------------------------------- dates
def test_third_date_of_a_list_is_a_date():
    got = _dates("Đoàn kiểm tra làm việc tại trạm y tế xã vào các ngày 4-3, 18-3 và 2-4.", "2024-05-10")
    assert ("2-4", "2024-04-02", "2024-04-02") in got
    assert ("18-3", "2024-03-18", "2024-03-18") in got


def test_list_of_three_with_slashes():
    got = _dates("Bệnh nhân tái khám ngày 3/6, 17/6 và 1/7 tại khoa Nội.", "2024-07-10")
    assert [g[1] for g in got] == ["2024-06-03", "2024-06-17", "2024-07-01"]


def test_a_fraction_after_a_date_is_no_list():
    got = _dates("Ngày 5/4, tỷ lệ 2/5 và 3/5 số xã đạt chuẩn.", "2024-05-10")
    assert [g[0] for g in got] == ["Ngày 5/4"]


def test_one_of_two_days():
    assert _dates("Đoàn công tác dự kiến đến tỉnh vào ngày 14 hoặc 15/6.", "2024-05-10") == [
        ("ngày 14 hoặc 15/6", "2024-06-14", "2024-06-15")]
    assert _dates("Hội nghị diễn ra ngày 9/6 hoặc 10/6.", "2024-05-10") == [
        ("ngày 9/6 hoặc 10/6", "2024-06-09", "2024-06-10")]


def test_a_score_with_or_is_no_date():
    assert _dates("Đội nhà có thể thắng 2-0 hoặc 3-1 trong trận này.", "2024-05-10") == []


@pytest.mark.parametrize("text, first", [
    # "từ năm Y đến nay" is no year of the article's, only a floor under it
    ("Hội chợ thiết bị y tế ASIAMED 2023 khai mạc từ ngày 7-9/6 tại Hà Nội.\n"
     "Ban tổ chức cho biết từ năm 2001 đến nay hội chợ đã thu hút hàng nghìn doanh nghiệp.",
     ("từ ngày 7-9/6", "2023-06-07", "2023-06-09")),
    ("Ngày 12-4, Sở Y tế cho biết số vụ ngộ độc tăng mạnh từ năm 2021 đến nay.\n"
     "Trong năm 2015 tỉnh chỉ ghi nhận 3 vụ.", ("Ngày 12-4", "2021-04-12", "2021-04-12")),
    # an anniversary whose span adds up gives its last year; one that does not, nothing
    ("Ngày 27/2, Bệnh viện tỉnh tổ chức lễ kỷ niệm 50 năm thành lập (1974 - 2024).\n"
     "Ngày 3/1/1974, Ủy ban hành chính tỉnh ra quyết định thành lập bệnh viện.",
     ("Ngày 27/2", "2024-02-27", "2024-02-27")),
    ("Ngày 27/2, bệnh viện kỷ niệm 40 năm thành lập (1974 - 2024).\n"
     "Ngày 3/1/1974, tỉnh ra quyết định thành lập bệnh viện.", ("Ngày 27/2", "1974-02-27", "1974-02-27")),
    # a birth year dates a person, not the article; an enrolment year does
    ("Ngày 9/3, chị Nguyễn Thị H. (sinh năm 1990) nhập viện trong tình trạng nguy kịch.",
     ("Ngày 9/3", "XXXX-03-09", "XXXX-03-09")),
    ("Bệnh nhân Trần Văn T., SN 1975, được chuyển viện giữa tháng 8.", ("tháng 8", "XXXX-08", "XXXX-08")),
    ("Ngày 9/3, trường công bố phương án tuyển sinh năm 2025.", ("Ngày 9/3", "2025-03-09", "2025-03-09")),
])
def test_year_of_an_undated_article(text, first):
    assert _dates(text)[0] == first


# ---------------------------------------------------------------- legal
def test_abbreviated_law_is_spelled_out():
    doc = legal.extract(_doc("Theo Luật BHXH, người lao động được hưởng chế độ ốm đau."))
    assert [(d.kind, d.title) for d in doc.legal_documents] == [("Luật", "Luật Bảo hiểm xã hội (BHXH)")]


def test_scheme_named_by_a_policy_verb():
    doc = legal.extract(_doc("Bộ đang xây dựng Đề án đổi mới cơ chế tài chính, tổ chức bộ máy của "
                             "các bệnh viện công lập."))
    assert [(d.kind, d.title) for d in doc.legal_documents] == [
        ("Đề án", "Đề án đổi mới cơ chế tài chính, tổ chức bộ máy của các bệnh viện công lập")]


def test_scheme_with_its_period_keeps_the_period():
    doc = legal.extract(_doc("Tỉnh triển khai Đề án phát triển y tế biển đảo giai đoạn 2021-2025."))
    assert [d.title for d in doc.legal_documents] == ["Đề án phát triển y tế biển đảo giai đoạn 2021-2025"]


def test_law_on_grassroots_democracy_is_whole():
    doc = legal.extract(_doc("Xã triển khai Luật Thực hiện dân chủ cơ sở năm 2022 đến từng thôn."))
    assert [d.title for d in doc.legal_documents] == ["Luật Thực hiện dân chủ cơ sở"]


# ---------------------------------------------------------------- figures
def test_comma_groups_thousands_in_dong():
    assert ("185,000 đồng", 185000.0, "đồng") in _figures("Giá vị thuốc này là 185,000 đồng/kg tại chợ.")


def test_comma_is_a_decimal_before_a_multiplier():
    assert ("1,250 tỷ đồng", 1_250_000_000.0, "đồng") in _figures("Dự án có tổng vốn 1,250 tỷ đồng.")


def test_rate_per_minute():
    # session 24: a patient's pulse or breathing rate is no figure (gold: optional, 7 of 7)
    got = _figures("Khi nhập viện, bé có mạch 120 lần/phút, nhịp thở 40 lần/ phút và được tiêm 2 lần.")
    assert got == [("2 lần", 2.0, "lần")]



def test_a_date_after_a_glued_photo_credit_opens_the_text():
    text = ("Bà T. trình bày tại tòa. Ảnh: H.LONG Ngày 14-3-2019, bà T. nộp đơn kiện bệnh viện "
            "đòi bồi thường thiệt hại do sức khỏe bị xâm phạm.")
    assert ("Ngày 14-3-2019", "2019-03-14", "2019-03-14") in _dates(text)


def test_a_credit_name_still_ends_before_running_text():
    text = ("Ảnh: Minh Anh Các bác sĩ đã phẫu thuật thành công cho bệnh nhân trong đêm qua "
            "sau gần sáu giờ.")
    doc = _doc(text)
    assert doc.text[doc.sentences[0].start:].startswith("Các bác sĩ")
