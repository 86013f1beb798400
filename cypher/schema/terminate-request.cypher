// Stops the running transactions of request $requestId (neo4j/Graph tags each with its request id)
// when its client went away (web/DisconnectProbe). A command, not a query: under schema/.
SHOW TRANSACTIONS YIELD transactionId AS id, metaData
WHERE metaData.requestId = $requestId
TERMINATE TRANSACTIONS id
YIELD transactionId, message
RETURN transactionId, message
