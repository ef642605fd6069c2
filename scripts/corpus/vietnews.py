#!/usr/bin/env python3
"""Read the VietNews corpus (ThanhChinhBK/vietnews) straight from its git directory.

The corpus holds ~150k real press articles, word-segmented with underscores. This
module lists them with `git ls-tree`, streams their blobs through one
`git cat-file --batch` process, and rebuilds readable text exactly as
../shared/eval/real/build_texts.py does, so offsets agree with .eval/real.

Held-out files (../shared/eval/real/reserved.txt) are dropped from the plan
*before* anything is read: by path, and also by blob id, so a byte-identical copy
of a reserved article stored under another path is never read either.

    python3 scripts/corpus/vietnews.py stats [--health]
    python3 scripts/corpus/vietnews.py list --health --limit 20
    python3 scripts/corpus/vietnews.py show data/train_tokenized/000001.txt.seg
"""
from __future__ import annotations

import argparse
import hashlib
import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_GIT_DIR = Path(os.environ.get("VIETNEWS_GIT",
                                      "/work/.mirror/ThanhChinhBK+vietnews/repo"))
COMMIT = "a20d9b7f5d37b95f39f28f08999092f9fa400983"  # the snapshot build_texts.py uses
RESERVED_FILE = ROOT.parent / "shared" / "eval" / "real" / "reserved.txt"
SPLITS = ("train", "val", "test")

# Health filter: an article is about health when these cues (lower-case, spaces for
# underscores) occur often enough. Plain substring counts: fast enough for 150k articles.
HEALTH_CUES = ("bệnh viện", "y tế", "bác sĩ", "khám chữa bệnh", "khám, chữa bệnh",
               "dịch bệnh", "bv ", "byt")
HEALTH_MIN_HITS = 5


class CorpusError(Exception):
    """The corpus cannot be read (no git dir, bad commit, git missing)."""


def detokenize(seg: str) -> str:
    """Segmented corpus text -> readable text (the same rules as build_texts.py)."""
    lines = []
    for line in seg.splitlines():
        t = line.replace("_", " ")
        t = re.sub(r"\s+([,.;:!?%)\]”…])", r"\1", t)
        t = re.sub(r"([(\[“])\s+", r"\1", t)
        t = re.sub(r"\s{2,}", " ", t).strip()
        lines.append(t)
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def health_hits(text: str) -> int:
    """How many health cues the text (rebuilt or segmented) has: the filter's score."""
    low = text.lower().replace("_", " ")
    return sum(low.count(cue) for cue in HEALTH_CUES)


def is_health(text: str, min_hits: int = HEALTH_MIN_HITS) -> bool:
    return health_hits(text) >= min_hits


@dataclass(frozen=True)
class CorpusDoc:
    """One corpus article: its path in the corpus, the raw segmented text and the rebuilt text."""

    path: str
    seg: str
    text: str

    @property
    def split(self) -> str:
        return self.path.split("/")[1].split("_")[0]

    @property
    def name(self) -> str:
        """The name build_texts.py gives it: 'train_063776'."""
        return f"{self.split}_{os.path.basename(self.path).replace('.txt.seg', '')}"

    @property
    def title(self) -> str:
        return self.text.split("\n", 1)[0]


@dataclass
class ReadStats:
    listed: int = 0
    skipped_reserved: int = 0
    read: int = 0
    missing: int = 0
    chars: int = 0
    yielded: int = 0
    reserved_blobs: set[str] = field(default_factory=set)


def reserved_paths(reserved_file: Path | str | None = RESERVED_FILE) -> set[str]:
    """Paths of held-out corpus files (comment lines and blanks ignored)."""
    if reserved_file is None:
        return set()
    path = Path(reserved_file)
    if not path.exists():
        raise CorpusError(f"reserved list not found: {path} (refusing to read the corpus "
                          "without knowing which files are held out)")
    return {line.strip() for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.lstrip().startswith("#")}


def _git(git_dir: Path, *args: str) -> str:
    try:
        out = subprocess.run(["git", "--git-dir", str(git_dir), *args], capture_output=True,
                             text=True, timeout=300)
    except FileNotFoundError as err:
        raise CorpusError("git is not installed") from err
    if out.returncode != 0:
        raise CorpusError(f"git {' '.join(args[:2])} failed in {git_dir}: "
                          f"{out.stderr.strip().splitlines()[-1:] or ['?']}")
    return out.stdout


