UNWIND $rows AS row
MATCH (e:Enterprise {uscc: row.uscc}), (s:Segment {id: row.segment_id})
MERGE (e)-[o:OPERATES_IN]->(s)
SET o.mainProduct = row.main_product
