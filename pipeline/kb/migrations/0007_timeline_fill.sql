-- The timeline index filled once per document by the writer, not once per row.
--
-- 0005's triggers keep timeline_index current after any change, but a stored
-- document fires them for every mention, role, date and figure it has, each one
-- a query through the timeline views: over half of the store time. The writer
-- (pipeline.kb.store) now lists the document it is writing in timeline_deferred,
-- inside the document's own transaction; the triggers skip that document, and
-- the writer fills its index rows with one
--     INSERT OR REPLACE INTO timeline_index SELECT * FROM timeline_keys
--     WHERE document_id = ?
-- before it removes the row again and commits. The rows come from the same
-- views as before (whatever a later migration makes of them), so the index is
-- the same; every other change (SQL by hand, entity merges, corrections) still
-- goes through the triggers. timeline_deferred is empty outside a transaction.
-- (pipeline.query.schema.ensure_views compares triggers with this file too.)

CREATE TABLE IF NOT EXISTS timeline_deferred (
    document_id INTEGER PRIMARY KEY
);

DROP TRIGGER IF EXISTS cooperations_tl_ai;
CREATE TRIGGER IF NOT EXISTS cooperations_tl_ai AFTER INSERT ON cooperations
WHEN NOT EXISTS (SELECT 1 FROM timeline_deferred WHERE document_id = new.document_id)
BEGIN
    INSERT OR REPLACE INTO timeline_index SELECT * FROM timeline_keys
    WHERE kind = 'cooperation' AND fact_id = new.id;
END;
DROP TRIGGER IF EXISTS cooperations_tl_ad;
CREATE TRIGGER IF NOT EXISTS cooperations_tl_ad AFTER DELETE ON cooperations
WHEN NOT EXISTS (SELECT 1 FROM timeline_deferred WHERE document_id = old.document_id)
BEGIN
    DELETE FROM timeline_index WHERE kind = 'cooperation' AND fact_id = old.id;
END;

DROP TRIGGER IF EXISTS roles_tl_ai;
CREATE TRIGGER IF NOT EXISTS roles_tl_ai AFTER INSERT ON roles
WHEN NOT EXISTS (SELECT 1 FROM timeline_deferred WHERE document_id = new.document_id)
BEGIN
    INSERT OR REPLACE INTO timeline_index SELECT * FROM timeline_keys
    WHERE kind = 'role' AND fact_id = new.id;
END;
DROP TRIGGER IF EXISTS roles_tl_ad;
CREATE TRIGGER IF NOT EXISTS roles_tl_ad AFTER DELETE ON roles
WHEN NOT EXISTS (SELECT 1 FROM timeline_deferred WHERE document_id = old.document_id)
BEGIN
    DELETE FROM timeline_index WHERE kind = 'role' AND fact_id = old.id;
END;

DROP TRIGGER IF EXISTS legal_documents_tl_ai;
CREATE TRIGGER IF NOT EXISTS legal_documents_tl_ai AFTER INSERT ON legal_documents
WHEN NOT EXISTS (SELECT 1 FROM timeline_deferred WHERE document_id = new.document_id)
BEGIN
    INSERT OR REPLACE INTO timeline_index SELECT * FROM timeline_keys
    WHERE kind = 'legal' AND fact_id = new.id;
END;
DROP TRIGGER IF EXISTS legal_documents_tl_ad;
CREATE TRIGGER IF NOT EXISTS legal_documents_tl_ad AFTER DELETE ON legal_documents
WHEN NOT EXISTS (SELECT 1 FROM timeline_deferred WHERE document_id = old.document_id)
BEGIN
    DELETE FROM timeline_index WHERE kind = 'legal' AND fact_id = old.id;
END;

DROP TRIGGER IF EXISTS figures_tl_ai;
CREATE TRIGGER IF NOT EXISTS figures_tl_ai AFTER INSERT ON figures
WHEN NOT EXISTS (SELECT 1 FROM timeline_deferred WHERE document_id = new.document_id)
BEGIN
    INSERT OR REPLACE INTO timeline_index SELECT * FROM timeline_keys
    WHERE kind = 'figure' AND fact_id = new.id;
