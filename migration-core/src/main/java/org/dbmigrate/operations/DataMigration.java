package org.dbmigrate.operations;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dbmigrate.internal.dialect.Dialect;

/**
 * Code run with the JDBC connection, inside the revision's transaction where the database has
 * one. It has no SQL text, so an offline script cannot hold it.
 *
 * @param description what it does, for messages
 */
public record DataMigration(String description, DataStep step) implements Operation {

    public DataMigration {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(step, "step");
    }

    @Override
    public List<String> sql(Dialect dialect) {
        throw new NeedsConnectionError("data migration \"" + description + "\"");
    }

    @Override
    public Optional<Operation> inverse() {
        return Optional.empty();
    }

    @Override
    public String noInverseReason() {
        return "code has no known inverse; write downgrade() yourself";
    }

    @Override
    public String describe() {
        return "data migration \"" + description + "\"";
    }

    /** Code cannot be written back as source; a placeholder call keeps generated files compiling. */
    @Override
    public String javaSource() {
        return "op.migrateData(" + JavaText.quote(description) + ", connection -> {\n    // TODO\n});";
    }
}
