package org.dbmigrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17: db-manage across a fleet of tenant schemas found by discovery or listed in a targets
 * file, on PostgreSQL (the engine's fleet suite covers MariaDB databases; this shell is the same
 * for both). Runs in process through {@link DbManage#execute}.
 */
@Tag("postgresql")
class PostgresFleetCommandsTest {

    private static final String TENANT_PASSWORD = "Tenant#Pw_never_printed";

    @TempDir
    Path dir;

    private ServerTestDatabase database;
    private final List<CliRun> runs = new ArrayList<>();

    @BeforeEach
    void createTenants() throws Exception {
        database = ServerTestDatabase.postgres();
        MigrationsProject.write(dir, database);
        MigrationsProject.write(dir.resolve(MigrationsProject.CONFIG), """
                [database]
                url = %s
                user = %s
                password = ${DB_PASSWORD}

                [migrate]
                script_location = migrations
                lock_timeout = 1

                [targets]
                discover = schemas like 'tenant%%'

                [fleet]
                parallel = 2
                """.formatted(database.url(), database.user()));
        try (Connection c = database.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA tenant_1; CREATE SCHEMA tenant_2; CREATE SCHEMA tenant_3; CREATE SCHEMA tenant_4");
        }
    }

    @AfterEach
    void passwordsNeverPrinted() throws Exception {
        try {
            for (CliRun run : runs) {
                for (String secret : List.of(TestDatabase.PASSWORD, TENANT_PASSWORD)) {
                    assertFalse(run.out().contains(secret) || run.err().contains(secret), run::toString);
                }
            }
        } finally {
            database.close();
        }
    }

    private CliRun dbManage(String... args) {
        List<String> all = new ArrayList<>(List.of("--config-file", MigrationsProject.CONFIG));
        all.addAll(List.of(args));
        CliRun run = CliRun.of(DbManage.builder().workingDir(dir).terminal(false).systemProperties(Map.of())
                .environment(Map.of("DB_PASSWORD", TestDatabase.PASSWORD, "TENANT_USER", database.user(),
                        "TENANT_PASSWORD", TENANT_PASSWORD)), all.toArray(String[]::new));
        runs.add(run);
        return run;
    }

    private List<String> versions(String schema) throws Exception {
        try (Connection c = database.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT version_num FROM " + schema + ".migrate_version")) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
            return rows;
        }
    }

    // Scenario: issue 17; one broken tenant fails alone, the summary says so, the exit code is 1, a rerun finishes.
    @Test
    void upgradeAcrossDiscoveredSchemasThenRerunAfterTheFix() throws Exception {
        try (Connection c = database.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE tenant_3.orders (conflicting INT)");
        }
        CliRun first = dbManage("upgrade", "head");
        assertEquals(ExitCode.FAILED, first.exitCode(), first::toString);
        // each target's own summary line comes first (`tenant_1: Upgraded ...`), then the fleet's
        assertTrue(first.out().contains("upgrade on 4 targets: 3 done, 1 failed, in "), first::toString);
        assertTrue(first.out().contains("\n  1 at 002\n  3 at 004\n"), first::toString);
        assertTrue(first.out().contains("FAILED tenant_3: "), first::toString);
        assertTrue(first.err().contains("4 of 4 done, 1 failed"), first::toString);
        String lastLine = first.err().strip().lines().reduce((a, b) -> b).orElse("");
        assertTrue(lastLine.startsWith("FAILED: 1 of 4 targets failed"), first::toString);
        assertEquals(List.of("004"), versions("tenant_1"));
        assertEquals(List.of("002"), versions("tenant_3"));

        try (Connection c = database.connect(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE tenant_3.orders");
        }
        CliRun rerun = dbManage("upgrade", "head", "--parallel", "3");
        assertEquals(ExitCode.OK, rerun.exitCode(), rerun::toString);
        assertTrue(rerun.out().contains("upgrade on 4 targets: 4 done, 0 failed, in "), rerun::toString);
        assertTrue(rerun.out().contains("(parallel 3)\n  4 at 004\n"), rerun::toString);

        CliRun current = dbManage("current");
        assertEquals(ExitCode.OK, current.exitCode(), current::toString);
        assertTrue(current.out().startsWith("tenant_1: 004 (head)\ntenant_2: 004 (head)\n"), current::toString);

        CliRun json = dbManage("current", "--format", "json");
        assertEquals(1, json.out().lines().count(), json::toString);
        assertTrue(json.out().startsWith("{\"command\":\"current\",\"success\":true,\"total\":4,\"done\":4,"),
                json::toString);
        assertTrue(json.out().contains("\"atRevision\":{\"004\":4}"), json::toString);
    }

    // Scenario: issue 17 status across a fleet; the exit code is the worst target's: 0 all at head, 4 some
    // pending, 5 a version row without a file, 1 a target that cannot be read.
    @Test
    void statusExitsWithTheWorstTargetsCode() throws Exception {
        assertEquals(ExitCode.OK, dbManage("upgrade", "head").exitCode());
        CliRun clean = dbManage("status");
        assertEquals(ExitCode.OK, clean.exitCode(), clean::toString);
        assertTrue(clean.out().contains("tenant_2: Pending: none\n"), clean::toString);
        assertTrue(clean.out().contains("status on 4 targets: 4 done, 0 failed, in "), clean::toString);
        assertTrue(clean.out().contains("\n  4 at 004\n  4 up_to_date\n"), clean::toString);

        try (Connection c = database.connect(); Statement s = c.createStatement()) {
            s.execute("UPDATE tenant_2.migrate_version SET version_num = '002'");
        }
        CliRun pending = dbManage("status", "--format", "json");
        assertEquals(ExitCode.PENDING, pending.exitCode(), pending::toString);
        assertEquals(1, pending.out().lines().count(), pending::toString);
        assertTrue(pending.out().contains("{\"name\":\"tenant_2\",\"status\":\"done\",\"revisions\":[\"002\"],"
                + "\"state\":\"pending\","), pending::toString);

        try (Connection c = database.connect(); Statement s = c.createStatement()) {
            s.execute("UPDATE tenant_4.migrate_version SET version_num = '099'");
        }
        CliRun problem = dbManage("status");
        assertEquals(ExitCode.PROBLEM, problem.exitCode(), problem::toString);
        assertTrue(problem.out().contains("tenant_4: Missing files: 099"), problem::toString);
        assertTrue(problem.out().contains("  1 pending, 1 problem, 2 up_to_date\n"), problem::toString);

        try (Connection c = database.connect(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE tenant_3.migrate_version;"
                    + " CREATE VIEW tenant_3.migrate_version AS SELECT 1 / 0 AS version_num");
        }
        // a version table that cannot be read: the target fails alone
        CliRun failed = dbManage("status");
        assertEquals(ExitCode.FAILED, failed.exitCode(), failed::toString);
        assertTrue(failed.out().contains("FAILED tenant_3: "), failed::toString);
        assertTrue(failed.err().strip().endsWith("fix them and rerun: targets already done are left as they are"),
                failed::toString);
    }

    // Scenario: issue 17 --targets FILE; each line a URL with its own credentials from the environment.
    @Test
    void targetsFileWithCredentialsFromTheEnvironment() throws Exception {
        String base = database.url() + (database.url().contains("?") ? "&" : "?");
        MigrationsProject.write(dir.resolve("tenants.txt"), """
                # two tenants, credentials from the environment
                %scurrentSchema=tenant_1&user=${TENANT_USER}&password=${TENANT_PASSWORD}
                %scurrentSchema=tenant_2&user=${TENANT_USER}&password=${TENANT_PASSWORD}
                """.formatted(base, base));
        MigrationsProject.write(dir.resolve("plain.conf"), """
                [database]
                url = %s
                user = %s
                password = ${DB_PASSWORD}

                [migrate]
                script_location = migrations
                """.formatted(database.url(), database.user()));
        CliRun run = CliRun.of(DbManage.builder().workingDir(dir).terminal(false).systemProperties(Map.of())
                .environment(Map.of("DB_PASSWORD", TestDatabase.PASSWORD, "TENANT_USER", database.user(),
                        "TENANT_PASSWORD", TENANT_PASSWORD)),
                "--config-file", "plain.conf", "upgrade", "002", "--targets", "tenants.txt", "--format", "json");
        runs.add(run);
        assertEquals(ExitCode.OK, run.exitCode(), run::toString);
        assertTrue(run.out().contains("\"atRevision\":{\"002\":2}"), run::toString);
        assertTrue(run.out().contains("password=****"), run::toString);
        assertEquals(List.of("002"), versions("tenant_1"));
        assertEquals(List.of("002"), versions("tenant_2"));
    }

    // Scenario: issue 17 --sql; one script per tenant, each switching to its schema first.
    @Test
    void offlineSqlAcrossTheFleetWritesOneScriptPerTenant() {
        CliRun sql = dbManage("upgrade", "head", "--sql");
        assertEquals(ExitCode.OK, sql.exitCode(), sql::toString);
        assertTrue(sql.out().startsWith("-- Target: tenant_1\nSET search_path TO tenant_1;\n"), sql::toString);
        assertTrue(sql.out().contains("-- Target: tenant_4\nSET search_path TO tenant_4;\n"), sql::toString);
        assertEquals(4, sql.out().split("-- Running upgrade 003 -> 004", -1).length - 1, sql::toString);
        assertTrue(sql.err().contains("upgrade on 4 targets: 4 done, 0 failed"), sql::toString);
    }
}
