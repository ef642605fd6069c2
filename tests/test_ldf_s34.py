"""Session 34: dates, legal documents and figures (own sentences in the real style)."""
from __future__ import annotations

from test_ldf_s31 import _figures


# ---------------------------------------------------------------- figures: "BV" counts hospitals
def test_hospitals_counted_by_their_abbreviation_s34() -> None:
    assert _figures("Toàn thành phố có 12 BV tuyến quận đạt chuẩn chất lượng.") == [("12 BV", 12.0, "bv")]
    assert _figures("Đoàn đã kiểm tra 8 BV, trong đó có 3 BV tư nhân.") == [("8 BV", 8.0, "bv"), ("3 BV", 3.0, "bv")]


def test_pupils_teachers_firms_and_athletes_counted_by_their_abbreviation_s34() -> None:
    assert _figures("Hơn 30 HS của trường phải nhập viện theo dõi.") == [("Hơn 30 HS", 30.0, "hs")]
    assert _figures("Quận vẫn thiếu 40 GV mầm non so với biên chế.") == [("40 GV", 40.0, "gv")]
    assert _figures("Đoàn kiểm tra 25 DN sản xuất thực phẩm.") == [("25 DN", 25.0, "dn")]
    assert _figures("Giải chạy thu hút 3.000 VĐV tham gia.") == [("3.000 VĐV", 3000.0, "vđv")]


def test_a_numbered_hospital_name_is_no_count_s34() -> None:
    assert _figures("Khoa Khám bệnh cơ sở 2 BV Chợ Rẫy sẽ đi vào hoạt động cuối năm.") == []
    assert _figures("Bệnh nhân được chuyển lên tầng 5 BV Nhi Trung ương.") == []


def test_an_abbreviated_count_written_out_elsewhere_is_one_quantity_s34() -> None:
    text = ("Khoảng 40 bệnh viện (BV) hạng I áp dụng giá mới. Đến cuối tháng, 40 BV này phải báo cáo.")
    assert [f[1:] for f in _figures(text)] == [(40.0, "bệnh viện"), (40.0, "bệnh viện")]


# ---------------------------------------------------------------- figures: police officers counted
def test_police_officers_counted_s34() -> None:
    assert _figures("Huyện có 120 công an, quản lý địa bàn 90.000 dân.") == [
        ("120 công an", 120.0, "công an"), ("90.000 dân", 90000.0, "dân")]
    assert _figures("Tổ công tác gồm 4 CSGT đã dừng xe kiểm tra.") == [("4 CSGT", 4.0, "csgt")]


def test_a_numbered_police_department_is_no_count_s34() -> None:
    assert _figures("Hồ sơ được chuyển lên Phòng PC 47 Công an tỉnh để điều tra.") == []


# ---------------------------------------------------------------- figures: names and ratings
def test_a_combined_vaccine_is_no_count_s34() -> None:
    assert _figures("Nhiều gia đình xếp hàng từ sáng sớm để tiêm vắc xin 6 in 1 cho trẻ.") == []


def test_a_star_rating_is_no_count_s34() -> None:
    assert _figures("Hội nghị được tổ chức tại một khách sạn 5 sao ở Đà Nẵng.") == []
    assert _figures("Có 4 sao Hàn tham gia chương trình từ thiện.") == [("4 sao", 4.0, "sao")]


def test_an_edition_of_the_games_is_no_count_s34() -> None:
    assert _figures("Tại SEA Games 31 VĐV Nguyễn Văn An giành 2 huy chương vàng.") == [
        ("2 huy chương", 2.0, "huy chương")]
    assert _figures("Hà Nội từng đăng cai SEA Games 22 năm 2003.") == []


# ---------------------------------------------------------------- figures: a day word opening a date
def test_a_number_before_a_dated_day_counts_no_days_s34() -> None:
    assert _figures("Chỉ số bụi mịn đạt đỉnh 160 hôm 12/10.") == []
    assert _figures("Chuyến bay số hiệu 2057 ngày 8/3 chở 150 hành khách.") == [
        ("150 hành khách", 150.0, "hành khách")]
    assert _figures("Cháu sốt cao 3 hôm, gia đình mới đưa đi viện.") == [("3 hôm", 3.0, "hôm")]
