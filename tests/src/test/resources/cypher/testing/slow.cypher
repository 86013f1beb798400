// Tests only: a statement that runs for minutes unless stopped (web/DisconnectProbe's test).
UNWIND range(1, 20000000000) AS x
WITH x WHERE x = -1
RETURN count(x) AS n
