"""Session 39 (coops4): a health department's joint work with a hospital of the Ministry that stands in
its city was dropped as the province administering its own unit; "tỉnh này" after a province just named.
Sentences written for the test."""
from __future__ import annotations

from extractors import run
from extractors.doc import Doc
from pipeline.stages import EXTRACTION
from test_coops_s26 import pairs   # the same extraction chain, as (source, target) pairs


def test_a_department_working_with_a_central_hospital_in_its_city_links() -> None:
    got = pairs("Sở Y tế TP.HCM đã phối hợp với Bệnh viện Chợ Rẫy tổ chức lớp tập huấn cấp cứu đột quỵ "
                "cho các bệnh viện quận, huyện.")
    assert ("Sở Y tế Thành phố Hồ Chí Minh", "Bệnh viện Chợ Rẫy") in got


def test_a_department_training_its_own_provincial_hospital_still_links_nothing() -> None:
    got = pairs("Sở Y tế Nghệ An tập huấn cho Bệnh viện Đa khoa tỉnh Nghệ An về phòng chống dịch.")
    assert not got


def _org_names(text: str) -> set[str]:
    return {o.name for o in run(Doc(text=text, published="2024-02-10"), EXTRACTION).organizations}


def test_this_province_is_the_province_just_named_not_the_articles() -> None:
    got = _org_names("Sáng 3/4, Sở Y tế Nghệ An cho biết số ca sốt xuất huyết đang tăng. Bệnh viện Đa khoa tỉnh "
                     "Nghệ An đã cử 5 cán bộ đến tỉnh Hà Tĩnh phối hợp với Công an tỉnh này xác minh vụ việc.")
    assert "Công an tỉnh Hà Tĩnh" in got and "Công an tỉnh Nghệ An" not in got


def test_this_province_with_no_province_just_named_is_the_articles() -> None:
    got = _org_names("Sở Y tế Nghệ An cho biết số ca sốt xuất huyết đang tăng. Trong tháng 3, Công an tỉnh này "
                     "đã xử lý 12 cơ sở vi phạm.")
    assert "Công an tỉnh Nghệ An" in got


def test_lower_case_police_of_this_province_is_the_province_just_named() -> None:
    got = _org_names("Sở Y tế Khánh Hòa cho biết dịch đang tăng. Theo Sở Y tế Khánh Hòa, Công an tỉnh Khánh Hòa "
                     "đã cử cán bộ vào tỉnh Bình Thuận, phối hợp với công an tỉnh này xác minh nguồn gốc lô thuốc.")
    assert "Công an tỉnh Bình Thuận" in got
