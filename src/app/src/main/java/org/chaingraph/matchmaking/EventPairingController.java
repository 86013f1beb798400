package org.chaingraph.matchmaking;

import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
final class EventPairingController {

    private final EventPairings pairings;

    EventPairingController(EventPairings pairings) {
        this.pairings = pairings;
    }

    @QueryMapping
    List<Pairing> eventPairings(@Argument String eventId, @Argument Integer perDemand, @Argument Integer perSupplier, @Argument Integer year) {
        return pairings.pairings(eventId, perDemand, perSupplier, year);
    }
}
