"""Session 39 (coops4): a health department's joint work with a hospital of the Ministry that stands in
its city was dropped as the province administering its own unit; "tỉnh này" after a province just named.
Sentences written for the test."""
from __future__ import annotations

from test_coops_s26 import pairs   # the same extraction chain, as (source, target) pairs


def test_a_department_working_with_a_central_hospital_in_its_city_links() -> None:
    got = pairs("Sở Y tế TP.HCM đã phối hợp với Bệnh viện Chợ Rẫy tổ chức lớp tập huấn cấp cứu đột quỵ "
                "cho các bệnh viện quận, huyện.")
    assert ("Sở Y tế Thành phố Hồ Chí Minh", "Bệnh viện Chợ Rẫy") in got


def test_a_department_training_its_own_provincial_hospital_still_links_nothing() -> None:
    got = pairs("Sở Y tế Nghệ An tập huấn cho Bệnh viện Đa khoa tỉnh Nghệ An về phòng chống dịch.")
    assert not got
