// Test only: a change of imported data without an import (the counts are then behind the data).
MATCH (e:Enterprise {uscc: $uscc})
SET e.scale = $scale
