-- Canned officials: every post held in the organisation named :name, or in the
-- organisations of the province named :name (located in it or named after it),
-- most recent first. An entity page shows the 200 most recent and links here.
SELECT p.person, p.position, p.former, p.ended_by, p.organization, p.first_seen,
       p.last_seen, p.documents, p.person_id, p.organization_id
FROM position_spans p
JOIN entities o ON o.id = p.organization_id
WHERE o.name = :name OR o.province = :name
   OR (o.type != 'person' AND o.name LIKE '%' || :name || '%')
ORDER BY p.last_seen DESC, p.person
