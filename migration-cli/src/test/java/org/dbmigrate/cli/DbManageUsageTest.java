package org.dbmigrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dbmigrate.error.MigrationError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Command;

/** Issue 5: db-manage's command line (help, usage errors, global options, config errors), in process. */
class DbManageUsageTest {

    @TempDir
    Path dir;

    private DbManage.Builder launcher() {
        return DbManage.builder().workingDir(dir).environment(Map.of()).systemProperties(Map.of()).terminal(false);
    }

    private CliRun run(String... args) {
        return CliRun.of(launcher(), args);
    }

    /** Prints what the subcommands see of the global options and the merged config. */
    @Command(name = "probe")
    static final class Probe extends DbManageSubcommand {
        @Override
        public Integer call() {
            out().println("verbose=" + globalOptions().verbose() + " quiet=" + globalOptions().quiet()
                    + " url=" + config().url() + " x=" + config().templateArgs()
                    + " scripts=" + config().scriptLocation());
            return ExitCode.OK;
        }
    }

    /** Fails the way a careless driver might: with the password in its message. */
    @Command(name = "leak")
    static final class Leak extends DbManageSubcommand {
        @picocli.CommandLine.Option(names = "--bug")
        boolean bug;

        @Override
        public Integer call() {
            String text = "cannot log in with " + config().password().reveal() + " at " + config().url();
            if (bug) {
                throw new IllegalStateException(text);
            }
            throw new MigrationError(text, new RuntimeException(text));
        }
    }

    @Test
    void userMistakeIsOneFailedLineAndExitOne() {
        CliRun run = CliRun.of(launcher().addSubcommand(new Leak()), "leak");
        assertEquals(ExitCode.FAILED, run.exitCode(), run::toString);
        assertEquals(1, run.err().lines().count(), run::toString);
    }

    @Test
    void bugIsAStackTraceAndExitThree() {
        CliRun run = CliRun.of(launcher().addSubcommand(new Leak()), "leak", "--bug");
        assertEquals(ExitCode.BUG, run.exitCode(), run::toString);
        assertTrue(run.err().startsWith("db-manage: unexpected error, a bug in dbmigrate"), run::toString);
        assertTrue(run.err().contains("\tat org.dbmigrate.cli."), run::toString);
    }

    @Test
    void passwordIsHiddenEvenWhenAnExceptionCarriesIt() {
        DbManage.Builder leaky = launcher().addSubcommand(new Leak())
                .systemProperties(Map.of("migrate.password", "hunter2secret",
                        "migrate.url", "jdbc:postgresql://h/db?password=hunter2secret"));
        for (String[] args : List.of(new String[] {"leak"}, new String[] {"--debug", "leak"},
                new String[] {"leak", "--bug"}, new String[] {"-v", "--debug", "leak", "--bug"})) {
            CliRun run = CliRun.of(leaky, args);
            assertFalse(run.toString().contains("hunter2secret"), run::toString);
            assertTrue(run.err().contains("cannot log in with ****"), run::toString);
        }
    }

    @Test
    void helpListsEverySubcommandOfSpecSection6() {
        CliRun run = run("--help");
        assertEquals(0, run.exitCode(), run::toString);
        for (String name : List.of("upgrade", "downgrade", "current", "history", "heads", "branches", "show",
                "stamp", "revision", "merge", "check_migration", "check", "populate")) {
            assertTrue(run.out().contains("  " + name), name + "\n" + run);
        }
        assertTrue(run.out().contains("--config-file"), run::toString);
    }

    @Test
    void everySubcommandHasHelp() {
        for (String name : List.of("upgrade", "downgrade", "current", "history", "heads", "branches", "show",
                "stamp", "revision", "merge", "check_migration", "check-migration", "check", "populate")) {
            CliRun run = run(name, "--help");
            assertEquals(0, run.exitCode(), run::toString);
            assertTrue(run.out().startsWith("Usage: db-manage "), run::toString);
            assertTrue(run.out().contains("--database-connection"), run::toString);
        }
    }

