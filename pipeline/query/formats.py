"""Rendering answers: an aligned table for people, JSON/JSONL/CSV for programs,
and self-contained HTML pages (no scripts, fonts or styles from elsewhere)."""
from __future__ import annotations

import csv
import html
import json
import shutil
import textwrap
from collections.abc import Iterable, Sequence
from datetime import datetime, timezone
from typing import Any, TextIO

from .snippets import first_highlight
from .text import clip


def plural(n: int, one: str, many: str | None = None) -> str:
    """"1 row", "2 rows", "0 rows"; `many` where "s" is not the plural ("entity", "entities")."""
    return f"{n} {one if n == 1 else many or one + 's'}"


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (list, tuple)):
        return "; ".join(_cell(v) for v in value)
    return " ".join(str(value).split())


def keys(items: Sequence[dict[str, Any]]) -> list[str]:
    """Every key in first-seen order (rows may differ)."""
    out: dict[str, None] = {}
    for item in items:
        out.update(dict.fromkeys(item))
    return list(out)


MAX_LINES = 4   # a long cell wraps to this many lines, then ends with "…"
LINK_WIDTH = 20  # a column of links gets at most this (they shrink in the middle)
GAP = 2


def terminal_width() -> int:
    """The terminal's width ($COLUMNS when set, else what the terminal says, else 140)."""
    return shutil.get_terminal_size((140, 24)).columns


def message_width() -> int:
    """The width messages wrap to: $COLUMNS when set, else the terminal's, else 80 (a
    cron or systemd log, where a table may still run to 140 but a summary line should
    read like one)."""
    return shutil.get_terminal_size((80, 24)).columns


WIDE = frozenset({"snippet", "sentence"})   # the text people came for gets twice the share


