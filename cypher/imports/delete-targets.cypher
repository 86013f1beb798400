// Deletes: rows of deletes/targets.csv name what a refresh removes (applied after the upserts).
UNWIND $rows AS row
// A target's id is derived from its key by the importer, as for upserts.
MATCH (t:Target {id: row.id})
DETACH DELETE t