def held_out_paths(reserved_file: Path | str | None = RESERVED_FILE,
                   skip_files: Iterable[Path | str] = ()) -> set[str]:
    """The reserved list plus any extra skip lists (e.g. the blind-set ids)."""
    paths = reserved_paths(reserved_file)
    for extra in skip_files:
        paths |= reserved_paths(extra)
    return paths


def list_blobs(git_dir: Path | str = DEFAULT_GIT_DIR, commit: str = COMMIT, *,
               suffix: str = ".txt.seg", under: str | None = None) -> list[tuple[str, str]]:
    """(path, blob id) of every `suffix` file at `commit` (below `under`), in path order;
    reads no content."""
    git_dir = Path(git_dir)
    if not git_dir.exists():
        raise CorpusError(f"no VietNews git directory at {git_dir} (fetch github:ThanhChinhBK/vietnews "
                          "or set VIETNEWS_GIT)")
    rows = []
    for line in _git(git_dir, "ls-tree", "-r", commit, *([under] if under else [])).splitlines():
        meta, _, path = line.partition("\t")
        parts = meta.split()
        if len(parts) == 3 and parts[1] == "blob" and path.endswith(suffix):
            rows.append((path, parts[2]))
    return sorted(rows)


def drop_held_out(blobs: Iterable[tuple[str, str]], reserved: set[str],
                  stats: ReadStats | None = None) -> list[tuple[str, str]]:
    """Blobs minus reserved paths and any other path holding a reserved path's blob;
    decided before any content is read."""
    stats = stats if stats is not None else ReadStats()
    blobs = list(blobs)
    stats.listed = len(blobs)
    stats.reserved_blobs = {sha for path, sha in blobs if path in reserved}
    keep = [(path, sha) for path, sha in blobs
            if path not in reserved and sha not in stats.reserved_blobs]
    stats.skipped_reserved = len(blobs) - len(keep)
    return keep


