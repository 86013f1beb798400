MATCH (e:Enterprise {uscc: $uscc})
RETURN e AS enterprise
