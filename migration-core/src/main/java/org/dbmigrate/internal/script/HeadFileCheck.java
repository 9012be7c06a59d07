package org.dbmigrate.internal.script;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dbmigrate.error.Flag;
import org.dbmigrate.error.MigrationError;
import org.dbmigrate.error.Wording;

/**
 * The graph part of {@code check_migration}: one head, and {@code versions/HEAD} naming it. Two
 * branches that each add a revision on the same parent both change HEAD, so their merge conflicts
 * in version control; this check catches the cases a merge tool lets through.
 */
public final class HeadFileCheck {

    private HeadFileCheck() {
    }

    /** The {@code OK:} line, or a {@link MigrationError} naming the problem and the fix. */
    public static String check(ScriptDirectory directory) {
        List<String> heads = directory.graph().heads();
        String headFile = directory.displayName(directory.headFile());
        if (heads.size() > 1) {
            String files = heads.stream().map(id -> directory.displayName(directory.script(id).file()))
                    .collect(Collectors.joining(", "));
            throw new MigrationError(Wording.of("the revisions branch: " + heads.size() + " heads "
                    + String.join(", ", heads) + " (" + files + "); join them with '", Wording.command("merge"), " ",
                    Flag.REVISIONS.is("heads"), " ", Flag.MESSAGE.is("<message>"), "', or make one revise the other"));
        }
        Optional<String> written = directory.config().headFile() ? directory.readHead() : Optional.empty();
        if (heads.isEmpty()) {
            if (written.isPresent() && !written.get().isEmpty()) {
                throw new MigrationError(headFile + " names " + written.get() + " but there are no revisions;"
                        + " delete " + headFile + " or restore the revision files");
            }
            return "OK: no revisions yet";
        }
        String head = heads.get(0);
        if (!directory.config().headFile()) {
            return "OK: single head " + head + " (head_file = false, " + headFile + " not checked)";
        }
        if (written.isEmpty()) {
            throw new MigrationError(headFile + " is missing; run 'revision' to create new revisions (it keeps the file),"
                    + " or write the file with the single line " + head);
        }
        if (!written.get().equals(head)) {
            throw new MigrationError(headFile + " names " + (written.get().isEmpty() ? "nothing" : written.get())
                    + " but the head is " + head + "; write " + head + " into " + headFile);
        }
        return "OK: single head " + head + ", " + headFile + " is current";
    }
}
