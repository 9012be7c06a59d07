package org.dbmigrate.error;

/**
 * A user's mistake or a failed check: a bad target, a broken revision file, several heads, a
 * refused downgrade. The shells print {@link #getMessage()} as one line (no stack trace) and exit
 * non-zero; anything else that escapes a command is a bug and keeps its stack trace.
 *
 * <p>Subclasses carry the data of the mistake and build their message from it, and the message
 * names the revision or file and says what to do. A message that names a flag holds it as a
 * {@link Flag} in a {@link Wording}, and each front end renders it in its own words
 * ({@link #message(FlagVocabulary)}).
 */
public class MigrationError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Wording wording;

    public MigrationError(String message) {
        super(message);
        this.wording = Wording.of(message == null ? "" : message);
    }

    public MigrationError(String message, Throwable cause) {
        super(message, cause);
        this.wording = Wording.of(message == null ? "" : message);
    }

    /** A message that names flags or commands: {@link #getMessage()} spells them db-manage's way. */
    public MigrationError(Wording wording) {
        super(wording.render(FlagVocabulary.DB_MANAGE));
        this.wording = wording;
    }

    public MigrationError(Wording wording, Throwable cause) {
        super(wording.render(FlagVocabulary.DB_MANAGE), cause);
        this.wording = wording;
    }

    /** The message with flags and commands as the front end's users type them. */
    public String message(FlagVocabulary vocabulary) {
        return wording.render(vocabulary);
    }
}
