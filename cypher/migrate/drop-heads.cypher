// The heads' top bands are rebuilt with the search terms (migrate/drop-terms).
MATCH (h:Head)
DETACH DELETE h