def fit(natural: Sequence[int], budget: int, floor: int | Sequence[int] = 8,
        weights: Sequence[int] | None = None) -> list[int]:
    """Column widths within `budget`: narrow columns keep their width, wide ones share
    what is left in proportion to their weights (each gets at most what it needs),
    none under its floor."""
    weights = weights or [1] * len(natural)
    floors = [floor] * len(natural) if isinstance(floor, int) else list(floor)
    widths = [min(w, f) for w, f in zip(natural, floors)]
    left = budget - sum(widths)
    wanting = [i for i, w in enumerate(natural) if w > widths[i]]
    while wanting and left > 0:
        total = sum(weights[i] for i in wanting)
        done = [i for i in wanting if natural[i] - widths[i] <= left * weights[i] // total]
        if done:   # these fit in full: give them what they need and share again
            for i in done:
                left -= natural[i] - widths[i]
                widths[i] = natural[i]
            wanting = [i for i in wanting if i not in done]
            continue
        shares = {i: left * weights[i] // total for i in wanting}
        for i in wanting:
            widths[i] += shares[i]
        left -= sum(shares.values())
        for i in wanting[:left]:
            widths[i] += 1
        break
    return widths


def _is_link(text: str) -> bool:
    return text.startswith(("http://", "https://", "file:", "/"))


def _short_link(text: str) -> str:
    """A link without its scheme and "www.", which say nothing in a narrow column."""
    for prefix in ("https://", "http://", "file:"):
        if text.startswith(prefix):
            text = text[len(prefix):]
            break
    return text[4:] if text.startswith("www.") else text


def _lines(text: str, width: int) -> list[str]:
    """One cell as at most MAX_LINES lines of `width`: words wrap, links and other
    single words (an ingested file's name) shrink in the middle (their start and end
    say which page: "train_…945.txt", was "train_061945.tx" over "t"), the rest ends
    with "…"."""
    if len(text) <= width:
        return [text]
    if _is_link(text) or not any(ch.isspace() for ch in text):
        text = _short_link(text)
        if len(text) <= width:
            return [text]
        head = (width - 1) // 2
        return [text[:head] + "…" + text[len(text) - (width - 1 - head):]]
    lines = textwrap.wrap(text, width, break_on_hyphens=False) or [""]
    if len(lines) > MAX_LINES:
        rest = " ".join(lines[MAX_LINES - 1:])
        lines = lines[:MAX_LINES - 1] + [clip(rest, width)]
        if not lines[-1].endswith("…"):
            lines[-1] = clip(lines[-1] + " …", width)
    return lines


def _focused(snippet: str, room: int, lead: int = 0) -> str:
    """A search snippet whose first highlighted words ("[chuyên gia]") would fall past
    `room` characters, where a narrow column cuts it, restarted a few words before
    them ("…cử các kíp [chuyên gia]…"), so the table shows why the document matched.
    `lead`: the article's own "[" before them (`Snippet.lead`)."""
    start, end = first_highlight(snippet, lead)
    if start < 0 or end < room:
        return snippet
    cut = snippet.rfind(" ", 0, max(0, start - room // 3))
    return "…" + snippet[cut + 1:].lstrip("…") if cut > 0 else snippet


def table(items: Sequence[dict[str, Any]], columns: Sequence[str], out: TextIO,
          width: int | None = None) -> None:
    """Aligned columns that fit the terminal width: long text wraps (up to MAX_LINES
    lines, then "…"), links shrink in the middle. `--format json` has every word."""
    if not items:
        return
    width = width or terminal_width()
    cells = [[_cell(item.get(c)) for c in columns] for item in items]
    natural = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(columns)]
    if sum(natural) + GAP * (len(columns) - 1) > width:
        natural = [min(w, LINK_WIDTH) if all(_is_link(r[i]) or not r[i] for r in cells) else w
                   for i, w in enumerate(natural)]
    # a column never breaks its words of up to 12 characters (dates, codes, numbers),
    # nor a header of up to 12 ("organization")
    floors = [max(8, min(12, max([len(c)] + [len(w) for r in cells for w in r[i].split()])))
              for i, c in enumerate(columns)]
    widths = fit(natural, width - GAP * (len(columns) - 1), floors,
                 weights=[2 if c in WIDE else 1 for c in columns])
    out.write("  ".join(c.upper()[:w].ljust(w) for c, w in zip(columns, widths)).rstrip() + "\n")
    for item, row in zip(items, cells):
        lead = getattr(item.get("snippet"), "lead", 0)   # a Snippet from search()
        wrapped = [_lines(_focused(v, w * (MAX_LINES - 1), lead) if c == "snippet" else v, w)
                   for c, v, w in zip(columns, row, widths)]
        for n in range(max(len(x) for x in wrapped)):
            out.write("  ".join((x[n] if n < len(x) else "").ljust(w)
                                for x, w in zip(wrapped, widths)).rstrip() + "\n")


def write_json(items: Sequence[dict[str, Any]], out: TextIO) -> None:
    json.dump(list(items), out, ensure_ascii=False, indent=2, default=str)
    out.write("\n")


def write_jsonl(items: Iterable[dict[str, Any]], out: TextIO) -> None:
    for item in items:
        out.write(json.dumps(item, ensure_ascii=False, default=str) + "\n")


def write_csv(items: Sequence[dict[str, Any]], out: TextIO,
              columns: Sequence[str] | None = None) -> None:
    """Every field (or `columns`), lists joined with "; "; readable by Excel and csvkit."""
    cols = list(columns or keys(items))
    writer = csv.writer(out)
    writer.writerow(cols)
    for item in items:
        writer.writerow([_csv_value(item.get(c)) for c in cols])


def _csv_value(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return "; ".join(str(v) for v in value)
    if isinstance(value, bytes):
        import base64

        return base64.b64encode(value).decode("ascii")
    return value


def render(items: Sequence[dict[str, Any]], fmt: str, columns: Sequence[str], out: TextIO,
           fields: Sequence[str] = ()) -> None:
    """Write items as table, json, jsonl or csv. A CSV's header is `fields` (every field
    an item has, in their order) with or without items, so a script reading it finds the
    same columns in an empty answer (was: the table's `columns` only); without `fields`,
    the items' keys (the table's `columns` when there are none). No items: `[]` in JSON,
    no line in JSONL, and a CSV of one header line, so csv.DictReader, pandas and csvkit
    read zero rows, not an error."""
    if fmt == "json":
        write_json(items, out)
    elif fmt == "jsonl":
        write_jsonl(items, out)
    elif fmt == "csv":
        write_csv(items, out, list(dict.fromkeys([*fields, *keys(items)])) or list(columns))
    else:
        table(items, columns, out)


_STYLE = """
body { font-family: system-ui, sans-serif; margin: 2em auto; max-width: 960px; color: #222;
       padding: 0 1em; line-height: 1.45; }
h1 { font-size: 1.6em; margin-bottom: .2em; }
.meta { color: #666; margin-bottom: 2em; }
ol.timeline { list-style: none; padding: 0; border-left: 3px solid #4e79a7; margin-left: 7.5em; }
ol.timeline li { position: relative; margin: 0 0 1.4em 1.2em; }
ol.timeline li::before { content: ""; position: absolute; left: -1.72em; top: .35em; width: .8em;
       height: .8em; border-radius: 50%; background: #4e79a7; border: 2px solid white; }
.date { position: absolute; left: -9.6em; width: 7.6em; text-align: right; font-weight: bold;
        color: #333; font-variant-numeric: tabular-nums; }
.kind { display: inline-block; font-size: .75em; text-transform: uppercase; letter-spacing: .05em;
        padding: 0 .5em; border-radius: 3px; color: white; margin-right: .5em; }
.kind-cooperation { background: #59a14f; } .kind-role { background: #b07aa1; }
.kind-legal { background: #e15759; } .kind-figure { background: #f28e2b; }
.kind-event { background: #4e79a7; }
.summary { font-weight: 600; }
blockquote { margin: .3em 0; padding: .2em .8em; border-left: 3px solid #ddd; color: #444; }
.source { font-size: .85em; color: #666; }
.source a { color: #2b5d9b; }
table { border-collapse: collapse; font-size: .9em; }
td, th { border: 1px solid #ddd; padding: 4px 8px; vertical-align: top; text-align: left; }
th { background: #f4f4f4; }
"""


def _link(document: str | None, label: str | None) -> str:
    doc = document or ""
    text = html.escape(label or doc)
    if doc.startswith(("http://", "https://")):
        return f'<a href="{html.escape(doc, quote=True)}">{text}</a>'
    return text + (f" <code>{html.escape(doc)}</code>" if label and doc else "")


def page(title: str, body: str, subtitle: str = "") -> str:
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    return (f'<!doctype html>\n<html lang="vi"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{html.escape(title)}</title><style>{_STYLE}</style></head><body>\n"
            f"<h1>{html.escape(title)}</h1>\n"
            f'<div class="meta">{html.escape(subtitle)} · generated by ytekb {stamp}</div>\n'
            f"{body}\n</body></html>\n")


def _issued(item: dict[str, Any]) -> str:
    """A cited law's own date, beside the citing article's date that places it."""
    if item.get("issued") and item.get("date_source") != "issued":
        return f' <span class="issued">(issued {html.escape(item["issued"])})</span>'
    return ""


def timeline_html(items: Sequence[dict[str, Any]], title: str, subtitle: str = "") -> str:
    """A vertical timeline: date, kind, summary, the source sentence and its document."""
    lis = []
    for item in items:
        kind = html.escape(item.get("kind") or "")
        lis.append(
            f'<li><span class="date">{html.escape(item.get("date") or "undated")}</span>'
            f'<span class="kind kind-{kind}">{kind}</span>'
            f'<span class="summary">{html.escape(item.get("summary") or "")}{_issued(item)}</span>'
            f'<blockquote>{html.escape(item.get("sentence") or "")}</blockquote>'
            f'<div class="source">{_link(item.get("document"), clip(item.get("title") or "", 140))}'
            f'{" · " + html.escape(item["published"]) if item.get("published") else ""}'
            f"</div></li>")
    body = '<ol class="timeline">\n' + "\n".join(lis) + "\n</ol>" if lis else "<p>No dated facts.</p>"
    return page(title, body, subtitle)

