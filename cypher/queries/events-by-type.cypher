// name: events-by-type
// description: Events of a type within a date range, in time order / 指定类型与时间段内的活动
// param: type string -- inspection, research, meeting, visit, conference, ceremony, interview, announcement or other; empty for all
// param: from string -- first day, YYYY-MM-DD; empty for no lower bound
// param: to string -- last day, YYYY-MM-DD; empty for no upper bound
// param: limit integer = 200 -- at most this many events
MATCH (e:Event)-[r:REPORTED_IN]->(a:Article)
WHERE $type IS NULL OR $type = '' OR e.type = $type
// Dates are ISO strings, so string order is time order; undated events fall back on the paper's date.
WITH e, r, a, coalesce(e.date, a.published) AS date
WHERE ($from IS NULL OR $from = '' OR date >= $from) AND ($to IS NULL OR $to = '' OR date <= $to)
RETURN e, r, a, date, e.type AS type, e.dateText AS dateText, a.headline AS headline,
       COLLECT { MATCH (p:Person)-[att:ATTENDED]->(e) RETURN p.name ORDER BY att.order } AS attendees
ORDER BY date, e.id
LIMIT toInteger($limit);
