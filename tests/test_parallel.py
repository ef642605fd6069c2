"""Every core, and a Dask cluster: `--jobs 2` and `--dask` give the same KB (a full
dump) and the same `extract` output as `--jobs 1`; Ctrl-C leaves no half document.
The speed-up itself is measured by scripts/bench_ingest.py, not here."""
from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import REPO_ROOT, copy_db, ytekb_command
from holding import HOLD, held_cli

SITES = REPO_ROOT / "corpus" / "sites"
# columns that hold the time of writing, not content
VOLATILE = {"aliases": {"created_at"}, "merges": {"created_at"}}
N_GOOD = 11   # documents in the mixed batch that can be stored (plus two bad files)


def full_dump(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table (FTS shadow tables and timeline_index included),
    without the runs table and write timestamps."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        out = {}
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                    "AND name NOT LIKE 'sqlite_%' AND name != 'runs'"):
            cols = [r[1] for r in conn.execute(f'PRAGMA table_info("{name}")')
                    if r[1] not in VOLATILE.get(name, ())]
            sel = ", ".join(f'"{c}"' for c in cols)
            out[name] = conn.execute(f'SELECT {sel} FROM "{name}" ORDER BY {sel}').fetchall()
        return out
    finally:
        conn.close()


def run(*args, cwd: Path, timeout: float = 300) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONIOENCODING="utf-8", NO_COLOR="1")
    return subprocess.run(ytekb_command() + [str(a) for a in args], cwd=cwd, env=env,
                          capture_output=True, timeout=timeout, stdin=subprocess.DEVNULL)


