// Search for a single character: the cjk analyzer indexes Chinese text as bigrams, so one
// character is not a term of its own; match it anywhere in the name instead.
MATCH (e:Enterprise)
WHERE toLower(e.name) CONTAINS toLower($text)
RETURN e AS enterprise
ORDER BY e.uscc
LIMIT $limit
