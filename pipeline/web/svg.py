"""Pictures for the web UI as static SVG: bar charts, a stacked chart of facts per
month, posts over time (one bar per post) and a strip of dated facts.

Pure stdlib, no scripts: the pages stay readable without JavaScript, in a
screenshot and offline. Every mark has a <title> (the browser's tooltip) and,
where there is a page for it, a link.
"""
from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from pipeline.query.text import clip

KIND_COLORS = {"cooperation": "#59a14f", "role": "#b07aa1", "legal": "#e15759",
               "figure": "#f28e2b", "event": "#4e79a7"}
BAR = "#4e79a7"
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def _attr(text: str) -> str:
    return escape(str(text), quote=True)


def _open(width: int, height: int, title: str) -> list[str]:
    """The picture's frame and its title."""
    return [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
            f'width="{width}" height="{height}" role="img" aria-label="{_attr(title)}" '
            f'font-family="sans-serif" font-size="12">',
            f'<rect width="{width}" height="{height}" fill="white"/>',
            f'<text x="8" y="20" font-size="14" font-weight="bold">{escape(title)}</text>']


def _empty(out: list[str], message: str, y: int) -> str:
    out.append(f'<text x="8" y="{y}" fill="#666">{escape(message)}</text></svg>')
    return "\n".join(out)


def _link(href: str | None, body: str) -> str:
    return f'<a href="{_attr(href)}">{body}</a>' if href else body


def when(date: str | None) -> float | None:
    """A date (YYYY, YYYY-MM or YYYY-MM-DD) as a fractional year; None if year-less."""
    m = _DATE.match(date or "")
    if not m:
        return None
    year, month, day = int(m.group(1)), int(m.group(2) or 7), int(m.group(3) or 15)
    if not 1 <= month <= 12:
        return None
    return year + (month - 1) / 12 + (min(day, 31) - 1) / 372


@dataclass
class Bar:
    label: str
    value: float
    href: str | None = None
    note: str = ""


def bar_chart(bars: Sequence[Bar], title: str, width: int = 640) -> str:
    """Horizontal bars, largest first as given: "top partners", "documents per source"."""
    row, left, top = 24, 260, 34
    height = top + row * max(1, len(bars)) + 16
    peak = max((b.value for b in bars), default=0) or 1
    out = _open(width, height, title)
    if not bars:
        return _empty(out, "nothing to show", top + 14)
    for i, b in enumerate(bars):
        y = top + i * row
        w = max(2, (width - left - 60) * b.value / peak)
        label = escape(clip(b.label, 38))
        tip = escape(b.note or f"{b.label}: {b.value:g}")
        out.append(_link(b.href, f'<g class="bar"><title>{tip}</title>'
                                 f'<text x="{left - 8}" y="{y + 15}" text-anchor="end">{label}</text>'
                                 f'<rect x="{left}" y="{y + 4}" width="{w:.1f}" height="{row - 8}" '
                                 f'fill="{BAR}"/><text x="{left + w + 6:.1f}" y="{y + 15}">'
                                 f"{b.value:g}</text></g>"))
    out.append("</svg>")
    return "\n".join(out)


def month_chart(counts: dict[str, dict[str, int]], title: str, width: int = 720) -> str:
    """Stacked columns of facts per month ({"2024-07": {"role": 3, ...}}), by kind, on a
    continuous axis (empty months stay visible); over MAX_MONTHS months, per year."""
    counts, months = _continuous(counts)
    if months and len(months[0]) == 4:
        title = title.replace("per month", "per year")
    width = max(width, 60 + 9 * len(months))
    left, top, bottom, height = 40, 34, 58, 260
    out = _open(width, height, title)
    if not months:
        return _empty(out, "no dated facts", top + 14)
    plot_h = height - top - bottom
    peak = max(sum(counts[m].values()) for m in months) or 1
    step = (width - left - 10) / len(months)
    bar_w = max(2.0, min(40.0, step * 0.8))
    for tick in _ticks(peak):
        y = top + plot_h - plot_h * tick / peak
        out.append(f'<line x1="{left}" x2="{width - 10}" y1="{y:.1f}" y2="{y:.1f}" '
                   f'stroke="#eee"/><text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" '
                   f'fill="#666">{tick}</text>')
    every = max(1, math.ceil(len(months) / 12))
    for i, month in enumerate(months):
        x = left + i * step + (step - bar_w) / 2
        y = top + plot_h
        for kind, color in KIND_COLORS.items():
            n = counts[month].get(kind, 0)
            if not n:
                continue
            h = plot_h * n / peak
            y -= h
            out.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" height="{h:.1f}" '
                       f'fill="{color}"><title>{escape(month)}: {n} {escape(kind)}</title></rect>')
        if i % every == 0:
            out.append(f'<text x="{x + bar_w / 2:.1f}" y="{top + plot_h + 16}" '
                       f'text-anchor="middle" fill="#444">{escape(month)}</text>')
    out.append(_legend(20, height - 14))
    out.append("</svg>")
    return "\n".join(out)


