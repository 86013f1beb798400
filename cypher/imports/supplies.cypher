// segment is part of the key: one supplier may sell a customer products of several segments.
UNWIND $rows AS row
MATCH (supplier:Enterprise {uscc: row.supplier_uscc}), (customer:Enterprise {uscc: row.customer_uscc})
MERGE (supplier)-[s:SUPPLIES {segment: coalesce(row.segment_id, '')}]->(customer)
SET s.since = row.since, s.qualified = row.qualified
