#!/usr/bin/env python3
"""Build extractors/data/mined_org_names.json from the corpus lexicon.

    python3 scripts/build_mined_org_names.py

Input: extractors/data/corpus/org_names.json (organisation names mined from VietNews by
scripts/corpus/build_lexicons.py; see its _provenance). Output: the names the organisation
walker cannot bound by itself, so the extractor can take them whole: names seen 20 times
in 10 articles or more, with no comma, "và" or function word, not a company (a company's
lower-case run starts a longer proper name), that go on in lower case after the point
where the walker stops ("Cục Cảnh sát giao thông": the walker reads "Cục Cảnh sát").
Rebuild after the corpus lexicon or the walker changes.
"""
from __future__ import annotations

import json
import re
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from extractors import run  # noqa: E402
from extractors.doc import Doc  # noqa: E402
from extractors.orgs import known as _known  # noqa: E402
from extractors.orgs.walker import org_at  # noqa: E402
from extractors.tokens import is_vietnamese_syllable  # noqa: E402


SOURCE = ROOT / "extractors" / "data" / "corpus" / "org_names.json"
TARGET = ROOT / "extractors" / "data" / "mined_org_names.json"
MIN_COUNT, MIN_DOCS = 20, 10
# names the walker drops whole (it reads nothing: "Cục Chống [tham nhũng]" is cut after its first
# syllable, "Trung tâm Quản lý [giao thông công cộng]" before its lower-case tail) are taken from a
# lower floor when they are one head, one capitalised word and a lower-case run of two words or more
# ("Cục Chống tham nhũng", "Quỹ Bình ổn giá xăng dầu", "Vụ Chính sách tiền tệ") and the head names a
# body on its own (not "Phòng", "Khoa", "Văn phòng": a unit of a named parent)
SHORT_MIN_COUNT, SHORT_MIN_DOCS = 8, 5
SELF_STANDING = ("Cục", "Tổng cục", "Chi cục", "Vụ", "Trung tâm", "Quỹ", "Viện", "Phân viện", "Ủy ban", "Ban",
                 "Học viện", "Trường", "Trường ĐH", "Trường Đại học", "Đại học", "Hội", "Hiệp hội", "Sở")
# read and dropped: generic boards ("Ban Quản lý dự án" of any investor, a company's "Ban Tổng giám
# đốc", a building's "Ban Quản trị chung cư"), a council's committee that needs its council ("Ban Kinh
# tế ngân sách"), a generic research centre, and prefixes of longer entries ("Cục Quản lý khám [chữa
# bệnh]", "Ủy ban Quản lý vốn [nhà nước]"); names the walker reads whole with their qualifier, which
# a whole take would cut ("Ủy ban An toàn giao thông (ATGT) quốc gia", "Ban an toàn giao thông tỉnh
# Bắc Ninh"); every district's "Trung tâm Giáo dục thường xuyên", named bare as a kind of school; the
# mass organisations' names without their country or level ("[Trung ương] Hội Liên hiệp thanh niên
# [Việt Nam]"), which the walker reads with it
SHORT_DROPPED = frozenset({"Ban Quản lý dự án", "Ban Tổng giám đốc", "Ban Quản trị chung cư", "Ban Kinh tế ngân sách",
                           "Trung tâm Nghiên cứu khoa học", "Cục Quản lý khám", "Ủy ban Quản lý vốn",
                           "Ban An toàn giao thông", "Ủy ban An toàn giao thông", "Trung tâm Giáo dục thường xuyên",
                           "Hội Liên hiệp phụ nữ", "Hội Liên hiệp thanh niên",
                           # every province or district has one: named bare, which is meant is not said
                           "Trung tâm Bảo trợ xã hội", "Trung tâm Công tác xã hội", "Trung tâm Hỗ trợ thanh niên",
                           "Chi cục Thi hành án", "Chi cục Thi hành án dân sự"})
# the miner's kinds -> the extractor's types
TYPES = {"government": "government", "department": "government", "police": "agency", "agency": "agency",
         "institute": "agency", "court": "agency", "ministry": "ministry", "hospital": "hospital",
         "health_center": "health_center", "center": "agency", "university": "university"}
# a police body by its name, whatever the miner's kind ("Sở Cảnh sát phòng cháy chữa cháy")
_POLICE = re.compile(r"Cảnh sát|Công an")
STOP = frozenset("""đã đang sẽ vừa cũng cho biết hôm nay đối với và của tại là có được khi để theo thì mà
nhưng hoặc này đó các những khu vực""".split())


def walker_end(name: str) -> int:
    """Where the walker alone ends this name (in its own text)."""
    doc = run(Doc(text=name + " đã họp."), ("textnorm", "sentences", "context"))
    span = org_at(doc, 0, len(name) + 1)
    return span.end if span else 0


