"""A small hand-made KB for the query tests (rows inserted directly, so the tests
do not depend on the extractors), plus checks that the views agree with it.

Other test modules import `build_sample_kb` from here.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

from extractors.sentences import split
from extractors.textnorm import match_text
from pipeline.kb.store import open_kb

NGHE_AN = (
    "Bệnh viện Bạch Mai hỗ trợ Nghệ An\n"
    "Ngày 12/3/2024, Bệnh viện Bạch Mai ký kết thỏa thuận hợp tác với Sở Y tế Nghệ An về "
    "chuyển giao kỹ thuật. PGS.TS. Đào Xuân Cơ, Giám đốc Bệnh viện Bạch Mai, cho biết sẽ đào "
    "tạo 200 cán bộ y tế. Sở Y tế thực hiện Nghị quyết số 39-NQ/TW ngày 18/7/2023 của Bộ Chính "
    "trị về phát triển tỉnh Nghệ An.\n"
    "Hội nghị y tế chuyên sâu tại Nghệ An diễn ra từ ngày 17-18/10/2024."
)
BAC_KAN = (
    "Bệnh viện Trung ương Thái Nguyên hỗ trợ Bắc Kạn\n"
    "Chiều 24/7, Bệnh viện Trung ương Thái Nguyên chuyển giao kỹ thuật cho Sở Y tế Bắc Kạn. "
    "Bệnh viện Trung ương Thái Nguyên trao tặng 500 thùng găng tay trị giá 750 triệu đồng "
    "cho Sở Y tế Bắc Kạn."
)
HA_NOI = (
    "Bệnh viện Tim Hà Nội tổ chức hội nghị\n"
    "Ngày 29/10/2022, Bệnh viện Tim Hà Nội tổ chức Hội nghị Giám đốc các đơn vị y tế Hà Nội. "
    "Bệnh viện Bạch Mai chuyển giao kỹ thuật cho Bệnh viện Tim Hà Nội."
)
UNG_BUOU = (
    "Bệnh viện Ung bướu được công nhận tuyến cuối\n"
    "Năm 2021, Bệnh viện Ung bướu được Bộ Y tế công nhận là bệnh viện tuyến cuối với 1.200 "
    "giường bệnh."
)

ENTITIES = {
    "hos_bachmai": ("Bệnh viện Bạch Mai", "hospital", "Hà Nội"),
    "hea_syt_na": ("Sở Y tế Nghệ An", "health_department", "Nghệ An"),
    "per_daoxuanco": ("Đào Xuân Cơ", "person", "Nghệ An"),
    "par_bct": ("Bộ Chính trị", "party", None),
    "hos_tw_tn": ("Bệnh viện Trung ương Thái Nguyên", "hospital", "Thái Nguyên"),
    "hea_syt_bk": ("Sở Y tế Bắc Kạn", "health_department", "Bắc Kạn"),
    "hos_tim_hn": ("Bệnh viện Tim Hà Nội", "hospital", "Hà Nội"),
    "hos_ungbuou": ("Bệnh viện Ung bướu", "hospital", "Nghệ An"),
    "min_byt": ("Bộ Y tế", "ministry", None),
}


class Doc:
    """Offsets and sentence indexes of phrases in one stored text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.spans = split(match_text(text))

    def at(self, phrase: str, nth: int = 0) -> dict:
        pos = -1
        for _ in range(nth + 1):
            pos = self.text.index(phrase, pos + 1)
        index = next(i for i, (s, e) in enumerate(self.spans) if s <= pos < e)
        return {"sentence": index, "start": pos, "end": pos + len(phrase),
                "extractor": "test", "version": "1", "confidence": 1.0}


