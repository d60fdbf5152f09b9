// Whether the store can be reached at all: /health asks it.
RETURN 1 AS ok
