"""User overrides: force a merge, forbid one, add an alias.

The file (TOML, see `overrides.toml` beside this module) is read on every
run and applied to the KB when it changed since it was last applied; forbid
rules are also checked on every match. Ids derive from names, so a user can
write names, or entity ids where names are ambiguous (persons).

    [[merge]]                      # these are one entity
    canonical = "Bệnh viện Hữu nghị Đa khoa Nghệ An"
    names = ["Bệnh viện Đa khoa tỉnh Nghệ An"]
    ids = []                       # optional, e.g. two person ids
    [[forbid]]                     # never one entity
    names = ["Sở Y tế Hà Nội", "Sở Y tế Nghệ An"]
    [[alias]]                      # one more name for an entity (name or id)
    entity = "Bệnh viện Bạch Mai"
    aliases = ["Bạch Mai Hospital"]
"""
from __future__ import annotations

import hashlib
import os
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .keys import canonical_key, person_key

if TYPE_CHECKING:
    from .resolver import Resolver

ENV = "YTEKB_OVERRIDES"
_path: Path | None = None


class OverridesError(ValueError):
    """An overrides file that cannot be read or has a malformed rule."""


@dataclass
class Rules:
    path: str | None = None
    digest: str = "none"
    merges: list[dict[str, Any]] = field(default_factory=list)
    forbids: list[dict[str, Any]] = field(default_factory=list)
    aliases: list[dict[str, Any]] = field(default_factory=list)
    forbid_groups: dict[str, set[int]] = field(default_factory=dict)
    group_keys: list[set[str]] = field(default_factory=list)


def set_path(path: str | Path | None) -> None:
    """Use this overrides file for the rest of the process (None: the default)."""
    global _path
    _path = Path(path) if path else None
    _cache.clear()


def default_path() -> Path:
    env = os.environ.get(ENV)
    if env:
        return Path(env)
    return _bundled()


@lru_cache(maxsize=1)
def _bundled() -> Path:
    """The file beside this module (looked up once: every document asks)."""
    return Path(str(resources.files("pipeline.resolve") / "overrides.toml"))


_cache: dict[tuple[str, float], Rules] = {}


def current() -> Rules:
    """The rules in force (cached until the file changes)."""
    path = _path or default_path()
    try:
        stamp = path.stat().st_mtime
    except OSError:
        if _path is not None or os.environ.get(ENV):
            raise OverridesError(f"{path}: no such overrides file") from None
        return Rules()
    key = (str(path), stamp)
    if key not in _cache:
        _cache.clear()
        _cache[key] = parse(path.read_bytes(), str(path))
    return _cache[key]


def _names(rule: dict[str, Any], field_: str, where: str) -> list[str]:
    value = rule.get(field_, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise OverridesError(f"{where}: '{field_}' must be a list of strings")
    return value


def parse(raw: bytes, path: str | None = None) -> Rules:
    try:
        doc = tomllib.loads(raw.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
        raise OverridesError(f"{path}: {err}") from None
    rules = Rules(path=path, digest=hashlib.sha1(raw).hexdigest()[:16])
    for i, r in enumerate(doc.get("merge", [])):
        where = f"{path}: merge #{i + 1}"
        names, ids = _names(r, "names", where), _names(r, "ids", where)
        canonical = r.get("canonical")
        if len(names) + len(ids) + bool(canonical) < 2:
            raise OverridesError(f"{where}: needs at least two names or ids")
        rules.merges.append({"names": names, "ids": ids, "canonical": canonical,
                             "type": r.get("type")})
    for i, r in enumerate(doc.get("forbid", [])):
        names = _names(r, "names", f"{path}: forbid #{i + 1}")
        if len(names) < 2:
            raise OverridesError(f"{path}: forbid #{i + 1}: needs at least two names")
        keys = {canonical_key(n) for n in names} | {person_key(n) for n in names}
        gid = len(rules.group_keys)
        rules.group_keys.append(keys)
        rules.forbids.append({"names": names})
        for k in keys:
            rules.forbid_groups.setdefault(k, set()).add(gid)
    for i, r in enumerate(doc.get("alias", [])):
        where = f"{path}: alias #{i + 1}"
        if not isinstance(r.get("entity"), str):
            raise OverridesError(f"{where}: 'entity' (a name or an id) is required")
        rules.aliases.append({"entity": r["entity"], "aliases": _names(r, "aliases", where),
                              "type": r.get("type")})
    return rules


def allowed(resolver: Resolver, key: str, eid: str, person: bool = False) -> bool:
    """False when a forbid rule keeps the name `key` out of entity `eid`."""
    rules = resolver.rules
    groups = rules.forbid_groups.get(key)
    if not groups:
        return True
    have = resolver.state.alias_keys.get(eid, set())
    return not any(k != key and k in rules.group_keys[g] for g in groups for k in have)


def apply(resolver: Resolver, rules: Rules) -> list[str]:
    """Make the KB agree with the rules; return what was done (idempotent)."""
    from .apply import apply_rules

    return apply_rules(resolver, rules)
