package org.dbmigrate.command;

import java.util.List;

/** What a command returns: data, plus the lines a shell prints on standard output (Alembic's text). */
public interface CommandResult {

    /** The result as Alembic would print it, one entry per line; empty when there is nothing to say. */
    List<String> lines();
}
