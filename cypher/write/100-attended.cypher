UNWIND $rows AS row
MATCH (p:Person {id: row.personId})
MATCH (e:Event {id: row.eventId})
MERGE (p)-[r:ATTENDED]->(e)
SET r.role = row.role, r.titles = row.titles, r.order = row.order,
    r.articleId = row.articleId, r.evidence = row.evidence;
