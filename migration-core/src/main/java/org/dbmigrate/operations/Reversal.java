package org.dbmigrate.operations;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.dbmigrate.error.MigrationError;

/** Derives a downgrade: records what upgrade does, without a database, and inverts it. */
public final class Reversal {

    private Reversal() {
    }

    /** The inverses of {@code migration}'s upgrade operations, last first. */
    public static List<Operation> of(Migration migration) throws Exception {
        List<Operation> upgrade = record(migration);
        List<Operation> downgrade = new ArrayList<>(upgrade.size());
        for (Operation operation : upgrade) {
            downgrade.add(operation.inverse().orElseThrow(() -> new NoInverseError(operation)));
        }
        Collections.reverse(downgrade);
        return List.copyOf(downgrade);
    }

    /** The operations {@code migration.upgrade} makes, in order. */
    public static List<Operation> record(Migration migration) throws Exception {
        List<Operation> recorded = new ArrayList<>();
        migration.upgrade(new Operations(new OperationSink() {
            @Override
            public void apply(Operation operation) {
                recorded.add(operation);
            }

            @Override
            public Connection connection() {
                throw new MigrationError("cannot derive the downgrade: upgrade() reads data through op.connection();"
                        + " write downgrade(Operations op)");
            }
        }));
        return recorded;
    }

    /** A list of operations as the body of a generated upgrade or downgrade method. */
    public static String javaSource(List<Operation> operations, String indent) {
        StringBuilder java = new StringBuilder();
        for (Operation operation : operations) {
            for (String line : operation.javaSource().split("\n", -1)) {
                java.append(indent).append(line).append('\n');
            }
        }
        return java.toString();
    }
}
