"""Session 35, second pass: a reviewer's findings in figures and legal documents (own sentences)."""
from __future__ import annotations

from pipeline.extract import extract
from pipeline.records import Article


def _extraction(text: str):
    return extract(Article(source="test", title="", text=text, published="2024-05-10"))


def _figures(text: str) -> list[tuple[str, float, str]]:
    return [(f.text, f.value, f.unit) for f in _extraction(text).figures]


def _legal(text: str) -> list[tuple[str | None, str | None]]:
    return [(d.title, d.issued) for d in _extraction(text).legal_documents]


# ---------------------------------------------------------------- figures: hand-over verbs and counted nouns
def test_a_count_the_sentence_names_is_no_sum_after_a_hand_over_verb() -> None:
    assert _figures("Dịch bệnh đã đưa tổng số ca nhiễm trên thế giới lên hơn 2 triệu.") == [
        ("hơn 2 triệu", 2000000.0, "ca nhiễm")]
    assert _figures("Đến nay số ca mắc đã rút xuống còn 1 triệu.") == [("1 triệu", 1000000.0, "ca mắc")]
    assert _figures("Dịch bệnh đưa số người mắc lên tới 3 triệu.") == [
        ("lên tới 3 triệu", 3000000.0, "người mắc")]


def test_a_hand_over_verb_far_from_the_number_makes_no_sum() -> None:
    assert _figures("Số ca chuyển nặng trên cả nước đã vượt 1 triệu.") == []


def test_a_sum_right_after_the_verb_or_its_object_is_money() -> None:
    assert _figures("Bà rút 10 triệu từ ngân hàng để nộp viện phí.") == [("10 triệu", 10000000.0, "đồng")]
    assert _figures("Mình có gửi mẹ chồng khoảng 200 triệu, còn lại để chồng làm ăn.") == [
        ("khoảng 200 triệu", 200000000.0, "đồng")]
    assert _figures("Tôi đưa hẳn cho anh tài xế 200 nghìn rồi xuống xe.") == [("200 nghìn", 200000.0, "đồng")]


# ---------------------------------------------------------------- legal: a code's abbreviation needs a legal context
def test_capitals_with_no_legal_context_are_no_code() -> None:
    assert _legal("Ban nhạc BLDS biểu diễn tối qua.") == []
    assert _legal("Nhóm nhạc BLDS biểu diễn tại Hà Nội theo lời mời của nhà hát.") == []


def test_an_abbreviation_in_a_legal_context_is_the_code() -> None:
    assert _legal("Theo BLDS, người gây thiệt hại phải bồi thường.") == [("Bộ luật Dân sự (BLDS)", None)]
    assert _legal("Bị cáo bị truy tố về tội cố ý gây thương tích theo BLHS.") == [
        ("Bộ luật Hình sự (BLHS)", None)]
    assert _legal("Những thay đổi trong BLHS 2015 là rất lớn.") == [("Bộ luật Hình sự (BLHS)", "2015")]


def test_the_code_named_earlier_gives_the_abbreviation_its_context_and_title() -> None:
    got = _legal("Bộ luật Hình sự năm 2015 có hiệu lực từ năm 2018. Nhiều người cho rằng BLHS đã thay đổi nhiều.")
    assert got == [("Bộ luật Hình sự", "2015"), ("Bộ luật Hình sự", None)]


def test_a_code_in_full_then_abbreviated_is_one_title_in_the_kb(tmp_path) -> None:
    from pipeline import jobs
    from pipeline.kb import store

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Tòa xử vụ cố ý gây thương tích\n\nBị cáo bị xử theo Bộ luật Hình sự năm 2015. "
        "Theo khoản 2 Điều 134 BLHS, bị cáo phải chịu mức án từ 2 đến 6 năm tù.\n", encoding="utf-8")
    db_path = tmp_path / "kb.sqlite"
    assert jobs.load(db_path, jobs.file_items([folder], "2024-06-01"), "ingest").exit_code == 0
    db = store.open_kb(db_path)
    try:
        titles = {r[0] for r in db.execute("SELECT title FROM legal_documents WHERE kind = 'Bộ luật'")}
    finally:
        db.close()
    assert titles == {"Bộ luật Hình sự"}


# ---------------------------------------------------------------- figures: a year-sized tally after an organisation
def test_a_year_sized_count_after_an_organisation_is_its_tally() -> None:
    assert _figures("Trong đó, Công ty Pfizer 2000 liều, Công ty Moderna 1500 liều được chuyển về Hà Nội.") == [
        ("2000 liều", 2000.0, "liều"), ("1500 liều", 1500.0, "liều")]
    assert _figures("Bệnh viện Bạch Mai 2018 lượt khám trong ngày, Bệnh viện Việt Đức 1500 lượt khám.") == [
        ("2018 lượt khám", 2018.0, "lượt khám"), ("1500 lượt khám", 1500.0, "lượt khám")]


def test_a_year_naming_an_edition_still_counts_nothing() -> None:
    assert _figures("Hội nghị quan chức cấp cao APEC 2017 lần thứ hai diễn ra tại Đà Nẵng.") == []
    assert _figures("Đội tuyển bước vào vòng loại World Cup 2018 khu vực châu Á với nhiều tân binh.") == []


# ---------------------------------------------------------------- figures: "tiền-" (before) opens no sum
def test_millions_before_a_tien_prefixed_medical_word_are_no_money() -> None:
    assert all(unit != "đồng" for _, _, unit in _figures("Thế giới có khoảng 10 triệu tiền sản giật mỗi năm."))
    assert all(unit != "đồng" for _, _, unit in _figures("Nhóm nghiên cứu theo dõi 2 triệu tiền sử dị ứng thuốc."))


def test_millions_of_money_for_something_stay_dong() -> None:
    assert _figures("Bọn bắt cóc đòi 300 triệu tiền chuộc.") == [("300 triệu", 300000000.0, "đồng")]
    assert _figures("Gia đình đã hết 250 triệu tiền viện phí.") == [("250 triệu", 250000000.0, "đồng")]
