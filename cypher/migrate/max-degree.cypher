MATCH (n:Entity)
RETURN coalesce(max(n.degree), 0) AS maxDegree
