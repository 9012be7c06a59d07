package org.dbmigrate.runtime;

import java.time.Instant;
import java.util.Objects;

/**
 * One row of {@code migrate_history}: one step that ran, or was attempted, or was stamped.
 *
 * @param revision   the revision id
 * @param direction  {@code upgrade}, {@code downgrade}, {@code stamp}, {@code create_schema}, or
 *                   {@code resolve-applied} / {@code resolve-undone} for a revision settled by hand with
 *                   {@code resolve}
 * @param checksum   the file's checksum when the step ran (null for a stamp that removed a version)
 * @param appliedAt  when the step finished
 * @param appliedBy  the database user (or the operating-system user when the driver names none)
 * @param durationMs how long the step's statements took
 * @param success    false for a step whose statement failed
 */
public record HistoryRow(String revision, String direction, String checksum, Instant appliedAt, String appliedBy,
        long durationMs, boolean success) {

    public static final String UPGRADE = "upgrade";
    public static final String DOWNGRADE = "downgrade";
    public static final String STAMP = "stamp";
    /** {@code resolve <rev> --applied}: an interrupted revision was finished by hand. */
    public static final String RESOLVE_APPLIED = "resolve-applied";
    /** {@code resolve <rev> --not-applied}: what an interrupted revision did was undone by hand. */
    public static final String RESOLVE_UNDONE = "resolve-undone";
    /** {@code create_schemas} created {@code default_schema}; the revision column holds {@code schema:<name>}. */
    public static final String CREATE_SCHEMA = "create_schema";
    public static final String SCHEMA_PREFIX = "schema:";

    public HistoryRow {
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(appliedAt, "appliedAt");
        Objects.requireNonNull(appliedBy, "appliedBy");
    }
}