def spread(rows: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A deterministic spread order over the whole corpus (hash of the path)."""
    return sorted(rows, key=lambda row: hashlib.sha1(row[0].encode()).hexdigest())


def plan(blobs: Iterable[tuple[str, str]], reserved: set[str], stats: ReadStats | None = None,
         splits: Iterable[str] = SPLITS, order: str = "path") -> list[tuple[str, str]]:
    """The blobs we may read: held-out ones dropped, then the wanted splits kept."""
    wanted = {s if s.endswith("_tokenized") else f"{s}_tokenized" for s in splits}
    keep = [(path, sha) for path, sha in drop_held_out(blobs, reserved, stats)
            if path.split("/")[1:2] and path.split("/")[1] in wanted]
    return spread(keep) if order == "shuffled" else keep


def read_blobs(git_dir: Path | str, rows: Iterable[tuple[str, str]],
               stats: ReadStats | None = None) -> Iterator[tuple[str, str]]:
    """(path, content) for each (path, blob id), through one `git cat-file --batch`."""
    stats = stats if stats is not None else ReadStats()
    proc = subprocess.Popen(["git", "--git-dir", str(git_dir), "cat-file", "--batch"],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert proc.stdin and proc.stdout
    try:
        for path, sha in rows:
            proc.stdin.write(sha.encode() + b"\n")
            proc.stdin.flush()
            header = proc.stdout.readline().split()
            if len(header) != 3:  # "<sha> missing"
                stats.missing += 1
                print(f"vietnews: skipped {path}: blob {sha[:10]} missing", file=sys.stderr)
                continue
            size = int(header[2])
            data = proc.stdout.read(size)
            proc.stdout.read(1)  # the newline after the content
            stats.read += 1
            yield path, data.decode("utf-8", errors="replace")
    finally:
        proc.stdin.close()
        proc.stdout.close()
        proc.wait(timeout=30)


def iter_docs(git_dir: Path | str = DEFAULT_GIT_DIR, *, commit: str = COMMIT,
              reserved_file: Path | str | None = RESERVED_FILE,
              skip_files: Iterable[Path | str] = (), health: bool = False,
              min_hits: int = HEALTH_MIN_HITS, limit: int | None = None,
              splits: Iterable[str] = SPLITS, order: str = "path",
              stats: ReadStats | None = None) -> Iterator[CorpusDoc]:
    """Every readable (non-reserved) article, rebuilt; optionally health articles only.

    `order="shuffled"` visits articles in a fixed pseudo-random order, so the first N
    are a spread sample rather than the start of the train split."""
    stats = stats if stats is not None else ReadStats()
    rows = plan(list_blobs(git_dir, commit), held_out_paths(reserved_file, skip_files), stats,
                splits, order)
    yield from read_docs(git_dir, rows, stats,
                         lambda path, seg: CorpusDoc(path=path, seg=seg, text=detokenize(seg)),
                         health=health, min_hits=min_hits, limit=limit)


def read_docs(git_dir: Path | str, rows: Iterable[tuple[str, str]], stats: ReadStats,
              make: Callable[[str, str], Any], *, health: bool = False,
              min_hits: int = HEALTH_MIN_HITS, limit: int | None = None) -> Iterator[Any]:
    """`make(path, content)` for each blob read (health articles only with `health`), at
    most `limit`; counted in `stats` (this reader's and baomoi.py's)."""
    for path, content in read_blobs(git_dir, rows, stats):
        if health and not is_health(content, min_hits):
            continue
        doc = make(path, content)
        stats.chars += len(doc.text)
        stats.yielded += 1
        yield doc
        if limit is not None and stats.yielded >= limit:
            return


def add_corpus_args(parser: argparse.ArgumentParser, health_default: bool = False) -> None:
    """The options every corpus script shares."""
    parser.add_argument("--git-dir", type=Path, default=DEFAULT_GIT_DIR,
                        help="VietNews git directory (default: %(default)s or $VIETNEWS_GIT)")
    parser.add_argument("--reserved", type=Path, default=RESERVED_FILE,
                        help="held-out list to skip (default: %(default)s)")
    parser.add_argument("--skip-list", type=Path, action="append", default=[], metavar="FILE",
                        help="another list of corpus paths never to read (e.g. the blind-set "
                             "ids); may repeat")
    parser.add_argument("--commit", default=COMMIT, help="corpus snapshot (default: %(default)s)")
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--health", dest="health", action="store_true", default=health_default,
                       help="health articles only" + (" (default)" if health_default else ""))
    group.add_argument("--all", dest="health", action="store_false",
                       help="every article" + ("" if health_default else " (default)"))
    parser.add_argument("--min-hits", type=int, default=HEALTH_MIN_HITS,
                        help="health cues an article needs to count as health (default: %(default)s)")
    parser.add_argument("--limit", type=int, default=None, help="stop after N articles")
    parser.add_argument("--splits", default=",".join(SPLITS),
                        help="comma-separated corpus splits (default: %(default)s)")
    parser.add_argument("--shuffled", action="store_true",
                        help="visit articles in a fixed spread order instead of path order")


def docs_from_args(args: argparse.Namespace, stats: ReadStats | None = None) -> Iterator[CorpusDoc]:
    return iter_docs(args.git_dir, commit=args.commit, reserved_file=args.reserved,
                     skip_files=args.skip_list, health=args.health,
                     min_hits=args.min_hits, limit=args.limit, splits=args.splits.split(","),
                     order="shuffled" if args.shuffled else "path", stats=stats)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter,
                                     epilog=__doc__.split("\n\n", 1)[1])
    sub = parser.add_subparsers(dest="command", required=True)
    for name, help_ in (("stats", "count articles, health articles and characters"),
                        ("list", "print the path, name and title of each article")):
        add_corpus_args(sub.add_parser(name, help=help_))
    show = sub.add_parser("show", help="print one rebuilt article (never a reserved one)")
    show.add_argument("path")
    show.add_argument("--git-dir", type=Path, default=DEFAULT_GIT_DIR)
    show.add_argument("--reserved", type=Path, default=RESERVED_FILE)
    show.add_argument("--commit", default=COMMIT)
    args = parser.parse_args(argv)
    try:
        if args.command == "show":
            rows = [r for r in plan(list_blobs(args.git_dir, args.commit), reserved_paths(args.reserved))
                    if r[0] == args.path]
            if not rows:
                print(f"vietnews: {args.path}: not in the corpus or held out", file=sys.stderr)
                return 2
            for _, seg in read_blobs(args.git_dir, rows):
                sys.stdout.write(detokenize(seg))
            return 0
        stats = ReadStats()
        for doc in docs_from_args(args, stats):
            if args.command == "list":
                print(f"{doc.path}\t{doc.name}\t{doc.title[:100]}")
        print(f"listed {stats.listed}, skipped reserved {stats.skipped_reserved}, read {stats.read}, "
              f"missing {stats.missing}, kept {stats.yielded}, chars read {stats.chars}",
              file=sys.stderr)
        return 0
    except CorpusError as err:
        print(f"vietnews: {err}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