def build_sample_kb(path: Path) -> Path:
    """Four documents about Nghệ An, Bắc Kạn, Hà Nội and a Nghệ An hospital."""
    db = open_kb(path)
    with db.atomic():
        db["sources"].insert_all([{"id": 1, "name": "baonghean"}, {"id": 2, "name": "baobackan"},
                                  {"id": 3, "name": "suckhoedoisong"}])
        for eid, (name, type_, province) in ENTITIES.items():
            db["entities"].insert({"id": eid, "name": name, "type": type_, "key": name.lower(),
                                   "province": province})
            db["aliases"].insert({"entity_id": eid, "alias": name, "key": name.lower()})
        db["aliases"].insert({"entity_id": "hos_bachmai", "alias": "BV Bạch Mai",
                              "key": "bv bạch mai"})
        docs = [
            (1, NGHE_AN, "2024-10-05", 1, "Nghệ An", "https://baonghean.vn/bach-mai"),
            (2, BAC_KAN, None, 2, "Bắc Kạn", None),
            (3, HA_NOI, "2022-10-30", 3, "Hà Nội", "https://suckhoedoisong.vn/tim-ha-noi"),
            (4, UNG_BUOU, "2021-05-01", 1, "Nghệ An", None),
        ]
        for did, text, published, src, province, url in docs:
            db["documents"].insert({
                "id": did, "key": url or f"file:doc{did}.txt", "source_id": src, "url": url,
                "canonical_url": url, "path": None if url else f"/data/doc{did}.txt",
                "name": url or f"doc{did}.txt", "title": text.splitlines()[0],
                "published": published, "content_hash": f"h{did}", "text": text,
                "province": province})
        a, b, c, d = Doc(NGHE_AN), Doc(BAC_KAN), Doc(HA_NOI), Doc(UNG_BUOU)

        def mention(doc_id: int, doc: Doc, eid: str, phrase: str, nth: int = 0) -> dict:
            kind = "person" if eid.startswith("per") else "organization"
            return {"document_id": doc_id, "entity_id": eid, "kind": kind, "surface": phrase,
                    **doc.at(phrase, nth)}

        db["mentions"].insert_all([
            mention(1, a, "hos_bachmai", "Bệnh viện Bạch Mai", 1),
            mention(1, a, "hea_syt_na", "Sở Y tế Nghệ An"),
            mention(1, a, "per_daoxuanco", "Đào Xuân Cơ"),
            mention(1, a, "hos_bachmai", "Bệnh viện Bạch Mai", 2),
            mention(1, a, "hea_syt_na", "Sở Y tế", 1),
            mention(1, a, "par_bct", "Bộ Chính trị"),
            mention(2, b, "hos_tw_tn", "Bệnh viện Trung ương Thái Nguyên", 1),
            mention(2, b, "hos_tw_tn", "Bệnh viện Trung ương Thái Nguyên", 2),
            mention(2, b, "hea_syt_bk", "Sở Y tế Bắc Kạn"),
            mention(3, c, "hos_tim_hn", "Bệnh viện Tim Hà Nội", 1),
            mention(3, c, "hos_bachmai", "Bệnh viện Bạch Mai"),
            mention(4, d, "hos_ungbuou", "Bệnh viện Ung bướu", 1),
            mention(4, d, "min_byt", "Bộ Y tế"),
        ])
        db["cooperations"].insert_all([
            {"document_id": 1, "from_id": "hos_bachmai", "to_id": "hea_syt_na",
             "from_name": "Bệnh viện Bạch Mai", "to_name": "Sở Y tế Nghệ An", "kind": "agreement",
             "date": "2024-03-12", "date_source": "event", "text": "ký kết thỏa thuận hợp tác",
             **a.at("ký kết thỏa thuận hợp tác")},
            {"document_id": 2, "from_id": "hos_tw_tn", "to_id": "hea_syt_bk",
             "from_name": "Bệnh viện Trung ương Thái Nguyên", "to_name": "Sở Y tế Bắc Kạn",
             "kind": "technology_transfer", "date": "XXXX-07-24", "date_source": "event",
             "text": "chuyển giao kỹ thuật", **b.at("chuyển giao kỹ thuật")},
            {"document_id": 2, "from_id": "hos_tw_tn", "to_id": "hea_syt_bk",
             "from_name": "Bệnh viện Trung ương Thái Nguyên", "to_name": "Sở Y tế Bắc Kạn",
             "kind": "donation", "date": None, "date_source": "none", "text": "trao tặng",
             **b.at("trao tặng")},
            {"document_id": 3, "from_id": "hos_bachmai", "to_id": "hos_tim_hn",
             "from_name": "Bệnh viện Bạch Mai", "to_name": "Bệnh viện Tim Hà Nội",
             "kind": "technology_transfer", "date": "2022-10-30", "date_source": "published",
             "text": "chuyển giao kỹ thuật", **c.at("chuyển giao kỹ thuật")},
        ])
        db["roles"].insert({"document_id": 1, "person_id": "per_daoxuanco", "title": "Giám đốc",
                            "organization_id": "hos_bachmai", "organization": "Bệnh viện Bạch Mai",
                            "date": "2024-10-05", "date_source": "published", "former": 0,
                            "honorifics": '["PGS.TS."]',
                            **a.at("Đào Xuân Cơ")})
        db["legal_documents"].insert({
            "document_id": 1, "kind": "Nghị quyết", "number": "39-NQ/TW", "issued": "2023-07-18",
            "issuer": "Bộ Chính trị", "issuer_id": "par_bct", "title": None,
            "text": "Nghị quyết số 39-NQ/TW ngày 18/7/2023",
            **a.at("Nghị quyết số 39-NQ/TW ngày 18/7/2023")})
        db["figures"].insert_all([
            {"document_id": 1, "value": 200, "unit": "cán bộ", "qualifier": None,
             "date": "2024-10-05", "date_source": "published",
             "text": "200 cán bộ", **a.at("200 cán bộ")},
            {"document_id": 2, "value": 750000000, "unit": "đồng", "qualifier": None,
             "date": None, "date_source": "none",
             "text": "750 triệu đồng", **b.at("750 triệu đồng")},
            {"document_id": 4, "value": 1200, "unit": "giường bệnh", "qualifier": None,
             "date": "2021-05-01", "date_source": "published",
             "text": "1.200 giường bệnh", **d.at("1.200 giường bệnh")},
        ])
        db["dates"].insert_all([
            {"document_id": 1, "text": "Ngày 12/3/2024", "date_start": "2024-03-12",
             "date_end": "2024-03-12", **a.at("Ngày 12/3/2024")},
            {"document_id": 1, "text": "ngày 18/7/2023", "date_start": "2023-07-18",
             "date_end": "2023-07-18", **a.at("ngày 18/7/2023")},
            {"document_id": 1, "text": "từ ngày 17-18/10/2024", "date_start": "2024-10-17",
             "date_end": "2024-10-18", **a.at("từ ngày 17-18/10/2024")},
            {"document_id": 2, "text": "Chiều 24/7", "date_start": "XXXX-07-24",
             "date_end": "XXXX-07-24", **b.at("Chiều 24/7")},
            {"document_id": 3, "text": "Ngày 29/10/2022", "date_start": "2022-10-29",
             "date_end": "2022-10-29", **c.at("Ngày 29/10/2022")},
            {"document_id": 4, "text": "Năm 2021", "date_start": "2021", "date_end": "2021",
             **d.at("Năm 2021")},
        ])
    db.close()
    return path


