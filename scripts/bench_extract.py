#!/usr/bin/env python3
"""Extraction speed on real and mixed text, against spaCy's tokenizer and underthesea NER.

    python scripts/bench_extract.py                  # every text kind present, linearity to 2 M chars
    python scripts/bench_extract.py --long-chars 0   # skip the linearity rows
    python scripts/bench_extract.py --json           # one JSON object, for scripts

Text kinds, each measured only if present:

- real: the development articles in .eval/real (real press text, rebuilt from VietNews);
- vietnews: `--real-docs` articles spread evenly over a scratch sample of VietNews health
  articles (`--vietnews`, default /tmp/speed-corpus, built by
  scripts/build_vietnews_sample.py; reserved files are never in it);
- mixed: at least `--mb` MB of pages under corpus/sites, the seed articles and generated
  health-news sentences, shuffled across documents (fixed seed), as before.

Per kind, each side runs in its own child process (so peak RSS is its own) and reports
CPU time (`time.process_time`, independent of other load on the machine):

- ytekb: `pipeline.extract.extract` with every registered component. One-time costs
  are reported apart: imports, and the first pass over the text minus the least steady
  pass (lexicons built on first use, the underthesea model when a name needs it). Steady
  state is the median of `--passes` passes after it (default 5; one pass of the development
  articles is ~0.25 CPU s, which a busy host inflates by a third), each with the underthesea
  answer cache emptied first so no sentence is answered from an earlier pass;
- underthesea `ner()` sentence by sentence (the sentences ytekb sees) on a fixed sample
  of `--ner-sample-kb` KB of whole documents; its model load is reported apart;
- alternated: ytekb and `ner()` in one process, in turns over `--rounds` rounds, so a
  host that is busy for a minute slows both sides alike (the ratio to quote on a shared
  machine);
- spaCy's rule-based tokenizer, `spacy.blank("xx")` (the multi-language tokenizer; the
  Vietnamese `blank("vi")` needs pyvi, or with `use_pyvi=False` only splits on spaces),
  over all of the text; import and `blank()` reported apart, steady state is the second
  pass as for ytekb.

Linearity: the same text (VietNews articles in name order, else mixed text) extracted
as separate documents and as one long document, at each size of `--long-chars`; the
row shows the long document's CPU per char over the short documents'. The two sides
alternate for `--long-rounds` rounds and each keeps its least CPU time.
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
REAL_DIR = ROOT / ".eval" / "real"
VIETNEWS_DIR = Path("/tmp/speed-corpus")
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


# --------------------------------------------------------------------------- real text

def read_docs(files: list[Path]) -> list[dict]:
    """Articles read as `ytekb extract` reads them (title and publication date included)."""
    from pipeline.readers import read_article

    docs = []
    for path in files:
        try:
            art = read_article(path)
        except Exception:  # an unreadable file must not stop the benchmark
            continue
        docs.append({"name": art.name, "title": art.title, "text": art.text,
                     "published": art.published})
    return docs


def spread(files: list[Path], n: int) -> list[Path]:
    """`n` files spread evenly over `files` (all of them if fewer)."""
    if n <= 0 or n >= len(files):
        return files
    return [files[i * len(files) // n] for i in range(n)]


def build_long(a: argparse.Namespace, size: int) -> tuple[list[dict], dict]:
    """Text for the linearity rows: VietNews articles in name order, else mixed text."""
    files = sorted(Path(a.vietnews).glob("*.txt"))
    docs, n = [], 0
    for path in files:
        if n >= size:
            break
        got = read_docs([path])
        docs += got
        n += sum(len(d["text"]) for d in got)
    if n >= size:
        return docs, {"kind": "vietnews", "documents": len(docs), "chars": n}
    docs, info = build_corpus(size * 1.8 / 1e6, a.seed)   # about 1.8 bytes per char
    return docs, {"kind": "mixed", "documents": len(docs), "chars": info["chars"]}


def build_kind(kind: str, a: argparse.Namespace) -> tuple[list[dict], dict]:
    if kind == "long":
        return build_long(a, max(int(float(x)) for x in a.long_chars.split(",")))
    if kind == "mixed":
        docs, info = build_corpus(a.mb, a.seed)
        for d in docs:
            d["published"] = "2024-07-24"
        info["note"] = ("; ".join(info["sources"]) + f"; {info['synthetic_sentences']:,} generated "
                        "sentences; shuffled across documents; published 2024-07-24")
        return docs, info
    if kind == "real":
        files = sorted(REAL_DIR.glob("*.txt"))
        note = f"{REAL_DIR.relative_to(ROOT)}, real press articles, publication date unknown"
    else:
        every = sorted(Path(a.vietnews).glob("*.txt"))
        files = spread(every, a.real_docs)
        note = (f"{len(files)} of {len(every):,} VietNews health articles in {a.vietnews}, "
                "spread evenly; publication date unknown")
    docs = read_docs(files)
    info = {"documents": len(docs), "chars": sum(len(d["text"]) for d in docs),
            "bytes": sum(len(d["text"].encode("utf-8")) for d in docs), "note": note}
    return docs, info


def kinds_present(a: argparse.Namespace) -> list[str]:
    kinds = []
    if any(REAL_DIR.glob("*.txt")):
        kinds.append("real")
    if any(Path(a.vietnews).glob("*.txt")):
        kinds.append("vietnews")
    return kinds + ["mixed"]


# --------------------------------------------------------------------------- measured sides

def _rss_mb() -> float:
    """Peak RSS of this process from ru_maxrss (Linux reports KB, macOS bytes).

    On Linux ru_maxrss survives fork+exec, so a child starts at its parent's
    peak: the parent stays small (corpora are built in children too) and
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


