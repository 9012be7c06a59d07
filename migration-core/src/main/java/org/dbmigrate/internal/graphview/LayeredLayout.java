package org.dbmigrate.internal.graphview;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dbmigrate.graphview.GraphPicture;

/**
 * A small layered (Sugiyama-style) layout, enough for revision graphs: each revision's rank is
 * its longest path from a base, an edge that spans several ranks bends through one virtual point
 * per rank, and a few barycenter sweeps reorder each rank to reduce crossings. Coordinates are
 * node centres in pixels, base at the top.
 */
public final class LayeredLayout {

    static final int NODE_WIDTH = 210;
    static final int NODE_HEIGHT = 58;
    private static final int COLUMN = NODE_WIDTH + 40;
    private static final int ROW = NODE_HEIGHT + 50;
    private static final int MARGIN = 20;
    private static final int SWEEPS = 4;
    private static final int PLACEMENT_SWEEPS = 8;

    record Point(double x, double y) {
    }

    /** An edge as drawn: from the older node's bottom to the newer node's top, through its bends. */
    record Route(GraphPicture.Edge edge, List<Point> points) {
    }

    record Result(Map<String, Point> centres, List<Route> routes, double width, double height) {
    }

    /** A slot in a rank: a revision, or a bend of a long edge (revision null). */
    private static final class Slot {
        final String revision;
        final List<Slot> up = new ArrayList<>();
        final List<Slot> down = new ArrayList<>();
        double position;
        double x;

        Slot(String revision) {
            this.revision = revision;
        }
    }

    private LayeredLayout() {
    }

    static Result layout(GraphPicture picture) {
        Map<String, Integer> rank = ranks(picture);
        int ranks = rank.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        List<List<Slot>> rows = new ArrayList<>();
        for (int r = 0; r < ranks; r++) {
            rows.add(new ArrayList<>());
        }
        Map<String, Slot> slots = new HashMap<>();
        for (GraphPicture.Node node : picture.nodes()) {
            Slot slot = new Slot(node.id());
            slots.put(node.id(), slot);
            rows.get(rank.get(node.id())).add(slot);
        }
        Map<GraphPicture.Edge, List<Slot>> chains = new LinkedHashMap<>();
        for (GraphPicture.Edge edge : picture.edges()) {
            List<Slot> chain = new ArrayList<>();
            Slot previous = slots.get(edge.from());
            chain.add(previous);
            for (int r = rank.get(edge.from()) + 1; r < rank.get(edge.to()); r++) {
                Slot bend = new Slot(null);
                rows.get(r).add(bend);
                link(previous, bend);
                chain.add(bend);
                previous = bend;
            }
            Slot to = slots.get(edge.to());
            link(previous, to);
            chain.add(to);
            chains.put(edge, chain);
        }
        order(rows);
        place(rows);
        double right = 0;
        for (List<Slot> row : rows) {
            for (Slot slot : row) {
                right = Math.max(right, slot.x);
            }
        }
        double width = right + COLUMN / 2.0 + MARGIN;
        Map<String, Point> centres = new LinkedHashMap<>();
        Map<Slot, Point> points = new HashMap<>();
        for (int r = 0; r < ranks; r++) {
            for (Slot slot : rows.get(r)) {
                Point p = new Point(slot.x, MARGIN + r * ROW + NODE_HEIGHT / 2.0);
                points.put(slot, p);
                if (slot.revision != null) {
                    centres.put(slot.revision, p);
                }
            }
        }
        List<Route> routes = new ArrayList<>();
        chains.forEach((edge, chain) -> {
            List<Point> line = new ArrayList<>();
            for (int i = 0; i < chain.size(); i++) {
                Point p = points.get(chain.get(i));
                if (i == 0) {
                    line.add(new Point(p.x(), p.y() + NODE_HEIGHT / 2.0));
                } else if (i == chain.size() - 1) {
                    line.add(new Point(p.x(), p.y() - NODE_HEIGHT / 2.0));
                } else {
                    line.add(p);
                }
            }
            routes.add(new Route(edge, List.copyOf(line)));
        });
        double height = Math.max(ranks, 1) * ROW - (ROW - NODE_HEIGHT) + 2 * MARGIN;
        return new Result(centres, routes, width, height);
    }

