package org.chaingraph.matchmaking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.chaingraph.enterprises.EnterpriseRepository;
import org.chaingraph.enterprises.UsccArgument;
import org.chaingraph.graphql.Arguments;
import org.chaingraph.graphql.BadRequestException;
import org.chaingraph.graphql.NotFoundException;
import org.chaingraph.graphql.YearArgument;
import org.chaingraph.neo4j.ResultCache;
import org.chaingraph.regions.RegionRepository;
import org.springframework.stereotype.Service;

/**
 * Supplier shortlists (docs/contracts.md §6). Whatever the number of subjects, a batch costs three statements
 * (demands; candidates, by USCC with their features; the listed firms), plus one to check the region
 * when one is given; scoring is {@link SupplierScorer}'s.
 */
@Service
public final class Shortlists {

    private final MatchmakingRepository repository;
    private final EnterpriseRepository enterprises;
    private final RegionRepository regions;
    private final SupplierScorer scorer;
    private final ResultCache cache;

    public Shortlists(MatchmakingRepository repository, EnterpriseRepository enterprises, RegionRepository regions, MatchWeights weights,
                      ResultCache cache) {
        this.repository = repository;
        this.enterprises = enterprises;
        this.cache = cache;
        this.regions = regions;
        this.scorer = new SupplierScorer(weights);
    }

    public List<SupplierMatch> shortlist(ShortlistSubject subject, String regionCode, Integer limit, Boolean includeExisting, Integer year) {
        return shortlist(subject, regionCode, limit, includeExisting, year, "limit").matches();
    }

    /** A shortlist with its demand (for the demander's name in downloads). */
    public Result shortlist(ShortlistSubject subject, String regionCode, Integer limit, Boolean includeExisting, Integer year,
                            String limitArgument) {
        int validYear = YearArgument.orThisYear(year);
        return cache.get("matchmaking/shortlist", () -> computeShortlist(subject, regionCode, limit, includeExisting, validYear, limitArgument),
                subject, regionCode, limit, includeExisting, validYear, limitArgument);
    }

    private Result computeShortlist(ShortlistSubject subject, String regionCode, Integer limit, Boolean includeExisting, int validYear,
                                    String limitArgument) {
        SubjectKind kind = kind(subject);
        String id = switch (kind) {
            case LEADER -> UsccArgument.require("subject.leaderUscc", subject.leaderUscc());
            case CHALLENGE -> subject.challengeId();
            case SEGMENT -> subject.segmentId();
        };
        int size = MatchArguments.count(limitArgument, limit, MatchArguments.DEFAULT_LIMIT, 0, MatchArguments.MAX_LIMIT);
        String region = Arguments.optionalId("regionCode", regionCode);
        if (region != null && regions.byCode(region).isEmpty()) {
            throw new NotFoundException("regionCode", "region '" + region + "'");
        }
        Demand demand = repository.demands(kind, List.of(id)).get(id);
        if (demand == null) {
            throw notFound(kind, id);
        }
        var candidates = repository.candidates(List.of(demand), region, null, validYear).getOrDefault(id, List.of());
        var best = scorer.best(demand, candidates, size, Boolean.TRUE.equals(includeExisting));
        return new Result(demand, scorer.matches(demand, best, enterprises.byUsccs(SupplierScorer.usccs(best))));
    }

    public record Result(Demand demand, List<SupplierMatch> matches) {
    }

    /**
     * Shortlists of several challenges in one go (Challenge.suggestedSolvers): anywhere, existing
     * suppliers of the issuer left out, designations valid this year. Unknown ids get an empty list.
     */
    public Map<String, List<SupplierMatch>> forChallenges(List<String> challengeIds, int limit) {
        var demands = repository.demands(SubjectKind.CHALLENGE, challengeIds);
        var candidates = repository.candidates(new ArrayList<>(demands.values()), null, null, YearArgument.orThisYear(null));
        var best = new HashMap<String, List<Candidate>>();
        demands.forEach((id, demand) -> best.put(id, scorer.best(demand, candidates.getOrDefault(id, List.of()), limit, false)));
        var firms = enterprises.byUsccs(best.values().stream().flatMap(List::stream).map(Candidate::uscc).collect(Collectors.toSet()));
        var result = new HashMap<String, List<SupplierMatch>>();
        for (String id : challengeIds) {
            Demand demand = demands.get(id);
            result.put(id, demand == null ? List.of() : scorer.matches(demand, best.get(id), firms));
        }
        return result;
    }

    private static SubjectKind kind(ShortlistSubject subject) {
        if (subject == null) {
            throw new BadRequestException("subject", "give exactly one of leaderUscc, challengeId, segmentId");
        }
        var given = new ArrayList<SubjectKind>();
        if (subject.leaderUscc() != null) {
            given.add(SubjectKind.LEADER);
        }
        if (subject.challengeId() != null) {
            given.add(SubjectKind.CHALLENGE);
        }
        if (subject.segmentId() != null) {
            given.add(SubjectKind.SEGMENT);
        }
        if (given.size() != 1) {
            throw new BadRequestException("subject", "give exactly one of leaderUscc, challengeId, segmentId; got " + given.size());
        }
        Arguments.optionalId("subject.challengeId", subject.challengeId());
        Arguments.optionalId("subject.segmentId", subject.segmentId());
        return given.get(0);
    }

    private static NotFoundException notFound(SubjectKind kind, String id) {
        return switch (kind) {
            case LEADER -> new NotFoundException("subject.leaderUscc", "enterprise '" + id + "'");
            case CHALLENGE -> new NotFoundException("subject.challengeId", "challenge '" + id + "'");
            case SEGMENT -> new NotFoundException("subject.segmentId", "segment '" + id + "'");
        };
    }
}
