"""Session 36, review 2 items 2 and 3 (dates): own sentences in the real style."""
from __future__ import annotations

from pipeline.extract import extract
from pipeline.records import Article


def _dates(text: str) -> list[tuple[str, str, str]]:
    art = extract(Article(source="test", title="", text=text))
    return [(d.text, d.date_start, d.date_end) for d in art.dates]


# ---------------------------------------------------------------- item 2: a noun after a span's end
def test_a_noun_after_a_span_of_days_keeps_the_span_s36() -> None:
    assert _dates("Từ 1/6 đến 30/6 số ca mắc sốt xuất huyết tăng gấp đôi.") != []
    assert _dates("Từ 1/7 đến 15/7 lượng bệnh nhân đến khám tăng mạnh.") == [
        ("Từ 1/7 đến 15/7", "XXXX-07-01", "XXXX-07-15")]
    assert _dates("Trong thời gian từ 10/5 đến 20/5 người dân được tiêm miễn phí.") != []


def test_a_day_before_luong_is_a_date_s36() -> None:
    assert _dates("Từ 1/7 lượng thuốc được cấp tăng gấp đôi.") == [("Từ 1/7", "XXXX-07-01", "XXXX-07-01")]
    assert _dates("Từ 15/8 dân số của phường được tính lại theo địa giới mới.") != []


def test_fractions_of_an_amount_stay_no_dates_s36() -> None:
    assert _dates("Nhiều trẻ nuốt từ 1/8 đến 1/4 lượng kem đánh răng mỗi lần chải.") == []
    assert _dates("Khu vực này cất giữ tới 1/4 lượng dầu chưa khai thác.") == []
    assert _dates("Nước ngập từ 1/3 sân nhà, người dân phải kê cao đồ đạc.") == []
    assert _dates("Dịch bệnh lan ra khoảng 1/2 diện tích vùng nuôi.") == []
    assert _dates("Đội bóng chỉ chơi từ 1/3 đến 1/2 số trận trong mùa.") == []


# ---------------------------------------------------------------- item 3: common words near a dotted day
_HEAD = "Sáng 30.5, Sở Y tế Hà Nội họp. "


def test_dotted_days_after_tu_near_common_words_s36() -> None:
    for tail, text in (("Các phòng khám được cấp giấy phép hoạt động từ 1.7.", "từ 1.7"),
                       ("Lãi suất cho vay mới áp dụng từ 1.7.", "từ 1.7"),
                       ("Hà Nội mở thêm 20 điểm tiêm từ 1.6.", "từ 1.6"),
                       ("Từ 1.7 thì người bệnh được thanh toán thêm.", "Từ 1.7"),
                       ("Chế độ phụ cấp mới áp dụng từ 1.7.", "từ 1.7")):
        got = [t for t, _s, _e in _dates(_HEAD + tail)]
        assert text in got, tail


def test_measure_decimals_stay_no_dates_s36() -> None:
    for tail in ("Chỉ số BMI từ 1.8 trở lên.", "pH nước tiểu đến 6.5 thì an toàn.",
                 "Độ pH đạt từ 6.5, tốt cho sức khỏe.", "Nồng độ vượt ngưỡng từ 2.5, gây nguy hiểm.",
                 "Động đất mạnh 6.5 độ richter, đến 5.4 độ.", "Bài thi được chấm từ 6.5 điểm trở lên."):
        assert _dates(_HEAD + tail) == [("Sáng 30.5", "XXXX-05-30", "XXXX-05-30")], tail


def test_a_fraction_of_the_population_in_brackets_is_no_date_s36() -> None:
    assert _dates("Hơn 40 vạn người (1/3 dân số toàn tỉnh) thiếu lương thực.") == []
    assert _dates("Ít nhất 1,7 triệu người (1/5 dân số khi đó) đã chết.") == []
