// The benchmark's floor for a name search: the CJK full-text index, best 10.
CALL db.index.fulltext.queryNodes('enterprise_names', $text) YIELD node, score
RETURN node.uscc AS uscc, node.name AS name
ORDER BY score DESC, uscc
LIMIT 10
