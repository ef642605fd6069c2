"""Foundation: `ytekb extract --jsonl` prints the evaluation contract and touches no KB."""
from __future__ import annotations

import json
import re
from pathlib import Path


ORG_TYPES = {"hospital", "health_department", "ministry", "government", "party", "agency",
             "university", "health_center", "company", "other"}
COOP_KINDS = {"technology_transfer", "training", "support", "donation", "agreement",
              "exchange", "satellite", "other"}
ISO = re.compile(r"^(\d{4}|XXXX)(-\d{2}(-\d{2})?)?$")
LISTS = ("organizations", "officials", "dates", "legal_documents", "figures", "cooperations")


def _str(value) -> bool:
    return isinstance(value, str) and value.strip() != ""


def _opt_str(value) -> bool:
    return value is None or isinstance(value, str)


def check_contract(obj: dict) -> None:
    """Assert one output object has the shape /work/shared/eval/README.md describes."""
    assert isinstance(obj, dict)
    assert _str(obj.get("document"))
    for key in LISTS:
        assert isinstance(obj.get(key), list), f"{key} must be a list"
    for o in obj["organizations"]:
        assert _str(o.get("name")), o
        assert o.get("type") in ORG_TYPES, o
    for o in obj["officials"]:
        assert _str(o.get("name")) and _str(o.get("title")), o
        assert _opt_str(o.get("organization")), o
        assert isinstance(o.get("honorifics"), list), o
        assert all(isinstance(h, str) for h in o["honorifics"]), o
    for d in obj["dates"]:
        assert _str(d.get("text")), d
        assert isinstance(d.get("start"), str) and ISO.match(d["start"]), d
        assert isinstance(d.get("end"), str) and ISO.match(d["end"]), d
    for d in obj["legal_documents"]:
        assert _str(d.get("text")) and _str(d.get("kind")), d
        for key in ("number", "issued", "issuer"):
            assert key in d and _opt_str(d[key]), d
        if d.get("issued"):
            assert ISO.match(d["issued"]), d
    for f in obj["figures"]:
        assert _str(f.get("text")), f
        assert isinstance(f.get("value"), (int, float)) and not isinstance(f["value"], bool), f
        assert isinstance(f.get("unit"), str), f
    for c in obj["cooperations"]:
        assert _str(c.get("from")) and _str(c.get("to")), c
        assert c.get("kind") in COOP_KINDS, c


def _inputs(samples, tmp_path: Path, corpus_manifest) -> list[Path]:
    import corpus

    folder = tmp_path / "inputs"
    folder.mkdir()
    (folder / "a.txt").write_text(samples.ARTICLE, encoding="utf-8")
    (folder / "b.txt").write_text(" date 2024-06 " + samples.OTHER, encoding="utf-8")
    (folder / "c.html").write_text(samples.GOOD_HTML, encoding="utf-8")
    files = sorted(folder.iterdir())
    files += [corpus.CORPUS_DIR / e["file"] for e in corpus_manifest[:3]]
    return files


def test_extract_prints_one_contract_object_per_file(samples, tmp_path, ytekb, corpus_manifest):
    files = _inputs(samples, tmp_path, corpus_manifest)
    work = tmp_path / "cwd"
    work.mkdir()
    res = ytekb("extract", "--jsonl", *files, cwd=work)
    assert res.code == 0, res.explain()
    assert "Traceback" not in res.stderr
    lines = [line for line in res.stdout.splitlines() if line.strip()]
    assert len(lines) == len(files), res.explain()
    objs = [json.loads(line) for line in lines]
    assert [o["document"] for o in objs] == [f.name for f in files]
    for obj in objs:
        check_contract(obj)
    # It reads and prints; it never creates or touches a knowledge base.
    assert list(work.iterdir()) == [], "extract wrote files in its working directory"
    assert not list(tmp_path.rglob("*.sqlite*"))


def test_extract_reports_unreadable_files_and_goes_on(samples, tmp_path, ytekb):
    good = tmp_path / "good.txt"
    good.write_text(samples.ARTICLE, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    res = ytekb("extract", "--jsonl", empty, good, cwd=tmp_path)
    assert res.code == 1, res.explain()
    assert "Traceback" not in res.stderr
    assert any("empty.txt" in line and "error" in line.lower()
               for line in res.stderr.splitlines()), res.explain()
    lines = [line for line in res.stdout.splitlines() if line.strip()]
    assert [json.loads(line)["document"] for line in lines] == ["good.txt"]
    assert not list(tmp_path.rglob("*.sqlite*")) and not (tmp_path / "outputs").exists()
