-- Canned search: what `ytekb search` finds, in its order. ytekb_match(:q) and
-- ytekb_phrase(:q) are the CLI's own FTS5 queries (pipeline.query.search): every word
-- must occur (accents optional, a typed d also finds đ), the documents holding the
-- words side by side come first, then the rest by bm25; "quoted words" only the
-- phrase, word* a prefix. Copies of a stored text are left out. Snippets are made for
-- the rows shown only.
WITH ranked AS MATERIALIZED (
    SELECT h.rowid AS id, h.phrase, h.score
    FROM (SELECT rowid, bm25(documents_fts, 4.0, 1.0) AS score,
                 CASE WHEN ytekb_phrase(:q) IS NULL THEN 0
                      ELSE rowid IN (SELECT rowid FROM documents_fts
                                     WHERE documents_fts MATCH ytekb_phrase(:q)) END AS phrase
          FROM documents_fts
          WHERE ytekb_match(:q) IS NOT NULL AND documents_fts MATCH ytekb_match(:q)) h
    JOIN documents d ON d.id = h.rowid
    WHERE d.duplicate_of IS NULL
    ORDER BY h.phrase DESC, h.score
    LIMIT 100
)
SELECT d.title, d.published, s.name AS source,
       replace((SELECT snippet(documents_fts, -1, '[', ']', '…', 24) FROM documents_fts
                WHERE documents_fts MATCH CASE WHEN r.phrase THEN ytekb_phrase(:q)
                                               ELSE ytekb_match(:q) END
                  AND rowid = r.id), '] [', ' ') AS snippet,
       coalesce(d.canonical_url, d.url, d.name, d.key) AS document, d.id AS document_id
FROM ranked r
JOIN documents d ON d.id = r.id
LEFT JOIN sources s ON s.id = d.source_id
ORDER BY r.phrase DESC, r.score
