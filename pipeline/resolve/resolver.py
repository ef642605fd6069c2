"""Baseline resolver: exact canonical key within a type (replaced by fuzzy matching)."""
from __future__ import annotations

import hashlib
import re
import unicodedata

import sqlite_utils

from extractors.textnorm import match_text


def canonical_key(name: str) -> str:
    text = match_text(unicodedata.normalize("NFC", name)).lower()
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(text.split())


def entity_id(type_: str, key: str) -> str:
    digest = hashlib.sha1(f"{type_}\x1f{key}".encode()).hexdigest()[:12]
    return f"{type_[:3]}_{digest}"


class Resolver:
    """Creates or finds entities; one instance per document transaction."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def _ensure(self, name: str, type_: str, province: str | None = None,
                reason: str = "exact key") -> str:
        key = canonical_key(name)
        eid = entity_id(type_, key)
        self.db.execute(
            "INSERT OR IGNORE INTO entities(id, name, type, key, province) VALUES (?,?,?,?,?)",
            [eid, name, type_, key, province])
        self.db.execute(
            "INSERT OR IGNORE INTO aliases(entity_id, alias, key, score, reason) VALUES (?,?,?,?,?)",
            [eid, name, key, 100.0, reason])
        return eid

    def organization(self, name: str, type_: str, province: str | None = None) -> str:
        return self._ensure(name, type_ or "other", province)

    def person(self, name: str, organization_id: str | None = None,
               province: str | None = None) -> str:
        return self._ensure(name, "person", province)

    def endpoint(self, name: str, province: str | None = None) -> str:
        return self._ensure(name, "other", province)

    def finish(self) -> None:
        """Hook for resolvers that batch their writes."""
