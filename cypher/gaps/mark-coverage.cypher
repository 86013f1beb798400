// Records that the coverage counts describe the store's imported data as of dataset version
// $dataset, years $fromYear to $toYear — unless imported data changed since the refresh began
// ($dataset is then older than the store's), when they stay unmarked and unused. Returns whether marked.
MERGE (v:DataVersion {id: 'graph'})
WITH v, coalesce(v.dataset, 0) = $dataset AS current
FOREACH (_ IN CASE WHEN current THEN [1] ELSE [] END |
  SET v.coverageDataset = $dataset, v.coverageFromYear = $fromYear, v.coverageToYear = $toYear)
RETURN current AS marked
