UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
MERGE (e:Event {id: row.id})
SET e += row.props
MERGE (e)-[r:REPORTED_IN]->(a)
SET r.articleId = row.articleId, r.evidence = row.evidence;
