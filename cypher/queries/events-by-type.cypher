// name: events-by-type
// description: Events of a type within a date range, in time order / 指定类型与时间段内的活动
// param: type string = * -- inspection, research, meeting, visit, conference, ceremony, interview, announcement or other; * for all
// param: from string = 1900-01-01 -- first day, YYYY-MM-DD
// param: to string = 9999-12-31 -- last day, YYYY-MM-DD
// param: limit integer = 200 -- at most this many events
MATCH (e:Event)-[r:REPORTED_IN]->(a:Article)
WHERE $type IN ['*', ''] OR e.type = $type
// Dates are ISO strings, so string order is time order; undated events fall back on the paper's date.
WITH e, r, a, coalesce(e.date, a.published) AS date
WHERE date >= $from AND date <= $to
RETURN e, r, a, date, e.type AS type, e.dateText AS dateText, a.headline AS headline,
       COLLECT { MATCH (p:Person)-[att:ATTENDED]->(e) RETURN p.name ORDER BY att.order } AS attendees
ORDER BY date, e.id
LIMIT toInteger($limit);
