#!/usr/bin/env python3
"""Is extraction output unchanged? Record it before a change, compare after.

    python scripts/compare_extract.py record BASE_DIR     # before the change
    python scripts/compare_extract.py check BASE_DIR      # after: record anew, compare
    python scripts/compare_extract.py diff BASE_DIR NEW_DIR

Sets (each only if present): .eval/real*/*.txt (real3 and real4 are blind: only counts of differing
documents are printed), ../shared/corpus/seeds/*,
tests/data/heldout*/texts/*, and a scratch VietNews sample (--vietnews, default
/tmp/speed-corpus, built by scripts/build_vietnews_sample.py).

Per set it writes two files: SET.jsonl, exactly what `ytekb extract --jsonl`
prints (the evaluation contract), and SET.full.jsonl, every field of the
Extraction record (sentences, province, extractor versions, all facts before
the contract's deduplication), so a change hidden by the contract still shows.
`check` and `diff` print, per set, identical or the documents that differ with
the first differing fields, and exit 1 when anything differs.
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def sets(vietnews: Path) -> dict[str, list[Path]]:
    """Set name -> its files, sorted; absent sets are left out."""
    shared = ROOT.parent / "shared"
    found = {
        "real": sorted((ROOT / ".eval" / "real").glob("*.txt")),
        "real2": sorted((ROOT / ".eval" / "real2").glob("*.txt")),
        "real3": sorted((ROOT / ".eval" / "real3").glob("*.txt")),
        "real4": sorted((ROOT / ".eval" / "real4").glob("*.txt")),
        "seeds": sorted(p for p in (shared / "corpus" / "seeds").glob("*") if p.is_file()),
        "heldout": sorted(p for d in sorted((ROOT / "tests" / "data").glob("heldout*"))
                          for p in (d / "texts").glob("*") if p.is_file()),
        "vietnews": sorted(vietnews.glob("*.txt")),
    }
    return {k: v for k, v in found.items() if v}


# blind evaluation sets: their texts, gold and predictions are never shown
BLIND = ("real3.", "real4.")


def _full(ex) -> dict:
    out = dataclasses.asdict(ex)
    out.pop("article")
    return {"document": ex.article.name, **out}


def record(out_dir: Path, vietnews: Path) -> dict[str, int]:
    """Extract every set into out_dir; returns documents per set."""
    from pipeline.contract import to_contract
    from pipeline.jobs import extract_files

    out_dir.mkdir(parents=True, exist_ok=True)
    counts = {}
    for name, files in sets(vietnews).items():
        n = 0
        with open(out_dir / f"{name}.jsonl", "w", encoding="utf-8") as short, \
                open(out_dir / f"{name}.full.jsonl", "w", encoding="utf-8") as full:
            for outcome in extract_files(files):
                path, ex, error = outcome.label, outcome.extraction, outcome.error
                if ex is None:
                    line = json.dumps({"document": str(path), "error": error}, ensure_ascii=False)
                    short.write(line + "\n")
                    full.write(line + "\n")
                    continue
                short.write(json.dumps(to_contract(ex), ensure_ascii=False) + "\n")
                full.write(json.dumps(_full(ex), ensure_ascii=False, default=str) + "\n")
                n += 1
        counts[name] = n
    return counts


def _first_diffs(a: dict, b: dict, limit: int = 3) -> list[str]:
    out = []
    for key in sorted(set(a) | set(b)):
        if a.get(key) == b.get(key):
            continue
        va, vb = a.get(key), b.get(key)
        if isinstance(va, list) and isinstance(vb, list):
            gone = [x for x in va if x not in vb]
            new = [x for x in vb if x not in va]
            out.append(f"{key}: -{json.dumps(gone, ensure_ascii=False)[:300]} "
                       f"+{json.dumps(new, ensure_ascii=False)[:300]}")
        else:
            out.append(f"{key}: {va!r} -> {vb!r}")
        if len(out) >= limit:
            break
    return out


def diff(base: Path, new: Path, show: int = 10) -> int:
    """Print per set and file kind whether they are identical; number of differing documents."""
    total = 0
    for path in sorted(base.glob("*.jsonl")):
        other = new / path.name
        if not other.exists():
            print(f"{path.name}: missing in {new}")
            total += 1
            continue
        a = path.read_text(encoding="utf-8").splitlines()
        b = other.read_text(encoding="utf-8").splitlines()
        bad = [i for i in range(max(len(a), len(b)))
               if i >= len(a) or i >= len(b) or a[i] != b[i]]
        if not bad:
            print(f"{path.name}: identical ({len(a)} documents)")
            continue
        total += len(bad)
        print(f"{path.name}: {len(bad)} of {max(len(a), len(b))} documents differ")
        if path.name.startswith(BLIND):
            continue   # a blind set: how many differ, never what
        for i in bad[:show]:
            if i >= len(a) or i >= len(b):
                print(f"  line {i + 1}: present on one side only")
                continue
            ja, jb = json.loads(a[i]), json.loads(b[i])
            print(f"  {ja.get('document')}:")
            for d in _first_diffs(ja, jb):
                print(f"    {d}")
    return total


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("action", choices=["record", "check", "diff"])
    ap.add_argument("dirs", nargs="+", type=Path)
    ap.add_argument("--vietnews", type=Path, default=Path("/tmp/speed-corpus"),
                    help="scratch VietNews sample (default /tmp/speed-corpus)")
    ap.add_argument("--show", type=int, default=10, help="differing documents to print per set")
    a = ap.parse_args(argv)
    if a.action == "record":
        counts = record(a.dirs[0], a.vietnews)
        print("recorded " + ", ".join(f"{k} {v}" for k, v in counts.items()) + f" in {a.dirs[0]}")
        return 0
    if a.action == "diff":
        if len(a.dirs) != 2:
            ap.error("diff needs BASE_DIR NEW_DIR")
        return 1 if diff(a.dirs[0], a.dirs[1], a.show) else 0
    with tempfile.TemporaryDirectory(prefix="ytekb-compare-") as tmp:
        record(Path(tmp), a.vietnews)
        return 1 if diff(a.dirs[0], Path(tmp), a.show) else 0


if __name__ == "__main__":
    sys.exit(main())
