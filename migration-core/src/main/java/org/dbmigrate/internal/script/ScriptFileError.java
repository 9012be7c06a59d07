package org.dbmigrate.internal.script;

import org.dbmigrate.error.MigrationError;

/**
 * A revision file (or template) that cannot be used as written. The message is one line:
 * {@code versions/002_add_users.sql:14: <problem>; <fix>}.
 *
 * @see #file() the file as shown to the user (relative to the script location when possible)
 */
public final class ScriptFileError extends MigrationError {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final String problem;
    private final String fix;

    /**
     * @param file    the file as the user should see it
     * @param line    1-based line, or 0 when the problem is the file as a whole
     * @param problem what is wrong
     * @param fix     what to do about it
     */
    public ScriptFileError(String file, int line, String problem, String fix) {
        super(format(file, line, problem, fix));
        this.file = file;
        this.line = line;
        this.problem = problem;
        this.fix = fix;
    }

    private static String format(String file, int line, String problem, String fix) {
        return file + (line > 0 ? ":" + line : "") + ": " + problem + "; " + fix;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public String problem() {
        return problem;
    }

    public String fix() {
        return fix;
    }
}
