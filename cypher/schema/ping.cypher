// The availability check (neo4j/DatabaseAvailability): answers as soon as the database serves queries.
RETURN 1 AS ok
