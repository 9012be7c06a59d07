package org.dbmigrate.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.time.Duration;
import org.dbmigrate.graph.Step;
import org.dbmigrate.runtime.MigrationListener;

/**
 * Sends the engine's logs, warnings and progress to standard error, so standard output holds only
 * results (and offline SQL). On a terminal the progress is one line kept at the bottom and rewritten
 * in place (log lines scroll above it); when
 * standard error is piped or captured, each step gets a plain line. {@code --quiet} silences it all.
 */
final class StderrReporter implements MigrationListener {

    private final PrintWriter err;
    private final boolean quiet;
    private final boolean terminal;
    private final boolean yes;
    private String progress = "";

    StderrReporter(PrintWriter err, boolean quiet, boolean terminal) {
        this(err, quiet, terminal, false);
    }

    /** @param yes {@code --yes}: destructive commands on a database that is not local need no question */
    StderrReporter(PrintWriter err, boolean quiet, boolean terminal, boolean yes) {
        this.err = err;
        this.quiet = quiet;
        this.terminal = terminal;
        this.yes = yes;
    }

    /** {@code --yes} answers; else a terminal is asked (System.console()); without one the answer is no. */
    @Override
    public boolean confirm(String question) {
        if (yes) {
            return true;
        }
        Console console = terminal ? System.console() : null;
        if (console != null) {
            finish();
        }
        return MigrationListener.askOnTerminal(console, question);
    }

    @Override
    public void info(String line) {
        print(line);
    }

    @Override
    public void database(String line) {
        print(line);
    }

    @Override
    public void warn(String line) {
        print("WARNING: " + line);
    }

    @Override
    public void stepStarting(int n, int total, Step step, Duration elapsed) {
        if (quiet || total < 2) {
            return; // a single step needs no progress display
        }
        String text = "revision " + n + " of " + total + " (" + step.revision().id() + "), elapsed " + format(elapsed);
        if (terminal) {
            progress(text);
        } else {
            // Not flushed: the step's "Running ..." line follows at once and flushes both, one write
            // per revision instead of two (the two were 5% of a 1,000-revision upgrade's CPU).
            err.print(text + System.lineSeparator());
        }
    }

    /** A progress line: kept at the bottom of a terminal and rewritten, else printed as a plain line. */
    void progress(String text) {
        if (quiet) {
            return;
        }
        if (terminal) {
            clearProgress();
            progress = text;
            err.print(progress);
        } else {
            err.println(text);
        }
        err.flush();
    }

    /** Removes a progress line left on the terminal; called before other output and at the end. */
    void finish() {
        clearProgress();
        progress = "";
        err.flush();
    }

    private void print(String line) {
        if (quiet) {
            return;
        }
        clearProgress();
        err.println(line);
        err.print(progress); // the step is still running: keep its progress line at the bottom
        err.flush();
    }

    private void clearProgress() {
        if (!progress.isEmpty()) {
            err.print("\r" + " ".repeat(progress.length()) + "\r");
        }
    }

    /**
     * {@code 1.2 s}, {@code 1 min 05 s}. Concatenated, not {@code String.format}: this runs once per
     * revision, and the formatter's locale lookups were a third of the Java work of a revision's
     * loop (JFR, 1,000 revisions).
     */
    static String format(Duration elapsed) {
        long seconds = elapsed.toSeconds();
        if (seconds < 60) {
            return seconds + "." + elapsed.toMillisPart() / 100 + " s";
        }
        long rest = seconds % 60;
        return seconds / 60 + " min " + (rest < 10 ? "0" : "") + rest + " s";
    }
}
