"""baobackan.vn (Báo Bắc Kạn, a provincial newspaper).

Articles: `/{category}/{YYYYMM}/{slug}-{hex}/`; the page states its
publication time in ISO form.
"""
from __future__ import annotations

import re

from .base import ParsedPage
from .selectors import Layout, has, parse_layout

NAME = "baobackan"
HOSTS = ("baobackan.vn", "baobackan.org.vn")
ARTICLE = re.compile(r"/[\w-]+/\d{6}/[^/]+-[0-9a-f]{4,}/?$")
LISTING = ".post-item a, .archive-list a"
LAYOUT = Layout(
    name=NAME,
    title=(".single-post h1.post-title", "h1.post-title", ".single-post h1"),
    sapo=(".single-post .post-sapo", ".post-sapo"),
    body=(".single-post article.entry-body", "article.entry-body", ".single-post .entry-content"),
    date=(".post-meta time.published", "time.published", ".post-meta time"),
    junk=(".post-tags", ".post-share"),
    sapo_prefix="BBK - ",
)


def parse(html: str, url: str | None = None) -> ParsedPage | None:
    return parse_layout(html, url, LAYOUT)


def sniff(html: str) -> bool:
    return has(html, "single-post", "entry-body") or has(html, "Báo Bắc Kạn", "post-title")


def is_article_url(url: str) -> bool:
    return bool(ARTICLE.search(url.split("?")[0]))