def test_sample_kb_views_answer_from_plain_sqlite(tmp_path):
    path = build_sample_kb(tmp_path / "kb.sqlite")
    conn = sqlite3.connect(path)
    try:
        dated = conn.execute(
            "SELECT kind, date, date_source FROM timeline WHERE entity_id = 'par_bct' "
            "ORDER BY date").fetchall()
        assert ("legal", "2023-07-18", "issued") in dated
        links = conn.execute(
            "SELECT from_name, to_name, kind, date, date_source FROM cooperation_links "
            "ORDER BY id").fetchall()
        assert links[0] == ("Bệnh viện Bạch Mai", "Sở Y tế Nghệ An", "agreement", "2024-03-12",
                            "event")
        # no published date and a year-less event date: the partial date stays
        assert links[1][3:] == ("XXXX-07-24", "event")
        assert links[2][3:] == (None, "none")
        assert links[3][3:] == ("2022-10-30", "published")
        accent_free = conn.execute(
            "SELECT DISTINCT entity_id FROM entity_names WHERE entity_names MATCH ?",
            ['"bach mai"']).fetchall()
        assert accent_free == [("hos_bachmai",)]
    finally:
        conn.close()


def _index_matches_views(conn: sqlite3.Connection) -> None:
    stored = set(conn.execute(
        "SELECT entity_id, kind, fact_id, date, document_id, sentence, start FROM timeline_index"))
    derived = set(conn.execute("SELECT * FROM timeline_keys"))
    assert stored == derived


