// name: connection-path
// description: Who links two people: the shortest chains of events, articles and organizations / 两人之间的最短关系链
// param: fromId id -- the first person's id, e.g. per-0123456789abcdef
// param: toId id -- the second person's id
// param: limit integer = 5 -- at most this many chains of that shortest length
MATCH (a:Person {id: $fromId}), (b:Person {id: $toId})
WHERE a <> b
// Bylines (CREDITED) and geography (LOCATED_IN, PART_OF, places) would link everyone through a
// reporter or the district, so a chain may only run through what people did and said.
MATCH path = allShortestPaths((a)-[:ATTENDED|REPORTED_IN|MENTIONS|VISITED|DEVELOPS*..8]-(b))
WHERE none(n IN nodes(path) WHERE n:Place)
// Having been at the same event says more than being named in the same article: events first.
WITH path, size([n IN nodes(path) WHERE n:Article]) AS viaArticles
RETURN path, length(path) AS hops, [n IN nodes(path) | n.name] AS chain
ORDER BY viaArticles, [n IN nodes(path) | n.id]
LIMIT toInteger($limit);
