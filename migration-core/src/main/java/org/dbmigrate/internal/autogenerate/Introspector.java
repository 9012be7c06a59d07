package org.dbmigrate.internal.autogenerate;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.dbmigrate.internal.dialect.Dialect;
import org.dbmigrate.internal.dialect.H2Dialect;
import org.dbmigrate.internal.dialect.MySqlDialect;
import org.dbmigrate.internal.dialect.PostgresDialect;

/**
 * Reads the connection's current schema (PostgreSQL's {@code current_schema()}, MySQL's
 * {@code DATABASE()}, H2's schema) into a snapshot with a few bulk catalog queries: one per kind of
 * object, never one per table.
 */
public interface Introspector {

    SchemaSnapshot read(Connection connection) throws SQLException;

    /** The catalog queries {@link #read} runs, for the benchmark's plain-JDBC floor. */
    List<String> queries();

    static Introspector forDialect(Dialect dialect) {
        if (dialect instanceof PostgresDialect) {
            return new PostgresIntrospector();
        }
        if (dialect instanceof MySqlDialect) {
            return new MySqlIntrospector();
        }
        if (dialect instanceof H2Dialect) {
            return new H2Introspector();
        }
        throw new IllegalArgumentException("no introspector for " + dialect.name());
    }
}
