package org.dbmigrate.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.dbmigrate.Migrator;
import org.dbmigrate.config.MigrateConfig;
import org.dbmigrate.error.MigrationError;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The auto-configuration in an ApplicationContextRunner on an in-memory H2 per test. The same
 * class runs on Spring Boot 3.5 (this module) and 4.0 ({@code boot4-tests}).
 */
@ExtendWith(OutputCaptureExtension.class)
class DbMigrateAutoConfigurationTest {

    private final String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(BootLine.autoConfigurations("DataSourceAutoConfiguration"))
            .withConfiguration(AutoConfigurations.of(
                    DbMigrateAutoConfiguration.class))
            .withPropertyValues("spring.datasource.url=" + url, "spring.datasource.username=sa");

    private DataSource database() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(url);
        h2.setUser("sa");
        return h2;
    }

    @Test
    void runsOnTheExpectedSpringBootLine() {
        assertThat(SpringBootVersion.getVersion()).startsWith(System.getProperty("expected.spring-boot.line", "3.5"));
    }

    @Test
    void upgradesToHeadsAtStartupAndLogsEachRevisionAndASummary(CapturedOutput output) {
        runner.run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(Migrator.class).hasSingleBean(DbMigrateInitializer.class);
            DataSource dataSource = context.getBean(DataSource.class);
            assertThat(Db.column(dataSource, "SELECT version_num FROM migrate_version")).containsExactly("002");
            assertThat(Db.column(dataSource, "SELECT revision FROM migrate_history ORDER BY id"))
                    .containsExactly("001", "002");
            assertThat(Db.tableExists(dataSource, "notes")).isTrue();
        });
        assertThat(output).contains("Running upgrade  -> 001, Create notes")
                .contains("Running upgrade 001 -> 002, Add note created_at")
                .contains("dbmigrate: upgraded 2 revisions from base to 002 in ");
    }

    @Test
    void aSecondStartFindsNothingToDo(CapturedOutput output) {
        runner.run(context -> assertThat(context).hasNotFailed());
        runner.run(context -> assertThat(context).hasNotFailed());
        assertThat(output).contains("dbmigrate: database at 002, nothing to upgrade");
        assertThat(Db.column(database(), "SELECT revision FROM migrate_history")).hasSize(2);
    }

    @Test
    void withoutADataSourceNothingIsConfigured() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(
                        DbMigrateAutoConfiguration.class))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(Migrator.class)
                        .doesNotHaveBean(DbMigrateInitializer.class));
    }

    /** Issue 20 point 3: autogenerate maps entities with the application's own physical naming. */
    @Test
    void autogenerateFollowsTheApplicationsNamingStrategy() {
        runner.run(context -> assertThat(context.getBean(Migrator.class).context().config().autogenerate().mapping()
                .namingStrategy()).isEqualTo("spring"));
        runner.withPropertyValues("spring.jpa.hibernate.naming.physical-strategy="
                + "org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl").run(context -> assertThat(
                context.getBean(Migrator.class).context().config().autogenerate().mapping().namingStrategy())
                .isEqualTo("hibernate"));
        runner.withPropertyValues("spring.jpa.hibernate.naming.physical-strategy=com.example.MyNaming",
                "spring.jpa.properties.hibernate.dialect.storage_engine=Aria").run(context -> {
                    MigrateConfig.Mapping mapping = context.getBean(Migrator.class).context().config().autogenerate()
                            .mapping();
                    assertThat(mapping.namingStrategy()).isEqualTo("com.example.MyNaming");
                    assertThat(mapping.mysqlEngine()).isEqualTo("Aria");
                });
    }

    @Test
    void disabledLeavesTheDatabaseAlone() {
        runner.withPropertyValues("dbmigrate.enabled=false").run(context -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(Migrator.class);
            assertThat(Db.tableExists(context.getBean(DataSource.class), "migrate_version")).isFalse();
        });
    }

    @Test
    void propertiesNameTheTablesTheLocationAndTheTarget() {
        runner.withPropertyValues("dbmigrate.version-table=app_version", "dbmigrate.history-table=app_history",
                "dbmigrate.locations=classpath:other/migrations", "dbmigrate.target=100",
                "dbmigrate.lock-timeout=5s", "dbmigrate.transaction-per-migration=false").run(context -> {
                    assertThat(context).hasNotFailed();
                    DataSource dataSource = context.getBean(DataSource.class);
                    assertThat(Db.column(dataSource, "SELECT version_num FROM app_version")).containsExactly("100");
                    assertThat(Db.column(dataSource, "SELECT revision FROM app_history")).containsExactly("100");
                    assertThat(Db.tableExists(dataSource, "migrate_version")).isFalse();
                    assertThat(Db.tableExists(dataSource, "labels")).isFalse();
                    DbMigrateProperties properties = context.getBean(DbMigrateProperties.class);
                    assertThat(properties.getLockTimeout()).hasSeconds(5);
                    assertThat(properties.isTransactionPerMigration()).isFalse();
                    assertThat(context.getBean(Migrator.class).context().config().lockTimeout()).hasSeconds(5);
                });
    }

    @Test
    void severalLocationsJoinOneGraph() {
        // other/migrations holds 100 <- 101; the second location adds db/migrations' revisions as a second branch
        runner.withPropertyValues("dbmigrate.locations=classpath:other/migrations,classpath:db/migrations/versions")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(Db.column(context.getBean(DataSource.class),
                            "SELECT version_num FROM migrate_version ORDER BY version_num"))
                            .containsExactly("002", "101");
                });
    }

    @Test
    void aMissingLocationStopsStartupNamingIt() {
        runner.withPropertyValues("dbmigrate.locations=classpath:nowhere/migrations").run(context -> {
            assertThat(context).hasFailed();
            DbMigrateStartupError e = startupException(context.getStartupFailure());
            assertThat(e.getMessage()).isEqualTo("dbmigrate.locations=classpath:nowhere/migrations does not exist");
        });
    }

    @Test
    void aSeparateMigrationConnectionMigratesThatDatabase() {
        String other = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        runner.withPropertyValues("dbmigrate.url=" + other, "dbmigrate.user=sa", "dbmigrate.password=").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(Db.tableExists(context.getBean(DataSource.class), "migrate_version")).isFalse();
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(other);
            h2.setUser("sa");
            assertThat(Db.column(h2, "SELECT version_num FROM migrate_version")).containsExactly("002");
        });
    }

    @Test
    void migratesBeforeJpaAndJdbcTemplateStart() {
        runner.withConfiguration(BootLine.autoConfigurations("HibernateJpaAutoConfiguration",
                "JdbcTemplateAutoConfiguration", "TransactionAutoConfiguration"))
                .withUserConfiguration(EntityPackage.class, ReadsNotesWhenCreated.class)
                // Hibernate checks the mapped table against the database when it starts: it must be there.
                .withPropertyValues("spring.jpa.hibernate.ddl-auto=validate")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(ReadsNotesWhenCreated.class).rows).isZero();
                    assertThat(context.getBeanFactory().getBeanDefinition("entityManagerFactory").getDependsOn())
                            .contains(DbMigrateInitializer.BEAN_NAME);
                    assertThat(context.getBeanFactory().getBeanDefinition("jdbcTemplate").getDependsOn())
                            .contains(DbMigrateInitializer.BEAN_NAME);
                });
    }

    @Test
    void aStrategyBeanReplacesTheDefault() {
        runner.withUserConfiguration(RecordingStrategy.class).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(RecordingStrategy.class).calls).hasSize(1);
            assertThat(Db.tableExists(context.getBean(DataSource.class), "migrate_version")).isFalse();
        });
    }

    @Test
    void aFailedRevisionStopsStartupWithTheEnginesLine() {
        runner.withPropertyValues("dbmigrate.locations=classpath:broken/migrations").run(context -> {
            assertThat(context).hasFailed();
            Throwable failure = context.getStartupFailure();
            DbMigrateStartupError e = startupException(failure);
            assertThat(e.getCause()).isInstanceOf(MigrationError.class);
            assertThat(e.getMessage()).isEqualTo(e.getCause().getMessage()).contains("001_broken.sql");
            FailureAnalysis analysis = new DbMigrateFailureAnalyzer().analyze(failure);
            assertThat(analysis.getDescription()).isEqualTo("dbmigrate: " + e.getMessage());
            assertThat(analysis.getAction()).contains("dbmigrate.enabled=false");
        });
    }

    @Test
    void checkOnlyStopsStartupWhenRevisionsArePending() {
        runner.withPropertyValues("dbmigrate.check-only=true").run(context -> {
            assertThat(context).hasFailed();
            assertThat(startupException(context.getStartupFailure()).getMessage())
                    .isEqualTo("2 revisions are pending (001, 002) and dbmigrate.check-only=true");
            assertThat(Db.tableExists(database(), "migrate_version")).isFalse();
        });
    }

    @Test
    void checkOnlyStartsWhenNothingIsPending(CapturedOutput output) {
        runner.run(context -> assertThat(context).hasNotFailed());
        runner.withPropertyValues("dbmigrate.check-only=true").run(context -> assertThat(context).hasNotFailed());
        assertThat(output).contains("dbmigrate: database at 002, nothing pending");
    }

    @Test
    void aDatabaseAheadOfTheApplicationStopsStartupWhenAsked() {
        runner.run(context -> assertThat(context).hasNotFailed());
        Db.execute(database(), "UPDATE migrate_version SET version_num = '003'");
        runner.withPropertyValues("dbmigrate.fail-when-ahead=true").run(context -> {
            assertThat(context).hasFailed();
            assertThat(startupException(context.getStartupFailure()).getMessage()).isEqualTo(
                    "the database is at 003, which no revision in classpath:db/migrations defines"
                            + " (a newer application migrated it)");
        });
    }

    @Test
    void aDatabaseAheadOfTheApplicationIsLeftAloneByDefault(CapturedOutput output) {
        runner.run(context -> assertThat(context).hasNotFailed());
        Db.execute(database(), "UPDATE migrate_version SET version_num = '003'");
        runner.run(context -> assertThat(context).hasNotFailed());
        assertThat(output).contains("the database is at 003, which no revision").contains("not migrating");
        assertThat(Db.column(database(), "SELECT version_num FROM migrate_version")).containsExactly("003");
    }

    @Test
    void theEndpointReportsCurrentHeadsPendingAndHistory() {
        runner.withConfiguration(BootLine.autoConfigurations("EndpointAutoConfiguration"))
                .withConfiguration(AutoConfigurations.of(
                        DbMigrateEndpointAutoConfiguration.class))
                .withPropertyValues("management.endpoints.web.exposure.include=dbmigrate", "dbmigrate.target=001")
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(DbMigrateEndpoint.class);
                    DbMigrateEndpoint.Report report = context.getBean(DbMigrateEndpoint.class).report();
                    assertThat(report.current()).containsExactly("001");
                    assertThat(report.heads()).containsExactly("002");
                    assertThat(report.pending()).containsExactly("002");
                    assertThat(report.unknown()).isEmpty();
                    assertThat(report.history()).extracting(DbMigrateEndpoint.Entry::revision).containsExactly("001");
                    assertThat(report.history().get(0).direction()).isEqualTo("upgrade");
                    assertThat(report.history().get(0).success()).isTrue();
                });
    }

    @Test
    void theEndpointIsOffUnlessExposed() {
        runner.withConfiguration(BootLine.autoConfigurations("EndpointAutoConfiguration"))
                .withConfiguration(AutoConfigurations.of(
                        DbMigrateEndpointAutoConfiguration.class))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(DbMigrateEndpoint.class));
    }

    private static DbMigrateStartupError startupException(Throwable failure) {
        Throwable t = failure;
        while (t != null && !(t instanceof DbMigrateStartupError)) {
            t = t.getCause();
        }
        assertThat(t).as("a DbMigrateStartupError in %s", NestedExceptionUtils.getMostSpecificCause(failure))
                .isNotNull();
        return (DbMigrateStartupError) t;
    }

    @Configuration(proxyBeanMethods = false)
    static class RecordingStrategy {
        final List<Migrator> calls = new ArrayList<>();

        @Bean
        DbMigrateStrategy recording() {
            return calls::add;
        }
    }

    /** A bean that reads the migrated table as soon as it is created: it must be created after the migration. */
    static class ReadsNotesWhenCreated {
        final int rows;

        ReadsNotesWhenCreated(JdbcTemplate jdbc) {
            rows = jdbc.queryForObject("SELECT COUNT(*) FROM notes", Integer.class);
        }
    }
}
