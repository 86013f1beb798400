// The regions whose cultivation reports are computed ahead of a planner's first look after a start
// or an import (cultivation/ReportWarmUp): every province and city, provinces first (the slowest).
MATCH (r:Region)
WHERE r.level IN ['PROVINCE', 'CITY']
RETURN r.code AS code
ORDER BY r.level = 'PROVINCE' DESC, code
