// Titles accumulate as a set; first and last seen widen with every dated article.
UNWIND $rows AS row
MERGE (p:Person {id: row.id})
ON CREATE SET p.name = row.name
SET p.titles = [t IN coalesce(p.titles, []) WHERE NOT t IN row.titles] + row.titles,
    p.firstSeen = CASE WHEN row.date IS NOT NULL AND (p.firstSeen IS NULL OR row.date < p.firstSeen) THEN row.date ELSE p.firstSeen END,
    p.lastSeen = CASE WHEN row.date IS NOT NULL AND (p.lastSeen IS NULL OR row.date > p.lastSeen) THEN row.date ELSE p.lastSeen END;
