package org.chaingraph.matchmaking;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.chaingraph.enterprises.EnterpriseRepository;
import org.chaingraph.events.MatchmakingEvent;
import org.chaingraph.graphql.NotFoundException;
import org.chaingraph.graphql.YearArgument;
import org.chaingraph.neo4j.ResultCache;
import org.springframework.stereotype.Service;

/**
 * Event pairings (docs/contracts.md §6): every DEMAND attendee is a leader whose candidate pool is narrowed to
 * the event's SUPPLY attendees, scored as in its shortlist (its existing suppliers left out: they
 * need no introduction); then {@link PairingPlanner} chooses under both caps. Four statements
 * whatever the number of attendees: attendees, demands, candidates, the candidates' firms.
 */
@Service
public final class EventPairings {

    public static final int DEFAULT_PER_DEMAND = 5;
    public static final int DEFAULT_PER_SUPPLIER = 3;
    public static final int MAX_PER_SIDE = 100;

    private final MatchmakingRepository repository;
    private final EnterpriseRepository enterprises;
    private final SupplierScorer scorer;
    private final ResultCache cache;

    public EventPairings(MatchmakingRepository repository, EnterpriseRepository enterprises, MatchWeights weights, ResultCache cache) {
        this.repository = repository;
        this.enterprises = enterprises;
        this.cache = cache;
        this.scorer = new SupplierScorer(weights);
    }

    public List<Pairing> pairings(String eventId, Integer perDemand, Integer perSupplier, Integer year) {
        return plan(eventId, perDemand, perSupplier, year).pairings();
    }

    public Plan plan(String eventId, Integer perDemand, Integer perSupplier, Integer year) {
        int validYear = YearArgument.orThisYear(year);
        return cache.get("matchmaking/pairings", () -> computePlan(eventId, perDemand, perSupplier, validYear), eventId, perDemand, perSupplier, validYear);
    }

    private Plan computePlan(String eventId, Integer perDemand, Integer perSupplier, int validYear) {
        int demandCap = MatchArguments.count("perDemand", perDemand, DEFAULT_PER_DEMAND, 1, MAX_PER_SIDE);
        int supplierCap = MatchArguments.count("perSupplier", perSupplier, DEFAULT_PER_SUPPLIER, 1, MAX_PER_SIDE);
        var attendees = repository.attendees(eventId)
                .orElseThrow(() -> new NotFoundException("eventId", "event '" + eventId + "'"));
        if (attendees.demand().isEmpty() || attendees.supply().isEmpty()) {
            return new Plan(attendees.event(), List.of());
        }
        var demands = repository.demands(SubjectKind.LEADER, attendees.demand());
        var candidates = repository.candidates(new ArrayList<>(demands.values()), null, attendees.supply(), validYear);
        var all = new ArrayList<Pairing>();
        // The pools are the event's suppliers (dozens), so every pair is explained.
        var firms = enterprises.byUsccs(candidates.values().stream().flatMap(List::stream).map(Candidate::uscc).collect(Collectors.toSet()));
        for (Demand demand : demands.values()) {
            var best = scorer.best(demand, candidates.getOrDefault(demand.key(), List.of()), Integer.MAX_VALUE, false);
            for (SupplierMatch match : scorer.matches(demand, best, firms)) {
                all.add(Pairing.of(demand.demander(), match));
            }
        }
        return new Plan(attendees.event(), PairingPlanner.plan(all, demandCap, supplierCap));
    }

    public record Plan(MatchmakingEvent event, List<Pairing> pairings) {
    }
}
