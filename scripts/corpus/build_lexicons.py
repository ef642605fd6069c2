#!/usr/bin/env python3
"""Rebuild the corpus-grown lexicons in extractors/data/corpus/ from VietNews.

    python3 scripts/corpus/build_lexicons.py                    # whole corpus, ~10-15 CPU-min
    python3 scripts/corpus/build_lexicons.py --limit 5000 --out /tmp/lex   # a quick look

Pass 1 reads every article that is not held out and feeds three miners: organisation
names by head noun (mine_orgs), titles and their organisation/portfolio forms
(mine_titles), person-name facts (mine_persons). Pass 2 reads the articles with at
least one health cue and counts where hospital names appear without "Bệnh viện"
(mine_shortforms). Output is deterministic: the same snapshot, options and --date
give byte-identical files. Each file's `_provenance` header records the method.
"""
from __future__ import annotations

import argparse
import datetime as dt
import pickle
import sys
import time
from collections import Counter
from pathlib import Path

import lexfile
import mine_orgs as mo
import mine_persons as mp
import mine_shortforms as ms
import mine_titles as mt
import segtokens as st
import vietnews

OUT = st.ROOT / "extractors" / "data" / "corpus"


def _docs(args: argparse.Namespace, stats: vietnews.ReadStats, health_min: int = 0):
    for i, doc in enumerate(vietnews.iter_docs(args.git_dir, commit=args.commit,
                                               reserved_file=args.reserved,
                                               limit=args.limit, order="shuffled", stats=stats,
                                               splits=args.splits.split(","))):
        if health_min and vietnews.health_hits(doc.seg) < health_min:
            continue
        yield i, st.doc_sentences(doc.seg)


def mine(args: argparse.Namespace) -> dict:
    """Both corpus passes; returns the miners' results (picklable, see --save-state)."""
    t0 = time.process_time()
    orgs, titles, persons = mo.OrgMiner(), mt.TitleMiner(), mp.PersonMiner()
    stats = vietnews.ReadStats()
    for i, sents in _docs(args, stats):
        orgs.feed(i, sents)
        titles.feed(i, sents)
        persons.feed(i, sents)
        if args.progress and i and i % 10000 == 0:
            print(f"  pass 1: {i} articles, {time.process_time() - t0:.0f} CPU-s", file=sys.stderr)
    org_result = orgs.finish()
    title_result = titles.finish(org_result["sticky"])
    tails = ms.candidates(sorted(mo.select(org_result), key=lambda r: -r["count"]))
    shorts = ms.ShortFormCounter(tails)
    pass2 = 0
    for i, sents in _docs(args, vietnews.ReadStats(), health_min=1):
        shorts.feed(i, sents)
        pass2 += 1
    print(f"pass 1: {stats.yielded} articles; pass 2: {pass2} articles; "
          f"{time.process_time() - t0:.0f} CPU-s", file=sys.stderr)
    del org_result["sticky"]  # large, and only needed while reading names
    return {"articles": stats.yielded, "orgs": org_result, "titles": title_result,
            "persons": persons, "short_rows": shorts.rows()}


def build(args: argparse.Namespace) -> dict[str, Path]:
    if getattr(args, "load_state", None):
        with open(args.load_state, "rb") as f:
            state = pickle.load(f)
    else:
        state = mine(args)
        if getattr(args, "save_state", None):
            with open(args.save_state, "wb") as f:
                pickle.dump(state, f)
    return emit_all(args, state)


