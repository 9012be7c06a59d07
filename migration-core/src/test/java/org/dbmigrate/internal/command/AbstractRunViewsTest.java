package org.dbmigrate.internal.command;

import org.dbmigrate.command.CommandResult;
import org.dbmigrate.command.DowngradeCommand;
import org.dbmigrate.command.LogCommand;
import org.dbmigrate.command.PopulateCommand;
import org.dbmigrate.command.StampCommand;
import org.dbmigrate.command.StatusCommand;
import org.dbmigrate.command.UpgradeCommand;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.dbmigrate.Migrator;
import org.dbmigrate.error.Flag;
import org.dbmigrate.error.FlagVocabulary;
import org.dbmigrate.error.MigrationError;
import org.dbmigrate.internal.command.json.JsonViews;
import org.dbmigrate.internal.command.json.RunJson;
import org.dbmigrate.internal.runtime.RuntimeTestConfig;
import org.dbmigrate.runtime.MigrationListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: the summary line of upgrade, downgrade, stamp and populate, the Database line, the JSON
 * of a run, and the status and log views. One thin subclass per database.
 */
abstract class AbstractRunViewsTest extends DatabaseCommandTest {

    private static final String SECONDS = "\\d+\\.\\d s";

    AbstractRunViewsTest() {
        super("views");
    }
    final List<String> databaseLines = new ArrayList<>();

    @BeforeEach
    void addRevisions() throws Exception {
        files.add("001", "", "Create a", "CREATE TABLE a (id INT PRIMARY KEY);", "DROP TABLE a;");
        files.add("002", "001", "Create b", "CREATE TABLE b (id INT PRIMARY KEY);", "DROP TABLE b;");
        files.add("003", "002", "Create c", "CREATE TABLE c (id INT PRIMARY KEY);", "DROP TABLE c;");
    }

    Migrator migrator() {
        return migrator(Clock.systemUTC());
    }

    Migrator migrator(Clock clock) {
        MigrationListener listener = new MigrationListener() {
            @Override
            public void database(String line) {
                databaseLines.add(line);
            }
        };
        return Migrator.create(new CommandContext(RuntimeTestConfig.of(db, dir), db.connections(), listener, clock));
    }

    static void assertSummary(String pattern, CommandResult result) {
        assertEquals(1, result.lines().size(), result.lines()::toString);
        assertTrue(result.lines().get(0).matches(pattern), () -> result.lines().get(0) + " !~ " + pattern);
    }

    @Test
    void upgradeDowngradeAndStampEndWithOneSummaryLine() {
        assertSummary("Upgraded <base> -> 002: 2 revisions in " + SECONDS, migrator().upgrade("+2"));
        assertSummary("Upgraded 002 -> 003: 1 revision in " + SECONDS, migrator().upgrade("head"));
        assertSummary("Already at head 003", migrator().upgrade("head"));
        assertSummary("Downgraded 003 -> 001: 2 revisions in " + SECONDS,
                migrator().downgrade(new DowngradeCommand.Options("001", null, false, null)));
        assertSummary("Already at 001", migrator().downgrade(new DowngradeCommand.Options("001", null, false, null)));
        assertSummary("Stamped 001 -> 003", migrator().stamp(new StampCommand.Options(List.of("head"), false, false,
                null)));
        assertSummary("Stamped 003 -> 001", migrator().stamp(new StampCommand.Options(List.of("001"), false, false,
                null)));
        assertSummary("Downgraded 001 -> <base>: 1 revision in " + SECONDS,
                migrator().downgrade(new DowngradeCommand.Options("base", null, false, null)));
    }

    @Test
    void everyMutatingCommandNamesItsDatabaseWithoutPassword() throws Exception {
        migrator().upgrade("head");
        migrator().stamp(new StampCommand.Options(List.of("002"), false, false, null));
        Files.createDirectories(dir.resolve("populate"));
        migrator().populate(new PopulateCommand.Options(false));
        assertEquals(3, databaseLines.size(), databaseLines::toString);
        String expected = databaseLines.get(0);
        assertTrue(expected.startsWith("Database: jdbc:") && expected.contains(" (user "), expected);
        assertTrue(expected.contains(db.name()) || expected.contains(db.name().toUpperCase()), expected);
        databaseLines.forEach(line -> assertEquals(expected, line));
    }

