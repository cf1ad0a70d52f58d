// Each label is matched on its own so every look-up uses that label's id constraint.
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
CALL (row) {
  MATCH (n:Person {id: row.targetId}) RETURN n
  UNION MATCH (n:Organization {id: row.targetId}) RETURN n
  UNION MATCH (n:Place {id: row.targetId}) RETURN n
  UNION MATCH (n:Project {id: row.targetId}) RETURN n
}
MERGE (a)-[r:MENTIONS]->(n)
SET r.articleId = row.articleId, r.evidence = row.evidence, r.titles = row.titles;
