UNWIND $rows AS row
MATCH (a:Place {id: row.sourceId})
MATCH (b:Place {id: row.targetId})
MERGE (a)-[r:PART_OF {articleId: row.articleId}]->(b)
SET r.evidence = row.evidence;
