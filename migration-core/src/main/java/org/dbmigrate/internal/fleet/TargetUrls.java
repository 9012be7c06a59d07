package org.dbmigrate.internal.fleet;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Derives a target's URL from the discovery connection's URL: the same server with another schema
 * ({@code currentSchema}, the PostgreSQL driver's search_path; H2's {@code SCHEMA}) or another
 * database (the path of a MySQL, MariaDB or PostgreSQL URL).
 */
final class TargetUrls {

    /** Discovered names go into URLs and scripts unquoted: letters, digits, _ and $ only. */
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9_$]+");
    private static final Pattern PATH = Pattern.compile("^(jdbc:[a-z0-9]+://[^/?]*)(/[^?;]*)?");

    private TargetUrls() {
    }

    static boolean isPlainName(String name) {
        return PLAIN_NAME.matcher(name).matches();
    }

    static String withSchema(String url, String schema) {
        if (url.startsWith("jdbc:h2:")) {
            return setParameter(url, ";", ";", "SCHEMA", schema);
        }
        return setParameter(url, "?", "&", "currentSchema", schema);
    }

    static String withDatabase(String url, String database) {
        Matcher m = PATH.matcher(url);
        if (!m.find()) {
            throw new IllegalArgumentException("cannot tell where the database goes in " + url);
        }
        return m.group(1) + "/" + database + url.substring(m.end());
    }

    /** Replaces {@code name=...} or adds it after {@code first} (the first parameter) or {@code next}. */
    private static String setParameter(String url, String first, String next, String name, String value) {
        Pattern existing = Pattern.compile("(?i)([" + Pattern.quote(first + next) + "])" + name + "=[^&;]*");
        Matcher m = existing.matcher(url);
        if (m.find()) {
            return url.substring(0, m.start()) + m.group(1) + name + "=" + value + url.substring(m.end());
        }
        if (";".equals(first)) {
            return url + ";" + name + "=" + value;
        }
        return url + (url.contains("?") ? next : first) + name + "=" + value;
    }
}
