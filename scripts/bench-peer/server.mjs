// The benchmark peer: the Neo4j GraphQL Library served by Apollo Server (standalone) over the
// Neo4j store ChainGraph uses. Read-only: the schema generates no mutations, every query runs in a
// READ session, and nothing is created in the database (no assertIndexesAndConstraints: the store
// already has its constraints and the `enterprise_names` full-text index).
//
//   NEO4J_URI       bolt URI of the store (required), e.g. bolt://127.0.0.1:7687
//   NEO4J_USERNAME, NEO4J_PASSWORD  basic auth when both are set; otherwise no authentication
//   NEO4J_DATABASE  database name (default neo4j)
//   PORT            HTTP port on 127.0.0.1 (default 4000)
//
// Prints exactly one line to stdout when it listens: `peer ready http://127.0.0.1:PORT/`.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";
import neo4j from "neo4j-driver";

const uri = process.env.NEO4J_URI;
if (!uri) {
    console.error("bench-peer: NEO4J_URI is not set (e.g. bolt://127.0.0.1:7687)");
    process.exit(2);
}
const database = process.env.NEO4J_DATABASE || "neo4j";
const port = Number.parseInt(process.env.PORT || "4000", 10);
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
    console.error(`bench-peer: PORT is not a valid port: ${process.env.PORT}`);
    process.exit(2);
}
const { NEO4J_USERNAME: username, NEO4J_PASSWORD: password } = process.env;
const auth = username && password ? neo4j.auth.basic(username, password) : neo4j.auth.none();

const typeDefs = readFileSync(fileURLToPath(new URL("./typeDefs.graphql", import.meta.url)), "utf8");

const driver = neo4j.driver(uri, auth);

let server;
let stopping = false;
async function stop(code) {
    if (stopping) return;
    stopping = true;
    try {
        if (server) await server.stop();
    } catch (e) {
        console.error("bench-peer: stopping Apollo Server:", e);
    }
    try {
        await driver.close();
    } catch (e) {
        console.error("bench-peer: closing the driver:", e);
    }
    process.exit(code);
}
process.on("SIGTERM", () => stop(0));
process.on("SIGINT", () => stop(0));

try {
    await driver.verifyConnectivity({ database });
    const neoSchema = new Neo4jGraphQL({ typeDefs, driver });
    const schema = await neoSchema.getSchema();
    server = new ApolloServer({ schema });
    // Each request reads from the configured database; the library opens READ sessions for queries.
    const { url } = await startStandaloneServer(server, {
        listen: { host: "127.0.0.1", port },
        context: async () => ({ sessionConfig: { database } }),
    });
    const ready = new URL(url);
    console.log(`peer ready http://127.0.0.1:${ready.port}/`);
} catch (e) {
    console.error("bench-peer: could not start:", e);
    await stop(1);
}
