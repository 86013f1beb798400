// Test only: empties the store between import tests (lives on the test classpath, never in the jar).
MATCH (n) DETACH DELETE n
