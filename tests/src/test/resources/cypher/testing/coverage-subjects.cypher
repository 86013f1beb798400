// Test only: every chain, and every region with the depth of its level (province first).
CALL () {
  MATCH (c:Chain)
  RETURN collect(c.id) AS chains
}
MATCH (r:Region)
RETURN chains, r.code AS region
ORDER BY r.level = 'PROVINCE' DESC, r.level = 'CITY' DESC, region
