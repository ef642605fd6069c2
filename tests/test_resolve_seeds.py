"""Acceptance: ingest ../shared/corpus/seeds and check the issue's "Done when"
items through `ytekb entity`. Skips when the shared corpus is not beside the repo.
(Depends on what the extractors emit for the seed articles.)"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.resolve import index, overrides

SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "seeds"


@pytest.fixture(scope="module")
def kb(tmp_path_factory) -> Path:
    files = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []
    if not files:
        pytest.skip(f"no seed corpus at {SEEDS}")
    index.forget()
    overrides.set_path(None)
    path = tmp_path_factory.mktemp("seeds") / "kb.sqlite"
    res = CliRunner().invoke(main, ["ingest", "--db", str(path), *map(str, files)])
    assert res.exit_code == 0, res.output
    yield path
    index.forget()


def entity(kb: Path, name: str) -> dict:
    res = CliRunner().invoke(main, ["entity", name, "--db", str(kb), "--format", "json"])
    assert res.exit_code == 0, res.output
    return json.loads(res.output)


def test_general_hospital_of_nghe_an(kb: Path) -> None:
    e = entity(kb, "Bệnh viện Đa khoa tỉnh Nghệ An")
    assert e["name"] == "Bệnh viện Hữu nghị Đa khoa Nghệ An"
    assert "Bệnh viện Đa khoa tỉnh Nghệ An" in e["aliases"]


def test_nguyen_thi_hong_hoa_has_both_positions(kb: Path) -> None:
    e = entity(kb, "Nguyễn Thị Hồng Hoa")
    orgs = {p["organization"] for p in e["positions"]}
    assert "Sở Y tế Nghệ An" in orgs
    assert orgs & {"Ban Tuyên giáo Tỉnh ủy Nghệ An", "Tỉnh ủy Nghệ An"}
    assert {p["first_seen"][:7] for p in e["positions"]} >= {"2024-08", "2024-10"}


def test_health_departments(kb: Path) -> None:
    assert entity(kb, "Sở Y tế TP.HCM")["name"] == "Sở Y tế Thành phố Hồ Chí Minh"
    assert entity(kb, "Sở Y tế TPHCM")["name"] == "Sở Y tế Thành phố Hồ Chí Minh"
    assert entity(kb, "Sở Y tế Hà Nội")["id"] != entity(kb, "Sở Y tế Nghệ An")["id"]


def test_bac_kan_is_now_part_of_thai_nguyen(kb: Path) -> None:
    e = entity(kb, "Bắc Kạn")
    assert e["type"] == "province"
    assert (e["province"], e["province_now"]) == ("Bắc Kạn", "Thái Nguyên")
