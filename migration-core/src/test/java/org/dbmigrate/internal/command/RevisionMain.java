package org.dbmigrate.internal.command;

import java.nio.file.Path;
import java.util.List;
import org.dbmigrate.Migrator;
import org.dbmigrate.command.RevisionCommand;
import org.dbmigrate.error.MigrationError;
import org.dbmigrate.internal.script.TestConfigs;

/** A {@code revision -m} process for the file-safety tests. Arguments: script location, message, count. */
public final class RevisionMain {

    private RevisionMain() {
    }

    public static void main(String[] args) {
        Migrator migrator = Migrator.create(TestConfigs.at(Path.of(args[0])));
        try {
            for (int i = 0; i < Integer.parseInt(args[2]); i++) {
                migrator.revision(new RevisionCommand.Options(args[1] + " " + i, false, null, null, false,
                        List.of(), List.of(), null, null));
            }
        } catch (MigrationError e) {
            System.err.println("FAILED: " + e.getMessage());
            System.exit(1);
        }
    }
}
