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
