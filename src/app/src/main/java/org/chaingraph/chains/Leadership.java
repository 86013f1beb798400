package org.chaingraph.chains;

import org.chaingraph.enterprises.Enterprise;
import org.chaingraph.regions.Region;
import org.neo4j.driver.Value;

/** A chain-leader firm (链主企业) of a chain in a region. */
public record Leadership(Enterprise enterprise, Chain chain, Region region) {

    public static Leadership of(Value enterprise, Value chain, Value region) {
        return new Leadership(Enterprise.from(enterprise), Chain.from(chain), Region.from(region));
    }
}
