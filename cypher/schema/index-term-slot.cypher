// Search seeks terms by `slot`: the term's first three characters, whether it is a whole key,
// and the band of its entity's degree (read/search-in-slots). An equality seek: the embedded
// engine's property indexes are hashes, which a range query reads whole.
CREATE INDEX term_slot IF NOT EXISTS FOR (t:Term) ON (t.slot)
