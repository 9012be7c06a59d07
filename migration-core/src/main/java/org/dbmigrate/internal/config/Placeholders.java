package org.dbmigrate.internal.config;

import java.util.Map;
import java.util.regex.Pattern;
import org.dbmigrate.config.ConfigError;

/**
 * Expands {@code ${VAR}} and {@code ${VAR:-default}} in a config value from the environment, as a
 * POSIX shell does ({@code :-} also applies when the variable is set but empty). A lone {@code $} is
 * kept, so passwords with {@code $} need no escaping; {@code $${} writes a literal {@code ${}.
 */
final class Placeholders {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private Placeholders() {
    }

    /**
     * @param where names the file and line for errors, e.g. {@code app.conf line 4}
     * @throws ConfigError for an unset variable without default, a bad name, or a missing {@code }}
     */
    static String expand(String value, Map<String, String> environment, String where) {
        StringBuilder out = new StringBuilder(value.length());
        int i = 0;
        while (i < value.length()) {
            if (value.startsWith("$${", i)) {
                out.append("${");
                i += 3;
            } else if (value.startsWith("${", i)) {
                int end = value.indexOf('}', i + 2);
                if (end < 0) {
                    throw new ConfigError(where, "'${' has no closing '}'; write ${VAR} or ${VAR:-default}");
                }
                out.append(lookup(value.substring(i + 2, end), environment, where));
                i = end + 1;
            } else {
                out.append(value.charAt(i));
                i++;
            }
        }
        return out.toString();
    }

    private static String lookup(String placeholder, Map<String, String> environment, String where) {
        int dash = placeholder.indexOf(":-");
        String name = dash < 0 ? placeholder : placeholder.substring(0, dash);
        if (!NAME.matcher(name).matches()) {
            throw new ConfigError(where, "'${" + name + "}' is not an environment variable name; use letters, digits and _");
        }
        String value = environment.get(name);
        if (dash >= 0) {
            return value == null || value.isEmpty() ? placeholder.substring(dash + 2) : value;
        }
        if (value == null) {
            throw new ConfigError(where, "environment variable " + name + " is not set; set it or write ${"
                    + name + ":-default}");
        }
        return value;
    }
}
