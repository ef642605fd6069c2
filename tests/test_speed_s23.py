"""Speed changes of session 23 keep what the extractors read (output byte-identical)."""
from __future__ import annotations

from extractors import tokens


def test_word_at_memo_keeps_no_word_as_none() -> None:
    """A place with no word (line end, limit) is remembered as None, not read as a miss."""
    text = "Sở Y tế   \nBệnh viện Bạch Mai"
    for _ in range(2):
        assert tokens.word_at(text, 7) is None           # spaces, then the line ends
        assert tokens.word_at(text, 0, 2) is not None and tokens.word_at(text, 0, 2).text == "Sở"
        assert tokens.word_at(text, 2, 3) is None          # only a space before the limit
        w = tokens.word_at(text, 11)
        assert (w.text, w.start, w.end) == ("Bệnh", 11, 15)


def test_word_at_same_word_object_on_a_second_read() -> None:
    text = "Ông Nguyễn Văn An, Giám đốc Sở Y tế."
    assert tokens.word_at(text, 3) is tokens.word_at(text, 3)
    assert tokens.word_at(text, 33).text == "tế"


def test_a_signal_right_after_begin_still_records_the_run_as_interrupted(tmp_path,
                                                                         monkeypatch) -> None:
    """SIGTERM (as KeyboardInterrupt) landing between a document's BEGIN and its
    transaction's try left the transaction open; the run's final record went into it
    and was lost ('running' stayed). Seen as a flaky test_parallel sigterm case under load."""
    from pipeline import jobs
    from pipeline.kb import store
    from pipeline.kb.session import writing_run

    real_retry = store._retry_busy
    armed = {"now": False}

    def retry(step, *args, **kwargs):
        out = real_retry(step, *args, **kwargs)
        if armed["now"]:
            armed["now"] = False
            raise KeyboardInterrupt("signal 15")
        return out

    monkeypatch.setattr(store, "_retry_busy", retry)
    db_path = tmp_path / "kb.sqlite"
    article_store = store.save_extraction

    def interrupted_store(db, *args, **kwargs):
        armed["now"] = True
        return article_store(db, *args, **kwargs)

    monkeypatch.setattr(store, "save_extraction", interrupted_store)
    from pipeline.extract import extract
    from pipeline.records import Article

    art = Article(source="test", title="", text="Sở Y tế tỉnh Nghệ An họp sáng 5/3/2024.",
                  path="a.txt")
    with writing_run(db_path, "ingest") as run:
        report = jobs.Report(command="ingest")
        report.run_id = run.run_id
        jobs.write(run.db, report, iter([jobs.Outcome("a.txt", extraction=extract(art))]), 1)
    import sqlite3

    conn = sqlite3.connect(db_path)
    try:
        assert report.interrupted
        assert conn.execute("SELECT status FROM runs").fetchall() == [("interrupted",)]
        assert conn.execute("SELECT count(*) FROM documents").fetchone() == (0,)
    finally:
        conn.close()
