package org.dbmigrate.command;

import java.util.Set;
import java.util.TreeSet;
import org.dbmigrate.error.MigrationError;

/** Autogenerate compares the model with the schema at head: a database elsewhere would give a wrong revision. */
public final class DatabaseNotAtHeadError extends MigrationError {
    private static final long serialVersionUID = 1L;

    private final Set<String> current;
    private final Set<String> heads;

    public DatabaseNotAtHeadError(Set<String> current, Set<String> heads) {
        super("Target database is not up to date: it is at " + shown(current) + " but head is " + shown(heads)
                + "; run 'upgrade head' first, then autogenerate");
        this.current = Set.copyOf(current);
        this.heads = Set.copyOf(heads);
    }

    public Set<String> current() {
        return current;
    }

    public Set<String> heads() {
        return heads;
    }

    private static String shown(Set<String> ids) {
        return ids.isEmpty() ? "base" : String.join(", ", new TreeSet<>(ids));
    }
}
