package org.dbmigrate.command;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.dbmigrate.runtime.RanStep;

/**
 * What an upgrade, downgrade or stamp did: where the database was and is, the steps that ran with
 * their durations, and the whole run's duration. {@link #summary()} is the one line the shells end
 * with; {@code --format json} writes the same facts.
 *
 * @param command  {@code upgrade}, {@code downgrade} or {@code stamp}
 * @param offline  true for {@code --sql}: nothing ran, a script was written
 * @param from     the version rows before, sorted (empty: base)
 * @param to       the version rows after, sorted
 * @param steps    the steps that ran, in order (empty for stamp and offline runs)
 * @param duration the whole command, from reading the files to the last commit
 * @param atHead   whether {@code to} is every head of the graph
 * @param revisionCount how many revisions the run moved over (offline: how many the script holds)
 */
public record RunReport(String command, boolean offline, List<String> from, List<String> to, List<RanStep> steps,
        Duration duration, boolean atHead, int revisionCount) {

    /** How {@code from} and {@code to} print when empty, as Alembic's {@code <base>}. */
    public static final String BASE = "<base>";

    public RunReport {
        Objects.requireNonNull(command, "command");
        from = sorted(from);
        to = sorted(to);
        steps = List.copyOf(steps);
        Objects.requireNonNull(duration, "duration");
    }

    /**
     * {@code Upgraded 001 -> 035: 34 revisions in 2.3 s}, {@code Downgraded 035 -> 030: 5 revisions
     * in 0.4 s}, {@code Stamped 030 -> 035}, {@code Already at head 035}, {@code Already at 030};
     * offline: {@code Wrote SQL for upgrade <base> -> 035: 35 revisions (nothing ran)}.
     */
    public String summary() {
        String arrow = heads(from) + " -> " + heads(to);
        if (offline) {
            return "Wrote SQL for " + command + " " + arrow
                    + (command.equals("stamp") ? "" : ": " + revisions(revisionCount)) + " (nothing ran)";
        }
        if (from.equals(to) && steps.isEmpty()) {
            return atHead ? "Already at " + (to.size() > 1 ? "heads " : "head ") + heads(to)
                    : "Already at " + heads(to);
        }
        return switch (command) {
            case "upgrade" -> "Upgraded " + arrow + ": " + revisions(revisionCount) + " in " + seconds(duration);
            case "downgrade" -> "Downgraded " + arrow + ": " + revisions(revisionCount) + " in " + seconds(duration);
            default -> "Stamped " + arrow;
        };
    }

    /** {@code 035}, {@code 035, 040}, or {@code <base>} when there is no version row. */
    public static String heads(Collection<String> heads) {
        return heads.isEmpty() ? BASE : String.join(", ", heads);
    }

    /** {@code 2.3 s} below a minute, {@code 2 min 05 s} above. */
    public static String seconds(Duration duration) {
        long s = duration.toSeconds();
        if (s < 60) {
            return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
        }
        return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
    }

    private static String revisions(int n) {
        return n + (n == 1 ? " revision" : " revisions");
    }

    private static List<String> sorted(Collection<String> heads) {
        return heads.stream().sorted().toList();
    }
}
