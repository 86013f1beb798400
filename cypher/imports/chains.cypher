UNWIND $rows AS row
MERGE (c:Chain {id: row.id})
SET c.name = row.name, c.nameEn = row.name_en, c.description = row.description
