-- 0012: files stored twice before stop 33 become copies.
-- (Edited before its first release, in stop 34: a KB built from a stop-34 branch before
-- 637855d (user_version 12) keeps the earlier text: build it again from an empty file.)
--
-- Since stop 33 an ingested file whose text is exactly that of a stored document
-- is kept as its copy (`duplicate_of`, a `duplicate` link, no facts), so its facts
-- never count twice. A KB filled before then still held such files as documents of
-- their own, each with every fact again, and a rerun left them so (their text had
-- not changed). Here every document whose text (`content_hash`) repeats that of an
-- earlier document that is not itself a copy becomes a copy of the earliest one,
-- exactly as `ytekb ingest` stores one now (a `duplicate` link; a crawled page from
-- another source gets `syndicated`, as the crawler writes it); the original keeps its facts. The
-- timeline index follows through its triggers. Running it again changes nothing.

UPDATE documents
SET duplicate_of = (SELECT min(o.id) FROM documents o
                    WHERE o.content_hash = documents.content_hash AND o.id < documents.id
                      AND o.duplicate_of IS NULL),
    extractor_version = NULL
WHERE duplicate_of IS NULL AND coalesce(content_hash, '') != ''
  AND EXISTS (SELECT 1 FROM documents o
              WHERE o.content_hash = documents.content_hash AND o.id < documents.id
                AND o.duplicate_of IS NULL);

INSERT OR IGNORE INTO document_links(document_id, other_id, relation)
SELECT d.id, d.duplicate_of,
       CASE WHEN EXISTS (SELECT 1 FROM pages p WHERE p.document_id = d.id)
                 AND d.source_id IS NOT (SELECT o.source_id FROM documents o WHERE o.id = d.duplicate_of)
            THEN 'syndicated' ELSE 'duplicate' END
FROM documents d
WHERE d.duplicate_of IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM document_links l WHERE l.document_id = d.id);

DELETE FROM mentions WHERE document_id IN (SELECT id FROM documents WHERE duplicate_of IS NOT NULL);
DELETE FROM roles WHERE document_id IN (SELECT id FROM documents WHERE duplicate_of IS NOT NULL);
DELETE FROM cooperations
WHERE document_id IN (SELECT id FROM documents WHERE duplicate_of IS NOT NULL);
DELETE FROM legal_documents
WHERE document_id IN (SELECT id FROM documents WHERE duplicate_of IS NOT NULL);
DELETE FROM figures WHERE document_id IN (SELECT id FROM documents WHERE duplicate_of IS NOT NULL);
DELETE FROM dates WHERE document_id IN (SELECT id FROM documents WHERE duplicate_of IS NOT NULL);
