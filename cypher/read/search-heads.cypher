// The top band of each head a search may seek (write/raise-heads); a head no term has is absent.
UNWIND $keys AS key
MATCH (h:Head {key: key})
RETURN h.key AS key, h.top AS top
