#!/usr/bin/env python3
"""Read the baomoi news corpus (magizbox/scraper, vn_news/data/*.txt) from its git directory.

Plain-text articles (first line the title). Listing, held-out filtering and blob
streaming are vietnews.py's; only the location and the doc shape differ here.

    python3 scripts/corpus/baomoi.py stats --skip-list /work/team/blind_ids.txt
"""
from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import vietnews

DEFAULT_GIT_DIR = Path(os.environ.get("BAOMOI_GIT", "/work/.mirror/magizbox+scraper/repo/.git"))
UNDER = "vn_news/data"


@dataclass(frozen=True)
class BaomoiDoc:
    """One baomoi article: its corpus path and text."""

    path: str
    text: str

    @property
    def name(self) -> str:
        return "baomoi_" + os.path.basename(self.path).removesuffix(".txt")

    @property
    def title(self) -> str:
        return self.text.split("\n", 1)[0]


def iter_docs(git_dir: Path | str = DEFAULT_GIT_DIR, *, commit: str = "HEAD",
              reserved_file: Path | str | None = vietnews.RESERVED_FILE,
              skip_files: Iterable[Path | str] = (), health: bool = False,
              min_hits: int = vietnews.HEALTH_MIN_HITS, limit: int | None = None,
              order: str = "path",
              stats: vietnews.ReadStats | None = None) -> Iterator[BaomoiDoc]:
    """Every article not held out (reserved list and skip lists), optionally health only."""
    stats = stats if stats is not None else vietnews.ReadStats()
    if not Path(git_dir).exists():
        raise vietnews.CorpusError(f"no baomoi git directory at {git_dir} (fetch "
                                   "github:magizbox/scraper or set BAOMOI_GIT)")
    blobs = vietnews.list_blobs(git_dir, commit, suffix=".txt", under=UNDER)
    rows = vietnews.drop_held_out(blobs, vietnews.held_out_paths(reserved_file, skip_files), stats)
    rows = vietnews.spread(rows) if order == "shuffled" else rows
    yield from vietnews.read_docs(git_dir, rows, stats, BaomoiDoc, health=health,
                                  min_hits=min_hits, limit=limit)


def docs_from_args(args: argparse.Namespace,
                   stats: vietnews.ReadStats | None = None) -> Iterator[BaomoiDoc]:
    """iter_docs from vietnews.add_corpus_args options (--splits does not apply)."""
    git_dir = args.git_dir if args.git_dir != vietnews.DEFAULT_GIT_DIR else DEFAULT_GIT_DIR
    commit = args.commit if args.commit != vietnews.COMMIT else "HEAD"
    return iter_docs(git_dir, commit=commit, reserved_file=args.reserved, skip_files=args.skip_list,
                     health=args.health, min_hits=args.min_hits, limit=args.limit,
                     order="shuffled" if args.shuffled else "path", stats=stats)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=("stats",))
    vietnews.add_corpus_args(parser)
    args = parser.parse_args(argv)
    stats = vietnews.ReadStats()
    try:
        for _ in docs_from_args(args, stats):
            pass
    except vietnews.CorpusError as err:
        print(f"baomoi: {err}", file=sys.stderr)
        return 2
    print(f"listed {stats.listed}, skipped held out {stats.skipped_reserved}, read {stats.read}, "
          f"kept {stats.yielded}, chars {stats.chars}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
