-- Canned search: what `ytekb search` finds, in its order. ytekb_match(:q) and
-- ytekb_phrase(:q) are the CLI's own FTS5 queries (pipeline.query.search): every word
-- must occur (accents optional, a typed d also finds đ), the documents holding the
-- words side by side come first, then the rest by bm25; "quoted words" only the
-- phrase, word* a prefix. Accents typed are meant: a query with any word typed with
-- accents runs on documents_fts_tones instead (ytekb_match_tones / ytekb_phrase_tones;
-- the other pair is NULL), so "chuyển" does not find "chuyên" and "Lê Thị Hoa" not
-- "Lê Thị Hòa"; a plain query's i/y words keep their tone-less spelling
-- (ytekb_tones_filter: "ky" is not the bare "ki"). Copies of a stored text are left out.
-- Snippets are made for the rows shown only, highlights between [ ] as `ytekb search`
-- prints them (the web page shows those of the query's words as <mark>: pipeline.web.
-- search_marks); snippet() writes them between U+E000 and U+E001, which no press text
-- holds, so ytekb_whole_snippet can merge side-by-side highlights and complete a phrase
-- the snippet's edge cut ("Trung tâm [Kiểm]…"). `published` is the day (a crawled page's
-- full timestamp took a wide column on a 1280 px screen); document_id is for the links
-- (ytekb.css hides it on the page: the title and document cells link to the same page). These functions are registered by
-- `ytekb serve` (and by pipeline.query.search.register in Python); plain sqlite3 has
-- them not: see the README's "Example queries" for the sqlite3 form.
WITH hits AS (
    SELECT rowid, bm25(documents_fts, 4.0, 1.0) AS score,
           CASE WHEN ytekb_phrase(:q) IS NULL THEN 0
                ELSE rowid IN (SELECT rowid FROM documents_fts
                               WHERE documents_fts MATCH ytekb_phrase(:q)) END AS phrase
    FROM documents_fts
    WHERE ytekb_match(:q) IS NOT NULL AND documents_fts MATCH ytekb_match(:q)
      AND CASE WHEN ytekb_tones_filter(:q) IS NULL THEN 1
               ELSE rowid IN (SELECT rowid FROM documents_fts_tones
                              WHERE documents_fts_tones MATCH ytekb_tones_filter(:q)) END
    UNION ALL
    SELECT rowid, bm25(documents_fts_tones, 4.0, 1.0),
           CASE WHEN ytekb_phrase_tones(:q) IS NULL THEN 0
                ELSE rowid IN (SELECT rowid FROM documents_fts_tones
                               WHERE documents_fts_tones MATCH ytekb_phrase_tones(:q)) END
    FROM documents_fts_tones
    WHERE ytekb_match_tones(:q) IS NOT NULL AND documents_fts_tones MATCH ytekb_match_tones(:q)
),
ranked AS MATERIALIZED (
    SELECT h.rowid AS id, h.phrase, h.score
    FROM hits h
    JOIN documents d ON d.id = h.rowid
    WHERE d.duplicate_of IS NULL
    ORDER BY h.phrase DESC, h.score
    LIMIT 100
)
SELECT title, published, source,
       replace(replace(marked, char(57344), '['), char(57345), ']') AS snippet,
       document, document_id
FROM (
SELECT d.title, substr(d.published, 1, 10) AS published, s.name AS source,
       ytekb_whole_snippet(CASE WHEN ytekb_match(:q) IS NOT NULL THEN   -- (MATCH on NULL: an error)
           (SELECT snippet(documents_fts, -1, char(57344), char(57345), '…', 24) FROM documents_fts
            WHERE documents_fts MATCH CASE WHEN r.phrase THEN ytekb_phrase(:q)
                                           ELSE ytekb_match(:q) END
              AND rowid = r.id)
       ELSE
           (SELECT snippet(documents_fts_tones, -1, char(57344), char(57345), '…', 24)
            FROM documents_fts_tones
            WHERE documents_fts_tones MATCH CASE WHEN r.phrase THEN ytekb_phrase_tones(:q)
                                                 ELSE ytekb_match_tones(:q) END
              AND rowid = r.id) END, :q, r.phrase, d.title, d.text) AS marked,
       coalesce(d.canonical_url, d.url, d.name, d.key) AS document, d.id AS document_id,
       r.phrase, r.score
FROM ranked r
JOIN documents d ON d.id = r.id
LEFT JOIN sources s ON s.id = d.source_id
)
ORDER BY phrase DESC, score
