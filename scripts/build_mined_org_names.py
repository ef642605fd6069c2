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
from extractors.orgs.walker import org_at  # noqa: E402

SOURCE = ROOT / "extractors" / "data" / "corpus" / "org_names.json"
TARGET = ROOT / "extractors" / "data" / "mined_org_names.json"
MIN_COUNT, MIN_DOCS = 20, 10
# the miner's kinds -> the extractor's types
TYPES = {"government": "government", "department": "government", "police": "agency", "agency": "agency",
         "institute": "agency", "court": "agency", "ministry": "ministry", "hospital": "hospital",
         "health_center": "health_center", "center": "health_center", "university": "university"}
STOP = frozenset("""đã đang sẽ vừa cũng cho biết hôm nay đối với và của tại là có được khi để theo thì mà
nhưng hoặc này đó các những khu vực""".split())


def walker_end(name: str) -> int:
    """Where the walker alone ends this name (in its own text)."""
    doc = run(Doc(text=name + " đã họp."), ("textnorm", "sentences", "context"))
    span = org_at(doc, 0, len(name) + 1)
    return span.end if span else 0


def main() -> int:
    data = json.loads(SOURCE.read_text(encoding="utf-8"))
    names = []
    for rec in data["organizations"]:
        name, kind = rec["name"], rec.get("type")
        if rec["count"] < MIN_COUNT or rec["docs"] < MIN_DOCS or kind in ("company", "bank", "airline") \
                or re.search(r"[,;()&]", name) or any(w in STOP for w in name.split()):
            continue
        extra = name[walker_end(name):].split()
        if extra and all(w[:1].islower() for w in extra):
            names.append({"name": name, "type": TYPES.get(kind, "other"), "count": rec["count"],
                          "docs": rec["docs"]})
    out = {
        "_provenance": {
            "source": "extractors/data/corpus/org_names.json (VietNews, reserved files never read; see its _provenance)",
            "builder": "python3 scripts/build_mined_org_names.py",
            "date": date.today().isoformat(),
            "method": f"names with count >= {MIN_COUNT} and docs >= {MIN_DOCS}, no comma/'và'/function word, "
                      "not companies, whose lower-case continuation the organisation walker does not read",
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
