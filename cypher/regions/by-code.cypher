MATCH (r:Region {code: $code})
RETURN r AS region
