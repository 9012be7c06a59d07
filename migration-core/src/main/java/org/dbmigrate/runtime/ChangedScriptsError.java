package org.dbmigrate.runtime;

import java.util.List;
import java.util.stream.Collectors;
import org.dbmigrate.error.Flag;
import org.dbmigrate.error.MigrationError;
import org.dbmigrate.error.Wording;

/** Applied revision files were edited after they ran; nothing has been run. */
public final class ChangedScriptsError extends MigrationError {
    private static final long serialVersionUID = 1L;

    private final transient List<ChangedScript> changed;

    public ChangedScriptsError(List<ChangedScript> changed) {
        super(message(changed));
        this.changed = List.copyOf(changed);
    }

    private static Wording message(List<ChangedScript> changed) {
        String files = changed.stream().map(c -> c.fileName() + " (revision " + c.revision() + ")")
                .collect(Collectors.joining(", "));
        return Wording.of(changed.size() == 1 ? "an applied revision file changed after it ran: "
                : "applied revision files changed after they ran: ", files, "; restore the file(s), or if the change"
                + " is intended rerun ", Wording.command("upgrade"), " with ", Flag.ACCEPT_CHANGED,
                " to record the new checksum(s)");
    }

    public List<ChangedScript> changed() {
        return changed;
    }
}
