"""Placeholder until the real extractor lands."""
from __future__ import annotations

from .doc import Doc

NAME = "context"
VERSION = "0"


def detect_context(doc: Doc) -> Doc:
    return doc
