"""The corpus tools (scripts/corpus): text rebuilding, the held-out skip, lexicon files.

Everything here runs on small self-written inputs (a throw-away git repository built in
a temp dir); the few checks that need the real VietNews mirror or ../shared skip cleanly
when those are absent.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest
from gitcorpus import corpus_repo

REPO = Path(__file__).resolve().parents[1]
CORPUS_SCRIPTS = REPO / "scripts" / "corpus"
sys.path.insert(0, str(CORPUS_SCRIPTS))

import build_lexicons  # noqa: E402
import lexfile  # noqa: E402
import org_recall  # noqa: E402
import segtokens  # noqa: E402
import sweep  # noqa: E402
import vietnews  # noqa: E402

LEXICON_DIR = REPO / "extractors" / "data" / "corpus"
BUILD_TEXTS = REPO.parent / "shared" / "eval" / "real" / "build_texts.py"

SEGMENTED = ("Thủ_tướng thăm Bệnh_viện Bạch_Mai ( Hà_Nội ) , nơi có 1.000 giường .\n"
             "\n\n\n"
             "Ông Nguyễn_Văn_An , Giám_đốc Sở Y_tế , nói : “ Chúng_tôi đã sẵn_sàng ” …\n")


# ---------------------------------------------------------------- rebuilding text

def test_detokenize_joins_words_and_attaches_punctuation():
    text = vietnews.detokenize(SEGMENTED)
    assert text == ("Thủ tướng thăm Bệnh viện Bạch Mai (Hà Nội), nơi có 1.000 giường.\n\n"
                    "Ông Nguyễn Văn An, Giám đốc Sở Y tế, nói: “Chúng tôi đã sẵn sàng”…\n")


@pytest.mark.skipif(not BUILD_TEXTS.exists(), reason="../shared/eval/real/build_texts.py absent")
def test_detokenize_matches_build_texts_exactly():
    """Offsets in .eval/real refer to build_texts.py's text: ours must be the same text."""
    spec = importlib.util.spec_from_file_location("build_texts", BUILD_TEXTS)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for seg in (SEGMENTED, "a_b  ,  c\n\n\n\nd ( e ) [ f ] 5 %", "  x_y \n"):
        assert vietnews.detokenize(seg) == module.detokenize(seg)


def test_health_filter_counts_cues_in_segmented_or_rebuilt_text():
    seg = "Bệnh_viện tỉnh và Sở Y_tế ; bác_sĩ của bệnh_viện ; ngành y_tế"
    assert vietnews.health_hits(seg) == vietnews.health_hits(vietnews.detokenize(seg)) == 5
    assert vietnews.is_health(seg, min_hits=5)
    assert not vietnews.is_health("Đội tuyển bóng_đá thắng 2 - 0 .", min_hits=1)


# ---------------------------------------------------------------- held-out files

@pytest.fixture
def tiny_corpus(tmp_path: Path) -> dict:
    """A git repo laid out like VietNews: 8 articles, one held out, one byte-identical
    copy of it under another name, and the held-out blob deleted from the object store
    (so reading it would be noticed as a missing object)."""
    repo = tmp_path / "vietnews"
    files = {}
    for i in range(6):
        files[f"data/train_tokenized/00000{i}.txt.seg"] = (
            f"Tin số {i}\n\nBệnh_nhân được chuyển đến Bệnh_viện Chợ_Rẫy . "
            f"Bệnh_viện Chợ_Rẫy cho_biết ca {i} ổn_định .\n"
            f"Ông Trần_Văn_Bình , Giám_đốc Sở Y_tế tỉnh Long_An , dự họp .\n")
    secret = "Bài giữ lại\n\nNỘI_DUNG_GIỮ_LẠI không được đọc .\n"
    files["data/val_tokenized/000009.txt.seg"] = secret
    files["data/test_tokenized/000010.txt.seg"] = secret  # same content, other path
    commit = corpus_repo(repo, files, drop="data/val_tokenized/000009.txt.seg")
    reserved = tmp_path / "reserved.txt"
    reserved.write_text("# held out\ndata/val_tokenized/000009.txt.seg\n", encoding="utf-8")
    return {"git_dir": repo / ".git", "commit": commit, "reserved": reserved}


