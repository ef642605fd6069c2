-- Fact dates, by one rule, stored with their provenance; views whose first columns
-- are what people read; "nguyên" shown once.
--
-- extractors/factdates.py dates every role, cooperation and figure by the event
-- its sentence reports, else by the article's publication date, and says which in
-- `date_source` (event, published, none). The views below read that stored date
-- (they no longer guess the nearest date in the sentence, which was often a cited
-- document's issue date or a deadline):
--   date_source 'event'  -> the stored event date;
--   otherwise            -> the document's publication date (so a corrected
--                           publication date re-dates them), 'published', or
--                           'none' when the document has no date.
-- Rows stored before this migration (date_source NULL) read as 'published' until
-- `ytekb reextract` (or the next `ytekb run`) dates them by their events.
--
-- `position` is the title as stated; a former post reads "nguyên <title>" exactly
-- once, whether or not the stored title already says "nguyên".
-- position_spans groups positions: first and last seen per (person, position,
-- organisation). `ytekb officials`, `ytekb entity`, `ytekb profile` and the web
-- entity page all read it, so they show the same spans.
--
-- These redefinitions supersede 0005's (pipeline.query.schema.ensure_views keeps
-- every view at its latest definition across migrations).

ALTER TABLE roles ADD COLUMN date_source TEXT;
ALTER TABLE cooperations ADD COLUMN date_source TEXT;
ALTER TABLE figures ADD COLUMN date TEXT;
ALTER TABLE figures ADD COLUMN date_source TEXT;

DROP VIEW IF EXISTS document_index;
CREATE VIEW IF NOT EXISTS document_index AS
SELECT d.title, substr(d.published, 1, 10) AS published, s.name AS source, d.province,
       substr(d.published, 1, 4) AS year, coalesce(d.canonical_url, d.url, d.name, d.key) AS document,
       d.duplicate_of, d.id
FROM documents d LEFT JOIN sources s ON s.id = d.source_id;

DROP VIEW IF EXISTS cooperation_links;
CREATE VIEW IF NOT EXISTS cooperation_links AS
SELECT from_name, kind, to_name, date,
       CASE WHEN date GLOB '[0-9][0-9][0-9][0-9]*' THEN substr(date, 1, 4) END AS year,
       date_source, text, title, published, source, document, id, from_id, from_type,
       from_province, to_id, to_type, to_province, sentence, start, "end", confidence, document_id
FROM (
    SELECT c.id, c.from_id, coalesce(ef.name, c.from_name) AS from_name, ef.type AS from_type,
           ef.province AS from_province, c.to_id, coalesce(et.name, c.to_name) AS to_name,
           et.type AS to_type, et.province AS to_province, c.kind,
           CASE WHEN c.date_source = 'event' THEN c.date
                WHEN d.published GLOB '[0-9][0-9][0-9][0-9]*' THEN substr(d.published, 1, 10) END
               AS date,
           CASE WHEN c.date_source = 'event' THEN 'event'
                WHEN d.published GLOB '[0-9][0-9][0-9][0-9]*' THEN 'published' ELSE 'none' END
               AS date_source,
           c.text, c.sentence, c.start, c."end", c.confidence, c.document_id,
           coalesce(d.canonical_url, d.url, d.name, d.key) AS document, d.title, d.published,
           s.name AS source
    FROM cooperations c
    JOIN documents d ON d.id = c.document_id
    LEFT JOIN sources s ON s.id = d.source_id
    LEFT JOIN entities ef ON ef.id = c.from_id
    LEFT JOIN entities et ON et.id = c.to_id
);

DROP VIEW IF EXISTS positions;
CREATE VIEW IF NOT EXISTS positions AS
SELECT person, position, organization, date,
       CASE WHEN date GLOB '[0-9][0-9][0-9][0-9]*' THEN substr(date, 1, 4) END AS year,
       date_source, former, title, published, source, document, id, person_id,
       organization_id, honorifics, sentence, start, "end", confidence, document_id
