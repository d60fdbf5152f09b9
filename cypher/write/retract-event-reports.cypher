MATCH (:Event)-[rep:REPORTED_IN]->(:Article {id: $id})
DELETE rep
