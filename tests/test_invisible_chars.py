"""Invisible format characters inside words (zero-width space, soft hyphen, a stray BOM)
are dropped when a text is read, so a name split by one is still found whole."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from pipeline.readers import clean_text

REPO = Path(__file__).resolve().parents[1]


def test_clean_text_drops_invisible_format_characters():
    raw = "\ufeffBệnh viện Hữu nghị V\u200biệt Đức\r\nkhám cho 1.2\u00ad00 người\u2060.\n"
    assert clean_text(raw) == "Bệnh viện Hữu nghị Việt Đức\nkhám cho 1.200 người."


def test_a_name_split_by_a_zero_width_space_is_found_whole(tmp_path):
    path = tmp_path / "zw.txt"
    path.write_text("Hỗ trợ tuyến dưới\n\nBệnh viện Hữu nghị V\u200biệt Đức đã chuyển giao kỹ thuật "
                    "cho Bệnh viện Đa khoa tỉnh Lào Cai.\n", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "pipeline.cli", "extract", "--jsonl", str(path)],
                         cwd=REPO, capture_output=True, text=True, check=True).stdout
    record = json.loads(out)
    names = {o["name"] for o in record["organizations"]}
    assert "Bệnh viện Hữu nghị Việt Đức" in names
    assert not any(n.endswith(" V") for n in names)
