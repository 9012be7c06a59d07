package org.dbmigrate.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dbmigrate.command.JsonResult;
import org.dbmigrate.command.SchemaDiffersError;
import org.dbmigrate.error.MigrationError;
import org.dbmigrate.fleet.FleetTasks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code check}: autogenerate without writing. Passes with "No new upgrade operations detected.";
 * otherwise prints each difference on its own line (standard output) and fails with exit code 1.
 */
@Command(name = "check", description = "Fail when the model ([autogenerate] model) and the database differ.")
final class CheckSubcommand extends DbManageSubcommand {

    @Option(names = "--classpath", paramLabel = "PATH", split = "${sys:path.separator}|,", splitSynopsisLabel = ":",
            description = "Folders and jars holding the JPA model's classes (model = jpa:...), separated by"
                    + " the platform's path separator or commas.")
    List<Path> classpath = new ArrayList<>();

    @Mixin
    OutputFormat format;

    @Mixin
    FleetOptions fleet;

    @Override
    public Integer call() {
        if (fleet.active()) {
            fleet.modelClasspath = classpath.stream().map(this::resolve).toList();
            return fleet.run("check", FleetTasks.check(), format.json(), false);
        }
        if (format.json()) {
            JsonResult json = migrator().withModelClasspath(classpath.stream().map(this::resolve).toList()).json()
                    .check();
            print(json);
            if (!json.success()) {
                throw new MigrationError("New upgrade operations detected (listed in the JSON on standard output)");
            }
            return ExitCode.OK;
        }
        try {
            return print(migrator().withModelClasspath(classpath.stream().map(this::resolve).toList()).check());
        } catch (SchemaDiffersError e) {
            e.differences().forEach(out()::println);
            out().flush();
            throw new MigrationError("New upgrade operations detected (" + e.differences().size() + ", listed on"
                    + " standard output); write them with 'revision --autogenerate -m MESSAGE'");
        }
    }
}
