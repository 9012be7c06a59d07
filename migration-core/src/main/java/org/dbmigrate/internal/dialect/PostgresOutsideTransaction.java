package org.dbmigrate.internal.dialect;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The statements PostgreSQL refuses inside a transaction block ("cannot run inside a transaction
 * block"), recognised by their first words. {@code ALTER TYPE ... ADD VALUE} is not listed: since
 * PostgreSQL 12 it runs in a transaction (the new value is usable after the commit).
 */
final class PostgresOutsideTransaction {

    /** Leading blanks and comments, then the words that name the statement. */
    private static final Pattern LEADING = Pattern.compile("\\A(?:\\s+|--[^\\n]*(?:\\n|\\z)|/\\*(?s:.*?)\\*/)*");

    private static final List<Pattern> REFUSED = List.of(
            words("CREATE\\s+(?:UNIQUE\\s+)?INDEX\\s+CONCURRENTLY"),
            words("DROP\\s+INDEX\\s+CONCURRENTLY"),
            words("REINDEX\\s+(?:\\([^)]*\\)\\s*)?(?:INDEX|TABLE|SCHEMA|DATABASE|SYSTEM)\\s+CONCURRENTLY"),
            words("REINDEX\\s+(?:\\([^)]*\\)\\s*)?(?:SCHEMA|DATABASE|SYSTEM)"),
            words("VACUUM"),
            words("CREATE\\s+DATABASE"),
            words("DROP\\s+DATABASE"),
            words("CREATE\\s+TABLESPACE"),
            words("DROP\\s+TABLESPACE"),
            words("ALTER\\s+SYSTEM"),
            words("ALTER\\s+DATABASE\\s+\\S+\\s+SET\\s+TABLESPACE"),
            words("CREATE\\s+SUBSCRIPTION"),
            words("DROP\\s+SUBSCRIPTION"));

    private PostgresOutsideTransaction() {
    }

    private static Pattern words(String regex) {
        return Pattern.compile("(" + regex + ")\\b", Pattern.CASE_INSENSITIVE);
    }

    /** The statement's leading words, as written but one space apart, when PostgreSQL refuses it in a transaction. */
    static Optional<String> refused(String sql) {
        Matcher leading = LEADING.matcher(sql);
        int start = leading.lookingAt() ? leading.end() : 0;
        for (Pattern p : REFUSED) {
            Matcher m = p.matcher(sql).region(start, sql.length());
            if (m.lookingAt()) {
                return Optional.of(m.group(1).replaceAll("\\s+", " "));
            }
        }
        return Optional.empty();
    }
}
