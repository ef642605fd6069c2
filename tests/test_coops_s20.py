"""Cooperation families added in stop 20, with sentences written for the test: staff sent
"lên/về <province>" in an article about a hospital of that province go to that hospital,
and the staff may be named at length before the destination."""
from __future__ import annotations

from extractors import run
from extractors.doc import Doc
from pipeline.stages import EXTRACTION

SUBJECT = ("Bệnh viện Đa khoa tỉnh Lạng Sơn tiếp nhận nhiều ca ngộ độc nấm. "
           "Lãnh đạo Bệnh viện Đa khoa tỉnh Lạng Sơn đã báo cáo Bộ Y tế. "
           "Hiện Bệnh viện Đa khoa tỉnh Lạng Sơn đang điều trị cho 12 bệnh nhân. ")


def links(text: str) -> set[tuple[str, str]]:
    doc = run(Doc(text=text, published="2024-08-15"), EXTRACTION)
    return {(c.source, c.target) for c in doc.cooperations}


def test_staff_sent_to_the_province_go_to_the_article_s_hospital() -> None:
    got = links(SUBJECT + "Bệnh viện Bạch Mai đã cử các bác sĩ của khoa Cấp cứu, khoa Chống độc và "
                          "khoa Hồi sức tích cực lên Lạng Sơn để giúp đỡ điều trị bệnh nhân.")
    assert ("Bệnh viện Bạch Mai", "Bệnh viện Đa khoa tỉnh Lạng Sơn") in got


def test_without_a_hospital_of_that_province_the_province_stays() -> None:
    got = links("Bệnh viện Bạch Mai đã cử các bác sĩ của khoa Cấp cứu, khoa Chống độc và "
                "khoa Hồi sức tích cực lên Lạng Sơn để giúp đỡ điều trị bệnh nhân.")
    assert ("Bệnh viện Bạch Mai", "Lạng Sơn") in got
