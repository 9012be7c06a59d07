package org.dbmigrate.fleet;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How one target fared.
 *
 * @param target    the target's name
 * @param status    done, failed, or not started (after a failure with fail-fast)
 * @param revisions the version rows afterwards; for a failed target as read after the failure, empty
 *                  when they could not be read (see {@code revisionsKnown})
 * @param revisionsKnown false when the target could not even be read
 * @param error     the failure in one line, else null
 * @param lines     the command's output lines for this target
 * @param took      time spent on this target
 * @param state     what a judging command found on a done target ({@link TargetTask.Report#state()}), else null
 */
public record TargetOutcome(String target, Status status, List<String> revisions, boolean revisionsKnown,
        String error, List<String> lines, Duration took, String state) {

    public enum Status { DONE, FAILED, NOT_STARTED }

    public TargetOutcome {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(status, "status");
        revisions = List.copyOf(revisions);
        lines = List.copyOf(lines);
    }

    /** An outcome without a state (every command but {@code status}, every failed or unstarted target). */
    public TargetOutcome(String target, Status status, List<String> revisions, boolean revisionsKnown,
            String error, List<String> lines, Duration took) {
        this(target, status, revisions, revisionsKnown, error, lines, took, null);
    }

    /** {@code 020}, {@code 010, 020} for several heads, {@code base} without a version, {@code unknown}. */
    public String revisionText() {
        if (!revisionsKnown) {
            return "unknown";
        }
        return revisions.isEmpty() ? "base" : String.join(", ", revisions.stream().sorted().toList());
    }
}
