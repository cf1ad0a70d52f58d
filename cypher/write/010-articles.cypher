// Articles first: every other statement of the batch hangs facts on them.
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a += row.props;
