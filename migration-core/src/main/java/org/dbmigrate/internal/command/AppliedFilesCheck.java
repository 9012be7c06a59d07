package org.dbmigrate.internal.command;

import java.sql.SQLException;
import java.util.List;
import org.dbmigrate.internal.runtime.MigrationSession;
import org.dbmigrate.internal.runtime.RevisionScripts;
import org.dbmigrate.internal.script.ScriptDirectory;
import org.dbmigrate.runtime.DatabaseError;

/**
 * The part of {@code check-migration} that reads the database (SPEC section 7): an applied
 * revision whose file changed since it ran fails the check, naming the file and how to accept it.
 * Reads only: no lock, nothing created.
 */
public final class AppliedFilesCheck {

    private AppliedFilesCheck() {
    }

    /** Prints nothing when every applied file matches; throws {@code ChangedScriptsError} otherwise. */
    public static List<String> run(CommandContext context, ScriptDirectory directory) {
        try (MigrationSession session = MigrationSession.open(context.connections(), context.config(),
                context.listener(), context.clock())) {
            session.checksums().verify(session.heads(), directory.graph(), RevisionScripts.of(directory));
        } catch (SQLException e) {
            throw new DatabaseError(DatabaseError.firstLine(e), e);
        }
        return List.of();
    }
}
