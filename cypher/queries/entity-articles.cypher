// name: entity-articles
// description: Articles that mention a person, organization, place, project or event, with the evidence sentences / 提及某实体的报道及原文依据
// param: entityId id -- the entity's id, e.g. org-0123456789abcdef
// param: limit integer = 50 -- at most this many articles
// One branch per label, so each look-up uses that label's id constraint.
CALL () {
  MATCH (n:Person {id: $entityId}) RETURN n
  UNION MATCH (n:Organization {id: $entityId}) RETURN n
  UNION MATCH (n:Place {id: $entityId}) RETURN n
  UNION MATCH (n:Project {id: $entityId}) RETURN n
  UNION MATCH (n:Event {id: $entityId}) RETURN n
}
// An event is tied to its article by REPORTED_IN, the others by MENTIONS; bylines (CREDITED) are no mention.
MATCH (n)-[m:MENTIONS|REPORTED_IN]-(a:Article)
RETURN a, m, n, a.published AS published, a.headline AS headline, m.evidence AS evidence
ORDER BY published IS NULL, published DESC, headline
LIMIT toInteger($limit);
