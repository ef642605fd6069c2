"""extractors.signals: underthesea's NER as a second opinion on names, asked only
when a name is possible at all (real underthesea, real processes)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from extractors import signals

ROOT = Path(__file__).resolve().parents[1]

# windows as officials.py cuts them: a capitalised word after a title, up to 60 chars
NAMED = [
    ("Y Ngông Niê Kdăm, Giám đốc Sở Y tế, cho biết", "Y Ngông Niê Kdăm"),
    ("Lò Văn Púa cho biết bệnh viện", "Lò Văn Púa"),
    ("Kpă Thuyên làm việc với đoàn", "Kpă Thuyên"),
    ("Thào A Lử, Trưởng trạm y tế", "Thào A Lử"),
]
# the second word is lower-case: no name of two capitalised words can start here
UNNAMEABLE = [
    "Vĩnh đã được chuyển về điều trị tại bệnh viện tỉnh",
    "Hiền để đưa ông này đi giám định",
    "Lan đến nhà của bác sĩ Trần Văn Sen ở chung cư",
    "Khoa này khẳng định hôm xảy ra sự cố",
    "Hà.",
    "Nam",
    "",
]


@pytest.mark.parametrize("window,name", NAMED)
def test_names_underthesea_tags_at_the_start(window, name):
    assert signals.tagged_person(window) == name
    assert window.startswith(signals.tagged_person(window))


@pytest.mark.parametrize("window", UNNAMEABLE)
def test_the_cheap_test_only_skips_windows_the_crf_would_not_name(window):
    assert not signals.could_start_name(window)
    assert signals.tagged_person(window) is None
    assert signals.crf_person(window) is None   # asking the CRF gives nothing either


def test_unnameable_windows_never_load_the_model():
    code = ("import sys; from extractors.signals import tagged_person\n"
            f"assert all(tagged_person(w) is None for w in {UNNAMEABLE!r})\n"
            "print('underthesea' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"