    @Test
    void offlineSummarySaysNothingRan() {
        StringBuilder sql = new StringBuilder();
        assertSummary("Wrote SQL for upgrade <base> -> 003: 3 revisions \\(nothing ran\\)",
                migrator().upgrade(new UpgradeCommand.Options("head", null, true, sql, false)));
        assertSummary("Wrote SQL for stamp <base> -> 002 \\(nothing ran\\)",
                migrator().stamp(new StampCommand.Options(List.of("002"), false, true, sql)));
        assertTrue(databaseLines.isEmpty(), "offline runs open no database");
    }

    @Test
    void populateSummaryCountsRunAndUnchangedScripts() throws Exception {
        migrator().upgrade("head");
        Path populate = Files.createDirectories(dir.resolve("populate"));
        assertSummary("Nothing to populate: no scripts", migrator().populate(new PopulateCommand.Options(false)));
        Files.writeString(populate.resolve("01_a.sql"), "DELETE FROM a;\nINSERT INTO a VALUES (1);\n");
        Files.writeString(populate.resolve("02_b.sql"), "DELETE FROM b;\nINSERT INTO b VALUES (1);\n");
        assertSummary("Populated 2 scripts in " + SECONDS, migrator().populate(new PopulateCommand.Options(false)));
        Files.writeString(populate.resolve("02_b.sql"), "DELETE FROM b;\nINSERT INTO b VALUES (2);\n");
        assertSummary("Populated 1 script in " + SECONDS + " \\(1 script unchanged\\)",
                migrator().populate(new PopulateCommand.Options(false)));
        assertSummary("Nothing to populate: 2 scripts unchanged",
                migrator().populate(new PopulateCommand.Options(false)));
    }

    @Test
    void runJsonListsTheStepsFromAndTo() {
        String json = RunJson.of(migrator().upgrade("+2").report()).json();
        assertTrue(json.matches("\\{\"command\":\"upgrade\",\"from\":\\[],\"to\":\\[\"002\"],\"steps\":\\["
                + "\\{\"revision\":\"001\",\"direction\":\"upgrade\",\"message\":\"Create a\",\"durationMs\":\\d+},"
                + "\\{\"revision\":\"002\",\"direction\":\"upgrade\",\"message\":\"Create b\",\"durationMs\":\\d+}],"
                + "\"durationMs\":\\d+,\"summary\":\"Upgraded <base> -> 002: 2 revisions in " + SECONDS + "\"}"), json);
        String stamp = RunJson.of(migrator().stamp(new StampCommand.Options(List.of("003"), false, false, null))
                .report()).json();
        assertTrue(stamp.startsWith("{\"command\":\"stamp\",\"from\":[\"002\"],\"to\":[\"003\"],\"steps\":[],"),
                stamp);
        MigrationError refused = assertThrows(MigrationError.class, () -> RunJson.refuseWithSql(true, true));
        assertEquals("--format json cannot be combined with --sql: standard output holds the SQL script; drop one"
                + " of them", refused.getMessage());
    }

    @Test
    void statusShowsPendingInRunOrderThenUpToDate() {
        StatusCommand.Result empty = migrator().status(new StatusCommand.Options());
        assertEquals(StatusCommand.State.PENDING, empty.state());
        assertEquals(List.of("Current: <base>", "Head: 003", "Pending: 3, in the order upgrade runs them",
                "   -> 001, Create a", "  001 -> 002, Create b", "  002 -> 003, Create c", "Missing files: none",
                "Changed files: none"), empty.lines());
        migrator().upgrade("+1");
        assertEquals("{\"current\":[\"001\"],\"heads\":[\"003\"],\"pending\":[{\"id\":\"002\",\"parents\":[\"001\"],"
                + "\"message\":\"Create b\"},{\"id\":\"003\",\"parents\":[\"002\"],\"message\":\"Create c\"}],"
                + "\"missing\":[],\"changed\":[],\"state\":\"pending\"}", new JsonViews(migrator().context()).status()
                        .json());
        migrator().upgrade("head");
        StatusCommand.Result done = migrator().status(new StatusCommand.Options());
        assertEquals(StatusCommand.State.UP_TO_DATE, done.state());
        assertEquals(List.of("Current: 003", "Head: 003", "Pending: none", "Missing files: none",
                "Changed files: none"), done.lines());
    }

