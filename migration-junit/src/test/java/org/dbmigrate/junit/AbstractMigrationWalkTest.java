package org.dbmigrate.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.dbmigrate.Migrator;
import org.dbmigrate.config.MigrateConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8: the JUnit kit on each database. The project: 001 accounts, 002 adds email, then two
 * branches (003 invoices labelled billing, 004 audit) merged by 005.
 */
abstract class AbstractMigrationWalkTest {

    @TempDir
    Path dir;

    /** A fresh, empty database for the running test. */
    abstract DataSource dataSource();

    abstract String url();

    @BeforeEach
    void project() throws IOException {
        revision("001", "", "Create accounts", "CREATE TABLE accounts (id INT PRIMARY KEY, name VARCHAR(50));",
                "DROP TABLE accounts;");
        revision("002", "001", "Add email", "ALTER TABLE accounts ADD email VARCHAR(100);",
                "ALTER TABLE accounts DROP COLUMN email;");
        revision("003", "002", "Add invoices", "CREATE TABLE invoices (id INT PRIMARY KEY, amount INT);",
                "DROP TABLE invoices;", "-- Branch Labels: billing\n");
        revision("004", "002", "Add audit", "CREATE TABLE audit (id INT PRIMARY KEY, what VARCHAR(80));",
                "DROP TABLE audit;");
        revision("005", "003, 004", "Merge billing and audit", "UPDATE accounts SET email = 'none' WHERE email IS NULL;",
                "");
    }

    MigrateConfig config() {
        return MigrateConfig.builder(dir).url(url()).build();
    }

    @Test
    void snakeWalkGoesUpDownUpAtEachRevisionInUpgradeOrderThenToBase() throws SQLException {
        List<WalkStep> done = MigrationWalk.of(config(), dataSource()).run();
        List<String> ups = done.stream().filter(s -> s.action().equals("upgrade")).map(WalkStep::revision).toList();
        assertEquals("001", ups.get(0));
        assertEquals("002", ups.get(1));
        assertEquals(List.of("003", "004"), ups.subList(2, 4).stream().sorted().toList());
        assertEquals("005", ups.get(4));
        assertEquals(List.of("upgrade 001", "snake downgrade 001", "upgrade again 001", "upgrade 002"),
                done.subList(0, 4).stream().map(WalkStep::toString).toList());
        assertEquals("downgrade 001", done.get(done.size() - 1).toString());
        assertEquals(5, done.stream().filter(s -> s.action().equals("downgrade")).count());
        assertEquals(List.of(), tables(), "down to base leaves no table of the project");
    }

    @Test
    void hooksSeedBeforeAndAssertAfterTheirRevision() throws SQLException {
        List<String> seen = new ArrayList<>();
        MigrationWalk.of(config(), dataSource())
                .beforeUpgrade("005", c -> execute(c, "INSERT INTO accounts (id, name) VALUES (1, 'ann')"))
                .afterUpgrade("005", c -> {
                    assertEquals("none", single(c, "SELECT email FROM accounts WHERE id = 1"));
                    seen.add("after 005");
                })
                .afterUpgrade("003", c -> seen.add("after 003: " + tables(c).contains("invoices")))
                .afterDowngrade("003", c -> seen.add("after down 003: " + tables(c).contains("invoices")))
                .run();
        // 003 goes down twice: in its snake step and on the walk to base
        assertEquals(List.of("after 003: true", "after down 003: false", "after 005", "after down 003: false"),
                seen);
    }

    @Test
    void brokenDowngradeIsCaughtBySnakeWalkAtItsRevision() throws IOException {
        // 002 forgets to drop the column it adds
        revision("002", "001", "Add email", "ALTER TABLE accounts ADD email VARCHAR(100);", "");
        MigrationWalkError failure = assertThrows(MigrationWalkError.class,
                () -> MigrationWalk.of(config(), dataSource()).run());
        assertEquals("002", failure.revision());
        assertEquals("snake downgrade", failure.phase());
        assertTrue(failure.getMessage().toLowerCase().contains("email"), failure.getMessage());
    }

