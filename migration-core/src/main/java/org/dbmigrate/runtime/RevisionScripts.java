package org.dbmigrate.runtime;

import org.dbmigrate.script.RevisionScript;

/** Where the runtime finds a revision's parsed file; {@code ScriptDirectory::script} in production. */
@FunctionalInterface
public interface RevisionScripts {

    RevisionScript script(String revisionId);
}