def test_timeline_index_follows_every_change(tmp_path):
    """The materialised index equals the views after inserts, late dates, merges,
    re-dated documents and deletions (its triggers refresh whole sentences)."""
    path = build_sample_kb(tmp_path / "kb.sqlite")
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    try:
        _index_matches_views(conn)
        assert conn.execute("SELECT date FROM timeline_index WHERE entity_id = 'hea_syt_na' "
                            "AND kind = 'cooperation'").fetchone() == ("2024-03-12",)
        # a fact's date is its own (stored by factdates): its sentence's dates do not move it
        conn.execute("DELETE FROM dates WHERE text = 'Ngày 12/3/2024'")
        assert conn.execute("SELECT date FROM timeline_index WHERE entity_id = 'hea_syt_na' "
                            "AND kind = 'cooperation'").fetchone() == ("2024-03-12",)
        _index_matches_views(conn)
        # a fact re-dated to its publication date follows it
        conn.execute("UPDATE cooperations SET date = NULL, date_source = 'published' "
                     "WHERE document_id = 1")
        assert conn.execute("SELECT date FROM timeline_index WHERE entity_id = 'hea_syt_na' "
                            "AND kind = 'cooperation'").fetchone() == ("2024-10-05",)
        _index_matches_views(conn)
        # an entity merge (mentions and ends re-pointed) moves the facts
        conn.execute("UPDATE mentions SET entity_id = 'hos_tim_hn' WHERE entity_id = 'par_bct'")
        conn.execute("UPDATE legal_documents SET issuer_id = 'hos_tim_hn'")
        assert not conn.execute("SELECT 1 FROM timeline_index WHERE entity_id = 'par_bct'"
                                ).fetchone()
        _index_matches_views(conn)
        # a corrected publication date re-dates what had only that date
        conn.execute("UPDATE documents SET published = '2021-06-01' WHERE id = 4")
        _index_matches_views(conn)
        # deleting a document (facts cascade) leaves nothing of it behind
        conn.execute("DELETE FROM documents WHERE id = 1")
        assert not conn.execute("SELECT 1 FROM timeline_index WHERE document_id = 1").fetchone()
        _index_matches_views(conn)
    finally:
        conn.close()


def test_timeline_index_follows_ingest_and_reingest(tmp_path, samples):
    """Through the real store: a changed file replaces its facts; the index follows."""
    from pipeline import jobs

    article = tmp_path / "bai.txt"
    article.write_text(samples.ARTICLE, encoding="utf-8")
    kb = tmp_path / "kb.sqlite"
    assert jobs.load(kb, jobs.file_items([article], "2024-03-13"), "ingest").exit_code == 0
    article.write_text(samples.ARTICLE.replace("12/3/2024", "15/4/2024"), encoding="utf-8")
    assert jobs.load(kb, jobs.file_items([article], "2024-04-16"), "ingest").exit_code == 0
    conn = sqlite3.connect(kb)
    try:
        _index_matches_views(conn)
        assert not conn.execute("SELECT 1 FROM timeline_index WHERE date = '2024-03-12'"
                                ).fetchone()
    finally:
        conn.close()


def test_stale_or_missing_query_objects_are_rebuilt(tmp_path):
    """A KB that ran an older draft of 0005 (or skipped it) gets today's views,
    triggers and a refilled timeline index the first time a query command opens it."""
    from pipeline.query.schema import ensure_views

    path = build_sample_kb(tmp_path / "kb.sqlite")
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        assert ensure_views(conn) == []  # current: nothing to do
        conn.execute("DROP VIEW timeline_facts")
        conn.execute("CREATE VIEW timeline_facts AS SELECT 1 AS kind")
        conn.execute("DROP TRIGGER dates_tl_ai")
        conn.execute("DELETE FROM timeline_index")
        changed = ensure_views(conn)
        assert "timeline_facts" in changed and "dates_tl_ai" in changed
        _index_matches_views(conn)
        assert conn.execute("SELECT count(*) FROM timeline_index").fetchone()[0] > 0
        conn.execute("DROP TABLE timeline_index")
        conn.execute("DROP TABLE entity_names")
        assert {"timeline_index", "entity_names"} <= set(ensure_views(conn))
        _index_matches_views(conn)
        assert conn.execute("SELECT entity_id FROM entity_names WHERE entity_names MATCH "
                            "'\"bach mai\"'").fetchone() == ("hos_bachmai",)
        assert ensure_views(conn) == []
    finally:
        conn.close()
