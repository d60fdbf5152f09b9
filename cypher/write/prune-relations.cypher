// A relation lives as long as one sentence of one article still supports it.
MATCH (:Entity)-[r]->(:Entity)
WHERE r.key IN $keys AND NOT EXISTS { MATCH (m:Mention {relation: r.key}) }
DELETE r
