"""Foundation: `ytekb run` on the bundled corpus, end to end, into a real SQLite file."""
from __future__ import annotations

import re
import shlex
import sqlite3
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from rapidfuzz import fuzz

from pipeline.records import Article

FACT_TABLES = ("mentions", "roles", "cooperations", "legal_documents", "figures", "dates")


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _expect(entry: dict, key: str, default=None):
    """A manifest expectation, at the top level of the entry or under "expect"."""
    if key in entry:
        return entry[key]
    return (entry.get("expect") or entry.get("expected") or {}).get(key, default)


def _docs_by_path(conn: sqlite3.Connection) -> dict[str, sqlite3.Row]:
    return {str(Path(r["path"]).resolve()): r
            for r in conn.execute("SELECT * FROM documents") if r["path"]}


def test_run_exits_zero_with_documents_and_entities(corpus_kb, corpus_manifest):
    res = corpus_kb.result
    assert res.code == 0, res.explain()
    assert "Traceback" not in res.stderr, res.explain()
    conn = corpus_kb.connect()
    try:
        n_docs = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        n_entities = conn.execute("SELECT count(*) FROM entities").fetchone()[0]
        runs = conn.execute("SELECT command, status, exit_code, finished_at FROM runs").fetchall()
    finally:
        conn.close()
    assert n_docs >= 12, res.explain()
    assert n_docs == len(corpus_manifest), "every manifest article becomes one document"
    assert n_entities >= 20, f"only {n_entities} entities\n{res.explain()}"
    assert [tuple(r)[:3] for r in runs] == [("run", "ok", 0)] and runs[0]["finished_at"]


def test_every_document_has_clean_text_and_its_publication_day(corpus_kb, corpus_manifest):
    import corpus

    conn = corpus_kb.connect()
    try:
        docs = _docs_by_path(conn)
    finally:
        conn.close()
    problems = []
    for entry in corpus_manifest:
        path = str((corpus.CORPUS_DIR / entry["file"]).resolve())
        row = docs.get(path)
        if row is None:
            problems.append(f"{entry['file']}: not in documents")
            continue
        text = row["text"]
        if not unicodedata.is_normalized("NFC", text):
            problems.append(f"{entry['file']}: text is not NFC")
        for bad in ("\x00", "\r", "\ufffd", "<script", "<div", "</p>", "&nbsp;", "&amp;"):
            if bad in text:
                problems.append(f"{entry['file']}: text contains {bad!r}")
        for needle in _expect(entry, "body_must_contain", []) or []:
            if _nfc(needle) not in text:
                problems.append(f"{entry['file']}: missing {needle!r}")
        for needle in _expect(entry, "body_must_not_contain", []) or []:
            if _nfc(needle) in text:
                problems.append(f"{entry['file']}: still contains {needle!r}")
        want = _expect(entry, "published")
        if not want:
            problems.append(f"{entry['file']}: the manifest gives no publication date")
        elif (row["published"] or "")[:10] != str(want)[:10]:
            problems.append(f"{entry['file']}: published {row['published']!r}, expected {want!r}")
        if entry.get("url") and row["url"] != entry["url"]:
            problems.append(f"{entry['file']}: url {row['url']!r}, expected {entry['url']!r}")
    assert not problems, "\n".join(problems)


def _sentences(row: sqlite3.Row) -> list[tuple[int, int]]:
    """Sentence spans of a stored text, recomputed by the same extraction chain."""
    from pipeline.extract import extract

    art = Article(source="kb", title=row["title"] or "", text=row["text"],
                  published=row["published"], path=row["path"])
    return extract(art).sentences


def _key(text: str) -> str:
    from extractors.textnorm import match_text

    return " ".join(re.sub(r"[^\w\s]", " ", match_text(_nfc(text)).casefold()).split())


def _related(span: str, surface: str) -> bool:
    a, b = _key(span), _key(surface)
    if not a or not b:
        return False
    return a == b or a in b or b in a or fuzz.partial_ratio(a, b) >= 80


