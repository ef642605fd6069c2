"""Robustness sweep (session 37): held-out skip lists, the baomoi reader, and hostile input.

Inputs are written here; the baomoi corpus is a throw-away git repository in a temp dir."""
from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

import pytest
from gitcorpus import corpus_repo

from pipeline.extract import extract
from pipeline.records import Article

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "scripts" / "corpus"))

import baomoi  # noqa: E402
import sweep  # noqa: E402
import vietnews  # noqa: E402

HEALTH = ("Ngày 5/4/2024, Sở Y tế tỉnh Khánh Hòa phối hợp với Bệnh viện Chợ Rẫy khám cho 800 "
          "người dân. Giám đốc Sở Y tế Lê Văn Hòa cho biết đợt khám kéo dài 3 ngày.\n")


@pytest.fixture
def tiny_baomoi(tmp_path: Path) -> dict:
    """vn_news/data/*.txt like magizbox/scraper: four articles, one on a skip list, one a
    byte-identical copy of it; the skipped blob is deleted so reading it would show."""
    repo = tmp_path / "scraper"
    files = {f"vn_news/data/1000000{i}.txt": f"Tin {i}\n{HEALTH}" for i in range(2)}
    files["vn_news/data/20000001.txt"] = "Bài mù\nNỘI DUNG MÙ\n"
    files["vn_news/data/20000002.txt"] = "Bài mù\nNỘI DUNG MÙ\n"
    files["other/30000000.txt"] = "Không phải tin\n"
    corpus_repo(repo, files, drop="vn_news/data/20000001.txt")
    reserved = tmp_path / "reserved.txt"
    reserved.write_text("# none here\n", encoding="utf-8")
    skip = tmp_path / "blind.txt"
    skip.write_text("# blind sets\ndata/val_tokenized/000001.txt.seg\nvn_news/data/20000001.txt\n",
                    encoding="utf-8")
    return {"git_dir": repo / ".git", "reserved": reserved, "skip": skip}


def test_baomoi_reader_skips_a_skip_list_entry_and_its_copy(tiny_baomoi):
    stats = vietnews.ReadStats()
    docs = list(baomoi.iter_docs(tiny_baomoi["git_dir"], reserved_file=tiny_baomoi["reserved"],
                                 skip_files=[tiny_baomoi["skip"]], stats=stats))
    assert [d.name for d in docs] == ["baomoi_10000000", "baomoi_10000001"]
    assert docs[0].title == "Tin 0"
    assert stats.skipped_reserved == 2 and stats.missing == 0


def test_without_the_skip_list_the_blind_blob_would_be_requested(tiny_baomoi):
    stats = vietnews.ReadStats()
    list(baomoi.iter_docs(tiny_baomoi["git_dir"], reserved_file=tiny_baomoi["reserved"], stats=stats))
    assert stats.missing == 2  # both paths: proves the skip test above filtered before reading


def test_sweep_accepts_skip_list_and_baomoi_corpus(tiny_baomoi, tmp_path, capsys):
    out = tmp_path / "report.json"
    code = sweep.main(["--corpus", "baomoi", "--all", "--git-dir", str(tiny_baomoi["git_dir"]),
                       "--reserved", str(tiny_baomoi["reserved"]), "--skip-list",
                       str(tiny_baomoi["skip"]), "--commit", "HEAD", "--json", str(out)])
    assert code == 0
    assert '"articles": 2' in capsys.readouterr().out


def test_held_out_paths_unions_reserved_and_skip_lists(tiny_baomoi):
    paths = vietnews.held_out_paths(tiny_baomoi["reserved"], [tiny_baomoi["skip"]])
    assert paths == {"data/val_tokenized/000001.txt.seg", "vn_news/data/20000001.txt"}


def _checked(text: str) -> tuple[Article, list, list]:
    ex = extract(Article(source="t", title="", text=text, path="t.txt"))
    offsets, surfaces = sweep.check(ex)
    return ex, offsets, surfaces


