package org.dbmigrate.runtime;

import java.time.Duration;
import java.util.Objects;
import org.dbmigrate.graph.Step;

/**
 * A step that ran and how long its statements and version change took (the summary and
 * {@code --format json} report it).
 */
public record RanStep(Step step, Duration duration) {

    public RanStep {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(duration, "duration");
    }
}
