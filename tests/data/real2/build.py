#!/usr/bin/env python3
"""Rebuild the real2 texts from a git directory of the public VietNews corpus.

    python3 tests/data/real2/build.py GIT_DIR OUT_DIR      # e.g. OUT_DIR = .eval/real2

GIT_DIR is a clone or bare mirror of ThanhChinhBK/vietnews; OUT_DIR must stay out of
git (the articles carry no licence for redistribution, so only paths and gold live here).
Each path in selection.txt becomes OUT_DIR/{split}_{id}.txt, e.g.
data/val_tokenized/015421.txt.seg -> val_015421.txt. The corpus is word-segmented
("Bộ Y_tế"): underscores become spaces and the space the tokenizer put before closing
punctuation (and after opening brackets) is removed. Stdlib only.
"""
from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

COMMIT = "a20d9b7f5d37b95f39f28f08999092f9fa400983"
SELECTION = Path(__file__).with_name("selection.txt")
PATH_RE = re.compile(r"data/(train|val|test)_tokenized/(\d+)\.txt\.seg")


def selected_paths(selection: Path = SELECTION) -> list[str]:
    """Corpus paths from the selection file, comments and blank lines skipped."""
    lines = selection.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def output_name(path: str) -> str:
    """data/train_tokenized/012345.txt.seg -> train_012345.txt"""
    match = PATH_RE.fullmatch(path)
    if not match:
        raise ValueError(f"not a VietNews tokenized path: {path}")
    return f"{match.group(1)}_{match.group(2)}.txt"


def join_segments(segmented: str) -> str:
    """Undo the word segmentation and the tokenizer's spacing, line by line."""
    out = []
    for line in segmented.splitlines():
        line = line.replace("_", " ")
        line = re.sub(r"\s+([,.;:!?%)\]…])", r"\1", line)
        line = re.sub(r"([(\[])\s+", r"\1", line)
        out.append(re.sub(r"[ \t]+", " ", line).strip())
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip()
    return text + "\n"


def read_blob(git_dir: str, path: str, commit: str = COMMIT) -> str:
    """The file at `path` in `commit` of the corpus at `git_dir`."""
    proc = subprocess.run(["git", "--git-dir", git_dir, "show", f"{commit}:{path}"],
                          capture_output=True, text=True, encoding="utf-8")
    if proc.returncode != 0:
        raise SystemExit(f"cannot read {path} at {commit[:12]} from {git_dir}: {proc.stderr.strip()}")
    return proc.stdout


def write_texts(argv: list[str], selection: Path, usage: str, commit: str,
                convert: Callable[[str, str], tuple[str, str]]) -> int:
    """`build.py GIT_DIR OUT_DIR` of any set: each path of `selection`, read at `commit`,
    becomes the file `convert(raw, path)` names and writes (real9 and real10, from other
    corpora, call this with their own commit and conversion)."""
    if len(argv) != 2:
        print(usage.strip(), file=sys.stderr)
        return 2
    git_dir, out_dir = argv
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = selected_paths(selection)
    for path in paths:
        name, text = convert(read_blob(git_dir, path, commit), path)
        (out / name).write_text(text, encoding="utf-8")
    print(f"{len(paths)} texts written to {out}")
    return 0


def main(argv: list[str], selection: Path = SELECTION, usage: str | None = None) -> int:
    """Write the texts of `selection` into OUT_DIR; the later VietNews sets' build.py call
    this with their own selection.txt, so every set is rebuilt the same way."""
    return write_texts(argv, selection, usage or __doc__, COMMIT,
                       lambda raw, path: (output_name(path), join_segments(raw)))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
