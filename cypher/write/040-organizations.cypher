UNWIND $rows AS row
MERGE (o:Organization {id: row.id})
ON CREATE SET o.name = row.name, o.kind = row.kind
WITH o, row, [x IN coalesce(o.aliases, []) WHERE NOT x IN row.aliases] + row.aliases AS aliases
SET o.aliases = aliases,
    o.aliasText = reduce(s = '', x IN aliases | s + ' ' + x);
