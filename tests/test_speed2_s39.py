"""Session 39 (speed2): work a step did twice is done once, with the same answers.

A title chain ("Phó Giám đốc Sở Y tế, kiêm Giám đốc Trung tâm …") parses each role once: the
parse that tells the chain goes on after a separator is the chain's next role."""
from __future__ import annotations

from collections import Counter

import pytest

from extractors import officials
from pipeline.extract import extract
from pipeline.records import Article


def _officials(text: str) -> list[tuple[str, str, str | None]]:
    doc = extract(Article(source="t", title="", text=text))
    return [(o.name, o.title, o.organization) for o in doc.officials]


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> Counter:
    """How often `_parse_role` is asked about each (text, position, limit)."""
    seen: Counter = Counter()
    parse = officials._parse_role

    def counted(doc, pos, limit):
        seen[(doc.match, pos, limit)] += 1
        return parse(doc, pos, limit)

    monkeypatch.setattr(officials, "_parse_role", counted)
    return seen


def test_chain_parses_each_role_once(parses: Counter) -> None:
    """Three posts joined by a comma, "kiêm" and "và": one parse a position, every post read."""
    got = _officials("Ông Lê Văn Thành, Phó Giám đốc Sở Y tế tỉnh Nam Định, kiêm Giám đốc Bệnh viện Đa khoa "
                     "tỉnh Nam Định cho biết đơn vị đã sẵn sàng.")
    assert ("Lê Văn Thành", "Phó Giám đốc", "Sở Y tế Nam Định") in got
    assert ("Lê Văn Thành", "Giám đốc", "Bệnh viện Đa khoa tỉnh Nam Định") in got
    assert parses and max(parses.values()) == 1


def test_chain_stops_where_no_role_follows(parses: Counter) -> None:
    """A comma that no title follows ends the chain: the post before it is the name's only one."""
    got = _officials("Bà Trần Thị Hoa, Trưởng khoa Nhi Bệnh viện Bạch Mai, cho biết bệnh nhi đã ổn định.")
    assert [(n, t) for n, t, _ in got] == [("Trần Thị Hoa", "Trưởng khoa Nhi")]
    assert max(parses.values()) == 1


# --- cooperation matchers scan a sentence only when it spells a word every match needs

class _Counted:
    """A pattern whose scans are counted (the matchers call `finditer` only)."""

    def __init__(self, pattern) -> None:
        self.pattern, self.scans = pattern, 0

    def finditer(self, *args):
        self.scans += 1
        return self.pattern.finditer(*args)


def _links(text: str) -> set[tuple[str, str, str]]:
    doc = extract(Article(source="t", title="", text=text))
    return {(c.source, c.target, c.kind) for c in doc.cooperations}


_MATCHERS = ("_TECHNIQUES_FROM", "_SAMPLES", "_SATELLITE_LIST", "_SESSION_OPENING", "_CONTACT", "_INVITE",
             "_RECEIVE_TEAM")


@pytest.fixture
def scans(monkeypatch: pytest.MonkeyPatch) -> dict[str, _Counted]:
    from extractors import coop_rules
    counted = {name: _Counted(getattr(coop_rules, name)) for name in _MATCHERS}
    for name, pattern in counted.items():
        monkeypatch.setattr(coop_rules, name, pattern)
    return counted


def test_a_cue_sentence_without_the_words_is_not_scanned(scans: dict[str, _Counted]) -> None:
    """A joint-work sentence that writes no technique, sample, satellite, session, contact,
    invitation or team word: the cue matchers run, these scans do not."""
    got = _links("Bệnh viện Đa khoa tỉnh Nam Định phối hợp với Trung tâm Kiểm soát bệnh tật tỉnh Nam Định "
                 "triển khai chiến dịch tiêm chủng cho trẻ em.")
    assert got   # the sentence went through the matchers
    assert {name: c.scans for name, c in scans.items()} == dict.fromkeys(_MATCHERS, 0)


def test_techniques_and_samples_still_read_where_spelt(scans: dict[str, _Counted]) -> None:
    """The words in any case: the scans run and find the links as before."""
    got = _links("Năm nay, Bệnh viện Đa khoa tỉnh Hà Giang đã tiếp nhận 5 Kỹ Thuật mới từ Bệnh viện Bạch Mai. "
                 "Trung tâm Y tế huyện Mèo Vạc lấy 20 mẫu bệnh phẩm gửi đến Viện Vệ sinh dịch tễ Trung ương "
                 "để xét nghiệm.")
    assert ("Bệnh viện Bạch Mai", "Bệnh viện Đa khoa tỉnh Hà Giang", "technology_transfer") in got
    assert scans["_TECHNIQUES_FROM"].scans and scans["_SAMPLES"].scans
    assert any(c[0] == "Viện Vệ sinh dịch tễ Trung ương" and c[2] == "support" for c in got)


def test_satellites_and_invited_experts_still_read(scans: dict[str, _Counted]) -> None:
    got = _links("Bệnh viện Trung ương Huế có mạng lưới vệ tinh gồm 4 bệnh viện: Bệnh viện Đa khoa tỉnh Quảng Trị, "
                 "Bệnh viện Đa khoa tỉnh Quảng Bình. Bệnh viện Đa khoa tỉnh Kon Tum đã mời các chuyên gia của "
                 "Bệnh viện Chợ Rẫy về phẫu thuật.")
    assert ("Bệnh viện Trung ương Huế", "Bệnh viện Đa khoa tỉnh Quảng Trị", "satellite") in got
    assert ("Bệnh viện Chợ Rẫy", "Bệnh viện Đa khoa tỉnh Kon Tum", "support") in got
    assert scans["_SATELLITE_LIST"].scans and scans["_INVITE"].scans


# --- a title that ends in its body's name is looked up in a set, not compared with every title

def test_lower_titles_is_every_title_lower_cased() -> None:
    from extractors.titles import lower_titles, titles
    assert lower_titles() == {t.lower() for t in titles()}
    assert "phó thủ tướng" in lower_titles() and "Phó Thủ tướng" not in lower_titles()


def test_a_title_ending_in_its_body_is_split_whatever_its_case() -> None:
    got = _officials("Sáng 5/3, phó thủ tướng Chính phủ Lê Văn Thành đã thăm Bệnh viện Bạch Mai.")
    assert ("Lê Văn Thành", "Phó thủ tướng", "Chính phủ") in got   # the title as written, capitalised
