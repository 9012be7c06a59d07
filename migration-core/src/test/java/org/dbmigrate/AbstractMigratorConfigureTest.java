package org.dbmigrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.dbmigrate.command.CurrentCommand;
import org.dbmigrate.command.DowngradeCommand;
import org.dbmigrate.command.UpgradeCommand;
import org.dbmigrate.error.MigrationError;
import org.dbmigrate.internal.runtime.TestDatabase;
import org.dbmigrate.internal.script.RevisionFiles;
import org.dbmigrate.internal.script.TestJars;
import org.dbmigrate.runtime.MigrationListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SPEC section 10: {@code Migrator.configure()...load()} in a plain Java application, revisions in its jar. */
abstract class AbstractMigratorConfigureTest {

    @TempDir
    Path dir;

    abstract TestDatabase newDatabase(String what) throws Exception;

    abstract DataSource dataSource(TestDatabase db);

    /** Progress lines as a listener receives them. */
    static final class Lines implements MigrationListener {
        final List<String> lines = new ArrayList<>();

        @Override
        public void info(String line) {
            lines.add(line);
        }
    }

    @Test
    void upgradesFromTheApplicationJarAndSaysWhatItDid() throws Exception {
        Path classes = dir.resolve("classes");
        RevisionFiles.write(classes.resolve("db/migrations"), "001", "", "first");
        RevisionFiles.write(classes.resolve("db/migrations"), "002", "001", "second");
        Path jar = TestJars.pack(classes, dir.resolve("app.jar"));
        try (TestDatabase db = newDatabase("configure"); URLClassLoader app = TestJars.loader(jar)) {
            Lines progress = new Lines();
            Migrator migrator = Migrator.configure()
                    .dataSource(dataSource(db))
                    .locations("classpath:db/migrations")
                    .versionTable("app_version")
                    .historyTable("app_history")
                    .lockTimeout(Duration.ofMillis(1500))
                    .transactionPerMigration(false)
                    .downgradeEnabled(false)
                    .listener(progress)
                    .load();

            UpgradeCommand.Result result = inApplication(app, () -> migrator.upgrade("head"));

            assertEquals(Set.of(), result.from());
            assertEquals(Set.of("002"), result.to());
            assertEquals(List.of("001", "002"), result.steps().stream().map(s -> s.revision().id()).toList());
            assertTrue(result.summary().matches("Upgraded <base> -> 002: 2 revisions in \\d+\\.\\d s"),
                    result.summary());
            assertEquals(List.of("Running upgrade  -> 001, first", "Running upgrade 001 -> 002, second"),
                    progress.lines);
            assertEquals(List.of("002"), db.query("SELECT version_num FROM app_version"));
            assertEquals(List.of("001", "002"), db.query("SELECT revision FROM app_history ORDER BY id"));
            assertEquals(Duration.ofSeconds(2), migrator.context().config().lockTimeout());
            assertEquals(List.of("002"), inApplication(app, () -> migrator.current(CurrentCommand.Options.DEFAULT))
                    .heads());

            UpgradeCommand.Result again = inApplication(app, () -> migrator.upgrade("head"));
            assertTrue(again.steps().isEmpty());
            assertEquals("Already at head 002", again.summary());
            assertThrows(MigrationError.class,
                    () -> inApplication(app, () -> migrator.downgrade(DowngradeCommand.Options.to("base"))));
            assertEquals(List.of("002"), db.query("SELECT version_num FROM app_version"));
        }
    }

    /** Runs {@code action} as the application would: its jar's class loader as the context class loader. */
    private static <T> T inApplication(ClassLoader app, Supplier<T> action) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(app);
        try {
            return action.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @Test
    void theBuilderOverridesTheConfigFile() throws Exception {
        Path migrations = dir.resolve("migrations");
        RevisionFiles.write(migrations, "001", "", "first");
        Path file = Files.writeString(dir.resolve("app.conf"), "[database]\nurl = jdbc:h2:mem:never_used\n"
                + "[migrate]\nscript_location = migrations\nversion_table = from_file\nhistory_table = file_history\n");
        try (TestDatabase db = newDatabase("configfile")) {
            Migrator migrator = Migrator.configure()
                    .versionTable("from_builder")
                    .configFile(file)
                    .url(db.url())
                    .user(db.user())
                    .password(db.password())
                    .load();

            migrator.upgrade("head");

            assertEquals(List.of("001"), db.query("SELECT version_num FROM from_builder"));
            assertEquals(List.of("001"), db.query("SELECT revision FROM file_history"));
        }
    }
}
