"""Provincial portals on the VNPT platform: ninhbinh.gov.vn, syt.nghean.gov.vn, …

Verified on ninhbinh.gov.vn, caobang.gov.vn, cantho.gov.vn (thuydung203/Crawl_data
crawl_ninhbinh.py, crawl_cantho.py, 2026):
* title `.ArticleHeader`, date `.PostDate`, lead `.ArticleSummary`, body
  `.ArticleContent` (related-news boxes inside it are removed there too);
* section listings `.UIListNews_Default .item a` (list titles are `.ArticleHeader a`);
* article URLs end in `-{id}` or `.html`;
* page 2+ of a section is a POST to `/DesktopModule/UIArticleInMenu/
  ArticleInMenuPagination.aspx/LoadArticle` with the section's `article_category_id`
  and `site_id` (printed in page 1's script). `load_article_form` builds that
  request; following it needs a POST in the fetcher, which does GET only, so for
  now only page 1 and any `?pageindex=N` pager links are read.
Seen on quangchau.nghean.gov.vn: `?pageindex=N` listings and `…-{id}` URLs.
NOT verified: that syt.nghean.gov.vn itself runs this platform (assumed).
"""
from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from .selectors import Layout, has
from .site import SiteAdapter

LOAD_ARTICLE = "/DesktopModule/UIArticleInMenu/ArticleInMenuPagination.aspx/LoadArticle"
_IDS = {k: re.compile(rf"{k}\s*[:=]\s*[\"']?(\d+)", re.IGNORECASE)
        for k in ("article_category_id", "site_id")}


def pageindex(url: str, html: str, number: int) -> str | None:
    """`?pageindex=N`, on portals whose pager uses it (the others page by POST)."""
    if "pageindex=" not in html and "pageindex=" not in url:
        return None
    parts = urlsplit(url)
    query = dict(parse_qsl(parts.query, keep_blank_values=True))
    query["pageindex"] = str(number)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), ""))


def load_article_form(html: str, page_url: str, number: int,
                      page_size: int = 15) -> tuple[str, dict[str, str]] | None:
    """(POST URL, form fields) of section page `number`, from page 1's markup; None if
    the page does not print its category and site ids."""
    ids = {k: rule.search(html) for k, rule in _IDS.items()}
    if not all(ids.values()):
        return None
    form = {k: m.group(1) for k, m in ids.items()}
    form.update({"page": str(number), "page_size": str(page_size), "lang": "vi-VN"})
    return urljoin(page_url, LOAD_ARTICLE), form


ADAPTER = SiteAdapter(
    NAME="vnportal",
    HOSTS=("nghean.gov.vn", "ninhbinh.gov.vn", "caobang.gov.vn", "cantho.gov.vn"),
    LAYOUT=Layout(
        name="vnportal",
        title=(".ArticleHeader", "h1"),
        sapo=(".ArticleSummary",),
        body=(".ArticleContent",),
        date=(".PostDate",),
        junk=(".relate-news", ".box-relate", ".other-news", ".news-other"),
    ),
    ARTICLE=re.compile(r"/[^/?#]+-\d{3,}/?$|/[^/?#]+\.html$"),
    LISTING=".UIListNews_Default .item a, .list-news .item a",
    sniffer=lambda html: has(html, "ArticleHeader") and (has(html, "ArticleContent")
                                                         or has(html, "UIListNews_Default")),
    pager=pageindex,
)
