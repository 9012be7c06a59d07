package org.dbmigrate.runtime;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.dbmigrate.graph.VersionChange;

/**
 * A revision that a run started where statements commit one by one, and that is not known to have
 * finished: one row of the progress table.
 *
 * @param revision        the revision id
 * @param direction       {@code upgrade} or {@code downgrade}
 * @param checksum        the file's checksum when the step started
 * @param versionChanges  what the step would have done to the version table
 * @param statementsDone  statements known to have taken effect (the next one may have too);
 *                        -1 for a Java revision, whose operations are not counted
 * @param statementsTotal the section's statements (-1 for a Java revision)
 * @param startedAt       when the step started
 * @param startedBy       who ran it
 */
public record UnfinishedStep(String revision, String direction, String checksum, List<VersionChange> versionChanges,
        int statementsDone, int statementsTotal, Instant startedAt, String startedBy) {

    public UnfinishedStep {
        versionChanges = List.copyOf(versionChanges);
    }

    /** {@code insert 002;update 001 002;delete 003}: ids are letters, digits and _, so this is unambiguous. */
    public static String encode(List<VersionChange> changes) {
        List<String> parts = new ArrayList<>();
        for (VersionChange change : changes) {
            if (change instanceof VersionChange.Insert i) {
                parts.add("insert " + i.id());
            } else if (change instanceof VersionChange.Update u) {
                parts.add("update " + u.from() + " " + u.to());
            } else {
                parts.add("delete " + ((VersionChange.Delete) change).id());
            }
        }
        return String.join(";", parts);
    }

    public static List<VersionChange> decode(String text) {
        List<VersionChange> changes = new ArrayList<>();
        for (String part : text.split(";")) {
            String[] words = part.strip().split(" ");
            switch (words[0]) {
                case "insert" -> changes.add(new VersionChange.Insert(words[1]));
                case "update" -> changes.add(new VersionChange.Update(words[1], words[2]));
                case "delete" -> changes.add(new VersionChange.Delete(words[1]));
                default -> {
                    // an empty list encodes as ""; nothing else is ever written
                }
            }
        }
        return changes;
    }
}
