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
    og = soup.find("meta", property="og:title")
    if og and og.get("content"):
        return clean_line(og["content"])
    h1 = soup.find("h1")
    if h1:
        return clean_line(h1.get_text(" "))
    return clean_line(soup.title.get_text(" ")) if soup.title else ""


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