def test_reserved_files_and_their_copies_are_never_read(tiny_corpus):
    stats = vietnews.ReadStats()
    docs = list(vietnews.iter_docs(tiny_corpus["git_dir"], commit=tiny_corpus["commit"],
                                   reserved_file=tiny_corpus["reserved"], stats=stats))
    paths = {d.path for d in docs}
    assert len(docs) == 6
    assert "data/val_tokenized/000009.txt.seg" not in paths
    assert "data/test_tokenized/000010.txt.seg" not in paths  # identical copy, other name
    assert not any("GIỮ_LẠI" in d.seg for d in docs)
    assert stats.skipped_reserved == 2
    assert stats.missing == 0  # the deleted held-out blob was never even requested


def test_reading_without_the_held_out_list_is_refused(tiny_corpus, tmp_path):
    with pytest.raises(vietnews.CorpusError, match="reserved list not found"):
        list(vietnews.iter_docs(tiny_corpus["git_dir"], commit=tiny_corpus["commit"],
                                reserved_file=tmp_path / "nope.txt"))


def test_show_refuses_a_reserved_article(tiny_corpus, capsys):
    code = vietnews.main(["show", "data/val_tokenized/000009.txt.seg", "--git-dir",
                          str(tiny_corpus["git_dir"]), "--reserved", str(tiny_corpus["reserved"]),
                          "--commit", tiny_corpus["commit"]])
    assert code == 2
    assert "held out" in capsys.readouterr().err


def test_missing_git_dir_is_one_clear_error(tmp_path):
    with pytest.raises(vietnews.CorpusError, match="no VietNews git directory"):
        vietnews.list_blobs(tmp_path / "absent")


@pytest.mark.skipif(not vietnews.DEFAULT_GIT_DIR.exists() or not vietnews.RESERVED_FILE.exists(),
                    reason="VietNews mirror or ../shared reserved list absent")
def test_real_corpus_plan_excludes_every_reserved_path():
    reserved = vietnews.reserved_paths()
    blobs = vietnews.list_blobs()
    held = {sha for path, sha in blobs if path in reserved}
    kept = vietnews.plan(blobs, reserved)
    assert len(held) >= 30
    assert not {p for p, _ in kept} & reserved
    assert not {sha for _, sha in kept} & held


# ---------------------------------------------------------------- lexicons

def _build(tiny_corpus, out: Path) -> dict[str, Path]:
    args = argparse.Namespace(git_dir=tiny_corpus["git_dir"], reserved=tiny_corpus["reserved"],
                              commit=tiny_corpus["commit"], out=out, limit=None,
                              splits="train,val,test", date="2000-01-01", progress=False,
                              save_state=None, load_state=None)
    return build_lexicons.build(args)


def test_lexicon_build_is_deterministic_and_mines_names(tiny_corpus, tmp_path):
    first = _build(tiny_corpus, tmp_path / "a")
    second = _build(tiny_corpus, tmp_path / "b")
    assert set(first) == {"org_names", "org_heads", "hospital_short_forms", "official_titles",
                          "person_names"}
    for name in first:
        assert first[name].read_bytes() == second[name].read_bytes(), name
        assert lexfile.check(json.loads(first[name].read_text(encoding="utf-8"))) == [], name
    orgs = json.loads(first["org_names"].read_text(encoding="utf-8"))
    names = {o["name"]: o for o in orgs["organizations"]}
    assert names["Bệnh viện Chợ Rẫy"]["count"] == 12 and names["Bệnh viện Chợ Rẫy"]["docs"] == 6
    assert "Sở Y tế tỉnh Long An" in names
    assert orgs["_provenance"]["source"]["articles_read"] == 6
    assert orgs["_provenance"]["source"]["commit"] == tiny_corpus["commit"]
    assert all("GIỮ" not in p.read_text(encoding="utf-8") for p in first.values())


LEXICONS = sorted(LEXICON_DIR.glob("*.json")) if LEXICON_DIR.exists() else []


@pytest.mark.skipif(not LEXICONS, reason="no corpus lexicons built yet")
@pytest.mark.parametrize("path", LEXICONS, ids=lambda p: p.name)
def test_committed_lexicons_carry_provenance_and_counts(path: Path):
    data = json.loads(path.read_text(encoding="utf-8"))
    assert lexfile.check(data) == []
    head = data["_provenance"]
    assert head["source"]["commit"] == vietnews.COMMIT
    assert head["source"]["articles_read"] > 100_000
    assert head["builder"].endswith("build_lexicons.py")
    assert head["method"] and head["thresholds"]
    assert any(data[k] for k in data if k != "_provenance")


