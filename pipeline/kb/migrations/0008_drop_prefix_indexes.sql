-- 0008: four indexes that a longer index already covers, dropped.
--
-- Each is a leading part of another index on the same table, so every lookup it
-- served is served by the longer one (SQLite reads an index by any prefix of its
-- columns), while every stored fact paid for both: about 3 of the ~55 pages a
-- document's transaction writes to the WAL once the KB holds a few hundred
-- documents (scripts/bench_ingest.py, WAL frames by owner via dbstat).
--   idx_mentions_entity (entity_id, document_id)
--       <- idx_mentions_entity_sentence (entity_id, document_id, sentence)
--   idx_mentions_document (document_id)
--       <- idx_mentions_document_sentence (document_id, sentence, entity_id)
--   idx_figures_document (document_id)  <- idx_figures_document_sentence (document_id, sentence)
--   idx_legal_document (document_id)    <- idx_legal_document_sentence (document_id, sentence)
DROP INDEX IF EXISTS idx_mentions_entity;
DROP INDEX IF EXISTS idx_mentions_document;
DROP INDEX IF EXISTS idx_figures_document;
DROP INDEX IF EXISTS idx_legal_document;
