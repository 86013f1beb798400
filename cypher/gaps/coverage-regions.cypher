// Every region whose coverage counts gaps/refresh-coverage keeps: each region with residents, and
// each region that still has counts (its residents may all have moved away), in code order.
// (Regions themselves are never deleted by an import.)
CALL () {
  MATCH (x:Region)
  WHERE EXISTS { (x)<-[:LOCATED_IN]-(:Enterprise) }
  RETURN x.code AS code
  UNION
  MATCH (c:CoverageCount)
  RETURN DISTINCT c.region AS code
}
RETURN code
ORDER BY code
