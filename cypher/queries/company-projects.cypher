// name: company-projects
// description: Projects an organization develops, with investment and places / 企业（机构）投资建设的项目、投资额及所在地
// param: orgId id -- the organization's id, e.g. org-0123456789abcdef
MATCH (o:Organization {id: $orgId})-[d:DEVELOPS]->(p:Project)
// DEVELOPS is stored once per article that states it: fold those into one row per project.
WITH o, p, collect(d) AS develops
OPTIONAL MATCH (p)-[l:LOCATED_IN]->(place:Place)
WITH o, p, develops, collect(l) AS locatedIn, collect(DISTINCT place) AS places
RETURN o, develops, p, locatedIn, places,
       p.name AS project, p.investment AS investment, p.currency AS currency,
       p.investmentText AS investmentText, p.capacity AS capacity,
       [x IN places | x.name] AS placeNames
ORDER BY coalesce(investment, -1) DESC, project;
