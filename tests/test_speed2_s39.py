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
