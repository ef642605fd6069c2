"""Typed records that cross stage boundaries.

Every stage takes and returns one of these, so a stage can be swapped or tested
alone and the knowledge base never sees an untyped dict.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any


def content_hash(text: str) -> str:
    """Stable hash of the clean text: the identity of a document's content."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


@dataclass(frozen=True)
class Article:
    """One article as read from a file or fetched from a site, before extraction."""

    source: str
    title: str
    text: str
    url: str | None = None
    canonical_url: str | None = None
    path: str | None = None
    published: str | None = None
    fetched_at: str | None = None
    raw: str | None = None
    language: str = "vi"
    meta: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)

    @property
    def key(self) -> str:
        """Document identity: canonical URL, else URL, else the file path.

        The content hash is not part of the key: a changed file keeps its key so
        its facts are replaced; the hash decides whether anything changed."""
        if self.canonical_url:
            return self.canonical_url
        if self.url:
            return self.url
        if self.path:
            return f"file:{self.path}"
        return f"text:{self.content_hash}"

    @property
    def name(self) -> str:
        """Short human label: the file's base name or the URL."""
        if self.path:
            return self.path.replace("\\", "/").rsplit("/", 1)[-1]
        return self.canonical_url or self.url or self.title


@dataclass
class Fact:
    """Provenance shared by every extracted item: where in the stored text it sits."""

    sentence: int
    start: int
    end: int
    extractor: str
    version: str
    confidence: float


@dataclass
class Dated:
    """The date of a role, cooperation or figure (set by `extractors.factdates`):
    the event its sentence reports, else the publication date; `date_source`
    says which (event, published, none)."""

    date: str | None = None
    date_source: str = "none"

    def date_fields(self, published: str | None) -> dict[str, str | None]:
        """The stored `date` and `date_source`: the fact's own, or (for a fact that
        never went through factdates) the publication date."""
        if self.date or self.date_source != "none":
            return {"date": self.date, "date_source": self.date_source}
        return {"date": published or None, "date_source": "published" if published else "none"}


@dataclass
class Organization(Fact):
    name: str = ""
    type: str = "other"
    surface: str = ""
    province: str | None = None
    canonical: str | None = None  # the gazetteer's official name, when known
    full: str | None = None       # the longest form this document writes for it


@dataclass
class Official(Dated, Fact):
    name: str = ""
    title: str = ""
    organization: str | None = None
    honorifics: list[str] = field(default_factory=list)
    former: bool = False
    surface: str = ""


@dataclass
class DateRef(Fact):
    text: str = ""
    date_start: str = ""
    date_end: str = ""


@dataclass
class LegalDoc(Fact):
    text: str = ""
    kind: str = ""
    number: str | None = None
    issued: str | None = None
    issuer: str | None = None
    title: str | None = None


@dataclass
class Figure(Dated, Fact):
    text: str = ""
    value: float = 0.0
    unit: str = ""
    qualifier: str | None = None


@dataclass
class Cooperation(Dated, Fact):
    source: str = ""
    target: str = ""
    kind: str = "other"
    text: str = ""


FACT_KINDS: dict[str, type[Fact]] = {
    "organizations": Organization,
    "officials": Official,
    "dates": DateRef,
    "legal_documents": LegalDoc,
    "figures": Figure,
    "cooperations": Cooperation,
}


@dataclass
class Extraction:
    """All facts found in one article, each with its span in `article.text`."""

    article: Article
    sentences: list[tuple[int, int]] = field(default_factory=list)
    organizations: list[Organization] = field(default_factory=list)
    officials: list[Official] = field(default_factory=list)
    dates: list[DateRef] = field(default_factory=list)
    legal_documents: list[LegalDoc] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    cooperations: list[Cooperation] = field(default_factory=list)
    province: str | None = None

    def facts(self) -> dict[str, list[Fact]]:
        return {kind: getattr(self, kind) for kind in FACT_KINDS}

    def counts(self) -> dict[str, int]:
        return {kind: len(items) for kind, items in self.facts().items()}

