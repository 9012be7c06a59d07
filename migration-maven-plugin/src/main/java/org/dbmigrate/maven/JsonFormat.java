package org.dbmigrate.maven;

import java.util.List;
import org.dbmigrate.command.CommandResult;
import org.dbmigrate.command.JsonResult;
import org.dbmigrate.error.MigrationError;

/**
 * {@code -Dformat=json} on the read-only goals: the JSON line goes to standard output as bare
 * text (as offline SQL does), so {@code mvn -q migrate:heads -Dformat=json} prints nothing else.
 */
final class JsonFormat {

    private JsonFormat() {
    }

    /** {@code text} (or nothing) and {@code json}; anything else is the user's mistake. */
    static boolean requested(String format) {
        if (format == null || format.isBlank() || format.equalsIgnoreCase("text")) {
            return false;
        }
        if (format.equalsIgnoreCase("json")) {
            return true;
        }
        throw new MigrationError("Unknown -Dformat=" + format + "; use text or json");
    }

    /** Prints the JSON line; a failed check prints its JSON and then fails the build. */
    static CommandResult print(JsonResult result) {
        System.out.println(result.json());
        System.out.flush();
        if (!result.success()) {
            throw new MigrationError("The model and the database differ (see the JSON differences above)");
        }
        return List::of;
    }
}
