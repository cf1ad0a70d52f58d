UNWIND $rows AS row
MATCH (e:Event {id: row.sourceId})
CALL (row) {
  MATCH (n:Organization {id: row.targetId}) RETURN n
  UNION MATCH (n:Place {id: row.targetId}) RETURN n
  UNION MATCH (n:Project {id: row.targetId}) RETURN n
}
MERGE (e)-[r:VISITED]->(n)
SET r.articleId = row.articleId, r.evidence = row.evidence;
