"""The pipeline, declared in one place.

`EXTRACTION` is the order of extractor components run on every document (each
takes and returns an `extractors.doc.Doc`); `JOB` is the order of the stages a
job (`run`, `ingest`, `nightly`, `reextract`) puts every article through.
"""
from __future__ import annotations

EXTRACTION: tuple[str, ...] = (
    "textnorm",       # same-length matching text, chrome lines flagged
    "sentences",      # sentence spans that respect abbreviations
    "context",        # article province and year, for bare mentions and d/m dates
    "organizations",  # named organisations with types, abbreviations expanded
    "officials",      # (person, title, organisation) per stated role
    "dates",          # calendar references resolved to ISO ranges
    "legal",          # numbered and titled legal documents
    "figures",        # quantities with their counted noun
    "cooperations",   # who supports, trains, donates to or works with whom
    "factdates",      # each role, cooperation and figure dated by its sentence's event
)

JOB: tuple[str, ...] = (
    "read",     # file or HTTP response -> Article (decode, adapter, publication date)
    "extract",  # Article -> Extraction through EXTRACTION
    "resolve",  # names -> stable entity ids (inside the store's transaction)
    "store",    # one transaction per document; unchanged documents are skipped
)
