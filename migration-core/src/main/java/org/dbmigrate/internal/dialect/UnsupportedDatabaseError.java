package org.dbmigrate.internal.dialect;

import org.dbmigrate.error.MigrationError;

/** A database (product name or URL) dbmigrate has no dialect for. */
public final class UnsupportedDatabaseError extends MigrationError {
    private static final long serialVersionUID = 1L;

    private final String database;

    public UnsupportedDatabaseError(String database) {
        super("dbmigrate does not support database '" + database
                + "'; use H2 (jdbc:h2:), PostgreSQL (jdbc:postgresql:), MySQL (jdbc:mysql:) or MariaDB (jdbc:mariadb:)");
        this.database = database;
    }

    public String database() {
        return database;
    }
}