END;
DROP TRIGGER IF EXISTS figures_tl_ad;
CREATE TRIGGER IF NOT EXISTS figures_tl_ad AFTER DELETE ON figures
WHEN NOT EXISTS (SELECT 1 FROM timeline_deferred WHERE document_id = old.document_id)
BEGIN
    DELETE FROM timeline_index WHERE kind = 'figure' AND fact_id = old.id;
END;

DROP TRIGGER IF EXISTS dates_tl_ai;
CREATE TRIGGER IF NOT EXISTS dates_tl_ai AFTER INSERT ON dates
WHEN NOT EXISTS (SELECT 1 FROM timeline_deferred WHERE document_id = new.document_id)
BEGIN
    INSERT OR REPLACE INTO timeline_index SELECT * FROM timeline_keys
    WHERE kind = 'event' AND fact_id = new.id;
END;
DROP TRIGGER IF EXISTS dates_tl_ai_redate;
CREATE TRIGGER IF NOT EXISTS dates_tl_ai_redate AFTER INSERT ON dates
WHEN NOT EXISTS (SELECT 1 FROM timeline_deferred WHERE document_id = new.document_id)
 AND (EXISTS (SELECT 1 FROM cooperations WHERE document_id = new.document_id
                AND sentence = new.sentence)
   OR EXISTS (SELECT 1 FROM roles WHERE document_id = new.document_id
                AND sentence = new.sentence)
   OR EXISTS (SELECT 1 FROM figures WHERE document_id = new.document_id
                AND sentence = new.sentence))
BEGIN
    INSERT OR REPLACE INTO timeline_index SELECT * FROM timeline_keys
    WHERE document_id = new.document_id AND sentence = new.sentence
      AND kind IN ('cooperation', 'role', 'figure');
END;
DROP TRIGGER IF EXISTS dates_tl_ad;
CREATE TRIGGER IF NOT EXISTS dates_tl_ad AFTER DELETE ON dates
WHEN NOT EXISTS (SELECT 1 FROM timeline_deferred WHERE document_id = old.document_id)
BEGIN
    DELETE FROM timeline_index WHERE kind = 'event' AND fact_id = old.id;
    INSERT OR REPLACE INTO timeline_index SELECT * FROM timeline_keys
    WHERE document_id = old.document_id AND sentence = old.sentence
      AND kind IN ('cooperation', 'role', 'figure');
END;

DROP TRIGGER IF EXISTS mentions_tl_ai;
CREATE TRIGGER IF NOT EXISTS mentions_tl_ai AFTER INSERT ON mentions
WHEN NOT EXISTS (SELECT 1 FROM timeline_deferred WHERE document_id = new.document_id)
 AND (EXISTS (SELECT 1 FROM dates WHERE document_id = new.document_id
                AND sentence = new.sentence)
   OR EXISTS (SELECT 1 FROM figures WHERE document_id = new.document_id
                AND sentence = new.sentence)
   OR EXISTS (SELECT 1 FROM legal_documents WHERE document_id = new.document_id
                AND sentence = new.sentence))
BEGIN
    INSERT OR REPLACE INTO timeline_index SELECT * FROM timeline_keys
    WHERE document_id = new.document_id AND sentence = new.sentence
      AND entity_id = new.entity_id AND kind IN ('legal', 'figure', 'event');
END;
DROP TRIGGER IF EXISTS mentions_tl_ad;
CREATE TRIGGER IF NOT EXISTS mentions_tl_ad AFTER DELETE ON mentions
WHEN NOT EXISTS (SELECT 1 FROM timeline_deferred WHERE document_id = old.document_id)
BEGIN
    DELETE FROM timeline_index WHERE document_id = old.document_id AND sentence = old.sentence
      AND entity_id = old.entity_id AND kind IN ('legal', 'figure', 'event');
    INSERT OR REPLACE INTO timeline_index SELECT * FROM timeline_keys
    WHERE document_id = old.document_id AND sentence = old.sentence
      AND entity_id = old.entity_id AND kind IN ('legal', 'figure', 'event');
END;

DROP TRIGGER IF EXISTS documents_tl_au;
CREATE TRIGGER IF NOT EXISTS documents_tl_au AFTER UPDATE OF published ON documents
WHEN NOT EXISTS (SELECT 1 FROM timeline_deferred WHERE document_id = new.id)
BEGIN
    DELETE FROM timeline_index WHERE document_id = new.id;
    INSERT OR REPLACE INTO timeline_index SELECT * FROM timeline_keys WHERE document_id = new.id;
END;
