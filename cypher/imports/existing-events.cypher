// Which of $keys already exist in the store (references a dataset may make to earlier imports).
UNWIND $keys AS key
MATCH (n:MatchmakingEvent {id: key})
RETURN key