    @Test
    void versionNamesTheProgram() {
        CliRun run = run("--version");
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().startsWith("db-manage "), run::toString);
    }

    @Test
    void noSubcommandIsAUsageError() {
        CliRun run = run();
        assertEquals(ExitCode.USAGE, run.exitCode(), run::toString);
        assertTrue(run.err().contains("a command is required"), run::toString);
    }

    @Test
    void unknownOptionIsAUsageErrorWithAHint() {
        CliRun run = run("upgrade", "--sqll");
        assertEquals(ExitCode.USAGE, run.exitCode(), run::toString);
        assertTrue(run.err().startsWith("db-manage upgrade: Unknown option: '--sqll'"), run::toString);
        assertTrue(run.err().contains("Try 'db-manage upgrade --help' for more information."), run::toString);
        assertEquals("", run.out());
    }

    @Test
    void unknownSubcommandIsAUsageError() {
        CliRun run = run("upgrad");
        assertEquals(ExitCode.USAGE, run.exitCode(), run::toString);
        assertTrue(run.err().contains("upgrade"), run::toString); // suggested
    }

    @Test
    void missingArgumentIsAUsageError() {
        assertEquals(ExitCode.USAGE, run("stamp").exitCode());
        assertEquals(ExitCode.USAGE, run("upgrade", "--delta", "two").exitCode());
    }

    @Test
    void globalOptionsWorkBeforeAndAfterTheSubcommand() {
        CliRun before = CliRun.of(launcher().addSubcommand(new Probe()),
                "-v", "--database-connection", "jdbc:h2:mem:a", "-x", "k=v", "probe");
        assertEquals("verbose=true quiet=false url=jdbc:h2:mem:a x={k=v} scripts=" + dir.resolve("migrations") + "\n",
                before.out(), before::toString);
        CliRun after = CliRun.of(launcher().addSubcommand(new Probe()),
                "probe", "--verbose", "-q", "--database-connection=jdbc:h2:mem:b");
        assertTrue(after.out().startsWith("verbose=true quiet=true url=jdbc:h2:mem:b "), after::toString);
    }

    @Test
    void configFilesLaterWinsAndFlagBeatsThem() throws IOException {
        Path a = Files.writeString(dir.resolve("a.conf"), "[database]\nurl = jdbc:h2:mem:a\n[migrate]\nscript_location = m\n");
        Path b = Files.writeString(dir.resolve("b.conf"), "[database]\nurl = jdbc:h2:mem:b\n");
        CliRun files = CliRun.of(launcher().addSubcommand(new Probe()), "--config-file", "a.conf",
                "--config-file", b.toString(), "probe");
        assertTrue(files.out().startsWith("verbose=false quiet=false url=jdbc:h2:mem:b x={} scripts=" + dir.resolve("m")),
                files::toString);
        CliRun flag = CliRun.of(launcher().addSubcommand(new Probe()), "--config-file", a.toString(),
                "--database-connection", "jdbc:h2:mem:flag", "probe");
        assertTrue(flag.out().startsWith("verbose=false quiet=false url=jdbc:h2:mem:flag "), flag::toString);
    }

    @Test
    void migrateConfInTheWorkingDirIsTheDefaultConfigFile() throws IOException {
        Files.writeString(dir.resolve("migrate.conf"), "[database]\nurl = jdbc:h2:mem:default\n");
        CliRun run = CliRun.of(launcher().addSubcommand(new Probe()), "probe");
        assertTrue(run.out().contains("url=jdbc:h2:mem:default "), run::toString);
    }

    @Test
    void systemPropertyBeatsConfigFile() throws IOException {
        Files.writeString(dir.resolve("migrate.conf"), "[database]\nurl = jdbc:h2:mem:default\n");
        CliRun run = CliRun.of(launcher().systemProperties(Map.of("migrate.url", "jdbc:h2:mem:prop"))
                .addSubcommand(new Probe()), "probe");
        assertTrue(run.out().contains("url=jdbc:h2:mem:prop "), run::toString);
    }

    @Test
    void badConfigValueFailsWithOneLine() throws IOException {
        Path conf = Files.writeString(dir.resolve("app.conf"), "[migrate]\nrevision_id = foo\n");
        CliRun run = run("--config-file", conf.toString(), "heads");
        assertEquals(ExitCode.FAILED, run.exitCode(), run::toString);
        assertEquals("FAILED: " + conf + " line 2: [migrate] revision_id = 'foo' is not valid; use sequential or hex\n",
                run.err());
    }

    @Test
    void missingConfigFileFailsWithOneLine() {
        CliRun run = run("--config-file", "nope.conf", "heads");
        assertEquals(ExitCode.FAILED, run.exitCode(), run::toString);
        assertEquals("FAILED: config file " + dir.resolve("nope.conf") + " does not exist; check --config-file\n",
                run.err());
    }

    @Test
    void unsetEnvironmentVariableFailsNamingIt() throws IOException {
        Path conf = Files.writeString(dir.resolve("app.conf"), "[database]\npassword = ${DB_PASSWORD}\n");
        CliRun run = run("--config-file", conf.toString(), "current");
        assertEquals("FAILED: " + conf + " line 2: environment variable DB_PASSWORD is not set; set it or write "
                + "${DB_PASSWORD:-default}\n", run.err());
    }

    @Test
    void unknownConfigKeyWarnsOnStderrUnlessQuiet() throws IOException {
        Files.writeString(dir.resolve("migrate.conf"), "[migrate]\nscript_locaton = m\n");
        CliRun run = CliRun.of(launcher().addSubcommand(new Probe()), "probe");
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.err().startsWith("WARNING: " + dir.resolve("migrate.conf") + " line 2: unknown setting"),
                run::toString);
        assertEquals("", CliRun.of(launcher().addSubcommand(new Probe()), "-q", "probe").err());
    }
}
