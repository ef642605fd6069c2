-- 0013: a second full-text index that keeps the tones, for accented queries.
--
-- documents_fts folds diacritics (remove_diacritics 2), so "chuyen" finds "chuyển"
-- and "chuyên" alike, as it should; but an accented query "chuyển" found "chuyên"
-- too. Vietnamese users type accents when they mean them: `ytekb search` and the
-- canned `search` query match every word typed with an accent (or đ) in this index,
-- where the tones must match (case still does not: unicode61 folds case). In sqlite3:
--     SELECT rowid FROM documents_fts_tones WHERE documents_fts_tones MATCH '"chuyển giao"'
-- It indexes the same columns of the same rows as documents_fts (external content:
-- the text is stored once, in `documents`), kept current by the triggers below.

CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts_tones USING fts5(
    title, text, content='documents', content_rowid='id',
    tokenize="unicode61 remove_diacritics 0"
);
CREATE TRIGGER IF NOT EXISTS documents_tones_ai AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts_tones(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER IF NOT EXISTS documents_tones_ad AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts_tones(documents_fts_tones, rowid, title, text)
    VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER IF NOT EXISTS documents_tones_au AFTER UPDATE OF title, text ON documents BEGIN
    INSERT INTO documents_fts_tones(documents_fts_tones, rowid, title, text)
    VALUES ('delete', old.id, old.title, old.text);
    INSERT INTO documents_fts_tones(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
INSERT INTO documents_fts_tones(documents_fts_tones) VALUES ('rebuild');
