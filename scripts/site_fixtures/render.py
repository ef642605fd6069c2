"""Render the fixture web sites in each site's real markup (see scrapers/adapters/*).

    python scripts/site_fixtures/render.py

Writes corpus/sites/{host}/ (the bundled corpus: articles.json, whose texts are the
corpus's own) and tests/data/sites/{host}/ (the big outlets and a VNPT portal:
outlets.json), then updates corpus/manifest.json (file, url, body_must_not_contain)
and writes tests/data/sites/expect.json. The markup of each site follows the evidence
named in its adapter's docstring: containers, class names, data-role attributes, meta
tags, related-news boxes inside the body, URL, listing, pagination, feed and sitemap
schemes. Texts are ours. Run it again after changing a template; the output is
deterministic.
"""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
CORPUS = REPO / "corpus"
TEST_SITES = REPO / "tests" / "data" / "sites"
sys.path.insert(0, str(HERE))
from common import write  # noqa: E402
from layouts import SITES  # noqa: E402


# ---- the run --------------------------------------------------------------------------------

def main() -> int:
    corpus = json.loads((HERE / "articles.json").read_text(encoding="utf-8"))
    outlets = json.loads((HERE / "outlets.json").read_text(encoding="utf-8"))
    by_host: dict[str, list[dict]] = {}
    for a in corpus + outlets:
        by_host.setdefault(a["host"], []).append(a)
    for host, items in by_host.items():
        root = (CORPUS / "sites" if host in {a["host"] for a in corpus} else TEST_SITES) / host
        if root.exists():
            shutil.rmtree(root)
        site = SITES[host]
        items.sort(key=lambda a: a["published"], reverse=True)
        for a in items:
            write(root, a["path"], site.article(a))
        for path, text in site.extras(items).items():
            write(root, path, text)
    _manifest(corpus)
    _expect(outlets)
    return 0


def _manifest(corpus: list[dict]) -> None:
    path = CORPUS / "manifest.json"
    entries = json.loads(path.read_text(encoding="utf-8"))
    by_title = {a["title"]: a for a in corpus}
    for entry in entries:
        a = by_title[entry["title"]]
        site = SITES[a["host"]]
        entry["url"] = f"https://{a['host']}{a['path']}"
        entry["published"] = a["published"]
        rel = a["path"].lstrip("/")
        entry["file"] = f"sites/{a['host']}/{rel}" + ("index.html" if rel.endswith("/") else "")
        keep = [x for x in entry["expect"]["body_must_not_contain"]
                if x not in a["related"] and x not in site.chrome_lines(a)]
        entry["expect"]["body_must_not_contain"] = keep + a["related"] + site.chrome_lines(a)
    path.write_text(json.dumps(entries, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def _expect(outlets: list[dict]) -> None:
    out = []
    for a in outlets:
        site = SITES[a["host"]]
        body = [t for k, t in a["blocks"] if k == "p"]
        out.append({"host": a["host"], "url": f"https://{a['host']}{a['path']}",
                    "source": a["source"], "adapter": site.adapter, "title": a["title"],
                    "published": a["published"], "skip": bool(a.get("video")),
                    "body_must_contain": body[:1] + body[-1:],
                    "body_must_not_contain": a.get("related", []) + site.chrome_lines(a)})
    (TEST_SITES / "expect.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n",
                                           encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
