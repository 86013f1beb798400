// One page of the enterprises matching a filter, in USCC order, starting after $after (keyset:
// the uscc index yields rows in order, no sort), with the filter's total and how many sort at or
// before $after. A criterion whose parameter is null is not applied. $year: the year designations
// must be valid in (year <= $year and no expiry or expires >= $year).
// Region, chain and designation are checked by expanding from e (a few hops), never by scanning
// from the region, chain or HOLDS index once per enterprise.
CALL () {
  MATCH (e:Enterprise)
  WHERE ($scale IS NULL OR e.scale = $scale)
    AND ($regionCode IS NULL OR $regionCode IN [(e)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..]->(r:Region) | r.code])
    AND ($designation IS NULL OR any(h IN [(e)-[h:HOLDS]->(:Designation {name: $designation}) | h]
                                      WHERE h.year <= $year AND (h.expires IS NULL OR h.expires >= $year)))
    AND ($segmentId IS NULL OR EXISTS { (e)-[:OPERATES_IN]->(:Segment {id: $segmentId}) })
    AND ($chainId IS NULL OR $chainId IN [(e)-[:OPERATES_IN]->(:Segment)-[:IN_CHAIN]->(c:Chain) | c.id])
    AND ($clusterId IS NULL OR EXISTS { (e)-[:MEMBER_OF]->(:Cluster {id: $clusterId}) })
  RETURN count(e) AS totalCount, count(CASE WHEN e.uscc <= $after THEN 1 END) AS before
}
CALL () {
  MATCH (e:Enterprise)
  WHERE e.uscc > $after
    AND ($scale IS NULL OR e.scale = $scale)
    AND ($regionCode IS NULL OR $regionCode IN [(e)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..]->(r:Region) | r.code])
    AND ($designation IS NULL OR any(h IN [(e)-[h:HOLDS]->(:Designation {name: $designation}) | h]
                                      WHERE h.year <= $year AND (h.expires IS NULL OR h.expires >= $year)))
    AND ($segmentId IS NULL OR EXISTS { (e)-[:OPERATES_IN]->(:Segment {id: $segmentId}) })
    AND ($chainId IS NULL OR $chainId IN [(e)-[:OPERATES_IN]->(:Segment)-[:IN_CHAIN]->(c:Chain) | c.id])
    AND ($clusterId IS NULL OR EXISTS { (e)-[:MEMBER_OF]->(:Cluster {id: $clusterId}) })
  WITH e ORDER BY e.uscc LIMIT $limit
  RETURN collect(e) AS enterprises
}
RETURN totalCount, before, enterprises