def emit_all(args: argparse.Namespace, state: dict) -> dict[str, Path]:
    """Select entries by the thresholds and write every lexicon file."""
    articles, org_result = state["articles"], state["orgs"]
    person_result = state["persons"].finish()
    org_rows = mo.select(org_result)
    title_rows = mt.select(state["titles"])
    short_rows = [r for r in state["short_rows"] if not ms.bare_specialty(r["short"])]

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    common = {"commit": args.commit, "date": args.date, "articles": articles}
    written: dict[str, Path] = {}

    def emit(name: str, method: list[str], thresholds: dict, cleaning: list[str],
             lists: dict[str, list]) -> None:
        header = lexfile.provenance(name, method=method, thresholds=thresholds, cleaning=cleaning,
                                    counts={k: len(v) for k, v in lists.items()}, **common)
        path = out / f"{name}.json"
        lexfile.write(path, header, lists)
        written[name] = path

    emit("org_names", _doc_lines(mo.__doc__),
         {"min_count": mo.MIN_COUNT, "min_docs": mo.MIN_DOCS, "sticky_min": mo.STICKY_MIN,
          "sticky_ratio": mo.STICKY_RATIO, "lower_min": mo.LOWER_MIN,
          "cap_evidence": mo.CAP_EVIDENCE, "cap_evidence_share": mo.CAP_EVIDENCE_SHARE,
          "max_name_syllables": mo.MAX_NAME_SYLLABLES,
          "external_min_names": mo.EXTERNAL_MIN_NAMES, "truncated_share": mo.TRUNCATED_SHARE,
          "truncated_one_share": mo.TRUNCATED_ONE_SHARE},
         ["grouped case-insensitively; 'TP. HCM'/'TP.HCM'/'TP HCM' merged; tone marks in "
          "modern placement; displayed in the most frequent spelling with the head capitalised",
          "dropped: bare descriptors (" + ", ".join(sorted(mo.GENERIC_TAILS)) + "), a bare country "
          "after a non-diplomatic head ('Công ty Mỹ'), descriptor-only tails ('Công ty CP'), and "
          "non-organisations by prefix (" + ", ".join(mo.NOT_ORG_PREFIXES) + ")",
          "a name stops before a person's name, a title word, a new head, '(' or a photo credit",
          "lower-case words are kept only where the corpus shows them sticking to the prefix "
          "(see thresholds); function words and reporting verbs never are",
          "variants listed only when seen at least twice",
          "dropped: truncated prefixes (see mine_orgs.truncated): most mentions go on with "
          "lower-case words that do not end many names ('Cục Quản lý' + 'thị trường'), or one "
          "such word follows often ('Trung tâm Kiểm soát' + 'bệnh tật'), or a lower-case end "
          "mostly followed by a person's name ('Trường THPT chuyên')",
          "dropped: a bare number after a non-military, non-hospital head ('UBND 11')"],
         {"organizations": org_rows})

    emit("org_heads", ["Head nouns that open organisation names, with how many kept names "
                       "and mentions each opened, and how often the head is also written in "
                       "lower case (a common noun) - the reason a bare head is not a name.",
                       "name_final_words: the last word of kept names (where names stop).",
                       "words_after_names: the word right after a name (what stops one); "
                       "<person>, <head> and <end> mark a person's name, a new head, the "
                       "sentence end.",
                       "acronyms: 'NAME (ACR)' pairs - the acronym an organisation is "
                       "introduced with."],
         {"min_count": mo.MIN_COUNT, "acronym_min": 2},
         ["head list: " + ", ".join(mo.HEADS), "counts come from kept names only"],
         _head_lists(org_result, org_rows))

    emit("hospital_short_forms", _doc_lines(ms.__doc__),
         {"min_name_count": ms.MIN_NAME_COUNT, "min_bare": ms.MIN_BARE,
          "min_bare_docs": ms.MIN_BARE_DOCS, "min_context_share": ms.MIN_CONTEXT_SHARE,
          "max_place_share": ms.MAX_PLACE_SHARE, "max_tail_syllables": ms.MAX_TAIL_SYLLABLES},
         ["tails that are provinces, capitals or countries, start with a descriptor "
          "('Đa khoa'), or hold 'TP'/'tỉnh' are not candidates",
          "a bare specialty is a department or field, not a hospital: dropped (" +
          ", ".join(sorted(ms.SPECIALTIES)) + ")",
          "hospital cues: " + ", ".join(ms.HOSPITAL_CUES),
          "place words: " + ", ".join(sorted(ms.PLACE_WORDS))],
         {"short_forms": short_rows})

    emit("official_titles", _doc_lines(mt.__doc__),
         {"min_form_count": mt.MIN_FORM_COUNT, "min_form_docs": mt.MIN_FORM_DOCS,
          "max_org_forms_per_title": mt.MAX_ORG_FORMS},
         ["titles matched in either case; abbreviations (" + ", ".join(mt.ABBREVIATIONS) +
          ") only capitalised", "org forms whose organisation is a bare descriptor are dropped "
          "(except 'Bộ'/'Sở' + field)", "portfolio forms are read as if the implied head "
          "('Bộ', 'Cục', ...) stood before the field"],
         {"titles": title_rows})

    emit("person_names", _doc_lines(mp.__doc__),
         {"min_distinct_names": mp.MIN_DISTINCT_NAMES, "min_foreign_count": mp.MIN_FOREIGN_COUNT,
          "min_foreign_docs": mp.MIN_FOREIGN_DOCS, "min_chain_count": mp.MIN_CHAIN_COUNT},
         ["Vietnamese names: 2-4 capitalised syllables of Vietnamese shape in one corpus word",
          "in_surnames_json marks surnames extractors/data/surnames.json already has; the "
          "others need a human look before use",
          "left_of_person: the word before a word shaped like a Vietnamese name with a known "
          "surname, top 150"],
         {k: person_result[k] for k in ("surnames", "given_name_syllables", "middle_syllables",
                                        "foreign_names", "honorific_chains", "left_of_person")})
    return written


