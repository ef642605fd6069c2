"""Article -> Extraction: the extract stage shared by every job."""
from __future__ import annotations

from extractors import pipeline_version, run
from extractors.doc import Doc

from .records import Extraction
from .records import Article
from .stages import EXTRACTION

VERSION = pipeline_version(EXTRACTION)


def extract(article: Article) -> Extraction:
    doc = Doc(text=article.text, published=article.published, name=article.name,
              title=article.title)
    doc = run(doc, EXTRACTION)
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
