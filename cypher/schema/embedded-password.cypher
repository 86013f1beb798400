// Run on the embedded DBMS's system database at every start: only ChainGraph, which holds the
// password (the file bolt-password next to the store), may use the loopback Bolt port.
ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED
