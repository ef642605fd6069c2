"""Lexicon files: one JSON object with a `_provenance` header and named entry lists.

Every file says where its facts come from (corpus, snapshot commit), when and how it
was built (method, thresholds, cleaning) and how many entries each list holds, so the
next person can judge and rebuild it. Entries are written one per line, so a rebuild
shows up in a diff entry by entry. Facts only: names and counts, never corpus text.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

REQUIRED = ("lexicon", "source", "date", "builder", "method", "thresholds", "cleaning", "counts")
SOURCE = {
    "corpus": "VietNews (ThanhChinhBK/vietnews): ~150k Vietnamese press articles, 2014-2019, "
              "word-segmented",
    "url": "https://github.com/ThanhChinhBK/vietnews",
    "use": "facts (names, titles, counts) mined from the text; no text is stored here",
    "held_out": "the files in ../shared/eval/real/reserved.txt (and identical copies) were "
                "never read",
}


def provenance(lexicon: str, *, commit: str, date: str, method: list[str],
               thresholds: dict[str, Any], cleaning: list[str], counts: dict[str, int],
               articles: int) -> dict[str, Any]:
    return {"lexicon": lexicon, "source": {**SOURCE, "commit": commit, "articles_read": articles},
            "date": date, "builder": "python3 scripts/corpus/build_lexicons.py",
            "method": method, "thresholds": thresholds, "cleaning": cleaning, "counts": counts}


def dumps(header: dict[str, Any], lists: dict[str, list[Any]]) -> str:
    """The file's text: header pretty-printed, then each list with one entry per line."""
    parts = ['{\n "_provenance": ' + json.dumps(header, ensure_ascii=False, indent=2)
             .replace("\n", "\n ")]
    for name, entries in lists.items():
        body = ",\n  ".join(json.dumps(e, ensure_ascii=False, sort_keys=False) for e in entries)
        parts.append(f' "{name}": [' + (f"\n  {body}\n ]" if entries else "]"))
    return ",\n".join(parts) + "\n}\n"


def write(path: Path, header: dict[str, Any], lists: dict[str, list[Any]]) -> None:
    """Write atomically: a half-written lexicon must never be loaded."""
    text = dumps(header, lists)
    json.loads(text)  # the writer's own check: what we write parses
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)


def check(data: dict[str, Any]) -> list[str]:
    """Problems with a loaded lexicon file's format (empty list: fine)."""
    problems = []
    head = data.get("_provenance")
    if not isinstance(head, dict):
        return ["no _provenance header"]
    problems += [f"_provenance lacks {k}" for k in REQUIRED if k not in head]
    lists = {k: v for k, v in data.items() if k != "_provenance"}
    if not lists:
        problems.append("no entry lists")
    for name, entries in lists.items():
        if not isinstance(entries, list):
            problems.append(f"{name} is not a list")
        elif head.get("counts", {}).get(name) != len(entries):
            problems.append(f"counts.{name} = {head.get('counts', {}).get(name)} but {len(entries)} entries")
    return problems
