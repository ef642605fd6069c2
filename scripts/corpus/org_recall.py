#!/usr/bin/env python3
"""External check: organisation recall of ytekb extraction on real COVID-19 news
sentences (PhoNER_COVID19, train and dev splits; the test split is held out and never read).

    fetch github:VinAIResearch/PhoNER_COVID19      # gives a git directory
    python3 scripts/corpus/org_recall.py                        # both splits
    python3 scripts/corpus/org_recall.py --split dev --join 10 --misses 40 --show

Sentences are rebuilt from the syllable-level JSON (words joined by spaces, punctuation
attached as in build_texts.py), each gold ORGANIZATION span mapped to characters.
Each sentence (or --join N sentences, one per line, as a pseudo-document) is read
through `pipeline.readers` and extracted in this process. A gold organisation is found
when a predicted organisation's span overlaps it (`recall_overlap`), or when a
predicted organisation's name or surface matches it by score.py's lenient org_match
(`recall_name`). Precision counts a predicted organisation as right when it overlaps a
gold ORGANIZATION span; PhoNER does not annotate every organisation, so it is a floor.
PhoNER tags a hospital where a patient is treated as a LOCATION, so precision is also
given counting overlaps with gold LOCATION spans as right. Missed spans are grouped by head word (the same head list the corpus miner uses), so
the extractor's owner sees which families to add. The data is licensed for research
use without redistribution: nothing from it is written anywhere; --show prints missed
spans to the terminal only.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import mine_orgs
import segtokens  # puts the repository on sys.path

from pipeline.readers import strip_invisible

DEFAULT_GIT_DIR = Path(os.environ.get("PHONER_GIT", "/work/.mirror/VinAIResearch+PhoNER_COVID19/repo"))
SPLIT_PATHS = {"train": "data/syllable/train_syllable.json", "dev": "data/syllable/dev_syllable.json"}
SCORE_PY = segtokens.ROOT.parent / "shared" / "eval" / "score.py"
_NO_SPACE_BEFORE = set(",.;:!?%)]”…")
_NO_SPACE_AFTER = set("([“")


@dataclass
class Sentence:
    text: str
    orgs: list[tuple[int, int]]  # character spans of gold ORGANIZATION entities
    locations: list[tuple[int, int]] = field(default_factory=list)  # gold LOCATION spans


@dataclass
class Result:
    gold: int = 0
    found_overlap: int = 0
    found_name: int = 0
    predicted: int = 0
    predicted_right: int = 0
    predicted_org_or_place: int = 0
    missed: list[str] = field(default_factory=list)
    false: list[str] = field(default_factory=list)

    def numbers(self) -> dict[str, float | int]:
        def r(a: int, b: int) -> float:
            return round(a / b, 3) if b else 0.0
        return {"gold_orgs": self.gold, "recall_overlap": r(self.found_overlap, self.gold),
                "recall_name": r(self.found_name, self.gold), "predicted": self.predicted,
                "precision_overlap": r(self.predicted_right, self.predicted),
                "precision_org_or_location": r(self.predicted_org_or_place, self.predicted)}


def read_split(git_dir: Path, split: str) -> list[dict]:
    """The JSON lines of one allowed split; anything but train/dev is refused."""
    if split not in SPLIT_PATHS:
        raise SystemExit(f"org_recall: split {split!r} is not allowed (train, dev; test is held out)")
    out = subprocess.run(["git", "--git-dir", str(git_dir), "show", f"HEAD:{SPLIT_PATHS[split]}"],
                         capture_output=True, text=True, timeout=120)
    if out.returncode != 0:
        raise SystemExit(f"org_recall: cannot read {SPLIT_PATHS[split]} from {git_dir}: "
                         f"{out.stderr.strip()[:200]}")
    return [json.loads(line) for line in out.stdout.splitlines() if line.strip()]


def rebuild(words: list[str], tags: list[str]) -> Sentence:
    """Words -> text with punctuation attached; BIO spans -> character spans."""
    text, starts, ends = "", [], []
    for i, w in enumerate(words):
        # the reader stores NFC without invisible format characters
        w = " ".join(strip_invisible(unicodedata.normalize("NFC", w)).split())
        glue = not text or w in _NO_SPACE_BEFORE or text[-1] in _NO_SPACE_AFTER
        if not glue:
            text += " "
        starts.append(len(text))
        text += w
        ends.append(len(text))
    return Sentence(text, _spans(tags, starts, ends, "ORGANIZATION"),
                    _spans(tags, starts, ends, "LOCATION"))


def _spans(tags: list[str], starts: list[int], ends: list[int], label: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for i, tag in enumerate(tags):
        if tag == f"B-{label}" or (tag == f"I-{label}" and (i == 0 or tags[i - 1][2:] != label)):
            spans.append((starts[i], ends[i]))
        elif tag == f"I-{label}":
            spans[-1] = (spans[-1][0], ends[i])
    return spans


def load_score_module():
    if not SCORE_PY.exists():
        raise SystemExit(f"org_recall: {SCORE_PY} not found (needed for its lenient org_match)")
    spec = importlib.util.spec_from_file_location("ytekb_score", SCORE_PY)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def head_of(span: str) -> str:
    """The family of a missed span: its head noun, '<acronym>' or its first word."""
    words = span.split()
    low = [w.lower() for w in words]
    for head in sorted(mine_orgs.HEADS, key=lambda h: -len(h.split())):
        key = head.lower().split()
        if low[:len(key)] == key:
            return head
    if words and segtokens.is_acronym(words[0].rstrip(",.")):
        return "<acronym>"
    return words[0] if words else ""


def documents(sentences: list[Sentence], join: int) -> list[Sentence]:
    """Sentences grouped into pseudo-documents, gold spans shifted to document offsets."""
    docs = []
    for k in range(0, len(sentences), join):
        doc = Sentence("", [], [])
        for s in sentences[k:k + join]:
            base = len(doc.text)
            doc.orgs += [(a + base, b + base) for a, b in s.orgs]
            doc.locations += [(a + base, b + base) for a, b in s.locations]
            doc.text += s.text + "\n"
        docs.append(doc)
    return docs


LEXICON_DIR = segtokens.ROOT / "extractors" / "data" / "corpus"


def lexicon_names(min_count: int = 10) -> set[str]:
    """Lower-case names the corpus lexicons hold: organisations (>= min_count mentions),
    their acronyms and hospital short forms. For the --lexicon-coverage estimate."""
    out: set[str] = set()
    path = LEXICON_DIR / "org_names.json"
    if path.exists():
        for row in json.loads(path.read_text(encoding="utf-8"))["organizations"]:
            if row["count"] >= min_count:
                out.add(row["name"].lower())
    path = LEXICON_DIR / "org_heads.json"
    if path.exists():
        out |= {a["acronym"].lower() for a in json.loads(path.read_text(encoding="utf-8"))["acronyms"]
                if a["count"] >= 3}
    path = LEXICON_DIR / "hospital_short_forms.json"
    if path.exists():
        out |= {r["short"].lower() for r in
                json.loads(path.read_text(encoding="utf-8"))["short_forms"]}
    return out


def covered_by(span: str, names: set[str]) -> bool:
    """Some lexicon name occurs in the span as whole words."""
    words = span.lower().replace(",", " ").split()
    for i in range(len(words)):
        for j in range(i + 1, min(len(words), i + 12) + 1):
            if " ".join(words[i:j]) in names:
                return True
    return False


def evaluate(docs, score, show: bool = False) -> Result:
    from pipeline.extract import extract
    from pipeline.readers import read_article

    res = Result()
    with tempfile.TemporaryDirectory(prefix="ytekb-phoner-") as tmp:
        for n, doc in enumerate(docs):
            text, spans = doc.text, doc.orgs
            path = Path(tmp) / f"s{n}.txt"
            path.write_text(text, encoding="utf-8")
            article = read_article(path, source="phoner")
            if article.text != text.strip("\n"):  # the reader must keep our offsets
                raise SystemExit("org_recall: the reader changed the text; offsets would not match")
            preds = extract(article).organizations
            res.gold += len(spans)
            res.predicted += len(preds)
            for a, b in spans:
                gold = text[a:b]
                overlap = any(p.start < b and a < p.end for p in preds)
                named = any(score.org_match(p.name, gold) or score.org_match(p.surface, gold)
                            for p in preds)
                res.found_overlap += overlap
                res.found_name += named
                if not overlap and not named:
                    res.missed.append(gold)
            for p in preds:
                right = any(p.start < b and a < p.end for a, b in spans)
                res.predicted_right += right
                res.predicted_org_or_place += right or any(p.start < b and a < p.end
                                                           for a, b in doc.locations)
                if not right:
                    res.false.append(p.surface)
    return res


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter,
                                     epilog=__doc__.split("\n\n", 1)[1])
    parser.add_argument("--git-dir", type=Path, default=DEFAULT_GIT_DIR,
                        help="PhoNER_COVID19 git directory (default: %(default)s or $PHONER_GIT)")
    parser.add_argument("--split", choices=("train", "dev", "both"), default="both")
    parser.add_argument("--join", type=int, default=1, help="sentences per pseudo-document")
    parser.add_argument("--limit", type=int, default=None, help="first N sentences of each split")
    parser.add_argument("--misses", type=int, default=30, help="head words to list")
    parser.add_argument("--show", action="store_true",
                        help="print missed and unmatched spans (terminal only; never store them)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--lexicon-coverage", action="store_true",
                        help="also count missed spans holding a name from extractors/data/corpus")
    args = parser.parse_args(argv)
    score = load_score_module()
    report: dict[str, dict] = {}
    for split in (("train", "dev") if args.split == "both" else (args.split,)):
        rows = read_split(args.git_dir, split)[:args.limit]
        sentences = [rebuild(r["words"], r["tags"]) for r in rows]
        res = evaluate(documents(sentences, max(1, args.join)), score)
        heads = Counter(head_of(m) for m in res.missed)
        report[split] = {"sentences": len(sentences), "join": args.join, **res.numbers(),
                         "missed_by_head": dict(heads.most_common(args.misses))}
        if args.lexicon_coverage:
            names = lexicon_names()
            report[split]["missed_holding_a_lexicon_name"] = sum(covered_by(m, names)
                                                                 for m in res.missed)
            report[split]["missed"] = len(res.missed)
        if args.show:
            for m in res.missed:
                print(f"[{split}] MISSED {m}")
            for f in res.false:
                print(f"[{split}] NOT GOLD {f}")
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
    else:
        for split, r in report.items():
            print(f"{split}: {r['sentences']} sentences (join {r['join']}), {r['gold_orgs']} gold ORG; "
                  f"recall overlap {r['recall_overlap']}, name {r['recall_name']}; "
                  f"precision (overlap) {r['precision_overlap']} of {r['predicted']} predicted, "
                  f"{r['precision_org_or_location']} counting gold LOCATION spans "
                  "(PhoNER tags a hospital where a patient stays as a location)")
            print("  missed by head: " + ", ".join(f"{h} {n}" for h, n in r["missed_by_head"].items()))
            if "missed_holding_a_lexicon_name" in r:
                print(f"  missed spans holding a corpus-lexicon name: "
                      f"{r['missed_holding_a_lexicon_name']} of {r['missed']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
