MATCH (a:Article {id: $id})<-[rep:REPORTED_IN]-(:Event)
DELETE rep
