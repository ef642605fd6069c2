#!/usr/bin/env python3
"""A scratch sample of real health articles from VietNews, for speed and regression runs.

    python scripts/build_vietnews_sample.py GIT_DIR OUT_DIR [--count 3000]

GIT_DIR is a git directory of ThanhChinhBK/vietnews (a bare mirror is fine).
Walks `data/train_tokenized` in name order, keeps articles that are about health
institutions (several "Y tế" / "bệnh viện" / "bác sĩ" mentions), de-segments them
the way ../shared/eval/real/build_texts.py does and writes NAME.txt to OUT_DIR
(keep it out of git: the corpus has no licence for redistribution).

Every file listed in ../shared/eval/real/reserved.txt is skipped by name, unread,
and so are the development articles of ../shared/eval/real/selection.txt (they are
in .eval/real already).
"""
from __future__ import annotations

import argparse
import importlib.util
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT.parent / "shared" / "eval" / "real"
HEALTH = re.compile(r"Y_tế|[Bb]ệnh_viện|[Bb]ác_sĩ")


def _listed(path: Path) -> set[str]:
    if not path.is_file():
        return set()
    return {line.strip() for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")}


def _detokenize():
    """build_texts.detokenize, so the sample is spaced exactly as .eval/real is."""
    spec = importlib.util.spec_from_file_location("build_texts", REAL / "build_texts.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.detokenize, mod.COMMIT


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("git_dir")
    ap.add_argument("out_dir")
    ap.add_argument("--count", type=int, default=3000)
    ap.add_argument("--min-hits", type=int, default=4, help="health mentions an article needs")
    a = ap.parse_args(argv)
    detokenize, commit = _detokenize()
    skip = _listed(REAL / "reserved.txt") | _listed(REAL / "selection.txt")
    listing = subprocess.run(["git", "--git-dir", a.git_dir, "ls-tree", "-r", commit,
                              "data/train_tokenized/"], capture_output=True, text=True,
                             check=True).stdout.splitlines()
    # "mode blob SHA\tpath": reading by blob id avoids a tree search per file
    blobs = sorted((path, meta.split()[2]) for meta, path in (ln.split("\t", 1) for ln in listing))
    blobs = [(path, sha) for path, sha in blobs if path not in skip]
    out = Path(a.out_dir)
    out.mkdir(parents=True, exist_ok=True)
    cat = subprocess.Popen(["git", "--git-dir", a.git_dir, "cat-file", "--batch"],
                           stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    kept = 0
    try:
        for name, sha in blobs:
            cat.stdin.write(f"{sha}\n".encode())
            cat.stdin.flush()
            header = cat.stdout.readline().split()
            if len(header) < 3:
                continue
            body = cat.stdout.read(int(header[2]))
            cat.stdout.read(1)
            seg = body.decode("utf-8", errors="replace")
            if len(HEALTH.findall(seg)) < a.min_hits:
                continue
            stem = "train_" + Path(name).name.replace(".txt.seg", "")
            (out / f"{stem}.txt").write_text(detokenize(seg), encoding="utf-8")
            kept += 1
            if kept >= a.count:
                break
    finally:
        cat.stdin.close()
        cat.wait()
    print(f"{kept} health articles written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
