"""The resolver on names given directly: merges, hard negatives, persons,
provinces, id stability and the per-process index cache."""
from __future__ import annotations

import sqlite3

import pytest
import sqlite_utils

from pipeline.kb import store
from pipeline.resolve import Resolver, index
from pipeline.resolve.evaluate import memory_kb


@pytest.fixture
def db() -> sqlite_utils.Database:
    d = memory_kb()
    index.forget(d)
    yield d
    index.forget(d)


def org(db: sqlite_utils.Database, name: str, province: str | None = None,
        type_: str = "other") -> str:
    with db.atomic():
        r = Resolver(db, province=province)
        eid = r.organization(name, type_, None)
        r.finish()
    return eid


def person(db: sqlite_utils.Database, name: str, org_name: str | None,
           province: str | None, date: str | None = "2024-10-01") -> str:
    with db.atomic():
        r = Resolver(db, province=province, date=date)
        oid = r.endpoint(org_name, province) if org_name else None
        eid = r.person(name, oid, province)
        r.finish()
    return eid


def name_of(db: sqlite_utils.Database, eid: str) -> str:
    return db.execute("SELECT name FROM entities WHERE id = ?", [eid]).fetchone()[0]


def test_issue_examples_merge(db) -> None:
    bm = {org(db, n, p) for n, p in [("Bệnh viện Bạch Mai", None), ("BV Bạch Mai", "Nghệ An"),
                                     ("bệnh viện Bạch Mai", "Hà Nội")]}
    assert len(bm) == 1
    na = {org(db, n, "Nghệ An") for n in ("Bệnh viện Hữu nghị đa khoa tỉnh",
                                          "Bệnh viện Đa khoa tỉnh Nghệ An",
                                          "Bệnh viện Hữu nghị Đa khoa Nghệ An")}
    assert len(na) == 1
    assert name_of(db, na.pop()) == "Bệnh viện Hữu nghị Đa khoa Nghệ An"
    hcm = {org(db, n) for n in ("Sở Y tế TP.HCM", "Sở Y tế TPHCM",
                                "Sở Y tế Thành phố Hồ Chí Minh")}
    assert len(hcm) == 1
    assert name_of(db, hcm.pop()) == "Sở Y tế Thành phố Hồ Chí Minh"


@pytest.mark.parametrize("a, b", [
    ("Bệnh viện Nhi đồng 1", "Bệnh viện Nhi đồng 2"),
    ("Sở Y tế Hà Nội", "Sở Y tế Nghệ An"),
    ("Bệnh viện Đa khoa tỉnh Bắc Kạn", "Bệnh viện Đa khoa tỉnh Bắc Ninh"),
    ("Bệnh viện Trung ương Huế", "Bệnh viện Trung ương Thái Nguyên"),
    ("Cục Quản lý Dược", "Cục Quản lý Khám, chữa bệnh"),
    ("Sở Y tế Bắc Kạn", "Sở Y tế Thái Nguyên"),
    ("Bệnh viện K", "Bệnh viện E"),
    ("Trung tâm Y tế huyện Nghi Lộc", "Trung tâm Y tế huyện Nghi Xuân"),
    ("Bệnh viện Đa khoa khu vực Tây Bắc Nghệ An", "Bệnh viện Đa khoa khu vực Tây Nam Nghệ An"),
    ("Bệnh viện Đa khoa Hồng Ngọc", "Bệnh viện Đa khoa Hồng Đức"),
])
def test_hard_negatives_stay_apart(db, a: str, b: str) -> None:
    assert org(db, a) != org(db, b)
    assert org(db, b) != org(db, a)


def test_bare_mentions_use_the_document_province(db) -> None:
    na, hn = org(db, "Sở Y tế", "Nghệ An"), org(db, "Sở Y tế", "Hà Nội")
    assert na != hn
    assert na == org(db, "Sở Y tế Nghệ An") and hn == org(db, "SYT Hà Nội")
    assert name_of(db, org(db, "UBND tỉnh", "Bắc Kạn")) == "Ủy ban nhân dân tỉnh Bắc Kạn"
    # without a province a bare name never joins a placed one
    assert org(db, "Sở Y tế") not in (na, hn)


def test_district_bodies_are_placed_by_the_document(db) -> None:
    ag = org(db, "Trung tâm Y tế huyện Châu Thành", "An Giang")
    tg = org(db, "Trung tâm Y tế huyện Châu Thành", "Tiền Giang")
    assert ag != tg
    assert org(db, "TTYT huyện Châu Thành", "An Giang") == ag
    assert name_of(db, ag) == "Trung tâm Y tế huyện Châu Thành"


def test_renamed_province_is_one_territory(db) -> None:
    assert org(db, "Sở Y tế Thừa Thiên Huế") == org(db, "Sở Y tế Huế")
    assert org(db, "Sở Y tế", "Huế") == org(db, "Sở Y tế tỉnh Thừa Thiên Huế")


def test_spelling_variants_merge_with_reason(db) -> None:
    a = org(db, "Bệnh viện Đa khoa Hồng Ngọc", "Hà Nội")
    assert org(db, "Bệnh viện Đa khoa Hồng Ngoc") == a
    row = db.execute("SELECT method, score, reason FROM aliases WHERE alias = ?",
                     ["Bệnh viện Đa khoa Hồng Ngoc"]).fetchone()
    assert row[0] == "fuzzy" and 85 <= row[1] < 100 and "rapidfuzz" in row[2]
    assert org(db, "Benh vien Bach Mai") == org(db, "Bệnh viện Bạch Mai")