MAX_MONTHS = 120


def _continuous(counts: dict[str, dict[str, int]]) -> tuple[dict[str, dict[str, int]], list[str]]:
    """Every month from the first to the last (or every year when that is too many)."""
    dated = sorted(m[:7] for m in counts if re.match(r"^\d{4}-\d{2}", m))
    if not dated:
        return counts, []
    (y0, m0), (y1, m1) = (map(int, dated[0].split("-")), map(int, dated[-1].split("-")))
    span = (y1 - y0) * 12 + m1 - m0 + 1
    if span > MAX_MONTHS:
        keys, width = [str(y) for y in range(y0, y1 + 1)], 4
    else:
        keys = [f"{y0 + (m0 - 1 + i) // 12:04d}-{(m0 - 1 + i) % 12 + 1:02d}" for i in range(span)]
        width = 7
    out: dict[str, dict[str, int]] = {k: {} for k in keys}
    for month, by_kind in counts.items():
        if re.match(r"^\d{4}-\d{2}", month):
            slot = out[month[:width]]
            for kind, n in by_kind.items():
                slot[kind] = slot.get(kind, 0) + n
    return out, keys


def _ticks(peak: int) -> list[int]:
    step = max(1, 10 ** int(math.log10(peak)) if peak >= 10 else 1)
    while peak / step > 5:
        step *= 2
    return list(range(0, peak + 1, step))


def _legend(x: int, y: int, kinds: Sequence[str] = tuple(KIND_COLORS)) -> str:
    parts = []
    for kind in kinds:
        parts.append(f'<rect x="{x}" y="{y - 9}" width="10" height="10" '
                     f'fill="{KIND_COLORS[kind]}"/><text x="{x + 14}" y="{y}">{escape(kind)}</text>')
        x += 24 + 7 * len(kind)
    return "".join(parts)


@dataclass
class Span:
    label: str
    first: str | None
    last: str | None
    href: str | None = None
    note: str = ""
    ended: str | None = None   # the date a sentence first called the post former


def _axis(lo: float, hi: float) -> tuple[float, float, list[int]]:
    """Whole years around [lo, hi]: the axis's ends and its ticks."""
    years = list(range(math.floor(lo), math.floor(hi) + 2))
    return years[0], years[-1], years


