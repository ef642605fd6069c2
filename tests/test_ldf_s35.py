"""Session 35: dates, legal documents and figures (own sentences in the real style)."""
from __future__ import annotations

from test_ldf_s22 import _doc
from test_ldf_s31 import _figures, _legal
from extractors import figures, legal, organizations


# ---------------------------------------------------------------- figures: outside the article's sentences
def test_a_spelled_count_on_a_related_link_line_is_no_figure_s35() -> None:
    text = ("Bệnh viện tiếp nhận nhiều ca cấp cứu trong dịp lễ.\n"
            "Xem thêm: Phòng khám bị tố vì hai bác sĩ không có chứng chỉ\nTheo Tuổi Trẻ")
    doc = figures.extract(organizations.extract(legal.extract(_doc(text))))
    assert doc.figures == []
    assert all(0 <= f.sentence < len(doc.sentences) for f in doc.figures)


def test_a_spelled_count_inside_a_sentence_stays_s35() -> None:
    assert _figures("Sáng nay, hai bác sĩ bị hành hung tại phòng khám.") == [("hai bác sĩ", 2.0, "bác sĩ")]


# ---------------------------------------------------------------- legal: codes by their abbreviations
def test_the_criminal_code_by_its_abbreviation_s35() -> None:
    assert _legal("Hành vi này vi phạm khoản 2 Điều 134 BLHS năm 2015.") == [
        ("Bộ luật", None, "Bộ luật Hình sự (BLHS)")]
    assert _legal("Theo Điều 88 BLTTHS, luật sư được gặp thân chủ.") == [
        ("Bộ luật", None, "Bộ luật Tố tụng hình sự (BLTTHS)")]


def test_the_abbreviation_keeps_the_year_it_is_written_with_s35() -> None:
    doc = legal.extract(_doc("Bị cáo bị xử theo Điều 93 BLHS 1999 về tội giết người."))
    assert [(d.text, d.issued, d.issuer) for d in doc.legal_documents] == [("BLHS 1999", "1999", "Quốc hội")]


def test_an_abbreviation_in_brackets_after_the_name_is_the_same_mention_s35() -> None:
    got = _legal("Bộ luật Hình sự (BLHS) năm 2015 có nhiều điểm mới, Điều 19 BLHS là một ví dụ.")
    assert got == [("Bộ luật", None, "Bộ luật Hình sự"), ("Bộ luật", None, "Bộ luật Hình sự")]


def test_a_word_that_starts_with_the_letters_is_no_code_s35() -> None:
    assert _legal("Công ty BLHSX có ba chi nhánh ở Hà Nội.") == []
