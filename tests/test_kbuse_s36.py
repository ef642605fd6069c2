"""Real use, stop 36: what stop 35 left, held on real processes, real SQLite files and real
HTTP on 127.0.0.1 (no mocks).

1. The canned queries other than `search` are plain SQL: they run in Python's sqlite3 and
   the sqlite3 shell without ytekb's SQL functions, and the README's sqlite3 commands run.
2. A word typed with accents matches its tones ("chuyển" is not "chuyên"); (stop 40:
   so do the plain words of a query with accents); the web UI's canned search agrees
   with `ytekb search`.
3. The entity page shows a former post as the post held, then ended ("nguyên" only for
   a post known only as former), in its table and its picture.
4. A KB at user_version 12 (migrations 0011/0012 as first released) gets the tones index
   and the relabelled links when a later ytekb opens it.
"""
from __future__ import annotations

import json
import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import run_ytekb
from pipeline.kb.schema import latest_version
from interrupt import ctrl_c
from sites import ytekb_argv
from test_kbuse_s35 import _canned, _files, _ingest
from test_kbuse2_s34 import COOP
from test_kbuse_s33 import q
from webserver import get, serving

ROOT = Path(__file__).resolve().parents[1]
QUERIES = ROOT / "pipeline" / "web" / "queries"

# my own sentences: the one word with two tones, and the old tone placement
CHUYEN_GIAO = ("date 2024-06-03\n"
               "Bệnh viện Bạch Mai chuyển giao kỹ thuật ghép thận cho Nghệ An\n\n"
               "Ngày 3/6/2024, Bệnh viện Bạch Mai chuyển giao kỹ thuật ghép thận cho Bệnh "
               "viện Hữu nghị Đa khoa Nghệ An.\n")
CHUYEN_MON = ("date 2024-06-04\n"
              "Hội nghị chuyên môn về hồi sức cấp cứu\n\n"
              "Ngày 4/6/2024, các bác sĩ chuyên khoa hồi sức trao đổi chuyên môn tại Hà Nội.\n")
HOA_OLD = ("date 2024-06-05\n"
           "Trung tâm Y tế Hoà Bình khám sức khoẻ cho học sinh\n\n"
           "Ngày 5/6/2024, Trung tâm Y tế thành phố Hoà Bình khám sức khoẻ cho 500 học sinh.\n")


def _docs(db: Path, query: str) -> list[int]:
    res = run_ytekb("search", query, "--db", db, "--format", "json", "--limit", "0")
    assert res.code in (0, 1), res.explain()
    return [r["document_id"] for r in json.loads(res.stdout)]


