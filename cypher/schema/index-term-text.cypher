// Exact matches of a search come first, sought by the whole term (read/search-exact).
CREATE INDEX term_text IF NOT EXISTS FOR (t:Term) ON (t.text)
