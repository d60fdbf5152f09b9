// Search is a range seek over the search terms of every name and alias (read/search-entities).
CREATE INDEX term_text IF NOT EXISTS FOR (t:Term) ON (t.text)
