"""Long documents: the whole-text district lookup, now answered from one scan per
document, must name what a scan from the start up to each position names."""
from __future__ import annotations

from extractors.doc import Doc
from extractors.orgs.districts import _names_before, _names_in

TEXT = ("Huyện miền núi Mường Lát có 4 ca. Bệnh viện Đa khoa huyện tiếp nhận. "
        "Ở huyện  Quan Sơn và huyện biên giới\tHuyện Na Mèo, Trung tâm Y tế huyện "
        "báo cáo; huyện A B C D E. huyện")


def test_names_before_every_position_equals_a_scan_from_the_start():
    doc = Doc(text=TEXT)
    for pos in range(len(TEXT) + 1):
        assert _names_before(doc, pos) == _names_in(doc.match, 0, pos), pos


def test_a_district_named_once_is_found_paragraphs_later():
    text = "Huyện Thuận Thành có dịch.\n\n" + "Người dân được khám. " * 200 + "Trung tâm"
    assert _names_before(Doc(text=text), len(text)) == {"Thuận Thành"}
