package org.dbmigrate.operations;

import java.util.List;
import java.util.Optional;
import org.dbmigrate.internal.dialect.Dialect;

/**
 * @param comment         the new comment; null removes it
 * @param existingComment the comment before, restored by the inverse; null means none
 * @param definition      the column as it is, or null: MySQL restates the column to comment it
 */
public record SetColumnComment(String table, String column, String comment, String existingComment,
        Column definition) implements Operation {

    public SetColumnComment {
        Names.check(table, "table");
        Names.check(column, "column");
    }

    @Override
    public List<String> sql(Dialect dialect) {
        return dialect.columnComment(table, column, comment, definition == null ? null : definition.definition(dialect));
    }

    @Override
    public Optional<Operation> inverse() {
        return Optional.of(new SetColumnComment(table, column, existingComment, comment,
                definition == null ? null : definition.comment(comment)));
    }

    @Override
    public String describe() {
        return "comment on column " + table + "." + column;
    }

    @Override
    public String javaSource() {
        return "op.setColumnComment(" + JavaText.quote(table) + ", "
                + (definition == null ? JavaText.quote(column) : definition.javaSource()) + ", "
                + JavaText.quote(comment) + ");";
    }
}
