"""Publication date from page metadata, visible text or URL, in the site's timezone.

Order of trust: explicit metadata (`article:published_time`, JSON-LD
`datePublished`, `<time datetime>`), then the byline text sites print
("Ngày đăng: 12/03/2024 08:30", "Thứ Ba, 12/3/2024 - 08:30 (GMT+7)", "Cập
nhật ..."), then ids in the URL (suckhoedoisong's `-169yyMMddHHmmss…htm`,
baobackan's `/YYYYMM/`). A modified time is used only when nothing says
"published". Naive times are the site's local time (Asia/Ho_Chi_Minh).
"""
from __future__ import annotations

import json
import re
from datetime import datetime, timedelta, timezone, tzinfo

from bs4 import BeautifulSoup

VN_TZ = timezone(timedelta(hours=7), "Asia/Ho_Chi_Minh")
_PUBLISHED_KEYS = ("article:published_time", "og:published_time", "datepublished",
                   "pubdate", "publishdate", "publish-date", "dc.date.issued", "dc.date",
                   "date", "created")
_MODIFIED_KEYS = ("article:modified_time", "og:updated_time", "datemodified", "lastmod")
_DMY = (r"(?P<d>\d{1,2})\s*[/\-.]\s*(?P<mo>\d{1,2})\s*[/\-.]\s*(?P<y>\d{4})")
_HM = r"(?P<h>\d{1,2})\s*[:hH]\s*(?P<mi>\d{2})(?:\s*:\s*(?P<s>\d{2}))?"
_VISIBLE = re.compile(
    rf"(?:(?:{_HM})\s*(?:,|-|\||ngày)?\s*(?:(?:thứ\s+\w+|chủ\s+nhật)\s*,?\s*)?{_DMY.replace('?P<', '?P<a')})"
    rf"|(?:{_DMY}(?:\s*(?:[|,-]|lúc)?\s*(?:{_HM.replace('?P<', '?P<b')}))?)",
    re.IGNORECASE)
_VERBAL = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", re.IGNORECASE)
_ISOISH = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?")
_LABEL = re.compile(r"(ngày\s+đăng|đăng\s+ngày|ngày\s+xuất\s+bản|xuất\s+bản|đăng\s+lúc|"
                    r"thời\s+gian\s+đăng|cập\s+nhật|ngày\s+cập\s+nhật|posted|published)",
                    re.IGNORECASE)
_BYLINE = (".publish-date, .date-detail, .detail-time, .detail__time, .article__date, "
           ".news-date, .ngay-dang, .date-time, .datetime, .post-date, .time-post, "
           ".time, .date, .meta-date, .entry-date, span.date, .ngaydang, .PostDate")


def _mk(y: str, mo: str, d: str, h: str | None = None, mi: str | None = None,
        s: str | None = None) -> datetime | None:
    try:
        return datetime(int(y), int(mo), int(d), int(h or 0), int(mi or 0), int(s or 0))
    except ValueError:
        return None


def _parse_visible(value: str) -> datetime | None:
    m = _VISIBLE.search(value)
    if m:
        g = m.groupdict()
        if g.get("ad"):
            return _mk(g["ay"], g["amo"], g["ad"], g["h"], g["mi"], g["s"])
        return _mk(g["y"], g["mo"], g["d"], g.get("bh"), g.get("bmi"), g.get("bs"))
    m = _VERBAL.search(value)
    if m:
        return _mk(m.group(3), m.group(2), m.group(1))
    m = _ISOISH.search(value)
    if m:
        return _mk(*m.groups())
    return None


def to_site_time(value: str, tz: tzinfo = VN_TZ) -> str | None:
    """ISO string in the site's timezone (naive times are taken as site-local)."""
    value = (value or "").strip()
    if not value:
        return None
    try:
        dt: datetime | None = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        dt = _parse_visible(value)
    if dt is None or not 1990 <= dt.year <= 2100:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=tz)
    return dt.astimezone(tz).isoformat()


def from_meta(soup: BeautifulSoup, tz: tzinfo = VN_TZ) -> str | None:
    """Metadata only: meta tags (published first), JSON-LD, <time datetime>."""
    metas: dict[str, str] = {}
    for meta in soup.find_all("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if key and meta.get("content") and key not in metas:
            metas[key] = meta["content"]
    for key in _PUBLISHED_KEYS:
        got = to_site_time(metas.get(key, ""), tz)
        if got:
            return got
    for script in soup.find_all("script", type="application/ld+json"):
        got = _from_json_ld(script.string or script.get_text(), tz)
        if got:
            return got
    for t in soup.find_all("time"):
        got = to_site_time(t.get("datetime") or "", tz) or to_site_time(t.get_text(" "), tz)
        if got:
            return got
    return None


def from_visible(node, tz: tzinfo = VN_TZ) -> str | None:
    """The byline a reader sees: date elements, then a labelled date anywhere near the top."""
    for el in node.select(_BYLINE):
        got = to_site_time(el.get_text(" "), tz)
        if got:
            return got
    text = node.get_text(" ")[:30000]
    for m in _LABEL.finditer(text):
        got = to_site_time(text[m.end():m.end() + 80], tz)
        if got:
            return got
    return None


def from_soup(soup: BeautifulSoup, tz: tzinfo = VN_TZ, url: str | None = None) -> str | None:
    """Best publication time of a page; the modified time only as a last resort."""
    got = from_meta(soup, tz) or from_visible(soup, tz) or from_url(url, tz)
    if got:
        return got
    for meta in soup.find_all("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if key in _MODIFIED_KEYS and meta.get("content"):
            got = to_site_time(meta["content"], tz)
            if got:
                return got
    return None


def _from_json_ld(raw: str | None, tz: tzinfo) -> str | None:
    if not raw:
        return None
    try:
        data = json.loads(raw, strict=False)
    except ValueError:
        return None
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            if item.get("datePublished"):
                got = to_site_time(str(item["datePublished"]), tz)
                if got:
                    return got
            stack.extend(v for v in item.values() if isinstance(v, (dict, list)))
    return None


_SKDS_URL = re.compile(r"-169(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})\d{0,3}\.htm")
_YYYYMM_URL = re.compile(r"/(20\d{2})(0[1-9]|1[0-2])/")
_YMD_URL = re.compile(r"/(20\d{2})/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])/")


def from_url(url: str | None, tz: tzinfo = VN_TZ) -> str | None:
    """Dates some sites put in the URL: suckhoedoisong's id, /yyyy/mm/dd/, /YYYYMM/."""
    if not url:
        return None
    m = _SKDS_URL.search(url)
    if m:
        yy, mo, dd, hh, mi, ss = (int(x) for x in m.groups())
        try:
            return datetime(2000 + yy, mo, dd, hh, mi, ss, tzinfo=tz).isoformat()
        except ValueError:
            return None
    m = _YMD_URL.search(url)
    if m:
        dt = _mk(*m.groups())
        return dt.replace(tzinfo=tz).isoformat() if dt else None
    m = _YYYYMM_URL.search(url)
    if m:
        return f"{m.group(1)}-{m.group(2)}"  # month precision only
    return None
