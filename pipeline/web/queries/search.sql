-- Canned search: the words as one phrase (accents optional), best match first.
SELECT d.title, d.published, s.name AS source,
       snippet(documents_fts, -1, '[', ']', '…', 24) AS snippet,
       coalesce(d.canonical_url, d.url, d.name, d.key) AS document, d.id AS document_id
FROM documents_fts
JOIN documents d ON d.id = documents_fts.rowid
LEFT JOIN sources s ON s.id = d.source_id
WHERE documents_fts MATCH '"' || replace(trim(:q), '"', '""') || '"'
ORDER BY bm25(documents_fts, 4.0, 1.0)
LIMIT 100
