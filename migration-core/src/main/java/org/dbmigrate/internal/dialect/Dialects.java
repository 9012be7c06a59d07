package org.dbmigrate.internal.dialect;

import java.sql.DatabaseMetaData;
import java.sql.SQLException;

/** Shortcuts from what is at hand to a dialect; which database it is, is {@link DatabaseKind}'s decision. */
public final class Dialects {

    private Dialects() {
    }

    /** {@code H2}, {@code PostgreSQL}, {@code MySQL}, {@code MariaDB}, as DatabaseMetaData names them. */
    public static Dialect forProductName(String productName) {
        return DatabaseKind.forProductName(productName).dialect();
    }

    public static Dialect of(DatabaseMetaData metaData) throws SQLException {
        return forProductName(metaData.getDatabaseProductName());
    }

    /** For a URL that is not the target's connection (an autogenerate {@code url:} model). */
    public static Dialect forUrl(String url) {
        return DatabaseKind.forUrl(url).dialect();
    }
}
