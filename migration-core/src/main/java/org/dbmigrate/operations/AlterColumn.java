package org.dbmigrate.operations;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dbmigrate.dialect.SqlType;
import org.dbmigrate.internal.dialect.ColumnChange;
import org.dbmigrate.internal.dialect.Dialect;

/**
 * ALTER COLUMN: any of type, nullability, default and name, built fluently:
 * {@code op.alterColumn("users", "name", c -> c.type(varchar(100)).existingType(varchar(50)))}.
 * A null part is left as it is. The {@code existing*} parts describe the column before the change:
 * they make the inverse possible and let MySQL restate the column (its MODIFY COLUMN needs the type).
 *
 * @param defaultValue new default, or null
 * @param defaultDropped true to remove the default
 * @param existingDefault the default before the change; null means none (or not known)
 */
public record AlterColumn(String table, String column, SqlType type, Boolean nullable, DefaultValue defaultValue,
        boolean defaultDropped, String newName, SqlType existingType, Boolean existingNullable,
        DefaultValue existingDefault, String existingComment) implements Operation {

    public AlterColumn {
        Names.check(table, "table");
        Names.check(column, "column");
        if (defaultValue != null && defaultDropped) {
            throw new IllegalArgumentException("alter column " + column + ": set or drop the default, not both");
        }
    }

    public static AlterColumn of(String table, String column) {
        return new AlterColumn(table, column, null, null, null, false, null, null, null, null, null);
    }

    public AlterColumn type(SqlType newType) {
        return new AlterColumn(table, column, newType, nullable, defaultValue, defaultDropped, newName, existingType,
                existingNullable, existingDefault, existingComment);
    }

    public AlterColumn nullable(boolean value) {
        return new AlterColumn(table, column, type, value, defaultValue, defaultDropped, newName, existingType,
                existingNullable, existingDefault, existingComment);
    }

    public AlterColumn notNull() {
        return nullable(false);
    }

    public AlterColumn defaultValue(Object value) {
        return withDefault(new DefaultValue.Literal(value), false);
    }

    public AlterColumn defaultSql(String expression) {
        return withDefault(new DefaultValue.Expression(expression), false);
    }

    public AlterColumn dropDefault() {
        return withDefault(null, true);
    }

    private AlterColumn withDefault(DefaultValue value, boolean drop) {
        return new AlterColumn(table, column, type, nullable, value, drop, newName, existingType, existingNullable,
                existingDefault, existingComment);
    }

    public AlterColumn rename(String name) {
        return new AlterColumn(table, column, type, nullable, defaultValue, defaultDropped, Names.check(name, "column"),
                existingType, existingNullable, existingDefault, existingComment);
    }

    public AlterColumn existingType(SqlType value) {
        return new AlterColumn(table, column, type, nullable, defaultValue, defaultDropped, newName, value,
                existingNullable, existingDefault, existingComment);
    }

    public AlterColumn existingNullable(boolean value) {
        return new AlterColumn(table, column, type, nullable, defaultValue, defaultDropped, newName, existingType,
                value, existingDefault, existingComment);
    }

    public AlterColumn existingDefaultValue(Object value) {
        return withExistingDefault(new DefaultValue.Literal(value));
    }

    public AlterColumn existingDefaultSql(String expression) {
        return withExistingDefault(new DefaultValue.Expression(expression));
    }

    private AlterColumn withExistingDefault(DefaultValue value) {
        return new AlterColumn(table, column, type, nullable, defaultValue, defaultDropped, newName, existingType,
                existingNullable, value, existingComment);
    }

    public AlterColumn existingComment(String value) {
        return new AlterColumn(table, column, type, nullable, defaultValue, defaultDropped, newName, existingType,
                existingNullable, existingDefault, value);
    }

    private boolean changesDefault() {
        return defaultValue != null || defaultDropped;
    }

    @Override
    public List<String> sql(Dialect d) {
        return d.alterColumn(new ColumnChange(table, column, type == null ? null : d.typeName(type), nullable,
                defaultValue == null ? null : defaultValue.sql(d, type != null ? type : existingType), defaultDropped, newName,
                existingType == null ? null : d.typeName(existingType), existingNullable,
                existingDefault == null ? null : existingDefault.sql(d, existingType), existingComment));
    }

    @Override
    public Optional<Operation> inverse() {
        if ((type != null && existingType == null) || (nullable != null && existingNullable == null)) {
            return Optional.empty();
        }
        return Optional.of(new AlterColumn(table, newName == null ? column : newName, type == null ? null : existingType,
                nullable == null ? null : existingNullable, changesDefault() ? existingDefault : null,
                changesDefault() && existingDefault == null, newName == null ? null : column,
                type == null ? existingType : type, nullable == null ? existingNullable : nullable,
                changesDefault() ? defaultValue : existingDefault, existingComment));
    }

    @Override
    public String noInverseReason() {
        return "the column's state before is not known; add existingType(...) / existingNullable(...)";
    }

    @Override
    public String describe() {
        return "alter column " + table + "." + column;
    }

    @Override
    public String javaSource() {
        List<String> calls = new ArrayList<>();
        if (type != null) {
            calls.add(".type(" + type.javaSource() + ")");
        }
        if (nullable != null) {
            calls.add(".nullable(" + nullable + ")");
        }
        if (defaultValue != null) {
            calls.add(defaultValue.javaSource());
        }
        if (defaultDropped) {
            calls.add(".dropDefault()");
        }
        if (newName != null) {
            calls.add(".rename(" + JavaText.quote(newName) + ")");
        }
        if (existingType != null) {
            calls.add(".existingType(" + existingType.javaSource() + ")");
        }
        if (existingNullable != null) {
            calls.add(".existingNullable(" + existingNullable + ")");
        }
        if (existingDefault != null) {
            calls.add(".existingD" + existingDefault.javaSource().substring(2)); // .defaultX( -> .existingDefaultX(
        }
        if (existingComment != null) {
            calls.add(".existingComment(" + JavaText.quote(existingComment) + ")");
        }
        return "op.alterColumn(" + JavaText.quote(table) + ", " + JavaText.quote(column) + ", c -> c"
                + String.join("", calls) + ");";
    }
}
