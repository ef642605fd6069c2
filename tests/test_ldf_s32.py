"""Session 32: dates, legal documents and figures (own sentences in the real style)."""
from __future__ import annotations

from test_ldf_s22 import _dates, _doc
from test_ldf_s31 import _figures
from extractors import legal


# ---------------------------------------------------------------- figures: more people counted in words
def test_suspects_counted_in_words_s32() -> None:
    assert _figures("Công an đã bắt giữ hai đối tượng cướp tài sản.") == [("hai đối tượng", 2.0, "đối tượng")]
    assert _figures("Ba nghi phạm bị tạm giữ để điều tra.") == [("Ba nghi phạm", 3.0, "nghi phạm")]


def test_children_of_a_family_counted_in_words_s32() -> None:
    assert _figures("Chị một mình nuôi hai đứa con đang đi học.") == [("hai đứa con", 2.0, "đứa con")]
    assert _figures("Anh còn hai con nhỏ ở quê.") == [("hai con nhỏ", 2.0, "con nhỏ")]


def test_fishers_farmers_and_bodies_counted_in_words_s32() -> None:
    assert _figures("Tàu cứu hộ đã đưa ba ngư dân vào bờ an toàn.") == [("ba ngư dân", 3.0, "ngư dân")]
    assert _figures("Hai nông dân bị rắn cắn khi đang gặt lúa.") == [("Hai nông dân", 2.0, "nông dân")]
    assert _figures("Lực lượng cứu hộ đã tìm thấy hai thi thể dưới sông.") == [("hai thi thể", 2.0, "thi thể")]


def test_a_classifier_con_is_no_person_s32() -> None:
    assert _figures("Kẻ gian mang theo hai con dao.") == []


# ---------------------------------------------------------------- legal: law names the press shortens
def _laws(text: str) -> list[tuple[str, str | None]]:
    return [(d.kind, d.title) for d in legal.extract(_doc(text)).legal_documents]


def test_lower_case_laws_by_listed_name_s32() -> None:
    assert _laws("Quốc hội đã thông qua luật Kiến trúc và luật Thi hành án hình sự.") == [
        ("Luật", "Luật Kiến trúc"), ("Luật", "Luật Thi hành án hình sự")]
    assert _laws("Ông bị cách chức vì vi phạm luật hôn nhân gia đình.") == [("Luật", "Luật hôn nhân gia đình")]


def test_a_law_without_cua_is_the_same_law_s32() -> None:
    text = ("Luật Phòng, chống tác hại của thuốc lá có hiệu lực từ năm 2013. "
            "Theo Luật Phòng chống tác hại thuốc lá, không được hút thuốc trong bệnh viện.")
    titles = {t for _k, t in _laws(text)}
    assert titles == {"Luật Phòng, chống tác hại của thuốc lá"}
    assert _laws("Dự luật phòng chống tác hại rượu bia sẽ được trình Quốc hội.") == [
        ("Luật", "Luật phòng chống tác hại rượu bia")]


# ---------------------------------------------------------------- dates: a month is no day
def test_a_month_before_a_later_day_is_no_span_of_days_s32() -> None:
    assert _dates("Từ tháng 5 đến ngày 29/7/2019, toàn tỉnh ghi nhận 500 ca.") == [
        ("Từ tháng 5", "2019-05", "2019-05"), ("ngày 29/7/2019", "2019-07-29", "2019-07-29")]
    assert _dates("Từ 17 đến 18/10/2024, hội thảo diễn ra tại Huế.") == [
        ("Từ 17 đến 18/10/2024", "2024-10-17", "2024-10-18")]


# ---------------------------------------------------------------- figures: lab and power measures
def test_turbidity_bacteria_and_power_units_s32() -> None:
    assert _figures("Độ đục của nước lọc là 3 NTU, vượt ngưỡng cho phép.") == [("3 NTU", 3.0, "ntu")]
    assert _figures("Mẫu nước có 500 CFU vi khuẩn trong mỗi mililit.") == [("500 CFU", 500.0, "cfu")]
    assert _figures("Nhà máy điện mặt trời có công suất 50 MW.") == [("50 MW", 50.0, "mw")]
