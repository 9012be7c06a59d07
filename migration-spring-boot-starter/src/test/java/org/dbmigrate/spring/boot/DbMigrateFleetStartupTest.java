package org.dbmigrate.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Issue 17: an application migrates a fleet of tenant schemas at start-up, found by
 * {@code dbmigrate.targets.discover} or handed over as a {@link DbMigrateTargets} bean, in a fresh
 * PostgreSQL database of its own; a failed tenant stops start-up with the fleet's summary.
 */
@Tag("postgresql")
@Tag("heavy")
@ExtendWith(OutputCaptureExtension.class)
class DbMigrateFleetStartupTest {

    private static final String SERVER = System.getProperty("test.pg.url", "jdbc:postgresql://127.0.0.1:5432/postgres");
    private static final List<String> TENANTS = List.of("tenant_a", "tenant_b", "tenant_c", "tenant_d");

    private final String database = "dbm_boot_fleet_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private String url;

    @BeforeEach
    void createTenantSchemas() throws SQLException {
        admin("CREATE DATABASE " + database);
        url = SERVER.substring(0, SERVER.lastIndexOf('/') + 1) + database;
        try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement s = c.createStatement()) {
            for (String tenant : TENANTS) {
                s.execute("CREATE SCHEMA " + tenant);
            }
        }
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }

    private static void admin(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER, "postgres", ""); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withConfiguration(BootLine.autoConfigurations("DataSourceAutoConfiguration"))
                .withConfiguration(AutoConfigurations.of(DbMigrateAutoConfiguration.class))
                .withPropertyValues("spring.datasource.url=" + url, "spring.datasource.username=postgres");
    }

    private DataSource tenant(String schema) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(url);
        dataSource.setUser("postgres");
        dataSource.setCurrentSchema(schema);
        return dataSource;
    }

    // Scenario: issue 17 (starter); dbmigrate.targets.discover finds the tenant schemas, each is upgraded.
    @Test
    void discoveredTenantSchemasAreUpgradedAtStartup(CapturedOutput output) {
        runner().withPropertyValues("dbmigrate.targets.discover=schemas like 'tenant%'", "dbmigrate.targets.parallel=2")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    for (String tenant : TENANTS) {
                        assertThat(Db.column(tenant(tenant), "SELECT version_num FROM migrate_version"))
                                .containsExactly("002");
                        assertThat(Db.column(tenant(tenant), "SELECT revision FROM migrate_history ORDER BY id"))
                                .containsExactly("001", "002");
                    }
                    // the application's own schema is not a target
                    assertThat(Db.column(tenant("public"), "SELECT COUNT(*) FROM information_schema.tables"
                            + " WHERE table_schema = 'public'")).containsExactly("0");
                });
        assertThat(output).contains("dbmigrate: upgrade on 4 targets: 4 done, 0 failed, in ").contains("(parallel 2)")
                .contains("dbmigrate:   4 at 002").contains("[tenant_c] Running upgrade 001 -> 002, Add note created_at");
        // A second start finds every tenant at head; check-only passes then.
        runner().withPropertyValues("dbmigrate.targets.discover=schemas like 'tenant%'", "dbmigrate.check-only=true")
                .run(context -> assertThat(context).hasNotFailed());
        assertThat(output).contains("dbmigrate: status on 4 targets: 4 done, 0 failed, in ")
                .contains("dbmigrate:   4 up_to_date");
    }

    // Scenario: issue 17 (starter); the application's tenant DataSources, one broken: start-up stops with the
    // fleet's summary, the other tenants are upgraded.
    @Test
    void aBrokenTenantOfTheApplicationsDataSourcesStopsStartupWithTheSummary() {
        Db.execute(tenant("tenant_c"), "CREATE TABLE notes (conflicting INT)");
        Map<String, DataSource> tenants = new LinkedHashMap<>();
        TENANTS.forEach(t -> tenants.put(t, tenant(t)));
        runner().withBean(DbMigrateTargets.class, () -> () -> tenants).run(context -> {
            assertThat(context).hasFailed();
            Throwable failure = context.getStartupFailure();
            FailureAnalysis analysis = new DbMigrateFailureAnalyzer().analyze(failure);
            assertThat(analysis.getDescription()).startsWith("dbmigrate: upgrade on 4 targets: 3 done, 1 failed, in ")
                    .contains("  3 at 002").contains("  1 at base").contains("FAILED tenant_c: ");
            assertThat(analysis.getAction()).contains("Fix the failed targets");
        });
        for (String tenant : List.of("tenant_a", "tenant_b", "tenant_d")) {
            assertThat(Db.column(tenant(tenant), "SELECT version_num FROM migrate_version")).containsExactly("002");
        }
        assertThat(Db.column(tenant("tenant_c"), "SELECT COUNT(*) FROM migrate_version")).containsExactly("0");
    }

    // Scenario: issue 17 (starter); check-only across the fleet stops start-up naming the tenants behind.
    @Test
    void checkOnlyNamesTheTenantsWithPendingRevisions() {
        Map<String, DataSource> tenants = new LinkedHashMap<>();
        TENANTS.forEach(t -> tenants.put(t, tenant(t)));
        runner().withBean(DbMigrateTargets.class, () -> () -> Map.of("tenant_a", tenant("tenant_a")))
                .run(context -> assertThat(context).hasNotFailed());
        runner().withBean(DbMigrateTargets.class, () -> () -> tenants).withPropertyValues("dbmigrate.check-only=true")
                .run(context -> {
                    assertThat(context).hasFailed();
                    FailureAnalysis analysis = new DbMigrateFailureAnalyzer().analyze(context.getStartupFailure());
                    assertThat(analysis.getDescription()).isEqualTo("dbmigrate: 3 of 4 targets are not up to date"
                            + " (tenant_b, tenant_c, tenant_d: revisions pending, or files missing or changed) and"
                            + " dbmigrate.check-only=true");
                });
        assertThat(Db.column(tenant("tenant_b"), "SELECT COUNT(*) FROM information_schema.tables"
                + " WHERE table_schema = 'tenant_b'")).containsExactly("0");
    }
}
