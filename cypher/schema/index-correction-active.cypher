// Every article write reads the active corrections (write/active-corrections): a seek on the
// flag, not a read of every correction ever undone.
CREATE INDEX correction_active IF NOT EXISTS FOR (c:Correction) ON (c.active)