# the names of the first build (2026-12-02, same floors and test): they stay, so a rebuild does not
# depend on the walker of the day: later walker rules read most of them whole before "đã họp.", but
# not before every word ("Cục Văn hóa cơ sở phát động …")
FIRST_BUILD = frozenset({
    "Cục Cảnh sát giao thông",
    "Tổng cục Giáo dục nghề nghiệp",
    "Trung tâm Dự báo khí tượng thủy văn quốc gia",
    "Cục Nghệ thuật biểu diễn",
    "Cục Cảnh sát hình sự",
    "Viện Khoa học hình sự",
    "Cục Văn hóa cơ sở",
    "Bộ Tư lệnh Bộ đội biên phòng",
    "Cục Di sản văn hóa",
    "Viện Nghiên cứu quản lý kinh tế trung ương",
    "Tổng cục Phòng chống thiên tai",
    "Cục Đường thủy nội địa",
    "Viện Vật lý địa cầu",
    "Cục Điều tiết điện lực",
    "Đại học Khoa học tự nhiên",
    "Viện Nghiên cứu phát triển",
    "Bộ Tư lệnh Cảnh sát biển",
    "Cục Sở hữu trí tuệ",
    "Bộ Giáo dục đào tạo",
    "Tổng cục Quản lý đất đai",
    "Trung tâm Nghiên cứu chiến lược quốc tế",
    "Chi cục Bảo vệ môi trường",
    "Trung tâm Phát triển quỹ đất",
    "Cục Cảnh sát phòng chống tội phạm công nghệ cao",
    "Bộ Nông nghiệp - Phát triển nông thôn",
    "Học viện Hành chính quốc gia",
    "Tổng cục Khí tượng thủy văn",
    "Học viện Kỹ thuật quân sự",
    "Tổng cục Tiêu chuẩn đo lường chất lượng",
    "Cục Xúc tiến thương mại",
    "Trung tâm Điều hành chương trình chống ngập nước",
    "Cục Bản quyền tác giả",
    "Cục Kiểm soát hoạt động bảo vệ môi trường",
    "Cục Phòng vệ thương mại",
    "Vụ Giáo dục trung học",
    "Vụ Quản lý doanh nghiệp",
    "Đại học Phòng cháy chữa cháy",
    "Cục Cảnh sát phòng chống tội phạm về môi trường",
    "Viện Nghiên cứu chính sách",
    "Trung tâm Khí tượng thủy văn quốc gia",
    "Hội Doanh nghiệp hàng Việt Nam chất lượng cao",
    "Viện Bảo tồn di tích",
    "Cục Thi hành án dân sự",
    "Văn phòng Ủy ban An toàn giao thông quốc gia",
    "Viện Nghiên cứu chiến lược",
    "Văn phòng Ủy ban Quốc gia Tìm kiếm cứu nạn",
    "Trung tâm Điều độ hệ thống điện quốc gia",
    "Viện Khoa học công nghệ xây dựng",
    "Viện Nghiên cứu phát triển kinh tế",
    "Cục An toàn thông tin",
    "Học viện Khoa học quân sự",
    "Tổng cục Thể dục thể thao",
})


def one_word_then_lower(name: str) -> bool:
    """A self-standing head, one capitalised word, then two lower-case words or more."""
    heads = [h for h in SELF_STANDING if name.startswith(h + " ")]
    if not heads or name in SHORT_DROPPED:
        return False
    rest = name[len(max(heads, key=len)):].split()
    return len(rest) >= 3 and rest[0][:1].isupper() and is_vietnamese_syllable(rest[0]) \
        and all(w[:1].islower() for w in rest[1:])   # not "Trường Gateway [tử vong]": a name, then its predicate


def main() -> int:
    # where the walker ends a name is asked of the walker without this file's own names (it takes
    # them whole once they are in the table, and a rebuild would then drop them all)
    _known.mined_names = lambda: ()
    data = json.loads(SOURCE.read_text(encoding="utf-8"))
    names = []
    for rec in data["organizations"]:
        name, kind = rec["name"], rec.get("type")
        if rec["count"] < SHORT_MIN_COUNT or rec["docs"] < SHORT_MIN_DOCS or kind in ("company", "bank", "airline", "press") \
                or re.search(r"[,;()&.]", name) or any(w in STOP for w in name.split()):
            continue
        frequent = rec["count"] >= MIN_COUNT and rec["docs"] >= MIN_DOCS
        end = walker_end(name)
        extra = name[end:].split()
        if not extra and name not in FIRST_BUILD:
            continue
        if name in FIRST_BUILD or (frequent and end and all(w[:1].islower() for w in extra)) or one_word_then_lower(name):
            typ = "agency" if _POLICE.search(name) else TYPES.get(kind, "other")
            names.append({"name": name, "type": typ, "count": rec["count"],
                          "docs": rec["docs"]})
    out = {
        "_provenance": {
            "source": "extractors/data/corpus/org_names.json (VietNews, reserved files never read; see its _provenance)",
            "builder": "python3 scripts/build_mined_org_names.py",
            "date": date.today().isoformat(),
            "method": f"names with count >= {MIN_COUNT} and docs >= {MIN_DOCS}, no comma/'và'/function word, "
                      "not companies, whose lower-case continuation the organisation walker does not read; "
                      f"and from count >= {SHORT_MIN_COUNT}, docs >= {SHORT_MIN_DOCS}: a self-standing head, one "
                      "capitalised word and a lower-case run the walker does not read whole",
            "entries": len(names),
        },
        "names": sorted(names, key=lambda n: (-n["count"], n["name"])),
    }
    lines = ["{", '  "_provenance": ' + json.dumps(out["_provenance"], ensure_ascii=False) + ",", '  "names": [']
    lines.append(",\n".join("    " + json.dumps(n, ensure_ascii=False) for n in out["names"]))
    lines += ["  ]", "}"]
    TARGET.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(names)} names written to {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
