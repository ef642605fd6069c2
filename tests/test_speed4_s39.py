"""Session 39 speed work (round 2): literal gates before scans that find nothing in most
sentences. A gate only skips a scan with no match: the links and names read are the same
with the gate forced open."""
from __future__ import annotations

import pytest

from extractors import coop_rules
from pipeline.extract import extract
from pipeline.records import Article


def _ex(text: str):
    return extract(Article(source="t", title="", text=text))


def _pairs(text: str) -> set[tuple[str, str]]:
    return {(c.source, c.target) for c in _ex(text).cooperations}


_LAUNCH_AND_TEAM = [
    "Sở Y tế Hà Nội và Sở Giáo dục và Đào tạo Hà Nội đã công bố cẩm nang phòng chống dịch cho học sinh.",
    "Sở Y tế tỉnh Lào Cai và Hội Chữ thập đỏ tỉnh Lào Cai vừa phát động chiến dịch hiến máu mùa hè.",
    "Bệnh viện Đa khoa tỉnh Quảng Ninh đưa bệnh nhân về Hà Nội cùng với ekip bác sĩ của Bệnh viện Bạch Mai.",
    "Sở Y tế tỉnh Lào Cai phối hợp với Bệnh viện Bạch Mai khám cho 300 người dân.",
]


@pytest.mark.parametrize("text", _LAUNCH_AND_TEAM)
def test_launch_and_team_gates_change_no_link(text: str, monkeypatch) -> None:
    """co_launchers and joined_teams read the same links with their literal gates forced open."""
    gated = _pairs(text)
    monkeypatch.setattr(coop_rules, "may_spell", lambda *a: True)
    from extractors import coop_organisers, coop_teams
    monkeypatch.setattr(coop_organisers, "may_spell", lambda *a: True)
    monkeypatch.setattr(coop_teams, "may_spell", lambda *a: True)
    assert _pairs(text) == gated


def test_joint_launch_still_links_the_two_bodies() -> None:
    pairs = _pairs(_LAUNCH_AND_TEAM[0])
    assert {frozenset(p) for p in pairs} >= {frozenset({"Sở Y tế Hà Nội", "Sở Giáo dục và Đào tạo Hà Nội"})}


def test_joined_team_still_links_its_body() -> None:
    assert ("Bệnh viện Bạch Mai", "Bệnh viện Đa khoa tỉnh Quảng Ninh") in _pairs(_LAUNCH_AND_TEAM[2])


_BRAND_TEXTS = [
    "Đại diện Sanofi Việt Nam và Vietcombank ký kết chương trình tài trợ cho Bệnh viện Nhi Trung ương.",
    "Ông Trần Văn Bình, Tổng Giám đốc VNPT Hà Nội, cho biết mạng sẽ phủ sóng toàn bộ các trạm y tế.",
    "Người bệnh mua thuốc sanofi giả và thẻ vietcombank bị đánh cắp.",
]


def _orgs(text: str) -> list[str]:
    return [o.name for o in _ex(text).organizations]


@pytest.mark.parametrize("text", _BRAND_TEXTS)
def test_brands_read_the_same_with_and_without_word_hits(text: str, monkeypatch) -> None:
    """Brands found from the automaton's hits (lower-cased, then checked as written) and by the
    first-letter scan are the same names."""
    from extractors import wordhits
    with_hits = _orgs(text)
    monkeypatch.setattr(wordhits, "hits", lambda doc: None)
    assert _orgs(text) == with_hits


def test_brand_hits_keep_the_written_case() -> None:
    """A brand spelt in lower case is no brand: the word hits are of the lower-cased text."""
    from extractors.orgs.brands import _brand_spans
    text = "sanofi và Sanofi, GSK"
    lower = text.lower()
    found = ([0, 10, 18], [[6], [6], [3]])
    assert lower[0:6] == lower[10:16] == "sanofi"
    assert _brand_spans(text, found) == _brand_spans(text, None) == [(10, 16), (18, 21)]


def test_brand_names_found() -> None:
    names = _orgs(_BRAND_TEXTS[0])
    assert "Sanofi Việt Nam" in names and any("Vietcombank" in n for n in names)
    assert not any("sanofi" in n or "vietcombank" in n for n in _orgs(_BRAND_TEXTS[2]))
