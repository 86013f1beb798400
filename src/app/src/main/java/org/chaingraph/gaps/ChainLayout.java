package org.chaingraph.gaps;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;

import org.chaingraph.chains.Segment;
import org.chaingraph.chains.Stage;

/**
 * A deterministic layered layout of a chain's FEEDS graph, so a front-end can draw a chain map
 * without a layout engine. Columns: topological depth, kept monotone with stage (every UPSTREAM
 * column left of every MIDSTREAM column, left of every DOWNSTREAM column). Rows: ordered within
 * each column by the barycenter heuristic, a few sweeps, keeping the order with fewest crossings.
 * Each node's (x, y) is its centre in px: x = column × 240, y = row × 90, where columns with fewer
 * nodes are centred vertically (so y may be a multiple of 45).
 */
public final class ChainLayout {

    public static final double COLUMN_WIDTH = 240;
    public static final double ROW_HEIGHT = 90;
    static final int SWEEPS = 4;

    /** Where one segment is drawn: its column and row, and its centre in px. */
    public record Cell(int column, int row, double x, double y) {
    }

    private final Map<String, Cell> cells;
    private final int columns;
    private final int rows;

    private ChainLayout(Map<String, Cell> cells, int columns, int rows) {
        this.cells = cells;
        this.columns = columns;
        this.rows = rows;
    }

    public static ChainLayout of(List<Segment> segments, List<Flow> flows) {
        Map<String, Segment> byId = new TreeMap<>();
        segments.forEach(s -> byId.put(s.id(), s));
        var feeds = FeedsGraph.of(byId.keySet(), flows);
        var acyclic = acyclicTargets(feeds);
        var order = topologicalOrder(feeds.ids(), acyclic);
        var column = columns(order, byId, acyclic);
        var layers = new TreeMap<Integer, List<String>>();
        order.stream().sorted().forEach(id -> layers.computeIfAbsent(column.get(id), c -> new ArrayList<>()).add(id));
        var ordered = orderRows(new ArrayList<>(layers.values()), feeds.flows());
        return place(ordered);
    }

    /** Each segment's cell, by id. */
    public Map<String, Cell> cells() {
        return cells;
    }

    public Cell cell(String segmentId) {
        return cells.get(segmentId);
    }

    public int columns() {
        return columns;
    }

    /** Rows of the tallest column. */
    public int rows() {
        return rows;
    }

    /** Distance between the centres of the leftmost and rightmost columns, px. */
    public double width() {
        return columns == 0 ? 0 : (columns - 1) * COLUMN_WIDTH;
    }

    /** Distance between the centres of the top and bottom rows of the tallest column, px. */
    public double height() {
        return rows == 0 ? 0 : (rows - 1) * ROW_HEIGHT;
    }

    /**
     * The flows without those closing a cycle: a depth-first search from each segment in id order
     * drops every flow back to a segment still on its path, so data with a cycle still gets columns.
     */
    private static Map<String, List<String>> acyclicTargets(FeedsGraph feeds) {
        var targets = new TreeMap<String, List<String>>();
        var onPath = new HashSet<String>();
        var done = new HashSet<String>();
        for (String id : feeds.ids()) {
            targets.put(id, new ArrayList<>());
        }
        for (String id : feeds.ids()) {
            visit(id, feeds, targets, onPath, done);
        }
        return targets;
    }

    private static void visit(String id, FeedsGraph feeds, Map<String, List<String>> targets, Set<String> onPath, Set<String> done) {
        if (done.contains(id)) {
            return;
        }
        onPath.add(id);
        for (String target : feeds.targets(id)) {
            if (!onPath.contains(target)) {
                targets.get(id).add(target);
                visit(target, feeds, targets, onPath, done);
            }
        }
        onPath.remove(id);
        done.add(id);
    }

    /** Kahn's algorithm, always taking the smallest ready id: one order for one input. */
    private static List<String> topologicalOrder(Set<String> ids, Map<String, List<String>> targets) {
        var indegree = new HashMap<String, Integer>();
        ids.forEach(id -> indegree.put(id, 0));
        targets.values().forEach(list -> list.forEach(t -> indegree.merge(t, 1, Integer::sum)));
        var ready = new PriorityQueue<String>();
        indegree.forEach((id, degree) -> {
            if (degree == 0) {
                ready.add(id);
            }
        });
        var order = new ArrayList<String>(ids.size());
        while (!ready.isEmpty()) {
            String id = ready.poll();
            order.add(id);
            for (String target : targets.get(id)) {
                if (indegree.merge(target, -1, Integer::sum) == 0) {
                    ready.add(target);
                }
            }
        }
        return order;
    }

    /**
     * Longest-path depth, stage by stage: a stage starts right of the columns of the stages before
     * it, and a segment sits right of every segment of its own or an earlier stage that feeds it.
     * A flow against the stages (downstream feeding upstream) is drawn backwards rather than
     * breaking the stage order.
     */
    private static Map<String, Integer> columns(List<String> order, Map<String, Segment> byId, Map<String, List<String>> targets) {
        var sources = new HashMap<String, List<String>>();
        targets.forEach((source, list) -> list.forEach(t -> sources.computeIfAbsent(t, k -> new ArrayList<>()).add(source)));
        var column = new HashMap<String, Integer>();
        int start = 0;
        for (Stage stage : Stage.values()) {
            int last = -1;
            for (String id : order) {
                if (byId.get(id).stage() != stage) {
                    continue;
                }
                int c = start;
                for (String source : sources.getOrDefault(id, List.of())) {
                    if (column.containsKey(source)) {
                        c = Math.max(c, column.get(source) + 1);
                    }
                }
                column.put(id, c);
                last = Math.max(last, c);
            }
            if (last >= 0) {
                start = last + 1;
            }
        }
        return column;
    }

