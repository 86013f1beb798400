UNWIND $usccs AS uscc
MATCH (:Enterprise {uscc: uscc})-[o:OPERATES_IN]->(s:Segment)
RETURN uscc AS key, s AS segment, o.mainProduct AS mainProduct
ORDER BY key, s.id
