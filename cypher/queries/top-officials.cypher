// name: top-officials
// description: Officials who appear most often, by articles and events / 出现频次最高的官员
// param: titleContains string = * -- only people with a title containing this text, e.g. 书记; * for all
// param: limit integer = 25 -- at most this many people
// "Official" means a person reported with a title: reporters and photographers carry none.
// A param without a default is required by the API, so "no filter" is spelled * (empty is accepted too).
MATCH (p:Person)
WHERE size(coalesce(p.titles, [])) > 0
  AND ($titleContains IN ['*', ''] OR any(t IN p.titles WHERE t CONTAINS $titleContains))
WITH p,
     COUNT { (:Article)-[:MENTIONS]->(p) } AS articles,
     COUNT { (p)-[:ATTENDED]->(:Event) } AS events
RETURN p, p.name AS name, p.titles AS titles, articles, events, p.firstSeen AS firstSeen, p.lastSeen AS lastSeen
ORDER BY articles DESC, events DESC, name
LIMIT toInteger($limit);
