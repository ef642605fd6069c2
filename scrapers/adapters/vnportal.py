"""Provincial portals on the VNPT platform: ninhbinh.gov.vn, syt.nghean.gov.vn, …

Verified on ninhbinh.gov.vn, caobang.gov.vn, cantho.gov.vn (thuydung203/Crawl_data
crawl_ninhbinh.py, crawl_cantho.py, 2026):
* title `.ArticleHeader`, date `.PostDate`, lead `.ArticleSummary`, body
  `.ArticleContent` (related-news boxes inside it are removed there too);
* section listings `.UIListNews_Default .item a` (list titles are `.ArticleHeader a`);
* article URLs end in `-{id}` or `.html`;
* page 2+ of a section is a urlencoded POST to `/DesktopModule/UIArticleInMenu/
  ArticleInMenuPagination.aspx/LoadArticle` with the section's `article_category_id`
  and `site_id` (printed in page 1's script), `page`, `page_size` and the module's
  display fields; the answer is an HTML fragment of list items, and one without
  links is the end. `listing_post` builds that request from page 1 (the crawler
  sends it through `Fetcher.post`, as politely as a GET).
Seen on quangchau.nghean.gov.vn: `?pageindex=N` listings and `…-{id}` URLs.
A section page with a pager link (`?pageindex=N`) is paged by GET; one with only the
"Xem thêm" button and the ids, by the POST.
NOT verified: that syt.nghean.gov.vn itself runs this platform (assumed).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from .selectors import Layout, has
from .site import SiteAdapter

LOAD_ARTICLE = "/DesktopModule/UIArticleInMenu/ArticleInMenuPagination.aspx/LoadArticle"
_IDS = {k: re.compile(rf"{k}\s*[:=]\s*[\"']?(\d+)", re.IGNORECASE)
        for k in ("article_category_id", "site_id")}
_PAGE_SIZE = re.compile(r"page_size\s*[:=]\s*[\"']?(\d{1,3})\b", re.IGNORECASE)
# the module's other fields, as the evidence crawler sends them (display options, no filter)
_DISPLAY = {"keyword": "", "date_begin": "", "date_end": "", "show_no": "False",
            "show_post_date": "False", "num_of_text": "0", "show_view_count": "False",
            "filter_order_in_list": "False", "is_default": "False", "new": "False",
            "number_of_day": "3", "no": "-5"}


def pageindex(url: str, html: str, number: int) -> str | None:
    """`?pageindex=N`, on portals whose pager uses it (the others page by POST)."""
    if "pageindex=" not in html and "pageindex=" not in url:
        return None
    parts = urlsplit(url)
    query = dict(parse_qsl(parts.query, keep_blank_values=True))
    query["pageindex"] = str(number)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), ""))


def load_article_form(html: str, page_url: str, number: int,
                      page_size: int | None = None) -> tuple[str, dict[str, str]] | None:
    """(POST URL, form fields) of section page `number`, from page 1's markup; None if
    the page does not print its category and site ids. The page size is the one page 1
    prints (else 15), so page N starts where page N-1 ended."""
    ids = {k: rule.search(html) for k, rule in _IDS.items()}
    if not all(ids.values()):
        return None
    if page_size is None:
        m = _PAGE_SIZE.search(html)
        page_size = int(m.group(1)) if m and int(m.group(1)) > 0 else 15
    form = {k: m.group(1) for k, m in ids.items()}
    form.update({"page": str(number), "page_size": str(page_size), **_DISPLAY, "lang": "vi-VN"})
    return urljoin(page_url, LOAD_ARTICLE), form


@dataclass(frozen=True)
class PortalAdapter(SiteAdapter):
    """A SiteAdapter whose section pages 2+ may be a POST (see `load_article_form`)."""

    def listing_post(self, url: str, html: str, number: int
                     ) -> tuple[str, dict[str, str]] | None:
        """(URL, form) of section page `number`, from page 1's `url` and `html`."""
        return load_article_form(html, url, number)


ADAPTER = PortalAdapter(
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
