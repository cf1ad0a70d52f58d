// name: official-visits
// description: Organizations an official visited, through the events they attended / 官员考察调研过的企业与机构
// param: personId id -- the official's id, e.g. per-0123456789abcdef
// param: limit integer = 100 -- at most this many visits
MATCH path = (p:Person {id: $personId})-[att:ATTENDED]->(e:Event)-[v:VISITED]->(o:Organization)
OPTIONAL MATCH (a:Article {id: v.articleId})
WITH path, e, o, v, a, coalesce(e.date, a.published) AS date
RETURN path, o.name AS organization, o.kind AS kind, date, e.type AS eventType, v.evidence AS evidence
ORDER BY date, organization
LIMIT toInteger($limit);
