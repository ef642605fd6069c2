-- 0016: the `timeline` view says "nguyên" on a former post again.
--
-- 0011 took the leading "nguyên " out of `positions.position` (a former post is the
-- post, marked `former`), and `timeline_facts` (read by `ytekb timeline`) and the
-- web's canned timeline put it back; the `timeline` view, which sqlite3 and Datasette
-- users read, did not: "Lê Văn Tâm: Giám đốc, Sở Y tế Bình Dương" on a 2017 fact
-- about the former director read as a post he held then. The role summary now reads
-- as in `timeline_facts`. Keys and dates are unchanged, so `timeline_index` is too.

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
SELECT date, 'role', person || ': ' || CASE WHEN former THEN 'nguyên ' ELSE '' END || position
           || coalesce(', ' || organization, ''),
       person_id, 'person', id, year, date_source, NULL, title, published, source, document,
       sentence, start, "end", document_id
FROM positions
UNION ALL
SELECT date, 'role', person || ': ' || CASE WHEN former THEN 'nguyên ' ELSE '' END || position
           || coalesce(', ' || organization, ''),
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