def test_person_merges_on_name_and_scope_only(db) -> None:
    a = person(db, "Nguyễn Thị Hồng Hoa", "Sở Y tế Nghệ An", "Nghệ An")
    b = person(db, "TS Nguyễn Thị Hồng Hoa", "Ban Tuyên giáo Tỉnh ủy Nghệ An", "Nghệ An")
    c = person(db, "Nguyễn Thị Hồng Hoa", "Sở Y tế Hà Nội", "Hà Nội")
    d = person(db, "Nguyễn Thị Hồng Hoa", None, "Nghệ An")
    assert a == b == d
    assert c != a
    # a province merged in 2025: same person before and after the merger...
    e = person(db, "Tạc Văn Nam", "Sở Y tế Bắc Kạn", "Bắc Kạn")
    assert person(db, "Tạc Văn Nam", "Sở Y tế Thái Nguyên", "Thái Nguyên", "2025-08-01") == e
    # ...but two provinces before it are two provinces
    f = person(db, "Phạm Văn Thắng", "Sở Y tế Hải Dương", "Hải Dương")
    assert person(db, "Phạm Văn Thắng", "Sở Y tế Hải Phòng", "Hải Phòng") != f
    # no organisation and no province: never merged on the name alone
    assert person(db, "Nguyễn Thị Hồng Hoa", None, None) not in (a, c)


def test_endpoints_resolve_provinces(db) -> None:
    with db.atomic():
        r = Resolver(db)
        na = r.endpoint("Nghệ An")
        assert r.endpoint("tỉnh Nghệ An") == na
        bk = r.endpoint("Bắc Kạn")
        assert r.endpoint("Bắc Cạn") == bk
        assert r.endpoint("Thừa Thiên Huế") == r.endpoint("Huế")
        assert r.endpoint("Bệnh viện Bạch Mai") == r.organization("BV Bạch Mai")
        r.finish()
    row = db.execute("SELECT type, province, province_now FROM entities WHERE id = ?",
                     [bk]).fetchone()
    assert tuple(row) == ("province", "Bắc Kạn", "Thái Nguyên")


def test_ids_are_stable_across_kbs_and_order() -> None:
    names = [("Sở Y tế", "Nghệ An"), ("BV Bạch Mai", None), ("Bệnh viện Nhi đồng 1", None),
             ("Trung tâm Y tế huyện Ba Bể", "Bắc Kạn"), ("Bệnh viện Đa khoa Hồng Ngọc", None)]
    runs = []
    for order in (names, list(reversed(names))):
        d = memory_kb()
        index.forget(d)
        runs.append({n: org(d, n, p) for n, p in order})
        index.forget(d)
    assert runs[0] == runs[1]


def test_index_survives_a_rolled_back_document(tmp_path) -> None:
    db = store.open_kb(tmp_path / "kb.sqlite")
    index.forget()
    try:
        with db.atomic():
            r = Resolver(db, province="Nghệ An")
            r.organization("Bệnh viện Bạch Mai")
            r.finish()
        with pytest.raises(RuntimeError):
            with db.atomic():
                r = Resolver(db, province="Nghệ An")
                ghost = r.organization("Bệnh viện Đa khoa Hồng Ngọc")
                r.finish()
                raise RuntimeError("extraction failed after resolving")
        with db.atomic():
            r = Resolver(db, province="Nghệ An")
            again = r.organization("Bệnh viện Đa khoa Hồng Ngọc")
            r.finish()
            db.execute("INSERT INTO documents(key, content_hash, text) VALUES ('k', 'h', 't')")
            db.execute("INSERT INTO mentions(document_id, entity_id, kind, sentence, start, "
                       "\"end\", surface) VALUES (1, ?, 'organization', 0, 0, 1, 'x')", [again])
        assert again == ghost
        assert db.execute("SELECT count(*) FROM entities WHERE id = ?", [again]).fetchone()[0]
    finally:
        db.close()
        index.forget()


def test_index_survives_a_failure_before_finish(tmp_path) -> None:
    """A document that fails half-way through resolution (no finish()) must
    not leave ghost entities in the cached index."""
    db = store.open_kb(tmp_path / "kb.sqlite")
    index.forget()
    try:
        with pytest.raises(RuntimeError):
            with db.atomic():
                r = Resolver(db, province="Nghệ An")
                r.organization("Sở Y tế")
                raise RuntimeError("extractor bug")
        with db.atomic():
            r = Resolver(db, province="Nghệ An")
            eid = r.organization("Sở Y tế")
            r.finish()
        assert db.execute("SELECT count(*) FROM entities WHERE id = ?", [eid]).fetchone()[0]
    finally:
        db.close()
        index.forget()


def test_index_sees_writes_from_another_connection(tmp_path) -> None:
    path = tmp_path / "kb.sqlite"
    a, b = store.open_kb(path), store.open_kb(path)
    index.forget()
    try:
        first = org(a, "Bệnh viện Đa khoa Hồng Ngọc", "Hà Nội")
        # another process adds a spelling: the cached index must not miss it
        conn = sqlite3.connect(str(path))
        conn.execute("INSERT INTO aliases(entity_id, alias, key, score, reason) VALUES "
                     "(?, 'Hồng Ngọc Hospital', 'hồng ngọc hospital', 100, 'test')", [first])
        conn.commit()
        conn.close()
        assert org(a, "Hồng Ngọc Hospital") == first
        assert org(b, "BVĐK Hồng Ngọc") == first
    finally:
        a.close()
        b.close()
        index.forget()
