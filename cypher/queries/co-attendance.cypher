// name: co-attendance
// description: People who attended events together with a person, most often first / 与某人共同出席活动的人物（按次数）
// param: personId id -- the person's id, e.g. per-0123456789abcdef
// param: limit integer = 25 -- at most this many people
MATCH (p:Person {id: $personId})-[:ATTENDED]->(e:Event)<-[:ATTENDED]-(other:Person)
WHERE other <> p
WITH other, count(DISTINCT e) AS shared, max(e.date) AS lastTogether, collect(DISTINCT e.name) AS events
RETURN other, other.name AS name, shared, lastTogether, events[..5] AS someEvents
ORDER BY shared DESC, name
LIMIT toInteger($limit);
