package org.dbmigrate.operations;

import java.util.List;
import java.util.Optional;
import org.dbmigrate.internal.dialect.Dialect;

/**
 * @param comment         the new comment; null removes it
 * @param existingComment the comment before, restored by the inverse; null means none
 */
public record SetTableComment(String table, String comment, String existingComment) implements Operation {

    public SetTableComment {
        Names.check(table, "table");
    }

    @Override
    public List<String> sql(Dialect dialect) {
        return dialect.tableComment(table, comment);
    }

    @Override
    public Optional<Operation> inverse() {
        return Optional.of(new SetTableComment(table, existingComment, comment));
    }

    @Override
    public String describe() {
        return "comment on table " + table;
    }

    @Override
    public String javaSource() {
        return "op.setTableComment(" + JavaText.quote(table) + ", " + JavaText.quote(comment)
                + (existingComment == null ? "" : ", " + JavaText.quote(existingComment)) + ");";
    }
}
