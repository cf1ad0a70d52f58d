// name: recent-articles
// description: The most recently published articles / 最新报道
// param: kind string = * -- news, photo or notice; * for all
// param: limit integer = 30 -- at most this many articles
MATCH (a:Article)
WHERE a.published IS NOT NULL AND ($kind IN ['*', ''] OR a.kind = $kind)
RETURN a, a.published AS published, a.headline AS headline, a.kind AS kind, a.file AS file,
       COUNT { (a)<-[:REPORTED_IN]-(:Event) } AS events,
       COUNT { (a)-[:MENTIONS]->() } AS mentions
ORDER BY published DESC, a.position, headline
LIMIT toInteger($limit);
