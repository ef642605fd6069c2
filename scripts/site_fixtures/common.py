"""Helpers shared by the fixture-site templates: escaping, dates, slugs, URL schemes."""
from __future__ import annotations

import hashlib
import unicodedata
from datetime import datetime
from email.utils import format_datetime
from html import escape
from pathlib import Path

WEEKDAYS = ("Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật")


# ---- small helpers ------------------------------------------------------------------------

def e(text: str) -> str:
    return escape(text, quote=True)


def when(a: dict) -> datetime:
    return datetime.fromisoformat(a["published"])


def dmy_hm(a: dict) -> str:
    return when(a).strftime("%d/%m/%Y %H:%M")


def weekday(a: dict) -> str:
    return WEEKDAYS[when(a).weekday()]


def rfc822(a: dict) -> str:
    return format_datetime(when(a))


def slug(title: str) -> str:
    text = unicodedata.normalize("NFD", title.replace("đ", "d").replace("Đ", "D"))
    text = "".join(c for c in text if unicodedata.category(c) != "Mn").lower()
    out = "".join(c if c.isalnum() else "-" for c in text)
    return "-".join(p for p in out.split("-") if p)


def digits(seed: str, n: int) -> str:
    return str(int(hashlib.sha1(seed.encode()).hexdigest(), 16))[-n:].rjust(n, "1")


def query_name(query: str) -> str:
    """File-name form of a query string (tests/sites.py looks for the same)."""
    safe = "".join(c if c.isalnum() or c in "-_.=" else "_" for c in query)
    return safe if len(safe) <= 120 else "q" + hashlib.sha1(query.encode()).hexdigest()[:16]


def write(root: Path, path: str, text: str) -> None:
    """URL path -> file: '/a/' -> a/index.html; '/a?q' -> a__q (tests/sites.py serves both)."""
    rel, _, query = path.lstrip("/").partition("?")
    if query:
        rel += "__" + query_name(query)
    elif not rel or rel.endswith("/"):
        rel += "index.html"
    target = root / rel
    if target.is_dir():
        target = target / "index.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")


def paragraphs(blocks: list, photo, extra: dict[int, str] | None = None, p_attr: str = "") -> str:
    """Body blocks as HTML; `photo(caption)` renders a caption block; `extra[i]` goes after block i."""
    out = []
    for i, (kind, text) in enumerate(blocks):
        if kind == "caption":
            out.append(photo(text))
        elif kind in ("h2", "h3"):
            out.append(f"<{kind}>{e(text)}</{kind}>")
        else:
            out.append(f"<p{p_attr}>{e(text)}</p>")
        if extra and i in extra:
            out.append(extra[i])
    return "\n".join(out)


# ---- per-site URL schemes for headlines that are not in the corpus (sidebars, related) ----

def other_url(host: str, title: str) -> str:
    s, seed = slug(title), host + title
    return {
        "suckhoedoisong.vn": f"/{s}-169{digits(seed, 15)}.htm",
        "tuoitre.vn": f"/{s}-2025{digits(seed, 13)}.htm",
        "thanhnien.vn": f"/{s}-185{digits(seed, 15)}.htm",
        "dantri.com.vn": f"/suc-khoe/{s}-2025{digits(seed, 13)}.htm",
        "vnexpress.net": f"/{s}-4{digits(seed, 6)}.html",
        "moh.gov.vn": f"/tin-tong-hop/-/asset_publisher/k206Q9qkZOqn/content/{s}",
        "soyte.hanoi.gov.vn": f"/tin-tuc-su-kien/{s}-2849{digits(seed, 14)}.htm",
        "medinet.hochiminhcity.gov.vn": f"/chuyen-muc/{s}-cmobile1862-{digits(seed, 5)}.aspx",
        "syt.nghean.gov.vn": f"/tin-noi-bat/{s}-{digits(seed, 6)}",
        "ninhbinh.gov.vn": f"/{s}-{digits(seed, 5)}",
        "baobackan.com.vn": f"/{s}-post{digits(seed, 5)}.html",
    }[host]


def links(host: str, titles: list[str], fmt: str) -> str:
    return "\n".join(fmt.format(url=e(f"https://{host}{other_url(host, t)}"), title=e(t))
                     for t in titles)
