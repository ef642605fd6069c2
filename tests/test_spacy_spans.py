"""`ytekb docbin` spans stop at word boundaries, with punctuation trimmed."""
from __future__ import annotations

from pathlib import Path

from spacy.tokens import DocBin

from pipeline import jobs
from pipeline.kb import store
from pipeline.spacy_export import _TRIM, blank_nlp, export_docbin, make_doc, trimmed

TEXT = ("Sáng 24/7, Bệnh viện Bạch Mai hỗ trợ Sở Y tế Nghệ An 20 bác sĩ, theo Nghị quyết số "
        "39-NQ/TW ngày 18/7/2023. PGS.TS. Đào Xuân Cơ - Giám đốc Bệnh viện Bạch Mai (Hà Nội) "
        "cho biết: bệnh viện đã tiếp nhận 1.200 ca.\n\nÔng Nguyễn Đức Trung, Chủ tịch UBND tỉnh "
        "Nghệ An, cảm ơn Bộ Y tế.")


def test_words_and_punctuation_are_separate_tokens_and_the_text_is_unchanged():
    doc = make_doc(blank_nlp(), TEXT)
    assert doc.text == TEXT
    words = [t.text for t in doc]
    for whole in ("24/7", "39-NQ/TW", "18/7/2023", "1.200"):
        assert whole in words
    assert "Mai" in words and "," in words and "Mai," not in words


def test_trimmed_drops_spaces_and_punctuation_at_both_ends():
    text = ' "Bệnh viện Bạch Mai", '
    s, e = trimmed(text, 0, len(text))
    assert text[s:e] == "Bệnh viện Bạch Mai"
    assert trimmed("...", 0, 3)[0] == trimmed("...", 0, 3)[1]


def test_exported_spans_are_whole_words_without_punctuation(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text(TEXT, encoding="utf-8")
    db_path = tmp_path / "kb.sqlite"
    assert jobs.load(db_path, jobs.file_items([src], published="2024-07-25"), "ingest").exit_code == 0
    db = store.open_kb(db_path)
    docs, count = export_docbin(db, tmp_path / "out.spacy")
    db.close()
    assert docs == 1 and count >= 8
    (doc,) = list(DocBin().from_disk(tmp_path / "out.spacy").get_docs(blank_nlp().vocab))
    spans = list(doc.spans["ytekb"])
    for span in spans:
        assert span.text == span.text.strip(_TRIM), span.text
        before = TEXT[span.start_char - 1] if span.start_char else " "
        after = TEXT[span.end_char] if span.end_char < len(TEXT) else " "
        assert not before.isalnum() and not after.isalnum(), span.text   # word boundaries
    labels = {(e.text, e.label_) for e in doc.ents}
    assert ("Bệnh viện Bạch Mai", "ORG") in labels
    assert ("Đào Xuân Cơ", "PER") in labels
    assert any(text.startswith("Nghị quyết") and not text.endswith((",", ".")) and label == "LAW"
               for text, label in labels)
