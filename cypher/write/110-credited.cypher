UNWIND $rows AS row
MATCH (p:Person {id: row.personId})
MATCH (a:Article {id: row.articleId})
MERGE (p)-[r:CREDITED {role: row.role}]->(a)
SET r.articleId = row.articleId, r.evidence = row.evidence;
