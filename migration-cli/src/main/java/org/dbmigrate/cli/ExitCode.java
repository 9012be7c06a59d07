package org.dbmigrate.cli;

/** The exit codes of {@code db-manage}, for scripts that call it. */
public final class ExitCode {

    /** The command did what was asked. */
    public static final int OK = 0;

    /**
     * A user's mistake or a failed check (unknown target, several heads, a broken revision file, a
     * changed applied file, an unreachable database): one {@code FAILED: } line on standard error.
     */
    public static final int FAILED = 1;

    /** The command line itself is wrong (unknown option, missing argument): message and usage hint. */
    public static final int USAGE = 2;

    /** A bug in db-manage: the stack trace is printed; please report it. */
    public static final int BUG = 3;

    /** {@code status}: revisions are pending (nothing missing or changed). */
    public static final int PENDING = 4;

    /**
     * {@code status}: a version row names no revision file, or an applied file changed; upgrade
     * would refuse to run until it is settled.
     */
    public static final int PROBLEM = 5;

    private ExitCode() {
    }
}
