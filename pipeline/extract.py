"""Article -> Extraction: the extract stage shared by every job."""
from __future__ import annotations

import contextlib
import gc
import importlib.abc
import importlib.machinery
import os
import sys
import threading
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from extractors import pipeline_version, run
from extractors.doc import Doc

from .records import Extraction
from .records import Article
from .stages import EXTRACTION

VERSION = pipeline_version(EXTRACTION)


class _CollectorPaused:
    """Python's cyclic collector off while documents are extracted (threads may extract
    at once: the last one out turns it back on). A full collection walks every live
    object, and a long document keeps its words, sentences and facts alive to its end:
    one 2M-char document spent 0.11-0.16 CPU s in full collections (5% of it), the same
    text as 752 articles none. Extraction leaves almost no cycles (365 objects over 200
    articles), so nothing piles up meanwhile; they are collected after."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._inside = 0
        self._resume = False
        if hasattr(os, "register_at_fork"):
            os.register_at_fork(after_in_child=self._forked)

    def _forked(self) -> None:
        """A process forked while another thread extracted runs none of it: collector back on."""
        self._lock = threading.Lock()
        if self._inside and self._resume:
            gc.enable()
        self._inside = 0

    def __enter__(self) -> None:
        with self._lock:
            if self._inside == 0:
                self._resume = gc.isenabled()
                gc.disable()
            self._inside += 1

    def __exit__(self, *_exc: object) -> None:
        with self._lock:
            self._inside -= 1
            if self._inside == 0 and self._resume:
                gc.enable()


_collector_paused = _CollectorPaused()


class _FirstUseFrozen:
    """Out of the cyclic collector's reach, what the first documents built to last: lexicons,
    word automata, compiled patterns and their caches (about 50,000 objects, built on first
    use). Every full collection walked them all again (the word sets' entries one by one): 35M
    instructions of a steady pass over the development articles (2.6%). `gc.freeze` after the
    1st, 8th, 64th and 512th document extracted in this process (what later documents build
    first is frozen at the next of them; each freeze collects first, so no garbage is kept).
    What a freeze takes in is never collected if it later turns into a garbage cycle: at most
    what is alive at those four moments, once. Worker pools freeze the parent after their
    warm-up, and unfreeze at the end, as before."""

    AT = frozenset({1, 8, 64, 512})

    def __init__(self) -> None:
        self._done = 0

    def count(self) -> None:
        self._done += 1
        if self._done in self.AT:
            gc.collect()
            gc.freeze()


_first_use_frozen = _FirstUseFrozen()


def extract(article: Article) -> Extraction:
    doc = Doc(text=article.text, published=article.published, name=article.name,
              title=article.title)
    with _collector_paused:
        doc = run(doc, EXTRACTION)
    _first_use_frozen.count()
    if doc.text is not article.text:  # textnorm made it NFC: offsets refer to that text
        article = replace(article, text=doc.text)
    return Extraction(article=article, sentences=[(s.start, s.end) for s in doc.sentences],
                      organizations=doc.organizations, officials=doc.officials,
                      dates=doc.dates, legal_documents=doc.legal_documents,
                      figures=doc.figures, cooperations=doc.cooperations,
                      province=doc.province)


def preload() -> None:
    """Load what extraction otherwise loads on first use (underthesea's tagger, about
    0.9 CPU s), so that forked workers share one copy instead of each loading its own.
    A no-op when the extractors no longer use it."""
    try:
        from extractors import signals
    except ImportError:  # pragma: no cover - the extractors changed
        return
    warm = getattr(signals, "tagged_person", None)
    if warm is not None:
        warm("Ông Nguyễn Văn An phát biểu")


MODELS = ("underthesea",)   # what `preload` imports


class _Refused(importlib.abc.Loader):
    def create_module(self, spec: importlib.machinery.ModuleSpec) -> None:
        from .parallel import Cold

        raise Cold(spec.name)

    def exec_module(self, module: Any) -> None:  # pragma: no cover - create_module raised
        raise AssertionError("unreachable")


class _RefuseModels(importlib.abc.MetaPathFinder):
    """Finds the models' packages as usual (their data files stay reachable), but
    importing one raises Cold."""

    def find_spec(self, name: str, path: Any = None,
                  target: Any = None) -> importlib.machinery.ModuleSpec | None:
        if name.partition(".")[0] not in MODELS:
            return None
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        if spec is not None:
            spec.loader = _Refused()
        return spec


def refuse_models() -> None:
    """In a worker forked before `preload` ran (a cold one): a document whose
    extraction would load the models stops with parallel.Cold, so that a warm
    worker extracts it instead of this one loading its own copy (about 0.9 CPU s;
    about 3 documents in 100 of real text need them)."""
    if not any(isinstance(f, _RefuseModels) for f in sys.meta_path):
        sys.meta_path.insert(0, _RefuseModels())


@contextlib.contextmanager
def models_refused() -> Iterator[None]:
    """`refuse_models` for a while (the parent's warm-up before its first fork)."""
    finder = _RefuseModels()
    sys.meta_path.insert(0, finder)
    try:
        yield
    finally:
        sys.meta_path.remove(finder)
