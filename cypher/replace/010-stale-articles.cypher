// A page read again: the articles stored from it before that the new reading no longer has (a
// headline read better, an article split differently). A page is its file name and its date;
// undated pages are never matched. The caller also checks each one's text against the new reading.
UNWIND $pages AS page
MATCH (a:Article {file: page.file})
WHERE a.published = page.published AND NOT a.id IN page.ids
RETURN a.id AS id, page.file AS file, page.published AS published, a.text AS text;

// Their facts go with them: the events they report (with who attended and what was visited), the
// facts between entities that only they stated, their mentions and credits. Entities no fact
// is left on go too, and a person keeps only the titles some remaining fact states.
MATCH (a:Article) WHERE a.id IN $ids
OPTIONAL MATCH (a)-[:MENTIONS]->(n)
OPTIONAL MATCH (n)-[r]-(other) WHERE r.articleId = a.id AND NOT type(r) IN ['MENTIONS', 'CREDITED']
DELETE r
// The article's own events are deleted below, whole; only entities are checked for what is left.
WITH a, collect(DISTINCT n) + collect(DISTINCT CASE WHEN other:Event THEN null ELSE other END) AS ends
OPTIONAL MATCH (e:Event)-[:REPORTED_IN]->(a)
OPTIONAL MATCH (p:Person)-[:CREDITED]->(a)
WITH a, ends, collect(DISTINCT p) AS credited, collect(DISTINCT e) AS events
FOREACH (e IN events | DETACH DELETE e)
DETACH DELETE a
WITH ends + credited AS ends
UNWIND ends AS n
WITH DISTINCT n
CALL (n) {
  WITH n WHERE n:Person
  SET n.titles = [t IN coalesce(n.titles, []) WHERE EXISTS { (n)-[x:ATTENDED|MENTIONS]-() WHERE t IN coalesce(x.titles, []) }]
}
WITH n WHERE NOT EXISTS { (n)--() }
DELETE n
RETURN count(*) AS deleted;
