-- 0010: idx_aliases_entity (entity_id) dropped: aliases' UNIQUE (entity_id, alias)
-- index starts with the same column, so every lookup by entity (a profile's
-- aliases, `ytekb entity`, deleting an entity's aliases through the foreign key)
-- is served by it, while every alias the resolver wrote also paid for this one:
-- about 2 of the ~77 pages a document's transaction writes to the WAL
-- (scripts/bench_ingest.py, WAL frames by owner via dbstat), as 0008 found for
-- four fact indexes.
DROP INDEX IF EXISTS idx_aliases_entity;
