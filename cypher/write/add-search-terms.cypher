// Each name and alias is found by the start of any of its words: one Term per word-start
// suffix of a key ('lena varga' -> 'lena varga', 'varga'), `whole` for the key itself. Its
// `slot` is what search seeks: the first three characters, w(hole) or p(art), and the band of
// the entity's degree (search-terms.ts), so that the busiest matches are found first.
UNWIND $rows AS r
MATCH (n:Entity {id: r.entity})
CREATE (n)-[:KNOWN_AS]->(:Term {text: r.text, whole: r.whole,
                                slot: substring(r.text, 0, 3) +
                                      CASE WHEN r.whole THEN ' w ' ELSE ' p ' END +
                                      toString(r.band)})
