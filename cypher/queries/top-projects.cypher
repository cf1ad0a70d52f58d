// name: top-projects
// description: The biggest projects by stated investment, with owner and place / 投资额最大的项目及其业主、所在地
// param: minInvestment float = 0 -- only projects of at least this amount (in the project's currency)
// param: limit integer = 20 -- at most this many projects
MATCH (p:Project)
WHERE p.investment IS NOT NULL AND p.investment >= $minInvestment
OPTIONAL MATCH (o:Organization)-[:DEVELOPS]->(p)
OPTIONAL MATCH (p)-[:LOCATED_IN]->(place:Place)
WITH p, collect(DISTINCT o) AS owners, collect(DISTINCT place) AS places
RETURN p, owners, places, p.name AS project, p.investment AS investment, p.currency AS currency,
       p.investmentText AS investmentText,
       [x IN owners | x.name] AS ownerNames, [x IN places | x.name] AS placeNames
ORDER BY investment DESC, project
LIMIT toInteger($limit);