def spans_chart(spans: Sequence[Span], title: str, width: int = 960) -> str:
    """Posts over time: one row per post, a bar from first to last seen (a dot when
    both are the same day), on a shared axis of years; a post that had ended by a
    date ("nguyên ...") gets a hollow mark there, dashed from its bar (a post known
    only as former: the mark alone)."""
    dated = [(s, when(s.first), when(s.last), when(s.ended)) for s in spans]
    dated = [(s, a if a is not None else e, b if b is not None else a, e)
             for s, a, b, e in dated if a is not None or e is not None]
    row, left, top = 26, 300, 40
    height = top + row * max(1, len(dated)) + 30
    out = _open(width, height, title)
    if not dated:
        return _empty(out, "no dated posts", top + 14)
    ends = [v for _, a, b, e in dated for v in (a, b, e) if v is not None]
    lo, hi, years = _axis(min(ends), max(ends))
    room = 290 if any(s.ended for s, *_ in dated) else 190   # for the dates on the right
    scale = (width - left - room) / (hi - lo)

    def x(v: float) -> float:
        return left + (v - lo) * scale

    for year in years:
        out.append(f'<line x1="{x(year):.1f}" x2="{x(year):.1f}" y1="{top - 6}" '
                   f'y2="{height - 24}" stroke="#eee"/><text x="{x(year):.1f}" '
                   f'y="{height - 10}" text-anchor="middle" fill="#666">{year}</text>')
    for i, (s, a, b, e) in enumerate(dated):
        y = top + i * row
        dates = s.first if s.first == s.last else f"{s.first} … {s.last}"
        ended = f"ended by {s.ended}" if s.ended else ""
        said = "; ".join(t for t in (dates or "", ended) if t)
        tip = escape(s.note or f"{s.label}: {said}")
        shape, right = "", x(a)
        if s.first:
            w = max(8.0, (b - a) * scale)
            shape = (f'<rect x="{x(a):.1f}" y="{y + 5}" width="{w:.1f}" height="{row - 10}" '
                     f'rx="4" fill="{KIND_COLORS["role"]}"/>')
            right = x(a) + w
        if e is not None:
            if s.first and x(e) > right + 5:
                shape += (f'<line class="ended" x1="{right:.1f}" x2="{x(e) - 5:.1f}" '
                          f'y1="{y + row / 2:.1f}" y2="{y + row / 2:.1f}" stroke="#999" '
                          f'stroke-dasharray="3 3"/>')
            shape += (f'<circle class="ended" cx="{x(e):.1f}" cy="{y + row / 2:.1f}" r="5" '
                      f'fill="white" stroke="{KIND_COLORS["role"]}" stroke-width="2"/>')
            right = max(right, x(e) + 5)
        out.append(_link(s.href, f'<g class="post"><title>{tip}</title>'
                                 f'<text x="{left - 8}" y="{y + 17}" text-anchor="end">'
                                 f"{escape(clip(s.label, 44))}</text>{shape}"
                                 f'<text x="{right + 6:.1f}" y="{y + 17}" fill="#444">'
                                 f"{escape(said)}</text></g>"))
    out.append("</svg>")
    return "\n".join(out)


@dataclass
class Dot:
    date: str
    kind: str
    href: str | None = None
    note: str = ""


def strip_chart(dots: Sequence[Dot], title: str, width: int = 960) -> str:
    """A timeline picture: every dated fact as a dot on its kind's lane."""
    placed = [(d, when(d.date)) for d in dots]
    placed = [(d, v) for d, v in placed if v is not None]
    kinds = [k for k in KIND_COLORS if any(d.kind == k for d, _ in placed)] or ["event"]
    lane, left, top = 30, 110, 40
    height = top + lane * len(kinds) + 34
    out = _open(width, height, title)
    if not placed:
        return _empty(out, "no dated facts", top + 14)
    lo, hi, years = _axis(min(v for _, v in placed), max(v for _, v in placed))
    scale = (width - left - 20) / (hi - lo)
    for year in years:
        xv = left + (year - lo) * scale
        out.append(f'<line x1="{xv:.1f}" x2="{xv:.1f}" y1="{top - 6}" y2="{height - 24}" '
                   f'stroke="#eee"/><text x="{xv:.1f}" y="{height - 10}" text-anchor="middle" '
                   f'fill="#666">{year}</text>')
    for i, kind in enumerate(kinds):
        y = top + i * lane + lane / 2
        out.append(f'<text x="{left - 10}" y="{y + 4:.1f}" text-anchor="end">{escape(kind)}</text>'
                   f'<line x1="{left}" x2="{width - 20}" y1="{y:.1f}" y2="{y:.1f}" '
                   f'stroke="#ddd"/>')
    for d, v in placed:
        y = top + kinds.index(d.kind) * lane + lane / 2 if d.kind in kinds else top
        dot = (f'<circle cx="{left + (v - lo) * scale:.1f}" cy="{y:.1f}" r="6" '
               f'fill="{KIND_COLORS.get(d.kind, BAR)}" fill-opacity="0.75" stroke="#333" '
               f'stroke-width="0.5"><title>{escape(d.date)} {escape(d.kind)}: '
               f"{escape(clip(d.note, 160))}</title></circle>")
        out.append(_link(d.href, dot))
    out.append("</svg>")
    return "\n".join(out)
