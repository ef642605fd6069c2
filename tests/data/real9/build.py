#!/usr/bin/env python3
"""Rebuild the real9 texts from a git directory of undertheseanlp/resources.

    python3 tests/data/real9/build.py GIT_DIR OUT_DIR      # e.g. OUT_DIR = .eval/real9

GIT_DIR is a clone or bare mirror of github.com/undertheseanlp/resources; every path in
selection.txt (a file of the Underthesea News Corpus, CP_Vietnamese-UNC: dantri.com.vn,
2020-2021) is read at COMMIT. A file holds header lines "# doc_id = ...", "# url = ...",
"# date = YYYYMMDD", then the title line and the body, one sentence a line. The header
lines are dropped and OUT_DIR/{doc_id}.txt gets the title line, a newline, the body lines
joined by "\\n" and a final newline; the text is kept as stored (no Unicode
normalisation; a few files are NFD). OUT_DIR must stay out of git: only the paths and
the gold live here. Deterministic; stdlib only.
"""
from __future__ import annotations

import re
import runpy
import sys
from pathlib import Path

COMMIT = "cbdb3c3ac065d49bd047dc55ad173181f9e846e3"
SELECTION = Path(__file__).with_name("selection.txt")
DOC_ID_RE = re.compile(r"#\s*doc_id\s*=\s*(\S+)\s*$")


def convert(raw: str, path: str) -> tuple[str, str]:
    """(doc_id, text): header lines dropped, title and body lines joined by newlines."""
    doc_id, lines = None, []
    for line in raw.split("\n"):
        line = line.rstrip("\r")
        if line.startswith("#"):
            match = DOC_ID_RE.match(line)
            if match and doc_id is None:
                doc_id = match.group(1)
            continue
        if line.strip():
            lines.append(line)
    if doc_id is None:
        doc_id = Path(path).stem
    if not lines:
        raise SystemExit(f"no title or body in {path}")
    return doc_id, "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    # tests/data is no package: real2's build.py, run by its path, reads and writes every set
    real2 = runpy.run_path(str(Path(__file__).resolve().parent.parent / "real2" / "build.py"))
    return real2["write_texts"](argv, SELECTION, __doc__, COMMIT, _named)


def _named(raw: str, path: str) -> tuple[str, str]:
    doc_id, text = convert(raw, path)
    return f"{doc_id}.txt", text


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