FROM (
    SELECT r.id, r.person_id, p.name AS person,
           CASE WHEN r.former AND r.title NOT LIKE 'nguyên %' THEN 'nguyên ' || r.title
                ELSE r.title END AS position,
           r.former, r.organization_id, coalesce(o.name, r.organization) AS organization,
           CASE WHEN r.date_source = 'event' THEN r.date
                WHEN d.published GLOB '[0-9][0-9][0-9][0-9]*' THEN substr(d.published, 1, 10) END
               AS date,
           CASE WHEN r.date_source = 'event' THEN 'event'
                WHEN d.published GLOB '[0-9][0-9][0-9][0-9]*' THEN 'published' ELSE 'none' END
               AS date_source,
           r.honorifics, r.sentence, r.start, r."end", r.confidence, r.document_id,
           coalesce(d.canonical_url, d.url, d.name, d.key) AS document, d.title, d.published,
           s.name AS source
    FROM roles r
    JOIN documents d ON d.id = r.document_id
    LEFT JOIN sources s ON s.id = d.source_id
    LEFT JOIN entities p ON p.id = r.person_id
    LEFT JOIN entities o ON o.id = r.organization_id
);

DROP VIEW IF EXISTS position_spans;
CREATE VIEW IF NOT EXISTS position_spans AS
SELECT person, position, organization,
       coalesce(min(CASE WHEN date GLOB '[0-9][0-9][0-9][0-9]*' THEN date END), min(date))
           AS first_seen,
       coalesce(max(CASE WHEN date GLOB '[0-9][0-9][0-9][0-9]*' THEN date END), max(date))
           AS last_seen,
       count(DISTINCT document_id) AS documents, max(former) AS former, person_id,
       organization_id, group_concat(DISTINCT document_id) AS document_ids,
       CAST(substr(max(printf('%-10s', CASE WHEN date GLOB '[0-9][0-9][0-9][0-9]*' THEN date
                                            ELSE '' END) || printf('%012d', id)), 11) AS INTEGER)
           AS last_role_id,
       position AS title
FROM positions
GROUP BY person_id, lower(position), coalesce(organization_id, organization);

DROP VIEW IF EXISTS legal_citations;
CREATE VIEW IF NOT EXISTS legal_citations AS
SELECT kind, number, issuer, legal_title, issued,
       coalesce(issued_date, published_date) AS date,
       substr(coalesce(issued_date, published_date), 1, 4) AS year,
       CASE WHEN issued_date IS NOT NULL THEN 'issued'
            WHEN published_date IS NOT NULL THEN 'published' ELSE 'none' END AS date_source,
       text, title, published, source, document, id, issuer_id, sentence, start, "end",
       confidence, document_id
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

DROP VIEW IF EXISTS figure_facts;
CREATE VIEW IF NOT EXISTS figure_facts AS
SELECT text, value, unit, qualifier, date,
       CASE WHEN date GLOB '[0-9][0-9][0-9][0-9]*' THEN substr(date, 1, 4) END AS year,
       date_source, title, published, source, province, document, id, sentence, start, "end",
       confidence, document_id
FROM (
    SELECT f.id, f.value, f.unit, f.qualifier, f.text,
           CASE WHEN f.date_source = 'event' THEN f.date
                WHEN d.published GLOB '[0-9][0-9][0-9][0-9]*' THEN substr(d.published, 1, 10) END
               AS date,
           CASE WHEN f.date_source = 'event' THEN 'event'
                WHEN d.published GLOB '[0-9][0-9][0-9][0-9]*' THEN 'published' ELSE 'none' END
               AS date_source,
           f.sentence, f.start, f."end", f.confidence, f.document_id,
           coalesce(d.canonical_url, d.url, d.name, d.key) AS document, d.title, d.published,
           s.name AS source, d.province
    FROM figures f
    JOIN documents d ON d.id = f.document_id
    LEFT JOIN sources s ON s.id = d.source_id
);

DROP VIEW IF EXISTS dated_events;
CREATE VIEW IF NOT EXISTS dated_events AS
SELECT CASE WHEN x.date_start GLOB 'XXXX*' AND d.published GLOB '[0-9][0-9][0-9][0-9]*'
            THEN substr(d.published, 1, 4) || substr(x.date_start, 5) ELSE x.date_start END AS date,
       x.text, x.date_start, x.date_end,
       CASE WHEN x.date_start GLOB '[0-9][0-9][0-9][0-9]*' THEN substr(x.date_start, 1, 4)
            WHEN d.published GLOB '[0-9][0-9][0-9][0-9]*' THEN substr(d.published, 1, 4) END AS year,
       'date' AS date_source, d.title, d.published, s.name AS source,
       coalesce(d.canonical_url, d.url, d.name, d.key) AS document, x.id,
       x.sentence, x.start, x."end", x.confidence, x.document_id
FROM dates x
JOIN documents d ON d.id = x.document_id
LEFT JOIN sources s ON s.id = d.source_id
WHERE x.date_start IS NOT NULL AND x.date_start != '';

