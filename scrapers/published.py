"""Publication date from page metadata, visible text or URL, in the site's timezone."""
from __future__ import annotations

import json
import re
from datetime import datetime, timedelta, timezone

from bs4 import BeautifulSoup

VN_TZ = timezone(timedelta(hours=7), "Asia/Ho_Chi_Minh")
_META_KEYS = ("article:published_time", "og:published_time", "pubdate", "publishdate",
              "datepublished", "dc.date.issued", "dc.date", "date", "article:modified_time")
_VISIBLE = re.compile(
    r"(?:ngày\s+đăng|đăng\s+ngày|cập\s+nhật|ngày\s+cập\s+nhật|xuất\s+bản|thời\s+gian)?\s*:?\s*"
    r"(?:(?:thứ\s+\w+|chủ\s+nhật)\s*,\s*)?(\d{1,2})[/\-.](\d{1,2})[/\-.](\d{4})"
    r"(?:\s*[|,-]?\s*(\d{1,2})[:h](\d{2}))?", re.IGNORECASE)


def to_site_time(value: str) -> str | None:
    """ISO string in Asia/Ho_Chi_Minh (naive times are taken as local)."""
    value = value.strip()
    if not value:
        return None
    try:
        dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        m = _VISIBLE.search(value)
        if not m:
            return None
        d, mo, y, hh, mm = m.groups()
        try:
            dt = datetime(int(y), int(mo), int(d), int(hh or 0), int(mm or 0))
        except ValueError:
            return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=VN_TZ)
    return dt.astimezone(VN_TZ).isoformat()


def from_soup(soup: BeautifulSoup) -> str | None:
    for meta in soup.find_all("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if key in _META_KEYS and meta.get("content"):
            got = to_site_time(meta["content"])
            if got:
                return got
    for script in soup.find_all("script", type="application/ld+json"):
        got = _from_json_ld(script.string or script.get_text())
        if got:
            return got
    for t in soup.find_all("time"):
        got = to_site_time(t.get("datetime") or t.get_text(" "))
        if got:
            return got
    for el in soup.select(".publish-date, .date-detail, .date, .time, .post-date, .news-date, "
                          ".ngay-dang, .date-time, .datetime, span.date"):
        got = to_site_time(el.get_text(" "))
        if got:
            return got
    text = soup.get_text(" ")[:20000]
    m = re.search(r"(?:ngày\s+đăng|cập\s+nhật|đăng\s+ngày)[^0-9]{0,30}\d{1,2}[/\-.]\d{1,2}[/\-.]\d{4}"
                  r"(?:\s*[|,-]?\s*\d{1,2}[:h]\d{2})?", text, re.IGNORECASE)
    return to_site_time(m.group(0)) if m else None


def _from_json_ld(raw: str | None) -> str | None:
    if not raw:
        return None
    try:
        data = json.loads(raw)
    except ValueError:
        return None
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            if item.get("datePublished"):
                return to_site_time(str(item["datePublished"]))
            stack.extend(v for v in item.values() if isinstance(v, (dict, list)))
    return None


_SKDS_URL = re.compile(r"-169(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})\d{0,3}\.htm")


def from_url(url: str | None) -> str | None:
    """suckhoedoisong-style ids encode yyMMddHHmmss after '169'."""
    if not url:
        return None
    m = _SKDS_URL.search(url)
    if not m:
        return None
    yy, mo, dd, hh, mi, ss = (int(x) for x in m.groups())
    try:
        return datetime(2000 + yy, mo, dd, hh, mi, ss, tzinfo=VN_TZ).isoformat()
    except ValueError:
        return None
