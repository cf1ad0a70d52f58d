// A place first met only as someone's parent has kind 'other' until an article says what it is.
UNWIND $rows AS row
MERGE (p:Place {id: row.id})
ON CREATE SET p.name = row.name
SET p.kind = CASE WHEN p.kind IS NULL OR p.kind = 'other' THEN row.kind ELSE p.kind END;
