package org.dbmigrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dbmigrate.graph.Direction;
import org.dbmigrate.graph.Revision;
import org.dbmigrate.graph.Step;
import org.junit.jupiter.api.Test;

/** Issue 5: progress is one rewritten line on a terminal, plain lines when piped, nothing with --quiet. */
class StderrReporterTest {

    private static final Step STEP = new Step(new Revision("002", List.of("001"), Set.of(), List.of(), "Add users"),
            Direction.UPGRADE, List.of(), Set.of());

    private static String drive(boolean quiet, boolean terminal) {
        StringWriter text = new StringWriter();
        StderrReporter reporter = new StderrReporter(new PrintWriter(text), quiet, terminal);
        reporter.stepStarting(1, 2, STEP, Duration.ofMillis(1234));
        reporter.info("Running upgrade 001 -> 002, Add users");
        reporter.stepStarting(2, 2, STEP, Duration.ofSeconds(75));
        reporter.warn("file changed");
        reporter.finish();
        return text.toString();
    }

    @Test
    void pipedPrintsPlainLines() {
        assertEquals("revision 1 of 2 (002), elapsed 1.2 s\n"
                + "Running upgrade 001 -> 002, Add users\n"
                + "revision 2 of 2 (002), elapsed 1 min 15 s\n"
                + "WARNING: file changed\n", drive(false, false));
    }

    @Test
    void pipedStepLineLeavesWithItsRunningLineInOneFlush() {
        List<String> flushed = new ArrayList<>();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream() {
            @Override
            public void flush() { // a flush with nothing buffered writes nothing
                if (size() > 0) {
                    flushed.add(toString(StandardCharsets.UTF_8));
                    reset();
                }
            }
        };
        StderrReporter reporter = new StderrReporter(new PrintWriter(bytes, true), false, false);
        reporter.stepStarting(1, 2, STEP, Duration.ofMillis(1234));
        reporter.info("Running upgrade 001 -> 002, Add users");
        assertEquals(List.of("revision 1 of 2 (002), elapsed 1.2 s" + System.lineSeparator()
                + "Running upgrade 001 -> 002, Add users" + System.lineSeparator()), flushed);
    }

    @Test
    void terminalKeepsOneProgressLineBelowTheLogLines() {
        String first = "revision 1 of 2 (002), elapsed 1.2 s";
        String second = "revision 2 of 2 (002), elapsed 1 min 15 s";
        String clearFirst = "\r" + " ".repeat(first.length()) + "\r";
        String clearSecond = "\r" + " ".repeat(second.length()) + "\r";
        assertEquals(first + clearFirst + "Running upgrade 001 -> 002, Add users\n" + first
                + clearFirst + second
                + clearSecond + "WARNING: file changed\n" + second
                + clearSecond, drive(false, true));
    }

    @Test
    void elapsedTimesShowTenthsUnderAMinuteAndTwoDigitSecondsAfter() {
        assertEquals("0.0 s", StderrReporter.format(Duration.ofMillis(99)));
        assertEquals("59.9 s", StderrReporter.format(Duration.ofMillis(59_999)));
        assertEquals("1 min 00 s", StderrReporter.format(Duration.ofSeconds(60)));
        assertEquals("1 min 05 s", StderrReporter.format(Duration.ofSeconds(65)));
        assertEquals("120 min 59 s", StderrReporter.format(Duration.ofSeconds(7259)));
    }

    @Test
    void quietPrintsNothing() {
        assertEquals("", drive(true, true));
        assertEquals("", drive(true, false));
    }

    @Test
    void singleStepShowsNoProgress() {
        StringWriter text = new StringWriter();
        new StderrReporter(new PrintWriter(text), false, false).stepStarting(1, 1, STEP, Duration.ZERO);
        assertEquals("", text.toString());
    }
}
