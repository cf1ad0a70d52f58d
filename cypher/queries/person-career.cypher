// name: person-career
// description: A person's titles with the first and last dates each was reported / 人物履历：各职务首次与最近出现日期
// param: personId id -- the person's id, e.g. per-0123456789abcdef
MATCH (p:Person {id: $personId})
// Titles are read per article, not from p.titles, which keeps no dates. An article is dated as the
// writer dates Person.firstSeen: by the event it reports, else by the day it was published.
CALL (p) {
  MATCH (p)-[r:ATTENDED]->(e:Event)
  OPTIONAL MATCH (a:Article {id: r.articleId})
  RETURN r.titles AS titles, coalesce(e.date, a.published) AS date, r.articleId AS articleId
  UNION ALL
  MATCH (a:Article)-[r:MENTIONS]->(p)
  OPTIONAL MATCH (e:Event)-[:REPORTED_IN]->(a)
  RETURN r.titles AS titles, coalesce(e.date, a.published) AS date, a.id AS articleId
}
UNWIND coalesce(titles, []) AS title
// min and max skip nulls: an undated article still counts but moves no date.
RETURN title, min(date) AS firstSeen, max(date) AS lastSeen, count(DISTINCT articleId) AS articles
ORDER BY firstSeen, title;
