package org.dbmigrate.internal.dialect;

import java.util.ArrayList;
import java.util.List;
import org.dbmigrate.dialect.SqlType;

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

    /** The connection's database is its schema. */
    @Override
    public String tablesInCurrentSchema(int count) {
        return "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()"
                + " AND table_name IN (" + "?, ".repeat(count - 1) + "?)";
    }

    /** Table names are case-sensitive on Linux and kept as written. */
    @Override
    public String catalogCase(String identifier) {
        return identifier;
    }

    /**
     * DATETIME(6) keeps microseconds without MySQL TIMESTAMP's time-zone conversion and 2038 limit;
     * LONGBLOB holds any size; CHAR(36) holds a UUID's text (MySQL has no UUID type).
     */
    @Override
    public String typeName(SqlType type) {
        return switch (type.kind()) {
            case TIMESTAMP -> "DATETIME(6)";
            case BLOB -> "LONGBLOB";
            case UUID -> "CHAR(36)";
            default -> Dialect.super.typeName(type);
        };
    }

    /** A DATETIME(6) column's current-time default must carry the same precision. */
    @Override
    public String defaultExpression(SqlType type, String expression) {
        boolean now = expression.equalsIgnoreCase("CURRENT_TIMESTAMP") || expression.equalsIgnoreCase("NOW()")
                || expression.equalsIgnoreCase("CURRENT_TIMESTAMP()");
        return type != null && type.kind() == SqlType.Kind.TIMESTAMP && now ? "CURRENT_TIMESTAMP(6)" : expression;
    }

    /** MySQL 8 takes a TEXT, BLOB or JSON default only as an expression: in parentheses (MariaDB accepts both). */
    @Override
    public String defaultLiteral(SqlType type, String literal) {
        boolean large = type != null && (type.kind() == SqlType.Kind.TEXT || type.kind() == SqlType.Kind.BLOB
                || type.kind() == SqlType.Kind.JSON);
        return large ? "(" + literal + ")" : literal;
    }

    @Override
    public String autoIncrement() {
        return "AUTO_INCREMENT";
    }

    @Override
    public boolean inlineComments() {
        return true;
    }

    /** An empty comment is MySQL's "no comment". */
    @Override
    public List<String> tableComment(String table, String comment) {
        return List.of("ALTER TABLE " + table + " COMMENT = " + literal(comment == null ? "" : comment));
    }

    @Override
    public boolean updatesTwoTables() {
        return true;
    }

    /** A column's comment is part of its definition, which MODIFY COLUMN restates in full. */
    @Override
    public List<String> columnComment(String table, String column, String comment, String definition) {
        if (definition == null) {
            throw new DdlNotPossibleError(name(), "change the comment of " + table + "." + column + " without its definition",
                    "pass the column as it is (existing column) to the comment operation");
        }
        return List.of("ALTER TABLE " + table + " MODIFY COLUMN " + definition + " COMMENT "
                + literal(comment == null ? "" : comment));
    }

    /**
     * Type and nullability change together through MODIFY COLUMN, which restates the whole column:
     * the current type is needed when only nullability changes, and an unknown nullability is
     * written as NULL. Default changes alone and renames have their own statements.
     */
    @Override
    public List<String> alterColumn(ColumnChange c) {
        List<String> sql = new ArrayList<>();
        boolean modify = c.newType() != null || c.nullable() != null;
        if (modify) {
            String type = c.newType() != null ? c.newType() : c.existingType();
            if (type == null) {
                throw new DdlNotPossibleError(name(), "change the nullability of " + c.table() + "." + c.column()
                        + " without its type", "pass existingType(...) to alterColumn");
            }
            boolean nullable = c.nullable() != null ? c.nullable()
                    : c.existingNullable() == null || c.existingNullable();
            String defaultSql = c.newDefault() != null ? c.newDefault() : c.dropDefault() ? null : c.existingDefault();
            sql.add("ALTER TABLE " + c.table() + " MODIFY COLUMN " + c.column() + " " + type
                    + (defaultSql == null ? "" : " DEFAULT " + defaultSql)
                    + (nullable ? " NULL" : " NOT NULL")
                    + (c.existingComment() == null ? "" : " COMMENT " + literal(c.existingComment())));
        } else if (c.newDefault() != null) {
            sql.add("ALTER TABLE " + c.table() + " ALTER COLUMN " + c.column() + " SET DEFAULT " + c.newDefault());
        } else if (c.dropDefault()) {
            sql.add("ALTER TABLE " + c.table() + " ALTER COLUMN " + c.column() + " DROP DEFAULT");
        }
        if (c.newName() != null) {
            sql.add(renameColumn(c.table(), c.column(), c.newName()));
        }
        return List.copyOf(sql);
    }

    @Override
    public String dropIndex(String table, String index) {
        return "DROP INDEX " + index + " ON " + table;
    }

    /** MySQL names the primary key PRIMARY; a unique constraint is an index; CHECK by name. */
    @Override
    public String dropConstraint(String table, String name, ConstraintKind kind) {
        return switch (kind) {
            case PRIMARY_KEY -> "ALTER TABLE " + table + " DROP PRIMARY KEY";
            case UNIQUE -> "ALTER TABLE " + table + " DROP INDEX " + name;
            case FOREIGN_KEY -> "ALTER TABLE " + table + " DROP FOREIGN KEY " + name;
            case CHECK -> "ALTER TABLE " + table + " DROP CONSTRAINT " + name;
        };
    }
}
