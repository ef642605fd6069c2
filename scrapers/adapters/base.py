"""What a site adapter returns, and the shared HTML helpers adapters use."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from bs4 import BeautifulSoup

from ..htmlsafe import bounded


@dataclass
class ParsedPage:
    title: str
    text: str
    published: str | None
    canonical_url: str | None
    adapter: str
    warnings: list[str] = field(default_factory=list)
    # Set when the page is recognised but holds no article text (a video or photo page,
    # or only footer/navigation): the crawl skips it with this reason instead of storing it.
    skip: str | None = None


def soup_of(html: str) -> BeautifulSoup:
    """lxml tolerates broken markup; fall back to the stdlib parser if it chokes."""
    html = bounded(html)  # flatten hostile nesting first (scrapers/htmlsafe.py)
    try:
        return BeautifulSoup(html, "lxml")
    except Exception:  # pragma: no cover - lxml missing or crashed
        return BeautifulSoup(html, "html.parser")


def canonical(soup: BeautifulSoup) -> str | None:
    link = soup.find("link", rel=lambda v: v and "canonical" in v)
    if link and link.get("href"):
        return link["href"].strip()
    og = soup.find("meta", property="og:url")
    return og["content"].strip() if og and og.get("content") else None


def title_of(soup: BeautifulSoup) -> str:
    """og:title, else the first h1, else <title>; the site's name is cut off the end."""
    og = soup.find("meta", property="og:title")
    if og and og.get("content"):
        return strip_site_suffix(clean_line(og["content"]), site_name(soup))
    h1 = soup.find("h1")
    if h1:
        return clean_line(h1.get_text(" "))
    if soup.title:
        return strip_site_suffix(clean_line(soup.title.get_text(" ")), site_name(soup))
    return ""


def site_name(soup: BeautifulSoup) -> str | None:
    meta = soup.find("meta", property="og:site_name")
    return clean_line(meta["content"]) if meta and meta.get("content") else None


# "… - Bộ Y tế - Cổng thông tin …", "… | Báo Dân trí", "… - VnExpress Sức khỏe", "… - Tuổi Trẻ Online"
_SEPARATOR = r"\s+[-|–—]\s+"
_OUTLET = (r"(?:Bộ Y tế\b.*|Báo\s+\w.{0,60}|Cổng thông tin\b.*|Trang tin\b.*|"
           r"VnExpress\b.{0,30}|Tuổi Trẻ Online|Thanh Niên|Dân trí|Sức khỏe & Đời sống)")
_SUFFIX = re.compile(_SEPARATOR + _OUTLET + r"$", re.IGNORECASE)


def strip_site_suffix(title: str, site: str | None = None) -> str:
    """Cut the outlet's name that sites append to <title> and og:title.

    The og:site_name is cut when the title ends with it; otherwise a short list of
    outlet-name shapes ("Bộ Y tế …", "Báo …", "Cổng thông tin …") after " - " or " | ".
    A title that would become empty is returned unchanged.
    """
    if site:
        for sep in (" - ", " | ", " – ", " — "):
            if title.endswith(sep + site) and len(title) > len(sep + site):
                return title[: -len(sep + site)].rstrip()
    cut = _SUFFIX.sub("", title).rstrip()
    return cut or title


_WS = re.compile(r"[ \t\r\f\v\u00a0]+")


def clean_line(text: str) -> str:
    return _WS.sub(" ", text).strip()


BLOCKS = ("p", "h2", "h3", "h4", "li", "figcaption", "blockquote", "td")


def block_text(node) -> str:
    """Paragraph-per-line text of a body node, dropping scripts, styles and figures' images."""
    for bad in node.find_all(["script", "style", "noscript", "iframe", "form", "button"]):
        bad.decompose()
    lines = []
    blocks = node.find_all(BLOCKS)
    if not blocks:
        return "\n".join(clean_line(t) for t in node.get_text("\n").splitlines() if clean_line(t))
    for b in blocks:
        if b.find_parent(BLOCKS) is not None:
            continue
        line = clean_line(b.get_text(" "))
        if line:
            lines.append(line)
    return "\n".join(lines)