    @Test
    void statusReportsChangedAndMissingFiles() throws Exception {
        migrator().upgrade("+2");
        files.add("002", "001", "Create b", "CREATE TABLE b (id INT PRIMARY KEY, x INT);", "DROP TABLE b;");
        StatusCommand.Result changed = migrator().status(new StatusCommand.Options());
        assertEquals(StatusCommand.State.PROBLEM, changed.state());
        assertEquals("Changed files: versions/002_create_b.sql (revision 002)", changed.lines().get(5));
        assertEquals("  002 -> 003, Create c", changed.lines().get(3));
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE migrate_version SET version_num = '099'");
        }
        StatusCommand.Result missing = migrator().status(new StatusCommand.Options());
        assertEquals(StatusCommand.State.PROBLEM, missing.state());
        assertEquals(List.of("Current: 099", "Head: 003", "Pending: unknown while a version row has no file",
                "Missing files: 099 (in the version table, no revision file defines it)", "Changed files: none"),
                missing.lines());
        assertTrue(new JsonViews(migrator().context()).status().json()
                .endsWith("\"pending\":[],\"missing\":[\"099\"],\"changed\":[],\"state\":\"problem\"}"));
    }

    @Test
    void logListsHistoryRowsNewestFirst() {
        Clock clock = Clock.fixed(Instant.parse("2026-12-01T10:04:17Z"), ZoneOffset.UTC);
        assertEquals(List.of(), migrator(clock).log(new LogCommand.Options(null)).lines());
        migrator(clock).upgrade("head");
        migrator(clock).downgrade(new DowngradeCommand.Options("-1", null, false, null));
        migrator(clock).stamp(new StampCommand.Options(List.of("003"), false, false, null));
        LogCommand.Result all = migrator(clock).log(new LogCommand.Options(null));
        assertEquals(List.of("003:stamp", "003:downgrade", "003:upgrade", "002:upgrade", "001:upgrade"),
                all.rows().stream().map(r -> r.revision() + ":" + r.direction()).toList());
        List<String> two = migrator(clock).log(new LogCommand.Options(2)).lines();
        assertEquals(3, two.size(), two::toString);
        assertTrue(two.get(0).matches("applied_at +direction +revision +applied_by +duration +success"), two.get(0));
        assertTrue(two.get(1).matches("2026-12-01 10:04:17 +stamp +003 +\\S+ +0 ms +yes"), two.get(1));
        assertTrue(two.get(2).matches("2026-12-01 10:04:17 +downgrade +003 +\\S+ +\\d+ ms +yes"), two.get(2));
        String json = new JsonViews(migrator(clock).context()).log(1).json();
        assertTrue(json.matches("\\{\"log\":\\[\\{\"revision\":\"003\",\"direction\":\"stamp\","
                + "\"appliedAt\":\"2026-12-01T10:04:17Z\",\"appliedBy\":\"[^\"]+\",\"durationMs\":0,"
                + "\"success\":true}]}"), json);
        MigrationError bad = assertThrows(MigrationError.class, () -> migrator().log(new LogCommand.Options(0)));
        assertEquals("log -n must be 1 or more, got 0", bad.getMessage());
        assertEquals("migrate:log -Dlimit must be 1 or more, got 0", bad.message(new FlagVocabulary() {
            @Override
            public String flag(Flag flag) {
                return flag == Flag.LIMIT ? "-Dlimit" : "?";
            }

            @Override
            public String command(String name) {
                return "migrate:" + name;
            }
        }));
    }
}
