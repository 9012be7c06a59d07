package org.dbmigrate.internal.dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What the two locks kept in a table row share: creating their table and telling "the row is
 * there already" from a failure. H2's lock ({@link LockTableLock}) holds the row with
 * {@code FOR UPDATE} in an open transaction; {@code lock = table} (the runtime's TableLock) leases
 * it with an expiry it renews. They stay two locks because they end differently when a deployer
 * dies (H2's with the connection, the lease at its expiry).
 */
public final class LockRows {

    private LockRows() {
    }

    /**
     * Runs {@code createSql} (a {@code CREATE TABLE IF NOT EXISTS}) once more when it fails: on
     * PostgreSQL two at once may collide in its catalog, and the loser sees the winner's table on a
     * second try.
     */
    public static void createTable(Connection connection, String createSql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(createSql);
        } catch (SQLException e) {
            try (Statement statement = connection.createStatement()) {
                statement.execute(createSql);
            } catch (SQLException again) {
                again.addSuppressed(e);
                throw again;
            }
        }
    }

    /** SQLSTATE class 23 (integrity constraint violation) is the duplicate key on every database. */
    public static boolean isDuplicateKey(SQLException e) {
        return e.getSQLState() != null && e.getSQLState().startsWith("23");
    }
}
