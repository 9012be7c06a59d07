package org.dbmigrate.dialect;

import java.util.List;

/**
 * MySQL 8 and MariaDB 10.6+ (both through Connector/J): DDL commits on its own, the lock is
 * {@code GET_LOCK}, and the mysql client needs {@code DELIMITER} around routine bodies.
 */
public final class MySqlDialect implements Dialect {

    /** MySQL refuses user-lock names longer than this. */
    private static final int MAX_LOCK_NAME = 64;

    private static final List<String> DELIMITERS = List.of("//", "$$", ";;", "@@");

    @Override
    public String name() {
        return "MySQL";
    }

    /** DATETIME has no implicit default or time-zone conversion, unlike MySQL's TIMESTAMP. */
    @Override
    public String timestampType() {
        return "DATETIME(3)";
    }

    @Override
    public String identityColumn() {
        return "BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY";
    }

    /** MySQL also treats backslash as an escape inside string literals. */
    @Override
    public String literal(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    /**
     * A statement whose body holds semicolons (a routine written under {@code -- migrate:delimiter})
     * is framed by {@code DELIMITER} lines, which the mysql client understands.
     */
    @Override
    public String offlineStatement(String sql) {
        if (!sql.contains(";")) {
            return sql + ";";
        }
        String delimiter = DELIMITERS.stream().filter(d -> !sql.contains(d)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no free delimiter for statement: " + sql));
        return "DELIMITER " + delimiter + "\n" + sql + delimiter + "\nDELIMITER ;";
    }

    @Override
    public DatabaseLock lock(LockName name) {
        return new NamedLock(name.text(MAX_LOCK_NAME));
    }

    /** Table names are case-sensitive on Linux and kept as written. */
    @Override
    public String catalogCase(String identifier) {
        return identifier;
    }
}