def _clear_answer_caches() -> None:
    from extractors.signals import forget_answers

    forget_answers()


def _extract_all(articles: list) -> tuple[float, dict[str, int], dict[str, int]]:
    from pipeline.extract import extract

    counts: dict[str, int] = {}
    failures: dict[str, int] = {}
    t0 = time.process_time()
    for art in articles:
        try:
            ex = extract(art)
        except Exception as err:  # extractors under construction must not stop the run
            key = f"{type(err).__name__}: {str(err)[:80]}"
            failures[key] = failures.get(key, 0) + 1
            continue
        for kind, n in ex.counts().items():
            counts[kind] = counts.get(kind, 0) + n
    return time.process_time() - t0, counts, failures


def _articles(docs: list[dict]) -> list:
    from pipeline.records import Article

    return [Article(source="bench", title=d["title"], text=d["text"], path=d["name"] + ".txt",
                    published=d.get("published")) for d in docs]


def run_ytekb(docs: list[dict], passes: int = 5) -> dict:
    """Imports, a first pass, then `passes` steady passes (the answer cache emptied before
    each): the steady CPU time is their median. One pass of the development articles is
    ~0.25 CPU s, so one pass on a shared host read anything from 0.22 to 0.33 s (the ratio
    to ner() 26-39x over stop 35 with no code slower: a pass's CPU time grows while other
    processes share the core and its caches); a single long ner() pass averages that out."""
    rss_loaded = _rss_mb()
    t0 = time.process_time()
    import pipeline.extract  # noqa: F401  (what `ytekb extract` imports to extract)
    from pipeline.stages import EXTRACTION
    import_cpu = time.process_time() - t0
    articles = _articles(docs)
    chars = sum(len(a.text) for a in articles)
    first_cpu, counts, failures = _extract_all(articles)
    runs, walls = [], []
    for _ in range(max(1, passes)):
        _clear_answer_caches()
        w0 = time.perf_counter()
        runs.append(_extract_all(articles)[0])
        walls.append(time.perf_counter() - w0)
    cpu, wall = sorted(runs)[len(runs) // 2], sorted(walls)[len(walls) // 2]
    return {"side": "ytekb", "documents": len(articles), "chars": chars, "cpu_s": cpu,
            "passes_cpu_s": runs, "wall_s": wall, "chars_per_cpu_s": chars / cpu if cpu else None,
            "import_cpu_s": import_cpu, "first_pass_cpu_s": first_cpu,
            "first_use_cpu_s": max(0.0, first_cpu - min(runs)),
            "fresh_chars_per_cpu_s": chars / (import_cpu + first_cpu),
            "components": list(EXTRACTION), "facts": counts,
            "underthesea_loaded": "underthesea.pipeline.ner" in sys.modules,
            "failed_documents": sum(failures.values()), "failures": failures,
            "rss_before_mb": rss_loaded, "peak_rss_mb": _rss_mb(), "vm_hwm_mb": _hwm_mb()}


def run_ner(docs: list[dict]) -> dict:
    rss_loaded = _rss_mb()
    from extractors.sentences import split  # the same sentences ytekb sees
    t0 = time.process_time()
    from underthesea import ner
    import_cpu = time.process_time() - t0
    t0 = time.process_time()
    ner("Sở Y tế tỉnh Nghệ An.")  # loads the model
    load_cpu = time.process_time() - t0
    sentences = [d["text"][s:e] for d in docs for s, e in split(d["text"])]
    chars = sum(len(d["text"]) for d in docs)
    entities = failed = 0
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
            "import_cpu_s": import_cpu, "first_use_cpu_s": load_cpu, "entities": entities,
            "failed_sentences": failed, "rss_before_mb": rss_loaded, "peak_rss_mb": _rss_mb(),
            "vm_hwm_mb": _hwm_mb()}


