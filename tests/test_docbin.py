"""The spaCy export: every document round-trips with spans that sit on its text."""
from __future__ import annotations

from pathlib import Path

from spacy.tokens import DocBin

from pipeline import jobs
from pipeline.kb import store
from pipeline.spacy_export import blank_nlp, export_docbin


def test_docbin_round_trip(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text("Sáng 24/7, Bệnh viện Bạch Mai hỗ trợ Sở Y tế Nghệ An 20 bác sĩ. "
                   "PGS.TS. Đào Xuân Cơ - Giám đốc Bệnh viện Bạch Mai phát biểu.", encoding="utf-8")
    db_path = tmp_path / "kb.sqlite"
    report = jobs.load(db_path, jobs.file_items([src], published="2024-07-25"), "ingest")
    assert report.exit_code == 0
    db = store.open_kb(db_path)
    docs, spans = export_docbin(db, tmp_path / "out.spacy")
    db.close()
    assert docs == 1 and spans >= 4
    nlp = blank_nlp()
    (doc,) = list(DocBin().from_disk(tmp_path / "out.spacy").get_docs(nlp.vocab))
    labels = {(e.text.strip(" ,."), e.label_) for e in doc.ents}
    assert ("Bệnh viện Bạch Mai", "ORG") in labels
    assert ("Đào Xuân Cơ", "PER") in labels
    assert any(label == "DATE" for _, label in labels)
    assert any(label == "QUANTITY" for _, label in labels)
