// Applied at every start-up, embedded or external: every statement is idempotent (IF NOT EXISTS).
// Statements are separated by a semicolon at the end of a line.
CREATE CONSTRAINT region_code IF NOT EXISTS FOR (n:Region) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT chain_id IF NOT EXISTS FOR (n:Chain) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT segment_id IF NOT EXISTS FOR (n:Segment) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT capability_name IF NOT EXISTS FOR (n:Capability) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT enterprise_uscc IF NOT EXISTS FOR (n:Enterprise) REQUIRE n.uscc IS UNIQUE;
CREATE CONSTRAINT designation_name IF NOT EXISTS FOR (n:Designation) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT cluster_id IF NOT EXISTS FOR (n:Cluster) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT challenge_id IF NOT EXISTS FOR (n:Challenge) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:MatchmakingEvent) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT target_id IF NOT EXISTS FOR (n:Target) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT incentive_id IF NOT EXISTS FOR (n:Incentive) REQUIRE n.id IS UNIQUE;
// One node holding the data version that caches check (cypher/cache/).
CREATE CONSTRAINT data_version_id IF NOT EXISTS FOR (n:DataVersion) REQUIRE n.id IS UNIQUE;
// The audit trail (cypher/audit/), paged newest first by key.
CREATE CONSTRAINT audit_entry_key IF NOT EXISTS FOR (n:AuditEntry) REQUIRE n.key IS UNIQUE;
CREATE INDEX enterprise_scale IF NOT EXISTS FOR (n:Enterprise) ON (n.scale);
// A region's firms in USCC order (enterprises/page); regionCode is the code of the LOCATED_IN region.
CREATE INDEX enterprise_region_uscc IF NOT EXISTS FOR (n:Enterprise) ON (n.regionCode, n.uscc);
CREATE INDEX segment_stage IF NOT EXISTS FOR (n:Segment) ON (n.stage);
CREATE INDEX cluster_type IF NOT EXISTS FOR (n:Cluster) ON (n.type);
CREATE INDEX challenge_status IF NOT EXISTS FOR (n:Challenge) ON (n.status);
CREATE INDEX holds_year IF NOT EXISTS FOR ()-[r:HOLDS]-() ON (r.year);
// A region's counted segment coverage (gaps/segment-coverage, gaps/refresh-coverage).
CREATE INDEX coverage_count_region IF NOT EXISTS FOR (n:CoverageCount) ON (n.region, n.segment);
// Substring search for one character (the cjk analyzer indexes bigrams, not single characters).
CREATE TEXT INDEX enterprise_name_text IF NOT EXISTS FOR (n:Enterprise) ON (n.name);
CREATE FULLTEXT INDEX enterprise_names IF NOT EXISTS FOR (n:Enterprise) ON EACH [n.name]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
CREATE FULLTEXT INDEX chain_segment_names IF NOT EXISTS FOR (n:Chain|Segment) ON EACH [n.name]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
// Graph.awaitIndexes then waits for population (schema/index-population), reporting progress.
