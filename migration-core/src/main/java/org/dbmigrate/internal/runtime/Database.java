package org.dbmigrate.internal.runtime;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.dbmigrate.config.JdbcUrls;
import org.dbmigrate.internal.dialect.Dialect;
import org.dbmigrate.internal.dialect.MySqlDialect;
import org.dbmigrate.runtime.DatabaseError;

/**
 * One open connection to the target database and the dialect that speaks to it. Starts in
 * autocommit mode; the runner switches to transactions when it runs revisions.
 */
public final class Database implements AutoCloseable {

    private final Connection connection;
    private final Dialect dialect;
    private final String appliedBy;
    private final String description;
    /** Tables known to exist (see {@link #markPresent}). */
    private final Set<String> present = new HashSet<>();
    private String connectionSchema;
    private boolean schemaRead;

    private Database(Connection connection, Dialect dialect, String appliedBy, String description) {
        this.connection = connection;
        this.dialect = dialect;
        this.appliedBy = appliedBy;
        this.description = description;
    }

    public static Database connect(ConnectionSource source) {
        Objects.requireNonNull(source, "source");
        Connection connection = null;
        try {
            connection = source.open();
            connection.setAutoCommit(true);
            DatabaseMetaData meta = connection.getMetaData();
            String user = meta.getUserName(); // MySQL asks the server: once
            return new Database(connection, source.kind().dialect(), appliedBy(user), describe(meta, user));
        } catch (SQLException e) {
            closeQuietly(connection, e);
            throw new DatabaseError("cannot connect to the database: " + DatabaseError.firstLine(e), e);
        } catch (RuntimeException e) {
            closeQuietly(connection, e);
            throw e;
        }
    }

    /** The database user as the driver reports it, else the operating-system user. */
    private static String appliedBy(String user) {
        return user == null || user.isBlank() ? System.getProperty("user.name", "unknown") : user;
    }

    /**
     * The URL and user as the driver reports them (the truth for a DataSource too), the URL
     * without any password it carries.
     */
    private static String describe(DatabaseMetaData meta, String user) throws SQLException {
        String url = JdbcUrls.redact(meta.getURL());
        return (url == null ? meta.getDatabaseProductName() : url)
                + (user == null || user.isBlank() ? "" : " (user " + user + ")");
    }

    /** Which database this is, for {@code Database: jdbc:postgresql://127.0.0.1:5432/shop (user shop)}. */
    public String description() {
        return description;
    }

    public Connection connection() {
        return connection;
    }

    /**
     * Runs {@code work} as one transaction on this connection: committed when it returns, rolled
     * back when it throws; back in autocommit mode either way.
     */
    public <T> T inTransaction(Work<T> work) throws SQLException {
        connection.setAutoCommit(false);
        try {
            T result = work.run();
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** What {@link #inTransaction} runs. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws SQLException;
    }

    public Dialect dialect() {
        return dialect;
    }

    /** Who applies the migrations, for {@code applied_by}. */
    public String appliedBy() {
        return appliedBy;
    }

    /** The database name as the connection reports it (MySQL's database, PostgreSQL's catalog). */
    public String databaseName() throws SQLException {
        String catalog = connection.getCatalog();
        return catalog == null ? "" : catalog;
    }

    /**
     * What one migration lock covers: the database, and on PostgreSQL the schema too when it is not
     * {@code public}, so tenants in schemas of one database ({@code currentSchema=tenant_1}) migrate
     * side by side. With {@code public} the name is the database alone, as before schemas counted.
     */
    public String lockScope() throws SQLException {
        String schema = connectionSchema(); // MySQL's driver reports none: its database is the scope
        return schema == null || schema.equalsIgnoreCase("public") ? databaseName() : databaseName() + "." + schema;
    }

    /** Whether the connection still reaches the server (false after it was lost or the server died). */
    public boolean isAlive() {
        try {
            return !connection.isClosed() && connection.isValid(5);
        } catch (SQLException e) {
            return false;
        }
    }

    /** The schema unqualified names land in: MySQL's database, else the connection's schema. */
    public String currentSchema() throws SQLException {
        String schema = dialect instanceof MySqlDialect ? connection.getCatalog()
                : connectionSchema();
        return schema == null ? "" : schema;
    }

    /**
     * The connection's schema, asked once (pgjdbc asks the server at each call): the placeholders and
     * the lock read it before any revision runs, and one command's lock keeps one scope.
     */
    private String connectionSchema() throws SQLException {
        if (!schemaRead) {
            connectionSchema = connection.getSchema();
            schemaRead = true;
        }
        return connectionSchema;
    }

    public void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Whether {@code table} ({@code name} or {@code schema.name}) exists, asking the catalog (no failed statement). */
    public boolean tableExists(String table) throws SQLException {
        return existingTables(List.of(table)).contains(table);
    }

    /**
     * Which of {@code tables} ({@code name} or {@code schema.name}) exist: names in the current schema
     * in one query ({@link Dialect#tablesInCurrentSchema}), others through the driver's catalog. Tables
     * {@link #markPresent marked present} are not asked for.
     */
    public Set<String> existingTables(List<String> tables) throws SQLException {
        Set<String> found = new HashSet<>();
        Map<String, String> unqualified = new LinkedHashMap<>(); // catalog-case name -> the name as given
        for (String table : tables) {
            if (present.contains(table)) {
                found.add(table);
            } else if (table.indexOf('.') >= 0) {
                if (qualifiedTableExists(table)) {
                    found.add(table);
                }
            } else {
                unqualified.put(dialect.catalogCase(table), table);
            }
        }
        if (!unqualified.isEmpty()) {
            try (PreparedStatement query = connection.prepareStatement(
                    dialect.tablesInCurrentSchema(unqualified.size()))) {
                int index = 1;
                for (String name : unqualified.keySet()) {
                    query.setString(index++, name);
                }
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        String table = unqualified.get(rs.getString(1)); // exact: the catalog's case
                        if (table != null) {
                            found.add(table);
                        }
                    }
                }
            }
        }
        return found;
    }

    private boolean qualifiedTableExists(String table) throws SQLException {
        int dot = table.lastIndexOf('.');
        String schema = dialect.catalogCase(table.substring(0, dot));
        String name = dialect.catalogCase(table.substring(dot + 1));
        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet rs = meta.getTables(connection.getCatalog(), schema, name, null)) {
            while (rs.next()) {
                // getTables takes a pattern in which '_' matches any character: compare exactly.
                if (name.equals(rs.getString("TABLE_NAME"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Records that {@code tables} exist (the session created or found them under the migration lock,
     * and nothing drops them while it is held), so that asking again costs no round trip.
     */
    public void markPresent(List<String> tables) {
        present.addAll(tables);
    }

    /** Asks the catalog again from now on (the lock was released: another deployer may clean). */
    public void forgetPresent() {
        present.clear();
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new DatabaseError("cannot close the connection: " + DatabaseError.firstLine(e), e);
        }
    }

    private static void closeQuietly(Connection connection, Exception failure) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                failure.addSuppressed(e);
            }
        }
    }
}
