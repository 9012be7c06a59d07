package org.dbmigrate.config;

import java.util.regex.Pattern;

/**
 * JDBC URLs may carry a password ({@code ?password=}, H2's {@code ;PASSWORD=}, {@code user:pw@host});
 * anything that prints a URL prints it through {@link #redact(String)}.
 */
public final class JdbcUrls {

    private static final Pattern PASSWORD_PARAMETER =
            Pattern.compile("(?i)((?:password|passwd|pwd)\\s*=)[^&;]*");
    private static final Pattern USER_INFO = Pattern.compile("(//[^/@:?;]*:)[^/@?;]*@");

    private JdbcUrls() {
    }

    /** The URL with every password it holds replaced by {@code ****}. */
    public static String redact(String url) {
        if (url == null) {
            return null;
        }
        String hiddenParameters = PASSWORD_PARAMETER.matcher(url).replaceAll("$1****");
        return USER_INFO.matcher(hiddenParameters).replaceAll("$1****@");
    }
}
