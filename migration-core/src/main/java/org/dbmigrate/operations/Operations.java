package org.dbmigrate.operations;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.dbmigrate.dialect.JsonValue;
import org.dbmigrate.dialect.SqlType;
import org.dbmigrate.error.MigrationError;

/**
 * What a Java revision's {@code upgrade(Operations op)} and {@code downgrade(Operations op)}
 * receive: one method per operation, each run (or written, offline) as it is called.
 *
 * <p>The static factories build column types, columns and rows; a revision imports them with
 * {@code import static org.dbmigrate.operations.Operations.*;}:
 * <pre>
 * op.createTable("users", col("id", integer()).primaryKey(), col("name", varchar(50)).notNull());
 * op.addColumn("users", col("email", varchar(255)));
 * op.bulkInsert("users", List.of("id", "name"), row(1, "ann"), row(2, "bob"));
 * </pre>
 */
public final class Operations {

    private final OperationSink sink;
    private final Map<String, String> placeholders;

    public Operations(OperationSink sink) {
        this(sink, Map.of());
    }

    /** @param placeholders the SQL placeholder values, built-ins included, names in lower case */
    public Operations(OperationSink sink, Map<String, String> placeholders) {
        this.sink = Objects.requireNonNull(sink, "sink");
        this.placeholders = Map.copyOf(placeholders);
    }

    /**
     * The value of SQL placeholder {@code name} ({@code [placeholders]}, {@code --placeholder}, or a
     * built-in such as {@code migrate:revision}); names ignore case.
     *
     * @throws MigrationError when it has no value
     */
    public String placeholder(String name) {
        String value = placeholders.get(name.toLowerCase(Locale.ROOT));
        if (value == null) {
            throw new MigrationError("placeholder '" + name + "' has no value; set " + name
                    + " = ... under [placeholders] (or --placeholder " + name + "=...)");
        }
        return value;
    }

    // ---- types, columns, values ----

    public static SqlType integer() {
        return SqlType.of(SqlType.Kind.INTEGER);
    }

    public static SqlType bigint() {
        return SqlType.of(SqlType.Kind.BIGINT);
    }

    public static SqlType varchar(int length) {
        return SqlType.varchar(length);
    }

    public static SqlType text() {
        return SqlType.of(SqlType.Kind.TEXT);
    }

    /** BOOLEAN ({@code boolean} is a Java keyword). */
    public static SqlType bool() {
        return SqlType.of(SqlType.Kind.BOOLEAN);
    }

    public static SqlType decimal(int precision, int scale) {
        return SqlType.decimal(precision, scale);
    }

    public static SqlType date() {
        return SqlType.of(SqlType.Kind.DATE);
    }

    public static SqlType timestamp() {
        return SqlType.of(SqlType.Kind.TIMESTAMP);
    }

    public static SqlType blob() {
        return SqlType.of(SqlType.Kind.BLOB);
    }

    public static SqlType json() {
        return SqlType.of(SqlType.Kind.JSON);
    }

    public static SqlType uuid() {
        return SqlType.of(SqlType.Kind.UUID);
    }

    /** A database-specific type, written as given on every database. */
    public static SqlType rawType(String sql) {
        return SqlType.raw(sql);
    }

    public static Column col(String name, SqlType type) {
        return Column.of(name, type);
    }

    /** A table definition for {@link #createTable(CreateTable)} and {@link #dropTable(CreateTable)}. */
    public static CreateTable table(String name, Column... columns) {
        return new CreateTable(name, Arrays.asList(columns), null);
    }

    public static AddForeignKey foreignKey(String name, String table, List<String> columns, String referencedTable,
            List<String> referencedColumns) {
        return new AddForeignKey(name, table, columns, referencedTable, referencedColumns, null, null);
    }

    /** A row for {@link #bulkInsert}; values may be null. */
    public static List<Object> row(Object... values) {
        return Collections.unmodifiableList(new ArrayList<>(Arrays.asList(values)));
    }

    /** JSON text inserted as a JSON value. */
    public static JsonValue jsonValue(String json) {
        return new JsonValue(json);
    }

    // ---- operations ----

    /** Runs (or writes) any operation, e.g. one built by autogenerate. */
    public void apply(Operation operation) {
        sink.apply(Objects.requireNonNull(operation, "operation"));
    }

    public void createTable(String table, Column... columns) {
        apply(table(table, columns));
    }

    public void createTable(CreateTable definition) {
        apply(definition);
    }

    /** Drops a table; its downgrade cannot be derived (use {@link #dropTable(CreateTable)}). */
    public void dropTable(String table) {
        apply(new DropTable(table, null));
    }

    /** Drops a table described as it is, so that the downgrade can re-create it. */
    public void dropTable(CreateTable definition) {
        apply(new DropTable(definition.table(), definition));
    }

    public void renameTable(String table, String newName) {
        apply(new RenameTable(table, newName));
    }

    public void addColumn(String table, Column column) {
        apply(new AddColumn(table, column));
    }

    public void dropColumn(String table, String column) {
        apply(new DropColumn(table, column, null));
    }

