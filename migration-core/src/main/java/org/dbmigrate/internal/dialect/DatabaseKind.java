package org.dbmigrate.internal.dialect;

import java.util.Locale;

/**
 * Which database we talk to, decided once where the connection is made (from the JDBC URL, or from
 * the product name a DataSource's database reports) and asked by everything else: the dialect, the
 * statement-splitting rules, offline scripts, clean. MySQL and MariaDB are one kind: they share the
 * dialect and the lexical rules.
 */
public enum DatabaseKind {
    H2, POSTGRESQL, MYSQL;

    /** From a JDBC URL ({@code jdbc:h2:}, {@code jdbc:postgresql:}, {@code jdbc:mysql:}, {@code jdbc:mariadb:}). */
    public static DatabaseKind forUrl(String url) {
        String u = url == null ? "" : url.toLowerCase(Locale.ROOT);
        if (u.startsWith("jdbc:h2:")) {
            return H2;
        }
        if (u.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        if (u.startsWith("jdbc:mysql:") || u.startsWith("jdbc:mariadb:")) {
            return MYSQL;
        }
        throw new UnsupportedDatabaseError(scheme(u));
    }

    /** From {@code DatabaseMetaData.getDatabaseProductName()}: H2, PostgreSQL, MySQL, MariaDB. */
    public static DatabaseKind forProductName(String productName) {
        String name = productName == null ? "" : productName.toLowerCase(Locale.ROOT);
        return switch (name) {
            case "h2" -> H2;
            case "postgresql" -> POSTGRESQL;
            case "mysql", "mariadb" -> MYSQL;
            default -> throw new UnsupportedDatabaseError(productName);
        };
    }

    /** A new dialect object for this kind. */
    public Dialect dialect() {
        return switch (this) {
            case H2 -> new H2Dialect();
            case POSTGRESQL -> new PostgresDialect();
            case MYSQL -> new MySqlDialect();
        };
    }

    /** {@code jdbc:xyz:} only: the rest of a URL may hold a password. */
    private static String scheme(String url) {
        String[] parts = url.split(":", 3);
        return parts.length >= 2 ? parts[0] + ":" + parts[1] + ":" : url;
    }
}
