-- Canned timeline: the facts timeline_index links to every entity whose name
-- contains the words typed (accents optional), with their details from the
-- component views. Runs as is in sqlite3 with :q, :date_from and :date_to bound.
WITH hits AS (
    SELECT DISTINCT entity_id FROM entity_names
    WHERE entity_names MATCH '"' || replace(replace(replace(trim(:q), '"', '""'), 'đ', 'd'), 'Đ', 'D') || '"'
),
picked AS (
    SELECT DISTINCT kind, fact_id, date FROM timeline_index
    WHERE entity_id IN (SELECT entity_id FROM hits)
      AND (:date_from = '' OR date >= :date_from OR :date_from GLOB date || '*')
      AND (:date_to = '' OR date <= :date_to OR date GLOB :date_to || '*')
    ORDER BY date IS NULL, date
    LIMIT 3000
),
facts AS (
    SELECT 'cooperation' AS kind, id AS fact_id, date,
           from_name || ' → ' || to_name || ' (' || kind || ')' AS summary,
           document, title, published, document_id, sentence, NULL AS issued, NULL AS law
    FROM cooperation_links WHERE id IN (SELECT fact_id FROM picked WHERE kind = 'cooperation')
    UNION ALL
    SELECT 'role', id, date,
           person || ': ' || CASE WHEN former THEN 'nguyên ' ELSE '' END || position
               || coalesce(', ' || organization, ''),
           document, title, published, document_id, sentence, NULL, NULL
    FROM positions WHERE id IN (SELECT fact_id FROM picked WHERE kind = 'role')
    UNION ALL
    -- dated as indexed (0015): by the citing article, on the issuer's timeline by its issue
    SELECT 'legal', l.id, p.date, l.summary, l.document, l.title, l.published, l.document_id,
           l.sentence, l.issued, l.kind || ' ' || l.number
    FROM picked p JOIN cited_legal l ON l.id = p.fact_id WHERE p.kind = 'legal'
    UNION ALL
    SELECT 'figure', id, date, text, document, title, published, document_id, sentence, NULL, NULL
    FROM figure_facts WHERE id IN (SELECT fact_id FROM picked WHERE kind = 'figure')
    UNION ALL
    SELECT 'event', id, date, text, document, title, published, document_id, sentence, NULL, NULL
    FROM dated_events WHERE id IN (SELECT fact_id FROM picked WHERE kind = 'event')
)
-- As `ytekb timeline`: an event restating another fact's date (or a cited law's
-- issue date) in its sentence goes, a fact repeated in one document shows once (a
-- numbered law however it is titled), and a sentence's figures are one row.
SELECT date, kind,
       CASE WHEN kind = 'figure' THEN group_concat(summary, '; ') ELSE summary END AS summary,
       substr(title, 1, 120) || CASE WHEN length(title) > 120 THEN '…' ELSE '' END AS title,
       substr(published, 1, 10) AS published, document, sentence, document_id,
       min(fact_id) AS fact_id
FROM facts f
WHERE NOT (kind = 'event' AND EXISTS (
    SELECT 1 FROM facts g WHERE g.kind != 'event' AND g.document_id = f.document_id
      AND g.sentence = f.sentence AND f.date IN (g.date, g.issued)))
GROUP BY CASE WHEN kind = 'figure' THEN 'figure' || char(31) || document_id || char(31) || sentence
              ELSE kind || char(31) || document_id || char(31) || coalesce(law, summary) END, date
ORDER BY date IS NULL, date, f.published, document_id, min(fact_id)
LIMIT 1000
