"""Real use, second round (stop 34): what the first round's use check left, held on real
processes, real SQLite files and real HTTP on 127.0.0.1 (no mocks).

1. `ytekb search "bach mai"` lists the documents holding the words side by side first.
2. `ytekb entity` on a province lists its organisations' officials, as its web page does.
3. Off a terminal, `ingest`, `reextract`, `export` and `docbin` print no bare progress label.
4. After `ytekb reextract`, an old KB's bare kinds leave the home page's "Most mentioned".
5. A big province's page shows its 200 most recent posts and links to all (canned officials_in).
"""
from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

from conftest import run_ytekb
from test_kbuse_s33 import q   # (real SQLite, read-only)
from webserver import get, serving

# the phrase, once
PHRASE = ("date 2024-05-06\n"
          "Bệnh viện Bạch Mai tiếp nhận bệnh nhân chuyển tuyến\n\n"
          "Ngày 6/5/2024, Bệnh viện Bạch Mai tiếp nhận 12 bệnh nhân chuyển tuyến từ các tỉnh "
          "phía Bắc.\n")
# the two words many times, never side by side: plain bm25 ranks this one first
APART = ("date 2024-05-07\n"
         "Ông Bạch Văn Long thăm hỏi bà Lê Thị Mai và bà Đỗ Thị Mai\n\n"
         "Ông Bạch Văn Long, Chủ tịch Hội Chữ thập đỏ huyện, thăm hỏi bà Lê Thị Mai. "
         "Gia đình ông Bạch Văn Tùng cũng tặng quà bà Đỗ Thị Mai và cháu Nguyễn Ngọc Mai. "
         "Bà Mai cảm ơn ông Bạch.\n")
COOP = ("date 2024-03-05\n"
        "Bệnh viện Bạch Mai ký kết thỏa thuận hợp tác với Sở Y tế Nghệ An\n\n"
        "Ngày 5/3/2024, Bệnh viện Bạch Mai ký kết thỏa thuận hợp tác với Sở Y tế Nghệ An về "
        "chuyển giao kỹ thuật và đào tạo nhân lực. Ông Nguyễn Văn Hùng, Giám đốc Sở Y tế "
        "Nghệ An, cảm ơn sự hỗ trợ của Bệnh viện Bạch Mai.\n")
BARE = ("date 2025-07-10\n"
        "Trung tâm Y tế khu vực Đô Lương khám sàng lọc cho người cao tuổi\n\n"
        "Ngày 10/7/2025, Trung tâm Y tế khu vực Đô Lương phối hợp với Sở Y tế Nghệ An khám "
        "sàng lọc bệnh không lây nhiễm cho 300 người cao tuổi.\n")


def _kb(tmp_path: Path, **docs: str) -> Path:
    for name, text in docs.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    res = run_ytekb("ingest", "--db", db, *(tmp_path / f"{n}.txt" for n in docs), "-j", "1")
    assert res.code == 0, res.explain()
    return db


# ---- 1. a multi-word query: the phrase first, the words apart after ------------------------

def test_search_lists_the_phrase_before_the_words_apart(tmp_path):
    db = _kb(tmp_path, phrase=PHRASE, apart=APART)
    res = run_ytekb("search", "bach mai", "--db", db, "--format", "json")
    assert res.code == 0, res.explain()
    found = json.loads(res.stdout)
    # was: the article about Ông Bạch and bà Mai first (more words, bm25)
    assert [f["title"] for f in found] == [
        "Bệnh viện Bạch Mai tiếp nhận bệnh nhân chuyển tuyến",
        "Ông Bạch Văn Long thăm hỏi bà Lê Thị Mai và bà Đỗ Thị Mai"]
    assert "[Bạch Mai]" in found[0]["snippet"]      # the phrase is what is highlighted


def test_plain_words_quoted_phrases_and_prefixes_still_work(tmp_path):
    db = _kb(tmp_path, phrase=PHRASE, apart=APART)

    def titles(*args: str) -> list[str]:
        res = run_ytekb("search", *args, "--db", db, "--format", "json")
        return [f["title"] for f in json.loads(res.stdout)] if res.code == 0 else []

    assert len(titles("mai")) == 2                               # one word: both
    assert len(titles("mai bach")) == 2                          # words in any order
    assert titles('"bach mai"') == ["Bệnh viện Bạch Mai tiếp nhận bệnh nhân chuyển tuyến"]
    assert titles("chuyen* bach") == ["Bệnh viện Bạch Mai tiếp nhận bệnh nhân chuyển tuyến"]
    assert titles("Bạch Mai thăm") == ["Ông Bạch Văn Long thăm hỏi bà Lê Thị Mai và bà Đỗ Thị Mai"]
    assert titles("bach mai thăm") == []   # stop 40: with accents, plain words as typed
    res = run_ytekb("search", "--help")
    assert "Query syntax" in res.stdout and '"bach mai"' in res.stdout and "--raw" in res.stdout


# ---- 2. a province: the command and the page list the same officials -----------------------

def test_entity_on_a_province_lists_the_officials_its_page_lists(tmp_path):
    db = _kb(tmp_path, coop=COOP)
    res = run_ytekb("entity", "Nghệ An", "--type", "province", "--db", db, "--format", "json")
    assert res.code == 0, res.explain()
    info = json.loads(res.stdout)
    assert info["type"] == "province"
    # was: no officials key at all for a province
    assert [(p["name"], p["title"], p["organization"]) for p in info["officials"]] \
        == [("Nguyễn Văn Hùng", "Giám đốc", "Sở Y tế Nghệ An")]
    table = run_ytekb("entity", "Nghệ An", "--type", "province", "--db", db)
    assert "Nguyễn Văn Hùng, Giám đốc, Sở Y tế Nghệ An" in table.stdout   # which body: said
    with serving(db, tmp_path) as base:
        status, body, _ = get(f"{base}/-/ytekb/entity/{info['id']}")
    assert status == 200
    posts = body[body.index('id="posts"'):body.index('id="timeline"')]
    assert posts.count('class="post"') == len(info["officials"])
    for p in info["officials"]:
        assert p["name"] in posts and p["organization"] in posts


