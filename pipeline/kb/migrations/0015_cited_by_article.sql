-- 0015: a cited legal document sits on a timeline when the article cited it.
--
-- 0006 dated every legal row of the timeline by the document's own issue date, so
-- a person named beside "Bộ luật Hình sự năm 1999" in a 2017 article had a 1999
-- entry: laws opened the list and stretched the picture's axis over decades the
-- person never acted in. A timeline says what happened when; a law's issue date is
-- when its issuer acted, not when the people of the citing sentence did.
--
-- Now only the issuer's own row ('issued') keeps the issue date. A cited row, and
-- the fact in `timeline_facts` (facts found by a province's name in their sentence),
-- is dated by the citing article's publication (date_source 'published'); an
-- undated article leaves the law's own date and source. The issue date stays in
-- `legal_citations` (and `ytekb legal`), and timeline items carry it as `issued`.
-- The issuer is not also a 'cited' entity of its own document (one row per entity).

-- legal_citations with the citing article's date: the date a cited law has on a timeline.
CREATE VIEW IF NOT EXISTS cited_legal AS
SELECT *, kind || coalesce(' ' || number, '') || coalesce(' (' || issuer || ')', '')
              || coalesce(': ' || legal_title, '') AS summary,
       CASE WHEN published GLOB '[0-9][0-9][0-9][0-9]*' THEN substr(published, 1, 10)
            ELSE date END AS cited_date,
       CASE WHEN published GLOB '[0-9][0-9][0-9][0-9]*' THEN 'published'
            ELSE date_source END AS cited_source
FROM legal_citations;

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
SELECT date, 'legal', summary, issuer_id, 'issued', id, year, date_source, text, title,
       published, source, document, sentence, start, "end", document_id
FROM cited_legal WHERE issuer_id IS NOT NULL
UNION ALL
SELECT l.cited_date, 'legal', l.summary, m.entity_id, 'cited', l.id, substr(l.cited_date, 1, 4),
       l.cited_source, l.text, l.title, l.published, l.source, l.document, l.sentence, l.start,
       l."end", l.document_id
FROM mentions m JOIN cited_legal l ON l.document_id = m.document_id AND l.sentence = m.sentence
WHERE m.entity_id IS NOT l.issuer_id
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
SELECT date, 'role', person || ': ' || CASE WHEN former THEN 'nguyên ' ELSE '' END || position
           || coalesce(', ' || organization, ''), id, year,
       date_source, NULL, title, published, source, document, sentence, start, "end", document_id
FROM positions
UNION ALL
SELECT cited_date, 'legal', summary, id, substr(cited_date, 1, 4), cited_source, text, title,
       published, source, document, sentence, start, "end", document_id
FROM cited_legal
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
