"""Checking inputs before they become articles: dates, JSON articles, shown names.

Every check raises `Invalid` with one sentence a person can act on; callers turn
it into one error line for that input and go on with the batch.
"""
from __future__ import annotations

import json
import re
from datetime import date, datetime
from typing import Any

MAX_JSON_DEPTH = 32
# article fields -> the types accepted (None: the field may be null or absent)
STRING_FIELDS = ("title", "source", "url", "canonical_url", "path", "fetched_at")
_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_STRINGS = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_NOT_BRACKETS = re.compile(r"[^\[\]{}]+")


class Invalid(ValueError):
    """An input that breaks the article schema (the message says how)."""


def check_date(value: str, what: str = "date") -> str:
    """YYYY, YYYY-MM or YYYY-MM-DD that exists on the calendar; returned unchanged."""
    m = _DATE.fullmatch(value.strip()) if isinstance(value, str) else None
    if not m:
        raise Invalid(f"{what} {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = m.groups()
    try:
        date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        raise Invalid(f"{what} {value!r} is not a real calendar date") from None
    if not 1900 <= int(year) <= 2100:
        raise Invalid(f"{what} {value!r} is outside 1900-2100")
    return value.strip()


def check_published(value: Any) -> str | None:
    """A publication date from a JSON article: a calendar date or an ISO timestamp."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise Invalid(f'"published" must be a string date, not {_type(value)}')
    if "T" in value or " " in value.strip():
        try:
            datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            raise Invalid(f'"published" {value!r} is not an ISO date or timestamp') from None
        return value.strip()
    return check_date(value, '"published"')


def json_depth(raw: str) -> int:
    """Deepest nesting of arrays and objects, without parsing (strings skipped)."""
    brackets = _NOT_BRACKETS.sub("", _STRINGS.sub("", raw))
    depth = deepest = 0
    for ch in brackets:
        if ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth -= 1
    return deepest


def parse_article_json(raw: str) -> dict[str, Any]:
    """The JSON text of one article -> its checked fields (text, title, ...).

    Schema: an object with a non-empty string "text"; optional strings "title",
    "source", "url", "canonical_url", "path", "fetched_at"; optional "published"
    as a date or ISO timestamp; other keys are ignored. Nesting is capped before
    parsing, so a 100k-deep file costs a linear scan, not a recursion error."""
    depth = json_depth(raw)
    if depth > MAX_JSON_DEPTH:
        raise Invalid(f"JSON nested {depth} levels deep (the limit is {MAX_JSON_DEPTH})")
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError) as err:
        raise Invalid(f"invalid JSON ({err})") from None
    if not isinstance(data, dict):
        raise Invalid(f"JSON must be an object with a \"text\", not {_type(data)}")
    text = data.get("text")
    if not isinstance(text, str):
        raise Invalid('JSON needs a "text" string' + ("" if text is None
                                                      else f", not {_type(text)}"))
    if not text.strip():
        raise Invalid('JSON "text" is empty')
    out: dict[str, Any] = {"text": text}
    for name in STRING_FIELDS:
        value = data.get(name)
        if value is not None and not isinstance(value, str):
            raise Invalid(f'"{name}" must be a string, not {_type(value)}')
        out[name] = value or None
    out["published"] = check_published(data.get("published"))
    return out


def _type(value: Any) -> str:
    return {dict: "an object", list: "a list", str: "a string", bool: "a boolean",
            int: "a number", float: "a number"}.get(type(value), type(value).__name__)


_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def shown(name: Any) -> str:
    """A file name or label safe for one output line: control characters escaped
    (a name cannot start a forged "error:" line) and bytes that were not UTF-8
    (surrogate escapes from the file system) written as \\xNN."""
    def esc(m: re.Match[str]) -> str:
        c = ord(m.group())
        if 0xDC80 <= c <= 0xDCFF:
            return f"\\x{c - 0xDC00:02x}"
        return {"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(m.group(), f"\\u{c:04x}" if c > 0xFF
                                                              else f"\\x{c:02x}")
    return _UNSAFE.sub(esc, str(name))

