package org.dbmigrate.internal.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dbmigrate.graph.Direction;
import org.dbmigrate.graph.Plan;
import org.dbmigrate.graph.Step;
import org.dbmigrate.graph.VersionChange;
import org.dbmigrate.internal.dialect.Dialect;
import org.dbmigrate.internal.script.RevisionScript;
import org.dbmigrate.internal.script.Section;
import org.dbmigrate.internal.script.SqlStatement;
import org.dbmigrate.runtime.CallbackEvent;

/**
 * {@code --sql}: writes what a plan would run as a script for psql, the mysql client or H2's
 * RunScript (SPEC section 8). No connection is opened, and nothing but SQL reaches {@code out}.
 *
 * <p>Layout: the version table's CREATE when starting from base; per step a
 * {@code -- Running upgrade A -> B} comment, the statements, and the version-row change; each
 * step framed by {@code BEGIN;}/{@code COMMIT;} where DDL is transactional (the whole script once
 * with {@code transaction_per_migration = false}). A downgrade that ends at base drops the version
 * table, as Alembic's offline downgrade does.
 */
public final class OfflineScript {

    private final Dialect dialect;
    private final String versionTable;
    private final boolean transactionPerMigration;
    private final Appendable out;
    private Callbacks callbacks = Callbacks.none();

    public OfflineScript(Dialect dialect, String versionTable, boolean transactionPerMigration, Appendable out) {
        this.dialect = dialect;
        this.versionTable = versionTable;
        this.transactionPerMigration = transactionPerMigration;
        this.out = out;
    }

    /**
     * Also writes the SQL callbacks: {@code before_/after_<direction>} at the start and end,
     * {@code before_/after_each_<direction>} inside each step; error callbacks and Java callbacks are
     * left out (a script cannot know about a failure, and Java needs a connection).
     */
    public OfflineScript withCallbacks(Callbacks callbacks) {
        this.callbacks = callbacks;
        return this;
    }

    public void write(Plan plan, RevisionScripts scripts) {
        PlanRunner.checkTransactions(plan, scripts, dialect);
        writePrepared(plan, sections(plan, scripts));
    }

    /**
     * Every step's statements, Java revisions rendered with this dialect. Done before writing
     * anything, so that a revision that cannot be written offline leaves no half script behind.
     */
    private List<Section> sections(Plan plan, RevisionScripts scripts) {
        List<Section> sections = new ArrayList<>();
        for (Step step : plan.steps()) {
            RevisionScript script = scripts.script(step.revision().id());
            sections.add(script.java().isPresent()
                    ? JavaSteps.render(script.java().get(), step.direction(), dialect,
                            scripts.placeholders(step.revision().id()))
                    : step.direction() == Direction.UPGRADE ? script.upgrade() : script.downgrade().orElseThrow());
        }
        return sections;
    }

    private void writePrepared(Plan plan, List<Section> sections) {
        boolean fromBase = plan.fromHeads().isEmpty();
        boolean upgrade = plan.steps().isEmpty() || plan.steps().get(0).direction() == Direction.UPGRADE;
        if (fromBase && upgrade) {
            line(dialect.offlineStatement(dialect.createVersionTable(versionTable)));
            line("");
        }
        Direction direction = upgrade ? Direction.UPGRADE : Direction.DOWNGRADE;
        writeCallbacks(CallbackEvent.before(direction), null);
        boolean framed = dialect.transactionalDdl();
        boolean wholeRun = framed && !transactionPerMigration;
        if (wholeRun) {
            line(dialect.beginOffline());
            line("");
        }
        for (int i = 0; i < plan.steps().size(); i++) {
            Step step = plan.steps().get(i);
            Section section = sections.get(i);
            if (wholeRun && !section.transactional()) {
                // a no-transaction section (CREATE INDEX CONCURRENTLY) cannot run inside BEGIN
                line(dialect.commitOffline());
                line("");
                writeStep(step, section, false);
                line(dialect.beginOffline());
                line("");
            } else {
                writeStep(step, section, framed && !wholeRun);
            }
        }
        if (wholeRun) {
            line(dialect.commitOffline());
            line("");
        }
        if (!upgrade && plan.toHeads().isEmpty()) {
            line(dialect.offlineStatement("DROP TABLE " + versionTable));
            line("");
        }
        writeCallbacks(CallbackEvent.after(direction), null);
    }

    private void writeCallbacks(CallbackEvent event, String revisionId) {
        List<String> statements = callbacks.statements(event, revisionId);
        if (statements.isEmpty()) {
            return;
        }
        line("-- callback " + event.fileName());
        line("");
        for (String sql : statements) {
            line(dialect.offlineStatement(sql));
            line("");
        }
    }

    private void writeStep(Step step, Section section, boolean framed) {
        boolean inTransaction = framed && section.transactional();
        if (inTransaction) {
            line(dialect.beginOffline());
            line("");
        }
        line("-- Running " + step.direction().word() + " " + step.arrow());
        line("");
        writeCallbacks(CallbackEvent.beforeEach(step.direction()), step.revision().id());
        for (SqlStatement statement : section.statements()) {
            line(dialect.offlineStatement(statement.sql()));
            line("");
        }
        writeCallbacks(CallbackEvent.afterEach(step.direction()), step.revision().id());
        if (framed && !inTransaction) {
            line(dialect.beginOffline());
            line("");
        }
        writeChanges(step.versionChanges());
        if (framed) {
            line(dialect.commitOffline());
            line("");
        }
    }

    /** {@code stamp --sql}: the version-table changes alone. */
    public void writeStamp(Set<String> fromHeads, List<VersionChange> changes) {
        if (fromHeads.isEmpty()) {
            line(dialect.offlineStatement(dialect.createVersionTable(versionTable)));
            line("");
        }
        boolean framed = dialect.transactionalDdl();
        if (framed) {
            line(dialect.beginOffline());
            line("");
        }
        writeChanges(changes);
        if (framed) {
            line(dialect.commitOffline());
            line("");
        }
    }

    private void writeChanges(List<VersionChange> changes) {
        for (VersionChange change : changes) {
            line(dialect.offlineStatement(dialect.versionChangeLiteral(versionTable, change)));
            line("");
        }
    }

    private void line(String text) {
        try {
            out.append(text).append('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the SQL script", e);
        }
    }
}
