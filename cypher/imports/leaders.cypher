UNWIND $rows AS row
MATCH (e:Enterprise {uscc: row.uscc}), (c:Chain {id: row.chain_id})
MERGE (e)-[:LEADS {region: row.region_code}]->(c)
