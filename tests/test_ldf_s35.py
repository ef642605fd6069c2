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


# ---------------------------------------------------------------- figures: sums handed over, sent, cheated out of
def test_bare_sums_handed_over_or_sent_are_money_s35() -> None:
    assert _figures("Người nhà đưa cho điều dưỡng 5 triệu để được ưu tiên.") == [("5 triệu", 5000000.0, "đồng")]
    assert _figures("Chị đã chuyển 20 triệu vào tài khoản của đối tượng.") == [("20 triệu", 20000000.0, "đồng")]
    assert _figures("Nhóm này lừa 100 triệu của người bệnh.") == [("100 triệu", 100000000.0, "đồng")]
    assert _figures("Bị cáo hưởng lợi 300 triệu từ các hợp đồng.") == [("300 triệu", 300000000.0, "đồng")]


def test_a_count_after_a_transport_verb_is_no_sum_s35() -> None:
    assert _figures("Ngành đường sắt vận chuyển 9,8 triệu lượt khách, giảm 1,4 triệu so với năm trước.") == [
        ("9,8 triệu lượt", 9800000.0, "lượt")]


def test_a_sum_sent_with_its_noun_keeps_the_noun_s35() -> None:
    assert _figures("Trung tâm đã chuyển 3 triệu liều vắc xin về các tỉnh.") == [("3 triệu liều vắc xin", 3000000.0, "liều vắc xin")]


# ---------------------------------------------------------------- figures: millions "tiền …" are đồng
def test_millions_of_money_for_something_are_dong_s35() -> None:
    assert _figures("Sau 20 ngày điều trị, gia đình đã hết 250 triệu tiền viện phí.") == [
        ("250 triệu", 250000000.0, "đồng")]
    assert _figures("Người tài xế chỉ nhận 100 nghìn tiền cước.") == [("100 nghìn", 100000.0, "đồng")]


def test_a_plain_count_after_millions_keeps_its_noun_s35() -> None:
    assert _figures("Tỉnh sẽ trồng 1 triệu cây xanh đến năm 2020.") == [("1 triệu cây xanh", 1000000.0, "cây xanh")]


# ---------------------------------------------------------------- figures: a year that names an edition
def test_a_year_naming_an_edition_is_no_count_s35() -> None:
    assert _figures("Đội tuyển bước vào vòng loại World Cup 2018 khu vực châu Á với nhiều tân binh.") == []
    assert _figures("Hội nghị quan chức cấp cao APEC 2017 lần thứ hai diễn ra tại Đà Nẵng.") == []


def test_a_year_sized_count_or_sum_stays_s35() -> None:
    assert _figures("Bệnh viện đã khám cho hơn 2000 người dân trong đợt này.") == [
        ("hơn 2000 người dân", 2000.0, "người dân")]
    assert _figures("Mỗi ca ghép có chi phí dưới 2000 USD.") == [("dưới 2000 USD", 2000.0, "USD")]


# ---------------------------------------------------------------- figures: nouns whose first syllable is a stop word
def test_nouns_opening_with_a_function_syllable_are_counted_s35() -> None:
    assert _figures("Luật quy định 13 hành vi bị nghiêm cấm trong phòng, chống tác hại của rượu, bia.") == [
        ("13 hành vi", 13.0, "hành vi")]
    assert _figures("Khoa xét nghiệm nước với 23 thông số mỗi quý.") == [("23 thông số", 23.0, "thông số")]
    assert _figures("Công an nổ 3 phát súng chỉ thiên để giải tán đám đông.") == [("3 phát súng", 3.0, "phát súng")]


def test_the_verbs_those_syllables_open_stay_no_unit_s35() -> None:
    assert _figures("Năm 2019, đoàn đã kiểm tra và 12 phát hiện sai phạm.") == []
    assert _figures("Bệnh viện tiếp nhận 5 và bàn giao cho tuyến trên.") == []
