-- Entity resolution: matching keys on entities and aliases, person scopes,
-- merge decisions as data, and positions over time.
-- (pipeline.resolve.schema re-applies this file idempotently to a KB that was
-- already past version 3 when it was added.)

-- core: the name's key without its province; territory: the province identity
-- used for matching (a rename keeps it, a merger does not); province_now: the
-- province the entity's province is part of today; source: gazetteer |
-- extracted | override | province.
ALTER TABLE entities ADD COLUMN core TEXT;
ALTER TABLE entities ADD COLUMN territory TEXT;
ALTER TABLE entities ADD COLUMN province_now TEXT;
ALTER TABLE entities ADD COLUMN source TEXT;
CREATE INDEX IF NOT EXISTS idx_entities_core ON entities(core);
CREATE INDEX IF NOT EXISTS idx_entities_province_now ON entities(province_now);

-- Why an alias belongs to its entity: method (exact | gazetteer | context |
-- province | fuzzy | accent | person | override | canonical), the first
-- document it came from, and an accent-free form for lookups.
ALTER TABLE aliases ADD COLUMN method TEXT;
ALTER TABLE aliases ADD COLUMN fold TEXT;
ALTER TABLE aliases ADD COLUMN document_id INTEGER REFERENCES documents(id) ON DELETE SET NULL;
ALTER TABLE aliases ADD COLUMN created_at TEXT;
CREATE INDEX IF NOT EXISTS idx_aliases_fold ON aliases(fold);

-- What a person has been seen with: "org:<entity id>" or "prov:<province now>".
-- Persons merge on name plus a shared scope, never on name alone.
CREATE TABLE IF NOT EXISTS person_scopes (
    person_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    scope TEXT NOT NULL,
    PRIMARY KEY (person_id, scope)
);
CREATE INDEX IF NOT EXISTS idx_person_scopes_scope ON person_scopes(scope);

-- Entity-level decisions (override merges and splits): from_id no longer
-- exists after a merge; lookups follow this table to the surviving id.
CREATE TABLE IF NOT EXISTS merges (
    id INTEGER PRIMARY KEY,
    from_id TEXT NOT NULL,
    into_id TEXT NOT NULL,
    action TEXT NOT NULL DEFAULT 'merge',
    score REAL,
    reason TEXT,
    created_at TEXT
);
CREATE INDEX IF NOT EXISTS idx_merges_from ON merges(from_id);

CREATE TABLE IF NOT EXISTS resolve_meta (
    k TEXT PRIMARY KEY,
    v TEXT
);

-- Positions over time: one row per (person, title, organisation) with first
-- and last seen dates (the role's date, else the document's) and its documents.
CREATE VIEW IF NOT EXISTS position_spans AS
SELECT r.person_id AS person_id,
       p.name AS person,
       r.title AS title,
       r.organization_id AS organization_id,
       coalesce(o.name, r.organization) AS organization,
       max(r.former) AS former,
       min(coalesce(r.date, substr(d.published, 1, 10))) AS first_seen,
       max(coalesce(r.date, substr(d.published, 1, 10))) AS last_seen,
       count(DISTINCT r.document_id) AS documents,
       group_concat(DISTINCT r.document_id) AS document_ids
FROM roles r
JOIN entities p ON p.id = r.person_id
LEFT JOIN entities o ON o.id = r.organization_id
LEFT JOIN documents d ON d.id = r.document_id
GROUP BY r.person_id, lower(r.title), coalesce(r.organization_id, r.organization);
