"""Cooperation families added in session 23, with sentences written for the test: a body on a
mission with another body's medical team ("cùng (với) ê kíp … của B") is supported by it; a
team named without its body, or a singer "cùng ekip", links nobody."""
from __future__ import annotations

from extractors import run
from extractors.doc import Doc
from pipeline.stages import EXTRACTION


def links(text: str) -> set[tuple[str, str, str]]:
    doc = run(Doc(text=text, published="2024-02-10"), EXTRACTION)
    return {(c.source, c.target, c.kind) for c in doc.cooperations}


def test_a_hospital_flying_an_organ_with_another_hospitals_team_is_supported_by_it() -> None:
    got = links("Sáng 3/5, Bệnh viện Đa khoa tỉnh Quảng Nam đã cùng với ê kíp bác sĩ của Bệnh viện Chợ Rẫy "
                "đưa quả thận hiến tặng về Tam Kỳ bằng máy bay.")
    assert ("Bệnh viện Chợ Rẫy", "Bệnh viện Đa khoa tỉnh Quảng Nam", "support") in got


def test_a_rescue_centre_sending_a_ship_with_an_emergency_team_is_supported_by_it() -> None:
    got = links("Ngay trong đêm, Trung tâm Phối hợp tìm kiếm cứu nạn hàng hải Việt Nam đã điều động tàu "
                "SAR 413 đang trực tại Nha Trang, cùng êkip cấp cứu của Trung tâm Cấp cứu 115 Khánh Hòa "
                "ra đón thuyền viên bị nạn.")
    assert ("Trung tâm Cấp cứu 115 Khánh Hòa", "Trung tâm Phối hợp tìm kiếm cứu nạn hàng hải Việt Nam",
            "support") in got


def test_a_team_without_its_body_links_nobody() -> None:
    assert not links("Bệnh viện Đa khoa tỉnh Quảng Nam đã cùng ê kíp trực cấp cứu thành công bệnh nhân.")
    assert not links("Ca sĩ Hà Anh cùng ekip sản xuất đã hoàn thành MV mới tại Công ty Giải trí Sao Việt.")
