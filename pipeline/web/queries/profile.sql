-- Canned entity profile: every entity whose name contains the words typed.
WITH hits AS (
    SELECT DISTINCT entity_id FROM entity_names
    WHERE entity_names MATCH '"' || replace(replace(replace(trim(:q), '"', '""'), 'đ', 'd'), 'Đ', 'D') || '"'
)
SELECT e.id, e.name, e.type, e.province,
       (SELECT group_concat(alias, '; ') FROM aliases WHERE entity_id = e.id AND alias != e.name)
           AS aliases,
       (SELECT count(DISTINCT document_id) FROM mentions WHERE entity_id = e.id) AS documents,
       (SELECT min(substr(d.published, 1, 10)) FROM mentions m
          JOIN documents d ON d.id = m.document_id WHERE m.entity_id = e.id) AS first_seen,
       (SELECT max(substr(d.published, 1, 10)) FROM mentions m
          JOIN documents d ON d.id = m.document_id WHERE m.entity_id = e.id) AS last_seen,
       (SELECT group_concat(partner, '; ') FROM (
           SELECT DISTINCT CASE WHEN from_id = e.id THEN to_name ELSE from_name END AS partner
           FROM cooperation_links WHERE from_id = e.id OR to_id = e.id)) AS partners,
       (SELECT group_concat(post, '; ') FROM (
           SELECT CASE WHEN former THEN 'nguyên ' ELSE '' END || position || ': ' || CASE WHEN person_id = e.id
               THEN coalesce(organization, '') ELSE person END
               || ' (' || coalesce(first_seen, '?') || CASE WHEN last_seen != first_seen
                  THEN ' … ' || last_seen ELSE '' END || ')' AS post
           FROM position_spans WHERE person_id = e.id OR organization_id = e.id
           ORDER BY first_seen)) AS positions
FROM entities e
WHERE e.id IN (SELECT entity_id FROM hits)
ORDER BY documents DESC, e.name
LIMIT 100
