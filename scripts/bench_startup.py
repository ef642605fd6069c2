#!/usr/bin/env python3
"""Start-up cost of `ytekb extract` on one small .txt: CPU seconds and peak RSS.

    python scripts/bench_startup.py                   # this tree and the baseline, 7 runs each
    python scripts/bench_startup.py --baseline 80642ee --runs 11 --importtime
    python scripts/bench_startup.py --bytecode cached          # one way only

Each run is a fresh `ytekb extract` process (its workers included) on a
one-sentence file; CPU (user + system) and peak RSS come from `wait4`. The
median of `--runs` is reported for this tree and for `git archive BASELINE`
run by the same interpreter, in alternation, so both see the same load.
`--importtime` adds the ten slowest imports of this tree (`python -X importtime`).

Measured two ways (`--bytecode both`, the default), each labelled: "compiled", every
run compiles the project's sources, as on a machine that sets PYTHONDONTWRITEBYTECODE
(this one does); "cached", the bytecode is written once (under the run's temporary
folder, not in the trees) and read after that, as an installed package has it.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_BASELINE = "80642ee"
SMALL = "Sở Y tế Nghệ An tổ chức hội nghị ngày 12/3/2024.\n"


sys.path.insert(0, str(ROOT / "scripts"))
from bench_ingest import checkout, cli as _argv  # noqa: E402


def bytecode_env(how: str, work: Path) -> dict[str, str]:
    """The children's environment: sources "compiled" by every run, or bytecode "cached"."""
    env = dict(os.environ)
    if how == "compiled":
        env["PYTHONDONTWRITEBYTECODE"] = "1"   # (the interpreter's own .pyc files are read)
        env.pop("PYTHONPYCACHEPREFIX", None)
    else:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
    return env


def one_run(root: Path, small: Path, env: dict[str, str] | None = None) -> tuple[float, float]:
    """(CPU seconds, peak RSS MB) of one `ytekb extract small.txt`."""
    proc = subprocess.Popen(_argv(root, "extract", str(small)), stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, cwd=small.parent, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"extract failed in {root}: {proc.stderr.read().decode()[-1000:]}")
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def slowest_imports(root: Path, small: Path, n: int = 10) -> list[str]:
    proc = subprocess.run([sys.executable, "-X", "importtime", *_argv(root, "extract",
                                                                       str(small))[1:]],
                          capture_output=True, text=True, cwd=small.parent)
    rows = []
    for line in proc.stderr.splitlines():
        if line.startswith("import time:") and "|" in line:
            _, cumulative, name = line.split("|")
            if cumulative.strip().isdigit():
                rows.append((int(cumulative), name.rstrip()))
    top = sorted(rows, reverse=True)[:n]
    return [f"{us / 1e6:6.3f} s  {name.strip()}" for us, name in top]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--baseline", default=DEFAULT_BASELINE)
    ap.add_argument("--skip-baseline", action="store_true")
    ap.add_argument("--importtime", action="store_true")
    ap.add_argument("--bytecode", choices=("both", "compiled", "cached"), default="both",
                    help="compiled: every run compiles the sources (PYTHONDONTWRITEBYTECODE); "
                         "cached: bytecode written once and read after (an installed package)")
    args = ap.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="ytekb-bench-startup-"))
    try:
        small = work / "small.txt"
        small.write_text(SMALL, encoding="utf-8")
        roots = {"this": ROOT}
        if not args.skip_baseline:
            roots[f"baseline {args.baseline}"] = checkout(args.baseline, work / "baseline")
        ways = ("compiled", "cached") if args.bytecode == "both" else (args.bytecode,)
        for way in ways:
            env = bytecode_env(way, work)
            if way == "cached":   # write the bytecode once, outside the measured runs
                for root in roots.values():
                    one_run(root, small, env)
            got: dict[str, list[tuple[float, float]]] = {name: [] for name in roots}
            for _ in range(args.runs):
                for name, root in roots.items():
                    got[name].append(one_run(root, small, env))
            how = ("every run compiles the sources" if way == "compiled"
                   else "read from a cache, as installed")
            print(f"`ytekb extract` of one small .txt, median of {args.runs} runs, bytecode "
                  f"{way} ({how}; load average {os.getloadavg()[0]:.1f}):")
            cpu = {}
            for name, runs in got.items():
                cpu[name] = statistics.median(c for c, _ in runs)
                print(f"  {name:20} {cpu[name]:.3f} CPU s   peak RSS "
                      f"{statistics.median(r for _, r in runs):.0f} MB")
            if len(cpu) == 2:
                base_name = next(n for n in cpu if n != "this")
                print(f"  this / baseline: {cpu['this'] / cpu[base_name]:.2f}")
        if args.importtime:
            print("slowest imports of this tree (cumulative, under -X importtime):")
            for row in slowest_imports(ROOT, small):
                print("  " + row)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
