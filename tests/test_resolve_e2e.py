"""Resolution through the store (`save_extraction`, as ingest does it), the
`ytekb entity` / `ytekb overrides` commands, and one real `jobs.load` run."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline import jobs
from pipeline.cli import main
from pipeline.kb import store
from pipeline.records import Article, Cooperation, Extraction, Official, Organization
from pipeline.resolve import index, overrides
from pipeline.resolve.lookup import find_entities

PROV = dict(sentence=0, start=0, end=1, extractor="test", version="1", confidence=1.0)


def _org(name: str, type_: str = "other", surface: str = "") -> Organization:
    return Organization(name=name, type=type_, surface=surface or name, **PROV)


def _off(name: str, title: str, org: str) -> Official:
    return Official(name=name, title=title, organization=org, **PROV)


def _save(db, key: str, published: str, province: str | None, orgs=(), officials=(),
          coops=()) -> None:
    art = Article(source="test", title=key, text=f"text of {key}", path=key, published=published)
    ex = Extraction(article=art, organizations=list(orgs), officials=list(officials),
                    cooperations=list(coops), province=province)
    store.save_extraction(db, ex, "v1")


@pytest.fixture
def kb(tmp_path: Path) -> Path:
    """A KB with the issue's situations, written through the store."""
    index.forget()
    overrides.set_path(None)
    path = tmp_path / "kb.sqlite"
    db = store.open_kb(path)
    _save(db, "a.txt", "2024-08-20", "Nghệ An",
          [_org("Sở Y tế Nghệ An", "health_department"), _org("Sở Y tế", surface="Sở Y tế"),
           _org("Bệnh viện Trung ương Huế", "hospital")],
          [_off("Nguyễn Thị Hồng Hoa", "Giám đốc", "Sở Y tế Nghệ An")])
    _save(db, "b.txt", "2024-10-05", "Nghệ An",
          [_org("Bệnh viện Hữu nghị đa khoa tỉnh", "hospital"),
           _org("Bệnh viện Đa khoa tỉnh Nghệ An", "hospital"),
           _org("BV Bạch Mai", "hospital"), _org("Ban Tuyên giáo Tỉnh ủy", "party")],
          [_off("TS Nguyễn Thị Hồng Hoa", "Trưởng Ban", "Ban Tuyên giáo Tỉnh ủy")],
          [Cooperation(source="Bệnh viện Bạch Mai", target="Nghệ An", kind="support", **PROV)])
    _save(db, "c.txt", "2024-07-24", "Bắc Kạn",
          [_org("Sở Y tế Bắc Kạn", "health_department"), _org("Sở Y tế Hà Nội")],
          [_off("Nguyễn Thị Hồng Hoa", "Phó Giám đốc", "Sở Y tế Hà Nội")])
    _save(db, "d.txt", "2023-07-14", "Thành phố Hồ Chí Minh",
          [_org("Sở Y tế TP.HCM"), _org("Sở Y tế TPHCM"), _org("Bệnh viện Bạch Mai")])
    db.close()
    index.forget()
    return path


def _json(path: Path, *args: str) -> dict:
    res = CliRunner().invoke(main, ["entity", *args, "--db", str(path), "--format", "json"])
    assert res.exit_code == 0, res.output
    return json.loads(res.output)


def test_entity_merges_forms_and_keeps_positions(kb: Path) -> None:
    bv = _json(kb, "Bệnh viện Đa khoa tỉnh Nghệ An")
    assert bv["name"] == "Bệnh viện Hữu nghị Đa khoa Nghệ An" and bv["type"] == "hospital"
    assert "Bệnh viện Đa khoa tỉnh Nghệ An" in bv["aliases"]
    hoa = _json(kb, "Nguyễn Thị Hồng Hoa")
    got = {(p["title"], p["organization"], p["first_seen"]) for p in hoa["positions"]}
    assert got == {("Giám đốc", "Sở Y tế Nghệ An", "2024-08-20"),
                   ("Trưởng Ban", "Ban Tuyên giáo Tỉnh ủy Nghệ An", "2024-10-05")}
    assert hoa["first_seen"] == "2024-08-20" and hoa["last_seen"] == "2024-10-05"
    # the namesake in Hà Nội is another person
    assert [o["province"] for o in hoa["other_matches"]] == ["Hà Nội"]
    hcm = _json(kb, "Sở Y tế TP.HCM")
    assert hcm["name"] == "Sở Y tế Thành phố Hồ Chí Minh" and hcm["mentions"] == 2
    na, hn = _json(kb, "Sở Y tế Nghệ An"), _json(kb, "Sở Y tế Hà Nội")
    assert na["id"] != hn["id"] and na["mentions"] == 2
    assert [o["name"] for o in na["officials"]] == ["Nguyễn Thị Hồng Hoa"]


def test_provinces_old_and_new(kb: Path) -> None:
    bk = _json(kb, "Bắc Kạn")
    assert bk["type"] == "province"
    assert (bk["province"], bk["province_now"]) == ("Bắc Kạn", "Thái Nguyên")
    assert bk["document_count"] == 1
    org = _json(kb, "Sở Y tế Bắc Kạn")
    assert (org["province"], org["province_now"]) == ("Bắc Kạn", "Thái Nguyên")
    assert _json(kb, "Bắc Cạn")["id"] == bk["id"]
    hue = _json(kb, "Thừa Thiên Huế")
    assert hue["name"] == "Huế" and "Thừa Thiên Huế" in hue["aliases"]
    # a province never mentioned is described from the gazetteer
    st = _json(kb, "Sóc Trăng", "--type", "province")
    assert st["province_now"] == "Cần Thơ" and st["in_kb"] is False


