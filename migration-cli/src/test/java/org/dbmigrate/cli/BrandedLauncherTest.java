package org.dbmigrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.dbmigrate.cli.example.SaharaDbManage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 5: an application ships the same program as sahara-db-manage (name, default config, extra subcommand). */
class BrandedLauncherTest {

    @TempDir
    Path dir;

    private DbManage.Builder sahara() {
        return SaharaDbManage.launcher().workingDir(dir).environment(Map.of()).systemProperties(Map.of())
                .terminal(false);
    }

    @Test
    void helpShowsTheBrandedNameDefaultConfigAndExtraSubcommand() {
        CliRun run = CliRun.of(sahara(), "--help");
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().startsWith("Usage: sahara-db-manage "), run::toString);
        assertTrue(run.out().contains("Sahara database migrations."), run::toString);
        assertTrue(run.out().contains("database-info"), run::toString);
        assertTrue(run.out().contains("upgrade"), run::toString);
        assertTrue(run.out().contains("/etc/sahara/sahara.conf"), run::toString);
    }

    @Test
    void versionShowsTheApplicationAndTheEngine() {
        CliRun run = CliRun.of(sahara(), "--version");
        assertTrue(run.out().startsWith("sahara-db-manage 2026.1 (dbmigrate "), run::toString);
    }

    @Test
    void extraSubcommandUsesTheConfiguredDatabase() throws IOException {
        Path conf = Files.writeString(dir.resolve("sahara.conf"),
                "[DEFAULT]\nverbose = true\n[database]\nurl = jdbc:h2:mem:sahara_example\n");
        CliRun run = CliRun.of(sahara(), "--config-file", conf.toString(), "database-info", "--product-only");
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals("H2\n", run.out());
        assertEquals("", run.err()); // [DEFAULT] belongs to the application: no warning
    }

    @Test
    void defaultConfigFileIsUsedWhenPresent() throws IOException {
        Path conf = Files.writeString(dir.resolve("app.conf"), "[database]\nurl = jdbc:h2:mem:sahara_default\n");
        CliRun run = CliRun.of(sahara().defaultConfigFile(conf), "-v", "database-info", "--product-only");
        assertEquals("H2\n", run.out(), run::toString);
        assertTrue(run.err().contains("config files: " + conf), run::toString);
    }

    @Test
    void errorsCarryTheBrandedName() {
        CliRun run = CliRun.of(sahara(), "database-info", "--bogus");
        assertEquals(ExitCode.USAGE, run.exitCode());
        assertTrue(run.err().startsWith("sahara-db-manage database-info: Unknown option: '--bogus'"), run::toString);
    }

    @Test
    void unreachableDatabaseIsOneFailedLineWithoutThePassword() {
        CliRun run = CliRun.of(sahara().systemProperties(Map.of("migrate.password", "hunter2secret")),
                "--database-connection", "jdbc:postgresql://127.0.0.1:1/nowhere?password=hunter2secret",
                "database-info");
        assertEquals(ExitCode.FAILED, run.exitCode(), run::toString);
        assertTrue(run.err().startsWith("FAILED: database error: "), run::toString);
        assertEquals(1, run.err().lines().count(), run::toString);
        assertFalse(run.toString().contains("hunter2secret"), run::toString);
    }
}
