package org.dbmigrate.dialect;

import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;

/** Picks the dialect: by the driver's product name online, by the JDBC URL offline. */
public final class Dialects {

    private Dialects() {
    }

    /** {@code H2}, {@code PostgreSQL}, {@code MySQL}, {@code MariaDB}, as DatabaseMetaData names them. */
    public static Dialect forProductName(String productName) {
        String name = productName == null ? "" : productName.toLowerCase(Locale.ROOT);
        if (name.equals("h2")) {
            return new H2Dialect();
        }
        if (name.equals("postgresql")) {
            return new PostgresDialect();
        }
        if (name.equals("mysql") || name.equals("mariadb")) {
            return new MySqlDialect();
        }
        throw new UnsupportedDatabase(productName);
    }

    public static Dialect of(DatabaseMetaData metaData) throws SQLException {
        return forProductName(metaData.getDatabaseProductName());
    }

    /** For {@code --sql}, where no connection is opened. */
    public static Dialect forUrl(String url) {
        String u = url == null ? "" : url.toLowerCase(Locale.ROOT);
        if (u.startsWith("jdbc:h2:")) {
            return new H2Dialect();
        }
        if (u.startsWith("jdbc:postgresql:")) {
            return new PostgresDialect();
        }
        if (u.startsWith("jdbc:mysql:") || u.startsWith("jdbc:mariadb:")) {
            return new MySqlDialect();
        }
        throw new UnsupportedDatabase(scheme(u));
    }

    /** {@code jdbc:xyz:} only: the rest of a URL may hold a password. */
    private static String scheme(String url) {
        String[] parts = url.split(":", 3);
        return parts.length >= 2 ? parts[0] + ":" + parts[1] + ":" : url;
    }
}
