// Deletes: rows of deletes/supplies.csv name what a refresh removes (applied after the upserts).
UNWIND $rows AS row
MATCH (:Enterprise {uscc: row.supplier_uscc})-[r:SUPPLIES]->(c:Enterprise)
WHERE c.uscc = row.customer_uscc AND r.segment = coalesce(row.segment_id, '')
DELETE r
