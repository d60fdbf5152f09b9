CREATE (c:Correction)
SET c += $correction
