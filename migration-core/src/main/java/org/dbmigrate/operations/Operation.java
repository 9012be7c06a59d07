package org.dbmigrate.operations;

import java.util.List;
import java.util.Optional;
import org.dbmigrate.internal.dialect.Dialect;

/**
 * One schema or data change of a Java revision, as a value. It writes itself as SQL for a
 * dialect, as the Java call that makes it (for generated revisions), and knows its inverse where
 * one can be derived from what it holds.
 */
public sealed interface Operation permits CreateTable, DropTable, RenameTable, AddColumn, DropColumn, AlterColumn,
        CreateIndex, DropIndex, AddPrimaryKey, DropPrimaryKey, AddUnique, DropUnique, AddForeignKey,
        DropForeignKey, AddCheck, DropCheck, SetTableComment, SetColumnComment, BulkInsert, ExecuteSql,
        DataMigration {

    /** The statements that perform this operation on the dialect's database, without terminators. */
    List<String> sql(Dialect dialect);

    /** The operation that undoes this one, or empty when it cannot be derived. */
    Optional<Operation> inverse();

    /** Why {@link #inverse()} is empty and how to fix it; only asked when it is. */
    default String noInverseReason() {
        return "it cannot be undone automatically; write downgrade() yourself";
    }

    /** Short words for messages, e.g. {@code drop table users}. */
    String describe();

    /** The call on {@code op} that makes this operation, e.g. {@code op.dropTable("users");}. */
    String javaSource();
}
