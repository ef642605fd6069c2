#!/usr/bin/env python3
"""Benchmark the query layer on a generated KB (default 100k documents, 1M mentions).

    python scripts/bench_query.py                      # full size, a few minutes
    python scripts/bench_query.py --docs 5000 --mentions 50000   # quick run
    python scripts/bench_query.py --db /tmp/big.sqlite --keep    # reuse next time

The KB is made through `open_kb` (so it has every migration's indexes) and
filled with executemany in one transaction: Vietnamese-looking articles whose
sentences name organisations, people, provinces, dates, legal documents and
figures, with the matching mentions and facts at their real offsets. Entity
popularity is Zipf-like, as in news: a few bodies (Bộ Y tế) are everywhere.

Each query is the library call the CLI makes (name lookup, SQL, source
sentences, formatting-ready rows), timed as the median of --runs runs. The
baseline is a full scan of the table the query's index avoids, measured in the
same run; the ratio says what the indexes buy. Targets: timeline and
cooperation < 100 ms, search < 200 ms.
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline.kb.store import open_kb  # noqa: E402
from pipeline.query import cooperation, search, timeline  # noqa: E402
from extractors import gazetteer  # noqa: E402
from pipeline.query.common import Window  # noqa: E402
from pipeline.query.schema import ensure_views, tune  # noqa: E402
from pipeline.web import query_sql  # noqa: E402

PROVINCES = [p.name for p in gazetteer.old_provinces() if p.name != "Thành phố Hồ Chí Minh"]
CENTRAL = ["Bộ Y tế", "Bệnh viện Bạch Mai", "Bệnh viện Chợ Rẫy", "Bệnh viện Hữu nghị Việt Đức",
           "Bệnh viện Trung ương Huế", "Bệnh viện K", "Bệnh viện Nhi Trung ương",
           "Bệnh viện Trung ương Thái Nguyên", "Bệnh viện Phổi Trung ương", "Bộ Chính trị"]
SYLLABLES = ("an bình minh phúc hòa hưng thịnh đức tâm hồng lan mai sơn hải quang trung "
             "thành nam bắc đông tây long phú quý thanh xuân hạnh nhân khang").split()
SURNAMES = "Nguyễn Trần Lê Phạm Hoàng Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đào".split()
TITLES = ["Giám đốc", "Phó Giám đốc", "Trưởng khoa", "Chủ tịch", "Phó Chủ tịch", "Thứ trưởng"]
KINDS = ["technology_transfer", "training", "support", "donation", "agreement", "exchange"]
FILLER = ("công tác khám chữa bệnh cho người dân trên địa bàn được nâng cao rõ rệt nhờ đầu tư "
          "trang thiết bị hiện đại và đào tạo nguồn nhân lực y tế chất lượng cao trong thời gian "
          "qua các đơn vị đã triển khai nhiều giải pháp đồng bộ chăm sóc sức khỏe ban đầu y tế cơ "
          "sở phòng chống dịch bệnh tiêm chủng mở rộng bảo hiểm y tế chuyển đổi số bệnh án điện "
          "tử").split()


def make_entities(rng: random.Random) -> tuple[list[tuple], list[float]]:
    """(id, name, type, province) for central bodies, provincial organisations and people."""
    ents: list[tuple] = [(f"c{i}", n, "ministry" if n.startswith("Bộ") else "hospital", "Hà Nội")
                         for i, n in enumerate(CENTRAL)]
    for i, p in enumerate(PROVINCES):
        ents += [(f"p{i}", p, "province", p),
                 (f"s{i}", f"Sở Y tế {p}", "health_department", p),
                 (f"u{i}", f"Ủy ban nhân dân tỉnh {p}", "government", p),
                 (f"h{i}", f"Bệnh viện Đa khoa tỉnh {p}", "hospital", p)]
    for i in range(3000):
        p = rng.choice(PROVINCES)
        name = " ".join(rng.sample(SYLLABLES, 2)).title()
        head = rng.choice(["Bệnh viện", "Trung tâm Y tế", "Bệnh viện Đa khoa", "Phòng khám"])
        ents.append((f"o{i}", f"{head} {name} {p}" if i % 3 else f"{head} {name}", "hospital", p))
    for i in range(12000):
        name = f"{rng.choice(SURNAMES)} {' '.join(rng.sample(SYLLABLES, 2)).title()}"
        ents.append((f"x{i}", name, "person", rng.choice(PROVINCES)))
    # Zipf-like weights: central bodies first, then provinces' bodies, then the rest
    weights = [1.0 / (rank + 3) ** 0.9 for rank in range(len(ents))]
    return ents, weights


def generate(path: Path, docs: int, mentions: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    ents, weights = make_entities(rng)
    orgs = [e for e in ents if e[2] != "person"]
    org_w = [w for e, w in zip(ents, weights) if e[2] != "person"]
    people = [e for e in ents if e[2] == "person"]
    db = open_kb(path)
    conn = db.conn
    conn.execute("PRAGMA synchronous=OFF")
    # Bulk load without the timeline_index triggers (they add ~2 ms per document);
    # the index is filled in one statement afterwards and the triggers restored.
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                                "AND name LIKE '%\\_tl\\_%' ESCAPE '\\'").fetchall():
        conn.execute(f'DROP TRIGGER "{name}"')
    per_doc = max(1, mentions // docs)
    t0 = time.perf_counter()
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO sources(id, name) VALUES (?, ?)",
                     [(i, f"source{i}.vn") for i in range(1, 11)])
    conn.executemany("INSERT INTO entities(id, name, type, key, province) VALUES (?,?,?,?,?)",
                     [(e[0], e[1], e[2], e[1].lower(), e[3]) for e in ents])
    conn.executemany("INSERT INTO aliases(entity_id, alias, key) VALUES (?,?,?)",
                     [(e[0], e[1], e[1].lower()) for e in ents])
    rows: dict[str, list[tuple]] = {k: [] for k in ("doc", "men", "coop", "role", "legal",
                                                    "fig", "date")}

    def flush() -> None:
        conn.executemany("INSERT INTO documents(id, key, source_id, url, name, title, published, "
                         "content_hash, text, province) VALUES (?,?,?,?,?,?,?,?,?,?)", rows["doc"])
        conn.executemany("INSERT INTO mentions(document_id, entity_id, kind, sentence, start, "
                         '"end", surface) VALUES (?,?,?,?,?,?,?)', rows["men"])
        conn.executemany("INSERT INTO cooperations(document_id, from_id, to_id, from_name, "
                         'to_name, kind, date, text, sentence, start, "end") '
                         "VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows["coop"])
        conn.executemany("INSERT INTO roles(document_id, person_id, title, organization_id, "
                         'organization, date, sentence, start, "end") VALUES (?,?,?,?,?,?,?,?,?)',
                         rows["role"])
        conn.executemany("INSERT INTO legal_documents(document_id, kind, number, issued, issuer, "
                         'issuer_id, text, sentence, start, "end") VALUES (?,?,?,?,?,?,?,?,?,?)',
                         rows["legal"])
        conn.executemany('INSERT INTO figures(document_id, value, unit, text, sentence, start, '
                         '"end") VALUES (?,?,?,?,?,?,?)', rows["fig"])
        conn.executemany("INSERT INTO dates(document_id, text, date_start, date_end, sentence, "
                         'start, "end") VALUES (?,?,?,?,?,?,?)', rows["date"])
        for v in rows.values():
            v.clear()

    for d in range(1, docs + 1):
        year = rng.choice(range(2015, 2026))
        published = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        province = rng.choice(PROVINCES)
        parts: list[str] = []
        pos = 0
        sentence = 0
        count = 0

        def add(text: str) -> int:
            nonlocal pos
            start = pos
            parts.append(text)
            pos += len(text)
            return start

        def mention(ent: tuple, start: int) -> None:
            nonlocal count
            rows["men"].append((d, ent[0], "person" if ent[2] == "person" else "organization",
                                sentence, start, start + len(ent[1]), ent[1]))
            count += 1

        title = f"{rng.choice(orgs)[1]} hỗ trợ {province} phát triển kỹ thuật cao"
        while count < per_doc or sentence < 4:
            kind = rng.random()
            a, b = rng.choices(orgs, org_w, k=2)
            if kind < 0.25:
                add("")
                sa = add(a[1])
                add(" chuyển giao kỹ thuật " + rng.choice(FILLER) + " cho ")
                sb = add(b[1])
                add(". ")
                mention(a, sa)
                mention(b, sb)
                rows["coop"].append((d, a[0], b[0], a[1], b[1], rng.choice(KINDS), published,
                                     "chuyển giao kỹ thuật", sentence, sa, sb + len(b[1])))
            elif kind < 0.45:
                day, month = rng.randint(1, 28), rng.randint(1, 12)
                sd = add(f"Ngày {day}/{month}/{year}")
                add(", ")
                sa = add(a[1])
                add(f" tổ chức hội nghị tại {province} với ")
                sb = add(b[1])
                add(". ")
                mention(a, sa)
                mention(b, sb)
                rows["date"].append((d, f"Ngày {day}/{month}/{year}",
                                     f"{year}-{month:02d}-{day:02d}",
                                     f"{year}-{month:02d}-{day:02d}", sentence, sd, sd + 15))
            elif kind < 0.65:
                person = rng.choice(people)
                title_ = rng.choice(TITLES)
                sp = add(person[1])
                add(f", {title_} ")
                sa = add(a[1])
                n = rng.randint(2, 5000)
                sf = add(f", cho biết đã khám cho {n} bệnh nhân")
                add(". ")
                mention(person, sp)
                mention(a, sa)
                rows["role"].append((d, person[0], title_, a[0], a[1], published, sentence, sp,
                                     sp + len(person[1])))
                rows["fig"].append((d, n, "bệnh nhân", f"{n} bệnh nhân", sentence, sf + 22,
                                    sf + 22 + len(str(n)) + 10))
            elif kind < 0.72:
                number = f"{rng.randint(1, 120)}-NQ/TW"
                iy = rng.randint(2010, year)
                sl = add(f"Thực hiện Nghị quyết số {number} ngày 18/7/{iy} của ")
                sb = add(CENTRAL[-1])
                add(f" về phát triển tỉnh {province}, ")
                sa = add(a[1])
                add(" triển khai kế hoạch. ")
                mention(ents[len(CENTRAL) - 1], sb)
                mention(a, sa)
                rows["legal"].append((d, "Nghị quyết", number, f"{iy}-07-18", "Bộ Chính trị",
                                      f"c{len(CENTRAL) - 1}", f"Nghị quyết số {number}", sentence,
                                      sl + 10, sl + 24 + len(number)))
            else:
                add(" ".join(rng.choices(FILLER, k=rng.randint(8, 20))).capitalize() + ". ")
            sentence += 1
            if sentence % 5 == 0:
                add("\n")
        text = "".join(parts).rstrip()
        rows["doc"].append((d, f"https://source{d % 10 + 1}.vn/{d}", d % 10 + 1,
                            f"https://source{d % 10 + 1}.vn/{d}", None, title, published,
                            f"h{d}", text, province))
        if d % 2000 == 0:
            flush()
            print(f"\r  {d}/{docs} documents", end="", file=sys.stderr, flush=True)
    flush()
    conn.execute("DELETE FROM timeline_index")
    conn.execute("INSERT OR REPLACE INTO timeline_index SELECT * FROM timeline_keys")
    conn.execute("COMMIT")
    ensure_views(conn)  # puts the triggers back
    conn.execute("ANALYZE")
    print(f"\r  generated in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    db.close()


def median_ms(fn: Callable[[], object], runs: int) -> tuple[float, object]:
    times = []
    result = None
    for _ in range(runs):
        t = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times), result


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=100_000)
    ap.add_argument("--mentions", type=int, default=1_000_000)
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--db", type=Path, help="KB file (generated if missing)")
    ap.add_argument("--keep", action="store_true", help="keep a generated temporary KB")
    args = ap.parse_args()

    tmp = None
    path = args.db
    if path is None:
        tmp = tempfile.TemporaryDirectory(prefix="ytekb-bench-")
        path = Path(tmp.name) / "bench.sqlite"
    if not path.exists():
        print(f"generating {args.docs} documents, ~{args.mentions} mentions in {path}",
              file=sys.stderr)
        generate(path, args.docs, args.mentions)
    db = open_kb(path)
    ensure_views(db.conn)  # a KB generated by an older draft gets today's views
    tune(db.conn)  # as the CLI does
    counts = {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("documents", "entities", "mentions", "cooperations", "dates", "figures")}
    print("KB: " + ", ".join(f"{k} {v:,}" for k, v in counts.items()))
    hot = db.execute("SELECT count(*) FROM mentions WHERE entity_id = 'c0'").fetchone()[0]
    bm = db.execute("SELECT count(*) FROM mentions WHERE entity_id = 'c1'").fetchone()[0]
    typical = db.execute("SELECT e.name, count(*) FROM mentions m JOIN entities e "
                         "ON e.id = m.entity_id WHERE e.id = 'h26'").fetchone()
    na = [e for e, in db.execute("SELECT id FROM entities WHERE province = 'Nghệ An'")]

    def scan(sql: str, params: list) -> Callable[[], object]:
        return lambda: db.execute(sql, params).fetchall()

    mention_scan = scan("SELECT document_id, sentence FROM mentions NOT INDEXED "
                        "WHERE entity_id = ?", ["c1"])
    province_scan = scan("SELECT document_id, sentence FROM mentions NOT INDEXED WHERE entity_id "
                         f"IN ({','.join('?' * len(na))})", na)
    coop_scan = scan("SELECT * FROM cooperations NOT INDEXED WHERE from_id = ? OR to_id = ?",
                     ["c1", "c1"])
    text_scan = scan("SELECT id FROM documents WHERE text LIKE ?", ["%chuyển giao kỹ thuật%"])
    rare_scan = scan("SELECT id FROM documents WHERE text LIKE ?", ["%Hồng Lan Nghệ An%"])
    cases = [
        (f"timeline '{typical[0]}' ({typical[1]} mentions)",
         lambda: timeline(db, typical[0], limit=100), mention_scan, "mentions"),
        (f"timeline 'Bệnh viện Bạch Mai' ({bm:,} mentions)",
         lambda: timeline(db, "Bệnh viện Bạch Mai", limit=100), mention_scan, "mentions"),
        ("timeline 'bach mai' --from 2024 --to 2024-06",
         lambda: timeline(db, "bach mai", Window("2024", "2024-06"), limit=100), mention_scan,
         "mentions"),
        (f"timeline 'Nghệ An' (province, {len(na)} orgs + text)",
         lambda: timeline(db, "Nghệ An", limit=100), province_scan, "mentions"),
        ("cooperation 'Bệnh viện Bạch Mai'",
         lambda: cooperation(db, "Bệnh viện Bạch Mai", limit=100), coop_scan, "cooperations"),
        ("cooperation 'Bạch Mai' 'Nghệ An'",
         lambda: cooperation(db, "Bạch Mai", "Nghệ An", limit=100), coop_scan, "cooperations"),
        ("search 'chuyen giao ky thuat' (common)",
         lambda: search(db, "chuyen giao ky thuat", limit=20), text_scan, "documents"),
        ("search 'hong lan nghe an' (rare)",
         lambda: search(db, "hong lan nghe an", limit=20), rare_scan, "documents"),
        ("search 'bệnh viện' --entity 'Nghệ An'",
         lambda: search(db, "bệnh viện", entity=__import__("pipeline.query.targets", fromlist=[
             "resolve"]).resolve(db, "Nghệ An"), limit=20), text_scan, "documents"),
        (f"timeline 'Bộ Y tế' (hottest, {hot:,} mentions)",
         lambda: timeline(db, "Bộ Y tế", limit=100), mention_scan, "mentions"),
        ("canned timeline SQL (Datasette) 'Bạch Mai'",
         lambda: db.execute(query_sql("timeline"), {"q": "Bạch Mai", "date_from": "",
                                                    "date_to": ""}).fetchall(),
         mention_scan, "mentions"),
    ]
    print(f"\n{'query':58} {'rows':>5} {'median ms':>10} {'scan ms':>9} {'ratio':>7}  target")
    failed = 0
    for label, fn, base, table in cases:
        ms, result = median_ms(fn, args.runs)
        base_ms, _ = median_ms(base, max(3, args.runs // 2))
        target = 200 if label.startswith("search") else 100
        ok = ms < target
        failed += not ok and "hottest" not in label
        print(f"{label:58} {len(result):>5} {ms:>10.1f} {base_ms:>9.1f} {base_ms / ms:>6.1f}x  "
              f"<{target} {'ok' if ok else 'SLOW'}  (scan: {table})")
    db.close()
    if tmp is not None:
        if args.keep:
            kept = Path(tempfile.gettempdir()) / "ytekb-bench.sqlite"
            path.replace(kept)
            print(f"kept {kept}")
        tmp.cleanup()
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