DROP VIEW IF EXISTS timeline;
CREATE VIEW IF NOT EXISTS timeline AS
SELECT date, 'cooperation' AS kind, from_name || ' → ' || to_name || ' (' || kind || ')' AS summary,
       from_id AS entity_id, 'from' AS relation, id AS fact_id, year, date_source, text,
       title, published, source, document, sentence, start, "end", document_id
FROM cooperation_links
UNION ALL
SELECT date, 'cooperation', from_name || ' → ' || to_name || ' (' || kind || ')', to_id, 'to',
       id, year, date_source, text, title, published, source, document, sentence, start, "end",
       document_id
FROM cooperation_links
UNION ALL
SELECT date, 'role', person || ': ' || position || coalesce(', ' || organization, ''),
       person_id, 'person', id, year, date_source, NULL, title, published, source, document,
       sentence, start, "end", document_id
FROM positions
UNION ALL
SELECT date, 'role', person || ': ' || position || coalesce(', ' || organization, ''),
       organization_id, 'organization', id, year, date_source, NULL, title, published, source,
       document, sentence, start, "end", document_id
FROM positions WHERE organization_id IS NOT NULL
UNION ALL
SELECT date, 'legal', kind || coalesce(' ' || number, '') || coalesce(' (' || issuer || ')', '')
           || coalesce(': ' || legal_title, ''),
       issuer_id, 'issued', id, year, date_source, text, title, published, source, document,
       sentence, start, "end", document_id
FROM legal_citations WHERE issuer_id IS NOT NULL
UNION ALL
SELECT l.date, 'legal', l.kind || coalesce(' ' || l.number, '') || coalesce(' (' || l.issuer || ')', '')
           || coalesce(': ' || l.legal_title, ''),
       m.entity_id, 'cited', l.id, l.year, l.date_source, l.text, l.title, l.published, l.source,
       l.document, l.sentence, l.start, l."end", l.document_id
FROM mentions m JOIN legal_citations l ON l.document_id = m.document_id AND l.sentence = m.sentence
UNION ALL
SELECT f.date, 'figure', f.text, m.entity_id, 'reported', f.id, f.year, f.date_source, f.text,
       f.title, f.published, f.source, f.document, f.sentence, f.start, f."end", f.document_id
FROM mentions m JOIN figure_facts f ON f.document_id = m.document_id AND f.sentence = m.sentence
UNION ALL
SELECT e.date, 'event', e.text, m.entity_id, 'mentioned', e.id, e.year, e.date_source, e.text,
       e.title, e.published, e.source, e.document, e.sentence, e.start, e."end", e.document_id
FROM mentions m JOIN dated_events e ON e.document_id = m.document_id AND e.sentence = m.sentence
WHERE length(e.date) >= 7
  AND substr(coalesce(nullif(e.date_end, ''), e.date_start), 1, 7) = substr(e.date_start, 1, 7);

DROP VIEW IF EXISTS timeline_facts;
CREATE VIEW IF NOT EXISTS timeline_facts AS
SELECT date, 'cooperation' AS kind, from_name || ' → ' || to_name || ' (' || kind || ')' AS summary,
       id AS fact_id, year, date_source, text, title, published, source, document,
       sentence, start, "end", document_id
FROM cooperation_links
UNION ALL
SELECT date, 'role', person || ': ' || position || coalesce(', ' || organization, ''), id, year,
       date_source, NULL, title, published, source, document, sentence, start, "end", document_id
FROM positions
UNION ALL
SELECT date, 'legal', kind || coalesce(' ' || number, '') || coalesce(' (' || issuer || ')', '')
           || coalesce(': ' || legal_title, ''),
       id, year, date_source, text, title, published, source, document, sentence, start, "end",
       document_id
FROM legal_citations
UNION ALL
SELECT date, 'figure', text, id, year, date_source, text, title, published, source, document,
       sentence, start, "end", document_id
FROM figure_facts
UNION ALL
SELECT date, 'event', text, id, year, date_source, text, title, published, source, document,
       sentence, start, "end", document_id
FROM dated_events WHERE length(date) >= 7
  AND substr(coalesce(nullif(date_end, ''), date_start), 1, 7) = substr(date_start, 1, 7);

DELETE FROM timeline_index;
INSERT OR REPLACE INTO timeline_index(entity_id, kind, fact_id, date, document_id, sentence, start)
    SELECT entity_id, kind, fact_id, date, document_id, sentence, start FROM timeline_keys;
