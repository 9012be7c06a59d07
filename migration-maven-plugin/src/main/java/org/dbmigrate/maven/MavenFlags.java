package org.dbmigrate.maven;

import java.util.Locale;
import org.dbmigrate.error.Flag;
import org.dbmigrate.error.FlagVocabulary;

/**
 * Flags and commands as a Maven user types them: {@code -DacceptChanged}, {@code -DrevId=007},
 * {@code migrate:upgrade}. Each name is the {@code property} of the goal's parameter.
 */
final class MavenFlags implements FlagVocabulary {

    static final FlagVocabulary VOCABULARY = new MavenFlags();

    private MavenFlags() {
    }

    @Override
    public String flag(Flag flag) {
        return switch (flag) {
            case CONFIG_FILE -> "-Dmigrate.configFile";
            default -> "-D" + camelCase(flag.name());
        };
    }

    @Override
    public String flag(Flag flag, String value) {
        return flag(flag) + "=" + value;
    }

    @Override
    public String command(String name) {
        return "migrate:" + name.replace('_', '-');
    }

    /** {@code ACCEPT_CHANGED} to {@code acceptChanged}. */
    private static String camelCase(String constant) {
        StringBuilder out = new StringBuilder();
        for (String word : constant.toLowerCase(Locale.ROOT).split("_")) {
            out.append(out.length() == 0 ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return out.toString();
    }
}
