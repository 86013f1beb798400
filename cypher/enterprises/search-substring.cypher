// Search for a single character: the cjk analyzer indexes Chinese text as bigrams, so one
// character is not a term of its own; match it anywhere in the name instead, through the text
// index (CONTAINS is index-backed; toLower() would not be). $lower and $upper are its two cases.
MATCH (e:Enterprise)
WHERE e.name CONTAINS $lower OR e.name CONTAINS $upper
RETURN e AS enterprise
ORDER BY e.uscc
LIMIT $limit
