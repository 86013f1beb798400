// Test only: the coverage counts no longer describe the data, so gaps/segment-coverage computes from the firms.
MATCH (v:DataVersion {id: 'graph'})
REMOVE v.coverageDataset
