// The enterprises that each of $usccs supplies; SUPPLIES.segment is a segment id or ''.
UNWIND $usccs AS uscc
MATCH (supplier:Enterprise {uscc: uscc})-[s:SUPPLIES]->(customer:Enterprise)
OPTIONAL MATCH (segment:Segment {id: s.segment})
RETURN uscc AS key, supplier, customer, s AS supplies, segment
ORDER BY key, customer.uscc, s.segment
