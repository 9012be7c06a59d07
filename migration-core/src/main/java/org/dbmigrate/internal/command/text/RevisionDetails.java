package org.dbmigrate.internal.command.text;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.dbmigrate.internal.script.ScriptDirectory;

/**
 * What verbose output shows beyond the graph: the revision's file and its header text.
 *
 * @param path       the file of a revision id, as {@code Path:} prints it
 * @param headerText the header comment lines of a revision id, without their {@code --}
 */
public record RevisionDetails(Function<String, String> path, Function<String, List<String>> headerText) {

    public static RevisionDetails of(ScriptDirectory directory) {
        return new RevisionDetails(id -> directory.script(id).file().toString(), id -> directory.header(id).text());
    }

    /** For tests and callers without files: a made-up path and the message as the only header line. */
    public static RevisionDetails of(Function<String, String> messages) {
        return new RevisionDetails(id -> Path.of(id + ".sql").toString(), id -> List.of(messages.apply(id)));
    }
}
