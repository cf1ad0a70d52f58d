// A later article may state the amount an earlier one left out; a stated amount is never erased.
UNWIND $rows AS row
MERGE (p:Project {id: row.id})
ON CREATE SET p.name = row.name
SET p.investment = coalesce(row.investment, p.investment),
    p.currency = coalesce(row.currency, p.currency),
    p.investmentText = coalesce(row.investmentText, p.investmentText),
    p.capacity = coalesce(row.capacity, p.capacity);
