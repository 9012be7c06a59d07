package org.dbmigrate.command;

import org.dbmigrate.internal.command.CommandContext;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dbmigrate.config.MigrateConfig;
import org.dbmigrate.error.MigrationError;
import org.dbmigrate.internal.runtime.ConnectionSource;
import org.dbmigrate.internal.script.RevisionFiles;
import org.dbmigrate.internal.script.ScriptDirectory;
import org.dbmigrate.internal.script.TestConfigs;
import org.dbmigrate.runtime.MigrationListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SPEC section 6: {@code revision} writes a file from the template, picks the id and keeps versions/HEAD. */
class RevisionCommandTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:15:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    final List<String> warnings = new ArrayList<>();

    CommandContext context(MigrateConfig config) {
        MigrationListener listener = new MigrationListener() {
            @Override
            public void warn(String line) {
                warnings.add(line);
            }
        };
        return new CommandContext(config, ConnectionSource.of(config), listener, CLOCK);
    }

    RevisionCommand.Result revision(String message) {
        return revision(message, null, null, false, List.of(), List.of());
    }

    RevisionCommand.Result revision(String message, String revId, String head, boolean splice, List<String> labels,
            List<String> dependsOn) {
        return new RevisionCommand(context(TestConfigs.at(dir))).run(
                new RevisionCommand.Options(message, false, revId, head, splice, labels, dependsOn, null, null));
    }

    String head() throws IOException {
        return Files.readString(dir.resolve("versions/HEAD"));
    }

    @Test
    void firstRevisionIsABaseWithTheBuiltInTemplate() throws IOException {
        RevisionCommand.Result result = revision("Add users table");
        Path file = dir.resolve("versions/001_add_users_table.sql");
        assertEquals(file, result.file());
        assertEquals("001", result.id());
        assertEquals(List.of("Generating " + file.toAbsolutePath() + " ...  done"), result.lines());
        assertEquals("""
                -- Add users table
                --
                -- Revision: 001
                -- Revises:
                -- Create Date: 2026-11-22 10:15:00

                -- migrate:upgrade


                -- migrate:downgrade

                """, Files.readString(file));
        assertEquals("001\n", head());
    }

    @Test
    void nextRevisionRevisesTheHeadAndMovesHead() throws IOException {
        revision("one");
        RevisionCommand.Result second = revision("two");
        assertEquals("002", second.id());
        assertTrue(Files.readString(second.file()).contains("-- Revises: 001\n"));
        assertEquals("002\n", head());
        assertEquals(List.of("002"), ScriptDirectory.load(TestConfigs.at(dir)).graph().heads());
    }

    @Test
    void emptyMessageGivesAlembicsTextAndANameWithoutSlug() throws IOException {
        RevisionCommand.Result result = revision(null);
        assertEquals(dir.resolve("versions/001.sql"), result.file());
        assertTrue(Files.readString(result.file()).startsWith("-- empty message\n"));
    }

    @Test
    void multiLineMessageBecomesOneHeaderLine() throws IOException {
        RevisionCommand.Result result = revision("first line\nsecond  line");
        assertTrue(Files.readString(result.file()).startsWith("-- first line second line\n--\n"));
    }

    @Test
    void explicitRevIdAndItsChecks() {
        assertEquals("icehouse", revision("release", "icehouse", null, false, List.of(), List.of()).id());
        MigrationError taken = assertThrows(MigrationError.class,
                () -> revision("again", "icehouse", null, false, List.of(), List.of()));
        assertEquals("revision id 'icehouse' already exists; choose another --rev-id", taken.getMessage());
        // sequential numbering ignores a release name
        assertEquals("001", revision("next").id());
    }

    @Test
    void severalHeadsNeedHeadOrMerge() {
        revision("one");
        revision("other base", null, "base", false, List.of(), List.of());
        MigrationError e = assertThrows(MigrationError.class, () -> revision("three"));
        assertEquals("Multiple heads are present (001, 002); please specify the head revision on which the new revision"
                + " should be based (--head <id> or --head <label>@head), or perform a merge", e.getMessage());
        assertEquals("003", revision("three", null, "002", false, List.of(), List.of()).id());
    }

    @Test
    void headFileIsLeftAloneWithAWarningWhenTheRevisionsBranch() throws IOException {
        revision("one");
        revision("two");
        revision("new base", null, "base", false, List.of(), List.of());
        assertEquals("002\n", head());
        assertEquals(List.of("versions/HEAD not updated: there are 2 heads (002, 003); join them with"
                + " 'merge heads -m <message>'"), warnings);
    }

    @Test
    void nonHeadParentNeedsSplice() throws IOException {
        revision("one");
        revision("two");
        MigrationError e = assertThrows(MigrationError.class,
                () -> revision("side", null, "001", false, List.of(), List.of()));
        assertEquals("Revision 001 is not a head revision; please specify --splice to create a new branch from this"
                + " revision", e.getMessage());
        RevisionCommand.Result spliced = revision("side", null, "001", true, List.of(), List.of());
        assertTrue(Files.readString(spliced.file()).contains("-- Revises: 001\n"));
    }

    @Test
    void branchLabelAndLabelAtHead() throws IOException {
        revision("core", null, "base", false, List.of("core"), List.of());
        revision("audit", null, "base", false, List.of("audit"), List.of());
        RevisionCommand.Result next = revision("core two", null, "core@head", false, List.of(), List.of());
        String text = Files.readString(next.file());
        assertTrue(text.contains("-- Revises: 001\n"), text);
        MigrationError taken = assertThrows(MigrationError.class,
                () -> revision("dup", null, "base", false, List.of("core"), List.of()));
        assertEquals("branch label 'core' is already used by revision 001 (versions/001_core.sql); choose another label",
                taken.getMessage());
    }

    @Test
    void dependsOnKeepsLabelsAndCompletesPrefixes() throws IOException {
        revision("core", "aaaa1111", "base", false, List.of("core"), List.of());
        revision("audit", "bbbb2222", "base", false, List.of(), List.of());
        RevisionCommand.Result result = revision("uses both", null, "bbbb2222", false, List.of(),
                List.of("core, aaaa"));
        assertTrue(Files.readString(result.file()).contains("-- Depends On: core, aaaa1111\n"));
    }

    @Test
    void projectTemplateAndTemplateArgs() throws IOException {
        Files.writeString(dir.resolve("script.sql.vm"), """
                -- ${message}
                --
                -- Revision: ${id}
                -- Revises: ${down_revision}
                -- Create Date: ${createDate}
                -- Ticket: ${ticket}

                -- migrate:upgrade
                """);
        MigrateConfig config = TestConfigs.with(dir, MigrateConfig.RevisionIdStyle.SEQUENTIAL, true, Map.of("ticket", "DB-7"));
        RevisionCommand.Result result = new RevisionCommand(context(config)).run(
                new RevisionCommand.Options("x", false, null, null, false, List.of(), List.of(), null, null));
        assertTrue(Files.readString(result.file()).contains("-- Ticket: DB-7\n"));
    }

    @Test
    void templateThatDropsTheLabelsIsRejectedAndWritesNothing() throws IOException {
        Files.writeString(dir.resolve("script.sql.vm"),
                "-- ${message}\n-- Revision: ${id}\n-- Revises: ${down_revision}\n\n-- migrate:upgrade\n");
        MigrationError e = assertThrows(MigrationError.class,
                () -> revision("x", null, null, false, List.of("core"), List.of()));
        assertTrue(e.getMessage().startsWith("the template wrote Revision/Revises/Branch Labels/Depends On as"),
                e.getMessage());
        assertFalse(Files.exists(dir.resolve("versions/001_x.sql")));
    }

    @Test
    void downgradeDisabledLeavesTheSectionOut() throws IOException {
        MigrateConfig config = TestConfigs.with(dir, MigrateConfig.RevisionIdStyle.HEX, false, Map.of());
        RevisionCommand.Result result = new RevisionCommand(context(config)).run(
                new RevisionCommand.Options("x", false, null, null, false, List.of(), List.of(), null, null));
        assertTrue(result.id().matches("[0-9a-f]{12}"));
        assertFalse(Files.readString(result.file()).contains("downgrade"));
    }

    @Test
    void autogenerateWithoutAModelSaysHowToConfigureOne() {
        MigrationError e = assertThrows(MigrationError.class, () -> new RevisionCommand(context(TestConfigs.at(dir)))
                .run(new RevisionCommand.Options("x", true, null, null, false, List.of(), List.of(), null, null)));
        assertTrue(e.getMessage().startsWith("no model to compare with: set [autogenerate] model"), e.getMessage());
    }

    @Test
    void versionPathMustBeAVersionLocation() {
        MigrationError e = assertThrows(MigrationError.class, () -> new RevisionCommand(context(TestConfigs.at(dir)))
                .run(new RevisionCommand.Options("x", false, null, null, false, List.of(), List.of(),
                        dir.resolve("elsewhere"), null)));
        assertTrue(e.getMessage().startsWith("--version-path " + dir.resolve("elsewhere")
                + " is not one of the version locations"), e.getMessage());
        RevisionCommand.Result ok = new RevisionCommand(context(TestConfigs.at(dir))).run(new RevisionCommand.Options("x",
                false, null, null, false, List.of(), List.of(), dir.resolve("versions"), null));
        assertEquals(dir.resolve("versions/001_x.sql"), ok.file());
    }

    @Test
    void severalVersionLocationsUseTheParentsFolderOrNeedVersionPath() throws IOException {
        Path extra = dir.resolve("more_versions");
        Files.createDirectories(extra);
        MigrateConfig base = TestConfigs.at(dir);
        MigrateConfig config = new MigrateConfig(base.url(), base.user(), base.password(), dir,
                List.of(dir.resolve("versions"), extra), base.versionTable(), base.historyTable(),
                base.revisionIdStyle(), true, true, true, base.lockTimeout(), Map.of());
        CommandContext context = context(config);
        MigrationError none = assertThrows(MigrationError.class, () -> new RevisionCommand(context).run(
                new RevisionCommand.Options("x", false, null, null, false, List.of(), List.of(), null, null)));
        assertEquals("Multiple version locations present; please specify --version-path", none.getMessage());
        new RevisionCommand(context).run(new RevisionCommand.Options("one", false, null, null, false, List.of(),
                List.of(), extra, null));
        RevisionCommand.Result second = new RevisionCommand(context).run(
                new RevisionCommand.Options("two", false, null, null, false, List.of(), List.of(), null, null));
        assertEquals(extra.resolve("002_two.sql"), second.file());
    }

    @Test
    void brokenRevisionFileStopsRevisionWithItsLine() {
        RevisionFiles.write(dir, "001_a.sql", "-- a\n--\n-- Revision: 001\n-- Revises:\n\n-- migrate:upgrade\nSELECT $$;\n");
        MigrationError e = assertThrows(MigrationError.class, () -> revision("x"));
        assertTrue(e.getMessage().startsWith("versions/001_a.sql:7: unterminated dollar-quoted body $$"), e.getMessage());
    }
}