def run_paired(docs: list[dict], rounds: int = 5, sample_kb: float = 200.0) -> dict:
    """ytekb and `ner()` alternated in one process: each round one steady ytekb pass
    over all the text, then `ner()` on the next 1/rounds of the sentences. Both sides
    see the same machine at the same time, so a busy host slows both alike; the
    separate children above can land on a quiet and a busy minute."""
    from underthesea import ner

    from extractors.sentences import split

    sample = ner_sample(docs, sample_kb)[0]
    articles = _articles(docs)
    chars = sum(len(a.text) for a in articles)
    sentences = [d["text"][s:e] for d in sample for s, e in split(d["text"])]
    ner("Sở Y tế tỉnh Nghệ An.")
    _extract_all(articles)           # first use: lexicons, the model when a name needs it
    y_cpu = n_cpu = 0.0
    for r in range(rounds):
        _clear_answer_caches()
        y_cpu += _extract_all(articles)[0]
        t0 = time.process_time()
        for s in sentences[r::rounds]:
            try:
                ner(s)
            except Exception:
                pass
        n_cpu += time.process_time() - t0
    n_chars = sum(len(d["text"]) for d in sample)
    y_rate, n_rate = chars * rounds / y_cpu, n_chars / n_cpu
    return {"side": "paired", "rounds": rounds, "ytekb_chars_per_cpu_s": y_rate,
            "ner_chars_per_cpu_s": n_rate, "ratio": y_rate / n_rate, "peak_rss_mb": _rss_mb()}


def run_spacy(docs: list[dict]) -> dict:
    rss_loaded = _rss_mb()
    t0 = time.process_time()
    import spacy
    import_cpu = time.process_time() - t0
    t0 = time.process_time()
    nlp = spacy.blank("xx")
    load_cpu = time.process_time() - t0
    texts = [d["text"] for d in docs]
    chars = sum(len(t) for t in texts)
    t0 = time.process_time()
    tokens = sum(len(nlp.make_doc(t)) for t in texts)
    first_cpu = time.process_time() - t0
    t0 = time.process_time()
    for t in texts:
        nlp.make_doc(t)
    cpu = time.process_time() - t0
    return {"side": "spacy", "documents": len(docs), "chars": chars, "tokens": tokens,
            "cpu_s": cpu, "chars_per_cpu_s": chars / cpu if cpu else None,
            "import_cpu_s": import_cpu, "first_use_cpu_s": load_cpu + max(0.0, first_cpu - cpu),
            "rss_before_mb": rss_loaded, "peak_rss_mb": _rss_mb(), "vm_hwm_mb": _hwm_mb()}


