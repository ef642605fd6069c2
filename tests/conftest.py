"""Shared fixtures: paths, a subprocess runner for the real `ytekb` CLI, and one
knowledge base built from the bundled corpus for the read-only tests."""
from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED_DIR = REPO_ROOT.parent / "shared"

# The tests test the tree they live in, whatever the cwd. `python -m pytest` puts the cwd first on
# sys.path (before PYTHONPATH), so run from inside another checkout (a fresh clone in /tmp/kb, an
# older worktree) they imported ITS extractors: stop 34 saw 73 organisation tests fail "from
# /tmp", the same list before and after a change. The tree goes first here, and first on the
# PYTHONPATH the tests' subprocesses inherit.
if sys.path[:1] != [str(REPO_ROOT)]:
    sys.path.insert(0, str(REPO_ROOT))
os.environ["PYTHONPATH"] = os.pathsep.join(
    [str(REPO_ROOT)] + [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep)
                        if p and Path(p).resolve() != REPO_ROOT])
CLI_TIMEOUT = 300  # seconds for one CLI call; the whole corpus run takes far less


@dataclass
class Result:
    """What one CLI call did: exit code and both streams (decoded as UTF-8)."""

    code: int
    stdout: str
    stderr: str
    args: tuple[str, ...] = ()

    def __iter__(self):  # so `code, out, err = ytekb(...)` works
        return iter((self.code, self.stdout, self.stderr))

    def explain(self) -> str:
        return (f"ytekb {' '.join(self.args)} -> exit {self.code}\n"
                f"--- stdout ---\n{self.stdout[-4000:]}\n--- stderr ---\n{self.stderr[-4000:]}")


def ytekb_command() -> list[str]:
    """The installed console script next to the running interpreter, else the module."""
    bindir = Path(sys.executable).parent
    for name in ("ytekb", "ytekb.exe"):
        script = bindir / name
        if script.is_file() and os.access(script, os.X_OK):
            return [str(script)]
    found = shutil.which("ytekb")
    if found and Path(found).parent == bindir:
        return [found]
    return [sys.executable, "-m", "pipeline.cli"]


def run_ytekb(*args: str | os.PathLike, cwd: str | os.PathLike | None = None,
              timeout: float = CLI_TIMEOUT, env: dict[str, str] | None = None) -> Result:
    """Run `ytekb ARGS` in a subprocess; never raises on a non-zero exit."""
    argv = [str(a) for a in args]
    full_env = dict(os.environ)
    full_env.update({"PYTHONIOENCODING": "utf-8", "PYTHONUTF8": "1", "NO_COLOR": "1",
                     "COLUMNS": "200"})
    full_env.update(env or {})
    proc = subprocess.run(ytekb_command() + argv, cwd=str(cwd) if cwd else None,
                          capture_output=True, timeout=timeout, env=full_env,
                          stdin=subprocess.DEVNULL)
    return Result(proc.returncode, proc.stdout.decode("utf-8", "replace"),
                  proc.stderr.decode("utf-8", "replace"), tuple(argv))


# Sample inputs (clean NFC, as the readers store them) shared by the foundation tests.
ARTICLE = (
    "Bệnh viện Bạch Mai hỗ trợ tỉnh Nghệ An phát triển kỹ thuật cao\n"
    "\n"
    "Ngày 12/3/2024, Bệnh viện Bạch Mai đã ký kết thỏa thuận hợp tác với Sở Y tế Nghệ An "
    "nhằm chuyển giao 15 kỹ thuật cho các bệnh viện tuyến tỉnh giai đoạn 2024-2030.\n"
    "Theo PGS.TS. Đào Xuân Cơ, Giám đốc Bệnh viện Bạch Mai, chương trình sẽ đào tạo hơn "
    "200 cán bộ y tế với kinh phí 750 triệu đồng, thực hiện Nghị quyết số 39-NQ/TW ngày "
    "18/7/2023 của Bộ Chính trị.\n"
    "Ông Nguyễn Đức Trung, Chủ tịch Ủy ban nhân dân tỉnh Nghệ An, cảm ơn sự hỗ trợ của "
    "Bộ Y tế và Bệnh viện Bạch Mai."
)

OTHER = (
    "Sở Y tế Thành phố Hồ Chí Minh tăng cường phòng chống sốt xuất huyết\n"
    "\n"
    "Ngày 5/6/2024, Sở Y tế Thành phố Hồ Chí Minh cho biết đã ghi nhận 1.250 ca sốt xuất "
    "huyết, tăng 12,5% so với cùng kỳ. Bệnh viện Bệnh Nhiệt đới tiếp nhận 320 bệnh nhân."
)

BROKEN_HTML = """<html><head><title>Bệnh viện Bạch Mai và Nghệ An</title></head>
<body><div class="article"><p>Ngày 12/3/2024, Bệnh viện Bạch Mai đã ký kết hợp tác với
Sở Y tế Nghệ An nhằm chuyển giao kỹ thuật cho các bệnh viện tuyến tỉnh.
<p>Theo PGS.TS. Đào Xuân Cơ, Giám đốc Bệnh viện Bạch Mai, chương trình sẽ đào tạo hơn
200 cán bộ y tế trong năm 2024.</div></div>
<div><b>Đoàn công tác <i>đã làm việc</b> với lãnh đạo tỉnh.
</span></td>
"""