def test_lexfile_check_reports_missing_header_and_wrong_counts():
    assert lexfile.check({"entries": []}) == ["no _provenance header"]
    header = lexfile.provenance("x", commit="c", date="d", method=["m"], thresholds={},
                                cleaning=[], counts={"entries": 2}, articles=1)
    problems = lexfile.check(json.loads(lexfile.dumps(header, {"entries": [{"a": 1}]})))
    assert problems == ["counts.entries = 2 but 1 entries"]


# ---------------------------------------------------------------- sweep and org recall

def test_sweep_check_flags_a_span_that_does_not_hold_its_surface():
    from pipeline.extract import extract
    from pipeline.records import Article
    article = Article(source="t", title="", text="Ông Lê Văn Tám, Giám đốc Sở Y tế Hà Nội, đến.",
                      path="t.txt")
    ex = extract(article)
    assert ex.organizations
    assert sweep.check(ex) == ([], [])
    ex.organizations[0].start += 1
    offsets, surfaces = sweep.check(ex)
    assert offsets == [] and surfaces and surfaces[0]["kind"] == "organizations"
    ex.organizations[0].end = len(article.text) + 5
    assert sweep.check(ex)[0][0]["problem"] == "span or sentence out of range"


def test_org_recall_rebuilds_sentences_with_gold_character_spans():
    words = ["Giám", "đốc", "Sở", "Y", "tế", "(", "SYT", ")", "Hà", "Nội", "nói", ":", "ổn", "."]
    tags = ["O", "O", "B-ORGANIZATION", "I-ORGANIZATION", "I-ORGANIZATION", "O",
            "B-ORGANIZATION", "O", "B-LOCATION", "I-LOCATION", "O", "O", "O", "O"]
    s = org_recall.rebuild(words, tags)
    assert s.text == "Giám đốc Sở Y tế (SYT) Hà Nội nói: ổn."
    assert [s.text[a:b] for a, b in s.orgs] == ["Sở Y tế", "SYT"]
    assert [s.text[a:b] for a, b in s.locations] == ["Hà Nội"]
    doc = org_recall.documents([s, s], join=2)[0]
    assert [doc.text[a:b] for a, b in doc.orgs] == ["Sở Y tế", "SYT"] * 2
    assert org_recall.head_of("Sở Y tế Hà Nội") == "Sở"
    assert org_recall.head_of("WHO") == "<acronym>"
    names = {"bệnh viện bạch mai", "who"}
    assert org_recall.covered_by("Khoa Nhi, Bệnh viện Bạch Mai", names)
    assert not org_recall.covered_by("Bệnh viện Bạch", names)


def test_org_recall_drops_invisible_characters_as_the_reader_does():
    # the reader drops zero-width spaces, so gold spans are counted on text without them
    s = org_recall.rebuild(["Bệnh", "viện", "V\u200biệt", "Đức", "quá", "tải", "."],
                           ["B-ORGANIZATION", "I-ORGANIZATION", "I-ORGANIZATION", "I-ORGANIZATION", "O", "O", "O"])
    assert s.text == "Bệnh viện Việt Đức quá tải."
    assert [s.text[a:b] for a, b in s.orgs] == ["Bệnh viện Việt Đức"]


def test_org_recall_refuses_the_held_out_test_split(tmp_path):
    with pytest.raises(SystemExit, match="held out"):
        org_recall.read_split(tmp_path, "test")


def test_segmented_person_names_are_one_word():
    sent = segtokens.sentence("Ông Nguyễn_Xuân_Phúc thăm Bệnh_viện Bạch_Mai".split())
    assert sent.syls[:4] == ["Ông", "Nguyễn", "Xuân", "Phúc"]
    assert sent.flags[:5] == "|@..|"
    assert segtokens.looks_vietnamese_person("Tô_Lâm")
    assert not segtokens.looks_vietnamese_person("Hà_Nội")  # Hà is a surname, Hà Nội a city


@pytest.mark.parametrize("script", ["vietnews", "concordance", "freq", "build_lexicons", "sweep",
                                    "org_recall"])
def test_every_corpus_script_answers_help(script):
    out = subprocess.run([sys.executable, str(CORPUS_SCRIPTS / f"{script}.py"), "--help"],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "usage:" in out.stdout
