"""Session 40 speed work on the organisation walker: the same names, less work."""
from __future__ import annotations

import pytest

from extractors.doc import Doc
from extractors.orgs.heads import head_at
from extractors.orgs.known import known_at
from extractors.textnorm import normalise


def _doc(text: str) -> Doc:
    return normalise(Doc(text=text))


# sentences in the press's shape, each with a head noun where the walk starts
_HEADED = [
    "Sáng nay, Bệnh viện Bạch Mai đã tiếp nhận 12 bệnh nhân.",
    "Theo Bộ Y tế, số ca mắc đang giảm.",
    "Bộ Y tế (cơ quan chủ quản) đã có công văn.",
    "Ông Nguyễn Văn A, Giám đốc Sở Y tế tỉnh Nghệ An, cho biết.",
    "UBND tỉnh Quảng Nam vừa ban hành kế hoạch.",
    "Bộ Chính trị đã cho ý kiến về đề án.",
    "Bệnh viện Đa khoa tỉnh Thanh Hóa tổ chức hội nghị.",
    "Trung tâm Kiểm soát bệnh tật TP.HCM khuyến cáo người dân.",
    "bệnh viện tuyến tỉnh còn thiếu bác sĩ.",
    "Bệnh viện, trạm y tế đều quá tải.",
    "Ban Bảo vệ, chăm sóc sức khỏe cán bộ tỉnh Nghệ An thăm hỏi.",
]


@pytest.mark.parametrize("sentence", _HEADED)
def test_known_at_from_the_head_reads_as_from_its_start(sentence: str) -> None:
    """The head's words walked once per spelling give the walk word by word from the start."""
    text = _doc(sentence).match
    heads = [(i, m.end()) for i in range(len(text)) if (m := head_at(text, i)) is not None]
    assert heads
    for pos, head_end in heads:
        for limit in (len(text), head_end, min(len(text), head_end + 6)):
            assert known_at(text, pos, limit, head_end=head_end) == known_at(text, pos, limit)
            # asked twice: the second answer comes from the kept head walk
            assert known_at(text, pos, limit, head_end=head_end) == known_at(text, pos, limit)


def test_known_at_after_a_kept_head_reads_each_text_on() -> None:
    """The head's walk is kept by its spelling; what follows is read from each text."""
    first = _doc("Hôm qua Bộ Y tế họp.").match
    second = _doc("Hôm qua Bộ Công an họp.").match
    a = known_at(first, first.index("Bộ"), len(first), head_end=first.index("Bộ") + 2)
    b = known_at(second, second.index("Bộ"), len(second), head_end=second.index("Bộ") + 2)
    assert a is not None and a[1][0] == "Bộ Y tế" and first[a[0] - 2:a[0]] == "tế"
    assert b is not None and b[1][0] == "Bộ Công an" and second[b[0] - 2:b[0]] == "an"


def test_known_at_head_that_is_a_name_itself() -> None:
    """A head that the gazetteer knows whole ("Bộ Chính trị") is the answer when nothing longer follows."""
    text = _doc("Bộ Chính trị đã họp.").match
    hit = known_at(text, 0, len(text), head_end=len("Bộ Chính trị"))
    assert hit is not None and hit[0] == len("Bộ Chính trị") and hit[1][1] == "party"


def _org(sentence: str, at: str, province: str | None = None):
    from extractors.orgs.walker import org_at
    doc = _doc(sentence)
    doc.province = province
    return org_at(doc, doc.match.index(at), len(doc.match))


def test_known_name_ending_in_a_place_is_whole() -> None:
    """A known name read up to its place ends the walk there; asked again (the kept reading of
    its words) it ends there too."""
    for _ in range(2):
        org = _org("Hôm qua, Sở Y tế tỉnh Nghệ An Hà Nội đã họp.", "Sở")
        assert org is not None and org.name == "Sở Y tế Nghệ An" and org.province == "Nghệ An"