def _doc_lines(doc: str | None) -> list[str]:
    """A module docstring as a list of paragraphs (the method, in the builder's own words)."""
    return [" ".join(p.split()) for p in (doc or "").strip().split("\n\n") if p.strip()]


def _head_lists(result: dict, rows: list[dict]) -> dict[str, list]:
    heads: Counter[str] = Counter()
    mentions: Counter[str] = Counter()
    for r in rows:
        heads[r["head"]] += 1
        mentions[r["head"]] += r["count"]
    head_rows = [{"head": h, "type": mo.HEADS[h], "names": heads[h], "mentions": mentions[h],
                  "lowercase_uses": result["lowercase_uses"][h]}
                 for h in sorted(heads, key=lambda h: (-mentions[h], h))]
    finals: Counter[str] = Counter()
    for r in rows:
        finals[r["name"].split()[-1]] += r["count"]
    kept = {mo.group_key(r["name"]) for r in rows}
    acronyms = []
    for acr, names in result["acronyms"].items():
        names = Counter({k: n for k, n in names.items() if k in kept})
        if sum(names.values()) >= 2:
            by_key = {mo.group_key(r["name"]): r["name"] for r in rows}
            acronyms.append({"acronym": acr, "count": sum(names.values()),
                             "expansions": {by_key[k]: n for k, n in names.most_common(3)}})
    acronyms.sort(key=lambda r: (-r["count"], r["acronym"]))
    stoppers = [{"word": w, "count": n} for w, n in result["stoppers"].most_common(200)
                if n >= mo.MIN_COUNT]
    return {"heads": head_rows,
            "name_final_words": [{"word": w, "count": n} for w, n in finals.most_common(200)
                                 if n >= mo.MIN_COUNT],
            "words_after_names": stoppers, "acronyms": acronyms}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter,
                                     epilog=__doc__.split("\n\n", 1)[1])
    parser.add_argument("--git-dir", type=Path, default=vietnews.DEFAULT_GIT_DIR)
    parser.add_argument("--reserved", type=Path, default=vietnews.RESERVED_FILE)
    parser.add_argument("--commit", default=vietnews.COMMIT,
                        help="corpus snapshot to read (default: the one build_texts.py uses)")
    parser.add_argument("--out", type=Path, default=OUT, help="output folder (default: %(default)s)")
    parser.add_argument("--limit", type=int, default=None, help="read only N articles (a sample)")
    parser.add_argument("--splits", default=",".join(vietnews.SPLITS))
    parser.add_argument("--date", default=dt.date.today().isoformat(),
                        help="build date written in the headers (default: today)")
    parser.add_argument("--progress", action="store_true", help="report progress on stderr")
    parser.add_argument("--save-state", metavar="FILE",
                        help="also pickle the mined counts, to re-select without re-reading")
    parser.add_argument("--load-state", metavar="FILE",
                        help="skip the corpus: write the files from a --save-state pickle")
    args = parser.parse_args(argv)
    try:
        written = build(args)
    except vietnews.CorpusError as err:
        print(f"build_lexicons: {err}", file=sys.stderr)
        return 2
    for name, path in written.items():
        print(f"{path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
