"""The resolver the store calls inside each document's transaction.

Every name becomes an entity id: an existing entity when the name matches one
(exact key, same name in a compatible province, a spelling variant, or a
gazetteer entry), else a new entity. Each decision is written as an alias row
with its score, method and reason, so `ytekb entity --explain` can show it.
Ids derive from the canonical key of the canonical form (the gazetteer's
official name when matched), so they are stable across reruns.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timezone
from typing import Any

import sqlite_utils

from . import geo, overrides
from .index import (ORG, PERSON, PROVINCE, Entity, OrgRec, State, family, gazetteer_index,
                    forget, get_state, rekey, remember)
from .keys import (canonical_key, display_name, entity_id, fold, is_ascii_form, name_quality,
                   person_key, strip_honorifics)
from .match import find
from .names import OrgName, contextual_name, parse

__all__ = ["Resolver", "entity_id", "canonical_key"]

_STRIP = " \t\r\n,.;:!?\"'“”‘’()[]«»-–—"
_ADD_ENTITY = ("INSERT OR IGNORE INTO entities(id, name, type, key, province, core, territory, "
               "province_now, source) VALUES (?,?,?,?,?,?,?,?,?)")
_ADD_ALIAS = ("INSERT OR IGNORE INTO aliases(entity_id, alias, key, score, reason, method, fold, "
              "document_id, created_at) VALUES (?,?,?,?,?,?,?,?,?)")
_ADD_SCOPE = "INSERT OR IGNORE INTO person_scopes(person_id, scope) VALUES (?,?)"
_SET_TYPE = "UPDATE entities SET type = ? WHERE id = ?"
_SET_NAME = "UPDATE entities SET name = ? WHERE id = ?"


def clean(name: str | None) -> str:
    return " ".join((name or "").split()).strip(_STRIP) or "?"


def province_name(text: str | None) -> str | None:
    """Official name of a province given in any spelling, or None."""
    return geo.lookup(text) if text else None


class Resolver:
    """Creates or finds entities; one instance per document transaction."""

    def __init__(self, db: sqlite_utils.Database, province: str | None = None,
                 document_id: int | None = None, date: str | None = None,
                 apply_overrides: bool = True, batch: bool = False) -> None:
        self.db = db
        # writes waiting for `flush` (`batch`: the store's per-document resolver), as
        # runs of one statement: [sql, fingerprint slot, rows]; None writes at once
        self._queue: list[list[Any]] | None = None
        self.province = province_name(province)
        self.document_id = document_id
        self.date = date
        self.now = datetime.now(timezone.utc).replace(microsecond=0).isoformat()
        self.state: State = get_state(db)
        if rekey(db):
            forget(db)
            self.state = get_state(db)
        self.actions: list[str] = []
        self.rules = overrides.current()
        if apply_overrides and self.state.applied != self.rules.digest:
            self.actions = overrides.apply(self, self.rules)
            self.state.applied = self.rules.digest
            remember(db, self.state)
        if batch:
            self._queue = []

    # --- the interface the store calls -------------------------------------------------

    def organization(self, name: str, type_: str = "other", province: str | None = None,
                     surface: str | None = None) -> str:
        """`name` as the extractor normalised it; `surface` as the text wrote it
        ("BV Bạch Mai"), kept as an alias when it points nowhere else."""
        text = clean(name)
        hint = province_name(province) or self.province
        memo = ("org", text, hint)
        eid = self.state.memo.get(memo)
        if eid is None:
            eid = self._resolve_org(text, type_ or "other", hint)
            self.state.memo[memo] = eid
        self._upgrade_type(eid, type_)
        if surface and clean(surface) != text:
            self._surface(eid, clean(surface), hint, text)
        return eid

    def _surface(self, eid: str, surface: str, hint: str | None, name: str) -> None:
        memo = ("surface", surface, hint)
        if memo in self.state.memo:
            return
        self.state.memo[memo] = eid
        p = parse(surface)
        if p.scoped and hint and not p.local:
            p = parse(contextual_name(surface, hint))
        if p.head != parse(name).head:     # a fragment, not a way of writing the name
            return
        owners = {self.state.follow(r.eid) for ix in (self.state.orgs, gazetteer_index())
                  for r in ix.by_key.get(p.key, ())}
        if owners <= {eid}:
            self._alias(eid, p.text, 100.0, "surface", f"written so in the text; extracted "
                                                       f"as '{name}'")

    def person(self, name: str, organization_id: str | None = None,
               province: str | None = None) -> str:
        text = strip_honorifics(clean(name))
        scopes, place = self._scopes(organization_id, province_name(province) or self.province)
        memo = ("person", text, scopes)
        eid = self.state.memo.get(memo)
        if eid is None:
            eid = self._resolve_person(text, scopes, place)
            self.state.memo[memo] = eid
        return eid

    def endpoint(self, name: str, province: str | None = None) -> str:
        """A cooperation end: a province ("Nghệ An", "tỉnh Bắc Kạn") or an organisation."""
        text = clean(name)
        prov = province_name(text)
        if prov:
            return self.province_entity(prov, alias=text)
        return self.organization(text, parse(text).type, province)

    def finish(self) -> None:
        """Write what is queued; record the KB's fingerprint so the next document
        reuses the index."""
        self.flush()
        remember(self.db, self.state, counted=True)

    def flush(self) -> None:
        """Run the queued writes in their order, each run of one statement as one
        `executemany`: the same rows, ids and triggers as writing them one by one."""
        queue, conn = self._queue, self.db.conn
        if not queue:
            return
        self._queue = []
        for sql, slot, rows in queue:
            cur = conn.executemany(sql, rows) if len(rows) > 1 else conn.execute(sql, rows[0])
            if slot is not None:
                self.state.grown[slot] += cur.rowcount

    def _write(self, sql: str, row: list[Any], slot: int | None = None) -> None:
        """One write of the resolver; `slot`: the fingerprint table it may add a row to
        (0 entities, 1 aliases, 2 person_scopes), counted for `index.remember`."""
        queue = self._queue
        if queue is None:
            cur = self.db.conn.execute(sql, row)
            if slot is not None:
                self.state.grown[slot] += cur.rowcount
        elif queue and queue[-1][0] is sql:
            queue[-1][2].append(row)
        else:
            queue.append([sql, slot, [row]])

    # --- organisations -----------------------------------------------------------------

    def _resolve_org(self, text: str, type_: str, hint: str | None) -> str:
        name = parse(text)
        territory, province, context = name.territory, name.province, ""
        city_in_province = (name.marker == "thành phố" and hint
                            and geo.provinces().get(hint) and geo.provinces()[hint].kind == "tỉnh")
        if city_in_province and gazetteer_index().by_key.get(name.key):
            name = parse(text)  # a proper name ending in "Thành phố": the gazetteer knows it
            name = replace(name, scoped=False, bare=False)
        elif name.scoped and hint:
            context = f"; province {hint} from the document for '{text}'"
            if name.local or city_in_province:  # "TTYT huyện Ba Bể": keep the name, place it
                territory, province = geo.territory(hint), hint
            else:               # "Sở Y tế" -> "Sở Y tế Nghệ An"
                name = parse(contextual_name(text, hint))
                territory, province = name.territory, name.province
        m = find([self.state.orgs, gazetteer_index()], name, territory, hint,
                 type_ if type_ != "other" else name.type,
                 ok=lambda rec: overrides.allowed(self, name.key, rec.eid))
        if m is None:
            eid = self._new_org(name, type_, province, territory)
            self._alias(eid, name.text, 100.0, "new", "first seen" + context)
            return eid
        eid = self._materialize(m.rec)
        method = "gazetteer" if m.rec.gaz is not None and m.method != "exact" else m.method
        if m.rec.gaz is not None:
            m.reason += f"; gazetteer entry '{m.rec.gaz['name']}'"
        self._alias(eid, name.text, m.score, "context" if context and m.method == "exact"
                    else method, m.reason + context)
        return eid

    def _materialize(self, rec: OrgRec) -> str:
        eid = self.state.follow(rec.eid)
        if rec.gaz is None or eid in self.state.entities:
            return eid
        entry = rec.gaz
        p = parse(entry["name"])
        province = entry.get("province") or p.province
        self._insert_entity(eid, entry["name"], entry.get("type") or p.type, p.key, province,
                            p.core, geo.territory(province), "gazetteer")
        self._alias(eid, entry["name"], 100.0, "gazetteer", "official name (gazetteer)")
        return eid

    def _new_org(self, name: OrgName, type_: str, province: str | None,
                 territory: str | None) -> str:
        typ = type_ if type_ and type_ != "other" else name.type
        key = name.key
        if name.local and province:     # same district name, other province: other body
            key = canonical_key(f"{name.text} {province}")
        eid = self._free_id(entity_id(ORG, key))
        self._insert_entity(eid, display_name(name.text), typ, name.key, province, name.core,
                            territory, "extracted")
        return eid

    def _upgrade_type(self, eid: str, type_: str | None) -> None:
        ent = self.state.entities.get(eid)
        if ent and type_ and type_ != "other" and ent.type == "other":
            self.state.dirty = True
            ent.type = type_
            self._write(_SET_TYPE, [type_, eid])

    # --- persons -----------------------------------------------------------------------

    def _scopes(self, organization_id: str | None,
                province: str | None) -> tuple[frozenset[str], str | None]:
        """What a person mention is anchored to: its organisation (and that
        organisation's province), else the document's province; and the
        province to show for a new person. An article dated after the 2025
        merger that places someone in a merged province also anchors them
        in the provinces it was formed from (Bắc Kạn -> Thái Nguyên)."""
        out, place = set(), None
        if organization_id:
            oid = self.state.follow(organization_id)
            out.add(f"org:{oid}")
            ent = self.state.entities.get(oid)
            place = (ent.name if ent.type == PROVINCE else ent.province) if ent else None
        else:
            place = province
        if place:
            out.add(f"prov:{geo.territory(place)}")
            p = geo.provinces().get(place)
            if p and p.new and p.since and self.date and self.date >= p.since:
                out.update(f"prov:{geo.territory(f)}" for f in p.formed_from)
        return frozenset(out or {"-"}), place

    def _resolve_person(self, text: str, scopes: frozenset[str], place: str | None) -> str:
        key = person_key(text)
        st = self.state
        m = self._match_person(st.persons.get(key, []), key, scopes, 100.0, "person")
        if m is None:   # written without diacritics, this mention or an earlier one
            folds = st.person_folds if is_ascii_form(text) else st.plain_person_folds
            m = self._match_person(folds.get(fold(key), []), key, scopes, 90.0, "accent")
        if m is None:
            anchor = sorted(scopes, key=lambda s: (not s.startswith("prov:"), s))[0]
            eid = self._free_id(entity_id(PERSON, f"{key}|{anchor}"))
            self._insert_entity(eid, text, PERSON, key, place, key, geo.territory(place),
                                "extracted")
            self._alias(eid, text, 100.0, "new", f"first seen ({', '.join(sorted(scopes))})")
        else:
            eid, score, method, reason = m
            self._alias(eid, text, score, method, reason)
        self._add_scopes(eid, scopes)
        return eid

    def _match_person(self, cands: list[str], key: str, scopes: frozenset[str], score: float,
                      method: str) -> tuple[str, float, str, str] | None:
        best = None
        for eid in cands:
            eid = self.state.follow(eid)
            shared = scopes & self.state.scopes.get(eid, set())
            if not shared or not overrides.allowed(self, key, eid, person=True):
                continue
            rank = (not any(s.startswith("org:") for s in shared), eid)
            if best is None or rank < best[0]:
                best = (rank, eid, shared)
        if best is None:
            return None
        _, eid, shared = best
        what = ", ".join(self._scope_label(s) for s in sorted(shared))
        return eid, score, method, f"same name '{key}' and same {what}"

    def _scope_label(self, scope: str) -> str:
        if scope.startswith("org:"):
            ent = self.state.entities.get(scope[4:])
            return f"organisation {ent.name if ent else scope[4:]}"
        if scope.startswith("prov:"):
            return f"province {scope[5:]}"
        return "absence of any organisation or province"

    def _add_scopes(self, eid: str, scopes: frozenset[str]) -> None:
        have = self.state.scopes[eid]
        if scopes - have:
            self.state.dirty = True
        for s in scopes - have:
            have.add(s)
            self._write(_ADD_SCOPE, [eid, s], 2)

    # --- provinces ---------------------------------------------------------------------

    def province_entity(self, name: str, alias: str | None = None) -> str:
        """The entity of a province, created on first mention. A renamed unit
        is its successor (Thừa Thiên Huế is Huế); a merged one stays itself
        and says what it is part of now (Bắc Kạn -> Thái Nguyên)."""
        p = geo.provinces().get(name)
        if p and p.status == "renamed" and p.merged_into:
            alias, name = alias or name, p.merged_into
        key = canonical_key(name)
        eid = entity_id(PROVINCE, key)
        if eid not in self.state.entities:
            self._insert_entity(eid, name, PROVINCE, key, name, key, geo.territory(name),
                                "province")
            self._alias(eid, name, 100.0, "gazetteer", "official province name (gazetteer)")
            for old in geo.renamed_from(name):
                self._alias(eid, old, 100.0, "gazetteer", f"former name of {name} (gazetteer)")
            for a in geo.spellings(name):
                self._alias(eid, a, 100.0, "gazetteer", "province alias (gazetteer)")
        if alias and alias != name:
            self._alias(eid, alias, 100.0, "province", f"spelling of province {name}")
        return eid

    # --- writing -----------------------------------------------------------------------

    def _free_id(self, eid: str) -> str:
        """`eid`, or a suffixed id when an unrelated entity already has it."""
        base, n = eid, 1
        while eid in self.state.entities or eid in self.state.redirects:
            n += 1
            eid = f"{base}_{n}"
        return eid

    def _insert_entity(self, eid: str, name: str, type_: str, key: str, province: str | None,
                       core: str, territory: str | None, source: str) -> None:
        now = geo.current(province) if province else None
        self.state.dirty = True
        self._write(_ADD_ENTITY, [eid, name, type_, key, province, core, territory, now, source],
                    0)
        self.state.entities[eid] = Entity(eid, name, type_, key, province, territory, source)
        if province and family(type_) != PROVINCE and province in geo.provinces():
            self.province_entity(province)

    def _alias(self, eid: str, alias: str, score: float, method: str, reason: str) -> None:
        if (eid, alias) in self.state.seen_aliases:
            return
        ent = self.state.entities[eid]
        self.state.dirty = True
        key = person_key(alias) if ent.type == PERSON else canonical_key(alias)
        self._write(_ADD_ALIAS, [eid, alias, key, score, reason, method, fold(key),
                                 self.document_id, self.now], 1)
        self.state.add_alias(eid, alias)
        if ent.source == "extracted" and ent.type != PERSON:
            better = display_name(alias)
            if name_quality(better) > name_quality(ent.name) and canonical_key(better) == ent.key:
                ent.name = better
                self._write(_SET_NAME, [better, eid])

    def _set_meta(self, k: str, v: str | None) -> None:
        self.flush()
        self.db.execute("INSERT OR REPLACE INTO resolve_meta(k, v) VALUES (?, ?)", [k, v])

    def bump_generation(self) -> None:
        """Mark the KB as changed in a way rowids do not show (moved aliases)."""
        self.flush()
        row = self.db.execute("SELECT v FROM resolve_meta WHERE k = 'generation'").fetchone()
        self._set_meta("generation", str(int(row[0]) + 1 if row and row[0] else 1))

