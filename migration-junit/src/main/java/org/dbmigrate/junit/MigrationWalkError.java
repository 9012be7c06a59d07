package org.dbmigrate.junit;

/**
 * A walk found a problem: a step failed, a downgrade did not restore the schema, or a hook's
 * assertion failed (then it is the cause). An {@link AssertionError}, so JUnit reports a failed
 * test rather than an error.
 */
public final class MigrationWalkError extends AssertionError {
    private static final long serialVersionUID = 1L;

    private final String revision;
    private final String phase;

    MigrationWalkError(String revision, String phase, String problem, Throwable cause) {
        super("Migration walk, " + phase + " of revision " + revision + ": " + problem, cause);
        this.revision = revision;
        this.phase = phase;
    }

    /** The revision being upgraded, downgraded or hooked when the walk stopped. */
    public String revision() {
        return revision;
    }

    /** {@code upgrade}, {@code downgrade}, {@code snake downgrade}, {@code afterUpgrade hook} ... */
    public String phase() {
        return phase;
    }
}
