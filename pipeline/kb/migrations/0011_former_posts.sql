-- 0011: a former post is the post, marked former, not a post of its own.
-- (Edited before its first release, in stop 34: a KB built from a stop-34 branch before
-- 637855d (user_version 12) keeps the earlier text: build it again from an empty file.)
--
-- The extractor keeps the title as written ("nguyên Giám đốc", former = 1), and
-- 0006's `positions` wrote "nguyên <title>" into `position`, so `position_spans`
-- grouped "nguyên Giám đốc" apart from "Giám đốc": a person's posts listed the
-- former post as a second one, with the dates of the articles that called it
-- former as if it had been held then.
--
-- `positions.position` is now the post without a leading "nguyên " / "cựu "
-- (`former` = 1 says the sentence calls it former). `position_spans` has one row
-- per (person, post, organisation): `first_seen` and `last_seen` come from the
-- facts that state the post as held; `ended_by` is the first date, on or after the
-- last held one, that a sentence calls it former (the post had ended by then; an
-- earlier "nguyên" before a re-appointment ends nothing); `former` is 1 when such a
-- date exists, or when no dated sentence states the post as held. A post known
-- only as former has no first or last seen. Timelines still read "nguyên <post>" on a former fact.
-- (The timeline index holds keys and dates only, which this leaves unchanged.)

DROP VIEW IF EXISTS positions;
CREATE VIEW IF NOT EXISTS positions AS
SELECT person, position, organization, date,
       CASE WHEN date GLOB '[0-9][0-9][0-9][0-9]*' THEN substr(date, 1, 4) END AS year,
       date_source, former, title, published, source, document, id, person_id,
       organization_id, honorifics, sentence, start, "end", confidence, document_id
FROM (
    SELECT r.id, r.person_id, p.name AS person,
           CASE WHEN r.title LIKE 'nguyên %' THEN ltrim(substr(r.title, 8))
                WHEN r.title LIKE 'cựu %' THEN ltrim(substr(r.title, 5))
                ELSE r.title END AS position,
           CASE WHEN r.former OR r.title LIKE 'nguyên %' OR r.title LIKE 'cựu %' THEN 1 ELSE 0 END
               AS former,
           r.organization_id, coalesce(o.name, r.organization) AS organization,
           CASE WHEN r.date_source = 'event' THEN r.date
                WHEN d.published GLOB '[0-9][0-9][0-9][0-9]*' THEN substr(d.published, 1, 10) END
               AS date,
           CASE WHEN r.date_source = 'event' THEN 'event'
                WHEN d.published GLOB '[0-9][0-9][0-9][0-9]*' THEN 'published' ELSE 'none' END
               AS date_source,
           r.honorifics, r.sentence, r.start, r."end", r.confidence, r.document_id,
           coalesce(d.canonical_url, d.url, d.name, d.key) AS document, d.title, d.published,
           s.name AS source
    FROM roles r
    JOIN documents d ON d.id = r.document_id
    LEFT JOIN sources s ON s.id = d.source_id
    LEFT JOIN entities p ON p.id = r.person_id
    LEFT JOIN entities o ON o.id = r.organization_id
);

DROP VIEW IF EXISTS position_spans;
CREATE VIEW IF NOT EXISTS position_spans AS
SELECT person, position, organization,
       coalesce(min(CASE WHEN NOT former AND dated THEN date END),
                min(CASE WHEN NOT former THEN date END)) AS first_seen,
       coalesce(held_last, max(CASE WHEN NOT former THEN date END)) AS last_seen,
       count(DISTINCT document_id) AS documents,
       CASE WHEN min(CASE WHEN former AND dated AND date >= coalesce(held_last, '') THEN date END)
                 IS NOT NULL OR (held_last IS NULL AND max(former)) THEN 1 ELSE 0 END AS former,
       person_id, organization_id, group_concat(DISTINCT document_id) AS document_ids,
       CAST(substr(max(printf('%-10s', CASE WHEN dated THEN date ELSE '' END)
                       || printf('%012d', id)), 11) AS INTEGER) AS last_role_id,
       position AS title,
       min(CASE WHEN former AND dated AND date >= coalesce(held_last, '') THEN date END) AS ended_by
FROM (
    SELECT *, date GLOB '[0-9][0-9][0-9][0-9]*' AS dated,
           max(CASE WHEN NOT former AND date GLOB '[0-9][0-9][0-9][0-9]*' THEN date END)
               OVER (PARTITION BY person_id, lower(position), coalesce(organization_id, organization))
               AS held_last
    FROM positions
)
GROUP BY person_id, lower(position), coalesce(organization_id, organization);

DROP VIEW IF EXISTS timeline_facts;
CREATE VIEW IF NOT EXISTS timeline_facts AS
SELECT date, 'cooperation' AS kind, from_name || ' → ' || to_name || ' (' || kind || ')' AS summary,
       id AS fact_id, year, date_source, text, title, published, source, document,
       sentence, start, "end", document_id
FROM cooperation_links
UNION ALL
SELECT date, 'role', person || ': ' || CASE WHEN former THEN 'nguyên ' ELSE '' END || position
           || coalesce(', ' || organization, ''), id, year,
       date_source, NULL, title, published, source, document, sentence, start, "end", document_id
FROM positions
UNION ALL
SELECT date, 'legal', kind || coalesce(' ' || number, '') || coalesce(' (' || issuer || ')', '')
           || coalesce(': ' || legal_title, ''),
       id, year, date_source, text, title, published, source, document, sentence, start, "end",
       document_id
FROM legal_citations
UNION ALL
SELECT date, 'figure', text, id, year, date_source, text, title, published, source, document,
       sentence, start, "end", document_id
FROM figure_facts
UNION ALL
SELECT date, 'event', text, id, year, date_source, text, title, published, source, document,
       sentence, start, "end", document_id
FROM dated_events WHERE length(date) >= 7
  AND substr(coalesce(nullif(date_end, ''), date_start), 1, 7) = substr(date_start, 1, 7);