@pytest.fixture(scope="module")
def mixed(tmp_path_factory, samples) -> Path:
    """A batch like a real one: plain texts, saved pages, JSON, and some bad files."""
    folder = tmp_path_factory.mktemp("mixed") / "in"
    folder.mkdir()
    for i in range(6):
        base = samples.ARTICLE if i % 2 == 0 else samples.OTHER
        (folder / f"t{i:02d}.txt").write_text(f"date 2024-0{i % 9 + 1}-1{i} Tin {i}: {base}",
                                              encoding="utf-8")
    pages = sorted(p for p in SITES.rglob("*") if p.suffix in (".htm", ".html", ".aspx"))[:4]
    for i, page in enumerate(pages):
        shutil.copy(page, folder / f"p{i:02d}.html")
    (folder / "j.json").write_text(json.dumps({"text": samples.OTHER, "title": "JSON",
                                               "published": "2024-07-01"}), encoding="utf-8")
    (folder / "bad.json").write_text('{"text": 5}', encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def reference(mixed, tmp_path_factory) -> dict[str, dict]:
    """The batch ingested in one process (`--jobs 1`, the library call the CLI makes),
    and that KB after `reextract --all`."""
    from pipeline import jobs
    from scrapers.reextract import reextract

    folder = tmp_path_factory.mktemp("reference")
    db = folder / "kb.sqlite"
    report = jobs.load(db, jobs.file_items([mixed]), "ingest", jobs=1,
                       doc_timeout=jobs.DEFAULT_DOC_TIMEOUT)
    assert report.documents["new"] == N_GOOD and report.documents["failed"] == 2
    ingested = full_dump(db)
    report = reextract(copy_db(db, folder / "re.sqlite"), everything=True, jobs_n=1)
    assert report.documents["updated"] == N_GOOD and not report.errors
    return {"ingested": ingested, "reextracted": full_dump(folder / "re.sqlite")}


def test_jobs_2_gives_the_same_kb_and_output_as_jobs_1(mixed, reference, tmp_path):
    outs = {}
    for jobs in ("1", "2"):
        res = run("extract", "--jobs", jobs, "in", cwd=mixed.parent)
        assert res.returncode == 1, res.stderr.decode()
        outs[jobs] = (res.stdout, res.stderr)
    assert outs["1"] == outs["2"]
    assert len(outs["1"][0].decode().splitlines()) == N_GOOD

    db = tmp_path / "kb.sqlite"
    res = run("ingest", "--db", db, "--jobs", "2", mixed, cwd=tmp_path)
    assert res.returncode == 1, res.stderr.decode()
    assert reference["ingested"]["documents"] and reference["ingested"]["timeline_index"]
    assert full_dump(db) == reference["ingested"]
    res = run("reextract", "--db", db, "--all", "--jobs", "2", cwd=tmp_path)
    assert res.returncode == 0 and f"{N_GOOD} re-extracted" in res.stdout.decode()
    assert full_dump(db) == reference["reextracted"]


def test_a_large_batch_warmed_up_before_forking_gives_the_same_kb(mixed, reference, tmp_path):
    """From PRELOAD_AT documents the parent extracts the first plain-text inputs itself
    (here all of them, to warm up every lazy load once) and freezes its objects before forking; the bad
    files first in line still fail once each, and the KB is the one `--jobs 1` writes.
    (A fresh process, as `ytekb ingest` is: HTML reading keeps history in-process.)"""
    db = tmp_path / "kb.sqlite"
    code = ("import sys; from pipeline import jobs; jobs.PRELOAD_AT, jobs.WARM_DOCS = 1, 100; "
            "from pipeline.cli import main; sys.argv[0] = 'ytekb'; main()")
    res = subprocess.run([sys.executable, "-c", code, "ingest", "--db", str(db), "--jobs", "2",
                          str(mixed)], cwd=tmp_path, capture_output=True, timeout=300,
                         env=dict(os.environ, PYTHONIOENCODING="utf-8", NO_COLOR="1"),
                         stdin=subprocess.DEVNULL)
    assert res.returncode == 1, res.stderr.decode()
    assert res.stderr.decode().count("error:") == 2
    assert full_dump(db) == reference["ingested"]


@pytest.mark.parametrize("how", ["ctrl-c", "sigterm"])
def test_ctrl_c_or_sigterm_stops_between_documents_and_leaves_no_worker(tmp_path, samples,
                                                                       how):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(40):   # from the 5th on, held: the batch cannot end before the signal
        held = HOLD if i >= 4 else ""
        (folder / f"c{i:02d}.txt").write_text(f"Tin {i}: {samples.ARTICLE}{held}",
                                              encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    proc = subprocess.Popen(held_cli() + ["ingest", "--db", str(db), "--jobs", "2",
                                          "--published", "2024-06-01", str(folder)],
                            cwd=tmp_path, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
                try:
                    if conn.execute("SELECT count(*) FROM documents").fetchone()[0] >= 2:
                        break
                finally:
                    conn.close()
            except sqlite3.Error:
                pass
            time.sleep(0.05)
        else:
            raise AssertionError("no two documents stored in 120 s")
        if how == "ctrl-c":
            os.killpg(proc.pid, signal.SIGINT)   # what a terminal's Ctrl-C does
        else:
            proc.send_signal(signal.SIGTERM)     # what `kill` or a scheduler does
        _, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    assert proc.returncode == 3, err.decode()
    assert "recorded as interrupted" in err.decode() and "Traceback" not in err.decode()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:   # the whole group goes: no worker left behind
        try:
            os.killpg(proc.pid, 0)
        except ProcessLookupError:
            break
        time.sleep(0.05)
    else:
        raise AssertionError("a worker process outlived its parent")
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("SELECT status, exit_code FROM runs").fetchall() == [
            ("interrupted", 3)]
        assert conn.execute("SELECT count(*) FROM timeline_deferred").fetchone() == (0,)
        n = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        assert 2 <= n <= 4   # stopped mid-batch, before any held document
        # whole documents only: each stored one has its facts and its timeline rows
        assert conn.execute("SELECT count(DISTINCT document_id) FROM dates").fetchone()[0] == n
        assert conn.execute("SELECT count(DISTINCT document_id) FROM timeline_index"
                            ).fetchone()[0] == n
    finally:
        conn.close()


# --------------------------------------------------------------------------- Dask

@pytest.fixture(scope="module")
def cluster():
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  host="127.0.0.1", dashboard_address=None,
                                  silence_logs=50) as lc:
        yield lc


def test_dask_gives_the_same_kb_as_a_local_run(mixed, reference, tmp_path, cluster):
    address = cluster.scheduler_address
    assert address.startswith("tcp://127.0.0.1:")
    db = tmp_path / "dask.sqlite"
    res = run("ingest", "--db", db, "--dask", address, "--json", mixed, cwd=tmp_path)
    assert res.returncode == 1, res.stderr.decode()
    report = json.loads(res.stdout)
    assert report["documents"]["new"] == N_GOOD and report["documents"]["failed"] == 2
    assert full_dump(db) == reference["ingested"]
    res = run("reextract", "--db", db, "--all", "--dask", address, cwd=tmp_path)
    assert res.returncode == 0 and f"{N_GOOD} re-extracted" in res.stdout.decode(), \
        res.stderr.decode()
    assert full_dump(db) == reference["reextracted"]


def _connect_sqlite(path: str) -> str:
    sqlite3.connect(path).close()
    return "connected"


def _connect_socket(port: int) -> str:
    import socket

    with socket.create_connection(("127.0.0.1", port), timeout=2):
        return "connected"


def test_extraction_on_a_dask_worker_touches_no_database_and_no_network(cluster, tmp_path):
    from distributed import Client

    from pipeline.dask_runner import guarded

    port = int(cluster.scheduler_address.rsplit(":", 1)[1])
    with Client(cluster.scheduler_address, set_as_default=False) as client:
        # outside our guard a task may do what it likes (other clients' work is untouched)
        assert client.submit(_connect_sqlite, str(tmp_path / "x.sqlite")).result(30) == \
            "connected"
        for fn, arg in ((_connect_sqlite, str(tmp_path / "y.sqlite")), (_connect_socket, port)):
            with pytest.raises(PermissionError, match="may not use"):
                client.submit(guarded, fn, arg, pure=False).result(30)
    assert not (tmp_path / "y.sqlite").exists()