    /** Drops a column described as it is, so that the downgrade can add it back. */
    public void dropColumn(String table, Column definition) {
        apply(new DropColumn(table, definition.name(), definition));
    }

    /** {@code op.alterColumn("users", "name", c -> c.type(varchar(100)).existingType(varchar(50)))}. */
    public void alterColumn(String table, String column, UnaryOperator<AlterColumn> change) {
        apply(change.apply(AlterColumn.of(table, column)));
    }

    public void createIndex(String name, String table, String... columns) {
        apply(new CreateIndex(name, table, List.of(columns), false));
    }

    public void createUniqueIndex(String name, String table, String... columns) {
        apply(new CreateIndex(name, table, List.of(columns), true));
    }

    /** Drops an index; with its columns the downgrade can re-create it. */
    public void dropIndex(String name, String table, String... columns) {
        apply(new DropIndex(name, table, columns.length == 0 ? null
                : new CreateIndex(name, table, List.of(columns), false)));
    }

    public void dropUniqueIndex(String name, String table, String... columns) {
        apply(new DropIndex(name, table, columns.length == 0 ? null
                : new CreateIndex(name, table, List.of(columns), true)));
    }

    /** @param name the constraint name, or null for the database's own */
    public void addPrimaryKey(String name, String table, String... columns) {
        apply(new AddPrimaryKey(name, table, List.of(columns)));
    }

    public void dropPrimaryKey(String name, String table, String... columns) {
        apply(new DropPrimaryKey(name, table, columns.length == 0 ? null
                : new AddPrimaryKey(name, table, List.of(columns))));
    }

    public void addUnique(String name, String table, String... columns) {
        apply(new AddUnique(name, table, List.of(columns)));
    }

    public void dropUnique(String name, String table, String... columns) {
        apply(new DropUnique(name, table, columns.length == 0 ? null : new AddUnique(name, table, List.of(columns))));
    }

    /** A one-column foreign key. */
    public void addForeignKey(String name, String table, String column, String referencedTable,
            String referencedColumn) {
        apply(foreignKey(name, table, List.of(column), referencedTable, List.of(referencedColumn)));
    }

    /** {@code op.addForeignKey(foreignKey(...).onDelete(ReferentialAction.CASCADE))}. */
    public void addForeignKey(AddForeignKey foreignKey) {
        apply(foreignKey);
    }

    public void dropForeignKey(String name, String table) {
        apply(new DropForeignKey(name, table, null));
    }

    /** Drops a foreign key described as it is, so that the downgrade can add it back. */
    public void dropForeignKey(AddForeignKey definition) {
        apply(new DropForeignKey(definition.name(), definition.table(), definition));
    }

    public void addCheck(String name, String table, String condition) {
        apply(new AddCheck(name, table, condition));
    }

    public void dropCheck(String name, String table) {
        apply(new DropCheck(name, table, null));
    }

    public void dropCheck(String name, String table, String condition) {
        apply(new DropCheck(name, table, new AddCheck(name, table, condition)));
    }

    /** Sets (null: removes) a table comment; the downgrade removes it. */
    public void setTableComment(String table, String comment) {
        apply(new SetTableComment(table, comment, null));
    }

    public void setTableComment(String table, String comment, String existingComment) {
        apply(new SetTableComment(table, comment, existingComment));
    }

    /** Sets (null: removes) a column comment; not on MySQL, which needs the column (next method). */
    public void setColumnComment(String table, String column, String comment) {
        apply(new SetColumnComment(table, column, comment, null, null));
    }

    /** Sets a column comment given the column as it is (its comment is the one replaced). */
    public void setColumnComment(String table, Column column, String comment) {
        apply(new SetColumnComment(table, column.name(), comment, column.comment(), column));
    }

    /** {@code op.bulkInsert("users", List.of("id", "name"), row(1, "ann"), row(2, null))}. */
    @SafeVarargs
    public final void bulkInsert(String table, List<String> columns, List<?>... rows) {
        List<List<Object>> copy = new ArrayList<>();
        for (List<?> r : rows) {
            copy.add(new ArrayList<>(r));
        }
        apply(new BulkInsert(table, columns, copy));
    }

    /** One raw SQL statement, the same on every database. */
    public void execute(String sql) {
        apply(new ExecuteSql(Objects.requireNonNull(sql, "sql"), Map.of()));
    }

    /**
     * One raw SQL statement written per database: keys {@code h2}, {@code postgresql},
     * {@code mysql} (also MariaDB); {@code defaultSql} (may be null) for the others.
     */
    public void execute(String defaultSql, Map<String, String> perDialect) {
        apply(new ExecuteSql(defaultSql, perDialect));
    }

    /** Code that reads or writes data; online only. */
    public void migrateData(String description, DataStep step) {
        apply(new DataMigration(description, step));
    }

    /**
     * The migration's JDBC connection, inside its transaction where the database has one. Offline
     * ({@code --sql}) this fails: there is no database to read.
     */
    public Connection connection() {
        return sink.connection();
    }
}
