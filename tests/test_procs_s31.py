"""Process costs (session 31): a short `ytekb extract` compiles only the patterns it
uses; a batch on several workers compiles the rest once, before forking; lazily
compiled patterns match as `re.compile` does."""
from __future__ import annotations

import re
import subprocess
import sys

from conftest import REPO_ROOT
from extractors.lazy import LazyPattern, compile_all, lazy_compile

SENTENCE = "Sở Y tế Nghệ An ký kết hợp tác với Bệnh viện Bạch Mai ngày 12/3/2024."


def test_a_lazy_pattern_matches_as_the_compiled_one_s31():
    source = r"(?P<org>[Bb]ệnh viện)\s+(\w+(?:\s+[A-ZĐ]\w*)*)"
    lazy, eager = lazy_compile(source, re.IGNORECASE), re.compile(source, re.IGNORECASE)
    assert lazy.pattern == source and "_compiled" not in lazy.__dict__   # not compiled yet
    assert lazy.search(SENTENCE).span() == eager.search(SENTENCE).span()
    assert [m.group(2) for m in lazy.finditer(SENTENCE)] == ["Bạch Mai ngày"]   # (IGNORECASE)
    assert lazy.sub("BV", SENTENCE) == eager.sub("BV", SENTENCE)
    assert lazy.match(SENTENCE) is None and lazy.fullmatch("bệnh viện Bạch Mai")
    assert lazy.split(SENTENCE) == eager.split(SENTENCE)
    assert lazy.findall(SENTENCE) == eager.findall(SENTENCE)
    assert (lazy.groups, lazy.groupindex, lazy.flags) == (eager.groups, eager.groupindex, eager.flags)
    # once compiled, its methods are the pattern's own (no extra call on the way)
    assert lazy.search.__self__ is lazy.compiled()


def test_compile_all_compiles_what_no_document_used_s31():
    pattern = lazy_compile(r"Bộ\s+Y\s+tế")
    assert isinstance(pattern, LazyPattern) and "_compiled" not in pattern.__dict__
    compile_all()
    assert "_compiled" in pattern.__dict__
    assert pattern.search("Lãnh đạo Bộ Y tế cho biết").group() == "Bộ Y tế"


def _run(code: str) -> str:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, cwd=REPO_ROOT).stdout.strip()


def test_a_short_extract_leaves_the_large_patterns_it_does_not_need_uncompiled_s31():
    # a sentence with no legal document: the law titles' pattern (the largest) stays source
    code = (
        "from pipeline import cli, jobs\n"
        "from pipeline.extract import extract\n"
        "from pipeline.records import Article\n"
        "from extractors import legal\n"
        "text = 'Sở Y tế Nghệ An tổ chức hội nghị ngày 12/3/2024.'\n"
        "out = extract(Article(source='file', title='', text=text))\n"
        "assert [o.name for o in out.organizations] == ['Sở Y tế Nghệ An'], out\n"
        "print('_compiled' in legal._LAW_TITLES.__dict__)\n")
    assert _run(code) == "False"


def test_the_warm_up_compiles_every_lazy_pattern_for_the_workers_forked_after_it_s31(tmp_path):
    (tmp_path / "a.txt").write_text(SENTENCE + "\n", encoding="utf-8")
    code = (
        "from pipeline import jobs\n"
        "from extractors import lazy, legal\n"
        f"items = list(jobs._warm_up(jobs.file_items([{str(tmp_path)!r}]), 5.0))\n"
        "assert [i.label.rsplit('/', 1)[-1] for i in items] == ['a.txt']\n"
        "jobs._load_models()   # (in the pool's thread, beside the first worker)\n"
        "print('_compiled' in legal._LAW_TITLES.__dict__, len(lazy._pending))\n")
    assert _run(code) == "True 0"


def test_a_large_batch_on_two_workers_prints_what_one_process_prints_s31(tmp_path):
    # from PRELOAD_AT documents the parent warms up, then loads the rest beside the first worker
    folder = tmp_path / "in"
    folder.mkdir()
    lines = [SENTENCE, "Sáng 6/3, Bệnh viện Bạch Mai tiếp nhận 12 bệnh nhân theo Quyết định số "
             "123/QĐ-BYT của Bộ Y tế.", "Ông Nguyễn Văn An, Giám đốc Sở Y tế Hà Nội, cho biết."]
    for i in range(12):
        (folder / f"d{i:02d}.txt").write_text(f"Tin {i}. {lines[i % 3]}\n", encoding="utf-8")
    code = ("import sys; from pipeline import jobs; jobs.PRELOAD_AT = 4\n"
            "from pipeline.cli import main; sys.argv[0] = 'ytekb'; main()")
    out = {n: subprocess.run([sys.executable, "-c", code, "extract", "--jobs", n, str(folder)],
                             capture_output=True, cwd=REPO_ROOT, check=True).stdout
           for n in ("1", "2")}
    assert out["1"] == out["2"] and out["1"].count(b"\n") == 12
