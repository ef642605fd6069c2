"""Speed work of stop 21 moves work out of the single parent process; what users
depend on must not move with it: `ytekb extract` prints the same lines, errors
included, whether the JSON is made inline or in worker processes."""
from __future__ import annotations

import json
from pathlib import Path

from pipeline import jobs
from pipeline.contract import to_contract

TEXTS = {
    "a.txt": "Ngày 12/3/2024, Sở Y tế tỉnh Nghệ An tổ chức hội nghị tổng kết công tác "
             "phòng chống dịch. Ông Nguyễn Văn Hùng, Giám đốc Sở Y tế, chủ trì hội nghị.\n",
    "b.txt": "Bệnh viện Đa khoa tỉnh Quảng Ninh đã tiếp nhận 25 ca sốt xuất huyết trong "
             "tuần qua, tăng 10 ca so với tuần trước.\n",
}


def _folder(tmp_path: Path) -> list[Path]:
    paths = []
    for name, text in TEXTS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(tmp_path / name)
    return paths + [tmp_path / "missing.txt"]


def test_lines_match_the_contract_inline_and_in_workers(tmp_path: Path) -> None:
    paths = _folder(tmp_path)
    expected = [json.dumps(to_contract(out.extraction), ensure_ascii=False)
                if out.extraction else None for out in jobs.extract_files(paths)]
    assert expected[0] and expected[1] and expected[2] is None
    for n in (1, 2):
        got = list(jobs.extract_files(paths, jobs=n, lines=True))
        assert [o.line for o in got] == expected
        assert got[2].error and got[2].extraction is None
        assert all(o.extraction is None for o in got)   # the records stay where they were made


def test_invisible_characters_still_go_and_plain_text_is_kept() -> None:
    from pipeline.readers import clean_text, strip_invisible

    plain = "Bệnh viện Việt Đức tiếp nhận 12 bệnh nhân.\n"
    assert strip_invisible(plain) == plain
    assert strip_invisible("V\u200biệt Đ\u00adức\ufeff") == "Việt Đức"
    assert clean_text("\ufeffSở Y tế\u200b Hà Nội  \r\nhọp\u2060 báo\r\n") == "Sở Y tế Hà Nội\nhọp báo"
