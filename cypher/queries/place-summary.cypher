// name: place-summary
// description: A place and the places inside it: events, organizations, projects, investment totals / 地区概览：活动、机构、项目及投资总额（含下辖地区）
// param: placeId id -- the place's id, e.g. plc-0123456789abcdef
MATCH (place:Place {id: $placeId})
// A town's news counts for its district: take every place PART_OF it, up to six levels down.
WITH place, COLLECT { MATCH (part:Place)-[:PART_OF*1..6]->(place) RETURN DISTINCT part } AS parts
WITH place, parts, [place] + parts AS area
WITH place, parts, area,
     COLLECT {
       UNWIND area AS pl
       MATCH (e:Event)-[:LOCATED_IN|VISITED]->(pl)
       RETURN DISTINCT e ORDER BY e.date DESC
     } AS events,
     COLLECT { UNWIND area AS pl MATCH (p:Project)-[:LOCATED_IN]->(pl) RETURN DISTINCT p } AS projects
// The organizations there: those located in the area and those developing a project in it.
WITH place, parts, area, events, projects,
     COLLECT {
       UNWIND area AS pl MATCH (o:Organization)-[:LOCATED_IN]->(pl) RETURN o
       UNION
       UNWIND projects AS p MATCH (o:Organization)-[:DEVELOPS]->(p) RETURN o
     } AS organizations,
     // Amounts in different currencies are never added together: one total per currency.
     COLLECT {
       UNWIND projects AS p
       WITH p WHERE p.investment IS NOT NULL
       WITH coalesce(p.currency, 'unknown') AS currency, sum(p.investment) AS amount
       RETURN {currency: currency, amount: amount} AS total ORDER BY total.currency
     } AS investmentTotal,
     // The relationships that tie the lists to the place, so the graph view draws them connected.
     COLLECT {
       UNWIND area AS pl MATCH ()-[r:LOCATED_IN|VISITED|PART_OF]->(pl) RETURN r
       UNION
       UNWIND projects AS p MATCH (:Organization)-[r:DEVELOPS]->(p) RETURN r
     } AS links
RETURN place, parts, events, organizations, projects, links,
       size(events) AS eventCount, size(organizations) AS organizationCount, size(projects) AS projectCount,
       investmentTotal;
