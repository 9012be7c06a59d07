package org.dbmigrate.config;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JDBC URLs may carry a password ({@code ?password=}, H2's {@code ;PASSWORD=}, {@code user:pw@host});
 * anything that prints a URL prints it through {@link #redact(String)}.
 */
public final class JdbcUrls {

    private static final Pattern PASSWORD_PARAMETER =
            Pattern.compile("(?i)((?:password|passwd|pwd)\\s*=)[^&;]*");
    private static final Pattern USER_INFO = Pattern.compile("(//[^/@:?;]*:)[^/@?;]*@");

    private static final Pattern USER_PARAMETER = Pattern.compile("(?i)[?&;]user\\s*=([^&;]*)");
    private static final Pattern PASSWORD_VALUE = Pattern.compile("(?i)[?&;](?:password|passwd|pwd)\\s*=([^&;]*)");
    private static final Pattern USER_INFO_PARTS = Pattern.compile("//([^/@:?;]+)(?::([^/@?;]*))?@");

    private JdbcUrls() {
    }

    /**
     * Whether the URL reaches a database on this machine: H2 in memory or in a file,
     * or (H2 over TCP too) every host written as {@code localhost}, {@code 127.0.0.1} or {@code ::1}. Destructive
     * commands ask before touching any other.
     */
    public static boolean isLocal(String url) {
        String u = url == null ? "" : url.toLowerCase(Locale.ROOT);
        if (u.startsWith("jdbc:h2:") && !u.startsWith("jdbc:h2:tcp:") && !u.startsWith("jdbc:h2:ssl:")) {
            return true;
        }
        int slashes = u.indexOf("//");
        if (slashes < 0) {
            return false;
        }
        String authority = u.substring(slashes + 2).split("[/?;]", 2)[0];
        authority = authority.substring(authority.lastIndexOf('@') + 1);
        if (authority.isEmpty()) {
            return false;
        }
        for (String host : authority.split(",")) {
            String name = host.startsWith("[") ? host.substring(1, Math.max(1, host.indexOf(']')))
                    : host.split(":", 2)[0];
            if (!name.equals("localhost") && !name.equals("127.0.0.1") && !name.equals("::1")) {
                return false;
            }
        }
        return true;
    }

    /** The user written into the URL ({@code ?user=}, H2's {@code ;USER=}, {@code //user:pw@host}), if any. */
    public static Optional<String> user(String url) {
        return first(url, USER_PARAMETER, USER_INFO_PARTS, 1);
    }

    /** The password written into the URL, if any; never print it. */
    public static Optional<String> password(String url) {
        return first(url, PASSWORD_VALUE, USER_INFO_PARTS, 2);
    }

    private static Optional<String> first(String url, Pattern parameter, Pattern userInfo, int userInfoGroup) {
        if (url == null) {
            return Optional.empty();
        }
        Matcher m = parameter.matcher(url);
        if (m.find()) {
            return Optional.of(m.group(1).strip());
        }
        Matcher info = userInfo.matcher(url);
        return info.find() && info.group(userInfoGroup) != null ? Optional.of(info.group(userInfoGroup))
                : Optional.empty();
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
