"""Timelines users can trust: on the bundled corpus plus the seed articles, no role or
cooperation in `ytekb timeline "Nghệ An"` is dated by a cited document or a deadline.
Each date is checked against its article's publication date and its own sentence."""
from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest

import fullkb

# words that make a date someone else's: a document's issue date, a deadline, a plan
OTHER_FACT = re.compile(r"(?:\d+\s*[/-]\s*[A-ZĐ][\w./-]*|số\s+\d+\S*|ban hành|trước|đến|tới|hạn|"
                        r"hoàn thành(?:\s+\S+){0,6}\s+(?:trong|vào)|sẽ|dự kiến)\s*(?:ngày|tháng|năm)?"
                        r"\s*$", re.IGNORECASE)


@pytest.fixture(scope="module")
def kb(corpus_kb, copy_kb, ytekb, shared_dir, tmp_path_factory) -> Path:
    return fullkb.build(corpus_kb, copy_kb, ytekb, shared_dir, tmp_path_factory.mktemp("dates"))


def test_nghe_an_roles_and_cooperations_are_dated_by_their_event_or_publication(kb, ytekb):
    res = ytekb("timeline", "Nghệ An", "--db", kb, "--limit", "0", "--kind", "role", "--kind",
                "cooperation", "--json")
    assert res.code == 0, res.explain()
    items = json.loads(res.stdout)
    assert len(items) >= 30 and {i["kind"] for i in items} == {"role", "cooperation"}
    conn = sqlite3.connect(f"file:{kb}?mode=ro", uri=True)
    try:
        sources = {"published": 0, "event": 0}
        for item in items:
            published, text = conn.execute("SELECT published, text FROM documents WHERE id = ?",
                                            [item["document_id"]]).fetchone()
            sources[item["date_source"]] += 1
            if item["date_source"] == "published":
                assert item["date"] == published[:10], item
                continue
            assert item["date_source"] == "event", item
            # an event date: one of the sentence's own dates, not after the article ...
            assert published is None or item["date"][:len(published[:10])] <= published[:10]
            spans = conn.execute(
                "SELECT start, \"end\", text FROM dates WHERE document_id = ? AND sentence = ? "
                "AND date_start = ?", [item["document_id"], item["sentence_index"],
                                       item["date"]]).fetchall()
            assert spans, item
            assert any(t in item["sentence"] for _, _, t in spans), item
            start = spans[0][0]
            sentence_start = text.index(item["sentence"])
            before = text[sentence_start:start]
            # ... and not a cited document's date nor a deadline
            assert not OTHER_FACT.search(before), (item["summary"], before[-60:])
            inside_legal = conn.execute(
                "SELECT 1 FROM legal_documents WHERE document_id = ? AND start <= ? AND "
                "\"end\" >= ?", [item["document_id"], start, spans[0][1]]).fetchone()
            assert not inside_legal, item
        assert sources["event"] >= 5 and sources["published"] >= 10, sources
    finally:
        conn.close()


def test_the_issue_examples_are_gone(kb, ytekb):
    """The dates the issue reported: a resolution's issue date (2017-10-25), a decision's
    (2025-03-07), a programme's (2023-11-15) and a deadline (2024-11)."""
    items = json.loads(ytekb("timeline", "Nghệ An", "--db", kb, "--limit", "0", "--kind", "role",
                             "--kind", "cooperation", "--json").stdout)
    dates = {i["date"] for i in items}
    assert not dates & {"2017-10-25", "2025-03-07", "2023-11-15", "2024-11", "2030", "2045"}
    quan = [i for i in items if i["summary"].startswith("Trần Minh Quân")]
    assert quan and all(i["date"] >= "2024" for i in quan), quan
    officials = json.loads(ytekb("officials", "--person", "Trần Minh Quân", "--db", kb,
                                 "--json").stdout)
    assert all(o["first_seen"] >= "2024" for o in officials), officials
