-- 0014: the links 0012's first text wrote now say what the crawler writes.
--
-- 0012 was edited in stop 34 (637855d) after KBs had run its first text, which
-- linked every copy it made as `duplicate`; the edited text, like the crawler,
-- links a crawled page from another source than its original's as `syndicated`.
-- Such a KB is at user_version 12 and never runs 0012 again, so its links are
-- relabelled here. A KB that ran the edited 0012, or was filled after it, has no
-- such link, and running this again changes nothing.

UPDATE OR IGNORE document_links SET relation = 'syndicated'
WHERE relation = 'duplicate'
  AND EXISTS (SELECT 1 FROM documents d JOIN documents o ON o.id = d.duplicate_of
              WHERE d.id = document_links.document_id AND o.id = document_links.other_id
                AND d.source_id IS NOT o.source_id
                AND EXISTS (SELECT 1 FROM pages p WHERE p.document_id = d.id));

DELETE FROM document_links
WHERE relation = 'duplicate'
  AND EXISTS (SELECT 1 FROM document_links s
              WHERE s.document_id = document_links.document_id
                AND s.other_id = document_links.other_id AND s.relation = 'syndicated')
  AND EXISTS (SELECT 1 FROM documents d JOIN documents o ON o.id = d.duplicate_of
              WHERE d.id = document_links.document_id AND o.id = document_links.other_id
                AND d.source_id IS NOT o.source_id
                AND EXISTS (SELECT 1 FROM pages p WHERE p.document_id = d.id));