    @Test
    void failingDowngradeStatementNamesRevisionAndPhase() throws IOException {
        revision("004", "002", "Add audit", "CREATE TABLE audit (id INT PRIMARY KEY, what VARCHAR(80));",
                "DROP TABLE no_such_table;");
        MigrationWalkError failure = assertThrows(MigrationWalkError.class,
                () -> MigrationWalk.of(config(), dataSource()).run());
        assertEquals("004", failure.revision());
        assertEquals("snake downgrade", failure.phase());
        assertTrue(failure.getMessage().toLowerCase().contains("no_such_table"), failure.getMessage());
    }

    @Test
    void failingHookAssertionSurfacesAsTheCause() {
        MigrationWalkError failure = assertThrows(MigrationWalkError.class,
                () -> MigrationWalk.of(config(), dataSource())
                        .afterUpgrade("003", c -> assertEquals(7, tables(c).size(), "tables after 003"))
                        .run());
        assertEquals("003", failure.revision());
        assertEquals("afterUpgrade hook", failure.phase());
        assertInstanceOf(AssertionError.class, failure.getCause());
        assertTrue(failure.getMessage().contains("tables after 003"), failure.getMessage());
    }

    @Test
    void hookOnAnUnknownRevisionIsRefusedRatherThanSilentlySkipped() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MigrationWalk.of(config(), dataSource()).afterUpgrade("03", c -> { }).run());
        assertTrue(e.getMessage().contains("'03'"), e.getMessage());
    }

    @Test
    void walkWithoutSnakeAndWithoutBaseLeavesTheDatabaseAtHeads() throws SQLException {
        List<WalkStep> done = MigrationWalk.of(config(), dataSource()).snake(false).downToBase(false).run();
        assertEquals(5, done.size());
        assertEquals(List.of("accounts", "audit", "invoices"), tables());
    }

    @Test
    void modelsInSyncPassesThenListsWhatTheMigrationsMiss() throws IOException {
        Path schema = Files.writeString(dir.resolve("schema.sql"), """
                CREATE TABLE accounts (id INT PRIMARY KEY, name VARCHAR(50), email VARCHAR(100));
                CREATE TABLE invoices (id INT PRIMARY KEY, amount INT);
                CREATE TABLE audit (id INT PRIMARY KEY, what VARCHAR(80));
                """);
        MigrateConfig inSync = config().toBuilder()
                .autogenerate(MigrateConfig.Autogenerate.DEFAULTS.withModel("schema:" + schema)).build();
        MigrationAssertions.assertModelsInSync(Migrator.create(inSync, dataSource()));

        Files.writeString(schema, Files.readString(schema) + "CREATE TABLE refunds (id INT PRIMARY KEY);\n");
        AssertionError e = assertThrows(AssertionError.class,
                () -> MigrationAssertions.assertModelsInSync(Migrator.create(inSync, dataSource())));
        assertTrue(e.getMessage().toLowerCase().contains("refunds"), e.getMessage());
    }

    private void revision(String id, String revises, String message, String upgrade, String downgrade)
            throws IOException {
        revision(id, revises, message, upgrade, downgrade, "");
    }

    private void revision(String id, String revises, String message, String upgrade, String downgrade, String extra)
            throws IOException {
        Path versions = Files.createDirectories(dir.resolve("migrations/versions"));
        Files.writeString(versions.resolve(id + "_" + message.toLowerCase().replace(' ', '_') + ".sql"),
                "-- " + message + "\n--\n-- Revision: " + id + "\n-- Revises: " + revises
                        + "\n-- Create Date: 2026-11-22 10:15:00\n" + extra
                        + "\n-- migrate:upgrade\n" + upgrade + "\n\n-- migrate:downgrade\n" + downgrade + "\n");
    }

    private List<String> tables() throws SQLException {
        try (Connection c = dataSource().getConnection()) {
            return tables(c);
        }
    }

    /** The project's tables, lower case and sorted; the engine's own left out. */
    static List<String> tables(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME").toLowerCase();
                if (!name.startsWith("migrate_")) {
                    names.add(name);
                }
            }
        }
        return names.stream().sorted().toList();
    }

    static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    static String single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertTrue(rs.next(), sql);
            return rs.getString(1);
        }
    }
}