def run_long(docs: list[dict], sizes: list[int], rounds: int = 3) -> dict:
    """The same text as separate documents and as one document, per size: the two
    alternate for `rounds` rounds and each side keeps its least CPU time (a minute of
    load from other processes on a shared host inflates one pass, never the least of
    several; one pass each read 0.88x-1.28x on the same code)."""
    from pipeline.records import Article

    _extract_all(_articles(docs[:3]))  # imports and first-use loads out of the way
    from extractors.signals import tagged_person
    tagged_person("Nguyễn Văn An làm việc")  # the underthesea model, if a name ever needs it
    rows = []
    for size in sizes:
        picked, n = [], 0
        for d in docs:
            if n >= size:
                break
            picked.append(d)
            n += len(d["text"])
        if n < size:
            rows.append({"size": size, "error": f"only {n:,} chars of text"})
            continue
        long_text = "\n\n".join(d["text"] for d in picked)
        many_runs, one_runs, failed = [], [], 0
        for _ in range(max(1, rounds)):
            _clear_answer_caches()
            cpu, _, fail_many = _extract_all(_articles(picked))
            many_runs.append(cpu)
            _clear_answer_caches()
            cpu, _, fail_one = _extract_all([Article(source="bench", title="", text=long_text,
                                                 path="long.txt")])
            one_runs.append(cpu)
            failed += sum(fail_many.values()) + sum(fail_one.values())
        many_cpu, one_cpu = min(many_runs), min(one_runs)
        rows.append({"size": size, "documents": len(picked), "chars": n,
                     "long_chars": len(long_text), "many_cpu_s": many_cpu, "one_cpu_s": one_cpu,
                     "many_runs_cpu_s": many_runs, "one_runs_cpu_s": one_runs,
                     "many_chars_per_cpu_s": n / many_cpu, "one_chars_per_cpu_s": len(long_text) / one_cpu,
                     "one_over_many": (one_cpu / len(long_text)) / (many_cpu / n),
                     "failed": failed})
    return {"side": "long", "rows": rows, "rounds": max(1, rounds), "peak_rss_mb": _rss_mb()}


def _child(args: list[str]) -> dict:
    cmd = [sys.executable, str(Path(__file__).resolve()), *args, "--json"]
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=str(ROOT))
    if proc.returncode != 0:
        return {"error": (proc.stderr or proc.stdout)[-2000:]}
    last = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    return json.loads(last[-1]) if last else {"error": "no output"}


# --------------------------------------------------------------------------- report

def _fmt(x, spec: str = ",.0f") -> str:
    return "-" if x is None else format(x, spec)


_LABELS = {"ytekb": "ytekb extract (all rules)", "spacy": 'spaCy blank("xx") tokenizer',
           "ner": "underthesea ner()"}


def _side_row(kind: str, side: dict, name: str) -> str:
    label = _LABELS[name]
    if "error" in side:
        return f"{kind:9}{label:29}failed: {side['error'].strip().splitlines()[-1][:80]}"
    once = side["import_cpu_s"] + side["first_use_cpu_s"]
    return (f"{kind:9}{label:29}{side['chars']:>11,}{side['cpu_s']:>8.2f}"
            f"{_fmt(side['chars_per_cpu_s']):>13}{side['import_cpu_s']:>9.2f}"
            f"{side['first_use_cpu_s']:>11.2f}{once:>8.2f}{side['peak_rss_mb']:>9.0f}")


def _ratio(a: dict, b: dict) -> float | None:
    if a.get("chars_per_cpu_s") and b.get("chars_per_cpu_s"):
        return a["chars_per_cpu_s"] / b["chars_per_cpu_s"]
    return None


