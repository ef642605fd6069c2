"""Finding article URLs: RSS/Atom feeds, sitemaps (and indexes), listing pages.

Each parser returns `Entry(url, lastmod)`; the date lets the crawler skip a
seen URL whose feed or sitemap says it has not changed, without a request.
XML is parsed with entity expansion and network access off, and in recover
mode, because real feeds are often slightly broken.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from email.utils import parsedate_to_datetime
from types import ModuleType
from urllib.parse import urlsplit

from lxml import etree

from .adapters.base import soup_of
from .adapters.generic import strip_chrome
from .inflate import GZIP_MAGIC, TooLarge, gunzip
from .published import VN_TZ
from .settings import default
from .urls import netloc, normalize


@dataclass(frozen=True)
class Entry:
    url: str
    lastmod: datetime | None = None    # a "changed at" date (sitemap lastmod, Atom updated)
    published: datetime | None = None  # a "first published" date (RSS pubDate)
    title: str | None = None


def parse_when(value: str | None, tz=VN_TZ) -> datetime | None:
    """W3C/ISO or RFC 822 date -> aware datetime (naive values are site-local)."""
    if not value or not value.strip():
        return None
    value = value.strip()
    dt: datetime | None = None
    try:
        dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        try:
            dt = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            m = re.match(r"(\d{4})-(\d{2})-(\d{2})", value)
            dt = datetime(*map(int, m.groups())) if m else None
    if dt is not None and dt.tzinfo is None:
        dt = dt.replace(tzinfo=tz)
    return dt


MAX_BYTES = default("MAX_PAGE_BYTES")


def _xml(content: bytes, max_bytes: int = MAX_BYTES):
    if content[:2] == GZIP_MAGIC:  # a .xml.gz sitemap: inflate, streaming, under the cap
        try:
            content = gunzip(content, max_bytes)
        except TooLarge as err:
            raise ValueError(f"gzip sitemap: {err}") from None
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True,
                             huge_tree=False, remove_comments=True)
    try:
        root = etree.fromstring(content.lstrip(), parser=parser)
    except etree.LxmlError as err:
        raise ValueError(f"not XML: {err}") from None
    if root is None:
        raise ValueError("not XML")
    return root


def _local(tag: object) -> str:
    return etree.QName(tag).localname.lower() if isinstance(tag, str) else ""


def _child_text(node, *names: str) -> str | None:
    for child in node:
        if _local(child.tag) in names and (child.text or "").strip():
            return child.text.strip()
    return None


def parse_feed(content: bytes, base: str, max_bytes: int = MAX_BYTES) -> list[Entry]:
    """RSS 2.0 / RSS 1.0 / Atom items: link, updated date (if any) and published date."""
    root = _xml(content, max_bytes)
    out = []
    for node in root.iter():
        kind = _local(node.tag)
        if kind not in ("item", "entry"):
            continue
        link = _child_text(node, "link") if kind == "item" else None
        if kind == "entry" or not link:
            for child in node:
                if _local(child.tag) == "link" and child.get("href") and \
                        child.get("rel", "alternate") == "alternate":
                    link = child.get("href")
                    break
        link = link or _child_text(node, "guid")
        if not link or not link.strip().lower().startswith(("http", "/")):
            continue
        out.append(Entry(normalize(link, base),
                         lastmod=parse_when(_child_text(node, "updated", "modified")),
                         published=parse_when(_child_text(node, "pubdate", "published", "date",
                                                          "issued")),
                         title=_child_text(node, "title")))
    return out


def parse_sitemap(content: bytes, base: str, max_bytes: int = MAX_BYTES
                  ) -> tuple[list[Entry], list[Entry]]:
    """(page entries, child sitemaps) of a urlset or a sitemapindex; a gzip file is
    inflated up to `max_bytes` (MAX_PAGE_BYTES), never further."""
    root = _xml(content, max_bytes)
    pages, children = [], []
    for node in root:
        kind = _local(node.tag)
        if kind not in ("url", "sitemap"):
            continue
        loc = _child_text(node, "loc")
        if not loc:
            continue
        entry = Entry(normalize(loc, base), parse_when(_child_text(node, "lastmod")))
        (pages if kind == "url" else children).append(entry)
    return pages, children


_ARTICLEISH = re.compile(r"(\.(s?html?|aspx|php)$)|(\d{5,})|([^/]*-[^/]*-[^/]*-[^/]*/?$)", re.I)
_NEXT_TEXT = {"sau", "tiếp", "trang sau", "tiếp theo", "xem thêm", "trang tiếp", "next"}
_ARROWS = {"»", "›", ">", ">>", "→", "»»"}
_NEXT_STRIP = re.compile(r"[»›>→\s]+$|^[»›>→\s]+")


def looks_like_article(url: str) -> bool:
    """Generic guess for sites without an adapter: long slugs, numeric ids, .htm pages."""
    path = urlsplit(url).path
    return len(path.strip("/")) > 12 and bool(_ARTICLEISH.search(path))


def listing_links(html: str, page_url: str, adapter: ModuleType | None,
                  sites: set[str]) -> list[str]:
    """Article links of a listing page's main list, in page order, on the source's sites.

    An adapter's LISTING selector picks the list exactly; otherwise navigation,
    sidebars ("Tin mới nhất", "Đọc nhiều") and footers are stripped first.
    """
    soup = soup_of(html)
    selector = getattr(adapter, "LISTING", None)
    hidden = getattr(adapter, "listing_hrefs", None)  # links in onclick/data-href
    hrefs = [a["href"] for a in soup.select(selector) if a.get("href")] if selector else []
    hrefs += hidden(soup) if hidden else []
    if not hrefs:
        strip_chrome(soup)
        hrefs = [a["href"] for a in soup.find_all("a", href=True)]
    is_article = getattr(adapter, "is_article_url", None) or looks_like_article
    out, seen = [], set()
    for href in hrefs:
        href = href.strip()
        if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
            continue
        url = normalize(href, page_url)
        if url in seen or url.split("?")[0] == page_url.split("?")[0]:
            continue
        if netloc(url) not in sites or not is_article(url):
            continue
        seen.add(url)
        out.append(url)
    return out


@dataclass(frozen=True)
class PageRequest:
    """How to ask for one listing page: a GET of `url`, or a POST of `form` to it."""

    url: str
    form: dict[str, str] | None = None


def next_listing(html: str, page_url: str, number: int, adapter: ModuleType | None,
                 template: str | None) -> str | None:
    """URL of listing page `number` (2, 3, ...): template, rel=next, pager links, adapter rule."""
    if template:
        return template.replace("{n}", str(number))
    return _pager_link(html, page_url, number) or _adapter_page(adapter, page_url, html, number)


def listing_request(html: str, page_url: str, number: int, adapter: ModuleType | None,
                    template: str | None, first: tuple[str, str] | None = None
                    ) -> PageRequest | None:
    """Listing page `number`: like `next_listing`, but where the page has no pager link an
    adapter may page by POST (`listing_post`, built from page 1: `first` = (url, html))."""
    if template:
        return PageRequest(template.replace("{n}", str(number)))
    link = _pager_link(html, page_url, number)
    if link:
        return PageRequest(link)
    post = getattr(adapter, "listing_post", None)
    got = post(*(first or (page_url, html)), number) if post is not None else None
    if got:
        return PageRequest(got[0], got[1])
    link = _adapter_page(adapter, page_url, html, number)
    return PageRequest(link) if link else None


def _pager_link(html: str, page_url: str, number: int) -> str | None:
    """rel=next, a "next" link, or the pager's link numbered `number`."""
    soup = soup_of(html)
    link = soup.find(["link", "a"], rel=lambda v: v and "next" in v, href=True)
    if link:
        return normalize(link["href"], page_url)
    numbered = None
    for a in soup.find_all("a", href=True):
        if a["href"].strip().startswith(("javascript:", "#")):
            continue
        raw = a.get_text(" ", strip=True).lower()
        text = _NEXT_STRIP.sub("", raw).strip()
        if text in _NEXT_TEXT or raw in _ARROWS or "next" in (a.get("class") or []):
            return normalize(a["href"], page_url)
        if text == str(number) and numbered is None and _in_pager(a):
            numbered = normalize(a["href"], page_url)
    return numbered


def _adapter_page(adapter: ModuleType | None, page_url: str, html: str,
                  number: int) -> str | None:
    rule = getattr(adapter, "listing_page", None)
    got = rule(page_url, html, number) if rule is not None else None
    return normalize(got, page_url) if got else None


def _in_pager(a) -> bool:
    classes = " ".join(" ".join(p.get("class") or []) for p in a.parents if hasattr(p, "get"))
    return any(w in classes.lower() for w in ("pag", "pager", "paging"))


def is_article_page(html: str) -> bool:
    """A start URL that is itself an article (og:type article, published_time meta)."""
    soup = soup_of(html)
    og = soup.find("meta", property="og:type")
    if og and "article" in (og.get("content") or "").lower():
        return True
    return soup.find("meta", property="article:published_time") is not None

