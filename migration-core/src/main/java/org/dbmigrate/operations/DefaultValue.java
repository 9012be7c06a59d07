package org.dbmigrate.operations;

import java.util.Objects;
import org.dbmigrate.dialect.SqlType;
import org.dbmigrate.internal.dialect.Dialect;

/** A column default: a Java value written as a literal, or an SQL expression written as given. */
public sealed interface DefaultValue {

    String sql(Dialect dialect);

    /** The default for a column of {@code type}: expressions may be adapted to the type (MySQL). */
    default String sql(Dialect dialect, SqlType type) {
        return sql(dialect);
    }

    /** The column method call that sets this default, e.g. {@code .defaultValue(0)}. */
    String javaSource();

    record Literal(Object value) implements DefaultValue {
        @Override
        public String sql(Dialect dialect) {
            return dialect.valueLiteral(value);
        }

        @Override
        public String sql(Dialect dialect, SqlType type) {
            return dialect.defaultLiteral(type, dialect.valueLiteral(value));
        }

        @Override
        public String javaSource() {
            return ".defaultValue(" + JavaText.value(value) + ")";
        }
    }

    record Expression(String sql) implements DefaultValue {
        public Expression {
            Objects.requireNonNull(sql, "sql");
        }

        @Override
        public String sql(Dialect dialect) {
            return sql;
        }

        @Override
        public String sql(Dialect dialect, SqlType type) {
            return dialect.defaultExpression(type, sql);
        }

        @Override
        public String javaSource() {
            return ".defaultSql(" + JavaText.quote(sql) + ")";
        }
    }
}
