"""Applying override rules to a KB: entity merges, splits and alias moves.

Every table that references `entities(id)` is found from the schema's
foreign keys, so facts added by other features follow a merge too. Each
merge or split is recorded in `merges`; a merged-away id redirects there.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from . import geo
from .index import ORG, PERSON, PROVINCE, get_state, forget
from .keys import canonical_key, entity_id, person_key
from .match import find
from .names import contextual_name, parse
from .overrides import Rules

if TYPE_CHECKING:
    from .resolver import Resolver


def _fk_columns(r: Resolver) -> list[tuple[str, str]]:
    out = []
    tables = [t for (t,) in r.db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'")]
    for t in tables:
        for row in r.db.execute(f"PRAGMA foreign_key_list('{t}')"):
            if row[2] == "entities":
                out.append((t, row[3]))
    return out


def _reload(r: Resolver) -> None:
    forget(r.db)
    r.state = get_state(r.db)


def key_for(name: str, type_: str | None) -> str:
    return person_key(name) if type_ == PERSON else canonical_key(name)


def existing(r: Resolver, name: str, type_: str | None = None) -> str | None:
    """The entity a name (or an id) stands for now, without creating one."""
    st = r.state
    if name in st.entities or name in st.redirects:
        return st.follow(name)
    if type_ == PERSON:
        eids = {st.follow(e) for e in st.persons.get(person_key(name), [])}
        return eids.pop() if len(eids) == 1 else None
    prov = geo.lookup(name)
    if prov and type_ in (None, PROVINCE):
        eid = entity_id(PROVINCE, canonical_key(prov))
        return eid if eid in st.entities else None
    p = parse(name)
    m = find([st.orgs], p, p.territory, None, type_ or "other", ok=lambda rec: True)
    return st.follow(m.rec.eid) if m else None


def ensure(r: Resolver, name: str, type_: str | None = None) -> str:
    eid = existing(r, name, type_)
    if eid:
        return eid
    if type_ == PERSON:
        return r.person(name)
    if type_ in (None, PROVINCE) and geo.lookup(name):
        return r.endpoint(name)
    return r.organization(name, type_ or parse(name).type)


def merge_entities(r: Resolver, src: str, dst: str, reason: str, action: str = "merge") -> None:
    """Move everything of `src` to `dst` and delete `src`."""
    for table, col in _fk_columns(r):
        if table in ("aliases", "person_scopes"):
            r.db.execute(f"UPDATE OR IGNORE {table} SET {col} = ? WHERE {col} = ?", [dst, src])
            r.db.execute(f"DELETE FROM {table} WHERE {col} = ?", [src])
        else:
            r.db.execute(f"UPDATE {table} SET {col} = ? WHERE {col} = ?", [dst, src])
    r.db.execute("INSERT INTO merges(from_id, into_id, action, score, reason, created_at) "
                 "VALUES (?,?,?,?,?,?)", [src, dst, action, 100.0, reason, r.now])
    r.db.execute("DELETE FROM entities WHERE id = ?", [src])


def _move_name(r: Resolver, src: str, dst: str, key: str, type_: str | None) -> None:
    """Move one name (alias rows and the facts written with it) between entities."""
    r.db.execute("UPDATE OR IGNORE aliases SET entity_id = ? WHERE entity_id = ? AND key = ?",
                 [dst, src, key])
    r.db.execute("DELETE FROM aliases WHERE entity_id = ? AND key = ?", [src, key])
    rows = r.db.execute("SELECT m.id, m.surface, d.province FROM mentions m "
                        "JOIN documents d ON d.id = m.document_id WHERE m.entity_id = ?", [src])
    for mid, surface, province in rows.fetchall():
        if _same(surface, province, key, type_):
            r.db.execute("UPDATE mentions SET entity_id = ? WHERE id = ?", [dst, mid])
    for table, id_col, name_col in (("roles", "organization_id", "organization"),
                                    ("cooperations", "from_id", "from_name"),
                                    ("cooperations", "to_id", "to_name"),
                                    ("legal_documents", "issuer_id", "issuer")):
        rows = r.db.execute(f"SELECT t.id, t.{name_col}, d.province FROM {table} t "
                            f"JOIN documents d ON d.id = t.document_id WHERE t.{id_col} = ?",
                            [src])
        for fid, name, province in rows.fetchall():
            if name and _same(name, province, key, type_):
                r.db.execute(f"UPDATE {table} SET {id_col} = ? WHERE id = ?", [dst, fid])


def _same(surface: str, province: str | None, key: str, type_: str | None) -> bool:
    if key_for(surface, type_) == key:
        return True
    p = parse(surface)
    return bool(p.scoped and province and canonical_key(contextual_name(surface, province)) == key)


def _alias_rule(r: Resolver, rule: dict[str, Any], origin: str) -> list[str]:
    done = []
    target = ensure(r, rule["entity"], rule.get("type"))
    type_ = r.state.entities[target].type
    for alias in rule["aliases"]:
        key = key_for(alias, type_)
        owners = [e for (e,) in r.db.execute(
            "SELECT DISTINCT entity_id FROM aliases WHERE key = ? AND entity_id != ?",
            [key, target])]
        for owner in owners:
            _move_name(r, owner, target, key, type_)
            done.append(f"moved '{alias}' from {owner} to {target}")
            left = r.db.execute("SELECT count(*) FROM aliases WHERE entity_id = ?", [owner])
            if left.fetchone()[0] == 0:
                merge_entities(r, owner, target, f"{origin}: alias '{alias}'")
                done.append(f"merged {owner} into {target}")
        if owners:
            _reload(r)
        if (target, alias) not in r.state.seen_aliases:
            r._alias(target, alias, 100.0, "override", f"alias added by {origin}")
            done.append(f"alias '{alias}' -> {target}")
    return done


def _merge_rule(r: Resolver, rule: dict[str, Any], origin: str) -> list[str]:
    done = []
    type_ = rule.get("type")
    names = list(rule["names"]) + ([rule["canonical"]] if rule.get("canonical") else [])
    found = [existing(r, i) for i in rule["ids"]] + [existing(r, n, type_) for n in names]
    if rule.get("canonical"):
        target = ensure(r, rule["canonical"], type_)
    else:
        target = next((e for e in found if e), None) or ensure(r, names[0], type_)
    for eid in dict.fromkeys(e for e in found if e and e != target):
        merge_entities(r, eid, target, f"{origin}: merge {names or rule['ids']}")
        done.append(f"merged {eid} into {target}")
    if done:
        _reload(r)
    for n in names:
        if (target, n) not in r.state.seen_aliases:
            r._alias(target, n, 100.0, "override", f"merge forced by {origin}")
            done.append(f"alias '{n}' -> {target}")
    canonical = rule.get("canonical")
    ent = r.state.entities[target]
    if canonical and ent.name != canonical:
        r.db.execute("UPDATE entities SET name = ? WHERE id = ?", [canonical, target])
        ent.name = canonical
        done.append(f"renamed {target} to '{canonical}'")
    return done


def _forbid_rule(r: Resolver, rule: dict[str, Any], origin: str) -> list[str]:
    done = []
    holders: dict[str, list[str]] = {}
    for n in rule["names"]:
        eid = existing(r, n)
        if eid:
            holders.setdefault(eid, []).append(n)
    for eid, names in holders.items():
        if len(names) < 2:
            continue
        ent = r.state.entities[eid]
        keep = next((n for n in names if canonical_key(n) == ent.key), names[0])
        for n in names:
            if n == keep:
                continue
            p = parse(n)
            new = r._free_id(entity_id(ORG, p.key))
            r._insert_entity(new, n, ent.type, p.key, p.province, p.core, p.territory,
                             "override")
            _move_name(r, eid, new, p.key, ent.type)
            r._alias(new, n, 100.0, "override", f"kept apart by {origin}")
            r.db.execute("INSERT INTO merges(from_id, into_id, action, score, reason, created_at)"
                         " VALUES (?,?,?,?,?,?)",
                         [eid, new, "split", 100.0, f"{origin}: forbid {rule['names']}", r.now])
            done.append(f"split '{n}' from {eid} into {new}")
        _reload(r)
    return done


def apply_rules(r: Resolver, rules: Rules) -> list[str]:
    origin = rules.path or "overrides"
    done: list[str] = []
    for rule in rules.aliases:
        done += _alias_rule(r, rule, origin)
    for rule in rules.merges:
        done += _merge_rule(r, rule, origin)
    for rule in rules.forbids:
        done += _forbid_rule(r, rule, origin)
    if done:
        r.bump_generation()
        _reload(r)
    return done
