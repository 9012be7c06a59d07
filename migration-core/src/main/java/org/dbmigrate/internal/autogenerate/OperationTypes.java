package org.dbmigrate.internal.autogenerate;

import java.util.Locale;
import org.dbmigrate.dialect.SqlType;
import org.dbmigrate.internal.dialect.Dialect;
import org.dbmigrate.internal.dialect.H2Dialect;
import org.dbmigrate.internal.dialect.MySqlDialect;
import org.dbmigrate.internal.dialect.PostgresDialect;
import org.dbmigrate.operations.Column;
import org.dbmigrate.operations.DefaultValue;

/**
 * Snapshot columns as the operations API's columns. A canonical type becomes a portable
 * {@link SqlType} where the dialect's spelling of it reads back as the same canonical type; the
 * others (MySQL's LONGBLOB is not its BLOB, PostgreSQL's JSONB is not JSON, ...) are passed as the
 * database's own words.
 */
final class OperationTypes {

    private OperationTypes() {
    }

    static SqlType of(ColumnType type, Dialect dialect) {
        boolean mysql = dialect instanceof MySqlDialect;
        return switch (type.name()) {
            case "integer" -> SqlType.of(SqlType.Kind.INTEGER);
            case "bigint" -> SqlType.of(SqlType.Kind.BIGINT);
            case "varchar" -> type.length() == null ? SqlType.raw("VARCHAR") : SqlType.varchar(type.length());
            // H2 2.x reads TEXT as VARCHAR(1000000000); its large text type has its own name.
            case "text" -> dialect instanceof H2Dialect ? SqlType.raw("CHARACTER LARGE OBJECT")
                    : SqlType.of(SqlType.Kind.TEXT);
            case "boolean" -> SqlType.of(SqlType.Kind.BOOLEAN);
            case "decimal" -> type.precision() == null ? SqlType.raw("DECIMAL")
                    : SqlType.decimal(type.precision(), type.scale() == null ? 0 : type.scale());
            case "date" -> SqlType.of(SqlType.Kind.DATE);
            case "timestamp" -> SqlType.of(SqlType.Kind.TIMESTAMP);
            case "blob" -> mysql ? SqlType.raw("BLOB") : SqlType.of(SqlType.Kind.BLOB);
            case "uuid" -> mysql ? SqlType.raw("CHAR(36)") : SqlType.of(SqlType.Kind.UUID);
            default -> SqlType.raw(raw(type, dialect));
        };
    }

    /** The database's words for the types the portable kinds do not cover. */
    private static String raw(ColumnType type, Dialect dialect) {
        boolean mysql = dialect instanceof MySqlDialect;
        boolean postgres = dialect instanceof PostgresDialect;
        return switch (type.name()) {
            case "double" -> mysql ? "DOUBLE" : "DOUBLE PRECISION";
            case "real" -> mysql ? "FLOAT" : "REAL";
            case "timestamptz" -> mysql ? "TIMESTAMP(6)" : "TIMESTAMP WITH TIME ZONE";
            case "tinyint" -> postgres ? "SMALLINT" : "TINYINT";
            case "varbinary" -> postgres ? "BYTEA" : type.toString().toUpperCase(Locale.ROOT);
            default -> type.toString().toUpperCase(Locale.ROOT);
        };
    }

    /** @param inPrimaryKey write the column as part of an unnamed table-level primary key */
    // two classes named Column: the model's column in, the operations' column out
    static Column column(org.dbmigrate.internal.autogenerate.Column column, Dialect dialect, boolean inPrimaryKey) {
        DefaultValue defaultValue = column.defaultValue() == null || column.autoIncrement() ? null
                : new DefaultValue.Expression(column.defaultValue());
        return new Column(column.name(), of(column.type(), dialect), column.nullable() && !inPrimaryKey, defaultValue,
                inPrimaryKey, false, column.autoIncrement(), column.comment());
    }
}
