"""The evaluation contract: one JSON object per document (see the eval README)."""
from __future__ import annotations

from dataclasses import replace
from typing import Any

from extractors.cooperations import collapse

from .records import Extraction, Fact


def _prov(f: Fact) -> dict[str, Any]:
    return {"sentence": f.sentence, "start": f.start, "end": f.end, "confidence": f.confidence}


def _province_map(ex: Extraction) -> dict[str, str | None]:
    """Organisation name -> its province; cooperation ends that are provinces -> None."""
    out: dict[str, str | None] = {o.name: o.province for o in ex.organizations}
    out.update({o.full: o.province for o in ex.organizations if o.full})
    for c in ex.cooperations:
        for name in (c.source, c.target):
            out.setdefault(name, None)
    return out


def _dated(f: Any) -> dict[str, Any]:
    """A role's, cooperation's or figure's date and how it was chosen (extractors.factdates)."""
    return {"date": f.date, "date_source": f.date_source}


def _one_per_number(docs: list) -> list:
    """A document cited several times is one legal document: keep its first
    mention, with the issue date, issuer and title any later mention adds."""
    out, by_number = [], {}
    for d in docs:
        key = "".join((d.number or "").split()).upper()
        if not key:
            out.append(d)
            continue
        first = by_number.get(key)
        if first is None:
            by_number[key] = first = replace(d)
            out.append(first)
            continue
        first.issued = first.issued or d.issued
        first.issuer = first.issuer or d.issuer
        first.title = first.title or d.title
    return out


def to_contract(ex: Extraction) -> dict[str, Any]:
    """The eval contract: facts deduplicated per document, as annotators count them."""
    links = collapse(ex.cooperations, _province_map(ex))
    return {
        "document": ex.article.name,
        "published": ex.article.published,
        "organizations": [{"name": o.name, "type": o.type, "surface": o.surface, **_prov(o)}
                          for o in ex.organizations],
        "officials": [{"name": o.name, "title": o.title, "organization": o.organization,
                       "honorifics": o.honorifics, "former": o.former, **_dated(o), **_prov(o)}
                      for o in ex.officials],
        "dates": [{"text": d.text, "start": d.date_start, "end": d.date_end,
                   "offsets": [d.start, d.end], "sentence": d.sentence,
                   "confidence": d.confidence} for d in ex.dates],
        "legal_documents": [{"text": d.text, "kind": d.kind, "number": d.number,
                             "issued": d.issued, "issuer": d.issuer, "title": d.title, **_prov(d)}
                            for d in _one_per_number(ex.legal_documents)],
        "figures": [{"text": f.text, "value": f.value, "unit": f.unit,
                     "qualifier": f.qualifier, **_dated(f), **_prov(f)} for f in ex.figures],
        "cooperations": [{"from": c.source, "to": c.target, "kind": c.kind, **_dated(c),
                          **_prov(c)} for c in links],
    }
