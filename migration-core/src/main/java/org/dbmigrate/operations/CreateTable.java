package org.dbmigrate.operations;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dbmigrate.internal.dialect.Dialect;
import org.dbmigrate.internal.dialect.MySqlDialect;

/**
 * CREATE TABLE. Primary-key columns form one table-level PRIMARY KEY. Comments are inline on
 * MySQL and separate COMMENT statements elsewhere.
 *
 * @param comment the table comment, or null
 * @param engine  MySQL/MariaDB's storage engine ({@code ENGINE = InnoDB}), or null for the server's default;
 *                other databases have none
 */
public record CreateTable(String table, List<Column> columns, String comment, String engine) implements Operation {

    public CreateTable(String table, List<Column> columns, String comment) {
        this(table, columns, comment, null);
    }

    public CreateTable {
        engine = engine == null || engine.isBlank() ? null : engine.strip();
        if (engine != null && !engine.matches("[A-Za-z][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("storage engine " + engine + " is not a name such as InnoDB");
        }
        Names.check(table, "table");
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("table " + table + " needs at least one column");
        }
    }

    public CreateTable comment(String text) {
        return new CreateTable(table, columns, text, engine);
    }

    /** {@code ENGINE = <name>} on MySQL and MariaDB. */
    public CreateTable engine(String name) {
        return new CreateTable(table, columns, comment, name);
    }

    public List<String> primaryKey() {
        return columns.stream().filter(Column::inPrimaryKey).map(Column::name).toList();
    }

    @Override
    public List<String> sql(Dialect dialect) {
        String body = columns.stream().map(c -> c.tableDefinition(dialect)).collect(Collectors.joining(", "));
        if (!primaryKey().isEmpty()) {
            body += ", PRIMARY KEY (" + Names.joined(primaryKey()) + ")";
        }
        String create = "CREATE TABLE " + table + " (" + body + ")"
                + (engine != null && dialect instanceof MySqlDialect ? " ENGINE = " + engine : "");
        if (dialect.inlineComments()) {
            return List.of(comment == null ? create : create + " COMMENT = " + dialect.literal(comment));
        }
        List<String> sql = new ArrayList<>();
        sql.add(create);
        if (comment != null) {
            sql.addAll(dialect.tableComment(table, comment));
        }
        for (Column c : columns) {
            if (c.comment() != null) {
                sql.addAll(dialect.columnComment(table, c.name(), c.comment(), c.definition(dialect)));
            }
        }
        return List.copyOf(sql);
    }

    @Override
    public Optional<Operation> inverse() {
        return Optional.of(new DropTable(table, this));
    }

    @Override
    public String describe() {
        return "create table " + table;
    }

    /** {@code table("users", col(...), ...)} with {@code .comment(...)} when there is one. */
    String definitionSource() {
        String cols = columns.stream().map(c -> ",\n        " + c.javaSource()).collect(Collectors.joining());
        return "table(" + JavaText.quote(table) + cols + ")"
                + (comment == null ? "" : ".comment(" + JavaText.quote(comment) + ")")
                + (engine == null ? "" : ".engine(" + JavaText.quote(engine) + ")");
    }

    @Override
    public String javaSource() {
        if (comment != null || engine != null) {
            return "op.createTable(" + definitionSource() + ");";
        }
        String cols = columns.stream().map(c -> ",\n        " + c.javaSource()).collect(Collectors.joining());
        return "op.createTable(" + JavaText.quote(table) + cols + ");";
    }
}
