#!/usr/bin/env python3
"""Ingest speed: documents per CPU-second against a baseline, and --jobs speed-up.

    python scripts/bench_ingest.py                      # 1,600 docs, baseline = origin of this branch
    python scripts/bench_ingest.py --docs 1500 --baseline 80642ee --repeat 2
    python scripts/bench_ingest.py --skip-baseline --jobs 2 --json
    python scripts/bench_ingest.py --docs 800 --baseline 13c5c31 --writer-profile

What it does, in one run (so the ratios share the machine's load):

1. Builds `--docs` plain-text articles: real press texts from a VietNews git
   mirror when present (`--vietnews GIT_DIR`; files named in
   ../shared/eval/real/reserved.txt or in a `--skip-list FILE` are skipped and
   never read), else the mixed corpus of scripts/bench_extract.py. Texts go to a temporary folder and
   are never printed.
2. Baseline: `git archive BASELINE` into a temporary folder; its `ytekb ingest`
   runs with that code (same interpreter and packages).
3. Runs `ytekb ingest` of the whole folder into a fresh KB for: the baseline;
   this tree with `--jobs 1` (one process); this tree with `--jobs N`. Each
   child's CPU (user + system, its worker processes included) comes from
   `wait4`, wall time from a monotonic clock; the best of `--repeat` runs is kept.
4. Store alone: the same extractions stored through each tree's
   `store.save_extraction`, timed in a child process per tree.
5. Compares full dumps of the KBs (every table and row; alias timestamps and
   the runs table set aside; the baseline has no timeline_deferred table).

Reports docs per CPU-second and their ratio (this tree / baseline), store
milliseconds per document and their ratio, and the `--jobs N` speed-up in wall
time over `--jobs 1`, with the load average, since the machine may be shared.
After each round it also measures the machine's own ceiling: N copies of one
pure-Python loop against one copy (a VM's shared cores give less than N×).

The CPU bound of `--jobs N` (what N idle cores would give, whatever the load now)
is printed twice: jobs1 CPU / max(writer CPU, CPU / N), and the stricter one that
counts the parent's CPU before its first fork (imports, lexicon warm-up; the models
load after it, beside the first worker) as serial.
`--writer-profile` instead counts what the writer does per stored document, for this
tree and the baseline: SQL statements by kind and WAL frames (pages written) by the
table or index they belong to, over the second half of the documents.
`--extract` adds `ytekb extract` (no KB) with --jobs 1 and N, alternated with the
ingest runs, with the same figures and a byte comparison of the two outputs.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VIETNEWS = Path("/work/.mirror/ThanhChinhBK+vietnews/repo")
RESERVED = ROOT.parent / "shared" / "eval" / "real" / "reserved.txt"
DEFAULT_BASELINE = "80642ee"   # main when the jobs work started
# the children's environment (set in main): bytecode cached under the run's temporary
# folder, as an installed package has it, even where the caller's environment turns
# writing bytecode off (PYTHONDONTWRITEBYTECODE): otherwise every child compiles all of
# the project's sources first (about 1 G instructions, 7% of the writer's under --jobs 2),
# serial work an install never does
CHILD_ENV: dict[str, str] = dict(os.environ)
VOLATILE = {"runs": None, "aliases": "created_at", "merges": "created_at",
            "timeline_deferred": None}


# --------------------------------------------------------------------------- corpus

def vietnews_docs(git_dir: Path, n: int, skip_files: Sequence[Path] = ()) -> list[str]:
    """`n` articles spread over the training split. The files named in reserved.txt and
    in every `skip_files` list (`--skip-list`, e.g. the blind-set ids), and any other
    path holding one of their texts, are dropped by name before anything is read
    (scripts/corpus/vietnews.py's rules, as sweep.py and the corpus tools apply them)."""
    sys.path.insert(0, str(ROOT / "scripts" / "corpus"))
    from vietnews import CorpusError, detokenize, drop_held_out, held_out_paths, list_blobs, read_blobs

    try:   # a copied tree without ../shared must never read the corpus unfiltered
        held = held_out_paths(RESERVED, skip_files)
        rows = drop_held_out(list_blobs(git_dir, "HEAD", under="data/train_tokenized/"), held)
    except CorpusError as err:
        raise SystemExit(f"{err} (link ../shared next to this tree, or pass --vietnews none)")
    step = max(1, len(rows) // n)
    return [detokenize(text) for _, text in read_blobs(git_dir, rows[7::step][:n])]


def fallback_docs(n: int) -> list[str]:
    sys.path.insert(0, str(ROOT / "scripts"))
    from bench_extract import build_corpus

    docs, _ = build_corpus(max(0.2, n * 0.004))
    return [d["text"] for d in docs[:n]]


# --------------------------------------------------------------------------- runs

def checkout(revision: str, folder: Path) -> Path:
    """The tree at `revision` (git archive) in `folder`, to run the baseline from."""
    folder.mkdir()
    tar = subprocess.run(["git", "-C", str(ROOT), "archive", revision],
                         capture_output=True, check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(folder)], input=tar, check=True)
    return folder


def cli(code_root: Path, *args: str, self_cpu: Path | None = None) -> list[str]:
    """argv running `ytekb ARGS` with the code in `code_root` (this interpreter).

    `self_cpu`: at exit the `ytekb` process writes there its own CPU seconds (its
    workers' excluded: with --jobs > 1 that is the writer) and its CPU when it first
    forked (the serial warm-up before any worker runs; its total when it never forked)."""
    hook = ("import atexit, os, resource, time; f = []; "
            "os.register_at_fork(before=lambda: f or f.append(time.process_time())); "
            "atexit.register(lambda p=sys.argv.pop(1): open(p, 'w').write(repr(("
            "sum(resource.getrusage(resource.RUSAGE_SELF)[:2]), f[0] if f else None)))); "
            if self_cpu else "")
    return [sys.executable, "-c", "import sys; sys.path.insert(0, sys.argv.pop(1)); " + hook +
            "from pipeline.cli import main; sys.argv[0] = 'ytekb'; main()", str(code_root),
            *([str(self_cpu)] if self_cpu else []), *args]


def run_ingest(code_root: Path, folder: Path, db: Path, extra: list[str]) -> dict:
    """One `ytekb ingest` child; CPU from RUSAGE_CHILDREN deltas (workers included)."""
    import resource

    for p in db.parent.glob(db.name + "*"):
        p.unlink()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    self_cpu = db.with_suffix(".cpu")
    self_cpu.unlink(missing_ok=True)
    proc = subprocess.run(cli(code_root, "ingest", "--db", str(db), "--published",
                              "2019-01-01", *extra, str(folder), self_cpu=self_cpu),
                          cwd=db.parent, capture_output=True, timeout=3600, env=CHILD_ENV)
    wall = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if proc.returncode != 0:
        raise SystemExit(f"ingest failed ({proc.returncode}): {proc.stderr.decode()[-2000:]}")
    writer, warm = _self_cpu(self_cpu)
    return {"cpu": cpu, "wall": wall, "writer_cpu": writer, "serial_cpu": warm}


def _self_cpu(path: Path) -> tuple[float, float]:
    """(the ytekb process's CPU, its CPU before its first fork) as `cli` wrote them."""
    if not path.exists():
        return float("nan"), float("nan")
    own, first_fork = eval(path.read_text(), {})   # a tuple of two floats (or None)
    return own, own if first_fork is None else first_fork


def run_extract(code_root: Path, folder: Path, out: Path, jobs: int) -> dict:
    """One `ytekb extract --jobs N` child writing its lines to `out`; CPU as for ingest."""
    import resource

    self_cpu = out.with_suffix(".cpu")
    self_cpu.unlink(missing_ok=True)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    with open(out, "wb") as fh:
        proc = subprocess.run(cli(code_root, "extract", "--jobs", str(jobs), str(folder),
                                  self_cpu=self_cpu), stdout=fh, stderr=subprocess.PIPE,
                              timeout=3600, env=dict(CHILD_ENV, PYTHONHASHSEED="1"))
    wall = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        raise SystemExit(f"extract failed ({proc.returncode}): {proc.stderr.decode()[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    parent, warm = _self_cpu(self_cpu)
    return {"cpu": cpu, "wall": wall, "writer_cpu": parent, "serial_cpu": warm}


def _cache_bytecode(work: Path, roots: dict[str, Path], folder: Path) -> None:
    """Children write and read bytecode under `work` (the cache mirrors each source's
    path, so the trees' caches stay apart); one untimed ingest of two documents per tree
    compiles what the timed runs import."""
    CHILD_ENV.pop("PYTHONDONTWRITEBYTECODE", None)
    CHILD_ENV["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
    sample = work / "bytecode_sample"
    sample.mkdir()
    for path in sorted(folder.iterdir())[:2]:
        (sample / path.name).write_bytes(path.read_bytes())
    for root in roots.values():
        run_ingest(root, sample, work / "bytecode.sqlite", ["--jobs", "1"])
        subprocess.run([sys.executable, "-c", "import sys; sys.path.insert(0, sys.argv[1]); "
                        "from pipeline.extract import preload; preload()", str(root)],
                       env=CHILD_ENV, capture_output=True, timeout=600)   # the models' imports


def cpu_bound(one: dict, many: dict, jobs: int) -> float:
    """The wall speed-up N idle cores would give, from CPU alone: the parallel run is its
    serial warm-up (before the first fork), then the larger of its writer's remaining
    CPU and all remaining CPU spread over N cores."""
    warm = many["serial_cpu"]
    return one["cpu"] / (warm + max(many["writer_cpu"] - warm, (many["cpu"] - warm) / jobs))


_STORE_CHILD = r"""
import sys, time, json, glob
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from pipeline.kb import store
from pipeline.extract import extract, VERSION
from pipeline.readers import read_article
files = sorted(glob.glob(sys.argv[2] + "/*.txt"))
exs = [extract(read_article(Path(f), published="2019-01-01")) for f in files]
db = store.open_kb(sys.argv[3])
t = time.process_time()
for ex in exs:
    store.save_extraction(db, ex, VERSION)
print(json.dumps({"store_cpu": time.process_time() - t, "docs": len(exs)}))
"""


def _child(script: str, code_root: Path, folder: Path, db: Path) -> dict:
    """Run `script` (store the folder's extractions into a fresh `db` with the code in
    `code_root`) in a child process; the JSON it prints last."""
    for p in db.parent.glob(db.name + "*"):
        p.unlink()
    proc = subprocess.run([sys.executable, "-c", script, str(code_root), str(folder),
                           str(db)], capture_output=True, text=True, timeout=3600, cwd=db.parent,
                          env=CHILD_ENV)
    if proc.returncode != 0:
        raise SystemExit(f"store child failed: {proc.stderr[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def store_only(code_root: Path, folder: Path, db: Path) -> dict:
    return _child(_STORE_CHILD, code_root, folder, db)


# What one stored document costs the writer, counted (not timed, so the machine's load
# cannot move it): SQL statements by kind (the trace callback; a statement that fires
# triggers is traced again for each trigger program) and WAL frames by the b-tree they
# wrote (dbstat), over the second half of the documents, the first half stored before
# so the KB is not empty.
_PROFILE_CHILD = r"""
import sys, glob, json, os, re, struct, collections
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from pipeline.kb import store
from pipeline.extract import extract, VERSION
from pipeline.readers import read_article
files = sorted(glob.glob(sys.argv[2] + "/*.txt"))
exs = [extract(read_article(Path(f), published="2019-01-01")) for f in files]
db = store.open_kb(sys.argv[3])
half = len(exs) // 2
for ex in exs[:half]:
    store.save_extraction(db, ex, VERSION)
db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
db.execute("PRAGMA wal_autocheckpoint=0")
kinds = collections.Counter()
def trace(sql):
    if sql.startswith("--"):   # trigger programs' own statements are left out
        return
    words = sql.split()
    for i, w in enumerate(words[:-1]):   # the statement up to its table's name
        if w.upper() in ("INTO", "FROM", "UPDATE"):
            words = words[:i + 2]
            break
    else:
        words = words[:2]
    words[-1] = re.sub(r"\(.*", "", words[-1]).rstrip("),;")
    kinds[" ".join(words)] += 1
db.conn.set_trace_callback(trace)
for ex in exs[half:]:
    store.save_extraction(db, ex, VERSION)
db.conn.set_trace_callback(None)
data = open(sys.argv[3] + "-wal", "rb").read()
size = struct.unpack(">I", data[8:12])[0]
pages = [struct.unpack(">I", data[o:o + 4])[0] for o in range(32, len(data) - 23 - size, 24 + size)]
owner = {pg: name for name, pg in db.execute("SELECT name, pageno FROM dbstat")}
frames = collections.Counter(owner.get(pg, "?") for pg in pages)
n = len(exs) - half
print(json.dumps({"docs": n, "frames": len(pages) / n, "statements": sum(kinds.values()) / n,
                  "frames_by_owner": {k: v / n for k, v in frames.most_common()},
                  "statements_by_kind": {k: v / n for k, v in kinds.most_common()}}))
"""


def writer_profile(code_root: Path, folder: Path, db: Path) -> dict:
    return _child(_PROFILE_CHILD, code_root, folder, db)


def print_profiles(profiles: dict[str, dict], top: int = 12) -> None:
    for name, prof in profiles.items():
        print(f"  writer profile, {name}: {prof['statements']:.1f} statements and "
              f"{prof['frames']:.1f} WAL frames per document (last {prof['docs']} stored)")
        for what, key in (("frames", "frames_by_owner"), ("statements", "statements_by_kind")):
            rows = list(prof[key].items())[:top]
            print(f"    {what}: " + "; ".join(f"{k} {v:.2f}" for k, v in rows))


def dump(path: Path) -> dict[str, list]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        out = {}
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                    "AND name NOT LIKE 'sqlite_%' ORDER BY name"):
            if name in VOLATILE and VOLATILE[name] is None:
                continue
            cols = [r[1] for r in conn.execute(f'PRAGMA table_info("{name}")')
                    if r[1] != VOLATILE.get(name)]
            sel = ", ".join(f'"{c}"' for c in cols)
            out[name] = conn.execute(f'SELECT {sel} FROM "{name}" ORDER BY {sel}').fetchall()
        return out
    finally:
        conn.close()


def same(a: Path, b: Path) -> tuple[bool, list[str]]:
    da, db_ = dump(a), dump(b)
    diff = [t for t in sorted(set(da) | set(db_)) if da.get(t) != db_.get(t)]
    return not diff, diff


# --------------------------------------------------------------------------- main

def _spin(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i % 7
    return total


def machine_ceiling(jobs: int, loops: int = 12_000_000) -> float:
    """The wall speed-up `jobs` copies of one pure-Python loop get over one copy, on this
    machine now: what `--jobs N` could reach at best. A VM whose cores are shared (or are
    hyperthreads of one) gives less than N even for work that shares nothing."""
    def run(k: int) -> float:
        t0 = time.perf_counter()
        pids = []
        for _ in range(k):
            pid = os.fork()
            if pid == 0:
                _spin(loops)
                os._exit(0)
            pids.append(pid)
        for pid in pids:
            os.waitpid(pid, 0)
        return time.perf_counter() - t0
    one = run(1)
    return jobs * one / run(jobs)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    # a large batch by default: --jobs N pays fixed costs (the imports before the first fork,
    # the cold worker's own first use of lexicons and patterns) that a few hundred
    # documents do not amortise
    ap.add_argument("--docs", type=int, default=1600)
    ap.add_argument("--jobs", type=int, default=2, help="the parallel run's --jobs")
    ap.add_argument("--baseline", default=DEFAULT_BASELINE, help="git revision to compare with")
    ap.add_argument("--baseline-args", default="",
                    help="extra ingest options for the baseline, e.g. '--jobs 1'")
    ap.add_argument("--skip-baseline", action="store_true")
    ap.add_argument("--repeat", type=int, default=1, help="runs per variant; the best is kept")
    ap.add_argument("--vietnews", type=Path, default=VIETNEWS)
    ap.add_argument("--skip-list", type=Path, action="append", default=[], metavar="FILE",
                    help="another list of corpus paths never to read, besides reserved.txt "
                         "(repeatable; e.g. the blind-set ids)")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--writer-profile", action="store_true",
                    help="only count what storing a document costs (SQL statements by kind, "
                         "WAL frames by b-tree) for this tree and the baseline; no timing")
    ap.add_argument("--extract", action="store_true",
                    help="also time `ytekb extract` (no KB) with --jobs 1 and --jobs N, "
                         "alternated with the ingest runs, and compare their output bytes")
    args = ap.parse_args(argv)

    work = Path(tempfile.mkdtemp(prefix="ytekb-bench-ingest-"))
    try:
        texts = (vietnews_docs(args.vietnews, args.docs, args.skip_list) if args.vietnews.is_dir()
                 else fallback_docs(args.docs))
        folder = work / "docs"
        folder.mkdir()
        for i, text in enumerate(texts):
            (folder / f"{i:05d}.txt").write_text(text, encoding="utf-8")
        result: dict = {"docs": len(texts), "chars": sum(map(len, texts)),
                        "source": "vietnews" if args.vietnews.is_dir() else "bench_extract mix",
                        "cpus": os.cpu_count(), "load_before": os.getloadavg()[0]}
        roots = {"this": ROOT}
        if not args.skip_baseline:
            roots["baseline"] = checkout(args.baseline, work / "baseline")
            result["baseline"] = args.baseline
        _cache_bytecode(work, roots, folder)
        if args.writer_profile:
            profiles = {name: writer_profile(root, folder, work / f"profile_{name}.sqlite")
                        for name, root in roots.items()}
            if len(roots) > 1:
                profiles_equal, _ = same(work / "profile_baseline.sqlite",
                                            work / "profile_this.sqlite")
                result["profile_dumps_equal"] = profiles_equal
            result["writer_profile"] = profiles
            if args.json:
                print(json.dumps(result, indent=2))
            else:
                print(f"{result['docs']} documents ({result['source']})"
                      + (f", KB dumps equal to {args.baseline}: {result['profile_dumps_equal']}"
                         if len(roots) > 1 else ""))
                print_profiles(profiles)
            return 0

        variants = {"this_jobs1": ("this", ["--jobs", "1"]),
                    f"this_jobs{args.jobs}": ("this", ["--jobs", str(args.jobs)])}
        if "baseline" in roots:
            variants = {"baseline": ("baseline", args.baseline_args.split()), **variants}
        runs: dict[str, dict] = {}
        each: dict[str, list[dict]] = {}   # every run, with the load average after it
        for _ in range(max(1, args.repeat)):
            for name, (root, extra) in variants.items():
                got = run_ingest(roots[root], folder, work / f"{name}.sqlite", extra)
                best = runs.setdefault(name, got)
                runs[name] = {k: min(best[k], got[k]) for k in got}
                each.setdefault(name, []).append(dict(got, load=os.getloadavg()[0]))
            for n in ((1, args.jobs) if args.extract else ()):
                name = f"extract_jobs{n}"
                got = run_extract(ROOT, folder, work / f"{name}.jsonl", n)
                best = runs.setdefault(name, got)
                runs[name] = {k: min(best[k], got[k]) for k in got}
                each.setdefault(name, []).append(dict(got, load=os.getloadavg()[0]))
            if hasattr(os, "fork"):
                result.setdefault("ceiling", []).append(machine_ceiling(args.jobs))
        for r in runs.values():
            r["docs_per_cpu_s"] = len(texts) / r["cpu"]
        result["ingest"], result["runs"] = runs, each
        j1, jn = runs["this_jobs1"], runs[f"this_jobs{args.jobs}"]
        result["jobs_speedup_wall"] = j1["wall"] / jn["wall"]
        # load-independent: the speed-up N idle cores would give, from CPU alone; the
        # writer (serial) and the total spread over N cores bound the parallel run
        result["jobs_bound_cpu"] = j1["cpu"] / max(jn["writer_cpu"], jn["cpu"] / args.jobs)
        result["jobs_bound_cpu_serial"] = cpu_bound(j1, jn, args.jobs)
        if result.get("ceiling"):
            # the speed-up as a share of what the machine gave two plain loops in this run
            # (median of the rounds): the load-fair reading on a shared host
            ceiling = sorted(result["ceiling"])[len(result["ceiling"]) // 2]
            result["ceiling_median"] = ceiling
            result["jobs_speedup_of_ceiling"] = result["jobs_speedup_wall"] / ceiling
        if args.extract:
            e1, en = runs["extract_jobs1"], runs[f"extract_jobs{args.jobs}"]
            result["extract_speedup_wall"] = e1["wall"] / en["wall"]
            result["extract_bound_cpu_serial"] = cpu_bound(e1, en, args.jobs)
            if "ceiling_median" in result:
                result["extract_speedup_of_ceiling"] = (result["extract_speedup_wall"]
                                                        / result["ceiling_median"])
            result["extract_outputs_equal"] = (
                (work / "extract_jobs1.jsonl").read_bytes()
                == (work / f"extract_jobs{args.jobs}.jsonl").read_bytes())
        ok, diff = same(work / "this_jobs1.sqlite", work / f"this_jobs{args.jobs}.sqlite")
        result["jobs_dumps_equal"] = ok
        if "baseline" in runs:
            result["docs_per_cpu_s_ratio"] = j1["docs_per_cpu_s"] / runs["baseline"]["docs_per_cpu_s"]
            ok, diff_b = same(work / "baseline.sqlite", work / "this_jobs1.sqlite")
            result["baseline_dumps_equal"], result["baseline_dump_diffs"] = ok, diff_b
            stores = {name: store_only(roots[name], folder, work / f"store_{name}.sqlite")
                      for name in ("baseline", "this")}
            for s in stores.values():
                s["ms_per_doc"] = 1000 * s["store_cpu"] / s["docs"]
            result["store"] = stores
            result["store_speedup"] = stores["baseline"]["ms_per_doc"] / stores["this"]["ms_per_doc"]
        result["load_after"] = os.getloadavg()[0]
        if diff:
            result["jobs_dump_diffs"] = diff
    finally:
        shutil.rmtree(work, ignore_errors=True)

    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print(f"{result['docs']} documents ({result['chars']:,} chars, {result['source']}), "
          f"{result['cpus']} CPUs, load average {result['load_before']:.1f} -> "
          f"{result['load_after']:.1f}")
    n = result["docs"]
    for name, r in result["ingest"].items():
        print(f"  {name:16} {r['docs_per_cpu_s']:7.1f} docs/CPU-s   "
              f"cpu {r['cpu']:7.2f} s   wall {r['wall']:7.2f} s   "
              f"writer {r['writer_cpu']:6.2f} s ({1000 * r['writer_cpu'] / n:.2f} ms/doc)   "
              f"before first fork {r['serial_cpu']:5.2f} s")
        for i, got in enumerate(result["runs"][name]):
            print(f"      run {i + 1}: cpu {got['cpu']:7.2f} s   wall {got['wall']:7.2f} s   "
                  f"writer {got['writer_cpu']:6.2f} s   load {got['load']:.1f}")
    if "docs_per_cpu_s_ratio" in result:
        print(f"  docs/CPU-s, --jobs 1 / baseline {result['baseline']}: "
              f"{result['docs_per_cpu_s_ratio']:.2f}x   (KB dumps equal: "
              f"{result['baseline_dumps_equal']}{'' if result['baseline_dumps_equal'] else ' ' + str(result['baseline_dump_diffs'])})")
        s = result["store"]
        print(f"  store alone: baseline {s['baseline']['ms_per_doc']:.2f} ms/doc, this "
              f"{s['this']['ms_per_doc']:.2f} ms/doc: {result['store_speedup']:.2f}x")
    print(f"  --jobs {args.jobs} over --jobs 1, wall: {result['jobs_speedup_wall']:.2f}x   "
          f"(KB dumps equal: {result['jobs_dumps_equal']})")
    if result.get("ceiling"):
        c = result["ceiling"]
        print(f"  machine ceiling ({args.jobs} pure-Python loops over 1, after each round): "
              + ", ".join(f"{x:.2f}x" for x in c)
              + f"; --jobs {args.jobs} speed-up / median ceiling: ingest "
              f"{result['jobs_speedup_of_ceiling']:.2f}"
              + (f", extract {result['extract_speedup_of_ceiling']:.2f}" if args.extract else ""))
    print(f"  --jobs {args.jobs} bound from CPU (jobs1 cpu / max(writer, cpu / {args.jobs})): "
          f"{result['jobs_bound_cpu']:.2f}x; with the warm-up before the first fork serial "
          f"(jobs1 cpu / (warm-up + max(writer - warm-up, (cpu - warm-up) / {args.jobs}))): "
          f"{result['jobs_bound_cpu_serial']:.2f}x")
    if args.extract:
        print(f"  extract --jobs {args.jobs} over --jobs 1, wall: "
              f"{result['extract_speedup_wall']:.2f}x; CPU bound as above: "
              f"{result['extract_bound_cpu_serial']:.2f}x   (outputs equal: "
              f"{result['extract_outputs_equal']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
