-- Query layer: views for the common joins, so `sqlite3`, `sqlite-utils`, Datasette
-- and the `ytekb` query commands give the same answers; the indexes that keep them
-- fast; an accent-free index of entity names (entity_names); and timeline_index,
-- the timeline view kept as an (entity, date) table by triggers (end of file).
-- Views, triggers and both derived tables are rebuilt by
-- pipeline.query.schema.ensure_views when a KB has an older or no copy of them.
--
-- Dates: every fact view has `date` (the fact's own date if it has one, else the
-- nearest day- or month-precise date in the same sentence, else the document's
-- published date, else a year-less "XXXX-MM-DD" date) and `date_source` saying
-- which. Bare years and long ranges in a sentence are periods and targets ("giai
-- đoạn 2024-2030", "đến năm 2030", "9 tháng đầu năm 2024"), not the date of a
-- fact, so they date nothing but themselves (and are no events).

-- Facts are joined to entities and to each other by (document, sentence).
CREATE INDEX IF NOT EXISTS idx_mentions_entity_sentence ON mentions(entity_id, document_id, sentence);
CREATE INDEX IF NOT EXISTS idx_mentions_document_sentence ON mentions(document_id, sentence, entity_id);
CREATE INDEX IF NOT EXISTS idx_figures_document_sentence ON figures(document_id, sentence);
CREATE INDEX IF NOT EXISTS idx_legal_document_sentence ON legal_documents(document_id, sentence);
CREATE INDEX IF NOT EXISTS idx_legal_number_norm ON legal_documents(upper(replace(number, ' ', '')));
CREATE INDEX IF NOT EXISTS idx_legal_issuer ON legal_documents(issuer_id);
CREATE INDEX IF NOT EXISTS idx_entities_province ON entities(province);
CREATE INDEX IF NOT EXISTS idx_aliases_entity ON aliases(entity_id);

-- Accent-free entity names: "bach mai" finds "Bạch Mai" in plain SQL
-- (`WHERE entity_names MATCH '"bach mai"'`). unicode61 does not fold đ, so the
-- indexed text has đ -> d; fold the query the same way.
CREATE VIRTUAL TABLE IF NOT EXISTS entity_names USING fts5(
    name, entity_id UNINDEXED, tokenize="unicode61 remove_diacritics 2"
);
INSERT OR IGNORE INTO entity_names(rowid, name, entity_id)
    SELECT id, replace(replace(alias, 'đ', 'd'), 'Đ', 'D'), entity_id FROM aliases;
CREATE TRIGGER IF NOT EXISTS aliases_names_ai AFTER INSERT ON aliases BEGIN
    INSERT INTO entity_names(rowid, name, entity_id)
    VALUES (new.id, replace(replace(new.alias, 'đ', 'd'), 'Đ', 'D'), new.entity_id);
END;
CREATE TRIGGER IF NOT EXISTS aliases_names_ad AFTER DELETE ON aliases BEGIN
    DELETE FROM entity_names WHERE rowid = old.id;
END;
CREATE TRIGGER IF NOT EXISTS aliases_names_au AFTER UPDATE ON aliases BEGIN
    DELETE FROM entity_names WHERE rowid = old.id;
    INSERT INTO entity_names(rowid, name, entity_id)
    VALUES (new.id, replace(replace(new.alias, 'đ', 'd'), 'Đ', 'D'), new.entity_id);
END;

-- One row per document, with the columns people filter on.
CREATE VIEW IF NOT EXISTS document_index AS
SELECT d.id, coalesce(d.canonical_url, d.url, d.name, d.key) AS document, d.title,
       d.published, substr(d.published, 1, 4) AS year, s.name AS source, d.province,
       d.url, d.name, d.duplicate_of
FROM documents d LEFT JOIN sources s ON s.id = d.source_id;

-- The nearest day- or month-precise date in a fact's sentence is found by one
-- subquery per fact, `sd.id = (SELECT ... min(distance || id) ...)` in a LEFT JOIN:
-- the distance is zero-padded so min() picks the nearest (SQLite forbids outer
-- columns in a subquery's ORDER BY), and joining on it (rather than selecting it)
-- evaluates it once per row however often `date`, `year` and `date_source` use it.

-- Who cooperates with whom: names resolved, dated, with the source sentence's document.
CREATE VIEW IF NOT EXISTS cooperation_links AS
SELECT c.id, c.from_id, coalesce(ef.name, c.from_name) AS from_name, ef.type AS from_type,
       ef.province AS from_province, c.to_id, coalesce(et.name, c.to_name) AS to_name,
       et.type AS to_type, et.province AS to_province, c.kind,
       coalesce(sd.date_start, CASE WHEN c.date GLOB '[0-9][0-9][0-9][0-9]*' THEN c.date END,
                CASE WHEN d.published GLOB '[0-9][0-9][0-9][0-9]*' THEN substr(d.published, 1, 10) END,
                (SELECT substr(min(printf('%08d', abs(x.start - c.start)) || x.date_start), 9)
                   FROM dates x WHERE x.document_id = c.document_id AND x.sentence = c.sentence
                    AND x.date_start GLOB 'XXXX*')) AS date,
       substr(coalesce(sd.date_start, CASE WHEN c.date GLOB '[0-9][0-9][0-9][0-9]*' THEN c.date END,
                       CASE WHEN d.published GLOB '[0-9][0-9][0-9][0-9]*' THEN d.published END),
              1, 4) AS year,
       CASE WHEN sd.date_start IS NOT NULL THEN 'sentence'
            WHEN c.date GLOB '[0-9][0-9][0-9][0-9]*' THEN 'fact'
            WHEN d.published GLOB '[0-9][0-9][0-9][0-9]*' THEN 'published'
            WHEN EXISTS (SELECT 1 FROM dates x WHERE x.document_id = c.document_id
                           AND x.sentence = c.sentence AND x.date_start GLOB 'XXXX*')
            THEN 'sentence' END AS date_source,
       c.text, c.sentence, c.start, c."end", c.confidence, c.document_id,
       coalesce(d.canonical_url, d.url, d.name, d.key) AS document, d.title, d.published,
       s.name AS source
FROM cooperations c
JOIN documents d ON d.id = c.document_id
LEFT JOIN sources s ON s.id = d.source_id
LEFT JOIN entities ef ON ef.id = c.from_id
LEFT JOIN entities et ON et.id = c.to_id
LEFT JOIN dates sd ON sd.id = (
    SELECT CAST(substr(min(printf('%08d', abs(x.start - c.start)) || x.id), 9) AS INTEGER)
    FROM dates x WHERE x.document_id = c.document_id AND x.sentence = c.sentence
     AND x.date_start GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*'
     AND substr(coalesce(nullif(x.date_end, ''), x.date_start), 1, 7) = substr(x.date_start, 1, 7));

-- Who held which post, when (roles with person and organisation names).
CREATE VIEW IF NOT EXISTS positions AS
SELECT r.id, r.person_id, p.name AS person, r.title AS position, r.former,
       r.organization_id, coalesce(o.name, r.organization) AS organization,
       coalesce(sd.date_start, CASE WHEN r.date GLOB '[0-9][0-9][0-9][0-9]*' THEN r.date END,
                CASE WHEN d.published GLOB '[0-9][0-9][0-9][0-9]*' THEN substr(d.published, 1, 10) END)
           AS date,
       substr(coalesce(sd.date_start, CASE WHEN r.date GLOB '[0-9][0-9][0-9][0-9]*' THEN r.date END,
                       CASE WHEN d.published GLOB '[0-9][0-9][0-9][0-9]*' THEN d.published END),
              1, 4) AS year,
       CASE WHEN sd.date_start IS NOT NULL THEN 'sentence'
            WHEN r.date GLOB '[0-9][0-9][0-9][0-9]*' THEN 'fact'
            WHEN d.published GLOB '[0-9][0-9][0-9][0-9]*' THEN 'published' END AS date_source,
       r.honorifics, r.sentence, r.start, r."end", r.confidence, r.document_id,
       coalesce(d.canonical_url, d.url, d.name, d.key) AS document, d.title, d.published,
       s.name AS source
FROM roles r
JOIN documents d ON d.id = r.document_id
LEFT JOIN sources s ON s.id = d.source_id
LEFT JOIN entities p ON p.id = r.person_id
LEFT JOIN entities o ON o.id = r.organization_id
LEFT JOIN dates sd ON sd.id = (
    SELECT CAST(substr(min(printf('%08d', abs(x.start - r.start)) || x.id), 9) AS INTEGER)
    FROM dates x WHERE x.document_id = r.document_id AND x.sentence = r.sentence
     AND x.date_start GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*'
     AND substr(coalesce(nullif(x.date_end, ''), x.date_start), 1, 7) = substr(x.date_start, 1, 7));

-- Every citation of a legal document, dated by its issue date when known (a date
-- elsewhere in the sentence is not the document's: the extractor would have said).
CREATE VIEW IF NOT EXISTS legal_citations AS
SELECT id, kind, number, issued, issuer_id, issuer, legal_title,
       coalesce(issued_date, published_date) AS date,
       substr(coalesce(issued_date, published_date), 1, 4) AS year,
       CASE WHEN issued_date IS NOT NULL THEN 'issued'
            WHEN published_date IS NOT NULL THEN 'published' END AS date_source,
       text, sentence, start, "end", confidence, document_id, document, title, published, source
FROM (
    SELECT l.id, l.kind, l.number, l.issued, l.issuer_id, coalesce(e.name, l.issuer) AS issuer,
           l.title AS legal_title,
           CASE WHEN l.issued GLOB '[0-9][0-9][0-9][0-9]*' THEN l.issued END AS issued_date,
           CASE WHEN d.published GLOB '[0-9][0-9][0-9][0-9]*' THEN substr(d.published, 1, 10) END
               AS published_date,
           l.text, l.sentence, l.start, l."end", l.confidence, l.document_id,
           coalesce(d.canonical_url, d.url, d.name, d.key) AS document, d.title, d.published,
           s.name AS source
    FROM legal_documents l
    JOIN documents d ON d.id = l.document_id
    LEFT JOIN sources s ON s.id = d.source_id
    LEFT JOIN entities e ON e.id = l.issuer_id
);

-- Reported figures, dated by their sentence or document.
CREATE VIEW IF NOT EXISTS figure_facts AS
SELECT f.id, f.value, f.unit, f.qualifier, f.text,
       coalesce(sd.date_start,
                CASE WHEN d.published GLOB '[0-9][0-9][0-9][0-9]*' THEN substr(d.published, 1, 10) END)
           AS date,
       substr(coalesce(sd.date_start,
                       CASE WHEN d.published GLOB '[0-9][0-9][0-9][0-9]*' THEN d.published END),
              1, 4) AS year,
       CASE WHEN sd.date_start IS NOT NULL THEN 'sentence'
            WHEN d.published GLOB '[0-9][0-9][0-9][0-9]*' THEN 'published' END AS date_source,
       f.sentence, f.start, f."end", f.confidence, f.document_id,
       coalesce(d.canonical_url, d.url, d.name, d.key) AS document, d.title, d.published,
       s.name AS source, d.province
FROM figures f
JOIN documents d ON d.id = f.document_id
LEFT JOIN sources s ON s.id = d.source_id
LEFT JOIN dates sd ON sd.id = (
    SELECT CAST(substr(min(printf('%08d', abs(x.start - f.start)) || x.id), 9) AS INTEGER)
    FROM dates x WHERE x.document_id = f.document_id AND x.sentence = f.sentence
     AND x.date_start GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*'
     AND substr(coalesce(nullif(x.date_end, ''), x.date_start), 1, 7) = substr(x.date_start, 1, 7));

-- Dated expressions as events (a meeting "từ ngày 17-18/10/2024", ...).
CREATE VIEW IF NOT EXISTS dated_events AS
SELECT x.id, x.text, x.date_start, x.date_end,
       CASE WHEN x.date_start GLOB 'XXXX*' AND d.published GLOB '[0-9][0-9][0-9][0-9]*'
            THEN substr(d.published, 1, 4) || substr(x.date_start, 5) ELSE x.date_start END AS date,
       CASE WHEN x.date_start GLOB '[0-9][0-9][0-9][0-9]*' THEN substr(x.date_start, 1, 4)
            WHEN d.published GLOB '[0-9][0-9][0-9][0-9]*' THEN substr(d.published, 1, 4) END AS year,
       'date' AS date_source,
       x.sentence, x.start, x."end", x.confidence, x.document_id,
       coalesce(d.canonical_url, d.url, d.name, d.key) AS document, d.title, d.published,
       s.name AS source
FROM dates x
JOIN documents d ON d.id = x.document_id
LEFT JOIN sources s ON s.id = d.source_id
WHERE x.date_start IS NOT NULL AND x.date_start != '';

-- The timeline: one row per (fact, entity it is about). A fact is about the ends
-- of a cooperation, the person and organisation of a role, the issuer of a legal
-- document, and every entity mentioned in the same sentence as a cited legal
-- document, a figure or a dated event (events: dates precise to the month or day).
-- Filter by entity_id, order by date; a fact linked to several of your entities
-- appears once per entity.
CREATE VIEW IF NOT EXISTS timeline AS
SELECT 'cooperation' AS kind, id AS fact_id, from_id AS entity_id, 'from' AS relation, date,
       year, date_source, from_name || ' → ' || to_name || ' (' || kind || ')' AS summary, text,
       sentence, start, "end", document_id, document, title, published, source
FROM cooperation_links
UNION ALL
SELECT 'cooperation', id, to_id, 'to', date, year, date_source,
       from_name || ' → ' || to_name || ' (' || kind || ')', text,
       sentence, start, "end", document_id, document, title, published, source
FROM cooperation_links
UNION ALL
SELECT 'role', id, person_id, 'person', date, year, date_source,
       person || ': ' || CASE WHEN former THEN 'nguyên ' ELSE '' END || position
           || coalesce(', ' || organization, ''), NULL,
       sentence, start, "end", document_id, document, title, published, source
FROM positions
UNION ALL
SELECT 'role', id, organization_id, 'organization', date, year, date_source,
       person || ': ' || CASE WHEN former THEN 'nguyên ' ELSE '' END || position
           || coalesce(', ' || organization, ''), NULL,
       sentence, start, "end", document_id, document, title, published, source
FROM positions WHERE organization_id IS NOT NULL
UNION ALL
SELECT 'legal', id, issuer_id, 'issued', date, year, date_source,
       kind || coalesce(' ' || number, '') || coalesce(' (' || issuer || ')', '')
           || coalesce(': ' || legal_title, ''), text,
       sentence, start, "end", document_id, document, title, published, source
FROM legal_citations WHERE issuer_id IS NOT NULL
UNION ALL
SELECT 'legal', l.id, m.entity_id, 'cited', l.date, l.year, l.date_source,
       l.kind || coalesce(' ' || l.number, '') || coalesce(' (' || l.issuer || ')', '')
           || coalesce(': ' || l.legal_title, ''), l.text,
       l.sentence, l.start, l."end", l.document_id, l.document, l.title, l.published, l.source
FROM mentions m JOIN legal_citations l ON l.document_id = m.document_id AND l.sentence = m.sentence
UNION ALL
SELECT 'figure', f.id, m.entity_id, 'reported', f.date, f.year, f.date_source,
       f.text, f.text,
       f.sentence, f.start, f."end", f.document_id, f.document, f.title, f.published, f.source
FROM mentions m JOIN figure_facts f ON f.document_id = m.document_id AND f.sentence = m.sentence
UNION ALL
SELECT 'event', e.id, m.entity_id, 'mentioned', e.date, e.year, e.date_source,
       e.text, e.text,
       e.sentence, e.start, e."end", e.document_id, e.document, e.title, e.published, e.source
FROM mentions m JOIN dated_events e ON e.document_id = m.document_id AND e.sentence = m.sentence
WHERE length(e.date) >= 7
  AND substr(coalesce(nullif(e.date_end, ''), e.date_start), 1, 7) = substr(e.date_start, 1, 7);

-- Every dated fact once, whatever it is about: the timeline's columns without the
-- entity (facts found by their text, and the details of facts found by index).
CREATE VIEW IF NOT EXISTS timeline_facts AS
SELECT 'cooperation' AS kind, id AS fact_id, date, year, date_source,
       from_name || ' → ' || to_name || ' (' || kind || ')' AS summary, text,
       sentence, start, "end", document_id, document, title, published, source
FROM cooperation_links
UNION ALL
SELECT 'role', id, date, year, date_source,
       person || ': ' || CASE WHEN former THEN 'nguyên ' ELSE '' END || position
           || coalesce(', ' || organization, ''), NULL,
       sentence, start, "end", document_id, document, title, published, source
FROM positions
UNION ALL
SELECT 'legal', id, date, year, date_source,
       kind || coalesce(' ' || number, '') || coalesce(' (' || issuer || ')', '')
           || coalesce(': ' || legal_title, ''), text,
       sentence, start, "end", document_id, document, title, published, source
FROM legal_citations
UNION ALL
SELECT 'figure', id, date, year, date_source, text, text,
       sentence, start, "end", document_id, document, title, published, source
FROM figure_facts
UNION ALL
SELECT 'event', id, date, year, date_source, text, text,
       sentence, start, "end", document_id, document, title, published, source
FROM dated_events WHERE length(date) >= 7
  AND substr(coalesce(nullif(date_end, ''), date_start), 1, 7) = substr(date_start, 1, 7);

-- timeline_index: the timeline view's (entity, kind, fact, date) kept as a table,
-- so "the oldest 100 facts about Bộ Y tế" reads 100 index entries instead of
-- dating 30 000 facts. entity_id '' holds every fact once (timeline_facts), for
-- facts found by their text. Triggers keep it current: a fact's rows follow the
-- fact, a mention adds or drops its entity's links in its sentence, a date
-- re-dates its sentence's facts, a new publication date its document's. Rows are
-- always SELECTed from the views, so the index cannot date anything differently.
CREATE TABLE IF NOT EXISTS timeline_index (
    entity_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    fact_id INTEGER NOT NULL,
    date TEXT,
    document_id INTEGER NOT NULL,
    sentence INTEGER NOT NULL,
    start INTEGER NOT NULL,
    PRIMARY KEY (entity_id, kind, fact_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS idx_timeline_index_date
    ON timeline_index(entity_id, date, document_id, sentence, start);
CREATE INDEX IF NOT EXISTS idx_timeline_index_sentence ON timeline_index(document_id, sentence);
CREATE INDEX IF NOT EXISTS idx_timeline_index_fact ON timeline_index(kind, fact_id);

CREATE VIEW IF NOT EXISTS timeline_keys AS
SELECT entity_id, kind, fact_id, date, document_id, sentence, start FROM timeline
WHERE entity_id IS NOT NULL
UNION ALL
SELECT '', kind, fact_id, date, document_id, sentence, start FROM timeline_facts;

INSERT OR REPLACE INTO timeline_index(entity_id, kind, fact_id, date, document_id, sentence, start)
    SELECT entity_id, kind, fact_id, date, document_id, sentence, start FROM timeline_keys;

CREATE TRIGGER IF NOT EXISTS cooperations_tl_ai AFTER INSERT ON cooperations BEGIN
    INSERT OR REPLACE INTO timeline_index SELECT * FROM timeline_keys
    WHERE kind = 'cooperation' AND fact_id = new.id;
END;
CREATE TRIGGER IF NOT EXISTS cooperations_tl_ad AFTER DELETE ON cooperations BEGIN
    DELETE FROM timeline_index WHERE kind = 'cooperation' AND fact_id = old.id;
END;
CREATE TRIGGER IF NOT EXISTS cooperations_tl_au AFTER UPDATE ON cooperations BEGIN
    DELETE FROM timeline_index WHERE kind = 'cooperation' AND fact_id = old.id;
    INSERT OR REPLACE INTO timeline_index SELECT * FROM timeline_keys
    WHERE kind = 'cooperation' AND fact_id = new.id;
END;

CREATE TRIGGER IF NOT EXISTS roles_tl_ai AFTER INSERT ON roles BEGIN
    INSERT OR REPLACE INTO timeline_index SELECT * FROM timeline_keys
    WHERE kind = 'role' AND fact_id = new.id;
END;
CREATE TRIGGER IF NOT EXISTS roles_tl_ad AFTER DELETE ON roles BEGIN
    DELETE FROM timeline_index WHERE kind = 'role' AND fact_id = old.id;
END;
CREATE TRIGGER IF NOT EXISTS roles_tl_au AFTER UPDATE ON roles BEGIN
    DELETE FROM timeline_index WHERE kind = 'role' AND fact_id = old.id;
    INSERT OR REPLACE INTO timeline_index SELECT * FROM timeline_keys
    WHERE kind = 'role' AND fact_id = new.id;
END;

CREATE TRIGGER IF NOT EXISTS legal_documents_tl_ai AFTER INSERT ON legal_documents BEGIN
    INSERT OR REPLACE INTO timeline_index SELECT * FROM timeline_keys
    WHERE kind = 'legal' AND fact_id = new.id;
END;
CREATE TRIGGER IF NOT EXISTS legal_documents_tl_ad AFTER DELETE ON legal_documents BEGIN
    DELETE FROM timeline_index WHERE kind = 'legal' AND fact_id = old.id;
END;
CREATE TRIGGER IF NOT EXISTS legal_documents_tl_au AFTER UPDATE ON legal_documents BEGIN
    DELETE FROM timeline_index WHERE kind = 'legal' AND fact_id = old.id;
    INSERT OR REPLACE INTO timeline_index SELECT * FROM timeline_keys
    WHERE kind = 'legal' AND fact_id = new.id;
END;

CREATE TRIGGER IF NOT EXISTS figures_tl_ai AFTER INSERT ON figures BEGIN
    INSERT OR REPLACE INTO timeline_index SELECT * FROM timeline_keys
    WHERE kind = 'figure' AND fact_id = new.id;
END;
CREATE TRIGGER IF NOT EXISTS figures_tl_ad AFTER DELETE ON figures BEGIN
    DELETE FROM timeline_index WHERE kind = 'figure' AND fact_id = old.id;
END;
CREATE TRIGGER IF NOT EXISTS figures_tl_au AFTER UPDATE ON figures BEGIN
    DELETE FROM timeline_index WHERE kind = 'figure' AND fact_id = old.id;
    INSERT OR REPLACE INTO timeline_index SELECT * FROM timeline_keys
    WHERE kind = 'figure' AND fact_id = new.id;
END;

CREATE TRIGGER IF NOT EXISTS dates_tl_ai AFTER INSERT ON dates BEGIN
    INSERT OR REPLACE INTO timeline_index SELECT * FROM timeline_keys
    WHERE kind = 'event' AND fact_id = new.id;
END;
CREATE TRIGGER IF NOT EXISTS dates_tl_ai_redate AFTER INSERT ON dates
WHEN EXISTS (SELECT 1 FROM cooperations WHERE document_id = new.document_id
               AND sentence = new.sentence)
  OR EXISTS (SELECT 1 FROM roles WHERE document_id = new.document_id AND sentence = new.sentence)
  OR EXISTS (SELECT 1 FROM figures WHERE document_id = new.document_id AND sentence = new.sentence)
BEGIN
    INSERT OR REPLACE INTO timeline_index SELECT * FROM timeline_keys
    WHERE document_id = new.document_id AND sentence = new.sentence
      AND kind IN ('cooperation', 'role', 'figure');
END;
CREATE TRIGGER IF NOT EXISTS dates_tl_ad AFTER DELETE ON dates BEGIN
    DELETE FROM timeline_index WHERE kind = 'event' AND fact_id = old.id;
    INSERT OR REPLACE INTO timeline_index SELECT * FROM timeline_keys
    WHERE document_id = old.document_id AND sentence = old.sentence
      AND kind IN ('cooperation', 'role', 'figure');
END;
CREATE TRIGGER IF NOT EXISTS dates_tl_au AFTER UPDATE ON dates BEGIN
    DELETE FROM timeline_index WHERE kind = 'event' AND fact_id = old.id;
    INSERT OR REPLACE INTO timeline_index SELECT * FROM timeline_keys
    WHERE kind = 'event' AND fact_id = new.id;
    INSERT OR REPLACE INTO timeline_index SELECT * FROM timeline_keys
    WHERE document_id = old.document_id AND sentence = old.sentence
      AND kind IN ('cooperation', 'role', 'figure');
    INSERT OR REPLACE INTO timeline_index SELECT * FROM timeline_keys
    WHERE document_id = new.document_id AND sentence = new.sentence
      AND kind IN ('cooperation', 'role', 'figure');
END;

CREATE TRIGGER IF NOT EXISTS mentions_tl_ai AFTER INSERT ON mentions
WHEN EXISTS (SELECT 1 FROM dates WHERE document_id = new.document_id AND sentence = new.sentence)
  OR EXISTS (SELECT 1 FROM figures WHERE document_id = new.document_id AND sentence = new.sentence)
  OR EXISTS (SELECT 1 FROM legal_documents
             WHERE document_id = new.document_id AND sentence = new.sentence)
BEGIN
    INSERT OR REPLACE INTO timeline_index SELECT * FROM timeline_keys
    WHERE document_id = new.document_id AND sentence = new.sentence
      AND entity_id = new.entity_id AND kind IN ('legal', 'figure', 'event');
END;
CREATE TRIGGER IF NOT EXISTS mentions_tl_ad AFTER DELETE ON mentions BEGIN
    DELETE FROM timeline_index WHERE document_id = old.document_id AND sentence = old.sentence
      AND entity_id = old.entity_id AND kind IN ('legal', 'figure', 'event');
    INSERT OR REPLACE INTO timeline_index SELECT * FROM timeline_keys
    WHERE document_id = old.document_id AND sentence = old.sentence
      AND entity_id = old.entity_id AND kind IN ('legal', 'figure', 'event');
END;
CREATE TRIGGER IF NOT EXISTS mentions_tl_au AFTER UPDATE OF entity_id, document_id, sentence
ON mentions BEGIN
    DELETE FROM timeline_index WHERE document_id = old.document_id AND sentence = old.sentence
      AND entity_id = old.entity_id AND kind IN ('legal', 'figure', 'event');
    INSERT OR REPLACE INTO timeline_index SELECT * FROM timeline_keys
    WHERE document_id = old.document_id AND sentence = old.sentence
      AND entity_id = old.entity_id AND kind IN ('legal', 'figure', 'event');
    DELETE FROM timeline_index WHERE document_id = new.document_id AND sentence = new.sentence
      AND entity_id = new.entity_id AND kind IN ('legal', 'figure', 'event');
    INSERT OR REPLACE INTO timeline_index SELECT * FROM timeline_keys
    WHERE document_id = new.document_id AND sentence = new.sentence
      AND entity_id = new.entity_id AND kind IN ('legal', 'figure', 'event');
END;

CREATE TRIGGER IF NOT EXISTS documents_tl_au AFTER UPDATE OF published ON documents BEGIN
    DELETE FROM timeline_index WHERE document_id = new.id;
    INSERT OR REPLACE INTO timeline_index SELECT * FROM timeline_keys WHERE document_id = new.id;
END;