def test_known_name_then_its_local_chapter() -> None:
    """"… Việt Nam tỉnh X": a national body's chapter reads on to the province."""
    org = _org("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Nam đã trao quà.", "Ủy ban")
    assert org is not None and org.name.endswith("Việt Nam tỉnh Quảng Nam") and org.province == "Quảng Nam"


def test_canonical_written_forms() -> None:
    """The written forms canonical gives: "Đa khoa" capitalised after the head, a department
    named without its level, a People's Committee with it; a name it leaves alone is kept."""
    from extractors.orgs.span import OrgSpan
    from extractors.orgs.walker import canonical
    assert canonical(OrgSpan(0, 9, "Bệnh viện đa khoa Hồng Ngọc", "hospital", None)).name == \
        "Bệnh viện Đa khoa Hồng Ngọc"
    assert canonical(OrgSpan(0, 9, "Sở Nội vụ tỉnh Nghệ An", "government", "Nghệ An")).name == "Sở Nội vụ Nghệ An"
    assert canonical(OrgSpan(0, 9, "Ủy ban nhân dân Bình Định", "government", "Bình Định")).name == \
        "Ủy ban nhân dân tỉnh Bình Định"
    plain = OrgSpan(0, 9, "Công ty Hoa Sen", "company", None)
    assert canonical(plain) == plain


def test_bare_hospital_takes_the_province_unless_being_set_up() -> None:
    """"Bệnh viện Ung bướu" alone is the article's province's; one being set up is not named."""
    org = _org("Bệnh nhân được chuyển lên Bệnh viện Ung bướu điều trị.", "Bệnh viện", "Nghệ An")
    assert org is not None and org.name == "Bệnh viện Ung bướu Nghệ An"
    org = _org("Tỉnh đang xây dựng Bệnh viện Ung bướu mới.", "Bệnh viện", "Nghệ An")
    assert org is not None and org.name == "Bệnh viện Ung bướu" and org.province is None


@pytest.mark.parametrize("window", ["cán bộ ", "Câu lạc bộ  ", "ông A, ", "xã ", " ", "abc", "số 12 ",
                                    "Theo 3 ", "lạc\tbộ \t", "của các "])
def test_prev_two_reads_as_the_search_did(window: str) -> None:
    """The two words before a lower-case head, read from the reversed window, are the groups
    the search over the window gave."""
    from extractors.orgs.walker import _PREV_TWO, _prev_two
    text = "Hôm nay " + window
    lo = len("Hôm nay ")
    m = _PREV_TWO.search(text, lo, len(text))
    assert _prev_two(text, lo, len(text)) == (None if m is None else m.groups())


def test_lower_case_head_after_a_compound_opens_no_name() -> None:
    """"cán bộ Y tế" ends a compound: no ministry there; "của bộ Y tế" names one."""
    assert _org("Đội ngũ cán bộ Y tế xã rất mỏng.", "bộ") is None
    org = _org("Theo thông báo của bộ Y tế hôm qua.", "bộ")
    assert org is not None and org.name == "Bộ Y tế"


def test_walks_do_not_share_what_they_read() -> None:
    """A walk's fields start from the class defaults: what one walk read is not seen by the next."""
    first = _org("Ông A nói Bệnh viện Đa khoa tỉnh Thanh Hóa đã tiếp nhận.", "Bệnh viện")
    second = _org("Ông A nói Bệnh viện Minh Khang Đức đã tiếp nhận.", "Bệnh viện")
    assert first is not None and first.province == "Thanh Hóa"
    assert second is not None and second.name == "Bệnh viện Minh Khang Đức" and second.province is None


def test_known_at_head_past_the_limit_reads_to_the_limit() -> None:
    """A head that runs past the limit is not taken from the kept head walk: the walk stops at the limit."""
    text = _doc("Bộ Chính trị đã họp.").match
    head_end = len("Bộ Chính trị")
    assert known_at(text, 0, len(text), head_end=head_end) is not None   # the head walk is kept
    for limit in (len("Bộ"), len("Bộ Chính")):
        hit = known_at(text, 0, limit, head_end=head_end)
        assert hit == known_at(text, 0, limit) and (hit is None or hit[0] <= limit)
