#!/usr/bin/env python3
"""Benchmark entity resolution: N mentions (default 100k) on one core.

Mentions are synthetic but shaped like the corpus: gazetteer organisations
written with abbreviations, case and dash variants, bare names that need the
article's province, district health centres, and officials (a person with an
organisation). They are resolved exactly as the store does it: one Resolver
and one transaction per document of `--per-doc` mentions, in a SQLite file.

    python scripts/bench_resolve.py [-n 100000] [--per-doc 40] [--db PATH]
"""
from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

from pipeline.kb import store
from pipeline.resolve import Resolver, data, geo, index, keys, names

VARIANTS = (lambda s: s, lambda s: s.replace("Bệnh viện Đa khoa", "BVĐK"),
            lambda s: s.replace("Bệnh viện", "BV"), lambda s: s.replace("Sở Y tế", "SYT"),
            lambda s: s.replace("Thành phố Hồ Chí Minh", "TP.HCM"),
            lambda s: s.replace("Ủy ban nhân dân", "UBND"), lambda s: s.upper(),
            lambda s: s[:1] + s[1:].lower(), lambda s: s.replace(" - ", " – "))
SYLLABLES = ("An Ba Bình Cẩm Châu Diễn Đô Đức Giang Hà Hải Hòa Hưng Kỳ Lạc Lâm Long Minh Nam "
             "Nghi Ninh Phú Quế Quỳnh Sơn Tân Thanh Thạch Thọ Tiên Trà Vân Xuân Yên").split()
GIVEN = ("Anh Bình Cường Dũng Hà Hải Hạnh Hoa Hùng Hương Lan Linh Long Mai Minh Nam Ngọc "
         "Phúc Quang Sơn Thảo Thành Trang Tuấn Vinh Yến").split()
MIDDLE = ("Văn Thị Đức Minh Quang Thanh Hồng Ngọc Xuân Hữu").split()


def synthetic(n: int, seed: int = 7) -> list[tuple[str, str, str | None, str | None]]:
    """(kind, name, article province, organisation) for n mentions."""
    rng = random.Random(seed)
    orgs = [e["name"] for e in data.organizations()]
    provinces = sorted(geo.provinces())
    districts = [f"{rng.choice(SYLLABLES)} {rng.choice(SYLLABLES)}" for _ in range(1500)]
    surnames = [s for s in data.items("surnames", "surnames") if isinstance(s, str)][:60]
    surnames = surnames or ["Nguyễn"]
    people = [f"{rng.choice(surnames)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"
              for _ in range(8000)]
    out: list[tuple[str, str, str | None, str | None]] = []
    while len(out) < n:
        prov = rng.choice(provinces)
        roll = rng.random()
        if roll < 0.45:
            out.append(("org", rng.choice(VARIANTS)(rng.choice(orgs)), prov, None))
        elif roll < 0.60:
            bare = rng.choice(("Sở Y tế", "UBND tỉnh", "Bệnh viện Đa khoa tỉnh", "Tỉnh ủy",
                               "BHXH tỉnh", "Trung tâm Kiểm soát bệnh tật", "Sở Tài chính"))
            out.append(("org", bare, prov, None))
        elif roll < 0.75:
            d = rng.choice(districts)
            out.append(("org", rng.choice(("Trung tâm Y tế huyện ", "TTYT huyện ")) + d,
                        rng.choice(provinces[:12]), None))
        elif roll < 0.78:
            out.append(("endpoint", rng.choice(provinces), prov, None))
        else:
            org = rng.choice(("Sở Y tế", "Bệnh viện Đa khoa tỉnh", rng.choice(orgs)))
            out.append(("person", rng.choice(people), prov, org))
    return out[:n]


def run(mentions: list[tuple[str, str, str | None, str | None]], db_path: Path,
        per_doc: int) -> float:
    db = store.open_kb(db_path)
    index.forget()
    start = time.perf_counter()
    for i in range(0, len(mentions), per_doc):
        chunk = mentions[i:i + per_doc]
        with db.atomic():
            # batched writes, flushed by finish(), as pipeline.kb.store resolves
            r = Resolver(db, province=chunk[0][2], document_id=None, batch=True)
            for kind, name, prov, org in chunk:
                if kind == "org":
                    r.organization(name, "other", prov)
                elif kind == "endpoint":
                    r.endpoint(name, prov)
                else:
                    r.person(name, r.organization(org, "other", prov), prov)
            r.finish()
    elapsed = time.perf_counter() - start
    db.close()
    return elapsed


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-n", type=int, default=100_000, help="number of mentions")
    ap.add_argument("--per-doc", type=int, default=40, help="mentions per document/transaction")
    ap.add_argument("--db", type=Path, help="KB file (default: a temporary file)")
    args = ap.parse_args()
    mentions = synthetic(args.n)
    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or Path(tmp) / "bench.sqlite"
        elapsed = run(mentions, path, args.per_doc)
        db = store.open_kb(path)
        ents = db.execute("SELECT count(*) FROM entities").fetchone()[0]
        aliases = db.execute("SELECT count(*) FROM aliases").fetchone()[0]
        index.forget()
        for cached in (names.parse, keys.canonical_key, keys.person_key, keys.fold):
            cached.cache_clear()    # a really cold start: nothing parsed yet
        t0 = time.perf_counter()
        index.get_state(db)
        load = time.perf_counter() - t0
        db.close()
    print(f"resolved {len(mentions)} mentions in {elapsed:.2f} s "
          f"({len(mentions) / elapsed:,.0f} mentions/s, one core, "
          f"{len(mentions) // args.per_doc} documents); {ents} entities, {aliases} aliases; "
          f"cold index load {load:.2f} s")


if __name__ == "__main__":
    main()
