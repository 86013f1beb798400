// The enterprises of $usccs that exist, one row each (unknown USCCs give no row): what a ranking
// that was computed from USCCs and features alone (supplier shortlists) shows of its winners.
UNWIND $usccs AS uscc
MATCH (e:Enterprise {uscc: uscc})
RETURN e AS enterprise
