package org.dbmigrate.internal.script;

import java.nio.file.Path;
import java.util.List;
import org.dbmigrate.Migrator;
import org.dbmigrate.command.CurrentCommand;
import org.dbmigrate.config.Location;
import org.dbmigrate.config.MigrateConfig;

/**
 * The application inside the Spring Boot jar that {@link ClasspathLocationBootJarTest} builds: it
 * upgrades the database {@code args[0]} from {@code classpath:db/migrations} and prints what it read.
 */
public final class BootJarMain {

    private BootJarMain() {
    }

    public static void main(String[] args) {
        MigrateConfig config = MigrateConfig.builder(Path.of(".")).url(args[0]).user("sa")
                .scriptSource(Location.classpath("db/migrations")).versionSources(List.of()).build();
        ScriptDirectory directory = ScriptDirectory.load(config);
        for (RevisionScript script : directory.scripts()) {
            System.out.println("file " + script.revision().id() + " " + script.checksum() + " "
                    + directory.displayName(script.file()));
        }
        Migrator migrator = Migrator.create(config);
        migrator.upgrade("head");
        migrator.current(new CurrentCommand.Options(false)).lines()
                .forEach(line -> System.out.println("current " + line));
    }
}
