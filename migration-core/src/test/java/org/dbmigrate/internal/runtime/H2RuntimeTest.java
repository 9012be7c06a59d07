package org.dbmigrate.internal.runtime;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("h2")
class H2RuntimeTest extends AbstractRuntimeTest {

    @Override
    TestDatabase newDatabase(String what) throws Exception {
        return new TestDatabase.H2(what);
    }

    @Override
    String killOwnConnection() {
        return "CALL ABORT_SESSION(SESSION_ID())";
    }

    @Override
    boolean rollsBackDdl() {
        return false;
    }

    // Why H2Dialect says transactionalDdl() == false: a rollback does not undo CREATE TABLE.
    @Test
    void h2CommitsDdlImplicitly() throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("CREATE TABLE t (id INT)");
            c.rollback();
            try (ResultSet rs = c.getMetaData().getTables(null, null, "T", null)) {
                assertTrue(rs.next(), "CREATE TABLE survived the rollback");
            }
        }
    }
}