GOOD_HTML = """<!doctype html>
<html lang="vi"><head><meta charset="utf-8">
<title>Bộ Y tế kiểm tra công tác khám chữa bệnh tại Hà Giang</title>
<meta property="article:published_time" content="2024-04-02T08:15:00+07:00">
</head><body>
<nav><a href="/">Trang chủ</a> | <a href="/suc-khoe">Sức khỏe</a></nav>
<article>
<h1>Bộ Y tế kiểm tra công tác khám chữa bệnh tại Hà Giang</h1>
<p>Ngày 1/4/2024, đoàn công tác của Bộ Y tế do Thứ trưởng Trần Văn Thuấn dẫn đầu đã
kiểm tra công tác khám chữa bệnh tại Bệnh viện Đa khoa tỉnh Hà Giang.</p>
<p>Bệnh viện hiện có 650 giường bệnh và tiếp nhận trung bình 1.200 lượt khám mỗi ngày.
Sở Y tế Hà Giang đề nghị Bộ Y tế hỗ trợ đào tạo nhân lực chuyên sâu.</p>
</article>
<footer>Bản quyền thuộc về Báo Sức khỏe. Liên hệ quảng cáo.</footer>
</body></html>
"""


@pytest.fixture(scope="session")
def samples() -> SimpleNamespace:
    """ARTICLE, OTHER (plain texts), GOOD_HTML and BROKEN_HTML sample inputs."""
    return SimpleNamespace(ARTICLE=ARTICLE, OTHER=OTHER, GOOD_HTML=GOOD_HTML,
                           BROKEN_HTML=BROKEN_HTML)


@pytest.fixture(scope="module")
def small_kb(tmp_path_factory) -> Path:
    """A KB ingested from the two sample texts (copy it before writing to it)."""
    from pipeline import jobs

    folder = tmp_path_factory.mktemp("small_kb")
    for i, text in enumerate((ARTICLE, OTHER)):
        (folder / f"e{i}.txt").write_text(text, encoding="utf-8")
    db = folder / "kb.sqlite"
    assert jobs.load(db, jobs.file_items([folder], "2024-06-01"), "ingest").exit_code == 0
    return db


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO_ROOT


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """`shared/` beside the repository (gold annotations, seed texts); skip if absent."""
    if not (SHARED_DIR / "eval").is_dir():
        pytest.skip(f"no shared eval directory at {SHARED_DIR}")
    return SHARED_DIR


@pytest.fixture(scope="session")
def ytekb_argv() -> list[str]:
    """The argv prefix that starts the CLI (console script, else `python -m pipeline.cli`)."""
    return ytekb_command()


@pytest.fixture(scope="session")
def ytekb():
    """`ytekb(*args, cwd=None, timeout=...) -> Result(code, stdout, stderr)`."""
    return run_ytekb


@pytest.fixture(scope="session")
def corpus_manifest() -> list[dict]:
    import corpus

    entries = list(corpus.manifest())
    assert entries, "corpus.manifest() is empty"
    return entries


@dataclass
class BuiltKB:
    path: Path
    result: Result

    def connect(self) -> sqlite3.Connection:
        """A read-only connection: tests sharing this KB must not change it."""
        conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
        conn.row_factory = sqlite3.Row
        return conn


@pytest.fixture(scope="session")
def corpus_kb(tmp_path_factory) -> BuiltKB:
    """`ytekb run` on the bundled corpus, once per session, into a temporary file."""
    folder = tmp_path_factory.mktemp("corpus_kb")
    path = folder / "kb.sqlite"
    result = run_ytekb("run", "--db", path, cwd=folder)
    assert path.exists(), result.explain()
    return BuiltKB(path, result)


def dump_tables(path: Path, exclude: tuple[str, ...] = ()) -> dict[str, list[tuple]]:
    """Every row of every table (FTS shadow tables included), in a stable order."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        out = {}
        for name in names:
            if name in exclude:
                continue
            cols = [r[1] for r in conn.execute(f'PRAGMA table_info("{name}")')]
            order = ", ".join(f'"{c}"' for c in cols) or "rowid"
            out[name] = conn.execute(f'SELECT * FROM "{name}" ORDER BY {order}').fetchall()
        return out
    finally:
        conn.close()


def copy_db(src: Path, dst: Path) -> Path:
    """A consistent copy of a (WAL-mode) SQLite file via the backup API."""
    source = sqlite3.connect(f"file:{src}?mode=ro", uri=True)
    target = sqlite3.connect(str(dst))
    try:
        source.backup(target)
    finally:
        target.close()
        source.close()
    return dst


@pytest.fixture(scope="session")
def dump_kb():
    """`dump_kb(path, exclude=()) -> {table: rows}` for comparing whole KBs."""
    return dump_tables


@pytest.fixture(scope="session")
def copy_kb():
    """`copy_kb(src, dst) -> dst`: a consistent copy of a KB file."""
    return copy_db