@pytest.fixture(scope="module")
def kb(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("s36")
    return _ingest(tmp / "kb.sqlite", _files(tmp / "in", a_giao=CHUYEN_GIAO, b_mon=CHUYEN_MON,
                                             c_hoa=HOA_OLD, d_coop=COOP))


def _id(db: Path, title: str) -> int:
    (found,) = [i for i, t in q(db, "SELECT id, title FROM documents") if t.startswith(title)]
    return found


# ---- 1. plain SQL where it can be; the README says which ----------------------------------

_SAMPLE = {"q": "nghe an", "a": "Bạch Mai", "b": "", "name": "nghe an", "number": "39-NQ/TW",
           "date_from": "", "date_to": ""}


def test_every_canned_query_but_search_runs_in_plain_sqlite3(kb):
    conn = sqlite3.connect(f"file:{kb}?mode=ro", uri=True)   # no ytekb functions on it
    try:
        for path in sorted(QUERIES.glob("*.sql")):
            sql = path.read_text(encoding="utf-8")
            params = {p: _SAMPLE[p] for p in set(re.findall(r":(\w+)", sql))}
            if path.name == "search.sql":
                with pytest.raises(sqlite3.OperationalError, match="no such function"):
                    conn.execute(sql, params).fetchall()
                continue
            conn.execute(sql, params).fetchall()             # was: officials_in failed too
        officials = (QUERIES / "officials_in.sql").read_text(encoding="utf-8")
        for name in ("Sở Y tế Nghệ An", "so y te nghe an", "SỞ Y TẾ NGHỆ AN", "Nghệ An", "nghe an"):
            assert [r[0] for r in conn.execute(officials, {"name": name})] == \
                ["Nguyễn Văn Hùng"], name
        for name in ("tế nghệ an hà", "khoa t", 'a"b'):      # whole words; quotes are text
            assert conn.execute(officials, {"name": name}).fetchall() == [], name
        assert len(conn.execute(officials, {"name": ""}).fetchall()) == \
            conn.execute("SELECT count(*) FROM position_spans").fetchone()[0]
    finally:
        conn.close()


@pytest.mark.skipif(shutil.which("sqlite3") is None, reason="needs the sqlite3 shell")
def test_the_readme_says_which_canned_query_needs_ytekb_and_its_sqlite3_commands_run(kb):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Example queries", 1)[1].split("\n## ", 1)[0]
    assert "all but `search.sql`" in section and "register(conn)" in section
    blocks = re.findall(r"```sh\n(.*?)```", section, re.S)
    commands = [c for b in blocks for c in re.split(r"\n\s*\n", b.strip())
                if c.startswith("sqlite3 ")]
    assert len(commands) >= 4, commands
    for command in commands:
        command = command.replace("outputs/ytekb.sqlite", str(kb))
        done = subprocess.run(["bash", "-c", command], cwd=ROOT, capture_output=True,
                              text=True, timeout=60)
        assert done.returncode == 0 and "Error" not in done.stderr, (command, done.stderr)
        assert done.stdout.strip(), command            # each finds something in this KB


# ---- 2. accents typed are meant; the web agrees with the CLI ------------------------------

def test_an_accented_query_matches_its_tones_and_a_plain_one_stays_loose(kb):
    giao, mon, hoa = (_id(kb, t) for t in ("Bệnh viện Bạch Mai chuyển", "Hội nghị chuyên môn",
                                             "Trung tâm Y tế Hoà Bình"))
    assert giao in _docs(kb, "chuyen") and mon in _docs(kb, "chuyen")   # loose, as before
    # was: "chuyển" found the "chuyên môn" article too
    accented = _docs(kb, "chuyển")
    assert giao in accented and mon not in accented and len(accented) == 2   # and COOP's
    assert _docs(kb, "CHUYỂN") == accented                # case still does not matter
    assert _docs(kb, "chuyển*") == accented
    assert _docs(kb, '"chuyển giao"') == accented
    assert _docs(kb, "chuyên") == [mon]
    assert _docs(kb, "chuyên môn") == [mon]
    # a query with accents means its plain words as typed too (stop 40; was: loose, so
    # "bach mai chuyển" found "Bạch Mai"): "giao" is a level-tone word
    assert _docs(kb, "chuyển giao") == accented
    assert _docs(kb, "chuyên giao") == []
    assert giao in _docs(kb, "Bạch Mai chuyển")
    assert _docs(kb, "bach mai chuyển") == []
    assert _docs(kb, "bach mai chuyên") == []
    assert _docs(kb, "chuyen mon") == [mon]
    # either tone placement: "hòa"/"hoà", "khỏe"/"khoẻ"
    assert _docs(kb, "Hòa Bình") == [hoa] and _docs(kb, "hoà bình") == [hoa]
    assert _docs(kb, "sức khỏe") == [hoa]
    assert _docs(kb, "hóa") == []                         # another tone is another word
    # an accented query's d is d: "đa khoa" finds Đa khoa, and "da khoa" stays loose
    assert giao in _docs(kb, "đa khoa") and giao in _docs(kb, "da khoa")
    res = run_ytekb("search", "chuyến", "--db", kb)
    assert res.code == 1, res.explain()                   # nothing found, like grep


def test_the_canned_search_agrees_with_the_cli_on_accented_and_plain_queries(kb, tmp_path):
    queries = ["chuyen", "chuyển", "chuyên", "CHUYỂN giao", "Hòa Bình", "hoa binh",
               '"chuyển giao"', "chuyển*", "đa khoa", "da khoa", "sức khỏe", "bach mai chuyển",
               "chuyên giao", "bach mai thăm"]
    cli = {}
    for query in queries:
        res = run_ytekb("search", query, "--db", kb, "--format", "json", "--limit", "0")
        assert res.code in (0, 1), res.explain()
        cli[query] = [(f["document_id"], f["snippet"]) for f in json.loads(res.stdout)]
    assert cli["chuyển"] != cli["chuyen"]
    with serving(kb, tmp_path) as base:
        for query in queries:
            web = _canned(base, kb, "search", q=query)
            assert [(r["document_id"], r["snippet"]) for r in web] == cli[query], query


# ---- 4. a KB from before 0013/0014 -----------------------------------------------------------

def test_a_version_12_kb_gets_the_tones_index_and_syndicated_links(tmp_path):
    db = _ingest(tmp_path / "kb.sqlite", _files(tmp_path / "in", a_giao=CHUYEN_GIAO,
                                                b_mon=CHUYEN_MON))
    conn = sqlite3.connect(db)
    with conn:   # what a stop-34 ytekb left: no tones index, 0012's first text's link
        for name in ("documents_tones_ai", "documents_tones_ad", "documents_tones_au"):
            conn.execute(f"DROP TRIGGER {name}")
        conn.execute("DROP TABLE documents_fts_tones")
        conn.execute("INSERT INTO sources (name) VALUES ('other-site')")
        (other,) = conn.execute("SELECT id FROM sources WHERE name = 'other-site'").fetchone()
        (first,) = conn.execute("SELECT min(id) FROM documents").fetchone()
        conn.execute("INSERT INTO documents (key, title, text, content_hash, source_id, "
                     "duplicate_of) SELECT 'https://other.example/a', title, text, content_hash, "
                     "?, id FROM documents WHERE id = ?", [other, first])
        (copy,) = conn.execute("SELECT max(id) FROM documents").fetchone()
        conn.execute("INSERT INTO pages (document_id, url) VALUES (?, 'https://other.example/a')",
                     [copy])
        conn.execute("INSERT INTO document_links VALUES (?, ?, 'duplicate')", [copy, first])
        conn.execute("PRAGMA user_version = 12")
    conn.close()
    assert _docs(db, "chuyen") != []              # a query command upgrades on its own
    assert q(db, "PRAGMA user_version") == [(latest_version(),)]   # 14 when written
    assert q(db, "SELECT relation FROM document_links WHERE document_id = ?", copy) == \
        [("syndicated",)]
    (giao,) = q(db, "SELECT id FROM documents WHERE title LIKE '%chuyển giao%' "
                    "AND duplicate_of IS NULL")[0]
    assert _docs(db, "chuyển") == [giao]          # the index was filled from the stored texts
    res = run_ytekb("upgrade", "--db", db)
    assert res.code == 0 and "already up to date" in res.stdout, res.explain()


# ---- 3. the entity page's former posts read right -------------------------------------------

HELD_2023 = ("date 2023-03-10\n"
             "Bệnh viện Đa khoa tỉnh Hà Tĩnh tiếp nhận thiết bị mới\n\n"
             "Ngày 10/3/2023, ông Phạm Văn Bình, Giám đốc Bệnh viện Đa khoa tỉnh Hà Tĩnh, tiếp "
             "nhận máy chụp cắt lớp do Sở Y tế Hà Tĩnh trao tặng.\n")
FORMER_2024 = ("date 2024-09-15\n"
               "Hội thảo y tế tỉnh Hà Tĩnh\n\n"
               "Ngày 15/9/2024, tại hội thảo, ông Phạm Văn Bình, nguyên Giám đốc Bệnh viện Đa "
               "khoa tỉnh Hà Tĩnh, chia sẻ kinh nghiệm quản lý bệnh viện. Bà Lê Thị Hoa, nguyên "
               "Phó Giám đốc Sở Y tế Hà Tĩnh, cũng tham dự.\n")


def _cells(html: str) -> list[list[str]]:
    section = html[html.index('id="posts"'):html.index('id="timeline"')]
    return [[re.sub(r"<[^>]+>", "", c).strip() for c in re.findall(r"<td>(.*?)</td>", r, re.S)]
            for r in re.findall(r'<tr class="post".*?</tr>', section, re.S)]


def test_the_entity_page_shows_a_former_post_as_held_then_ended(tmp_path):
    db = _ingest(tmp_path / "kb.sqlite", _files(tmp_path / "in", a=HELD_2023, b=FORMER_2024))
    ids = dict(q(db, "SELECT name, id FROM entities"))
    with serving(db, tmp_path) as base:
        status, body, _ = get(f"{base}/-/ytekb/entity/{ids['Hà Tĩnh']}")
        assert status == 200
        rows = {r[0]: r[1:] for r in _cells(body)}
        # was: "nguyên Giám đốc (ended by …)" beside 2023-03-10, when he held it
        assert rows["Phạm Văn Bình"][:4] == ["Giám đốc (ended by 2024-09-15)",
                                             "Bệnh viện Đa khoa tỉnh Hà Tĩnh", "2023-03-10",
                                             "2023-03-10"]
        # known only as former: "nguyên" says so, no held dates
        assert rows["Lê Thị Hoa"][:4] == ["nguyên Phó Giám đốc (ended by 2024-09-15)",
                                          "Sở Y tế Hà Tĩnh", "", ""]
        picture = body[body.index('id="pictures"'):body.index('id="posts"')]
        # the picture: labels are the posts; the end is a mark of its own on the axis, the
        # former-only post is drawn too (was: "no dated posts" for it, a clipped label)
        labels = re.findall(r'text-anchor="end">([^<]*)</text>', picture)
        assert labels[:2] == ["Phạm Văn Bình, Giám đốc, Bệnh viện Đa khoa…",
                              "Lê Thị Hoa, nguyên Phó Giám đốc, Sở Y tế…"], labels
        assert picture.count('<circle class="ended"') == 2
        assert picture.count('<line class="ended"') == 1
        assert "2023-03-10; ended by 2024-09-15" in picture
        status, body, _ = get(f"{base}/-/ytekb/entity/{ids['Phạm Văn Bình']}")
        assert _cells(body)[0][:4] == ["Giám đốc (ended by 2024-09-15)",
                                       "Bệnh viện Đa khoa tỉnh Hà Tĩnh", "2023-03-10",
                                       "2023-03-10"]
    res = run_ytekb("entity", "Phạm Văn Bình", "--db", db)   # the CLI says the same
    assert "2023-03-10  Giám đốc (ended by 2024-09-15), Bệnh viện Đa khoa tỉnh Hà Tĩnh" \
        in res.stdout, res.explain()


# ---- 5. Ctrl-C before a run starts: one line and exit 3, as an interrupted run --------------

def test_ctrl_c_while_ytekb_starts_or_waits_for_the_lock_says_so_and_exits_3(tmp_path):
    files = _files(tmp_path / "in", **{f"d{i}": COOP.replace("12", str(i)) for i in range(30)})
    db = tmp_path / "kb.sqlite"
    # another run holds the lock throughout, so neither ingest below can end before its
    # Ctrl-C (about 10 KB of import lines follow click's, less than a pipe holds: a starved
    # test could press it after a 30-document run had ended: exit 0)
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time\nfrom scrapers.lock import RunLock, default_path\n"
         "RunLock(default_path(sys.argv[1]), command='nightly').acquire()\n"
         "print('held', flush=True)\ntime.sleep(300)\n", str(db)],
        stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        assert holder.stdout.readline().strip() == "held"
        # while the modules are still loading (was: a traceback and exit 130): Python reports
        # each import as it ends, and the first of click's is inside pipeline.cli's guarded
        # imports (a fixed 0.6 s could land before them on a busy host: a traceback
        # pipeline.cli cannot catch)
        starting = ctrl_c(ytekb_argv() + ["ingest", "--db", str(db), *map(str, files), "-j", "1",
                                          "--wait", "60"],
                          tmp_path, ready=r"\|\s+click\b", env={"PYTHONPROFILEIMPORTTIME": "1"})
        # waiting for another run's lock (was: click's "Aborted!" and exit 1, a partial failure)
        code, err = ctrl_c(ytekb_argv() + ["ingest", "--db", str(db), *map(str, files),
                                           "--wait", "60"], tmp_path, ready="waiting")
    finally:
        holder.kill()
        holder.wait()
    assert starting[0] == 3, starting[1]
    assert "Traceback" not in starting[1] and "Aborted" not in starting[1], starting[1]
    # (on a fast machine it may already wait for the lock: it says so the same way)
    assert "interrupted" in starting[1].replace("\n  ", " ").strip().splitlines()[-1], starting[1]
    assert code == 3, err
    assert err.replace("\n  ", " ").strip().splitlines()[-1] == \
        "ytekb ingest: interrupted (Ctrl-C); nothing more was stored", err
    assert "Traceback" not in err and "Aborted" not in err, err
    assert all(len(line) <= 80 for line in err.splitlines()), err
