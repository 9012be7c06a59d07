package org.dbmigrate.internal.fleet;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dbmigrate.config.ConfigError;
import org.dbmigrate.config.MigrateConfig;
import org.dbmigrate.internal.runtime.ConnectionSource;
import org.dbmigrate.runtime.DatabaseError;

/**
 * Finds a fleet's targets with one query on the configured database ({@code [database] url}):
 * {@code discover = schemas like 'tenant_%'}, {@code discover = databases like 'shop_%'}, or a
 * {@code discovery_query} whose first column holds the names (schemas on PostgreSQL and H2,
 * databases on MySQL and MariaDB, where the two words mean the same).
 */
final class Discovery {

    static final String DISCOVER = "discover";
    static final String DISCOVERY_QUERY = "discovery_query";
    private static final Pattern RULE = Pattern.compile("(?i)(schemas|databases)\\s+like\\s+'([^']*)'");

    /** What the discovered names are: where each target's version table lives. */
    enum Kind { SCHEMA, DATABASE }

    /** The names found and what they are. */
    record Found(Kind kind, List<String> names) {
    }

    private final String sql;
    private final String pattern;
    private final Kind requested;

    private Discovery(String sql, String pattern, Kind requested) {
        this.sql = sql;
        this.pattern = pattern;
        this.requested = requested;
    }

    /** From a {@code [targets]} line: {@code discover = ...} or {@code discovery_query = ...}. */
    static Discovery of(MigrateConfig.ListedTarget line) {
        if (line.key().equals(DISCOVERY_QUERY)) {
            if (line.value().isBlank()) {
                throw new ConfigError(line.where(), "[targets] discovery_query is empty; write a SELECT whose first"
                        + " column is the schema or database names");
            }
            return new Discovery(line.value(), null, null);
        }
        Matcher m = RULE.matcher(line.value().strip());
        if (!m.matches()) {
            throw new ConfigError(line.where(), "[targets] discover = '" + line.value() + "' is not valid; use"
                    + " schemas like 'tenant_%' or databases like 'shop_%'");
        }
        Kind kind = m.group(1).equalsIgnoreCase("schemas") ? Kind.SCHEMA : Kind.DATABASE;
        return new Discovery(null, m.group(2), kind);
    }

    Found run(ConnectionSource connections) {
        try (Connection c = connections.open()) {
            String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            boolean mysql = product.contains("mysql") || product.contains("mariadb");
            boolean postgres = product.contains("postgres");
            // MySQL's schemas are its databases; elsewhere a raw query names schemas.
            Kind kind = mysql ? Kind.DATABASE : requested == null ? Kind.SCHEMA : requested;
            String query = sql != null ? sql
                    : kind == Kind.DATABASE && postgres
                            ? "SELECT datname FROM pg_database WHERE datallowconn AND datname LIKE ? ORDER BY datname"
                            : "SELECT schema_name FROM information_schema.schemata WHERE schema_name LIKE ?"
                                    + " ORDER BY schema_name";
            return new Found(kind, names(c, query));
        } catch (SQLException e) {
            throw new DatabaseError("the discovery query of [targets] failed: " + DatabaseError.firstLine(e), e);
        }
    }

    private List<String> names(Connection c, String query) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(query)) {
            if (pattern != null) {
                statement.setString(1, pattern);
            }
            List<String> names = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            return names;
        }
    }
}
