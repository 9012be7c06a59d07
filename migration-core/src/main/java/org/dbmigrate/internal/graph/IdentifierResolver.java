package org.dbmigrate.internal.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dbmigrate.graph.MultipleHeadsError;
import org.dbmigrate.graph.UnknownRevisionError;

/**
 * Identifier resolution (SPEC section 5) with Alembic's rules: symbolic names, prefixes, branch
 * labels, and the relative walks behind {@code +N} and {@code -N}.
 *
 * <p>Walk positions are node indexes or one of two markers: {@link #START} (Alembic's None: below
 * every base when walking up, above every head when walking down) and {@link #BASE} (the empty
 * database reached by walking down past a base).
 */
final class IdentifierResolver {
    static final int START = -1;
    static final int BASE = -2;
    private static final int OVERWALK = -3;

    /** {@code [label@][symbol](+|-)N}. */
    private static final Pattern RELATIVE = Pattern.compile("(?:(.+?)@)?(\\w+)?([+-]\\d+)");

    private final Nodes g;

    IdentifierResolver(Nodes g) {
        this.g = g;
    }

    static boolean isRelative(String identifier) {
        return RELATIVE.matcher(identifier).matches();
    }

    /** A branch label ("label@...") and the rest; label null when there is no '@'. */
    private record Split(String label, String symbol) {
        static Split first(String identifier) {
            int at = identifier.indexOf('@');
            return at < 0 ? new Split(null, identifier)
                    : new Split(identifier.substring(0, at), identifier.substring(at + 1));
        }

        static Split last(String identifier) {
            int at = identifier.lastIndexOf('@');
            return at < 0 ? new Split(null, identifier)
                    : new Split(identifier.substring(0, at), identifier.substring(at + 1));
        }
    }

    // ---- plain identifiers ---------------------------------------------------------------

    /** A full id, a branch label, or a unique prefix of four or more characters. */
    int ident(String text, String branch) {
        Integer exact = g.byId.get(text);
        if (exact == null) {
            exact = g.labelOwner.get(text);
        }
        int node;
        int branchNode = branch == null ? -1 : branchNode(branch);
        if (exact != null) {
            node = exact;
        } else {
            node = byPrefix(text, branchNode);
        }
        if (branchNode >= 0 && !g.sharesLineage(node, branchNode, false)) {
            throw new NotOnBranchError(g.id(node), branch);
        }
        return node;
    }

    private int byPrefix(String prefix, int branchNode) {
        if (prefix.length() < RevisionGraph.MIN_PREFIX) {
            throw new UnknownRevisionError(prefix);
        }
        List<String> matches = new ArrayList<>();
        int found = -1;
        for (int i = 0; i < g.size(); i++) {
            if (g.id(i).startsWith(prefix) && (branchNode < 0 || g.sharesLineage(i, branchNode, false))) {
                matches.add(g.id(i));
                found = i;
            }
        }
        if (matches.isEmpty()) {
            throw new UnknownRevisionError(prefix);
        }
        if (matches.size() > 1) {
            matches.sort(null);
            throw new AmbiguousPrefixError(prefix, matches);
        }
        return found;
    }

    /** The revision a branch name stands for: the one declaring the label, else a revision id. */
    int branchNode(String branch) {
        Integer owner = g.labelOwner.get(branch);
        if (owner != null) {
            return owner;
        }
        return ident(branch, null);
    }

    /** The single head, among those of {@code branch} if given; START when the graph is empty. */
    int currentHead(String branch) {
        int[] heads = g.heads;
        if (branch != null) {
            heads = filterLineage(heads, new int[] {branchNode(branch)}, false);
        }
        if (heads.length > 1) {
            throw new MultipleHeadsError(ids(heads), branch == null ? "head" : branch + "@head");
        }
        return heads.length == 0 ? START : heads[0];
    }

    /**
     * Alembic's get_revisions: {@code heads}, {@code label@heads}, {@code head}, {@code label@head},
     * {@code base}, {@code label@base} (nothing), an id, prefix or label, {@code label@id}.
     */
    int[] revisions(String identifier) {
        Split s = Split.first(identifier);
        switch (s.symbol()) {
            case "heads":
                return s.label() == null ? g.realHeads
                        : filterLineage(g.heads, new int[] {branchNode(s.label())}, false);
            case "head": {
                int head = currentHead(s.label());
                return head == START ? new int[0] : new int[] {head};
            }
            case "base":
            case "":
                return new int[0];
            default:
                return new int[] {ident(s.symbol(), s.label())};
        }
    }

