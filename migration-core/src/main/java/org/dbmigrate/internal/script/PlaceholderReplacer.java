package org.dbmigrate.internal.script;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dbmigrate.error.MigrationError;

/**
 * Replaces SQL placeholders, {@code ${name}}, in the statements of revisions, populate scripts and
 * callbacks (not to be confused with the config file's {@code ${VAR}}, which reads the environment
 * while the file is read). Names ignore case. <code>$${</code> writes a literal <code>${</code>; a
 * <code>${</code> not followed by a name and a closing brace stays as written. Replacement happens per statement, after
 * splitting, so a value can never add or split statements; checksums are of the text as written.
 */
public final class PlaceholderReplacer {

    /** Built-in names start with this prefix, as Flyway's start with {@code flyway:}. */
    public static final String BUILT_IN = "migrate:";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$(\\$?)\\{([A-Za-z_][A-Za-z0-9_.]*(?::[a-z_]+)?)}");

    private final Map<String, String> values;
    private final boolean enabled;

    public PlaceholderReplacer(Map<String, String> values, boolean enabled) {
        Map<String, String> lower = new HashMap<>();
        values.forEach((name, value) -> lower.put(name.toLowerCase(Locale.ROOT), value));
        this.values = Map.copyOf(lower);
        this.enabled = enabled;
    }

    /** Replaces nothing (placeholder_replacement = false). */
    public static PlaceholderReplacer off() {
        return new PlaceholderReplacer(Map.of(), false);
    }

    /** A copy that also knows {@code name} (a built-in such as {@code migrate:revision}). */
    public PlaceholderReplacer with(String name, String value) {
        Map<String, String> more = new HashMap<>(values);
        more.put(name.toLowerCase(Locale.ROOT), value);
        return new PlaceholderReplacer(more, enabled);
    }

    /** Every value, for Java revisions ({@code op.placeholder(name)}). */
    public Map<String, String> values() {
        return values;
    }

    public boolean enabled() {
        return enabled;
    }

    /** The section with every statement's placeholders replaced; {@code file} names errors. */
    public Section replace(Section section, String file) {
        if (!enabled) {
            return section;
        }
        List<SqlStatement> replaced = section.statements().stream()
                .map(s -> new SqlStatement(replace(s.sql(), file, s.line()), s.line())).toList();
        return new Section(replaced, section.transactional());
    }

    public List<SqlStatement> replace(List<SqlStatement> statements, String file) {
        return replace(new Section(statements, true), file).statements();
    }

    /**
     * {@code text} with its placeholders replaced.
     *
     * @param firstLine the file line {@code text} starts on, so an undefined name is reported at its own line
     * @throws MigrationError naming the file, line and placeholder when a name has no value
     */
    public String replace(String text, String file, int firstLine) {
        if (!enabled || !text.contains("${")) {
            return text;
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String name = m.group(2);
            String value;
            if (!m.group(1).isEmpty()) {
                value = "${" + name + "}";
            } else {
                value = values.get(name.toLowerCase(Locale.ROOT));
                if (value == null) {
                    throw undefined(name, file, firstLine + countLines(text, m.start()));
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private MigrationError undefined(String name, String file, int line) {
        if (name.toLowerCase(Locale.ROOT).startsWith(BUILT_IN)) {
            return new MigrationError(file + " line " + line + ": placeholder ${" + name + "} is not known here;"
                    + " the built-ins are " + BuiltIns.NAMES + " (see README; some need a connection or"
                    + " default_schema), or write $${" + name + "} for the text itself");
        }
        return new MigrationError(file + " line " + line + ": placeholder ${" + name + "} has no value; set "
                + name + " = ... under [placeholders] (or -Dmigrate.placeholders." + name + "=, --placeholder "
                + name + "=), or write $${" + name + "} for the text itself");
    }

    private static int countLines(String text, int end) {
        int n = 0;
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    /** The built-in names, for messages and documentation. */
    public static final class BuiltIns {
        public static final String USER = BUILT_IN + "user";
        public static final String DATABASE = BUILT_IN + "database";
        public static final String SCHEMA = BUILT_IN + "schema";
        public static final String VERSION_TABLE = BUILT_IN + "version_table";
        public static final String HISTORY_TABLE = BUILT_IN + "history_table";
        public static final String REVISION = BUILT_IN + "revision";
        public static final String FILENAME = BUILT_IN + "filename";
        static final List<String> NAMES = List.of(USER, DATABASE, SCHEMA, VERSION_TABLE, HISTORY_TABLE, REVISION,
                FILENAME);

        private BuiltIns() {
        }
    }
}
