"""The warm-up runs beside the first worker: a worker forked before it ("cold") extracts
meanwhile and sends back what needs the models, which a warm worker then extracts; the
order, the output and the KB stay those of `--jobs 1`."""
from __future__ import annotations

import os
import subprocess
import sys
import time

from conftest import REPO_ROOT
from pipeline.parallel import Cold, Pool

_cold = False     # set in the cold worker only
_loaded = False   # set by the warm-up (in the parent, so in every worker forked after it)


def _load() -> None:
    global _loaded
    time.sleep(1.0)
    _loaded = True


def _refuse() -> None:
    global _cold
    _cold = True


def _task(n: int) -> tuple[int, bool, int]:
    """Every fifth task needs what the warm-up loads."""
    time.sleep(0.005)
    if n % 5 == 0 and not _loaded:
        if _cold:
            raise Cold()
        raise AssertionError("a warm worker without the warm-up")
    return n * n, _cold, os.getpid()


def test_a_cold_worker_works_during_the_warm_up_and_sends_back_what_needs_it_s28():
    pool = Pool(_task, 2, warm=(_load, _refuse))
    results = list(pool.map(range(400)))
    assert all(ok for ok, _ in results)
    assert [value[0] for _, value in results] == [n * n for n in range(400)]
    cold = {n for n, (_, (_, was_cold, _)) in enumerate(results) if was_cold}
    assert cold, "the cold worker extracted nothing during the warm-up"
    assert not any(n % 5 == 0 for n in cold)   # the model's tasks went to warm workers
    assert max(cold) < 399                      # and it retired after the warm-up
    cold_pids = {results[n][1][2] for n in cold}
    assert not cold_pids & {v[2] for n, (_, v) in enumerate(results) if n not in cold}


# (a capitalised run after a title, and "Sở" starts no known name: underthesea is asked)
NEEDS_MODEL = "Giám đốc Sở Y tế, ông Kpă Thuyên, cho biết ngành đã tiêm vắc xin cho 40 trẻ.\n"
PLAIN = ("Sáng 6/3, Bệnh viện Bạch Mai tiếp nhận 12 bệnh nhân. Giám đốc Bệnh viện, ông "
         "Nguyễn Văn An, cho biết các bệnh nhân đã ổn định.\n")


def test_a_cold_worker_refuses_to_load_the_models_and_extracts_the_rest_the_same_s28():
    code = (
        "import json, sys\n"
        "from pipeline.extract import extract, refuse_models\n"
        "from pipeline.contract import to_contract\n"
        "from pipeline.parallel import Cold\n"
        "from pipeline.records import Article\n"
        "def line(text):\n"
        "    a = Article(source='t', title='', text=text, path='a.txt')\n"
        "    return json.dumps(to_contract(extract(a)), ensure_ascii=False)\n"
        "if sys.argv[1] == 'cold':\n"
        "    refuse_models()\n"
        "out = [line(sys.argv[3])]\n"
        "try:\n"
        "    out.append(line(sys.argv[2]))\n"
        "except Cold:\n"
        "    out.append('cold')\n"
        "out.append(str('underthesea' in sys.modules))\n"
        "print(json.dumps(out))\n")
    outs = {}
    for how in ("cold", "warm"):
        res = subprocess.run([sys.executable, "-c", code, how, NEEDS_MODEL, PLAIN],
                             cwd=REPO_ROOT, capture_output=True, text=True, timeout=300)
        assert res.returncode == 0, res.stderr
        outs[how] = res.stdout
    import json

    cold, warm = json.loads(outs["cold"]), json.loads(outs["warm"])
    assert cold[0] == warm[0]                      # a plain document: the same line
    assert cold[1:] == ["cold", "False"]           # the model's document: sent back, unloaded
    assert "Kpă Thuyên" in warm[1] and warm[2] == "True"


def test_a_large_batch_with_documents_that_need_the_models_gives_the_jobs_1_output_s28(
        tmp_path):
    """The model's documents first in line, so the cold worker meets them during the
    warm-up; `--jobs 2` prints what `--jobs 1` prints."""
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(24):
        text = NEEDS_MODEL if i % 4 == 0 else PLAIN
        (folder / f"d{i:02d}.txt").write_text(f"Tin số {i}. {text}", encoding="utf-8")
    code = ("import sys; from pipeline import jobs; jobs.PRELOAD_AT = 1; "
            "from pipeline.cli import main; sys.argv[0] = 'ytekb'; main()")
    outs = {}
    for n in ("1", "2"):
        res = subprocess.run([sys.executable, "-c", code, "extract", "--jobs", n, str(folder)],
                             cwd=tmp_path, capture_output=True, timeout=300,
                             env=dict(os.environ, PYTHONPATH=str(REPO_ROOT), PYTHONHASHSEED="1"),
                             stdin=subprocess.DEVNULL)
        assert res.returncode == 0, res.stderr.decode()
        outs[n] = res.stdout
    assert outs["1"] == outs["2"]
    assert outs["1"].decode().count("Kpă Thuyên") >= 6
