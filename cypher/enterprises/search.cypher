// Full-text search over names; $query is a Lucene query built from escaped user text.
// Every hit is ranked before the limit, so ties on score break by uscc deterministically.
CALL db.index.fulltext.queryNodes('enterprise_names', $query) YIELD node, score
RETURN node AS enterprise
ORDER BY score DESC, node.uscc
LIMIT $limit
