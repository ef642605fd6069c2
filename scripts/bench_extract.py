#!/usr/bin/env python3
"""Extraction throughput and memory: ytekb's rule pipeline against underthesea NER.

    python scripts/bench_extract.py                 # 1 MB, NER on a 200 KB sample
    python scripts/bench_extract.py --mb 4 --ner-sample-kb 0   # NER on all of it
    python scripts/bench_extract.py --json          # one JSON object, for scripts

What it does:

1. Builds at least `--mb` MB of varied Vietnamese health-news text. Sources, in
   order, each used only if present: HTML/text pages under corpus/sites (read
   with `pipeline.readers.read_article`, as `ytekb ingest` reads them), the seed
   articles in ../shared/corpus/seeds, and a built-in generator of health-news
   sentences. Sentences from all sources are shuffled across documents
   (fixed seed) into new documents of 15-60 sentences until the size is reached,
   so the text is varied but the run is repeatable.
2. Runs the full extraction (`pipeline.extract.extract(article)`, every
   registered component) over every document in a child process
   (`--only ytekb`) and measures CPU time (`time.process_time`).
3. Runs underthesea `ner()` sentence by sentence over the same text, or over a
   fixed sample of it (`--ner-sample-kb`, whole documents, spread evenly) in a
   second child process (`--only ner`).
4. Reports characters per CPU-second for both, their ratio, and each child's
   peak RSS (`ru_maxrss`), so memory is attributable to one side only.

CPU time, not wall time: the figure does not depend on other load on the machine.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SITES_DIR = ROOT / "corpus" / "sites"
SEEDS_DIR = ROOT.parent / "shared" / "corpus" / "seeds"
SEED = 20240724

# --------------------------------------------------------------------------- synthetic text

_PROVINCES = ["Nghệ An", "Hà Tĩnh", "Thanh Hóa", "Bắc Kạn", "Thái Nguyên", "Quảng Ninh", "Cà Mau",
              "Sóc Trăng", "Cần Thơ", "Đắk Lắk", "Lào Cai", "Bình Định", "Quảng Nam", "Huế"]
_HOSPITALS = ["Bệnh viện Đa khoa tỉnh {p}", "Bệnh viện Sản - Nhi {p}", "Bệnh viện Ung bướu {p}",
              "Bệnh viện Y học cổ truyền {p}", "Bệnh viện Phổi {p}", "Bệnh viện Mắt {p}",
              "Bệnh viện Bạch Mai", "Bệnh viện Chợ Rẫy", "Bệnh viện Trung ương Huế",
              "Bệnh viện Nhi Trung ương", "Bệnh viện Trung ương Thái Nguyên"]
_PEOPLE = ["Nguyễn Văn Hùng", "Trần Thị Lan", "Lê Minh Tuấn", "Phạm Thu Hà", "Hoàng Đức Anh",
           "Võ Thị Mai", "Đặng Quốc Bảo", "Bùi Thanh Hương", "Đỗ Văn Nam", "Ngô Thị Hạnh"]
_TITLES = ["Giám đốc Sở Y tế", "Phó Giám đốc Sở Y tế", "Giám đốc {h}", "Phó Chủ tịch UBND tỉnh",
           "Trưởng phòng Nghiệp vụ Y", "Thứ trưởng Bộ Y tế", "Phó Giám đốc {h}"]
_HONORIFICS = ["PGS.TS.", "TS.", "BSCKII", "ThS.BS", "ông", "bà", "đồng chí"]
_UNITS = ["bệnh viện", "trạm y tế", "bác sĩ", "điều dưỡng", "người bệnh", "lượt khám", "ca mắc",
          "liều vắc xin", "giường bệnh", "kỹ thuật mới", "học viên", "suất quà", "thùng thuốc"]
_TEMPLATES = [
    "Ngày {d}/{m}/{y}, {h} tổ chức hội nghị tổng kết công tác khám, chữa bệnh năm {y1}.",
    "Theo báo cáo, toàn tỉnh {p} hiện có {n} {u}, tăng {pct}% so với cùng kỳ năm trước.",
    "{hon} {person}, {title}, cho biết trong {k} tháng đầu năm {y} đã có hơn {big} {u}.",
    "Thực hiện Quyết định số {num}/QĐ-BYT ngày {d}/{m}/{y1} của Bộ Y tế, {h} đã chuyển giao {k} kỹ thuật cho tuyến dưới.",
    "Nhân dịp này, {h} trao tặng {n} {u} trị giá {money} triệu đồng cho Sở Y tế {p}.",
    "Tỷ lệ bao phủ bảo hiểm y tế trên địa bàn tỉnh {p} đạt {pct},{k}%.",
    "Tổng kinh phí thực hiện Đề án giai đoạn {y1}-{y} là {k},{d} tỷ đồng.",
    "Chiều {d}/{m}, {title} {person} đã đến thăm và làm việc tại {h}.",
    "Bệnh viện hiện có {n} giường bệnh với {k} khoa lâm sàng và {big} cán bộ, nhân viên.",
    "Số giường bệnh/vạn dân của tỉnh {p} đạt {k},{d} giường bệnh.",
    "Từ ngày {d}-{d2}/{m}, đoàn công tác của {h} đã khảo sát nhu cầu đào tạo tại {p}.",
    "Hai bên đã ký kết thỏa thuận hợp tác về đào tạo nguồn nhân lực và nghiên cứu khoa học.",
    "{title} {person} đề nghị các đơn vị tiếp tục thực hiện Nghị quyết số {k}-NQ/TW của Bộ Chính trị.",
    "Trong năm {y}, {h} đã khám cho gần {big} lượt người bệnh, điều trị nội trú cho {n} người.",
    "Chiến dịch tiêm chủng đã tiêm được {big} liều vắc xin cho trẻ em dưới {k} tuổi.",
    "Các đại biểu đã thảo luận về những khó khăn trong công tác chuyển đổi số tại các cơ sở y tế.",
    "Hội nghị lần thứ {k} diễn ra trong {k2} ngày với sự tham gia của {n} đại biểu.",
    "Dự kiến đến năm {y2}, 100% trạm y tế xã có bác sĩ làm việc.",
]


def _synthetic_sentences(rng: random.Random, count: int) -> list[str]:
    out = []
    for _ in range(count):
        p = rng.choice(_PROVINCES)
        h = rng.choice(_HOSPITALS).format(p=p)
        y = rng.randint(2019, 2025)
        values = dict(
            p=p, h=h, person=rng.choice(_PEOPLE), title=rng.choice(_TITLES).format(h=h),
            hon=rng.choice(_HONORIFICS).capitalize(), u=rng.choice(_UNITS),
            d=rng.randint(1, 28), d2=rng.randint(1, 28), m=rng.randint(1, 12), y=y, y1=y - 1,
            y2=rng.choice([2025, 2030, 2035]), n=rng.randint(2, 999), k=rng.randint(2, 12),
            k2=rng.randint(2, 5), pct=rng.randint(1, 99), num=rng.randint(100, 9999),
            big=f"{rng.randint(1, 99)}.{rng.randint(0, 999):03d}", money=rng.choice([50, 120, 750, 900]),
        )
        out.append(rng.choice(_TEMPLATES).format(**values))
    return out


# --------------------------------------------------------------------------- corpus

def _read_sources() -> tuple[list[tuple[str, str]], list[str]]:
    """(title, text) of every real article found, and a note per source."""
    articles: list[tuple[str, str]] = []
    notes: list[str] = []
    if SITES_DIR.is_dir():
        from pipeline.readers import ReadError, iter_paths, read_article
        n = bad = 0
        for path in iter_paths([SITES_DIR]):
            try:
                art = read_article(path)
            except (ReadError, Exception):  # a bad page must not stop the benchmark
                bad += 1
                continue
            articles.append((art.title, art.text))
            n += 1
        notes.append(f"{n} pages from corpus/sites" + (f" ({bad} unreadable)" if bad else ""))
    else:
        notes.append("corpus/sites: absent")
    if SEEDS_DIR.is_dir():
        n = 0
        for path in sorted(SEEDS_DIR.glob("*.txt")):
            try:
                from pipeline.readers import read_article
                art = read_article(path)
                articles.append((art.title, art.text))
            except Exception:
                articles.append(("", path.read_text(encoding="utf-8", errors="replace")))
            n += 1
        notes.append(f"{n} seed articles from ../shared/corpus/seeds")
    else:
        notes.append("../shared/corpus/seeds: absent")
    return articles, notes


def build_corpus(mb: float, seed: int = SEED) -> tuple[list[dict], dict]:
    """Documents of shuffled real and synthetic sentences, at least `mb` MB of text."""
    from extractors.sentences import split

    rng = random.Random(seed)
    real, notes = _read_sources()
    pool: list[str] = []
    for _title, text in real:
        pool.extend(text[s:e] for s, e in split(text))
    real_sentences = len(pool)
    target = int(mb * 1_000_000)
    # generated sentences: at least a third of the pool, and never fewer than 2,000
    need = max(len(pool) // 2, 2_000)
    pool.extend(_synthetic_sentences(rng, need))
    docs: list[dict] = []
    size = 0
    # real articles first, whole, so their layout (chrome lines, captions) is measured too
    for i, (title, text) in enumerate(real):
        if size >= target:
            break
        docs.append({"name": f"real_{i:04d}", "title": title, "text": text})
        size += len(text.encode("utf-8"))
    while size < target:
        k = rng.randint(15, 60)
        body = []
        for _ in range(k):
            s = rng.choice(pool)
            # paragraphs of 1-4 sentences, as articles have
            if body and rng.random() < 0.35:
                body.append("\n\n")
            elif body:
                body.append(" ")
            body.append(s)
        text = "".join(body)
        title = pool[rng.randrange(len(pool))][:120]
        docs.append({"name": f"mix_{len(docs):05d}", "title": title, "text": title + "\n\n" + text})
        size += len(docs[-1]["text"].encode("utf-8"))
    info = {"documents": len(docs), "bytes": size, "chars": sum(len(d["text"]) for d in docs),
            "real_articles": len(real), "real_sentences": real_sentences,
            "synthetic_sentences": need, "sources": notes, "seed": seed}
    return docs, info


def ner_sample(docs: list[dict], sample_kb: float) -> tuple[list[dict], bool]:
    """Whole documents spread evenly over the corpus until `sample_kb` KB; (docs, is_sample)."""
    total = sum(len(d["text"].encode("utf-8")) for d in docs)
    if sample_kb <= 0 or sample_kb * 1000 >= total:
        return docs, False
    want = int(sample_kb * 1000)
    step = max(1, int(total / want))
    picked, size = [], 0
    for offset in range(step):  # every step-th document, then the gaps, until big enough
        for d in docs[offset::step]:
            if size >= want:
                return picked, True
            picked.append(d)
            size += len(d["text"].encode("utf-8"))
    return picked, True


# --------------------------------------------------------------------------- measured sides

def _rss_mb() -> float:
    """Peak RSS of this process from ru_maxrss (Linux reports KB, macOS bytes).

    On Linux ru_maxrss survives fork+exec, so a child starts at its parent's
    peak: the parent stays small (the corpus is built in a child too) and
    `_hwm_mb` (VmHWM, reset on exec) cross-checks it."""
    r = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return r / (1024 * 1024) if sys.platform == "darwin" else r / 1024


def _hwm_mb() -> float | None:
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def run_ytekb(docs: list[dict]) -> dict:
    rss_loaded = _rss_mb()
    t_import = time.process_time()
    from pipeline.extract import extract
    from pipeline.records import Article
    from pipeline.stages import EXTRACTION
    articles = [Article(source="bench", title=d["title"], text=d["text"], path=d["name"] + ".txt",
                        published="2024-07-24") for d in docs]
    import_cpu = time.process_time() - t_import
    counts: dict[str, int] = {}
    failures: dict[str, int] = {}
    chars = sum(len(a.text) for a in articles)
    t0 = time.process_time()
    w0 = time.perf_counter()
    for art in articles:
        try:
            ex = extract(art)
        except Exception as err:  # extractors under construction must not stop the run
            key = f"{type(err).__name__}: {str(err)[:80]}"
            failures[key] = failures.get(key, 0) + 1
            continue
        for kind, n in ex.counts().items():
            counts[kind] = counts.get(kind, 0) + n
    cpu = time.process_time() - t0
    wall = time.perf_counter() - w0
    return {"side": "ytekb", "documents": len(articles), "chars": chars, "cpu_s": cpu,
            "wall_s": wall, "chars_per_cpu_s": chars / cpu if cpu else None,
            "import_cpu_s": import_cpu, "components": list(EXTRACTION), "facts": counts,
            "failed_documents": sum(failures.values()), "failures": failures,
            "rss_before_mb": rss_loaded, "peak_rss_mb": _rss_mb(), "vm_hwm_mb": _hwm_mb()}


def run_ner(docs: list[dict]) -> dict:
    rss_loaded = _rss_mb()
    from extractors.sentences import split  # the same sentences ytekb sees
    t_import = time.process_time()
    from underthesea import ner
    ner("Sở Y tế tỉnh Nghệ An.")  # loads the model: counted as import, not throughput
    import_cpu = time.process_time() - t_import
    sentences = [d["text"][s:e] for d in docs for s, e in split(d["text"])]
    chars = sum(len(d["text"]) for d in docs)
    entities = 0
    failed = 0
    t0 = time.process_time()
    w0 = time.perf_counter()
    for s in sentences:
        try:
            entities += sum(1 for tok in ner(s) if tok[-1].startswith("B-"))
        except Exception:
            failed += 1
    cpu = time.process_time() - t0
    wall = time.perf_counter() - w0
    return {"side": "ner", "documents": len(docs), "sentences": len(sentences), "chars": chars,
            "bytes": sum(len(d["text"].encode("utf-8")) for d in docs),
            "cpu_s": cpu, "wall_s": wall, "chars_per_cpu_s": chars / cpu if cpu else None,
            "import_cpu_s": import_cpu, "entities": entities, "failed_sentences": failed,
            "rss_before_mb": rss_loaded, "peak_rss_mb": _rss_mb(), "vm_hwm_mb": _hwm_mb()}


def _child(side: str, corpus_path: str, ner_kb: float, extra: list[str] | None = None) -> dict:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--only", side, "--corpus", corpus_path,
           "--ner-sample-kb", str(ner_kb), "--json", *(extra or [])]
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=str(ROOT))
    if proc.returncode != 0:
        return {"side": side, "error": (proc.stderr or proc.stdout)[-2000:]}
    last = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    return json.loads(last[-1]) if last else {"side": side, "error": "no output"}


# --------------------------------------------------------------------------- report

def _fmt(x, spec: str = ",.0f") -> str:
    return "-" if x is None else format(x, spec)


def report(result: dict) -> str:
    c, y, n = result["corpus"], result["ytekb"], result["ner"]
    lines = [
        f"Corpus: {c['documents']} documents, {c['bytes'] / 1e6:.2f} MB UTF-8, {c['chars']:,} chars "
        f"(seed {c['seed']})",
        "  sources: " + "; ".join(c["sources"]) +
        f"; {c['synthetic_sentences']:,} generated sentences; sentences shuffled across documents",
        "",
        f"{'':28}{'chars':>12}{'CPU s':>9}{'chars/CPU-s':>13}{'peak RSS MB':>13}",
    ]
    for label, side in (("ytekb extract (all rules)", y), ("underthesea ner()", n)):
        if "error" in side:
            lines.append(f"{label:28}failed: {side['error'].strip().splitlines()[-1][:80]}")
            continue
        lines.append(f"{label:28}{side['chars']:>12,}{side['cpu_s']:>9.2f}"
                     f"{_fmt(side['chars_per_cpu_s']):>13}{side['peak_rss_mb']:>13.0f}")
    lines.append("")
    if "error" not in n:
        lines.append("NER measured on " + (f"a fixed sample of {n['chars']:,} chars, {n['bytes'] / 1000:.0f} KB "
                                             f"({n['documents']} whole documents spread over the corpus)"
                                             if result["ner_is_sample"] else "the whole corpus")
                     + ", sentence by sentence; model load excluded"
                     f" ({n['import_cpu_s']:.1f} CPU s).")
    if "error" not in y:
        lines.append(f"ytekb components: {', '.join(y['components'])}; import "
                     f"{y['import_cpu_s']:.1f} CPU s excluded.")
        facts = ", ".join(f"{k} {v:,}" for k, v in y["facts"].items())
        lines.append(f"ytekb facts: {facts}")
        if y["failed_documents"]:
            lines.append(f"ytekb: {y['failed_documents']} documents raised: "
                         + "; ".join(f"{k} x{v}" for k, v in list(y["failures"].items())[:3]))
    if result.get("speedup"):
        lines.append(f"Speed ratio: ytekb is {result['speedup']:,.1f}x underthesea ner() "
                     f"in chars per CPU-second.")
    base = [side["rss_before_mb"] for side in (y, n) if "rss_before_mb" in side]
    lines.append("Peak RSS (ru_maxrss) is each side's own child process, imports and corpus included"
                 + (f"; a bare child holding the corpus is {max(base):.0f} MB." if base else "."))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=1.0, help="corpus size in MB (default 1)")
    ap.add_argument("--ner-sample-kb", type=float, default=200.0,
                    help="run NER on a fixed sample of this many KB (0 = whole corpus; default 200)")
    ap.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    ap.add_argument("--seed", type=int, default=SEED, help="shuffling seed")
    ap.add_argument("--only", choices=["build", "ytekb", "ner"], help=argparse.SUPPRESS)
    ap.add_argument("--corpus", help=argparse.SUPPRESS)
    a = ap.parse_args(argv)

    if a.only == "build":  # child: write the corpus, so the parent never grows
        docs, info = build_corpus(a.mb, a.seed)
        with open(a.corpus, "w", encoding="utf-8") as f:
            json.dump(docs, f, ensure_ascii=False)
        _, is_sample = ner_sample(docs, a.ner_sample_kb)
        print(json.dumps({"info": info, "ner_is_sample": is_sample}, ensure_ascii=False))
        return 0
    if a.only:  # child: measure one side over the corpus file
        with open(a.corpus, encoding="utf-8") as f:
            docs = json.load(f)
        if a.only == "ytekb":
            out = run_ytekb(docs)
        else:
            sample, _ = ner_sample(docs, a.ner_sample_kb)
            out = run_ner(sample)
        print(json.dumps(out, ensure_ascii=False))
        return 0

    fd, path = tempfile.mkstemp(prefix="ytekb-bench-", suffix=".json")
    os.close(fd)
    try:
        built = _child("build", path, a.ner_sample_kb, ["--mb", str(a.mb), "--seed", str(a.seed)])
        if "error" in built:
            print(f"building the corpus failed:\n{built['error']}", file=sys.stderr)
            return 1
        info, is_sample = built["info"], built["ner_is_sample"]
        ours = _child("ytekb", path, a.ner_sample_kb)
        theirs = _child("ner", path, a.ner_sample_kb)
    finally:
        os.unlink(path)
    speedup = None
    if ours.get("chars_per_cpu_s") and theirs.get("chars_per_cpu_s"):
        speedup = ours["chars_per_cpu_s"] / theirs["chars_per_cpu_s"]
    result = {"corpus": info, "ytekb": ours, "ner": theirs, "ner_is_sample": is_sample,
              "speedup": speedup, "python": sys.version.split()[0]}
    if a.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        print(report(result))
    return 0 if "error" not in ours and "error" not in theirs else 1


if __name__ == "__main__":
    sys.exit(main())