def report(result: dict) -> str:
    lines = ["Text kinds:"]
    for kind, k in result["kinds"].items():
        info = k["info"]
        lines.append(f"  {kind:9}{info['documents']:>6,} documents {info['chars']:>11,} chars  "
                     f"{info['note']}")
    lines += ["", "Steady state per CPU-second; one-time loads apart (CPU s):",
              f"{'kind':9}{'side':29}{'chars':>11}{'CPU s':>8}{'chars/CPU-s':>13}{'imports':>9}"
              f"{'first use':>11}{'total':>8}{'RSS MB':>9}"]
    for kind, k in result["kinds"].items():
        for name in ("ytekb", "spacy", "ner"):
            lines.append(_side_row(kind, k[name], name))
    lines += ["", "Ratios in this run (steady state, chars per CPU-second):",
              f"{'kind':9}{'ytekb / ner()':>15}{'alternated':>12}{'ytekb / spaCy':>15}"
              f"{'ytekb fresh process':>22}"]
    for kind, k in result["kinds"].items():
        y = k["ytekb"]
        r_ner, r_sp = _ratio(y, k["ner"]), _ratio(y, k["spacy"])
        paired = k.get("paired", {}).get("ratio")
        lines.append(f"{kind:9}{_fmt(r_ner, '>14.1f')}x{_fmt(paired, '>11.1f')}x"
                     f"{_fmt(r_sp, '>14.2f')}x{_fmt(y.get('fresh_chars_per_cpu_s')):>22}")
    long = result.get("long")
    if long:
        lines += ["", f"Linearity ({long['kind']} text): the same text as separate documents "
                  "and as one document"
                  f" (least CPU of {long.get('rounds', 1)} alternating rounds per side):",
                  f"{'chars':>11}{'documents':>11}{'many c/CPU-s':>14}{'one c/CPU-s':>13}"
                  f"{'one/many CPU per char':>23}"]
        if "error" in long:
            lines.append("  failed: " + long["error"].strip().splitlines()[-1][:100])
        for r in long.get("rows", []):
            if "error" in r:
                lines.append(f"{r['size']:>11,}  {r['error']}")
                continue
            lines.append(f"{r['long_chars']:>11,}{r['documents']:>11,}"
                         f"{r['many_chars_per_cpu_s']:>14,.0f}{r['one_chars_per_cpu_s']:>13,.0f}"
                         f"{r['one_over_many']:>22.2f}x")
    notes = []
    for kind, k in result["kinds"].items():
        n = k["ner"]
        if "error" not in n:
            notes.append(f"{kind}: ner() on {n['chars']:,} chars ({n['documents']} whole documents"
                         f"{', a fixed sample' if n['chars'] < k['info']['chars'] else ''}),"
                         f" {n['sentences']:,} sentences")
        y = k["ytekb"]
        if "error" not in y:
            notes.append(f"{kind}: ytekb " + ("loaded" if y.get("underthesea_loaded") else "never loaded")
                         + " the underthesea model")
        if "error" not in y and y["failed_documents"]:
            notes.append(f"{kind}: ytekb: {y['failed_documents']} documents raised: "
                         + "; ".join(f"{e} x{c}" for e, c in list(y["failures"].items())[:3]))
    first = next(iter(result["kinds"].values()))["ytekb"]
    lines += ["", "ytekb: first use = first pass over the text minus the least steady pass; steady = median"
              " of the passes after it:",
              "  lexicons built on first use and the underthesea model when a name needs it.",
              "  Fresh process = chars / (imports + first pass)."]
    if "error" not in first:
        lines.append("ytekb components: " + ", ".join(first["components"]))
    lines += [f"  {n}" for n in notes]
    lines.append("alternated: ytekb and ner() in one process, in turns (--rounds), so both see the "
                 "same load.")
    lines.append('spaCy: blank("xx"), the multi-language rule tokenizer (blank("vi") needs pyvi).')
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=1.0, help="mixed corpus size in MB (default 1)")
    ap.add_argument("--vietnews", default=str(VIETNEWS_DIR),
                    help="scratch VietNews sample directory (default /tmp/speed-corpus)")
    ap.add_argument("--real-docs", type=int, default=400,
                    help="VietNews articles to measure, spread evenly (0 = all; default 400)")
    ap.add_argument("--ner-sample-kb", type=float, default=200.0,
                    help="run NER on a fixed sample of this many KB (0 = all of it; default 200)")
    ap.add_argument("--long-chars", default="500000,2000000",
                    help="comma-separated sizes for the linearity rows (0 = skip)")
    ap.add_argument("--long-rounds", type=int, default=3,
                    help="linearity rounds, many and one documents in turns; least CPU kept (default 3)")
    ap.add_argument("--kinds", help="comma-separated text kinds (default: all present)")
    ap.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    ap.add_argument("--seed", type=int, default=SEED, help="shuffling seed")
    ap.add_argument("--rounds", type=int, default=5,
                    help="alternating rounds of the paired ytekb / ner() row (0 = skip)")
    ap.add_argument("--passes", type=int, default=5,
                    help="steady ytekb passes in its own process; their median is reported (default 5)")
    ap.add_argument("--only", choices=["build", "ytekb", "ner", "spacy", "long", "paired"],
                    help=argparse.SUPPRESS)
    ap.add_argument("--kind", help=argparse.SUPPRESS)
    ap.add_argument("--corpus", help=argparse.SUPPRESS)
    a = ap.parse_args(argv)
    sizes = [int(float(x)) for x in a.long_chars.split(",") if float(x) > 0]

    if a.only == "build":  # child: write the corpus, so the parent never grows
        docs, info = build_kind(a.kind, a)
        with open(a.corpus, "w", encoding="utf-8") as f:
            json.dump(docs, f, ensure_ascii=False)
        print(json.dumps(info, ensure_ascii=False))
        return 0
    if a.only:  # child: measure one side over the corpus file
        with open(a.corpus, encoding="utf-8") as f:
            docs = json.load(f)
        if a.only == "ytekb":
            out = run_ytekb(docs, a.passes)
        elif a.only == "spacy":
            out = run_spacy(docs)
        elif a.only == "long":
            out = run_long(docs, sizes, a.long_rounds)
        elif a.only == "paired":
            out = run_paired(docs, a.rounds, a.ner_sample_kb)
        else:
            out = run_ner(ner_sample(docs, a.ner_sample_kb)[0])
        print(json.dumps(out, ensure_ascii=False))
        return 0

    kinds = a.kinds.split(",") if a.kinds else kinds_present(a)
    common = ["--mb", str(a.mb), "--seed", str(a.seed), "--vietnews", a.vietnews, "--passes", str(a.passes),
              "--real-docs", str(a.real_docs), "--ner-sample-kb", str(a.ner_sample_kb),
              "--long-chars", a.long_chars, "--long-rounds", str(a.long_rounds)]
    result: dict = {"kinds": {}, "python": sys.version.split()[0]}
    tmp = tempfile.mkdtemp(prefix="ytekb-bench-")
    try:
        for kind in kinds:
            path = os.path.join(tmp, f"{kind}.json")
            info = _child(["--only", "build", "--kind", kind, "--corpus", path, *common])
            if "error" in info:
                print(f"building the {kind} text failed:\n{info['error']}", file=sys.stderr)
                return 1
            k = {"info": info}
            for side in ("ytekb", "spacy", "ner"):
                k[side] = _child(["--only", side, "--corpus", path, *common])
            if a.rounds > 0:
                k["paired"] = _child(["--only", "paired", "--rounds", str(a.rounds),
                                      "--corpus", path, *common])
            result["kinds"][kind] = k
        if sizes:
            path = os.path.join(tmp, "long.json")
            info = _child(["--only", "build", "--kind", "long", "--corpus", path, *common])
            long = info if "error" in info else _child(["--only", "long", "--corpus", path, *common])
            result["long"] = {"kind": info.get("kind", "?"), **long}
    finally:
        for name in os.listdir(tmp):
            os.unlink(os.path.join(tmp, name))
        os.rmdir(tmp)
    print(json.dumps(result, ensure_ascii=False) if a.json else report(result))
    failed = any("error" in k[s] for k in result["kinds"].values() for s in ("ytekb", "spacy", "ner"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
