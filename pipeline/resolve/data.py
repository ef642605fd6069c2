"""Read-only access to the gazetteer data files in `extractors/data/`.

The resolver reads the JSON directly (not through `extractors.gazetteer`) so it
keeps working while that module evolves; a missing file means an empty list,
never a crash, because resolution must not stop an ingest.
"""
from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


@cache
def load(name: str) -> dict[str, Any]:
    """The parsed `extractors/data/<name>.json`, or {} when absent or broken."""
    try:
        path = resources.files("extractors") / "data" / f"{name}.json"
        return json.loads(path.read_text(encoding="utf-8"))
    except (FileNotFoundError, ModuleNotFoundError, json.JSONDecodeError, OSError):
        return {}


def items(name: str, key: str) -> list[dict[str, Any]]:
    value = load(name).get(key, [])
    return value if isinstance(value, list) else []


def abbreviations() -> dict[str, str]:
    value = load("org_heads").get("abbreviations", {})
    return value if isinstance(value, dict) else {}


def heads() -> list[dict[str, Any]]:
    return items("org_heads", "heads")


def honorifics() -> list[str]:
    """Every honorific form and variant, plus the dotted combinations."""
    out: list[str] = []
    for h in items("honorifics", "honorifics"):
        out.append(h.get("form", ""))
        out.extend(h.get("variants", []) or [])
    out.extend(c for c in load("honorifics").get("combinations", []) if isinstance(c, str))
    return [h for h in out if h]


def organizations() -> list[dict[str, Any]]:
    """Known hospitals and organisations (official name, aliases, province, type)."""
    return items("hospitals", "hospitals") + items("organizations", "organizations")


def titles() -> list[str]:
    """Position titles and their variants ("Thứ trưởng", "Giám đốc Sở Y tế")."""
    out: list[str] = []
    for t in items("titles", "titles"):
        out.append(t.get("title", ""))
        out.extend(t.get("aliases", []) or [])
    return [t for t in out if t]