def test_lookup_accents_case_and_abbreviations(kb: Path) -> None:
    db = store.open_kb(kb)
    try:
        bm = find_entities(db, "Bệnh viện Bạch Mai")[0]
        for q in ("bach mai", "BV Bạch Mai", "bệnh viện bạch mai", "Benh vien Bach Mai"):
            assert find_entities(db, q)[0] == bm, q
        na = find_entities(db, "Nghệ An", type_="province")
        assert len(na) == 1
        assert find_entities(db, "Sở Y tế", type_="person") == []
    finally:
        db.close()


def test_table_and_explain_output(kb: Path) -> None:
    res = CliRunner().invoke(main, ["entity", "Sở Y tế TPHCM", "--db", str(kb), "--explain"])
    assert res.exit_code == 0, res.output
    assert "Sở Y tế Thành phố Hồ Chí Minh" in res.output
    assert "why each alias belongs here" in res.output and "same canonical key" in res.output
    res = CliRunner().invoke(main, ["entity", "Nguyễn Thị Hồng Hoa", "--db", str(kb)])
    assert "Giám đốc, Sở Y tế Nghệ An" in res.output and "2024-10-05" in res.output
    res = CliRunner().invoke(main, ["entity", "Không Có Ai", "--db", str(kb)])
    assert res.exit_code == 1


def test_reingest_keeps_ids(kb: Path) -> None:
    before = _json(kb, "Nguyễn Thị Hồng Hoa")["id"], _json(kb, "BV Bạch Mai")["id"]
    db = store.open_kb(kb)
    # a re-extracted document (changed text) replaces its facts; ids stay
    _save(db, "a.txt", "2024-08-20", "Nghệ An", [_org("Sở Y tế", "health_department")],
          [_off("Nguyễn Thị Hồng Hoa", "Giám đốc", "Sở Y tế")])
    db.close()
    index.forget()
    after = _json(kb, "Nguyễn Thị Hồng Hoa")["id"], _json(kb, "BV Bạch Mai")["id"]
    assert before == after


def test_overrides_force_forbid_and_alias(kb: Path, tmp_path: Path) -> None:
    rules = tmp_path / "overrides.toml"
    rules.write_text('''
[[merge]]
canonical = "Sở Y tế Nghệ An"
names = ["Sở Y tế Bắc Kạn"]

[[forbid]]
names = ["Bệnh viện Đa khoa tỉnh Nghệ An", "Bệnh viện Hữu nghị Đa khoa Nghệ An"]

[[alias]]
entity = "Bệnh viện Bạch Mai"
aliases = ["Bach Mai Hospital"]
''', encoding="utf-8")
    res = CliRunner().invoke(main, ["overrides", "--db", str(kb), "--overrides", str(rules)])
    assert res.exit_code == 0, res.output
    assert "merged" in res.output and "split" in res.output
    na = _json(kb, "Sở Y tế Bắc Kạn")
    assert na["name"] == "Sở Y tế Nghệ An" and na["mentions"] == 3
    assert any(m["action"] == "merge" for m in na["merges"])
    assert _json(kb, "Bệnh viện Đa khoa tỉnh Nghệ An")["id"] != \
        _json(kb, "Bệnh viện Hữu nghị Đa khoa Nghệ An")["id"]
    assert _json(kb, "Bach Mai Hospital")["name"] == "Bệnh viện Bạch Mai"
    # applying again changes nothing
    res = CliRunner().invoke(main, ["overrides", "--db", str(kb), "--overrides", str(rules)])
    assert "0 change(s)" in res.output
    overrides.set_path(None)
    index.forget()


def test_bad_overrides_file_is_a_usage_error(kb: Path, tmp_path: Path) -> None:
    rules = tmp_path / "bad.toml"
    rules.write_text("[[forbid]]\nnames = ['only one']\n", encoding="utf-8")
    res = CliRunner().invoke(main, ["overrides", "--db", str(kb), "--overrides", str(rules)])
    assert res.exit_code == 2
    overrides.set_path(None)


def test_jobs_load_real_pipeline(tmp_path: Path) -> None:
    """Text files through the real extractors: whatever names they emit for the
    same hospital written three ways, one entity comes out."""
    index.forget()
    texts = {
        "a.txt": "Bệnh viện Bạch Mai hỗ trợ Sở Y tế Nghệ An đào tạo bác sĩ.\n",
        "b.txt": "BV Bạch Mai chuyển giao kỹ thuật cho Bệnh viện Đa khoa tỉnh Bắc Kạn.\n",
        "c.txt": "Các bác sĩ bệnh viện Bạch Mai khám bệnh tại Sở Y tế Hà Nội.\n",
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    db_path = tmp_path / "kb.sqlite"
    report = jobs.load(db_path, jobs.file_items(sorted(tmp_path.glob("*.txt")), "2024-05"),
                       "ingest")
    assert report.exit_code == 0, report.errors
    db = store.open_kb(db_path)
    try:
        ids = find_entities(db, "Bệnh viện Bạch Mai")
        if not ids:
            pytest.skip("extractors emitted no organisation for these texts")
        docs = db.execute("SELECT count(DISTINCT document_id) FROM mentions WHERE entity_id = ?",
                          [ids[0]]).fetchone()[0]
        assert docs >= 2
        hn, na = find_entities(db, "Sở Y tế Hà Nội")[:1], find_entities(db, "Sở Y tế Nghệ An")[:1]
        assert not (hn and na and hn == na)
    finally:
        db.close()
        index.forget()
