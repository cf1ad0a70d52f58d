// One relationship per article that states the link, so each keeps its own evidence.
UNWIND $rows AS row
MATCH (o:Organization {id: row.sourceId})
MATCH (p:Project {id: row.targetId})
MERGE (o)-[r:DEVELOPS {articleId: row.articleId}]->(p)
SET r.evidence = row.evidence;
