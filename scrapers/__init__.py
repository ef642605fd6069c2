"""Collecting articles: fetching, decoding, discovery and per-site adapters."""
