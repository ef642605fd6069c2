-- Canned officials: every post held in the organisation named :name, or in the
-- organisations of the province named :name (located in it or named after it),
-- most recent first. An entity page shows the 200 most recent and links here.
-- Names match as whole words, blind to case and accents, through entity_names (the
-- FTS5 index of every name an entity was seen under; đ is indexed as d, so the
-- name typed is folded the same way): "bach mai", "BỆNH VIỆN Bạch Mai" and "đa khoa"
-- find "Bệnh viện Bạch Mai", "Bệnh viện Đa khoa ..."; an empty name lists every
-- post. Plain SQL: runs as is in sqlite3 with :name bound.
WITH hits AS (
    SELECT DISTINCT entity_id FROM entity_names
    WHERE trim(:name) != ''
      AND entity_names MATCH '"' || replace(replace(replace(trim(:name), '"', '""'), 'đ', 'd'), 'Đ', 'D') || '"'
)
SELECT p.person, p.position, p.former, p.ended_by, p.organization, p.first_seen,
       p.last_seen, p.documents, p.person_id, p.organization_id
FROM position_spans p
WHERE trim(:name) = '' OR p.organization_id IN (
    SELECT o.id FROM entities o
    WHERE o.name = :name OR o.province = :name
       OR (o.type != 'person' AND o.id IN (SELECT entity_id FROM hits))
       OR o.province IN (SELECT v.name FROM entities v
                         WHERE v.type = 'province' AND v.id IN (SELECT entity_id FROM hits)))
ORDER BY p.last_seen DESC, p.person
