package org.dbmigrate.error;

import java.util.Locale;

/**
 * How a front end spells commands and flags in messages. {@link #DB_MANAGE} is the default
 * ({@link MigrationError#getMessage()} uses it, and SPEC section 6 names it first); the Maven
 * plugin supplies its own, so that a Maven user reads {@code -DacceptChanged} and
 * {@code migrate:upgrade}.
 */
public interface FlagVocabulary {

    /** {@code --splice}; for a positional argument, the empty string. */
    String flag(Flag flag);

    /** A flag with its value: {@code --rev-id 007}, or the bare value of a positional argument. */
    default String flag(Flag flag, String value) {
        String name = flag(flag);
        return name.isEmpty() ? value : name + " " + value;
    }

    /** A command's name as typed: {@code upgrade} (db-manage), {@code migrate:upgrade} (Maven). */
    String command(String name);

    /** db-manage's spelling. */
    FlagVocabulary DB_MANAGE = new FlagVocabulary() {
        @Override
        public String flag(Flag flag) {
            return switch (flag) {
                case TARGET, REVISIONS -> "";
                case MESSAGE -> "-m";
                case LIMIT -> "-n";
                default -> "--" + flag.name().toLowerCase(Locale.ROOT).replace('_', '-');
            };
        }

        @Override
        public String command(String name) {
            return name;
        }
    };
}
