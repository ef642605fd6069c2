"""Session 31: dates, legal documents and figures (own sentences in the real style)."""
from __future__ import annotations

from test_ldf_s22 import _dates as _ldf22_dates, _doc
from extractors import figures, legal, organizations


def _figures(text: str) -> list[tuple[str, float, str]]:
    doc = figures.extract(organizations.extract(legal.extract(_doc(text))))
    return [(f.text, f.value, f.unit) for f in doc.figures]


# ---------------------------------------------------------------- figures: children counted in words
def test_children_counted_in_words_s31() -> None:
    assert _figures("Hai em học sinh bị thương đã được đưa đi cấp cứu.") == [("Hai em", 2.0, "em")]
    assert _figures("Ngay sau đó, ba trẻ được đưa vào bệnh viện huyện.") == [("ba trẻ", 3.0, "trẻ")]
    assert _figures("Bốn bé gái đã được xuất viện.") == [("Bốn bé", 4.0, "bé")]
    assert _figures("Sức khỏe của hai cháu đã ổn định.") == []   # optional in the gold: left out


def test_young_men_and_women_counted_in_words_s31() -> None:
    assert _figures("Tài xế bị hai thanh niên dùng dao khống chế.") == [("hai thanh niên", 2.0, "thanh niên")]
    assert _figures("Bờ kè sập đè lên ba phụ nữ đang làm việc.") == [("ba phụ nữ", 3.0, "phụ nữ")]


def test_kin_pairs_are_no_spelled_count_s31() -> None:
    assert _figures("Hai mẹ con đã được xuất viện sáng nay.") == []
    assert _figures("Hai vợ chồng anh đưa con lên bệnh viện tỉnh.") == []


def test_a_rank_before_a_child_is_no_count_s31() -> None:
    assert _figures("Cháu là con thứ hai em gái của anh.") == []


# ---------------------------------------------------------------- figures: cases counted in words
def test_cases_counted_in_words_s31() -> None:
    assert _figures("Hiện khoa đang điều trị cho hai trường hợp mắc sởi.") == [("hai trường hợp", 2.0, "trường hợp")]


def test_cases_of_an_argument_are_no_count_s31() -> None:
    assert _figures("Theo bác sĩ, cần chia ra hai trường hợp để xử lý.") == []
    assert _figures("Khi ngủ quên trên ô tô có hai trường hợp là bật hoặc tắt điều hòa.") == []


# ---------------------------------------------------------------- legal: where an issued title ends
def _legal(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(d.kind, d.number, d.title) for d in legal.extract(_doc(text)).legal_documents]


def test_issued_title_stops_at_a_contrast_or_forecast_s31() -> None:
    assert _legal("Bộ Y tế đã trình Nghị định về tự chủ bệnh viện nhưng Chính phủ yêu cầu dừng.") == [
        ("Nghị định", None, "Nghị định về tự chủ bệnh viện")]
    assert _legal("Bộ sẽ ban hành thông tư hướng dẫn xử lý chất thải y tế, dự kiến vào tháng 8.") == [
        ("Thông tư", None, "thông tư hướng dẫn xử lý chất thải y tế")]


def test_whose_guidance_is_no_title_s31() -> None:
    assert _legal("Bộ Y tế vừa ban hành thông tư hướng dẫn của các bộ liên quan.") == []


# ---------------------------------------------------------------- dates: a day with "năm ngoái"
def _dates(text: str, published: str | None = None) -> list[tuple[str, str, str]]:
    return _ldf22_dates(text, published)


def test_a_day_keeps_its_relative_year_word_s31() -> None:
    got = _dates("Hội nghị diễn ra vào ngày 20 tháng 11 năm ngoái tại Hà Nội.")
    assert [(t, s) for t, s, _ in got] == [("ngày 20 tháng 11 năm ngoái", "XXXX-11-20")]


def test_a_day_last_year_counts_from_the_publication_s31() -> None:
    got = _dates("Hội nghị diễn ra vào ngày 20 tháng 11 năm ngoái tại Hà Nội.", "2019-03-01")
    assert got == [("ngày 20 tháng 11 năm ngoái", "2018-11-20", "2018-11-20")]


# ---------------------------------------------------------------- figures: bare sums received, given, sold
def test_bare_sums_received_given_or_sold_are_money_s31() -> None:
    assert _figures("Cơ quan điều tra làm rõ việc bà S. nhận 500 triệu từ một doanh nghiệp.") == [
        ("500 triệu", 500000000.0, "đồng")]
    assert _figures("Hàng xóm góp được khoảng 4 triệu cho sản phụ đi cấp cứu.") == [
        ("khoảng 4 triệu", 4000000.0, "đồng")]
    assert _figures("Chị bán con bò được 10 triệu để trả tiền viện phí.") == [("10 triệu", 10000000.0, "đồng")]


def test_a_judgement_is_no_receipt_s31() -> None:
    assert _figures("Bộ nhận định 32 triệu sẽ rơi vào tình trạng tương tự.") == []


# ---------------------------------------------------------------- dates: a plan's year is not the article's
def test_a_plans_year_does_not_date_the_article_s31() -> None:
    text = ("Năm 2017, tổng thống tuyên bố sẽ chấm dứt sự lây nhiễm HIV trong nước vào năm 2030. "
            "Cuộc thi diễn ra trong tháng 10 tới tại thủ đô.")
    assert ("tháng 10", "2017-10", "2017-10") in _dates(text)


def test_a_document_number_is_no_year_s31() -> None:
    text = "Người bệnh được miễn cùng chi trả theo Công văn 2039 của Bảo hiểm xã hội. Từ tháng 7, quy định áp dụng."
    assert ("Từ tháng 7", "XXXX-07", "XXXX-07") in _dates(text)


# ---------------------------------------------------------------- figures: no unit opens a clause
def test_conjunctions_and_states_after_a_number_are_no_unit_s31() -> None:
    assert _figures("Giá dịch vụ bị đội lên gấp 5 thậm chí là gấp 10 lần ngày thường.") == [("10 lần", 10.0, "lần")]
    assert _figures("Xe 115 bẹp dúm sau cú đối đầu với xe tải.") == []
    assert _figures("Anh ta đòi bằng được 500 nghìn mặc dù đoàn chưa quay phim.") == [("500 nghìn", 500000.0, "đồng")]
