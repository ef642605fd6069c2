-- Canned legal citations: a number as written, case and spaces aside.
SELECT date, number, kind, issuer, legal_title, text, document, title, published
FROM legal_citations
WHERE upper(replace(number, ' ', '')) = upper(replace(replace(trim(:number), 'số ', ''), ' ', ''))
ORDER BY date, published
LIMIT 1000
