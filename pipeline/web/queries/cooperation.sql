-- Canned cooperation links: of A, or between A and B (B empty: all of A's links).
WITH a AS (
    SELECT DISTINCT entity_id FROM entity_names
    WHERE entity_names MATCH '"' || replace(replace(replace(trim(:a), '"', '""'), 'đ', 'd'), 'Đ', 'D') || '"'
),
b AS (
    SELECT DISTINCT entity_id FROM entity_names
    WHERE entity_names MATCH '"' || replace(replace(replace(trim(:b), '"', '""'), 'đ', 'd'), 'Đ', 'D') || '"'
)
SELECT date, from_name AS "from", to_name AS "to", kind, text,
       substr(title, 1, 120) || CASE WHEN length(title) > 120 THEN '…' ELSE '' END AS title,
       document, sentence, document_id, id AS fact_id, 'cooperation' AS fact, from_id, to_id
FROM cooperation_links
WHERE (from_id IN (SELECT entity_id FROM a) AND (trim(:b) = '' OR to_id IN (SELECT entity_id FROM b)))
   OR (to_id IN (SELECT entity_id FROM a) AND (trim(:b) = '' OR from_id IN (SELECT entity_id FROM b)))
ORDER BY date IS NULL, date, document
LIMIT 1000
