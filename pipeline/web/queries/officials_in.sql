-- Canned officials: every post held in the organisation named :name, or in the
-- organisations of the province named :name (located in it or named after it),
-- most recent first. An entity page shows the 200 most recent and links here.
-- Names match as whole words, blind to case and accents, as search does
-- (ytekb_words: the folded name between spaces; "bach mai", "BỆNH VIỆN Bạch Mai" and
-- "đa khoa" find "Bệnh viện Bạch Mai", "Bệnh viện Đa khoa ..."); an empty name lists
-- every post.
SELECT p.person, p.position, p.former, p.ended_by, p.organization, p.first_seen,
       p.last_seen, p.documents, p.person_id, p.organization_id
FROM position_spans p
WHERE p.organization_id IN (
    SELECT o.id FROM entities o
    WHERE o.name = :name OR o.province = :name
       OR ytekb_words(o.province) = ytekb_words(:name)
       OR (o.type != 'person' AND instr(ytekb_words(o.name), ytekb_words(:name)) > 0))
ORDER BY p.last_seen DESC, p.person