def test_every_fact_lies_inside_its_document_and_sentence(corpus_kb):
    conn = corpus_kb.connect()
    problems = []
    n_facts = 0
    try:
        docs = {r["id"]: r for r in conn.execute("SELECT * FROM documents")}
        sentences = {doc_id: _sentences(row) for doc_id, row in docs.items()}
        for table in FACT_TABLES:
            for f in conn.execute(f'SELECT * FROM {table}'):
                n_facts += 1
                text = docs[f["document_id"]]["text"]
                where = f"{table}#{f['id']} in document {f['document_id']}"
                start, end, sent = f["start"], f["end"], f["sentence"]
                if not 0 <= start < end <= len(text):
                    problems.append(f"{where}: [{start},{end}) outside text of {len(text)}")
                    continue
                spans = sentences[f["document_id"]]
                if not 0 <= sent < len(spans):
                    problems.append(f"{where}: sentence {sent} of {len(spans)}")
                    continue
                s_start, s_end = spans[sent]
                if not s_start <= start < end <= s_end:
                    problems.append(f"{where}: [{start},{end}) {text[start:end]!r} outside "
                                    f"sentence {sent} [{s_start},{s_end})")
                if table == "mentions" and not _related(text[start:end], f["surface"]):
                    problems.append(f"{where}: span {text[start:end]!r} vs surface "
                                    f"{f['surface']!r}")
    finally:
        conn.close()
    assert not problems, f"{len(problems)} of {n_facts} facts:\n" + "\n".join(problems[:40])


def test_run_twice_is_idempotent(corpus_kb, tmp_path, ytekb, dump_kb, copy_kb):
    db = copy_kb(corpus_kb.path, tmp_path / "again.sqlite")
    before = dump_kb(db)
    res = ytekb("run", "--db", db, cwd=tmp_path)
    assert res.code == 0, res.explain()
    after = dump_kb(db)
    assert len(after.pop("runs")) == len(before.pop("runs")) + 1
    assert {t: len(r) for t, r in after.items()} == {t: len(r) for t, r in before.items()}
    for table in before:
        assert after[table] == before[table], f"table {table} changed on a second run"
    assert re.search(r"\b0 new, 0 updated, \d+ unchanged, 0 failed", res.stdout), res.explain()


def test_fts_finds_documents_without_diacritics(corpus_kb):
    conn = corpus_kb.connect()
    try:
        texts = dict(conn.execute("SELECT id, text FROM documents").fetchall())
        for query, needle in (("bach mai", "bạch mai"), ('"benh vien"', "bệnh viện")):
            want = {i for i, t in texts.items() if needle in t.casefold()}
            assert want, f"no corpus document mentions {needle!r}"
            got = {r[0] for r in conn.execute(
                "SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?", [query])}
            assert want <= got, f"{query!r} misses documents {sorted(want - got)}"
        # Joined back to documents, as a user would query it.
        rows = conn.execute("SELECT d.title FROM documents_fts JOIN documents d "
                            "ON d.id = documents_fts.rowid WHERE documents_fts MATCH 'bach mai' "
                            "ORDER BY rank").fetchall()
        assert rows
    finally:
        conn.close()


def test_dev_scorer_runs_on_extract_output(shared_dir, tmp_path, ytekb_argv):
    score = shared_dir / "eval" / "score.py"
    gold, texts = shared_dir / "eval" / "dev", shared_dir / "corpus" / "seeds"
    if not (score.is_file() and gold.is_dir() and texts.is_dir()):
        pytest.skip("shared eval scorer, gold or seed texts missing")
    cmd = " ".join(shlex.quote(a) for a in ytekb_argv) + " extract --jsonl {files}"
    proc = subprocess.run([sys.executable, str(score), "--gold", str(gold), "--texts", str(texts),
                           "--cmd", cmd], capture_output=True, text=True, timeout=600,
                          cwd=tmp_path)
    out = proc.stdout
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert re.search(r"^micro_f1=\d+\.\d+", out, re.M), out + proc.stderr
    assert "no output for" not in out, out
    assert "Traceback" not in proc.stderr, proc.stderr
    assert not (tmp_path / "outputs").exists()
