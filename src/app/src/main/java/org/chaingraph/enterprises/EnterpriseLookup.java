package org.chaingraph.enterprises;

import java.util.Optional;

import graphql.schema.DataFetchingEnvironment;
import org.chaingraph.clusters.Membership;
import org.chaingraph.graphql.Loaders;
import org.springframework.stereotype.Component;

/**
 * {@code enterprise(uscc)}: one statement for the enterprise and the relations its query selects
 * (region, clusters or memberships, segments, designations), which then prime those fields'
 * loaders, so a lookup costs one round trip rather than one per relation. Deeper fields and the
 * other relations still go through their loaders.
 */
@Component
final class EnterpriseLookup {

    private final EnterpriseRepository enterprises;

    EnterpriseLookup(EnterpriseRepository enterprises) {
        this.enterprises = enterprises;
    }

    Enterprise enterprise(String uscc, DataFetchingEnvironment environment) {
        var fields = environment.getSelectionSet();
        var selected = new EnterpriseWithRelations.Selected(fields.contains("region"),
                fields.contains("clusters") || fields.contains("memberships"), fields.contains("segments"), fields.contains("designations"));
        if (!selected.any()) {
            return enterprises.byUscc(uscc).orElse(null);
        }
        Optional<EnterpriseWithRelations> found = enterprises.byUscc(uscc, selected);
        found.ifPresent(f -> {
            Enterprise e = f.enterprise();
            prime(environment, "region", e, f.region());
            if (f.memberships() != null) {
                prime(environment, "memberships", e, f.memberships());
                prime(environment, "clusters", e, f.memberships().stream().map(Membership::cluster).toList());
            }
            prime(environment, "segments", e, f.operations());
            prime(environment, "designations", e, f.designations());
        });
        return found.map(EnterpriseWithRelations::enterprise).orElse(null);
    }

    /** Primes the loader of {@code Enterprise.<field>} (named so by @BatchMapping) when the value was fetched. */
    private static <V> void prime(DataFetchingEnvironment environment, String field, Enterprise enterprise, V value) {
        Loaders.prime(environment, "Enterprise." + field, enterprise, value);
    }
}
