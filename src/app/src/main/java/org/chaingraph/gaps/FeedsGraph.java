package org.chaingraph.gaps;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The FEEDS flows among the segments of one chain. Flows that leave the chain are dropped, since
 * docs/contracts.md §6 follows FEEDS within the chain only. Traversals tolerate cycles (the data should have
 * none, but the importer does not forbid them) and never count the start segment itself.
 */
final class FeedsGraph {

    private final Map<String, List<String>> downstream = new TreeMap<>();
    private final Map<String, List<String>> upstream = new TreeMap<>();

    private FeedsGraph(Collection<String> segmentIds, Collection<Flow> flows) {
        for (String id : new TreeSet<>(segmentIds)) {
            downstream.put(id, new ArrayList<>());
            upstream.put(id, new ArrayList<>());
        }
        for (Flow flow : flows) {
            boolean withinChain = downstream.containsKey(flow.source()) && downstream.containsKey(flow.target());
            if (withinChain && !flow.source().equals(flow.target()) && !downstream.get(flow.source()).contains(flow.target())) {
                downstream.get(flow.source()).add(flow.target());
                upstream.get(flow.target()).add(flow.source());
            }
        }
        downstream.values().forEach(list -> list.sort(null));
        upstream.values().forEach(list -> list.sort(null));
    }

    static FeedsGraph of(Collection<String> segmentIds, Collection<Flow> flows) {
        return new FeedsGraph(segmentIds, flows);
    }

    /** Segment ids in ascending order. */
    Set<String> ids() {
        return downstream.keySet();
    }

    /** The segments {@code id} feeds directly, by id. */
    List<String> targets(String id) {
        return downstream.get(id);
    }

    /** The segments feeding {@code id} directly, by id. */
    List<String> sources(String id) {
        return upstream.get(id);
    }

    /** The flows within the chain, by source then target id. */
    List<Flow> flows() {
        var flows = new ArrayList<Flow>();
        downstream.forEach((source, targets) -> targets.forEach(target -> flows.add(new Flow(source, target))));
        return flows;
    }

    /** Every segment reachable downstream from {@code id}, not {@code id} itself. */
    Set<String> descendants(String id) {
        return reachable(id, downstream);
    }

    /** Every segment from which {@code id} is reachable, not {@code id} itself. */
    Set<String> ancestors(String id) {
        return reachable(id, upstream);
    }

    private static Set<String> reachable(String start, Map<String, List<String>> next) {
        var seen = new TreeSet<String>();
        var queue = new ArrayDeque<>(next.get(start));
        while (!queue.isEmpty()) {
            String id = queue.removeFirst();
            if (seen.add(id)) {
                queue.addAll(next.get(id));
            }
        }
        seen.remove(start);
        return seen;
    }
}
