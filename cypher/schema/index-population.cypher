// Indexes still being built, with how far along they are (start-up waits until none is left).
SHOW INDEXES YIELD name, state, populationPercent
WHERE state <> 'ONLINE'
RETURN name, state, populationPercent
ORDER BY name
