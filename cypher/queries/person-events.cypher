// name: person-events
// description: Events a person attended, in time order / 人物参加的活动（按时间排序）
// param: personId id -- the person's id, e.g. per-0123456789abcdef
// param: limit integer = 100 -- at most this many events
MATCH (p:Person {id: $personId})-[att:ATTENDED]->(e:Event)
// An event without a resolved date is placed by its article's publication date.
OPTIONAL MATCH (a:Article {id: att.articleId})
WITH p, att, e, a, coalesce(e.date, a.published) AS date
RETURN p, att, e, date, e.type AS type, att.role AS role, att.titles AS titles, a.headline AS headline
ORDER BY date, e.id
// toInteger: API params arrive as JSON numbers, which the driver sends as floats, and LIMIT refuses floats.
LIMIT toInteger($limit);
