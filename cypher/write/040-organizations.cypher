// The fullest written form names the organization; every other form stays an alias.
UNWIND $rows AS row
MERGE (o:Organization {id: row.id})
ON CREATE SET o.kind = row.kind
WITH o, row, CASE WHEN o.name IS NULL OR size(row.name) > size(o.name) THEN row.name ELSE o.name END AS name
WITH o, row, name,
     [x IN coalesce(o.aliases, []) + row.aliases + [o.name, row.name] WHERE x IS NOT NULL AND x <> name] AS forms
WITH o, name, reduce(acc = [], x IN forms | CASE WHEN x IN acc THEN acc ELSE acc + x END) AS aliases
SET o.name = name,
    o.aliases = aliases,
    o.aliasText = reduce(s = '', x IN aliases | s + ' ' + x);
