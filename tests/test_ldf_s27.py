"""Session 27: dates, legal documents and figures (own sentences in the real style)."""
from __future__ import annotations

from test_ldf_s22 import _dates, _doc
from extractors import legal


def _legal(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(d.kind, d.title, d.number) for d in legal.extract(_doc(text)).legal_documents]


# ---------------------------------------------------------------- dates: a product's expiry
def test_an_expiry_date_does_not_set_the_article_year_s27() -> None:
    got = _dates("Ngày 12/4, đoàn kiểm tra thu giữ lô bánh có ngày sản xuất 2/4/2019, hạn sử dụng "
                 "hết ngày 2/10/2019. Đến ngày 20/4, cửa hàng vẫn bán lô bánh này.")
    assert ("ngày 20/4", "2019-04-20", "2019-04-20") in got
    assert ("Ngày 12/4", "2019-04-12", "2019-04-12") in got


def test_a_label_expiry_after_hsd_s27() -> None:
    got = _dates("Sáng 3/5, quản lý thị trường tạm giữ 200 hộp sữa (NSX: 1/3/2018, HSD: 1/3/2020). "
                 "Ngày 7/5, chủ hàng đến làm việc.")
    assert ("Ngày 7/5", "2018-05-07", "2018-05-07") in got


# ---------------------------------------------------------------- legal: a titled document's name
def test_a_scheme_is_titled_with_its_kind_s27() -> None:
    assert _legal("Năm nay, Đề án Sữa học đường được triển khai ở 30 trường.") == [
        ("Đề án", "Đề án Sữa học đường", None)]


def test_a_bracketed_short_name_numbers_the_titled_document_s27() -> None:
    got = _legal("Thành phố cử 300 học viên theo Đề án phát triển nguồn nhân lực y tế chất lượng cao "
                 "(Đề án 456), nay nhiều người đã về nước.")
    assert got == [("Đề án", "Đề án phát triển nguồn nhân lực y tế chất lượng cao", "456")]


def test_a_bracketed_number_of_another_kind_stays_apart_s27() -> None:
    got = _legal("Tỉnh thực hiện Đề án phát triển y tế biển đảo (Quyết định 789) đến nay.")
    assert [n for _k, _t, n in got] == [None, "789"]


# ---------------------------------------------------------------- dates: "từ nay đến" bounds the article's time
def test_a_later_target_year_is_not_the_article_year_s27() -> None:
    got = _dates("Sáng 20-12, sở tổ chức hội nghị. Từ nay đến tháng 2-2019, các quận rà soát "
                 "bếp ăn tập thể, để đến năm 2020 mọi trường học có bếp đạt chuẩn.")
    assert ("Sáng 20-12", "2018-12-20", "2018-12-20") in got


def test_a_month_before_the_bound_keeps_its_year_s27() -> None:
    got = _dates("Chiều 10-1, đoàn kiểm tra làm việc tại huyện; từ nay đến ngày 15-2-2019, "
                 "các xã báo cáo kết quả.")
    assert ("Chiều 10-1", "2019-01-10", "2019-01-10") in got
