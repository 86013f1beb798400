// Whether the coverage counts describe the store's imported data as it is now (gaps/mark-coverage).
OPTIONAL MATCH (v:DataVersion {id: 'graph'})
RETURN coalesce(v.coverageDataset = coalesce(v.dataset, 0), false) AS current
