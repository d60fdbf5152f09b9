MATCH (m:Mention {article: $id})
DETACH DELETE m
