"""Session 38 speed edits: the read-name fixes of orgs.false_reads test a literal their pattern
needs (a dash, "và", "Tổng" before the name, a name ending in " và") before searching, and
answer as before on both sides of that test."""
from __future__ import annotations

from extractors.orgs.false_reads import (with_general, without_city_joined, without_credit,
                                         without_dangling_and)
from extractors.orgs.span import OrgSpan


def _span(text: str, surface: str, name: str | None = None) -> OrgSpan:
    start = text.index(surface)
    return OrgSpan(start, start + len(surface), name or surface, "government", None)


def test_a_credit_after_a_dash_is_cut_and_a_dashless_name_kept() -> None:
    text = "Bác sĩ thăm khám tại Bệnh viện Đa khoa Hà Đông - Ảnh: Minh Anh"
    span = without_credit(text, _span(text, "Bệnh viện Đa khoa Hà Đông - Ảnh"))
    assert (span.end, span.name) == (text.index(" - Ảnh"), "Bệnh viện Đa khoa Hà Đông")
    plain = _span(text, "Bệnh viện Đa khoa Hà Đông")
    assert without_credit(text, plain) is plain
    dashed = _span("Viện Pasteur - Nha Trang", "Viện Pasteur - Nha Trang")
    assert without_credit("Viện Pasteur - Nha Trang", dashed) is dashed


def test_general_before_a_head_widens_the_name_only_after_tong() -> None:
    text = "Đại hội của Tổng Hội Y học Việt Nam khai mạc sáng nay."
    span = with_general(text, _span(text, "Hội Y học Việt Nam"))
    assert (span.start, span.name) == (text.index("Tổng"), "Tổng hội Y học Việt Nam")
    other = "Đại hội của các Hội Y học Việt Nam khai mạc sáng nay."
    plain = _span(other, "Hội Y học Việt Nam")
    assert with_general(other, plain) is plain


def test_a_dangling_and_is_cut_only_when_the_name_ends_in_it() -> None:
    text = "Đại diện Vụ Pháp chế và Phó Vụ trưởng Nguyễn Văn An cùng dự."
    span = without_dangling_and(text, _span(text, "Vụ Pháp chế và"))
    assert (span.end, span.name) == (text.index(" và"), "Vụ Pháp chế")
    inner = _span(text, "Vụ Pháp chế và Phó", "Vụ Pháp chế và Phó")
    assert without_dangling_and(text, inner) is inner


def test_a_city_joined_after_and_is_cut_and_a_name_without_and_kept() -> None:
    text = "Sở Y tế Hà Nam và TP Hà Nội ký kết hợp tác."
    span = without_city_joined(text, _span(text, "Sở Y tế Hà Nam và TP Hà Nội", "Sở Y tế Hà Nam và Thành phố Hà Nội"))
    assert (span.end, span.name) == (text.index(" và"), "Sở Y tế Hà Nam")
    plain = _span(text, "Sở Y tế Hà Nam")
    assert without_city_joined(text, plain) is plain
