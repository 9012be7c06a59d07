package org.dbmigrate.runtime;

import java.io.Console;
import java.time.Duration;
import org.dbmigrate.graph.Step;

/**
 * Where the engine reports what it is doing. Commands print nothing: the CLI sends these to
 * standard error, the Maven plugin to its log, an application to its own logger.
 */
public interface MigrationListener {

    MigrationListener SILENT = new MigrationListener() {
    };

    /** An informational line, e.g. {@code Running upgrade 001 -> 002, Add users table}. */
    default void info(String line) {
    }

    /**
     * Which database a command works on, before it changes anything:
     * {@code Database: jdbc:postgresql://127.0.0.1:5432/shop (user shop)} (never a password). The
     * shells print it with their logs; an application's own logger may ignore it.
     */
    default void database(String line) {
    }

    /** Something the user should look at but that does not stop the run. */
    default void warn(String line) {
    }

    /**
     * Asked before a destructive command touches a database that is not local ({@code clean},
     * {@code stamp --purge}, {@code downgrade base} or of several revisions). The CLI asks on a
     * terminal, or answers yes for {@code --yes}; the default answer is no.
     */
    default boolean confirm(String question) {
        return false;
    }

    /**
     * How the shells' {@link #confirm} asks: {@code question [y/N]} on the terminal; yes only for
     * {@code y} or {@code yes} (any case), no for anything else, end of input or no terminal (null).
     */
    static boolean askOnTerminal(Console terminal, String question) {
        if (terminal == null) {
            return false;
        }
        String answer = terminal.readLine("%s [y/N] ", question);
        return answer != null && (answer.strip().equalsIgnoreCase("y") || answer.strip().equalsIgnoreCase("yes"));
    }

    /** Called before step {@code n} (1-based) of {@code total} runs; for progress displays. */
    default void stepStarting(int n, int total, Step step, Duration elapsed) {
    }
}