    /**
     * Barycenter sweeps: left to right, each column is sorted by the mean position of its neighbours
     * in columns to the left; then right to left with neighbours to the right. A segment without such
     * neighbours keeps its position; ties keep the current order. The order with the fewest crossings
     * seen (the first, on a tie) wins.
     */
    private static List<List<String>> orderRows(List<List<String>> layers, List<Flow> flows) {
        var columnOf = new HashMap<String, Integer>();
        for (int c = 0; c < layers.size(); c++) {
            for (String id : layers.get(c)) {
                columnOf.put(id, c);
            }
        }
        var neighbours = new HashMap<String, List<String>>();
        for (Flow flow : flows) {
            neighbours.computeIfAbsent(flow.source(), k -> new ArrayList<>()).add(flow.target());
            neighbours.computeIfAbsent(flow.target(), k -> new ArrayList<>()).add(flow.source());
        }
        var best = copy(layers);
        long fewest = crossings(best, flows);
        var current = copy(layers);
        for (int sweep = 0; sweep < SWEEPS && fewest > 0; sweep++) {
            for (int c = 1; c < current.size(); c++) {
                sortByBarycenter(current, c, neighbours, columnOf, true);
            }
            for (int c = current.size() - 2; c >= 0; c--) {
                sortByBarycenter(current, c, neighbours, columnOf, false);
            }
            long count = crossings(current, flows);
            if (count < fewest) {
                fewest = count;
                best = copy(current);
            }
        }
        return best;
    }

    private static void sortByBarycenter(List<List<String>> layers, int c, Map<String, List<String>> neighbours,
                                         Map<String, Integer> columnOf, boolean fromLeft) {
        List<String> layer = layers.get(c);
        var key = new HashMap<String, Double>();
        for (String id : layer) {
            double sum = 0;
            int count = 0;
            for (String other : neighbours.getOrDefault(id, List.of())) {
                int oc = columnOf.get(other);
                if (fromLeft ? oc < c : oc > c) {
                    sum += centred(layers.get(oc), other);
                    count++;
                }
            }
            key.put(id, count == 0 ? centred(layer, id) : sum / count);
        }
        var sorted = new ArrayList<>(layer);
        // List.sort is stable: equal barycenters keep their current order.
        sorted.sort(Comparator.comparingDouble(key::get));
        layer.clear();
        layer.addAll(sorted);
    }

    /** A segment's row measured from the middle of its column, so columns of different heights line up. */
    private static double centred(List<String> layer, String id) {
        return layer.indexOf(id) - (layer.size() - 1) / 2.0;
    }

    /** Pairs of flows whose straight segments, between centred cells, cross (sharing an end does not count). */
    static long crossings(List<List<String>> layers, List<Flow> flows) {
        var point = new HashMap<String, double[]>();
        for (int c = 0; c < layers.size(); c++) {
            for (String id : layers.get(c)) {
                point.put(id, new double[] {c, centred(layers.get(c), id)});
            }
        }
        long count = 0;
        for (int i = 0; i < flows.size(); i++) {
            for (int j = i + 1; j < flows.size(); j++) {
                Flow a = flows.get(i);
                Flow b = flows.get(j);
                if (a.source().equals(b.source()) || a.source().equals(b.target())
                        || a.target().equals(b.source()) || a.target().equals(b.target())) {
                    continue;
                }
                if (cross(point.get(a.source()), point.get(a.target()), point.get(b.source()), point.get(b.target()))) {
                    count++;
                }
            }
        }
        return count;
    }

    private static boolean cross(double[] p1, double[] p2, double[] q1, double[] q2) {
        double d1 = orientation(q1, q2, p1);
        double d2 = orientation(q1, q2, p2);
        double d3 = orientation(p1, p2, q1);
        double d4 = orientation(p1, p2, q2);
        return d1 * d2 < 0 && d3 * d4 < 0;
    }

    private static double orientation(double[] a, double[] b, double[] c) {
        return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
    }

    private static ChainLayout place(List<List<String>> layers) {
        int rows = layers.stream().mapToInt(List::size).max().orElse(0);
        var cells = new TreeMap<String, Cell>();
        for (int c = 0; c < layers.size(); c++) {
            List<String> layer = layers.get(c);
            double offset = (rows - layer.size()) / 2.0;
            for (int r = 0; r < layer.size(); r++) {
                cells.put(layer.get(r), new Cell(c, r, c * COLUMN_WIDTH, (r + offset) * ROW_HEIGHT));
            }
        }
        return new ChainLayout(Collections.unmodifiableMap(cells), layers.size(), rows);
    }

    private static List<List<String>> copy(List<List<String>> layers) {
        return layers.stream().map(layer -> (List<String>) new ArrayList<>(layer)).toList();
    }
}
