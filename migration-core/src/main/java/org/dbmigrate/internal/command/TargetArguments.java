package org.dbmigrate.internal.command;

import java.util.Set;
import org.dbmigrate.error.Flag;
import org.dbmigrate.error.MigrationError;
import org.dbmigrate.error.Wording;
import org.dbmigrate.internal.graph.RevisionGraph;

/** The target arguments of upgrade and downgrade: {@code --delta N}, and {@code start:end} for {@code --sql}. */
public final class TargetArguments {

    private TargetArguments() {
    }

    /** {@code --delta N} is {@code +N}; without either, {@code head}. */
    public static String upgrade(String target, Integer delta) {
        checkNotBoth(target, delta, "upgrade");
        if (delta != null) {
            return "+" + positive(delta, "upgrade");
        }
        return target == null || target.isBlank() ? "head" : target.strip();
    }

    /** {@code --delta N} is {@code -N}; a downgrade has no default target. */
    public static String downgrade(String target, Integer delta) {
        checkNotBoth(target, delta, "downgrade");
        if (delta != null) {
            return "-" + positive(delta, "downgrade");
        }
        if (target == null || target.isBlank()) {
            throw new MigrationError(Wording.of("downgrade needs a target: a revision id, 'base', '-N', or ",
                    Flag.DELTA.is("N")));
        }
        return target.strip();
    }

    private static void checkNotBoth(String target, Integer delta, String command) {
        if (delta != null && target != null && !target.isBlank()) {
            throw new MigrationError(Wording.of(Wording.command(command), " takes a target or ", Flag.DELTA,
                    ", not both (got '" + target + "' and ", Flag.DELTA.is(String.valueOf(delta)), ")"));
        }
    }

    private static int positive(int delta, String command) {
        if (delta <= 0) {
            throw new MigrationError(Wording.of(Wording.command(command), " ", Flag.DELTA,
                    " must be a positive number of steps, got " + delta));
        }
        return delta;
    }

    /**
     * An offline range: {@code start:end} starts from the revisions {@code start} names ({@code base}
     * or empty for none); a bare target starts from base.
     */
    public record Range(Set<String> from, String to) {

        public static Range parse(String target, RevisionGraph graph) {
            int colon = target.indexOf(':');
            if (colon < 0) {
                return new Range(Set.of(), target);
            }
            String start = target.substring(0, colon).strip();
            String end = target.substring(colon + 1).strip();
            Set<String> from = start.isEmpty() || start.equals("base") ? Set.of() : graph.resolve(start, Set.of());
            return new Range(from, end.isEmpty() ? "head" : end);
        }
    }
}
