"""Cooperation with the reporting body's own "đơn vị" (session 40, coopsx): "<A> cho biết, đơn vị vừa phối
hợp với <B> …" is A's joint work with B. The shape is the common one of a bare "đơn vị" joint verb in
VietNews (72 in 150,000 articles, nearly all after a body's "cho biết/cho hay"); these pin its reading.
Sentences written for the test."""
from __future__ import annotations

from test_coops_s26 import pairs   # the same chain, as (source, target) pairs


def test_a_reporting_centre_and_its_unit_work_with_the_institute() -> None:
    got = pairs("Ngày 12/5, Trung tâm Kiểm soát bệnh tật tỉnh Quảng Nam cho biết, đơn vị vừa phối hợp với "
                "Viện Pasteur Nha Trang điều tra ổ dịch sốt xuất huyết.")
    assert ("Trung tâm Kiểm soát bệnh tật tỉnh Quảng Nam", "Viện Pasteur Nha Trang") in got


def test_a_reporting_department_and_its_unit_sign_with_the_hospital() -> None:
    got = pairs("Ngày 3/4, Sở Y tế tỉnh Bình Định cho hay, đơn vị đã ký kết hợp tác với Bệnh viện Chợ Rẫy "
                "để đào tạo bác sĩ.")
    assert ("Sở Y tế Bình Định", "Bệnh viện Chợ Rẫy") in got


def test_a_unit_with_no_partner_named_links_nothing() -> None:
    assert not pairs("Ngày 3/4, Sở Y tế tỉnh Bình Định cho biết, đơn vị đang phối hợp với các địa phương "
                     "khoanh vùng ổ dịch.")