    /** Longest path from a base; nodes come oldest first, so one pass suffices. */
    private static Map<String, Integer> ranks(GraphPicture picture) {
        Map<String, List<String>> incoming = new HashMap<>();
        picture.edges().forEach(e -> incoming.computeIfAbsent(e.to(), k -> new ArrayList<>()).add(e.from()));
        Map<String, Integer> rank = new HashMap<>();
        for (GraphPicture.Node node : picture.nodes()) {
            int r = 0;
            for (String from : incoming.getOrDefault(node.id(), List.of())) {
                r = Math.max(r, rank.get(from) + 1);
            }
            rank.put(node.id(), r);
        }
        return rank;
    }

    private static void link(Slot from, Slot to) {
        from.down.add(to);
        to.up.add(from);
    }

    /** Barycenter sweeps, down then up; ties keep the previous order (the sort is stable). */
    private static void order(List<List<Slot>> rows) {
        number(rows);
        for (int sweep = 0; sweep < SWEEPS; sweep++) {
            boolean down = sweep % 2 == 0;
            for (int k = 1; k < rows.size(); k++) {
                List<Slot> row = rows.get(down ? k : rows.size() - 1 - k);
                Map<Slot, Double> weight = new HashMap<>();
                for (Slot slot : row) {
                    List<Slot> neighbours = down ? slot.up : slot.down;
                    weight.put(slot, neighbours.isEmpty() ? slot.position
                            : neighbours.stream().mapToDouble(n -> n.position).average().orElse(0));
                }
                row.sort(Comparator.comparingDouble(weight::get));
                for (int i = 0; i < row.size(); i++) {
                    row.get(i).position = i;
                }
            }
        }
    }

    /**
     * Horizontal positions: each slot wants the mean x of its neighbours in the rank above (then
     * below, alternating), so chains stand straight; a left-to-right pass pushing right and a
     * right-to-left pass pushing left both keep one column between slots, and their mean does too.
     */
    private static void place(List<List<Slot>> rows) {
        for (List<Slot> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                row.get(i).x = i * COLUMN;
            }
        }
        for (int sweep = 0; sweep < PLACEMENT_SWEEPS; sweep++) {
            boolean down = sweep % 2 == 0;
            for (int k = 0; k < rows.size(); k++) {
                List<Slot> row = rows.get(down ? k : rows.size() - 1 - k);
                int n = row.size();
                double[] wanted = new double[n];
                for (int i = 0; i < n; i++) {
                    Slot slot = row.get(i);
                    // the first sweep follows the parents only; later ones balance parents and children
                    List<Slot> neighbours = new ArrayList<>(sweep == 0 ? slot.up : slot.down);
                    if (sweep > 0) {
                        neighbours.addAll(slot.up);
                    }
                    wanted[i] = neighbours.isEmpty() ? slot.x
                            : neighbours.stream().mapToDouble(s -> s.x).average().orElse(0);
                }
                double[] pushRight = new double[n];
                double[] pushLeft = new double[n];
                for (int i = 0; i < n; i++) {
                    pushRight[i] = i == 0 ? wanted[i] : Math.max(wanted[i], pushRight[i - 1] + COLUMN);
                }
                for (int i = n - 1; i >= 0; i--) {
                    pushLeft[i] = i == n - 1 ? wanted[i] : Math.min(wanted[i], pushLeft[i + 1] - COLUMN);
                }
                for (int i = 0; i < n; i++) {
                    row.get(i).x = (pushRight[i] + pushLeft[i]) / 2;
                }
            }
        }
        double left = rows.stream().flatMap(List::stream).mapToDouble(s -> s.x).min().orElse(0);
        for (List<Slot> row : rows) {
            for (Slot slot : row) {
                slot.x = Math.rint(slot.x - left + MARGIN + COLUMN / 2.0);
            }
        }
    }

    private static void number(List<List<Slot>> rows) {
        for (List<Slot> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                row.get(i).position = i;
            }
        }
    }
}
