"""Cooperation families added in stop 21, with sentences written for the test: a leader's
visit ("đến thăm, chúc tết …") to a named body links the leader's body with it; a visit to
people ("thăm khám", "thăm 3 chiến sĩ") links nobody."""
from __future__ import annotations

from extractors import cooperations, run
from extractors.doc import Cooperation, Doc
from pipeline.stages import EXTRACTION


def links(text: str) -> set[tuple[str, str]]:
    doc = run(Doc(text=text, published="2024-02-10"), EXTRACTION)
    return {(c.source, c.target) for c in doc.cooperations}


def pairs(text: str) -> set[frozenset[str]]:
    return {frozenset(p) for p in links(text)}


def test_a_leader_s_new_year_visit_links_the_leader_s_body_with_the_bodies_visited() -> None:
    got = pairs("Chiều 3-2, Chủ tịch Quốc hội Trần Văn Minh đã đến thăm, chúc tết Công an tỉnh Long An "
                "và Bệnh viện Đa khoa tỉnh Long An.")
    assert frozenset({"Quốc hội", "Công an tỉnh Long An"}) in got
    assert frozenset({"Quốc hội", "Bệnh viện Đa khoa tỉnh Long An"}) in got


def test_a_visit_to_a_hospital_s_staff_is_a_visit_to_the_hospital() -> None:
    got = pairs("Nhân Ngày Thầy thuốc Việt Nam, Bộ trưởng Bộ Y tế Lê Thị Hoa đã tới thăm, chúc mừng "
                "các bác sĩ, nhân viên của Bệnh viện Nhi Trung ương.")
    assert frozenset({"Bộ Y tế", "Bệnh viện Nhi Trung ương"}) in got


def test_visiting_patients_or_examining_them_links_nobody() -> None:
    assert not links("Bệnh viện Thống Nhất và Bệnh viện Chợ Rẫy đã cử bác sĩ đến để thăm 3 chiến sĩ "
                     "bị thương.")
    assert not links("Các bác sĩ Bệnh viện Đa khoa tỉnh Long An thăm khám cho người dân xã Mỹ Lạc.")


def _link(src: str, tgt: str, sentence: int) -> Cooperation:
    return Cooperation(source=src, target=tgt, kind="exchange", text="", sentence=sentence,
                       start=0, end=0, extractor="t", version="0", confidence=0.6)


def test_a_pair_stated_both_ways_as_often_keeps_the_direction_stated_first() -> None:
    kept = cooperations.collapse([_link("Bệnh viện A", "Quốc hội", 5), _link("Quốc hội", "Bệnh viện A", 1)],
                                 {"Bệnh viện A": "Long An", "Quốc hội": None})
    assert [(c.source, c.target) for c in kept] == [("Quốc hội", "Bệnh viện A")]
