"""Legal, s37: codes whose issuer's initials are joined by "&" ("TT-BGD&ĐT") or whose number
carries a letter ("30a/2008/NQ-CP") keep the whole number; a secret letter ("công văn mật số
41") is numbered like an urgent one; an unlisted law against an evil keeps "Phòng, chống" with
its comma. Our own sentences."""
from __future__ import annotations

from extractors import legal, sentences, textnorm
from extractors.doc import Doc


def numbered(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = sentences.split_sentences(textnorm.normalise(Doc(text=text, published="2019-04")))
    return [(d.kind, d.number, d.issuer) for d in legal.extract(doc).legal_documents]


def test_ampersand_in_a_ministry_code_stays_in_the_number() -> None:
    got = numbered("Nhà trường làm theo Thông tư số 15/2012/TT-BGD&ĐT ngày 4/5/2012 về kiểm định.")
    assert got == [("Thông tư", "15/2012/TT-BGD&ĐT", "Bộ Giáo dục và Đào tạo")]


def test_ampersand_in_a_local_department_code() -> None:
    got = numbered("Sở đã gửi Công văn 517/SGD&ĐT-VP tới các trường trong tỉnh.")
    assert [(k, n) for k, n, _i in got] == [("Công văn", "517/SGD&ĐT-VP")]


def test_ampersand_after_a_number_outside_a_code_joins_nothing() -> None:
    assert numbered("Đoàn có 20 bác sĩ & 5 điều dưỡng tham gia khám bệnh.") == []


def test_a_secret_letter_is_numbered() -> None:
    got = numbered("Sở Y tế đã gửi công văn mật số 73 lên Ủy ban nhân dân tỉnh.")
    assert [(k, n) for k, n, _i in got] == [("Công văn", "73")]


def titles(text: str) -> list[str | None]:
    doc = sentences.split_sentences(textnorm.normalise(Doc(text=text, published="2019-04")))
    return [d.title for d in legal.extract(doc).legal_documents]


def test_an_unlisted_prevention_law_keeps_its_comma() -> None:
    assert titles("Ngân hàng phải báo cáo giao dịch lớn theo Luật Phòng, chống rửa tiền, "
                  "ông Hùng cho biết.") == ["Luật Phòng, chống rửa tiền"]


def test_a_prevention_law_in_lower_case_after_a_capital_kind() -> None:
    assert titles("Quốc hội sẽ sửa Luật phòng chống khủng bố trong kỳ họp tới.") == [
        "Luật phòng chống khủng bố"]


def test_the_drafts_name_of_the_alcohol_law_is_that_law() -> None:
    got = titles("Bộ Y tế trình Luật Phòng, chống tác hại của rượu, bia. Trước đó, dự thảo "
                 "Luật phòng chống tác hại của lạm dụng rượu bia đã gây tranh cãi.")
    assert got == ["Luật Phòng, chống tác hại của rượu, bia"] * 2


def test_prevention_work_without_a_law_is_no_document() -> None:
    assert titles("Các xã đã làm tốt công tác phòng, chống dịch theo đúng quy định.") == []


def test_a_letter_after_the_number_stays_in_it() -> None:
    got = numbered("Các xã đặc biệt khó khăn được hưởng chính sách của Nghị quyết 30b/2009/NQ-CP.")
    assert got == [("Nghị quyết", "30b/2009/NQ-CP", "Chính phủ")]


def test_a_lettered_programme_without_a_code_is_no_document() -> None:
    assert numbered("Huyện 30a này có 12 trạm y tế, trực 24h/ngày.") == []


def test_a_letter_with_its_day_of_issue_is_numbered() -> None:
    got = numbered("Bộ đã trả lời tại văn bản 4471 ngày 12/8/2019 của Văn phòng Bộ.")
    assert [(k, n) for k, n, _i in got] == [("Công văn", "4471")]


def test_a_one_digit_circular_with_its_day_of_issue() -> None:
    got = numbered("Trường đã làm trái Điều 9 Thông tư 7 ngày 20/3/2013 của Bộ Giáo dục.")
    assert [(k, n) for k, n, _i in got] == [("Thông tư", "7")]


def test_a_letter_or_a_plan_counted_in_days_is_no_document() -> None:
    assert numbered("Văn bản 12 ngày qua chưa được trả lời, theo kế hoạch 5 ngày 3/4 đoàn đến.") == []
