"""Extractor components, registered in one place.

Each component is a function `Doc -> Doc` in its own module with NAME and
VERSION. `pipeline.stages.EXTRACTION` decides the order they run in.
"""
from __future__ import annotations

import hashlib
from collections.abc import Callable

from . import (context, cooperations, dates, figures, legal, officials, organizations,
               sentences, textnorm, factdates)
from .doc import Doc

Component = Callable[[Doc], Doc]

REGISTRY: dict[str, tuple[Component, str]] = {
    "textnorm": (textnorm.normalise, textnorm.VERSION),
    "sentences": (sentences.split_sentences, sentences.VERSION),
    "context": (context.detect_context, context.VERSION),
    "organizations": (organizations.extract, organizations.VERSION),
    "officials": (officials.extract, officials.VERSION),
    "dates": (dates.extract, dates.VERSION),
    "legal": (legal.extract, legal.VERSION),
    "figures": (figures.extract, figures.VERSION),
    "cooperations": (cooperations.extract, cooperations.VERSION),
    "factdates": (factdates.extract, factdates.VERSION),
}


def pipeline_version(order: tuple[str, ...]) -> str:
    """One version string for the whole chain: bumping any component changes it."""
    joined = ";".join(f"{name}={REGISTRY[name][1]}" for name in order)
    return hashlib.sha1(joined.encode()).hexdigest()[:10]


def run(doc: Doc, order: tuple[str, ...]) -> Doc:
    for name in order:
        doc = REGISTRY[name][0](doc)
    return doc
