// Each name and alias is found by the start of any of its words: one Term per word-start
// suffix of a key ('lena varga' -> 'lena varga', 'varga'), `whole` for the key itself, `head`
// its first three characters, which search seeks.
UNWIND $rows AS r
MATCH (n:Entity {id: r.entity})
CREATE (n)-[:KNOWN_AS]->(:Term {text: r.text, head: substring(r.text, 0, 3), whole: r.whole})