def test_nfd_input_gets_offsets_into_the_text_it_was_read_as():
    ex, offsets, surfaces = _checked(unicodedata.normalize("NFD", HEALTH))
    assert ex.organizations and not offsets and not surfaces
    assert ex.article.text == HEALTH  # the NFC text the offsets refer to


@pytest.mark.parametrize("text", [
    HEALTH.replace("òa", "oà"),                                   # old-style tone placement
    HEALTH.replace(" ", " \u200b").replace("Bệnh", "\ufeffBệnh"),   # zero-width characters
    "(" * 300 + "“" * 300 + "Bệnh viện Chợ Rẫy" + "”" * 300 + ")" * 300 + ".\n",
    "Sở Y tế, " * 600 + "Bệnh viện.\n",
    " ".join(["Sở", "Giám", "Đốc", "Bệnh", "Viện", "Trần", "Văn", "Hà", "Nội"] * 200) + ".\n",
    ("Sở Y tế Hà Nội phối hợp Bệnh viện Chợ Rẫy khám cho người dân tại xã Tân Phú " * 200),
])
def test_hostile_input_neither_crashes_nor_misplaces_offsets(text):
    _, offsets, surfaces = _checked(text)
    assert not offsets and not surfaces


def test_intervals_cover_and_start_between():
    from extractors.intervals import Intervals
    spans = Intervals([(10, 20), (12, 14), (30, 31), (5, 5)])
    assert 10 in spans and 19 in spans and 15 in spans and 30 in spans
    assert 20 not in spans and 5 not in spans and 29 not in spans and 31 not in spans
    assert spans.starts_between(11, 13) and not spans.starts_between(12, 30)
    assert not spans.starts_between(30, 100)


def test_a_normal_sentence_still_gets_its_cooperation():
    ex = extract(Article(source="t", title="", text="Sở Y tế tỉnh Long An phối hợp với Bệnh viện "
                         "Chợ Rẫy tổ chức khám bệnh cho người cao tuổi.\n", path="t.txt"))
    assert ex.cooperations


def test_intervals_overlap_and_disjoint_selection():
    from extractors.intervals import Disjoint, Intervals
    spans = Intervals([(0, 10), (3, 4), (20, 25)])
    assert spans.overlaps(9, 12) and spans.overlaps(24, 30) and not spans.overlaps(10, 20)
    taken = Disjoint()
    taken.add(10, 20)
    taken.add(0, 5)
    assert taken.overlaps(19, 22) and taken.overlaps(4, 6) and not taken.overlaps(5, 10)
    assert not taken.overlaps(20, 30)


def test_thousands_of_dates_are_each_read():
    """dates._select keeps every one of a long run (its CPU per char at 1× and 4×:
    scripts/bench_hostile.py)."""
    dates = "ngày 12/3/2024, " * 800 + "\n"
    ex = extract(Article(source="t", title="", text=dates, path="t.txt"))
    assert len(ex.dates) == 800


def test_sole_team_owner_prefixes_match_a_filter_of_every_owner():
    """coop_context.TeamOwners.sole_before filtered all owners per bare team (owners x teams);
    the one-pass prefixes must give the same answer at every position and staff."""
    from extractors import coop_context
    owners = [(10, "Bệnh viện A", "Hà Nội", "bác sĩ"), (20, "Bệnh viện A", None, ""),
              (30, "Sở Y tế B", "Huế", "chuyên gia"), (40, "", "Huế", "bác sĩ"),
              (50, "Bệnh viện A", None, "bác sĩ")]

    def brute(k: int, staff: str):
        before = [o for o in owners[:k] if coop_context._may_be(staff, o[3])]
        names = {o[1] for o in before}
        return (before[-1][1], before[-1][2]) if len(names) == 1 and before[-1][1] else None

    for staff in ("", "bác sĩ", "chuyên gia", coop_context._ANY_STAFF):
        got = coop_context._sole_prefixes(owners, staff)
        assert got == [brute(k, staff) for k in range(len(owners) + 1)]
    assert coop_context._sole_prefixes(owners, "bác sĩ")[1] == ("Bệnh viện A", "Hà Nội")
