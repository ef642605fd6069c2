"""Answering questions from the knowledge base: timelines, cooperation links,
full-text search, lookups, exports and the network picture.

Library code only; `pipeline.commands.query` is the thin CLI over it. Queries
read the views of migrations 0005 and 0006 (timeline, cooperation_links,
positions, position_spans, legal_citations, figure_facts, dated_events,
document_index), so `sqlite3`, `sqlite-utils`, Datasette and the web pages get
the same answers, with the same fact dates, as the CLI.
"""
from __future__ import annotations

from .common import QueryError, Window
from .cooperation import cooperation
from .lookups import figures, legal, officials, profile
from .search import fts_query, search
from .targets import Target, resolve
from .timeline import timeline

__all__ = ["QueryError", "Target", "Window", "cooperation", "figures", "fts_query", "legal",
           "officials", "profile", "resolve", "search", "timeline"]
