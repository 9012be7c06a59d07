package org.dbmigrate.runtime;

import java.util.List;
import java.util.stream.Collectors;
import org.dbmigrate.error.MigrationError;
import org.dbmigrate.internal.runtime.RevisionScripts;
import org.dbmigrate.internal.script.RevisionScript;
import org.dbmigrate.internal.script.Section;
import org.dbmigrate.internal.script.SqlStatement;

/**
 * An earlier run started a revision whose statements commit one by one and did not finish it (the
 * process or the connection died, or a statement failed after others had taken effect). Running it
 * again could apply a statement twice, so nothing runs until {@code resolve} settles it.
 */
public final class UnfinishedRevisionError extends MigrationError {
    private static final long serialVersionUID = 1L;

    private final transient UnfinishedStep step;

    public UnfinishedRevisionError(UnfinishedStep step, RevisionScripts scripts, int others) {
        super(message(step, scripts, others));
        this.step = step;
    }

    public UnfinishedStep step() {
        return step;
    }

    private static String message(UnfinishedStep step, RevisionScripts scripts, int others) {
        RevisionScript script = scriptOrNull(step, scripts);
        String file = script == null ? "its file is gone" : scripts.displayName(script.file());
        return "revision " + step.revision() + " (" + step.direction() + ", " + file
                + ") was left unfinished by an earlier run started " + step.startedAt() + " by " + step.startedBy()
                + ": " + whatRan(step, script) + "; the version table was not moved for it. Nothing was run now"
                + (others > 0 ? " (" + others + " more revision(s) are marked unfinished too)" : "")
                + ". Check the database, then either finish the revision by hand and run 'resolve "
                + step.revision() + " --applied', or undo what took effect and run 'resolve " + step.revision()
                + " --not-applied' so that the next run starts it again from its first statement.";
    }

    /** Which statements took effect, which may have, which did not: as lines of the file when it is unchanged. */
    static String whatRan(UnfinishedStep step, RevisionScript script) {
        if (step.statementsTotal() < 0) {
            return "it is a Java revision, so any of its operations may have taken effect";
        }
        int done = step.statementsDone();
        int total = step.statementsTotal();
        List<Integer> lines = linesOf(step, script);
        if (lines == null) {
            return "statement(s) 1 to " + done + " of " + total + " took effect, statement " + (done + 1)
                    + " may or may not have, and the rest did not run (the file changed since, so lines are not"
                    + " named)";
        }
        String tookEffect = done == 0 ? "no statement is known to have taken effect"
                : "the statement(s) at line(s) " + join(lines.subList(0, done)) + " took effect";
        String maybe = done < total ? ", the one at line " + lines.get(done) + " may or may not have" : "";
        String notRun = done + 1 < total ? ", and those at line(s) " + join(lines.subList(done + 1, total))
                + " did not run" : "";
        return tookEffect + maybe + notRun;
    }

    private static List<Integer> linesOf(UnfinishedStep step, RevisionScript script) {
        if (script == null || script.checksum() == null || !script.checksum().equals(step.checksum())) {
            return null;
        }
        Section section = "downgrade".equals(step.direction()) ? script.downgrade().orElse(null) : script.upgrade();
        if (section == null || section.statements().size() != step.statementsTotal()) {
            return null;
        }
        return section.statements().stream().map(SqlStatement::line).toList();
    }

    private static RevisionScript scriptOrNull(UnfinishedStep step, RevisionScripts scripts) {
        try {
            return scripts.script(step.revision());
        } catch (MigrationError e) {
            return null;
        }
    }

    private static String join(List<Integer> lines) {
        return lines.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
