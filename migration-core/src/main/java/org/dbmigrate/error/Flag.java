package org.dbmigrate.error;

/**
 * A command argument that a message can name. Messages hold the symbol, and each front end spells
 * it the way its users type it ({@link FlagVocabulary}): {@code --splice} in db-manage,
 * {@code -Dsplice} in Maven. {@link #TARGET} and {@link #REVISIONS} are positional in db-manage.
 */
public enum Flag {
    TARGET, REVISIONS, DELTA, SQL, FORMAT, ACCEPT_CHANGED, PURGE, FORCE, MESSAGE, AUTOGENERATE, SPLICE, HEAD, REV_ID,
    DEPENDS_ON, VERSION_PATH, CONFIG_FILE, LIMIT;

    /** This flag with a value, {@code --rev-id 007} or {@code -DrevId=007}. */
    public Valued is(String value) {
        return new Valued(this, value);
    }

    /** A flag and the value a message shows with it. */
    public record Valued(Flag flag, String value) {
    }
}
