// The stored article with this text, with what its header said: a corrected header makes it
// written again.
MATCH (a:Article {id: $id})
RETURN a.id AS id, a.title AS title, a.url AS url, a.published AS published,
       a.source AS source, a.key AS key,
       a.extraction IS NOT NULL AS kept