# ---- 3. nightly logs: no progress label alone on a line ------------------------------------

def _bare_labels(text: str) -> list[str]:
    return [line for line in text.splitlines() if re.fullmatch(r"\s*ytekb \w+\s*", line)]


def test_long_commands_print_no_bare_progress_label_off_a_terminal(tmp_path):
    (tmp_path / "coop.txt").write_text(COOP, encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    runs = [run_ytekb("ingest", "--db", db, tmp_path / "coop.txt", "-j", "1"),
            run_ytekb("reextract", "--all", "--db", db, "-j", "1"),
            run_ytekb("export", "--db", db, "--out", tmp_path / "out", cwd=tmp_path),
            run_ytekb("docbin", "--db", db, "--out", tmp_path / "kb.spacy", cwd=tmp_path)]
    for res in runs:
        assert res.code == 0, res.explain()
        # was: "ytekb ingest" (click's hidden bar printing its label) on stderr
        assert _bare_labels(res.stderr) == [] and _bare_labels(res.stdout) == [], res.explain()
        assert res.stdout.strip(), res.explain()          # the summary is still there
    assert "re-extracted" in runs[1].stdout


# ---- 4. an old KB's bare kind leaves "Most mentioned" after reextract ----------------------

def test_reextract_drops_an_old_kbs_bare_kind_from_most_mentioned(tmp_path):
    db = _kb(tmp_path, bare=BARE)
    # an older extractor stored the bare kind "Trung tâm Y tế khu vực" as an organisation:
    # the same rows an old KB holds, written as its version wrote them
    conn = sqlite3.connect(db)
    with conn:
        (doc,) = conn.execute("SELECT id FROM documents").fetchone()
        conn.execute("INSERT INTO entities (id, name, type, key) VALUES "
                     "('org_bare_kind', 'Trung tâm Y tế khu vực', 'health_center', "
                     "'trung tam y te khu vuc')")
        conn.execute("INSERT INTO mentions (document_id, entity_id, kind, sentence, start, "
                     "\"end\", surface) VALUES (?, 'org_bare_kind', 'organization', 0, 0, 22, "
                     "'Trung tâm Y tế khu vực')", [doc])
        conn.execute("UPDATE documents SET extractor_version = '0'")
    conn.close()

    def top() -> str:
        with serving(db, tmp_path) as base:
            status, body, _ = get(f"{base}/")
        assert status == 200
        return body[body.index("Most mentioned"):body.index("Latest articles")]

    assert "Trung tâm Y tế khu vực<" in top()            # the old KB shows it
    res = run_ytekb("reextract", "--db", db, "-j", "1")  # the README's refresh
    assert res.code == 0 and "1 re-extracted" in res.stdout, res.explain()
    shown = top()
    assert "Trung tâm Y tế khu vực<" not in shown
    assert "Sở Y tế Nghệ An" in shown
    assert q(db, "SELECT count(*) FROM mentions WHERE entity_id = 'org_bare_kind'") == [(0,)]


# ---- 5. a big province's page: the 200 most recent posts, "+N more" links to all ----------

def _many_officials(year: int, people: list[str]) -> str:
    body = " ".join(f"Đồng chí {p}, Phó Giám đốc Sở Y tế Nghệ An, dự hội nghị." for p in people)
    return (f"date {year}-06-15\nSở Y tế Nghệ An tổng kết công tác năm {year}\n\n"
            f"Ngày 15/6/{year}, Sở Y tế Nghệ An tổ chức hội nghị tổng kết. {body}\n")


def test_a_province_page_shows_the_most_recent_posts_and_links_to_all(tmp_path):
    people = [f"{a} {b} {c}" for a in ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng",
                                       "Bùi")
              for b in ("Văn", "Đức", "Minh", "Quang", "Hữu") for c in ("An", "Bình", "Cường",
                                                                       "Dũng", "Hải", "Hùng")]
    years = (2021, 2022, 2023, 2024)
    db = _kb(tmp_path, **{f"y{y}": _many_officials(y, people[i::4]) for i, y in enumerate(years)})
    res = run_ytekb("entity", "Nghệ An", "--type", "province", "--db", db, "--format", "json")
    posts = json.loads(res.stdout)["officials"]
    assert len(posts) > 220, len(posts)                 # JSON: every post
    table = run_ytekb("entity", "Nghệ An", "--type", "province", "--db", db).stdout
    assert f"... {len(posts) - 50} more, seen earlier" in table
    with serving(db, tmp_path) as base:
        status, body, _ = get(f"{base}/-/ytekb/entity/{json.loads(res.stdout)['id']}")
        assert status == 200
        section = body[body.index('id="posts"'):body.index('id="timeline"')]
        # was: every post, one chart row each
        assert section.count('class="post"') == 200
        assert f"+{len(posts) - 200} more, seen earlier" in section
        assert f"Officials over time (the 200 most recent of {len(posts)})" in body
        shown = re.findall(r'data-last="([^"]*)"', section)
        hidden = sorted(p["last_seen"] for p in posts)[:len(posts) - 200]
        assert max(hidden) <= min(shown)                 # the earliest are the ones left out
        link = re.search(r'href="(/[^"]*officials_in\?name=[^"]*)"', section).group(1)
        status, listing, _ = get(base + link.replace("&amp;", "&") + "&_size=max")
    assert status == 200
    assert all(p in listing for p in people[:5] + people[-5:])
