// Titles accumulate as a set; first and last seen widen with every dated article. Rows come one
// per person per batch (ingest/write/combine-rows.ts), `firstDate` set when the batch saw a range.
UNWIND $rows AS row
MERGE (p:Person {id: row.id})
ON CREATE SET p.name = row.name
WITH p, row, coalesce(row.firstDate, row.date) AS first
SET p.titles = [t IN coalesce(p.titles, []) WHERE NOT t IN row.titles] + row.titles,
    p.firstSeen = CASE WHEN first IS NOT NULL AND (p.firstSeen IS NULL OR first < p.firstSeen) THEN first ELSE p.firstSeen END,
    p.lastSeen = CASE WHEN row.date IS NOT NULL AND (p.lastSeen IS NULL OR row.date > p.lastSeen) THEN row.date ELSE p.lastSeen END;
