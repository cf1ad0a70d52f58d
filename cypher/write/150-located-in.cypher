UNWIND $rows AS row
CALL (row) {
  MATCH (n:Project {id: row.sourceId}) RETURN n
  UNION MATCH (n:Organization {id: row.sourceId}) RETURN n
  UNION MATCH (n:Event {id: row.sourceId}) RETURN n
}
MATCH (p:Place {id: row.targetId})
MERGE (n)-[r:LOCATED_IN {articleId: row.articleId}]->(p)
SET r.evidence = row.evidence;
