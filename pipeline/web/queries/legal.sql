-- Canned legal citations: a number as written, case and spaces aside.
SELECT date, number, kind, issuer, legal_title, text, title,
       substr(published, 1, 10) AS published, document, sentence,
       document_id, id AS fact_id, 'legal' AS fact, issuer_id
FROM legal_citations
WHERE upper(replace(number, ' ', '')) = upper(replace(replace(trim(:number), 'số ', ''), ' ', ''))
ORDER BY date, legal_citations.published
LIMIT 1000
