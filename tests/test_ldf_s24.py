"""Session 24: dates, legal documents and figures (own sentences in the real style)."""
from __future__ import annotations

# the session-22 helpers run the real front of the pipeline (textnorm -> sentences -> dates)
from test_ldf_s22 import _dates, _doc, _figures

from extractors import legal


def _legal(text: str) -> list[tuple[str, str | None]]:
    return [(d.kind, d.number) for d in legal.extract(_doc(text)).legal_documents]


# ---------------------------------------------------------------- dates: a list of years in a row
def test_years_in_a_row_are_one_span():
    got = _dates("Số ca mắc sởi năm nay cao hơn cả ba năm 2016, 2017, 2018 cộng lại.", "2019-04-02")
    assert [(g[1], g[2]) for g in got] == [("2016", "2018")]


def test_two_years_joined_by_and_are_one_span():
    got = _dates("Trong hai năm 2020 và 2021, trạm y tế xã được xây mới.", "2022-01-10")
    assert [(g[1], g[2]) for g in got] == [("2020", "2021")]


def test_years_apart_are_no_span():
    got = _dates("Dịch bùng phát vào năm 2011 và 2014 tại các tỉnh miền núi.", "2015-03-01")
    assert ("2011", "2014") not in [(g[1], g[2]) for g in got]


# ---------------------------------------------------------------- legal: one document, not two
def test_document_repeated_by_its_bare_number_is_one():
    got = _legal("Theo Nghị định 117/2020/NĐ-CP của Chính phủ, cơ sở vi phạm bị phạt tiền. "
                 "Nghị định 117 cũng quy định việc đình chỉ hoạt động.")
    assert got == [("Nghị định", "117/2020/NĐ-CP")]


def test_directive_repeated_by_its_bare_number_is_one():
    got = _legal("Bộ Y tế ban hành Chỉ thị số 05/CT-BYT về phòng chống dịch. "
                 "Chỉ thị số 05 yêu cầu các sở y tế báo cáo hằng tuần.")
    assert got == [("Chỉ thị", "05/CT-BYT")]


def test_other_kind_with_the_same_number_stays():
    got = _legal("Thông tư 22/2023/TT-BYT có hiệu lực từ tháng 11. Nghị định 22 vẫn được áp dụng.")
    assert ("Nghị định", "22") in got and ("Thông tư", "22/2023/TT-BYT") in got


# ---------------------------------------------------------------- figures: letters, factors, levels
def test_letters_sent_are_counted():
    got = {(v, u) for _t, v, u in _figures("Sở Y tế đã gửi 5 công văn đề nghị hỗ trợ nhưng chưa được trả lời.")}
    assert (5.0, "công văn") in got


def test_factors_of_a_fraction_are_counted():
    got = {(v, u) for _t, v, u in _figures("Giá khám hiện mới tính 4/7 yếu tố cấu thành giá dịch vụ.")}
    assert (4.0, "yếu tố") in got


def test_levels_are_counted_but_a_level_number_is_not():
    assert {(v, u) for _t, v, u in _figures("Phí trông giữ xe được chia thành 2 mức theo giờ.")} == {(2.0, "mức")}
    assert _figures("Bệnh nhân được xếp ở mức 3 theo thang điểm.") == []


# ---------------------------------------------------------------- dates: one day, one year
def test_a_day_written_twice_takes_one_year():
    got = _dates("Sáng 8-1, Bệnh viện Đa khoa tỉnh cho biết sức khỏe bệnh nhân đã ổn định. "
                 "Bệnh nhân nhập viện ngày 28-12-2023 trong tình trạng hôn mê. "
                 "Đến sáng 8-1, bệnh nhân đã tỉnh và ăn cháo được.")
    assert {(g[1], g[2]) for g in got if g[0].lower().endswith("sáng 8-1")} == {("2024-01-08", "2024-01-08")}


def test_days_of_different_years_written_with_their_year_stay_apart():
    got = _dates("Ngày 8-1-2023 trạm y tế khởi công; ngày 8-1-2024 trạm khánh thành.")
    assert {(g[1], g[2]) for g in got} == {("2023-01-08", "2023-01-08"), ("2024-01-08", "2024-01-08")}


def test_vital_signs_are_no_figures():
    got = _figures("Bệnh nhân vào viện với mạch 110 lần / phút, huyết áp thấp, 3 bác sĩ trực cấp cứu.")
    assert {(v, u) for _t, v, u in got} == {(3.0, "bác sĩ")}
