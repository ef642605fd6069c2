"""Foundation: `ytekb ingest` on real files, good and bad, through the real CLI."""
from __future__ import annotations

import json
import os
import sqlite3
import unicodedata
from pathlib import Path

from scrapers.encoding import encode_cp1258

FACT_TABLES = ("mentions", "roles", "cooperations", "legal_documents", "figures", "dates")

def _docs(db: Path) -> dict[str, sqlite3.Row]:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        return {Path(r["path"]).name: r for r in conn.execute("SELECT * FROM documents")}
    finally:
        conn.close()


def _error_lines(stderr: str, name: str) -> list[str]:
    return [line for line in stderr.splitlines() if name in line and "error" in line.lower()]


def test_bad_inputs_are_skipped_with_clear_errors_and_good_files_land(samples, tmp_path, ytekb):
    src = tmp_path / "in"
    src.mkdir()
    good = {"good.txt": samples.ARTICLE, "other.txt": samples.OTHER}
    for name, text in good.items():
        (src / name).write_text(text, encoding="utf-8")
    (src / "page.html").write_text(samples.GOOD_HTML, encoding="utf-8")
    (src / "broken.html").write_text(samples.BROKEN_HTML, encoding="utf-8")
    # Good once decoded: legacy windows-1258 (combining tones) and NFD UTF-8.
    (src / "legacy.txt").write_bytes(encode_cp1258(samples.ARTICLE))
    (src / "nfd.txt").write_bytes(unicodedata.normalize("NFD", samples.OTHER).encode("utf-8"))
    # Bad: empty, binary with NULs, a PNG, a 20 MB file, a missing file.
    bad = {"empty.txt", "random.txt", "image.png", "huge.txt", "missing.txt"}
    (src / "empty.txt").write_bytes(b"")
    (src / "random.txt").write_bytes(os.urandom(2048) + b"\x00\x00\x00" + os.urandom(2048))
    (src / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + os.urandom(4096))
    line = (samples.ARTICLE + "\n").encode("utf-8")
    (src / "huge.txt").write_bytes(line * (20_000_000 // len(line) + 1))
    assert (src / "huge.txt").stat().st_size >= 20_000_000

    files = sorted(p.name for p in src.iterdir()) + ["missing.txt"]
    db = tmp_path / "kb.sqlite"
    res = ytekb("ingest", "--db", db, *[src / f for f in files], cwd=tmp_path)

    assert "Traceback" not in res.stderr, res.explain()
    assert res.code == 1, res.explain()  # partial: some inputs were skipped
    for name in sorted(bad):
        assert _error_lines(res.stderr, name), f"no error line naming {name}\n{res.explain()}"
    for name in ("good.txt", "other.txt", "page.html", "broken.html", "legacy.txt", "nfd.txt"):
        assert not _error_lines(res.stderr, name), f"{name} reported as an error\n{res.explain()}"

    docs = _docs(db)
    assert set(docs) == {"good.txt", "other.txt", "page.html", "broken.html", "legacy.txt",
                         "nfd.txt"}, res.explain()
    assert docs["good.txt"]["text"] == samples.ARTICLE
    assert docs["other.txt"]["text"] == samples.OTHER
    # cp1258 and NFD land as clean NFC text equal to the original.
    assert docs["legacy.txt"]["text"] == samples.ARTICLE
    assert docs["nfd.txt"]["text"] == samples.OTHER
    for name, row in docs.items():
        text = row["text"]
        assert unicodedata.is_normalized("NFC", text), name
        assert "\x00" not in text and "\r" not in text and "\ufffd" not in text, name
    # HTML: the article body, none of the markup or page chrome.
    page = docs["page.html"]["text"]
    assert "Thứ trưởng Trần Văn Thuấn" in page and "650 giường bệnh" in page
    assert "<" not in page and "Trang chủ" not in page and "quảng cáo" not in page
    assert (docs["page.html"]["published"] or "")[:10] == "2024-04-02"
    broken = docs["broken.html"]["text"]
    assert "Bệnh viện Bạch Mai đã ký kết hợp tác" in broken
    assert "200 cán bộ y tế" in broken
    assert "<" not in broken and "</div>" not in broken

    # The run is recorded as partial, with every skipped file in its errors.
    conn = sqlite3.connect(db)
    status, code, errors = conn.execute(
        "SELECT status, exit_code, errors FROM runs ORDER BY id DESC LIMIT 1").fetchone()
    conn.close()
    assert (status, code) == ("partial", 1)
    logged = json.dumps(json.loads(errors), ensure_ascii=False)
    for name in bad:
        assert name in logged


def test_all_good_files_exit_zero(samples, tmp_path, ytekb):
    (tmp_path / "a.txt").write_text(samples.ARTICLE, encoding="utf-8")
    (tmp_path / "b.html").write_text(samples.GOOD_HTML, encoding="utf-8")
    res = ytekb("ingest", "--db", tmp_path / "kb.sqlite", tmp_path / "a.txt",
                tmp_path / "b.html", cwd=tmp_path)
    assert res.code == 0, res.explain()
    assert "Traceback" not in res.stderr
    assert set(_docs(tmp_path / "kb.sqlite")) == {"a.txt", "b.html"}


def test_json_input_file(samples, tmp_path, ytekb):
    item = {"title": "Bạch Mai chuyển giao kỹ thuật cho Nghệ An", "text": samples.ARTICLE,
            "url": "https://example.vn/suc-khoe/bach-mai-nghe-an-123.html",
            "published": "2024-03-12T01:30:00Z", "source": "example"}
    path = tmp_path / "item.json"
    path.write_text(json.dumps(item, ensure_ascii=False), encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    res = ytekb("ingest", "--db", db, path, cwd=tmp_path)
    assert res.code == 0, res.explain()
    row = _docs(db)["item.json"]
    assert row["text"] == samples.ARTICLE
    assert row["title"] == item["title"]
    assert row["url"] == item["url"]
    # 01:30 UTC is 08:30 the same day in Vietnam.
    assert (row["published"] or "").startswith("2024-03-12")
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT s.name FROM documents d JOIN sources s ON s.id = d.source_id"
                        ).fetchone()[0] == "example"
    conn.close()


def test_published_option_and_date_marker_for_text_files(samples, tmp_path, ytekb):
    (tmp_path / "plain.txt").write_text(samples.ARTICLE, encoding="utf-8")
    (tmp_path / "marked.txt").write_text(" date 2024-10 " + samples.OTHER, encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    res = ytekb("ingest", "--db", db, "--published", "2024-03-15", tmp_path / "plain.txt",
                cwd=tmp_path)
    assert res.code == 0, res.explain()
    res = ytekb("ingest", "--db", db, tmp_path / "marked.txt", cwd=tmp_path)
    assert res.code == 0, res.explain()
    docs = _docs(db)
    assert docs["plain.txt"]["published"] == "2024-03-15"
    # An export's leading " date YYYY-MM " line is metadata, not text.
    assert docs["marked.txt"]["published"] == "2024-10"
    assert docs["marked.txt"]["text"] == samples.OTHER


def test_published_garbage_is_a_usage_error(samples, tmp_path, ytekb):
    (tmp_path / "a.txt").write_text(samples.ARTICLE, encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    res = ytekb("ingest", "--db", db, "--published", "garbage", tmp_path / "a.txt", cwd=tmp_path)
    assert res.code == 2, res.explain()
    assert "Traceback" not in res.stderr
    assert "Usage" in res.stderr and "--published" in res.stderr, res.explain()
    assert not db.exists()


def test_stats_on_missing_db_is_a_usage_error(tmp_path, ytekb):
    db = tmp_path / "nothing.sqlite"
    res = ytekb("stats", "--db", db, cwd=tmp_path)
    assert res.code == 2, res.explain()
    assert "Traceback" not in res.stderr
    assert str(db.name) in res.stderr, res.explain()
    assert not db.exists()


def test_reingesting_a_changed_document_replaces_its_facts(samples, tmp_path, ytekb):
    path = tmp_path / "article.txt"
    db = tmp_path / "kb.sqlite"
    path.write_text(samples.ARTICLE, encoding="utf-8")
    res = ytekb("ingest", "--db", db, path, cwd=tmp_path)
    assert res.code == 0, res.explain()
    conn = sqlite3.connect(db)
    (doc_id, old_hash), = conn.execute("SELECT id, content_hash FROM documents").fetchall()
    assert conn.execute("SELECT rowid FROM documents_fts WHERE documents_fts MATCH 'nghe an'"
                        ).fetchall() == [(doc_id,)]
    conn.close()

    # Unchanged: nothing is rewritten.
    res = ytekb("ingest", "--db", db, path, cwd=tmp_path)
    assert res.code == 0 and "1 unchanged" in res.stdout, res.explain()

    changed = samples.OTHER + "\nPhát biểu tại hội nghị, Giám đốc Sở Y tế cảm ơn Bệnh viện Chợ Rẫy."
    path.write_text(changed, encoding="utf-8")
    res = ytekb("ingest", "--db", db, path, cwd=tmp_path)
    assert res.code == 0, res.explain()
    assert "1 updated" in res.stdout, res.explain()

    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    rows = conn.execute("SELECT id, text, content_hash FROM documents").fetchall()
    assert len(rows) == 1
    assert rows[0]["id"] == doc_id
    assert rows[0]["text"] == changed
    assert rows[0]["content_hash"] != old_hash
    for table in FACT_TABLES:
        facts = conn.execute(f'SELECT * FROM {table}').fetchall()
        assert all(f["document_id"] == doc_id for f in facts), table
        assert all(0 <= f["start"] < f["end"] <= len(changed) for f in facts), table
        keys = [tuple(f[k] for k in f.keys() if k != "id") for f in facts]
        assert len(keys) == len(set(keys)), f"duplicate facts in {table}"
    # Full-text search follows the new text.
    fts = "SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?"
    assert [tuple(r) for r in conn.execute(fts, ["cho ray"])] == [(doc_id,)]
    assert conn.execute(fts, ["nghe an"]).fetchall() == []
    updated = _facts_without_ids(conn)
    conn.close()

    # The facts are exactly those a fresh KB gets for the new text: none of the old remain.
    fresh = tmp_path / "fresh.sqlite"
    res = ytekb("ingest", "--db", fresh, path, cwd=tmp_path)
    assert res.code == 0, res.explain()
    conn = sqlite3.connect(fresh)
    conn.row_factory = sqlite3.Row
    assert _facts_without_ids(conn) == updated
    conn.close()


def _facts_without_ids(conn: sqlite3.Connection) -> dict[str, list[tuple]]:
    out = {}
    for table in FACT_TABLES:
        rows = conn.execute(f"SELECT * FROM {table}").fetchall()
        out[table] = sorted(tuple((k, r[k]) for k in r.keys() if k not in ("id", "document_id"))
                            for r in rows)
    return out
