package org.chaingraph.enterprises;

import java.util.List;

import org.chaingraph.clusters.Membership;
import org.chaingraph.regions.Region;

/**
 * An enterprise looked up with the relations its query selected, fetched in the same statement;
 * a relation not selected is null. The lookup primes the relation loaders with them.
 */
record EnterpriseWithRelations(Enterprise enterprise, Region region, List<Membership> memberships, List<Operation> operations,
                               List<DesignationAward> designations) {

    /** Which relations to fetch with the enterprise. */
    record Selected(boolean region, boolean memberships, boolean operations, boolean designations) {

        boolean any() {
            return region || memberships || operations || designations;
        }
    }
}