    /** One revision, START for base; several (e.g. {@code heads} with two) is an error. */
    int revision(String identifier) {
        int[] found = revisions(identifier);
        if (found.length > 1) {
            throw new MultipleHeadsError(ids(found), identifier);
        }
        return found.length == 0 ? START : found[0];
    }

    /** The revisions {@code checkAgainst} names for a lineage test; empty means "anything". */
    int[] lineageAnchors(String checkAgainst) {
        Split s = Split.first(checkAgainst);
        List<Integer> anchors = new ArrayList<>();
        if (s.label() != null) {
            anchors.add(ident(s.label(), null));
        }
        switch (s.symbol()) {
            case "heads":
                for (int h : s.label() == null ? g.realHeads
                        : filterLineage(g.heads, new int[] {branchNode(s.label())}, false)) {
                    anchors.add(h);
                }
                break;
            case "head": {
                int head = currentHead(s.label());
                if (head >= 0) {
                    anchors.add(head);
                }
                break;
            }
            case "base":
            case "":
                break;
            default:
                anchors.add(ident(s.symbol(), null));
        }
        return anchors.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The targets that share lineage (ancestor, descendant or same) with one of the anchors. */
    int[] filterLineage(int[] targets, int[] anchors, boolean withDeps) {
        if (anchors.length == 0) {
            return targets;
        }
        return Arrays.stream(targets).filter(t -> {
            for (int a : anchors) {
                if (g.sharesLineage(t, a, withDeps)) {
                    return true;
                }
            }
            return false;
        }).toArray();
    }

    /** The database's version rows as nodes; a row naming no revision is an error. */
    int[] nodesOf(Collection<String> ids) {
        int[] out = new int[ids.size()];
        int k = 0;
        for (String id : ids) {
            Integer n = g.byId.get(id);
            if (n == null) {
                throw UnknownRevisionError.inVersionTable(id);
            }
            out[k++] = n;
        }
        return out;
    }

    List<String> ids(int[] nodes) {
        List<String> out = new ArrayList<>(nodes.length);
        for (int n : nodes) {
            out.add(g.id(n));
        }
        return out;
    }

    // ---- relative walks ------------------------------------------------------------------

    /**
     * Walks {@code steps} up (children, filtered to {@code branch}) or down (parents). Returns
     * OVERWALK when it runs off the graph; meeting two ways at once is an "Ambiguous walk".
     */
    private int walk(int start, int steps, String branch, String target) {
        return walk(start, steps, branch, target, false);
    }

    /** With {@code clamp}, a walk that runs off the graph stops where it is (history ranges). */
    private int walk(int start, int steps, String branch, String target, boolean clamp) {
        int at = start;
        int[] branchAnchor = branch == null ? null : new int[] {branchNode(branch)};
        for (int i = 0; i < Math.abs(steps); i++) {
            int[] ways;
            if (steps > 0) {
                ways = at < 0 ? g.bases : g.next[at];
                if (branchAnchor != null) {
                    ways = filterLineage(ways, branchAnchor, false);
                }
            } else if (at == BASE) {
                ways = new int[0];
            } else {
                ways = at == START ? g.heads : g.down[at];
                if (ways.length == 0) {
                    ways = new int[] {BASE};
                }
            }
            if (ways.length == 0) {
                return clamp ? at : OVERWALK;
            }
            if (ways.length > 1) {
                throw new RelativeTargetError(target, RelativeTargetError.Reason.AMBIGUOUS, ids(ways),
                        steps > 0 ? "name the branch as '<label>@" + target + "' or give a revision id"
                                : "the walk meets a merge point; give a revision id");
            }
            at = ways[0];
        }
        return at;
    }

    private static RelativeTargetError tooFar(String target) {
        return new RelativeTargetError(target, RelativeTargetError.Reason.TOO_FAR, List.of(),
                "use a smaller step or a revision id");
    }

    /** Upgrade targets; relative forms count from {@code current}. Empty means base. */
    int[] upgradeTargets(int[] current, String target) {
        return upgradeTargets(current, target, false);
    }

    int[] upgradeTargets(int[] current, String target, boolean clamp) {
        Matcher m = RELATIVE.matcher(target);
        if (!m.matches()) {
            return revisions(target);
        }
        String branch = m.group(1);
        String symbol = m.group(2);
        int relative = Integer.parseInt(m.group(3));
        int result;
        if (relative > 0 && symbol == null) {
            int[] starts = current.length == 0 ? new int[] {START} : current;
            if (branch != null) {
                int[] anchor = {branchNode(branch)};
                starts = filterLineage(Arrays.stream(starts).filter(n -> n >= 0).toArray(), anchor, false);
                if (starts.length == 0) {
                    starts = tipsOnBranch(current, anchor);
                }
            }
            if (starts.length > 1) {
                throw new RelativeTargetError(target, RelativeTargetError.Reason.AMBIGUOUS, ids(starts),
                        "several heads are applied; use '<label>@" + target + "' or a revision id");
            }
            result = walk(starts[0], relative, branch, target, clamp);
        } else if (relative > 0) {
            result = walk(revision(symbol), relative, branch, target, clamp);
        } else if (symbol == null) {
            throw new RelativeTargetError(target, RelativeTargetError.Reason.WRONG_WAY, List.of(), relative == 0
                    ? "a step of 0 moves nothing: use +1 (or more) to upgrade, or 'current' to see where it is"
                    : "an upgrade goes up: use +" + Math.abs(relative) + " or downgrade " + target);
        } else {
            result = walk(revision(branch == null ? symbol : branch + "@" + symbol), relative, null, target, clamp);
        }
        if (result == OVERWALK) {
            throw tooFar(target);
        }
        return result < 0 ? new int[0] : new int[] {result};
    }

    /** Applied revisions on the branch with nothing applied above them; {START} if none. */
    private int[] tipsOnBranch(int[] current, int[] anchor) {
        BitSet active = g.ancestors(current, true);
        int[] onBranch = filterLineage(active.stream().toArray(), anchor, false);
        BitSet below = new BitSet(g.size());
        for (int n : onBranch) {
            for (int p : g.normDown[n]) {
                below.set(p);
            }
        }
        int[] tips = Arrays.stream(onBranch).filter(n -> !below.get(n)).toArray();
        return tips.length == 0 ? new int[] {START} : tips;
    }

    /** A downgrade target: the branch the user named (or implied) and the revision, START for base. */
    record Downgrade(String branch, int node) {
    }

    Downgrade downgradeTarget(int[] current, String target) {
        return downgradeTarget(current, target, false);
    }

    Downgrade downgradeTarget(int[] current, String target, boolean clamp) {
        Matcher m = RELATIVE.matcher(target);
        if (!m.matches()) {
            Split s = Split.last(target);
            return new Downgrade(s.label(), revision(s.symbol()));
        }
        String branch = m.group(1);
        String symbol = m.group(2);
        int relative = Integer.parseInt(m.group(3));
        if (relative >= 0) {
            if (symbol == null) {
                throw new RelativeTargetError(target, RelativeTargetError.Reason.WRONG_WAY, List.of(), relative == 0
                        ? "a step of 0 moves nothing: use -1 (or more) to downgrade, or 'current' to see where it is"
                        : "a downgrade goes down: use -" + relative + " or upgrade " + target);
            }
            int rev = walk(revision(symbol), relative, branch, target, clamp);
            if (rev == OVERWALK) {
                throw tooFar(target);
            }
            return new Downgrade(branch, rev < 0 ? START : rev);
        }
        boolean fromCurrent = symbol == null;
        if (fromCurrent) {
            if (branch != null) {
                int[] anchor = {branchNode(branch)};
                int[] onBranch = filterLineage(current, anchor, false);
                if (onBranch.length == 0) {
                    onBranch = filterLineage(branchTips(current), anchor, false);
                }
                if (onBranch.length != 1) {
                    throw new RelativeTargetError(target, RelativeTargetError.Reason.AMBIGUOUS, ids(onBranch),
                            "no single applied revision on branch '" + branch + "'; give a revision id");
                }
                symbol = g.id(onBranch[0]);
            } else {
                if (current.length == 0) {
                    throw new RelativeTargetError(target, RelativeTargetError.Reason.TOO_FAR, List.of(),
                            "nothing is applied");
                }
                if (current.length > 1) {
                    throw new RelativeTargetError(target, RelativeTargetError.Reason.AMBIGUOUS, ids(current),
                            "several heads are applied; use '<label>@" + target + "' or '<id>" + target + "'");
                }
                symbol = g.id(current[0]);
                branch = symbol;
            }
        }
        int start = revision(branch == null ? symbol : branch + "@" + symbol);
        int rev = walk(start, relative, null, target, clamp);
        if (rev == OVERWALK) {
            throw fromCurrent ? new RelativeTargetError(target, RelativeTargetError.Reason.TOO_FAR, List.of(),
                    "fewer than " + Math.abs(relative) + " revisions are applied; use 'base'") : tooFar(target);
        }
        return new Downgrade(branch, rev < 0 ? START : rev);
    }

    /** The applied revisions (ancestors included) that have no applied Revises: child. */
    private int[] branchTips(int[] current) {
        BitSet active = g.ancestors(current, true);
        return active.stream().filter(n -> {
            for (int c : g.next[n]) {
                if (active.get(c)) {
                    return false;
                }
            }
            return true;
        }).toArray();
    }
}
