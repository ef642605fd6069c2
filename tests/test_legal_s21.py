"""Legal, s21: a scheme, plan or programme named by its subject and the years it runs
("Kế hoạch hành động quốc gia về … giai đoạn 2010-2015") is a titled document whose
title keeps its period. Our own sentences."""
from __future__ import annotations

from extractors import legal, sentences, textnorm
from extractors.doc import Doc


def titled(text: str) -> list[tuple[str, str, str | None]]:
    doc = sentences.split_sentences(textnorm.normalise(Doc(text=text, published="2017-06")))
    return [(d.kind, d.title, d.number) for d in legal.extract(doc).legal_documents]


def test_a_plan_named_with_its_period_is_a_document() -> None:
    got = titled("Tỉnh đã hoàn thành Kế hoạch hành động quốc gia về phòng chống "
                 "bệnh không lây nhiễm giai đoạn 2015-2020 trước thời hạn.")
    assert got == [("Kế hoạch", "Kế hoạch hành động quốc gia về phòng chống bệnh không lây nhiễm "
                                "giai đoạn 2015-2020", None)]


def test_two_periods_of_one_plan_are_two_documents() -> None:
    got = titled("Sau kế hoạch nâng cao sức khỏe người cao tuổi giai đoạn 2011-2015, thành phố "
                 "ban hành kế hoạch nâng cao sức khỏe người cao tuổi giai đoạn 2016-2020.")
    assert [t for _k, t, _n in got] == [
        "Kế hoạch nâng cao sức khỏe người cao tuổi giai đoạn 2011-2015",
        "Kế hoạch nâng cao sức khỏe người cao tuổi giai đoạn 2016-2020"]


def test_a_national_programme_with_its_period() -> None:
    got = titled("Xã được hỗ trợ từ chương trình mục tiêu quốc gia xây dựng nông thôn mới "
                 "giai đoạn 2016 - 2020.")
    assert got == [("Chương trình", "Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2016 - 2020",
                    None)]


def test_a_clause_before_the_period_is_no_title() -> None:
    assert titled("Các chương trình y tế đã được triển khai giai đoạn 2016-2020.") == []
    assert titled("Đề án này sẽ thực hiện trong giai đoạn 2018-2025.") == []


def test_a_department_named_plan_is_no_document() -> None:
    assert titled("Sở Kế hoạch và Đầu tư giai đoạn 2016-2020 đã cấp vốn cho bệnh viện.") == []


def test_bi_of_a_noun_does_not_end_the_title() -> None:
    got = titled("Bệnh viện được hưởng lợi từ đề án đầu tư trang thiết bị y tế giai đoạn 2016-2020.")
    assert got == [("Đề án", "Đề án đầu tư trang thiết bị y tế giai đoạn 2016-2020", None)]


def test_a_law_firm_or_law_school_is_no_law() -> None:
    got = titled("Luật sư Trần Văn Nam (Công ty Luật TNHH An Phát) và giảng viên Trường ĐH Luật "
                 "TP. HCM cho rằng bệnh viện đã vi phạm Luật Khám bệnh, chữa bệnh.")
    assert got == [("Luật", "Luật Khám bệnh, chữa bệnh", None)]


def numbered(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = sentences.split_sentences(textnorm.normalise(Doc(text=text, published="2017-06")))
    return [(d.kind, d.number, d.issued) for d in legal.extract(doc).legal_documents]


def test_a_year_after_a_dash_stays_in_the_number() -> None:
    got = numbered("Sở xử phạt cơ sở theo nghị định 176-2013 / NĐ - CP ngày 14-11-2013 của Chính phủ.")
    assert got == [("Nghị định", "176-2013/NĐ-CP", "2013-11-14")]


def test_a_lower_case_kind_with_number_and_year() -> None:
    got = numbered("Bệnh viện thu phí theo thông tư 37/2015 và thông tư 02/2017 của Bộ Y tế.")
    assert [n for _k, n, _i in got] == ["37/2015", "02/2017"]


def test_a_lower_case_decision_in_a_month_is_no_number() -> None:
    assert numbered("Đơn vị nhận quyết định 5/2018 về việc điều động cán bộ.") == []
