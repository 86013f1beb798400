// The enterprises that supply each of $usccs; SUPPLIES.segment is a segment id or ''.
UNWIND $usccs AS uscc
MATCH (supplier:Enterprise)-[s:SUPPLIES]->(customer:Enterprise {uscc: uscc})
OPTIONAL MATCH (segment:Segment {id: s.segment})
RETURN uscc AS key, supplier, customer, s AS supplies, segment
ORDER BY key, supplier.uscc, s.segment
