"""Organisations named right after a post, so the officials step reads the post (session 36, orgt).

A university written short in brackets after a post, a department or a person ("Trưởng Bộ môn
Giải phẫu (ĐH Y Hà Nội)") is read; a bracket that restates the university just written ("Đại học Y
Dược (ĐH Y Dược)") or names the parent of the school right before it ("Trường ĐH Bách khoa (ĐH
Quốc gia TP. HCM)") is not."""
from __future__ import annotations

import pytest
from test_orgs_s20 import names

from extractors import run
from extractors.doc import Doc
from pipeline.stages import EXTRACTION

P = "2023-05-10"


def roles(text: str) -> set[tuple[str, str, str | None]]:
    doc = run(Doc(text=text, published=P), EXTRACTION)
    return {(o.name, o.title, o.organization) for o in doc.officials}


@pytest.mark.parametrize("text,expected", [
    ("Tin y tế. Ông Nguyễn Văn Bảo, Trưởng Bộ môn Giải phẫu (ĐH Y Hà Nội) cho biết ca mổ thành công.",
     "Đại học Y Hà Nội"),
    ("Tin y tế. GS Trần Minh Khoa (ĐH Y dược Cần Thơ) trình bày báo cáo tại hội nghị.",
     "Đại học Y dược Cần Thơ"),
    ("Tin y tế. Bà Lê Thị Hoa, trưởng ban công tác sinh viên (ĐH Quốc gia Hà Nội), cho biết như vậy.",
     "Đại học Quốc gia Hà Nội"),
])
def test_bracketed_university_after_a_post_is_read(text, expected):
    assert expected in names(text)


def test_the_post_before_a_bracketed_university_gets_it():
    text = "Tin y tế. Ông Nguyễn Văn Bảo, Trưởng Bộ môn Giải phẫu (ĐH Y Hà Nội) cho biết ca mổ thành công."
    # a post names a Vietnamese university "Trường Đại học X" (officials, stop 36: the studied gold's form)
    assert ("Nguyễn Văn Bảo", "Trưởng Bộ môn Giải phẫu", "Trường Đại học Y Hà Nội") in roles(text)


def test_a_bracket_restating_the_university_is_no_second_one():
    got = names("Tin y tế. Bệnh viện Đại học Y Dược (ĐH Y Dược) TP.HCM vừa khai trương khu khám mới.")
    assert not any(n.startswith("Đại học Y Dược") for n in got), got


def test_the_parent_after_a_school_stays_unread():
    got = names("Tin giáo dục. Trường ĐH Bách khoa (ĐH Quốc gia TP. HCM) vừa công bố điểm chuẩn.")
    assert "Đại học Quốc gia Thành phố Hồ Chí Minh" not in got, got


def test_capital_short_form_in_brackets_is_no_university():
    got = names("Tin y tế. Bệnh viện Đại học Y Dược (ĐH YD) TP.HCM vừa khai trương khu khám mới.")
    assert not any(n.startswith("Đại học YD") for n in got), got
